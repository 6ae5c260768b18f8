package pack_test

import (
	"bytes"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/pack"
)

// vectorRecord is pinned to vectorHex: changing the encoding breaks every
// Merkle root ever anchored, so it must be a new RecordVersion instead.
var vectorRecord = datpin.PublicRecord{
	Kind: datpin.KindSession, Time: 1_767_225_600_123,
	Pseudonym: [16]byte{0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10},
	StationID: "1A2B3", CellID: "12", H3Cell: 0x88283082a3fffff, SpeedKmh: 42,
	Mode: datpin.ModeNR, RSRPdBm10: -1012, RSRQdB10: -105, SINRdB10: 123, RSSIdBm10: -700, CQI: 11,
	NRRSRPdBm10: -950, NRRSRQdB10: -110,
	DownKbps: 85_000, UpKbps: 12_000, LatencyMs10: 345, JitterMs10: 21, LossPermille: 3, Active: true,
	Sessions: datpin.Missing, Devices: datpin.Missing, Quantity: datpin.QuantityNone, ValueE3: 0,
}

var vectorHex = "" +
	"01" + "01" + "05" + "01" + "00" + // version, kind, mode, flags, quantity
	"0000019b76daa87b" + // time
	"0102030405060708090a0b0c0d0e0f10" + // pseudonym
	"088283082a3fffff" + // H3 cell
	"0000002a" + "fffffc0c" + "ffffff97" + "0000007b" + "fffffd44" + "0000000b" + // speed, RSRP, RSRQ, SINR, RSSI, CQI
	"fffffc4a" + "ffffff92" + // NR RSRP, NR RSRQ
	"00014c08" + "00002ee0" + "00000159" + "00000015" + "00000003" + // down, up, latency, jitter, loss
	"80000000" + "80000000" + // sessions, devices
	"0000000000000000" + // value
	"05" + hex.EncodeToString([]byte("1A2B3")) + "02" + hex.EncodeToString([]byte("12"))

func TestAppendRecord_Vector(t *testing.T) {
	b, err := pack.EncodeRecord(&vectorRecord)
	if err != nil {
		t.Fatal(err)
	}
	if got := hex.EncodeToString(b); got != vectorHex {
		t.Fatalf("encoding changed:\n got %s\nwant %s", got, vectorHex)
	}
	if len(b) != pack.RecordSize(&vectorRecord) {
		t.Fatalf("RecordSize = %d, encoding has %d bytes", pack.RecordSize(&vectorRecord), len(b))
	}
}

func TestDecodeRecord(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		for i, r := range append(sampleRecords(50, 7), vectorRecord, datpin.PublicRecord{Kind: datpin.KindSensor, Quantity: datpin.QuantityPM25, ValueE3: -5}) {
			b, err := pack.EncodeRecord(&r)
			if err != nil {
				t.Fatal(err)
			}
			got, n, err := pack.DecodeRecord(append(b, 0xff)) // trailing bytes belong to the next record
			if err != nil {
				t.Fatalf("record %d: %v", i, err)
			}
			if n != len(b) || got != r {
				t.Fatalf("record %d: round trip gave %+v (%d bytes), want %+v (%d bytes)", i, got, n, r, len(b))
			}
		}
	})
	t.Run("ErrTruncated", func(t *testing.T) {
		b, _ := pack.EncodeRecord(&vectorRecord)
		for n := range len(b) {
			if _, _, err := pack.DecodeRecord(b[:n]); datpin.ErrorCode(err) != datpin.EINVALID {
				t.Fatalf("decoding %d of %d bytes: err = %v, want EINVALID", n, len(b), err)
			}
		}
	})
	bad := map[string]func(b []byte){
		"ErrVersion":  func(b []byte) { b[0] = 2 },
		"ErrKind":     func(b []byte) { b[1] = 0 },
		"ErrKindHigh": func(b []byte) { b[1] = 4 },
		"ErrMode":     func(b []byte) { b[2] = 1 },
		"ErrModeHigh": func(b []byte) { b[2] = 6 },
		"ErrFlags":    func(b []byte) { b[3] = 3 },
		"ErrQuantity": func(b []byte) { b[4] = 7 },
	}
	for name, mutate := range bad {
		t.Run(name, func(t *testing.T) {
			b, _ := pack.EncodeRecord(&vectorRecord)
			mutate(b)
			if _, _, err := pack.DecodeRecord(b); datpin.ErrorCode(err) != datpin.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
		})
	}
}

