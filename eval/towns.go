package eval

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"strconv"
	"strings"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/sim"
)

// townSpacingM is the distance between neighbouring towns' centres: more than twice a town's
// radius (handsets roam 5 km), so no town hears another.
const townSpacingM = 20_000.0

// Network is the simulated network a scenario runs on: the records of every station and sensor
// per epoch, and the answer key. A network larger than one town is simulated as several towns,
// each a sim network of its own around its own centre, with ids made unique across towns.
type Network struct {
	Towns   int
	Batches []sim.Batch
	Truth   sim.GroundTruth
}

// townConfigs splits cfg into n towns: stations, handsets, sensors and adversaries shared out as
// evenly as possible (earlier towns take the remainders), each town on a centre of its own and
// with a seed of its own.
func townConfigs(cfg sim.Config, n int) []sim.Config {
	if n <= 1 {
		return []sim.Config{cfg}
	}
	share := func(total, t int) int { return total/n + b2i(t < total%n) }
	city := cfg.City
	if city == (sim.LatLon{}) {
		city = sim.Cork
	}
	// Towns on a square grid east and south of the first.
	side := int(math.Ceil(math.Sqrt(float64(n))))
	latE7PerM := 1e7 / 111_320.0
	lonE7PerM := latE7PerM / math.Cos(float64(city.LatE7)/1e7*math.Pi/180)
	out := make([]sim.Config, n)
	for t := range out {
		c := cfg
		c.Seed = cfg.Seed + uint64(t)*0x9e3779b97f4a7c15
		c.Stations, c.Devices, c.Sensors = share(cfg.Stations, t), share(cfg.Devices, t), share(cfg.Sensors, t)
		c.City = sim.LatLon{
			LatE7: city.LatE7 - int32(float64(t/side)*townSpacingM*latE7PerM),
			LonE7: city.LonE7 + int32(float64(t%side)*townSpacingM*lonE7PerM),
		}
		c.Adversaries = map[sim.Kind]int{}
		for k, v := range cfg.Adversaries {
			if s := share(v, t); s > 0 {
				c.Adversaries[k] = s
			}
		}
		out[t] = c
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Simulation is a network being simulated, town by town in parallel, so that a caller can feed
// the first towns to the edge while the others are still being simulated.
type Simulation struct {
	Towns   int
	cfgs    []sim.Config
	done    []chan struct{}
	batches [][]sim.Batch
	truth   []sim.GroundTruth
	errs    []error
}

// StartSimulation starts simulating the network of cfg split into towns of at most townSize
// stations (0: one town). One town is exactly sim.Run(cfg). In a network of several towns, town
// t's stations, handsets and sensors are numbered after those of the towns before it, so ids read
// as one network's.
func StartSimulation(cfg sim.Config, townSize int) *Simulation {
	n := 1
	if townSize > 0 && cfg.Stations > townSize {
		n = (cfg.Stations + townSize - 1) / townSize
	}
	s := &Simulation{Towns: n, cfgs: townConfigs(cfg, n), done: make([]chan struct{}, n),
		batches: make([][]sim.Batch, n), truth: make([]sim.GroundTruth, n), errs: make([]error, n)}
	var r relabel
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for t := range n {
		s.done[t] = make(chan struct{})
		rt := relabel{stations: r.stations, devices: r.devices, sensors: r.sensors, ids: map[string]string{}}
		r.stations += s.cfgs[t].Stations
		r.devices += s.cfgs[t].Devices
		r.sensors += s.cfgs[t].Sensors
		go func() {
			defer close(s.done[t])
			sem <- struct{}{} // towns start in order, as many at once as there are cores
			defer func() { <-sem }()
			net, err := sim.Run(s.cfgs[t])
			if err != nil {
				s.errs[t] = err
				return
			}
			s.truth[t], s.batches[t] = net.GroundTruth(), net.Records()
			if t > 0 {
				rt.truth(&s.truth[t])
				for i := range s.batches[t] {
					rt.batch(&s.batches[t][i])
				}
			}
		}()
	}
	return s
}

// Town waits for town t and returns its batches.
func (s *Simulation) Town(ctx context.Context, t int) ([]sim.Batch, error) {
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-s.done[t]:
	}
	return s.batches[t], s.errs[t]
}

// Days is the number of days simulated, StartEpoch the first.
func (s *Simulation) Days() int { return max(1, s.cfgs[0].Days) }

// StartEpoch is the first day simulated.
func (s *Simulation) StartEpoch() uint32 {
	if e := s.cfgs[0].StartEpoch; e != 0 {
		return e
	}
	return sim.DefaultStartEpoch
}

// Network waits for every town and returns the whole network.
func (s *Simulation) Network(ctx context.Context) (*Network, error) {
	out := &Network{Towns: s.Towns}
	for t := range s.Towns {
		bs, err := s.Town(ctx, t)
		if err != nil {
			return nil, err
		}
		out.Batches = append(out.Batches, bs...)
		if t == 0 {
			out.Truth = s.truth[0]
			continue
		}
		out.Truth.Stations = append(out.Truth.Stations, s.truth[t].Stations...)
		out.Truth.Sensors = append(out.Truth.Sensors, s.truth[t].Sensors...)
		out.Truth.Validators = append(out.Truth.Validators, s.truth[t].Validators...)
	}
	return out, nil
}

// Simulate simulates the network of cfg in towns of at most townSize stations (see
// StartSimulation) and returns it whole.
func Simulate(cfg sim.Config, townSize int) (*Network, error) {
	return StartSimulation(cfg, townSize).Network(context.Background())
}

// relabel renumbers one town's ids after those of the towns before it (stations, handsets and
// sensors already counted).
type relabel struct {
	stations, devices, sensors int
	ids                        map[string]string // station and sensor ids, old → new
}

// sim's id formats: stations "%05X" from 0xB0000, handsets "imsi-27201%06d", sensors "SNS-%04d".
const (
	stationBase  = 0xB0000
	handsetIDPre = "imsi-27201"
	sensorIDPre  = "SNS-"
)

func (r *relabel) truth(gt *sim.GroundTruth) {
	for i := range gt.Stations {
		s := &gt.Stations[i]
		r.ids[s.ID] = fmt.Sprintf("%05X", stationBase+r.stations+i)
	}
	for i := range gt.Sensors {
		r.ids[gt.Sensors[i].ID] = fmt.Sprintf("%s%04d", sensorIDPre, r.sensors+i)
	}
	for i := range gt.Stations {
		s := &gt.Stations[i]
		s.ID, s.CopyOf = r.id(s.ID), r.id(s.CopyOf)
		s.Replays = append([]sim.ReplayEvent(nil), s.Replays...)
		for k := range s.Replays {
			s.Replays[k].Source = r.id(s.Replays[k].Source)
		}
	}
	for i := range gt.Sensors {
		gt.Sensors[i].ID = r.id(gt.Sensors[i].ID)
	}
}

func (r *relabel) id(s string) string {
	if v, ok := r.ids[s]; ok {
		return v
	}
	return s
}

// handset renumbers a handset's IMSI-like id; anything else keeps a town suffix.
func (r *relabel) handset(s string) string {
	if s == "" {
		return s
	}
	if v, ok := r.ids[s]; ok { // a sensor reports under its own id
		return v
	}
	if rest, ok := strings.CutPrefix(s, handsetIDPre); ok {
		if k, err := strconv.Atoi(rest); err == nil {
			return fmt.Sprintf("%s%06d", handsetIDPre, r.devices+k)
		}
	}
	return fmt.Sprintf("%s@%d", s, r.stations)
}

func (r *relabel) batch(b *sim.Batch) {
	b.ID = r.id(b.ID)
	recs := make([]datpin.Record, len(b.Records))
	for i, rec := range b.Records {
		rec.DeviceID = r.handset(rec.DeviceID)
		if rec.StationID != "" {
			old := rec.StationID
			rec.StationID = r.id(old)
			if rest, ok := strings.CutPrefix(rec.CellID, old); ok {
				rec.CellID = rec.StationID + rest
			}
		}
		recs[i] = rec
	}
	b.Records = recs
}
