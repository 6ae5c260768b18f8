package zk

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

// Sizes are the batch sizes a proof can be made for. A batch is padded to the smallest size that
// holds it; larger batches cannot be proved.
var Sizes = []int{256, 1024, 4096}

// TestSize is a small circuit for tests and the CLI's smoke checks: the same rules, eight slots.
const TestSize = 8

// SizeFor returns the smallest of Sizes that holds n records, or 0 when none does.
func SizeFor(n int) int {
	for _, s := range Sizes {
		if n <= s {
			return s
		}
	}
	return 0
}

// A record's slot: the circuit's view of one record, packed in slotBits bits (least significant
// first). Two slots make one field element, the unit the commitment hashes.
const (
	bitValid    = 0 // 1 for a record, 0 for padding (then the whole slot is 0)
	bitScored   = 1 // an LTE (or unknown-mode) session that passed the noise filter
	bitRSRP     = 2 // presence bits: the measurement was taken
	bitRSRQ     = 3
	bitSINR     = 4
	offRSRP     = 5  // RSRP + 1560, 11 bits (−156..−31 dBm)
	offRSRQ     = 16 // RSRQ + 430, 10 bits (−43..20 dB)
	offSINR     = 26 // SINR + 300, 10 bits (−30..50 dB)
	offCell     = 36 // H3 index, 64 bits
	slotBits    = 100
	widthRSRP   = 11
	widthQual   = 10
	biasRSRP    = 1560
	biasRSRQ    = 430
	biasSINR    = 300
	pairsPerFe  = 2
	domainLabel = "datpin/zk/batch/v1"
)

// Slot is a record as the circuit sees it.
type Slot struct {
	Valid, Scored    bool
	RSRP, RSRQ, SINR int32 // 0.1 dB(m); datpin.Missing when not measured (or not scored)
	Cell             uint64
}

// SlotOf maps a public record to its slot. Only LTE and unknown-mode sessions that pass quality's
// noise filter are scored (the circuit implements the LTE radio table); every other record keeps
// its place in the batch, its cell (so the region still covers it) and scores 0.
func SlotOf(p *datpin.PublicRecord) Slot {
	s := Slot{Valid: true, RSRP: datpin.Missing, RSRQ: datpin.Missing, SINR: datpin.Missing, Cell: p.H3Cell}
	if p.Kind != datpin.KindSession {
		return s
	}
	switch p.Mode {
	case datpin.Mode2G, datpin.Mode3G, datpin.ModeNR:
		return s
	}
	r := p.ScoringRecord()
	if quality.Implausible(&r) != 0 {
		return s
	}
	s.Scored = true
	s.RSRP, s.RSRQ, s.SINR = p.RSRPdBm10, p.RSRQdB10, p.SINRdB10
	return s
}

// Score is the slot's radio score in basis points: quality.Radio's LTE rule (tiers of RSRP, RSRQ
// and SINR, the worst measured one decides), 0 when the slot is not scored or measured nothing.
func (s Slot) Score() int32 {
	if !s.Scored {
		return 0
	}
	r := datpin.NewRecord(datpin.KindSession)
	r.Mode = datpin.ModeLTE
	r.RSRPdBm10, r.RSRQdB10, r.SINRdB10 = s.RSRP, s.RSRQ, s.SINR
	return quality.Radio(&r).Score
}

// pack returns the slot's bits as an integer below 2^slotBits.
func (s Slot) pack() *big.Int {
	v := new(big.Int)
	if !s.Valid {
		return v
	}
	v.SetUint64(s.Cell)
	v.Lsh(v, offCell)
	set := func(bit int) { v.SetBit(v, bit, 1) }
	set(bitValid)
	if s.Scored {
		set(bitScored)
		field := func(x int32, bias int32, present, off int) {
			if x == datpin.Missing {
				return
			}
			set(present)
			v.Or(v, new(big.Int).Lsh(big.NewInt(int64(x+bias)), uint(off)))
		}
		field(s.RSRP, biasRSRP, bitRSRP, offRSRP)
		field(s.RSRQ, biasRSRQ, bitRSRQ, offRSRQ)
		field(s.SINR, biasSINR, bitSINR, offSINR)
	}
	return v
}

// Batch is a batch of records in the circuit's form, padded to a fixed size.
type Batch struct {
	Size  int
	Slots []Slot // len(Slots) == Size; records first, then padding
}

// NewBatch encodes records, in their package order, into a batch of the given size.
func NewBatch(size int, recs []datpin.PublicRecord) (*Batch, error) {
	if size <= 0 || size%pairsPerFe != 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "zk: batch size %d is not a positive even number", size)
	}
	if len(recs) == 0 || len(recs) > size {
		return nil, datpin.Errorf(datpin.EINVALID, "zk: %d records do not fit a batch of %d", len(recs), size)
	}
	b := &Batch{Size: size, Slots: make([]Slot, size)}
	for i := range recs {
		b.Slots[i] = SlotOf(&recs[i])
	}
	return b, nil
}

// Records is the number of real (non-padding) slots.
func (b *Batch) Records() int {
	n := 0
	for _, s := range b.Slots {
		if s.Valid {
			n++
		}
	}
	return n
}

// Score is the batch's score as the circuit computes it: the sum of the slots' radio scores
// divided by the number of records, rounded down. A proof of threshold t exists exactly when
// Score() >= t (and every record lies in the region).
func (b *Batch) Score() uint16 {
	var sum int64
	n := int64(0)
	for _, s := range b.Slots {
		if s.Valid {
			n++
			sum += int64(s.Score())
		}
	}
	if n == 0 {
		return 0
	}
	return uint16(sum / n)
}

// elements returns the field elements the commitment hashes: the size, then the slots two by two.
func (b *Batch) elements() []fr.Element {
	out := make([]fr.Element, 1+b.Size/pairsPerFe)
	out[0].SetUint64(uint64(b.Size))
	for i := 0; i < b.Size; i += pairsPerFe {
		v := b.Slots[i+1].pack()
		v.Lsh(v, slotBits)
		v.Or(v, b.Slots[i].pack())
		out[1+i/pairsPerFe].SetBigInt(v)
	}
	return out
}

// Commit is the batch's commitment: MiMC (BN254) over the batch size and the packed slots. It is
// what a contribution carries as zkCommit and the proof's first public input.
func (b *Batch) Commit() [32]byte {
	h := mimc.NewMiMC()
	for _, e := range b.elements() {
		eb := e.Bytes()
		h.Write(eb[:])
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

// Commit encodes records into the smallest batch size that holds them and returns the batch and
// its commitment. It fails (EINVALID) for an empty batch or one larger than the largest size.
func Commit(recs []datpin.PublicRecord) (*Batch, [32]byte, error) {
	size := SizeFor(len(recs))
	if size == 0 {
		return nil, [32]byte{}, datpin.Errorf(datpin.EINVALID, "zk: %d records exceed the largest batch (%d)", len(recs), Sizes[len(Sizes)-1])
	}
	b, err := NewBatch(size, recs)
	if err != nil {
		return nil, [32]byte{}, err
	}
	return b, b.Commit(), nil
}
