package telemetry

import (
	"bytes"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/datpin/datpin"
)

// wcol is what a weather column holds.
type wcol struct {
	time, coords bool
	q            datpin.Quantity // 0: ignored column
	scale        int             // decimal digits to shift so the value is in 1e-3 units
}

// weatherQuantities maps a column name (before its "(unit)") and unit to a
// quantity and the decimal shift that brings the value to 1e-3 of the
// quantity's datpin unit.
var weatherQuantities = map[string]map[string]wcol{
	"temperature":         {"degC": {q: datpin.QuantityTemperatureC, scale: 3}, "°C": {q: datpin.QuantityTemperatureC, scale: 3}, "C": {q: datpin.QuantityTemperatureC, scale: 3}},
	"relative_humidity":   {"0-1": {q: datpin.QuantityHumidityPct, scale: 5}, "%": {q: datpin.QuantityHumidityPct, scale: 3}},
	"humidity":            {"%": {q: datpin.QuantityHumidityPct, scale: 3}},
	"wind_speed":          {"m/s": {q: datpin.QuantityWindMS, scale: 3}},
	"total_precipitation": {"mm": {q: datpin.QuantityPrecipMM, scale: 3}},
	"precipitation":       {"mm": {q: datpin.QuantityPrecipMM, scale: 3}},
	"surface_pressure":    {"Pa": {q: datpin.QuantityPressureHPa, scale: 1}, "hPa": {q: datpin.QuantityPressureHPa, scale: 3}},
	"pressure":            {"Pa": {q: datpin.QuantityPressureHPa, scale: 1}, "hPa": {q: datpin.QuantityPressureHPa, scale: 3}},
	"pm25":                {"ug/m3": {q: datpin.QuantityPM25, scale: 3}, "µg/m³": {q: datpin.QuantityPM25, scale: 3}},
	"pm2_5":               {"ug/m3": {q: datpin.QuantityPM25, scale: 3}, "µg/m³": {q: datpin.QuantityPM25, scale: 3}},
}

// ParseWeather reads an hourly weather CSV (the layout of the UB-IoT-Lab
// CBRS weather series) and calls emit with one datpin.KindSensor record per
// measured quantity per row; stationID becomes each record's DeviceID.
//
// The header names the columns as "name (unit)". Recognized: datetime (UTC;
// "6/20/2022 1:00" or RFC 3339), coordinates ("(lat, lon)"), temperature
// (degC), relative_humidity (0-1 or %), wind_speed (m/s),
// total_precipitation (mm...), surface_pressure (Pa or hPa) and pm25
// (ug/m3). Values are converted to the datpin unit of the quantity (%, hPa).
// Other columns (snowfall, snow depth...) have no datpin quantity and are
// ignored; a recognized quantity in an unknown unit makes the header invalid.
// An empty field is not measured: no record for it.
//
// Bad rows are reported as in ParseGNetTrack; a value outside the quantity's
// physical limits (e.g. humidity above 100 %) makes the whole row bad. A clock
// that jumps ahead and is set right later is told from a gap: the rows it
// stamped ahead are reported as a "clock jump" and the real rows after them are
// kept (see weatherClock); a row whose time goes back otherwise is bad.
func ParseWeather(r io.Reader, file, stationID string, emit func(datpin.Record) error, bad func(*datpin.RowError)) (Stats, error) {
	var st Stats
	lr := newLineReader(r)
	header, err := lr.next()
	if err == io.EOF {
		return st, datpin.Errorf(datpin.EINVALID, "%s: empty file", file)
	} else if err != nil {
		return st, readErr(file, err)
	}
	var fields [][]byte
	fields, ok := splitQuoted(header, fields[:0])
	if !ok {
		return st, datpin.Errorf(datpin.EINVALID, "%s:1: malformed header", file)
	}
	cols := make([]wcol, len(fields))
	hasTime := false
	for i, f := range fields {
		name, unit := splitUnit(string(f))
		switch name {
		case "datetime", "time", "timestamp":
			if unit != "" && unit != "UTC" {
				return st, datpin.Errorf(datpin.EINVALID, "%s:1: %s: time zone %q, want UTC", file, f, unit)
			}
			cols[i].time = true
			hasTime = true
			continue
		case "coordinates":
			cols[i].coords = true
			continue
		}
		units, known := weatherQuantities[name]
		if !known {
			continue
		}
		c, ok := units[unit]
		if !ok && strings.HasPrefix(unit, "mm") {
			c, ok = units["mm"]
		}
		if !ok {
			return st, datpin.Errorf(datpin.EINVALID, "%s:1: column %q: unsupported unit %q", file, f, unit)
		}
		cols[i] = c
	}
	if !hasTime {
		return st, datpin.Errorf(datpin.EINVALID, "%s:1: not a weather header (no datetime column)", file)
	}
	headerCopy := bytes.Clone(header)
	clk := weatherClock{file: file, st: &st, emit: emit, bad: bad}
	var recs []datpin.Record
	for {
		line, err := lr.row(file, &st, bad)
		if err == io.EOF {
			return st, clk.flush()
		} else if err != nil {
			return st, err
		}
		if len(line) == 0 {
			st.Skipped++
			continue
		}
		if bytes.Equal(line, headerCopy) {
			st.Skipped++
			continue
		}
		st.Rows++
		var reason string
		recs, reason = weatherRow(line, cols, stationID, &fields, recs[:0], &st)
		if reason != "" {
			st.reportBad(bad, rowError(file, lr.n, reason, line))
			continue
		}
		if len(recs) == 0 {
			continue
		}
		if err := clk.row(lr.n, line, recs); err != nil {
			return st, err
		}
	}
}

