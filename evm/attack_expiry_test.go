package evm_test

import (
	"math/big"
	"testing"
	"time"

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
	if _, err := n.Suite.SettleEpoch(n.Ctx, stranger, 0); err != nil && evm.RevertName(err) != "EpochAlreadySettled" {
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
