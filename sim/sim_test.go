package sim

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/telemetry"
)

var testCfg = Config{
	Seed: 42, Stations: 14, Devices: 40, Sensors: 6, Days: 2,
	Adversaries: map[Kind]int{
		LocationSpoof: 2, ClaimInflation: 1, Replay: 1, Sybil: 2,
		StuckSensor: 1, SpikingSensor: 1, OutOfRangeSensor: 1,
		LazyValidator: 1, AlwaysHighValidator: 1, CollusionValidator: 2,
	},
}

func run(t *testing.T, cfg Config) *Network {
	t.Helper()
	n, err := Run(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// readDir returns the files of dir by name.
func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = b
	}
	return out
}

func TestDeterminism(t *testing.T) {
	write := func(seed uint64) map[string][]byte {
		cfg := testCfg
		cfg.Seed = seed
		dir := t.TempDir()
		if err := run(t, cfg).WriteJSONL(dir); err != nil {
			t.Fatal(err)
		}
		return readDir(t, dir)
	}
	a, b, c := write(42), write(42), write(43)
	if len(a) != testCfg.Stations+testCfg.Sensors+1 {
		t.Fatalf("wrote %d files, want %d", len(a), testCfg.Stations+testCfg.Sensors+1)
	}
	for _, tc := range []struct {
		name  string
		other map[string][]byte
		same  bool
	}{
		{"same seed gives byte-identical output", b, true},
		{"different seed gives different output", c, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, f := range []string{"ground-truth.json", "station-B0000.jsonl", "sensor-SNS-0000.jsonl"} {
				if eq := bytes.Equal(a[f], tc.other[f]); eq != tc.same {
					t.Errorf("%s: equal=%v, want %v", f, eq, tc.same)
				}
			}
			if tc.same {
				for f := range a {
					if !bytes.Equal(a[f], tc.other[f]) {
						t.Errorf("%s differs", f)
					}
				}
			}
		})
	}
}

func TestPathLoss(t *testing.T) {
	// Hand computation at f = 1800 MHz, hb = 30 m, hm = 1.5 m, d = 1 km:
	// 33.9·log10(1800) = 110.354, 13.82·log10(30) = 20.414,
	// a(hm) = (1.1·3.25527 − 0.7)·1.5 − (1.56·3.25527 − 0.8) = 0.043,
	// L = 46.3 + 110.354 − 20.414 − 0.043 + 0 + 3 = 139.197 dB.
	tests := []struct {
		name string
		dKm  float64
		want float64
	}{
		{"cost231 at 1 km", 1, 139.197},
		{"cost231 at 10 km adds one decade of slope", 10, 139.197 + 44.9 - 6.55*math.Log10(30)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := PathLossDB(tc.dKm); math.Abs(got-tc.want) > 0.1 {
				t.Errorf("PathLossDB(%v) = %.3f, want %.3f", tc.dKm, got, tc.want)
			}
		})
	}
	t.Run("monotone in distance", func(t *testing.T) {
		prev := PathLossDB(0.05)
		for d := 0.06; d < 20; d *= 1.1 {
			if l := PathLossDB(d); l <= prev {
				t.Fatalf("PathLossDB(%.3f) = %.2f not above %.2f", d, l, prev)
			} else {
				prev = l
			}
		}
	})
}

func TestDevicesAttachToStrongestStation(t *testing.T) {
	n := run(t, testCfg)
	if len(n.samples) == 0 {
		t.Fatal("no samples")
	}
	for _, s := range n.samples {
		got := n.rsrpDBm(s.station, s.x, s.y)
		for i := range n.stations {
			if !n.stations[i].radiates || n.stations[i].outage[s.hour] {
				if i == s.station {
					t.Fatalf("attached to station %s, which is off air", n.stations[i].id)
				}
				continue
			}
			if p := n.rsrpDBm(i, s.x, s.y); p > got {
				t.Fatalf("attached at %.1f dBm while %s gives %.1f dBm", got, n.stations[i].id, p)
			}
		}
		r := n.stations[s.station].honest[s.rec]
		if r.StationID != n.stations[s.station].id {
			t.Fatalf("session names %s, attached to %s", r.StationID, n.stations[s.station].id)
		}
	}
}

