package validator

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// matches finds, between the sequences of a round's owners (the first `subjects`) and every
// other owner's, and within each subject's own sequence, the longest chain of agreeing samples of
// each pair that has one of at least MinReplayRun. Candidates come from the samples' keys: the
// keys of all samples are sorted once, and each run of one key pairs its samples; runs longer than
// maxKeyRun are too common to tell anything and are skipped.
//
// The pairing runs subject by subject, on every core: a subject's samples in time order, each
// paired with the samples after it in its keys' runs. A pair's links thus come out in the order of
// the subject's samples, gathered in a slot per other owner, so neither a map of pairs nor a full
// sort of their links is needed, and only one subject's links are held at a time per core.
func matches(owners []owner, subjects int) []pairChain {
	base := make([]int, len(owners)+1)
	samples := make([][]Sample, len(owners))
	for oi := range owners {
		samples[oi] = owners[oi].seq().Samples
		base[oi+1] = base[oi] + len(samples[oi])
	}
	ownerOf := make([]int32, base[len(owners)])
	for oi := range owners {
		for g := base[oi]; g < base[oi+1]; g++ {
			ownerOf[g] = int32(oi)
		}
	}
	// Every sample has keyGrids keys: key k of global sample g is ref g*keyGrids+k.
	refs := make([]shingleRef, 0, keyGrids*len(ownerOf))
	var ks []uint64
	for oi := range owners {
		ss := samples[oi]
		for i := range ss {
			ks = ss[i].keys(ks[:0])
			for _, k := range ks {
				refs = append(refs, shingleRef{sh: k, ref: uint32(len(refs))})
			}
		}
	}
	refs = radixSort(refs)
	subjectRefs := keyGrids * base[subjects]
	pos := make([]int32, subjectRefs)  // sorted position of each subject ref
	runEnd := make([]int32, len(refs)) // end of the run of each position's key
	for a := 0; a < len(refs); {
		b := a + 1
		for b < len(refs) && refs[b].sh == refs[a].sh {
			b++
		}
		for x := a; x < b; x++ {
			runEnd[x] = int32(b)
			if r := int(refs[x].ref); r < subjectRefs {
				pos[r] = int32(x)
			}
		}
		if b-a > maxKeyRun {
			for x := a; x < b; x++ {
				runEnd[x] = int32(x + 1) // nothing to pair with
			}
		}
		a = b
	}
	// The samples in the keys' sorted order, with their owner and index: the pairing below reads
	// each run front to back, so this keeps its reads sequential.
	sorted := make([]placed, len(refs))
	for y := range refs {
		g := int(refs[y].ref) / keyGrids
		o := ownerOf[g]
		sorted[y] = placed{s: samples[o][g-base[o]], g: int32(g), owner: o, idx: int32(g - base[o])}
	}
	found := make([][]pairChain, subjects)
	type scratch struct {
		links   [][]link // per other owner
		touched []int32
	}
	pool := sync.Pool{New: func() any { return &scratch{links: make([][]link, len(owners))} }}
	parallel(subjects, func(ox int) {
		sc := pool.Get().(*scratch)
		defer pool.Put(sc)
		sa := samples[ox]
		for i := range sa {
			gx := base[ox] + i
			for k := range keyGrids {
				x := int(pos[gx*keyGrids+k])
				for y := x + 1; y < int(runEnd[x]); y++ {
					c := &sorted[y]
					if int(c.g) == gx {
						continue
					}
					oy := c.owner
					dt := c.s.T - sa[i].T
					if int(oy) == ox && dt < SameTimeMs || !agree(&sa[i], &c.s) {
						continue
					}
					if len(sc.links[oy]) == 0 {
						sc.touched = append(sc.touched, oy)
					}
					sc.links[oy] = append(sc.links[oy], link{i: int32(i), j: c.idx, dt: dt})
				}
			}
		}
		slices.Sort(sc.touched)
		for _, oy := range sc.touched {
			ls := sc.links[oy]
			if len(ls) >= MinReplayRun {
				// In order of i already; the links of one i come from keyGrids runs, each in
				// order of j: an insertion sort only moves those few.
				for n := 1; n < len(ls); n++ {
					for m := n; m > 0 && ls[m].order() < ls[m-1].order(); m-- {
						ls[m], ls[m-1] = ls[m-1], ls[m]
					}
				}
				ls = slices.CompactFunc(ls, func(a, b link) bool { return a.i == b.i && a.j == b.j })
				if c := longestChain(owners[ox].seq(), owners[oy].seq(), ls); c.Len >= MinReplayRun {
					found[ox] = append(found[ox], pairChain{a: ox, b: int(oy), Chain: c})
				}
			}
			sc.links[oy] = sc.links[oy][:0]
		}
		sc.touched = sc.touched[:0]
	})
	return slices.Concat(found...)
}

// placed is a sample at its key's place in the sorted keys: g its global number, idx its index in
// its owner's sequence.
type placed struct {
	s          Sample
	g          int32
	owner, idx int32
}

// pairChain is the longest chain between the sequences of owners a ≤ b (a == b: two parts of one
// sequence, the second later).
type pairChain struct {
	a, b int
	Chain
}

// shingleRef is one key of one sample: key k of global sample g is ref g*keyGrids+k.
type shingleRef struct {
	sh  uint64
	ref uint32
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
