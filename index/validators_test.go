package index_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// A validator that commits and does not reveal is penalized on chain; the index shows the
// withheld round, the slashed amount and the stake left, and leaves the others whole.
func TestValidators_WithholdingPenalty(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	ctx := context.Background()
	op, dev := evmtest.Account("operator", 0), evmtest.Account("device", 0)
	n.Onboard(op, dev, 0x8828308281fffff)
	vs := n.RegisterValidators(4)
	id, _ := anchorOne(n, op, dev, 8000)

	st, err := n.Suite.TokenState(ctx, id)
	n.Must(err)
	round, err := n.Suite.RoundAt(ctx, uint64(st.Contrib.AnchoredAt))
	n.Must(err)
	commitOpens, revealOpens, closes, err := n.Suite.Windows(ctx, round)
	n.Must(err)
	n.AdvanceTo(commitOpens)
	salts := make([][32]byte, len(vs))
	for i, v := range vs {
		salts[i][0] = byte(i + 1)
		n.Must(n.Suite.Commit(ctx, v, round, n.Suite.Commitment(round, v.Address, id, []uint16{8000}, salts[i])))
	}
	n.AdvanceTo(revealOpens)
	for i, v := range vs[:3] {
		n.Must(n.Suite.Reveal(ctx, v, round, id, []uint16{8000}, salts[i]))
	}
	n.AdvanceTo(closes)
	_, err = n.Suite.Finalize(ctx, op, []uint64{id})
	n.Must(err)

	db := openDB(t, t.TempDir())
	ix := newIndexer(t, db, n.Suite, 0)
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := db.Validators(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 {
		t.Fatalf("%d validators; want 4", len(got))
	}
	stake := new(big.Int).Mul(n.Config.MinStake, big.NewInt(2))
	penalty := new(big.Int).Mul(n.Config.SlashPerFault, big.NewInt(int64(n.Config.FaultsPerWithhold)))
	for _, v := range got {
		wantStake, wantSlashed, wantWithheld := stake, new(big.Int), uint32(0)
		if v.Address == low(vs[3].Address) {
			wantStake, wantSlashed, wantWithheld = new(big.Int).Sub(stake, penalty), penalty, 1
		}
		if v.Stake != wantStake.String() || v.Slashed != wantSlashed.String() || v.Withheld != wantWithheld {
			t.Errorf("validator %s: stake %s slashed %s withheld %d; want %s %s %d",
				v.Address, v.Stake, v.Slashed, v.Withheld, wantStake, wantSlashed, wantWithheld)
		}
	}
}
