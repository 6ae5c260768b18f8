package validator

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"

	"github.com/datpin/datpin"
)

// What a replay copies.
//
// A replay re-uses a sample sequence: the per-second throughput a handset measured, with the
// radio around it, shifted in time, relabelled, perhaps lightly perturbed or stretched. A repeated
// route or a phone left at one spot produces similar levels, but its fine-grained values are
// drawn anew: throughput in kbit/s varies by tens of per cent from one second to the next, and the
// radio moves with it. So a contribution is reduced to its informative samples (sessions with a
// measured downlink of at least MinInfoKbps, in time order) and two contributions are compared by
// looking for a long chain of samples that agree, within a tolerance a light perturbation stays
// inside, one after the other in both, at a consistent time offset. Idle samples (no rate, or a
// few kbit/s) are left out: a phone at rest reports the same idle values every second, honest
// or not.
const (
	hourMs = 3_600_000
	// MinInfoKbps is the lowest downlink rate that makes a session an informative sample.
	MinInfoKbps = 100
	// MinReplayRun is the shortest chain of agreeing samples that makes two sequences one.
	MinReplayRun = 8
	// ChainGap is the most samples a chain may skip, in either sequence, between two links: a
	// replay merged into a day of real sessions, or thinned out, keeps its order but not its
	// neighbours.
	ChainGap = 6
	// SameTimeMs: a chain whose samples are less than this apart in time shows one source
	// reported twice (a Sybil copy), not a replay.
	SameTimeMs = 60_000
	// DriftShare is how much the time offset along a chain may drift per unit of time elapsed
	// (a time-warped replay), on top of SameTimeMs.
	DriftShare = 0.25
	// RateTolerance is the relative difference two rates may have and still agree; RadioTolerance
	// the difference of RSRP, RSRQ and SINR, in 0.1 dB.
	RateTolerance  = 0.06
	RadioTolerance = 20
	// maxKeyRun: a candidate key shared by more samples than this says nothing about copying.
	maxKeyRun = 1024
)

// Sample is one informative session sample.
type Sample struct {
	T                int64 // Unix ms
	Down, Up         int32 // kbit/s; Up may be datpin.Missing
	RSRP, RSRQ, SINR int32 // 0.1 dB(m); datpin.Missing if not measured
}

// Sequence is a contribution's informative samples in time order, and its radio trace
// (peer_trace.go).
type Sequence struct {
	Samples []Sample
	Trace   []TraceStep
}

// SequenceOf extracts the informative samples of recs' sessions, sorted by time and then by
// value, so that the order does not depend on the package's.
func SequenceOf(recs []datpin.PublicRecord) Sequence {
	var s Sequence
	for i := range recs {
		r := &recs[i]
		if r.Kind != datpin.KindSession || r.DownKbps == datpin.Missing || r.DownKbps < MinInfoKbps {
			continue
		}
		s.Samples = append(s.Samples, Sample{T: r.Time, Down: r.DownKbps, Up: r.UpKbps, RSRP: r.RSRPdBm10, RSRQ: r.RSRQdB10, SINR: r.SINRdB10})
	}
	slices.SortFunc(s.Samples, func(a, b Sample) int {
		return cmp.Or(cmp.Compare(a.T, b.T), cmp.Compare(a.Down, b.Down), cmp.Compare(a.Up, b.Up),
			cmp.Compare(a.RSRP, b.RSRP), cmp.Compare(a.RSRQ, b.RSRQ), cmp.Compare(a.SINR, b.SINR))
	})
	s.Trace = traceOf(recs)
	return s
}

// keys appends a sample's candidate keys: its downlink on a 4 % logarithmic grid, its uplink on
// an 8 % one and its RSRP in 3 dB bins, on keyGrids grids offset by a fraction of a bin each, so
// that a light perturbation keeps at least one key.
func (x *Sample) keys(dst []uint64) []uint64 {
	for g := range keyGrids {
		off := float64(g) / keyGrids
		dst = append(dst, mix(uint64(g), logBin(x.Down, 1.04, off), logBin(x.Up, 1.08, off), levelBin(x.RSRP, 30, off)))
	}
	return dst
}

const keyGrids = 3

// levelBin is v's bin of width w, offset by off bins; Missing has its own bin.
func levelBin(v int32, w, off float64) uint64 {
	if v == datpin.Missing {
		return math.MaxUint64
	}
	return uint64(int64(math.Floor(float64(v)/w + off)))
}

