package pack

import (
	"encoding/binary"

	"github.com/datpin/datpin"
)

// RecordVersion is the version byte that starts every encoded record.
const RecordVersion = 1

// Record layout, version 1. Every numeric field sits at a fixed offset;
// integers are big-endian two's complement; the two strings come last, each
// with a one-byte length.
const (
	offVersion   = 0  // u8  RecordVersion
	offKind      = 1  // u8  datpin.RecordKind, 1..3
	offMode      = 2  // u8  datpin.NetworkMode, 0 or 2..5
	offFlags     = 3  // u8  bit 0: Active; other bits zero
	offQuantity  = 4  // u8  datpin.Quantity, 0..6
	offTime      = 5  // i64 Unix ms
	offPseudonym = 13 // [16]byte
	offH3        = 29 // u64
	offSpeed     = 37 // i32 ×15 from here: SpeedKmh, RSRP, RSRQ, SINR, RSSI, CQI,
	//                   NRRSRP, NRRSRQ, Down, Up, Latency, Jitter, Loss, Sessions, Devices
	offValue = 97 // i64 ValueE3

	// RecordFixedSize is the size of the fixed part; an encoded record is
	// RecordFixedSize + 2 + len(StationID) + len(CellID) bytes.
	RecordFixedSize = 105
	// MaxIDLen is the longest StationID or CellID a record may carry.
	MaxIDLen = 255
	// MaxRecordSize is the size of the largest encoded record.
	MaxRecordSize = RecordFixedSize + 2 + 2*MaxIDLen
)

// EncodedSize is the size of the encoded record at the start of b (see AppendRecord), or an
// EINVALID error if b is too short to hold it.
func EncodedSize(b []byte) (int, error) {
	if len(b) < RecordFixedSize+2 {
		return 0, errShort("record")
	}
	sl := int(b[RecordFixedSize])
	if len(b) < RecordFixedSize+2+sl {
		return 0, errShort("record")
	}
	n := RecordFixedSize + 2 + sl + int(b[RecordFixedSize+1+sl])
	if len(b) < n {
		return 0, errShort("record")
	}
	return n, nil
}

// RecordSize returns the size of r's encoding.
func RecordSize(r *datpin.PublicRecord) int {
	return RecordFixedSize + 2 + len(r.StationID) + len(r.CellID)
}

// AppendRecord appends the canonical encoding of r to dst. It fails with
// EINVALID if r has an unknown kind, mode or quantity, or an id longer than
// MaxIDLen bytes.
func AppendRecord(dst []byte, r *datpin.PublicRecord) ([]byte, error) {
	if err := checkRecord(r); err != nil {
		return dst, err
	}
	n := len(dst)
	size := RecordSize(r)
	if cap(dst)-n < size {
		dst = append(dst[:cap(dst)], make([]byte, n+size-cap(dst))...)
	}
	dst = dst[:n+size]
	b := dst[n : n+size]
	var flags byte
	if r.Active {
		flags = 1
	}
	b[offVersion] = RecordVersion
	b[offKind] = byte(r.Kind)
	b[offMode] = byte(r.Mode)
	b[offFlags] = flags
	b[offQuantity] = byte(r.Quantity)
	binary.BigEndian.PutUint64(b[offTime:], uint64(r.Time))
	copy(b[offPseudonym:offH3], r.Pseudonym[:])
	binary.BigEndian.PutUint64(b[offH3:], r.H3Cell)
	ints := b[offSpeed:offValue]
	_ = ints[59]
	binary.BigEndian.PutUint32(ints[0:], uint32(r.SpeedKmh))
	binary.BigEndian.PutUint32(ints[4:], uint32(r.RSRPdBm10))
	binary.BigEndian.PutUint32(ints[8:], uint32(r.RSRQdB10))
	binary.BigEndian.PutUint32(ints[12:], uint32(r.SINRdB10))
	binary.BigEndian.PutUint32(ints[16:], uint32(r.RSSIdBm10))
	binary.BigEndian.PutUint32(ints[20:], uint32(r.CQI))
	binary.BigEndian.PutUint32(ints[24:], uint32(r.NRRSRPdBm10))
	binary.BigEndian.PutUint32(ints[28:], uint32(r.NRRSRQdB10))
	binary.BigEndian.PutUint32(ints[32:], uint32(r.DownKbps))
	binary.BigEndian.PutUint32(ints[36:], uint32(r.UpKbps))
	binary.BigEndian.PutUint32(ints[40:], uint32(r.LatencyMs10))
	binary.BigEndian.PutUint32(ints[44:], uint32(r.JitterMs10))
	binary.BigEndian.PutUint32(ints[48:], uint32(r.LossPermille))
	binary.BigEndian.PutUint32(ints[52:], uint32(r.Sessions))
	binary.BigEndian.PutUint32(ints[56:], uint32(r.Devices))
	binary.BigEndian.PutUint64(b[offValue:], uint64(r.ValueE3))
	i := RecordFixedSize
	b[i] = byte(len(r.StationID))
	i += 1 + copy(b[i+1:], r.StationID)
	b[i] = byte(len(r.CellID))
	copy(b[i+1:], r.CellID)
	return dst, nil
}

