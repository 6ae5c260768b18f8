package quality_test

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/telemetry"
)

// rejectBelow is the default reject threshold of a deployment (evm.DefaultParams).
const rejectBelow = 4000

// sensorDayStart is a UTC midnight the synthetic series start at (2024-03-01).
const sensorDayStart = 1_709_251_200_000

// dayScore scores one UTC day of sensor readings as a contribution is scored.
func dayScore(recs []datpin.Record, start int64) quality.SensorScore {
	return quality.ScoreSensors(recs, quality.Window{Start: start, End: start + quality.DayMs}, quality.SensorCadenceMs)
}

// faultyDays injects n faults of every kind into days chosen at random (never the first or
// last day) and returns, per day, its fault (nil when honest) and its readings. A clock jump's
// readings pushed past midnight join the next day, as an edge that batches by time puts them.
func faultyDays(rng *rand.Rand, starts []int64, days [][]datpin.Record, n int) ([]*telemetry.Fault, [][]datpin.Record) {
	out := make([][]datpin.Record, len(days))
	for i := range days {
		out[i] = slices.Clone(days[i])
	}
	faults := make([]*telemetry.Fault, len(days))
	cand := rng.Perm(len(days))
	for _, k := range telemetry.FaultKinds() {
		for made := 0; made < n; {
			i := cand[0]
			cand = cand[1:]
			if i == 0 || i == len(days)-1 || faults[i] != nil || faults[i+1] != nil && k == telemetry.FaultClockJump || len(days[i]) < 24*4 {
				continue
			}
			recs, f := telemetry.InjectFault(rng, k, days[i], starts[i])
			faults[i] = &f
			out[i] = out[i][:0]
			for _, r := range recs {
				if r.Time >= starts[i]+quality.DayMs {
					out[i+1] = append(out[i+1], r)
				} else {
					out[i] = append(out[i], r)
				}
			}
			made++
		}
	}
	return faults, out
}

func TestSensor_CleanSyntheticDaysNeverFlagged(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 1))
	recs := telemetry.SynthWeather(rng, "ws-1", sensorDayStart, 120)
	starts, days := telemetry.SplitDays(recs)
	if len(days) != 120 {
		t.Fatalf("%d days", len(days))
	}
	repeats := 0
	for i, day := range days {
		s := dayScore(day, starts[i])
		if s.Score != datpin.ScoreMax || s.Fault != quality.FaultNone {
			t.Fatalf("clean day %d: %v", i, s)
		}
		for _, ss := range s.Series {
			if ss.Quantity == datpin.QuantityHumidityPct && ss.Resolution == 1000 {
				repeats++
			}
		}
	}
	if repeats != len(days) {
		t.Fatalf("humidity resolution seen as 1 %% on %d of %d days", repeats, len(days))
	}
}

