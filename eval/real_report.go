package eval

import (
	"fmt"
	"sort"
	"strings"
)

// RealKinds returns the adversary kinds of r in table order.
func (r *RealResult) RealKinds() []string {
	var out []string
	for _, k := range append(append([]string{}, RealRadioKinds...), RealSensorKinds...) {
		if r.Adversaries[k] != nil {
			out = append(out, k)
		}
	}
	return out
}

// RealTable renders r's detection table and honest figures in markdown.
func (r *RealResult) RealTable() string {
	var b strings.Builder
	b.WriteString("| adversary | instances | penalized | false positives | precision | recall | validators' reasons |\n|---|---:|---:|---:|---:|---:|---|\n")
	for _, k := range r.RealKinds() {
		kr := r.Adversaries[k]
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %.3f | %.3f | %s |\n", k, kr.Instances, kr.Penalized, kr.FalsePos, kr.Precision, kr.Recall,
			reasonList(r.ReasonsByKind[k]))
	}
	b.WriteString("\n| honest | contributions | finalized | flagged | validators' reasons |\n|---|---:|---:|---:|---|\n")
	for _, h := range []struct {
		name string
		c    HonestCounts
	}{{"radio (crowd measurements)", r.HonestRadio}, {"sensor days", r.HonestSensor},
		{"spanning an hour or more", r.HonestHour}, {"all", r.Honest}} {
		reasons := ""
		if h.name == "all" {
			reasons = reasonList(r.ReasonsByKind["honest"])
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %s |\n", h.name, h.c.Contributions, h.c.Finalized, h.c.Flagged, reasons)
	}
	fmt.Fprintf(&b, "\nSpearman correlation, agreed score vs share of the day unspoiled, over the sensor days: **%.3f**.\n", r.Spearman)
	if oc := r.Order; oc != nil {
		fmt.Fprintf(&b, "Order check: run again in another anchoring order, in rounds of %d days: %d of %d contributions judged the same.\n",
			oc.RoundDays, oc.Same, oc.Units)
	}
	if len(r.Short) > 0 {
		var ks []string
		for k, n := range r.Short {
			ks = append(ks, fmt.Sprintf("%s %d", k, n))
		}
		sort.Strings(ks)
		fmt.Fprintf(&b, "Built fewer than %d for lack of material: %s.\n", r.RealOptions.PerKind, strings.Join(ks, ", "))
	}
	return b.String()
}

func reasonList(m map[string]int) string {
	type kv struct {
		k string
		n int
	}
	var l []kv
	for k, n := range m {
		l = append(l, kv{k, n})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].n > l[j].n || l[i].n == l[j].n && l[i].k < l[j].k })
	var parts []string
	for _, x := range l {
		parts = append(parts, fmt.Sprintf("%s %d", x.k, x.n))
	}
	return strings.Join(parts, ", ")
}

// RealMarkdown renders the BENCHMARKS.md section of a real-data evaluation.
func RealMarkdown(stamp, dataName string, r *RealResult) string {
	o := r.RealOptions
	var b strings.Builder
	b.WriteString("## Fraud detection on real traces (`datpin eval --real`)\n\n" + stamp + "\n\n")
	fmt.Fprintf(&b, "%d files of %s (%d rows set aside by the importer); %d G-NetTrack files held out as unseen sources, "+
		"used only to fabricate adversaries; %d adversaries of each kind (seed %d). Honest crowd measurements are grouped as `datpin import` "+
		"groups them (a contribution per station and day), sensor series a contribution per day. Everything goes through the edge agent "+
		"(out-of-range values through a cheating edge that skips the input checks) onto the embedded chain, a round per %d days of data, "+
		"shuffled within the round; %d validators (%d lazy, %d always-high, %d colluding, the rest honest; each the validator daemon with its own state) commit, reveal, "+
		"finalize. %d records, %d contributions in %d round(s); %d gas; %.1f s wall, of which %.1f s in the rounds' evaluations.\n\n",
		r.Files, dataName, r.Quarantined, len(r.HeldOut), o.PerKind, o.Seed, o.RoundDays, o.Validators, o.Lazy, o.AlwaysHigh, o.Colluding,
		r.Records, len(r.Tokens), r.Rounds, r.GasUsed, r.WallSeconds, r.EvalSeconds)
	b.WriteString("A token is *penalized* when the agreed score is more than 10 % below its reference: the edge's claim, or for a sensor " +
		"fault the edge's score of the clean day, by half the share of the day the fault spoils when that is less than 10 % (a fault " +
		"cuts a day in proportion to what it spoils). Precision counts the penalized honest tokens of the same class (radio or sensor) as false " +
		"positives; *flagged* honest contributions are the penalized ones.\n\n")
	b.WriteString(r.RealTable())
	fmt.Fprintf(&b, "\nRerun: `datpin eval --real DIR --seed %d --out BENCHMARKS.md`.\n", o.Seed)
	return b.String()
}
