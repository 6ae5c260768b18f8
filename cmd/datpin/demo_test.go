package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// demo --json prints the summary with the fields scripts rely on, and they add up.
func TestCLI_DemoJSON(t *testing.T) {
	out, err := run(t, "demo", "--stations", "6", "--validators", "3", "--seed", "4", "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var rep struct {
		Contributions      *int           `json:"contributions"`
		Finalized          *int           `json:"finalized"`
		Rejected           *int           `json:"rejected"`
		RejectedByReason   map[string]int `json:"rejectedByReason"`
		GasPerContribution *uint64        `json:"gasPerContribution"`
		WallSeconds        *float64       `json:"wallSeconds"`
		Top                []struct{ Station, Status string }
		Validators         []struct{ Agreements, Faults int }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("demo --json printed %q: %v", out, err)
	}
	if rep.Contributions == nil || rep.Finalized == nil || rep.Rejected == nil || rep.GasPerContribution == nil || rep.WallSeconds == nil {
		t.Fatalf("missing fields in %s", out)
	}
	if *rep.Contributions != 6 || *rep.Finalized+*rep.Rejected != 6 || *rep.GasPerContribution == 0 || *rep.WallSeconds <= 0 {
		t.Fatalf("summary %s", out)
	}
	if len(rep.Top) == 0 || !strings.HasPrefix(rep.Top[0].Station, "B") || len(rep.Validators) != 3 {
		t.Fatalf("top %+v, validators %+v", rep.Top, rep.Validators)
	}
}

// The readable report names the counts, the rejections' reasons, the top contributions and the
// validators' agreement.
func TestCLI_DemoReport(t *testing.T) {
	out, err := run(t, "demo", "--stations", "5", "--validators", "3", "--seed", "2")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{"contributions       5 anchored", "finalized", "rejected", "rewards settled     ",
		"gas ", "top contributions by value", "validator agreement"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

// bench demo rewrites only the demo section of the markdown file.
func TestCLI_BenchDemo(t *testing.T) {
	md := filepath.Join(t.TempDir(), "BENCHMARKS.md")
	other := "<!-- bench:gas -->\nkept\n<!-- /bench:gas -->\n"
	if err := os.WriteFile(md, []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := run(t, "bench", "demo", "--stations", "4", "--out", md); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	b, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.Contains(s, other) || !strings.Contains(s, "<!-- bench:demo -->") || !strings.Contains(s, "\n| 4 | ") ||
		!strings.Contains(s, "load average") {
		t.Fatalf("BENCHMARKS.md:\n%s", s)
	}
}
