package validator

import (
	"cmp"
	"context"
	"crypto/sha256"
	"slices"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/sim"
)

// simSubjects anonymizes a simulated network's batches as the edge does, one pseudonym secret
// per station or sensor, scores them, and returns them as subjects in the order of
// Network.Records, token ids from 1.
func simSubjects(t testing.TB, net *sim.Network) ([]*subject, []sim.Batch) {
	t.Helper()
	batches := net.Records()
	subs := make([]*subject, len(batches))
	for i, b := range batches {
		secret := sha256.Sum256([]byte("secret/" + b.ID))
		anon, err := privacy.NewAnonymizer(privacy.Config{Secret: secret[:]})
		if err != nil {
			t.Fatal(err)
		}
		pub, err := anon.Anonymize(b.Epoch, b.Records)
		if err != nil {
			t.Fatal(err)
		}
		sc := quality.ScoreContribution(datpin.ScoringRecords(pub), quality.Epoch(b.Epoch))
		var dev [20]byte
		copy(dev[:], b.ID)
		subs[i] = &subject{ev: &Evaluation{TokenID: uint64(i + 1), EdgeScore: sc.Score, Score: sc.Score, Trust: datpin.ScoreMax},
			id: uint64(i + 1), device: dev, epoch: b.Epoch, anchoredAt: uint64(1000 + i), recs: pub, kind: sc.Kind}
	}
	return subs, batches
}

// TestCrossCheck_SimulatedNetwork judges a simulated network with every kind of adversary: each
// station adversary is rejected every day with the reason of its fraud, each faulty sensor is
// caught on every day its defect shows, and no honest station or sensor loses a point.
//
// The edge already cuts a sensor day in proportion to the hours a fault spoils, so a faulty
// sensor is caught when the validators name its fault (the sensor reason of its kind) or agree
// on a score below a clean series' (the lowest edge score of the honest sensors that day: the
// simulator's sensors all follow one climate model, the faulty ones with the defect the ground
// truth records on top).
func TestCrossCheck_SimulatedNetwork(t *testing.T) {
	net, err := sim.Run(sim.Config{Seed: 11, Stations: 30, Devices: 150, Sensors: 10, Days: 2,
		Adversaries: map[sim.Kind]int{sim.LocationSpoof: 2, sim.ClaimInflation: 2, sim.Replay: 2, sim.Sybil: 2,
			sim.StuckSensor: 1, sim.SpikingSensor: 1, sim.OutOfRangeSensor: 1}})
	if err != nil {
		t.Fatal(err)
	}
	gt := net.GroundTruth()
	labels := map[string][]sim.Kind{}
	for _, s := range gt.Stations {
		labels[s.ID] = s.Labels
	}
	sensors := map[string]sim.SensorTruth{}
	for _, s := range gt.Sensors {
		labels[s.ID] = s.Labels
		sensors[s.ID] = s
	}
	subs, batches := simSubjects(t, net)
	v := &Validator{}
	if err := v.crossCheck(context.Background(), subs, NewMemHistory()); err != nil {
		t.Fatal(err)
	}
	// The score of a clean series each day: the lowest edge score of an honest sensor.
	clean := map[uint32]uint16{}
	for i, s := range subs {
		if batches[i].Sensor && len(labels[batches[i].ID]) == 0 {
			if c, ok := clean[batches[i].Epoch]; !ok || s.ev.EdgeScore < c {
				clean[batches[i].Epoch] = s.ev.EdgeScore
			}
		}
	}
	want := map[sim.Kind]string{sim.LocationSpoof: ReasonLocation, sim.ClaimInflation: ReasonClaims, sim.Replay: ReasonReplay, sim.Sybil: ReasonSybil,
		sim.StuckSensor: ReasonSensorStuck, sim.SpikingSensor: ReasonSensorSpike, sim.OutOfRangeSensor: ReasonSensorRange}
	shown := map[string]int{} // faulty sensors: days their defect shows
	for i, s := range subs {
		id, ev, epoch := batches[i].ID, s.ev, batches[i].Epoch
		ls := labels[id]
		switch {
		case len(ls) == 0:
			if ev.Score != ev.EdgeScore || ev.Trust != datpin.ScoreMax || ev.Reason != "" {
				t.Errorf("honest %s epoch %d: %+v", id, epoch, *ev)
			}
		case !batches[i].Sensor:
			if ev.Score != 0 || ev.Reason != want[ls[0]] {
				t.Errorf("%s (%s) epoch %d: %+v, want rejected for %s", id, ls[0], epoch, *ev, want[ls[0]])
			}
		case defectShows(sensors[id], epoch, stuckRunOf(s.recs)):
			shown[id]++
			if ev.Score > ev.EdgeScore {
				t.Errorf("%s (%s) epoch %d: validators lifted the edge's score: %+v", id, ls[0], epoch, *ev)
			}
			c, ok := clean[epoch]
			if !ok {
				t.Fatalf("epoch %d has no honest sensor to compare with", epoch)
			}
			if ev.Reason != want[ls[0]] && ev.Score >= c {
				t.Errorf("%s (%s) epoch %d not caught: %+v; want reason %s or a score below the clean %d", id, ls[0], epoch, *ev, want[ls[0]], c)
			}
			t.Logf("%s (%s) epoch %d: edge %d, agreed %d, trust %d, reason %q (clean %d)", id, ls[0], epoch, ev.EdgeScore, ev.Score, ev.Trust, ev.Reason, c)
		default:
			// A faulty sensor's day without its defect is judged like an honest one.
			if ev.Score != ev.EdgeScore || ev.Reason != "" {
				t.Errorf("%s (%s) epoch %d, a day without its defect: %+v", id, ls[0], epoch, *ev)
			}
		}
	}
	for _, s := range gt.Sensors {
		if len(s.Labels) > 0 && shown[s.ID] == 0 {
			t.Errorf("sensor %s (%s): its defect shows on no day; the scenario does not exercise it", s.ID, s.Labels[0])
		}
	}
}

