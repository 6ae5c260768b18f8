package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/datpin/datpin/index"
)

// datpin whatif site and move read an index file: a measured region, a station moved 33 km
// away, and the inputs they refuse.
func TestCLI_WhatIf(t *testing.T) {
	f, db := indexedFixture(t)
	region := index.CellString(f.Stations[4].Region)
	out, err := run(t, "whatif", "site", "--db", db, "--cell", region, "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var s index.SiteWhatIf
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if s.Score.Source != index.ScoreMeasured || s.Reward == nil || s.Reward.Asset == "" || s.Reward.Expected == "0" || len(s.Assumptions) == 0 {
		t.Fatalf("whatif site printed %s", out)
	}
	out, err = run(t, "whatif", "site", "--db", db, "--cell", region, "--records", "1000")
	if err != nil || !strings.Contains(out, "score (measured)") || !strings.Contains(out, "station-day of 1000 records (given)") {
		t.Fatalf("whatif site: %v\n%s", err, out)
	}

	st := f.Stations[0].Device.Address.Hex()
	out, err = run(t, "whatif", "move", "--db", db, "--station", st, "--cell", "881f1d4a93fffff", "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var m index.MoveWhatIf
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if m.Station != strings.ToLower(st) || m.Gas != index.MoveGas || m.Cost != "" || !m.Checks.StationFar || m.Checks.LostDays == 0 || m.Site == nil {
		t.Fatalf("whatif move printed %s", out)
	}
	out, err = run(t, "whatif", "move", "--db", db, "--station", st, "--cell", "881f1d4a93fffff")
	if err != nil || !strings.Contains(out, "unknown without --rpc") || !strings.Contains(out, "days lost") {
		t.Fatalf("whatif move: %v\n%s", err, out)
	}

	for _, args := range [][]string{
		{"whatif", "site", "--db", db},
		{"whatif", "site", "--db", db, "--cell", "nothex"},
		{"whatif", "site", "--cell", region},
		{"whatif", "move", "--db", db, "--cell", region},
		{"whatif", "move", "--db", db, "--station", "0x00000000000000000000000000000000000000ab", "--cell", region},
	} {
		if out, err := run(t, args...); err == nil {
			t.Errorf("%v succeeded:\n%s", args, out)
		}
	}
}
