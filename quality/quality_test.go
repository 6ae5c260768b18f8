package quality_test

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

// floatMOS is the E-model of voice.go in floating point, straight from the
// formulas, to check the integer arithmetic against.
func floatMOS(latMs, jitMs, lossPct float64) (r, mos float64) {
	d := latMs/2 + 2*jitMs + 10
	id := 0.024 * d
	if d > 177.3 {
		id += 0.11 * (d - 177.3)
	}
	ie := 95 * lossPct / (lossPct + 25.1)
	r = math.Max(0, math.Min(100, 93.2-id-ie))
	return r, 1 + 0.035*r + r*(r-60)*(100-r)*7e-6
}

func TestVoice_MatchesFloatFormula(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20000; i++ {
		r := datpin.NewRecord(datpin.KindSession)
		r.LatencyMs10 = int32(rng.IntN(20000))
		r.JitterMs10 = int32(rng.IntN(3000))
		r.LossPermille = int32(rng.IntN(1001))
		v := quality.Voice(&r)
		fr, fmos := floatMOS(float64(r.LatencyMs10)/10, float64(r.JitterMs10)/10, float64(r.LossPermille)/10)
		if math.Abs(fr-float64(v.RMilli)/1000) > 0.001 || math.Abs(fmos-float64(v.MOSMilli)/1000) > 0.001 {
			t.Fatalf("%+v: R %d MOS %d, float R %.4f MOS %.4f", r, v.RMilli, v.MOSMilli, fr, fmos)
		}
		want := math.Max(0, math.Min(10000, (fmos-2.5)/1.8*10000))
		if math.Abs(want-float64(v.Score)) > 2 {
			t.Fatalf("%+v: score %d, float %.1f", r, v.Score, want)
		}
	}
}

func TestVoice_MonotonicInImpairments(t *testing.T) {
	prev := int32(math.MaxInt32)
	for lat := int32(0); lat <= 20000; lat += 50 {
		r := datpin.NewRecord(datpin.KindSession)
		r.LatencyMs10, r.LossPermille = lat, 0
		if v := quality.Voice(&r); v.RMilli > prev {
			t.Fatalf("R rises with latency at %d", lat)
		} else {
			prev = v.RMilli
		}
	}
}

func TestRadioTier_MinimumRule(t *testing.T) {
	r := datpin.NewRecord(datpin.KindSession)
	r.Mode = datpin.ModeLTE
	r.RSRPdBm10, r.RSRQdB10, r.SINRdB10 = -750, -80, 250 // excellent on all three
	if got := quality.Radio(&r); got.Tier != quality.RadioExcellent {
		t.Fatalf("all excellent: %v", got)
	}
	for _, tc := range []struct {
		set   func(*datpin.Record)
		tier  quality.RadioTier
		worst quality.Inputs
	}{
		{func(r *datpin.Record) { r.SINRdB10 = -10 }, quality.RadioPoor, quality.InSINR},
		{func(r *datpin.Record) { r.RSRQdB10 = -170 }, quality.RadioFair, quality.InRSRQ},
		{func(r *datpin.Record) { r.RSRPdBm10 = -1200 }, quality.RadioNoService, quality.InRSRP},
	} {
		x := r
		tc.set(&x)
		if got := quality.Radio(&x); got.Tier != tc.tier || got.Worst != tc.worst {
			t.Errorf("one bad metric must decide: got %v, want %v by %v", got, tc.tier, tc.worst)
		}
	}
}

func TestSpeedTier_LoadedDirectionOnly(t *testing.T) {
	// A download with its acknowledgements: the upload rate is not a capacity.
	r := datpin.NewRecord(datpin.KindSession)
	r.Active, r.DownKbps, r.UpKbps = true, 120_000, 400
	s := quality.Speed(&r)
	if s.Tier != quality.SpeedGood || s.Unloaded != quality.InUp {
		t.Fatalf("download with acks: %v", s)
	}
	r.Active = false
	if s := quality.Speed(&r); s.Present {
		t.Fatalf("idle device: %v", s)
	}
}

func TestSessionScore_ComponentsAreWeighted(t *testing.T) {
	r := datpin.NewRecord(datpin.KindSession)
	r.Mode, r.RSRPdBm10 = datpin.ModeLTE, -750
	r.Active, r.DownKbps, r.UpKbps = true, 10_000, 500 // download fails the speed tier
	s := quality.ScoreSession(&r)
	if s.Score != (4*10000+4*0+4)/8 || s.Weight != 8 {
		t.Fatalf("got %v", s)
	}
	if !strings.Contains(s.String(), "radio excellent") || !strings.Contains(s.String(), "speed fail") {
		t.Fatalf("explanation: %s", s)
	}
	if m := s.Missing(); m&quality.InLatency == 0 || m&quality.InRSRQ == 0 {
		t.Fatalf("missing inputs not explained: %v", m)
	}
}

