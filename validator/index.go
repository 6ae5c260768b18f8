package validator

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// matches finds, between the sequences of a round's owners (the first `subjects`) and every
// other owner's, and within each subject's own sequence, the longest chain of agreeing samples of
// each pair that has one of at least MinReplayRun. Candidates come from the samples' keys: the
// (key, sample) pairs of all sequences are sorted once, and each run of one key pairs its samples;
// runs longer than maxKeyRun are too common to tell anything and are skipped.
func matches(owners []owner, subjects int) []pairChain {
	base := make([]int, len(owners)+1)
	for oi := range owners {
		base[oi+1] = base[oi] + len(owners[oi].seq().Samples)
	}
	ownerOf := make([]int32, base[len(owners)])
	for oi := range owners {
		for g := base[oi]; g < base[oi+1]; g++ {
			ownerOf[g] = int32(oi)
		}
	}
	refs := make([]shingleRef, 0, keyGrids*len(ownerOf))
	var ks []uint64
	for oi := range owners {
		ss := owners[oi].seq().Samples
		for i := range ss {
			ks = ss[i].keys(ks[:0])
			for _, k := range ks {
				refs = append(refs, shingleRef{k, uint32(base[oi] + i)})
			}
		}
	}
	refs = radixSort(refs)
	firstOther := uint32(base[subjects])
	links := map[[2]int32][]link{}
	for a := 0; a < len(refs); {
		b := a + 1
		for b < len(refs) && refs[b].sh == refs[a].sh {
			b++
		}
		if b-a > 1 && b-a <= maxKeyRun && refs[a].g < firstOther {
			for x := a; x < b && refs[x].g < firstOther; x++ {
				gx := refs[x].g
				ox := ownerOf[gx]
				sa := &owners[ox].seq().Samples[int(gx)-base[ox]]
				for y := x + 1; y < b; y++ {
					gy := refs[y].g
					if gy == gx {
						continue
					}
					oy := ownerOf[gy]
					sb := &owners[oy].seq().Samples[int(gy)-base[oy]]
					dt := sb.T - sa.T
					if ox == oy && dt < SameTimeMs || !agree(sa, sb) {
						continue
					}
					k := [2]int32{ox, oy}
					links[k] = append(links[k], link{i: int32(int(gx) - base[ox]), j: int32(int(gy) - base[oy]), dt: dt})
				}
			}
		}
		a = b
	}
	pairs := make([][2]int32, 0, len(links))
	for k, ls := range links {
		if len(ls) >= MinReplayRun {
			pairs = append(pairs, k)
		}
	}
	slices.SortFunc(pairs, func(a, b [2]int32) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	out := make([]pairChain, len(pairs))
	parallel(len(pairs), func(n int) {
		k := pairs[n]
		ls := links[k]
		slices.SortFunc(ls, func(a, b link) int { return cmp.Or(cmp.Compare(a.i, b.i), cmp.Compare(a.j, b.j)) })
		ls = slices.CompactFunc(ls, func(a, b link) bool { return a.i == b.i && a.j == b.j })
		out[n] = pairChain{a: int(k[0]), b: int(k[1]), Chain: longestChain(owners[k[0]].seq(), owners[k[1]].seq(), ls)}
	})
	return slices.DeleteFunc(out, func(p pairChain) bool { return p.Len < MinReplayRun })
}

// pairChain is the longest chain between the sequences of owners a ≤ b (a == b: two parts of one
// sequence, the second later).
type pairChain struct {
	a, b int
	Chain
}

// shingleRef is one key of one sample, by global sample number.
type shingleRef struct {
	sh uint64
	g  uint32
}

// radixSort sorts refs by shingle, stably, and returns the sorted slice, which may be refs or a
// buffer of the same length. Shingles are hashes, spread evenly: one pass scatters them into
// buckets by their top 16 bits, and each bucket, a handful of entries, is sorted on its own.
func radixSort(refs []shingleRef) []shingleRef {
	bySh := func(a, b shingleRef) int {
		switch {
		case a.sh < b.sh:
			return -1
		case a.sh > b.sh:
			return 1
		}
		return 0
	}
	if len(refs) < 1<<12 {
		slices.SortStableFunc(refs, bySh)
		return refs
	}
	const buckets = 1 << 16
	start := make([]int, buckets+1)
	for i := range refs {
		start[refs[i].sh>>48+1]++
	}
	for d := 1; d <= buckets; d++ {
		start[d] += start[d-1]
	}
	next := slices.Clone(start[:buckets])
	buf := make([]shingleRef, len(refs))
	for i := range refs {
		d := refs[i].sh >> 48
		buf[next[d]] = refs[i]
		next[d]++
	}
	for d := range buckets {
		b := buf[start[d]:start[d+1]]
		if len(b) > 32 { // many repeats of one shingle, or data made to crowd a bucket
			slices.SortStableFunc(b, bySh)
			continue
		}
		for i := 1; i < len(b); i++ { // insertion sort: stable, and quickest on a few entries
			for j := i; j > 0 && b[j].sh < b[j-1].sh; j-- {
				b[j], b[j-1] = b[j-1], b[j]
			}
		}
	}
	return buf
}

// parallel calls f(0) .. f(n-1) on up to GOMAXPROCS goroutines and waits for them all.
func parallel(n int, f func(i int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
}
