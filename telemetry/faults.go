package telemetry

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/datpin/datpin"
)

// This file injects labelled sensor faults into honest days of hourly sensor readings, so that
// tests (of the scorer, the validators and the evaluation) can measure how the sensor checks see
// them, and synthesizes honest hourly weather to inject them into.

const (
	hourMs = 3_600_000
	dayMs  = 24 * hourMs
)

// FaultKind is a kind of sensor fault.
type FaultKind string

// Sensor fault kinds.
const (
	FaultStuck     FaultKind = "stuck"            // one quantity stuck for 6–18 hours
	FaultStuckDay  FaultKind = "stuck-day"        // one quantity stuck all day
	FaultSpikes    FaultKind = "spikes"           // 2–5 isolated spikes on one quantity
	FaultRange     FaultKind = "out-of-range"     // humidity or temperature outside its physical range for 3–12 hours
	FaultRangeDay  FaultKind = "out-of-range-day" // humidity outside its physical range all day
	FaultMissing   FaultKind = "missing"          // 3–12 consecutive hours without any reading
	FaultClockJump FaultKind = "clock-jump"       // from an hour on, the clock runs 2–6 hours ahead
)

// FaultKinds returns every sensor fault kind.
func FaultKinds() []FaultKind {
	return []FaultKind{FaultStuck, FaultStuckDay, FaultSpikes, FaultRange, FaultRangeDay, FaultMissing, FaultClockJump}
}

// Fault is one injected sensor fault.
type Fault struct {
	Kind     FaultKind
	Quantity datpin.Quantity // the faulty quantity; 0 when every quantity is hit
	FromHour int             // first spoiled hour of the day
	Hours    int             // hours of the day the fault spoils
	JumpMs   int64           // how far the clock jumped (ClockJump)
}

// Spoiled is the share of the day the fault spoils.
func (f Fault) Spoiled() float64 { return float64(f.Hours) / 24 }

// WholeDay reports a fault that spoils the whole day.
func (f Fault) WholeDay() bool { return f.Hours >= 24 }

// InjectFault returns a faulty copy of day, the readings of one station's UTC day starting at
// dayStart (ms), with one fault of kind k, and the fault. Readings a clock jump pushes past
// the end of the day are returned in the copy too, with their new times. day is not modified.
func InjectFault(rng *rand.Rand, k FaultKind, day []datpin.Record, dayStart int64) ([]datpin.Record, Fault) {
	recs := slices.Clone(day)
	hour := func(r *datpin.Record) int { return int((r.Time - dayStart) / hourMs) }
	f := Fault{Kind: k}
	switch k {
	case FaultStuck, FaultStuckDay:
		f.Quantity = pickQuantity(rng, day, datpin.QuantityTemperatureC, datpin.QuantityHumidityPct, datpin.QuantityPressureHPa, datpin.QuantityWindMS)
		f.Hours = 24
		if k == FaultStuck {
			f.Hours = 6 + rng.IntN(13)
			f.FromHour = rng.IntN(24 - f.Hours + 1)
		}
		found, v := false, int64(0)
		for i := range recs {
			r := &recs[i]
			if r.Quantity != f.Quantity || hour(r) < f.FromHour || hour(r) >= f.FromHour+f.Hours {
				continue
			}
			if !found {
				found, v = true, r.ValueE3
				if f.Quantity == datpin.QuantityHumidityPct && v == 100_000 {
					v = 97_000 // stuck in fog would read as fog: stuck just below
				}
			}
			r.ValueE3 = v
		}
	case FaultSpikes:
		f.Quantity = pickQuantity(rng, day, datpin.QuantityTemperatureC, datpin.QuantityPressureHPa, datpin.QuantityHumidityPct)
		f.Hours = 2 + rng.IntN(4)
		// Spikes apart from each other, so each stands alone among its neighbours.
		hours := rng.Perm(8)[:f.Hours]
		for i := range hours {
			hours[i] = hours[i]*3 + rng.IntN(3)
		}
		slices.Sort(hours)
		f.FromHour = hours[0]
		for i := range recs {
			r := &recs[i]
			if r.Quantity == f.Quantity && slices.Contains(hours, hour(r)) {
				r.ValueE3 = spikeValue(rng, r.Quantity, r.ValueE3)
			}
		}
	case FaultRange, FaultRangeDay:
		f.Quantity = datpin.QuantityHumidityPct
		f.Hours = 24
		if k == FaultRange {
			if rng.IntN(2) == 0 {
				f.Quantity = datpin.QuantityTemperatureC
			}
			f.Hours = 3 + rng.IntN(10)
			f.FromHour = rng.IntN(24 - f.Hours + 1)
		}
		for i := range recs {
			r := &recs[i]
			if r.Quantity != f.Quantity || hour(r) < f.FromHour || hour(r) >= f.FromHour+f.Hours {
				continue
			}
			if f.Quantity == datpin.QuantityHumidityPct {
				r.ValueE3 = 101_000 + rng.Int64N(80_000)
			} else {
				r.ValueE3 = 61_000 + rng.Int64N(30_000)
			}
		}
	case FaultMissing:
		f.Hours = 3 + rng.IntN(10)
		f.FromHour = rng.IntN(24 - f.Hours + 1)
		recs = slices.DeleteFunc(recs, func(r datpin.Record) bool {
			return hour(&r) >= f.FromHour && hour(&r) < f.FromHour+f.Hours
		})
	case FaultClockJump:
		f.FromHour = 8 + rng.IntN(13)
		f.Hours = 24 - f.FromHour
		f.JumpMs = int64(2+rng.IntN(5)) * hourMs
		for i := range recs {
			if hour(&recs[i]) >= f.FromHour {
				recs[i].Time += f.JumpMs
			}
		}
	}
	return recs, f
}

