package quality

import (
	"slices"
	"strings"

	"github.com/datpin/datpin"
)

const hourMs = 3_600_000

// Sensor rules per quantity, in 1e-3 units of the quantity and in ms.
var sensorRules = [...]struct {
	// stuckMs: a run of at least 3 identical readings spanning this long
	// (first to last, plus one cadence) is a stuck sensor.
	stuckMs int64
	// spike: a reading further than this from the median of the 5 readings
	// around it is a spike; 0 disables the check (rain is spiky by nature).
	spike int64
	// exempt reports a value that may legitimately repeat for long.
	exempt func(v int64) bool
}{
	datpin.QuantityTemperatureC: {stuckMs: 6 * hourMs, spike: 8_000},
	datpin.QuantityHumidityPct:  {stuckMs: 12 * hourMs, spike: 35_000, exempt: func(v int64) bool { return v == 100_000 }}, // saturated air (fog)
	datpin.QuantityPressureHPa:  {stuckMs: 6 * hourMs, spike: 5_000},
	datpin.QuantityWindMS:       {stuckMs: 12 * hourMs, spike: 10_000},
	datpin.QuantityPrecipMM:     {stuckMs: 6 * hourMs, exempt: func(v int64) bool { return v == 0 }}, // dry weather
	datpin.QuantityPM25:         {stuckMs: 12 * hourMs, spike: 200_000},
}

// DefaultCadenceMs is the expected interval between readings when the
// caller gives none and a series has too few readings to infer one.
const DefaultCadenceMs = 3_600_000

// SeriesScore is the quality of one sensor series: one device, one quantity.
type SeriesScore struct {
	DeviceID        string
	Quantity        datpin.Quantity
	Score           int32 // min(Valid, Expected) × 10000 / Expected
	CadenceMs       int64 // expected interval between readings
	CadenceInferred bool  // CadenceMs is the median interval of the series
	Expected        int32 // readings the window should hold at that cadence
	Received        int32 // readings of the series in the window, before checks
	Valid           int32 // readings that passed every check
	OutOfRange      int32 // outside the quantity's physical range (dropped)
	Duplicates      int32 // same timestamp as a kept reading (dropped)
	Stuck           int32 // in a run of identical readings too long for the quantity
	Spikes          int32 // too far from the median of their neighbours
	Gaps            int32 // intervals longer than two cadences
	SpikeChecked    bool  // the series had the 5 readings the spike check needs
}

// SensorScore is the quality of a batch of sensor readings, e.g. one
// station's day.
type SensorScore struct {
	Score   int32 // mean of the series scores
	Verdict Verdict
	Window  Window
	Records int32
	Dropped Dropped // other kinds, outside the window, unknown quantity or bad position; out-of-range values count in their series
	// Series are sorted by device id and quantity. They belong to the
	// Scorer: valid until its next call.
	Series []SeriesScore
}

type sensEntry struct {
	dev uint64
	q   datpin.Quantity
	bad bool // value outside the physical range
	t   int64
	v   int64
	idx uint32
}

// ScoreSensors scores sensor readings with a fresh Scorer. See
// (*Scorer).ScoreSensors.
func ScoreSensors(recs []datpin.Record, w Window, cadenceMs int64) SensorScore {
	var s Scorer
	return s.ScoreSensors(recs, w, cadenceMs)
}

