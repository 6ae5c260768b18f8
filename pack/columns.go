package pack

import (
	"encoding/binary"
	"slices"

	"github.com/datpin/datpin"
)

// The Zstandard payload codec compresses the record stream in column order:
//
//	u32 count n
//	for j in 0..RecordFixedSize-1: byte j of record 0, of record 1, …, of record n-1
//	then every record's tail (u8 len ‖ station id ‖ u8 len ‖ cell id), in record order
//
// Records of a batch differ little field by field (one version, kind and
// pseudonym, times a second apart, measurements in a narrow range), so each
// column is a long run of equal or similar bytes: the stream compresses to
// about half the size of the row order, and faster.

// columnTile is how many records appendColumns moves at a time, so that
// every column gets a run of contiguous bytes per pass.
const columnTile = 64

// appendColumns appends the column order of a record stream (see
// AppendBatch) to dst. The stream must be well formed: every record at
// least RecordFixedSize+2 bytes with its tail's lengths inside the stream.
func appendColumns(dst, stream []byte) ([]byte, error) {
	if len(stream) < 4 {
		return dst, errShort("record stream")
	}
	n := int(binary.BigEndian.Uint32(stream))
	if n > MaxRecords || len(stream)-4 < n*(RecordFixedSize+2) {
		return dst, errShort("record stream")
	}
	base := len(dst)
	// Every byte of the new part is written below: grow without clearing.
	dst = slices.Grow(dst, len(stream))[:base+len(stream)]
	copy(dst[base:], stream[:4])
	cols := dst[base+4 : base+4+RecordFixedSize*n]
	tails := dst[base+4+RecordFixedSize*n:]
	b := stream[4:]
	var tile [columnTile][RecordFixedSize]byte
	for i0 := 0; i0 < n; i0 += columnTile {
		k := min(columnTile, n-i0)
		for t := range k {
			if len(b) < RecordFixedSize+2 {
				return dst[:base], errShort("record stream")
			}
			size := RecordFixedSize + 1 + int(b[RecordFixedSize])
			if len(b) <= size || len(b) < size+1+int(b[size]) {
				return dst[:base], errShort("record stream")
			}
			size += 1 + int(b[size])
			tile[t] = [RecordFixedSize]byte(b)
			tails = tails[copy(tails, b[RecordFixedSize:size]):]
			b = b[size:]
		}
		if k == columnTile {
			// Eight records by eight columns at a time, as words held in
			// registers (see transpose8).
			for t0 := 0; t0 < columnTile; t0 += 8 {
				rows := (*[8][RecordFixedSize]byte)(tile[t0 : t0+8])
				for j0 := 0; j0+8 <= RecordFixedSize; j0 += 8 {
					x0, x1, x2, x3, x4, x5, x6, x7 := transpose8(
						binary.LittleEndian.Uint64(rows[0][j0:]), binary.LittleEndian.Uint64(rows[1][j0:]),
						binary.LittleEndian.Uint64(rows[2][j0:]), binary.LittleEndian.Uint64(rows[3][j0:]),
						binary.LittleEndian.Uint64(rows[4][j0:]), binary.LittleEndian.Uint64(rows[5][j0:]),
						binary.LittleEndian.Uint64(rows[6][j0:]), binary.LittleEndian.Uint64(rows[7][j0:]))
					at := j0*n + i0 + t0
					binary.LittleEndian.PutUint64(cols[at:], x0)
					binary.LittleEndian.PutUint64(cols[at+n:], x1)
					binary.LittleEndian.PutUint64(cols[at+2*n:], x2)
					binary.LittleEndian.PutUint64(cols[at+3*n:], x3)
					binary.LittleEndian.PutUint64(cols[at+4*n:], x4)
					binary.LittleEndian.PutUint64(cols[at+5*n:], x5)
					binary.LittleEndian.PutUint64(cols[at+6*n:], x6)
					binary.LittleEndian.PutUint64(cols[at+7*n:], x7)
				}
			}
			for j := RecordFixedSize &^ 7; j < RecordFixedSize; j++ {
				col := (*[columnTile]byte)(cols[j*n+i0:])
				for t := range columnTile {
					col[t] = tile[t][j]
				}
			}
			continue
		}
		for j := range RecordFixedSize {
			col := cols[j*n+i0 : j*n+i0+k]
			for t := range col {
				col[t] = tile[t][j]
			}
		}
	}
	if len(b) != 0 {
		return dst[:base], datpin.Errorf(datpin.EINVALID, "record stream has %d trailing bytes", len(b))
	}
	return dst, nil
}

