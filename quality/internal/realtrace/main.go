// Command realtrace scores real recordings and prints the tables of
// docs/SCORING.md: G-NetTrack drive tests per file and per station-day, and
// a weather series per day, clean and with injected sensor faults.
//
//	go run ./quality/internal/realtrace -gnettrack DIR -weather FILE
package main

import (
	"cmp"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/telemetry"
)

func main() {
	gdir := flag.String("gnettrack", "", "directory of G-NetTrack CSV files")
	wfile := flag.String("weather", "", "weather CSV file")
	top := flag.Int("top", 15, "station-days to list")
	flag.Parse()
	if *gdir != "" {
		gnettrack(*gdir, *top)
	}
	if *wfile != "" {
		weather(*wfile)
	}
}

func gnettrack(dir string, top int) {
	var recs []datpin.Record
	bad := map[string]int{}
	st, err := telemetry.ParsePath(dir, func(r datpin.Record) error { recs = append(recs, r); return nil },
		func(e *datpin.RowError) { bad[e.Reason]++ })
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("parsed %d files, %d rows, %d records, %d bad rows, %d unavailable fields\n",
		st.Files, st.Rows, st.Records, st.Bad, st.Unavailable)
	for reason, n := range bad {
		fmt.Printf("  bad: %d × %s\n", n, reason)
	}

	// Per file (one device session each).
	byFile := map[string][]datpin.Record{}
	for _, r := range recs {
		byFile[r.DeviceID] = append(byFile[r.DeviceID], r)
	}
	paths := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			paths[strings.TrimSuffix(d.Name(), ".csv")] = strings.TrimPrefix(p, dir)
		}
		return nil
	})
	var s quality.Scorer
	type row struct {
		name string
		b    quality.BatchScore
	}
	var files []row
	for name, rs := range byFile {
		files = append(files, row{name, s.ScoreBatch(rs, quality.Window{})})
	}
	slices.SortFunc(files, func(a, b row) int { return cmp.Compare(b.b.Quality, a.b.Quality) })
	fmt.Println("\n### Per file (device session)")
	fmt.Println()
	fmt.Println("| file | kept | dup | radio E/G/F/P/N | speed scored | voice | radio | speed | quality | slots | score |")
	fmt.Println("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
	for _, f := range files {
		b := f.b
		fmt.Printf("| %s | %d | %d | %s | %d | %d | %d | %d | %d | %d | %d |\n",
			strings.TrimPrefix(paths[f.name], "/"), b.Kept, b.Dropped.Duplicate, tiers(b.RadioTiers), b.Kept-b.NoSpeed, b.Voice,
			b.MeanRadio, b.MeanSpeed, b.Quality, b.Slots, b.Score)
	}

	// Per station-day: all devices' samples of one NODEHEX on one UTC day.
	type key struct {
		station string
		day     int64
	}
	byStation := map[key][]datpin.Record{}
	for _, r := range recs {
		if r.StationID == "" {
			continue
		}
		k := key{r.StationID, quality.DayOf(r.Time).Start}
		byStation[k] = append(byStation[k], r)
	}
	type srow struct {
		k key
		b quality.BatchScore
	}
	var stations []srow
	for k, rs := range byStation {
		stations = append(stations, srow{k, s.ScoreBatch(rs, quality.DayOf(k.day))})
	}
	slices.SortFunc(stations, func(a, b srow) int {
		if c := cmp.Compare(b.b.Kept, a.b.Kept); c != 0 {
			return c
		}
		return cmp.Compare(a.k.station, b.k.station)
	})
	fmt.Printf("\n### Station-days (%d in all; the %d with most samples, then the lowest-quality ones)\n\n", len(stations), top)
	fmt.Println("| station | day | devices | kept | radio E/G/F/P/N | radio | speed | quality | slots | coverage | score |")
	fmt.Println("|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|")
	printStation := func(r srow) {
		b := r.b
		fmt.Printf("| %s | %s | %d | %d | %s | %d | %d | %d | %d | %d | %d |\n", r.k.station, day(r.k.day), b.Devices, b.Kept,
			tiers(b.RadioTiers), b.MeanRadio, b.MeanSpeed, b.Quality, b.Slots, b.Coverage, b.Score)
	}
	for i := 0; i < top && i < len(stations); i++ {
		printStation(stations[i])
	}
	var worst []srow
	for _, r := range stations {
		if r.b.Kept >= 100 {
			worst = append(worst, r)
		}
	}
	slices.SortFunc(worst, func(a, b srow) int { return cmp.Compare(a.b.Quality, b.b.Quality) })
	fmt.Println("| … | | | | | | | | | | |")
	for i := 0; i < 5 && i < len(worst); i++ {
		printStation(worst[i])
	}
	var hist [5]int
	for _, r := range stations {
		if r.b.Kept >= 100 {
			hist[min(int(r.b.Quality)/2000, 4)]++
		}
	}
	fmt.Printf("\nquality of station-days with ≥100 samples, by fifths (0-1999 … 8000-10000): %v\n", hist)
}

func tiers(t [5]int32) string {
	n := t[0] + t[1] + t[2] + t[3] + t[4]
	if n == 0 {
		return "-"
	}
	pct := func(i int) int32 { return (t[i]*100 + n/2) / n }
	return fmt.Sprintf("%d/%d/%d/%d/%d %%", pct(4), pct(3), pct(2), pct(1), pct(0))
}

