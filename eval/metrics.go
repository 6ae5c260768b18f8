package eval

import (
	"math"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/sim"
	"github.com/datpin/datpin/validator"
)

// StationKinds and SensorKinds are the adversary kinds the metrics cover, in table order.
var (
	StationKinds = []sim.Kind{sim.LocationSpoof, sim.ClaimInflation, sim.Replay, sim.Sybil}
	SensorKinds  = []sim.Kind{sim.StuckSensor, sim.SpikingSensor, sim.OutOfRangeSensor}
)

// score sets every token against the ground truth and computes the metrics.
func score(res *Result, gt sim.GroundTruth, vd *Verdicts) {
	type who struct {
		id      string
		sensor  bool
		station *sim.StationTruth
		snsr    *sim.SensorTruth
	}
	byDevice := map[common.Address]who{}
	for i := range gt.Stations {
		t := &gt.Stations[i]
		byDevice[agent.DevStationAccount(t.ID).Address] = who{id: t.ID, station: t}
	}
	for i := range gt.Sensors {
		t := &gt.Sensors[i]
		byDevice[agent.DevStationAccount(t.ID).Address] = who{id: t.ID, sensor: true, snsr: t}
	}
	type stat struct{ sum, n int }
	agreed := map[string]*stat{}
	honestStation := map[string]int{} // id → true quality
	res.Adversaries = map[string]*KindResult{}
	for _, k := range append(append([]sim.Kind{}, StationKinds...), SensorKinds...) {
		if res.Options.Adversaries[k] > 0 {
			res.Adversaries[string(k)] = &KindResult{}
		}
	}
	var honestStationPen, honestSensorPen int
	for i := range res.Tokens {
		t := &res.Tokens[i]
		tok := vd.Tokens[i]
		oc, decided := vd.Outcomes[t.TokenID]
		switch {
		case oc.Finalized:
			t.Status = datpin.StatusFinalized.String()
		case decided:
			t.Status = datpin.StatusRejected.String()
		default:
			t.Status = datpin.StatusPending.String()
		}
		t.Epoch = tok.Epoch
		w, ok := byDevice[tok.Device]
		if !ok {
			continue
		}
		t.ID, t.Sensor = w.id, w.sensor
		t.Penalized = float64(oc.Agreed) < (1-PenaltyShare)*float64(t.EdgeScore)
		var labels []sim.Kind
		if w.station != nil {
			labels = w.station.Labels
			t.TrueQuality = w.station.QualityBP
			t.Instance = kindsToStrings(labels) // a station adversary cheats every day
		} else {
			labels = w.snsr.Labels
			t.Instance = kindsToStrings(observable(w.snsr, t.Epoch))
		}
		t.Labels = kindsToStrings(labels)
		if len(t.Instance) == 0 {
			res.HonestTokens++
			if t.Penalized {
				res.HonestFlagged++
				if t.Sensor {
					honestSensorPen++
				} else {
					honestStationPen++
				}
			}
		}
		for _, k := range t.Instance {
			kr := res.Adversaries[k]
			if kr == nil {
				continue
			}
			kr.Instances++
			if t.Penalized {
				kr.Penalized++
			}
		}
		if w.station != nil && len(labels) == 0 {
			honestStation[w.id] = w.station.QualityBP
			a := agreed[w.id]
			if a == nil {
				a = &stat{}
				agreed[w.id] = a
			}
			a.sum += int(oc.Agreed)
			a.n++
		}
	}
	for k, kr := range res.Adversaries {
		kr.FalsePos = honestStationPen
		if isSensorKind(sim.Kind(k)) {
			kr.FalsePos = honestSensorPen
		}
		kr.Recall = ratio(kr.Penalized, kr.Instances)
		kr.Precision = ratio(kr.Penalized, kr.Penalized+kr.FalsePos)
		if kr.Penalized+kr.FalsePos == 0 && kr.Instances == 0 {
			kr.Precision = 1
		}
	}
	var xs, ys []float64
	ids := make([]string, 0, len(honestStation))
	for id := range honestStation {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := agreed[id]
		xs = append(xs, float64(a.sum)/float64(a.n))
		ys = append(ys, float64(honestStation[id]))
	}
	res.HonestStations = len(ids)
	res.Spearman = Spearman(xs, ys)
}

// observable is the kinds of defect a sensor's readings of epoch show: at least
// validator.SensorStuckRun hours of a stuck run, an out-of-range hour, or a spike.
func observable(t *sim.SensorTruth, epoch uint32) []sim.Kind {
	lo, hi := int64(epoch)*86_400_000, int64(epoch+1)*86_400_000
	overlapHours := func() int64 {
		a, b := max(lo, t.AnomalyFromMs), min(hi, t.AnomalyToMs)
		if b <= a {
			return 0
		}
		return (b - a) / 3_600_000
	}
	var out []sim.Kind
	for _, k := range t.Labels {
		switch k {
		case sim.StuckSensor:
			if overlapHours() >= validator.SensorStuckRun {
				out = append(out, k)
			}
		case sim.OutOfRangeSensor:
			if overlapHours() > 0 {
				out = append(out, k)
			}
		case sim.SpikingSensor:
			for _, ms := range t.SpikesMs {
				if ms >= lo && ms < hi {
					out = append(out, k)
					break
				}
			}
		}
	}
	return out
}

func isSensorKind(k sim.Kind) bool {
	for _, s := range SensorKinds {
		if s == k {
			return true
		}
	}
	return false
}

func kindsToStrings(ks []sim.Kind) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = string(k)
	}
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Spearman is Spearman's rank correlation of xs and ys (ties get their mean rank): the Pearson
// correlation of the ranks. It is NaN for fewer than two pairs or a constant side.
func Spearman(xs, ys []float64) float64 {
	if len(xs) != len(ys) || len(xs) < 2 {
		return math.NaN()
	}
	return pearson(ranks(xs), ranks(ys))
}

func ranks(v []float64) []float64 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] < v[idx[b]] })
	r := make([]float64, len(v))
	for i := 0; i < len(idx); {
		j := i + 1
		for j < len(idx) && v[idx[j]] == v[idx[i]] {
			j++
		}
		mean := float64(i+j-1)/2 + 1
		for k := i; k < j; k++ {
			r[idx[k]] = mean
		}
		i = j
	}
	return r
}

func pearson(x, y []float64) float64 {
	n := float64(len(x))
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx, my = mx/n, my/n
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return math.NaN()
	}
	return sxy / math.Sqrt(sxx*syy)
}