func TestSensor_ResolutionDecidesStuck(t *testing.T) {
	series := func(q datpin.Quantity, vals ...int64) []datpin.Record {
		var recs []datpin.Record
		for h, v := range vals {
			r := datpin.NewRecord(datpin.KindSensor)
			r.DeviceID, r.Time, r.Quantity, r.ValueE3 = "ws", sensorDayStart+int64(h)*3_600_000, q, v
			recs = append(recs, r)
		}
		return recs
	}
	ramp := func(from, step int64, n int) []int64 {
		var v []int64
		for i := range n {
			v = append(v, from+int64(i)*step)
		}
		return v
	}
	for _, c := range []struct {
		name  string
		q     datpin.Quantity
		vals  []int64
		stuck int32
	}{
		// Humidity at 1 %: nine equal hours happen on calm nights.
		{"humidity 1% x9", datpin.QuantityHumidityPct, slices.Concat(ramp(60_000, 1000, 8), slices.Repeat([]int64{70_000}, 9), ramp(71_000, 1000, 7)), 0},
		{"humidity 1% x16", datpin.QuantityHumidityPct, slices.Concat(ramp(60_000, 1000, 4), slices.Repeat([]int64{70_000}, 16), ramp(71_000, 1000, 4)), 16},
		// Humidity at 0.1 %: four equal hours are already unlikely.
		{"humidity 0.1% x5", datpin.QuantityHumidityPct, slices.Concat(ramp(60_000, 300, 10), slices.Repeat([]int64{70_000}, 5), ramp(70_100, 300, 9)), 5},
		// Temperature at 0.01 °C: three equal hours happen, four do not.
		{"temperature 0.01 x3", datpin.QuantityTemperatureC, slices.Concat(ramp(10_000, 130, 10), slices.Repeat([]int64{12_000}, 3), ramp(12_010, 170, 11)), 0},
		{"temperature 0.01 x4", datpin.QuantityTemperatureC, slices.Concat(ramp(10_000, 130, 10), slices.Repeat([]int64{12_000}, 4), ramp(12_010, 170, 10)), 4},
		{"temperature stuck all day", datpin.QuantityTemperatureC, slices.Repeat([]int64{21_000}, 24), 24},
		// Saturated air and dry weather repeat as long as they like; calm air for a night too.
		{"humidity 100%", datpin.QuantityHumidityPct, slices.Concat(ramp(80_000, 2000, 4), slices.Repeat([]int64{100_000}, 20)), 0},
		{"no rain", datpin.QuantityPrecipMM, slices.Repeat([]int64{0}, 24), 0},
		{"calm night", datpin.QuantityWindMS, slices.Concat(slices.Repeat([]int64{0}, 10), ramp(100, 130, 14)), 0},
		{"calm all day", datpin.QuantityWindMS, slices.Repeat([]int64{0}, 24), 24},
		// Drizzle at the resolution repeats; a steady downpour does not.
		{"drizzle", datpin.QuantityPrecipMM, slices.Concat(slices.Repeat([]int64{10}, 8), slices.Repeat([]int64{0}, 16)), 0},
		{"downpour", datpin.QuantityPrecipMM, slices.Concat(slices.Repeat([]int64{4_200}, 8), ramp(10, 10, 16)), 8},
	} {
		s := dayScore(series(c.q, c.vals...), sensorDayStart)
		if len(s.Series) != 1 || s.Series[0].Stuck != c.stuck {
			t.Errorf("%s: stuck %d, want %d: %v", c.name, s.Series[0].Stuck, c.stuck, s)
		}
		want := int32((24 - int(c.stuck)) * datpin.ScoreMax / 24)
		if c.stuck == 24 {
			want = 0
		}
		if s.Score != want {
			t.Errorf("%s: score %d, want %d", c.name, s.Score, want)
		}
	}
}

func TestSensor_FaultCutsInProportion(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	recs := telemetry.SynthWeather(rng, "ws-1", sensorDayStart, 60)
	starts, days := telemetry.SplitDays(recs)
	faults, faulty := faultyDays(rng, starts, days, 4)
	seen := map[telemetry.FaultKind]int{}
	for i, f := range faults {
		s := dayScore(faulty[i], starts[i])
		if f == nil {
			if s.Score != datpin.ScoreMax {
				t.Errorf("clean day %d: %v", i, s)
			}
			continue
		}
		seen[f.Kind]++
		want := int32((1 - f.Spoiled()) * datpin.ScoreMax)
		switch f.Kind {
		case telemetry.FaultClockJump:
			// The jumped readings look valid where they land: the day loses the hours they left.
			want = int32((24 - min(f.JumpMs/3_600_000, int64(f.Hours))) * datpin.ScoreMax / 24)
		case telemetry.FaultSpikes:
			// A spike that lands near its neighbours' median cannot be told from weather.
			ss := seriesOf(s, f.Quantity)
			want = int32((24 - int(ss.Spikes)) * datpin.ScoreMax / 24)
			if int(ss.Spikes) < f.Hours-1 || int(ss.Spikes) > f.Hours {
				t.Errorf("day %d %+v: %d spikes found: %v", i, *f, ss.Spikes, s)
			}
		case telemetry.FaultStuck:
			// A run shorter than the series' stuck run is as likely honest as not; a longer one is
			// cut, maybe an hour more or less than injected (the value may move on by itself).
			ss := seriesOf(s, f.Quantity)
			if f.Hours < int(ss.StuckRun) {
				continue
			}
			if d := s.Score - want; d < -datpin.ScoreMax/24-1 || d > datpin.ScoreMax/24+1 {
				t.Errorf("day %d %+v: score %d, want about %d: %v", i, *f, s.Score, want, s)
			}
			continue
		}
		if f.WholeDay() && (s.Score != 0 || s.Dead == 0) {
			t.Errorf("day %d %+v: whole-day fault not rejected: %v", i, *f, s)
		}
		if d := s.Score - want; d < -1 || d > 1 {
			t.Errorf("day %d %+v: score %d, want %d: %v", i, *f, s.Score, want, s)
		}
	}
	for _, k := range telemetry.FaultKinds() {
		if seen[k] != 4 {
			t.Errorf("%s: %d days", k, seen[k])
		}
	}
}

