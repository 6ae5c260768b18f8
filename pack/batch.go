package pack

import (
	"encoding/binary"

	"github.com/datpin/datpin"
)

// MaxRecords is the most records one batch may hold.
const MaxRecords = 1 << 20

// AppendBatch appends the record stream of records to dst: a big-endian
// uint32 count, then each record's canonical encoding. It appends each
// record's Merkle leaf to leaves, so one pass both encodes and hashes.
func AppendBatch(dst []byte, leaves [][32]byte, records []datpin.PublicRecord) ([]byte, [][32]byte, error) {
	if len(records) > MaxRecords {
		return dst, leaves, datpin.Errorf(datpin.EINVALID, "batch has %d records, more than %d", len(records), MaxRecords)
	}
	size := 4
	for i := range records {
		size += RecordSize(&records[i])
	}
	if cap(dst)-len(dst) < size {
		nd := make([]byte, len(dst), len(dst)+size)
		copy(nd, dst)
		dst = nd
	}
	if cap(leaves)-len(leaves) < len(records) {
		nl := make([][32]byte, len(leaves), len(leaves)+len(records))
		copy(nl, leaves)
		leaves = nl
	}
	dst = binary.BigEndian.AppendUint32(dst, uint32(len(records)))
	h := getHasher()
	defer putHasher(h)
	var err error
	for i := range records {
		n := len(dst)
		if dst, err = AppendRecord(dst, &records[i]); err != nil {
			return dst[:n], leaves, datpin.Wrap(datpin.EINVALID, err, "record %d", i)
		}
		leaves = append(leaves, h.leaf(dst[n:]))
	}
	return dst, leaves, nil
}

// EncodeBatch returns the record stream of records and the Merkle root over
// them.
func EncodeBatch(records []datpin.PublicRecord) (stream []byte, root [32]byte, err error) {
	stream, leaves, err := AppendBatch(nil, nil, records)
	if err != nil {
		return nil, root, err
	}
	return stream, Root(leaves), nil
}

// Leaves returns the Merkle leaves of records, in order. Build a Tree from
// them to make proofs.
func Leaves(records []datpin.PublicRecord) ([][32]byte, error) {
	_, leaves, err := AppendBatch(nil, nil, records)
	return leaves, err
}

// DecodeBatch decodes a record stream strictly (exactly the announced
// number of records, no trailing bytes) and returns the records with their
// Merkle leaves.
func DecodeBatch(stream []byte) ([]datpin.PublicRecord, [][32]byte, error) {
	if len(stream) < 4 {
		return nil, nil, errShort("record stream")
	}
	n := binary.BigEndian.Uint32(stream)
	if n > MaxRecords {
		return nil, nil, datpin.Errorf(datpin.EINVALID, "record stream announces %d records, more than %d", n, MaxRecords)
	}
	b := stream[4:]
	if uint64(len(b)) < uint64(n)*(RecordFixedSize+2) {
		return nil, nil, errShort("record stream")
	}
	records := make([]datpin.PublicRecord, n)
	leaves := make([][32]byte, n)
	h := getHasher()
	defer putHasher(h)
	for i := range records {
		r, size, err := DecodeRecord(b)
		if err != nil {
			return nil, nil, datpin.Wrap(datpin.EINVALID, err, "record %d", i)
		}
		records[i] = r
		leaves[i] = h.leaf(b[:size])
		b = b[size:]
	}
	if len(b) != 0 {
		return nil, nil, datpin.Errorf(datpin.EINVALID, "record stream has %d trailing bytes", len(b))
	}
	return records, leaves, nil
}
