package main

import (
	"encoding/json"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/explain"
)

func TestCLI_Criteria(t *testing.T) {
	md, err := run(t, "criteria", "--markdown")
	if err != nil || md != explain.CriteriaMarkdown() {
		t.Fatalf("criteria --markdown: %v", err)
	}
	out, err := run(t, "criteria", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var cs []explain.Criterion
	if err := json.Unmarshal([]byte(out), &cs); err != nil || len(cs) != len(explain.Criteria()) {
		t.Fatalf("criteria --json: %d criteria, %v", len(cs), err)
	}
}

func TestCLI_ExplainErrors(t *testing.T) {
	for _, args := range [][]string{
		{"explain", "x", "--rpc", "http://127.0.0.1:1", "--addresses", "a.json"},
		{"explain", "1"},
		{"explain", "1", "--rpc", "http://127.0.0.1:1", "--addresses", "a.json", "--store", "blocks"},
		{"explain", "1", "--rpc", "http://127.0.0.1:1", "--addresses", "a.json", "--agent-dir", t.TempDir()},
	} {
		if _, err := run(t, args...); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Errorf("%v: %v; want an invalid-input error", args, err)
		}
	}
}
