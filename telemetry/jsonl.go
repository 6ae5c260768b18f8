package telemetry

import (
	"io"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/datpin/datpin"
)

// jkey identifies a JSONL field.
type jkey uint8

const (
	jkNone jkey = iota
	jkKind
	jkTime
	jkDevice
	jkStation
	jkCell
	jkLat
	jkLon
	jkSpeed
	jkMode
	jkRSRP
	jkRSRQ
	jkSINR
	jkRSSI
	jkCQI
	jkNRRSRP
	jkNRRSRQ
	jkDown
	jkUp
	jkLatency
	jkJitter
	jkLoss
	jkActive
	jkSessions
	jkDevices
	jkQuantity
	jkValue
	jkCount
)

// jsonField describes one field of the JSONL schema: its key, the record
// field it fills and, for numbers, the decimal shift to the record's
// fixed-point unit.
type jsonField struct {
	name  string
	kinds uint8 // bit 1<<Kind for each kind whose schema has the field
	scale int
	i32   bool // an int32 field of the record (see int32Field)
}

// int32Field returns the record field of an i32 key.
func int32Field(r *datpin.Record, k jkey) *int32 {
	switch k {
	case jkLat:
		return &r.LatE7
	case jkLon:
		return &r.LonE7
	case jkSpeed:
		return &r.SpeedKmh
	case jkRSRP:
		return &r.RSRPdBm10
	case jkRSRQ:
		return &r.RSRQdB10
	case jkSINR:
		return &r.SINRdB10
	case jkRSSI:
		return &r.RSSIdBm10
	case jkCQI:
		return &r.CQI
	case jkNRRSRP:
		return &r.NRRSRPdBm10
	case jkNRRSRQ:
		return &r.NRRSRQdB10
	case jkDown:
		return &r.DownKbps
	case jkUp:
		return &r.UpKbps
	case jkLatency:
		return &r.LatencyMs10
	case jkJitter:
		return &r.JitterMs10
	case jkLoss:
		return &r.LossPermille
	case jkSessions:
		return &r.Sessions
	case jkDevices:
		return &r.Devices
	}
	panic("telemetry: not an int32 field")
}

const (
	kSession   = 1 << datpin.KindSession
	kHeartbeat = 1 << datpin.KindHeartbeat
	kSensor    = 1 << datpin.KindSensor
	kAll       = kSession | kHeartbeat | kSensor
)

// jsonFields is the schema, in the order WriteJSONL writes the fields.
var jsonFields = [jkCount]jsonField{
	jkKind:     {name: "kind", kinds: kAll},
	jkTime:     {name: "time", kinds: kAll},
	jkDevice:   {name: "device", kinds: kAll},
	jkStation:  {name: "station", kinds: kAll},
	jkCell:     {name: "cell", kinds: kAll},
	jkLat:      {name: "lat", kinds: kAll, scale: 7, i32: true},
	jkLon:      {name: "lon", kinds: kAll, scale: 7, i32: true},
	jkSpeed:    {name: "speed_kmh", kinds: kSession, i32: true},
	jkMode:     {name: "mode", kinds: kSession},
	jkRSRP:     {name: "rsrp_dbm", kinds: kSession, scale: 1, i32: true},
	jkRSRQ:     {name: "rsrq_db", kinds: kSession, scale: 1, i32: true},
	jkSINR:     {name: "sinr_db", kinds: kSession, scale: 1, i32: true},
	jkRSSI:     {name: "rssi_dbm", kinds: kSession, scale: 1, i32: true},
	jkCQI:      {name: "cqi", kinds: kSession, i32: true},
	jkNRRSRP:   {name: "nr_rsrp_dbm", kinds: kSession, scale: 1, i32: true},
	jkNRRSRQ:   {name: "nr_rsrq_db", kinds: kSession, scale: 1, i32: true},
	jkDown:     {name: "down_kbps", kinds: kSession | kHeartbeat, i32: true},
	jkUp:       {name: "up_kbps", kinds: kSession | kHeartbeat, i32: true},
	jkLatency:  {name: "latency_ms", kinds: kSession, scale: 1, i32: true},
	jkJitter:   {name: "jitter_ms", kinds: kSession, scale: 1, i32: true},
	jkLoss:     {name: "loss_pct", kinds: kSession, scale: 1, i32: true},
	jkActive:   {name: "active", kinds: kSession},
	jkSessions: {name: "sessions", kinds: kHeartbeat, i32: true},
	jkDevices:  {name: "devices", kinds: kHeartbeat, i32: true},
	jkQuantity: {name: "quantity", kinds: kSensor},
	jkValue:    {name: "value", kinds: kSensor, scale: 3},
}

