package pack_test

import (
	"bytes"
	"compress/flate"
	"crypto/ecdsa"
	"io"
	"strings"
	"testing"

	"filippo.io/age"
	"github.com/datpin/datpin"
	"github.com/datpin/datpin/pack"
	"github.com/ethereum/go-ethereum/crypto"
)

func mustIdentity(tb testing.TB) *age.X25519Identity {
	tb.Helper()
	id, err := age.GenerateX25519Identity()
	if err != nil {
		tb.Fatal(err)
	}
	return id
}

func mustKey(tb testing.TB) *ecdsa.PrivateKey {
	tb.Helper()
	key, err := crypto.HexToECDSA(devKeyHex)
	if err != nil {
		tb.Fatal(err)
	}
	return key
}

func testManifest() pack.Manifest {
	return pack.Manifest{
		ClassID: 1, DeviceType: datpin.DeviceHandset, Epoch: 20454,
		H3Region: 0x872830828ffffff, Score: 7311, OperatorPseudonym: [16]byte{0xaa},
		Explanation: "coverage 0.93 × consistency 0.88 × freshness 0.94",
	}
}

// mustSeal seals n sample records to a validator and an operator.
func mustSeal(tb testing.TB, n int) (*pack.Package, []datpin.PublicRecord, *age.X25519Identity, *age.X25519Identity) {
	tb.Helper()
	validator, operator := mustIdentity(tb), mustIdentity(tb)
	s := &pack.Sealer{Key: mustKey(tb), Domain: testDomain, Recipients: []age.Recipient{validator.Recipient(), operator.Recipient()}}
	recs := sampleRecords(n, uint64(n))
	p, err := s.Seal(testManifest(), recs)
	if err != nil {
		tb.Fatal(err)
	}
	return p, recs, validator, operator
}

func TestSealer_Seal(t *testing.T) {
	p, recs, validator, operator := mustSeal(t, 1440)
	m := p.Manifest
	_, root, _ := pack.EncodeBatch(recs)
	if m.RecordCount != 1440 || m.MerkleRoot != root || m.Schema != pack.RecordVersion ||
		m.Station != crypto.PubkeyToAddress(mustKey(t).PublicKey) ||
		m.FirstMs != recs[0].Time || m.LastMs != recs[len(recs)-1].Time {
		t.Fatalf("manifest not completed: %+v", m)
	}
	b, err := p.Encode()
	if err != nil {
		t.Fatal(err)
	}
	q, err := pack.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Verify(testDomain); err != nil {
		t.Fatal(err)
	}
	for name, id := range map[string]age.Identity{"Validator": validator, "Operator": operator} {
		t.Run("Open"+name, func(t *testing.T) {
			got, err := q.Open(id)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(recs) {
				t.Fatalf("opened %d records, want %d", len(got), len(recs))
			}
			for i := range got {
				if got[i] != recs[i] {
					t.Fatalf("record %d differs", i)
				}
			}
		})
	}
	t.Run("ErrOpenStranger", func(t *testing.T) {
		if _, err := q.Open(mustIdentity(t)); datpin.ErrorCode(err) != datpin.EUNAUTHORIZED {
			t.Fatalf("err = %v, want EUNAUTHORIZED", err)
		}
	})
	t.Run("ErrVerifyOtherDomain", func(t *testing.T) {
		d := testDomain
		d.VerifyingContract[0] ^= 1
		if err := q.Verify(d); datpin.ErrorCode(err) != datpin.EUNAUTHORIZED {
			t.Fatalf("err = %v, want EUNAUTHORIZED", err)
		}
	})
	t.Run("ErrVerifyTamperedManifest", func(t *testing.T) {
		r := *q
		r.Manifest.Score++
		if err := r.Verify(testDomain); datpin.ErrorCode(err) != datpin.EUNAUTHORIZED {
			t.Fatalf("err = %v, want EUNAUTHORIZED", err)
		}
	})
	t.Run("ErrVerifySwappedPayload", func(t *testing.T) {
		other, _, _, _ := mustSeal(t, 10)
		r := *q
		r.Payload = other.Payload
		if err := r.Verify(testDomain); datpin.ErrorCode(err) != datpin.EUNAUTHORIZED {
			t.Fatalf("err = %v, want EUNAUTHORIZED", err)
		}
	})
	t.Run("ErrOpenRootMismatch", func(t *testing.T) {
		r := *q
		r.Manifest.MerkleRoot[0] ^= 1
		if _, err := r.Open(validator); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
	})
	t.Run("ErrOpenCountMismatch", func(t *testing.T) {
		r := *q
		r.Manifest.RecordCount--
		if _, err := r.Open(validator); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
	})
	t.Run("ErrOpenCorruptCiphertext", func(t *testing.T) {
		r := *q
		r.Payload = bytes.Clone(q.Payload)
		r.Payload[len(r.Payload)-10] ^= 1
		if _, err := r.Open(validator); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
	})
	t.Run("Randomized", func(t *testing.T) {
		s := &pack.Sealer{Key: mustKey(t), Domain: testDomain, Recipients: []age.Recipient{validator.Recipient()}}
		a, _ := s.Seal(testManifest(), recs)
		c, _ := s.Seal(testManifest(), recs)
		if bytes.Equal(a.Payload, c.Payload) || a.Manifest.MerkleRoot != c.Manifest.MerkleRoot {
			t.Fatal("want different ciphertexts over the same root")
		}
	})
	t.Run("NoCompression", func(t *testing.T) {
		s := &pack.Sealer{Key: mustKey(t), Domain: testDomain, Recipients: []age.Recipient{validator.Recipient()}, NoCompression: true}
		a, err := s.Seal(testManifest(), recs)
		if err != nil {
			t.Fatal(err)
		}
		got, err := a.Open(validator)
		if err != nil || len(got) != len(recs) {
			t.Fatalf("opened %d records, %v", len(got), err)
		}
		if len(a.Payload) <= len(q.Payload) {
			t.Fatalf("uncompressed payload (%d bytes) is not larger than compressed (%d)", len(a.Payload), len(q.Payload))
		}
	})
}