// defectShows reports whether the ground truth puts a faulty sensor's defect in the given day:
// a spike, an hour of its out-of-range window, or at least stuckRun hours of its stuck window (a
// stuck run spilling fewer hours into the next day only repeats the previous day's last reading
// there, which a day judged alone cannot tell from weather).
func defectShows(s sim.SensorTruth, epoch uint32, stuckRun int) bool {
	from, to := int64(epoch)*86_400_000, int64(epoch+1)*86_400_000
	for _, ms := range s.SpikesMs {
		if ms >= from && ms < to {
			return true
		}
	}
	hours := (min(s.AnomalyToMs, to) - max(s.AnomalyFromMs, from)) / 3_600_000
	if slices.Contains(s.Labels, sim.StuckSensor) {
		return hours >= int64(stuckRun)
	}
	return hours > 0
}

// stuckRunOf is the fewest equal readings package quality calls stuck in the batch's series
// (the smallest over its series).
func stuckRunOf(recs []datpin.PublicRecord) int {
	var sc quality.Scorer
	ss := sc.ScoreSensors(datpin.ScoringRecords(recs), quality.Window{}, quality.SensorCadenceMs)
	run := 0
	for _, s := range ss.Series {
		if run == 0 || int(s.StuckRun) < run {
			run = int(s.StuckRun)
		}
	}
	return max(run, SensorStuckRun)
}

