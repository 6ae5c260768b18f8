package bench_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datpin/datpin/bench"
)

// A section is replaced in place; other sections stay.
func TestWriteSection(t *testing.T) {
	path := filepath.Join(t.TempDir(), "B.md")
	for _, step := range []struct{ name, body string }{{"gas", "one"}, {"edge", "two"}, {"gas", "three"}} {
		if err := bench.WriteSection(path, step.name, step.body); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := os.ReadFile(path)
	doc := string(b)
	if strings.Contains(doc, "one") || !strings.Contains(doc, "three") || !strings.Contains(doc, "two") ||
		strings.Count(doc, "<!-- bench:gas -->") != 1 || strings.Index(doc, "three") > strings.Index(doc, "two") {
		t.Fatalf("document:\n%s", doc)
	}
}

// The gas figures are consistent with each other and with the in-run baseline.
func TestGas_Consistent(t *testing.T) {
	res, err := bench.Gas(context.Background(), 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Lifecycle) != 3 {
		t.Fatalf("lifecycle rows %d, want 3 (1, 10, 100 per batch)", len(res.Lifecycle))
	}
	for _, l := range res.Lifecycle {
		if sum := l.Anchor + l.Commit + l.Reveal + l.Finalize + l.Claim; sum != l.Total || l.PerContribution != l.Total/uint64(l.Batch) {
			t.Errorf("batch %d: parts sum to %d, total %d, per contribution %d", l.Batch, sum, l.Total, l.PerContribution)
		}
	}
	// Batching amortizes the fixed costs of each transaction.
	if !(res.Lifecycle[0].PerContribution > res.Lifecycle[1].PerContribution && res.Lifecycle[1].PerContribution > res.Lifecycle[2].PerContribution) {
		t.Errorf("per-contribution gas does not fall with the batch: %+v", res.Lifecycle)
	}
	if res.LifecycleGasPerContribution != res.Lifecycle[2].PerContribution || res.ReferenceNFTMintGas == 0 ||
		res.RatioToReferenceNFT != float64(res.LifecycleGasPerContribution)/float64(res.ReferenceNFTMintGas) {
		t.Errorf("headline figures inconsistent: %+v", res)
	}
}
