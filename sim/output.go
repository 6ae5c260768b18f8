package sim

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/telemetry"
)

// ReplayEvent is one batch a Replay station resubmitted.
type ReplayEvent struct {
	Source  string `json:"source"`   // station whose batch was copied (may be itself)
	FromMs  int64  `json:"from_ms"`  // start of the copied hour, Unix ms
	ShiftMs int64  `json:"shift_ms"` // how far the copy was moved forward
	Records int    `json:"records"`
}

// StationTruth is what the simulation knows about a station.
type StationTruth struct {
	ID           string        `json:"id"`
	Location     LatLon        `json:"location"` // true
	Cell         string        `json:"cell"`     // H3 resolution-8 cell of Location
	Asserted     LatLon        `json:"asserted"`
	AssertedCell string        `json:"asserted_cell"`
	QualityBP    int           `json:"quality_bp"` // true service quality, 0..10000
	UptimeBP     int           `json:"uptime_bp"`
	OutageHours  []int64       `json:"outage_hours,omitempty"` // starts of hours off air, Unix ms
	Labels       []Kind        `json:"labels,omitempty"`
	CopyOf       string        `json:"copy_of,omitempty"` // Sybil: the station copied
	Replays      []ReplayEvent `json:"replays,omitempty"`
}

// SensorTruth is what the simulation knows about a sensor.
type SensorTruth struct {
	ID            string  `json:"id"`
	Location      LatLon  `json:"location"`
	Labels        []Kind  `json:"labels,omitempty"`
	AnomalyFromMs int64   `json:"anomaly_from_ms,omitempty"` // stuck / out-of-range window
	AnomalyToMs   int64   `json:"anomaly_to_ms,omitempty"`   // exclusive
	SpikesMs      []int64 `json:"spikes_ms,omitempty"`       // hours with a spike
}

// ValidatorTruth labels a simulated validator.
type ValidatorTruth struct {
	ID     string `json:"id"`
	Labels []Kind `json:"labels"`
}

// GroundTruth is the simulation's answer key.
type GroundTruth struct {
	Seed       uint64           `json:"seed"`
	StartEpoch uint32           `json:"start_epoch"`
	Days       int              `json:"days"`
	Stations   []StationTruth   `json:"stations"`
	Sensors    []SensorTruth    `json:"sensors"`
	Validators []ValidatorTruth `json:"validators"`
}

func cellHex(p LatLon) string {
	c, _ := privacy.Cell(p.LatE7, p.LonE7, h3Res)
	return fmt.Sprintf("%x", c)
}

// GroundTruth returns the answer key of the network.
func (n *Network) GroundTruth() GroundTruth {
	g := GroundTruth{Seed: n.cfg.Seed, StartEpoch: n.cfg.StartEpoch, Days: n.cfg.Days,
		Stations: []StationTruth{}, Sensors: []SensorTruth{}, Validators: append([]ValidatorTruth{}, n.vals...)}
	for i := range n.stations {
		s := &n.stations[i]
		t := StationTruth{ID: s.id, Location: s.truth, Cell: cellHex(s.truth), Asserted: s.asserted,
			AssertedCell: cellHex(s.asserted), QualityBP: s.quality, UptimeBP: s.uptime,
			Labels: s.labels, Replays: s.replays}
		for h := range n.hours() {
			if s.outage[h] {
				t.OutageHours = append(t.OutageHours, n.hourMs(h))
			}
		}
		if s.copyOf >= 0 {
			t.CopyOf = n.stations[s.copyOf].id
			t.OutageHours = nil
			for h := range n.hours() {
				if n.stations[s.copyOf].outage[h] {
					t.OutageHours = append(t.OutageHours, n.hourMs(h))
				}
			}
		}
		g.Stations = append(g.Stations, t)
	}
	for i := range n.sensors {
		g.Sensors = append(g.Sensors, n.sensors[i].truth)
	}
	return g
}

// Batch is one station's or sensor's records of one epoch (day), in time order.
type Batch struct {
	ID      string // station or sensor id
	Sensor  bool
	Epoch   uint32
	Records []datpin.Record
}

// Stream returns all records of one station (sessions and heartbeats) or
// sensor, in time order, or nil for an unknown id.
func (n *Network) Stream(id string) []datpin.Record {
	for i := range n.stations {
		if s := &n.stations[i]; s.id == id {
			out := append(append([]datpin.Record{}, s.sessions...), s.hearts...)
			sortRecords(out)
			return out
		}
	}
	for i := range n.sensors {
		if n.sensors[i].id == id {
			return append([]datpin.Record{}, n.sensors[i].recs...)
		}
	}
	return nil
}

// Records returns the network's records per station, then per sensor, and
// per epoch: stations and sensors in id order, epochs ascending.
func (n *Network) Records() []Batch {
	var out []Batch
	add := func(id string, sensor bool, recs []datpin.Record) {
		for _, r := range recs {
			e := uint32(r.Time / 86_400_000)
			if len(out) == 0 || out[len(out)-1].ID != id || out[len(out)-1].Epoch != e {
				out = append(out, Batch{ID: id, Sensor: sensor, Epoch: e})
			}
			b := &out[len(out)-1]
			b.Records = append(b.Records, r)
		}
	}
	for i := range n.stations {
		add(n.stations[i].id, false, n.Stream(n.stations[i].id))
	}
	for i := range n.sensors {
		add(n.sensors[i].id, true, n.sensors[i].recs)
	}
	return out
}

// WriteJSONL writes dir/station-<id>.jsonl per station, dir/sensor-<id>.jsonl
// per sensor (datpin JSON Lines, see telemetry.WriteJSONL) and
// dir/ground-truth.json. It creates dir if needed.
func (n *Network) WriteJSONL(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	write := func(name string, recs []datpin.Record) error {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		w := bufio.NewWriter(f)
		if err := telemetry.WriteJSONL(w, recs...); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := w.Flush(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	for i := range n.stations {
		if err := write("station-"+n.stations[i].id+".jsonl", n.Stream(n.stations[i].id)); err != nil {
			return err
		}
	}
	for i := range n.sensors {
		if err := write("sensor-"+n.sensors[i].id+".jsonl", n.sensors[i].recs); err != nil {
			return err
		}
	}
	b, err := json.MarshalIndent(n.GroundTruth(), "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "ground-truth.json"), append(b, '\n'), 0o644)
}
