package telemetry

import (
	"bytes"
	"io"
	"strconv"

	"github.com/datpin/datpin"
)

// gcol names the G-NetTrack columns the parser reads; others are ignored.
type gcol uint8

const (
	gcIgnore gcol = iota
	gcTime
	gcLon
	gcLat
	gcSpeed
	gcCellID
	gcMode
	gcRSRP
	gcRSRQ
	gcSNR
	gcCQI
	gcRSSI
	gcDL
	gcUL
	gcState
	gcPingAvg
	gcPingMin
	gcPingMax
	gcPingStdev
	gcPingLoss
	gcCellHex
	gcNodeHex
	gcRawCell
	gcNRRSRP
	gcNRRSRQ
	gcCount
)

var gnetColumns = map[string]gcol{
	"Timestamp": gcTime, "Longitude": gcLon, "Latitude": gcLat, "Speed": gcSpeed,
	"CellID": gcCellID, "NetworkMode": gcMode, "RSRP": gcRSRP, "RSRQ": gcRSRQ, "SNR": gcSNR,
	"CQI": gcCQI, "RSSI": gcRSSI, "DL_bitrate": gcDL, "UL_bitrate": gcUL, "State": gcState,
	"PINGAVG": gcPingAvg, "PINGMIN": gcPingMin, "PINGMAX": gcPingMax, "PINGSTDEV": gcPingStdev,
	"PINGLOSS": gcPingLoss, "CELLHEX": gcCellHex, "NODEHEX": gcNodeHex, "RAWCELLID": gcRawCell,
	"NRxRSRP": gcNRRSRP, "NRxRSRQ": gcNRRSRQ,
}

var gnetNames [gcCount]string

func init() {
	for name, c := range gnetColumns {
		gnetNames[c] = name
	}
}

// ParseGNetTrack reads a G-NetTrack Pro CSV export from r and calls emit with
// one datpin.KindSession record per row, in file order.
//
// The header (line 1) names the columns; they may come in any order, and
// columns the parser does not use are ignored. Timestamp is required.
// Conventions of the export: "-" (or an empty field) means not measured and
// becomes datpin.Missing; timestamps like "2019.12.16_13.40.04" are UTC;
// NetworkMode "5G" is NR, "LTE" is LTE, HSPA/UMTS 3G, GSM/EDGE 2G, anything
// else unknown; State "D" (downloading) or "U" (uploading) marks the device
// active; PINGAVG and PINGSTDEV become latency and jitter; PINGLOSS is in %.
// The station is NODEHEX, the cell CELLHEX (else RAWCELLID, else CellID).
// The device id is not in the rows: deviceID (e.g. the file name) is used.
//
// Values devices write for "unavailable" (2147483647, and -200 dBm or below
// in signal columns) become Missing and are counted in Stats.Unavailable.
//
// A row that is malformed (wrong number of fields, unparsable value, value
// outside physical limits, time more than a minute behind the latest time
// seen) is passed to bad, if not nil, as a *datpin.RowError naming file and
// line, and parsing goes on. Repeated header lines and blank lines are
// skipped. The error returned is the first error of emit, returned as is,
// a read error, or an EINVALID *datpin.Error for a header that is not
// G-NetTrack's.
func ParseGNetTrack(r io.Reader, file, deviceID string, emit func(datpin.Record) error, bad func(*datpin.RowError)) (Stats, error) {
	var st Stats
	lr := newLineReader(r)
	header, err := lr.next()
	if err == io.EOF {
		return st, datpin.Errorf(datpin.EINVALID, "%s: empty file", file)
	} else if err != nil {
		return st, readErr(file, err)
	}
	p, err := newGNetParser(file, deviceID, header)
	if err != nil {
		return st, err
	}
	var rec datpin.Record
	for {
		line, err := lr.row(file, &st, bad)
		if err == io.EOF {
			return st, nil
		} else if err != nil {
			return st, err
		}
		if len(line) == 0 {
			st.Skipped++
			continue
		}
		if bytes.Equal(line, p.header) {
			st.Skipped++ // files concatenated with their headers
			continue
		}
		st.Rows++
		if reason := p.row(line, &st, &rec); reason != "" {
			st.reportBad(bad, rowError(file, lr.n, reason, line))
			continue
		}
		st.Records++
		if err := emit(rec); err != nil {
			return st, err
		}
	}
}

