package evm_test

import (
	"fmt"
	"math/big"
	"math/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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
				if ev := evmtest.Events(r, d.UnpackMintedEvent); len(ev) != 1 || ev[0].TokenId.Uint64() != id {
					w.t.Fatalf("mint: Minted %+v; want token %d", ev, id)
				}
				s := new(big.Int).Set(share)
				if s.Cmp(maxUint56) > 0 {
					s.Set(maxUint56)
				}
				w.tokens = append(w.tokens, &invToken{class: class, owner: to, value: new(big.Int).Set(value), share: s, expireAt: expireAt})
				w.rev[class].join(id, s)
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
			case w.rev[class].total.Sign() == 0:
				return "NoShareInClass", nil
			}
			return "", func(*types.Receipt) {
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
			case w.rev[class].total.Sign() == 0:
				return "NoShareInClass", nil
			}
			return "", func(*types.Receipt) {
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
					if m.counting(id) && expiredAt(t, now) {
						m.exit(id)
					}
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
					if m := w.rev[t.class]; m.counting(id) && expiredAt(t, now) {
						m.exit(id)
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
	w := runInvariantWalk(t, rand.New(rand.NewSource(seed)), 300)
	t.Logf("seed %d: %d tokens; steps %v", seed, len(w.tokens), fmt.Sprint(w.stats))
	// The walk must have exercised the interesting paths, or it proves little.
	for _, k := range []string{"mint", "transferValue", "recordUsage", "settleRevenueETH", "settleRevenueERC20", "claim", "claimMany", "expire"} {
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
