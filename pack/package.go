package pack

import (
	"bytes"
	"compress/flate"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"io"
	"sync"

	"filippo.io/age"
	"github.com/klauspost/compress/zstd"

	"github.com/datpin/datpin"
)

// DefaultEpochLength is the epoch length Seal puts in a manifest that names none: a day.
const DefaultEpochLength = 86400

// Envelope constants.
const (
	// Magic starts every package.
	Magic = "DATPIN"
	// PackageVersion follows Magic. Version 2 added the zstd payload codec;
	// Decode still reads version 1 packages, whose payloads are never zstd.
	PackageVersion = 2
	// MaxPackageSize bounds what Decode accepts.
	MaxPackageSize = 32 << 20
)

// Payload codecs: the first byte of the decrypted payload.
const (
	codecNone    = 0 // the record stream as is
	codecDeflate = 1 // the record stream compressed with DEFLATE (RFC 1951); written by version 1
	codecZstd    = 2 // the record stream in column order as one Zstandard frame (RFC 8878); version 2 on
)

// zstdWindow is the window of the Zstandard frames Seal writes, and the
// largest a reader accepts: records repeat within a few hundred bytes.
const zstdWindow = 1 << 20

// zstdEncoder compresses record streams. EncodeAll is safe for concurrent use.
var zstdEncoder, _ = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest),
	zstd.WithEncoderConcurrency(1), zstd.WithWindowSize(zstdWindow), zstd.WithEncoderCRC(false))

// AppendCompressed appends the compressed payload of a record stream (see
// AppendBatch) to dst, what Seal encrypts: the codec byte, then the stream
// in column order (see columns.go) as one Zstandard frame. A malformed
// stream is an EINVALID error.
func AppendCompressed(dst, stream []byte) ([]byte, error) {
	sb := sealPool.Get().(*sealBuffers)
	defer sealPool.Put(sb)
	return sb.appendCompressed(dst, stream)
}

// sealBuffers are the scratch buffers of one Seal, reused from call to call
// so that sealing a large batch does not allocate and clear megabytes.
type sealBuffers struct {
	stream, cols, payload []byte
	leaves                [][32]byte
}

var sealPool = sync.Pool{New: func() any { return new(sealBuffers) }}

func (sb *sealBuffers) appendCompressed(dst, stream []byte) ([]byte, error) {
	var err error
	if sb.cols, err = appendColumns(sb.cols[:0], stream); err != nil {
		return dst, err
	}
	dst = append(dst, codecZstd)
	return zstdEncoder.EncodeAll(sb.cols, dst), nil
}

// EncryptStream is what Seal does with a record stream (see AppendBatch) once its root is
// known: compress it (AppendCompressed) and encrypt it with age to the recipients. It returns the
// package's payload.
func EncryptStream(stream []byte, recipients []age.Recipient) ([]byte, error) {
	sb := sealPool.Get().(*sealBuffers)
	defer sealPool.Put(sb)
	return sb.encryptStream(stream, recipients)
}

func (sb *sealBuffers) encryptStream(stream []byte, recipients []age.Recipient) ([]byte, error) {
	var err error
	if sb.payload, err = sb.appendCompressed(sb.payload[:0], stream); err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "cannot encrypt the records")
	}
	return encryptPayload(sb.payload, recipients)
}

// encryptPayload encrypts a payload (codec byte and stream) with age to the recipients.
func encryptPayload(payload []byte, recipients []age.Recipient) ([]byte, error) {
	// The ciphertext is the payload, a 16-byte tag per 64 KiB chunk, a nonce and the header: one
	// allocation of about the right size.
	var ct bytes.Buffer
	ct.Grow(len(payload) + 16*(len(payload)>>16+1) + 16 + 256*len(recipients))
	w, err := age.Encrypt(&ct, recipients...)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "cannot encrypt to the recipients")
	}
	if _, err = w.Write(payload); err == nil {
		err = w.Close()
	}
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "cannot encrypt the records")
	}
	return ct.Bytes(), nil
}

const ageMagic = "age-encryption.org/v1\n"

// Package is one batch ready to store: a plaintext manifest, the device's
// signature, and the records encrypted to the validators and the operator.
//
// Encoded, it is
//
//	"DATPIN" u8(version: PackageVersion, or 1)
//	u32 len(manifest) ‖ manifest (see AppendManifest)
//	[65] signature: r ‖ s ‖ v over PackageTypeString
//	u32 len(payload) ‖ payload (age, binary format)
//
// with big-endian lengths and nothing after the payload. The decrypted
// payload is a codec byte (0 none, 1 DEFLATE, 2 Zstandard of the stream in
// column order; 2 only from version 2) and the record stream (see
// AppendBatch). Its content address is
// the CID of these bytes.
type Package struct {
	// Version is the envelope version: what Decode read, PackageVersion
	// from Seal. Encode writes PackageVersion if it is zero.
	Version   uint8
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
	// (Zstandard, fastest level) makes typical packages about ten times
	// smaller.
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
	sb := sealPool.Get().(*sealBuffers)
	defer sealPool.Put(sb)
	stream, leaves, err := AppendBatch(append(sb.stream[:0], 0), sb.leaves[:0], records)
	sb.stream, sb.leaves = stream, leaves
	if err != nil {
		return nil, err
	}
	m.Schema = RecordVersion
	if m.EpochLength == 0 {
		m.EpochLength = DefaultEpochLength
	}
	m.RecordCount = uint32(len(records))
	m.MerkleRoot = rootInPlace(leaves)
	m.FirstMs, m.LastMs = timeSpan(records)
	mb, err := EncodeManifest(&m)
	if err != nil {
		return nil, err
	}

	var payload []byte
	if s.NoCompression {
		stream[0] = codecNone
		payload, err = encryptPayload(stream, s.Recipients)
	} else {
		payload, err = sb.encryptStream(stream[1:], s.Recipients)
	}
	if err != nil {
		return nil, err
	}
	p := &Package{Version: PackageVersion, Manifest: m, Payload: payload}
	p.Signature, err = SignDigest(s.Key, s.Domain.Digest(PackageHash(Keccak256(mb), Keccak256(p.Payload))))
	if err != nil {
		return nil, err
	}
	return p, nil
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
	v := p.Version
	if v == 0 {
		v = PackageVersion
	}
	dst = append(dst, Magic...)
	dst = append(dst, v)
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
	version := b[len(Magic)]
	if version != 1 && version != PackageVersion {
		return nil, datpin.Errorf(datpin.EINVALID, "unknown package version %d", version)
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
	pkg := &Package{Version: version, Manifest: *m}
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
	return p.read(r)
}

// read decodes the decrypted payload r and checks it against the manifest.
func (p *Package) read(r io.Reader) ([]datpin.PublicRecord, error) {
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
	case codecZstd:
		if p.Version == 1 {
			return nil, datpin.Errorf(datpin.EINVALID, "payload codec %d in a version 1 package", codecZstd)
		}
		// The window bounds the decoder's memory; the LimitReader below
		// bounds the output.
		zr, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true),
			zstd.WithDecoderMaxWindow(zstdWindow))
		if err != nil {
			return nil, datpin.Wrap(datpin.EINTERNAL, err, "cannot read the payload")
		}
		defer zr.Close()
		r = zr
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
	if codec[0] == codecZstd {
		if stream, err = rowsFromColumns(make([]byte, 0, len(stream)), stream); err != nil {
			return nil, err
		}
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
