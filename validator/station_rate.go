package validator

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"

	"github.com/datpin/datpin"
)

// ReasonThroughputPeers: most of a contribution's downlink samples carry more per unit of
// spectral efficiency than nearly all of its station's other contributions did (or, for a station
// known too little, than the network's other stations did).
const ReasonThroughputPeers = "throughput-above-peers"

// Thresholds of the throughput-peers check. docs/FRAUD.md gives their calibration on real traces.
//
// A sample's rate per efficiency is its downlink over the spectral efficiency its radio reports
// (efficiency: CQI or SINR), in kbit/s per bit/s/Hz: the spectrum times layers it was served on,
// times the share of it the application used. It is bounded by what the station's carriers offer,
// and real stations offer far less than the device category allows (rateBoundKbps).
const (
	// RateBinsPerOctave: rates per efficiency are counted in logarithmic bins this fine (4.4 %).
	RateBinsPerOctave = 16
	// StationRateQuantile: a sample is above its station's peers when its rate per efficiency
	// lies in a bin above the one holding this quantile of theirs, in the same mode.
	StationRateQuantile = 0.99
	// NetworkRateQuantile: the same against the network's other stations, for a station whose
	// peers are too few.
	NetworkRateQuantile = 0.999
	// MinRateRefSamples and MinRateRefContributions: a reference is used when it holds at least
	// this many samples of the mode, from at least this many contributions.
	MinRateRefSamples       = 200
	MinRateRefContributions = 2
	// MinAboveSamples and MaxAboveShare: a contribution is rejected when at least this many of
	// its judged samples, and more than this share, are above the reference.
	MinAboveSamples = 5
	MaxAboveShare   = 0.3
	// RatePasses: a contribution found above no longer vouches for its station's rates, and the
	// round's others are judged again without it, at most this many times.
	RatePasses = 5

	rateBins = 36 * RateBinsPerOctave // up to 2^36 kbit/s per bit/s/Hz
)

// RateBin counts a contribution's samples of one mode whose rate per efficiency falls in one
// logarithmic bin: Bin = floor(RateBinsPerOctave · log2(kbit/s per bit/s/Hz)).
type RateBin struct {
	Mode datpin.NetworkMode
	Bin  uint16
	N    uint32
}

// rateModes are the modes rates are judged in, and the index of each in a rateHist.
var rateModes = [2]datpin.NetworkMode{datpin.ModeLTE, datpin.ModeNR}

func modeIndex(m datpin.NetworkMode) int {
	switch m {
	case datpin.ModeLTE:
		return 0
	case datpin.ModeNR:
		return 1
	}
	return -1
}

// rateBinOf is the bin of an informative LTE or NR session: a downlink of at least MinInfoKbps
// and an efficiency.
func rateBinOf(r *datpin.PublicRecord) (int, bool) {
	if r.Kind != datpin.KindSession || modeIndex(r.Mode) < 0 || r.DownKbps == datpin.Missing || r.DownKbps < MinInfoKbps {
		return 0, false
	}
	eff, ok := efficiency(r)
	if !ok || eff <= 0 {
		return 0, false
	}
	b := int(math.Floor(RateBinsPerOctave * math.Log2(float64(r.DownKbps)/eff)))
	return min(max(b, 0), rateBins-1), true
}

// rateProfileOf counts recs' informative LTE and NR sessions by mode and bin, sorted.
func rateProfileOf(recs []datpin.PublicRecord) []RateBin {
	var h rateHist
	for i := range recs {
		if b, ok := rateBinOf(&recs[i]); ok {
			h[modeIndex(recs[i].Mode)][b]++
		}
	}
	var out []RateBin
	for m := range h {
		for b, n := range h[m] {
			if n > 0 {
				out = append(out, RateBin{Mode: rateModes[m], Bin: uint16(b), N: uint32(n)})
			}
		}
	}
	return out
}

