package quality

import (
	"math/bits"
	"slices"

	"github.com/datpin/datpin"
)

// Batch rules.
const (
	// MinSamples is the fewest kept records a batch needs to score above 0.
	MinSamples = 2
	// TrimPermille is the share of the total weight trimmed from each end of
	// the sorted session scores before averaging (a 10 % trimmed mean): a few
	// outliers, glitches or forged extremes cannot move the batch.
	TrimPermille = 100
	// CoverageFloor is the coverage factor of a batch that covers no slot;
	// each covered slot adds (ScoreMax − CoverageFloor)/Slots.
	CoverageFloor = 5000
	// ActiveWeight and IdleWeight weigh a session record in the batch mean:
	// a sample taken while transferring data says more about the service.
	ActiveWeight = 2
	IdleWeight   = 1
)

// Scorer scores batches with reusable scratch space, so that after the
// first calls its methods allocate nothing. The zero value is ready to use.
// A Scorer is not safe for concurrent use; use one per goroutine.
type Scorer struct {
	ents   []entry
	runs   []uint64
	hist   []uint32
	series []SeriesScore
	sens   []sensEntry
	marks  []uint8
	deltas []int64
	gaps   []int64         // intervals of one device's samples (crowd measurements)
	recs   []datpin.Record // a package's records as scoring sees them (ScorePackage)
}

// entry is one candidate record of a batch.
type entry struct {
	dev     uint64 // FNV-1a of the device (or station) id
	t       int64
	payload uint64 // the record's scored facts, packed (see pack); the smallest wins among duplicates
	idx     uint32 // index into the records, to compare ids exactly
}

// Payload layout, most significant first, so that among duplicates the
// lowest score wins (the conservative choice) and ties break on the rest.
const (
	pScoreShift  = 50 // 14 bits: session score
	pWeightShift = 48 // 2 bits: weight
	pRadioShift  = 45 // 3 bits: radio tier + 1, 0 when absent
	pSpeedShift  = 42 // 3 bits: speed tier + 1, 0 when absent
	pVoiceShift  = 28 // 14 bits: voice score + 1, 0 when absent
	pSlotShift   = 23 // 5 bits: slot of the window
	pActiveShift = 22 // 1 bit: device active
)

func pack(s *SessionScore, weight int, slot int, active bool) uint64 {
	p := uint64(s.Score)<<pScoreShift | uint64(weight)<<pWeightShift | uint64(slot)<<pSlotShift
	if s.Radio.Present {
		p |= uint64(s.Radio.Tier+1) << pRadioShift
	}
	if s.Speed.Present {
		p |= uint64(s.Speed.Tier+1) << pSpeedShift
	}
	if s.Voice.Present {
		p |= uint64(s.Voice.Score+1) << pVoiceShift
	}
	if active {
		p |= 1 << pActiveShift
	}
	return p
}

func field(p uint64, shift, width uint) int64 { return int64(p >> shift & (1<<width - 1)) }

// BatchScore is the score of a batch of session records (e.g. one station's
// day of samples from many devices) with its explanation.
type BatchScore struct {
	Score    int32 // Quality × Coverage / ScoreMax, basis points
	Verdict  Verdict
	Quality  int32 // trimmed weighted mean of the kept records' session scores
	Coverage int32 // coverage factor, basis points
	Slots    int32 // slots of the window (hours of a day) with at least one kept record
	Window   Window
	Records  int32 // records given
	Kept     int32 // records scored, after noise filtering
	Dropped  Dropped
	Empty    int32 // session records with nothing the rules use (dropped)
	Devices  int32 // distinct devices among the kept records
	Active   int32 // kept records taken while the device was active
	Weight   int64 // total weight of the kept records
	Trimmed  int64 // weight trimmed from each end
	// Per-component tallies over the kept records.
	RadioTiers [5]int32 // records per radio tier, no-service..excellent
	NoRadio    int32
	SpeedTiers [5]int32 // records per speed tier, fail..good
	NoSpeed    int32
	Voice      int32 // records with a voice score
	MeanRadio  int32 // mean radio score over records with one
	MeanSpeed  int32 // mean speed multiplier over records with one
	MeanVoice  int32 // mean voice score over records with one
}

// ScoreBatch scores a batch of session records with a fresh Scorer. See
// (*Scorer).ScoreBatch.
func ScoreBatch(recs []datpin.Record, w Window) BatchScore {
	var s Scorer
	return s.ScoreBatch(recs, w)
}

