package validator

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestShingleIndex_MatchesLookups checks the sorted index against the plain definition: for each
// comparable block of a subject, each of its shingles (repeats included) looked up in every other
// comparable block. Shingles are drawn from a small alphabet so that blocks share many, repeats
// and blocks too small to compare included, across subjects and remembered contributions.
func TestShingleIndex_MatchesLookups(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	pairs := 0
	for round := range 20 {
		var owners []owner
		subjects := 1 + rng.IntN(12)
		for oi := range subjects + rng.IntN(8) {
			var bs []Block
			for bi := range rng.IntN(6) {
				recs := rng.IntN(12)
				b := Block{StartMs: int64(bi) * hourMs, Records: recs}
				for range recs * shinglesPerRecord {
					b.Shingles = append(b.Shingles, uint64(rng.IntN(60))<<uint(rng.IntN(3)*24))
				}
				bs = append(bs, b)
			}
			if oi < subjects {
				owners = append(owners, owner{sub: &subject{id: uint64(oi + 1), fp: Fingerprint{Blocks: bs}}})
			} else {
				owners = append(owners, owner{seen: &Seen{TokenID: uint64(oi + 1), Blocks: bs}})
			}
		}

		type hit struct {
			self, other blockRef
			n           int
		}
		var want []hit
		for oi := range subjects {
			bs := owners[oi].blocks()
			for bi := range bs {
				if bs[bi].Records < MinBlockRecords {
					continue
				}
				for oj := range owners {
					cs := owners[oj].blocks()
					for bj := range cs {
						if oj == oi && bj == bi || cs[bj].Records < MinBlockRecords {
							continue
						}
						n := 0
						for _, sh := range bs[bi].Shingles {
							if slices.Contains(cs[bj].Shingles, sh) {
								n++
							}
						}
						if n > 0 {
							want = append(want, hit{blockRef{oi, bi}, blockRef{oj, bj}, n})
						}
					}
				}
			}
		}
		var got []hit
		newShingleIndex(owners).candidates(owners, subjects, func(self, other blockRef, n int) {
			got = append(got, hit{self, other, n})
		})
		pairs += len(want)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: index gives %d candidate pairs, lookups %d\n got  %v\n want %v", round, len(got), len(want), got, want)
		}
	}
	if pairs < 100 {
		t.Fatalf("the draws share shingles in only %d pairs of blocks; the test checks little", pairs)
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
		refs[i] = shingleRef{sh: sh, g: uint32(i)}
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
