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
	var group [8][]byte // encoded records whose leaves are still to compute
	g := 0
	var err error
	for i := range records {
		n := len(dst)
		if dst, err = AppendRecord(dst, &records[i]); err != nil {
			return dst[:n], leaves, datpin.Wrap(datpin.EINVALID, err, "record %d", i)
		}
		group[g] = dst[n:]
		if g++; g == len(group) {
			leaves = h.appendLeaves(leaves, group[:g])
			g = 0
		}
	}
	return dst, h.appendLeaves(leaves, group[:g]), nil
}

// appendLeaves appends the Merkle leaves of up to eight encoded records.
func (h *hasher) appendLeaves(leaves [][32]byte, recs [][]byte) [][32]byte {
	n := len(leaves)
	leaves = append(leaves, make([][32]byte, len(recs))...)
	h.leavesInto(leaves[n:], recs)
	return leaves
}

// leavesInto writes the Merkle leaves of up to eight encoded records to
// out[:len(recs)].
func (h *hasher) leavesInto(out [][32]byte, recs [][]byte) {
	if h.k8 == nil || len(recs) < 2 {
		for i, r := range recs {
			out[i] = h.leaf(r)
		}
		return
	}
	h.leaves8(out, recs)
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
	var group [8][]byte
	g := 0
	for i := range records {
		r, size, err := DecodeRecord(b)
		if err != nil {
			return nil, nil, datpin.Wrap(datpin.EINVALID, err, "record %d", i)
		}
		records[i] = r
		group[g] = b[:size]
		if g++; g == len(group) {
			h.leavesInto(leaves[i+1-g:], group[:g])
			g = 0
		}
		b = b[size:]
	}
	h.leavesInto(leaves[len(records)-g:], group[:g])
	if len(b) != 0 {
		return nil, nil, datpin.Errorf(datpin.EINVALID, "record stream has %d trailing bytes", len(b))
	}
	return records, leaves, nil
}
