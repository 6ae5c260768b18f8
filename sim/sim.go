package sim

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/privacy"
)

// Kind labels a kind of adversary in the ground truth.
type Kind string

// Station adversaries.
const (
	LocationSpoof  Kind = "location-spoof"  // asserted location ≥ 3 km from the true one
	ClaimInflation Kind = "claim-inflation" // heartbeats claim traffic no device reports
	Replay         Kind = "replay"          // resubmits an earlier batch, shifted and perturbed
	Sybil          Kind = "sybil"           // its data is a copy of another station's
)

// Sensor adversaries.
const (
	StuckSensor      Kind = "stuck-sensor"        // repeats one reading for hours
	SpikingSensor    Kind = "spiking-sensor"      // isolated jumps of 20 °C or more
	OutOfRangeSensor Kind = "out-of-range-sensor" // readings the local climate cannot produce
)

// Validator adversaries: labels only, for validator simulations.
const (
	LazyValidator       Kind = "lazy-validator"        // attests without checking
	AlwaysHighValidator Kind = "always-high-validator" // reports top scores for everything
	CollusionValidator  Kind = "colluding-validator"   // agrees with a cartel, not the data
)

var (
	stationKinds   = []Kind{LocationSpoof, ClaimInflation, Replay, Sybil}
	sensorKinds    = []Kind{StuckSensor, SpikingSensor, OutOfRangeSensor}
	validatorKinds = []Kind{LazyValidator, AlwaysHighValidator, CollusionValidator}
)

// LatLon is a position in 1e-7 degrees.
type LatLon struct {
	LatE7 int32 `json:"lat_e7"`
	LonE7 int32 `json:"lon_e7"`
}

// Cork is the default city centre.
var Cork = LatLon{518_985_000, -84_756_000}

// Config describes a network to simulate. Zero City, StartEpoch, Days and
// SampleSeconds take defaults (Cork, 2026-01-01, 1 day, 300 s).
type Config struct {
	Seed          uint64
	Stations      int // base stations, adversarial ones included
	Devices       int // handsets
	Sensors       int // IoT weather sensors
	Days          int
	StartEpoch    uint32 // first day, in days since 1970-01-01
	City          LatLon
	SampleSeconds int          // seconds between a handset's samples
	Adversaries   map[Kind]int // how many stations/sensors/validators of each kind
}

// DefaultStartEpoch is 2026-01-01.
const DefaultStartEpoch uint32 = 20454

const (
	stationRadiusM = 4000.0 // stations lie within this distance of the centre
	deviceRadiusM  = 5000.0 // handsets roam within this distance
	sensorRadiusM  = 5000.0
	h3Res          = 8
)

type station struct {
	id       string
	x, y     float64 // true position, metres east/north of the centre
	truth    LatLon
	asserted LatLon
	labels   []Kind
	radiates bool
	copyOf   int // Sybil: the station copied, else -1
	loadMul  float64
	backhaul float64      // kbit/s the station's backhaul carries
	delayMs  float64      // latency its backhaul adds
	outage   map[int]bool // absolute hours (0 = first hour of the run)
	honest   []datpin.Record
	sessions []datpin.Record // honest sessions plus replays / copies
	hearts   []datpin.Record
	replays  []ReplayEvent
	quality  int
	uptime   int
}

type sensor struct {
	id     string
	pos    LatLon
	labels []Kind
	recs   []datpin.Record
	truth  SensorTruth
}

// sample is one handset sample as simulated, kept for tests.
type sample struct {
	x, y    float64
	hour    int
	station int
	rec     int // index into the station's honest sessions
}

// Network is a simulated network: its records and its ground truth.
type Network struct {
	cfg      Config
	rng      *rand.Rand
	stations []station
	sensors  []sensor
	samples  []sample
	vals     []ValidatorTruth
}

