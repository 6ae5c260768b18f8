package api_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datpin/datpin/api"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
)

const adminToken = "test-admin-token-0123456789"

// newServer builds the fixture network, indexes it and serves the API on a loopback test server.
func newServer(t *testing.T) (*httptest.Server, *indextest.Fixture, *index.Indexer) {
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
	srv := httptest.NewServer(api.NewServer(&api.Server{DB: db, Indexer: ix, Suite: f.Suite, AdminToken: adminToken}))
	t.Cleanup(srv.Close)
	return srv, f, ix
}

func do(t *testing.T, method, url, token string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func getJSON(t *testing.T, url string, status int, v any) {
	t.Helper()
	code, b := do(t, "GET", url, "")
	if code != status {
		t.Fatalf("GET %s: %d %s; want %d", url, code, b, status)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("GET %s: %v in %s", url, err, b)
	}
}

func TestServer(t *testing.T) {
	srv, f, ix := newServer(t)
	u := srv.URL + "/api/v1/"
	station := strings.ToLower(f.Stations[5].Device.Address.Hex())

	t.Run("Status", func(t *testing.T) {
		var st api.StatusResponse
		getJSON(t, u+"status", 200, &st)
		if st.Counts.Tokens != f.Tokens() || st.Counts.Stations != len(f.Stations) || st.Counts.Validators != 3 || st.Index.Lag != 0 || st.Params.Quorum != 3 {
			t.Fatalf("status %+v", st)
		}
	})
	t.Run("DATs", func(t *testing.T) {
		var p index.Page[index.Token]
		getJSON(t, u+"dats?status=finalized&limit=3&offset=1", 200, &p)
		if p.Total != f.Tokens()-3 || len(p.Items) != 3 || p.Offset != 1 {
			t.Fatalf("finalized page total %d items %d", p.Total, len(p.Items))
		}
		for _, tok := range p.Items {
			if tok.Status != "finalized" {
				t.Errorf("filtered token %+v", tok)
			}
		}
		getJSON(t, u+"dats?station="+station+"&cell="+index.CellString(f.Stations[5].Region), 200, &p)
		if p.Total != 2 {
			t.Fatalf("station and cell filter: %d", p.Total)
		}
		var d index.TokenDetail
		getJSON(t, u+"dats/"+itoa(f.First), 200, &d)
		if len(d.Evaluations) != 3 || d.Status != "finalized" || len(d.Claims) != 1 {
			t.Fatalf("detail %+v", d)
		}
	})
	t.Run("Errors", func(t *testing.T) {
		for _, c := range []struct {
			path, code string
			status     int
		}{
			{"dats/99999", "not_found", 404},
			{"dats/abc", "invalid", 400},
			{"dats?status=lost", "invalid", 400},
			{"dats?limit=100000", "invalid", 400},
			{"dats?limit=-1", "invalid", 400},
			{"dats?offset=-1", "invalid", 400},
			{"claims?limit=-1", "invalid", 400},
			{"dats?station=0x12", "invalid", 400},
			{"dats?cell=zz", "invalid", 400},
			{"stations/0x0000000000000000000000000000000000000001", "not_found", 404},
			{"optimization?gapQuality=20000", "invalid", 400},
			{"nothing-here", "not_found", 404},
		} {
			var e api.ErrorBody
			getJSON(t, u+c.path, c.status, &e)
			if e.Error.Code != c.code || e.Error.Message == "" {
				t.Errorf("%s: %+v; want %s", c.path, e, c.code)
			}
		}
	})
	t.Run("Station", func(t *testing.T) {
		var s api.StationResponse
		getJSON(t, u+"stations/"+station, 200, &s)
		if s.Address != station || len(s.Epochs) != 2 || len(s.DATs) != 2 || *s.Epochs[1].Quality != 2500 {
			t.Fatalf("station %+v", s)
		}
	})
	t.Run("Lists", func(t *testing.T) {
		var cells struct{ Items []index.Cell }
		getJSON(t, u+"cells", 200, &cells)
		if len(cells.Items) != 5 || len(cells.Items[0].Boundary) < 5 {
			t.Fatalf("cells %+v", cells)
		}
		var o index.Optimization
		getJSON(t, u+"optimization", 200, &o)
		if len(o.Falling) != 1 || o.Falling[0].Station != station || len(o.Suggestions) == 0 {
			t.Fatalf("optimization %+v", o)
		}
		var rw index.Rewards
		getJSON(t, u+"rewards?limit=2", 200, &rw)
		if len(rw.Leaderboard) != 2 || rw.Settled != indextest.Emission().String() {
			t.Fatalf("rewards %+v", rw)
		}
		var cl index.Page[index.Claim]
		getJSON(t, u+"claims?to="+f.Operator.Address.Hex(), 200, &cl)
		if cl.Total != len(f.Claimed) {
			t.Fatalf("claims %+v", cl)
		}
		var vs struct{ Items []index.Validator }
		getJSON(t, u+"validators", 200, &vs)
		if len(vs.Items) != 3 || vs.Items[f.Dissenter].Faults != 1 {
			t.Fatalf("validators %+v", vs)
		}
		var ep struct {
			Items       []index.EpochStats
			Settlements []index.Settlement
		}
		getJSON(t, u+"epochs", 200, &ep)
		if len(ep.Items) != 2 || ep.Items[0].Epoch != f.Epochs[0] || len(ep.Settlements) != 1 {
			t.Fatalf("epochs %+v", ep)
		}
	})
	t.Run("Admin", func(t *testing.T) {
		for _, tok := range []string{"", "wrong-token-wrong-token", adminToken + "x"} {
			code, b := do(t, "POST", u+"admin/pause", tok)
			if code != 401 || !strings.Contains(string(b), `"unauthorized"`) {
				t.Fatalf("pause with %q: %d %s", tok, code, b)
			}
		}
		if ix.Stats().Paused {
			t.Fatal("paused without the token")
		}
		if code, b := do(t, "POST", u+"admin/pause", adminToken); code != 200 || !ix.Stats().Paused {
			t.Fatalf("pause: %d %s", code, b)
		}
		if code, _ := do(t, "POST", u+"admin/resume", adminToken); code != 200 || ix.Stats().Paused {
			t.Fatalf("resume: %d", code)
		}
		if code, _ := do(t, "GET", u+"admin/reindex", adminToken); code != 405 {
			t.Fatalf("GET reindex: %d", code)
		}
		if code, b := do(t, "POST", u+"admin/reindex", adminToken); code != 202 {
			t.Fatalf("reindex: %d %s", code, b)
		}
		var st api.StatusResponse
		getJSON(t, u+"status", 200, &st)
		if st.Counts.Tokens != 0 {
			t.Fatalf("after reindex the index still has %d tokens", st.Counts.Tokens)
		}
		if err := ix.CatchUp(context.Background()); err != nil {
			t.Fatal(err)
		}
		getJSON(t, u+"status", 200, &st)
		if st.Counts.Tokens != f.Tokens() {
			t.Fatalf("rebuilt index has %d tokens", st.Counts.Tokens)
		}
	})
	t.Run("Metrics", func(t *testing.T) {
		code, b := do(t, "GET", srv.URL+"/metrics", "")
		m := string(b)
		for _, want := range []string{
			"datpin_index_block ", "datpin_index_lag_blocks 0", "datpin_index_reorgs_total 0",
			`datpin_api_requests_total{code="200",route="/api/v1/status"}`,
			`datpin_api_requests_total{code="404",route="/api/v1/dats/{id}"} 1`,
			`datpin_api_request_seconds_count{route="/api/v1/dats"}`,
		} {
			if code != 200 || !strings.Contains(m, want) {
				t.Errorf("metrics lack %q", want)
			}
		}
		if strings.Contains(m, adminToken) {
			t.Fatal("metrics show the admin token")
		}
	})
	t.Run("Dashboard", func(t *testing.T) {
		for _, p := range []string{"/", "/app.js", "/style.css"} {
			code, b := do(t, "GET", srv.URL+p, "")
			if code != 200 || len(b) == 0 {
				t.Errorf("GET %s: %d", p, code)
			}
		}
		_, b := do(t, "GET", srv.URL+"/", "")
		for _, ext := range []string{"http://", "https://", "//cdn"} {
			if strings.Contains(strings.ReplaceAll(string(b), "http://www.w3.org", ""), ext) {
				t.Errorf("the page refers to another host (%s)", ext)
			}
		}
	})
}

// TestOpenAPI_DocumentsEveryRoute checks the served document against the routes the server handles.
func TestOpenAPI_DocumentsEveryRoute(t *testing.T) {
	var doc struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(api.OpenAPI, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi %q", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
			if op["responses"] == nil {
				t.Errorf("%s %s has no responses", method, path)
			}
		}
	}
	for _, r := range api.Routes {
		if !documented[r.Method+" "+r.Path] {
			t.Errorf("route %s %s is not in openapi.json", r.Method, r.Path)
		}
		delete(documented, r.Method+" "+r.Path)
	}
	for op := range documented {
		t.Errorf("openapi.json documents %s, which the server does not route", op)
	}
	// Every route in Routes answers something other than the catch-all's "no endpoint".
	srv := httptest.NewServer(api.NewServer(&api.Server{Suite: nil}))
	defer srv.Close()
	for _, r := range api.Routes {
		path := strings.NewReplacer("{address}", "0x0000000000000000000000000000000000000001", "{id}", "1").Replace(r.Path)
		if r.Path == "/metrics" || r.Path == "/api/v1/openapi.json" || r.Method == "POST" {
			code, b := do(t, r.Method, srv.URL+path, "")
			if code == 404 || (r.Method == "POST" && code != 401) {
				t.Errorf("%s %s: %d %s", r.Method, r.Path, code, b)
			}
		}
	}
}

func itoa(v uint64) string { return strings.TrimSpace(strings.ReplaceAll(jsonNum(v), "\n", "")) }

func jsonNum(v uint64) string { b, _ := json.Marshal(v); return string(b) }
