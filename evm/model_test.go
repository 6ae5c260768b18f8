package evm_test

import "math/big"

// revenueModel mirrors the DAT's revenue accounting of one class in Go with big.Int: every
// settlement appends a snapshot of both accumulators (ETH index 0, ERC-20 index 1), scaled 1e18,
// with the scaled remainder carried to the next settlement of the same asset. A token is paid
// from the snapshot it was last paid up to until the snapshot at which it stopped counting.
type revenueModel struct {
	total *big.Int      // totalShare
	snaps [][2]*big.Int // snaps[0] is zero; len-1 = class snapshots
	rem   [2]*big.Int   // scaled remainders
	toks  map[uint64]*revenueToken
}

type revenueToken struct {
	share    *big.Int
	paid     [2]int // snapshot index paid up to
	exitRef  int    // -1 while in totalShare; else the snapshot index at which it stopped
	expireAt uint64 // end of its window (0 = never)
	recorded bool   // its own end was recorded (Expired emitted), or it never counted
}

var scale = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

func newRevenueModel() *revenueModel {
	return &revenueModel{
		total: new(big.Int),
		snaps: [][2]*big.Int{{new(big.Int), new(big.Int)}},
		rem:   [2]*big.Int{new(big.Int), new(big.Int)},
		toks:  map[uint64]*revenueToken{},
	}
}

func (m *revenueModel) snapshots() int { return len(m.snaps) - 1 }

// join starts counting a token with share > 0 from the current snapshot. A token with share 0
// is recorded as never counting.
func (m *revenueModel) join(id uint64, share *big.Int) {
	s := m.snapshots()
	t := &revenueToken{share: new(big.Int).Set(share), paid: [2]int{s, s}, exitRef: -1}
	if share.Sign() == 0 {
		t.exitRef, t.recorded = s, true
	} else {
		m.total.Add(m.total, share)
	}
	m.toks[id] = t
}

// joinExpired records a token finalized after its window: it never counts and earns nothing.
func (m *revenueModel) joinExpired(id uint64, share *big.Int) {
	s := m.snapshots()
	m.toks[id] = &revenueToken{share: new(big.Int).Set(share), paid: [2]int{s, s}, exitRef: s, recorded: true}
}

// joinUntil is join for a token whose window ends at expireAt (0 = never).
func (m *revenueModel) joinUntil(id uint64, share *big.Int, expireAt uint64) {
	m.join(id, share)
	m.toks[id].expireAt = expireAt
}

// sweep takes every token whose window ended by now out of totalShare at the current snapshot,
// as the contract does before each settlement and change to the counting set.
func (m *revenueModel) sweep(now uint64) {
	for _, t := range m.toks {
		if t.exitRef < 0 && t.share.Sign() != 0 && t.expireAt != 0 && now >= t.expireAt {
			t.exitRef = m.snapshots()
			m.total.Sub(m.total, t.share)
		}
	}
}

// totalAfterSweep is totalShare once the windows that ended by now are taken out.
func (m *revenueModel) totalAfterSweep(now uint64) *big.Int {
	total := new(big.Int).Set(m.total)
	for _, t := range m.toks {
		if t.exitRef < 0 && t.share.Sign() != 0 && t.expireAt != 0 && now >= t.expireAt {
			total.Sub(total, t.share)
		}
	}
	return total
}

// observe records the end of a token whose window ended (sweeping its class first) and reports
// whether that happened now (the contract emits Expired once per token).
func (m *revenueModel) observe(id uint64, now uint64) bool {
	t := m.toks[id]
	if t == nil || t.recorded || t.share.Sign() == 0 || t.expireAt == 0 || now < t.expireAt {
		return false
	}
	m.sweep(now)
	t.recorded = true
	return true
}

func (m *revenueModel) counting(id uint64) bool {
	t := m.toks[id]
	return t != nil && t.share.Sign() != 0 && t.exitRef < 0
}

// exit takes one counting token out of totalShare at the current snapshot.
func (m *revenueModel) exit(id uint64) {
	t := m.toks[id]
	t.exitRef = m.snapshots()
	m.total.Sub(m.total, t.share)
}

// settle appends a snapshot for amount of asset i; it panics when nothing counts (the contract
// reverts, so callers check first).
func (m *revenueModel) settle(i int, amount *big.Int) {
	if m.total.Sign() == 0 {
		panic("settle with totalShare 0")
	}
	scaled := new(big.Int).Mul(amount, scale)
	scaled.Add(scaled, m.rem[i])
	delta, rest := new(big.Int).QuoRem(scaled, m.total, new(big.Int))
	m.rem[i] = rest
	prev := m.snaps[len(m.snaps)-1]
	next := [2]*big.Int{new(big.Int).Set(prev[0]), new(big.Int).Set(prev[1])}
	next[i].Add(next[i], delta)
	m.snaps = append(m.snaps, next)
}

func (m *revenueModel) acc(i int) *big.Int { return m.snaps[len(m.snaps)-1][i] }

func (m *revenueModel) endRef(t *revenueToken) int {
	if t.exitRef >= 0 {
		return t.exitRef
	}
	return m.snapshots()
}

// pending is shareRatio * (acc[end] - acc[paid]) / 1e18.
func (m *revenueModel) pending(id uint64, i int) *big.Int {
	t := m.toks[id]
	if t == nil || t.share.Sign() == 0 {
		return new(big.Int)
	}
	end := m.endRef(t)
	if t.paid[i] >= end {
		return new(big.Int)
	}
	d := new(big.Int).Sub(m.snaps[end][i], m.snaps[t.paid[i]][i])
	d.Mul(d, t.share)
	return d.Quo(d, scale)
}

// rewardDebt is the draft's rewardDebt: shareRatio * acc[paid] / 1e18.
func (m *revenueModel) rewardDebt(id uint64, i int) *big.Int {
	t := m.toks[id]
	d := new(big.Int).Mul(t.share, m.snaps[t.paid[i]][i])
	return d.Quo(d, scale)
}

// take pays a token's pending revenue in asset i and returns it.
func (m *revenueModel) take(id uint64, i int) *big.Int {
	p := m.pending(id, i)
	if t := m.toks[id]; t != nil {
		t.paid[i] = m.endRef(t)
	}
	return p
}
