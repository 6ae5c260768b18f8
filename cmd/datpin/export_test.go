package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
)

// indexedFixture builds the fixture network with a sale and writes its index to a file, as
// datpin serve --db would.
func indexedFixture(t *testing.T) (*indextest.Fixture, string) {
	t.Helper()
	f := indextest.Build(t)
	indextest.AddMarket(t, f)
	path := filepath.Join(t.TempDir(), "index.db")
	db, err := index.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ix, err := index.New(context.Background(), db, f.Suite, index.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	return f, path
}

// datpin export writes an operator's contributions as CSV and a region's as Parquet; both files
// read back with the rows it reported.
func TestCLI_Export(t *testing.T) {
	f, db := indexedFixture(t)
	dir := t.TempDir()
	op := strings.ToLower(f.Operator.Address.Hex())

	csvPath := filepath.Join(dir, "operator.csv")
	out, err := run(t, "export", "--db", db, "--operator", op, "--out", csvPath, "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var res ExportResult
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Rows != f.Tokens() || res.Format != "csv" ||
		res.Asset != strings.ToLower(f.Suite.Token.Hex()) || res.Records != uint64(f.Tokens())*uint64(f.Records) {
		t.Fatalf("export printed %s (%v)", out, err)
	}
	fh, err := os.Open(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(fh).ReadAll()
	fh.Close()
	if err != nil || len(recs) != f.Tokens()+1 || recs[0][1] != "station" {
		t.Fatalf("csv: %d lines, %v", len(recs), err)
	}
	for _, r := range recs[1:] {
		if r[2] != op || r[11] == "" || !strings.Contains(r[21], "=") {
			t.Fatalf("csv row %v", r)
		}
	}

	pq := filepath.Join(dir, "region.parquet")
	region := index.CellString(f.Stations[4].Cell) // a station's res-8 cell, coarsened to its region
	out, err = run(t, "export", "--db", db, "--cell", region, "--res", "7", "--from", strconv.FormatUint(uint64(f.Epochs[1]), 10), "--out", pq)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(out, "2 contributions") {
		t.Fatalf("export printed %q", out)
	}
	rows, err := parquet.ReadFile[index.ExportRow](pq)
	if err != nil || len(rows) != 2 {
		t.Fatalf("parquet: %d rows, %v", len(rows), err)
	}
	for _, r := range rows {
		if r.Epoch != f.Epochs[1] || r.Cell != index.CellString(f.Stations[4].Region) || r.Score == nil || r.Reveals != 3 {
			t.Fatalf("parquet row %+v", r)
		}
	}

	for _, args := range [][]string{
		{"export", "--db", db, "--out", csvPath},                                           // no selection
		{"export", "--db", db, "--operator", op, "--station", op, "--out", csvPath},        // two
		{"export", "--db", db, "--operator", "0x12", "--out", csvPath},                     // bad address
		{"export", "--db", db, "--operator", op, "--out", filepath.Join(dir, "x.xlsx")},    // format
		{"export", "--db", db, "--cell", region, "--res", "9", "--out", csvPath},           // finer res
		{"export", "--operator", op, "--out", csvPath},                                     // no index
		{"export", "--db", db, "--operator", op, "--from", "2026-13-01", "--out", csvPath}, // bad day
	} {
		if _, err := run(t, args...); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Errorf("%v: %v", args, err)
		}
	}
}
