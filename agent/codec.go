package agent

import (
	"crypto/sha256"
	"encoding/binary"
	"slices"

	"github.com/klauspost/compress/s2"

	"github.com/datpin/datpin"
)

// The outbox keeps raw records (before privacy is applied: they never leave
// the device) in a fixed-width big-endian layout:
//
//	u8 version, u8 kind, u8 mode, u8 flags (bit 0: active), u8 quantity,
//	i64 time, 17 × i32 (lat, lon, speed, RSRP, RSRQ, SINR, RSSI, CQI, NR RSRP,
//	NR RSRQ, down, up, latency, jitter, loss, sessions, devices), i64 value,
//	then device, station and cell ids, each with a one-byte length.
const (
	rawVersion   = 1
	rawFixedSize = 5 + 8 + 17*4 + 8
	// maxIDLen is the longest id a raw record may carry (telemetry.Validate
	// allows 128 bytes).
	maxIDLen = 255
)

// appendRaw appends the raw encoding of r to dst.
func appendRaw(dst []byte, r *datpin.Record) ([]byte, error) {
	if len(r.DeviceID) > maxIDLen || len(r.StationID) > maxIDLen || len(r.CellID) > maxIDLen {
		return dst, datpin.Errorf(datpin.EINVALID, "record id longer than %d bytes", maxIDLen)
	}
	var flags byte
	if r.Active {
		flags = 1
	}
	dst = append(dst, rawVersion, byte(r.Kind), byte(r.Mode), flags, byte(r.Quantity))
	dst = binary.BigEndian.AppendUint64(dst, uint64(r.Time))
	for _, v := range [17]int32{
		r.LatE7, r.LonE7, r.SpeedKmh, r.RSRPdBm10, r.RSRQdB10, r.SINRdB10, r.RSSIdBm10, r.CQI,
		r.NRRSRPdBm10, r.NRRSRQdB10, r.DownKbps, r.UpKbps, r.LatencyMs10, r.JitterMs10,
		r.LossPermille, r.Sessions, r.Devices,
	} {
		dst = binary.BigEndian.AppendUint32(dst, uint32(v))
	}
	dst = binary.BigEndian.AppendUint64(dst, uint64(r.ValueE3))
	for _, s := range [3]string{r.DeviceID, r.StationID, r.CellID} {
		dst = append(dst, byte(len(s)))
		dst = append(dst, s...)
	}
	return dst, nil
}

// decodeRaw decodes one raw record that fills b exactly.
func decodeRaw(b []byte) (datpin.Record, error) {
	var r datpin.Record
	if len(b) < rawFixedSize+3 || b[0] != rawVersion {
		return r, datpin.Errorf(datpin.EINTERNAL, "outbox record is malformed")
	}
	r.Kind, r.Mode, r.Active, r.Quantity = datpin.RecordKind(b[1]), datpin.NetworkMode(b[2]), b[3]&1 != 0, datpin.Quantity(b[4])
	r.Time = int64(binary.BigEndian.Uint64(b[5:]))
	p := b[13:]
	for _, f := range [17]*int32{
		&r.LatE7, &r.LonE7, &r.SpeedKmh, &r.RSRPdBm10, &r.RSRQdB10, &r.SINRdB10, &r.RSSIdBm10, &r.CQI,
		&r.NRRSRPdBm10, &r.NRRSRQdB10, &r.DownKbps, &r.UpKbps, &r.LatencyMs10, &r.JitterMs10,
		&r.LossPermille, &r.Sessions, &r.Devices,
	} {
		*f = int32(binary.BigEndian.Uint32(p))
		p = p[4:]
	}
	r.ValueE3 = int64(binary.BigEndian.Uint64(p))
	p = p[8:]
	for _, f := range [3]*string{&r.DeviceID, &r.StationID, &r.CellID} {
		if len(p) < 1 || len(p) < 1+int(p[0]) {
			return r, datpin.Errorf(datpin.EINTERNAL, "outbox record is truncated")
		}
		*f = string(p[1 : 1+p[0]])
		p = p[1+p[0]:]
	}
	if len(p) != 0 {
		return r, datpin.Errorf(datpin.EINTERNAL, "outbox record has trailing bytes")
	}
	return r, nil
}

// rawSize returns the size of the raw record that starts b.
func rawSize(b []byte) (int, error) {
	n := rawFixedSize
	for range 3 {
		if len(b) <= n {
			return 0, datpin.Errorf(datpin.EINTERNAL, "outbox record is truncated")
		}
		n += 1 + int(b[n])
	}
	if len(b) < n {
		return 0, datpin.Errorf(datpin.EINTERNAL, "outbox record is truncated")
	}
	return n, nil
}

// StationKey returns the device a record belongs to, whose key signs its
// batch: the station (G-NetTrack NODEHEX, JSONL "station") if the record
// names one, else the device itself (a sensor, or a handset reporting
// without a station). The device type is what the batch is registered as.
func StationKey(r *datpin.Record) (string, datpin.DeviceType) {
	switch {
	case r.StationID != "":
		return r.StationID, datpin.DeviceStation
	case r.Kind == datpin.KindSensor:
		return r.DeviceID, datpin.DeviceSensor
	}
	return r.DeviceID, datpin.DeviceHandset
}