func (c *Config) fill() error {
	if c.City == (LatLon{}) {
		c.City = Cork
	}
	if c.StartEpoch == 0 {
		c.StartEpoch = DefaultStartEpoch
	}
	if c.Days == 0 {
		c.Days = 1
	}
	if c.SampleSeconds == 0 {
		c.SampleSeconds = 300
	}
	if c.Stations < 1 || c.Devices < 0 || c.Sensors < 0 || c.Days < 0 || c.SampleSeconds < 1 {
		return fmt.Errorf("sim: need at least one station and non-negative counts")
	}
	if c.StartEpoch < 10957 || int(c.StartEpoch)+c.Days > 47482 {
		return fmt.Errorf("sim: epochs must lie in 2000..2099")
	}
	known := map[Kind]bool{}
	for _, k := range append(append(append([]Kind{}, stationKinds...), sensorKinds...), validatorKinds...) {
		known[k] = true
	}
	for k, n := range c.Adversaries {
		if !known[k] {
			return fmt.Errorf("sim: unknown adversary kind %q", k)
		}
		if n < 0 {
			return fmt.Errorf("sim: negative count for %q", k)
		}
	}
	ns, nsen := 0, 0
	for _, k := range stationKinds {
		ns += c.Adversaries[k]
	}
	for _, k := range sensorKinds {
		nsen += c.Adversaries[k]
	}
	if ns > c.Stations-1 {
		return fmt.Errorf("sim: %d adversarial stations need at least %d stations", ns, ns+1)
	}
	if nsen > c.Sensors {
		return fmt.Errorf("sim: %d adversarial sensors but only %d sensors", nsen, c.Sensors)
	}
	return nil
}

// Run simulates the network described by cfg. The same Config (seed
// included) always gives the same network, record for record.
func Run(cfg Config) (*Network, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	n := &Network{cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))}
	if err := n.placeStations(); err != nil {
		return nil, err
	}
	n.outages()
	n.simulateDevices()
	n.replays()
	n.sybils()
	n.heartbeats()
	n.qualities()
	n.simulateSensors()
	for _, k := range validatorKinds {
		for range cfg.Adversaries[k] {
			n.vals = append(n.vals, ValidatorTruth{ID: fmt.Sprintf("VAL-%02d", len(n.vals)), Labels: []Kind{k}})
		}
	}
	return n, nil
}

func (n *Network) startMs() int64 { return int64(n.cfg.StartEpoch) * 86_400_000 }
func (n *Network) hours() int     { return n.cfg.Days * 24 }

// toLatLon converts metres east/north of the centre to a position.
func (n *Network) toLatLon(x, y float64) LatLon {
	lat0 := float64(n.cfg.City.LatE7) / 1e7
	lat := lat0 + y/111_320
	lon := float64(n.cfg.City.LonE7)/1e7 + x/(111_320*math.Cos(lat0*math.Pi/180))
	return LatLon{int32(math.Round(lat * 1e7)), int32(math.Round(lon * 1e7))}
}

