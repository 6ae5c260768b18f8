// Package freedata models the FreeData plan off chain: the quote a subscriber is given from the
// vault's live figures, and the sustainability simulation of many subscribers over years
// (docs/FREEDATA.md).
package freedata

import (
	"math"
	"math/rand/v2"

	"github.com/datpin/datpin"
)

// SecondsPerYear is a Julian year.
const SecondsPerYear = 365.25 * 24 * 3600

// Quote is what a deposit buys at a yield and a price, or what a usage needs.
type Quote struct {
	// APR is the vault's yield a year over its counted assets, from what streams and vests now.
	APR float64 `json:"apr"`
	// APY is the APR compounded as the vault compounds: revenue vests and emission streams every
	// second into the shares' value, so a share left alone earns e^APR − 1 in a year. A plan
	// converts its yield into credit instead of letting it grow, so its credit follows the APR.
	// Nil (null) when e^APR is beyond a float64 (an APR above 709: a vault holding almost nothing).
	APY        *float64 `json:"apy"`
	PricePerGB float64  `json:"pricePerGB"` // tokens
	Deposit    float64  `json:"deposit"`    // tokens
	GBPerMonth float64  `json:"gbPerMonth"`
}

// APR is the yield a year, as a fraction of totalAssets, of an emission of ratePerSec tokens a
// second plus vesting tokens still to vest over vestingLeftSec seconds.
func APR(totalAssets, ratePerSec, vesting, vestingLeftSec float64) float64 {
	if totalAssets <= 0 {
		return 0
	}
	perSec := ratePerSec
	if vesting > 0 && vestingLeftSec > 0 {
		perSec += vesting / vestingLeftSec
	}
	return perSec * SecondsPerYear / totalAssets
}

// APY is apr compounded continuously, e^apr − 1: the vault's revenue vests and its emission
// streams per second (see Quote.APY). It is nil when the result is beyond a float64.
func APY(apr float64) *float64 {
	y := math.Expm1(apr)
	if math.IsInf(y, 0) || math.IsNaN(y) {
		return nil
	}
	return &y
}

// QuoteDeposit is the GB a month a deposit pays at apr and pricePerGB.
func QuoteDeposit(deposit, apr, pricePerGB float64) Quote {
	q := Quote{APR: apr, APY: APY(apr), PricePerGB: pricePerGB, Deposit: deposit}
	if pricePerGB > 0 {
		q.GBPerMonth = deposit * apr / 12 / pricePerGB
	}
	return q
}

// QuoteUsage is the deposit that pays gbPerMonth at apr and pricePerGB (+Inf without yield).
func QuoteUsage(gbPerMonth, apr, pricePerGB float64) Quote {
	q := Quote{APR: apr, APY: APY(apr), PricePerGB: pricePerGB, GBPerMonth: gbPerMonth, Deposit: math.Inf(1)}
	if apr > 0 {
		q.Deposit = gbPerMonth * pricePerGB * 12 / apr
	}
	return q
}

// SimConfig is a sustainability simulation: subscribers with a log-normal spread of deposits and
// monthly usage, the market's protocol fee growing each year, and an emission halving each year.
type SimConfig struct {
	Seed        uint64 `json:"seed"`
	Subscribers int    `json:"subscribers"`
	Years       int    `json:"years"`
	// Deposits are log-normal around DepositMedian tokens with σ DepositSigma (of the log).
	DepositMedian float64 `json:"depositMedian"`
	DepositSigma  float64 `json:"depositSigma"`
	// Usage is log-normal around UsageMedianGB a month with σ UsageSigma.
	UsageMedianGB float64 `json:"usageMedianGB"`
	UsageSigma    float64 `json:"usageSigma"`
	PricePerGB    float64 `json:"pricePerGB"` // tokens
	// MarketFeesFirstYear is the protocol fee reaching the vault in the first year (tokens),
	// growing by MarketGrowth a year (0.5: +50 %).
	MarketFeesFirstYear float64 `json:"marketFeesFirstYear"`
	MarketGrowth        float64 `json:"marketGrowth"`
	// EmissionFirstYear is the emission of the first year (tokens), halving every year.
	EmissionFirstYear float64 `json:"emissionFirstYear"`
}

