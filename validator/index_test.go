package validator

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestMatches_AgainstPairwise checks matches against the plain definition on random sequences
// drawn from a small alphabet, so that many samples agree by chance: every pair of sequences
// (subjects against all, and each subject against itself) whose longest chain over all agreeing
// samples reaches MinReplayRun is reported with that chain, and no other.
func TestMatches_AgainstPairwise(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	found := 0
	for round := range 12 {
		var owners []owner
		subjects := 1 + rng.IntN(4)
		for oi := range subjects + rng.IntN(3) {
			var seq Sequence
			t0 := int64(rng.IntN(4)) * hourMs
			for k := range 40 + rng.IntN(60) {
				seq.Samples = append(seq.Samples, Sample{T: t0 + int64(k)*10_000, Down: int32(1000 << rng.IntN(3)), Up: 50,
					RSRP: -900, RSRQ: -100, SINR: int32(100 * rng.IntN(2))})
			}
			if oi < subjects {
				owners = append(owners, owner{sub: &subject{id: uint64(oi + 1), seq: seq}})
			} else {
				owners = append(owners, owner{seen: &Seen{TokenID: uint64(oi + 1), Sequence: seq}})
			}
		}
		var want []pairChain
		for a := range subjects {
			for b := a; b < len(owners); b++ {
				sa, sb := owners[a].seq(), owners[b].seq()
				var ls []link
				for i := range sa.Samples {
					for j := range sb.Samples {
						dt := sb.Samples[j].T - sa.Samples[i].T
						if a == b && (j <= i || dt < SameTimeMs) || !agree(&sa.Samples[i], &sb.Samples[j]) {
							continue
						}
						ls = append(ls, link{i: int32(i), j: int32(j), dt: dt})
					}
				}
				if c := longestChain(sa, sb, ls); c.Len >= MinReplayRun {
					want = append(want, pairChain{a: a, b: b, Chain: c})
				}
			}
		}
		got := matches(owners, subjects)
		found += len(want)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: matches gives %d pairs, pairwise %d\n got  %+v\n want %+v", round, len(got), len(want), got, want)
		}
	}
	if found < 10 {
		t.Fatalf("only %d chained pairs: the draws test little", found)
	}
}

// TestRadixSort_StableByShingle sorts enough pairs to take the bucket path and checks the order:
// by shingle, and among equal shingles in the order given.
func TestRadixSort_StableByShingle(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	// Evenly spread shingles, each repeated a few times, and skewed ones that crowd a bucket.
	pool := make([]uint64, 4000)
	for i := range pool {
		pool[i] = rng.Uint64()
	}
	refs := make([]shingleRef, 20000)
	for i := range refs {
		sh := pool[rng.IntN(len(pool))]
		if i%2 == 1 {
			sh = rng.Uint64() >> uint(rng.IntN(64))
		}
		refs[i] = shingleRef{sh: sh, ref: uint32(i)}
	}
	want := slices.Clone(refs)
	slices.SortStableFunc(want, func(a, b shingleRef) int {
		switch {
		case a.sh < b.sh:
			return -1
		case a.sh > b.sh:
			return 1
		}
		return 0
	})
	if got := radixSort(refs); !slices.Equal(got, want) {
		t.Fatal("radix sort differs from a stable sort by shingle")
	}
}
