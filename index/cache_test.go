package index_test

import (
	"context"
	"testing"

	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// TestStations_FollowTheIndex: the whole-network aggregates are memoized by indexed tip, so a
// page read before new blocks are indexed must not be served after: a station's token count
// follows each catch-up, as do its epochs, and the single-station read agrees with the list.
func TestStations_FollowTheIndex(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	ctx := context.Background()
	op, dev := evmtest.Account("operator", 0), evmtest.Account("device", 0)
	n.Onboard(op, dev, 0x8828308281fffff)
	anchorOne(n, op, dev, 5000)
	db := openDB(t, t.TempDir())
	ix := newIndexer(t, db, n.Suite, 0)
	n.Must(ix.CatchUp(ctx))
	for want := 1; want <= 3; want++ {
		all, err := db.Stations(ctx, "")
		n.Must(err)
		one, err := db.Station(ctx, dev.Address.Hex(), "")
		n.Must(err)
		eps, err := db.StationEpochs(ctx)
		n.Must(err)
		if len(all) != 1 || all[0].Tokens != want || one.Tokens != want {
			t.Fatalf("after %d tokens: list %+v, station %+v", want, all, one)
		}
		got := 0
		for _, e := range eps[all[0].Address] {
			got += e.Tokens
		}
		if got != want {
			t.Fatalf("after %d tokens the epochs count %d", want, got)
		}
		// Mutating a returned list leaves the next read intact.
		all[0].Tokens = -1
		anchorOne(n, op, dev, 6000+uint16(want))
		n.Must(ix.CatchUp(ctx))
	}
	if _, err := db.Station(ctx, evmtest.Account("device", 9).Address.Hex(), ""); err == nil {
		t.Fatal("a station the index never saw was found")
	}
}
