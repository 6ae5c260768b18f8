package validator

import (
	"cmp"
	"slices"

	"github.com/datpin/datpin"
)

// Radio traces: what a replay copies when its sessions carry little throughput.
//
// Most real crowd sessions are idle (a phone streaming in bursts, or waiting): they have no
// informative samples, so the throughput chains of fingerprint.go cannot tell their copies. Their
// radio still moves from one second to the next: RSRP, RSRQ, SINR and RSSI change in 1 dB steps
// as the handset and the cell's load move. A contribution's *trace* is its sessions' radio states
// (each rounded to 1 dB) in time order with repeats of the previous state dropped: the sequence
// of changes. A replay keeps that sequence (a light perturbation of a tenth of a dB rounds back);
// a phone left at one spot on another day goes through states of the same range in another
// order. Two traces are compared by their common runs of TraceGram consecutive states, chained
// like the informative samples: each link at most TraceGap steps after the previous in both, at a
// time offset drifting by at most TraceDriftMs plus TraceDriftShare of the time elapsed.
const (
	// TraceGram is how many consecutive states make one key.
	TraceGram = 3
	// MinTraceRun is the fewest chained keys that make two traces one: the longest chain between
	// two independent real contributions is far below it (docs/FRAUD.md).
	MinTraceRun = 16
	// MinWholeTraceRun is the fewest keys that make two traces one when the chain covers at
	// least nine tenths of the shorter trace's keys: a short session copied whole.
	MinWholeTraceRun = 12
	// TraceGap is the most steps a trace chain may skip between two links (a resampled or thinned
	// replay drops states).
	TraceGap = 4
	// TraceDriftMs and TraceDriftShare bound how much the time offset may drift between two
	// links: a time-warped replay stretches time by up to half.
	TraceDriftMs    = 5_000
	TraceDriftShare = 0.6
	// maxTraceKeyRun: a key held by more steps than this says nothing about copying.
	maxTraceKeyRun = 256
)

// TraceStep is one radio state of a trace: the time it was first reported, a hash of the
// rounded levels and the H3 cell it was reported in.
type TraceStep struct {
	T     int64
	State uint64
	Cell  uint64
}

// traceOf is recs' trace: every session with an RSRP, in time order (then by state, so that the
// package's order does not matter), reduced to the changes of its rounded radio state.
func traceOf(recs []datpin.PublicRecord) []TraceStep {
	var all []TraceStep
	for i := range recs {
		r := &recs[i]
		if r.Kind != datpin.KindSession || r.RSRPdBm10 == datpin.Missing {
			continue
		}
		all = append(all, TraceStep{T: r.Time, State: mix(uint64(r.Mode), dB(r.RSRPdBm10), dB(r.RSRQdB10), dB(r.SINRdB10), dB(r.RSSIdBm10)),
			Cell: r.H3Cell})
	}
	slices.SortFunc(all, func(a, b TraceStep) int {
		return cmp.Or(cmp.Compare(a.T, b.T), cmp.Compare(a.State, b.State), cmp.Compare(a.Cell, b.Cell))
	})
	out := all[:0]
	for _, s := range all {
		if len(out) == 0 || out[len(out)-1].State != s.State {
			out = append(out, s)
		}
	}
	return slices.Clip(out)
}

// dB rounds a level in 0.1 dB to the nearest dB; Missing keeps a value of its own.
func dB(v int32) uint64 {
	if v == datpin.Missing {
		return 1 << 40
	}
	if v < 0 {
		return uint64(int64(-((-v + 5) / 10)))
	}
	return uint64(int64((v + 5) / 10))
}

// traceChain is the longest chain found between the traces of owners a and b (b's steps later by
// DtMs at its start), in keys.
type traceChain struct {
	a, b int
	Len  int
	DtMs int64
}

