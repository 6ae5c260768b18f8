package eval_test

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/datpin/datpin/eval"
	"github.com/datpin/datpin/sim"
)

func TestSpearman(t *testing.T) {
	if r := eval.Spearman([]float64{1, 2, 3, 4}, []float64{10, 20, 30, 40}); r != 1 {
		t.Fatalf("monotone: %v", r)
	}
	if r := eval.Spearman([]float64{1, 2, 3, 4}, []float64{4, 3, 2, 1}); r != -1 {
		t.Fatalf("reversed: %v", r)
	}
	// Ties take their mean rank: ranks (1.5,1.5,3) against (1,2,3).
	if r := eval.Spearman([]float64{5, 5, 9}, []float64{1, 2, 3}); math.Abs(r-math.Sqrt(3)/2) > 1e-12 {
		t.Fatalf("ties: %v", r)
	}
	if r := eval.Spearman([]float64{1}, []float64{1}); !math.IsNaN(r) {
		t.Fatalf("one pair: %v", r)
	}
}

// TestRun_Small runs a small scenario end to end on the embedded chain and holds it to the goals:
// precision and recall of at least 0.95 for every adversary type, no honest token penalized, and
// a rank correlation between agreed value and true quality over honest stations.
func TestRun_Small(t *testing.T) {
	o := eval.Options{Seed: 7, Stations: 30, Devices: 150, Sensors: 14, Days: 2, Validators: 5, Lazy: 1, AlwaysHigh: 1}
	res, err := eval.Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", res.Table())
	if len(res.Tokens) != 2*(30+14) || res.Rounds != 2 {
		t.Fatalf("%d contributions in %d rounds, want one per station or sensor and day, a round a day", len(res.Tokens), res.Rounds)
	}
	for _, k := range append(append([]sim.Kind{}, eval.StationKinds...), eval.SensorKinds...) {
		kr := res.Adversaries[string(k)]
		if kr == nil || kr.Instances == 0 {
			t.Fatalf("%s: no instances", k)
		}
		if kr.Precision < 0.95 || kr.Recall < 0.95 {
			t.Errorf("%s: precision %.3f recall %.3f (%+v)", k, kr.Precision, kr.Recall, *kr)
		}
	}
	if res.HonestFlagged != 0 {
		t.Errorf("%d honest tokens penalized", res.HonestFlagged)
	}
	// With 22 honest stations the sample is small; the default scenario is held to 0.9 in
	// BENCHMARKS.md.
	if !(res.Spearman >= 0.8) {
		t.Errorf("Spearman %.3f over %d honest stations", res.Spearman, res.HonestStations)
	}
	// The committee: honest validators agree with the median; always-high ones are outliers.
	for _, v := range res.Validators {
		// Every member ran the validator daemon: its own state holds each round revealed.
		if v.RoundsRevealed != res.Rounds {
			t.Errorf("validator %s (%s): its daemon revealed %d rounds of %d", v.Address, v.Behaviour, v.RoundsRevealed, res.Rounds)
		}
		switch v.Behaviour {
		case eval.Honest:
			if v.Faults != 0 {
				t.Errorf("honest validator %s: %d faults", v.Address, v.Faults)
			}
		case eval.AlwaysHigh:
			if v.Faults == 0 {
				t.Errorf("always-high validator %s never an outlier", v.Address)
			}
		}
	}
	// A sensor fault the edge already cut counts as detected: some faulty sensor day is penalized
	// with its agreed score equal to the edge's (the old rule, edge claim as reference, missed it).
	edgeCut := 0
	for _, tk := range res.Tokens {
		if tk.Sensor && len(tk.Instance) > 0 && tk.Penalized && tk.AgreedScore == tk.EdgeScore {
			edgeCut++
		}
		if tk.Sensor && len(tk.Instance) == 0 && (tk.Penalized || strings.HasPrefix(tk.Validator, "sensor-")) {
			t.Errorf("honest sensor day %d (%s): penalized %v, validators' reason %q", tk.TokenID, tk.ID, tk.Penalized, tk.Validator)
		}
	}
	if edgeCut == 0 {
		t.Errorf("no faulty sensor day penalized at the edge's own score: the sensor metric ignores the edge's cut")
	}
	for _, tk := range res.Tokens {
		if len(tk.Instance) == 0 && tk.Validator == "" && tk.AgreedScore != tk.EdgeScore {
			t.Errorf("honest token %d (%s): agreed %d, edge %d", tk.TokenID, tk.ID, tk.AgreedScore, tk.EdgeScore)
		}
	}
}

func TestOptionsRules(t *testing.T) {
	for _, o := range []eval.Options{
		{Validators: 3, Lazy: 2, AlwaysHigh: 1}, // no honest validator left
		{Validators: 40},
		{Validators: 5, Colluding: -1},
	} {
		if _, err := eval.Run(context.Background(), o); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
}
