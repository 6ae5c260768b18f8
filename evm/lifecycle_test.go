package evm_test

import (
	"math/big"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// A contribution goes Pending → Finalized with the validators' median, counts in totalShare,
// earns the epoch's emission by shareRatio and is claimed by its operator.
func TestLifecycle_AnchorEvaluateSettleClaim(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	op := evmtest.Account("operator", 0)
	devs := []*evm.Account{evmtest.Account("device", 0), evmtest.Account("device", 1)}
	for _, d := range devs {
		n.Onboard(op, d, 0x8828308281fffff)
	}
	vs := n.RegisterValidators(3)

	cs := []datpin.Contribution{n.Contribution(devs[0], 1440, 9000), n.Contribution(devs[1], 720, 3000)}
	first := n.Anchor(evmtest.Account("relayer", 0), devs, cs)

	st, err := n.Suite.TokenState(n.Ctx, first)
	n.Must(err)
	if st.Status != datpin.StatusPending || st.Owner != op.Address || st.ShareRatio.Sign() != 0 {
		t.Fatalf("after anchor: status %v owner %s share %v; want pending, operator, 0", st.Status, st.Owner, st.ShareRatio)
	}
	if st.Contrib.MerkleRoot != cs[0].MerkleRoot || st.Contrib.RecordCount != 1440 || st.Contrib.Device != devs[0].Address {
		t.Fatalf("contribution not recorded: %+v", st.Contrib)
	}

	n.Evaluate(first, vs, [][]uint16{{8800, 3100}, {9000, 2900}, {9100, 3500}})
	_, err = n.Suite.Finalize(n.Ctx, n.Admin, evmtest.IDs(first, 2))
	n.Must(err)

	a, err := n.Suite.TokenState(n.Ctx, first)
	n.Must(err)
	b, err := n.Suite.TokenState(n.Ctx, first+1)
	n.Must(err)
	if a.Status != datpin.StatusFinalized || a.Contrib.Score != 9000 {
		t.Fatalf("token a: status %v score %d; want finalized with median 9000", a.Status, a.Contrib.Score)
	}
	if want := big.NewInt(1440 * 9000); a.ShareRatio.Cmp(want) != 0 {
		t.Fatalf("token a shareRatio %v, want %v", a.ShareRatio, want)
	}
	if b.Status != datpin.StatusRejected || b.ShareRatio.Sign() != 0 || b.Value.Sign() != 0 {
		t.Fatalf("token b: status %v share %v value %v; want rejected with 0/0 (median 3100 < threshold)", b.Status, b.ShareRatio, b.Value)
	}

	// Settle epoch 0 of the rewards and claim.
	epochEnd := n.Suite.Genesis + uint64(n.Config.EpochLength.Seconds())
	n.AdvanceTo(epochEnd)
	_, err = n.Suite.SettleEpoch(n.Ctx, evmtest.Account("relayer", 1), 0)
	n.Must(err)
	pending, err := n.Suite.PendingRevenue(n.Ctx, first, n.Suite.Token)
	n.Must(err)
	if pending.Cmp(n.Config.EmissionPerEpoch) > 0 || new(big.Int).Sub(n.Config.EmissionPerEpoch, pending).Cmp(big.NewInt(1)) > 0 {
		t.Fatalf("pending %v, want the whole emission %v (sole counted token) up to 1 wei", pending, n.Config.EmissionPerEpoch)
	}
	before, err := n.Suite.TokenBalance(n.Ctx, op.Address)
	n.Must(err)
	_, err = n.Suite.ClaimMany(n.Ctx, op, []uint64{first, first + 1}, n.Suite.Token, op.Address)
	n.Must(err)
	after, err := n.Suite.TokenBalance(n.Ctx, op.Address)
	n.Must(err)
	if got := new(big.Int).Sub(after, before); got.Cmp(pending) != 0 {
		t.Fatalf("claimed %v, want %v", got, pending)
	}
	// A second claim has nothing left.
	_, err = n.Suite.ClaimMany(n.Ctx, op, []uint64{first}, n.Suite.Token, op.Address)
	if evm.RevertName(err) != "NothingToClaim" || datpin.ErrorCode(err) != datpin.ECONFLICT {
		t.Fatalf("second claim: %v; want NothingToClaim conflict", err)
	}
}