// rateHist is a rate profile unpacked: counts by mode index and bin.
type rateHist [2][rateBins]uint64

func (h *rateHist) add(p []RateBin, sign int64) {
	for _, x := range p {
		if m := modeIndex(x.Mode); m >= 0 && int(x.Bin) < rateBins {
			h[m][x.Bin] = uint64(int64(h[m][x.Bin]) + sign*int64(x.N))
		}
	}
}

// quantileBin is the bin holding the q quantile of counts c (n of them).
func quantileBin(c *[rateBins]uint64, n uint64, q float64) int {
	need := uint64(math.Ceil(q * float64(n)))
	var cum uint64
	for b := range c {
		cum += c[b]
		if cum >= need {
			return b
		}
	}
	return rateBins - 1
}

// rateRef is a reference of one mode: its counts, samples and contributions.
type rateRef struct {
	hist     rateHist
	samples  [2]uint64
	contribs [2]int
}

func (r *rateRef) add(p []RateBin, sign int) {
	r.hist.add(p, int64(sign))
	var in [2]bool
	for _, x := range p {
		if m := modeIndex(x.Mode); m >= 0 {
			r.samples[m] = uint64(int64(r.samples[m]) + int64(sign)*int64(x.N))
			in[m] = true
		}
	}
	for m := range in {
		if in[m] {
			r.contribs[m] += sign
		}
	}
}

// throughputAbovePeers judges each subject's rates per efficiency against its station's other
// contributions: the accepted ones the history remembers and the round's others that no other
// check rejected (ok). A sample is above when its bin lies above the one holding the
// StationRateQuantile of theirs in its mode; where the station's peers hold fewer than
// MinRateRefSamples samples of the mode or MinRateRefContributions contributions, the network's
// other stations are the reference, at NetworkRateQuantile. A subject is flagged when at least
// MinAboveSamples of its judged samples, and more than MaxAboveShare of them, are above. A flagged
// contribution no longer vouches: the round is judged again without it, until the verdicts hold
// (at most RatePasses times), so that copies of one inflated source do not lift each other's
// reference. The reference of a subject does not depend on the order the round's tokens were
// anchored or listed in.
func throughputAbovePeers(subs []*subject, ok []bool, profs [][]RateBin, seen []Seen, inBatch map[uint64]bool) []bool {
	vouch := slices.Clone(ok)
	for range RatePasses {
		out := ratePass(subs, vouch, profs, seen, inBatch)
		changed := false
		for i := range subs {
			if v := ok[i] && !out[i]; v != vouch[i] {
				vouch[i], changed = v, true
			}
		}
		if !changed {
			return out
		}
	}
	return ratePass(subs, vouch, profs, seen, inBatch)
}

