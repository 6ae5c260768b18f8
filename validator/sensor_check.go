package validator

import (
	"cmp"
	"slices"
	"sort"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

// Reasons of the sensor checks.
const (
	ReasonSensorStuck = "sensor-stuck"          // runs of identical readings
	ReasonSensorSpike = "sensor-spikes"         // isolated jumps away from the neighbouring readings
	ReasonSensorRange = "sensor-out-of-climate" // far from every other sensor's reading of the same hour
	ReasonSensorBad   = "sensor-faulty"         // defects in more than MaxSensorDefects of the readings
)

// Thresholds of the sensor checks. docs/FRAUD.md explains each.
const (
	// SensorStuckRun identical consecutive readings are a stuck sensor; ClimateDevC is how far (°C)
	// a temperature may be from the median of the round's other sensors at the same hour, which
	// needs at least MinClimatePeers of them.
	SensorStuckRun  = 3
	ClimateDevE3    = 15_000
	MinClimatePeers = 3
	// SensorTrustBP is the trust of a sensor batch with some defective readings;
	// more than MaxSensorDefects of them rejects it.
	SensorTrustBP    = 5000
	MaxSensorDefects = 0.25
)

// judgeSensors judges the round's sensor contributions against each other: it sets reject[i] for
// a sensor batch it rejects and returns the trust (basis points, 0 = unchanged) of the others.
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
		case d.bad == 0:
		case float64(d.bad) > MaxSensorDefects*float64(d.readings):
			reject[i] = ReasonSensorBad
		default:
			trust[i] = SensorTrustBP
			switch {
			case d.climate > 0:
				s.ev.Reason = ReasonSensorRange
			case d.stuck > 0:
				s.ev.Reason = ReasonSensorStuck
			default:
				s.ev.Reason = ReasonSensorSpike
			}
		}
	})

	return trust
}

// sensorDefects are the readings of a sensor batch a validator does not trust.
type sensorDefects struct {
	readings               int
	stuck, spikes, climate int
	bad                    int // distinct defective readings
}

// checkSensors finds stuck runs (SensorStuckRun identical consecutive readings, besides the runs
// package quality already counts), spikes (quality's rule) and temperatures far from the
// median of the other sensors of the round at the same hour (medians by hour, in climate).
func checkSensors(recs []datpin.PublicRecord, climate map[int64][]int64) sensorDefects {
	var d sensorDefects
	type key struct {
		pseudo [16]byte
		q      datpin.Quantity
	}
	series := map[key][]int{}
	for i := range recs {
		if recs[i].Kind == datpin.KindSensor {
			k := key{recs[i].Pseudonym, recs[i].Quantity}
			series[k] = append(series[k], i)
		}
	}
	bad := make([]bool, len(recs))
	for k, idx := range series {
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(recs[a].Time, recs[b].Time) })
		d.readings += len(idx)
		for a := 0; a < len(idx); {
			b := a + 1
			for b < len(idx) && recs[idx[b]].ValueE3 == recs[idx[a]].ValueE3 {
				b++
			}
			v := recs[idx[a]].ValueE3
			exempt := k.q == datpin.QuantityHumidityPct && v == 100_000 || k.q == datpin.QuantityPrecipMM && v == 0
			if b-a >= SensorStuckRun && !exempt {
				for _, j := range idx[a+1 : b] { // the first of a run is a real reading
					bad[j] = true
					d.stuck++
				}
			}
			a = b
		}
		if k.q != datpin.QuantityTemperatureC {
			continue
		}
		for _, j := range idx {
			peers := climate[floorDiv(recs[j].Time, hourMs)]
			if len(peers) < MinClimatePeers+1 {
				continue
			}
			if dev := recs[j].ValueE3 - medianExcluding(peers, recs[j].ValueE3); dev > ClimateDevE3 || -dev > ClimateDevE3 {
				bad[j] = true
				d.climate++
			}
		}
	}
	// Spikes as package quality finds them, on the same records the edge scored.
	var sc quality.Scorer
	ss := sc.ScoreSensors(datpin.ScoringRecords(recs), quality.Window{}, quality.SensorCadenceMs)
	for _, s := range ss.Series {
		d.spikes += int(s.Spikes)
	}
	for _, b := range bad {
		if b {
			d.bad++
		}
	}
	d.bad += d.spikes
	return d
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
	sort.Slice(rest, func(i, j int) bool { return rest[i] < rest[j] })
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
