package main

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// demo --json prints the summary with the fields scripts rely on, and they add up.
func TestCLI_DemoJSON(t *testing.T) {
	out, err := run(t, "demo", "--stations", "12", "--devices", "30", "--validators", "3", "--seed", "7", "--json")
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
		Market             *struct {
			Purchases         int     `json:"purchases"`
			VerifiedRecords   uint64  `json:"verifiedRecords"`
			UnverifiedRecords *uint64 `json:"unverifiedRecords"`
			PaidToHolders     string  `json:"paidToHolders"`
		} `json:"market"`
		FreeData *struct {
			Subscribers int     `json:"subscribers"`
			CreditGB    float64 `json:"creditGB"`
			Plans       []struct {
				CreditGB float64 `json:"creditGB"`
			} `json:"plans"`
		} `json:"freedata"`
		Receipts *struct {
			Recomputed *int `json:"recomputed"`
			Matching   *int `json:"matching"`
		} `json:"receipts"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("demo --json printed %q: %v", out, err)
	}
	if rep.Contributions == nil || rep.Finalized == nil || rep.Rejected == nil || rep.GasPerContribution == nil || rep.WallSeconds == nil {
		t.Fatalf("missing fields in %s", out)
	}
	if *rep.Contributions != 12 || *rep.Finalized+*rep.Rejected != 12 || *rep.GasPerContribution == 0 || *rep.WallSeconds <= 0 {
		t.Fatalf("summary %s", out)
	}
	if len(rep.Top) == 0 || !strings.HasPrefix(rep.Top[0].Station, "B") || len(rep.Validators) != 3 {
		t.Fatalf("top %+v, validators %+v", rep.Top, rep.Validators)
	}
	// Every finalized token's receipt recomputed, and the recomputation agrees with the chain.
	if r := rep.Receipts; r == nil || r.Recomputed == nil || r.Matching == nil || *r.Recomputed != *rep.Finalized || *r.Matching != *r.Recomputed {
		t.Fatalf("receipts %s", out)
	}
	// The data sale: every delivered record verified, the holder paid.
	m := rep.Market
	if m == nil || m.Purchases != 1 || m.VerifiedRecords == 0 || m.UnverifiedRecords == nil || *m.UnverifiedRecords != 0 {
		t.Fatalf("market %s", out)
	}
	if paid, ok := new(big.Int).SetString(m.PaidToHolders, 10); !ok || paid.Sign() <= 0 {
		t.Fatalf("paidToHolders %q", m.PaidToHolders)
	}
	f := rep.FreeData
	if f == nil || f.Subscribers == 0 || len(f.Plans) != f.Subscribers || f.CreditGB <= 0 {
		t.Fatalf("freedata %s", out)
	}
	for _, p := range f.Plans {
		if p.CreditGB <= 0 {
			t.Fatalf("a subscriber without credit: %s", out)
		}
	}
}

// --no-market ends the report at the settlement.
func TestCLI_DemoNoMarket(t *testing.T) {
	out, err := run(t, "demo", "--stations", "5", "--validators", "3", "--seed", "2", "--no-market")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if strings.Contains(out, "data market  ") || strings.Contains(out, "freedata  ") || !strings.Contains(out, "rewards settled") {
		t.Fatalf("report with --no-market:\n%s", out)
	}
}

// The readable report names the counts, the rejections' reasons, the data sale, the FreeData
// plans, the top contributions and the validators' agreement.
func TestCLI_DemoReport(t *testing.T) {
	out, err := run(t, "demo", "--stations", "12", "--devices", "30", "--validators", "3", "--seed", "7")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{"contributions       12 anchored", "finalized", "rejected", "rewards settled     ",
		"gas ", "data market         ", "records verified against the chain, 0 not", "holders paid ", "to the FreeData vault",
		"freedata            3 subscribers", "throttled", "(market ", "(receipts ", "match it (datpin explain)", "datpin dataset, datpin buy,",
		"top contributions by value", "validator agreement"} {
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