// keyOf returns the field a JSON key names, or jkNone. (A switch on the
// string is faster than a map lookup for these few short keys.)
func keyOf(name []byte) jkey {
	switch string(name) {
	case "kind":
		return jkKind
	case "time":
		return jkTime
	case "device":
		return jkDevice
	case "station":
		return jkStation
	case "cell":
		return jkCell
	case "lat":
		return jkLat
	case "lon":
		return jkLon
	case "speed_kmh":
		return jkSpeed
	case "mode":
		return jkMode
	case "rsrp_dbm":
		return jkRSRP
	case "rsrq_db":
		return jkRSRQ
	case "sinr_db":
		return jkSINR
	case "rssi_dbm":
		return jkRSSI
	case "cqi":
		return jkCQI
	case "nr_rsrp_dbm":
		return jkNRRSRP
	case "nr_rsrq_db":
		return jkNRRSRQ
	case "down_kbps":
		return jkDown
	case "up_kbps":
		return jkUp
	case "latency_ms":
		return jkLatency
	case "jitter_ms":
		return jkJitter
	case "loss_pct":
		return jkLoss
	case "active":
		return jkActive
	case "sessions":
		return jkSessions
	case "devices":
		return jkDevices
	case "quantity":
		return jkQuantity
	case "value":
		return jkValue
	}
	return jkNone
}

// Quantity names in JSONL, indexed by datpin.Quantity.
var quantityNames = [...]string{
	datpin.QuantityTemperatureC: "temperature_c",
	datpin.QuantityHumidityPct:  "humidity_pct",
	datpin.QuantityPressureHPa:  "pressure_hpa",
	datpin.QuantityWindMS:       "wind_ms",
	datpin.QuantityPrecipMM:     "precip_mm",
	datpin.QuantityPM25:         "pm25_ugm3",
}

// QuantityName returns the JSONL name of q ("temperature_c", ...), or "" for
// an unknown quantity.
func QuantityName(q datpin.Quantity) string {
	if int(q) < len(quantityNames) {
		return quantityNames[q]
	}
	return ""
}

func parseQuantity(s []byte) datpin.Quantity {
	for q := datpin.QuantityTemperatureC; int(q) < len(quantityNames); q++ {
		if string(s) == quantityNames[q] {
			return q
		}
	}
	return datpin.QuantityNone
}

// JSON value types of the flat objects the format allows.
type jtype uint8

const (
	jtString jtype = iota + 1
	jtNumber
	jtTrue
	jtFalse
	jtNull
)

type jvalue struct {
	key  jkey
	typ  jtype
	raw  []byte // number text, or string contents without quotes
	esc  bool   // string has escapes or non-ASCII bytes
	name []byte // key as written, for messages
}

