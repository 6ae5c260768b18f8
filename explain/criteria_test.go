package explain_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/datpin/datpin/explain"
	"github.com/datpin/datpin/quality"
)

//go:generate go run criteria_gen.go ../docs/CRITERIA.md

// docs/CRITERIA.md is what the code writes: a changed rule, threshold or reason code changes the
// file, so it cannot drift.
func TestCriteria_DocIsCurrent(t *testing.T) {
	b, err := os.ReadFile("../docs/CRITERIA.md")
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != explain.CriteriaMarkdown() {
		t.Fatal("docs/CRITERIA.md differs from what the code writes: run go generate ./explain (or datpin criteria --markdown > docs/CRITERIA.md)")
	}
}

// Every reason code the validator package defines, every rule and every parameter of the rule set
// is in the criteria, with an example.
func TestCriteria_Complete(t *testing.T) {
	byCode := map[string]explain.Criterion{}
	for _, c := range explain.Criteria() {
		if _, dup := byCode[c.Code]; dup {
			t.Errorf("criterion %s listed twice", c.Code)
		}
		if c.Example == "" || c.Meaning == "" || c.Effect == "" {
			t.Errorf("criterion %s lacks an example, a meaning or an effect", c.Code)
		}
		byCode[c.Code] = c
	}
	files, err := filepath.Glob("../validator/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("validator sources: %v", err)
	}
	reason := regexp.MustCompile(`\bReason[A-Za-z]+\s*=\s*"([a-z0-9-]+)"`)
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range reason.FindAllStringSubmatch(string(src), -1) {
			n++
			if c, ok := byCode[m[1]]; !ok || (c.Stage != explain.StageIntegrity && c.Stage != explain.StageCrossCheck) {
				t.Errorf("validator reason %q (%s) is not among the criteria", m[1], filepath.Base(f))
			} else if explain.ReasonText(m[1]) == "" {
				t.Errorf("reason %q has no text", m[1])
			}
		}
	}
	if n < 20 {
		t.Fatalf("found %d validator reason codes; the pattern no longer matches the sources", n)
	}
	for _, r := range quality.RuleNames {
		if len(byCode[r].Thresholds) == 0 {
			t.Errorf("rule %s is not among the criteria with its parameters", r)
		}
	}
	listed := 0
	for _, c := range explain.Criteria() {
		if c.Stage == explain.StageScoring {
			listed += len(c.Thresholds)
		}
	}
	if listed != len(quality.Params()) {
		t.Errorf("%d parameters listed under the scoring rules; the rule set has %d", listed, len(quality.Params()))
	}
}
