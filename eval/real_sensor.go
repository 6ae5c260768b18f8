package eval

import (
	"math/rand/v2"
	"slices"

	"github.com/datpin/datpin"
)

const hourMs = 3_600_000

// sensorGen injects faults into some days of the sensor series; the other days are honest.
type sensorGen struct {
	rng *rand.Rand
	b   *realBuild
	per int
}

// build makes a unit of every day: honest, or with one injected fault (PerKind days of each
// kind, away from the series' ends, a fault a day).
func (w *sensorGen) build(days [][]datpin.Record) {
	var cand []int
	for i := 1; i+1 < len(days); i++ {
		if hoursOf(days[i]) >= 20 {
			cand = append(cand, i)
		}
	}
	w.rng.Shuffle(len(cand), func(i, j int) { cand[i], cand[j] = cand[j], cand[i] })
	fault := map[int]string{}
	for _, k := range RealSensorKinds {
		made := 0
		for made < w.per && len(cand) > 0 {
			fault[cand[0]] = k
			cand = cand[1:]
			made++
		}
		if made < w.per {
			w.b.short[k] = made
		}
	}
	for i, day := range days {
		k, faulty := fault[i]
		if !faulty {
			w.b.units = append(w.b.units, &realUnit{sensor: true, recs: day, src: -1})
			continue
		}
		recs, spoiled := w.inject(k, day)
		w.b.units = append(w.b.units, &realUnit{kind: k, sensor: true, recs: recs, src: -1, ref: day, spoiled: spoiled,
			direct: k == RealSensorRange})
	}
}

// hoursOf counts the distinct hours a day's readings cover.
func hoursOf(recs []datpin.Record) int {
	seen := map[int64]bool{}
	for i := range recs {
		seen[recs[i].Time/hourMs] = true
	}
	return len(seen)
}

// inject returns a faulty copy of a day and the share of the day the fault spoils.
func (w *sensorGen) inject(k string, day []datpin.Record) ([]datpin.Record, float64) {
	start := day[0].Time - day[0].Time%dayMs
	hour := func(r *datpin.Record) int { return int((r.Time - start) / hourMs) }
	recs := slices.Clone(day)
	switch k {
	case RealSensorStuck:
		q := w.quantity(day, datpin.QuantityTemperatureC, datpin.QuantityHumidityPct, datpin.QuantityPressureHPa, datpin.QuantityWindMS)
		n := 6 + w.rng.IntN(19)
		h0 := w.rng.IntN(24 - n + 1)
		var v int64
		found := false
		for i := range recs {
			r := &recs[i]
			if r.Quantity != q || hour(r) < h0 || hour(r) >= h0+n {
				continue
			}
			if !found {
				v, found = r.ValueE3, true
			}
			r.ValueE3 = v
		}
		return recs, float64(n) / 24
	case RealSensorSpike:
		q := w.quantity(day, datpin.QuantityTemperatureC, datpin.QuantityPressureHPa, datpin.QuantityHumidityPct)
		n := 3 + w.rng.IntN(4)
		hours := w.rng.Perm(24)[:n]
		for i := range recs {
			r := &recs[i]
			if r.Quantity == q && slices.Contains(hours, hour(r)) {
				r.ValueE3 = spike(q, r.ValueE3, w.rng)
			}
		}
		return recs, float64(n) / 24
	case RealSensorRange:
		n := 4 + w.rng.IntN(21)
		h0 := w.rng.IntN(24 - n + 1)
		hum := w.rng.IntN(2) == 0
		for i := range recs {
			r := &recs[i]
			if hour(r) < h0 || hour(r) >= h0+n {
				continue
			}
			switch {
			case hum && r.Quantity == datpin.QuantityHumidityPct:
				r.ValueE3 = 120_000 + w.rng.Int64N(60_000)
			case !hum && r.Quantity == datpin.QuantityTemperatureC:
				r.ValueE3 = 70_000 + w.rng.Int64N(20_000)
			}
		}
		return recs, float64(n) / 24
	case RealSensorGap:
		n := 6 + w.rng.IntN(11)
		h0 := w.rng.IntN(24 - n + 1)
		recs = slices.DeleteFunc(recs, func(r datpin.Record) bool { return hour(&r) >= h0 && hour(&r) < h0+n })
		return recs, float64(n) / 24
	default: // RealSensorClock
		h := 8 + w.rng.IntN(13)
		jump := int64(2+w.rng.IntN(5)) * hourMs
		for i := range recs {
			if hour(&recs[i]) >= h {
				recs[i].Time += jump
			}
		}
		return recs, float64(24-h) / 24
	}
}

// quantity picks one of qs the day measures (the first one measured if the pick is not).
func (w *sensorGen) quantity(day []datpin.Record, qs ...datpin.Quantity) datpin.Quantity {
	has := func(q datpin.Quantity) bool {
		return slices.ContainsFunc(day, func(r datpin.Record) bool { return r.Quantity == q })
	}
	if q := qs[w.rng.IntN(len(qs))]; has(q) {
		return q
	}
	for _, q := range qs {
		if has(q) {
			return q
		}
	}
	return day[0].Quantity
}

// spike moves a reading far from its neighbours, within the quantity's physical range.
func spike(q datpin.Quantity, v int64, rng *rand.Rand) int64 {
	var d int64
	switch q {
	case datpin.QuantityTemperatureC:
		d = 12_000 + rng.Int64N(8_000)
	case datpin.QuantityPressureHPa:
		d = 25_000 + rng.Int64N(15_000)
	case datpin.QuantityHumidityPct:
		d = 35_000 + rng.Int64N(15_000)
		if v+d > 100_000 {
			return max(v-d, 0)
		}
		return v + d
	default:
		d = 10_000 + rng.Int64N(10_000)
	}
	if rng.IntN(2) == 0 {
		return v - d
	}
	return v + d
}
