package pack

import (
	"encoding/binary"
	"unicode/utf8"

	"github.com/datpin/datpin"
)

// ManifestVersion is the version byte that starts an encoded manifest.
const ManifestVersion = 1

// MaxExplanationLen bounds the score explanation summary, in bytes.
const MaxExplanationLen = 1024

// manifestFixedSize is the size of an encoded manifest with an empty
// explanation.
const manifestFixedSize = 1 + 1 + 1 + 8 + 20 + 16 + 4 + 4 + 8 + 8 + 8 + 4 + 32 + 2 + 32 + 2

// Manifest describes a package in the clear, so that validators and indexers
// can read it without the decryption key. Its fields mirror a Contribution
// plus what helps to find and judge a batch.
type Manifest struct {
	Schema            uint8             // record encoding version of the payload (RecordVersion)
	DeviceType        datpin.DeviceType // the kind of device that made the batch
	ClassID           uint64            // DAT class (data product)
	Station           [20]byte          // the device's address, which signs the package
	OperatorPseudonym [16]byte          // optional pseudonym of the operator; zero if none
	Epoch             uint32            // the data's epoch
	EpochLength       uint32            // seconds per epoch (86400: a day); the window is [Epoch·len, (Epoch+1)·len)
	FirstMs, LastMs   int64             // time span of the records, Unix ms
	H3Region          uint64            // H3 cell of the batch's region; 0 if unknown
	RecordCount       uint32            // records in the payload (Merkle leaves)
	MerkleRoot        [32]byte          // root over the records
	Score             uint16            // tentative edge score, 0..ScoreMax
	ZKCommit          [32]byte          // SNARK-friendly commitment (zero for now)
	Explanation       string            // short summary of the score's explanation, UTF-8
}

// Validate reports the first field out of range as an EINVALID error.
func (m *Manifest) Validate() error {
	switch {
	case m.Schema != RecordVersion:
		return datpin.Errorf(datpin.EINVALID, "manifest schema %d is not %d", m.Schema, RecordVersion)
	case m.DeviceType < datpin.DeviceStation || m.DeviceType > datpin.DeviceSensor:
		return datpin.Errorf(datpin.EINVALID, "unknown device type %d", m.DeviceType)
	case m.RecordCount == 0 || m.RecordCount > MaxRecords:
		return datpin.Errorf(datpin.EINVALID, "record count %d is outside 1..%d", m.RecordCount, MaxRecords)
	case m.FirstMs > m.LastMs:
		return datpin.Errorf(datpin.EINVALID, "time span ends (%d) before it starts (%d)", m.LastMs, m.FirstMs)
	case m.EpochLength == 0:
		return datpin.Errorf(datpin.EINVALID, "epoch length is 0")
	case m.FirstMs < m.WindowStartMs() || m.LastMs >= m.WindowStartMs()+int64(m.EpochLength)*1000:
		return datpin.Errorf(datpin.EINVALID, "time span %d..%d lies outside epoch %d", m.FirstMs, m.LastMs, m.Epoch)
	case m.Score > datpin.ScoreMax:
		return datpin.Errorf(datpin.EINVALID, "score %d is above %d", m.Score, datpin.ScoreMax)
	case len(m.Explanation) > MaxExplanationLen:
		return datpin.Errorf(datpin.EINVALID, "explanation is longer than %d bytes", MaxExplanationLen)
	case !utf8.ValidString(m.Explanation):
		return datpin.Errorf(datpin.EINVALID, "explanation is not UTF-8")
	}
	return nil
}

// WindowStartMs is the start of the manifest's epoch, Unix milliseconds.
func (m *Manifest) WindowStartMs() int64 { return int64(m.Epoch) * int64(m.EpochLength) * 1000 }