// ratePass is one pass of throughputAbovePeers, with the round's contributions in ok vouching.
func ratePass(subs []*subject, ok []bool, profs [][]RateBin, seen []Seen, inBatch map[uint64]bool) []bool {
	type ref struct {
		id   uint64
		prof []RateBin
	}
	byDev := map[[20]byte][]ref{}
	for i := range seen {
		if !inBatch[seen[i].TokenID] && len(seen[i].Rate) > 0 {
			byDev[seen[i].Device] = append(byDev[seen[i].Device], ref{seen[i].TokenID, seen[i].Rate})
		}
	}
	for i, s := range subs {
		if ok[i] && len(profs[i]) > 0 {
			byDev[s.device] = append(byDev[s.device], ref{s.id, profs[i]})
		}
	}
	// The network's counts, and each station's, in a fixed order of stations.
	devs := make([][20]byte, 0, len(byDev))
	for d := range byDev {
		devs = append(devs, d)
	}
	slices.SortFunc(devs, func(a, b [20]byte) int { return slices.Compare(a[:], b[:]) })
	station := make(map[[20]byte]*rateRef, len(devs))
	var network rateRef
	for _, d := range devs {
		st := &rateRef{}
		for _, r := range byDev[d] {
			st.add(r.prof, 1)
		}
		station[d] = st
		network.add2(st)
	}
	out := make([]bool, len(subs))
	parallel(len(subs), func(i int) {
		s := subs[i]
		if len(profs[i]) == 0 {
			return
		}
		var own rateRef
		own.add(profs[i], 1)
		// The station's peers: its counts without the subject's own.
		peers := rateRef{}
		others := rateRef{}
		if st := station[s.device]; st != nil {
			peers = *st
			others = network
			others.sub2(st)
			for _, r := range byDev[s.device] {
				if r.id == s.id {
					peers.add(r.prof, -1)
				}
			}
		} else {
			others = network
		}
		judged, above := uint64(0), uint64(0)
		for m := range rateModes {
			if own.samples[m] == 0 {
				continue
			}
			var env int
			switch {
			case peers.samples[m] >= MinRateRefSamples && peers.contribs[m] >= MinRateRefContributions:
				env = quantileBin(&peers.hist[m], peers.samples[m], StationRateQuantile)
			case others.samples[m] >= MinRateRefSamples && others.contribs[m] >= MinRateRefContributions:
				env = quantileBin(&others.hist[m], others.samples[m], NetworkRateQuantile)
			default:
				continue
			}
			judged += own.samples[m]
			for b := env + 1; b < rateBins; b++ {
				above += own.hist[m][b]
			}
		}
		out[i] = above >= MinAboveSamples && float64(above) > MaxAboveShare*float64(judged)
	})
	return out
}

// add2 and sub2 add or take away another reference's counts.
func (r *rateRef) add2(o *rateRef) { r.combine(o, 1) }
func (r *rateRef) sub2(o *rateRef) { r.combine(o, -1) }

func (r *rateRef) combine(o *rateRef, sign int) {
	for m := range r.hist {
		for b := range r.hist[m] {
			r.hist[m][b] = uint64(int64(r.hist[m][b]) + int64(sign)*int64(o.hist[m][b]))
		}
		r.samples[m] = uint64(int64(r.samples[m]) + int64(sign)*int64(o.samples[m]))
		r.contribs[m] += sign * o.contribs[m]
	}
}

// encodeRate writes a rate profile as varints: the count, then per bin its mode, bin and count.
func encodeRate(dst []byte, p []RateBin) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(p)))
	for _, x := range p {
		dst = binary.AppendUvarint(dst, uint64(x.Mode))
		dst = binary.AppendUvarint(dst, uint64(x.Bin))
		dst = binary.AppendUvarint(dst, uint64(x.N))
	}
	return dst
}

// decodeRate reads what encodeRate wrote.
func decodeRate(b []byte) ([]RateBin, error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return nil, datpin.Errorf(datpin.EINVALID, "bad rate profile length")
	}
	b = b[k:]
	if n == 0 {
		return nil, nil
	}
	out := make([]RateBin, n)
	for i := range out {
		var v [3]uint64
		for j := range v {
			x, k := binary.Uvarint(b)
			if k <= 0 {
				return nil, datpin.Errorf(datpin.EINVALID, "rate bin %d truncated", i)
			}
			v[j], b = x, b[k:]
		}
		if v[0] > math.MaxUint8 || v[1] >= rateBins || v[2] > math.MaxUint32 {
			return nil, datpin.Errorf(datpin.EINVALID, "rate bin %d out of range", i)
		}
		out[i] = RateBin{Mode: datpin.NetworkMode(v[0]), Bin: uint16(v[1]), N: uint32(v[2])}
	}
	if len(b) != 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "%d bytes after the rate profile", len(b))
	}
	slices.SortFunc(out, func(a, b RateBin) int { return cmp.Or(cmp.Compare(a.Mode, b.Mode), cmp.Compare(a.Bin, b.Bin)) })
	return out, nil
}