type gnetParser struct {
	file, device string
	header       []byte
	cols         []gcol
	commas       []int32 // offsets of a row's commas, one fewer than cols
	maxTime      int64
	station      string // last station id, reused while it repeats
	cell         string
}

func newGNetParser(file, deviceID string, header []byte) (*gnetParser, error) {
	p := &gnetParser{file: file, device: deviceID, header: bytes.Clone(header), maxTime: minTime}
	seen := [gcCount]bool{}
	for i, name := range bytes.Split(header, []byte{','}) {
		c := gnetColumns[string(bytes.TrimSpace(name))]
		if c != gcIgnore {
			if seen[c] {
				return nil, datpin.Errorf(datpin.EINVALID, "%s:1: column %s appears twice", file, gnetNames[c])
			}
			seen[c] = true
		}
		p.cols = append(p.cols, c)
		_ = i
	}
	if !seen[gcTime] {
		return nil, datpin.Errorf(datpin.EINVALID, "%s:1: not a G-NetTrack header (no Timestamp column)", file)
	}
	p.commas = make([]int32, len(p.cols)-1)
	return p, nil
}

// row parses one data line into *rec. It returns a reason when the row is bad.
func (p *gnetParser) row(line []byte, st *Stats, rec *datpin.Record) string {
	*rec = datpin.NewRecord(datpin.KindSession)
	rec.DeviceID = p.device
	if n := commas(line, p.commas) + 1; n != len(p.cols) {
		return "has " + strconv.Itoa(n) + " fields, header has " + strconv.Itoa(len(p.cols))
	}
	var cellHex, rawCell, cellID []byte
	timeSeen := false
	start := 0
	for k, c := range p.cols {
		end := len(line)
		if k < len(p.commas) {
			end = int(p.commas[k])
		}
		f := line[start:end]
		start = end + 1
		if c == gcIgnore {
			continue
		}
		missing := len(f) == 0 || (len(f) == 1 && f[0] == '-')
		if missing {
			if c == gcTime {
				return "no Timestamp"
			}
			continue
		}
		var reason string
		switch c {
		case gcTime:
			t, ok := parseGNetTime(f)
			if !ok {
				return "Timestamp: not a time like 2019.12.16_13.40.04: " + strconv.Quote(string(f))
			}
			rec.Time = t
			timeSeen = true
		case gcLon:
			reason = setNum(&rec.LonE7, f, 7, false, st)
		case gcLat:
			reason = setNum(&rec.LatE7, f, 7, false, st)
		case gcSpeed:
			reason = setNum(&rec.SpeedKmh, f, 0, false, st)
		case gcMode:
			rec.Mode = parseMode(f)
		case gcRSRP:
			reason = setNum(&rec.RSRPdBm10, f, 1, true, st)
		case gcRSRQ:
			reason = setNum(&rec.RSRQdB10, f, 1, true, st)
		case gcSNR:
			reason = setNum(&rec.SINRdB10, f, 1, true, st)
		case gcCQI:
			reason = setNum(&rec.CQI, f, 0, false, st)
		case gcRSSI:
			reason = setNum(&rec.RSSIdBm10, f, 1, true, st)
		case gcDL:
			reason = setNum(&rec.DownKbps, f, 0, false, st)
		case gcUL:
			reason = setNum(&rec.UpKbps, f, 0, false, st)
		case gcState:
			active, ok := parseState(f)
			if !ok {
				return "State: not D, U, I or V: " + strconv.Quote(string(f))
			}
			rec.Active = active
		case gcPingAvg:
			reason = setNum(&rec.LatencyMs10, f, 1, false, st)
		case gcPingMin, gcPingMax:
			var v int32
			reason = setNum(&v, f, 1, false, st)
		case gcPingStdev:
			reason = setNum(&rec.JitterMs10, f, 1, false, st)
		case gcPingLoss:
			reason = setNum(&rec.LossPermille, f, 1, false, st)
		case gcNRRSRP:
			reason = setNum(&rec.NRRSRPdBm10, f, 1, true, st)
		case gcNRRSRQ:
			reason = setNum(&rec.NRRSRQdB10, f, 1, true, st)
		case gcNodeHex:
			if !isHex(f) {
				return "NODEHEX: not hexadecimal: " + strconv.Quote(string(f))
			}
			if string(f) != p.station {
				p.station = string(f)
			}
			rec.StationID = p.station
		case gcCellHex:
			if !isHex(f) {
				return "CELLHEX: not hexadecimal: " + strconv.Quote(string(f))
			}
			cellHex = f
		case gcRawCell:
			if !isDigits(f) {
				return "RAWCELLID: not a number: " + strconv.Quote(string(f))
			}
			rawCell = f
		case gcCellID:
			if !isDigits(f) {
				return "CellID: not a number: " + strconv.Quote(string(f))
			}
			cellID = f
		}
		if reason != "" {
			return gnetNames[c] + ": " + reason
		}
	}
	if !timeSeen {
		return "no Timestamp"
	}
	cell := cellHex
	if cell == nil {
		cell = rawCell
	}
	if cell == nil {
		cell = cellID
	}
	if cell != nil {
		if string(cell) != p.cell {
			p.cell = string(cell)
		}
		rec.CellID = p.cell
	}
	if reason := invalid(rec); reason != "" {
		return reason
	}
	if rec.Time < p.maxTime-maxBackstep {
		return "time goes back " + strconv.FormatInt((p.maxTime-rec.Time)/1000, 10) + " s"
	}
	if rec.Time > p.maxTime {
		p.maxTime = rec.Time
	}
	return ""
}

