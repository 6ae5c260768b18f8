package api_test

import (
	"net/http/httptest"
	"reflect"
	"strconv"
	"testing"

	"github.com/datpin/datpin/api"
	"github.com/datpin/datpin/freedata"
)

// The simulation endpoint answers what `datpin plan simulate` computes for the same inputs (the
// defaults, or the request's subscribers, years and seed), the same again when asked twice, and
// refuses inputs out of bounds.
func TestServer_FreeDataSimulation(t *testing.T) {
	srv := httptest.NewServer(api.NewServer(&api.Server{}))
	defer srv.Close()
	u := srv.URL + "/api/v1/freedata/simulation"

	want, err := freedata.Simulate(freedata.DefaultSim())
	if err != nil {
		t.Fatal(err)
	}
	var got freedata.SimResult
	getJSON(t, u, 200, &got)
	if !reflect.DeepEqual(&got, want) {
		t.Fatalf("defaults: got %+v, want %+v", got.Config, want.Config)
	}
	if len(got.Months) != 60 || got.DepositForMedian <= 0 || got.MinCovered <= 0 {
		t.Fatalf("defaults: %d months, deposit %v, min covered %v", len(got.Months), got.DepositForMedian, got.MinCovered)
	}

	cfg := freedata.DefaultSim()
	cfg.Subscribers, cfg.Years, cfg.Seed = 300, 3, 7
	want, _ = freedata.Simulate(cfg)
	q := "?subscribers=300&years=3&seed=7"
	for range 2 {
		var r freedata.SimResult
		getJSON(t, u+q, 200, &r)
		if !reflect.DeepEqual(&r, want) {
			t.Fatalf("%s: config %+v, %d months; want %+v", q, r.Config, len(r.Months), want.Config)
		}
	}
	var other freedata.SimResult
	getJSON(t, u+"?subscribers=300&years=3&seed=8", 200, &other)
	if other.Config.Seed != 8 || other.Deposits == want.Deposits {
		t.Fatalf("seed 8 answered seed %d with the same deposits %v", other.Config.Seed, other.Deposits)
	}

	for _, q := range []string{"subscribers=0", "subscribers=" + strconv.Itoa(api.MaxSimSubscribers+1), "subscribers=x",
		"years=0", "years=" + strconv.Itoa(api.MaxSimYears+1), "seed=-1", "seed=y"} {
		if code, b := do(t, "GET", u+"?"+q, ""); code != 400 {
			t.Errorf("GET ?%s: %d %s; want 400", q, code, b)
		}
	}
}