// logBin is v's bin on a logarithmic grid of ratio base, offset by off bins; missing, zero and
// negative values have bins of their own.
func logBin(v int32, base, off float64) uint64 {
	if v == datpin.Missing || v <= 0 {
		return math.MaxUint64 - uint64(max(v, -1)+1)
	}
	return uint64(int64(math.Floor(math.Log(float64(v))/math.Log(base) + off)))
}

// agree reports whether two samples can be one sample lightly perturbed.
func agree(a, b *Sample) bool {
	return rateAgree(a.Down, b.Down) && rateAgree(a.Up, b.Up) &&
		levelAgree(a.RSRP, b.RSRP) && levelAgree(a.RSRQ, b.RSRQ) && levelAgree(a.SINR, b.SINR)
}

func rateAgree(a, b int32) bool {
	if a == datpin.Missing || b == datpin.Missing {
		return a == b
	}
	d := math.Abs(float64(a) - float64(b))
	return d <= 2 || d <= RateTolerance*float64(max(a, b))
}

func levelAgree(a, b int32) bool {
	if a == datpin.Missing || b == datpin.Missing {
		return a == b
	}
	return a-b <= RadioTolerance && b-a <= RadioTolerance
}

// mix hashes a tuple with FNV-1a over its little-endian words and a SplitMix64 finish.
func mix(vs ...uint64) uint64 {
	h := uint64(14695981039346656037)
	var b [8]byte
	for _, v := range vs {
		binary.LittleEndian.PutUint64(b[:], v)
		for _, c := range b {
			h ^= uint64(c)
			h *= 1099511628211
		}
	}
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

// link is a pair of agreeing samples: i of the first sequence, j of the second.
type link struct {
	i, j int32
	dt   int64 // time of j minus time of i, ms
}

// order is the link's place in the order of (i, j), both of which are never negative.
func (l link) order() uint64 { return uint64(uint32(l.i))<<32 | uint64(uint32(l.j)) }

// Chain is the best run of agreeing samples found between two sequences.
type Chain struct {
	// Len is the run's informative length: its first sample and every later one whose downlink
	// differs from the previous link's by more than RateTolerance. A phone at rest with a capped
	// rate repeats one value for hours; only a changing sequence identifies a copy.
	Len    int
	DtMs   int64 // time offset of the second sequence's samples over the first's, at the run's start
	StartA int64 // time of the run's first sample in the first sequence
	StartB int64 // and in the second
}

// longestChain finds the chain of links of greatest informative length, each link following the
// previous by at most ChainGap samples in both sequences, at a time offset that drifts by at most
// SameTimeMs plus DriftShare of the time elapsed. links must be sorted by (i, j) without repeats.
func longestChain(a, b *Sequence, links []link) Chain {
	if len(links) == 0 {
		return Chain{}
	}
	best := make([]int32, len(links))
	from := make([]int32, len(links)) // index of the chain's first link
	// links are sorted by i, so the candidate predecessors of a link at i, those at i-ChainGap-1
	// .. i-1, are one contiguous stretch just before the links at i: lo and hi bound it and only
	// move forward.
	top, lo, hi := 0, 0, 0
	for k, l := range links {
		best[k], from[k] = 1, int32(k)
		for lo < k && links[lo].i < l.i-ChainGap-1 {
			lo++
		}
		for hi < k && links[hi].i < l.i {
			hi++
		}
		// The nearest earlier sample first, its links in order of j: on a tie the first found wins.
		for end := hi; end > lo; {
			start := end - 1
			for start > lo && links[start-1].i == links[end-1].i {
				start--
			}
			for p := start; p < end; p++ {
				q := links[p]
				if q.j >= l.j || q.j < l.j-ChainGap-1 {
					continue
				}
				elapsed := a.Samples[l.i].T - a.Samples[q.i].T
				if d := l.dt - q.dt; max(d, -d) > SameTimeMs+int64(DriftShare*float64(elapsed)) {
					continue
				}
				n := best[p]
				if !rateAgree(a.Samples[q.i].Down, a.Samples[l.i].Down) {
					n++
				}
				if n > best[k] {
					best[k], from[k] = n, from[p]
				}
			}
			end = start
		}
		if best[k] > best[top] {
			top = k
		}
	}
	s := links[from[top]]
	return Chain{Len: int(best[top]), DtMs: s.dt, StartA: a.Samples[s.i].T, StartB: b.Samples[s.j].T}
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
