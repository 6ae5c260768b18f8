package index_test

import (
	"context"
	"testing"

	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// A station or epoch whose tokens are all still pending has no verdicts to sum: every aggregate
// must read as zero, not fail.
func TestQueries_OnlyPendingTokens(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	ctx := context.Background()
	op, dev := evmtest.Account("operator", 0), evmtest.Account("device", 0)
	n.Onboard(op, dev, 0x8828308281fffff)
	anchorOne(n, op, dev, 5000)
	anchorOne(n, op, dev, 6000)

	db := openDB(t, t.TempDir())
	ix := newIndexer(t, db, n.Suite, 0)
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	st, err := db.Stations(ctx, "")
	if err != nil {
		t.Fatalf("stations: %v", err)
	}
	if len(st) != 1 || st[0].Tokens != 2 || st[0].Pending != 2 || st[0].Finalized != 0 || st[0].Rejected != 0 || st[0].Quality != nil {
		t.Fatalf("stations %+v; want one station with 2 pending tokens and no quality", st)
	}
	if _, err := db.Station(ctx, st[0].Address, ""); err != nil {
		t.Fatalf("station: %v", err)
	}
	cells, err := db.Cells(ctx)
	if err != nil {
		t.Fatalf("cells: %v", err)
	}
	if len(cells) != 1 || cells[0].Pending != 2 {
		t.Fatalf("cells %+v; want one cell with 2 pending", cells)
	}
	epochs, _, err := db.Epochs(ctx)
	if err != nil {
		t.Fatalf("epochs: %v", err)
	}
	if len(epochs) != 1 || epochs[0].Pending != 2 {
		t.Fatalf("epochs %+v; want one epoch with 2 pending", epochs)
	}
	if _, err := db.StationEpochs(ctx); err != nil {
		t.Fatalf("station epochs: %v", err)
	}
}
