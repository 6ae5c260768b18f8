package index_test

import (
	"context"
	"crypto/rand"
	"math"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
)

func openDB(tb testing.TB, dir string) *index.DB {
	tb.Helper()
	db, err := index.Open(filepath.Join(dir, "index.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func newIndexer(tb testing.TB, db *index.DB, s *evm.Suite, conf uint64) *index.Indexer {
	tb.Helper()
	ix, err := index.New(context.Background(), db, s, index.Config{Confirmations: conf, RangeBlocks: 50})
	if err != nil {
		tb.Fatal(err)
	}
	return ix
}

func low(a common.Address) string { return strings.ToLower(a.Hex()) }

func TestIndexer_Fixture(t *testing.T) {
	f := indextest.Build(t)
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	ix := newIndexer(t, db, f.Suite, 0)
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	head, _ := f.Chain.Client.BlockNumber(ctx)
	if st := ix.Stats(); st.Indexed != head || st.Lag != 0 {
		t.Fatalf("stats %+v; want indexed = head %d", st, head)
	}

	t.Run("Tokens", func(t *testing.T) {
		p, err := db.Tokens(ctx, index.TokenFilter{Limit: 500})
		if err != nil {
			t.Fatal(err)
		}
		if p.Total != f.Tokens() || len(p.Items) != f.Tokens() {
			t.Fatalf("%d tokens (page %d); want %d", p.Total, len(p.Items), f.Tokens())
		}
		for _, tok := range p.Items {
			chain, err := f.Suite.TokenState(ctx, tok.ID)
			if err != nil {
				t.Fatal(err)
			}
			wantStatus, wantScore := f.Expected(tok.ID)
			if tok.Status != wantStatus || tok.Score == nil || *tok.Score != wantScore {
				t.Errorf("token %d: %s score %v; want %s %d", tok.ID, tok.Status, tok.Score, wantStatus, wantScore)
			}
			if tok.Status != chain.Status.String() || tok.Value != chain.Value.Uint64() || tok.ShareRatio != chain.ShareRatio.Uint64() {
				t.Errorf("token %d: index %s value %d share %d; chain %s %s %s", tok.ID, tok.Status, tok.Value, tok.ShareRatio, chain.Status, chain.Value, chain.ShareRatio)
			}
			if tok.Station != low(chain.Contrib.Device) || tok.Epoch != chain.Contrib.Epoch || tok.Records != chain.Contrib.RecordCount ||
				tok.Cell != index.CellString(chain.Contrib.H3Cell) || tok.MerkleRoot != common.Hash(chain.Contrib.MerkleRoot).Hex() {
				t.Errorf("token %d contribution %+v; chain %+v", tok.ID, tok, chain.Contrib)
			}
			if tok.Tentative == nil || *tok.Tentative != wantScore { // the fixture's devices claim the agreed score
				t.Errorf("token %d tentative score %v; want %d", tok.ID, tok.Tentative, wantScore)
			}
			if tok.Owner != low(f.Operator.Address) || tok.Reveals != len(f.Validators) {
				t.Errorf("token %d owner %s reveals %d", tok.ID, tok.Owner, tok.Reveals)
			}
			if tok.Status == "rejected" && tok.Reason != "below-threshold" {
				t.Errorf("token %d rejected for %q", tok.ID, tok.Reason)
			}
		}
		ep := f.Epochs[1]
		p, err = db.Tokens(ctx, index.TokenFilter{Status: "rejected", Epoch: &ep})
		if err != nil {
			t.Fatal(err)
		}
		if p.Total != 2 { // stations 2 and 5 in the second epoch
			t.Fatalf("rejected in epoch %d: %d; want 2", ep, p.Total)
		}
		p, err = db.Tokens(ctx, index.TokenFilter{Station: f.Stations[0].Device.Address.Hex(), Limit: 1, Offset: 1})
		if err != nil {
			t.Fatal(err)
		}
		if p.Total != 2 || len(p.Items) != 1 || p.Items[0].ID != f.First+uint64(len(f.Stations)) {
			t.Fatalf("station page %+v", p)
		}
		if _, err := db.Tokens(ctx, index.TokenFilter{Status: "lost"}); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("bad status filter: %v", err)
		}
		// The totals by verdict agree with the per-token statuses.
		want := map[string]int{}
		all, err := db.Tokens(ctx, index.TokenFilter{Limit: 500})
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range all.Items {
			want[tok.Status]++
		}
		c, err := db.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if c.Finalized != want["finalized"] || c.Rejected != want["rejected"] || c.Pending != want["pending"] || c.Rejected == 0 || c.Finalized == 0 {
			t.Fatalf("counts %+v; the tokens say %v", c, want)
		}
	})

	t.Run("TokenDetail", func(t *testing.T) {
		d, err := db.Token(ctx, f.First)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Evaluations) != 3 {
			t.Fatalf("%d evaluations", len(d.Evaluations))
		}
		for _, e := range d.Evaluations {
			dissent := e.Validator == low(f.Validators[f.Dissenter].Address)
			if e.Agrees == nil || *e.Agrees == dissent || (dissent && *e.Deviation != -3000) {
				t.Errorf("evaluation %+v (dissenter %v)", e, dissent)
			}
		}
		if len(d.Claims) != 1 || d.Claims[0].To != low(f.Operator.Address) {
			t.Fatalf("claims %+v", d.Claims)
		}
		if len(d.Transfers) != 1 || d.Transfers[0].From != low(common.Address{}) {
			t.Fatalf("transfers %+v", d.Transfers)
		}
		if _, err := db.Token(ctx, 999); datpin.ErrorCode(err) != datpin.ENOTFOUND {
			t.Fatalf("missing token: %v", err)
		}
	})

	t.Run("Validators", func(t *testing.T) {
		vs, err := db.Validators(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(vs) != 3 {
			t.Fatalf("%d validators", len(vs))
		}
		stake := new(big.Int).Mul(f.Config.MinStake, big.NewInt(2))
		for i, v := range vs {
			if v.Address != low(f.Validators[i].Address) || v.Reveals != f.Tokens() {
				t.Errorf("validator %d: %+v", i, v)
			}
			wantFaults := uint32(0)
			if i == f.Dissenter {
				wantFaults = 1
			}
			wantStake := new(big.Int).Sub(stake, new(big.Int).Mul(big.NewInt(int64(wantFaults)), f.Config.SlashPerFault))
			if v.Faults != wantFaults || v.Agreements != uint32(f.Tokens())-wantFaults || v.Stake != wantStake.String() {
				t.Errorf("validator %d: %d agreements %d faults stake %s; want %d faults stake %s", i, v.Agreements, v.Faults, v.Stake, wantFaults, wantStake)
			}
		}
	})

	t.Run("Rewards", func(t *testing.T) {
		r, err := db.Rewards(ctx, f.Suite.Token.Hex(), 0)
		if err != nil {
			t.Fatal(err)
		}
		if r.Settled != indextest.Emission().String() || len(r.Epochs) != 1 || r.Epochs[0].Amount != r.Settled {
			t.Fatalf("settled %s epochs %+v; want %s", r.Settled, r.Epochs, indextest.Emission())
		}
		earned := new(big.Int)
		for _, e := range r.Leaderboard {
			v, _ := new(big.Int).SetString(e.Earned, 10)
			earned.Add(earned, v)
		}
		// Attribution rounds down per token: the sum falls short of the emission by < one unit a token.
		if short := new(big.Int).Sub(indextest.Emission(), earned); short.Sign() < 0 || short.Cmp(big.NewInt(int64(f.Tokens()))) >= 0 {
			t.Fatalf("earned %s of %s", earned, indextest.Emission())
		}
		if r.Leaderboard[0].Station != low(f.Stations[0].Device.Address) {
			t.Fatalf("leader %+v; want station 0 (best scores)", r.Leaderboard[0])
		}
		// Claims match the chain's transfers of the network token to the operator.
		bal, err := f.Suite.TokenBalance(ctx, f.Operator.Address)
		if err != nil {
			t.Fatal(err)
		}
		if r.Claimed != bal.String() || r.Leaderboard[0].Claimed != bal.String() {
			t.Fatalf("claimed %s (leader %s); operator holds %s", r.Claimed, r.Leaderboard[0].Claimed, bal)
		}
		// The attribution of the claimed tokens equals what they were paid, to rounding.
		if d := new(big.Int).Sub(mustBig(r.Leaderboard[0].Earned), bal); d.CmpAbs(big.NewInt(2)) > 0 {
			t.Fatalf("station 0 earned %s, claimed %s", r.Leaderboard[0].Earned, bal)
		}
	})

	t.Run("CellsAndOptimization", func(t *testing.T) {
		cells, err := db.Cells(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(cells) != 5 {
			t.Fatalf("%d cells; want 5", len(cells))
		}
		shared := index.CellString(f.Stations[4].Region)
		for _, c := range cells {
			if len(c.Boundary) < 5 || c.Quality == nil {
				t.Errorf("cell %+v", c)
			}
			if c.Cell == shared && (c.Stations != 2 || c.Tokens != 4 || c.Records != 4*uint64(f.Records) || *c.Quality != (8000+8100+8200+2500)/4) {
				t.Errorf("shared cell %+v", c)
			}
		}
		o, err := db.Optimize(ctx, index.OptimizeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		weak := index.CellString(f.Stations[2].Region)
		if len(o.Cells) != 5 || o.Cells[0].Cell.Cell != weak || !o.Cells[0].IsGap {
			t.Fatalf("gap ranking %+v; want %s first", o.Cells, weak)
		}
		for _, c := range o.Cells[1:] {
			if c.IsGap {
				t.Errorf("cell %s quality %d marked a gap", c.Cell.Cell, *c.Quality)
			}
		}
		// The threshold applied is the network's record-weighted mean less the margin.
		var weighted, records float64
		for _, c := range cells {
			weighted += float64(c.Records) * float64(*c.Quality)
			records += float64(c.Records)
		}
		if mean := weighted / records; math.Abs(o.Options.NetQuality-mean) > 1e-6 || math.Abs(o.Options.GapBelow-(mean-1000)) > 1e-6 {
			t.Fatalf("options %+v; want net quality %.1f and gaps below %.1f", o.Options, mean, mean-1000)
		}
		// An absolute threshold above every cell makes every cell a gap; one below none, none.
		for _, tc := range []struct {
			q    uint16
			gaps int
		}{{10000, 5}, {1, 0}} {
			abs, err := db.Optimize(ctx, index.OptimizeOptions{GapQuality: tc.q})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, c := range abs.Cells {
				if c.IsGap {
					n++
				}
			}
			if n != tc.gaps {
				t.Errorf("gapQuality %d: %d gaps; want %d", tc.q, n, tc.gaps)
			}
		}
		if len(o.Suggestions) == 0 {
			t.Fatal("no suggestions next to the gap")
		}
		for _, s := range o.Suggestions {
			for _, c := range cells {
				if s.Cell == c.Cell {
					t.Errorf("suggested %s already has data", s.Cell)
				}
			}
			if len(s.Near) != 1 || s.Near[0] != weak {
				t.Errorf("suggestion %+v", s)
			}
		}
		if len(o.Falling) != 1 || o.Falling[0].Station != low(f.Stations[5].Device.Address) || o.Falling[0].Drop != 8200-2500 {
			t.Fatalf("falling %+v", o.Falling)
		}
	})

	t.Run("Stations", func(t *testing.T) {
		ss, err := db.Stations(ctx, f.Suite.Token.Hex())
		if err != nil {
			t.Fatal(err)
		}
		if len(ss) != len(f.Stations) {
			t.Fatalf("%d stations", len(ss))
		}
		s, err := db.Station(ctx, f.Stations[2].Device.Address.Hex(), f.Suite.Token.Hex())
		if err != nil {
			t.Fatal(err)
		}
		if s.Tokens != 2 || s.Rejected != 2 || s.Operator != low(f.Operator.Address) || s.Cell != index.CellString(f.Stations[2].Cell) || *s.Quality != 3100 {
			t.Fatalf("station 2 %+v", s)
		}
	})
}

func mustBig(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

// anchorOne anchors one contribution of device through relayer and returns its token id.
func anchorOne(n *evmtest.Net, relayer, device *evm.Account, score uint16) (uint64, [32]byte) {
	n.T.Helper()
	c := n.Contribution(device, 10, score)
	return n.Anchor(relayer, []*evm.Account{device}, []datpin.Contribution{c}), c.MerkleRoot
}

func TestIndexer_ResumesAfterRestart(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	ctx := context.Background()
	op, dev := evmtest.Account("operator", 0), evmtest.Account("device", 0)
	n.Onboard(op, dev, 0x8828308281fffff)
	anchorOne(n, op, dev, 5000)
	dir := t.TempDir()

	db := openDB(t, dir)
	ix := newIndexer(t, db, n.Suite, 0)
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	first := ix.Stats().Indexed
	db.Close()

	// Two more tokens while the indexer is down.
	anchorOne(n, op, dev, 6000)
	anchorOne(n, op, dev, 7000)
	db = openDB(t, dir)
	ix = newIndexer(t, db, n.Suite, 0)
	if got := ix.Stats().Indexed; got != first {
		t.Fatalf("reopened at block %d; want %d", got, first)
	}
	more, err := ix.Step(ctx)
	if err != nil || more {
		t.Fatalf("step: more %v err %v", more, err)
	}
	st := ix.Stats()
	head, _ := n.Chain.Client.BlockNumber(ctx)
	if st.Indexed != head || st.Ranges != 1 || st.Logs == 0 {
		t.Fatalf("after restart: %+v; want one range up to %d", st, head)
	}
	p, err := db.Tokens(ctx, index.TokenFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 3 || *p.Items[2].Tentative != 7000 {
		t.Fatalf("tokens after resume %+v", p.Items)
	}

	// A database bound to another deployment is refused.
	other := n.DeployAgain()
	if _, err := index.New(ctx, db, other.Suite, index.Config{}); datpin.ErrorCode(err) != datpin.ECONFLICT {
		t.Fatalf("other deployment: %v", err)
	}
}

func TestIndexer_WaitsForConfirmations(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	ctx := context.Background()
	op, dev := evmtest.Account("operator", 0), evmtest.Account("device", 0)
	n.Onboard(op, dev, 0x8828308281fffff)
	const conf = 4
	db := openDB(t, t.TempDir())
	ix := newIndexer(t, db, n.Suite, conf)
	for range conf { // the deployment's own blocks get their confirmations
		_, err := n.Chain.Mine()
		n.Must(err)
	}
	id, _ := anchorOne(n, op, dev, 5000)
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	head, _ := n.Chain.Client.BlockNumber(ctx)
	if st := ix.Stats(); st.Indexed != head-conf {
		t.Fatalf("indexed %d; want head %d - %d", st.Indexed, head, conf)
	}
	if _, err := db.Token(ctx, id); datpin.ErrorCode(err) != datpin.ENOTFOUND {
		t.Fatalf("token of an unconfirmed block indexed: %v", err)
	}
	for i := 0; i < conf-1; i++ {
		if _, err := n.Chain.Mine(); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Token(ctx, id); datpin.ErrorCode(err) != datpin.ENOTFOUND {
		t.Fatalf("token indexed with %d confirmations: %v", conf-1, err)
	}
	if _, err := n.Chain.Mine(); err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Token(ctx, id); err != nil {
		t.Fatalf("token with %d confirmations: %v", conf, err)
	}
}

func TestIndexer_Reorg(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	ctx := context.Background()
	op, dev := evmtest.Account("operator", 0), evmtest.Account("device", 0)
	n.Onboard(op, dev, 0x8828308281fffff)
	anchorOne(n, op, dev, 5000)
	forkAt, _ := n.Chain.Client.BlockNumber(ctx)
	parent, err := n.Chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(forkAt))
	n.Must(err)

	// Old branch: token 2 with root A, then a few empty blocks.
	idA, rootA := anchorOne(n, evmtest.Account("relayer", 0), dev, 6000)
	for range 2 {
		_, err := n.Chain.Mine()
		n.Must(err)
	}
	db := openDB(t, t.TempDir())
	ix := newIndexer(t, db, n.Suite, 0)
	n.Must(ix.CatchUp(ctx))
	tokA, err := db.Token(ctx, idA)
	n.Must(err)
	if tokA.MerkleRoot != common.Hash(rootA).Hex() {
		t.Fatalf("old branch token %+v", tokA)
	}
	oldHead := ix.Stats().Indexed

	// New branch from forkAt, longer than the old one: token 2 now has root B from another relayer.
	n.Must(n.Chain.Fork(parent.Hash()))
	var rootB [32]byte
	_, _ = rand.Read(rootB[:])
	c := n.Contribution(dev, 10, 4000)
	c.MerkleRoot = rootB
	if _, _, err := n.Suite.Anchor(ctx, evmtest.Account("relayer", 1), []datpin.Contribution{c}, [][]byte{n.Sign(dev, &c)}); err != nil {
		t.Fatal(err)
	}
	for {
		h, _ := n.Chain.Client.BlockNumber(ctx)
		if h > oldHead+1 {
			break
		}
		_, err := n.Chain.Mine()
		n.Must(err)
	}

	n.Must(ix.CatchUp(ctx))
	st := ix.Stats()
	if st.Reorgs != 1 || st.Depth == 0 {
		t.Fatalf("stats %+v; want one reorg", st)
	}
	// The index now agrees with the new branch: every token's root is the chain's, and root A
	// (dropped with the old branch unless the node re-included it) is wherever the chain has it.
	p, err := db.Tokens(ctx, index.TokenFilter{})
	n.Must(err)
	count, err := n.Suite.TokenCount(ctx)
	n.Must(err)
	if uint64(p.Total) != count {
		t.Fatalf("index has %d tokens, chain %d", p.Total, count)
	}
	sawB := false
	for _, tok := range p.Items {
		chain, err := n.Suite.TokenState(ctx, tok.ID)
		n.Must(err)
		if tok.MerkleRoot != common.Hash(chain.Contrib.MerkleRoot).Hex() {
			t.Errorf("token %d: index root %s, chain %x", tok.ID, tok.MerkleRoot, chain.Contrib.MerkleRoot)
		}
		h, err := n.Chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(tok.Block))
		n.Must(err)
		if h.Hash().Hex() != blockHash(t, db, tok.Block) {
			t.Errorf("token %d indexed from block %d of another branch", tok.ID, tok.Block)
		}
		sawB = sawB || tok.MerkleRoot == common.Hash(rootB).Hex()
	}
	if !sawB {
		t.Fatal("the new branch's token is not indexed")
	}
}

// blockHash is the index's stored hash of block n.
func blockHash(t *testing.T, db *index.DB, n uint64) string {
	t.Helper()
	h, err := db.BlockHash(context.Background(), n)
	if err != nil {
		t.Fatal(err)
	}
	return h
}
