package pack

import (
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"

	"github.com/datpin/datpin"
	"github.com/ethereum/go-ethereum/crypto"
)

// The EIP-712 domain of every datpin signature is
// {name: DomainName, version: DomainVersion, chainId, verifyingContract}.
const (
	DomainName    = "datpin"
	DomainVersion = "1"

	domainTypeString = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"

	// PackageTypeString is the EIP-712 type a device signs inside a
	// package: the keccak256 hashes of the encoded manifest and of the
	// encrypted payload. It is checked off chain only. (A package cannot
	// carry the Contribution signature, which covers the package's own
	// digest.) Its domain is that of the DataAnchoringToken.
	PackageTypeString = "Package(bytes32 manifestHash,bytes32 payloadHash)"
)

var (
	domainTypeHash       = Keccak256([]byte(domainTypeString))
	contributionTypeHash = Keccak256([]byte(datpin.ContributionTypeString))
	onboardTypeHash      = Keccak256([]byte(datpin.OnboardTypeString))
	packageTypeHash      = Keccak256([]byte(PackageTypeString))
)

// Domain is an EIP-712 domain of datpin: the chain and the contract that
// verifies the signature (the DataAnchoringToken for Contribution and
// Package, the DeviceRegistry for Onboard).
type Domain struct {
	ChainID           uint64
	VerifyingContract [20]byte
}

// Separator returns the domain separator, hashStruct(EIP712Domain).
func (d Domain) Separator() [32]byte {
	var b words
	b.word(domainTypeHash)
	b.word(Keccak256([]byte(DomainName)))
	b.word(Keccak256([]byte(DomainVersion)))
	b.uint(d.ChainID)
	b.address(d.VerifyingContract)
	return b.hash()
}

// Digest returns keccak256(0x19 0x01 ‖ Separator() ‖ structHash), the hash
// that is signed.
func (d Domain) Digest(structHash [32]byte) [32]byte {
	var b [66]byte
	b[0], b[1] = 0x19, 0x01
	sep := d.Separator()
	copy(b[2:], sep[:])
	copy(b[34:], structHash[:])
	return Keccak256(b[:])
}

// ContributionHash returns hashStruct(Contribution) for the type
// datpin.ContributionTypeString.
func ContributionHash(c *datpin.Contribution) [32]byte {
	var b words
	b.word(contributionTypeHash)
	b.uint(c.ClassID)
	b.address(c.Device)
	b.uint(uint64(c.Epoch))
	b.uint(c.H3Cell)
	b.uint(uint64(c.RecordCount))
	b.word(c.MerkleRoot)
	b.word(c.CIDDigest)
	b.uint(uint64(c.Score))
	b.word(c.ZKCommit)
	b.uint(c.Deadline)
	return b.hash()
}

// Onboard is the message a device signs to bind itself to an operator in
// the DeviceRegistry (type datpin.OnboardTypeString).
type Onboard struct {
	Device     [20]byte
	Operator   [20]byte
	H3Cell     uint64
	DeviceType datpin.DeviceType
	Deadline   uint64
}

// OnboardHash returns hashStruct(Onboard).
func OnboardHash(o *Onboard) [32]byte {
	var b words
	b.word(onboardTypeHash)
	b.address(o.Device)
	b.address(o.Operator)
	b.uint(o.H3Cell)
	b.uint(uint64(o.DeviceType))
	b.uint(o.Deadline)
	return b.hash()
}

// PackageHash returns hashStruct(Package) of PackageTypeString.
func PackageHash(manifestHash, payloadHash [32]byte) [32]byte {
	var b words
	b.word(packageTypeHash)
	b.word(manifestHash)
	b.word(payloadHash)
	return b.hash()
}

// SignContribution signs c for domain d (verifyingContract: the
// DataAnchoringToken) and returns the 65-byte signature r ‖ s ‖ v, v 27 or 28.
func SignContribution(key *ecdsa.PrivateKey, d Domain, c *datpin.Contribution) ([65]byte, error) {
	return SignDigest(key, d.Digest(ContributionHash(c)))
}

// RecoverContribution returns the address that signed c for domain d.
func RecoverContribution(d Domain, c *datpin.Contribution, sig [65]byte) ([20]byte, error) {
	return RecoverDigest(d.Digest(ContributionHash(c)), sig)
}

// SignOnboard signs o for domain d (verifyingContract: the DeviceRegistry).
func SignOnboard(key *ecdsa.PrivateKey, d Domain, o *Onboard) ([65]byte, error) {
	return SignDigest(key, d.Digest(OnboardHash(o)))
}

// RecoverOnboard returns the address that signed o for domain d.
func RecoverOnboard(d Domain, o *Onboard, sig [65]byte) ([20]byte, error) {
	return RecoverDigest(d.Digest(OnboardHash(o)), sig)
}

// SignDigest signs a 32-byte digest with key and returns r ‖ s ‖ v with v
// 27 or 28 and s in the lower half of the curve order, as Solidity's ecrecover
// and OpenZeppelin's ECDSA expect.
func SignDigest(key *ecdsa.PrivateKey, digest [32]byte) ([65]byte, error) {
	var sig [65]byte
	s, err := crypto.Sign(digest[:], key)
	if err != nil {
		return sig, datpin.Wrap(datpin.EINVALID, err, "cannot sign")
	}
	copy(sig[:], s)
	sig[64] += 27
	return sig, nil
}

// RecoverDigest returns the address whose key made sig over digest. A
// signature with v not 27 or 28, a high s or r, s out of range is an
// EUNAUTHORIZED error, as OpenZeppelin's ECDSA.recover would refuse it.
func RecoverDigest(digest [32]byte, sig [65]byte) ([20]byte, error) {
	var addr [20]byte
	v := sig[64]
	if v != 27 && v != 28 {
		return addr, datpin.Errorf(datpin.EUNAUTHORIZED, "signature has v %d, not 27 or 28", v)
	}
	r := new(big.Int).SetBytes(sig[:32])
	s := new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v-27, r, s, true) {
		return addr, datpin.Errorf(datpin.EUNAUTHORIZED, "signature values are out of range")
	}
	raw := sig
	raw[64] = v - 27
	pub, err := crypto.Ecrecover(digest[:], raw[:])
	if err != nil {
		return addr, datpin.Wrap(datpin.EUNAUTHORIZED, err, "cannot recover signer")
	}
	h := Keccak256(pub[1:])
	copy(addr[:], h[12:])
	return addr, nil
}

// Address returns the Ethereum address of key.
func Address(key *ecdsa.PublicKey) [20]byte { return crypto.PubkeyToAddress(*key) }

// words builds an ABI encoding of 32-byte words on the stack.
type words struct {
	b [11 * 32]byte
	n int
}

func (w *words) word(x [32]byte) { copy(w.b[w.n:], x[:]); w.n += 32 }

func (w *words) uint(x uint64) {
	binary.BigEndian.PutUint64(w.b[w.n+24:], x)
	w.n += 32
}

func (w *words) address(a [20]byte) { copy(w.b[w.n+12:], a[:]); w.n += 32 }

func (w *words) hash() [32]byte { return Keccak256(w.b[:w.n]) }
