package telemetry

import "github.com/datpin/datpin"

// Physical limits a parsed value must respect, in the record's fixed-point
// units. A value outside makes the row bad: it cannot be a measurement.
// Radio limits are the 3GPP reporting ranges (TS 36.133 / 38.133), widened
// where handsets are known to report beyond them (SINR down to -30 dB).
const (
	minTime = 946684800000  // 2000-01-01T00:00:00Z
	maxTime = 4102444800000 // 2100-01-01T00:00:00Z (exclusive)

	// maxBackstep is how far a row's time may go back behind the latest time
	// already seen in the same file (or, in JSONL, for the same device).
	// Clocks get nudged by a second or two; more than a minute is a bad row.
	maxBackstep = 60 * 1000

	minRSRP, maxRSRP = -1560, -310 // 0.1 dBm
	minRSRQ, maxRSRQ = -430, 200   // 0.1 dB
	minSINR, maxSINR = -300, 500   // 0.1 dB
	minRSSI, maxRSSI = -1300, 0    // 0.1 dBm

	maxSpeedKmh  = 1200        // km/h (an airliner)
	maxKbps      = 100_000_000 // kbit/s (100 Gbit/s)
	maxMs10      = 600_000     // 0.1 ms (one minute)
	maxPermille  = 1000
	maxSessions  = 10_000_000
	maxDevices   = 1_000_000
	maxLatE7     = 900_000_000
	maxLonE7     = 1_800_000_000
	maxIDLen     = 128
	maxLineBytes = 1 << 20
)

// unavailable reports whether v (parsed at the given scale) is Android's
// CellInfo.UNAVAILABLE, 2147483647, which devices write instead of a value.
func unavailable(v, scale int64) bool { return v == 2147483647*scale }

// unavailableSignal also accepts G-NetTrack's markers in signal-level
// columns: -200, -204, -205, -225 dBm/dB, far below any reportable level.
func unavailableSignal(v, scale int64) bool { return unavailable(v, scale) || v <= -200*scale }

// sensorLimits are the hard physical bounds of each quantity, in 1e-3 units.
var sensorLimits = [...]struct{ min, max int64 }{
	datpin.QuantityTemperatureC: {-90_000, 60_000},   // record low -89.2 °C, high 56.7 °C
	datpin.QuantityHumidityPct:  {0, 100_000},        // %
	datpin.QuantityPressureHPa:  {300_000, 1100_000}, // summit of Everest to the deepest lows
	datpin.QuantityWindMS:       {0, 120_000},        // record gust 113 m/s
	datpin.QuantityPrecipMM:     {0, 400_000},        // record hourly rain ~305 mm
	datpin.QuantityPM25:         {0, 2000_000},       // µg/m³, worst smoke episodes
}

func inRange(v, lo, hi int32) bool { return v == datpin.Missing || (v >= lo && v <= hi) }

// Validate reports whether r could be a real measurement: its kind is known,
// its time lies in 2000..2099, and every measured field is within physical
// limits. It returns nil or a *datpin.Error with code EINVALID naming the
// first offending field. Every parser applies it to every row.
func Validate(r *datpin.Record) error {
	if reason := invalid(r); reason != "" {
		return datpin.Errorf(datpin.EINVALID, "%s", reason)
	}
	return nil
}

// invalid is Validate without the allocation: "" or a constant reason.
func invalid(r *datpin.Record) string {
	if r.Kind < datpin.KindSession || r.Kind > datpin.KindSensor {
		return "unknown record kind"
	}
	if r.Time < minTime || r.Time >= maxTime {
		return "time outside 2000..2099"
	}
	if len(r.DeviceID) > maxIDLen || len(r.StationID) > maxIDLen || len(r.CellID) > maxIDLen {
		return "id longer than 128 bytes"
	}
	if (r.LatE7 == datpin.Missing) != (r.LonE7 == datpin.Missing) {
		return "latitude without longitude"
	}
	if !inRange(r.LatE7, -maxLatE7, maxLatE7) {
		return "latitude out of range"
	}
	if !inRange(r.LonE7, -maxLonE7, maxLonE7) {
		return "longitude out of range"
	}
	if !inRange(r.SpeedKmh, 0, maxSpeedKmh) {
		return "speed out of range"
	}
	if r.Mode != datpin.ModeUnknown && r.Mode != datpin.Mode2G && r.Mode != datpin.Mode3G &&
		r.Mode != datpin.ModeLTE && r.Mode != datpin.ModeNR {
		return "unknown network mode"
	}
	if !inRange(r.RSRPdBm10, minRSRP, maxRSRP) {
		return "RSRP outside -156..-31 dBm"
	}
	if !inRange(r.RSRQdB10, minRSRQ, maxRSRQ) {
		return "RSRQ outside -43..20 dB"
	}
	if !inRange(r.SINRdB10, minSINR, maxSINR) {
		return "SINR outside -30..50 dB"
	}
	if !inRange(r.RSSIdBm10, minRSSI, maxRSSI) {
		return "RSSI outside -130..0 dBm"
	}
	if !inRange(r.CQI, 0, 15) {
		return "CQI outside 0..15"
	}
	if !inRange(r.NRRSRPdBm10, minRSRP, maxRSRP) {
		return "NR RSRP outside -156..-31 dBm"
	}
	if !inRange(r.NRRSRQdB10, minRSRQ, maxRSRQ) {
		return "NR RSRQ outside -43..20 dB"
	}
	if !inRange(r.DownKbps, 0, maxKbps) {
		return "download rate out of range"
	}
	if !inRange(r.UpKbps, 0, maxKbps) {
		return "upload rate out of range"
	}
	if !inRange(r.LatencyMs10, 0, maxMs10) {
		return "latency out of range"
	}
	if !inRange(r.JitterMs10, 0, maxMs10) {
		return "jitter out of range"
	}
	if !inRange(r.LossPermille, 0, maxPermille) {
		return "packet loss outside 0..100 %"
	}
	if !inRange(r.Sessions, 0, maxSessions) {
		return "session count out of range"
	}
	if !inRange(r.Devices, 0, maxDevices) {
		return "device count out of range"
	}
	switch r.Kind {
	case datpin.KindSensor:
		if r.Quantity == datpin.QuantityNone || int(r.Quantity) >= len(sensorLimits) {
			return "unknown sensor quantity"
		}
		lim := sensorLimits[r.Quantity]
		if r.ValueE3 < lim.min || r.ValueE3 > lim.max {
			return "sensor value outside the quantity's physical range"
		}
	default:
		if r.Quantity != datpin.QuantityNone || r.ValueE3 != 0 {
			return "sensor value on a non-sensor record"
		}
	}
	return ""
}
