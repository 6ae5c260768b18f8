package eval

import (
	"fmt"
	"math"
	"runtime"
	"strconv"
	"strings"
	"sync"

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

// Simulate runs the network of cfg split into towns of at most townSize stations (0: one town),
// the towns in parallel. One town is exactly sim.Run(cfg). In a network of several towns, town
// t's stations, handsets and sensors are renumbered after those of the towns before it, so ids
// read as one network's.
func Simulate(cfg sim.Config, townSize int) (*Network, error) {
	n := 1
	if townSize > 0 && cfg.Stations > townSize {
		n = (cfg.Stations + townSize - 1) / townSize
	}
	cfgs := townConfigs(cfg, n)
	nets := make([]*sim.Network, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for t := range cfgs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			nets[t], errs[t] = sim.Run(cfgs[t])
		}()
	}
	wg.Wait()
	out := &Network{Towns: n}
	var stations, devices, sensors int
	for t, net := range nets {
		if errs[t] != nil {
			return nil, errs[t]
		}
		gt := net.GroundTruth()
		bs := net.Records()
		if t == 0 {
			out.Truth = gt
		} else {
			r := relabel{stations: stations, devices: devices, sensors: sensors, ids: map[string]string{}}
			r.truth(&gt)
			for i := range bs {
				r.batch(&bs[i])
			}
			out.Truth.Stations = append(out.Truth.Stations, gt.Stations...)
			out.Truth.Sensors = append(out.Truth.Sensors, gt.Sensors...)
			out.Truth.Validators = append(out.Truth.Validators, gt.Validators...)
		}
		out.Batches = append(out.Batches, bs...)
		stations += cfgs[t].Stations
		devices += cfgs[t].Devices
		sensors += cfgs[t].Sensors
	}
	return out, nil
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