// Clock jumps: a row further ahead of the one before than half again the series' interval may
// be the start of a clock that jumped ahead. Its rows are held until the time either comes back
// to where the series would be had they been stamped on time (the clock was set right: the held
// rows are set aside as a clock jump, and the real rows after them kept), goes back further
// (the held rows are emitted and that row is bad), or the hold lasts clockHoldMs of series time
// or clockHoldRows rows (a gap in the series: the held rows are emitted).
const (
	clockHoldMs   = 36 * 3_600_000
	clockHoldRows = 10_000
)

// weatherClock orders the rows of a weather series in time and tells a clock that jumped ahead
// and came back from a gap.
type weatherClock struct {
	file   string
	st     *Stats
	emit   func(datpin.Record) error
	bad    func(*datpin.RowError)
	seen   bool
	last   int64 // time of the last emitted row
	step   int64 // interval between the last two emitted rows
	max    int64 // latest time emitted
	held   []heldRow
	heldTo int64 // latest time held
}

// heldRow is a row held after a jump ahead.
type heldRow struct {
	line int
	raw  []byte
	recs []datpin.Record
}

// row takes one parsed row (its records share one time).
func (c *weatherClock) row(line int, raw []byte, recs []datpin.Record) error {
	t := recs[0].Time
	if len(c.held) > 0 {
		first := c.held[0].recs[0].Time
		// Where the series would be now had the held rows been stamped on time.
		onTime := c.last + int64(len(c.held)+1)*c.step + c.step/2
		switch {
		case t < c.heldTo-maxBackstep && t >= c.last-maxBackstep && t <= onTime:
			c.setAsideHeld(line)
		case t < c.heldTo-maxBackstep:
			if err := c.flush(); err != nil {
				return err
			}
		default:
			c.hold(line, raw, recs)
			if t-first > clockHoldMs || len(c.held) > clockHoldRows {
				return c.flush()
			}
			return nil
		}
	}
	switch {
	case c.seen && t < c.max-maxBackstep:
		c.st.reportBad(c.bad, rowError(c.file, line, "time goes back "+strconv.FormatInt((c.max-t)/1000, 10)+" s", raw))
		return nil
	case c.seen && c.step > 0 && 2*(t-c.last) > 3*c.step && t-c.last > maxBackstep:
		c.hold(line, raw, recs)
		return nil
	}
	return c.accept(recs)
}

// hold keeps a row until the clock's fate is known.
func (c *weatherClock) hold(line int, raw []byte, recs []datpin.Record) {
	c.held = append(c.held, heldRow{line: line, raw: bytes.Clone(raw), recs: slices.Clone(recs)})
	c.heldTo = max(c.heldTo, recs[0].Time)
	if len(c.held) == 1 {
		c.heldTo = recs[0].Time
	}
}

// setAsideHeld reports the held rows as a clock jump: the row at line came back to the time
// before them.
func (c *weatherClock) setAsideHeld(line int) {
	ahead := c.held[0].recs[0].Time - c.last - c.step
	reason := "clock jump: rows " + strconv.Itoa(c.held[0].line) + "-" + strconv.Itoa(c.held[len(c.held)-1].line) +
		" run " + strconv.FormatInt(ahead/1000, 10) + " s ahead of the rows before them and of line " + strconv.Itoa(line)
	for _, h := range c.held {
		c.st.reportBad(c.bad, rowError(c.file, h.line, reason, h.raw))
	}
	c.held = c.held[:0]
}

// flush emits the held rows: the jump was a gap.
func (c *weatherClock) flush() error {
	held := c.held
	c.held = nil
	for _, h := range held {
		if err := c.accept(h.recs); err != nil {
			return err
		}
	}
	return nil
}