func TestEveryRecordValidates(t *testing.T) {
	n := run(t, testCfg)
	kinds := map[datpin.RecordKind]int{}
	for _, b := range n.Records() {
		for i := range b.Records {
			r := &b.Records[i]
			if err := telemetry.Validate(r); err != nil {
				t.Fatalf("%s epoch %d record %d: %v", b.ID, b.Epoch, i, err)
			}
			if uint32(r.Time/86_400_000) != b.Epoch {
				t.Fatalf("%s: record of epoch %d in batch %d", b.ID, r.Time/86_400_000, b.Epoch)
			}
			if r.Kind == datpin.KindSession && r.StationID != b.ID {
				t.Fatalf("session of %s in %s's batch", r.StationID, b.ID)
			}
			kinds[r.Kind]++
		}
	}
	for _, k := range []datpin.RecordKind{datpin.KindSession, datpin.KindHeartbeat, datpin.KindSensor} {
		if kinds[k] == 0 {
			t.Errorf("no %s records", k)
		}
	}
	// The files parse back into the same records.
	dir := t.TempDir()
	if err := n.WriteJSONL(dir); err != nil {
		t.Fatal(err)
	}
	for _, s := range n.stations {
		var got []datpin.Record
		st, err := telemetry.ParsePath(filepath.Join(dir, "station-"+s.id+".jsonl"),
			func(r datpin.Record) error { got = append(got, r); return nil },
			func(e *datpin.RowError) { t.Errorf("bad row: %v", e) })
		if err != nil {
			t.Fatal(err)
		}
		if want := n.Stream(s.id); len(got) != len(want) {
			t.Fatalf("%s: parsed %d records (%+v), wrote %d", s.id, len(got), st, len(want))
		}
	}
}

func TestNoHeartbeatInOutageHour(t *testing.T) {
	n := run(t, testCfg)
	outages := 0
	for _, st := range n.GroundTruth().Stations {
		off := map[int64]bool{}
		for _, h := range st.OutageHours {
			off[h] = true
		}
		outages += len(off)
		beats := 0
		for _, r := range n.Stream(st.ID) {
			if r.Kind != datpin.KindHeartbeat {
				continue
			}
			beats++
			if h := r.Time - r.Time%3_600_000; off[h] {
				t.Errorf("%s: heartbeat at %d in an outage hour", st.ID, r.Time)
			}
		}
		if beats+len(off) != testCfg.Days*24 {
			t.Errorf("%s: %d heartbeats + %d outage hours != %d hours", st.ID, beats, len(off), testCfg.Days*24)
		}
	}
	if outages == 0 {
		t.Fatal("no outage in the run")
	}
}

func centroid(recs []datpin.Record) (LatLon, int) {
	var lat, lon float64
	k := 0
	for _, r := range recs {
		if r.Kind == datpin.KindSession {
			lat += float64(r.LatE7)
			lon += float64(r.LonE7)
			k++
		}
	}
	if k == 0 {
		return LatLon{}, 0
	}
	return LatLon{int32(lat / float64(k)), int32(lon / float64(k))}, k
}

func sessionsByHour(recs []datpin.Record) map[int64][]datpin.Record {
	out := map[int64][]datpin.Record{}
	for _, r := range recs {
		if r.Kind == datpin.KindSession {
			h := r.Time - r.Time%3_600_000
			out[h] = append(out[h], r)
		}
	}
	return out
}

