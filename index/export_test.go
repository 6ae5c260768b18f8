package index_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"math/big"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
	"github.com/datpin/datpin/privacy"
)

// TestExport: an operator's, a station's and a region's contributions come with the chain's
// scores, each validator's reveal and its transaction, the revenue attributed and claimed with
// the claims' transactions and the sale revenue claimed; CSV and Parquet read back the same.
func TestExport(t *testing.T) {
	f := indextest.Build(t)
	m := indextest.AddMarket(t, f)
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	ix := newIndexer(t, db, f.Suite, 0)
	f.Must(ix.CatchUp(ctx))
	asset := low(f.Suite.Token)

	rows, err := db.Export(ctx, index.ExportFilter{Operator: f.Operator.Address.Hex(), Asset: asset})
	f.Must(err)
	if len(rows) != f.Tokens() {
		t.Fatalf("%d rows for the operator; want %d", len(rows), f.Tokens())
	}
	earned, claimed := new(big.Int), map[uint64]bool{}
	for _, id := range f.Claimed {
		claimed[id] = true
	}
	sold := 0
	for _, r := range rows {
		status, score := f.Expected(r.TokenID)
		if r.Status != status || r.Score == nil || *r.Score != score || r.Operator != low(f.Operator.Address) || r.Owner != r.Operator {
			t.Errorf("row %+v; want %s %d", r, status, score)
		}
		if r.Reveals != 3 || strings.Count(r.RevealScores, "=") != 3 || strings.Count(r.RevealTxs, "0x") != 3 ||
			r.VerdictTx == "" || r.VerdictBlock == nil || r.AnchorTx == "" || r.Records != f.Records {
			t.Errorf("receipts of %d: %+v", r.TokenID, r)
		}
		e, _ := new(big.Int).SetString(r.Earned, 10)
		earned.Add(earned, e)
		if (status == "rejected") != (r.Earned == "0") {
			t.Errorf("token %d (%s) earned %s", r.TokenID, status, r.Earned)
		}
		if claimed[r.TokenID] != (r.ClaimTxs != "") || claimed[r.TokenID] != (r.Claimed != "0") {
			t.Errorf("token %d: claimed %s by %q", r.TokenID, r.Claimed, r.ClaimTxs)
		}
		if r.SaleRevenue != "" {
			sold++
			if !strings.HasPrefix(r.SaleRevenue, "0x0000000000000000000000000000000000000000=") || r.SaleClaimTxs == "" {
				t.Errorf("sale revenue of %d: %q by %q", r.TokenID, r.SaleRevenue, r.SaleClaimTxs)
			}
		}
	}
	// Attribution keeps division dust in the contract: a few base units at most.
	if diff := new(big.Int).Sub(indextest.Emission(), earned); diff.Sign() < 0 || diff.Cmp(big.NewInt(100)) > 0 {
		t.Errorf("earned %s of an emission of %s", earned, indextest.Emission())
	}
	if sold != m.Claims {
		t.Errorf("%d tokens with sale revenue; %d claims", sold, m.Claims)
	}
	// The dissenting validator's reveal on the first token is in its receipts.
	if !strings.Contains(rows[0].RevealScores, low(f.Validators[f.Dissenter].Address)+"=6000") {
		t.Errorf("reveals of the first token %q", rows[0].RevealScores)
	}

	// A station, a region (the last two stations share one), a coarser region, an epoch.
	count := func(fl index.ExportFilter) int {
		t.Helper()
		rs, err := db.Export(ctx, fl)
		f.Must(err)
		return len(rs)
	}
	region := f.Stations[4].Region
	ep := f.Epochs[1]
	coarse := 0
	for _, st := range f.Stations {
		if privacy.Parent(st.Region, 5) == privacy.Parent(region, 5) {
			coarse += 2
		}
	}
	if coarse <= 4 {
		t.Fatalf("the coarser region holds %d tokens: no wider than the region", coarse)
	}
	for name, c := range map[string]struct {
		f    index.ExportFilter
		want int
	}{
		"station":        {index.ExportFilter{Station: low(f.Stations[5].Device.Address)}, 2},
		"region":         {index.ExportFilter{Cell: region}, 4},
		"coarser region": {index.ExportFilter{Cell: privacy.Parent(region, 5)}, coarse},
		"finer cell":     {index.ExportFilter{Cell: f.Stations[4].Cell}, 0},
		"epoch":          {index.ExportFilter{Operator: low(f.Operator.Address), FromEpoch: ep, ToEpoch: ep}, len(f.Stations)},
		"from an epoch":  {index.ExportFilter{Station: low(f.Stations[0].Device.Address), FromEpoch: ep}, 1},
		"other operator": {index.ExportFilter{Operator: low(f.Validators[0].Address)}, 0},
	} {
		if got := count(c.f); got != c.want {
			t.Errorf("%s: %d rows; want %d", name, got, c.want)
		}
	}
	for _, bad := range []index.ExportFilter{{}, {Station: "0x01", FromEpoch: 9, ToEpoch: 8}} {
		if _, err := db.Export(ctx, bad); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Errorf("%+v: %v", bad, err)
		}
	}

	// Both formats read back.
	var pq, cv bytes.Buffer
	f.Must(index.WriteExport(&pq, rows, index.FormatParquet))
	f.Must(index.WriteExport(&cv, rows, index.FormatCSV))
	back, err := parquet.Read[index.ExportRow](bytes.NewReader(pq.Bytes()), int64(pq.Len()))
	f.Must(err)
	if len(back) != len(rows) {
		t.Fatalf("parquet: %d rows of %d", len(back), len(rows))
	}
	for i := range rows {
		a, b := rows[i], back[i]
		if a.TokenID != b.TokenID || a.Earned != b.Earned || a.RevealScores != b.RevealScores || *a.Score != *b.Score || a.ClaimTxs != b.ClaimTxs ||
			*a.VerdictBlock != *b.VerdictBlock || (a.TentativeScore == nil) != (b.TentativeScore == nil) {
			t.Fatalf("parquet row %d: %+v; wrote %+v", i, b, a)
		}
	}
	recs, err := csv.NewReader(&cv).ReadAll()
	f.Must(err)
	if len(recs) != len(rows)+1 || recs[0][0] != "token_id" || len(recs[1]) != len(recs[0]) {
		t.Fatalf("csv: %d lines, header %v", len(recs), recs[0])
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for i, r := range rows {
		line := recs[i+1]
		if line[col["token_id"]] != itoa(r.TokenID) || line[col["earned"]] != r.Earned || line[col["reveal_txs"]] != r.RevealTxs ||
			line[col["status"]] != r.Status {
			t.Fatalf("csv line %d: %v; row %+v", i+1, line, r)
		}
	}
	if err := index.WriteExport(&cv, rows, "xlsx"); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("unknown format: %v", err)
	}
}

func itoa(v uint64) string { return new(big.Int).SetUint64(v).String() }