// spikeValue moves v far from where it was, within the quantity's physical range.
func spikeValue(rng *rand.Rand, q datpin.Quantity, v int64) int64 {
	sign := int64(1)
	if rng.IntN(2) == 0 {
		sign = -1
	}
	// Offsets on the grid of a coarse sensor (0.1 °C, 1 hPa, 1 %), so the spike does not
	// change the series' resolution.
	switch q {
	case datpin.QuantityTemperatureC:
		return v + sign*100*(120+rng.Int64N(100))
	case datpin.QuantityPressureHPa:
		return v + sign*1000*(12+rng.Int64N(20))
	default: // humidity
		if v > 50_000 {
			return v - 1000*(40+rng.Int64N(min(v/1000-40, 10)+1))
		}
		return v + 1000*(40+rng.Int64N(10))
	}
}

// pickQuantity returns one of qs that day measures, at random; the first measured one if the pick is
// not; 0 if none is.
func pickQuantity(rng *rand.Rand, day []datpin.Record, qs ...datpin.Quantity) datpin.Quantity {
	has := func(q datpin.Quantity) bool {
		return slices.ContainsFunc(day, func(r datpin.Record) bool { return r.Quantity == q })
	}
	if q := qs[rng.IntN(len(qs))]; has(q) {
		return q
	}
	for _, q := range qs {
		if has(q) {
			return q
		}
	}
	return 0
}

// SplitDays splits readings into UTC days, in time order: the start of each day (ms) and its
// readings.
func SplitDays(recs []datpin.Record) ([]int64, [][]datpin.Record) {
	byDay := map[int64][]datpin.Record{}
	for _, r := range recs {
		d := r.Time - ((r.Time%dayMs)+dayMs)%dayMs
		byDay[d] = append(byDay[d], r)
	}
	starts := make([]int64, 0, len(byDay))
	for d := range byDay {
		starts = append(starts, d)
	}
	slices.Sort(starts)
	days := make([][]datpin.Record, len(starts))
	for i, d := range starts {
		days[i] = byDay[d]
	}
	return starts, days
}

// SynthWeather makes days of honest hourly readings of one weather station from startMs (a UTC
// midnight), at the resolutions of common stations: temperature 0.01 °C, relative humidity
// 1 % (it repeats for hours on calm nights and sits at 100 % in fog), pressure 0.001 hPa,
// wind 0.01 m/s (calm air reads 0) and rain 0.01 mm (mostly 0). The series follow a diurnal
// cycle with slow weather drifts.
func SynthWeather(rng *rand.Rand, station string, startMs int64, days int) []datpin.Record {
	var recs []datpin.Record
	drift, dew, press, wind, rain := 0.0, 0.0, 1013.0, 3.0, 0.0
	for h := range days * 24 {
		drift = 0.97*drift + 0.3*rng.NormFloat64()
		temp := 12 + 5*math.Sin(2*math.Pi*(float64(h%24)-9)/24) + drift
		dew = 0.95*dew + 0.05*(temp-4) + 0.15*rng.NormFloat64()
		dewPoint := min(dew, temp)
		rh := 100 * math.Exp(17.62*dewPoint/(243.12+dewPoint)-17.62*temp/(243.12+temp))
		press += 0.3*rng.NormFloat64() + 0.02*(1013-press)
		wind = max(0, wind+0.4*rng.NormFloat64()+0.05*(3-wind))
		switch {
		case rain > 0 && rng.Float64() < 0.25: // the shower ends
			rain = 0
		case rain > 0:
			rain = max(0.01, rain*math.Exp(0.5*rng.NormFloat64()))
		case rng.Float64() < 0.03: // a shower starts
			rain = math.Exp(rng.NormFloat64() - 1)
		}
		for _, qv := range [...]struct {
			q   datpin.Quantity
			v   float64
			res float64
		}{
			{datpin.QuantityTemperatureC, temp, 0.01},
			{datpin.QuantityHumidityPct, min(rh, 100), 1},
			{datpin.QuantityWindMS, wind, 0.01},
			{datpin.QuantityPrecipMM, rain, 0.01},
			{datpin.QuantityPressureHPa, press, 0.001},
		} {
			r := datpin.NewRecord(datpin.KindSensor)
			r.DeviceID = station
			r.Time = startMs + int64(h)*hourMs
			r.Quantity = qv.q
			r.ValueE3 = int64(math.Round(qv.v/qv.res)) * int64(math.Round(qv.res*1000))
			recs = append(recs, r)
		}
	}
	return recs
}
