package index_test

import (
	"context"
	"testing"
	"time"

	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// The DAT settles every ended reward epoch before its counting set changes, several at once, and
// forfeits those that ended with nothing counting: the index keeps one row per epoch.
func TestEpochs_SettledAndForfeitedRanges(t *testing.T) {
	cfg := evm.DefaultConfig()
	cfg.DeployerAdmin = true // the test mints generic tokens directly
	n := evmtest.New(t, cfg)
	ctx := context.Background()
	epoch := uint64(cfg.EpochLength / time.Second)

	n.AdvanceTo(n.Suite.Genesis + 2*epoch + 60) // epochs 0 and 1 end with nothing counting
	n.Mint(1, evmtest.Account("holder", 0).Address, 0, 1000, 0)
	n.AdvanceTo(n.Suite.Genesis + 4*epoch + 60) // epochs 2 and 3 end with one token counting
	n.Mint(1, evmtest.Account("holder", 1).Address, 0, 1000, 0)

	db := openDB(t, t.TempDir())
	ix := newIndexer(t, db, n.Suite, 0)
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	_, settled, err := db.Epochs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	emission := cfg.EmissionPerEpoch.String()
	want := []string{"0", "0", emission, emission}
	if len(settled) != len(want) {
		t.Fatalf("settled epochs %+v; want %d", settled, len(want))
	}
	for i, s := range settled {
		if s.Epoch != uint64(i) || s.Amount != want[i] {
			t.Errorf("epoch %d: %+v; want epoch %d amount %s", i, s, i, want[i])
		}
	}
}
