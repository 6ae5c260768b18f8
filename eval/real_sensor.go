package eval

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/telemetry"
)

const hourMs = 3_600_000

// sensorGen injects faults into some days of the sensor series; the other days are honest.
type sensorGen struct {
	rng         *rand.Rand
	b           *realBuild
	per         int
	made        map[string]int // faulty days by kind, over every series
	quarantined int            // rows of the faulty series the parser set aside
}

// sensorDay is one day of a series as the device wrote it: clean, or with a fault.
type sensorDay struct {
	kind    string
	recs    []datpin.Record
	clean   []datpin.Record
	spoiled float64
}

// build injects faults into the days of one series (PerKind days of each kind, away from the
// series' ends, a fault a day) and makes the units: the series is written back in the weather
// format as the device would have written it (a clock jump's rows stamped ahead, then set right)
// and read again with the importer's parser, so that what the importer sets aside is set aside;
// a day with out-of-range readings is anchored by a cheating edge instead. A unit's label is the
// fault of the day its records belong to (none for the day after a clock jump, whose real
// readings are honest).
func (w *sensorGen) build(file string, days [][]datpin.Record) error {
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
		w.made[k] += made
	}
	var series []datpin.Record
	byEpoch := map[uint32]*sensorDay{}
	for i, day := range days {
		sd := &sensorDay{recs: day}
		if k, ok := fault[i]; ok {
			sd.kind, sd.clean = k, day
			sd.recs, sd.spoiled = w.inject(k, day)
		}
		byEpoch[keyOf(&day[0]).epoch] = sd
		if sd.kind == RealSensorRange {
			w.b.units = append(w.b.units, &realUnit{kind: sd.kind, sensor: true, recs: sd.recs, src: -1, ref: sd.clean,
				spoiled: sd.spoiled, direct: true})
			continue
		}
		series = append(series, sd.recs...)
	}
	parsed, bad, err := reparseWeather(file, series)
	if err != nil {
		return err
	}
	w.quarantined += bad
	for _, seg := range segmentsOf(file, parsed) {
		u := &realUnit{sensor: true, recs: seg.recs, src: -1}
		if sd := byEpoch[seg.epoch]; sd != nil && sd.kind != "" {
			u.kind, u.ref, u.spoiled = sd.kind, sd.clean, sd.spoiled
		}
		w.b.units = append(w.b.units, u)
	}
	return nil
}

// reparseWeather writes a series' readings (in the order given: one row per distinct time, a
// column per quantity) in the weather CSV format and parses it back with the importer's parser.
// It returns the records and the rows the parser set aside.
func reparseWeather(file string, recs []datpin.Record) ([]datpin.Record, int, error) {
	cols := []struct {
		q    datpin.Quantity
		name string
	}{{datpin.QuantityTemperatureC, "temperature (degC)"}, {datpin.QuantityHumidityPct, "relative_humidity (%)"},
		{datpin.QuantityWindMS, "wind_speed (m/s)"}, {datpin.QuantityPrecipMM, "total_precipitation (mm)"},
		{datpin.QuantityPressureHPa, "surface_pressure (hPa)"}, {datpin.QuantityPM25, "pm25 (ug/m3)"}}
	var b strings.Builder
	b.WriteString("datetime (UTC),\"coordinates (lat,lon)\"")
	for _, c := range cols {
		b.WriteString("," + c.name)
	}
	b.WriteByte('\n')
	for i := 0; i < len(recs); {
		j := i
		vals := map[datpin.Quantity]int64{}
		for ; j < len(recs) && recs[j].Time == recs[i].Time; j++ {
			vals[recs[j].Quantity] = recs[j].ValueE3
		}
		r := &recs[i]
		b.WriteString(time.UnixMilli(r.Time).UTC().Format(time.RFC3339) + ",")
		if r.LatE7 != datpin.Missing {
			fmt.Fprintf(&b, "\"(%s, %s)\"", fixed(int64(r.LatE7), 7), fixed(int64(r.LonE7), 7))
		}
		for _, c := range cols {
			b.WriteByte(',')
			if v, ok := vals[c.q]; ok {
				b.WriteString(fixed(v, 3))
			}
		}
		b.WriteByte('\n')
		i = j
	}
	var out []datpin.Record
	bad := 0
	_, _, err := telemetry.Parse(strings.NewReader(b.String()), file+" (with injected faults)", recs[0].DeviceID,
		func(r datpin.Record) error { out = append(out, r); return nil }, func(*datpin.RowError) { bad++ })
	return out, bad, err
}

// fixed formats v×10^-digits.
func fixed(v int64, digits int) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	p := int64(1)
	for range digits {
		p *= 10
	}
	return fmt.Sprintf("%s%d.%0*d", sign, v/p, digits, v%p)
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