// ScoreBatch scores a batch of session records over window w (the zero
// Window means the UTC day of the earliest session record):
//
//  1. Noise filtering: records of another kind, outside the window, with a
//     value outside physical limits, or with nothing to score are dropped;
//     of several records of the same device at the same millisecond only
//     the lowest-scoring is kept. All are counted.
//  2. Quality: each kept record's ScoreSession, weighted 2 if the device
//     was active and 1 if idle; the batch quality is the weighted mean after
//     trimming 10 % of the weight from each end.
//  3. Coverage: the window is cut into 24 slots (hours of a day); the factor
//     is 5000 + 5000·covered/24 basis points.
//  4. Score = Quality × Coverage / 10000, or 0 with fewer than 2 kept records.
//
// The result does not depend on the order of recs.
func (s *Scorer) ScoreBatch(recs []datpin.Record, w Window) BatchScore {
	var b BatchScore
	b.Records = int32(len(recs))
	w, b.Verdict, b.Dropped = window(recs, w, datpin.KindSession)
	b.Window = w
	if b.Verdict != VerdictScored {
		if b.Verdict == VerdictNoInputs {
			b.Verdict = VerdictTooFew
		}
		return b
	}
	ents := s.ents[:0]
	var lastID string
	var lastHash uint64
	haveHash := false
	slots := slotCache{lo: 1, hi: 0}
	for i := range recs {
		r := &recs[i]
		if r.Kind != datpin.KindSession {
			b.Dropped.WrongKind++
			continue
		}
		if !w.Contains(r.Time) {
			b.Dropped.OutOfWindow++
			continue
		}
		sc := ScoreSession(r)
		switch sc.Verdict {
		case VerdictImplausible:
			b.Dropped.Implausible++
			continue
		case VerdictNoInputs:
			b.Empty++
			continue
		}
		if !haveHash || r.DeviceID != lastID {
			lastID, lastHash, haveHash = r.DeviceID, fnv64(r.DeviceID), true
		}
		weight := IdleWeight
		if r.Active {
			weight = ActiveWeight
		}
		ents = append(ents, entry{dev: lastHash, t: r.Time, payload: pack(&sc, weight, slots.slot(w, r.Time), r.Active), idx: uint32(i)})
	}
	s.ents = ents
	kept := s.dedup(recs, func(r *datpin.Record) string { return r.DeviceID })
	b.Dropped.Duplicate = int32(len(ents) - kept)
	ents = ents[:kept]
	b.Kept = int32(kept)

	// Aggregate the kept records.
	if cap(s.hist) < datpin.ScoreMax+1 {
		s.hist = make([]uint32, datpin.ScoreMax+1)
	}
	hist := s.hist[:datpin.ScoreMax+1]
	lo, hi := datpin.ScoreMax, 0
	var covered uint32
	var radioSum, speedSum, voiceSum int64
	for i := range ents {
		e := &ents[i]
		p := e.payload
		if i == 0 || e.dev != ents[i-1].dev {
			b.Devices++
		}
		score := int(field(p, pScoreShift, 14))
		weight := field(p, pWeightShift, 2)
		hist[score] += uint32(weight)
		lo, hi = min(lo, score), max(hi, score)
		b.Weight += weight
		covered |= 1 << field(p, pSlotShift, 5)
		if field(p, pActiveShift, 1) == 1 {
			b.Active++
		}
		if t := field(p, pRadioShift, 3); t > 0 {
			b.RadioTiers[t-1]++
			radioSum += (t - 1) * 2500
		} else {
			b.NoRadio++
		}
		if t := field(p, pSpeedShift, 3); t > 0 {
			b.SpeedTiers[t-1]++
			speedSum += (t - 1) * 2500
		} else {
			b.NoSpeed++
		}
		if v := field(p, pVoiceShift, 14); v > 0 {
			b.Voice++
			voiceSum += v - 1
		}
	}
	if n := int64(b.Kept - b.NoRadio); n > 0 {
		b.MeanRadio = int32(radioSum / n)
	}
	if n := int64(b.Kept - b.NoSpeed); n > 0 {
		b.MeanSpeed = int32(speedSum / n)
	}
	if b.Voice > 0 {
		b.MeanVoice = int32(voiceSum / int64(b.Voice))
	}
	if b.Weight > 0 {
		b.Quality, b.Trimmed = trimmedMean(hist, lo, hi, b.Weight)
		for i := range ents {
			hist[field(ents[i].payload, pScoreShift, 14)] = 0
		}
	}
	b.Slots = int32(bits.OnesCount32(covered))
	b.Coverage = coverageFactor(b.Slots)
	if b.Kept < MinSamples {
		b.Verdict = VerdictTooFew
		return b
	}
	b.Score = int32(int64(b.Quality) * int64(b.Coverage) / datpin.ScoreMax)
	return b
}

