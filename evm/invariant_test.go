package evm_test

import (
	"fmt"
	"math/big"
	"math/rand"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// A randomized walk over the DAT's ERC-8028 surface (generic mints with and without expiry,
// token and value transfers, usage, ETH and ERC-20 settlements, claims, expire calls, approvals
// and time jumps, by random accounts), checked after every step against a Go model:
//   - per asset, Σ claimed ≤ Σ settled, and the DAT's balance is exactly settled − claimed;
//   - each class's totalShare (classState) equals the Σ shareRatio of the tokens that count in the
//     model (lazy expiry modelled), and its accumulators equal the model's;
//   - Σ value changes only by minting and recorded usage (transferValue creates nothing);
//   - every failing step failed with the custom error the model predicts, and every step the model
//     expects to succeed succeeds.

// chooser supplies the walk's random choices.
type chooser interface {
	Intn(n int) int
}

// byteChooser draws choices from fuzz input; past its end every choice is 0.
type byteChooser struct {
	data []byte
	pos  int
}

func (b *byteChooser) Intn(n int) int {
	if n <= 1 {
		return 0
	}
	var v uint32
	for range 3 {
		v <<= 8
		if b.pos < len(b.data) {
			v |= uint32(b.data[b.pos])
			b.pos++
		}
	}
	return int(v % uint32(n))
}

// invToken is the model of one token.
type invToken struct {
	class    int // index into invWorld.classes
	owner    common.Address
	value    *big.Int
	share    *big.Int
	expireAt uint64
}

type opKey struct {
	owner common.Address
	class int
	op    common.Address
}

type invWorld struct {
	t       testing.TB
	n       *evmtest.Net
	src     chooser
	minter  *evm.Account
	actors  []*evm.Account
	classes []uint64        // on-chain class ids: [0] has the ERC-20, [1] is ETH only
	rev     []*revenueModel // per class
	tokens  []*invToken     // tokens[id-1]
	ops     map[opKey]bool
	settled [2]*big.Int // per asset (0 ETH, 1 ERC-20)
	claimed [2]*big.Int
	minted  *big.Int // Σ value minted
	used    *big.Int // Σ recorded usage
	touched map[uint64]bool
	stats   map[string]int
}

var maxU32 = uint64(1<<32 - 1)

func newInvWorld(t testing.TB, src chooser) *invWorld {
	n := adminNet(t)
	w := &invWorld{
		t: t, n: n, src: src, minter: n.Minter(),
		actors:  []*evm.Account{holder0, holder1, holder2, evmtest.Account("holder", 3), stranger},
		ops:     map[opKey]bool{},
		settled: [2]*big.Int{new(big.Int), new(big.Int)},
		claimed: [2]*big.Int{new(big.Int), new(big.Int)},
		minted:  new(big.Int), used: new(big.Int),
		touched: map[uint64]bool{}, stats: map[string]int{},
	}
	w.classes = []uint64{n.CreateClass("inv-erc20", n.Suite.Token), n.CreateClass("inv-eth", common.Address{})}
	w.rev = []*revenueModel{newRevenueModel(), newRevenueModel()}
	n.Must(n.Suite.MintToken(n.Ctx, n.Admin, buyer.Address, evm.Ether(1_000_000_000)))
	n.Approve(buyer, n.Suite.Token, n.Suite.DAT, new(big.Int).Lsh(big.NewInt(1), 255))
	// Some standing approvals, one per class.
	w.send(w.actors[0], n.Suite.DATABI.PackApproveForClass(evmtest.U(w.classes[0]), w.actors[1].Address, true), nil)
	w.ops[opKey{w.actors[0].Address, 0, w.actors[1].Address}] = true
	w.send(w.actors[2], n.Suite.DATABI.PackApproveForClass(evmtest.U(w.classes[1]), w.actors[3].Address, true), nil)
	w.ops[opKey{w.actors[2].Address, 1, w.actors[3].Address}] = true
	return w
}

func (w *invWorld) send(from *evm.Account, data []byte, value *big.Int) *types.Receipt {
	return w.n.MustSend(from, w.n.Suite.DAT, data, value)
}

func (w *invWorld) pick(n int) int { return w.src.Intn(n) }

func (w *invWorld) actor() *evm.Account { return w.actors[w.pick(len(w.actors))] }

// tokenID returns an existing token id, or now and then one that does not exist.
func (w *invWorld) tokenID() uint64 {
	if len(w.tokens) == 0 || w.pick(12) == 0 {
		return uint64(len(w.tokens) + 1 + w.pick(3))
	}
	return uint64(1 + w.pick(len(w.tokens)))
}

func (w *invWorld) tok(id uint64) *invToken {
	if id == 0 || id > uint64(len(w.tokens)) {
		return nil
	}
	return w.tokens[id-1]
}

// callerFor returns the token's owner most of the time, else anyone.
func (w *invWorld) callerFor(id uint64) *evm.Account {
	if t := w.tok(id); t != nil && w.pick(10) < 6 {
		for _, a := range w.actors {
			if a.Address == t.owner {
				return a
			}
		}
	}
	return w.actor()
}

func (w *invWorld) authorized(caller common.Address, t *invToken) bool {
	return caller == t.owner || w.ops[opKey{t.owner, t.class, caller}]
}

func expiredAt(t *invToken, now uint64) bool { return t.expireAt != 0 && now >= t.expireAt }

func (w *invWorld) amount() *big.Int {
	switch w.pick(5) {
	case 0:
		return new(big.Int)
	case 1:
		return big.NewInt(int64(1 + w.pick(10)))
	case 2:
		return big.NewInt(int64(1 + w.pick(1_000_000)))
	default:
		return new(big.Int).Mul(big.NewInt(int64(1+w.pick(1000))), big.NewInt(1_000_000_000_000_007))
	}
}

// step is one random action: the transaction and the model's prediction of its outcome at block
// time `now` (the custom error name, or "" and the state change to apply on success).
type step struct {
	name    string
	from    *evm.Account
	data    []byte
	value   *big.Int
	pre     func() // runs before the transaction is sent
	predict func(now uint64) (errName string, apply func(r *types.Receipt))
}

func (w *invWorld) next() step {
	d := w.n.Suite.DATABI
	switch k := w.pick(100); {
	case k < 20: // mint
		from := w.minter
		if w.pick(15) == 0 {
			from = w.actor()
		}
		class := w.pick(len(w.classes))
		classID := w.classes[class]
		if w.pick(25) == 0 {
			classID = 99
		}
		to := w.actor().Address
		value := big.NewInt(int64(w.pick(1000)))
		if w.pick(25) == 0 {
			value = new(big.Int).Add(maxUint56, big.NewInt(int64(w.pick(2))))
		}
		share := big.NewInt(int64(w.pick(1_000_000)))
		switch w.pick(10) {
		case 0:
			share = new(big.Int)
		case 1:
			share = new(big.Int).Lsh(big.NewInt(1), uint(40+w.pick(30))) // may saturate
		}
		now := w.n.Now()
		var expireAt uint64
		switch w.pick(10) {
		case 0, 1, 2, 5:
			expireAt = now + 1 + uint64(w.pick(600))
		case 3:
			expireAt = now - uint64(w.pick(5)) // at or before now: refused
		case 4:
			if w.pick(4) == 0 {
				expireAt = maxU32 + 1
			}
		}
		return step{"mint", from, d.PackMint(evmtest.U(classID), to, value, share, expireAt), nil, nil, func(now uint64) (string, func(*types.Receipt)) {
			switch {
			case from.Address != w.minter.Address:
				return "AccessControlUnauthorizedAccount", nil
			case classID == 99:
				return "ClassNotFound", nil
			case value.Cmp(maxUint56) > 0:
				return "ValueTooLarge", nil
			case expireAt != 0 && (expireAt <= now || expireAt > maxU32):
				return "InvalidInput", nil
			}
			return "", func(r *types.Receipt) {
				id := uint64(len(w.tokens) + 1)
				if expireAt != 0 {
					expireAt = windowEnd(expireAt)
				}
				if ev := evmtest.Events(r, d.UnpackMintedEvent); len(ev) != 1 || ev[0].TokenId.Uint64() != id {
					w.t.Fatalf("mint: Minted %+v; want token %d", ev, id)
				}
				s := new(big.Int).Set(share)
				if s.Cmp(maxUint56) > 0 {
					s.Set(maxUint56)
				}
				w.tokens = append(w.tokens, &invToken{class: class, owner: to, value: new(big.Int).Set(value), share: s, expireAt: expireAt})
				if s.Sign() != 0 {
					w.rev[class].sweep(now) // a join takes the ended windows out first
				}
				w.rev[class].joinUntil(id, s, expireAt)
				w.minted.Add(w.minted, value)
				w.touched[id] = true
			}
		}}
	case k < 27: // transferToken
		id := w.tokenID()
		from := w.callerFor(id)
		to := w.actor().Address
		return step{"transferToken", from, d.PackTransferToken(evmtest.U(id), to), nil, nil, func(now uint64) (string, func(*types.Receipt)) {
			t := w.tok(id)
			switch {
			case t == nil:
				return "TokenNotFound", nil
			case !w.authorized(from.Address, t):
				return "NotOwnerOrOperator", nil
			}
			return "", func(*types.Receipt) { t.owner = to; w.touched[id] = true }
		}}
	case k < 40: // transferValue
		a, b := w.tokenID(), w.tokenID()
		if w.pick(10) == 0 {
			b = a
		}
		from := w.callerFor(a)
		var v *big.Int
		if ta := w.tok(a); ta != nil && ta.value.Sign() > 0 && w.pick(4) != 0 {
			v = big.NewInt(int64(w.pick(int(min(ta.value.Int64(), 1<<30))) + 1)) // available
		} else {
			v = big.NewInt(int64(w.pick(50)))
		}
		return step{"transferValue", from, d.PackTransferValue(evmtest.U(a), evmtest.U(b), v), nil, nil, func(now uint64) (string, func(*types.Receipt)) {
			ta, tb := w.tok(a), w.tok(b)
			switch {
			case ta == nil || tb == nil:
				return "TokenNotFound", nil
			case ta.class != tb.class:
				return "ClassMismatch", nil
			case a == b:
				return "InvalidInput", nil
			case !w.authorized(from.Address, ta):
				return "NotOwnerOrOperator", nil
			case expiredAt(ta, now) || expiredAt(tb, now):
				return "TokenExpired", nil
			case v.Sign() == 0:
				return "InvalidInput", nil
			case ta.value.Cmp(v) < 0:
				return "InsufficientValue", nil
			case new(big.Int).Add(tb.value, v).Cmp(maxUint56) > 0:
				return "ValueTooLarge", nil
			}
			return "", func(*types.Receipt) {
				ta.value.Sub(ta.value, v)
				tb.value.Add(tb.value, v)
				w.touched[a], w.touched[b] = true, true
			}
		}}
	case k < 49: // recordUsage
		id := w.tokenID()
		from := w.callerFor(id)
		var amt *big.Int
		if t := w.tok(id); t != nil && t.value.Sign() > 0 && w.pick(4) != 0 {
			amt = big.NewInt(int64(w.pick(int(min(t.value.Int64(), 1<<30))) + 1))
		} else {
			amt = big.NewInt(int64(w.pick(50)))
		}
		return step{"recordUsage", from, d.PackRecordUsage(evmtest.U(id), [32]byte{1}, amt), nil, nil, func(now uint64) (string, func(*types.Receipt)) {
			t := w.tok(id)
			switch {
			case t == nil:
				return "TokenNotFound", nil
			case !w.authorized(from.Address, t):
				return "NotOwnerOrOperator", nil
			case expiredAt(t, now):
				return "TokenExpired", nil
			case amt.Sign() == 0:
				return "InvalidInput", nil
			case t.value.Cmp(amt) < 0:
				return "InsufficientValue", nil
			}
			return "", func(r *types.Receipt) {
				if ev := evmtest.Events(r, d.UnpackUsageRecordedEvent); len(ev) != 1 || ev[0].Actor != from.Address {
					w.t.Fatalf("UsageRecorded = %+v; want actor %s", ev, from.Address)
				}
				t.value.Sub(t.value, amt)
				w.used.Add(w.used, amt)
				w.touched[id] = true
			}
		}}
	case k < 60: // settleRevenueETH
		class := w.pick(len(w.classes))
		amt := w.amount()
		from := buyer
		if w.pick(3) == 0 {
			from = w.actor()
		}
		return step{"settleRevenueETH", from, d.PackSettleRevenueETH(evmtest.U(w.classes[class])), amt, nil, func(now uint64) (string, func(*types.Receipt)) {
			switch {
			case amt.Sign() == 0:
				return "InvalidInput", nil
			case w.rev[class].totalAfterSweep(now).Sign() == 0:
				return "NoShareInClass", nil
			}
			return "", func(*types.Receipt) {
				w.rev[class].sweep(now)
				w.rev[class].settle(0, amt)
				w.settled[0].Add(w.settled[0], amt)
			}
		}}
	case k < 69: // settleRevenueERC20
		class := w.pick(len(w.classes))
		amt := w.amount()
		asset := w.n.Suite.Token
		if w.pick(12) == 0 {
			asset = common.Address{}
		}
		return step{"settleRevenueERC20", buyer, d.PackSettleRevenueERC20(evmtest.U(w.classes[class]), asset, amt), nil, nil, func(now uint64) (string, func(*types.Receipt)) {
			switch {
			case asset == (common.Address{}) || class != 0:
				return "UnsupportedAsset", nil
			case amt.Sign() == 0:
				return "InvalidInput", nil
			case w.rev[class].totalAfterSweep(now).Sign() == 0:
				return "NoShareInClass", nil
			}
			return "", func(*types.Receipt) {
				w.rev[class].sweep(now)
				w.rev[class].settle(1, amt)
				w.settled[1].Add(w.settled[1], amt)
			}
		}}
	case k < 85: // claim (k < 80) or claimMany
		many := k >= 80
		var list []uint64
		if many {
			for range 1 + w.pick(4) {
				list = append(list, w.tokenID())
			}
			if w.pick(3) == 0 {
				list = append(list, list[0]) // a repeated id
			}
		} else {
			list = []uint64{w.tokenID()}
		}
		from := w.callerFor(list[0])
		ai := w.pick(2)
		asset := [2]common.Address{{}, w.n.Suite.Token}[ai]
		to := payee(uint32(100 + w.pick(4)))
		var data []byte
		if many {
			data = d.PackClaimMany(ids(list...), asset, to)
		} else {
			data = d.PackClaim(evmtest.U(list[0]), asset, to)
		}
		name := map[bool]string{false: "claim", true: "claimMany"}[many]
		var before *big.Int
		pre := func() { before = w.balance(ai, to) }
		return step{name, from, data, nil, pre, func(now uint64) (string, func(*types.Receipt)) {
			total := new(big.Int)
			seen := map[uint64]bool{}
			for _, id := range list {
				t := w.tok(id)
				switch {
				case t == nil:
					return "TokenNotFound", nil
				case !w.authorized(from.Address, t):
					return "NotOwnerOrOperator", nil
				case ai == 1 && t.class != 0:
					return "UnsupportedAsset", nil
				}
				if !seen[id] {
					seen[id] = true
					total.Add(total, w.rev[t.class].pending(id, ai)) // observing expiry leaves pending as is
				}
			}
			if total.Sign() == 0 {
				return "NothingToClaim", nil
			}
			return "", func(r *types.Receipt) {
				paid := new(big.Int)
				for _, id := range list {
					t := w.tok(id)
					m := w.rev[t.class]
					m.observe(id, now)
					paid.Add(paid, m.take(id, ai))
					w.touched[id] = true
				}
				w.claimed[ai].Add(w.claimed[ai], paid)
				got := new(big.Int)
				for _, ev := range evmtest.Events(r, d.UnpackClaimedEvent) {
					got.Add(got, ev.Amount)
				}
				if got.Cmp(paid) != 0 {
					w.t.Fatalf("%s %v: Claimed events sum %v; model %v", name, list, got, paid)
				}
				if delta := new(big.Int).Sub(w.balance(ai, to), before); delta.Cmp(paid) != 0 {
					w.t.Fatalf("%s %v: recipient got %v; model %v", name, list, delta, paid)
				}
			}
		}}
	case k < 90 && w.pick(3) == 0: // expireDue: take out the buckets ended by some time
		class := w.pick(len(w.classes))
		until := w.n.Now() + uint64(w.pick(1200)) - 600
		return step{"expireDue", w.actor(), d.PackExpireDue(evmtest.U(w.classes[class]), evmtest.U(until)), nil, nil, func(now uint64) (string, func(*types.Receipt)) {
			return "", func(r *types.Receipt) {
				m := w.rev[class]
				before := new(big.Int).Set(m.total)
				m.sweep(min(until, now))
				out := new(big.Int)
				for _, e := range evmtest.Events(r, d.UnpackSharesExpiredEvent) {
					out.Add(out, e.Share)
				}
				if want := new(big.Int).Sub(before, m.total); out.Cmp(want) != 0 {
					w.t.Fatalf("expireDue until %d: SharesExpired Σ %v; model %v", until, out, want)
				}
			}
		}}
	case k < 90: // expire
		var list []uint64
		for range 1 + w.pick(4) {
			list = append(list, w.tokenID())
		}
		return step{"expire", w.actor(), d.PackExpire(ids(list...)), nil, nil, func(now uint64) (string, func(*types.Receipt)) {
			for _, id := range list {
				if w.tok(id) == nil {
					return "TokenNotFound", nil
				}
			}
			return "", func(r *types.Receipt) {
				want := 0
				for _, id := range list {
					t := w.tok(id)
					if w.rev[t.class].observe(id, now) {
						want++
					}
				}
				if got := len(evmtest.Events(r, d.UnpackExpiredEvent)); got != want {
					w.t.Fatalf("expire %v: %d Expired events; model %d", list, got, want)
				}
				w.stats["Expired"] += want
			}
		}}
	case k < 93: // approveForClass
		from := w.actor()
		class := w.pick(len(w.classes))
		op := w.actor().Address
		approved := w.pick(2) == 0
		return step{"approveForClass", from, d.PackApproveForClass(evmtest.U(w.classes[class]), op, approved), nil, nil, func(now uint64) (string, func(*types.Receipt)) {
			if op == from.Address {
				return "InvalidInput", nil
			}
			return "", func(*types.Receipt) { w.ops[opKey{from.Address, class, op}] = approved }
		}}
	default: // time jump
		return step{name: "time", predict: nil, value: big.NewInt(int64(1 + w.pick(400)))}
	}
}

func (w *invWorld) balance(asset int, a common.Address) *big.Int {
	if asset == 0 {
		return w.n.ETH(a)
	}
	return w.n.ERC20Balance(w.n.Suite.Token, a)
}

// run executes one step and checks its outcome against the model.
func (w *invWorld) run(i int, s step) {
	w.t.Helper()
	w.stats[s.name]++
	if s.predict == nil {
		w.n.Advance(time.Duration(s.value.Int64()) * time.Second)
		return
	}
	before := w.n.Now()
	if s.pre != nil {
		s.pre()
	}
	r, err := w.n.Send(s.from, w.n.Suite.DAT, s.data, s.value)
	if err == nil {
		name, apply := s.predict(w.n.BlockTime(r))
		if name != "" {
			w.t.Fatalf("step %d %s by %s succeeded; the model predicted %s", i, s.name, s.from, name)
		}
		apply(r)
		return
	}
	got := evm.RevertName(err)
	if got == "" {
		w.t.Fatalf("step %d %s: not a revert: %v", i, s.name, err)
	}
	w.stats[s.name+" reverted "+got]++
	// Mined and reverted: the block's time. Refused at gas estimation: the latest block's time
	// (or the next second, depending on the node's view of "now").
	times := []uint64{before, before + 1}
	if r != nil {
		times = []uint64{w.n.BlockTime(r)}
	}
	for _, tm := range times {
		if name, _ := s.predict(tm); name == got {
			return
		}
	}
	want, _ := s.predict(times[0])
	w.t.Fatalf("step %d %s by %s reverted %s; the model predicted %q (%v)", i, s.name, s.from, got, want, err)
}

// check compares the chain with the model; full also compares every token.
func (w *invWorld) check(i int, full bool) {
	w.t.Helper()
	n := w.n
	for c, id := range w.classes {
		m := w.rev[c]
		total, accEth, accErc20, snaps := n.ClassState(id)
		counted := new(big.Int)
		for tid, t := range w.tokens {
			if t.class == c && m.counting(uint64(tid+1)) {
				counted.Add(counted, t.share)
			}
		}
		if counted.Cmp(m.total) != 0 {
			w.t.Fatalf("step %d: model inconsistent: class %d total %v, counted %v", i, c, m.total, counted)
		}
		if total.Cmp(m.total) != 0 || accEth.Cmp(m.acc(0)) != 0 || accErc20.Cmp(m.acc(1)) != 0 || int(snaps) != m.snapshots() {
			w.t.Fatalf("step %d: class %d: chain (%v, %v, %v, %d) model (%v, %v, %v, %d)", i, c,
				total, accEth, accErc20, snaps, m.total, m.acc(0), m.acc(1), m.snapshots())
		}
	}
	for a := range 2 {
		if w.claimed[a].Cmp(w.settled[a]) > 0 {
			w.t.Fatalf("step %d: asset %d claimed %v > settled %v", i, a, w.claimed[a], w.settled[a])
		}
		if got, want := w.balance(a, n.Suite.DAT), new(big.Int).Sub(w.settled[a], w.claimed[a]); got.Cmp(want) != 0 {
			w.t.Fatalf("step %d: DAT balance of asset %d is %v; settled − claimed = %v", i, a, got, want)
		}
	}
	values := new(big.Int)
	for _, t := range w.tokens {
		values.Add(values, t.value)
	}
	if want := new(big.Int).Sub(w.minted, w.used); values.Cmp(want) != 0 {
		w.t.Fatalf("step %d: model Σ value %v; minted − used %v", i, values, want)
	}
	ids := w.touched
	if full {
		ids = map[uint64]bool{}
		for id := range w.tokens {
			ids[uint64(id+1)] = true
		}
	}
	chainValues := new(big.Int)
	pendingSum := [2]*big.Int{new(big.Int), new(big.Int)}
	now := n.Now()
	for id := range ids {
		t := w.tok(id)
		if got := n.Value(id); got.Cmp(t.value) != 0 {
			w.t.Fatalf("step %d: token %d value %v; model %v", i, id, got, t.value)
		}
		chainValues.Add(chainValues, t.value)
		if got := n.Owner(id); got != t.owner {
			w.t.Fatalf("step %d: token %d owner %s; model %s", i, id, got, t.owner)
		}
		for a := range 2 {
			if a == 1 && t.class != 0 {
				continue
			}
			asset := [2]common.Address{{}, n.Suite.Token}[a]
			got := n.Pending(id, asset)
			if want := w.rev[t.class].pending(id, a); got.Cmp(want) != 0 {
				w.t.Fatalf("step %d: token %d pending(%d) %v; model %v", i, id, a, got, want)
			}
			pendingSum[a].Add(pendingSum[a], got)
		}
		if full {
			d := n.Suite.DATABI
			counted := evmtest.Read(n, n.Suite.DAT, d.PackIsCounted(evmtest.U(id)), d.UnpackIsCounted)
			if want := w.rev[t.class].counting(id) && !expiredAt(t, now); counted != want {
				w.t.Fatalf("step %d: token %d isCounted %v; model %v", i, id, counted, want)
			}
		}
	}
	if full {
		if want := new(big.Int).Sub(w.minted, w.used); chainValues.Cmp(want) != 0 {
			w.t.Fatalf("step %d: Σ valueOf %v; minted − used %v", i, chainValues, want)
		}
		for a := range 2 {
			// Solvency: everything still owed fits in what the DAT holds.
			if bal := w.balance(a, n.Suite.DAT); pendingSum[a].Cmp(bal) > 0 {
				w.t.Fatalf("step %d: asset %d Σ pending %v > balance %v", i, a, pendingSum[a], bal)
			}
		}
	}
	w.touched = map[uint64]bool{}
}

// runInvariantWalk runs `steps` random steps from src, checking after each.
func runInvariantWalk(t testing.TB, src chooser, steps int) *invWorld {
	w := newInvWorld(t, src)
	for i := range steps {
		w.run(i, w.next())
		w.check(i, i%25 == 24 || i == steps-1)
	}
	return w
}

func TestDAT_Invariants(t *testing.T) {
	const seed = 8028
	w := runInvariantWalk(t, rand.New(rand.NewSource(seed)), 400)
	t.Logf("seed %d: %d tokens; steps %v", seed, len(w.tokens), fmt.Sprint(w.stats))
	// The walk must have exercised the interesting paths, or it proves little.
	for _, k := range []string{"mint", "transferValue", "recordUsage", "settleRevenueETH", "settleRevenueERC20", "claim", "claimMany", "expire", "expireDue"} {
		if w.stats[k] == 0 {
			t.Fatalf("the walk never ran %s", k)
		}
	}
	if w.claimed[0].Sign() == 0 || w.claimed[1].Sign() == 0 {
		t.Fatalf("nothing claimed: %v", w.claimed)
	}
}

func FuzzDAT_Invariants(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("settle, claim and expire"))
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31})
	seeded := make([]byte, 256)
	rand.New(rand.NewSource(1)).Read(seeded)
	f.Add(seeded)
	f.Fuzz(func(t *testing.T, data []byte) {
		runInvariantWalk(t, &byteChooser{data: data}, 24)
	})
}

