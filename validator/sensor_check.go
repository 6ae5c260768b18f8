package validator

import (
	"slices"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

// Reasons of the sensor checks.
const (
	ReasonSensorStuck = "sensor-stuck"          // runs of identical readings too long for the quantity and resolution
	ReasonSensorSpike = "sensor-spikes"         // isolated jumps away from the neighbouring readings
	ReasonSensorRange = "sensor-out-of-climate" // out of physical range, or far from every other sensor's reading of the same hour
	ReasonSensorClock = "sensor-clock-jump"     // readings of one time with different values: a clock that jumped
	ReasonSensorBad   = "sensor-faulty"         // defects in every hour of the day
)

// Thresholds of the sensor checks. docs/SENSORS.md explains each.
const (
	// SensorStuckRun is the fewest identical consecutive readings that can be a stuck sensor
	// (package quality decides how many are, from the series' resolution and the quantity).
	SensorStuckRun = 3
	// ClimateDevE3 is how far (1e-3 °C) a temperature may be from the median of the round's
	// other sensors at the same hour, which needs at least MinClimatePeers of them.
	ClimateDevE3    = 15_000
	MinClimatePeers = 3
	// SensorTrustBP is the trust given to a sensor batch whose only defect is out of the
	// round's climate in half its good hours (trust is the share of good hours left).
	SensorTrustBP = 5000
)

// judgeSensors judges the round's sensor contributions. The score every validator recomputes
// already cuts a day in proportion to the hours its faults spoil (quality.ScoreSensors); on top
// of it judgeSensors:
//   - rejects a day with a series faulty all day (stuck or out of range throughout) with the
//     fault's reason, and a day with a fault in every hour (ReasonSensorBad);
//   - cuts the trust of a day whose temperatures are far from the round's other sensors at the
//     same hour, in proportion to the good hours that spoils (rejecting it when none is left);
//   - gives a day with a partial fault the fault's reason, without lowering it further.
//
// It sets reject[i] for a batch it rejects and returns the trust (basis points, 0 = unchanged)
// of the others. A clean day is left as scored.
func judgeSensors(subs []*subject, reject []string) []uint16 {
	climate := climateOf(subs)
	trust := make([]uint16, len(subs))
	parallel(len(subs), func(i int) {
		s := subs[i]
		if s.kind != datpin.KindSensor {
			return
		}
		d := checkSensors(s.recs, climate)
		switch {
		case d.dead:
			reject[i] = d.reason
		case d.good == 0 && d.bad > 0:
			reject[i] = ReasonSensorBad
		case d.good > 0 && d.climateHours >= d.good:
			reject[i] = ReasonSensorRange
		case d.climateHours > 0:
			trust[i] = uint16(int64(d.good-d.climateHours) * datpin.ScoreMax / int64(d.good))
			s.ev.Reason = ReasonSensorRange
		case d.reason != "":
			s.ev.Reason = d.reason
		}
	})
	return trust
}

// sensorDefects are what a validator finds wrong with a sensor batch.
type sensorDefects struct {
	readings      int
	stuck, spikes int // readings in stuck runs, spikes (package quality's rules)
	outOfRange    int
	conflicts     int  // readings of one time with different values
	climate       int  // temperatures far from the round's other sensors at the same hour
	climateHours  int  // good hours of the day that hold such a temperature
	good          int  // hours of the day in which every series reads well (quality's Good)
	bad           int  // defective readings: stuck, spikes, out of range, out of climate
	dead          bool // a series faulty all day
	reason        string
}

// checkSensors scores the batch as package quality does (the edge's score) and adds what only
// the round shows: temperatures far from the median of the other sensors of the round at the
// same hour (medians by hour, in climate).
func checkSensors(recs []datpin.PublicRecord, climate map[int64][]int64) sensorDefects {
	var d sensorDefects
	var sc quality.Scorer
	ss := sc.ScoreSensors(datpin.ScoringRecords(recs), quality.Window{}, quality.SensorCadenceMs)
	for _, s := range ss.Series {
		d.readings += int(s.Received)
		d.stuck += int(s.Stuck)
		d.spikes += int(s.Spikes)
		d.outOfRange += int(s.OutOfRange)
		d.conflicts += int(s.Conflicts)
	}
	d.good, d.dead = int(ss.Good), ss.Dead > 0
	d.reason = sensorReason(ss.Fault)

	// Temperatures out of the round's climate, and the good hours they spoil.
	hours := map[int64]bool{}
	for i := range recs {
		r := &recs[i]
		if r.Kind != datpin.KindSensor || r.Quantity != datpin.QuantityTemperatureC {
			continue
		}
		h := floorDiv(r.Time, hourMs)
		peers := climate[h]
		if len(peers) < MinClimatePeers+1 {
			continue
		}
		if dev := r.ValueE3 - medianExcluding(peers, r.ValueE3); dev > ClimateDevE3 || -dev > ClimateDevE3 {
			d.climate++
			hours[h] = true
		}
	}
	d.climateHours = min(len(hours), d.good)
	d.bad = d.stuck + d.spikes + d.outOfRange + d.climate
	return d
}

// sensorReason is the reason code of a fault package quality found.
func sensorReason(f quality.SensorFault) string {
	switch f {
	case quality.FaultStuck:
		return ReasonSensorStuck
	case quality.FaultSpikes:
		return ReasonSensorSpike
	case quality.FaultRange:
		return ReasonSensorRange
	case quality.FaultClock:
		return ReasonSensorClock
	}
	return "" // clean, or hours missing: the score already counts them
}

// medianExcluding is the median of vs without one occurrence of self (the reading being judged).
func medianExcluding(vs []int64, self int64) int64 {
	rest := make([]int64, 0, len(vs))
	dropped := false
	for _, v := range vs {
		if v == self && !dropped {
			dropped = true
			continue
		}
		rest = append(rest, v)
	}
	slices.Sort(rest)
	n := len(rest)
	if n%2 == 1 {
		return rest[n/2]
	}
	return (rest[n/2-1] + rest[n/2]) / 2
}

// climateOf gathers every temperature reading of the subjects by hour.
func climateOf(subs []*subject) map[int64][]int64 {
	out := map[int64][]int64{}
	for _, s := range subs {
		if s.kind != datpin.KindSensor {
			continue
		}
		for i := range s.recs {
			r := &s.recs[i]
			if r.Kind == datpin.KindSensor && r.Quantity == datpin.QuantityTemperatureC {
				h := floorDiv(r.Time, hourMs)
				out[h] = append(out[h], r.ValueE3)
			}
		}
	}
	return out
}