func day(ms int64) string {
	d := ms / quality.DayMs
	// civil from days (Howard Hinnant), enough for a label
	z := d + 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	dd := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
}

// fault is a sensor fault injected into one day of readings.
type fault struct {
	name  string
	apply func(day []datpin.Record) []datpin.Record
}

func weather(path string) {
	var recs []datpin.Record
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	st, err := telemetry.ParseWeather(f, path, "buffalo", func(r datpin.Record) error { recs = append(recs, r); return nil }, nil)
	f.Close()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("\nweather: %d rows, %d records, %d bad\n", st.Rows, st.Records, st.Bad)
	days := map[int64][]datpin.Record{}
	for _, r := range recs {
		k := quality.DayOf(r.Time).Start
		days[k] = append(days[k], r)
	}
	var keys []int64
	for k := range days {
		keys = append(keys, k)
	}
	slices.Sort(keys)

	faults := []fault{
		{"clean", func(d []datpin.Record) []datpin.Record { return d }},
		{"temperature stuck 10 h", func(d []datpin.Record) []datpin.Record {
			var v int64
			first := true
			return edit(d, datpin.QuantityTemperatureC, func(h int, r *datpin.Record) bool {
				if h >= 8 && h < 18 {
					if first {
						v, first = r.ValueE3, false
					}
					r.ValueE3 = v
				}
				return true
			})
		}},
		{"temperature spikes ×3 (+15 °C)", func(d []datpin.Record) []datpin.Record {
			return edit(d, datpin.QuantityTemperatureC, func(h int, r *datpin.Record) bool {
				if h == 5 || h == 12 || h == 19 {
					r.ValueE3 += 15_000
				}
				return true
			})
		}},
		{"pressure spikes ×2 (−12 hPa)", func(d []datpin.Record) []datpin.Record {
			return edit(d, datpin.QuantityPressureHPa, func(h int, r *datpin.Record) bool {
				if h == 7 || h == 15 {
					r.ValueE3 -= 12_000
				}
				return true
			})
		}},
		{"all quantities drop out 8 h", func(d []datpin.Record) []datpin.Record {
			var out []datpin.Record
			for _, r := range d {
				if h := hourOf(r.Time); h < 6 || h >= 14 {
					out = append(out, r)
				}
			}
			return out
		}},
		{"humidity out of range ×4 (150 %)", func(d []datpin.Record) []datpin.Record {
			return edit(d, datpin.QuantityHumidityPct, func(h int, r *datpin.Record) bool {
				if h%6 == 0 {
					r.ValueE3 = 150_000
				}
				return true
			})
		}},
		{"wind stuck at 0 all day", func(d []datpin.Record) []datpin.Record {
			return edit(d, datpin.QuantityWindMS, func(h int, r *datpin.Record) bool { r.ValueE3 = 0; return true })
		}},
		{"clock repeats 6 timestamps", func(d []datpin.Record) []datpin.Record {
			var out []datpin.Record
			for _, r := range d {
				if h := hourOf(r.Time); h >= 1 && h <= 6 {
					r.Time -= 3_600_000 // the hour before: duplicate timestamps
				}
				out = append(out, r)
			}
			return out
		}},
	}
	fmt.Println("\n### Weather station-days, clean and with injected faults")
	fmt.Println()
	fmt.Println("| case | days | mean score | min | max | temp | humidity | pressure | wind | precip | faults found (stuck/spike/out-of-range/dup) |")
	fmt.Println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
	var s quality.Scorer
	for _, fl := range faults {
		var sum, n, lo, hi int64
		lo = 1 << 40
		var per [7]int64
		var stuck, spikes, oor, dup int64
		for _, k := range keys {
			d := days[k]
			if len(d) < 24*5 { // complete days only
				continue
			}
			res := s.ScoreSensors(fl.apply(slices.Clone(d)), quality.DayOf(k), quality.DefaultCadenceMs)
			sum += int64(res.Score)
			n++
			lo, hi = min(lo, int64(res.Score)), max(hi, int64(res.Score))
			for _, ser := range res.Series {
				per[ser.Quantity] += int64(ser.Score)
				stuck += int64(ser.Stuck)
				spikes += int64(ser.Spikes)
				oor += int64(ser.OutOfRange)
				dup += int64(ser.Duplicates)
			}
		}
		fmt.Printf("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d/%d/%d/%d |\n", fl.name, n, sum/n, lo, hi,
			per[datpin.QuantityTemperatureC]/n, per[datpin.QuantityHumidityPct]/n, per[datpin.QuantityPressureHPa]/n,
			per[datpin.QuantityWindMS]/n, per[datpin.QuantityPrecipMM]/n, stuck, spikes, oor, dup)
	}
}

func hourOf(ms int64) int { return int(ms % quality.DayMs / 3_600_000) }

// edit applies fn to the readings of quantity q, passing the hour of day.
func edit(d []datpin.Record, q datpin.Quantity, fn func(h int, r *datpin.Record) bool) []datpin.Record {
	out := d[:0]
	for _, r := range d {
		if r.Quantity == q && !fn(hourOf(r.Time), &r) {
			continue
		}
		out = append(out, r)
	}
	return out
}
