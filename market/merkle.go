// Package market is the buyer's and the curator's side of datpin's data market off chain:
// dataset manifests and the Merkle tree the DataMarket contract checks them with.
package market

import (
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin/evm"
)

// Entry is one token of a dataset manifest: its id and the units of its value the dataset uses
// (the DataMarket's entry).
type Entry = evm.MarketEntry

// Leaf is the DataMarket's leaf of the entry at manifest index i:
// keccak256(abi.encode(index, tokenId, units)).
func Leaf(index int, e Entry) [32]byte {
	var b [96]byte
	new(big.Int).SetUint64(uint64(index)).FillBytes(b[0:32])
	new(big.Int).SetUint64(e.TokenID).FillBytes(b[32:64])
	new(big.Int).SetUint64(e.Units).FillBytes(b[64:96])
	return crypto.Keccak256Hash(b[:])
}

func hashPair(a, b [32]byte) [32]byte { return crypto.Keccak256Hash(a[:], b[:]) }

// Tree is the DataMarket's positional Merkle tree over leaves: each level hashes pairs left to
// right and carries an odd last node up unchanged.
type Tree struct {
	levels [][][32]byte // levels[0] are the leaves
}

// NewTree builds the tree of leaves (at least one).
func NewTree(leaves [][32]byte) *Tree {
	t := &Tree{levels: [][][32]byte{append([][32]byte(nil), leaves...)}}
	for cur := t.levels[0]; len(cur) > 1; {
		next := make([][32]byte, 0, (len(cur)+1)/2)
		for i := 0; i < len(cur); i += 2 {
			if i+1 < len(cur) {
				next = append(next, hashPair(cur[i], cur[i+1]))
			} else {
				next = append(next, cur[i])
			}
		}
		t.levels = append(t.levels, next)
		cur = next
	}
	return t
}

// Root is the tree's root (zero for no leaves).
func (t *Tree) Root() [32]byte {
	top := t.levels[len(t.levels)-1]
	if len(top) == 0 {
		return [32]byte{}
	}
	return top[0]
}

// Proof is the path of the leaf at pos: the siblings from the leaves up, skipping levels where
// the node is carried up alone.
func (t *Tree) Proof(pos int) [][32]byte {
	var proof [][32]byte
	for _, lvl := range t.levels[:len(t.levels)-1] {
		switch {
		case pos%2 == 1:
			proof = append(proof, lvl[pos-1])
		case pos+1 < len(lvl):
			proof = append(proof, lvl[pos+1])
		}
		pos /= 2
	}
	return proof
}

// Verify checks a proof of leaf at pos in a tree of n leaves with the given root, as the
// DataMarket does.
func Verify(proof [][32]byte, root, leaf [32]byte, pos, n int) bool {
	k := 0
	for n > 1 {
		switch {
		case pos%2 == 1:
			if k >= len(proof) {
				return false
			}
			leaf = hashPair(proof[k], leaf)
			k++
		case pos+1 < n:
			if k >= len(proof) {
				return false
			}
			leaf = hashPair(leaf, proof[k])
			k++
		}
		pos /= 2
		n = (n + 1) / 2
	}
	return k == len(proof) && leaf == root
}

// ManifestRoot is the root the DataMarket computes over a manifest's entries.
func ManifestRoot(entries []Entry) [32]byte {
	leaves := make([][32]byte, len(entries))
	for i, e := range entries {
		leaves[i] = Leaf(i, e)
	}
	return NewTree(leaves).Root()
}
