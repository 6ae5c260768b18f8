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

// score sets every token against the ground truth and computes the metrics. A station token is
// penalized when its agreed score is more than PenaltyShare below the edge's claim; a sensor
// token (see sensorPenalized) against the score of a clean series instead, since the edge
// already cuts a faulty day itself.
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
	clean := cleanSensorScores(vd, func(d common.Address) bool {
		w, ok := byDevice[d]
		return ok && w.sensor && len(w.snsr.Labels) == 0
	})
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
		if w.sensor {
			ref, ok := clean[tok.Epoch]
			if !ok {
				ref = t.EdgeScore // no honest sensor that day: the edge's claim
			}
			t.Penalized = sensorPenalized(oc.Agreed, ref, t.Validator)
		} else {
			t.Penalized = float64(oc.Agreed) < (1-PenaltyShare)*float64(t.EdgeScore)
		}
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

// cleanSensorScores is, by epoch, the score a clean sensor series gets that day: the median edge
// score of the honest sensors' tokens (honest tells them by device). The simulator draws every
// sensor from one climate model, hourly all day, and a faulty sensor is such a series with its
// defect on top, so the honest sensors' scores are what the faulty one's clean series would get.
func cleanSensorScores(vd *Verdicts, honest func(common.Address) bool) map[uint32]uint16 {
	by := map[uint32][]uint16{}
	for _, tok := range vd.Tokens {
		if honest(tok.Device) {
			by[tok.Epoch] = append(by[tok.Epoch], tok.EdgeScore)
		}
	}
	out := make(map[uint32]uint16, len(by))
	for e, ss := range by {
		sort.Slice(ss, func(i, j int) bool { return ss[i] < ss[j] })
		out[e] = ss[len(ss)/2]
	}
	return out
}

// sensorReasons are the validators' reasons that name a sensor fault.
var sensorReasons = map[string]bool{
	validator.ReasonSensorStuck: true, validator.ReasonSensorSpike: true, validator.ReasonSensorRange: true,
	validator.ReasonSensorClock: true, validator.ReasonSensorBad: true,
}

// sensorPenalized reports whether a sensor token counts as penalized: the honest validators named
// a sensor fault (reason), or its agreed score is more than PenaltyShare below clean, the score
// of a clean series that day. The edge cuts a faulty day in proportion to the hours it spoils, so
// the edge's own claim is no reference for a sensor: a stuck day claimed and agreed at 7500 is
// caught.
func sensorPenalized(agreed, clean uint16, reason string) bool {
	return sensorReasons[reason] || float64(agreed) < (1-PenaltyShare)*float64(clean)
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