// TestCrossCheck_OrderAndRepeat: the verdicts do not depend on the order of the subjects given,
// and judging the same batch again against a history that already holds it changes nothing.
func TestCrossCheck_OrderAndRepeat(t *testing.T) {
	cfg := sim.Config{Seed: 5, Stations: 16, Devices: 80, Sensors: 4, Days: 2,
		Adversaries: map[sim.Kind]int{sim.Replay: 2, sim.Sybil: 2, sim.LocationSpoof: 1, sim.StuckSensor: 1}}
	judge := func(perm func([]*subject), hist History) []Evaluation {
		net, err := sim.Run(cfg)
		if err != nil {
			t.Fatal(err)
		}
		subs, _ := simSubjects(t, net)
		perm(subs)
		// EvaluateBatch hands crossCheck its subjects by token id; anchoring order is what varies.
		for i, s := range subs {
			s.anchoredAt = uint64(5000 - i)
		}
		slices.SortFunc(subs, func(a, b *subject) int { return cmp.Compare(a.id, b.id) })
		if err := (&Validator{}).crossCheck(context.Background(), subs, hist); err != nil {
			t.Fatal(err)
		}
		out := make([]Evaluation, len(subs))
		for i, s := range subs {
			out[i] = *s.ev
		}
		return out
	}
	h := NewMemHistory()
	a := judge(func([]*subject) {}, h)
	b := judge(func(s []*subject) { slices.Reverse(s) }, NewMemHistory())
	c := judge(func([]*subject) {}, h) // again, against a history that holds the batch
	flagged := 0
	for i := range a {
		if a[i] != b[i] || a[i] != c[i] {
			t.Fatalf("token %d: %+v, reversed anchoring %+v, repeated %+v", a[i].TokenID, a[i], b[i], c[i])
		}
		if a[i].Reason != "" {
			flagged++
		}
	}
	if flagged == 0 {
		t.Fatal("nothing flagged: the scenario does not exercise the cross-checks")
	}
}

// BenchmarkCrossCheck judges a simulated day of 60 stations and 20 sensors (one round) against a
// history holding the previous day; it reports contributions judged per second.
func BenchmarkCrossCheck(b *testing.B) {
	net, err := sim.Run(sim.Config{Seed: 1, Stations: 60, Devices: 300, Sensors: 20, Days: 2,
		Adversaries: map[sim.Kind]int{sim.Replay: 4, sim.Sybil: 4, sim.StuckSensor: 3}})
	if err != nil {
		b.Fatal(err)
	}
	subs, batches := simSubjects(b, net)
	var day0, day1 []*subject
	for i, s := range subs {
		if batches[i].Epoch == net.GroundTruth().StartEpoch {
			day0 = append(day0, s)
		} else {
			day1 = append(day1, s)
		}
	}
	h := NewMemHistory()
	if err := (&Validator{}).crossCheck(context.Background(), day0, h); err != nil {
		b.Fatal(err)
	}
	records := 0
	for _, s := range day1 {
		records += len(s.recs)
	}
	b.ResetTimer()
	for range b.N {
		if err := (&Validator{}).crossCheck(context.Background(), day1, h); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(day1)*b.N)/b.Elapsed().Seconds(), "contributions/s")
	b.ReportMetric(float64(records)/float64(len(day1)), "records/contribution")
}

// TestCrossCheck_DenseHonestNetwork: in a dense honest network (many stations sharing cells, few
// sessions an hour at night) no hour passes for a copy of another.
func TestCrossCheck_DenseHonestNetwork(t *testing.T) {
	net, err := sim.Run(sim.Config{Seed: 11, Stations: 120, Devices: 960, Days: 1})
	if err != nil {
		t.Fatal(err)
	}
	subs, batches := simSubjects(t, net)
	for _, s := range subs {
		if len(s.recs) > 1440 { // a station-day cut short, as a busy station's first batch would be
			s.recs = s.recs[:1440]
		}
	}
	if err := (&Validator{}).crossCheck(context.Background(), subs, NewMemHistory()); err != nil {
		t.Fatal(err)
	}
	for i, s := range subs {
		if s.ev.Reason != "" {
			t.Errorf("honest %s: %+v", batches[i].ID, *s.ev)
		}
	}
}