// EncodeRecord returns the canonical encoding of r.
func EncodeRecord(r *datpin.PublicRecord) ([]byte, error) {
	return AppendRecord(make([]byte, 0, RecordSize(r)), r)
}

// DecodeRecord decodes the record at the start of b and returns it with the
// number of bytes it took. It accepts exactly the encodings AppendRecord
// produces; anything else is an EINVALID error.
func DecodeRecord(b []byte) (datpin.PublicRecord, int, error) {
	var r datpin.PublicRecord
	if len(b) < RecordFixedSize+2 {
		return r, 0, errShort("record")
	}
	if b[offVersion] != RecordVersion {
		return r, 0, datpin.Errorf(datpin.EINVALID, "unknown record version %d", b[offVersion])
	}
	if b[offFlags]&^1 != 0 {
		return r, 0, datpin.Errorf(datpin.EINVALID, "record has unknown flags %#x", b[offFlags])
	}
	r.Kind = datpin.RecordKind(b[offKind])
	r.Mode = datpin.NetworkMode(b[offMode])
	r.Active = b[offFlags] == 1
	r.Quantity = datpin.Quantity(b[offQuantity])
	r.Time = int64(binary.BigEndian.Uint64(b[offTime:]))
	copy(r.Pseudonym[:], b[offPseudonym:offH3])
	r.H3Cell = binary.BigEndian.Uint64(b[offH3:])
	ints := b[offSpeed:offValue]
	get := func(i int) int32 { return int32(binary.BigEndian.Uint32(ints[4*i:])) }
	r.SpeedKmh = get(0)
	r.RSRPdBm10 = get(1)
	r.RSRQdB10 = get(2)
	r.SINRdB10 = get(3)
	r.RSSIdBm10 = get(4)
	r.CQI = get(5)
	r.NRRSRPdBm10 = get(6)
	r.NRRSRQdB10 = get(7)
	r.DownKbps = get(8)
	r.UpKbps = get(9)
	r.LatencyMs10 = get(10)
	r.JitterMs10 = get(11)
	r.LossPermille = get(12)
	r.Sessions = get(13)
	r.Devices = get(14)
	r.ValueE3 = int64(binary.BigEndian.Uint64(b[offValue:]))
	i := RecordFixedSize
	n := int(b[i])
	if len(b) < i+1+n+1 {
		return r, 0, errShort("record station id")
	}
	r.StationID = string(b[i+1 : i+1+n])
	i += 1 + n
	n = int(b[i])
	if len(b) < i+1+n {
		return r, 0, errShort("record cell id")
	}
	r.CellID = string(b[i+1 : i+1+n])
	i += 1 + n
	if err := checkRecord(&r); err != nil {
		return r, 0, err
	}
	return r, i, nil
}

func checkRecord(r *datpin.PublicRecord) error {
	switch {
	case r.Kind < datpin.KindSession || r.Kind > datpin.KindSensor:
		return datpin.Errorf(datpin.EINVALID, "unknown record kind %d", r.Kind)
	case r.Mode == 1 || r.Mode > datpin.ModeNR:
		return datpin.Errorf(datpin.EINVALID, "unknown network mode %d", r.Mode)
	case r.Quantity > datpin.QuantityPM25:
		return datpin.Errorf(datpin.EINVALID, "unknown quantity %d", r.Quantity)
	case len(r.StationID) > MaxIDLen:
		return datpin.Errorf(datpin.EINVALID, "station id is longer than %d bytes", MaxIDLen)
	case len(r.CellID) > MaxIDLen:
		return datpin.Errorf(datpin.EINVALID, "cell id is longer than %d bytes", MaxIDLen)
	}
	return nil
}

func errShort(what string) error {
	return datpin.Errorf(datpin.EINVALID, "%s is truncated", what)
}