// DistanceM is the great-circle distance between two positions, in metres.
func DistanceM(a, b LatLon) float64 {
	const r = 6_371_000
	la1, la2 := float64(a.LatE7)/1e7*math.Pi/180, float64(b.LatE7)/1e7*math.Pi/180
	dla := la2 - la1
	dlo := (float64(b.LonE7) - float64(a.LonE7)) / 1e7 * math.Pi / 180
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

func (n *Network) inDisk(radius float64) (x, y float64) {
	r := radius * math.Sqrt(n.rng.Float64())
	a := 2 * math.Pi * n.rng.Float64()
	return r * math.Cos(a), r * math.Sin(a)
}

func (n *Network) placeStations() error {
	used := map[uint64]bool{}
	n.stations = make([]station, n.cfg.Stations)
	for i := range n.stations {
		s := &n.stations[i]
		s.id = fmt.Sprintf("%05X", 0xB0000+i)
		s.radiates, s.copyOf = true, -1
		s.loadMul = 0.7 + 0.6*n.rng.Float64()
		s.backhaul, s.delayMs = n.backhaulOf(i)
		for try := 0; ; try++ {
			s.x, s.y = n.inDisk(stationRadiusM)
			s.truth = n.toLatLon(s.x, s.y)
			c, err := privacy.Cell(s.truth.LatE7, s.truth.LonE7, h3Res)
			if err != nil {
				return err
			}
			if !used[c] || try > 100 {
				used[c] = true
				break
			}
		}
		s.asserted = s.truth
	}
	// Label distinct stations, in a fixed kind order.
	perm := n.rng.Perm(len(n.stations))
	next := 0
	for _, k := range stationKinds {
		for range n.cfg.Adversaries[k] {
			n.stations[perm[next]].labels = append(n.stations[perm[next]].labels, k)
			next++
		}
	}
	// Location spoofers assert a place 4.5..6 km from where they are.
	for i := range n.stations {
		s := &n.stations[i]
		if s.has(LocationSpoof) {
			d := 4500 + 1500*n.rng.Float64()
			a := 2 * math.Pi * n.rng.Float64()
			s.asserted = n.toLatLon(s.x+d*math.Cos(a), s.y+d*math.Sin(a))
		}
	}
	// Sybils copy the honest station nearest the centre and claim to stand
	// 300..800 m from it, further where the cells around are taken; they
	// radiate nothing.
	src, best := -1, math.Inf(1)
	for i := range n.stations {
		if d := math.Hypot(n.stations[i].x, n.stations[i].y); len(n.stations[i].labels) == 0 && d < best {
			src, best = i, d
		}
	}
	// Like every station they stand on a cell of their own.
	for i := range n.stations {
		s := &n.stations[i]
		if s.has(Sybil) {
			s.radiates, s.copyOf = false, src
			for try := 0; ; try++ {
				d := 300 + 500*n.rng.Float64() + 50*float64(try)
				a := 2 * math.Pi * n.rng.Float64()
				s.x, s.y = n.stations[src].x+d*math.Cos(a), n.stations[src].y+d*math.Sin(a)
				s.truth = n.toLatLon(s.x, s.y)
				c, err := privacy.Cell(s.truth.LatE7, s.truth.LonE7, h3Res)
				if err != nil {
					return err
				}
				if !used[c] || try > 100 {
					used[c] = true
					break
				}
			}
			s.asserted = s.truth
		}
	}
	return nil
}

func (s *station) has(k Kind) bool {
	for _, l := range s.labels {
		if l == k {
			return true
		}
	}
	return false
}

// outages takes about one station-day in three down for 1..4 hours.
func (n *Network) outages() {
	for i := range n.stations {
		s := &n.stations[i]
		s.outage = map[int]bool{}
		for d := range n.cfg.Days {
			if n.rng.Float64() < 0.35 {
				start, dur := n.rng.IntN(24), 1+n.rng.IntN(4)
				for h := start; h < start+dur && h < 24; h++ {
					s.outage[d*24+h] = true
				}
			}
		}
	}
}

// load is station i's share of resources in use during absolute hour h.
func (n *Network) load(i, h int) float64 {
	return clampF(diurnalLoad(float64(h%24)+0.5)*n.stations[i].loadMul, 0.05, 0.95)
}

type device struct {
	x, y, tx, ty float64
	speed        float64 // m/s
	pause        float64 // seconds left standing still
	driver       bool
}

func (n *Network) newTarget(d *device) {
	d.tx, d.ty = n.inDisk(deviceRadiusM)
	if d.driver {
		d.speed = 6 + 8*n.rng.Float64() // 22..50 km/h
	} else {
		d.speed = 1 + 0.7*n.rng.Float64() // 3.6..6 km/h
	}
}

// move advances d by dt seconds of random-waypoint motion.
func (n *Network) move(d *device, dt float64) {
	for dt > 0 {
		if d.pause > 0 {
			p := math.Min(d.pause, dt)
			d.pause -= p
			dt -= p
			continue
		}
		dist := math.Hypot(d.tx-d.x, d.ty-d.y)
		if dist <= d.speed*dt {
			d.x, d.y = d.tx, d.ty
			dt -= dist / d.speed
			d.pause = 600 * n.rng.Float64()
			n.newTarget(d)
			continue
		}
		f := d.speed * dt / dist
		d.x += (d.tx - d.x) * f
		d.y += (d.ty - d.y) * f
		dt = 0
	}
}

// simulateDevices moves the handsets and records one session per handset
// per sample, attached to the station received strongest.
func (n *Network) simulateDevices() {
	devs := make([]device, n.cfg.Devices)
	for i := range devs {
		d := &devs[i]
		d.driver = n.rng.Float64() < 0.3
		d.x, d.y = n.inDisk(deviceRadiusM)
		n.newTarget(d)
	}
	step := n.cfg.SampleSeconds
	total := n.cfg.Days * 86400
	rsrp := make([]float64, len(n.stations))
	for t := 0; t < total; t += step {
		hour := t / 3600
		for di := range devs {
			d := &devs[di]
			if t > 0 {
				n.move(d, float64(step))
			}
			best := n.attach(d.x, d.y, hour, rsrp)
			if best < 0 {
				continue
			}
			r := n.session(di, d, t, hour, best, rsrp)
			s := &n.stations[best]
			n.samples = append(n.samples, sample{d.x, d.y, hour, best, len(s.honest)})
			s.honest = append(s.honest, r)
		}
	}
}

// attach fills rsrp (NaN for stations off air) and returns the station
// received strongest, or -1 where no station reaches -130 dBm.
func (n *Network) attach(x, y float64, hour int, rsrp []float64) int {
	best := -1
	for i := range n.stations {
		s := &n.stations[i]
		if !s.radiates || s.outage[hour] {
			rsrp[i] = math.NaN()
			continue
		}
		rsrp[i] = n.rsrpDBm(i, x, y)
		if best < 0 || rsrp[i] > rsrp[best] {
			best = i
		}
	}
	if best >= 0 && rsrp[best] < -130 {
		return -1
	}
	return best
}

func (n *Network) session(di int, d *device, t, hour, best int, rsrp []float64) datpin.Record {
	rng := n.rng
	sig := dbToLin(rsrp[best])
	interf := 0.0
	for i, p := range rsrp {
		if i != best && !math.IsNaN(p) {
			interf += dbToLin(p) * n.load(i, hour)
		}
	}
	noise := dbToLin(noiseREdBm)
	sinr := clampF(linToDB(sig/(interf+noise)), -20, 40)
	rssi := linToDB(subcarriers * (sig + interf + noise))
	load := n.load(best, hour)

	r := datpin.NewRecord(datpin.KindSession)
	r.Time = n.startMs() + int64(t)*1000 + int64(rng.IntN(1000))
	r.DeviceID = fmt.Sprintf("imsi-27201%06d", di)
	r.StationID = n.stations[best].id
	r.CellID = n.stations[best].id + "-1"
	p := n.toLatLon(d.x, d.y)
	r.LatE7, r.LonE7 = p.LatE7, p.LonE7
	r.SpeedKmh = 0
	if d.pause == 0 {
		r.SpeedKmh = int32(math.Round(d.speed * 3.6))
	}
	r.Mode = datpin.ModeLTE
	r.RSRPdBm10 = int32(math.Round(clampF(rsrp[best], -140, -44) * 10))
	r.RSRQdB10 = int32(math.Round(clampF(20+rsrp[best]-rssi, -30, -3) * 10))
	r.SINRdB10 = int32(math.Round(sinr * 10))
	r.RSSIdBm10 = int32(math.Round(clampF(rssi, -120, -25) * 10))
	r.CQI = int32(clampF(math.Round((sinr+8)/2), 1, 15))
	r.Active = rng.Float64() < 0.45
	if r.Active {
		share := (1 - 0.85*load) * (0.9 + 0.2*rng.Float64())
		peak := throughputKbps(sinr)
		bh := n.stations[best].backhaul
		r.DownKbps = int32(math.Round(math.Min(peak, bh) * share))
		r.UpKbps = int32(math.Round(math.Min(math.Min(peak*0.3, 30_000), bh*0.3) * share))
	}
	lat := 18 + n.stations[best].delayMs + 45*load*load + 12*(1-clampF((sinr+5)/30, 0, 1)) + 4*rng.NormFloat64()
	r.LatencyMs10 = int32(math.Round(math.Max(lat, 8) * 10))
	r.JitterMs10 = int32(math.Round((1.5 + 12*load*load + rng.Float64()) * 10))
	loss := 1 + 40*math.Pow(load, 4) + 2*rng.Float64()
	if sinr < 0 {
		loss += 15
	}
	r.LossPermille = int32(math.Round(loss))
	return r
}

// replays injects, for each Replay station, one earlier hour's batch per
// day: sessions of itself or of another radiating station, shifted to a
// later hour and slightly perturbed.
func (n *Network) replays() {
	for i := range n.stations {
		n.stations[i].sessions = append([]datpin.Record(nil), n.stations[i].honest...)
	}
	for i := range n.stations {
		s := &n.stations[i]
		if !s.has(Replay) {
			continue
		}
		for d := range n.cfg.Days {
			target := d*24 + 6 + n.rng.IntN(18)
			// Candidate sources: itself first with even odds, else others.
			order := n.rng.Perm(len(n.stations))
			if n.rng.IntN(2) == 0 {
				order = append([]int{i}, order...)
			}
			for _, src := range order {
				if !n.stations[src].radiates || n.stations[src].has(Replay) && src != i {
					continue
				}
				from := n.busiestHourBefore(src, target)
				if from < 0 {
					continue
				}
				n.replay(i, src, from, target)
				break
			}
		}
	}
}

// busiestHourBefore is the hour before `before` in which station src served
// the most sessions, or -1.
func (n *Network) busiestHourBefore(src, before int) int {
	count := map[int]int{}
	for _, r := range n.stations[src].honest {
		h := int((r.Time - n.startMs()) / 3_600_000)
		if h < before {
			count[h]++
		}
	}
	best := -1
	for h := range before {
		if count[h] > 0 && (best < 0 || count[h] > count[best]) {
			best = h
		}
	}
	return best
}

func (n *Network) replay(i, src, from, target int) {
	s := &n.stations[i]
	shift := int64(target-from) * 3_600_000
	ev := ReplayEvent{Source: n.stations[src].id, FromMs: n.startMs() + int64(from)*3_600_000, ShiftMs: shift}
	for _, r := range n.stations[src].honest {
		if int((r.Time-n.startMs())/3_600_000) != from {
			continue
		}
		r.StationID, r.CellID = s.id, s.id+"-1"
		r.Time += shift
		r.RSRPdBm10 = min(max(r.RSRPdBm10+int32(n.rng.IntN(11))-5, -1400), -440)
		r.SINRdB10 = min(max(r.SINRdB10+int32(n.rng.IntN(7))-3, -200), 400)
		r.LatE7 += int32(n.rng.IntN(201)) - 100
		r.LonE7 += int32(n.rng.IntN(201)) - 100
		if r.DownKbps != datpin.Missing {
			r.DownKbps = int32(float64(r.DownKbps) * (0.98 + 0.04*n.rng.Float64()))
		}
		s.sessions = append(s.sessions, r)
		ev.Records++
	}
	s.replays = append(s.replays, ev)
}

// sybils gives each Sybil station a copy of its source's sessions.
func (n *Network) sybils() {
	for i := range n.stations {
		s := &n.stations[i]
		if s.copyOf < 0 {
			continue
		}
		for _, r := range n.stations[s.copyOf].sessions {
			r.StationID, r.CellID = s.id, s.id+"-1"
			s.sessions = append(s.sessions, r)
		}
	}
	for i := range n.stations {
		sortRecords(n.stations[i].sessions)
	}
}

func sortRecords(rs []datpin.Record) {
	sort.SliceStable(rs, func(a, b int) bool {
		if rs[a].Time != rs[b].Time {
			return rs[a].Time < rs[b].Time
		}
		return rs[a].DeviceID < rs[b].DeviceID
	})
}

// heartbeats writes one heartbeat per station per hour on air, at the end
// of the hour: sessions and distinct devices of the hour, and the served
// traffic as the mean aggregate rate (active sessions' rates summed over the
// hour's samples). Sybils copy their source's heartbeats; claim inflators
// multiply theirs.
func (n *Network) heartbeats() {
	perHour := float64(3600) / float64(n.cfg.SampleSeconds)
	for i := range n.stations {
		s := &n.stations[i]
		if s.copyOf >= 0 {
			continue
		}
		byHour := map[int][]int{}
		for k, r := range s.sessions {
			h := int((r.Time - n.startMs()) / 3_600_000)
			byHour[h] = append(byHour[h], k)
		}
		for h := range n.hours() {
			if s.outage[h] {
				continue
			}
			r := datpin.NewRecord(datpin.KindHeartbeat)
			r.Time = n.startMs() + int64(h+1)*3_600_000 - 1000
			r.StationID = s.id
			r.LatE7, r.LonE7 = s.asserted.LatE7, s.asserted.LonE7
			devs := map[string]bool{}
			var down, up float64
			for _, k := range byHour[h] {
				x := &s.sessions[k]
				devs[x.DeviceID] = true
				if x.Active {
					down += float64(x.DownKbps)
					up += float64(x.UpKbps)
				}
			}
			r.Sessions = int32(len(byHour[h]))
			r.Devices = int32(len(devs))
			r.DownKbps = int32(math.Round(down / perHour))
			r.UpKbps = int32(math.Round(up / perHour))
			if s.has(ClaimInflation) {
				r.Sessions = r.Sessions*3 + 20 + int32(n.rng.IntN(40))
				r.Devices += 5 + int32(n.rng.IntN(10))
				r.DownKbps = r.DownKbps*4 + 20_000 + int32(n.rng.IntN(40_000))
				r.UpKbps = r.UpKbps*4 + 3_000 + int32(n.rng.IntN(6_000))
			}
			s.hearts = append(s.hearts, r)
		}
	}
	for i := range n.stations {
		s := &n.stations[i]
		if s.copyOf < 0 {
			continue
		}
		for _, r := range n.stations[s.copyOf].hearts {
			r.StationID = s.id
			r.LatE7, r.LonE7 = s.asserted.LatE7, s.asserted.LonE7
			s.hearts = append(s.hearts, r)
		}
	}
}

// qualities scores each station's true service, in basis points, from the
// sessions it really served: 25 % signal (RSRP -120..-80 dBm), 25 % SINR
// (-5..25 dB), 30 % downlink (0..50 Mbit/s, active sessions), 20 % uptime.
// A station that serves nothing scores its uptime share only; a Sybil,
// which serves nothing and is never on air, scores 0.
func (n *Network) qualities() {
	for i := range n.stations {
		s := &n.stations[i]
		if !s.radiates {
			continue
		}
		up := 1 - float64(len(s.outage))/float64(n.hours())
		s.uptime = int(math.Round(up * 10000))
		var rsrp, sinr, down float64
		active := 0
		for _, r := range s.honest {
			rsrp += float64(r.RSRPdBm10) / 10
			sinr += float64(r.SINRdB10) / 10
			if r.Active {
				down += float64(r.DownKbps)
				active++
			}
		}
		q := 0.2 * up
		if k := float64(len(s.honest)); k > 0 {
			q += 0.25*clampF((rsrp/k+120)/40, 0, 1) + 0.25*clampF((sinr/k+5)/30, 0, 1)
			if active > 0 {
				q += 0.3 * clampF(down/float64(active)/50_000, 0, 1)
			}
		}
		s.quality = int(math.Round(q * 10000))
	}
}