// The protocol walk: random sequences of the whole network's operations on the default
// deployment (anchor, validators' commit and reveal, finalize, epoch settlement, buyers' payments,
// claims, token and value transfers, expiry, register, stake, exit, withdraw, withholding
// charges and slashed-pool sweeps, time jumps) by honest and hostile actors. Hostile validators
// commit extreme scores, withhold their reveals and exit when they like; hostile callers finalize
// junk id lists. After every step:
//   - the DAT holds at least the revenue claimable from all its tokens, per asset;
//   - the oracle holds exactly Σ stake + slashed pool, which is what was deposited less what was
//     withdrawn and swept;
//   - every finalized contribution's shareRatio is its record count × its agreed score, and no
//     token's value exceeds its agreed score's share (ceil(records × score / 10,000)) plus the
//     value other tokens moved into it; pending and rejected tokens have no share;
//   - (every few steps and at the end) a claim by the holder of a token with revenue pending does
//     not revert.

type protoToken struct {
	round   uint64
	score   uint16 // the device's own score
	movedIn *big.Int
}

type protoCommit struct {
	start    uint64
	scores   []uint16
	salt     [32]byte
	revealed bool
}

type protoWorld struct {
	t        testing.TB
	n        *evmtest.Net
	src      chooser
	devices  []*evm.Account // devices[i] is operated by operators[i]
	ops      []*evm.Account
	holders  []*evm.Account // operators and other holders
	honest   []*evm.Account
	hostile  []*evm.Account
	everVal  map[common.Address]bool
	tokens   []*protoToken // tokens[id-1]
	rounds   map[uint64][2]uint64
	commits  map[uint64]map[common.Address]*protoCommit
	deposit  *big.Int // staked into the oracle
	outflow  *big.Int // withdrawn or swept out of it
	stats    map[string]int
	finalMin int // finalized tokens seen
}