func TestSealer_Seal_Err(t *testing.T) {
	id := mustIdentity(t)
	recs := sampleRecords(3, 1)
	for name, tc := range map[string]struct {
		s    pack.Sealer
		m    func(*pack.Manifest)
		recs []datpin.PublicRecord
	}{
		"ErrNoKey":        {s: pack.Sealer{Recipients: []age.Recipient{id.Recipient()}}, recs: recs},
		"ErrNoRecipients": {s: pack.Sealer{Key: mustKey(t)}, recs: recs},
		"ErrNoRecords":    {s: pack.Sealer{Key: mustKey(t), Recipients: []age.Recipient{id.Recipient()}}},
		"ErrOtherStation": {s: pack.Sealer{Key: mustKey(t), Recipients: []age.Recipient{id.Recipient()}}, recs: recs,
			m: func(m *pack.Manifest) { m.Station = [20]byte{1} }},
		"ErrScore": {s: pack.Sealer{Key: mustKey(t), Recipients: []age.Recipient{id.Recipient()}}, recs: recs,
			m: func(m *pack.Manifest) { m.Score = datpin.ScoreMax + 1 }},
		"ErrDeviceType": {s: pack.Sealer{Key: mustKey(t), Recipients: []age.Recipient{id.Recipient()}}, recs: recs,
			m: func(m *pack.Manifest) { m.DeviceType = 0 }},
		"ErrSpanOutsideEpoch": {s: pack.Sealer{Key: mustKey(t), Recipients: []age.Recipient{id.Recipient()}},
			recs: sampleRecords(10, 1), m: func(m *pack.Manifest) { m.Epoch++ }},
		"ErrSpanOutsideShortEpoch": {s: pack.Sealer{Key: mustKey(t), Recipients: []age.Recipient{id.Recipient()}},
			recs: sampleRecords(1440, 1), m: func(m *pack.Manifest) { m.Epoch, m.EpochLength = 20454*24, 3600 }},
		"ErrBadRecord": {s: pack.Sealer{Key: mustKey(t), Recipients: []age.Recipient{id.Recipient()}},
			recs: []datpin.PublicRecord{{Kind: 0}}},
	} {
		t.Run(name, func(t *testing.T) {
			m := testManifest()
			if tc.m != nil {
				tc.m(&m)
			}
			if _, err := tc.s.Seal(m, tc.recs); datpin.ErrorCode(err) != datpin.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
		})
	}
}

func TestPackage_Size(t *testing.T) {
	for _, n := range []int{1440, 10_000} {
		p, _, _, _ := mustSeal(t, n)
		b, err := p.Encode()
		if err != nil {
			t.Fatal(err)
		}
		stream, _, _ := pack.EncodeBatch(sampleRecords(n, uint64(n)))
		t.Logf("%d records: record stream %d bytes, package %d bytes (%.0f bytes/record)", n, len(stream), len(b), float64(len(b))/float64(n))
		if len(b) > 1<<20 {
			t.Errorf("%d records make a %d-byte package, over 1 MiB", n, len(b))
		}
	}
}

