package privacy

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"hash"
)

// pseudonymLabel separates pseudonym keys from any other use of the secret.
const pseudonymLabel = "datpin/pseudonym/v1"

// MinSecretLen is the shortest device secret NewAnonymizer accepts.
const MinSecretLen = 16

// EpochKey returns the pseudonym key of one epoch:
// HMAC-SHA256(secret, "datpin/pseudonym/v1" ‖ uint32be(epoch)).
func EpochKey(secret []byte, epoch uint32) [32]byte {
	var msg [len(pseudonymLabel) + 4]byte
	copy(msg[:], pseudonymLabel)
	binary.BigEndian.PutUint32(msg[len(pseudonymLabel):], epoch)
	m := hmac.New(sha256.New, secret)
	m.Write(msg[:])
	var k [32]byte
	m.Sum(k[:0])
	return k
}

// Pseudonym returns the pseudonym of deviceID under an epoch key: the first
// 16 bytes of HMAC-SHA256(epochKey, deviceID).
func Pseudonym(epochKey [32]byte, deviceID string) [16]byte {
	return newPseudonymizer(epochKey).pseudonym(deviceID)
}

// pseudonymizer computes pseudonyms under one epoch key, reusing its HMAC
// state and remembering the ids it has seen: a batch has few distinct ids
// and many records.
type pseudonymizer struct {
	mac  hash.Hash
	buf  [sha256.Size]byte
	seen map[string][16]byte
}

func newPseudonymizer(epochKey [32]byte) *pseudonymizer {
	return &pseudonymizer{mac: hmac.New(sha256.New, epochKey[:]), seen: make(map[string][16]byte)}
}

func (p *pseudonymizer) pseudonym(deviceID string) [16]byte {
	if ps, ok := p.seen[deviceID]; ok {
		return ps
	}
	p.mac.Reset()
	p.mac.Write([]byte(deviceID))
	sum := p.mac.Sum(p.buf[:0])
	var ps [16]byte
	copy(ps[:], sum)
	p.seen[deviceID] = ps
	return ps
}
