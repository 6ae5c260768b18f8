package pack

import (
	"bytes"
	"compress/flate"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"io"

	"filippo.io/age"
	"github.com/datpin/datpin"
)

// DefaultEpochLength is the epoch length Seal puts in a manifest that names none: a day.
const DefaultEpochLength = 86400

// Envelope constants.
const (
	// Magic starts every package.
	Magic = "DATPIN"
	// PackageVersion follows Magic.
	PackageVersion = 1
	// MaxPackageSize bounds what Decode accepts.
	MaxPackageSize = 32 << 20
)

// Payload codecs: the first byte of the decrypted payload.
const (
	codecNone    = 0 // the record stream as is
	codecDeflate = 1 // the record stream compressed with DEFLATE (RFC 1951)
)

const ageMagic = "age-encryption.org/v1\n"

// Package is one batch ready to store: a plaintext manifest, the device's
// signature, and the records encrypted to the validators and the operator.
//
// Encoded, it is
//
//	"DATPIN" u8(PackageVersion)
//	u32 len(manifest) ‖ manifest (see AppendManifest)
//	[65] signature: r ‖ s ‖ v over PackageTypeString
//	u32 len(payload) ‖ payload (age, binary format)
//
// with big-endian lengths and nothing after the payload. The decrypted
// payload is a codec byte (0 none, 1 DEFLATE) and the record stream (see
// AppendBatch). Its content address is the CID of these bytes.
type Package struct {
	Manifest  Manifest
	Signature [65]byte
	Payload   []byte // age ciphertext of the record stream
}

// Sealer makes packages for one device. Its fields are read only.
type Sealer struct {
	Key        *ecdsa.PrivateKey // the device key; its address is the manifest's Station
	Domain     Domain            // verifyingContract: the DataAnchoringToken
	Recipients []age.Recipient   // validators and operator (X25519); at least one
	// NoCompression stores the record stream uncompressed. Compression
	// makes typical packages about three times smaller and costs more than
	// encoding and hashing together.
	NoCompression bool
}

// Seal encodes records, computes their Merkle root, completes m (Schema,
// Station if zero, RecordCount, MerkleRoot, FirstMs, LastMs), encrypts the
// records to s.Recipients and signs the result. m.Station, if set, must be
// the key's address. Records must be 1..MaxRecords.
func (s *Sealer) Seal(m Manifest, records []datpin.PublicRecord) (*Package, error) {
	if s.Key == nil {
		return nil, datpin.Errorf(datpin.EINVALID, "sealer has no key")
	}
	if len(s.Recipients) == 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "sealer has no recipients")
	}
	if len(records) == 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "a package needs at least one record")
	}
	addr := Address(&s.Key.PublicKey)
	if m.Station == ([20]byte{}) {
		m.Station = addr
	} else if m.Station != addr {
		return nil, datpin.Errorf(datpin.EINVALID, "manifest station is not the signing key's address")
	}
	stream, leaves, err := AppendBatch(make([]byte, 1, 1+4+len(records)*(RecordFixedSize+16)), nil, records)
	if err != nil {
		return nil, err
	}
	m.Schema = RecordVersion
	if m.EpochLength == 0 {
		m.EpochLength = DefaultEpochLength
	}
	m.RecordCount = uint32(len(records))
	m.MerkleRoot = Root(leaves)
	m.FirstMs, m.LastMs = timeSpan(records)
	mb, err := EncodeManifest(&m)
	if err != nil {
		return nil, err
	}

	var ct bytes.Buffer
	w, err := age.Encrypt(&ct, s.Recipients...)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "cannot encrypt to the recipients")
	}
	if s.NoCompression {
		stream[0] = codecNone
		_, err = w.Write(stream)
	} else {
		err = writeDeflate(w, stream[1:])
	}
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "cannot encrypt the records")
	}
	p := &Package{Manifest: m, Payload: ct.Bytes()}
	p.Signature, err = SignDigest(s.Key, s.Domain.Digest(PackageHash(Keccak256(mb), Keccak256(p.Payload))))
	if err != nil {
		return nil, err
	}
	return p, nil
}

func writeDeflate(w io.Writer, stream []byte) error {
	if _, err := w.Write([]byte{codecDeflate}); err != nil {
		return err
	}
	fw, err := flate.NewWriter(w, flate.BestSpeed)
	if err != nil {
		return err
	}
	if _, err := fw.Write(stream); err != nil {
		return err
	}
	return fw.Close()
}

func timeSpan(records []datpin.PublicRecord) (first, last int64) {
	first, last = records[0].Time, records[0].Time
	for i := range records[1:] {
		t := records[i+1].Time
		first, last = min(first, t), max(last, t)
	}
	return first, last
}

// Encode returns the package's bytes.
func (p *Package) Encode() ([]byte, error) {
	return p.AppendEncode(make([]byte, 0, len(Magic)+1+4+manifestFixedSize+len(p.Manifest.Explanation)+65+4+len(p.Payload)))
}

// AppendEncode appends the package's bytes to dst.
func (p *Package) AppendEncode(dst []byte) ([]byte, error) {
	dst = append(dst, Magic...)
	dst = append(dst, PackageVersion)
	n := len(dst)
	dst = append(dst, 0, 0, 0, 0)
	dst, err := AppendManifest(dst, &p.Manifest)
	if err != nil {
		return dst[:n-len(Magic)-1], err
	}
	binary.BigEndian.PutUint32(dst[n:], uint32(len(dst)-n-4))
	dst = append(dst, p.Signature[:]...)
	dst = binary.BigEndian.AppendUint32(dst, uint32(len(p.Payload)))
	dst = append(dst, p.Payload...)
	return dst, nil
}