// ParseJSONL reads datpin JSON Lines from r: one flat JSON object per line,
// following the schema of its "kind" (session, heartbeat or sensor; see
// schema/*.schema.json), and calls emit with one record per line.
//
// Values are in human units ("rsrp_dbm": -95.5, "loss_pct": 0.5, "lat":
// 51.886141) and are converted to the record's fixed-point fields, rounding
// half away from zero past the field's resolution. "time" is an RFC 3339
// string or integer Unix milliseconds. A field that is absent or null is
// not measured (datpin.Missing). Rows without "device" take deviceID.
//
// Strict: a line that is not a flat JSON object, has a field its kind's
// schema lacks, a duplicate field, a value of the wrong type or outside
// physical limits, or a time more than a minute behind the latest time of
// the same device, is reported to bad as a *datpin.RowError and skipped.
// Blank lines are skipped. The error contract is ParseGNetTrack's.
func ParseJSONL(r io.Reader, file, deviceID string, emit func(datpin.Record) error, bad func(*datpin.RowError)) (Stats, error) {
	var st Stats
	lr := newLineReader(r)
	p := jsonlParser{device: deviceID, latest: map[string]int64{}}
	for {
		line, err := lr.row(file, &st, bad)
		if err == io.EOF {
			return st, nil
		} else if err != nil {
			return st, err
		}
		if isBlank(line) {
			st.Skipped++
			continue
		}
		st.Rows++
		rec, reason := p.line(line)
		if reason != "" {
			st.reportBad(bad, rowError(file, lr.n, reason, line))
			continue
		}
		st.Records++
		if err := emit(rec); err != nil {
			return st, err
		}
	}
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

type jsonlParser struct {
	device  string
	vals    [jkCount]jvalue
	strs    [3]string // last device, station, cell: reused while they repeat
	latest  map[string]int64
	scratch []byte
}

func (p *jsonlParser) line(b []byte) (datpin.Record, string) {
	var rec datpin.Record
	n, reason := scanObject(b, p.vals[:])
	if reason != "" {
		return rec, reason
	}
	vals := p.vals[:n]
	var kindV, timeV *jvalue
	for i := range vals {
		switch vals[i].key {
		case jkKind:
			kindV = &vals[i]
		case jkTime:
			timeV = &vals[i]
		}
	}
	if kindV == nil || kindV.typ != jtString {
		return rec, `"kind" missing or not a string`
	}
	var kind datpin.RecordKind
	switch string(kindV.raw) {
	case "session":
		kind = datpin.KindSession
	case "heartbeat":
		kind = datpin.KindHeartbeat
	case "sensor":
		kind = datpin.KindSensor
	default:
		return rec, `"kind" is not session, heartbeat or sensor`
	}
	rec = datpin.NewRecord(kind)
	if timeV == nil {
		return rec, `"time" missing`
	}
	rec.DeviceID = p.device
	quantitySeen, valueSeen := false, false
	for i := range vals {
		v := &vals[i]
		f := &jsonFields[v.key]
		if f.kinds&(1<<kind) == 0 {
			return rec, "field " + strconv.Quote(f.name) + " is not in the " + kind.String() + " schema"
		}
		if f.i32 {
			dst := int32Field(&rec, v.key)
			switch v.typ {
			case jtNull:
				*dst = datpin.Missing
			case jtNumber:
				x, ok := parseFixed(v.raw, f.scale)
				if !ok || x <= int64(datpin.Missing) || x > 1<<31-1 {
					return rec, strconv.Quote(f.name) + ": number out of range"
				}
				*dst = int32(x)
			default:
				return rec, strconv.Quote(f.name) + ": not a number"
			}
			continue
		}
		switch v.key {
		case jkKind:
		case jkTime:
			t, ok := int64(0), false
			switch v.typ {
			case jtString:
				t, ok = parseRFC3339(v.raw)
			case jtNumber:
				t, ok = parseUnixMs(v.raw)
			}
			if !ok {
				return rec, `"time": not an RFC 3339 time or integer Unix milliseconds`
			}
			rec.Time = t
		case jkDevice, jkStation, jkCell:
			if v.typ == jtNull {
				continue
			}
			if v.typ != jtString {
				return rec, strconv.Quote(f.name) + ": not a string"
			}
			s, ok := p.str(v)
			if !ok {
				return rec, strconv.Quote(f.name) + ": invalid string"
			}
			switch v.key {
			case jkDevice:
				rec.DeviceID = s
			case jkStation:
				rec.StationID = s
			case jkCell:
				rec.CellID = s
			}
		case jkMode:
			if v.typ == jtNull {
				continue
			}
			if v.typ != jtString {
				return rec, `"mode": not a string`
			}
			switch string(v.raw) {
			case "2G":
				rec.Mode = datpin.Mode2G
			case "3G":
				rec.Mode = datpin.Mode3G
			case "LTE", "4G":
				rec.Mode = datpin.ModeLTE
			case "NR", "5G":
				rec.Mode = datpin.ModeNR
			case "unknown":
			default:
				return rec, `"mode": not 2G, 3G, LTE or NR`
			}
		case jkActive:
			switch v.typ {
			case jtTrue:
				rec.Active = true
			case jtFalse, jtNull:
			default:
				return rec, `"active": not a boolean`
			}
		case jkQuantity:
			if v.typ != jtString {
				return rec, `"quantity": not a string`
			}
			rec.Quantity = parseQuantity(v.raw)
			if rec.Quantity == datpin.QuantityNone {
				return rec, `"quantity": unknown quantity`
			}
			quantitySeen = true
		case jkValue:
			if v.typ != jtNumber {
				return rec, `"value": not a number`
			}
			x, ok := parseFixed(v.raw, 3)
			if !ok {
				return rec, `"value": number out of range`
			}
			rec.ValueE3 = x
			valueSeen = true
		}
	}
	if kind == datpin.KindSensor && (!quantitySeen || !valueSeen) {
		return rec, `sensor record without "quantity" and "value"`
	}
	if reason := invalid(&rec); reason != "" {
		return rec, reason
	}
	last, seen := p.latest[rec.DeviceID]
	if seen && rec.Time < last-maxBackstep {
		return rec, "time goes back " + strconv.FormatInt((last-rec.Time)/1000, 10) + " s"
	}
	if !seen || rec.Time > last {
		p.latest[rec.DeviceID] = rec.Time
	}
	return rec, ""
}

// str returns the string value, reusing the previous row's string when it
// repeats so that steady ids cost no allocation.
func (p *jsonlParser) str(v *jvalue) (string, bool) {
	raw := v.raw
	if v.esc {
		var ok bool
		p.scratch, ok = unescape(p.scratch[:0], raw)
		if !ok {
			return "", false
		}
		raw = p.scratch
	}
	slot := &p.strs[v.key-jkDevice]
	if string(raw) != *slot {
		*slot = string(raw)
	}
	return *slot, true
}

func parseUnixMs(b []byte) (int64, bool) {
	neg := len(b) > 0 && b[0] == '-'
	if neg {
		b = b[1:]
	}
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	var n int64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// scanObject scans one flat JSON object into vals and returns how many
// fields it holds, or a reason why the line is not an acceptable object.
func scanObject(b []byte, vals []jvalue) (int, string) {
	i := skipWS(b, 0)
	if i >= len(b) || b[i] != '{' {
		return 0, "not a JSON object"
	}
	i = skipWS(b, i+1)
	n := 0
	var seen [jkCount]bool
	if i < len(b) && b[i] == '}' {
		i++
	} else {
		for {
			if i >= len(b) || b[i] != '"' {
				return 0, "expected a field name"
			}
			start := i + 1
			end, esc, ok := scanString(b, i)
			if !ok {
				return 0, "malformed string"
			}
			name := b[start:end]
			var key jkey
			if esc {
				var buf [64]byte
				u, ok := unescape(buf[:0], name)
				if !ok {
					return 0, "malformed string"
				}
				key = keyOf(u)
			} else {
				key = keyOf(name)
			}
			if key == jkNone {
				return 0, "unknown field " + strconv.Quote(string(name))
			}
			if seen[key] {
				return 0, "duplicate field " + strconv.Quote(string(name))
			}
			seen[key] = true
			i = skipWS(b, end+1)
			if i >= len(b) || b[i] != ':' {
				return 0, "expected ':'"
			}
			i = skipWS(b, i+1)
			v := &vals[n]
			*v = jvalue{key: key, name: name}
			n++
			if i >= len(b) {
				return 0, "missing value"
			}
			switch c := b[i]; {
			case c == '"':
				end, esc, ok := scanString(b, i)
				if !ok {
					return 0, "malformed string"
				}
				v.typ, v.raw, v.esc = jtString, b[i+1:end], esc
				i = end + 1
			case c == '-' || (c >= '0' && c <= '9'):
				end, ok := scanNumber(b, i)
				if !ok {
					return 0, "malformed number"
				}
				v.typ, v.raw = jtNumber, b[i:end]
				i = end
			case hasWord(b, i, "true"):
				v.typ = jtTrue
				i += 4
			case hasWord(b, i, "false"):
				v.typ = jtFalse
				i += 5
			case hasWord(b, i, "null"):
				v.typ = jtNull
				i += 4
			case c == '{' || c == '[':
				return 0, "nested objects and arrays are not allowed"
			default:
				return 0, "malformed value"
			}
			i = skipWS(b, i)
			if i < len(b) && b[i] == ',' {
				i = skipWS(b, i+1)
				continue
			}
			if i < len(b) && b[i] == '}' {
				i++
				break
			}
			return 0, "expected ',' or '}'"
		}
	}
	if skipWS(b, i) != len(b) {
		return 0, "text after the object"
	}
	return n, ""
}

func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

func hasWord(b []byte, i int, w string) bool {
	return len(b)-i >= len(w) && string(b[i:i+len(w)]) == w
}

// scanString finds the closing quote of the string starting at b[i] == '"'.
// esc reports escapes or non-ASCII bytes, which need unescape.
func scanString(b []byte, i int) (end int, esc, ok bool) {
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case c == '"':
			return j, esc, true
		case c == '\\':
			esc = true
			j++
		case c < 0x20:
			return 0, false, false
		case c >= 0x80:
			esc = true
		}
	}
	return 0, false, false
}