func TestManifest_Encoding(t *testing.T) {
	p, _, _, _ := mustSeal(t, 5)
	m := p.Manifest
	b, err := pack.EncodeManifest(&m)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pack.DecodeManifest(b)
	if err != nil || *got != m {
		t.Fatalf("round trip gave %+v, %v", got, err)
	}
	for name, mutate := range map[string]func(m *pack.Manifest){
		"ErrSchema":      func(m *pack.Manifest) { m.Schema = 2 },
		"ErrZeroRecords": func(m *pack.Manifest) { m.RecordCount = 0 },
		"ErrSpan":        func(m *pack.Manifest) { m.FirstMs = m.LastMs + 1 },
		"ErrLong":        func(m *pack.Manifest) { m.Explanation = strings.Repeat("x", pack.MaxExplanationLen+1) },
		"ErrUTF8":        func(m *pack.Manifest) { m.Explanation = "\xff" },
	} {
		t.Run(name, func(t *testing.T) {
			bad := m
			mutate(&bad)
			if _, err := pack.EncodeManifest(&bad); datpin.ErrorCode(err) != datpin.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
		})
	}
	t.Run("ErrTruncated", func(t *testing.T) {
		for n := range len(b) {
			if _, err := pack.DecodeManifest(b[:n]); err == nil {
				t.Fatalf("decoded a manifest cut to %d of %d bytes", n, len(b))
			}
		}
		if _, err := pack.DecodeManifest(append(bytes.Clone(b), 0)); err == nil {
			t.Fatal("decoded a manifest with a trailing byte")
		}
	})
	t.Run("Contribution", func(t *testing.T) {
		c := m.Contribution([32]byte{7}, 99)
		if c.Device != m.Station || c.MerkleRoot != m.MerkleRoot || c.H3Cell != m.H3Region ||
			c.RecordCount != m.RecordCount || c.CIDDigest != [32]byte{7} || c.Deadline != 99 {
			t.Fatalf("contribution %+v does not mirror the manifest", c)
		}
	})
}

func TestDecode_Err(t *testing.T) {
	p, _, _, _ := mustSeal(t, 5)
	b, _ := p.Encode()
	t.Run("ErrTruncated", func(t *testing.T) {
		for n := range len(b) {
			if _, err := pack.Decode(b[:n]); datpin.ErrorCode(err) != datpin.EINVALID {
				t.Fatalf("decoded %d of %d bytes: %v", n, len(b), err)
			}
		}
	})
	for name, mutate := range map[string]func([]byte) []byte{
		"ErrMagic":    func(b []byte) []byte { b[0] = 'X'; return b },
		"ErrVersion":  func(b []byte) []byte { b[6] = pack.PackageVersion + 1; return b },
		"ErrVersion0": func(b []byte) []byte { b[6] = 0; return b },
		"ErrTrailing": func(b []byte) []byte { return append(b, 0) },
		"ErrV":        func(b []byte) []byte { b[len(pack.Magic)+1+4+manifestLen(b)+64] = 0; return b },
		"ErrNotAge": func(b []byte) []byte {
			i := len(pack.Magic) + 1 + 4 + manifestLen(b) + 65 + 4
			b[i] = 'X'
			return b
		},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := pack.Decode(mutate(bytes.Clone(b))); datpin.ErrorCode(err) != datpin.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
		})
	}
}

func manifestLen(b []byte) int {
	i := len(pack.Magic) + 1
	return int(b[i])<<24 | int(b[i+1])<<16 | int(b[i+2])<<8 | int(b[i+3])
}

func FuzzDecode(f *testing.F) {
	for _, n := range []int{1, 3} {
		p, _, _, _ := mustSeal(f, n)
		b, _ := p.Encode()
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := pack.Decode(b)
		if err != nil {
			if datpin.ErrorCode(err) != datpin.EINVALID {
				t.Fatalf("error code %q, want EINVALID", datpin.ErrorCode(err))
			}
			return
		}
		again, err := p.Encode()
		if err != nil {
			t.Fatalf("decoded package does not encode: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatal("re-encoding a decoded package changed its bytes")
		}
	})
}

func FuzzDecodeManifest(f *testing.F) {
	m := testManifest()
	m.Schema, m.RecordCount, m.LastMs = pack.RecordVersion, 3, 5
	b, _ := pack.EncodeManifest(&m)
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := pack.DecodeManifest(b)
		if err != nil {
			return
		}
		again, err := pack.EncodeManifest(m)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("re-encoding differs (err %v)", err)
		}
	})
}

