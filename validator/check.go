package validator

import (
	"cmp"
	"math"
	"slices"
	"sort"

	"github.com/uber/h3-go/v4"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/sim"
)

// Reasons of the cross-checks. A rejection scores 0; a down-weighting multiplies the re-computed
// quality score by Evaluation.Trust.
const (
	ReasonClaims      = "claims-unsupported"    // heartbeats claim sessions or devices the package does not report
	ReasonLocation    = "location-implausible"  // the sessions' power cannot come from the asserted place
	ReasonReplay      = "replayed-sessions"     // an hour of sessions copies an earlier hour, its own or another's
	ReasonSybil       = "sybil-copy"            // the whole batch copies another station's, which fits its place better
	ReasonSensorStuck = "sensor-stuck"          // runs of identical readings
	ReasonSensorSpike = "sensor-spikes"         // isolated jumps away from the neighbouring readings
	ReasonSensorRange = "sensor-out-of-climate" // far from every other sensor's reading of the same hour
	ReasonSensorBad   = "sensor-faulty"         // defects in more than MaxSensorDefects of the readings
)

// Thresholds of the cross-checks. docs/FRAUD.md explains each.
const (
	// ClaimSlack and ClaimSlackAbs: an hour over-claims when its heartbeat's sessions exceed
	// ClaimSlack × the sessions reported in that hour plus ClaimSlackAbs (devices likewise).
	ClaimSlack    = 1.25
	ClaimSlackAbs = 5
	// MinOverclaimedHours: a station is rejected when at least this many hours, and at least a
	// quarter of its heartbeat hours, over-claim.
	MinOverclaimedHours = 3

	// ShadowMarginSigmas is the shadowing margin above the median path loss beyond which received
	// power is impossible.
	ShadowMarginSigmas = 3.0
	// CellSlackKm is how much nearer than their cell centres two H3 resolution-8 positions may be
	// (twice the largest circumradius, rounded up).
	CellSlackKm = 1.1
	// MaxImpossibleShare of a station's sessions may exceed the physical bound (shadowing tails,
	// cell quantization) before its place is implausible; MinPlaceSessions are needed to judge.
	MaxImpossibleShare = 0.10
	MinPlaceSessions   = 20
	// FitSessions is the fewest strongest sessions the fit of a place averages over.
	FitSessions = 5

	// MinSybilBlocks: two contributions are one source when at least this many of their hours,
	// and at least half of the smaller one's comparable hours, are same-time duplicates.
	MinSybilBlocks = 3

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

// subject is one decrypted contribution that passed the integrity checks.
type subject struct {
	ev         *Evaluation
	id         uint64
	device     [20]byte
	epoch      uint32
	anchoredAt uint64
	recs       []datpin.PublicRecord
	kind       datpin.RecordKind
	fp         Fingerprint
	fit        float64
}

func majorityKind(recs []datpin.PublicRecord) datpin.RecordKind {
	var n [4]int
	for i := range recs {
		if k := recs[i].Kind; k >= datpin.KindSession && k <= datpin.KindSensor {
			n[k]++
		}
	}
	k := datpin.KindSession
	if n[datpin.KindHeartbeat] > n[k] {
		k = datpin.KindHeartbeat
	}
	if n[datpin.KindSensor] > n[k] {
		k = datpin.KindSensor
	}
	return k
}

// checkClaims compares each heartbeat's claimed sessions and devices with the sessions the
// package reports in the hour before it.
func checkClaims(recs []datpin.PublicRecord) (overclaimed, hours int) {
	type tally struct {
		sessions int
		devices  map[[16]byte]struct{}
	}
	byHour := map[int64]*tally{}
	for i := range recs {
		r := &recs[i]
		if r.Kind != datpin.KindSession {
			continue
		}
		h := floorDiv(r.Time, hourMs)
		t := byHour[h]
		if t == nil {
			t = &tally{devices: map[[16]byte]struct{}{}}
			byHour[h] = t
		}
		t.sessions++
		t.devices[r.Pseudonym] = struct{}{}
	}
	for i := range recs {
		r := &recs[i]
		if r.Kind != datpin.KindHeartbeat || r.Sessions == datpin.Missing {
			continue
		}
		hours++
		// A heartbeat reports the hour that ends at it.
		var got tally
		if t := byHour[floorDiv(r.Time, hourMs)]; t != nil {
			got = *t
		}
		over := float64(r.Sessions) > ClaimSlack*float64(got.sessions)+ClaimSlackAbs
		if r.Devices != datpin.Missing && float64(r.Devices) > ClaimSlack*float64(len(got.devices))+ClaimSlackAbs {
			over = true
		}
		if over {
			overclaimed++
		}
	}
	return overclaimed, hours
}

// place is a station's asserted place checked against the physics of its sessions.
type place struct {
	cell       uint64  // asserted H3 cell (the heartbeats' most common one), 0 if none
	sessions   int     // sessions with a cell and an RSRP
	impossible int     // of which received above the physical bound
	fit        float64 // km from the asserted cell to the strongest sessions (lower fits better)
}

// RadioModel is the propagation model the location check applies: the median received power at a
// distance and the shadowing spread around it. The default is the network simulator's model
// (COST-231 Hata at 1800 MHz with σ 8 dB).
type RadioModel struct {
	MedianRSRPdBm func(dKm float64) float64
	SigmaDB       float64
}

// DefaultRadio is the model of sim: COST-231 Hata urban, 1800 MHz, σ 8 dB.
var DefaultRadio = RadioModel{MedianRSRPdBm: sim.MedianRSRPdBm, SigmaDB: sim.ShadowSigmaDB}

// checkPlace counts the sessions whose RSRP exceeds what the model allows at the shortest
// distance between their cell and the asserted one (median + ShadowMarginSigmas σ), and
// measures the fit of the asserted place: the mean distance, in km, from its cell to the cells of
// the strongest tenth of the sessions (at least FitSessions of them). Received power falls
// steeply with distance, so a transmitter's strongest samples come from around it: whoever
// copies a station's data and asserts another place sits away from them.
func checkPlace(recs []datpin.PublicRecord, m RadioModel) place {
	var p place
	counts := map[uint64]int{}
	for i := range recs {
		if recs[i].Kind == datpin.KindHeartbeat && recs[i].H3Cell != 0 {
			counts[recs[i].H3Cell]++
		}
	}
	for c, n := range counts {
		if n > counts[p.cell] || n == counts[p.cell] && c < p.cell {
			p.cell = c
		}
	}
	if p.cell == 0 || !h3.Cell(p.cell).IsValid() {
		p.cell = 0
		return p
	}
	at := h3.Cell(p.cell).LatLng()
	type cellFacts struct {
		d     float64 // km between cell centres, NaN for an invalid cell
		bound int32   // the most RSRP (0.1 dBm) possible from the asserted place
	}
	facts := map[uint64]cellFacts{}
	type strong struct {
		rsrp int32
		t    int64
		d    float64
	}
	var ss []strong
	for i := range recs {
		r := &recs[i]
		if r.Kind != datpin.KindSession || r.H3Cell == 0 || r.RSRPdBm10 == datpin.Missing {
			continue
		}
		f, ok := facts[r.H3Cell]
		if !ok {
			f.d = math.NaN()
			if c := h3.Cell(r.H3Cell); c.IsValid() {
				f.d = h3.GreatCircleDistanceKm(at, c.LatLng())
				f.bound = int32(math.Floor((m.MedianRSRPdBm(max(f.d-CellSlackKm, 0)) + ShadowMarginSigmas*m.SigmaDB) * 10))
			}
			facts[r.H3Cell] = f
		}
		if math.IsNaN(f.d) {
			continue
		}
		p.sessions++
		if r.RSRPdBm10 > f.bound {
			p.impossible++
		}
		ss = append(ss, strong{r.RSRPdBm10, r.Time, f.d})
	}
	if len(ss) == 0 {
		return p
	}
	slices.SortFunc(ss, func(a, b strong) int {
		if a.rsrp != b.rsrp {
			return int(b.rsrp - a.rsrp)
		}
		if a.t != b.t {
			return cmp.Compare(a.t, b.t)
		}
		return cmp.Compare(a.d, b.d)
	})
	k := min(len(ss), max(FitSessions, len(ss)/10))
	var sum float64
	for _, x := range ss[:k] {
		sum += x.d
	}
	p.fit = sum / float64(k)
	return p
}

func (p place) implausible() bool {
	return p.sessions >= MinPlaceSessions && float64(p.impossible) > MaxImpossibleShare*float64(p.sessions)
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