// setNum parses a decimal field scaled by 10^scale into *dst. Device
// markers for "unavailable" become Missing; signal selects the signal-level
// markers. Range checks are left to invalid.
func setNum(dst *int32, f []byte, scale int, signal bool, st *Stats) string {
	v, ok := parseFixed(f, scale)
	if !ok {
		return "not a number: " + strconv.Quote(string(f))
	}
	s := int64(pow10[scale])
	if unavailable(v, s) || (signal && unavailableSignal(v, s)) {
		st.Unavailable++
		*dst = datpin.Missing
		return ""
	}
	if v <= int64(datpin.Missing) || v > 1<<31-1 {
		return "out of range: " + string(f)
	}
	*dst = int32(v)
	return ""
}

func parseMode(f []byte) datpin.NetworkMode {
	switch string(f) {
	case "5G", "NR", "NR5G", "5G NR", "NR_SA", "NR_NSA", "NSA", "SA":
		return datpin.ModeNR
	case "LTE", "4G", "LTE+", "LTE-A", "LTE_CA", "LTE CA":
		return datpin.ModeLTE
	case "HSPA+", "HSPA", "HSDPA", "HSUPA", "UMTS", "WCDMA", "3G", "TD-SCDMA", "EVDO", "EHRPD":
		return datpin.Mode3G
	case "GSM", "EDGE", "GPRS", "2G", "CDMA", "1xRTT":
		return datpin.Mode2G
	}
	return datpin.ModeUnknown
}

// parseState reads G-NetTrack's State: D downloading, U uploading, I idle,
// V voice call, and their combinations such as "VD".
func parseState(f []byte) (active, ok bool) {
	for _, c := range f {
		switch c {
		case 'D', 'U':
			active = true
		case 'I', 'V':
		default:
			return false, false
		}
	}
	return active, true
}

func isHex(f []byte) bool {
	if len(f) > maxIDLen {
		return false
	}
	for _, c := range f {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

func isDigits(f []byte) bool {
	if len(f) > maxIDLen {
		return false
	}
	for _, c := range f {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