func protoConfig() evm.Config {
	cfg := evm.DefaultConfig()
	cfg.DeployerAdmin = true
	cfg.ZK = false
	cfg.MinSettlement = nil
	cfg.EpochLength = 6 * time.Hour
	cfg.ClassTTL = 14 * time.Hour
	return cfg
}

func newProtoWorld(t testing.TB, src chooser) *protoWorld {
	n := evmtest.New(t, protoConfig())
	w := &protoWorld{
		t: t, n: n, src: src, everVal: map[common.Address]bool{}, rounds: map[uint64][2]uint64{},
		commits: map[uint64]map[common.Address]*protoCommit{}, deposit: new(big.Int), outflow: new(big.Int),
		stats: map[string]int{},
	}
	for i := range uint32(3) {
		op, dev := evmtest.Account("operator", 8+i), evmtest.Account("device", 8+i)
		n.Onboard(op, dev, testCell)
		w.ops, w.devices = append(w.ops, op), append(w.devices, dev)
	}
	w.holders = append(append([]*evm.Account{}, w.ops...), holder0, holder1)
	w.honest = n.RegisterValidators(3)
	for _, v := range w.honest {
		w.everVal[v.Address] = true
		w.deposit.Add(w.deposit, new(big.Int).Mul(n.Config.MinStake, big.NewInt(2)))
	}
	for i := range uint32(3) {
		v := evmtest.Account("validator", 8+i)
		n.Must(n.Suite.MintToken(n.Ctx, n.Admin, v.Address, new(big.Int).Mul(n.Config.MinStake, big.NewInt(10))))
		n.Approve(v, n.Suite.Token, n.Suite.Oracle, new(big.Int).Lsh(big.NewInt(1), 200))
		w.hostile = append(w.hostile, v)
	}
	for _, v := range w.hostile[:2] {
		n.MustSend(v, n.Suite.Oracle, n.Suite.OracleABI.PackRegister(n.Config.MinStake), nil)
		w.everVal[v.Address] = true
		w.deposit.Add(w.deposit, n.Config.MinStake)
	}
	// Start on a round boundary, so that the walk's times relative to the rounds and epochs (and
	// so its course) do not depend on the wall clock at deployment.
	n.AdvanceTo(n.Suite.Genesis + uint64(n.Config.RoundLength/time.Second))
	return w
}

