package validator

import (
	"cmp"
	"context"
	"math"
	"slices"

	"github.com/datpin/datpin"
)

// HistoryEpochs is how many epochs back duplicates and Sybil copies are looked for: older
// contributions stay in the history but are not compared, so a round costs the same however long
// the validator has run.
const HistoryEpochs = 28

// owner is a contribution whose blocks take part in duplicate detection.
type owner struct {
	sub  *subject // nil for a remembered one
	seen *Seen
}

func (o *owner) id() uint64 {
	if o.sub != nil {
		return o.sub.id
	}
	return o.seen.TokenID
}

func (o *owner) seq() *Sequence {
	if o.sub != nil {
		return &o.sub.seq
	}
	return &o.seen.Sequence
}

func (o *owner) fit() float64 {
	if o.sub != nil {
		return o.sub.fit
	}
	return o.seen.Fit
}

func (o *owner) anchoredAt() uint64 {
	if o.sub != nil {
		return o.sub.anchoredAt
	}
	return o.seen.AnchoredAt
}

// crossCheck judges a round's decrypted contributions together, against each other and the
// history, and sets each one's Trust, Score and Reason. subs must be sorted by token id; the
// verdicts do not depend on the order the tokens were anchored or listed in.
func (v *Validator) crossCheck(ctx context.Context, subs []*subject, hist History) error {
	seen, err := hist.Seen(ctx)
	if err != nil {
		return err
	}
	inBatch := map[uint64]bool{}
	for _, s := range subs {
		inBatch[s.id] = true
	}
	radio := v.Radio
	if radio.MedianRSRPdBm == nil {
		radio = DefaultRadio
	}

	// Checks of one contribution on its own, on every core: they share nothing.
	reject := make([]string, len(subs))
	parallel(len(subs), func(i int) {
		s := subs[i]
		switch s.kind {
		case datpin.KindSession, datpin.KindHeartbeat:
			over, hours := checkClaims(s.recs)
			if over >= MinOverclaimedHours && 4*over >= hours {
				reject[i] = ReasonClaims
			}
			p := checkPlace(s.recs, radio)
			s.fit = p.fit
			if p.implausible() && reject[i] == "" {
				reject[i] = ReasonLocation
			}
			if reject[i] == "" {
				reject[i] = checkPhysics(s.recs).reason()
			}
		}
		s.seq = SequenceOf(s.recs)
	})

	// Duplicate hours across the batch and the history.
	owners := make([]owner, 0, len(subs)+len(seen))
	for _, s := range subs {
		owners = append(owners, owner{sub: s})
	}
	minEpoch := uint32(math.MaxUint32)
	for _, s := range subs {
		minEpoch = min(minEpoch, s.epoch)
	}
	for i := range seen {
		if !inBatch[seen[i].TokenID] && uint64(seen[i].Epoch)+HistoryEpochs >= uint64(minEpoch) {
			owners = append(owners, owner{seen: &seen[i]})
		}
	}
	replayed := map[int]bool{}
	sameTime := map[[2]int]int{} // owner pair (lower index first) → longest same-time chain
	for _, m := range matches(owners, len(subs)) {
		switch {
		case m.a == m.b:
			replayed[m.a] = true // a stretch of its own sequence repeats an earlier one
		case max(m.DtMs, -m.DtMs) < SameTimeMs:
			k := [2]int{m.a, m.b}
			sameTime[k] = max(sameTime[k], m.Len)
		case m.DtMs > 0: // b's samples come later: b holds the copy
			if m.b < len(subs) {
				replayed[m.b] = true
			}
		default:
			replayed[m.a] = true
		}
	}
	// Radio traces: copies of sessions with little throughput (peer_trace.go).
	sameTrace := map[[2]int]int{}
	for _, m := range traceMatches(owners, len(subs)) {
		switch {
		case max(m.DtMs, -m.DtMs) < SameTimeMs:
			k := [2]int{m.a, m.b}
			sameTrace[k] = max(sameTrace[k], m.Len)
		case m.DtMs > 0:
			if m.b < len(subs) {
				replayed[m.b] = true
			}
		default:
			replayed[m.a] = true
		}
	}
	parent := make([]int, len(owners))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	pairs := make([][2]int, 0, len(sameTime))
	for k := range sameTime {
		pairs = append(pairs, k)
	}
	slices.SortFunc(pairs, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	for _, k := range pairs {
		n := sameTime[k]
		smaller := min(len(owners[k[0]].seq().Samples), len(owners[k[1]].seq().Samples))
		if n >= MinReplayRun && 2*n >= smaller {
			a, b := find(k[0]), find(k[1])
			if a != b {
				parent[max(a, b)] = min(a, b)
			}
		}
	}
	tpairs := make([][2]int, 0, len(sameTrace))
	for k := range sameTrace {
		tpairs = append(tpairs, k)
	}
	slices.SortFunc(tpairs, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	for _, k := range tpairs {
		n := sameTrace[k]
		if 2*n >= min(len(owners[k[0]].seq().Trace), len(owners[k[1]].seq().Trace)) {
			a, b := find(k[0]), find(k[1])
			if a != b {
				parent[max(a, b)] = min(a, b)
			}
		}
	}
	clusters := map[int][]int{}
	for oi := range owners {
		clusters[find(oi)] = append(clusters[find(oi)], oi)
	}
	sybil := map[int]bool{}
	for _, members := range clusters {
		if len(members) < 2 {
			continue
		}
		// The genuine member: its asserted place explains its sessions best; then the earliest
		// anchored; then the lowest token id.
		best := members[0]
		for _, m := range members[1:] {
			a, b := &owners[m], &owners[best]
			if a.fit() < b.fit() || a.fit() == b.fit() && (a.anchoredAt() < b.anchoredAt() ||
				a.anchoredAt() == b.anchoredAt() && a.id() < b.id()) {
				best = m
			}
		}
		for _, m := range members {
			if m != best && m < len(subs) {
				sybil[m] = true
			}
		}
	}

	// Sensors, against the round's other sensors (sensor_check.go).
	trust := judgeSensors(subs, reject)

	// Each station's place against the places its other contributions were measured in
	// (station_place.go), among the contributions nothing above rejected.
	fps := make([][]PlaceCell, len(subs))
	profs := make([][]RateBin, len(subs))
	ok := make([]bool, len(subs))
	for i, s := range subs {
		if s.kind == datpin.KindSession || s.kind == datpin.KindHeartbeat {
			fps[i] = footprintOf(s.recs)
			profs[i] = rateProfileOf(s.recs)
		}
		ok[i] = reject[i] == "" && !sybil[i] && !replayed[i]
	}
	far := stationFar(subs, ok, fps, seen, inBatch)
	// Each contribution's rates against its station's other contributions (station_rate.go).
	high := throughputAbovePeers(subs, ok, profs, seen, inBatch)

	accepted := make([]bool, len(subs))
	for oi, s := range subs {
		r := reject[oi]
		if r == "" && sybil[oi] {
			r = ReasonSybil
		}
		if r == "" && replayed[oi] {
			r = ReasonReplay
		}
		if r == "" && far[oi] {
			r = ReasonStationFar
		}
		if r == "" && high[oi] {
			r = ReasonThroughputPeers
		}
		accepted[oi] = r == ""
		switch {
		case r != "":
			s.ev.Score, s.ev.Trust, s.ev.Reason = 0, 0, r
		case trust[oi] != 0:
			s.ev.Trust = trust[oi]
			s.ev.Score = uint16(uint32(s.ev.Score) * uint32(trust[oi]) / datpin.ScoreMax)
		}
	}

	rec := make([]Seen, 0, len(subs))
	for i, s := range subs {
		x := Seen{TokenID: s.id, Device: s.device, Epoch: s.epoch, AnchoredAt: s.anchoredAt, Fit: s.fit, Sequence: s.seq}
		if accepted[i] {
			x.Place, x.Rate = fps[i], profs[i]
		}
		rec = append(rec, x)
	}
	return hist.Record(ctx, rec)
}
