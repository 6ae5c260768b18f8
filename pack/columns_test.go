package pack

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/datpin/datpin"
)

// columnRecords returns n valid records whose ids vary in length, empty to
// the longest allowed.
func columnRecords(n int) []datpin.PublicRecord {
	rng := rand.New(rand.NewPCG(uint64(n), 5))
	recs := make([]datpin.PublicRecord, n)
	for i := range recs {
		recs[i] = datpin.PublicRecord{
			Kind: datpin.KindSession, Time: int64(i) * 1000, H3Cell: rng.Uint64(),
			RSRPdBm10: -int32(rng.IntN(1400)), DownKbps: int32(rng.IntN(1e6)),
			StationID: strings.Repeat("S", rng.IntN(4)*85), CellID: strings.Repeat("c", rng.IntN(MaxIDLen+1)),
		}
	}
	return recs
}

// Column order is a permutation of the stream's bytes that rowsFromColumns
// undoes, for every tile remainder.
func TestColumns_RoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 2, 63, 64, 65, 200} {
		stream, _, err := AppendBatch(nil, nil, columnRecords(n))
		if err != nil {
			t.Fatal(err)
		}
		cols, err := appendColumns([]byte("x"), stream)
		if err != nil {
			t.Fatal(err)
		}
		if len(cols) != 1+len(stream) || cols[0] != 'x' {
			t.Fatalf("%d records: %d column bytes for a %d-byte stream", n, len(cols)-1, len(stream))
		}
		if n > 1 && bytes.Equal(cols[1:], stream) {
			t.Fatalf("%d records: column order equals row order", n)
		}
		rows, err := rowsFromColumns(nil, cols[1:])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(rows, stream) {
			t.Fatalf("%d records: rows differ from the stream", n)
		}
	}
}

func TestColumns_Err(t *testing.T) {
	stream, _, err := AppendBatch(nil, nil, columnRecords(70))
	if err != nil {
		t.Fatal(err)
	}
	cols, _ := appendColumns(nil, stream)
	for name, b := range map[string][]byte{
		"Short":         cols[:3],
		"TruncatedTail": cols[:len(cols)-1],
		"Trailing":      append(bytes.Clone(cols), 0),
		"MoreRecords":   append([]byte{0, 0, 0, 71}, cols[4:]...),
		"TooMany":       append([]byte{0xff, 0xff, 0xff, 0xff}, cols[4:]...),
	} {
		if _, err := rowsFromColumns(nil, b); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Errorf("rows %s: err = %v, want EINVALID", name, err)
		}
	}
	for name, b := range map[string][]byte{
		"Short":         stream[:3],
		"TruncatedTail": stream[:len(stream)-1],
		"Trailing":      append(bytes.Clone(stream), 0),
	} {
		if _, err := appendColumns(nil, b); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Errorf("columns %s: err = %v, want EINVALID", name, err)
		}
	}
}
