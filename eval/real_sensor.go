package eval

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/telemetry"
)

const hourMs = 3_600_000

// sensorFaults maps the sensor adversary kinds to telemetry's fault injector.
var sensorFaults = map[string]telemetry.FaultKind{
	RealSensorStuck: telemetry.FaultStuck, RealSensorStuckDay: telemetry.FaultStuckDay, RealSensorSpike: telemetry.FaultSpikes,
	RealSensorRange: telemetry.FaultRange, RealSensorRangeDay: telemetry.FaultRangeDay, RealSensorGap: telemetry.FaultMissing,
	RealSensorClock: telemetry.FaultClockJump,
}

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

// build injects faults (telemetry.InjectFault) into the days of one series (PerKind days of each kind, away from the
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
	// Faulty days are never next to each other: the day after a fault (a clock jump's rows
	// stamped ahead run into it) is an honest one.
	fault := map[int]string{}
	free := func(i int) bool { _, a := fault[i-1]; _, b := fault[i+1]; return !a && !b }
	for range w.per {
		for _, k := range RealSensorKinds {
			for len(cand) > 0 && !free(cand[0]) {
				cand = cand[1:]
			}
			if len(cand) == 0 {
				break
			}
			fault[cand[0]] = k
			cand = cand[1:]
			w.made[k]++
		}
	}
	var series []datpin.Record
	byEpoch := map[uint32]*sensorDay{}
	for i, day := range days {
		sd := &sensorDay{recs: day}
		if k, ok := fault[i]; ok {
			var f telemetry.Fault
			sd.recs, f = telemetry.InjectFault(w.rng, sensorFaults[k], day, day[0].Time-day[0].Time%dayMs)
			sd.kind, sd.clean, sd.spoiled = k, day, f.Spoiled()
		}
		byEpoch[keyOf(&day[0]).epoch] = sd
		if sd.kind == RealSensorRange || sd.kind == RealSensorRangeDay {
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
