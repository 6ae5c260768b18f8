package validator

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/telemetry"
)

// sensorSubject is a station's day as the validators see it: public records of one pseudonym,
// scored by the rules every validator recomputes.
func sensorSubject(id uint64, station byte, recs []datpin.Record, dayStart int64) *subject {
	pub := make([]datpin.PublicRecord, len(recs))
	for i, r := range recs {
		p := public(r)
		p.Quantity, p.ValueE3 = r.Quantity, r.ValueE3
		p.Pseudonym[0] = station
		pub[i] = p
	}
	c := quality.ScoreContribution(datpin.ScoringRecords(pub), quality.Window{Start: dayStart, End: dayStart + quality.DayMs})
	return &subject{ev: &Evaluation{Score: c.Score, EdgeScore: c.Score, Trust: datpin.ScoreMax}, id: id, kind: datpin.KindSensor, recs: pub}
}

// judgeDays runs the round's cross-checks on days (one subject each) and returns the subjects.
func judgeDays(t *testing.T, starts []int64, days [][]datpin.Record) []*subject {
	t.Helper()
	subs := make([]*subject, len(days))
	for i := range days {
		subs[i] = sensorSubject(uint64(i+1), 1, days[i], starts[i])
	}
	if err := (&Validator{}).crossCheck(context.Background(), subs, NewMemHistory()); err != nil {
		t.Fatal(err)
	}
	return subs
}

// withFaults injects one fault of each kind into days 2, 4, 6... (a clock jump's readings past
// midnight join the next day) and returns the faults by day.
func withFaults(rng *rand.Rand, starts []int64, days [][]datpin.Record) ([]*telemetry.Fault, [][]datpin.Record) {
	out := make([][]datpin.Record, len(days))
	for i := range days {
		out[i] = slices.Clone(days[i])
	}
	faults := make([]*telemetry.Fault, len(days))
	for n, k := range telemetry.FaultKinds() {
		i := 2 + 2*n
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
	}
	return faults, out
}

func TestSensor_ValidatorsKeepCleanDaysAndCutFaultyOnes(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 2))
	starts, days := telemetry.SplitDays(telemetry.SynthWeather(rng, "ws-1", day0, 20))
	faults, faulty := withFaults(rng, starts, days)
	subs := judgeDays(t, starts, faulty)
	for i, s := range subs {
		ev, f := s.ev, faults[i]
		switch {
		case f == nil && i > 0 && faults[i-1] != nil && faults[i-1].Kind == telemetry.FaultClockJump:
			// The day after a clock jump: its own readings kept, the jumped ones named.
			if ev.Score != datpin.ScoreMax || ev.Reason != ReasonSensorClock {
				t.Errorf("day %d after a clock jump: %+v", i, *ev)
			}
		case f == nil:
			if ev.Score != datpin.ScoreMax || ev.EdgeScore != datpin.ScoreMax || ev.Reason != "" {
				t.Errorf("clean day %d: %+v", i, *ev)
			}
		case f.WholeDay():
			want := ReasonSensorStuck
			if f.Kind == telemetry.FaultRangeDay {
				want = ReasonSensorRange
			}
			if ev.Score != 0 || ev.Reason != want {
				t.Errorf("day %d, %s all day: %+v", i, f.Kind, *ev)
			}
		default:
			// The validators' score is the edge's: the fault already cut it in proportion.
			if ev.Score != ev.EdgeScore || ev.Score >= datpin.ScoreMax || ev.Score == 0 {
				t.Errorf("day %d, %+v: %+v", i, *f, *ev)
			}
			if f.Kind == telemetry.FaultMissing && ev.Reason != "" {
				t.Errorf("day %d with missing hours flagged %q", i, ev.Reason)
			}
		}
	}
}