func TestNoiseFilter_ImplausibleSessionScoresZero(t *testing.T) {
	r := datpin.NewRecord(datpin.KindSession)
	r.RSRPdBm10 = -200 // below any reportable level
	s := quality.ScoreSession(&r)
	if s.Verdict != quality.VerdictImplausible || s.Score != 0 || s.Implausible != quality.InRSRP {
		t.Fatalf("got %v", s)
	}
}

// synthBatch makes a station-day: devices with runs of 1 Hz samples spread
// over the day, varied radio, some active, some duplicates.
func synthBatch(n, devices int, seed uint64) []datpin.Record {
	rng := rand.New(rand.NewPCG(seed, 7))
	recs := make([]datpin.Record, 0, n)
	per := n / devices
	for d := 0; d < devices; d++ {
		id := "device-" + string(rune('A'+d%26)) + string(rune('a'+d/26%26))
		t := int64(day0) + int64(rng.IntN(20*3600))*1000
		for i := 0; i < per; i++ {
			r := datpin.NewRecord(datpin.KindSession)
			r.DeviceID, r.StationID, r.Time = id, "A4DF", t
			if rng.IntN(20) != 0 {
				t += 1000 // 1 in 20 repeats its second, like G-NetTrack
			}
			r.Mode = datpin.ModeNR
			r.RSRPdBm10 = int32(-1150 + rng.IntN(500))
			r.RSRQdB10 = int32(-200 + rng.IntN(150))
			r.SINRdB10 = int32(-50 + rng.IntN(300))
			r.NRRSRPdBm10 = r.RSRPdBm10 - int32(rng.IntN(50))
			r.NRRSRQdB10 = int32(-200 + rng.IntN(150))
			r.Active = rng.IntN(2) == 0
			r.DownKbps, r.UpKbps = int32(rng.IntN(200_000)), int32(rng.IntN(800))
			if rng.IntN(50) == 0 {
				r.LatencyMs10, r.JitterMs10, r.LossPermille = int32(500+rng.IntN(3000)), int32(rng.IntN(200)), 0
			}
			recs = append(recs, r)
		}
	}
	return recs
}

func TestBatch_OrderIndependent(t *testing.T) {
	recs := synthBatch(5000, 7, 1)
	want := quality.ScoreBatch(recs, quality.Window{})
	if want.Kept < 4000 || want.Dropped.Duplicate == 0 || want.Devices != 7 {
		t.Fatalf("fixture: %v", want)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	var s quality.Scorer
	for i := 0; i < 20; i++ {
		shuffled := slices.Clone(recs)
		rng.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		if got := s.ScoreBatch(shuffled, quality.Window{}); got != want {
			t.Fatalf("shuffle %d:\n got %v\nwant %v", i, got, want)
		}
	}
	slices.Reverse(recs)
	if got := s.ScoreBatch(recs, quality.Window{}); got != want {
		t.Fatalf("reversed:\n got %v\nwant %v", got, want)
	}
}

func TestBatch_WindowAndExplanation(t *testing.T) {
	recs := synthBatch(1000, 2, 5)
	b := quality.ScoreBatch(recs, quality.Epoch(uint32(day0/quality.DayMs)))
	if b.Window != quality.DayOf(day0) || b.Score == 0 || b.Score > b.Quality {
		t.Fatalf("got %v", b)
	}
	for _, want := range []string{"quality", "coverage", "trimmed", "radio: mean", "dropped"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("explanation lacks %q:\n%s", want, b)
		}
	}
	if b := quality.ScoreBatch(recs, quality.Window{Start: 10, End: 5}); b.Verdict != quality.VerdictBadWindow || b.Score != 0 {
		t.Fatalf("bad window: %v", b)
	}
	if b := quality.ScoreBatch(nil, quality.Window{}); b.Score != 0 {
		t.Fatalf("empty: %v", b)
	}
}

func TestScorer_AllocationFree(t *testing.T) {
	recs := synthBatch(2000, 4, 9)
	shuffled := slices.Clone(recs)
	rand.New(rand.NewPCG(1, 1)).Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
	sensors := weatherDay(t)
	var s quality.Scorer
	s.ScoreBatch(shuffled, quality.Window{})
	s.ScoreSensors(sensors, quality.Window{}, 0)
	s.ScoreCrowd(shuffled, quality.Window{})
	for name, fn := range map[string]func(){
		"ScoreSession":       func() { quality.ScoreSession(&recs[0]) },
		"ScoreBatch":         func() { s.ScoreBatch(recs, quality.Window{}) },
		"ScoreBatch/sorting": func() { s.ScoreBatch(shuffled, quality.Window{}) },
		"ScoreUptime":        func() { s.ScoreUptime(recs, quality.Window{}) },
		"ScoreSensors":       func() { s.ScoreSensors(sensors, quality.Window{}, 0) },
		"ScoreCrowd":         func() { s.ScoreCrowd(recs, quality.Window{}) },
		"ScoreCrowd/sorting": func() { s.ScoreCrowd(shuffled, quality.Window{}) },
	} {
		if n := testing.AllocsPerRun(20, fn); n != 0 {
			t.Errorf("%s: %.1f allocations per call", name, n)
		}
	}
}