// coverageFactor maps covered slots to 5000..10000 basis points.
func coverageFactor(slots int32) int32 {
	return CoverageFloor + (datpin.ScoreMax-CoverageFloor)*slots/Slots
}

// trimmedMean returns the weighted mean of the scores in hist[lo..hi] after
// trimming TrimPermille of the total weight w from each end, rounded half
// up, and the weight trimmed from each end.
func trimmedMean(hist []uint32, lo, hi int, w int64) (int32, int64) {
	trim := w * TrimPermille / 1000
	skip, take := trim, w-2*trim
	total := take
	var sum int64
	for sc := lo; sc <= hi && take > 0; sc++ {
		c := int64(hist[sc])
		if c == 0 {
			continue
		}
		if skip > 0 {
			d := min(c, skip)
			c -= d
			skip -= d
		}
		d := min(c, take)
		sum += d * int64(sc)
		take -= d
	}
	return int32((sum + total/2) / total), trim
}

// window settles a batch's window: w, or for the zero Window the UTC day of
// the earliest record of the kind. Without records of the kind it returns
// VerdictNoInputs, for an empty or inverted window VerdictBadWindow, with
// every record counted as dropped.
func window(recs []datpin.Record, w Window, kind datpin.RecordKind) (Window, Verdict, Dropped) {
	var d Dropped
	first, found := int64(0), false
	for i := range recs {
		if recs[i].Kind != kind {
			d.WrongKind++
		} else if !found || recs[i].Time < first {
			first, found = recs[i].Time, true
		}
	}
	switch {
	case w == (Window{}) && !found:
		return w, VerdictNoInputs, d
	case w == (Window{}):
		w = DayOf(first)
	case !w.valid():
		d.OutOfWindow = int32(len(recs)) - d.WrongKind
		return w, VerdictBadWindow, d
	}
	return w, VerdictScored, Dropped{}
}

// dedup removes duplicate entries in s.ents, those with the same id (as
// returned by id) and time, keeping the one with the smallest payload. It
// leaves the kept entries grouped by id (by its hash), in time order within
// a group, and returns how many there are. The
// outcome does not depend on the order of the entries: already grouped and
// time-ordered input (one run per device, as parsers emit) is used as is,
// anything else is sorted first.
func (s *Scorer) dedup(recs []datpin.Record, id func(*datpin.Record) string) int {
	ents := s.ents
	if !s.grouped() {
		slices.SortFunc(ents, func(a, b entry) int {
			switch {
			case a.dev != b.dev:
				return cmpU(a.dev, b.dev)
			case a.t != b.t:
				return cmpI(a.t, b.t)
			}
			return cmpU(a.payload, b.payload)
		})
	}
	w := 0
	for i := 0; i < len(ents); {
		j := i + 1
		for j < len(ents) && ents[j].dev == ents[i].dev && ents[j].t == ents[i].t {
			j++
		}
		if j-i == 1 {
			ents[w] = ents[i]
			w++
			i = j
			continue
		}
		group := ents[i:j]
		// Smallest payload first (insertion sort: groups are tiny).
		for k := 1; k < len(group); k++ {
			for m := k; m > 0 && group[m].payload < group[m-1].payload; m-- {
				group[m], group[m-1] = group[m-1], group[m]
			}
		}
		start := w
		for k := range group {
			dup := false
			for m := start; m < w; m++ {
				if id(&recs[ents[m].idx]) == id(&recs[group[k].idx]) {
					dup = true
					break
				}
			}
			if !dup {
				ents[w] = group[k]
				w++
			}
		}
		i = j
	}
	return w
}

// grouped reports whether s.ents holds one contiguous run per device with
// non-decreasing times in each run.
func (s *Scorer) grouped() bool {
	ents := s.ents
	runs := s.runs[:0]
	for i := range ents {
		if i > 0 && ents[i].dev == ents[i-1].dev {
			if ents[i].t < ents[i-1].t {
				s.runs = runs
				return false
			}
			continue
		}
		runs = append(runs, ents[i].dev)
	}
	s.runs = runs
	if len(runs) > 1 {
		slices.Sort(runs)
		for i := 1; i < len(runs); i++ {
			if runs[i] == runs[i-1] {
				return false
			}
		}
	}
	return true
}

func cmpU(a, b uint64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func cmpI(a, b int64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}
