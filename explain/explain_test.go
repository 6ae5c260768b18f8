package explain_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/eval"
	"github.com/datpin/datpin/explain"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/sim"
	"github.com/datpin/datpin/validator"
)

// network is a small network on the embedded chain, evaluated: three honest validators and one
// that reveals 10000 for everything, two days of sixteen stations (a cheater of each kind among
// them) and two sensors.
type network struct {
	sc  *eval.Scenario
	vd  *eval.Verdicts
	dir string
}

func newNetwork(t *testing.T) *network {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	sc, err := eval.Start(ctx, eval.Setup{Label: "explain", Dir: dir, Log: slog.New(slog.DiscardHandler),
		Behaviours: []eval.Behaviour{eval.Honest, eval.Honest, eval.Honest, eval.AlwaysHigh}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sc.Close)
	last, err := sc.LastEpoch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	adv := map[sim.Kind]int{sim.LocationSpoof: 1, sim.ClaimInflation: 1, sim.Replay: 1, sim.Sybil: 1}
	simu := eval.StartSimulation(sim.Config{Seed: 5, Stations: 16, Devices: 60, Sensors: 2, Days: 2, StartEpoch: last - 1, Adversaries: adv}, 0)
	if _, err := sc.Anchor(ctx, simu); err != nil {
		t.Fatal(err)
	}
	vd, err := sc.Evaluate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return &network{sc: sc, vd: vd, dir: dir}
}

func (n *network) explainer(o explain.Options) *explain.Explainer {
	o.Store, o.Identity = n.sc.Store, n.sc.Committee[0].Identity
	return explain.New(n.sc.Suite, o)
}

func (n *network) ids() []uint64 {
	var ids []uint64
	for _, tk := range n.vd.Tokens {
		ids = append(ids, tk.ID)
	}
	return ids
}

// Every decided token's receipt recomputes the agreed score from the chain and the packages, with
// the validators' own code, the stake-weighted median computed again gives the chain's, the
// validator that reveals 10000 shows its faults, and the station's operator recomputes the edge
// score from its plaintext.
func TestReceipts_RecomputeTheChain(t *testing.T) {
	n := newNetwork(t)
	ctx := context.Background()
	e := n.explainer(explain.Options{Agent: &explain.AgentState{Outbox: n.sc.Agent.Outbox(), Keys: agent.DevKeys{}}})
	rs, err := e.Receipts(ctx, n.ids())
	if err != nil {
		t.Fatal(err)
	}
	high := n.sc.Committee[3].Account.Address.Hex()
	rejectedByCheck, faults := 0, 0
	for _, r := range rs {
		oc, decided := n.vd.Outcomes[r.Token]
		if !decided || !r.Decision.Decided {
			t.Fatalf("token %d: not decided (%v, %v)", r.Token, decided, r.Decision.Decided)
		}
		if !r.Rules.Match || r.Rules.Name != quality.Rules {
			t.Errorf("token %d: rules %+v", r.Token, r.Rules)
		}
		rc := r.Recomputed
		if !rc.Available || !rc.Validator.Replayed || rc.Validator.Unopened != 0 || rc.Validator.Rounds != 2 {
			t.Fatalf("token %d: recomputed %+v", r.Token, rc)
		}
		if !rc.Matches || *r.Decision.Score != oc.Agreed || rc.Score != oc.Agreed {
			t.Errorf("token %d: recomputed %d (%s), chain %d: matches %v", r.Token, rc.Score, rc.Validator.Reason, oc.Agreed, rc.Matches)
		}
		if r.Median == nil || r.Median.Value != oc.Agreed || len(r.Median.Steps) != 4 {
			t.Errorf("token %d: median %+v; want %d from 4 reveals", r.Token, r.Median, oc.Agreed)
		}
		if rc.Quality == nil || len(rc.Quality.Steps) == 0 || rc.Quality.Score != rc.Validator.Score && rc.Validator.Reason == "" {
			t.Errorf("token %d: quality breakdown %+v for validator score %+v", r.Token, rc.Quality, rc.Validator)
		}
		if why := n.vd.Reasons[r.Token]; why != "" && why != validator.ReasonScoreMismatch {
			rejectedByCheck++
			if rc.Validator.Reason != why || !slices.Contains(r.Decision.Reasons, why) || rc.Validator.ReasonText == "" {
				t.Errorf("token %d: the committee's reason %s, recomputed %q, decision reasons %v", r.Token, why, rc.Validator.Reason, r.Decision.Reasons)
			}
		}
		for _, v := range r.Validators {
			if v.Score == nil || v.MatchesRecomputed == nil {
				t.Fatalf("token %d: validator %s revealed nothing", r.Token, v.Validator)
			}
			honest := v.Validator != high
			if *v.MatchesRecomputed != honest && !(!honest && *v.Score == rc.Score) {
				t.Errorf("token %d: validator %s revealed %d, recomputed %d", r.Token, v.Validator, *v.Score, rc.Score)
			}
			if v.Fault {
				faults++
				if honest {
					t.Errorf("token %d: honest validator %s at fault", r.Token, v.Validator)
				}
			}
		}
		if er := r.Edge.Recomputed; er == nil || !er.Matches || !er.RootMatches {
			t.Errorf("token %d: the edge score from the plaintext %+v; anchored %d", r.Token, er, r.Edge.Score)
		}
		if r.Edge.Explanation == "" {
			t.Errorf("token %d: no manifest explanation", r.Token)
		}
		var text bytes.Buffer
		if err := r.WriteText(&text); err != nil || !strings.Contains(text.String(), "MATCHES the chain's agreed score") {
			t.Errorf("token %d: text %q (%v)", r.Token, text.String(), err)
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatal(err)
		}
	}
	if rejectedByCheck < 4 {
		t.Errorf("%d tokens rejected by a validator's check; want the cheaters'", rejectedByCheck)
	}
	if faults == 0 {
		t.Error("the validator revealing 10000 for everything is never at fault")
	}
	// The rewards received: the scenario does not settle, so nothing is claimable yet, and every
	// amount is there.
	if len(rs[0].Earnings.Rewards) != 2 || rs[0].Earnings.Rewards[0].Claimed != "0" {
		t.Errorf("earnings %+v", rs[0].Earnings)
	}
}

// The recomputation can fail: one byte changed in a stored package, the cross-checks left out, an
// identity that opens nothing, each gives a receipt that does not match the chain.
func TestReceipts_MismatchesAreSeen(t *testing.T) {
	n := newNetwork(t)
	ctx := context.Background()
	// A replayed day: rejected by the cross-checks against the day before.
	var replayed uint64
	for id, why := range n.vd.Reasons {
		if why == validator.ReasonReplay {
			replayed = id
		}
	}
	if replayed == 0 {
		t.Fatalf("setup: no replayed day among %v", n.vd.Reasons)
	}
	t.Run("WithoutCrossChecks", func(t *testing.T) {
		r, err := n.explainer(explain.Options{NoReplay: true}).Receipt(ctx, replayed)
		if err != nil {
			t.Fatal(err)
		}
		if r.Recomputed.Validator.Replayed || r.Recomputed.Matches || r.Recomputed.Score == 0 {
			t.Fatalf("the token's own checks alone: %+v; want a non-zero score that does not match the rejection", r.Recomputed)
		}
	})
	t.Run("OneByteChanged", func(t *testing.T) {
		victim := n.vd.Tokens[len(n.vd.Tokens)-1].ID
		r, err := n.explainer(explain.Options{}).Receipt(ctx, victim)
		if err != nil {
			t.Fatal(err)
		}
		if !r.Recomputed.Matches {
			t.Fatalf("setup: token %d does not match before the change: %+v", victim, r.Recomputed)
		}
		path := filepath.Join(n.dir, "blocks", r.Contribution.CID[len(r.Contribution.CID)-2:], r.Contribution.CID)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		b[len(b)/2] ^= 1
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		r, err = n.explainer(explain.Options{}).Receipt(ctx, victim)
		if err != nil {
			t.Fatal(err)
		}
		if r.Recomputed.Matches || r.Recomputed.Validator.Reason != validator.ReasonCIDMismatch || r.Recomputed.Score != 0 {
			t.Fatalf("a changed byte: %+v; want a cid-mismatch that does not match the chain", r.Recomputed)
		}
	})
	t.Run("NoKey", func(t *testing.T) {
		r, err := explain.New(n.sc.Suite, explain.Options{}).Receipt(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		if r.Recomputed.Available || r.Recomputed.Why == "" || r.Median == nil || !r.Decision.Decided {
			t.Fatalf("chain-only receipt %+v", r)
		}
	})
	t.Run("Unknown", func(t *testing.T) {
		if _, err := explain.New(n.sc.Suite, explain.Options{}).Receipt(ctx, 10_000); err == nil {
			t.Fatal("a receipt for a token that does not exist")
		}
	})
}
