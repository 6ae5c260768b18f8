package quality

import "github.com/datpin/datpin"

// Physical limits, in record units. A measured value outside them cannot be
// a measurement: the record is noise and is dropped (and counted). They are
// the 3GPP reporting ranges for radio values (TS 36.133, 38.133), with SINR
// widened to what handsets report, and generous bounds elsewhere.
var limits = [inputCount]struct{ min, max int64 }{
	0:  {-1560, -310},                   // RSRP, 0.1 dBm
	1:  {-430, 200},                     // RSRQ, 0.1 dB
	2:  {-300, 500},                     // SINR, 0.1 dB
	3:  {-1300, 0},                      // RSSI, 0.1 dBm
	4:  {-1560, -310},                   // NR RSRP
	5:  {-430, 200},                     // NR RSRQ
	6:  {0, 100_000_000},                // down, kbit/s
	7:  {0, 100_000_000},                // up, kbit/s
	8:  {0, 600_000},                    // latency, 0.1 ms
	9:  {0, 600_000},                    // jitter, 0.1 ms
	10: {0, 1000},                       // loss, permille
	11: {0, 10_000_000},                 // sessions
	12: {0, 1_000_000},                  // devices
	13: {0, 0},                          // value: per quantity, see sensorLimits
	14: {-1_800_000_000, 1_800_000_000}, // position (lat checked separately)
	15: {0, 1200},                       // speed, km/h
	16: {0, 15},                         // CQI
}

// sensorLimits are each quantity's physical bounds, in 1e-3 units.
var sensorLimits = [...]struct{ min, max int64 }{
	datpin.QuantityTemperatureC: {-90_000, 60_000},
	datpin.QuantityHumidityPct:  {0, 100_000},
	datpin.QuantityPressureHPa:  {300_000, 1_100_000},
	datpin.QuantityWindMS:       {0, 120_000},
	datpin.QuantityPrecipMM:     {0, 400_000},
	datpin.QuantityPM25:         {0, 2_000_000},
}

func check(bad *Inputs, in Inputs, bit int, v int32) {
	if v != datpin.Missing && (int64(v) < limits[bit].min || int64(v) > limits[bit].max) {
		*bad |= in
	}
}

// Implausible returns the inputs of r whose values lie outside physical
// limits (0 when r is plausible). Missing inputs are never implausible.
// For sensor records it checks the quantity and its value's range.
func Implausible(r *datpin.Record) Inputs {
	var bad Inputs
	check(&bad, InRSRP, 0, r.RSRPdBm10)
	check(&bad, InRSRQ, 1, r.RSRQdB10)
	check(&bad, InSINR, 2, r.SINRdB10)
	check(&bad, InRSSI, 3, r.RSSIdBm10)
	check(&bad, InNRRSRP, 4, r.NRRSRPdBm10)
	check(&bad, InNRRSRQ, 5, r.NRRSRQdB10)
	check(&bad, InDown, 6, r.DownKbps)
	check(&bad, InUp, 7, r.UpKbps)
	check(&bad, InLatency, 8, r.LatencyMs10)
	check(&bad, InJitter, 9, r.JitterMs10)
	check(&bad, InLoss, 10, r.LossPermille)
	check(&bad, InSessions, 11, r.Sessions)
	check(&bad, InDevices, 12, r.Devices)
	check(&bad, InSpeed, 15, r.SpeedKmh)
	check(&bad, InCQI, 16, r.CQI)
	if (r.LatE7 == datpin.Missing) != (r.LonE7 == datpin.Missing) ||
		(r.LatE7 != datpin.Missing && (r.LatE7 < -900_000_000 || r.LatE7 > 900_000_000 ||
			r.LonE7 < -1_800_000_000 || r.LonE7 > 1_800_000_000)) {
		bad |= InPosition
	}
	if r.Kind == datpin.KindSensor {
		if r.Quantity == datpin.QuantityNone || int(r.Quantity) >= len(sensorLimits) {
			bad |= InQuantity
		} else if l := sensorLimits[r.Quantity]; r.ValueE3 < l.min || r.ValueE3 > l.max {
			bad |= InValue
		}
	}
	return bad
}