func (w *protoWorld) pick(k int) int { return w.src.Intn(k) }

func (w *protoWorld) anyToken() uint64 {
	if len(w.tokens) == 0 {
		return 1
	}
	return uint64(1 + w.pick(len(w.tokens)))
}

func (w *protoWorld) ownerOf(id uint64) *evm.Account {
	if id == 0 || id > uint64(len(w.tokens)) {
		return stranger
	}
	o := w.n.Owner(id)
	for _, h := range w.holders {
		if h.Address == o {
			return h
		}
	}
	return stranger
}

// tolerate accepts a revert carrying one of the named custom errors, fails the test otherwise.
func (w *protoWorld) tolerate(i int, what string, err error, names ...string) bool {
	w.t.Helper()
	if err == nil {
		return true
	}
	got := evm.RevertName(err)
	for _, nm := range names {
		if got == nm {
			w.stats[what+" reverted "+got]++
			return false
		}
	}
	w.t.Fatalf("step %d %s: %v (allowed reverts %v)", i, what, err, names)
	return false
}

// openRound returns a round with tokens whose commit (reveal=false) or reveal window is open now.
func (w *protoWorld) openRound(reveal bool) (uint64, bool) {
	now := w.n.Now()
	var open []uint64
	for r := range w.rounds {
		c, rv, closes, err := w.n.Suite.Windows(w.n.Ctx, r)
		w.n.Must(err)
		if (!reveal && now >= c && now+1 < rv) || (reveal && now >= rv && now+1 < closes) {
			open = append(open, r)
		}
	}
	if len(open) == 0 {
		return 0, false
	}
	slices.Sort(open)
	return open[w.pick(len(open))], true
}