// accept emits a row's records.
func (c *weatherClock) accept(recs []datpin.Record) error {
	t := recs[0].Time
	if c.seen && t > c.last {
		c.step = t - c.last
	}
	if !c.seen || t > c.max {
		c.max = t
	}
	c.last, c.seen = t, true
	for i := range recs {
		c.st.Records++
		if err := c.emit(recs[i]); err != nil {
			return err
		}
	}
	return nil
}

// weatherRow parses one data line into recs (one record per quantity).
func weatherRow(line []byte, cols []wcol, station string, fields *[][]byte, recs []datpin.Record, st *Stats) ([]datpin.Record, string) {
	fs, ok := splitQuoted(line, (*fields)[:0])
	*fields = fs
	if !ok {
		return recs, "unbalanced quotes"
	}
	if len(fs) != len(cols) {
		return recs, "has " + strconv.Itoa(len(fs)) + " fields, header has " + strconv.Itoa(len(cols))
	}
	base := datpin.NewRecord(datpin.KindSensor)
	base.DeviceID = station
	timeSeen := false
	for i, c := range cols {
		f := fs[i]
		switch {
		case c.time:
			t, ok := parseTimeField(f)
			if !ok {
				return recs, "datetime: not a time: " + strconv.Quote(string(f))
			}
			base.Time = t
			timeSeen = true
		case c.coords:
			if len(f) == 0 || string(f) == "-" {
				continue
			}
			lat, lon, ok := parseCoords(f)
			if !ok {
				return recs, "coordinates: not \"(lat, lon)\": " + strconv.Quote(string(f))
			}
			base.LatE7, base.LonE7 = lat, lon
		}
	}
	if !timeSeen {
		return recs, "no datetime"
	}
	if base.Time < minTime || base.Time >= maxTime {
		return recs, "time outside 2000..2099"
	}
	for i, c := range cols {
		if c.q == datpin.QuantityNone {
			continue
		}
		f := fs[i]
		if len(f) == 0 || string(f) == "-" {
			continue
		}
		v, ok := parseFixed(f, c.scale)
		if !ok {
			return recs, "column " + strconv.Itoa(i+1) + ": not a number: " + strconv.Quote(string(f))
		}
		if unavailable(v, int64(pow10[c.scale])) {
			st.Unavailable++
			continue
		}
		r := base
		r.Quantity = c.q
		r.ValueE3 = v
		if reason := invalid(&r); reason != "" {
			return recs, "column " + strconv.Itoa(i+1) + ": " + reason
		}
		recs = append(recs, r)
	}
	return recs, ""
}

// splitUnit splits "temperature (degC)" into "temperature" and "degC".
func splitUnit(h string) (name, unit string) {
	h = strings.TrimSpace(h)
	if i := strings.LastIndexByte(h, '('); i >= 0 && strings.HasSuffix(h, ")") {
		return strings.TrimSpace(h[:i]), strings.TrimSpace(h[i+1 : len(h)-1])
	}
	return h, ""
}

// parseCoords reads "(42.886717, -78.878392)".
func parseCoords(f []byte) (lat, lon int32, ok bool) {
	f = bytes.TrimSpace(f)
	if len(f) < 2 || f[0] != '(' || f[len(f)-1] != ')' {
		return 0, 0, false
	}
	f = f[1 : len(f)-1]
	i := bytes.IndexByte(f, ',')
	if i < 0 {
		return 0, 0, false
	}
	la, ok1 := parseFixed(bytes.TrimSpace(f[:i]), 7)
	lo, ok2 := parseFixed(bytes.TrimSpace(f[i+1:]), 7)
	if !ok1 || !ok2 || la < -maxLatE7 || la > maxLatE7 || lo < -maxLonE7 || lo > maxLonE7 {
		return 0, 0, false
	}
	return int32(la), int32(lo), true
}

// splitQuoted splits a CSV line on commas, honouring double-quoted fields
// (returned without their quotes; a doubled quote inside is left as is).
func splitQuoted(line []byte, dst [][]byte) ([][]byte, bool) {
	for {
		if len(line) > 0 && line[0] == '"' {
			end := 1
			for {
				j := bytes.IndexByte(line[end:], '"')
				if j < 0 {
					return dst, false
				}
				end += j
				if end+1 < len(line) && line[end+1] == '"' {
					end += 2
					continue
				}
				break
			}
			dst = append(dst, line[1:end])
			line = line[end+1:]
			if len(line) == 0 {
				return dst, true
			}
			if line[0] != ',' {
				return dst, false
			}
			line = line[1:]
			continue
		}
		i := bytes.IndexByte(line, ',')
		if i < 0 {
			return append(dst, line), true
		}
		dst = append(dst, line[:i])
		line = line[i+1:]
	}
}
