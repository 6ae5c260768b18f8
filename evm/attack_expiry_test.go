package evm_test

import (
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/rewards"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// An expired token earning on: when expiry was applied lazily (only once someone called expire or
// claimed the token), a token whose window had passed kept its share in totalShare and took part
// of every later settlement from the live tokens, and its holder could make sure nobody observed
// it. The DAT now takes ended windows out before every settlement: a settlement made a day after
// a token expired, with nobody having observed the expiry, goes entirely to the live token.
func TestAttack_ExpiredTokenEarnsNothing(t *testing.T) {
	n := adminNet(t)
	expired := n.Mint(1, holder0.Address, 0, 1000, n.Now()+60)
	live := n.Mint(1, holder1.Address, 0, 1000, 0)
	n.Advance(24 * time.Hour)
	if evmtest.Read(n, n.Suite.DAT, n.Suite.DATABI.PackIsCounted(evmtest.U(expired)), n.Suite.DATABI.UnpackIsCounted) {
		t.Fatal("isCounted reports the expired token as counted")
	}
	amount := evm.Ether(1)
	_, err := n.SettleETH(buyer, 1, amount)
	n.Must(err)
	if got := n.Pending(expired, ethAsset); got.Sign() != 0 {
		t.Errorf("a token expired a day before the settlement earned %v of it", got)
	}
	wantBig(t, "live token's share of a settlement made after the other expired", n.Pending(live, ethAsset), amount)
}

// A late epoch settlement paying newcomers: Rewards.settleEpoch pays an epoch's emission into the
// class, so a token that joined after the epoch ended but before a late settlement would take
// part of that epoch's emission from the token that earned it. The DAT settles every ended epoch
// before a token joins, so the newcomer earns nothing of epoch 0.
func TestAttack_LateEpochSettlementPaysNewcomersNothing(t *testing.T) {
	n := adminNet(t)
	epochLen := uint64(n.Config.EpochLength / time.Second)
	old := n.Mint(1, holder0.Address, 0, 1000, 0)
	n.AdvanceTo(n.Suite.Genesis + epochLen + 60) // epoch 0 is over
	newcomer := n.Mint(1, holder1.Address, 0, 1000, 0)
	// The DAT settles every ended epoch before a token joins, so epoch 0 may already be settled.
	if _, err := n.Suite.SettleEpoch(n.Ctx, stranger, 0); err != nil && !evm.IsAlreadySettled(err) {
		t.Fatal(err)
	}
	if got := n.Pending(newcomer, n.Suite.Token); got.Sign() != 0 {
		t.Errorf("a token minted after epoch 0 ended earned %v of epoch 0's emission", got)
	}
	wantBig(t, "the only token of epoch 0", n.Pending(old, n.Suite.Token), n.Config.EmissionPerEpoch)
}

// Expiry across a late epoch settlement: epoch 0's emission belongs to the tokens counting at
// its end. A token whose window ended before that end gets none of it; a token whose window
// ended after it (but before the settlement, which nobody made on time) gets its part.
func TestAttack_LateEpochSettlementPaysOnlyWhoCountedAtTheEnd(t *testing.T) {
	n := adminNet(t)
	end0 := n.Suite.Genesis + uint64(n.Config.EpochLength/time.Second)
	if n.Now()+2*3600 > end0-2*3600 {
		t.Fatalf("setup: epoch 0 ends at %d, too soon after %d", end0, n.Now())
	}
	gone := n.Mint(1, holder0.Address, 0, 1000, end0-2*3600)
	late := n.Mint(1, holder1.Address, 0, 1000, end0+3600)
	live := n.Mint(1, holder2.Address, 0, 1000, 0)
	n.AdvanceTo(end0 + 3*3600) // both windows ended; epoch 0 not settled yet
	if _, err := n.Suite.SettleEpoch(n.Ctx, stranger, 0); err != nil {
		t.Fatal(err)
	}
	half := new(big.Int).Div(n.Config.EmissionPerEpoch, big.NewInt(2))
	if got := n.Pending(gone, n.Suite.Token); got.Sign() != 0 {
		t.Errorf("a token whose window ended before epoch 0 did %v of it", got)
	}
	wantBig(t, "token that counted at the end of epoch 0 and expired since", n.Pending(late, n.Suite.Token), half)
	wantBig(t, "token still counting", n.Pending(live, n.Suite.Token), half)
}

// The first release of a newly wired emission source: setEpochEmission resets epochDueAt to 0,
// and the first release pays every epoch the source has ended. Taking the ended windows out only
// up to epochDueAt (0) left them in totalShare, so a token that expired an hour before the
// source's genesis took half of its epoch 0. Every ended window is now taken out first.
func TestAttack_FirstReleaseAfterWiringPaysNoExpiredToken(t *testing.T) {
	n := adminNet(t)
	d, rw := n.Suite.DATABI, n.Suite.RewardsABI
	class := n.CreateClass("ipfs://wiring", n.Suite.Token)
	gone := n.Mint(class, holder0.Address, 0, 1000, n.Now()+60)
	live := n.Mint(class, holder1.Address, 0, 1000, 0)
	n.PastExpiry(gone)
	n.Advance(time.Hour)
	genesis := n.Now()
	emission := evm.Ether(1)
	src := n.Deploy(n.Admin, rewards.RewardsMetaData.Bin, rw.PackConstructor(new(big.Int), n.Admin.Address,
		n.Suite.Token, n.Suite.DAT, evmtest.U(class), genesis, uint32(expiryGranularity), emission))
	n.MustSend(n.Admin, n.Suite.Token, n.Suite.TokenABI.PackMint(src, evm.Ether(10)), nil)
	n.MustSend(n.Admin, n.Suite.DAT, d.PackSetEpochEmission(evmtest.U(class), src), nil)
	n.AdvanceTo(genesis + expiryGranularity + 60) // epoch 0 of the new source is over
	n.MustSend(stranger, src, rw.PackSettleEpoch(evmtest.U(0)), nil)
	if got := n.Pending(gone, n.Suite.Token); got.Sign() != 0 {
		t.Errorf("a token whose window ended before the source's epoch 0 began earned %v of it", got)
	}
	wantBig(t, "the only token counting through epoch 0", n.Pending(live, n.Suite.Token), emission)
}

// A window saturated near 2^32: capped at 2^32-1, which is no hour boundary, its bucket ended
// 1,905 s after the token did, so in between the token was expired (isCounted false, value
// transfers refused) yet still in totalShare: a settlement paid it and every expire() emitted
// Expired again. The cap is now the last boundary below 2^32, where its bucket ends.
func TestAttack_SaturatedWindowEndsWhereTheTokenSays(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	class := n.CreateClass("ipfs://saturated", common.Address{})
	sat := n.Mint(class, holder0.Address, 0, 1000, math.MaxUint32)
	live := n.Mint(class, holder1.Address, 0, 1000, 0)
	end := n.ExpireAt(sat)
	n.AdvanceTo(end + 1)
	if evmtest.Read(n, n.Suite.DAT, d.PackIsCounted(evmtest.U(sat)), d.UnpackIsCounted) {
		t.Fatalf("isCounted after the window (%d) ended", end)
	}
	amount := evm.Ether(1)
	_, err := n.SettleETH(buyer, class, amount)
	n.Must(err)
	if got := n.Pending(sat, ethAsset); got.Sign() != 0 {
		t.Errorf("a token whose window ended at %d earned %v of a settlement made after it", end, got)
	}
	wantBig(t, "live token's part", n.Pending(live, ethAsset), amount)
	events := 0
	for range 2 {
		r := n.MustSend(stranger, n.Suite.DAT, d.PackExpire(ids(sat)), nil)
		events += len(evmtest.Events(r, d.UnpackExpiredEvent))
	}
	if events != 1 {
		t.Errorf("two expire() calls emitted %d Expired events for one token; want 1", events)
	}
}

// Buckets on both sides of a bitmap word boundary (bit 255 of one word, bit 0 of the next) leave
// totalShare each at its own hour, once, and the scan stops inside a word where time stops.
func TestDAT_ExpiryBitmapWordBoundary(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	class := n.CreateClass("ipfs://word-boundary", common.Address{})
	b := n.Now()/expiryGranularity + 2
	b += (255 - b%256 + 256) % 256 // the next bucket that is bit 255 of its word
	last := n.Mint(class, holder0.Address, 0, 7, b*expiryGranularity)
	first := n.Mint(class, holder1.Address, 0, 11, (b+1)*expiryGranularity)
	live := n.Mint(class, holder2.Address, 0, 13, 0)
	if n.ExpireAt(last) != b*expiryGranularity || n.ExpireAt(first) != (b+1)*expiryGranularity {
		t.Fatalf("setup: windows end at %d and %d", n.ExpireAt(last), n.ExpireAt(first))
	}
	for i, want := range []struct {
		at    uint64
		share int64
	}{{b * expiryGranularity, 7}, {(b + 1) * expiryGranularity, 11}} {
		n.AdvanceTo(want.at)
		r, err := n.SettleETH(buyer, class, big.NewInt(1000))
		n.Must(err)
		ev := evmtest.Events(r, d.UnpackSharesExpiredEvent)
		if len(ev) != 1 || ev[0].ExpireAt != want.at || ev[0].Share.Int64() != want.share {
			t.Fatalf("settlement %d: SharesExpired %+v; want one of %d at %d", i, ev, want.share, want.at)
		}
	}
	if total, _, _, _ := n.ClassState(class); total.Int64() != 13 {
		t.Fatalf("totalShare %v; want the live token's 13", total)
	}
	// The first settlement was shared by the two tokens still counting, the second by the live one.
	wantBig(t, "bit-255 token", n.Pending(last, ethAsset), big.NewInt(0))
	wantBig(t, "next word's bit-0 token", n.Pending(first, ethAsset), big.NewInt(1000*11/24))
	wantBig(t, "live token", n.Pending(live, ethAsset), big.NewInt(1000*13/24+1000))
}

// A backlog of ended expiry buckets (a class idle for months after hourly activity) used to be
// taken out in the one transaction that next settled, joined or claimed an expired token: at
// about 7,000 gas a bucket, a year of hourly buckets needs more gas than a block holds and the
// class could never settle or finalize again. Anyone can now work the backlog off in steps
// (expireDue up to a time); each step takes out only what ended by then, and the settlement
// after the last step takes out nothing more and pays the live token alone.
func TestAttack_ExpiryBacklogWorkedOffInSteps(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	class := n.CreateClass("ipfs://backlog", common.Address{})
	const buckets, perStep = 48, 16
	start := n.Now()
	ends := make([]uint64, buckets)
	for i := range ends {
		id := n.Mint(class, holder0.Address, 0, 1, start+uint64(i+1)*expiryGranularity)
		ends[i] = n.ExpireAt(id)
	}
	live := n.Mint(class, holder1.Address, 0, 1000, 0)
	n.AdvanceTo(ends[buckets-1] + expiryGranularity)
	_, err := n.Send(stranger, n.Suite.DAT, d.PackExpireDue(evmtest.U(99), evmtest.U(ends[0])), nil)
	evmtest.ExpectRevert(t, err, "ClassNotFound", datpin.ENOTFOUND)
	for k := perStep - 1; k < buckets; k += perStep {
		r := n.MustSend(stranger, n.Suite.DAT, d.PackExpireDue(evmtest.U(class), evmtest.U(ends[k])), nil)
		ev := evmtest.Events(r, d.UnpackSharesExpiredEvent)
		if len(ev) != perStep || ev[0].ExpireAt != ends[k-perStep+1] || ev[perStep-1].ExpireAt != ends[k] {
			t.Fatalf("step up to %d: %d SharesExpired (%+v); want the %d buckets ending by then", ends[k], len(ev), ev, perStep)
		}
		if total, _, _, _ := n.ClassState(class); total.Int64() != int64(1000+buckets-1-k) {
			t.Fatalf("after the step up to bucket %d: totalShare %v", k, total)
		}
	}
	// A time in the future is capped at now; nothing is left.
	r := n.MustSend(stranger, n.Suite.DAT, d.PackExpireDue(evmtest.U(class), evmtest.U(n.Now()+1e9)), nil)
	if ev := evmtest.Events(r, d.UnpackSharesExpiredEvent); len(ev) != 0 {
		t.Fatalf("a second pass took out %d buckets again", len(ev))
	}
	r, err = n.SettleETH(buyer, class, big.NewInt(1000))
	n.Must(err)
	if ev := evmtest.Events(r, d.UnpackSharesExpiredEvent); len(ev) != 0 {
		t.Fatalf("the settlement after the steps took out %d buckets", len(ev))
	}
	wantBig(t, "live token", n.Pending(live, ethAsset), big.NewInt(1000))
}