// sealV1 makes a version 1 package of recs, as version 1 sealers wrote it
// (payload codec codec, DEFLATE or none), from p's manifest and signature.
func sealV1(t *testing.T, p *pack.Package, recs []datpin.PublicRecord, to age.Recipient, codec byte) *pack.Package {
	t.Helper()
	stream, _, err := pack.EncodeBatch(recs)
	if err != nil {
		t.Fatal(err)
	}
	var ct bytes.Buffer
	w, err := age.Encrypt(&ct, to)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte{codec})
	switch codec {
	case 1:
		fw, _ := flate.NewWriter(w, flate.BestSpeed)
		fw.Write(stream)
		fw.Close()
	case 2:
		z, err := pack.AppendCompressed(nil, stream)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(z[1:])
	default:
		w.Write(stream)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return &pack.Package{Version: 1, Manifest: p.Manifest, Signature: p.Signature, Payload: ct.Bytes()}
}

// Version 1 packages (DEFLATE payloads) still decode, re-encode to the same
// bytes and open; a Zstandard payload needs version 2.
func TestDecode_Version1(t *testing.T) {
	p, recs, validator, _ := mustSeal(t, 300)
	if p.Version != pack.PackageVersion {
		t.Fatalf("sealed version %d, want %d", p.Version, pack.PackageVersion)
	}
	for _, codec := range []byte{0, 1} {
		b, err := sealV1(t, p, recs, validator.Recipient(), codec).Encode()
		if err != nil {
			t.Fatal(err)
		}
		if b[len(pack.Magic)] != 1 {
			t.Fatalf("encoded version %d, want 1", b[len(pack.Magic)])
		}
		q, err := pack.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		if c, _ := q.Encode(); !bytes.Equal(c, b) {
			t.Fatal("version 1 package does not re-encode to its bytes")
		}
		got, err := q.Open(validator)
		if err != nil || len(got) != len(recs) || got[len(got)-1] != recs[len(recs)-1] {
			t.Fatalf("codec %d: opened %d records, %v", codec, len(got), err)
		}
	}
	q := sealV1(t, p, recs, validator.Recipient(), 2)
	if _, err := q.Open(validator); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("zstd payload in version 1: err = %v, want EINVALID", err)
	}
	q.Version = pack.PackageVersion
	if got, err := q.Open(validator); err != nil || len(got) != len(recs) {
		t.Fatalf("zstd payload in version 2: opened %d records, %v", len(got), err)
	}
}

// Packages of every size open, from one record (a payload far below the
// smallest Zstandard window) to more than the window.
func TestSealer_SealOpenSizes(t *testing.T) {
	id := mustIdentity(t)
	s := &pack.Sealer{Key: mustKey(t), Domain: testDomain, Recipients: []age.Recipient{id.Recipient()}}
	for _, n := range []int{1, 2, 9, 64, 65, 1000, 10_000} {
		recs := sampleRecords(n, uint64(n))
		p, err := s.Seal(testManifest(), recs)
		if err != nil {
			t.Fatal(err)
		}
		got, err := p.Open(id)
		if err != nil {
			t.Fatalf("%d records: %v", n, err)
		}
		if len(got) != n || got[0] != recs[0] || got[n-1] != recs[n-1] {
			t.Fatalf("%d records: opened %d, or different ones", n, len(got))
		}
	}
}

// EncryptStream is Seal's compress-and-encrypt step: the payload of a sealed package and the one
// EncryptStream makes from the same stream open to the same records.
func TestEncryptStream_IsSealsPayload(t *testing.T) {
	recs := sampleRecords(50, 3)
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	stream, _, err := pack.AppendBatch(nil, nil, recs)
	if err != nil {
		t.Fatal(err)
	}
	payload, err := pack.EncryptStream(stream, []age.Recipient{id.Recipient()})
	if err != nil {
		t.Fatal(err)
	}
	r, err := age.Decrypt(bytes.NewReader(payload), id)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(r)
	if err != nil || len(plain) == 0 || plain[0] != 2 {
		t.Fatalf("payload codec %v (%v)", plain[:min(1, len(plain))], err)
	}
	// Walking the stream record by record with EncodedSize covers it exactly.
	b, n := stream[4:], 0
	for len(b) > 0 {
		size, err := pack.EncodedSize(b)
		if err != nil {
			t.Fatal(err)
		}
		b, n = b[size:], n+1
	}
	if n != len(recs) {
		t.Fatalf("EncodedSize walked %d records of %d", n, len(recs))
	}
	if _, err := pack.EncodedSize(stream[4:10]); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("short record: %v", err)
	}
}
