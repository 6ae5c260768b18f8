package freedata_test

import (
	"math"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/freedata"
)

// A quote for a deposit and a quote for a usage are inverse; without yield no deposit suffices.
func TestQuote(t *testing.T) {
	apr := freedata.APR(1_000_000, 0.01, 70_000, 7*86400)
	want := (0.01 + 70_000.0/(7*86400)) * freedata.SecondsPerYear / 1_000_000
	if math.Abs(apr-want) > 1e-12 {
		t.Fatalf("APR %v, want %v", apr, want)
	}
	d := freedata.QuoteDeposit(1000, apr, 0.1)
	if d.APY == nil || math.Abs(*d.APY-(math.Exp(apr)-1)) > 1e-12 || *d.APY <= apr {
		t.Fatalf("APY %v of an APR of %v; want e^APR − 1", d.APY, apr)
	}
	if freedata.APY(1000) != nil {
		t.Fatal("APY beyond a float64 must be nil")
	}
	u := freedata.QuoteUsage(d.GBPerMonth, apr, 0.1)
	if math.Abs(u.Deposit-1000) > 1e-9 {
		t.Fatalf("deposit for %v GB a month: %v; want 1000", d.GBPerMonth, u.Deposit)
	}
	if q := freedata.QuoteUsage(5, 0, 0.1); !math.IsInf(q.Deposit, 1) {
		t.Fatalf("without yield: %+v", q)
	}
	if freedata.APR(0, 1, 0, 0) != 0 {
		t.Fatal("APR of an empty vault")
	}
}

// The simulation is reproducible, its coverage follows the revenue, and a halving emission
// without market growth lowers coverage year after year.
func TestSimulate(t *testing.T) {
	cfg := freedata.DefaultSim()
	cfg.Subscribers = 200
	a, err := freedata.Simulate(cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := freedata.Simulate(cfg)
	if len(a.Months) != 60 || a.Months[59] != b.Months[59] || a.MinCovered != b.MinCovered {
		t.Fatalf("not reproducible: %+v vs %+v", a.Months[59], b.Months[59])
	}
	rich := cfg
	rich.MarketFeesFirstYear *= 10
	r, _ := freedata.Simulate(rich)
	if r.MinCovered < a.MinCovered || r.Months[0].Covered < a.Months[0].Covered {
		t.Fatalf("ten times the fees covers less: %v < %v", r.MinCovered, a.MinCovered)
	}
	flat := cfg
	flat.MarketGrowth = 0
	f, _ := freedata.Simulate(flat)
	if !(f.Months[12].APR < f.Months[0].APR && f.Months[59].Covered <= f.Months[0].Covered) {
		t.Fatalf("halving emission: APR %v → %v, covered %v → %v", f.Months[0].APR, f.Months[12].APR, f.Months[0].Covered, f.Months[59].Covered)
	}
	// Each month's yield is its fees and its emission; the emission halves at each new year.
	for i, mo := range a.Months {
		if math.Abs(mo.Fees+mo.Emission-mo.Yield) > 1e-9 {
			t.Fatalf("month %d: fees %v + emission %v != yield %v", mo.Month, mo.Fees, mo.Emission, mo.Yield)
		}
		want := a.Months[0].Emission
		for range i / 12 {
			want /= 2
		}
		if math.Abs(mo.Emission-want) > 1e-9 {
			t.Fatalf("month %d: emission %v; want %v", mo.Month, mo.Emission, want)
		}
	}
	if e := a.Months[0].Emission * 12; math.Abs(e-cfg.EmissionFirstYear) > 1e-6 {
		t.Fatalf("first year's emission %v; want %v", e, cfg.EmissionFirstYear)
	}
	m := f.Months[0]
	if want := cfg.UsageMedianGB * cfg.PricePerGB * 12 / m.APR; math.Abs(m.DepositFor-want) > 1e-6 {
		t.Fatalf("deposit for the median usage %v; want %v", m.DepositFor, want)
	}
	if _, err := freedata.Simulate(freedata.SimConfig{}); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("empty config: %v", err)
	}
}
