package validator

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"

	"github.com/datpin/datpin"
)

// Fingerprints of session data, robust to time shifts and small noise.
//
// A contribution's sessions are cut into hour blocks. Every session gives a
// few shingles: hashes of its H3 cell with coarse bins of its measurements,
// each taken on two bin grids offset by half a bin, so that a perturbation
// smaller than half a bin leaves at least one grid's shingle intact. A session
// reappears in another block when both kinds of its shingles do. Absolute
// time, pseudonyms and station ids are left out: a copy shifted by hours, or
// re-pseudonymized under another station's key, keeps its shingles. Two
// independent hours almost never share many shingles, because a shingle joins
// a place with several noisy measurements.
const (
	hourMs = 3_600_000
	// MinBlockRecords is the fewest sessions an hour block needs to be compared:
	// smaller blocks share shingles by chance too easily.
	MinBlockRecords = 6
	// DupContainment is the share of a block's sessions that must reappear in
	// another block for the pair to be duplicates.
	DupContainment = 0.6
)

// Block is one hour of a contribution's sessions, fingerprinted.
type Block struct {
	StartMs  int64    `json:"startMs"` // start of the hour, Unix ms
	Records  int      `json:"records"`
	Shingles []uint64 `json:"-"` // per session, shinglesPerRecord hashes, session by session
}

const shinglesPerRecord = 4

// Fingerprint is the per-hour fingerprint of a contribution's sessions.
type Fingerprint struct {
	Blocks []Block
}

// FingerprintOf fingerprints the sessions of recs.
func FingerprintOf(recs []datpin.PublicRecord) Fingerprint {
	byHour := map[int64][]int{}
	for i := range recs {
		if recs[i].Kind != datpin.KindSession {
			continue
		}
		h := floorDiv(recs[i].Time, hourMs) * hourMs
		byHour[h] = append(byHour[h], i)
	}
	var fp Fingerprint
	for h, idx := range byHour {
		b := Block{StartMs: h, Records: len(idx), Shingles: make([]uint64, 0, len(idx)*shinglesPerRecord)}
		for _, i := range idx {
			b.Shingles = recordShingles(b.Shingles, &recs[i])
		}
		fp.Blocks = append(fp.Blocks, b)
	}
	slices.SortFunc(fp.Blocks, func(a, b Block) int { return cmp.Compare(a.StartMs, b.StartMs) })
	return fp
}

// recordShingles appends a session's shingles, each on two grids: (cell, signal, delay) and
// (cell, power, rate, loss). Each joins several independent noisy measurements, so that two
// different sessions in one place rarely share one.
func recordShingles(dst []uint64, r *datpin.PublicRecord) []uint64 {
	down := math.NaN()
	if r.DownKbps != datpin.Missing && r.DownKbps > 0 {
		down = math.Log(float64(r.DownKbps)) / math.Log(1.1)
	}
	for g := range 2 {
		off := float64(g) / 2
		a := mix(1, uint64(g), r.H3Cell, bin(r.RSRPdBm10, 20, off), bin(r.SINRdB10, 20, off),
			bin(r.LatencyMs10, 20, off), bin(r.JitterMs10, 10, off))
		b := mix(2, uint64(g), r.H3Cell, bin(r.RSRQdB10, 20, off), bin(r.RSSIdBm10, 20, off),
			logBin(r.DownKbps, down, off), bin(r.LossPermille, 2, off), bin(r.CQI, 1, 0))
		dst = append(dst, a, b)
	}
	return dst
}

// bin is v's bin of width w on the grid offset by off bins; Missing has its own bin.
func bin(v int32, w float64, off float64) uint64 {
	if v == datpin.Missing {
		return math.MaxUint64
	}
	return uint64(int64(math.Floor(float64(v)/w + off)))
}

// logBin bins a rate on a 10 % logarithmic grid, given lg = log₁.₁(v) (NaN for no rate).
func logBin(v int32, lg float64, off float64) uint64 {
	if math.IsNaN(lg) {
		return math.MaxUint64 - uint64(max(v, -1)+1)
	}
	return uint64(int64(math.Floor(lg + off)))
}

func boolBit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// mix hashes a tuple with FNV-1a over its little-endian words and a SplitMix64 finish.
func mix(vs ...uint64) uint64 {
	h := uint64(14695981039346656037)
	var b [8]byte
	for _, v := range vs {
		binary.LittleEndian.PutUint64(b[:], v)
		for _, c := range b {
			h ^= uint64(c)
			h *= 1099511628211
		}
	}
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

// contained counts the sessions of a that reappear in set: both of their shingle kinds, each on
// either grid. Asking for both makes a chance match between independent sessions rare (two
// coincidences, not one), while a copy perturbed by less than half a bin keeps both.
func contained(a *Block, set map[uint64]struct{}) int {
	n := 0
	for i := 0; i+shinglesPerRecord <= len(a.Shingles); i += shinglesPerRecord {
		s := a.Shingles[i : i+shinglesPerRecord] // grid 0: a, b; grid 1: a, b
		_, a0 := set[s[0]]
		_, a1 := set[s[2]]
		if !a0 && !a1 {
			continue
		}
		_, b0 := set[s[1]]
		_, b1 := set[s[3]]
		if b0 || b1 {
			n++
		}
	}
	return n
}

func shingleSet(b *Block) map[uint64]struct{} {
	m := make(map[uint64]struct{}, len(b.Shingles))
	for _, s := range b.Shingles {
		m[s] = struct{}{}
	}
	return m
}

// duplicates reports whether blocks a and b hold the same sessions: the smaller one's sessions
// reappear, for at least DupContainment of them, in the larger one.
func duplicates(a, b *Block, aset, bset map[uint64]struct{}) bool {
	if a.Records < MinBlockRecords || b.Records < MinBlockRecords {
		return false
	}
	small, big := a, bset
	if b.Records < a.Records {
		small, big = b, aset
	}
	return float64(contained(small, big)) >= DupContainment*float64(small.Records)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
