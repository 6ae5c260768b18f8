package quality_test

import (
	"encoding/hex"
	"testing"

	"github.com/datpin/datpin/quality"
)

func TestParams_UniqueAndOrdered(t *testing.T) {
	ps := quality.Params()
	seen := map[string]bool{}
	rule := 0
	for _, p := range ps {
		if seen[p.Rule+"/"+p.Name] {
			t.Errorf("parameter %s/%s listed twice", p.Rule, p.Name)
		}
		seen[p.Rule+"/"+p.Name] = true
		for rule < len(quality.RuleNames) && quality.RuleNames[rule] != p.Rule {
			rule++
		}
		if rule == len(quality.RuleNames) {
			t.Fatalf("parameter %s/%s: rule out of order or unknown", p.Rule, p.Name)
		}
		if p.Value == "" {
			t.Errorf("parameter %s/%s has no value", p.Rule, p.Name)
		}
	}
	for _, r := range quality.RuleNames {
		found := false
		for _, p := range ps {
			found = found || p.Rule == r
		}
		if !found {
			t.Errorf("rule %s has no parameter", r)
		}
	}
}

func TestRulesHash_EveryParameterCounts(t *testing.T) {
	ps := quality.Params()
	base := quality.HashParams(quality.Rules, ps)
	if base != quality.RulesHash() {
		t.Fatal("RulesHash is not HashParams(Rules, Params())")
	}
	if quality.HashParams(quality.Rules+"x", ps) == base {
		t.Error("the rule set's name does not change the hash")
	}
	for i := range ps {
		for _, change := range []func(p *quality.Param){
			func(p *quality.Param) { p.Value += "0" },
			func(p *quality.Param) { p.Unit += "x" },
			func(p *quality.Param) { p.Name += "x" },
		} {
			mod := append([]quality.Param(nil), ps...)
			change(&mod[i])
			if quality.HashParams(quality.Rules, mod) == base {
				t.Fatalf("changing parameter %s/%s leaves the hash unchanged", ps[i].Rule, ps[i].Name)
			}
		}
	}
	// A field cannot slide into its neighbour: tabs separate them.
	a := []quality.Param{{Rule: "r", Name: "ab", Value: "1"}}
	b := []quality.Param{{Rule: "r", Name: "a", Value: "b1"}}
	if quality.HashParams("x", a) == quality.HashParams("x", b) {
		t.Error("the encoding is ambiguous")
	}
}

// rulesHashes pins the hash of each named rule set. A rule set's parameters may change only with
// its name (docs/SCORING.md): a change to a threshold that keeps quality.Rules fails here.
var rulesHashes = map[string]string{
	"datpin-quality/3": "1c5e1e0909a4d1a8bbdc250dd35e583df622a2a309dbf404ddadee21c52e90cf",
}

func TestRulesHash_PinnedPerName(t *testing.T) {
	want, ok := rulesHashes[quality.Rules]
	got := quality.RulesHash()
	if !ok {
		t.Fatalf("rule set %s has no pinned hash: add %q: %q to rulesHashes", quality.Rules, quality.Rules, hex.EncodeToString(got[:]))
	}
	if hex.EncodeToString(got[:]) != want {
		t.Fatalf("the parameters of rule set %s changed (hash %x, pinned %s): a change to the rules must change quality.Rules", quality.Rules, got, want)
	}
}