// step runs the action k (0..99) with random arguments.
func (w *protoWorld) step(i, k int) {
	n, s := w.n, w.n.Suite
	o, d := s.OracleABI, s.DATABI
	switch {
	case k < 14: // anchor 1..3 contributions of one device
		di := w.pick(len(w.devices))
		var cs []datpin.Contribution
		for range 1 + w.pick(3) {
			cs = append(cs, n.Contribution(w.devices[di], uint32(10+w.pick(1431)), uint16(2000+w.pick(8001))))
		}
		first := n.Anchor(evmtest.Account("relayer", 0), w.devices[di:di+1], cs)
		round, err := s.RoundAt(n.Ctx, n.Now())
		n.Must(err)
		for j, c := range cs {
			w.tokens = append(w.tokens, &protoToken{round: round, score: c.Score, movedIn: new(big.Int)})
			id := first + uint64(j)
			r, ok := w.rounds[round]
			if !ok {
				r = [2]uint64{id, id}
			}
			r[1] = id
			w.rounds[round] = r
		}
		w.stats["anchor"]++
	case k < 30: // validators commit: most honest ones, some hostile ones
		round, ok := w.openRound(false)
		if !ok {
			return
		}
		rg := w.rounds[round]
		for _, v := range append(append([]*evm.Account{}, w.honest...), w.hostile...) {
			hostile := slices.Contains(w.hostile, v)
			if (hostile && w.pick(2) == 0) || (!hostile && w.pick(6) == 0) {
				continue
			}
			if w.commits[round][v.Address] != nil && (!hostile || w.pick(4) != 0) {
				continue // committed already (a hostile validator now and then replaces its commitment)
			}
			scores := make([]uint16, rg[1]-rg[0]+1)
			for j := range scores {
				sc := int(w.tokens[rg[0]-1+uint64(j)].score) + w.pick(201) - 100
				if hostile {
					sc = []int{0, 10000, w.pick(10001)}[w.pick(3)]
				}
				scores[j] = uint16(max(0, min(10000, sc)))
			}
			var salt [32]byte
			salt[0], salt[1], salt[2] = byte(i), byte(i>>8), byte(len(w.commits[round]))
			err := s.Commit(n.Ctx, v, round, s.Commitment(round, v.Address, rg[0], scores, salt))
			if !w.tolerate(i, "commit", err, "NotValidator", "InsufficientStake", "AlreadyCommitted", "OutsideWindow") {
				continue
			}
			if w.commits[round] == nil {
				w.commits[round] = map[common.Address]*protoCommit{}
			}
			w.commits[round][v.Address] = &protoCommit{start: rg[0], scores: scores, salt: salt}
			w.stats["commit"]++
		}
	case k < 44: // reveal (hostile validators reveal only now and then)
		round, ok := w.openRound(true)
		if !ok {
			return
		}
		for addr, c := range w.commits[round] {
			if c.revealed {
				continue
			}
			v := w.accountOf(addr)
			if slices.Contains(w.hostile, v) && w.pick(3) != 0 {
				continue // withholds
			}
			err := s.Reveal(n.Ctx, v, round, c.start, c.scores, c.salt)
			if w.tolerate(i, "reveal", err, "OutsideWindow") {
				c.revealed = true
				w.stats["reveal"]++
			}
		}
	case k < 54: // finalize a random list (junk ids and repeats included); never reverts
		var list []uint64
		for range 1 + w.pick(6) {
			list = append(list, w.anyToken()+uint64(w.pick(2))*uint64(w.pick(3)))
		}
		from := w.holders[w.pick(len(w.holders))]
		if w.pick(3) == 0 {
			from = stranger
		}
		_, err := s.Finalize(n.Ctx, from, list)
		if err != nil {
			w.t.Fatalf("step %d finalize %v: %v", i, list, err)
		}
		w.stats["finalize"]++
	case k < 60: // settle the last ended epoch
		epochLen := uint64(n.Config.EpochLength / time.Second)
		now := n.Now()
		if now < s.Genesis+epochLen {
			return
		}
		e := (now-s.Genesis)/epochLen - 1
		_, err := s.SettleEpoch(n.Ctx, w.holders[w.pick(len(w.holders))], e)
		if w.tolerate(i, "settleEpoch", err, "EpochAlreadySettled", "NoShareInClass") {
			w.stats["settleEpoch"]++
		}
	case k < 64: // a buyer pays the class in ETH
		_, err := n.SettleETH(buyer, s.ClassID, big.NewInt(int64(1+w.pick(1_000_000_000))))
		if w.tolerate(i, "settleRevenueETH", err, "NoShareInClass") {
			w.stats["settleRevenueETH"]++
		}
	case k < 74: // the holder claims one asset
		if len(w.tokens) == 0 {
			return
		}
		id := w.anyToken()
		asset := [2]common.Address{{}, s.Token}[w.pick(2)]
		pending := n.Pending(id, asset)
		_, err := n.Claim(w.ownerOf(id), id, asset, payee(uint32(200+w.pick(3))))
		if pending.Sign() > 0 && err != nil {
			w.t.Fatalf("step %d: claim of token %d with %v pending reverted: %v", i, id, pending, err)
		}
		if w.tolerate(i, "claim", err, "NothingToClaim") {
			w.stats["claim"]++
		}
	case k < 78: // transferToken
		if len(w.tokens) == 0 {
			return
		}
		id := w.anyToken()
		to := w.holders[w.pick(len(w.holders))]
		n.MustSend(w.ownerOf(id), s.DAT, d.PackTransferToken(evmtest.U(id), to.Address), nil)
		w.stats["transferToken"]++
	case k < 83: // transferValue between two tokens of one holder
		if len(w.tokens) < 2 {
			return
		}
		a, b := w.anyToken(), w.anyToken()
		if w.pick(3) != 0 { // mostly between finalized tokens, the source holding value
			var src, dst []uint64
			for id := range uint64(len(w.tokens)) {
				if evmtest.Read(n, s.DAT, d.PackStatusOf(evmtest.U(id+1)), d.UnpackStatusOf) == uint8(datpin.StatusFinalized) {
					dst = append(dst, id+1)
					if n.Value(id+1).Sign() > 0 {
						src = append(src, id+1)
					}
				}
			}
			if len(src) > 0 {
				a, b = src[w.pick(len(src))], dst[w.pick(len(dst))]
			}
		}
		v := big.NewInt(int64(1 + w.pick(200)))
		_, err := n.Send(w.ownerOf(a), s.DAT, d.PackTransferValue(evmtest.U(a), evmtest.U(b), v), nil)
		if w.tolerate(i, "transferValue", err, "InvalidInput", "TokenExpired", "TokenNotFinalized", "InsufficientValue") {
			w.tokens[b-1].movedIn.Add(w.tokens[b-1].movedIn, v)
			w.stats["transferValue"]++
		}
	case k < 86: // expire
		if len(w.tokens) == 0 {
			return
		}
		n.MustSend(stranger, s.DAT, d.PackExpire(ids(w.anyToken(), w.anyToken())), nil)
		w.stats["expire"]++
	case k < 93: // stake operations, mostly by hostile validators
		v := w.hostile[w.pick(len(w.hostile))]
		if w.pick(4) == 0 {
			v = w.honest[w.pick(len(w.honest))]
			if w.pick(3) != 0 {
				return // honest validators rarely leave or top up
			}
		}
		for _, h := range w.hostile { // a validator that left comes back for its stake
			r := evmtest.Read(n, s.Oracle, o.PackValidatorOf(h.Address), o.UnpackValidatorOf)
			if !r.Active && r.ExitAt != 0 && w.pick(2) == 0 {
				v = h
			}
		}
		amt := n.Config.MinStake
		rec := evmtest.Read(n, s.Oracle, o.PackValidatorOf(v.Address), o.UnpackValidatorOf)
		op := w.pick(5) // mostly what the validator's state allows, now and then anything
		if w.pick(4) != 0 {
			switch {
			case !rec.Listed && rec.Stake.Sign() == 0 && rec.ExitAt == 0:
				op = 0 // register
			case rec.Active:
				op = []int{1, 2, 4}[w.pick(3)] // add stake, leave, charge someone
			default:
				op = 3 // withdraw
			}
		}
		if slices.Contains(w.honest, v) {
			op = 1 // honest validators top up, and stay
		}
		switch op {
		case 0:
			_, err := n.Send(v, s.Oracle, o.PackRegister(amt), nil)
			if w.tolerate(i, "register", err, "AlreadyValidator", "TooManyValidators", "ERC20InsufficientAllowance", "ERC20InsufficientBalance") {
				w.everVal[v.Address] = true
				w.deposit.Add(w.deposit, amt)
				w.stats["register"]++
			}
		case 1:
			amt = big.NewInt(int64(1 + w.pick(1_000_000)))
			if slices.Contains(w.honest, v) {
				n.Must(s.MintToken(n.Ctx, n.Admin, v.Address, amt))
				n.Approve(v, s.Token, s.Oracle, amt)
			}
			_, err := n.Send(v, s.Oracle, o.PackAddStake(amt), nil)
			if w.tolerate(i, "addStake", err, "NotValidator") {
				w.deposit.Add(w.deposit, amt)
				w.stats["addStake"]++
			}
		case 2:
			_, err := n.Send(v, s.Oracle, o.PackRequestExit(), nil)
			if w.tolerate(i, "requestExit", err, "NotValidator") {
				w.stats["requestExit"]++
			}
		case 3:
			r, err := n.Send(v, s.Oracle, o.PackWithdraw(), nil)
			if w.tolerate(i, "withdraw", err, "NothingToWithdraw", "ExitPending") {
				for _, ev := range evmtest.Events(r, o.UnpackWithdrawnEvent) {
					w.outflow.Add(w.outflow, ev.Amount)
				}
				w.stats["withdraw"]++
			}
		default:
			round, err := s.RoundAt(n.Ctx, n.Now())
			n.Must(err)
			_, err = n.Send(stranger, s.Oracle, o.PackChargeWithholding(evmtest.U(round-min(round, uint64(1+w.pick(3)))), v.Address), nil)
			if w.tolerate(i, "chargeWithholding", err, "NotWithheld", "OutsideWindow") {
				w.stats["chargeWithholding"]++
			}
		}
	case k < 95: // the admin sweeps the slashed pool into the rewards pool
		pool := evmtest.Read(n, s.Oracle, o.PackSlashedPool(), o.UnpackSlashedPool)
		_, err := n.Send(n.Admin, s.Oracle, o.PackSweepSlashed(s.Rewards), nil)
		if w.tolerate(i, "sweepSlashed", err, "InvalidInput", "NothingToWithdraw") {
			w.outflow.Add(w.outflow, pool)
			w.stats["sweepSlashed"]++
		}
	default: // time passes: minutes to an hour and a half
		n.Advance(time.Duration(300+w.pick(5400)) * time.Second)
		w.stats["time"]++
	}
}

