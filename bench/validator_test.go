package bench_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/datpin/datpin/bench"
)

// TestValidator_Small runs the validator benchmark on a small round: every contribution is opened
// with the requested record count and accepted, the rates are positive and the report renders.
func TestValidator_Small(t *testing.T) {
	res, err := bench.Validator(context.Background(), bench.ValidatorOptions{Contributions: 12, Records: 300, Runs: 1, TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if res.Contributions != 12 || res.RecordsEach != 300 {
		t.Fatalf("measured %d contributions of %d records; want 12 of 300", res.Contributions, res.RecordsEach)
	}
	if res.PerSecond <= 0 || res.OneCorePerSecond <= 0 || res.OpenPerSecond <= 0 || res.SHA256PerSecond <= 0 || res.AgePerSecond <= 0 {
		t.Fatalf("rates %+v", res)
	}
	if res.Results[""] == 0 {
		t.Fatalf("no contribution of an honest round was accepted: %v", res.Results)
	}
	md := res.Markdown(bench.Stamp(time.Now()))
	for _, want := range []string{"## Validator throughput", "| **verification** (daemon poll: EvaluateBatch and commit) |", "| verification on one core", "baseline: SHA-256"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
}