func TestSensor_ClockConflictKeepsTheSeries(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	recs := telemetry.SynthWeather(rng, "ws-1", sensorDayStart, 2)
	starts, days := telemetry.SplitDays(recs)
	// Readings of the first day's last 4 hours, 3 hours ahead, land on the second day.
	next := slices.Clone(days[1])
	for _, r := range days[0] {
		if r.Time >= starts[0]+20*3_600_000 && r.Time+3*3_600_000 >= starts[1] {
			r.Time += 3 * 3_600_000
			next = append(next, r)
		}
	}
	clean := dayScore(days[1], starts[1])
	got := dayScore(next, starts[1])
	if got.Score != clean.Score || got.Fault != quality.FaultClock {
		t.Fatalf("jumped readings on the next day: %v (clean %v)", got, clean)
	}
	conflicts := int32(0)
	for _, ss := range got.Series {
		conflicts += ss.Conflicts
	}
	if conflicts < 5 {
		t.Fatalf("%d conflicts", conflicts)
	}
}

// TestSensor_RealWeatherSeries measures the checks on the real hourly series of
// ../shared/data/weather (skipped when absent) with faults injected.
func TestSensor_RealWeatherSeries(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "data", "weather", "weather_data_buffalo.csv")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("real weather series not available (%v): the fixture tests cover the rules", err)
	}
	var recs []datpin.Record
	if _, err := telemetry.ParseWeather(bytes.NewReader(raw), path, "buffalo", func(r datpin.Record) error {
		recs = append(recs, r)
		return nil
	}, func(e *datpin.RowError) { t.Errorf("bad row: %v", e) }); err != nil {
		t.Fatal(err)
	}
	starts, days := telemetry.SplitDays(recs)
	rng := rand.New(rand.NewPCG(17, 4))
	faults, faulty := faultyDays(rng, starts, days, 8)
	var clean, flagged int
	var cleanScores, faultScores []int32
	caught := map[telemetry.FaultKind][2]int{}
	for i, f := range faults {
		full := len(faulty[i]) >= 24*5
		s := dayScore(faulty[i], starts[i])
		if f == nil {
			if !full {
				continue // the series' first and last days are partial
			}
			clean++
			cleanScores = append(cleanScores, s.Score)
			if s.Score < datpin.ScoreMax {
				flagged++
				t.Logf("clean day %d flagged: %v", i, s)
			}
			continue
		}
		faultScores = append(faultScores, s.Score)
		if f.Kind == telemetry.FaultStuck {
			t.Logf("  stuck quantity %d for %d h: score %d (stuck run at its resolution: %d)", f.Quantity, f.Hours, s.Score, seriesOf(s, f.Quantity).StuckRun)
		}
		c := caught[f.Kind]
		c[1]++
		if s.Score < datpin.ScoreMax {
			c[0]++
		}
		caught[f.Kind] = c
		if f.WholeDay() && s.Score >= rejectBelow {
			t.Errorf("whole-day %s kept %d", f.Kind, s.Score)
		}
	}
	t.Logf("real series: %d clean full days, %d flagged; faulty days %d, scores %v", clean, flagged, len(faultScores), faultScores)
	for _, k := range telemetry.FaultKinds() {
		t.Logf("  %-17s caught %d of %d", k, caught[k][0], caught[k][1])
	}
	auc := aucOf(cleanScores, faultScores)
	t.Logf("AUC clean vs faulty: %.4f", auc)
	if float64(flagged) > 0.005*float64(clean) {
		t.Errorf("%d of %d clean days flagged", flagged, clean)
	}
	if auc < 0.95 {
		t.Errorf("AUC %.4f", auc)
	}
}

// seriesOf returns the series of quantity q.
func seriesOf(s quality.SensorScore, q datpin.Quantity) quality.SeriesScore {
	for _, ss := range s.Series {
		if ss.Quantity == q {
			return ss
		}
	}
	return quality.SeriesScore{}
}

// aucOf is the chance that a clean day scores above a faulty one (ties count half).
func aucOf(clean, faulty []int32) float64 {
	var sum float64
	for _, c := range clean {
		for _, f := range faulty {
			switch {
			case c > f:
				sum++
			case c == f:
				sum += 0.5
			}
		}
	}
	return sum / float64(len(clean)*len(faulty))
}