// Segments: the records one Ingest call adds to a batch are stored as one
// blob. Codec segRaw (written before segments were compressed) is the raw
// records back to back. Codec segS2 is an S2 block (Snappy's successor) of
//
//	u32 count n
//	the fixed parts, by blocks of segBlock records (the last one shorter):
//	    byte j of each record of the block, for j in 0..rawFixedSize−1
//	the n tails (the three length-prefixed ids), in record order
//
// Records of one call differ little field by field, so each column of a
// block is a run of equal or similar bytes that S2 shortens cheaply: about
// 20 bytes a G-NetTrack record instead of 120. Blocks keep the transposition
// inside the first-level cache.
const (
	segRaw = 0
	segS2  = 1
	// segBlock is how many records a block of a segS2 segment holds.
	segBlock = 256
	// maxSegment bounds a segment's decoded size.
	maxSegment = 1 << 30
)

// encodeSegment returns the segS2 encoding of raws (raw records, each well
// formed) in buf, and buf and scratch (memory for the uncompressed form)
// grown for the next call.
func encodeSegment(buf, scratch []byte, raws [][]byte) (seg, bufOut, scratchOut []byte) {
	n := len(raws)
	size := 4
	for _, r := range raws {
		size += len(r)
	}
	plain := slices.Grow(scratch[:0], size)[:size]
	binary.BigEndian.PutUint32(plain, uint32(n))
	fixed := plain[4 : 4+rawFixedSize*n]
	tails := plain[4+rawFixedSize*n:]
	for i0 := 0; i0 < n; i0 += segBlock {
		k := min(segBlock, n-i0)
		blk := fixed[i0*rawFixedSize : (i0+k)*rawFixedSize]
		for t, r := range raws[i0 : i0+k] {
			for j, c := range r[:rawFixedSize] {
				blk[j*k+t] = c
			}
			tails = tails[copy(tails, r[rawFixedSize:]):]
		}
	}
	buf = slices.Grow(buf[:0], s2.MaxEncodedLen(size))
	seg = s2.Encode(buf[:cap(buf)], plain)
	return seg, buf, plain
}

// segmentRaws appends the raw records of a stored segment to raws.
func segmentRaws(raws [][]byte, codec int, data []byte) ([][]byte, error) {
	switch codec {
	case segRaw:
	case segS2:
		size, err := s2.DecodedLen(data)
		if err != nil || size < 4 || size > maxSegment {
			return raws, datpin.Errorf(datpin.EINTERNAL, "outbox segment is malformed")
		}
		plain, err := s2.Decode(make([]byte, size), data)
		if err != nil {
			return raws, datpin.Wrap(datpin.EINTERNAL, err, "outbox segment is malformed")
		}
		if data, err = segmentRows(plain); err != nil {
			return raws, err
		}
	default:
		return raws, datpin.Errorf(datpin.EINTERNAL, "outbox segment has unknown codec %d", codec)
	}
	for len(data) > 0 {
		n, err := rawSize(data)
		if err != nil {
			return raws, err
		}
		raws = append(raws, data[:n:n])
		data = data[n:]
	}
	return raws, nil
}

// segmentRows turns the uncompressed form of a segS2 segment back into raw
// records back to back.
func segmentRows(plain []byte) ([]byte, error) {
	n := int(binary.BigEndian.Uint32(plain))
	if n > (len(plain)-4)/(rawFixedSize+3) {
		return nil, datpin.Errorf(datpin.EINTERNAL, "outbox segment is truncated")
	}
	fixed := plain[4 : 4+rawFixedSize*n]
	tails := plain[4+rawFixedSize*n:]
	out := make([]byte, 0, len(plain)-4)
	for i0 := 0; i0 < n; i0 += segBlock {
		k := min(segBlock, n-i0)
		blk := fixed[i0*rawFixedSize : (i0+k)*rawFixedSize]
		for t := range k {
			at := len(out)
			out = out[:at+rawFixedSize]
			r := out[at:]
			for j := range rawFixedSize {
				r[j] = blk[j*k+t]
			}
			size := 0
			for range 3 {
				if len(tails) <= size {
					return nil, datpin.Errorf(datpin.EINTERNAL, "outbox segment is truncated")
				}
				size += 1 + int(tails[size])
			}
			if len(tails) < size {
				return nil, datpin.Errorf(datpin.EINTERNAL, "outbox segment is truncated")
			}
			out = append(out, tails[:size]...)
			tails = tails[size:]
		}
	}
	if len(tails) != 0 {
		return nil, datpin.Errorf(datpin.EINTERNAL, "outbox segment has trailing bytes")
	}
	return out, nil
}

// Duplicate records are found by key within a key group: the records of
// one station (StationKey) on one UTC day. A record always falls in the
// same group, whatever the epoch length, so a set of keys per group finds
// every duplicate.
const dayMs = 86_400_000

// keyGroup names a key group.
type keyGroup struct {
	station string
	day     int64
}

// recKey is a record's key within its group: its millisecond of the day and
// the first 8 bytes of the SHA-256 of its raw encoding. Two records with the
// same key are the same measurement, stored once.
type recKey struct {
	ms   uint32
	hash uint64
}

// groupOf returns the key group and key of a raw encoding of a record of station.
func groupOf(station string, raw []byte) (keyGroup, recKey) {
	t := int64(binary.BigEndian.Uint64(raw[5:13]))
	sum := sha256.Sum256(raw)
	return keyGroup{station, t / dayMs}, recKey{uint32(t % dayMs), binary.BigEndian.Uint64(sum[:8])}
}
