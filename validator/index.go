package validator

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// shingleIndex finds, for every comparable block of a round's contributions, the other blocks
// (of the round or the history) that share its shingles and how many: the candidates of
// duplicate detection. A hash map from shingle to blocks costs a lookup per shingle, most of
// which find nothing but the block itself; sorting the (shingle, block) pairs once and reading
// off the runs of equal shingles does the same work in a few sequential passes.
type shingleIndex struct {
	owner []int32 // global block number → index into owners
	block []int32 // global block number → block of its owner
	base  []int   // owner → its first global block number
}

// shingleRef is one shingle of one block, by global block number.
type shingleRef struct {
	sh uint64
	g  uint32
}

func newShingleIndex(owners []owner) *shingleIndex {
	x := &shingleIndex{base: make([]int, len(owners))}
	for oi := range owners {
		x.base[oi] = len(x.owner)
		for bi := range owners[oi].blocks() {
			x.owner = append(x.owner, int32(oi))
			x.block = append(x.block, int32(bi))
		}
	}
	return x
}

func (x *shingleIndex) ref(g uint32) blockRef {
	return blockRef{owner: int(x.owner[g]), block: int(x.block[g])}
}

// candidates calls f, in ascending order of (self, other), for each pair of comparable blocks
// where self belongs to one of the first `subjects` owners, other is another block, and hits,
// the number of self's shingles (counted with their repeats) that other also holds, is positive.
func (x *shingleIndex) candidates(owners []owner, subjects int, f func(self, other blockRef, hits int)) {
	n := 0
	for oi := range owners {
		for _, b := range owners[oi].blocks() {
			if b.Records >= MinBlockRecords {
				n += len(b.Shingles)
			}
		}
	}
	refs := make([]shingleRef, 0, n)
	for oi := range owners {
		bs := owners[oi].blocks()
		for bi := range bs {
			if bs[bi].Records < MinBlockRecords {
				continue
			}
			g := uint32(x.base[oi] + bi)
			for _, sh := range bs[bi].Shingles {
				refs = append(refs, shingleRef{sh, g})
			}
		}
	}
	// Stable, so each run of one shingle lists its blocks in ascending order, repeats adjacent.
	refs = radixSort(refs)
	firstOther := uint32(len(x.owner))
	if subjects < len(owners) {
		firstOther = uint32(x.base[subjects])
	}
	// The runs of shingles that a subject's block shares with another block, by block: the
	// same count as looking each of the block's shingles up, without the lookups.
	type share struct {
		g      uint32 // the subject's block
		m      uint32 // repeats of the shingle in it
		lo, hi uint32 // the run of the shingle in refs
	}
	var shares []share
	perBlock := make([]uint32, firstOther+1)
	for a := 0; a < len(refs); {
		b := a + 1
		for b < len(refs) && refs[b].sh == refs[a].sh {
			b++
		}
		if b-a > 1 && refs[a].g < firstOther && refs[b-1].g != refs[a].g {
			for i := a; i < b && refs[i].g < firstOther; {
				j := i + 1
				for j < b && refs[j].g == refs[i].g {
					j++
				}
				shares = append(shares, share{g: refs[i].g, m: uint32(j - i), lo: uint32(a), hi: uint32(b)})
				perBlock[refs[i].g+1]++
				i = j
			}
		}
		a = b
	}
	// Bucket the shares by block (a counting sort: blocks are few).
	for g := 1; g < len(perBlock); g++ {
		perBlock[g] += perBlock[g-1]
	}
	byBlock := make([]share, len(shares))
	next := slices.Clone(perBlock[:firstOther])
	for _, sh := range shares {
		byBlock[next[sh.g]] = sh
		next[sh.g]++
	}
	// Count each subject block's hits, blocks spread over the cores, then report in order.
	type hit struct {
		other uint32
		n     int
	}
	found := make([][]hit, firstOther)
	const chunk = 64
	parallel(int(firstOther+chunk-1)/chunk, func(c int) {
		hits := make([]int, len(x.owner))
		var touched []uint32
		for g := uint32(c * chunk); g < min(uint32(c+1)*chunk, firstOther); g++ {
			touched = touched[:0]
			for _, sh := range byBlock[perBlock[g]:perBlock[g+1]] {
				prev := g // each other block once per shingle, however often it repeats it
				for i := sh.lo; i < sh.hi; i++ {
					o := refs[i].g
					if o == g || o == prev {
						continue
					}
					prev = o
					if hits[o] == 0 {
						touched = append(touched, o)
					}
					hits[o] += int(sh.m)
				}
			}
			slices.Sort(touched)
			hs := make([]hit, len(touched))
			for i, o := range touched {
				hs[i] = hit{o, hits[o]}
				hits[o] = 0
			}
			found[g] = hs
		}
	})
	for g, hs := range found {
		for _, h := range hs {
			f(x.ref(uint32(g)), x.ref(h.other), h.n)
		}
	}
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