func TestAppendRecord_Err(t *testing.T) {
	for name, mutate := range map[string]func(r *datpin.PublicRecord){
		"ErrKind":      func(r *datpin.PublicRecord) { r.Kind = 9 },
		"ErrMode":      func(r *datpin.PublicRecord) { r.Mode = 1 },
		"ErrQuantity":  func(r *datpin.PublicRecord) { r.Quantity = 200 },
		"ErrStationID": func(r *datpin.PublicRecord) { r.StationID = strings.Repeat("x", 256) },
		"ErrCellID":    func(r *datpin.PublicRecord) { r.CellID = strings.Repeat("x", 256) },
	} {
		t.Run(name, func(t *testing.T) {
			r := vectorRecord
			mutate(&r)
			dst := []byte("prefix")
			out, err := pack.AppendRecord(dst, &r)
			if datpin.ErrorCode(err) != datpin.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
			if !bytes.Equal(out, dst) {
				t.Fatalf("failed append changed dst to %q", out)
			}
		})
	}
	t.Run("OKMaxID", func(t *testing.T) {
		r := vectorRecord
		r.StationID, r.CellID = strings.Repeat("s", pack.MaxIDLen), strings.Repeat("c", pack.MaxIDLen)
		b, err := pack.EncodeRecord(&r)
		if err != nil || len(b) != pack.MaxRecordSize {
			t.Fatalf("len = %d, err = %v; want %d, nil", len(b), err, pack.MaxRecordSize)
		}
	})
}

func TestDecodeBatch(t *testing.T) {
	recs := sampleRecords(100, 3)
	stream, leaves, err := pack.AppendBatch(nil, nil, recs)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("OK", func(t *testing.T) {
		got, gotLeaves, err := pack.DecodeBatch(stream)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(recs) {
			t.Fatalf("decoded %d records, want %d", len(got), len(recs))
		}
		for i := range recs {
			if got[i] != recs[i] || gotLeaves[i] != leaves[i] {
				t.Fatalf("record %d differs after round trip", i)
			}
			b, _ := pack.EncodeRecord(&recs[i])
			if pack.Leaf(b) != leaves[i] {
				t.Fatalf("leaf %d is not Leaf(record)", i)
			}
		}
	})
	t.Run("ErrTrailing", func(t *testing.T) {
		if _, _, err := pack.DecodeBatch(append(bytes.Clone(stream), 0)); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
	})
	t.Run("ErrCount", func(t *testing.T) {
		b := bytes.Clone(stream)
		b[3]++
		if _, _, err := pack.DecodeBatch(b); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
	})
	t.Run("ErrHugeCount", func(t *testing.T) {
		if _, _, err := pack.DecodeBatch([]byte{0xff, 0xff, 0xff, 0xff}); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
	})
}

func FuzzDecodeRecord(f *testing.F) {
	b, _ := pack.EncodeRecord(&vectorRecord)
	f.Add(b)
	for _, r := range sampleRecords(5, 1) {
		b, _ := pack.EncodeRecord(&r)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		r, n, err := pack.DecodeRecord(b)
		if err != nil {
			return
		}
		again, err := pack.EncodeRecord(&r)
		if err != nil {
			t.Fatalf("decoded record does not encode: %v", err)
		}
		if !bytes.Equal(again, b[:n]) {
			t.Fatalf("re-encoding differs:\n got %x\nwant %x", again, b[:n])
		}
	})
}

func FuzzDecodeBatch(f *testing.F) {
	stream, _, _ := pack.AppendBatch(nil, nil, sampleRecords(3, 2))
	f.Add(stream)
	f.Fuzz(func(t *testing.T, b []byte) {
		recs, leaves, err := pack.DecodeBatch(b)
		if err != nil {
			return
		}
		again, againLeaves, err := pack.AppendBatch(nil, nil, recs)
		if err != nil || !bytes.Equal(again, b) || len(againLeaves) != len(leaves) {
			t.Fatalf("re-encoding differs (err %v)", err)
		}
	})
}
