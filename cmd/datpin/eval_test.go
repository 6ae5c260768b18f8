package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCLI_EvalJSON runs a tiny scenario and checks the --json document's shape:
// {"adversaries": {"<type>": {"precision": …, "recall": …}, …}, "spearman": …}, and that --out
// writes the eval section.
func TestCLI_EvalJSON(t *testing.T) {
	bench := filepath.Join(t.TempDir(), "BENCHMARKS.md")
	out, err := run(t, "eval", "--stations", "16", "--devices", "60", "--sensors", "7", "--days", "1",
		"--validators", "3", "--lazy", "1", "--always-high", "0", "--seed", "4", "--out", bench, "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	// Progress goes to stderr, which run merges: the document starts at the first brace.
	doc := out[strings.Index(out, "{"):]
	var got struct {
		Adversaries map[string]map[string]*float64 `json:"adversaries"`
		Spearman    *float64                       `json:"spearman"`
	}
	if err := json.Unmarshal([]byte(doc), &got); err != nil {
		t.Fatalf("%v\n%s", err, doc)
	}
	kinds := []string{"location-spoof", "claim-inflation", "replay", "sybil", "stuck-sensor", "spiking-sensor", "out-of-range-sensor"}
	for _, k := range kinds {
		m := got.Adversaries[k]
		if m == nil || m["precision"] == nil || m["recall"] == nil {
			t.Fatalf("adversary %s: %v", k, m)
		}
		for _, f := range []string{"precision", "recall"} {
			if v := *m[f]; v < 0 || v > 1 {
				t.Errorf("%s %s = %v", k, f, v)
			}
		}
	}
	if len(got.Adversaries) != len(kinds) {
		t.Errorf("adversaries %v", got.Adversaries)
	}
	if got.Spearman == nil || *got.Spearman < -1 || *got.Spearman > 1 {
		t.Errorf("spearman %v", got.Spearman)
	}
	md, err := os.ReadFile(bench)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "<!-- bench:eval -->") || !strings.Contains(string(md), "| replay |") {
		t.Errorf("BENCHMARKS section:\n%s", md)
	}
}

// TestCLI_EvalReal runs --real on the eval package's synthetic fixtures and checks the --json
// document: every adversary type with its precision and recall, the honest contributions'
// figures adding up, and the "eval-real" section written by --out.
func TestCLI_EvalReal(t *testing.T) {
	bench := filepath.Join(t.TempDir(), "BENCHMARKS.md")
	out, err := run(t, "eval", "--real", filepath.Join("..", "..", "eval", "testdata", "real"), "--per-kind", "1", "--holdout", "0.375",
		"--validators", "3", "--lazy", "1", "--always-high", "0", "--seed", "2", "--out", bench, "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	doc := out[strings.Index(out, "{"):]
	var got struct {
		Adversaries map[string]map[string]*float64 `json:"adversaries"`
		Honest      map[string]*int                `json:"honest"`
		Radio       map[string]int                 `json:"honestRadio"`
		Sensor      map[string]int                 `json:"honestSensor"`
		Tokens      int                            `json:"contributions"`
	}
	if err := json.Unmarshal([]byte(doc), &got); err != nil {
		t.Fatalf("%v\n%s", err, doc)
	}
	kinds := []string{"replay", "replay-partial", "replay-time-warped", "replay-cross-station", "throughput-inflation", "teleport",
		"stuck-radio", "out-of-range-radio", "fabricated", "sybil",
		"stuck-sensor", "stuck-day-sensor", "spiking-sensor", "out-of-range-sensor", "out-of-range-day-sensor", "missing-hours-sensor",
		"clock-jump-sensor"}
	instances := 0
	for _, k := range kinds {
		m := got.Adversaries[k]
		if m == nil || m["precision"] == nil || m["recall"] == nil || m["instances"] == nil {
			t.Fatalf("adversary %s: %v", k, m)
		}
		for _, f := range []string{"precision", "recall"} {
			if v := *m[f]; v < 0 || v > 1 {
				t.Errorf("%s %s = %v", k, f, v)
			}
		}
		instances += int(*m["instances"])
	}
	if len(got.Adversaries) != len(kinds) {
		t.Errorf("adversaries %v", got.Adversaries)
	}
	for _, f := range []string{"contributions", "finalized", "flagged"} {
		if got.Honest[f] == nil {
			t.Fatalf("honest.%s missing: %v", f, got.Honest)
		}
		if *got.Honest[f] != got.Radio[f]+got.Sensor[f] {
			t.Errorf("honest.%s = %d, radio %d + sensor %d", f, *got.Honest[f], got.Radio[f], got.Sensor[f])
		}
	}
	if h := *got.Honest["contributions"]; h == 0 || h+instances != got.Tokens || *got.Honest["finalized"] > h || *got.Honest["flagged"] > h {
		t.Errorf("honest %v + %d instances, %d contributions", got.Honest, instances, got.Tokens)
	}
	md, err := os.ReadFile(bench)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "<!-- bench:eval-real -->") || !strings.Contains(string(md), "| replay-partial |") {
		t.Errorf("BENCHMARKS section:\n%s", md)
	}
}

// TestCLI_EvalRealRefuses checks --real's argument errors: --seeds does not apply, and a
// directory without traces is named in the error.
func TestCLI_EvalRealRefuses(t *testing.T) {
	if out, err := run(t, "eval", "--real", t.TempDir(), "--seeds", "2"); err == nil || !strings.Contains(err.Error(), "--seeds") {
		t.Errorf("--seeds 2 with --real: %v\n%s", err, out)
	}
	empty := t.TempDir()
	if out, err := run(t, "eval", "--real", empty); err == nil || !strings.Contains(err.Error(), empty) {
		t.Errorf("empty directory: %v\n%s", err, out)
	}
}
