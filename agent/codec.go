package agent

import (
	"crypto/sha256"
	"encoding/binary"

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

// rawKeySize is the length of a record's key: the record's time (48-bit
// big-endian milliseconds) and the first 10 bytes of the SHA-256 of its raw
// encoding. Two records with the same key are the same measurement, stored
// once. The time prefix keeps the key index growing at its end as data
// arrives in time order, instead of writing random pages.
const rawKeySize = 16

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

// rawKey returns the key of a raw encoding.
func rawKey(raw []byte) [rawKeySize]byte {
	var k [rawKeySize]byte
	copy(k[:6], raw[7:13]) // the low 48 bits of the time
	sum := sha256.Sum256(raw)
	copy(k[6:], sum[:rawKeySize-6])
	return k
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
