package evm_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/internal/testproc"
)

// The lifecycle on a real node: deploy, onboard, anchor, commit and reveal across rounds (time
// moved by evm_increaseTime), finalize, settle an epoch's emission and claim.
func TestAnvil_Lifecycle(t *testing.T) {
	url := testproc.StartAnvil(t, testproc.AnvilOptions{}).URL()
	ctx := context.Background()
	chain, err := evm.Dial(ctx, url)
	if err != nil {
		t.Fatalf("dial anvil: %v", err)
	}
	t.Cleanup(func() { chain.Close() })
	if chain.Embedded() || chain.ChainID.Uint64() != 31337 {
		t.Fatalf("chain id %v; want anvil's 31337", chain.ChainID)
	}
	// Fund the development accounts the test sends from.
	op := evmtest.Account("operator", 0)
	relayer := evmtest.Account("relayer", 0)
	senders := []*evm.Account{op, relayer, evmtest.Account("validator", 0), evmtest.Account("validator", 1), evmtest.Account("validator", 2), evmtest.Account("relayer", 1)}
	for i, a := range senders {
		from := evm.AnvilAccount(1 + i%9)
		if _, err := chain.Send(ctx, from, &a.Address, nil, evm.Ether(100)); err != nil {
			t.Fatalf("fund %s: %v", a, err)
		}
	}
	cfg := evm.DefaultConfig()
	n := evmtest.NewOn(t, chain, evm.AnvilAccount(0), cfg)
	if n.Suite.Genesis == 0 || n.Suite.Genesis > n.Now() {
		t.Fatalf("genesis %d, now %d", n.Suite.Genesis, n.Now())
	}
	t.Logf("deployed on anvil: %d gas so far", chain.GasUsed())

	devs := []*evm.Account{evmtest.Account("device", 0), evmtest.Account("device", 1)}
	for _, d := range devs {
		n.Onboard(op, d, testCell)
	}
	vs := n.RegisterValidators(3)
	cs := []datpin.Contribution{n.Contribution(devs[0], 1440, 9000), n.Contribution(devs[1], 720, 3000)}
	sigs := [][]byte{n.Sign(devs[0], &cs[0]), n.Sign(devs[1], &cs[1])}
	first, r, err := n.Suite.Anchor(n.Ctx, relayer, cs, sigs)
	n.Must(err)
	t.Logf("anchor of 2 contributions: %d gas", r.GasUsed)
	st, err := n.Suite.TokenState(n.Ctx, first)
	n.Must(err)
	if st.Owner != op.Address || st.Status != datpin.StatusPending || st.ShareRatio.Sign() != 0 {
		t.Fatalf("after anchor: %+v", st)
	}
	// A root anchored twice is refused on a real node too, with the decoded custom error.
	_, _, err = n.Suite.Anchor(n.Ctx, relayer, cs[:1], sigs[:1])
	evmtest.ExpectRevert(t, err, "RootAlreadyAnchored", datpin.ECONFLICT)

	n.Evaluate(first, vs, [][]uint16{{8800, 3100}, {9000, 2900}, {9100, 3500}})
	r, err = n.Suite.Finalize(n.Ctx, relayer, evmtest.IDs(first, 2))
	n.Must(err)
	t.Logf("finalize of 2 tokens with 3 validators: %d gas", r.GasUsed)
	a, err := n.Suite.TokenState(n.Ctx, first)
	n.Must(err)
	b, err := n.Suite.TokenState(n.Ctx, first+1)
	n.Must(err)
	if a.Status != datpin.StatusFinalized || a.Contrib.Score != 9000 || a.ShareRatio.Int64() != 1440*9000 || a.Value.Int64() != 1296 {
		t.Fatalf("token a = %+v; want median 9000, share 12960000, value 1296", a)
	}
	if b.Status != datpin.StatusRejected || b.ShareRatio.Sign() != 0 || b.Value.Sign() != 0 {
		t.Fatalf("token b = %+v; want rejected", b)
	}

	epochLen := uint64(cfg.EpochLength / time.Second)
	epoch := (n.Now() - n.Suite.Genesis) / epochLen
	n.AdvanceTo(n.Suite.Genesis + (epoch+1)*epochLen)
	r, err = n.Suite.SettleEpoch(n.Ctx, evmtest.Account("relayer", 1), epoch)
	n.Must(err)
	t.Logf("settleEpoch: %d gas", r.GasUsed)
	pending, err := n.Suite.PendingRevenue(n.Ctx, first, n.Suite.Token)
	n.Must(err)
	// The only counted token gets the whole emission, up to the 1e18 scaling's rounding.
	if diff := new(big.Int).Sub(cfg.EmissionPerEpoch, pending); diff.Sign() < 0 || diff.Cmp(big.NewInt(1)) > 0 {
		t.Fatalf("pending %v; want %v up to 1 wei", pending, cfg.EmissionPerEpoch)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000da7c1a1d")
	r, err = n.Suite.ClaimMany(n.Ctx, op, []uint64{first, first + 1, first}, n.Suite.Token, to)
	n.Must(err)
	t.Logf("claimMany: %d gas", r.GasUsed)
	got, err := n.Suite.TokenBalance(n.Ctx, to)
	n.Must(err)
	wantBig(t, "claimed", got, pending)
	_, err = n.Suite.ClaimMany(n.Ctx, op, []uint64{first}, n.Suite.Token, to)
	evmtest.ExpectRevert(t, err, "NothingToClaim", datpin.ECONFLICT)
	t.Logf("total gas on anvil: %d", chain.GasUsed())
}
