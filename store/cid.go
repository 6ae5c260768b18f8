package store

import (
	"crypto/sha256"

	"github.com/datpin/datpin"
	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

// CID returns the content address of data: CIDv1, raw codec, sha2-256, in
// its canonical base32 string form ("bafkrei…").
func CID(data []byte) string { return CIDFromDigest(sha256.Sum256(data)) }

// CIDFromDigest returns the CID whose sha2-256 digest is d, as the chain
// stores it (cidDigest).
func CIDFromDigest(d [32]byte) string {
	hash, err := mh.Encode(d[:], mh.SHA2_256)
	if err != nil {
		panic(err) // sha2-256 with a 32-byte digest always encodes
	}
	return cid.NewCidV1(cid.Raw, hash).String()
}

// Digest parses a CID and returns its sha2-256 digest. Only the canonical
// form of a CIDv1 with the raw codec and a 32-byte sha2-256 multihash is
// accepted; anything else is an EINVALID error.
func Digest(s string) ([32]byte, error) {
	var d [32]byte
	c, err := cid.Decode(s)
	if err != nil {
		return d, datpin.Wrap(datpin.EINVALID, err, "malformed CID %q", s)
	}
	if c.Version() != 1 || c.Type() != cid.Raw {
		return d, datpin.Errorf(datpin.EINVALID, "CID %q is not a CIDv1 with the raw codec", s)
	}
	dm, err := mh.Decode(c.Hash())
	if err != nil || dm.Code != mh.SHA2_256 || dm.Length != 32 || len(dm.Digest) != 32 {
		return d, datpin.Errorf(datpin.EINVALID, "CID %q is not a sha2-256 hash", s)
	}
	if c.String() != s {
		return d, datpin.Errorf(datpin.EINVALID, "CID %q is not in canonical form %q", s, c.String())
	}
	copy(d[:], dm.Digest)
	return d, nil
}

// check returns an EINVALID error unless data's digest is d.
func check(c string, d [32]byte, data []byte) error {
	if sha256.Sum256(data) != d {
		return datpin.Errorf(datpin.EINVALID, "block %s is corrupt: its bytes do not match its CID", c)
	}
	return nil
}
