package sim

import (
	"fmt"
	"math"

	"github.com/datpin/datpin"
)

// Plausible climate of the simulated city (°C): readings outside cannot be
// weather there. OutOfRangeSensor readings lie above PlausibleMaxC but within
// the physical limits records must respect.
const (
	PlausibleMinC = -15.0
	PlausibleMaxC = 35.0
)

// simulateSensors writes, per sensor and hour, a temperature and a relative
// humidity reading: a diurnal sine (peak at 15:00) plus an AR(1) weather
// drift and measurement noise; humidity falls as temperature rises.
func (n *Network) simulateSensors() {
	perm := n.rng.Perm(n.cfg.Sensors)
	labels := make([][]Kind, n.cfg.Sensors)
	next := 0
	for _, k := range sensorKinds {
		for range n.cfg.Adversaries[k] {
			labels[perm[next]] = append(labels[perm[next]], k)
			next++
		}
	}
	hours := n.hours()
	for i := range n.cfg.Sensors {
		x, y := n.inDisk(sensorRadiusM)
		s := sensor{id: fmt.Sprintf("SNS-%04d", i), pos: n.toLatLon(x, y), labels: labels[i]}
		s.truth = SensorTruth{ID: s.id, Location: s.pos, Labels: s.labels}
		mean := 9 + 3*n.rng.Float64()
		amp := 3 + 2*n.rng.Float64()
		temp := make([]float64, hours)
		hum := make([]float64, hours)
		drift := 0.0
		for h := range hours {
			drift = 0.95*drift + 0.25*n.rng.NormFloat64()
			t := mean + amp*math.Sin(2*math.Pi*(float64(h%24)-9)/24) + drift
			temp[h] = t + 0.2*n.rng.NormFloat64()
			hum[h] = clampF(82-2.5*(t-mean)+2*n.rng.NormFloat64(), 30, 100)
		}
		start := hours / 4
		if hours > 1 {
			start += n.rng.IntN(max(1, hours/4))
		}
		end := min(hours, start+max(6, hours/4))
		for _, k := range s.labels {
			switch k {
			case StuckSensor:
				for h := start; h < end; h++ {
					temp[h], hum[h] = temp[start], hum[start]
				}
				s.truth.AnomalyFromMs, s.truth.AnomalyToMs = n.hourMs(start), n.hourMs(end)
			case OutOfRangeSensor:
				for h := start; h < end; h++ {
					temp[h] = 45 + 10*n.rng.Float64()
				}
				s.truth.AnomalyFromMs, s.truth.AnomalyToMs = n.hourMs(start), n.hourMs(end)
			case SpikingSensor:
				spikes := max(3, hours/20)
				for _, h := range n.rng.Perm(hours)[:min(spikes, hours)] {
					temp[h] = math.Min(temp[h]+20+10*n.rng.Float64(), 58)
					s.truth.SpikesMs = append(s.truth.SpikesMs, n.hourMs(h))
				}
				sortInt64(s.truth.SpikesMs)
			}
		}
		for h := range hours {
			for _, qv := range []struct {
				q datpin.Quantity
				v float64
			}{{datpin.QuantityTemperatureC, temp[h]}, {datpin.QuantityHumidityPct, hum[h]}} {
				r := datpin.NewRecord(datpin.KindSensor)
				r.Time = n.hourMs(h) + 30*60*1000
				r.DeviceID = s.id
				r.LatE7, r.LonE7 = s.pos.LatE7, s.pos.LonE7
				r.Quantity = qv.q
				r.ValueE3 = int64(math.Round(qv.v * 1000))
				s.recs = append(s.recs, r)
			}
		}
		n.sensors = append(n.sensors, s)
	}
}

func (n *Network) hourMs(h int) int64 { return n.startMs() + int64(h)*3_600_000 }

func sortInt64(a []int64) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
