package pack

import (
	"bytes"
	"sync"

	"github.com/datpin/datpin"
	"github.com/ethereum/go-ethereum/crypto"
)

// hasher computes keccak256 without allocating: its state and buffers live
// on the heap once and are reused for every hash. Where the processor has
// AVX-512 it also hashes eight leaves or inner nodes at once (k8).
type hasher struct {
	k   crypto.KeccakState
	k8  *keccak8 // nil without the eight-way permutation
	buf [64]byte
	out [32]byte
}

func newHasher() *hasher {
	h := &hasher{k: crypto.NewKeccakState()}
	if haveKeccak8 {
		h.k8 = new(keccak8)
	}
	return h
}

var hasherPool = sync.Pool{New: func() any { return newHasher() }}

func getHasher() *hasher  { return hasherPool.Get().(*hasher) }
func putHasher(h *hasher) { hasherPool.Put(h) }

func (h *hasher) sum(data []byte) [32]byte {
	h.k.Reset()
	h.k.Write(data)
	h.k.Read(h.out[:])
	return h.out
}

// leaf returns keccak256(keccak256(rec)).
func (h *hasher) leaf(rec []byte) [32]byte {
	h.sum(rec)
	copy(h.buf[:32], h.out[:])
	return h.sum(h.buf[:32])
}

// pair returns keccak256 of a and b in ascending order.
func (h *hasher) pair(a, b *[32]byte) [32]byte {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	copy(h.buf[:32], a[:])
	copy(h.buf[32:], b[:])
	return h.sum(h.buf[:])
}

// Keccak256 returns the keccak256 hash of data.
func Keccak256(data []byte) [32]byte {
	h := getHasher()
	defer putHasher(h)
	return h.sum(data)
}

// RecordHash returns keccak256(rec), the hash of an encoded record, as
// DataAnchoringToken.verifyRecord takes it.
func RecordHash(rec []byte) [32]byte { return Keccak256(rec) }

// LeafHash returns the Merkle leaf of a record hash: keccak256(recordHash).
func LeafHash(recordHash [32]byte) [32]byte { return Keccak256(recordHash[:]) }

// Leaf returns the Merkle leaf of an encoded record:
// keccak256(keccak256(rec)).
func Leaf(rec []byte) [32]byte {
	h := getHasher()
	defer putHasher(h)
	return h.leaf(rec)
}

// HashPair returns the inner node over a and b: keccak256 of the two words,
// smaller first, as OpenZeppelin's commutative hash.
func HashPair(a, b [32]byte) [32]byte {
	h := getHasher()
	defer putHasher(h)
	return h.pair(&a, &b)
}

// Root returns the Merkle root over leaves, in order: the zero hash for no
// leaves, the leaf itself for one. At every level an odd last node is
// carried up unchanged. It allocates one scratch level.
func Root(leaves [][32]byte) [32]byte {
	switch len(leaves) {
	case 0:
		return [32]byte{}
	case 1:
		return leaves[0]
	}
	h := getHasher()
	defer putHasher(h)
	level := make([][32]byte, (len(leaves)+1)/2)
	n := reduce(h, level, leaves)
	for n > 1 {
		n = reduce(h, level[:n], level[:n])
	}
	return level[0]
}

// rootInPlace is Root without the scratch level: it overwrites leaves.
func rootInPlace(leaves [][32]byte) [32]byte {
	if len(leaves) == 0 {
		return [32]byte{}
	}
	h := getHasher()
	defer putHasher(h)
	n := len(leaves)
	for n > 1 {
		n = reduce(h, leaves[:n], leaves[:n])
	}
	return leaves[0]
}

// reduce writes the parents of level into dst (which may be level itself)
// and returns how many there are.
func reduce(h *hasher, dst, level [][32]byte) int {
	n := len(level)
	j := 0
	if h.k8 != nil {
		// Sixteen children make eight parents per permutation call; the
		// parents land at or before the first child, which is already read.
		for j < n/2 {
			k := min(8, n/2-j)
			h.pairs8(dst[j:], level[2*j:2*(j+k)])
			j += k
		}
	}
	for i := 2 * j; i+1 < n; i += 2 {
		dst[j] = h.pair(&level[i], &level[i+1])
		j++
	}
	if n%2 == 1 {
		dst[j] = level[n-1]
		j++
	}
	return j
}

// Tree is a Merkle tree that keeps every level, to make proofs.
type Tree struct {
	levels [][][32]byte // levels[0] is the leaves, the last is the root
}

// NewTree builds the tree over leaves, which it does not retain.
func NewTree(leaves [][32]byte) *Tree {
	t := &Tree{}
	level := append([][32]byte(nil), leaves...)
	t.levels = append(t.levels, level)
	h := getHasher()
	defer putHasher(h)
	for len(level) > 1 {
		next := make([][32]byte, (len(level)+1)/2)
		reduce(h, next, level)
		t.levels = append(t.levels, next)
		level = next
	}
	return t
}

// Len returns the number of leaves.
func (t *Tree) Len() int { return len(t.levels[0]) }

// Root returns the root; the zero hash for an empty tree.
func (t *Tree) Root() [32]byte {
	top := t.levels[len(t.levels)-1]
	if len(top) == 0 {
		return [32]byte{}
	}
	return top[0]
}

// Leaf returns leaf i.
func (t *Tree) Leaf(i int) [32]byte { return t.levels[0][i] }

// Proof returns the sibling hashes from leaf i up to the root, as
// OpenZeppelin MerkleProof.verify takes them. A level where the node has
// no sibling (an odd last node) contributes nothing.
func (t *Tree) Proof(i int) ([][32]byte, error) {
	if i < 0 || i >= t.Len() {
		return nil, datpin.Errorf(datpin.EINVALID, "leaf %d is outside 0..%d", i, t.Len()-1)
	}
	var proof [][32]byte
	for _, level := range t.levels[:len(t.levels)-1] {
		if s := i ^ 1; s < len(level) {
			proof = append(proof, level[s])
		}
		i /= 2
	}
	return proof, nil
}

// ProcessProof returns the root that leaf and proof lead to.
func ProcessProof(leaf [32]byte, proof [][32]byte) [32]byte {
	h := getHasher()
	defer putHasher(h)
	for i := range proof {
		leaf = h.pair(&leaf, &proof[i])
	}
	return leaf
}

// Verify reports whether proof proves leaf to be in the tree with root, by
// the rules of OpenZeppelin MerkleProof.verify.
func Verify(root, leaf [32]byte, proof [][32]byte) bool {
	return ProcessProof(leaf, proof) == root
}
