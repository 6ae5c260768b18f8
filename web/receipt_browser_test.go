package web_test

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/datpin/datpin/api"
	"github.com/datpin/datpin/eval"
	"github.com/datpin/datpin/explain"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/sim"
	"github.com/datpin/datpin/validator"
)

// TestDashboard_Receipt_InChromium serves a small evaluated network (packages in a store, three
// validators, a replayed day among the contributions) with receipts recomputed from the packages,
// and checks in headless chromium that a DAT's detail shows its receipt: the rules' version
// matching, the median step by step, the quality rule by rule, the recomputed score matching the
// chain, and for a rejected DAT its reason code.
func TestDashboard_Receipt_InChromium(t *testing.T) {
	bin := chromium(t)
	ctx := context.Background()
	sc, err := eval.Start(ctx, eval.Setup{Label: "receipt", Dir: t.TempDir(), Log: slog.New(slog.DiscardHandler),
		Behaviours: []eval.Behaviour{eval.Honest, eval.Honest, eval.Honest}})
	if err != nil {
		t.Fatal(err)
	}
	defer sc.Close()
	last, err := sc.LastEpoch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	simu := eval.StartSimulation(sim.Config{Seed: 9, Stations: 10, Devices: 40, Days: 2, StartEpoch: last - 1,
		Adversaries: map[sim.Kind]int{sim.Replay: 1}}, 0)
	if _, err := sc.Anchor(ctx, simu); err != nil {
		t.Fatal(err)
	}
	vd, err := sc.Evaluate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var finalized, rejected uint64
	for _, tk := range vd.Tokens {
		switch oc := vd.Outcomes[tk.ID]; {
		case oc.Finalized && finalized == 0:
			finalized = tk.ID
		case !oc.Finalized && vd.Reasons[tk.ID] == validator.ReasonReplay:
			rejected = tk.ID
		}
	}
	if finalized == 0 || rejected == 0 {
		t.Fatalf("setup: finalized %d, replay rejected %d among %v", finalized, rejected, vd.Reasons)
	}
	db, err := index.Open(filepath.Join(t.TempDir(), "index.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ix, err := index.New(ctx, db, sc.Suite, index.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	ex := explain.New(sc.Suite, explain.Options{Store: sc.Store, Identity: sc.Committee[0].Identity})
	srv := httptest.NewServer(api.NewServer(&api.Server{DB: db, Indexer: ix, Suite: sc.Suite, Explainer: ex}))
	defer srv.Close()

	dom := string(runChromium(t, bin, srv.URL+"/#dat="+itoa(finalized), "--dump-dom"))
	receipt := section(t, dom, "receipt")
	for _, want := range []string{`data-rules-match="true"`, `id="receipt-recomputed" data-available="true" data-matches="true"`, "matches the chain"} {
		if !strings.Contains(receipt, want) {
			t.Errorf("receipt of token %d lacks %q:\n%s", finalized, want, tail(receipt, 3000))
		}
	}
	if n := len(regexp.MustCompile(`<tr[^>]*data-score="\d+"`).FindAllString(section(t, dom, "receipt-median"), -1)); n != 3 {
		t.Errorf("the median table has %d rows; want one per validator (3)", n)
	}
	for _, rule := range []string{"noise_filter", "radio_tier", "speed_tier", "session_score", "batch_aggregation"} {
		if !strings.Contains(section(t, dom, "receipt-steps"), `data-rule="`+rule+`"`) {
			t.Errorf("the quality breakdown lacks %s", rule)
		}
	}

	dom = string(runChromium(t, bin, srv.URL+"/#dat="+itoa(rejected), "--dump-dom"))
	if r := section(t, dom, "receipt-reasons"); !strings.HasPrefix(r, `id="receipt-reasons">`) || !strings.Contains(r[:200], validator.ReasonReplay) {
		t.Errorf("the rejected token's receipt does not name %s:\n%s", validator.ReasonReplay, tail(section(t, dom, "receipt"), 3000))
	}
	if !strings.Contains(section(t, dom, "receipt"), `data-matches="true"`) {
		t.Errorf("the rejected token's recomputation does not match:\n%s", tail(section(t, dom, "receipt"), 3000))
	}
}
