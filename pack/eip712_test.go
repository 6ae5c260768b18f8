package pack_test

import (
	"math/big"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/pack"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

var testDomain = pack.Domain{ChainID: 31337, VerifyingContract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}

func eip712Domain(d pack.Domain) ([]apitypes.Type, apitypes.TypedDataDomain) {
	return []apitypes.Type{
			{Name: "name", Type: "string"},
			{Name: "version", Type: "string"},
			{Name: "chainId", Type: "uint256"},
			{Name: "verifyingContract", Type: "address"},
		}, apitypes.TypedDataDomain{
			Name: "datpin", Version: "1",
			ChainId:           math.NewHexOrDecimal256(int64(d.ChainID)),
			VerifyingContract: common.Address(d.VerifyingContract).Hex(),
		}
}

func dec(x uint64) string { return new(big.Int).SetUint64(x).String() }

// gethDigest hashes typed data with go-ethereum's reference implementation.
func gethDigest(t *testing.T, td apitypes.TypedData) [32]byte {
	t.Helper()
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	return [32]byte(h)
}

func testContribution() datpin.Contribution {
	return datpin.Contribution{
		ClassID: 7, Device: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
		Epoch: 20454, H3Cell: 0x872830828ffffff, RecordCount: 1440,
		MerkleRoot: [32]byte{1, 2, 3}, CIDDigest: [32]byte{0xff, 0xee}, Score: 8123,
		ZKCommit: [32]byte{31: 9}, Deadline: 1_900_000_000,
	}
}

func TestContributionHash_MatchesGeth(t *testing.T) {
	c := testContribution()
	domainType, domain := eip712Domain(testDomain)
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": domainType,
			"Contribution": {
				{Name: "classId", Type: "uint64"}, {Name: "device", Type: "address"},
				{Name: "epoch", Type: "uint32"}, {Name: "h3Cell", Type: "uint64"},
				{Name: "recordCount", Type: "uint32"}, {Name: "merkleRoot", Type: "bytes32"},
				{Name: "cidDigest", Type: "bytes32"}, {Name: "score", Type: "uint16"},
				{Name: "zkCommit", Type: "bytes32"}, {Name: "deadline", Type: "uint64"},
			},
		},
		PrimaryType: "Contribution",
		Domain:      domain,
		Message: apitypes.TypedDataMessage{
			"classId": dec(c.ClassID), "device": common.Address(c.Device).Hex(),
			"epoch": dec(uint64(c.Epoch)), "h3Cell": dec(c.H3Cell),
			"recordCount": dec(uint64(c.RecordCount)), "merkleRoot": hexutil.Encode(c.MerkleRoot[:]),
			"cidDigest": hexutil.Encode(c.CIDDigest[:]), "score": dec(uint64(c.Score)),
			"zkCommit": hexutil.Encode(c.ZKCommit[:]), "deadline": dec(c.Deadline),
		},
	}
	if got := td.TypeHash("Contribution"); string(got) != string(crypto.Keccak256([]byte(datpin.ContributionTypeString))) {
		t.Fatal("ContributionTypeString does not match the geth type")
	}
	sep, err := td.HashStruct("EIP712Domain", td.Domain.Map())
	if err != nil {
		t.Fatal(err)
	}
	if got := testDomain.Separator(); got != [32]byte(sep) {
		t.Fatalf("separator = %x, want %x", got, sep)
	}
	want := gethDigest(t, td)
	if got := testDomain.Digest(pack.ContributionHash(&c)); got != want {
		t.Fatalf("digest = %x, want %x", got, want)
	}
}

func TestOnboardHash_MatchesGeth(t *testing.T) {
	o := pack.Onboard{
		Device:   common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
		Operator: common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
		H3Cell:   0x872830828ffffff, DeviceType: datpin.DeviceStation, Deadline: 1_900_000_000,
	}
	domainType, domain := eip712Domain(testDomain)
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": domainType,
			"Onboard": {
				{Name: "device", Type: "address"}, {Name: "operator", Type: "address"},
				{Name: "h3Cell", Type: "uint64"}, {Name: "deviceType", Type: "uint8"},
				{Name: "deadline", Type: "uint64"},
			},
		},
		PrimaryType: "Onboard",
		Domain:      domain,
		Message: apitypes.TypedDataMessage{
			"device": common.Address(o.Device).Hex(), "operator": common.Address(o.Operator).Hex(),
			"h3Cell": dec(o.H3Cell), "deviceType": dec(uint64(o.DeviceType)), "deadline": dec(o.Deadline),
		},
	}
	if got := td.TypeHash("Onboard"); string(got) != string(crypto.Keccak256([]byte(datpin.OnboardTypeString))) {
		t.Fatal("OnboardTypeString does not match the geth type")
	}
	if got, want := testDomain.Digest(pack.OnboardHash(&o)), gethDigest(t, td); got != want {
		t.Fatalf("digest = %x, want %x", got, want)
	}
}

