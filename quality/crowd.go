package quality

import (
	"math/bits"
	"slices"

	"github.com/datpin/datpin"
)

// Crowd measurement rules: handsets' drive and static tests attributed to the station they
// measured. Their completeness is that of the measured sessions themselves, not of the station's
// day: a full, honest hour of drive tests is complete data.
const (
	// CrowdServiceFloor is the service factor of samples whose session scores are all 0; each
	// point of batch quality adds (ScoreMax − CrowdServiceFloor)/ScoreMax. An honest measurement
	// of a poor cell is good data about a poor cell: the network's quality ranks crowd
	// contributions but cannot on its own push one below the trust threshold.
	CrowdServiceFloor = 5000
	// CrowdIntegrityFloor is the completeness × radio share (basis points) at and below which a
	// crowd contribution's integrity is 0; above it integrity rises linearly to ScoreMax. Half of
	// the expected samples missing, or half of the rows without a radio measurement, leaves
	// nothing.
	CrowdIntegrityFloor = 5000
	// CrowdSplitCadences: an interval longer than this many cadences between two samples of one
	// device ends a run (the handset was on another station, or not measuring); shorter intervals
	// count the samples missing in them.
	CrowdSplitCadences = 5
)

// CrowdScore is the score of a batch of crowd measurements with its explanation.
type CrowdScore struct {
	Score   int32 // Service × Integrity / ScoreMax, basis points
	Verdict Verdict
	// Batch is the batch's sample statistics under the batch rules (ScoreBatch): Quality is the
	// trimmed mean of its session scores. Its Coverage and Score are the station-day rules',
	// which crowd measurements do not use.
	Batch BatchScore
	// Service is CrowdServiceFloor + (ScoreMax − CrowdServiceFloor)·Quality/ScoreMax.
	Service int32
	// Completeness is Received/Expected in basis points: the measured sessions' samples against
	// the samples their cadence implies over their runs.
	Completeness int32
	// RadioShare is the share of rows with a radio measurement among the rows in the window
	// that are not other kinds or duplicates (kept, empty or implausible), basis points.
	RadioShare int32
	// Integrity is Completeness × RadioShare mapped linearly from CrowdIntegrityFloor (0) to
	// ScoreMax.
	Integrity  int32
	Expected   int64 // rows expected over the runs at each device's cadence
	Received   int64 // kept samples there
	Runs       int32 // runs of samples: a device's samples without a gap of CrowdSplitCadences
	MeasuredMs int64 // total length of the runs, each from its first sample to one cadence after its last
	// CadenceMs is the cadence of the device with most kept samples (ties: the shorter cadence):
	// the lower quartile of that device's sample intervals.
	CadenceMs int64
}

// ScoreCrowd scores a batch of crowd measurements with a fresh Scorer. See (*Scorer).ScoreCrowd.
func ScoreCrowd(recs []datpin.Record, w Window) CrowdScore {
	var s Scorer
	return s.ScoreCrowd(recs, w)
}

