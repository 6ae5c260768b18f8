package pack_test

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/pack"
	"github.com/ethereum/go-ethereum/crypto"
)

// refRoot is the tree of ARCHITECTURE.md written as plainly as possible,
// with go-ethereum's keccak.
func refRoot(leaves [][32]byte) [32]byte {
	if len(leaves) == 0 {
		return [32]byte{}
	}
	level := leaves
	for len(level) > 1 {
		var next [][32]byte
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
				continue
			}
			a, b := level[i], level[i+1]
			if bytes.Compare(a[:], b[:]) > 0 {
				a, b = b, a
			}
			next = append(next, crypto.Keccak256Hash(a[:], b[:]))
		}
		level = next
	}
	return level[0]
}

// ozProcessProof mirrors OpenZeppelin MerkleProof.processProof with
// Hashes.commutativeKeccak256.
func ozProcessProof(leaf [32]byte, proof [][32]byte) [32]byte {
	h := leaf
	for _, p := range proof {
		if bytes.Compare(h[:], p[:]) < 0 {
			h = crypto.Keccak256Hash(h[:], p[:])
		} else {
			h = crypto.Keccak256Hash(p[:], h[:])
		}
	}
	return h
}

func testLeaves(n int) [][32]byte {
	leaves := make([][32]byte, n)
	for i := range leaves {
		leaves[i] = pack.Leaf([]byte(fmt.Sprintf("record %d", i)))
	}
	return leaves
}

func TestLeaf(t *testing.T) {
	rec := []byte("datpin")
	rh := crypto.Keccak256Hash(rec)
	want := crypto.Keccak256Hash(rh[:])
	if pack.RecordHash(rec) != rh || pack.Leaf(rec) != want || pack.LeafHash(rh) != want {
		t.Fatal("leaf is not keccak256(keccak256(record))")
	}
}

func TestRoot_Vector(t *testing.T) {
	// Three leaves: the root is H(H(l0,l1) sorted, l2) sorted, l2 carried up.
	leaves := [][32]byte{pack.Leaf([]byte("a")), pack.Leaf([]byte("b")), pack.Leaf([]byte("c"))}
	got := hex.EncodeToString(func() []byte { r := pack.Root(leaves); return r[:] }())
	want := hex.EncodeToString(func() []byte { r := refRoot(leaves); return r[:] }())
	if got != want {
		t.Fatalf("root = %s, want %s", got, want)
	}
	if pack.Root(nil) != ([32]byte{}) {
		t.Fatal("empty root is not zero")
	}
	if pack.Root(leaves[:1]) != leaves[0] {
		t.Fatal("root of one leaf is not the leaf")
	}
}

func TestTree_Proof(t *testing.T) {
	for n := 1; n <= 70; n++ {
		leaves := testLeaves(n)
		tree := pack.NewTree(leaves)
		root := tree.Root()
		if root != refRoot(leaves) || root != pack.Root(leaves) {
			t.Fatalf("n=%d: roots differ", n)
		}
		for i := range leaves {
			proof, err := tree.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			if !pack.Verify(root, leaves[i], proof) || ozProcessProof(leaves[i], proof) != root {
				t.Fatalf("n=%d: proof of leaf %d does not verify", n, i)
			}
			if len(proof) > 0 {
				bad := append([][32]byte(nil), proof...)
				bad[0][0] ^= 1
				if pack.Verify(root, leaves[i], bad) {
					t.Fatalf("n=%d: tampered proof of leaf %d verifies", n, i)
				}
			}
			if n > 1 && pack.Verify(root, leaves[(i+1)%n], proof) {
				t.Fatalf("n=%d: proof of leaf %d verifies leaf %d", n, i, (i+1)%n)
			}
		}
	}
	t.Run("ErrIndex", func(t *testing.T) {
		tree := pack.NewTree(testLeaves(3))
		for _, i := range []int{-1, 3} {
			if _, err := tree.Proof(i); datpin.ErrorCode(err) != datpin.EINVALID {
				t.Fatalf("Proof(%d) err = %v, want EINVALID", i, err)
			}
		}
	})
}

func TestRoot_DoesNotAllocatePerLeaf(t *testing.T) {
	leaves := testLeaves(1000)
	if a := testing.AllocsPerRun(10, func() { pack.Root(leaves) }); a > 2 {
		t.Fatalf("Root allocates %v times", a)
	}
	rec := []byte("record")
	if a := testing.AllocsPerRun(100, func() { pack.Leaf(rec) }); a > 0 {
		t.Fatalf("Leaf allocates %v times", a)
	}
}
