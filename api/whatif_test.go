package api_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/datpin/datpin/index"
)

// The what-if endpoints answer a measured region and a station's move priced at the chain's base
// fee, and refuse a bad cell (400) and an unknown station (404).
func TestServer_WhatIf(t *testing.T) {
	srv, f, _ := newServer(t)
	u := srv.URL + "/api/v1/whatif/"
	region := index.CellString(f.Stations[4].Region)
	var s index.SiteWhatIf
	getJSON(t, u+"site?cell="+region+"&records=500", 200, &s)
	if s.Score.Source != index.ScoreMeasured || s.Reward == nil || s.Reward.Records != 500 ||
		s.Reward.Asset != strings.ToLower(f.Suite.Token.Hex()) || s.Reward.Expected == "0" || len(s.Assumptions) == 0 {
		t.Fatalf("site %+v", s)
	}
	st := strings.ToLower(f.Stations[0].Device.Address.Hex())
	var m index.MoveWhatIf
	getJSON(t, u+"move?station="+st+"&cell="+index.CellString(f.Stations[1].Cell), 200, &m)
	fee, ok := new(big.Int).SetString(m.BaseFee, 10)
	cost, ok2 := new(big.Int).SetString(m.Cost, 10)
	if !ok || !ok2 || cost.Cmp(new(big.Int).Mul(fee, big.NewInt(index.MoveGas))) != 0 || m.Station != st || m.History.Finalized != 2 || m.Site == nil {
		t.Fatalf("move %+v", m)
	}
	for q, want := range map[string]int{
		"site?cell=zz":                       400,
		"site":                               400,
		"site?cell=" + region + "&records=0": 400,
		"site?cell=" + region + "&epochs=x":  400,
		"move?station=" + st + "&cell=zz":    400,
		"move?station=nope&cell=" + region:   400,
		"move?station=0x00000000000000000000000000000000000000ab&cell=" + region: 404,
	} {
		if code, b := do(t, "GET", u+q, ""); code != want {
			t.Errorf("GET %s: %d %s; want %d", q, code, b, want)
		}
	}
}
