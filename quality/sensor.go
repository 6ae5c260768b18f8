package quality

import (
	"math"
	"slices"
	"strings"

	"github.com/datpin/datpin"
)

const hourMs = 3_600_000

// sensorRule is what a validator may expect of a quantity's readings, in 1e-3 units of the
// quantity.
type sensorRule struct {
	// change is the smallest natural change of the quantity in an hour (a calm hour): readings
	// at a resolution well below it seldom repeat, readings at a resolution above it may.
	// relChange, when positive, scales that change with the level instead (rain: a drizzle
	// changes by hundredths, a downpour by millimetres).
	change    int64
	relChange float64
	// coarse is the coarsest resolution sensors of the quantity commonly report: a series whose
	// own resolution cannot be told (too few distinct values) is judged at this one.
	coarse int64
	// spike: a reading further than this from the median of the 5 readings around it is a
	// spike; 0 disables the check (rain is spiky by nature).
	spike int64
	// exempt marks a value that may repeat for as long as it likes (saturated air, dry
	// weather); floor a value at the bottom of the sensor's range (calm air), which repeats as
	// if the resolution were coarse.
	exempt, floor valueMark
}

// valueMark marks one value of a quantity, or none.
type valueMark struct {
	set bool
	v   int64
}

func mark(v int64) valueMark { return valueMark{set: true, v: v} }

// at reports whether the mark is set to v.
func (m valueMark) at(v int64) bool { return m.set && m.v == v }

// sensorRules are the rules of each quantity.
var sensorRules = [...]sensorRule{
	datpin.QuantityTemperatureC: {change: 250, coarse: 100, spike: 8_000},
	datpin.QuantityHumidityPct:  {change: 1_000, coarse: 1_000, spike: 35_000, exempt: mark(100_000)},
	datpin.QuantityPressureHPa:  {change: 100, coarse: 100, spike: 5_000},
	datpin.QuantityWindMS:       {change: 200, coarse: 500, spike: 10_000, floor: mark(0)},
	datpin.QuantityPrecipMM:     {relChange: 0.5, coarse: 200, exempt: mark(0)},
	datpin.QuantityPM25:         {change: 1_000, coarse: 1_000, spike: 200_000, floor: mark(0)},
}

const (
	// StuckFalseAlarm bounds the chance that an honest run of identical readings is called
	// stuck: a run is stuck when the chance of its repeats, each at most RepeatMax, is below it.
	StuckFalseAlarm = 1e-4
	// RepeatMax is the highest chance granted to one repeat, whatever the resolution: a sensor
	// stuck all day is stuck however coarse it is (StuckRunMax readings).
	RepeatMax = 0.6
)

// stuckRun is the shortest run of identical readings whose repeats, each of chance p, are
// together less likely than StuckFalseAlarm (at least 3 readings).
func stuckRun(p float64) int {
	if p <= 0 {
		return 3
	}
	p = min(p, RepeatMax)
	steps := int(math.Ceil(math.Log(StuckFalseAlarm) / math.Log(p)))
	return max(3, steps+1)
}

// repeatChance is the chance that a reading of the quantity repeats the previous one at
// resolution res after cadenceMs, given the rule's natural change and the level v.
func (r *sensorRule) repeatChance(res, cadenceMs, v int64) float64 {
	if r.floor.at(v) {
		return RepeatMax
	}
	change := float64(r.change)
	if r.relChange > 0 {
		change = max(change, r.relChange*math.Abs(float64(v)))
	}
	change *= float64(cadenceMs) / hourMs
	if change <= 0 {
		return RepeatMax
	}
	return min(RepeatMax, float64(res)/(2*change))
}

// DefaultCadenceMs is the expected interval between readings when the
// caller gives none and a series has too few readings to infer one.
const DefaultCadenceMs = 3_600_000

// SensorFault names what spoils a sensor batch most.
type SensorFault string

// Sensor faults, as SensorScore.Fault reports them.
const (
	FaultNone    SensorFault = ""
	FaultStuck   SensorFault = "stuck"        // runs of identical readings too long for the quantity and resolution
	FaultSpikes  SensorFault = "spikes"       // isolated jumps away from the neighbouring readings
	FaultRange   SensorFault = "out-of-range" // readings outside the quantity's physical range
	FaultMissing SensorFault = "missing"      // slots a series has no reading in
	FaultClock   SensorFault = "clock"        // readings of one time with different values: two clocks, one jumped
)

// maxSensorSlots bounds the slots a window is judged in; a longer window is scored as the mean
// of its series' scores.
const maxSensorSlots = 1 << 20

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
	Conflicts       int32 // duplicates whose value differs from the kept one (two clocks)
	Stuck           int32 // in a run of identical readings too long for the quantity
	Spikes          int32 // too far from the median of their neighbours
	Gaps            int32 // intervals longer than two cadences
	SpikeChecked    bool  // the series had the 5 readings the spike check needs
	Resolution      int64 // finest step between the series' values (1e-3 units), at most the quantity's coarse resolution
	StuckRun        int32 // identical consecutive readings that are stuck at that resolution and cadence
	Slots           int32 // slots of the batch the series fills with a valid reading and no faulty one
}