// transpose8 transposes the 8×8 byte matrix whose row r is the
// little-endian word xr: afterwards byte c of row r is what byte r of row c
// was. Each step swaps the off-diagonal halves of 2×2 blocks of 1, 2 and 4
// bytes. It takes and returns words, not an array, so that they stay in
// registers.
func transpose8(x0, x1, x2, x3, x4, x5, x6, x7 uint64) (uint64, uint64, uint64, uint64, uint64, uint64, uint64, uint64) {
	const m1, m2, m4 = 0x00ff00ff00ff00ff, 0x0000ffff0000ffff, 0x00000000ffffffff
	t := (x0>>8 ^ x1) & m1
	x0, x1 = x0^t<<8, x1^t
	t = (x2>>8 ^ x3) & m1
	x2, x3 = x2^t<<8, x3^t
	t = (x4>>8 ^ x5) & m1
	x4, x5 = x4^t<<8, x5^t
	t = (x6>>8 ^ x7) & m1
	x6, x7 = x6^t<<8, x7^t
	t = (x0>>16 ^ x2) & m2
	x0, x2 = x0^t<<16, x2^t
	t = (x1>>16 ^ x3) & m2
	x1, x3 = x1^t<<16, x3^t
	t = (x4>>16 ^ x6) & m2
	x4, x6 = x4^t<<16, x6^t
	t = (x5>>16 ^ x7) & m2
	x5, x7 = x5^t<<16, x7^t
	t = (x0>>32 ^ x4) & m4
	x0, x4 = x0^t<<32, x4^t
	t = (x1>>32 ^ x5) & m4
	x1, x5 = x1^t<<32, x5^t
	t = (x2>>32 ^ x6) & m4
	x2, x6 = x2^t<<32, x6^t
	t = (x3>>32 ^ x7) & m4
	x3, x7 = x3^t<<32, x7^t
	return x0, x1, x2, x3, x4, x5, x6, x7
}

// rowsFromColumns appends the record stream whose column order is cols to
// dst. It fails with EINVALID if cols is not the column order of some stream
// of records with well-formed tails; the records themselves are checked by
// DecodeBatch.
func rowsFromColumns(dst, cols []byte) ([]byte, error) {
	if len(cols) < 4 {
		return dst, errShort("record columns")
	}
	n := int(binary.BigEndian.Uint32(cols))
	if n > MaxRecords {
		return dst, datpin.Errorf(datpin.EINVALID, "record stream announces %d records, more than %d", n, MaxRecords)
	}
	if len(cols)-4 < n*(RecordFixedSize+2) {
		return dst, errShort("record columns")
	}
	fixed := cols[4 : 4+RecordFixedSize*n]
	tails := cols[4+RecordFixedSize*n:]
	dst = append(dst, cols[:4]...)
	for i := range n {
		if len(tails) < 2 {
			return dst, errShort("record columns")
		}
		size := 1 + int(tails[0])
		if len(tails) <= size || len(tails) < size+1+int(tails[size]) {
			return dst, errShort("record columns")
		}
		size += 1 + int(tails[size])
		at := len(dst)
		dst = append(dst, make([]byte, RecordFixedSize)...)
		rec := dst[at:]
		for j := range rec {
			rec[j] = fixed[j*n+i]
		}
		dst = append(dst, tails[:size]...)
		tails = tails[size:]
	}
	if len(tails) != 0 {
		return dst, datpin.Errorf(datpin.EINVALID, "record columns have %d trailing bytes", len(tails))
	}
	return dst, nil
}