// scanNumber checks the JSON number grammar from b[i] and returns its end.
func scanNumber(b []byte, i int) (int, bool) {
	if b[i] == '-' {
		i++
	}
	if i >= len(b) {
		return 0, false
	}
	switch {
	case b[i] == '0':
		i++
	case b[i] >= '1' && b[i] <= '9':
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	default:
		return 0, false
	}
	if i < len(b) && b[i] == '.' {
		i++
		d := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == d {
			return 0, false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		d := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == d {
			return 0, false
		}
	}
	return i, true
}

// unescape appends the decoded JSON string contents s to dst. It rejects
// invalid escapes, lone surrogates and invalid UTF-8, so every string it
// returns can be written back unchanged.
func unescape(dst, s []byte) ([]byte, bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x80 {
			r, size := utf8.DecodeRune(s[i:])
			if r == utf8.RuneError && size <= 1 {
				return dst, false
			}
			dst = append(dst, s[i:i+size]...)
			i += size
			continue
		}
		if c != '\\' {
			dst = append(dst, c)
			i++
			continue
		}
		if i+1 >= len(s) {
			return dst, false
		}
		switch s[i+1] {
		case '"', '\\', '/':
			dst = append(dst, s[i+1])
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case 'n':
			dst = append(dst, '\n')
		case 'r':
			dst = append(dst, '\r')
		case 't':
			dst = append(dst, '\t')
		case 'u':
			r, ok := hex4(s, i+2)
			if !ok {
				return dst, false
			}
			i += 6
			if utf16.IsSurrogate(r) {
				r2, ok := rune(0), false
				if i+1 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
					r2, ok = hex4(s, i+2)
				}
				dec := utf16.DecodeRune(r, r2)
				if !ok || dec == utf8.RuneError {
					return dst, false
				}
				r = dec
				i += 6
			}
			dst = utf8.AppendRune(dst, r)
			continue
		default:
			return dst, false
		}
		i += 2
	}
	return dst, true
}

func hex4(s []byte, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for _, c := range s[i : i+4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	return r, true
}
