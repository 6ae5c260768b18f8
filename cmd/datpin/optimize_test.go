package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datpin/datpin/index"
)

// datpin optimize reads the optimization view of an index file: the fixture's five cells are
// too few to predict from, which both outputs say.
func TestCLI_Optimize(t *testing.T) {
	f, db := indexedFixture(t)
	out, err := run(t, "optimize", "--db", db, "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var o index.Optimization
	if err := json.Unmarshal([]byte(out), &o); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(o.Cells) != 5 || o.Prediction != nil || o.Predicted == nil || o.Sites == nil || len(o.Falling) != 1 ||
		o.Falling[0].Station != strings.ToLower(f.Stations[5].Device.Address.Hex()) {
		t.Fatalf("optimize printed %s", out)
	}
	out, err = run(t, "optimize", "--db", db)
	if err != nil || !strings.Contains(out, "coverage gap") || !strings.Contains(out, "no prediction") {
		t.Fatalf("optimize: %v\n%s", err, out)
	}
	if _, err := run(t, "optimize"); err == nil {
		t.Fatal("optimize without --db succeeded")
	}
}

// datpin eval --models --json reports the predictor's and the baseline's RMSE on held-out cells
// of a simulated network and of the real-trace fixture, and writes the prediction section.
func TestCLI_EvalModels(t *testing.T) {
	bench := filepath.Join(t.TempDir(), "BENCHMARKS.md")
	out, err := run(t, "eval", "--models", "--stations", "20", "--devices", "120", "--days", "1",
		"--real", filepath.Join("..", "..", "eval", "testdata", "real"), "--out", bench, "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	out = out[strings.Index(out, "{"):] // progress goes to stderr, which run merges
	var doc struct {
		Prediction struct {
			RMSE         *float64 `json:"rmse"`
			BaselineRMSE *float64 `json:"baselineRmse"`
			Targets      map[string]struct {
				Predicted int     `json:"predicted"`
				RMSE      float64 `json:"rmse"`
			} `json:"targets"`
			Real *struct {
				Source  string `json:"source"`
				Records int    `json:"records"`
			} `json:"real"`
		} `json:"prediction"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	p := doc.Prediction
	if p.RMSE == nil || p.BaselineRMSE == nil || *p.RMSE <= 0 || *p.BaselineRMSE <= 0 || p.Targets["quality"].RMSE != *p.RMSE {
		t.Fatalf("eval --models printed %s", out)
	}
	for _, k := range []string{"quality", "rsrp", "downlink"} {
		if p.Targets[k].Predicted < 16 {
			t.Errorf("%s: %d cells predicted", k, p.Targets[k].Predicted)
		}
	}
	if p.Real == nil || p.Real.Source != "`real`" || p.Real.Records == 0 {
		t.Fatalf("eval --models --real printed %s", out)
	}
	md, err := os.ReadFile(bench)
	if err != nil || !strings.Contains(string(md), "<!-- bench:prediction -->") || !strings.Contains(string(md), "| simulator | quality |") ||
		!strings.Contains(string(md), "| `real` |") {
		t.Fatalf("%v\n%s", err, md)
	}
}
