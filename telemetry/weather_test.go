package telemetry_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/telemetry"
)

// weatherCSV writes sensor records (one station, hourly rows of the five quantities) in the
// layout of the UB-IoT-Lab weather series, rows in the order of the records.
func weatherCSV(recs []datpin.Record) []byte {
	var b bytes.Buffer
	b.WriteString(`datetime (UTC),"coordinates (lat,lon)",temperature (degC),relative_humidity (0-1),wind_speed (m/s),total_precipitation (mm of water equivalent),surface_pressure (Pa),snowfall (mm of water equivalent),snow_depth (mm of water equivalent),absolute_humidity (g/m^3),rainfall (mm)` + "\n")
	for i := 0; i < len(recs); {
		v := map[datpin.Quantity]int64{}
		j := i
		for ; j < len(recs) && recs[j].Time == recs[i].Time; j++ {
			v[recs[j].Quantity] = recs[j].ValueE3
		}
		tm := time.UnixMilli(recs[i].Time).UTC()
		fmt.Fprintf(&b, "%d/%d/%d %d:00,\"(42.886717, -78.878392)\",%.2f,%.2f,%.2f,%.2f,%.2f,0,,7.1,0\n",
			tm.Month(), tm.Day(), tm.Year(), tm.Hour(),
			float64(v[datpin.QuantityTemperatureC])/1000, float64(v[datpin.QuantityHumidityPct])/100_000,
			float64(v[datpin.QuantityWindMS])/1000, float64(v[datpin.QuantityPrecipMM])/1000,
			float64(v[datpin.QuantityPressureHPa])/10)
		i = j
	}
	return b.Bytes()
}

// pushPath parses a file as 'datpin push' and the agent do: the CSV parser push shares with
// 'datpin import' (station: the file name), its records as JSON Lines, and the agent's JSONL
// parser of the upload (default device: the token's name).
func pushPath(t *testing.T, data []byte, name, station string) parsed {
	t.Helper()
	var body []byte
	var p parsed
	_, st, err := telemetry.Parse(bytes.NewReader(data), name, station, func(r datpin.Record) error {
		body = telemetry.AppendJSONL(body, &r)
		return nil
	}, func(e *datpin.RowError) { p.bad = append(p.bad, e) })
	if err != nil {
		t.Fatal(err)
	}
	up := run(body, "upload:gateway", "gateway", jsonl)
	if up.err != nil || len(up.bad) != 0 {
		t.Fatalf("the agent set aside records the parser kept: %v %v", up.err, up.bad)
	}
	p.recs, p.stats = up.recs, st
	return p
}

func TestWeather_ClockJumpSetAsideNextDayKept(t *testing.T) {
	p := run(MustRead(t, "testdata/weather/clock_jump.csv"), "clock_jump.csv", "ws-1", weather)
	if p.err != nil {
		t.Fatal(p.err)
	}
	var jumped []int
	for _, e := range p.bad {
		switch {
		case strings.Contains(e.Reason, "clock jump") && strings.Contains(e.Reason, "10800 s ahead"):
			jumped = append(jumped, e.Line)
		case e.Line == 32 && strings.Contains(e.Reason, "physical range"):
		default:
			t.Errorf("unexpected bad row %d: %s", e.Line, e.Reason)
		}
	}
	if !slices.Equal(jumped, []int{22, 23, 24, 25}) {
		t.Fatalf("rows set aside as a clock jump: %v", jumped)
	}
	// Every real row is kept: the day before up to 19:00, the next day from midnight, and the
	// rows after a gap of three hours.
	hours := map[int64]bool{}
	for _, r := range p.recs {
		hours[r.Time] = true
	}
	day2 := ms("2021-03-02T00:00:00Z")
	for _, h := range []int{0, 1, 2, 3, 4, 5, 10, 11, 12, 13} {
		if !hours[day2+int64(h)*3_600_000] {
			t.Errorf("next day's %d:00 lost", h)
		}
	}
	if p.stats.Records != (20+6+4)*5 || p.stats.Bad != 5 || p.stats.Rows != 35 {
		t.Fatalf("stats %+v", p.stats)
	}
}

func TestWeather_ClockJumpInSyntheticSeries(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 8))
	start := ms("2024-05-01T00:00:00Z")
	recs := telemetry.SynthWeather(rng, "ws", start, 3)
	_, days := telemetry.SplitDays(recs)
	faulty, f := telemetry.InjectFault(rng, telemetry.FaultClockJump, days[1], start+86_400_000)
	// The clock is set right at the next midnight: the next day's rows come on time.
	series := slices.Concat(days[0], faulty, days[2])
	p := run(weatherCSV(series), "ws.csv", "ws", weather)
	if p.err != nil {
		t.Fatal(p.err)
	}
	if len(p.bad) != f.Hours {
		t.Fatalf("%d rows set aside, want the %d jumped: %v", len(p.bad), f.Hours, p.bad)
	}
	for _, e := range p.bad {
		if !strings.Contains(e.Reason, "clock jump") {
			t.Errorf("line %d: %s", e.Line, e.Reason)
		}
	}
	if want := (72 - f.Hours) * 5; len(p.recs) != want {
		t.Fatalf("%d records, want %d", len(p.recs), want)
	}
}

func TestWeather_GapIsNotAClockJump(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	start := ms("2024-05-01T00:00:00Z")
	recs := telemetry.SynthWeather(rng, "ws", start, 3)
	_, days := telemetry.SplitDays(recs)
	faulty, _ := telemetry.InjectFault(rng, telemetry.FaultMissing, days[1], start+86_400_000)
	series := slices.Concat(days[0], faulty, days[2])
	p := run(weatherCSV(series), "ws.csv", "ws", weather)
	if p.err != nil || len(p.bad) != 0 || len(p.recs) != len(series) {
		t.Fatalf("%v: %d records of %d, bad %v", p.err, len(p.recs), len(series), p.bad)
	}
	// Emitted in time order, as the rows came.
	if !slices.IsSortedFunc(p.recs, func(a, b datpin.Record) int { return int(a.Time - b.Time) }) {
		t.Fatal("records out of order")
	}
}

// One file gives the same records whether 'datpin import weather' or 'datpin push' reads it.
func TestWeather_ImportAndPushKeepTheSameRecords(t *testing.T) {
	for _, name := range []string{"testdata/weather/clock_jump.csv", "testdata/weather/bad_rows.csv", "testdata/weather/day.csv"} {
		data := MustRead(t, name)
		imp := run(data, name, "station-9", weather) // agent.ImportReader with FormatWeather
		if imp.err != nil {
			t.Fatal(imp.err)
		}
		push := pushPath(t, data, name, "station-9")
		if len(imp.recs) == 0 || !reflect.DeepEqual(imp.recs, push.recs) {
			t.Errorf("%s: import kept %d records, push %d", name, len(imp.recs), len(push.recs))
		}
		if len(imp.bad) != len(push.bad) || imp.stats != push.stats {
			t.Errorf("%s: import set aside %d rows (%+v), push %d (%+v)", name, len(imp.bad), imp.stats, len(push.bad), push.stats)
		}
	}
}
