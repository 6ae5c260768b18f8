// Command realtrace scores real recordings and prints the tables of
// docs/SCORING.md: G-NetTrack drive tests per file and per station-day, and
// a weather series per day, clean and with injected sensor faults.
//
//	go run ./quality/internal/realtrace -gnettrack DIR -weather FILE
//	go run ./quality/internal/realtrace -gnettrack DIR -contributions
//
// With -contributions it prints only the distribution of the scores of the contributions
// `datpin import gnettrack` would anchor (a station per NODEHEX and UTC day), and of each file's
// session on its own, under the current rules and under quality × coverage.
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
	top := flag.Int("top", 5, "best and worst station-days to list")
	contribs := flag.Bool("contributions", false, "print only the score distribution of the contributions the import anchors")
	threshold := flag.Int("threshold", 4000, "trust threshold the distribution is compared with")
	minHours := flag.Float64("min-hours", 1, "measured hours from which a contribution counts as substantial")
	flag.Parse()
	if *gdir != "" {
		if !*contribs {
			gnettrack(*gdir, *top)
		}
		for _, g := range []struct {
			title string
			by    grouping
		}{{"Station-days (NODEHEX × UTC day, as imported)", byStationDay}, {"Sessions (file × UTC day)", byFileDay}} {
			cs, err := loadContributions(*gdir, g.by)
			if err != nil {
				log.Fatal(err)
			}
			printContributions(os.Stdout, g.title, cs, int32(*threshold), int64(*minHours*3_600_000))
		}
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

	// Sample level: mean session score by RSRP band.
	var bandSum, bandN [7]int64
	for i := range recs {
		sc := quality.ScoreSession(&recs[i])
		if sc.Verdict != quality.VerdictScored || recs[i].RSRPdBm10 == datpin.Missing {
			continue
		}
		b := min(max(int((-recs[i].RSRPdBm10-701)/100), 0), 6) // ≥-80, -80..-90, ..., < -130
		bandSum[b] += int64(sc.Score)
		bandN[b]++
	}
	fmt.Println("\n### Session score by RSRP band (all samples)")
	fmt.Println()
	fmt.Println("| RSRP (dBm) | ≥ -80 | -80..-90 | -90..-100 | -100..-110 | -110..-120 | -120..-130 | < -130 |")
	fmt.Println("|---|---:|---:|---:|---:|---:|---:|---:|")
	fmt.Print("| samples |")
	for b := range bandN {
		fmt.Printf(" %d |", bandN[b])
	}
	fmt.Print("\n| mean session score |")
	for b := range bandN {
		if bandN[b] > 0 {
			fmt.Printf(" %d |", bandSum[b]/bandN[b])
		} else {
			fmt.Print(" - |")
		}
	}
	fmt.Println()

	// Per file: one device session each.
	byFile := map[string][]datpin.Record{}
	for _, r := range recs {
		byFile[r.DeviceID] = append(byFile[r.DeviceID], r)
	}
	paths := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			paths[strings.TrimSuffix(d.Name(), ".csv")] = strings.TrimPrefix(strings.TrimPrefix(p, dir), "/")
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
		files = append(files, row{paths[name], s.ScoreBatch(rs, quality.Window{})})
	}
	slices.SortFunc(files, func(a, b row) int {
		if c := cmp.Compare(b.b.Quality, a.b.Quality); c != 0 {
			return c
		}
		return cmp.Compare(a.name, b.name)
	})
	fmt.Println("\n### Files (one device session each), by category")
	fmt.Println()
	fmt.Println("| category | files | samples kept | duplicates dropped | mean radio | mean speed | quality min / median / max |")
	fmt.Println("|---|---:|---:|---:|---:|---:|---|")
	for _, cat := range []string{"Download/Static", "Download/Driving", "Netflix/Static", "Netflix/Driving"} {
		var qs []int32
		var kept, dup, radio, speed, nsp int64
		for _, f := range files {
			if !strings.HasPrefix(f.name, cat) {
				continue
			}
			qs = append(qs, f.b.Quality)
			kept += int64(f.b.Kept)
			dup += int64(f.b.Dropped.Duplicate)
			radio += int64(f.b.MeanRadio) * int64(f.b.Kept-f.b.NoRadio)
			speed += int64(f.b.MeanSpeed) * int64(f.b.Kept-f.b.NoSpeed)
			nsp += int64(f.b.Kept - f.b.NoSpeed)
		}
		slices.Sort(qs)
		fmt.Printf("| %s | %d | %d | %d | %d | %d | %d / %d / %d |\n", cat, len(qs), kept, dup, radio/kept, speed/max(nsp, 1),
			qs[0], qs[len(qs)/2], qs[len(qs)-1])
	}
	fmt.Println("\n### Best and worst files")
	fmt.Println()
	fmt.Println("| file | kept | radio E/G/F/P/N | speed scored | mean radio | mean speed | quality | slots | score |")
	fmt.Println("|---|---:|---|---:|---:|---:|---:|---:|---:|")
	printFile := func(f row) {
		b := f.b
		fmt.Printf("| %s | %d | %s | %d | %d | %d | %d | %d | %d |\n", f.name, b.Kept, tiers(b.RadioTiers),
			b.Kept-b.NoSpeed, b.MeanRadio, b.MeanSpeed, b.Quality, b.Slots, b.Score)
	}
	for i := 0; i < 4; i++ {
		printFile(files[i])
	}
	fmt.Println("| … | | | | | | | | |")
	for i := len(files) - 4; i < len(files); i++ {
		printFile(files[i])
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
		if c := cmp.Compare(b.b.Quality, a.b.Quality); c != 0 {
			return c
		}
		return cmp.Compare(a.k.station+day(a.k.day), b.k.station+day(b.k.day))
	})
	var big []srow
	for _, r := range stations {
		if r.b.Kept >= 300 {
			big = append(big, r)
		}
	}
	fmt.Printf("\n### Station-days (%d in all; %d with at least 300 samples: the best and worst of those)\n\n", len(stations), len(big))
	fmt.Println("| station | day | devices | kept | radio E/G/F/P/N | mean radio | mean speed | quality | slots | coverage | score |")
	fmt.Println("|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|")
	printStation := func(r srow) {
		b := r.b
		fmt.Printf("| %s | %s | %d | %d | %s | %d | %d | %d | %d | %d | %d |\n", r.k.station, day(r.k.day), b.Devices, b.Kept,
			tiers(b.RadioTiers), b.MeanRadio, b.MeanSpeed, b.Quality, b.Slots, b.Coverage, b.Score)
	}
	for i := 0; i < top && i < len(big); i++ {
		printStation(big[i])
	}
	fmt.Println("| … | | | | | | | | | | |")
	for i := max(len(big)-top, top); i < len(big); i++ {
		printStation(big[i])
	}
	var hist [5]int
	for _, r := range big {
		hist[min(int(r.b.Quality)/2000, 4)]++
	}
	fmt.Printf("\nquality of those station-days by fifths (0-1999 … 8000-10000): %v\n", hist)
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
		{"clock slips back 1 h from 01:00 to 06:00", func(d []datpin.Record) []datpin.Record {
			var out []datpin.Record
			for _, r := range d {
				if h := hourOf(r.Time); h >= 1 && h <= 6 {
					r.Time -= 3_600_000 // 01:00 lands on 00:00 (a duplicate), 06:00 is left empty
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