func TestAdversaries(t *testing.T) {
	n := run(t, testCfg)
	g := n.GroundTruth()
	count := map[Kind]int{}
	for _, s := range g.Stations {
		for _, l := range s.Labels {
			count[l]++
		}
	}
	for _, s := range g.Sensors {
		for _, l := range s.Labels {
			count[l]++
		}
	}
	for _, v := range g.Validators {
		for _, l := range v.Labels {
			count[l]++
		}
	}
	t.Run("each kind appears as configured", func(t *testing.T) {
		for _, k := range append(append(append([]Kind{}, stationKinds...), sensorKinds...), validatorKinds...) {
			if count[k] != testCfg.Adversaries[k] {
				t.Errorf("%s: %d in ground truth, configured %d", k, count[k], testCfg.Adversaries[k])
			}
		}
	})
	byID := map[string]StationTruth{}
	for _, s := range g.Stations {
		byID[s.ID] = s
	}
	has := func(ls []Kind, k Kind) bool {
		for _, l := range ls {
			if l == k {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name  string
		kind  Kind
		check func(t *testing.T, s StationTruth)
	}{
		{"location spoof asserts a cell 3 km from its devices", LocationSpoof, func(t *testing.T, s StationTruth) {
			c, k := centroid(n.Stream(s.ID))
			if k == 0 {
				t.Fatal("no sessions")
			}
			if d := DistanceM(s.Asserted, c); d < 3000 {
				t.Errorf("asserted location %.0f m from its devices", d)
			}
			for _, r := range n.Stream(s.ID) {
				if r.Kind == datpin.KindHeartbeat && DistanceM(LatLon{r.LatE7, r.LonE7}, c) < 3000 {
					t.Fatalf("heartbeat at %d, %d is within 3 km of the devices", r.LatE7, r.LonE7)
				}
			}
			if s.AssertedCell == s.Cell {
				t.Error("asserted cell is the true cell")
			}
		}},
		{"claim inflation claims sessions no device reports", ClaimInflation, func(t *testing.T, s StationTruth) {
			recs := n.Stream(s.ID)
			hours := sessionsByHour(recs)
			for _, r := range recs {
				if r.Kind == datpin.KindHeartbeat {
					h := r.Time - r.Time%3_600_000
					if int(r.Sessions) <= len(hours[h]) {
						t.Errorf("heartbeat at %d claims %d sessions, devices report %d", r.Time, r.Sessions, len(hours[h]))
					}
				}
			}
		}},
		{"replayed batch equals an earlier one up to shift and perturbation", Replay, func(t *testing.T, s StationTruth) {
			if len(s.Replays) == 0 {
				t.Fatal("no replay events")
			}
			for _, ev := range s.Replays {
				// The batch as the source served it (its stream may also
				// hold replays, when a station replays itself).
				var src []datpin.Record
				for _, st := range n.stations {
					if st.id == ev.Source {
						src = sessionsByHour(st.honest)[ev.FromMs]
					}
				}
				if ev.ShiftMs <= 0 || len(src) == 0 || len(src) != ev.Records {
					t.Fatalf("event %+v: %d source records", ev, len(src))
				}
				// Find each source record in the replayer's stream, shifted.
				at := map[[2]any]datpin.Record{}
				for _, r := range n.Stream(s.ID) {
					if r.Kind == datpin.KindSession {
						at[[2]any{r.Time, r.DeviceID}] = r
					}
				}
				for _, o := range src {
					c, ok := at[[2]any{o.Time + ev.ShiftMs, o.DeviceID}]
					if !ok {
						t.Fatalf("no replay of %s at %d", o.DeviceID, o.Time+ev.ShiftMs)
					}
					if abs(c.RSRPdBm10-o.RSRPdBm10) > 5 || abs(c.SINRdB10-o.SINRdB10) > 3 ||
						abs(c.LatE7-o.LatE7) > 100 || abs(c.LonE7-o.LonE7) > 100 ||
						c.LatencyMs10 != o.LatencyMs10 || c.Active != o.Active {
						t.Fatalf("replay differs beyond perturbation:\n%+v\n%+v", o, c)
					}
				}
			}
		}},
		{"sybil copies its source's data", Sybil, func(t *testing.T, s StationTruth) {
			src, ok := byID[s.CopyOf]
			if !ok || len(src.Labels) != 0 {
				t.Fatalf("copy of %q, not an honest station", s.CopyOf)
			}
			a, b := n.Stream(s.ID), n.Stream(src.ID)
			if len(a) == 0 || len(a) != len(b) {
				t.Fatalf("%d records vs the source's %d", len(a), len(b))
			}
			for i := range a {
				x, y := a[i], b[i]
				x.StationID, x.CellID, y.StationID, y.CellID = "", "", "", ""
				if x.Kind == datpin.KindHeartbeat {
					x.LatE7, x.LonE7, y.LatE7, y.LonE7 = 0, 0, 0, 0
				}
				if x != y {
					t.Fatalf("record %d differs:\n%+v\n%+v", i, a[i], b[i])
				}
			}
			if s.QualityBP != 0 {
				t.Errorf("sybil true quality %d, want 0", s.QualityBP)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			seen := 0
			for _, s := range g.Stations {
				if has(s.Labels, tc.kind) {
					seen++
					tc.check(t, s)
				}
			}
			if seen == 0 {
				t.Fatalf("no %s station", tc.kind)
			}
		})
	}
	t.Run("honest stations are where they claim and score above zero", func(t *testing.T) {
		for _, s := range g.Stations {
			if len(s.Labels) == 0 && (s.Asserted != s.Location || s.QualityBP <= 0 || s.QualityBP > 10000) {
				t.Errorf("%s: %+v", s.ID, s)
			}
		}
	})

	sensorTests := []struct {
		name  string
		kind  Kind
		check func(t *testing.T, s SensorTruth, temps []datpin.Record)
	}{
		{"stuck sensor has a constant run", StuckSensor, func(t *testing.T, s SensorTruth, temps []datpin.Record) {
			run, best := 1, 1
			for i := 1; i < len(temps); i++ {
				if temps[i].ValueE3 == temps[i-1].ValueE3 {
					run++
					best = max(best, run)
				} else {
					run = 1
				}
			}
			if best < 6 {
				t.Errorf("longest constant run %d hours", best)
			}
		}},
		{"spiking sensor jumps 10 degrees within an hour", SpikingSensor, func(t *testing.T, s SensorTruth, temps []datpin.Record) {
			if len(s.SpikesMs) < 3 {
				t.Fatalf("%d spikes", len(s.SpikesMs))
			}
			jumps := 0
			for i := 1; i < len(temps); i++ {
				if d := temps[i].ValueE3 - temps[i-1].ValueE3; d > 10_000 || d < -10_000 {
					jumps++
				}
			}
			if jumps == 0 {
				t.Error("no jump")
			}
		}},
		{"out of range sensor exceeds the plausible climate", OutOfRangeSensor, func(t *testing.T, s SensorTruth, temps []datpin.Record) {
			out := 0
			for _, r := range temps {
				if float64(r.ValueE3)/1000 > PlausibleMaxC {
					out++
					if r.Time < s.AnomalyFromMs || r.Time >= s.AnomalyToMs {
						t.Errorf("implausible reading at %d outside the labelled window", r.Time)
					}
				}
			}
			if out == 0 {
				t.Error("no implausible reading")
			}
		}},
	}
	temps := func(id string) []datpin.Record {
		var out []datpin.Record
		for _, r := range n.Stream(id) {
			if r.Quantity == datpin.QuantityTemperatureC {
				out = append(out, r)
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Time < out[j].Time })
		return out
	}
	for _, tc := range sensorTests {
		t.Run(tc.name, func(t *testing.T) {
			seen := 0
			for _, s := range g.Sensors {
				if has(s.Labels, tc.kind) {
					seen++
					tc.check(t, s, temps(s.ID))
				}
			}
			if seen == 0 {
				t.Fatalf("no %s sensor", tc.kind)
			}
		})
	}
	t.Run("honest sensors stay plausible and change", func(t *testing.T) {
		for _, s := range g.Sensors {
			if len(s.Labels) != 0 {
				continue
			}
			ts := temps(s.ID)
			for i, r := range ts {
				v := float64(r.ValueE3) / 1000
				if v < PlausibleMinC || v > PlausibleMaxC {
					t.Errorf("%s: %.1f °C", s.ID, v)
				}
				if i > 0 && r.ValueE3 == ts[i-1].ValueE3 && i > 1 && ts[i-2].ValueE3 == r.ValueE3 {
					t.Errorf("%s: three equal readings", s.ID)
				}
			}
		}
	})
}

func TestConfigRules(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		ok   bool
	}{
		{"defaults fill in", Config{Seed: 1, Stations: 2, Devices: 3}, true},
		{"no station is an error", Config{Devices: 3}, false},
		{"unknown kind is an error", Config{Stations: 3, Adversaries: map[Kind]int{"x": 1}}, false},
		{"adversaries need an honest station", Config{Stations: 2, Adversaries: map[Kind]int{Replay: 1, Sybil: 1}}, false},
		{"more bad sensors than sensors is an error", Config{Stations: 2, Sensors: 1, Adversaries: map[Kind]int{StuckSensor: 2}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Run(tc.cfg)
			if (err == nil) != tc.ok {
				t.Errorf("err = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

func abs(v int32) int32 {
	if v < 0 {
		return -v
	}
	return v
}

func TestDiurnalLoadSlowsBusyHours(t *testing.T) {
	n := run(t, testCfg)
	var sum [24]float64
	var cnt [24]int
	for _, st := range n.stations {
		for _, r := range st.honest {
			if r.Active {
				h := int(r.Time/3_600_000) % 24
				sum[h] += float64(r.DownKbps)
				cnt[h]++
			}
		}
	}
	mean := func(from, to int) float64 {
		s, c := 0.0, 0
		for h := from; h < to; h++ {
			s, c = s+sum[h], c+cnt[h]
		}
		return s / float64(c)
	}
	night, busy := mean(2, 6), mean(15, 20)
	if night <= busy*1.2 {
		t.Errorf("night downlink %.0f kbit/s, busy hours %.0f kbit/s", night, busy)
	}
}
