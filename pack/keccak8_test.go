package pack

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// scalarHasher is a hasher without the eight-way permutation.
func scalarHasher() *hasher { return &hasher{k: crypto.NewKeccakState()} }

// The eight-way leaves equal keccak256(keccak256(rec)) for every record
// length around the one-block limit and for groups of every size.
func TestLeaves8_MatchesScalar(t *testing.T) {
	if !haveKeccak8 {
		t.Log("no AVX-512: the eight-way path falls back to the scalar one")
	}
	h, s := newHasher(), scalarHasher()
	rng := rand.New(rand.NewPCG(1, 2))
	lengths := []int{0, 1, 31, 32, 33, 64, 105, 113, 134, 135, 136, 137, 271, 272, 617}
	for g := 1; g <= 8; g++ {
		for trial := range 20 {
			recs := make([][]byte, g)
			for j := range recs {
				recs[j] = make([]byte, lengths[(trial*8+j)%len(lengths)])
				for i := range recs[j] {
					recs[j][i] = byte(rng.Uint32())
				}
			}
			got := h.appendLeaves(nil, recs)
			for j, r := range recs {
				want := crypto.Keccak256Hash(crypto.Keccak256(r))
				if got[j] != [32]byte(want) || s.leaf(r) != [32]byte(want) {
					t.Fatalf("group %d, record %d (%d bytes): leaf %x, want %x", g, j, len(r), got[j], want)
				}
			}
		}
	}
}

// Root and NewTree give the plain tree's root for every size around the
// eight-pair groups, whether or not the eight-way permutation is used.
func TestRoot_MatchesScalar(t *testing.T) {
	for n := 1; n <= 70; n++ {
		leaves := make([][32]byte, n)
		for i := range leaves {
			leaves[i] = Keccak256([]byte{byte(i), byte(n)})
		}
		want := leaves[0]
		if n > 1 {
			level := make([][32]byte, (n+1)/2)
			s := scalarHasher()
			k := reduce(s, level, leaves)
			for k > 1 {
				k = reduce(s, level[:k], level[:k])
			}
			want = level[0]
		}
		if got := Root(leaves); got != want {
			t.Fatalf("%d leaves: root %x, want %x", n, got, want)
		}
		if got := rootInPlace(append([][32]byte(nil), leaves...)); got != want {
			t.Fatalf("%d leaves: in-place root %x, want %x", n, got, want)
		}
		if got := NewTree(leaves).Root(); got != want {
			t.Fatalf("%d leaves: tree root %x, want %x", n, got, want)
		}
		// HashPair is the two-leaf root.
		if n == 2 {
			a := HashPair(leaves[0], leaves[1])
			if !bytes.Equal(a[:], want[:]) {
				t.Fatalf("HashPair %x, root %x", a, want)
			}
		}
	}
}

// The committed assembly is what its generator writes: it cannot drift from keccak8_gen.go.
func TestKeccak8_GeneratedFileIsCurrent(t *testing.T) {
	out := filepath.Join(t.TempDir(), "keccak8_amd64.s")
	cmd := exec.Command("go", "run", "keccak8_gen.go", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run keccak8_gen.go: %v\n%s", err, b)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("keccak8_amd64.s")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("keccak8_amd64.s differs from what keccak8_gen.go writes: run go generate ./pack")
	}
}