// AppendManifest validates m and appends its canonical encoding to dst:
//
//	u8 ManifestVersion, u8 Schema, u8 DeviceType, u64 ClassID, [20] Station,
//	[16] OperatorPseudonym, u32 Epoch, u32 EpochLength, i64 FirstMs, i64 LastMs, u64 H3Region,
//	u32 RecordCount, [32] MerkleRoot, u16 Score, [32] ZKCommit,
//	u16 len(Explanation), Explanation
//
// all big-endian.
func AppendManifest(dst []byte, m *Manifest) ([]byte, error) {
	if err := m.Validate(); err != nil {
		return dst, err
	}
	dst = append(dst, ManifestVersion, m.Schema, byte(m.DeviceType))
	dst = binary.BigEndian.AppendUint64(dst, m.ClassID)
	dst = append(dst, m.Station[:]...)
	dst = append(dst, m.OperatorPseudonym[:]...)
	dst = binary.BigEndian.AppendUint32(dst, m.Epoch)
	dst = binary.BigEndian.AppendUint32(dst, m.EpochLength)
	dst = binary.BigEndian.AppendUint64(dst, uint64(m.FirstMs))
	dst = binary.BigEndian.AppendUint64(dst, uint64(m.LastMs))
	dst = binary.BigEndian.AppendUint64(dst, m.H3Region)
	dst = binary.BigEndian.AppendUint32(dst, m.RecordCount)
	dst = append(dst, m.MerkleRoot[:]...)
	dst = binary.BigEndian.AppendUint16(dst, m.Score)
	dst = append(dst, m.ZKCommit[:]...)
	dst = binary.BigEndian.AppendUint16(dst, uint16(len(m.Explanation)))
	dst = append(dst, m.Explanation...)
	return dst, nil
}

// EncodeManifest returns the canonical encoding of m.
func EncodeManifest(m *Manifest) ([]byte, error) {
	return AppendManifest(make([]byte, 0, manifestFixedSize+len(m.Explanation)), m)
}

// DecodeManifest decodes exactly one encoded manifest, strictly: b must be
// what AppendManifest produces for a valid manifest.
func DecodeManifest(b []byte) (*Manifest, error) {
	if len(b) < manifestFixedSize {
		return nil, errShort("manifest")
	}
	if b[0] != ManifestVersion {
		return nil, datpin.Errorf(datpin.EINVALID, "unknown manifest version %d", b[0])
	}
	m := &Manifest{Schema: b[1], DeviceType: datpin.DeviceType(b[2])}
	p := b[3:]
	m.ClassID = binary.BigEndian.Uint64(p)
	p = p[8:]
	p = p[copy(m.Station[:], p):]
	p = p[copy(m.OperatorPseudonym[:], p):]
	m.Epoch = binary.BigEndian.Uint32(p)
	m.EpochLength = binary.BigEndian.Uint32(p[4:])
	m.FirstMs = int64(binary.BigEndian.Uint64(p[8:]))
	m.LastMs = int64(binary.BigEndian.Uint64(p[16:]))
	m.H3Region = binary.BigEndian.Uint64(p[24:])
	m.RecordCount = binary.BigEndian.Uint32(p[32:])
	p = p[36:]
	p = p[copy(m.MerkleRoot[:], p):]
	m.Score = binary.BigEndian.Uint16(p)
	p = p[2:]
	p = p[copy(m.ZKCommit[:], p):]
	n := int(binary.BigEndian.Uint16(p))
	p = p[2:]
	if len(p) != n {
		return nil, datpin.Errorf(datpin.EINVALID, "manifest explanation is %d bytes, announced %d", len(p), n)
	}
	m.Explanation = string(p)
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// Contribution returns the Contribution the device signs to anchor the
// package whose bytes have sha2-256 digest cidDigest.
func (m *Manifest) Contribution(cidDigest [32]byte, deadline uint64) datpin.Contribution {
	return datpin.Contribution{
		ClassID:     m.ClassID,
		Device:      m.Station,
		Epoch:       m.Epoch,
		H3Cell:      m.H3Region,
		RecordCount: m.RecordCount,
		MerkleRoot:  m.MerkleRoot,
		CIDDigest:   cidDigest,
		Score:       m.Score,
		ZKCommit:    m.ZKCommit,
		Deadline:    deadline,
	}
}
