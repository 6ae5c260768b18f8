package market_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
	"github.com/datpin/datpin/market"
	"github.com/datpin/datpin/privacy"
)

// fixture indexes the index package's fixture network: six stations over two epochs; station 2
// and station 5's second day are rejected; stations 4 and 5 share a region; validator 2 dissents
// on the first token.
func fixture(t *testing.T) (*indextest.Fixture, *index.DB, market.Deployment) {
	t.Helper()
	f := indextest.Build(t)
	db, err := index.Open(filepath.Join(t.TempDir(), "index.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ix, err := index.New(context.Background(), db, f.Suite, index.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	return f, db, market.Deployment{ChainID: f.Suite.ChainID, DAT: f.Suite.DAT, Market: f.Suite.Market}
}

func ids(m *market.Manifest) []uint64 {
	var out []uint64
	for _, e := range m.Entries {
		out = append(out, e.TokenID)
	}
	return out
}

func TestResolve(t *testing.T) {
	f, db, dep := fixture(t)
	ctx := context.Background()
	now := time.Unix(1_800_000_000, 0)
	finalized := func(pred func(st int, e int) bool) []uint64 {
		var out []uint64
		for e := range 2 {
			for st := range f.Stations {
				id := f.First + uint64(e*len(f.Stations)+st)
				if s, _ := f.Expected(id); s == "finalized" && pred(st, e) {
					out = append(out, id)
				}
			}
		}
		slices.Sort(out)
		return out
	}
	region4 := index.CellString(f.Stations[4].Region)
	for _, tc := range []struct {
		name string
		q    market.Query
		want []uint64
	}{
		{"class", market.Query{Class: f.Suite.ClassID}, finalized(func(int, int) bool { return true })},
		{"min score", market.Query{Class: f.Suite.ClassID, MinScore: 8000}, finalized(func(st, e int) bool { return f.Stations[st].Scores[e] >= 8000 })},
		{"region", market.Query{Class: f.Suite.ClassID, Cells: []string{region4}}, finalized(func(st, _ int) bool { return st == 4 || st == 5 })},
		{"coarser region", market.Query{Class: f.Suite.ClassID, Cells: []string{index.CellString(privacy.Parent(f.Stations[4].Region, 3))}}, finalized(func(int, int) bool { return true })},
		{"second day", market.Query{Class: f.Suite.ClassID, FromEpoch: f.Epochs[1], ToEpoch: f.Epochs[1]}, finalized(func(_, e int) bool { return e == 1 })},
		{"full agreement", market.Query{Class: f.Suite.ClassID, MinAgreement: 1}, finalized(func(st, e int) bool { return st != 0 || e != 0 })},
	} {
		m, err := market.Resolve(ctx, db, dep, tc.q, now)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !slices.Equal(ids(m), tc.want) {
			t.Errorf("%s: tokens %v, want %v", tc.name, ids(m), tc.want)
		}
		if err := m.Check(); err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	if _, err := market.Resolve(ctx, db, dep, market.Query{Class: f.Suite.ClassID, MinScore: 9500}, now); datpin.ErrorCode(err) != datpin.ENOTFOUND {
		t.Fatalf("empty dataset: %v", err)
	}
	if _, err := market.Resolve(ctx, db, dep, market.Query{Class: f.Suite.ClassID, Cells: []string{"zz"}}, now); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("bad cell: %v", err)
	}
}

// A preview shows only groups of at least k contributors: the shared region's first day has two.
func TestPreview(t *testing.T) {
	f, db, dep := fixture(t)
	m, err := market.Resolve(context.Background(), db, dep, market.Query{Class: f.Suite.ClassID}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	p, err := market.NewPreview(m, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Groups) != 1 || p.Groups[0].Cell != index.CellString(f.Stations[4].Region) || p.Groups[0].Epoch != f.Epochs[0] ||
		p.Groups[0].Contributors != 2 || p.Suppressed != 7 || p.Tokens != len(m.Entries) {
		t.Fatalf("preview %+v", p)
	}
	if _, err := market.NewPreview(m, 1); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("k = 1: %v", err)
	}
}

// A certificate is recomputed identically from the chain's index; a changed entry or another hash
// is refused.
func TestCertificate(t *testing.T) {
	f, db, dep := fixture(t)
	ctx := context.Background()
	m, err := market.Resolve(ctx, db, dep, market.Query{Class: f.Suite.ClassID, Cells: []string{index.CellString(f.Stations[4].Region)}}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	c, err := market.Certify(ctx, db, m)
	if err != nil {
		t.Fatal(err)
	}
	// Stations 4 and 5: 8000, 8100, 8200 finalized; 2500 rejected in the same region and days.
	if c.Tokens != 3 || c.ScoreMedian != 8100 || c.ScoreHistogram[8] != 3 || c.Agreement != 10_000 || c.Cells != 1 || c.Days != 2 ||
		c.CellDays != 2 || c.RejectedShare != 2500 || c.ZKShare != 0 {
		t.Fatalf("certificate %+v", c)
	}
	if _, err := market.VerifyCertificate(ctx, db, m, c.Hash); err != nil {
		t.Fatalf("verify: %v", err)
	}
	if _, err := market.VerifyCertificate(ctx, db, m, "0x01"); datpin.ErrorCode(err) != datpin.ECONFLICT {
		t.Fatalf("wrong hash: %v", err)
	}
	bad := *m
	bad.Entries = slices.Clone(m.Entries)
	bad.Entries[0].Score = 9999
	if _, err := market.Certify(ctx, db, &bad); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("changed score: %v", err)
	}
	bad.Entries[0] = m.Entries[0]
	bad.Entries[0].Units++
	if err := bad.Check(); err == nil {
		t.Fatal("a changed unit count keeps the root")
	}
}
