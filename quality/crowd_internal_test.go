package quality

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestNthSmallest_MatchesSorting(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	for trial := 0; trial < 2000; trial++ {
		n := 1 + rng.IntN(200)
		v := make([]int64, n)
		spread := int64(1 + rng.IntN(6)) // few distinct values: G-NetTrack intervals are 1, 2, 3 s
		if trial%3 == 0 {
			spread = 1 << 40
		}
		for i := range v {
			v[i] = rng.Int64N(spread)
		}
		if trial%5 == 0 {
			slices.Sort(v) // sorted and reversed input
			if trial%10 == 0 {
				slices.Reverse(v)
			}
		}
		want := slices.Clone(v)
		slices.Sort(want)
		k := rng.IntN(n)
		if got := nthSmallest(slices.Clone(v), k); got != want[k] {
			t.Fatalf("trial %d: %d-th smallest of %v is %d, want %d", trial, k, v, got, want[k])
		}
		// With a budget of 0 or 1 rounds the fallback to sorting finishes the job.
		if got := selectWithin(slices.Clone(v), k, trial%2); got != want[k] {
			t.Fatalf("trial %d, budget %d: %d-th smallest of %v is %d, want %d", trial, trial%2, k, v, got, want[k])
		}
	}
}
