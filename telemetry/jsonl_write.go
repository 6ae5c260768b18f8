package telemetry

import (
	"io"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/datpin/datpin"
)

// WriteJSONL writes records to w as datpin JSON Lines, one line per record,
// in the format ParseJSONL reads: parsing the output gives back the same
// records. A record that Validate rejects, or that carries a field its
// kind's schema has no place for (e.g. a sensor value on a session), is an
// EINVALID *datpin.Error and nothing of it is written.
func WriteJSONL(w io.Writer, recs ...datpin.Record) error {
	var buf []byte
	for i := range recs {
		if reason := invalid(&recs[i]); reason != "" {
			return datpin.Errorf(datpin.EINVALID, "record %d: %s", i, reason)
		}
		if f := lostField(&recs[i]); f != "" {
			return datpin.Errorf(datpin.EINVALID, "record %d: a %s record has no %s field", i, recs[i].Kind, f)
		}
		buf = AppendJSONL(buf, &recs[i])
		if len(buf) >= 32<<10 {
			if _, err := w.Write(buf); err != nil {
				return datpin.Wrap(datpin.EUNAVAILABLE, err, "write JSONL")
			}
			buf = buf[:0]
		}
	}
	if len(buf) > 0 {
		if _, err := w.Write(buf); err != nil {
			return datpin.Wrap(datpin.EUNAVAILABLE, err, "write JSONL")
		}
	}
	return nil
}

// lostField names a field r sets that its kind's schema does not carry.
func lostField(r *datpin.Record) string {
	bit := uint8(1) << r.Kind
	for k := jkKind; k < jkCount; k++ {
		f := &jsonFields[k]
		if f.kinds&bit != 0 {
			continue
		}
		set := false
		switch k {
		case jkMode:
			set = r.Mode != datpin.ModeUnknown
		case jkActive:
			set = r.Active
		case jkQuantity, jkValue:
			set = r.Quantity != datpin.QuantityNone || r.ValueE3 != 0
		default:
			if f.i32 {
				set = *int32Field(r, k) != datpin.Missing
			}
		}
		if set {
			return f.name
		}
	}
	return ""
}

// AppendJSONL appends r as one JSON line (with its "\n") to dst. Fields are
// written in schema order; Missing values, empty ids, an unknown mode and a
// false "active" are left out. It does not validate r (WriteJSONL does).
func AppendJSONL(dst []byte, r *datpin.Record) []byte {
	dst = append(dst, `{"kind":"`...)
	dst = append(dst, r.Kind.String()...)
	dst = append(dst, `","time":`...)
	dst = appendTime(dst, r.Time)
	bit := uint8(1) << r.Kind
	for k := jkDevice; k < jkCount; k++ {
		f := &jsonFields[k]
		if f.kinds&bit == 0 {
			continue
		}
		switch k {
		case jkDevice, jkStation, jkCell:
			s := r.DeviceID
			if k == jkStation {
				s = r.StationID
			} else if k == jkCell {
				s = r.CellID
			}
			if s == "" {
				continue
			}
			dst = appendKey(dst, f.name)
			dst = appendString(dst, s)
		case jkMode:
			if r.Mode == datpin.ModeUnknown {
				continue
			}
			dst = appendKey(dst, f.name)
			dst = append(dst, '"')
			dst = append(dst, r.Mode.String()...)
			dst = append(dst, '"')
		case jkActive:
			if r.Active {
				dst = append(dst, `,"active":true`...)
			}
		case jkQuantity:
			dst = appendKey(dst, f.name)
			dst = appendString(dst, QuantityName(r.Quantity))
		case jkValue:
			dst = appendKey(dst, f.name)
			dst = appendFixed(dst, r.ValueE3, 3)
		default:
			v := *int32Field(r, k)
			if v == datpin.Missing {
				continue
			}
			dst = appendKey(dst, f.name)
			dst = appendFixed(dst, int64(v), f.scale)
		}
	}
	return append(dst, "}\n"...)
}

func appendKey(dst []byte, name string) []byte {
	dst = append(dst, ',', '"')
	dst = append(dst, name...)
	return append(dst, '"', ':')
}

// appendTime writes RFC 3339 UTC with milliseconds when they are not zero,
// or integer Unix milliseconds for times RFC 3339 cannot express.
func appendTime(dst []byte, ms int64) []byte {
	if ms < -62135596800000 || ms >= 253402300800000 { // years 0001..9999
		return strconv.AppendInt(dst, ms, 10)
	}
	dst = append(dst, '"')
	dst = time.UnixMilli(ms).UTC().AppendFormat(dst, "2006-01-02T15:04:05.999Z07:00")
	return append(dst, '"')
}

// appendFixed writes v / 10^scale as a minimal decimal: -955 at scale 1 is
// "-95.5", 518861410 at scale 7 is "51.886141".
func appendFixed(dst []byte, v int64, scale int) []byte {
	if scale == 0 {
		return strconv.AppendInt(dst, v, 10)
	}
	u := uint64(v)
	if v < 0 {
		dst = append(dst, '-')
		u = uint64(-v)
	}
	p := pow10[scale]
	dst = strconv.AppendUint(dst, u/p, 10)
	frac := u % p
	if frac == 0 {
		return dst
	}
	var digits [19]byte
	n := scale
	for i := n - 1; i >= 0; i-- {
		digits[i] = byte('0' + frac%10)
		frac /= 10
	}
	for n > 0 && digits[n-1] == '0' {
		n--
	}
	dst = append(dst, '.')
	return append(dst, digits[:n]...)
}

// appendString writes s as a JSON string. Invalid UTF-8 becomes U+FFFD.
func appendString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c < 0x20:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, `\ufffd`...)
		} else {
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return append(dst, '"')
}
