package privacy_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"strconv"
	"testing"

	"filippo.io/age"
	"github.com/datpin/datpin"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
	"github.com/ethereum/go-ethereum/crypto"
)

// forbidden returns every byte pattern that would betray a raw identifier
// or an exact coordinate: the id in several spellings and unkeyed hashes of
// it, and each coordinate as decimal text and as integers and floats in both
// byte orders.
func forbidden(raw []datpin.Record) map[string][]byte {
	out := make(map[string][]byte)
	add := func(name string, b []byte) { out[name] = b }
	for _, r := range raw {
		id := r.DeviceID
		add("id "+id, []byte(id))
		add("id hex "+id, []byte(fmt.Sprintf("%x", id)))
		sh := sha256.Sum256([]byte(id))
		add("sha256 "+id, sh[:16])
		add("keccak "+id, crypto.Keccak256([]byte(id))[:16])
		for _, c := range []struct {
			name string
			e7   int32
		}{{"lat", r.LatE7}, {"lon", r.LonE7}} {
			if c.e7 == datpin.Missing {
				continue
			}
			deg := float64(c.e7) / 1e7
			for _, prec := range []int{7, 6, 5} {
				add(fmt.Sprintf("%s %d text %d", c.name, c.e7, prec), []byte(strconv.FormatFloat(deg, 'f', prec, 64)))
			}
			add(fmt.Sprintf("%s %d E7 text", c.name, c.e7), []byte(strconv.Itoa(int(c.e7))))
			add(fmt.Sprintf("%s %d i32be", c.name, c.e7), binary.BigEndian.AppendUint32(nil, uint32(c.e7)))
			add(fmt.Sprintf("%s %d i32le", c.name, c.e7), binary.LittleEndian.AppendUint32(nil, uint32(c.e7)))
			add(fmt.Sprintf("%s %d i64be", c.name, c.e7), binary.BigEndian.AppendUint64(nil, uint64(int64(c.e7))))
			add(fmt.Sprintf("%s %d i64le", c.name, c.e7), binary.LittleEndian.AppendUint64(nil, uint64(int64(c.e7))))
			add(fmt.Sprintf("%s %d f64be", c.name, c.e7), binary.BigEndian.AppendUint64(nil, math.Float64bits(deg)))
			add(fmt.Sprintf("%s %d f64le", c.name, c.e7), binary.LittleEndian.AppendUint64(nil, math.Float64bits(deg)))
		}
	}
	return out
}

// TestPackage_NoRawIdentifiers seals anonymized records and searches every
// byte a validator or an indexer can see, the decrypted payload included,
// for raw ids and exact coordinates.
func TestPackage_NoRawIdentifiers(t *testing.T) {
	a := mustAnonymizer(t, privacy.Config{})
	raw := rawRecords(240)
	pub, err := a.Anonymize(epoch, raw)
	if err != nil {
		t.Fatal(err)
	}
	key, err := crypto.HexToECDSA("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
	if err != nil {
		t.Fatal(err)
	}
	validator, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	s := &pack.Sealer{Key: key, Domain: pack.Domain{ChainID: 31337}, Recipients: []age.Recipient{validator.Recipient()}}
	p, err := s.Seal(pack.Manifest{ClassID: 1, DeviceType: datpin.DeviceHandset, Epoch: epoch, H3Region: a.Region(pub), Score: 5000, Explanation: "test"}, pub)
	if err != nil {
		t.Fatal(err)
	}
	envelope, err := p.Encode()
	if err != nil {
		t.Fatal(err)
	}
	stream, _, err := pack.EncodeBatch(pub) // what Open decrypts to
	if err != nil {
		t.Fatal(err)
	}
	manifest, _ := pack.EncodeManifest(&p.Manifest)
	// The ciphertext is random bytes, where any 4-byte pattern turns up by
	// chance now and then; what it hides is searched as "plaintext".
	clear := envelope[:len(envelope)-len(p.Payload)]
	if !bytes.HasSuffix(envelope, p.Payload) {
		t.Fatal("envelope does not end with its payload")
	}
	seen := map[string][]byte{
		"envelope":  clear,
		"manifest":  manifest,
		"plaintext": stream,
	}
	patterns := forbidden(raw)
	// The search is meaningful: the raw records themselves are caught.
	var rawText bytes.Buffer
	fmt.Fprintf(&rawText, "%+v", raw[0])
	if !bytes.Contains(rawText.Bytes(), []byte(raw[0].DeviceID)) {
		t.Fatal("test is blind: raw record text lacks its id")
	}
	for where, b := range seen {
		for name, pat := range patterns {
			if i := bytes.Index(b, pat); i >= 0 {
				t.Errorf("%s contains %s at offset %d", where, name, i)
			}
		}
	}
	// And the opened records agree with what was sealed.
	opened, err := p.Open(validator)
	if err != nil {
		t.Fatal(err)
	}
	if len(opened) != len(pub) || opened[7] != pub[7] {
		t.Fatal("opened records differ from the sealed ones")
	}
	t.Logf("searched %d patterns in %d bytes", len(patterns), len(clear)+len(manifest)+len(stream))
}