// ScoreCrowd scores handsets' session samples (drive and static tests) over window w (zero: the
// UTC day of the earliest session record) as crowd measurements:
//
//  1. The samples are filtered and deduplicated, and their quality computed, as by ScoreBatch.
//  2. Service = 5000 + 5000·Quality/10000.
//  3. Per device, the cadence is the lower quartile of the intervals between its samples; an
//     interval over 5 cadences splits its samples into runs. A run expects
//     1 + Σ max(1, round(interval/cadence) − 1) samples: an interval of n cadences misses n − 1
//     of them, one of which is forgiven (a logger a little slower than its cadence, with
//     timestamps truncated to it, skips a step now and then and loses nothing).
//     Completeness = kept samples / expected.
//  4. Radio share = samples with a radio measurement / (kept + nothing to score + implausible).
//  5. Integrity = (Completeness·RadioShare/10000 − 5000)·10000/5000, clamped to 0..10000.
//  6. Score = Service × Integrity / 10000, or 0 with fewer than 2 kept samples.
//
// The result does not depend on the order of recs.
func (s *Scorer) ScoreCrowd(recs []datpin.Record, w Window) CrowdScore {
	var c CrowdScore
	c.Batch = s.ScoreBatch(recs, w)
	b := &c.Batch
	c.Verdict = b.Verdict
	if b.Verdict != VerdictScored {
		return c
	}
	ents := s.ents[:b.Kept] // grouped by device, in time order (dedup)
	bestRows := 0
	for i := 0; i < len(ents); {
		j := i + 1
		for j < len(ents) && ents[j].dev == ents[i].dev {
			j++
		}
		cad := s.deviceCrowd(ents[i:j], &c)
		if n := j - i; n > bestRows || n == bestRows && cad < c.CadenceMs {
			bestRows, c.CadenceMs = n, cad
		}
		i = j
	}
	if c.Expected > 0 {
		c.Completeness = int32(c.Received * datpin.ScoreMax / c.Expected)
	}
	withRadio := int64(b.Kept - b.NoRadio)
	if rows := int64(b.Kept) + int64(b.Empty) + int64(b.Dropped.Implausible); rows > 0 {
		c.RadioShare = int32(withRadio * datpin.ScoreMax / rows)
	}
	kr := int64(c.Completeness) * int64(c.RadioShare) / datpin.ScoreMax
	c.Integrity = clamp((kr - CrowdIntegrityFloor) * datpin.ScoreMax / (datpin.ScoreMax - CrowdIntegrityFloor))
	c.Service = CrowdServiceFloor + int32(int64(datpin.ScoreMax-CrowdServiceFloor)*int64(b.Quality)/datpin.ScoreMax)
	c.Score = int32(int64(c.Service) * int64(c.Integrity) / datpin.ScoreMax)
	return c
}

// deviceCrowd adds one device's runs (its kept entries, in time order) to c and returns the
// device's cadence.
func (s *Scorer) deviceCrowd(ents []entry, c *CrowdScore) int64 {
	gaps := s.gaps[:0]
	for k := 1; k < len(ents); k++ {
		gaps = append(gaps, ents[k].t-ents[k-1].t)
	}
	s.gaps = gaps
	cad := int64(1)
	if len(gaps) > 0 {
		cad = max(nthSmallest(gaps, (len(gaps)-1)/4), 1)
	}
	split := cad * CrowdSplitCadences
	var expected int64 = 1
	start := ents[0].t
	endRun := func(last int64, rows int64) {
		c.Runs++
		c.MeasuredMs += last - start + cad
		c.Expected += expected
		c.Received += min(rows, expected)
	}
	first := 0
	for k := 1; k < len(ents); k++ {
		d := ents[k].t - ents[k-1].t
		if d > split {
			endRun(ents[k-1].t, int64(k-first))
			expected, start, first = 1, ents[k].t, k
			continue
		}
		// An interval of n cadences misses n−1 samples, one of which is forgiven: a logger
		// slightly slower than its cadence, with timestamps truncated to it, skips a step now
		// and then without losing a measurement.
		expected += max((d+cad/2)/cad-1, 1)
	}
	endRun(ents[len(ents)-1].t, int64(len(ents)-first))
	return cad
}

// nthSmallest returns the k-th smallest (0-based) of v, reordering v: quickselect with the
// median of three as pivot, which falls back to sorting after 2·log2(n) + 8 rounds, so that
// timestamps crafted against the pivot choice cannot make a validator spend quadratic time.
func nthSmallest(v []int64, k int) int64 {
	return selectWithin(v, k, 2*bits.Len(uint(len(v)))+8)
}

// selectWithin is nthSmallest with a budget of partition rounds.
func selectWithin(v []int64, k, budget int) int64 {
	lo, hi := 0, len(v)-1
	for lo < hi {
		if budget--; budget < 0 {
			slices.Sort(v[lo : hi+1])
			return v[k]
		}
		mid := lo + (hi-lo)/2
		// Median of three to v[mid].
		if v[lo] > v[mid] {
			v[lo], v[mid] = v[mid], v[lo]
		}
		if v[mid] > v[hi] {
			v[mid], v[hi] = v[hi], v[mid]
			if v[lo] > v[mid] {
				v[lo], v[mid] = v[mid], v[lo]
			}
		}
		p := v[mid]
		i, j := lo, hi
		for i <= j {
			for v[i] < p {
				i++
			}
			for v[j] > p {
				j--
			}
			if i <= j {
				v[i], v[j] = v[j], v[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return v[k]
		}
	}
	return v[k]
}
