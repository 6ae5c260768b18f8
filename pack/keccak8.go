package pack

import (
	"bytes"
	"encoding/binary"
)

// keccakRate is the rate of keccak256 in bytes: a message shorter than this
// is absorbed in one permutation.
const keccakRate = 136

// keccak8 computes eight keccak256 hashes of short messages with one call
// of the eight-way permutation. Its state is reused from call to call.
type keccak8 struct {
	a   [25][8]uint64 // a[i][j] is lane i of hash j
	blk [keccakRate]byte
}

// absorb puts the padded one-block message m (len(m) < keccakRate) into
// state j.
func (k *keccak8) absorb(j int, m []byte) {
	b := &k.blk
	clear(b[:])
	copy(b[:], m)
	b[len(m)] ^= 0x01
	b[keccakRate-1] ^= 0x80
	for i := range keccakRate / 8 {
		k.a[i][j] = binary.LittleEndian.Uint64(b[8*i:])
	}
}

// squeeze returns the hash in state j.
func (k *keccak8) squeeze(j int) (out [32]byte) {
	for i := range 4 {
		binary.LittleEndian.PutUint64(out[8*i:], k.a[i][j])
	}
	return out
}

// reset zeroes all eight states.
func (k *keccak8) reset() { k.a = [25][8]uint64{} }

// words puts a 32- or 64-byte message, given as words, into state j: the
// padding follows it directly, and the other rate lanes stay zero.
func (k *keccak8) words(j int, w ...*[32]byte) {
	i := 0
	for _, x := range w {
		for o := 0; o < 32; o += 8 {
			k.a[i][j] = binary.LittleEndian.Uint64(x[o:])
			i++
		}
	}
	k.a[i][j] = 0x01
	k.a[keccakRate/8-1][j] = 0x80 << 56
}

// leaves8 writes the Merkle leaves keccak256(keccak256(rec)) of up to eight
// encoded records to out. Records of keccakRate bytes or more are hashed
// one by one.
func (h *hasher) leaves8(out [][32]byte, recs [][]byte) {
	k := h.k8
	k.reset()
	for j, r := range recs {
		if len(r) < keccakRate {
			k.absorb(j, r)
		}
	}
	keccakF1600x8(&k.a)
	var sums [8][32]byte
	for j, r := range recs {
		if len(r) < keccakRate {
			sums[j] = k.squeeze(j)
		} else {
			sums[j] = h.sum(r)
		}
	}
	k.reset()
	for j := range recs {
		k.words(j, &sums[j])
	}
	keccakF1600x8(&k.a)
	for j := range recs {
		out[j] = k.squeeze(j)
	}
}

// pairs8 writes the parents of up to eight pairs of nodes, level[2j] and
// level[2j+1], to out[j]. out may share memory with level: every input is
// read before the first output is written.
func (h *hasher) pairs8(out [][32]byte, level [][32]byte) {
	k := h.k8
	k.reset()
	n := len(level) / 2
	for j := range n {
		a, b := &level[2*j], &level[2*j+1]
		if bytes.Compare(a[:], b[:]) > 0 {
			a, b = b, a
		}
		k.words(j, a, b)
	}
	keccakF1600x8(&k.a)
	for j := range n {
		out[j] = k.squeeze(j)
	}
}
