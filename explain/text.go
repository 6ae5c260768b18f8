package explain

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// WriteText writes the receipt for people: why the contribution scored what it scored, who
// said so, and what it earned.
func (r *Receipt) WriteText(w io.Writer) error {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	c := r.Contribution
	p("token %d: %s\n", r.Token, r.Status)
	p("  device %s, owner %s, epoch %d", c.Device, c.Owner, c.Epoch)
	if c.Cell != "" {
		p(", cell %s", c.Cell)
	}
	p("\n  %d records, Merkle root %s", c.Records, c.MerkleRoot)
	if c.CID != "" {
		p("\n  package %s", c.CID)
	}
	p("\n")
	match := "matches this build"
	if !r.Rules.Match {
		match = "is NOT this build's"
	}
	chain := r.Rules.Chain
	if chain == "" {
		chain = "none registered"
	}
	p("rules: %s (hash %s); the round's registered rules %s %s\n", r.Rules.Name, r.Rules.Hash, chain, match)
	if r.Status == statusMinted {
		p("%s\n", r.Recomputed.Why)
		r.writeEarnings(&b)
		_, err := io.WriteString(w, b.String())
		return err
	}
	p("edge score %d", r.Edge.Score)
	if r.Edge.Explanation != "" {
		p(" (%s)", r.Edge.Explanation)
	}
	p("\n")
	if e := r.Edge.Recomputed; e != nil {
		p("  from the agent's plaintext: %d (%s), %d records, Merkle root %s: %s\n", e.Score, e.Explanation, e.Records,
			yesNo(e.RootMatches, "matches", "DIFFERS"), yesNo(e.Matches, "the edge score is reproduced", "the edge score is NOT reproduced"))
	}
	p("round %d: commit window from %d, reveal window %d..%d\n", r.Round.Number, r.Round.CommitOpens, r.Round.RevealOpens, r.Round.RevealCloses)
	p("validators (%d committed):\n", len(r.Validators))
	for _, v := range r.Validators {
		p("  %s weight %s: ", v.Validator, v.Weight)
		switch {
		case v.Score != nil:
			p("revealed %d", *v.Score)
			if v.Deviation != nil {
				p(", %+d from the agreed score", *v.Deviation)
			}
			if v.Fault {
				p(", FAULT (beyond the tolerance %d)", r.Decision.Tolerance)
			}
			if v.MatchesRecomputed != nil {
				p(", %s", yesNo(*v.MatchesRecomputed, "as recomputed", "not as recomputed"))
			}
		case v.Withheld:
			p("committed and withheld its reveal (penalized)")
		case v.Revealed:
			p("revealed no score for this token")
		default:
			p("not revealed")
		}
		p("\n")
	}
	if m := r.Median; m != nil {
		p("median: %s\n", m.Method)
		for i, s := range m.Steps {
			mark := ""
			if i == m.At {
				mark = "  <- half the total weight " + m.TotalWeight + " reached"
			}
			p("  %5d  weight %s, cumulative %s%s\n", s.Score, s.Weight, s.Cumulative, mark)
		}
		if m.Mean {
			p("  exactly half: the mean of it and the next, %d\n", m.Value)
		} else {
			p("  = %d\n", m.Value)
		}
	}
	d := r.Decision
	if d.Decided {
		verdict := "finalized"
		if !d.Accepted {
			verdict = "rejected"
		}
		p("decision: %s at %d (threshold %d, quorum %d, tolerance %d)", verdict, *d.Score, d.Threshold, d.Quorum, d.Tolerance)
		if len(d.Reasons) > 0 {
			p(", reasons %s", strings.Join(d.Reasons, ", "))
		}
		p("; value %s, share ratio %s\n", d.Value, d.ShareRatio)
	} else {
		p("decision: not yet (threshold %d, quorum %d)\n", d.Threshold, d.Quorum)
	}
	rc := r.Recomputed
	if rc == nil || !rc.Available {
		why := "not recomputed"
		if rc != nil && rc.Why != "" {
			why += ": " + rc.Why
		}
		p("%s\n", why)
	} else {
		if q := rc.Quality; q != nil {
			p("quality, rule by rule (%s, %s): %d\n", q.Type, q.Verdict, q.Score)
			for _, s := range q.Steps {
				w := ""
				if s.Weight != 0 {
					w = fmt.Sprintf(" (weight %d)", s.Weight)
				}
				p("  %-18s %s%s\n", s.Rule, s.Text, w)
			}
		}
		v := rc.Validator
		how := "the token's own checks (no cross-checks)"
		if v.Replayed {
			how = fmt.Sprintf("replayed %d rounds with their cross-checks", v.Rounds)
			if v.Unopened > 0 {
				how += fmt.Sprintf(", %d packages there not opened by this identity", v.Unopened)
			}
		}
		p("recomputed: validator score %d, trust %d", v.Score, v.Trust)
		if v.Reason != "" {
			p(", reason %s (%s)", v.Reason, v.ReasonText)
		}
		p("; %s\n", how)
		switch {
		case d.Decided && slices.Contains(d.Reasons, reasonNoQuorum):
			p("  the oracle rejected it for want of reveals: no agreed score to compare with\n")
		case d.Decided:
			p("  %s\n", yesNo(rc.Matches, "MATCHES the chain's agreed score", "DOES NOT MATCH the chain's agreed score"))
		}
	}
	r.writeEarnings(&b)
	_, err := io.WriteString(w, b.String())
	return err
}

func (r *Receipt) writeEarnings(b *strings.Builder) {
	fmt.Fprintf(b, "earnings:\n")
	for _, a := range r.Earnings.Rewards {
		fmt.Fprintf(b, "  rewards in %s: claimed %s, claimable %s\n", assetName(a.Asset), a.Claimed, a.Pending)
	}
	for _, a := range r.Earnings.Sales {
		fmt.Fprintf(b, "  data sales in %s: claimed %s\n", assetName(a.Asset), a.Claimed)
	}
	if len(r.Earnings.Sales) == 0 {
		fmt.Fprintf(b, "  data sales: none claimed\n")
	}
}

func assetName(a string) string {
	if strings.Trim(a, "0x") == "" {
		return "ETH"
	}
	return a
}

func yesNo(ok bool, yes, no string) string {
	if ok {
		return yes
	}
	return no
}