func (w *protoWorld) accountOf(a common.Address) *evm.Account {
	for _, v := range append(append([]*evm.Account{}, w.honest...), w.hostile...) {
		if v.Address == a {
			return v
		}
	}
	w.t.Fatalf("unknown validator %s", a)
	return nil
}

// check asserts the invariants; full adds the per-token checks and the claim simulations.
func (w *protoWorld) check(i int, full bool) {
	w.t.Helper()
	n, s := w.n, w.n.Suite
	o := s.OracleABI
	// Oracle solvency and conservation of stake.
	stakes := evmtest.Read(n, s.Oracle, o.PackSlashedPool(), o.UnpackSlashedPool)
	for v := range w.everVal {
		stakes = new(big.Int).Add(stakes, evmtest.Read(n, s.Oracle, o.PackValidatorOf(v), o.UnpackValidatorOf).Stake)
	}
	held := n.ERC20Balance(s.Token, s.Oracle)
	if stakes.Cmp(held) != 0 {
		w.t.Fatalf("step %d: Σ stake + slashed pool %v; the oracle holds %v", i, stakes, held)
	}
	if want := new(big.Int).Sub(w.deposit, w.outflow); held.Cmp(want) != 0 {
		w.t.Fatalf("step %d: the oracle holds %v; deposited − withdrawn − swept = %v", i, held, want)
	}
	// DAT solvency.
	assets := [2]common.Address{{}, s.Token}
	for a, asset := range assets {
		sum := new(big.Int)
		for id := range uint64(len(w.tokens)) {
			sum.Add(sum, n.Pending(id+1, asset))
		}
		bal := n.ERC20Balance(s.Token, s.DAT)
		if a == 0 {
			bal = n.ETH(s.DAT)
		}
		if sum.Cmp(bal) > 0 {
			w.t.Fatalf("step %d: asset %s: Σ pending %v > the DAT's balance %v", i, asset, sum, bal)
		}
	}
	if !full {
		return
	}
	finalized := 0
	for idx, pt := range w.tokens {
		id := uint64(idx + 1)
		st, err := s.TokenState(n.Ctx, id)
		n.Must(err)
		switch st.Status {
		case datpin.StatusFinalized:
			finalized++
			score, records := int64(st.Contrib.Score), int64(st.Contrib.RecordCount)
			if score > 10000 {
				w.t.Fatalf("step %d: token %d agreed score %d", i, id, score)
			}
			if want := big.NewInt(records * score); st.ShareRatio.Cmp(want) != 0 {
				w.t.Fatalf("step %d: token %d shareRatio %v; records × score = %v", i, id, st.ShareRatio, want)
			}
			limit := new(big.Int).Add(big.NewInt((records*score+9999)/10000), pt.movedIn)
			if st.Value.Cmp(limit) > 0 {
				w.t.Fatalf("step %d: token %d value %v exceeds its agreed share %d plus %v moved in", i, id, st.Value, (records*score+9999)/10000, pt.movedIn)
			}
		default:
			if st.ShareRatio.Sign() != 0 || st.Value.Cmp(pt.movedIn) > 0 {
				w.t.Fatalf("step %d: token %d (%v) share %v value %v", i, id, st.Status, st.ShareRatio, st.Value)
			}
		}
		for _, asset := range assets {
			if n.Pending(id, asset).Sign() == 0 {
				continue
			}
			owner := w.ownerOf(id)
			if _, err := n.CallFrom(owner.Address, s.DAT, s.DATABI.PackClaim(evmtest.U(id), asset, owner.Address)); err != nil {
				w.t.Fatalf("step %d: a claim of token %d by its holder would revert: %v", i, id, err)
			}
		}
	}
	w.finalMin = finalized
}