// SensorScore is the quality of a batch of sensor readings, e.g. one
// station's day.
type SensorScore struct {
	Score   int32 // Good × 10000 / Slots; 0 when a series is faulty throughout (Dead)
	Verdict Verdict
	Window  Window
	Records int32
	Dropped Dropped // other kinds, outside the window, unknown quantity or bad position; out-of-range values count in their series
	SlotMs  int64   // the window is judged in slots of this length (the cadence)
	Slots   int32   // slots in the window
	Good    int32   // slots in which every series has a valid reading and none a faulty one
	Dead    int32   // series whose every reading is faulty (stuck or out of range all along)
	Fault   SensorFault
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

// slotTally counts the slots each fault spoils, series by series.
type slotTally [6]int32

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
//     (OutOfRange); of readings with the same timestamp one is kept, the one
//     closest to the reading before (Duplicates; Conflicts when they differ,
//     the mark of a clock that jumped);
//   - a run of identical readings is Stuck when repeats that long are
//     unlikely at the series' resolution (the finest step between its values)
//     and the quantity's natural change over the cadence: each repeat has the
//     chance resolution / (2 × change), at most RepeatMax, and a run whose
//     repeats together are less likely than StuckFalseAlarm is stuck (so
//     temperature at 0.01 °C after 4 hourly readings, humidity at 1 % after
//     15, any quantity at any resolution after 20). Humidity at 100 % and
//     zero rain are exempt; calm air (wind 0) repeats as at a coarse
//     resolution;
//   - a reading further from the median of the 5 readings around it than the
//     quantity's spike threshold (8 °C, 35 %, 5 hPa, 10 m/s, 200 µg/m³;
//     none for rain) is a Spike.
//
// The window is cut into slots of the cadence (cadenceMs, 1 h if not
// positive). A slot is good when every series of the batch has a valid
// reading in it and no faulty one (stuck, spike or out of range); the batch
// score is the share of good slots, so a fault cuts the score in proportion
// to the part of the window it spoils, and a series faulty all along (Dead)
// makes it 0. Fault names the fault that spoils most slots. Each series also
// gets its own score min(Valid, Expected)·10000/Expected at its cadence
// (cadenceMs, else its median interval). The result does not depend on the
// order of recs.
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

	// Slots: s.gaps (the crowd scorer's scratch) counts, per slot, the series good in it;
	// a negative count is a slot spoiled by an out-of-range reading.
	out.SlotMs = cadenceMs
	if out.SlotMs <= 0 {
		out.SlotMs = DefaultCadenceMs
	}
	nslots := max((w.End-w.Start)/out.SlotMs, 1)
	var slots []int64
	if nslots <= maxSensorSlots {
		out.Slots = int32(nslots)
		slots = slices.Grow(s.gaps[:0], int(nslots))[:nslots]
		clear(slots)
		s.gaps = slots
	}
	var tally slotTally
	for i := 0; i < len(ents); {
		j := i + 1
		for j < len(ents) && ents[j].dev == ents[i].dev && ents[j].q == ents[i].q &&
			recs[ents[j].idx].DeviceID == recs[ents[i].idx].DeviceID {
			j++
		}
		ss := s.scoreSeries(recs, ents[i:j], w, cadenceMs)
		ss.Slots = s.fillSlots(ents[i:j], ss, w, out.SlotMs, slots, &tally)
		s.series = append(s.series, ss)
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
	conflicts := false
	for i := range out.Series {
		ss := &out.Series[i]
		if ss.Received > 0 && ss.Valid == 0 {
			out.Dead++
		}
		conflicts = conflicts || ss.Conflicts > 0
	}
	if slots == nil {
		var sum int64
		for i := range out.Series {
			sum += int64(out.Series[i].Score)
		}
		out.Score = int32(sum / int64(len(out.Series)))
	} else {
		for _, c := range slots {
			if c == int64(len(out.Series)) {
				out.Good++
			}
		}
		out.Score = int32(int64(out.Good) * datpin.ScoreMax / int64(out.Slots))
	}
	if out.Dead > 0 {
		out.Score = 0
	}
	out.Fault = tally.worst(out.Series)
	if out.Fault == FaultNone && conflicts {
		out.Fault = FaultClock
	}
	return out
}

// Slot causes tallied in a slotTally.
const (
	causeStuck = iota
	causeSpike
	causeRange
	causeMissing
)

// worst is the fault that spoils most slots: a dead series' own fault first.
func (t *slotTally) worst(series []SeriesScore) SensorFault {
	for i := range series {
		if ss := &series[i]; ss.Received > 0 && ss.Valid == 0 {
			if ss.OutOfRange >= ss.Stuck {
				return FaultRange
			}
			return FaultStuck
		}
	}
	best, n := FaultNone, int32(0)
	for c, f := range [...]SensorFault{causeStuck: FaultStuck, causeSpike: FaultSpikes, causeRange: FaultRange, causeMissing: FaultMissing} {
		if t[c] > n {
			best, n = f, t[c]
		}
	}
	return best
}

// fillSlots adds one series to the batch's slot counts: every slot in which it has a valid
// reading and no faulty one counts it; a slot with an out-of-range reading is spoiled for the
// batch. It tallies the slots each fault spoils and returns the series' good slots. ents are
// the series' entries as scoreSeries left them: the kept readings first (marked in s.marks),
// the out-of-range ones flagged bad anywhere after them.
func (s *Scorer) fillSlots(ents []sensEntry, ss SeriesScore, w Window, slotMs int64, slots []int64, tally *slotTally) int32 {
	if slots == nil {
		return 0
	}
	nkept := int(ss.Received - ss.OutOfRange - ss.Duplicates)
	for k := nkept; k < len(ents); k++ {
		if ents[k].bad {
			slot := (ents[k].t - w.Start) / slotMs
			if slots[slot] >= 0 {
				tally[causeRange]++
			}
			slots[slot] = math.MinInt32
		}
	}
	kept, marks := ents[:nkept], s.marks[:nkept]
	var good, seen int32
	for a := 0; a < len(kept); {
		slot := (kept[a].t - w.Start) / slotMs
		valid, stuck, spike := false, false, false
		b := a
		for ; b < len(kept) && (kept[b].t-w.Start)/slotMs == slot; b++ {
			switch marks[b] {
			case 0:
				valid = true
			case 1:
				stuck = true
			default:
				spike = true
			}
		}
		seen++
		switch {
		case stuck:
			tally[causeStuck]++
		case spike:
			tally[causeSpike]++
		case valid:
			good++
			if slots[slot] >= 0 {
				slots[slot]++
			}
		}
		a = b
	}
	tally[causeMissing] += int32(len(slots)) - seen
	return good
}

// scoreSeries applies the checks to one series, sorted by time then value. It moves the kept
// readings to the front of ents (the out-of-range ones stay after them, flagged bad) and leaves
// their marks in s.marks: 0 valid, 1 stuck, 2 spike.
func (s *Scorer) scoreSeries(recs []datpin.Record, ents []sensEntry, w Window, cadenceMs int64) SeriesScore {
	q := ents[0].q
	ss := SeriesScore{DeviceID: recs[ents[0].idx].DeviceID, Quantity: q, Received: int32(len(ents))}
	rule := &sensorRules[q]
	// Keep in-range readings, one per timestamp: the one closest to the reading before (the
	// smallest value when there is none or on a tie). The others are swapped behind.
	n := 0
	for k := range ents {
		switch {
		case ents[k].bad:
			ss.OutOfRange++
		case n > 0 && ents[n-1].t == ents[k].t:
			ss.Duplicates++
			if ents[k].v != ents[n-1].v {
				ss.Conflicts++
			}
			if n > 1 && absI(ents[k].v-ents[n-2].v) < absI(ents[n-1].v-ents[n-2].v) {
				ents[n-1], ents[k] = ents[k], ents[n-1]
			}
		default:
			ents[n], ents[k] = ents[k], ents[n]
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

	ss.Resolution = resolution(kept, rule.coarse)
	ss.StuckRun = int32(stuckRun(rule.repeatChance(ss.Resolution, ss.CadenceMs, 1)))

	// Stuck runs, then spikes among the rest: marks[k] is 1 for stuck, 2 for spike.
	marks := slices.Grow(s.marks[:0], n)[:n]
	clear(marks)
	s.marks = marks
	for a := 0; a < n; {
		b := a + 1
		for b < n && kept[b].v == kept[a].v {
			b++
		}
		v := kept[a].v
		if b-a >= 3 && !rule.exempt.at(v) &&
			b-a >= stuckRun(rule.repeatChance(ss.Resolution, ss.CadenceMs, v)) {
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
			if kept[start+4].t-kept[start].t > spikeSpan*ss.CadenceMs {
				continue // too few neighbours close in time (a gap): no median to judge by
			}
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

func absI(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// spikeSpan is the most cadences the 5 readings a spike is judged against may span.
const spikeSpan = 6

// resolution is the series' resolution: the largest step of the 1-2-5 decimal grid below
// coarse (coarse, coarse/2, coarse/4, coarse/5, coarse/10...) that at least 90 % of the
// non-zero steps between consecutive readings are multiples of (so that a spike or two off
// the grid does not make the resolution look finer); coarse when the readings never change.
func resolution(kept []sensEntry, coarse int64) int64 {
	steps := 0
	for k := 1; k < len(kept); k++ {
		if kept[k].v != kept[k-1].v {
			steps++
		}
	}
	if steps == 0 {
		return coarse
	}
	for d := int64(1); d <= coarse; d *= 10 {
		for _, m := range [...]int64{1, 2, 4, 5} {
			if coarse%(d*m) != 0 {
				continue
			}
			r, on := coarse/(d*m), 0
			for k := 1; k < len(kept); k++ {
				if st := kept[k].v - kept[k-1].v; st != 0 && st%r == 0 {
					on++
				}
			}
			if 10*on >= 9*steps {
				return r
			}
		}
	}
	return 1
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