// weatherDay makes a day of hourly readings of five quantities.
func weatherDay(t testing.TB) []datpin.Record {
	var recs []datpin.Record
	for h := 0; h < 24; h++ {
		for q, v := range map[datpin.Quantity]int64{
			datpin.QuantityTemperatureC: 10_000 + int64(h)*400,
			datpin.QuantityHumidityPct:  60_000 + int64(h%7)*1000,
			datpin.QuantityPressureHPa:  1_012_000 + int64(h)*50,
			datpin.QuantityWindMS:       2_000 + int64(h%5)*300,
			datpin.QuantityPrecipMM:     0,
		} {
			r := datpin.NewRecord(datpin.KindSensor)
			r.DeviceID, r.Time, r.Quantity, r.ValueE3 = "ws-1", day0+int64(h)*3_600_000, q, v
			recs = append(recs, r)
		}
	}
	return recs
}

func TestSensors_SeriesPerDeviceAndQuantity(t *testing.T) {
	recs := weatherDay(t)
	other := weatherDay(t)
	for i := range other {
		other[i].DeviceID = "ws-0"
		if other[i].Quantity == datpin.QuantityTemperatureC {
			other[i].ValueE3 = 21_000 // stuck all day
		}
	}
	recs = append(recs, other...)
	res := quality.ScoreSensors(recs, quality.Window{}, 0)
	if len(res.Series) != 10 || res.Series[0].DeviceID != "ws-0" || res.Series[0].Quantity != datpin.QuantityTemperatureC {
		t.Fatalf("series: %v", res)
	}
	if res.Series[0].Score != 0 || res.Series[0].Stuck != 24 || res.Series[5].Score != 10000 {
		t.Fatalf("stuck sensor: %v", res)
	}
	// A series stuck all day spoils every slot of the day.
	if res.Score != 0 {
		t.Fatalf("batch score %d", res.Score)
	}
	if !strings.Contains(res.String(), "stuck 24") {
		t.Fatalf("explanation: %s", res)
	}
}

func TestUptime_BelowMinimumScoresZero(t *testing.T) {
	var recs []datpin.Record
	for h := 0; h < 11; h++ {
		r := datpin.NewRecord(datpin.KindHeartbeat)
		r.StationID, r.Time, r.Sessions = "st", day0+int64(h)*3_600_000, 50
		recs = append(recs, r)
	}
	u := quality.ScoreUptime(recs, quality.Window{})
	if u.Score != 0 || u.Verdict != quality.VerdictBelowUptime || u.SlotsUp != 11 {
		t.Fatalf("got %v", u)
	}
	r := recs[0]
	r.Time += 11 * 3_600_000
	u = quality.ScoreUptime(append(recs, r), quality.Window{})
	if u.Score != 5000 || u.Sessions != 600 {
		t.Fatalf("got %v", u)
	}
}

func TestWindow(t *testing.T) {
	if w := quality.DayOf(-1); w.Start != -quality.DayMs || w.End != 0 {
		t.Fatalf("DayOf(-1) = %v", w)
	}
	if w := quality.Epoch(20454); w != quality.DayOf(20454*quality.DayMs+5) {
		t.Fatalf("Epoch: %v", w)
	}
}

func TestSlotCache_MatchesDivision(t *testing.T) {
	for _, w := range []quality.Window{quality.DayOf(day0), {Start: -7, End: 1000}, {Start: 0, End: 25}, {Start: 5, End: 6}} {
		var recs []datpin.Record
		for ts := w.Start; ts < w.End; ts += max(1, (w.End-w.Start)/5000) {
			r := datpin.NewRecord(datpin.KindSession)
			r.DeviceID, r.Time, r.RSRPdBm10 = "d", ts, -900
			recs = append(recs, r)
		}
		b := quality.ScoreBatch(recs, w)
		slices.Reverse(recs)
		if got := quality.ScoreBatch(recs, w); got != b {
			t.Fatalf("%v: order changes slots: %v / %v", w, got, b)
		}
		want := int32(min(int64(quality.Slots), w.End-w.Start))
		if b.Slots != want {
			t.Errorf("%v: %d slots covered, want %d", w, b.Slots, want)
		}
	}
}
