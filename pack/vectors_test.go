package pack_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/pack"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The files in testdata pin the wire formats for other implementations
// (Solidity tests, a SNARK circuit, indexers). Regenerate them with
//
//	go test ./pack -run Vectors -update
//
// only together with a new RecordVersion or ManifestVersion.
var update = flag.Bool("update", false, "rewrite the test vectors in testdata")

type hexBytes []byte

func (h hexBytes) MarshalJSON() ([]byte, error) { return json.Marshal("0x" + hex.EncodeToString(h)) }

type merkleVector struct {
	Records      []hexBytes   `json:"records"`      // canonical record encodings
	RecordHashes []hexBytes   `json:"recordHashes"` // keccak256(record), as verifyRecord takes it
	Leaves       []hexBytes   `json:"leaves"`       // keccak256(recordHash)
	Root         hexBytes     `json:"root"`
	Proofs       [][]hexBytes `json:"proofs"`
}

type eip712Vector struct {
	ChainID           uint64   `json:"chainId"`
	VerifyingContract string   `json:"verifyingContract"`
	DomainSeparator   hexBytes `json:"domainSeparator"`
	Signer            string   `json:"signer"`
	Contribution      struct {
		ClassID     uint64   `json:"classId"`
		Device      string   `json:"device"`
		Epoch       uint32   `json:"epoch"`
		H3Cell      uint64   `json:"h3Cell"`
		RecordCount uint32   `json:"recordCount"`
		MerkleRoot  hexBytes `json:"merkleRoot"`
		CIDDigest   hexBytes `json:"cidDigest"`
		Score       uint16   `json:"score"`
		ZKCommit    hexBytes `json:"zkCommit"`
		Deadline    uint64   `json:"deadline"`
		StructHash  hexBytes `json:"structHash"`
		Digest      hexBytes `json:"digest"`
		Signature   hexBytes `json:"signature"`
	} `json:"contribution"`
	Onboard struct {
		Device     string   `json:"device"`
		Operator   string   `json:"operator"`
		H3Cell     uint64   `json:"h3Cell"`
		DeviceType uint8    `json:"deviceType"`
		Deadline   uint64   `json:"deadline"`
		StructHash hexBytes `json:"structHash"`
		Digest     hexBytes `json:"digest"`
		Signature  hexBytes `json:"signature"`
	} `json:"onboard"`
}

func merkleVectors(t *testing.T) map[string]merkleVector {
	out := make(map[string]merkleVector)
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8} {
		var v merkleVector
		var leaves [][32]byte
		for i := range n {
			r := vectorRecord
			r.Time += int64(i) * 60_000
			r.RSRPdBm10 -= int32(i)
			b, err := pack.EncodeRecord(&r)
			if err != nil {
				t.Fatal(err)
			}
			rh := pack.RecordHash(b)
			l := pack.LeafHash(rh)
			v.Records = append(v.Records, b)
			v.RecordHashes = append(v.RecordHashes, rh[:])
			v.Leaves = append(v.Leaves, l[:])
			leaves = append(leaves, l)
		}
		tree := pack.NewTree(leaves)
		root := tree.Root()
		v.Root = root[:]
		for i := range n {
			proof, _ := tree.Proof(i)
			ps := []hexBytes{}
			for _, p := range proof {
				ps = append(ps, append([]byte(nil), p[:]...))
			}
			v.Proofs = append(v.Proofs, ps)
		}
		out[string(rune('0'+n))] = v
	}
	return out
}

func eip712Vectors(t *testing.T) eip712Vector {
	key, _ := crypto.HexToECDSA(devKeyHex)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	var v eip712Vector
	v.ChainID = testDomain.ChainID
	v.VerifyingContract = common.Address(testDomain.VerifyingContract).Hex()
	sep := testDomain.Separator()
	v.DomainSeparator = sep[:]
	v.Signer = addr.Hex()

	c := testContribution()
	c.Device = addr
	sh := pack.ContributionHash(&c)
	d := testDomain.Digest(sh)
	sig, err := pack.SignContribution(key, testDomain, &c)
	if err != nil {
		t.Fatal(err)
	}
	vc := &v.Contribution
	vc.ClassID, vc.Device, vc.Epoch, vc.H3Cell, vc.RecordCount = c.ClassID, addr.Hex(), c.Epoch, c.H3Cell, c.RecordCount
	vc.MerkleRoot, vc.CIDDigest, vc.Score, vc.ZKCommit, vc.Deadline = c.MerkleRoot[:], c.CIDDigest[:], c.Score, c.ZKCommit[:], c.Deadline
	vc.StructHash, vc.Digest, vc.Signature = sh[:], d[:], sig[:]

	o := pack.Onboard{Device: addr, Operator: common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
		H3Cell: 0x872830828ffffff, DeviceType: datpin.DeviceStation, Deadline: 1_900_000_000}
	osh := pack.OnboardHash(&o)
	od := testDomain.Digest(osh)
	osig, err := pack.SignOnboard(key, testDomain, &o)
	if err != nil {
		t.Fatal(err)
	}
	vo := &v.Onboard
	vo.Device, vo.Operator, vo.H3Cell, vo.DeviceType, vo.Deadline = addr.Hex(), common.Address(o.Operator).Hex(), o.H3Cell, uint8(o.DeviceType), o.Deadline
	vo.StructHash, vo.Digest, vo.Signature = osh[:], od[:], osig[:]
	return v
}

func checkVector(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from what the code produces; a wire format changed", path)
	}
}

func TestVectors(t *testing.T) {
	// ECDSA signing in go-ethereum is deterministic (RFC 6979), so the
	// signatures are stable too.
	checkVector(t, "merkle.json", merkleVectors(t))
	checkVector(t, "eip712.json", eip712Vectors(t))
}
