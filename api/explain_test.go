package api_test

import (
	"testing"

	"github.com/datpin/datpin/explain"
)

// /dats/{id}/explain answers the token's receipt (the JSON of datpin explain --json): from the
// chain alone on a server without a store, with the median of the reveals and the dissenting
// validator's fault.
func TestServer_Explain(t *testing.T) {
	srv, f, _ := newServer(t)
	var r explain.Receipt
	getJSON(t, srv.URL+"/api/v1/dats/"+itoa(f.First)+"/explain", 200, &r)
	if r.Token != f.First || r.Status != "finalized" || !r.Decision.Decided || r.Median == nil || *r.Decision.Score != r.Median.Value ||
		len(r.Validators) != len(f.Validators) || !r.Rules.Match || r.Recomputed == nil || r.Recomputed.Available {
		t.Fatalf("receipt %+v", r)
	}
	for _, v := range r.Validators {
		if dissenter := v.Validator == f.Validators[f.Dissenter].Address.Hex(); v.Fault != dissenter {
			t.Errorf("validator %s: fault %v", v.Validator, v.Fault)
		}
	}
	if len(r.Earnings.Rewards) != 2 || r.Earnings.Rewards[0].Claimed == "0" {
		t.Errorf("the claimed token's earnings %+v", r.Earnings)
	}
	var e struct{ Error struct{ Code string } }
	getJSON(t, srv.URL+"/api/v1/dats/99999/explain", 404, &e)
	getJSON(t, srv.URL+"/api/v1/dats/x/explain", 400, &e)
	if e.Error.Code != "invalid" {
		t.Fatalf("malformed id: %+v", e)
	}
}