func TestSensor_OutOfClimateCutsInProportion(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 3))
	var subs []*subject
	for st := range 5 {
		recs := telemetry.SynthWeather(rng, "ws", day0, 1)
		if st == 4 { // 6 hours 20 °C too warm for the town, within physical limits
			for i := range recs {
				if h := (recs[i].Time - day0) / hourMs; recs[i].Quantity == datpin.QuantityTemperatureC && h >= 6 && h < 12 {
					recs[i].ValueE3 += 20_000
				}
			}
		}
		subs = append(subs, sensorSubject(uint64(st+1), byte(st+1), recs, day0))
	}
	if err := (&Validator{}).crossCheck(context.Background(), subs, NewMemHistory()); err != nil {
		t.Fatal(err)
	}
	for _, s := range subs[:4] {
		if s.ev.Score != s.ev.EdgeScore || s.ev.Reason != "" {
			t.Errorf("honest station: %+v", *s.ev)
		}
	}
	warm := subs[4].ev
	if warm.Reason != ReasonSensorRange || warm.Trust != 18*datpin.ScoreMax/24 || int(warm.Score) != int(warm.EdgeScore)*18/24 {
		t.Errorf("6 h out of climate: %+v", *warm)
	}
}

// TestSensor_ValidatorsOnRealWeatherSeries measures the validators on the real hourly series of
// ../shared/data/weather (skipped when absent) with faults injected.
func TestSensor_ValidatorsOnRealWeatherSeries(t *testing.T) {
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
	// 28 faulty days: four rounds of the seven kinds, on days far apart.
	faults := make([]*telemetry.Fault, len(days))
	faulty := slices.Clone(days)
	for round := range 4 {
		f, d := withFaults(rng, starts[round*150:round*150+20], days[round*150:round*150+20])
		copy(faults[round*150:], f)
		copy(faulty[round*150:], d)
	}
	subs := judgeDays(t, starts, faulty)
	var clean, flaggedEdge, flaggedVal, lowered int
	var edgeClean, edgeFaulty, valClean, valFaulty []int32
	rejected := 0
	for i, s := range subs {
		if i == 0 || i == len(subs)-1 {
			continue // partial days at the ends of the series
		}
		ev := s.ev
		if f := faults[i]; f != nil {
			t.Logf("  %-16s quantity %d, %2d h: edge %5d, validators %5d %s", f.Kind, f.Quantity, f.Hours, ev.EdgeScore, ev.Score, ev.Reason)
			edgeFaulty = append(edgeFaulty, int32(ev.EdgeScore))
			valFaulty = append(valFaulty, int32(ev.Score))
			if f.WholeDay() {
				if ev.Score != 0 || ev.Reason == "" {
					t.Errorf("day %d, %s all day: %+v", i, f.Kind, *ev)
				}
				rejected++
			}
			continue
		}
		if faults[i-1] != nil && faults[i-1].Kind == telemetry.FaultClockJump {
			continue // named as a clock jump, its own readings kept (the fixture test checks)
		}
		clean++
		edgeClean = append(edgeClean, int32(ev.EdgeScore))
		valClean = append(valClean, int32(ev.Score))
		// Flagged: a fault named, or a complete day (every hour of five quantities) cut.
		complete := len(faulty[i]) == 24*5
		if complete && ev.EdgeScore < datpin.ScoreMax {
			flaggedEdge++
		}
		if complete && ev.Score < datpin.ScoreMax || ev.Reason != "" {
			flaggedVal++
			t.Logf("clean day %d flagged: %+v", i, *ev)
		}
		if ev.Score < ev.EdgeScore {
			lowered++
		}
	}
	aucEdge, aucVal := auc(edgeClean, edgeFaulty), auc(valClean, valFaulty)
	t.Logf("real series: %d clean days, flagged by the edge %d, by the validators %d, lowered by the validators %d", clean, flaggedEdge, flaggedVal, lowered)
	t.Logf("faulty days %d (whole-day %d rejected): edge scores %v, validators %v", len(edgeFaulty), rejected, edgeFaulty, valFaulty)
	t.Logf("AUC edge %.4f, after validators %.4f", aucEdge, aucVal)
	if lowered != 0 || float64(flaggedVal) > 0.005*float64(clean) {
		t.Errorf("clean days: %d lowered, %d flagged of %d", lowered, flaggedVal, clean)
	}
	// Humidity at 1 % stuck for less than 15 hours looks like a calm night: those faults keep
	// their score, which bounds the separation.
	if aucVal < aucEdge || aucVal < 0.95 {
		t.Errorf("AUC after validators %.4f (edge %.4f)", aucVal, aucEdge)
	}
}

// auc is the chance that a clean day scores above a faulty one (ties count half).
func auc(clean, faulty []int32) float64 {
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
