package api_test

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/api"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
	"github.com/datpin/datpin/privacy"
)

// TestServer_EveryRoute_MixedStatuses serves a network whose index holds finalized and rejected
// tokens, a station whose only token is still pending (the state in which aggregates over no
// verdict used to fail), a sale and a FreeData subscriber, and calls every documented route: each
// answers its success status with a body of its documented type, and the three tokens read back
// with their status.
func TestServer_EveryRoute_MixedStatuses(t *testing.T) {
	srv, f, ix := newServer(t)
	n := f.Net
	m := indextest.AddMarket(t, f)
	// A new station anchors one contribution that no validator evaluates.
	dev := evmtest.Account("device", 99)
	cell, err := privacy.Cell(518_900_000, -84_900_000, 8)
	n.Must(err)
	n.Onboard(f.Operator, dev, cell)
	c := datpin.Contribution{ClassID: n.Suite.ClassID, Device: dev.Address, Epoch: uint32(n.Now()/86400) - 1,
		H3Cell: privacy.Parent(cell, 7), RecordCount: 50, Score: 7000, Deadline: n.Now() + 3600}
	_, _ = rand.Read(c.MerkleRoot[:])
	_, _ = rand.Read(c.CIDDigest[:])
	pending := n.Anchor(f.Operator, []*evm.Account{dev}, []datpin.Contribution{c})
	if err := ix.CatchUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	var rejected uint64
	for id := f.First; id < f.First+uint64(f.Tokens()); id++ {
		if st, _ := f.Expected(id); st == "rejected" {
			rejected = id
			break
		}
	}
	if rejected == 0 {
		t.Fatal("the fixture has no rejected token")
	}
	station := strings.ToLower(dev.Address.Hex())
	for id, want := range map[uint64]string{f.First: "finalized", rejected: "rejected", pending: "pending"} {
		var d index.TokenDetail
		getJSON(t, srv.URL+"/api/v1/dats/"+strconv.FormatUint(id, 10), 200, &d)
		if d.Status != want {
			t.Errorf("token %d: status %q, want %q", id, d.Status, want)
		}
	}

	for _, r := range api.Routes {
		address, id := station, pending
		switch {
		case strings.HasPrefix(r.Path, "/api/v1/listings/"):
			id = m.Listing
		case strings.HasPrefix(r.Path, "/api/v1/purchases/"):
			id = m.Delivered
		case strings.HasPrefix(r.Path, "/api/v1/holders/"):
			address = strings.ToLower(f.Operator.Address.Hex())
		case strings.HasPrefix(r.Path, "/api/v1/plans/"):
			address = strings.ToLower(m.Subscriber.Address.Hex())
		}
		path := strings.NewReplacer("{address}", address, "{id}", strconv.FormatUint(id, 10)).Replace(r.Path)
		if strings.HasPrefix(r.Path, "/api/v1/whatif/") { // a measured region, the pending-only station
			path += "?cell=" + index.CellString(f.Stations[0].Region) + "&station=" + station
		}
		token, want := "", 200
		if strings.HasPrefix(r.Path, "/api/v1/admin/") {
			token = adminToken
			if strings.HasSuffix(r.Path, "/reindex") {
				continue // rebuilds the index: checked by TestServer/Admin
			}
		}
		if r.Path == "/api/v1/events/stream" { // stays open: read its first event
			checkStream(t, srv.URL+path)
			continue
		}
		code, body := do(t, r.Method, srv.URL+path, token)
		if code != want {
			t.Errorf("%s %s: %d %s", r.Method, path, code, body)
			continue
		}
		if r.Path == "/metrics" {
			if !strings.Contains(string(body), "datpin_index_block") {
				t.Errorf("metrics: %.200s", body)
			}
			continue
		}
		var v map[string]any
		if err := json.Unmarshal(body, &v); err != nil || len(v) == 0 {
			t.Errorf("%s %s: not a JSON object (%v): %.200s", r.Method, path, err, body)
		}
	}

	// The pending-only station is listed with its pending token and no quality yet.
	var s api.StationResponse
	getJSON(t, srv.URL+"/api/v1/stations/"+station, 200, &s)
	if s.Pending != 1 || s.Finalized != 0 || s.Rejected != 0 || s.Quality != nil || len(s.DATs) != 1 {
		t.Fatalf("pending-only station %+v", s.Station)
	}
}