// Decode parses an encoded package strictly: any deviation from what Encode
// produces is an EINVALID error, so a decoded package re-encodes to the same
// bytes. It checks the structure only; call Verify for the signature and
// Open for the records.
func Decode(b []byte) (*Package, error) {
	if len(b) > MaxPackageSize {
		return nil, datpin.Errorf(datpin.EINVALID, "package is larger than %d bytes", MaxPackageSize)
	}
	if len(b) < len(Magic)+1 || string(b[:len(Magic)]) != Magic {
		return nil, datpin.Errorf(datpin.EINVALID, "not a datpin package")
	}
	if b[len(Magic)] != PackageVersion {
		return nil, datpin.Errorf(datpin.EINVALID, "unknown package version %d", b[len(Magic)])
	}
	p := b[len(Magic)+1:]
	mb, p, err := lengthPrefixed(p, "manifest")
	if err != nil {
		return nil, err
	}
	m, err := DecodeManifest(mb)
	if err != nil {
		return nil, err
	}
	pkg := &Package{Manifest: *m}
	if len(p) < 65 {
		return nil, errShort("signature")
	}
	p = p[copy(pkg.Signature[:], p):]
	if v := pkg.Signature[64]; v != 27 && v != 28 {
		return nil, datpin.Errorf(datpin.EINVALID, "signature has v %d, not 27 or 28", v)
	}
	payload, p, err := lengthPrefixed(p, "payload")
	if err != nil {
		return nil, err
	}
	if len(p) != 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "package has %d trailing bytes", len(p))
	}
	if !bytes.HasPrefix(payload, []byte(ageMagic)) {
		return nil, datpin.Errorf(datpin.EINVALID, "payload is not age-encrypted")
	}
	if _, err := age.ExtractHeader(bytes.NewReader(payload)); err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "payload has a malformed age header")
	}
	pkg.Payload = bytes.Clone(payload)
	return pkg, nil
}

func lengthPrefixed(b []byte, what string) (field, rest []byte, err error) {
	if len(b) < 4 {
		return nil, nil, errShort(what)
	}
	n := binary.BigEndian.Uint32(b)
	if uint64(n) > uint64(len(b)-4) {
		return nil, nil, errShort(what)
	}
	return b[4 : 4+n], b[4+n:], nil
}

// Hash returns the Package struct hash the device signs:
// PackageHash(keccak256(manifest), keccak256(payload)).
func (p *Package) Hash() ([32]byte, error) {
	mb, err := EncodeManifest(&p.Manifest)
	if err != nil {
		return [32]byte{}, err
	}
	return PackageHash(Keccak256(mb), Keccak256(p.Payload)), nil
}

// Verify checks that the manifest's Station signed the package for domain d
// (verifyingContract: the DataAnchoringToken). A wrong signer or a bad
// signature is an EUNAUTHORIZED error.
func (p *Package) Verify(d Domain) error {
	h, err := p.Hash()
	if err != nil {
		return err
	}
	signer, err := RecoverDigest(d.Digest(h), p.Signature)
	if err != nil {
		return err
	}
	if signer != p.Manifest.Station {
		return datpin.Errorf(datpin.EUNAUTHORIZED, "package is not signed by its station")
	}
	return nil
}

// Open decrypts the records with one of identities and checks them against
// the manifest: count, Merkle root and time span. No matching identity is an
// EUNAUTHORIZED error; a payload that does not match is EINVALID. Open does
// not check the signature: call Verify first.
func (p *Package) Open(identities ...age.Identity) ([]datpin.PublicRecord, error) {
	r, err := age.Decrypt(bytes.NewReader(p.Payload), identities...)
	if err != nil {
		var nomatch *age.NoIdentityMatchError
		if errors.As(err, &nomatch) {
			return nil, datpin.Wrap(datpin.EUNAUTHORIZED, err, "no identity can decrypt the package")
		}
		return nil, datpin.Wrap(datpin.EINVALID, err, "cannot decrypt the package")
	}
	limit := 4 + int64(p.Manifest.RecordCount)*MaxRecordSize
	var codec [1]byte
	if _, err := io.ReadFull(r, codec[:]); err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "cannot decrypt the package")
	}
	switch codec[0] {
	case codecNone:
	case codecDeflate:
		fr := flate.NewReader(r)
		defer fr.Close()
		r = fr
	default:
		return nil, datpin.Errorf(datpin.EINVALID, "unknown payload codec %d", codec[0])
	}
	stream, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "cannot read the payload")
	}
	if int64(len(stream)) > limit {
		return nil, datpin.Errorf(datpin.EINVALID, "payload is larger than its record count allows")
	}
	records, leaves, err := DecodeBatch(stream)
	if err != nil {
		return nil, err
	}
	m := &p.Manifest
	switch {
	case uint64(len(records)) != uint64(m.RecordCount):
		return nil, datpin.Errorf(datpin.EINVALID, "payload has %d records, manifest says %d", len(records), m.RecordCount)
	case Root(leaves) != m.MerkleRoot:
		return nil, datpin.Errorf(datpin.EINVALID, "payload does not match the manifest's Merkle root")
	}
	if first, last := timeSpan(records); first != m.FirstMs || last != m.LastMs {
		return nil, datpin.Errorf(datpin.EINVALID, "payload time span does not match the manifest")
	}
	return records, nil
}
