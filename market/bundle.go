package market

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"strings"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/store"
)

// BundleVersion is the version of the bundle format.
const BundleVersion = 1

// Bundle is what a gateway delivers for a purchase: for each sold package, its data key wrapped
// to the buyer's age recipient. It is stored as JSON under its CID, and the sha2-256 digest of that
// CID is the purchase's bundleCid on chain. It holds no plaintext and no key in the clear: only
// the buyer's identity unwraps the keys, and each key opens one package.
type Bundle struct {
	Version   int         `json:"version"`
	ChainID   uint64      `json:"chainId"`
	Market    string      `json:"market"`
	Purchase  uint64      `json:"purchase"`
	Recipient string      `json:"recipient"` // the buyer's age recipient, as the Purchased event gave it
	Keys      []BundleKey `json:"keys"`      // in the purchase's order of sold entries
}

// BundleKey is one package's data key, wrapped to the buyer.
type BundleKey struct {
	Index   uint64 `json:"index"` // the entry's manifest index
	TokenID uint64 `json:"tokenId"`
	Units   uint64 `json:"units"`
	CID     string `json:"cid"` // the package's CID, as anchored
	// Key is the package's data key (pack.DataKey) age-encrypted to the recipient (binary age
	// format; base64 in JSON).
	Key []byte `json:"key"`
}

// Encode returns the bundle's JSON.
func (b *Bundle) Encode() ([]byte, error) {
	out, err := json.Marshal(b)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "encode bundle")
	}
	return out, nil
}

// maxBundleSize bounds what ParseBundle reads: a wrapped key is about 250 bytes in JSON.
const maxBundleSize = 4 << 20

// ParseBundle decodes a bundle strictly: known version, at least one key, each with a canonical
// CID and a wrapped key, no token twice. Anything else is an EINVALID error.
func ParseBundle(b []byte) (*Bundle, error) {
	if len(b) > maxBundleSize {
		return nil, datpin.Errorf(datpin.EINVALID, "bundle is larger than %d bytes", maxBundleSize)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var bu Bundle
	if err := dec.Decode(&bu); err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "malformed bundle")
	}
	if bu.Version != BundleVersion {
		return nil, datpin.Errorf(datpin.EINVALID, "bundle version %d; this datpin reads %d", bu.Version, BundleVersion)
	}
	if len(bu.Keys) == 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "bundle has no keys")
	}
	seen := make(map[uint64]bool, len(bu.Keys))
	for _, k := range bu.Keys {
		if seen[k.TokenID] {
			return nil, datpin.Errorf(datpin.EINVALID, "bundle lists token %d twice", k.TokenID)
		}
		seen[k.TokenID] = true
		if _, err := store.Digest(k.CID); err != nil {
			return nil, err
		}
		if len(k.Key) == 0 {
			return nil, datpin.Errorf(datpin.EINVALID, "bundle key of token %d is empty", k.TokenID)
		}
	}
	return &bu, nil
}

// ParseRecipient parses one age recipient (X25519 "age1…", or a post-quantum hybrid one), as a
// buyer gives it to the purchase.
func ParseRecipient(s string) (age.Recipient, error) {
	if strings.TrimSpace(s) != s || strings.ContainsAny(s, "\n#") {
		return nil, datpin.Errorf(datpin.EINVALID, "age recipient %q: want one recipient on one line", s)
	}
	rs, err := age.ParseRecipients(strings.NewReader(s))
	if err != nil || len(rs) != 1 {
		return nil, datpin.Errorf(datpin.EINVALID, "%q is not an age recipient", s)
	}
	return rs[0], nil
}

// parseHash32 parses a 32-byte hash in hex, with or without 0x.
func parseHash32(s string) ([32]byte, error) {
	var r [32]byte
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X"))
	if err != nil || len(b) != 32 {
		return r, datpin.Errorf(datpin.EINVALID, "%q is not a 32-byte hex hash", s)
	}
	copy(r[:], b)
	return r, nil
}

// Contribution is what the DAT holds of a token's anchored contribution.
type Contribution struct {
	Device      common.Address
	Epoch       uint32
	H3Cell      uint64
	RecordCount uint32
	MerkleRoot  [32]byte
	CIDDigest   [32]byte
	Status      datpin.Status
}

// ContributionOf reads token id's anchored contribution from the DAT (one call).
func ContributionOf(ctx context.Context, s *evm.Suite, id uint64) (*Contribution, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.DAT, s.DATABI.PackContributionOf(new(big.Int).SetUint64(id)))
	if err != nil {
		return nil, err
	}
	c, err := s.DATABI.UnpackContributionOf(out)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode contributionOf")
	}
	return &Contribution{Device: c.Device, Epoch: c.Epoch, H3Cell: c.H3Cell, RecordCount: c.RecordCount,
		MerkleRoot: c.MerkleRoot, CIDDigest: c.CidDigest, Status: datpin.Status(c.Status)}, nil
}

// datDomain is the EIP-712 domain packages are signed for.
func datDomain(s *evm.Suite) pack.Domain {
	return pack.Domain{ChainID: s.Chain.ChainID.Uint64(), VerifyingContract: s.DAT}
}

// DeliveredEntries are the entries of a delivered purchase of a listing with manifest m that it
// sold and delivered, with their manifest indexes: the manifest less every entry the purchase
// excluded or its delivery dropped. What holders claim (SaleClaims).
func DeliveredEntries(ctx context.Context, s *evm.Suite, purchase uint64, m *Manifest) ([]Entry, []uint64, error) {
	excluded, err := s.PurchaseExclusions(ctx, purchase)
	if err != nil {
		return nil, nil, err
	}
	out := make(map[uint64]bool, len(excluded))
	for _, id := range excluded {
		out[id] = true
	}
	var es []Entry
	var idx []uint64
	for i, e := range m.MarketEntries() {
		if !out[e.TokenID] {
			es, idx = append(es, e), append(idx, uint64(i))
		}
	}
	return es, idx, nil
}

// SaleClaims are the claims of delivered entries (with their manifest indexes, in the
// purchase's order), each with its proof against the purchase's sold root.
func SaleClaims(delivered []Entry, indexes []uint64) []evm.SaleClaim {
	leaves := make([][32]byte, len(delivered))
	for k, e := range delivered {
		leaves[k] = Leaf(int(indexes[k]), e)
	}
	t := NewTree(leaves)
	out := make([]evm.SaleClaim, len(delivered))
	for k, e := range delivered {
		out[k] = evm.SaleClaim{Entry: e, Index: indexes[k], Position: uint64(k), Proof: t.Proof(k)}
	}
	return out
}