// ScoreSensors scores sensor readings over window w (zero: the UTC day of the
// earliest reading), in the spirit of WeatherXM's quality-of-data checks.
// Readings are grouped into series by device and quantity; in each series:
//
//   - readings outside the quantity's physical range are dropped and counted
//     (OutOfRange), and of readings with the same timestamp one is kept
//     (Duplicates);
//   - a run of at least 3 identical readings lasting at least the
//     quantity's stuck duration (6 h for temperature and pressure, 12 h for
//     humidity, wind and PM2.5, 6 h of non-zero rain; humidity at 100 % and
//     zero rain are exempt) is Stuck;
//   - a reading further from the median of the 5 readings around it than the
//     quantity's spike threshold (8 °C, 35 %, 5 hPa, 10 m/s, 200 µg/m³;
//     none for rain) is a Spike;
//   - the series score is min(Valid, Expected)·10000/Expected, where
//     Expected is the window's length over the cadence: cadenceMs if
//     positive, else the series' median interval (1 h with fewer than two
//     readings). Gaps, stuck runs, spikes and out-of-range readings all
//     lower it.
//
// The batch score is the mean of the series scores. The result does not
// depend on the order of recs.
func (s *Scorer) ScoreSensors(recs []datpin.Record, w Window, cadenceMs int64) SensorScore {
	var out SensorScore
	out.Records = int32(len(recs))
	s.series = s.series[:0]
	w, out.Verdict, out.Dropped = window(recs, w, datpin.KindSensor)
	out.Window = w
	if out.Verdict != VerdictScored {
		return out
	}
	ents := s.sens[:0]
	var lastID string
	var lastHash uint64
	haveHash := false
	for i := range recs {
		r := &recs[i]
		if r.Kind != datpin.KindSensor {
			out.Dropped.WrongKind++
			continue
		}
		if !w.Contains(r.Time) {
			out.Dropped.OutOfWindow++
			continue
		}
		bad := Implausible(r)
		if bad&^InValue != 0 {
			out.Dropped.Implausible++
			continue
		}
		if !haveHash || r.DeviceID != lastID {
			lastID, lastHash, haveHash = r.DeviceID, fnv64(r.DeviceID), true
		}
		ents = append(ents, sensEntry{dev: lastHash, q: r.Quantity, bad: bad != 0, t: r.Time, v: r.ValueE3, idx: uint32(i)})
	}
	slices.SortFunc(ents, func(a, b sensEntry) int {
		if a.dev != b.dev {
			return cmpU(a.dev, b.dev)
		}
		if c := strings.Compare(recs[a.idx].DeviceID, recs[b.idx].DeviceID); c != 0 {
			return c
		}
		if a.q != b.q {
			return int(a.q) - int(b.q)
		}
		if a.t != b.t {
			return cmpI(a.t, b.t)
		}
		return cmpI(a.v, b.v)
	})
	for i := 0; i < len(ents); {
		j := i + 1
		for j < len(ents) && ents[j].dev == ents[i].dev && ents[j].q == ents[i].q &&
			recs[ents[j].idx].DeviceID == recs[ents[i].idx].DeviceID {
			j++
		}
		s.series = append(s.series, s.scoreSeries(recs, ents[i:j], w, cadenceMs))
		i = j
	}
	s.sens = ents
	// Series in device-id order, whatever the hashes.
	slices.SortFunc(s.series, func(a, b SeriesScore) int {
		if c := strings.Compare(a.DeviceID, b.DeviceID); c != 0 {
			return c
		}
		return int(a.Quantity) - int(b.Quantity)
	})
	out.Series = s.series
	if len(out.Series) == 0 {
		out.Verdict = VerdictNoInputs
		return out
	}
	var sum int64
	for i := range out.Series {
		sum += int64(out.Series[i].Score)
	}
	out.Score = int32(sum / int64(len(out.Series)))
	return out
}

// scoreSeries applies the checks to one series, sorted by time then value.
func (s *Scorer) scoreSeries(recs []datpin.Record, ents []sensEntry, w Window, cadenceMs int64) SeriesScore {
	q := ents[0].q
	ss := SeriesScore{DeviceID: recs[ents[0].idx].DeviceID, Quantity: q, Received: int32(len(ents))}
	rule := &sensorRules[q]
	// Keep in-range readings, one per timestamp (the smallest value).
	n := 0
	for k := range ents {
		switch {
		case ents[k].bad:
			ss.OutOfRange++
		case n > 0 && ents[n-1].t == ents[k].t:
			ss.Duplicates++
		default:
			ents[n] = ents[k]
			n++
		}
	}
	kept := ents[:n]

	// Cadence.
	ss.CadenceMs = cadenceMs
	if cadenceMs <= 0 {
		ss.CadenceMs, ss.CadenceInferred = DefaultCadenceMs, true
		if n >= 2 {
			d := s.deltas[:0]
			for k := 1; k < n; k++ {
				d = append(d, kept[k].t-kept[k-1].t)
			}
			slices.Sort(d)
			ss.CadenceMs = d[(len(d)-1)/2] // lower median
			s.deltas = d
		}
	}
	for k := 1; k < n; k++ {
		if kept[k].t-kept[k-1].t > 2*ss.CadenceMs {
			ss.Gaps++
		}
	}

	// Stuck runs, then spikes among the rest: marks[k] is 1 for stuck, 2 for spike.
	marks := slices.Grow(s.marks[:0], n)[:n]
	clear(marks)
	s.marks = marks
	for a := 0; a < n; {
		b := a + 1
		for b < n && kept[b].v == kept[a].v {
			b++
		}
		if b-a >= 3 && kept[b-1].t-kept[a].t+ss.CadenceMs >= rule.stuckMs &&
			(rule.exempt == nil || !rule.exempt(kept[a].v)) {
			for k := a; k < b; k++ {
				marks[k] = 1
			}
			ss.Stuck += int32(b - a)
		}
		a = b
	}
	if rule.spike > 0 && n >= 5 {
		ss.SpikeChecked = true
		for k := 0; k < n; k++ {
			if marks[k] != 0 {
				continue
			}
			start := min(max(k-2, 0), n-5)
			med := median5(kept[start].v, kept[start+1].v, kept[start+2].v, kept[start+3].v, kept[start+4].v)
			if d := kept[k].v - med; d > rule.spike || -d > rule.spike {
				marks[k] = 2
				ss.Spikes++
			}
		}
	}
	ss.Valid = int32(n) - ss.Stuck - ss.Spikes

	span := w.End - w.Start
	expected := span / ss.CadenceMs
	if expected < 1 {
		expected = 1
	}
	if expected > 1<<30 {
		expected = 1 << 30
	}
	ss.Expected = int32(expected)
	ss.Score = int32(min(int64(ss.Valid), expected) * datpin.ScoreMax / expected)
	return ss
}

// median5 returns the median of five values.
func median5(a, b, c, d, e int64) int64 {
	v := [5]int64{a, b, c, d, e}
	for i := 1; i < 5; i++ {
		for j := i; j > 0 && v[j] < v[j-1]; j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
	return v[2]
}