// traceMatches finds, for every pair of distinct owners of which at least the first is one of
// the round's subjects (owners[:subjects]), the longest trace chain, and returns those of at
// least MinTraceRun keys, or MinWholeTraceRun covering nine tenths of the shorter trace's keys.
// States reported at the same time (within SameTimeMs) link only in the
// same H3 cell: one source reported twice keeps its positions, while two handsets in different
// places may be served alike.
func traceMatches(owners []owner, subjects int) []traceChain {
	type ref struct {
		o   int32
		pos int32
	}
	keys := map[uint64][]ref{}
	for oi := range owners {
		tr := owners[oi].seq().Trace
		for p := 0; p+TraceGram <= len(tr); p++ {
			k := mix(tr[p].State, tr[p+1].State, tr[p+2].State)
			keys[k] = append(keys[k], ref{int32(oi), int32(p)})
		}
	}
	links := map[[2]int32][]link{}
	for _, rs := range keys {
		if len(rs) < 2 || len(rs) > maxTraceKeyRun {
			continue
		}
		for x := range rs {
			for y := x + 1; y < len(rs); y++ {
				a, b := rs[x], rs[y]
				if a.o == b.o || int(min(a.o, b.o)) >= subjects {
					continue
				}
				if a.o > b.o {
					a, b = b, a
				}
				sa, sb := &owners[a.o].seq().Trace[a.pos], &owners[b.o].seq().Trace[b.pos]
				dt := sb.T - sa.T
				if max(dt, -dt) < SameTimeMs && sa.Cell != sb.Cell {
					continue // at the same time in another place: another handset, not a copy
				}
				k := [2]int32{a.o, b.o}
				links[k] = append(links[k], link{i: a.pos, j: b.pos, dt: dt})
			}
		}
	}
	pairs := make([][2]int32, 0, len(links))
	for k, ls := range links {
		if len(ls) >= MinWholeTraceRun {
			pairs = append(pairs, k)
		}
	}
	slices.SortFunc(pairs, func(a, b [2]int32) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	out := make([]traceChain, len(pairs))
	parallel(len(pairs), func(n int) {
		k := pairs[n]
		ls := links[k]
		slices.SortFunc(ls, func(a, b link) int { return cmp.Or(cmp.Compare(a.i, b.i), cmp.Compare(a.j, b.j)) })
		l, dt := longestTraceChain(owners[k[0]].seq().Trace, ls)
		out[n] = traceChain{a: int(k[0]), b: int(k[1]), Len: l, DtMs: dt}
	})
	return slices.DeleteFunc(out, func(c traceChain) bool {
		keys := min(len(owners[c.a].seq().Trace), len(owners[c.b].seq().Trace)) - TraceGram + 1
		return c.Len < MinTraceRun && (c.Len < MinWholeTraceRun || 10*c.Len < 9*keys)
	})
}

// longestTraceChain is the most links of ls (sorted by i, then j) that chain: each at most
// TraceGap steps after the previous in both traces, at a time offset drifting by at most
// TraceDriftMs plus TraceDriftShare of the time elapsed in a. It returns the length and the time
// offset at the chain's start.
func longestTraceChain(a []TraceStep, ls []link) (int, int64) {
	best := make([]int32, len(ls))
	from := make([]int32, len(ls))
	top := -1
	lo := 0 // the first link that may precede the current one
	for k, l := range ls {
		best[k], from[k] = 1, int32(k)
		for lo < k && ls[lo].i < l.i-TraceGap-1 {
			lo++
		}
		for p := lo; p < k && ls[p].i < l.i; p++ {
			q := ls[p]
			if q.j >= l.j || q.j < l.j-TraceGap-1 {
				continue
			}
			elapsed := a[l.i].T - a[q.i].T
			if d := l.dt - q.dt; max(d, -d) > TraceDriftMs+int64(TraceDriftShare*float64(elapsed)) {
				continue
			}
			if best[p]+1 > best[k] {
				best[k], from[k] = best[p]+1, from[p]
			}
		}
		if top < 0 || best[k] > best[top] {
			top = k
		}
	}
	if top < 0 {
		return 0, 0
	}
	return int(best[top]), ls[from[top]].dt
}
