package evm_test

import (
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin/contracts/bindings/rewards"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// Expiry review: each test below plays an attack on the DAT's expiry accounting (hour buckets,
// the bitmap scan, expireDue, expiry at settlement) and asserts that the honest holders are
// unharmed: they are paid exactly their part, once, and their claims do not revert.

// expiredIn returns the SharesExpired events of the receipt of a sent transaction.
func expiredIn(n *evmtest.Net, data []byte) []uint64 {
	n.T.Helper()
	r := n.MustSend(stranger, n.Suite.DAT, data, nil)
	var at []uint64
	for _, ev := range evmtest.Events(r, n.Suite.DATABI.UnpackSharesExpiredEvent) {
		at = append(at, ev.ExpireAt)
	}
	return at
}

// nextBlockAt moves the clock so that the next transaction is mined at exactly ts (the chain is
// ahead of the wall clock there, so each block is one second after the last).
func nextBlockAt(n *evmtest.Net, ts uint64) {
	n.T.Helper()
	n.AdvanceTo(ts - 3)
	for n.Now() < ts-1 {
		n.MustSend(stranger, payee(99), nil, nil)
	}
	if n.Now() != ts-1 {
		n.T.Fatalf("setup: the clock is at %d; want %d", n.Now(), ts-1)
	}
}

func counted(n *evmtest.Net, id uint64) bool {
	n.T.Helper()
	d := n.Suite.DATABI
	return evmtest.Read(n, n.Suite.DAT, d.PackIsCounted(evmtest.U(id)), d.UnpackIsCounted)
}

func wantTotalShare(t *testing.T, n *evmtest.Net, class uint64, want int64) {
	t.Helper()
	if total, _, _, _ := n.ClassState(class); total.Int64() != want {
		t.Fatalf("totalShare %v; want %d", total, want)
	}
}

// claimTo claims a token's ETH for `from` into a fresh payee and returns what the payee received.
func claimTo(t *testing.T, n *evmtest.Net, from *evm.Account, id uint64, p common.Address) *big.Int {
	t.Helper()
	before := n.ETH(p)
	_, err := n.Claim(from, id, ethAsset, p)
	n.Must(err)
	return new(big.Int).Sub(n.ETH(p), before)
}

// expireDue with every kind of `until` a griefer may pass (0, before the class existed, just
// before a bucket ends, in the future, 2^256-1): a bucket leaves totalShare once, only when it
// ended, and never one still open; a bucket whose end is the current block leaves in that block.
// The holders get exactly what they earned while counting.
func TestAttackExpiryReview_ExpireDueArguments(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	class := n.CreateClass("ipfs://review-until", common.Address{})
	start := n.Now()
	a := n.Mint(class, holder0.Address, 0, 100, start+2*expiryGranularity)
	b := n.Mint(class, holder1.Address, 0, 300, start+5*expiryGranularity)
	live := n.Mint(class, holder2.Address, 0, 600, 0)
	endA, endB := n.ExpireAt(a), n.ExpireAt(b)
	n.AdvanceTo(endA + 60)
	huge := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, until := range []*big.Int{big.NewInt(0), big.NewInt(1), evmtest.U(start - 30*24*3600), evmtest.U(endA - 1)} {
		if at := expiredIn(n, d.PackExpireDue(evmtest.U(class), until)); len(at) != 0 {
			t.Fatalf("expireDue(%v) at %d took out buckets %v before their end", until, n.Now(), at)
		}
	}
	// A time in the future (or 2^256-1) is now: only a's bucket ended.
	for i, until := range []*big.Int{evmtest.U(endB + 1e6), huge, huge} {
		at := expiredIn(n, d.PackExpireDue(evmtest.U(class), until))
		want := 0
		if i == 0 {
			want = 1
		}
		if len(at) != want || (want == 1 && at[0] != endA) {
			t.Fatalf("expireDue(%v) call %d took out %v; want a's bucket (%d) once", until, i, at, endA)
		}
	}
	wantTotalShare(t, n, class, 900)
	if !counted(n, b) || counted(n, a) {
		t.Fatal("b must count and a not after a's bucket was taken out")
	}
	// A stranger recording expiries early changes nothing.
	r := n.MustSend(stranger, n.Suite.DAT, d.PackExpire(ids(a, b, live)), nil)
	if ev := evmtest.Events(r, d.UnpackExpiredEvent); len(ev) != 1 || ev[0].TokenId.Uint64() != a {
		t.Fatalf("expire(a, b, live) emitted %+v; want a's Expired alone", ev)
	}
	_, err := n.SettleETH(buyer, class, big.NewInt(900))
	n.Must(err)
	// The block of the next call is b's window end exactly: b leaves in it.
	nextBlockAt(n, endB)
	if at := expiredIn(n, d.PackExpireDue(evmtest.U(class), evmtest.U(endB))); len(at) != 1 || at[0] != endB {
		t.Fatalf("expireDue at b's window end took out %v; want %d", at, endB)
	}
	_, err = n.SettleETH(buyer, class, big.NewInt(600))
	n.Must(err)
	wantBig(t, "a (expired before both settlements)", n.Pending(a, ethAsset), big.NewInt(0))
	wantBig(t, "b (counted in the first settlement)", n.Pending(b, ethAsset), big.NewInt(300))
	wantBig(t, "live", n.Pending(live, ethAsset), big.NewInt(1200))
	wantBig(t, "b's claim", claimTo(t, n, holder1, b, payee(1)), big.NewInt(300))
	wantBig(t, "live's claim", claimTo(t, n, holder2, live, payee(2)), big.NewInt(1200))
	_, err = n.Claim(holder0, a, ethAsset, payee(0))
	evmtest.ExpectRevert(t, err, "NothingToClaim", "")
}

// Minting at a bucket boundary and just above now: a window asked to end at the current block's
// boundary ends in that block (the mint's own sync takes it out), and a window asked to end one
// second after the block ends at the next boundary, where it stops being paid, not before or
// after.
func TestAttackExpiryReview_MintAtBucketBoundary(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	class := n.CreateClass("ipfs://review-boundary", common.Address{})
	k := n.Now()/expiryGranularity + 3
	edge := n.Mint(class, holder0.Address, 0, 100, k*expiryGranularity)
	live := n.Mint(class, holder2.Address, 0, 100, 0)
	minter := n.Minter()
	nextBlockAt(n, k*expiryGranularity)
	r := n.MustSend(minter, n.Suite.DAT, d.PackMint(evmtest.U(class), holder1.Address, new(big.Int), big.NewInt(100), k*expiryGranularity+1), nil)
	if bt := n.BlockTime(r); bt != k*expiryGranularity {
		t.Fatalf("setup: mint in block %d; want the boundary %d", bt, k*expiryGranularity)
	}
	if ev := evmtest.Events(r, d.UnpackSharesExpiredEvent); len(ev) != 1 || ev[0].ExpireAt != k*expiryGranularity {
		t.Fatalf("the mint at the boundary took out %+v; want the bucket ending in its block", ev)
	}
	newcomer := evmtest.Events(r, d.UnpackMintedEvent)[0].TokenId.Uint64()
	if got := n.ExpireAt(newcomer); got != (k+1)*expiryGranularity {
		t.Fatalf("window asked to end at boundary+1 ends at %d; want %d", got, (k+1)*expiryGranularity)
	}
	// A window that would end in the mint's own block is refused.
	n.AdvanceTo(k*expiryGranularity + 10)
	_, err := n.Send(minter, n.Suite.DAT, d.PackMint(evmtest.U(class), holder1.Address, new(big.Int), big.NewInt(1), n.Now()+1), nil)
	evmtest.ExpectRevert(t, err, "InvalidInput", "")
	just := n.Mint(class, holder1.Address, 0, 50, n.Now()+2) // one second after its block
	if got := n.ExpireAt(just); got != (k+1)*expiryGranularity {
		t.Fatalf("window asked to end a second after the block ends at %d; want %d", got, (k+1)*expiryGranularity)
	}
	wantTotalShare(t, n, class, 250)
	_, err = n.SettleETH(buyer, class, big.NewInt(250))
	n.Must(err)
	nextBlockAt(n, (k+1)*expiryGranularity-1) // the last second of the window
	r, err = n.SettleETH(buyer, class, big.NewInt(250))
	n.Must(err)
	if bt := n.BlockTime(r); bt != (k+1)*expiryGranularity-1 {
		t.Fatalf("setup: settlement in block %d", bt)
	}
	_, err = n.SettleETH(buyer, class, big.NewInt(100)) // block (k+1)*G: both windows ended
	n.Must(err)
	wantBig(t, "edge (ended before every settlement)", n.Pending(edge, ethAsset), big.NewInt(0))
	wantBig(t, "newcomer", n.Pending(newcomer, ethAsset), big.NewInt(200))
	wantBig(t, "just", n.Pending(just, ethAsset), big.NewInt(100))
	wantBig(t, "live", n.Pending(live, ethAsset), big.NewInt(300))
}

// A mint after the last window end that fits 32 bits (in the last 1,695 s before 2^32): the
// window asked for (2^32-1) is after now, so the mint is accepted, but it is capped at the last
// boundary, which has passed. The token is born expired, yet its share joins a bucket the scan
// already passed, so it never leaves totalShare: it takes part of every later settlement from the
// live token although it is expired.
func TestAttackExpiryReview_MintAfterLastWindowEnd(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	last := windowEnd(math.MaxUint32)
	minter := n.Minter()
	n.AdvanceTo(last)
	class := n.CreateClass("ipfs://review-2106", common.Address{})
	live := n.Mint(class, holder1.Address, 0, 1000, 0)
	r, err := n.Send(minter, n.Suite.DAT, d.PackMint(evmtest.U(class), holder0.Address, new(big.Int), big.NewInt(1000), math.MaxUint32), nil)
	if err != nil {
		evmtest.ExpectRevert(t, err, "InvalidInput", "") // refusing the mint is safe
		return
	}
	late := evmtest.Events(r, d.UnpackMintedEvent)[0].TokenId.Uint64()
	bt := n.BlockTime(r)
	t.Logf("minted at %d with a window capped at %d (isCounted %v)", bt, n.ExpireAt(late), counted(n, late))
	n.MustSend(stranger, n.Suite.DAT, d.PackExpireDue(evmtest.U(class), evmtest.U(math.MaxUint32)), nil)
	if total, _, _, _ := n.ClassState(class); total.Int64() != 1000 {
		t.Errorf("totalShare %v after expireDue; want the live token's 1000 (a token born expired joined it)", total)
	}
	_, err = n.SettleETH(buyer, class, big.NewInt(1000))
	n.Must(err)
	if got := n.Pending(late, ethAsset); got.Sign() != 0 {
		t.Errorf("a token whose window (%d) ended before its mint (%d) earned %v of a later settlement", n.ExpireAt(late), bt, got)
	}
	wantBig(t, "live token's part of a settlement after the other's window ended", n.Pending(live, ethAsset), big.NewInt(1000))
}

// Wiring an emission source while an expiry backlog exists: the source's first release (its
// epochDueAt is 0) takes out every ended window, and expireDue releases due epochs before its
// own step. So once a new source is wired, a step up to `until` takes out the whole backlog: the
// backlog can no longer be worked off in steps, and a backlog larger than one transaction holds
// stops every settlement, join, expiry and even the unwiring of the source, for good.
func TestAttackExpiryReview_BacklogStepsAfterWiringSource(t *testing.T) {
	n := adminNet(t)
	d, rw := n.Suite.DATABI, n.Suite.RewardsABI
	class := n.CreateClass("ipfs://review-wiring", n.Suite.Token)
	const buckets = 64
	start := n.Now()
	ends := make([]uint64, buckets)
	for i := range ends {
		ends[i] = n.ExpireAt(n.Mint(class, holder0.Address, 0, 1, start+uint64(i+1)*expiryGranularity))
	}
	n.Mint(class, holder1.Address, 0, 1000, 0)
	n.AdvanceTo(ends[buckets-1] + expiryGranularity)
	// Without a source, one step takes out one bucket.
	r := n.MustSend(stranger, n.Suite.DAT, d.PackExpireDue(evmtest.U(class), evmtest.U(ends[0])), nil)
	one := r.GasUsed
	if ev := evmtest.Events(r, d.UnpackSharesExpiredEvent); len(ev) != 1 {
		t.Fatalf("setup: a step without a source took out %d buckets", len(ev))
	}
	genesis := n.Now()
	src := n.Deploy(n.Admin, rewards.RewardsMetaData.Bin, rw.PackConstructor(new(big.Int), n.Admin.Address,
		n.Suite.Token, n.Suite.DAT, evmtest.U(class), genesis, uint32(24*3600), evm.Ether(1)))
	n.MustSend(n.Admin, n.Suite.Token, n.Suite.TokenABI.PackMint(src, evm.Ether(10)), nil)
	n.MustSend(n.Admin, n.Suite.DAT, d.PackSetEpochEmission(evmtest.U(class), src), nil)
	r = n.MustSend(stranger, n.Suite.DAT, d.PackExpireDue(evmtest.U(class), evmtest.U(ends[1])), nil)
	ev := evmtest.Events(r, d.UnpackSharesExpiredEvent)
	perBucket := (r.GasUsed - one) / uint64(max(len(ev)-1, 1))
	t.Logf("step without a source: %d gas; step up to bucket 1 after wiring: %d buckets, %d gas (about %d gas a bucket: %d buckets exceed the %d gas a transaction may use)",
		one, len(ev), r.GasUsed, perBucket, (evm.MaxTxGas-one)/max(perBucket, 1), evm.MaxTxGas)
	if len(ev) != 1 {
		t.Errorf("after a source was wired, expireDue up to %d took out %d buckets (up to %d); want the one bucket ending by then",
			ends[1], len(ev), ev[len(ev)-1].ExpireAt)
	}
}

// Transfers and value moves of a token whose window sits in a bucket: the share stays with the
// token (not the holder), value moves stop at the window's end, an expired token can still be
// transferred with what it accrued, and every wei is paid once, to whoever holds it at the claim.
func TestAttackExpiryReview_TransferAndValueMoves(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	class := n.CreateClass("ipfs://review-transfer", common.Address{})
	exp := n.Mint(class, holder0.Address, 500, 100, n.Now()+2*expiryGranularity)
	live := n.Mint(class, holder1.Address, 500, 100, 0)
	_, err := n.SettleETH(buyer, class, big.NewInt(200))
	n.Must(err)
	n.MustSend(holder0, n.Suite.DAT, d.PackTransferToken(evmtest.U(exp), holder2.Address), nil)
	n.MustSend(holder2, n.Suite.DAT, d.PackTransferValue(evmtest.U(exp), evmtest.U(live), big.NewInt(200)), nil)
	wantTotalShare(t, n, class, 200)
	n.PastExpiry(exp)
	for _, call := range [][]byte{
		d.PackTransferValue(evmtest.U(exp), evmtest.U(live), big.NewInt(1)),
		d.PackRecordUsage(evmtest.U(exp), [32]byte{1}, big.NewInt(1)),
	} {
		_, err = n.Send(holder2, n.Suite.DAT, call, nil)
		evmtest.ExpectRevert(t, err, "TokenExpired", "")
	}
	_, err = n.Send(holder1, n.Suite.DAT, d.PackTransferValue(evmtest.U(live), evmtest.U(exp), big.NewInt(1)), nil)
	evmtest.ExpectRevert(t, err, "TokenExpired", "")
	n.MustSend(holder2, n.Suite.DAT, d.PackTransferToken(evmtest.U(exp), holder0.Address), nil)
	_, err = n.SettleETH(buyer, class, big.NewInt(100))
	n.Must(err)
	_, err = n.Claim(holder2, exp, ethAsset, payee(2))
	evmtest.ExpectRevert(t, err, "NotOwnerOrOperator", "")
	wantBig(t, "expired token's claim by its holder", claimTo(t, n, holder0, exp, payee(0)), big.NewInt(100))
	_, err = n.Claim(holder0, exp, ethAsset, payee(0))
	evmtest.ExpectRevert(t, err, "NothingToClaim", "")
	n.MustSend(holder0, n.Suite.DAT, d.PackTransferToken(evmtest.U(exp), holder2.Address), nil)
	_, err = n.Claim(holder2, exp, ethAsset, payee(2))
	evmtest.ExpectRevert(t, err, "NothingToClaim", "")
	wantBig(t, "live token's claim", claimTo(t, n, holder1, live, payee(1)), big.NewInt(200))
	wantBig(t, "live token's value", n.Value(live), big.NewInt(700))
	wantBig(t, "DAT balance after every claim", n.ETH(n.Suite.DAT), big.NewInt(0))
}

// claimMany across two classes with repeated ids, expired and live tokens: each token is paid
// once, what it earned while counting; a list naming another holder's token pays nothing; the
// other holder's claim is whole afterwards.
func TestAttackExpiryReview_ClaimManyAcrossClasses(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	ca := n.CreateClass("ipfs://review-many-a", common.Address{})
	cb := n.CreateClass("ipfs://review-many-b", common.Address{})
	end := n.Now() + 2*expiryGranularity
	a1 := n.Mint(ca, holder0.Address, 0, 100, end)
	a2 := n.Mint(ca, holder0.Address, 0, 100, 0)
	b1 := n.Mint(cb, holder0.Address, 0, 100, end)
	b2 := n.Mint(cb, holder1.Address, 0, 100, 0)
	for _, c := range []uint64{ca, cb} {
		_, err := n.SettleETH(buyer, c, big.NewInt(1000))
		n.Must(err)
	}
	n.PastExpiry(a1, b1)
	for _, c := range []uint64{ca, cb} {
		_, err := n.SettleETH(buyer, c, big.NewInt(1000))
		n.Must(err)
	}
	_, err := n.Send(holder0, n.Suite.DAT, d.PackClaimMany(ids(a1, b2), ethAsset, payee(0)), nil)
	evmtest.ExpectRevert(t, err, "NotOwnerOrOperator", "")
	before := n.ETH(payee(0))
	r := n.MustSend(holder0, n.Suite.DAT, d.PackClaimMany(ids(a1, b1, a1, a2, b1, a2), ethAsset, payee(0)), nil)
	wantBig(t, "claimMany paid", new(big.Int).Sub(n.ETH(payee(0)), before), big.NewInt(500+1500+500))
	if ev := evmtest.Events(r, d.UnpackClaimedEvent); len(ev) != 3 {
		t.Fatalf("%d Claimed events for three tokens", len(ev))
	}
	_, err = n.Send(holder0, n.Suite.DAT, d.PackClaimMany(ids(a1, b1, a2), ethAsset, payee(0)), nil)
	evmtest.ExpectRevert(t, err, "NothingToClaim", "")
	wantBig(t, "the other holder's claim", claimTo(t, n, holder1, b2, payee(1)), big.NewInt(1500))
	wantBig(t, "DAT balance after every claim", n.ETH(n.Suite.DAT), big.NewInt(0))
}

// Revenue sent to a class whose every window ended (also in the very block of the last end) is
// refused, not stranded: nobody counts to be paid it.
func TestAttackExpiryReview_SettlementAfterLastWindowIsRefused(t *testing.T) {
	n := adminNet(t)
	ce := n.CreateClass("ipfs://review-strand-eth", common.Address{})
	cr := n.CreateClass("ipfs://review-strand-erc20", n.Suite.Token)
	end := n.Now() + 2*expiryGranularity
	te := n.Mint(ce, holder0.Address, 0, 100, end)
	tr := n.Mint(cr, holder0.Address, 0, 100, end)
	_, err := n.SettleETH(buyer, ce, big.NewInt(1000))
	n.Must(err)
	nextBlockAt(n, n.ExpireAt(te))
	r, err := n.SettleETH(buyer, ce, big.NewInt(1000))
	evmtest.ExpectRevert(t, err, "NoShareInClass", "")
	if r != nil && n.BlockTime(r) != n.ExpireAt(te) {
		t.Fatalf("setup: settlement in block %d; want the window's end %d", n.BlockTime(r), n.ExpireAt(te))
	}
	n.Must(n.Suite.MintToken(n.Ctx, n.Admin, buyer.Address, big.NewInt(1000)))
	_, err = n.SettleERC20(buyer, cr, n.Suite.Token, big.NewInt(1000))
	evmtest.ExpectRevert(t, err, "NoShareInClass", "")
	wantBig(t, "DAT's ETH (the first settlement only)", n.ETH(n.Suite.DAT), big.NewInt(1000))
	wantBig(t, "DAT's ERC-20", n.ERC20Balance(n.Suite.Token, n.Suite.DAT), big.NewInt(0))
	wantBig(t, "expired token's claim of what it earned", claimTo(t, n, holder0, te, payee(0)), big.NewInt(1000))
	_, err = n.Claim(holder0, tr, n.Suite.Token, payee(0))
	evmtest.ExpectRevert(t, err, "NothingToClaim", "")
}

// Contribution windows across ttl changes and late evaluations: a change of ttl moves no window
// already anchored; a token evaluated at or after its window's end (including in the block of
// the end) joins nothing and earns nothing; the others are paid while they count.
func TestAttackExpiryReview_TTLChangesAndLateEvaluation(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	class := n.Suite.ClassID
	evaluator := evmtest.Account("admin", 2)
	n.GrantRole(n.Suite.DAT, evm.RoleEvaluator, evaluator.Address)
	_, dev := onboarded(n, 0, 0)
	setTTL := func(ttl uint32) {
		n.MustSend(n.Admin, n.Suite.DAT, d.PackConfigureClass(evmtest.U(class), ttl, n.Suite.Token), nil)
	}
	accept := func(id uint64) uint64 {
		r := n.MustSend(evaluator, n.Suite.DAT, d.PackSettleEvaluations(evm.PackVerdicts(evm.Verdict{
			TokenId: evmtest.U(id), Score: 7000, Accepted: true, Value: 10, ShareRatio: 100})), nil)
		return n.BlockTime(r)
	}
	total0, _, _, _ := n.ClassState(class)
	k := n.Now()/expiryGranularity + 1
	n.AdvanceTo(k * expiryGranularity)
	setTTL(2 * 3600)
	t1, _ := anchorOne(n, dev, 10, 7000)
	setTTL(0)
	t2, _ := anchorOne(n, dev, 10, 7000)
	setTTL(1)
	t3, _ := anchorOne(n, dev, 10, 7000)
	setTTL(2 * 3600)
	if e1, e2, e3 := n.ExpireAt(t1), n.ExpireAt(t2), n.ExpireAt(t3); e1 != (k+3)*expiryGranularity || e2 != 0 || e3 != (k+1)*expiryGranularity {
		t.Fatalf("windows %d, %d, %d; want %d, 0, %d", e1, e2, e3, (k+3)*expiryGranularity, (k+1)*expiryGranularity)
	}
	for _, id := range []uint64{t1, t2, t3} {
		accept(id)
	}
	_, err := n.SettleETH(buyer, class, big.NewInt(300))
	n.Must(err)
	// t4's window ends before it is evaluated; t5's ends in the block of its evaluation.
	setTTL(1)
	t4, _ := anchorOne(n, dev, 10, 7000)
	t5, _ := anchorOne(n, dev, 10, 7000)
	setTTL(2 * 3600)
	if e4, e5 := n.ExpireAt(t4), n.ExpireAt(t5); e4 != (k+1)*expiryGranularity || e5 != e4 {
		t.Fatalf("setup: t4's and t5's windows end at %d and %d; want %d", e4, e5, (k+1)*expiryGranularity)
	}
	nextBlockAt(n, (k+1)*expiryGranularity)
	if bt := accept(t5); bt != (k+1)*expiryGranularity {
		t.Fatalf("setup: t5 evaluated in block %d; want its window's end", bt)
	}
	n.AdvanceTo((k+1)*expiryGranularity + 60)
	accept(t4)
	n.MustSend(stranger, n.Suite.DAT, d.PackExpireDue(evmtest.U(class), evmtest.U(n.Now())), nil) // the view lags until then
	if counted(n, t4) || counted(n, t5) {
		t.Fatal("a token evaluated after its window counts")
	}
	if total, _, _, _ := n.ClassState(class); new(big.Int).Sub(total, total0).Int64() != 200 {
		t.Fatalf("totalShare grew by %v; want t1's and t2's 200", new(big.Int).Sub(total, total0))
	}
	_, err = n.SettleETH(buyer, class, big.NewInt(200))
	n.Must(err)
	n.AdvanceTo((k + 3) * expiryGranularity)
	_, err = n.SettleETH(buyer, class, big.NewInt(100))
	n.Must(err)
	for _, c := range []struct {
		id   uint64
		want int64
	}{{t1, 200}, {t2, 300}, {t3, 100}, {t4, 0}, {t5, 0}} {
		wantBig(t, "token pending", n.Pending(c.id, ethAsset), big.NewInt(c.want))
	}
}

// An emission epoch that ended and nobody settled: a live token's claim does not release it (the
// claim and pendingRevenue agree that nothing is owed yet, SECURITY.md "Views between
// settlements"), an expired token's claim does (it brings the class up to date to record its
// end), and once anything released it each token is paid its part exactly once.
func TestAttackExpiryReview_DueEpochPaidOnceReleased(t *testing.T) {
	n := adminNet(t)
	class := n.Suite.ClassID
	end0 := n.Suite.Genesis + uint64(n.Config.EpochLength/time.Second)
	live := n.Mint(class, holder0.Address, 0, 1000, 0)
	late := n.Mint(class, holder1.Address, 0, 1000, end0+expiryGranularity)
	n.AdvanceTo(end0 + 3*expiryGranularity)
	half := new(big.Int).Div(n.Config.EmissionPerEpoch, big.NewInt(2))
	if got := n.Pending(live, n.Suite.Token); got.Sign() != 0 {
		t.Fatalf("pendingRevenue shows %v of an epoch not released", got)
	}
	_, err := n.Claim(holder0, live, n.Suite.Token, payee(0))
	evmtest.ExpectRevert(t, err, "NothingToClaim", "")
	p1 := n.ERC20Balance(n.Suite.Token, payee(1))
	_, err = n.Claim(holder1, late, n.Suite.Token, payee(1))
	n.Must(err)
	wantBig(t, "expired token's claim of epoch 0", new(big.Int).Sub(n.ERC20Balance(n.Suite.Token, payee(1)), p1), half)
	wantBig(t, "live token's part once released", n.Pending(live, n.Suite.Token), half)
	p0 := n.ERC20Balance(n.Suite.Token, payee(0))
	_, err = n.Claim(holder0, live, n.Suite.Token, payee(0))
	n.Must(err)
	wantBig(t, "live token's claim of epoch 0", new(big.Int).Sub(n.ERC20Balance(n.Suite.Token, payee(0)), p0), half)
	_, err = n.Claim(holder1, late, n.Suite.Token, payee(1))
	evmtest.ExpectRevert(t, err, "NothingToClaim", "")
}