func runProtocolWalk(t testing.TB, src chooser, steps int) *protoWorld {
	w := newProtoWorld(t, src)
	for i := range steps {
		if dt := w.pick(3) * w.pick(300); dt > 0 { // the clock moves on between most steps
			w.n.Advance(time.Duration(dt) * time.Second)
		}
		// Validators act as their daemons do: commit to a round whose commit window is open,
		// reveal in the reveal window, finalize now and then.
		w.step(i, 15)
		w.step(i, 30)
		if w.pick(3) == 0 {
			w.step(i, 44)
		}
		w.step(i, w.pick(100))
		w.check(i, i%10 == 9 || i == steps-1)
	}
	return w
}

func TestProtocol_Invariants(t *testing.T) {
	const seed = 12
	w := runProtocolWalk(t, rand.New(rand.NewSource(seed)), 260)
	t.Logf("seed %d: %d tokens, %d finalized; %v", seed, len(w.tokens), w.finalMin, fmt.Sprint(w.stats))
	for _, k := range []string{"anchor", "commit", "reveal", "finalize", "claim", "transferValue", "expire", "register", "withdraw", "settleRevenueETH"} {
		if w.stats[k] == 0 {
			t.Fatalf("the walk never ran %s successfully", k)
		}
	}
	// Epoch emission reached the holders (settled by finalizations and expiries as epochs ended,
	// or by settleEpoch).
	rw := w.n.Suite.RewardsABI
	if emitted := evmtest.Read(w.n, w.n.Suite.Rewards, rw.PackTotalEmitted(), rw.UnpackTotalEmitted); emitted.Sign() == 0 {
		t.Fatalf("no epoch emission was paid")
	}
	if w.finalMin == 0 {
		t.Fatalf("no token was finalized: the walk proves little")
	}
}

func FuzzProtocol_Invariants(f *testing.F) {
	f.Add([]byte("anchor, commit, reveal, finalize, settle, claim"))
	seeded := make([]byte, 512)
	rand.New(rand.NewSource(2)).Read(seeded)
	f.Add(seeded)
	f.Fuzz(func(t *testing.T, data []byte) {
		runProtocolWalk(t, &byteChooser{data: data}, 40)
	})
}
