package contracts_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The committed artifacts and bindings must be exactly what the pinned compiler and abigen make
// from the committed sources, so `go build` never runs stale bytecode.
func TestArtifacts_MatchSources(t *testing.T) {
	node, err := exec.LookPath("node")
	solc := filepath.Join("..", ".tools", "node_modules", "solc")
	if _, serr := os.Stat(solc); err != nil || serr != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("node or the pinned solc is missing (run `bash scripts/tools.sh`)")
		}
		t.Skip("node or the pinned solc is missing; run `bash scripts/tools.sh` to check artifacts")
	}
	tmp := t.TempDir()
	build := filepath.Join(tmp, "build")
	if out, err := exec.Command(node, "build.js", build).CombinedOutput(); err != nil {
		t.Fatalf("compile: %v\n%s", err, out)
	}
	compareDir(t, "build", build, func(name string) bool {
		return strings.HasSuffix(name, ".abi") || strings.HasSuffix(name, ".bin")
	})

	gen := exec.Command("go", "run", ".", build, filepath.Join(tmp, "bindings"))
	gen.Dir = "gen"
	if out, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("abigen: %v\n%s", err, out)
	}
	compareDir(t, "bindings", filepath.Join(tmp, "bindings"), func(name string) bool {
		return strings.HasSuffix(name, ".go") && filepath.Base(name) != "doc.go"
	})
}

func compareDir(t *testing.T, committed, fresh string, include func(string) bool) {
	t.Helper()
	seen := map[string]bool{}
	_ = filepath.Walk(fresh, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !include(p) {
			return err
		}
		rel, _ := filepath.Rel(fresh, p)
		seen[rel] = true
		want, _ := os.ReadFile(p)
		got, err := os.ReadFile(filepath.Join(committed, rel))
		if err != nil {
			t.Errorf("%s/%s is missing: run `make contracts`", committed, rel)
		} else if !bytes.Equal(got, want) {
			t.Errorf("%s/%s differs from what the sources compile to: run `make contracts`", committed, rel)
		}
		return nil
	})
	_ = filepath.Walk(committed, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !include(p) {
			return err
		}
		rel, _ := filepath.Rel(committed, p)
		if !seen[rel] {
			t.Errorf("%s/%s has no source any more: run `make contracts`", committed, rel)
		}
		return nil
	})
}
