package eval

import (
	"fmt"
	"math"
	"strings"
)

// Kinds returns the adversary kinds of r in table order.
func (r *Result) Kinds() []string {
	var out []string
	for _, k := range append(append(StationKinds[:0:0], StationKinds...), SensorKinds...) {
		if r.Adversaries[string(k)] != nil {
			out = append(out, string(k))
		}
	}
	return out
}

// Table renders r's detection table in markdown.
func (r *Result) Table() string {
	var b strings.Builder
	b.WriteString("| adversary | instances | penalized | false positives | precision | recall |\n|---|---:|---:|---:|---:|---:|\n")
	for _, k := range r.Kinds() {
		kr := r.Adversaries[k]
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %.3f | %.3f |\n", k, kr.Instances, kr.Penalized, kr.FalsePos, kr.Precision, kr.Recall)
	}
	fmt.Fprintf(&b, "\nSpearman correlation, agreed value vs true quality over %d honest stations: **%.3f**. Honest tokens penalized: %d of %d.\n",
		r.HonestStations, r.Spearman, r.HonestFlagged, r.HonestTokens)
	return b.String()
}

// Markdown renders the BENCHMARKS.md section for a run over several seeds (runs[0] first).
func Markdown(stamp string, runs []*Result) string {
	r := runs[0]
	o := r.Options
	var b strings.Builder
	b.WriteString("## Fraud detection (`datpin eval`)\n\n" + stamp + "\n\n")
	fmt.Fprintf(&b, "Simulated network of %d stations, %d handsets and %d sensors over %d days (seed %d), through the edge agent "+
		"onto the embedded chain; %d validators with their own keys and age identities (%d lazy, %d always-high, %d colluding, the rest honest; "+
		"each the validator daemon with its own state), commit, reveal, finalize. %d records, %d contributions in %d round(s); %d gas; %.1f s wall, of which %.1f s in the "+
		"rounds' evaluations (the validators evaluating at once).\n\n",
		o.Stations, o.Devices, o.Sensors, o.Days, o.Seed, o.Validators, o.Lazy, o.AlwaysHigh, o.Colluding,
		r.Records, len(r.Tokens), r.Rounds, r.GasUsed, r.WallSeconds, r.EvalSeconds)
	b.WriteString("A token is *penalized* when the agreed score is more than 10 % below the edge's claimed score (a rejection or a down-weighting). " +
		"Precision counts the honest tokens of the same device class (stations or sensors) that were penalized as false positives.\n\n")
	b.WriteString(r.Table())
	if len(runs) > 1 {
		fmt.Fprintf(&b, "\nSpread over seeds %d..%d (same settings):\n\n| adversary | min precision | min recall |\n|---|---:|---:|\n",
			runs[0].Options.Seed, runs[len(runs)-1].Options.Seed)
		for _, k := range r.Kinds() {
			minP, minR := math.Inf(1), math.Inf(1)
			for _, x := range runs {
				if kr := x.Adversaries[k]; kr != nil {
					minP, minR = math.Min(minP, kr.Precision), math.Min(minR, kr.Recall)
				}
			}
			fmt.Fprintf(&b, "| %s | %.3f | %.3f |\n", k, minP, minR)
		}
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, x := range runs {
			lo, hi = math.Min(lo, x.Spearman), math.Max(hi, x.Spearman)
		}
		fmt.Fprintf(&b, "\nSpearman %.3f..%.3f.\n", lo, hi)
	}
	fmt.Fprintf(&b, "\nRerun: `datpin eval --seed %d --seeds %d --out BENCHMARKS.md`.\n", o.Seed, len(runs))
	return b.String()
}