// DefaultSim is a network of 1,000 subscribers over 5 years.
func DefaultSim() SimConfig {
	return SimConfig{Seed: 1, Subscribers: 1000, Years: 5, DepositMedian: 1000, DepositSigma: 0.8,
		UsageMedianGB: 5, UsageSigma: 0.7, PricePerGB: 0.1, MarketFeesFirstYear: 20_000, MarketGrowth: 0.5,
		EmissionFirstYear: 60_000}
}

// Month is one month of a simulation.
type Month struct {
	Month      int     `json:"month"`    // 1-based
	Yield      float64 `json:"yield"`    // tokens paid into the vault that month: Fees + Emission
	Fees       float64 `json:"fees"`     // the market's protocol fee of the month, tokens
	Emission   float64 `json:"emission"` // the emission of the month, tokens (halving each year)
	APR        float64 `json:"apr"`
	Covered    float64 `json:"covered"`    // share of subscribers whose usage the month's credit covered
	UsageGB    float64 `json:"usageGB"`    // all subscribers
	CreditGB   float64 `json:"creditGB"`   // issued that month
	DepositFor float64 `json:"depositFor"` // deposit a subscriber of median usage needs that month
}

// SimResult is a simulation's outcome.
type SimResult struct {
	Config   SimConfig `json:"config"`
	Deposits float64   `json:"deposits"` // tokens, all subscribers
	Months   []Month   `json:"months"`
	// MinCovered is the lowest monthly coverage, and DepositForMedian the deposit a subscriber of
	// median usage needs to stay covered in the worst month.
	MinCovered       float64 `json:"minCovered"`
	DepositForMedian float64 `json:"depositForMedian"`
}

// Simulate runs cfg month by month: each month's yield (market fees and emission) is shared by
// deposits, converted into credit at the price, and set against each subscriber's usage; credit a
// subscriber does not use carries over, as the plan keeps it.
func Simulate(cfg SimConfig) (*SimResult, error) {
	if cfg.Subscribers <= 0 || cfg.Years <= 0 || cfg.PricePerGB <= 0 || cfg.DepositMedian <= 0 || cfg.UsageMedianGB <= 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "simulation needs subscribers, years, a price, a deposit and a usage above zero")
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x5eed))
	n := cfg.Subscribers
	dep := make([]float64, n)
	use := make([]float64, n)
	total := 0.0
	for i := range n {
		dep[i] = cfg.DepositMedian * math.Exp(cfg.DepositSigma*rng.NormFloat64())
		use[i] = cfg.UsageMedianGB * math.Exp(cfg.UsageSigma*rng.NormFloat64())
		total += dep[i]
	}
	res := &SimResult{Config: cfg, Deposits: total, MinCovered: 1}
	carry := make([]float64, n)
	for m := range cfg.Years * 12 {
		year := m / 12
		fees := cfg.MarketFeesFirstYear * math.Pow(1+cfg.MarketGrowth, float64(year)) / 12
		emission := cfg.EmissionFirstYear * math.Pow(0.5, float64(year)) / 12
		yield := fees + emission
		mo := Month{Month: m + 1, Yield: yield, Fees: fees, Emission: emission, APR: yield * 12 / total}
		covered := 0
		for i := range n {
			credit := yield * dep[i] / total / cfg.PricePerGB
			mo.CreditGB += credit
			// Month-to-month usage varies around the subscriber's own level.
			u := use[i] * math.Exp(0.2*rng.NormFloat64())
			mo.UsageGB += u
			carry[i] += credit
			if carry[i] >= u {
				carry[i] -= u
				covered++
			} else {
				carry[i] = 0
			}
		}
		mo.Covered = float64(covered) / float64(n)
		mo.DepositFor = QuoteUsage(cfg.UsageMedianGB, mo.APR, cfg.PricePerGB).Deposit
		res.MinCovered = min(res.MinCovered, mo.Covered)
		res.DepositForMedian = max(res.DepositForMedian, mo.DepositFor)
		res.Months = append(res.Months, mo)
	}
	return res, nil
}
