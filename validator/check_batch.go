package validator

import (
	"context"
	"math"
	"slices"

	"github.com/datpin/datpin"
)

// HistoryEpochs is how many epochs back duplicates and Sybil copies are looked for: older
// contributions stay in the history but are not compared, so a round costs the same however long
// the validator has run.
const HistoryEpochs = 14

// blockRef names one hour block of a contribution in the batch (sub ≥ 0) or in the history.
type blockRef struct {
	owner int // index into owners
	block int
}

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

func (o *owner) blocks() []Block {
	if o.sub != nil {
		return o.sub.fp.Blocks
	}
	return o.seen.Blocks
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
		}
		s.fp = FingerprintOf(s.recs)
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
	sets := map[blockRef]map[uint64]struct{}{}
	setOf := func(ref blockRef) map[uint64]struct{} {
		m := sets[ref]
		if m == nil {
			m = shingleSet(&owners[ref.owner].blocks()[ref.block])
			sets[ref] = m
		}
		return m
	}
	replayed := map[int]bool{}
	sameTime := map[[2]int]int{} // owner pair (lower index first) → same-time duplicate hours
	// Shingles shared with each other block. A duplicate shares at least DupContainment of the
	// smaller block's sessions, each through two shingles or more (copies inside a block aside,
	// hence the halving): fewer cannot be one.
	newShingleIndex(owners).candidates(owners, len(subs), func(self, ref blockRef, n int) {
		oi := self.owner
		this := &owners[oi].blocks()[self.block]
		other := &owners[ref.owner].blocks()[ref.block]
		if float64(n) < DupContainment*float64(min(this.Records, other.Records)) {
			return
		}
		if !duplicates(this, other, setOf(self), setOf(ref)) {
			return
		}
		switch {
		case this.StartMs > other.StartMs:
			replayed[oi] = true // this hour repeats an earlier one
		case this.StartMs < other.StartMs:
			if ref.owner < len(subs) {
				replayed[ref.owner] = true
			}
		case ref.owner != oi:
			k := [2]int{min(oi, ref.owner), max(oi, ref.owner)}
			sameTime[k]++
		}
	})
	// Each same-time pair was counted from both sides when both are in the batch.
	comparable := func(oi int) int {
		n := 0
		for _, b := range owners[oi].blocks() {
			if b.Records >= MinBlockRecords {
				n++
			}
		}
		return n
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
		if k[1] < len(subs) {
			n /= 2
		}
		smaller := min(comparable(k[0]), comparable(k[1]))
		if n >= MinSybilBlocks && 2*n >= smaller {
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

	for oi, s := range subs {
		r := reject[oi]
		if r == "" && sybil[oi] {
			r = ReasonSybil
		}
		if r == "" && replayed[oi] {
			r = ReasonReplay
		}
		switch {
		case r != "":
			s.ev.Score, s.ev.Trust, s.ev.Reason = 0, 0, r
		case trust[oi] != 0:
			s.ev.Trust = trust[oi]
			s.ev.Score = uint16(uint32(s.ev.Score) * uint32(trust[oi]) / datpin.ScoreMax)
		}
	}

	rec := make([]Seen, 0, len(subs))
	for _, s := range subs {
		rec = append(rec, Seen{TokenID: s.id, Device: s.device, Epoch: s.epoch, AnchoredAt: s.anchoredAt, Fit: s.fit, Blocks: s.fp.Blocks})
	}
	return hist.Record(ctx, rec)
}