func TestPackageHash_MatchesGeth(t *testing.T) {
	mh, ph := pack.Keccak256([]byte("manifest")), pack.Keccak256([]byte("payload"))
	domainType, domain := eip712Domain(testDomain)
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": domainType,
			"Package":      {{Name: "manifestHash", Type: "bytes32"}, {Name: "payloadHash", Type: "bytes32"}},
		},
		PrimaryType: "Package",
		Domain:      domain,
		Message:     apitypes.TypedDataMessage{"manifestHash": hexutil.Encode(mh[:]), "payloadHash": hexutil.Encode(ph[:])},
	}
	if got, want := testDomain.Digest(pack.PackageHash(mh, ph)), gethDigest(t, td); got != want {
		t.Fatalf("digest = %x, want %x", got, want)
	}
}

// The first anvil/hardhat development key.
const devKeyHex = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"

func TestSignContribution(t *testing.T) {
	key, _ := crypto.HexToECDSA(devKeyHex)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	c := testContribution()
	c.Device = addr
	sig, err := pack.SignContribution(key, testDomain, &c)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("OK", func(t *testing.T) {
		if v := sig[64]; v != 27 && v != 28 {
			t.Fatalf("v = %d", v)
		}
		got, err := pack.RecoverContribution(testDomain, &c, sig)
		if err != nil || got != addr {
			t.Fatalf("recovered %x, %v; want %x", got, err, addr)
		}
		// The same as geth's own recovery over the digest.
		raw := sig
		raw[64] -= 27
		d := testDomain.Digest(pack.ContributionHash(&c))
		pub, err := crypto.SigToPub(d[:], raw[:])
		if err != nil || crypto.PubkeyToAddress(*pub) != addr {
			t.Fatalf("geth recovers %v, %v", pub, err)
		}
	})
	t.Run("OtherMessage", func(t *testing.T) {
		c2 := c
		c2.Score++
		got, err := pack.RecoverContribution(testDomain, &c2, sig)
		if err == nil && got == addr {
			t.Fatal("signature recovers the signer for another message")
		}
	})
	t.Run("OtherDomain", func(t *testing.T) {
		d := testDomain
		d.ChainID = 1
		if got, _ := pack.RecoverContribution(d, &c, sig); got == addr {
			t.Fatal("signature recovers the signer on another chain")
		}
	})
	t.Run("ErrV", func(t *testing.T) {
		bad := sig
		bad[64] = 1
		if _, err := pack.RecoverContribution(testDomain, &c, bad); datpin.ErrorCode(err) != datpin.EUNAUTHORIZED {
			t.Fatalf("err = %v, want EUNAUTHORIZED", err)
		}
	})
	t.Run("ErrHighS", func(t *testing.T) {
		// (r, n-s, v^1) is the same signature mirrored; OpenZeppelin refuses it.
		n := crypto.S256().Params().N
		s := new(big.Int).SetBytes(sig[32:64])
		bad := sig
		new(big.Int).Sub(n, s).FillBytes(bad[32:64])
		if bad[64] == 27 {
			bad[64] = 28
		} else {
			bad[64] = 27
		}
		if _, err := pack.RecoverContribution(testDomain, &c, bad); datpin.ErrorCode(err) != datpin.EUNAUTHORIZED {
			t.Fatalf("err = %v, want EUNAUTHORIZED", err)
		}
	})
}

func TestSignOnboard(t *testing.T) {
	key, _ := crypto.HexToECDSA(devKeyHex)
	o := pack.Onboard{Device: crypto.PubkeyToAddress(key.PublicKey), Operator: [20]byte{1}, H3Cell: 5, DeviceType: datpin.DeviceSensor, Deadline: 9}
	sig, err := pack.SignOnboard(key, testDomain, &o)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := pack.RecoverOnboard(testDomain, &o, sig); err != nil || got != o.Device {
		t.Fatalf("recovered %x, %v", got, err)
	}
}
