package sim

import (
	"math"

	"github.com/datpin/datpin/propagation"
)

// Radio parameters of the simulated LTE network beyond its propagation model (model below).
const (
	subcarriers = 1200
	// noiseREdBm is thermal noise in one 15 kHz subcarrier plus a 7 dB
	// receiver noise figure: -174 + 10·log10(15000) + 7.
	noiseREdBm = -174 + 41.76 + 7

	bandwidthKHz  = 20_000
	maxSpectralEf = 5.5  // bit/s/Hz, 64-QAM with coding (the Shannon cap)
	overhead      = 0.75 // control channels, reference signals, guard bands
	shadowGridM   = 50.0
)

// model is the network's propagation model: COST-231 Hata urban at 1800 MHz from a 30 m mast,
// 46 dBm over a 20 MHz carrier, log-normal shadowing of σ 8 dB (propagation.Default).
var model = propagation.Default

// PathLossDB is the median path loss in dB at distance dKm (propagation.Default: COST-231 Hata
// urban at 1800 MHz, 30 m mast, 1.5 m handset). At 1 km it is about 139.2 dB.
func PathLossDB(dKm float64) float64 { return model.PathLossDB(dKm) }

// MedianRSRPdBm is the median reference-signal power, in dBm, that a handset receives at dKm
// from a station of the simulated network. Shadowing scatters real samples around it with σ
// model.ShadowSigmaDB.
func MedianRSRPdBm(dKm float64) float64 { return model.MedianRSRPdBm(dKm) }

// splitmix is the SplitMix64 finaliser, used to hash grid coordinates into
// reproducible random numbers.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// shadowDB is the log-normal shadowing (σ model.ShadowSigmaDB) between station st
// and a handset at (x, y) metres: a Gaussian fixed per 50 m square, so a
// place keeps its shadowing for the whole run.
func (n *Network) shadowDB(st int, x, y float64) float64 {
	gx := uint64(int64(math.Floor(x / shadowGridM)))
	gy := uint64(int64(math.Floor(y / shadowGridM)))
	h := splitmix(n.cfg.Seed ^ splitmix(uint64(st)+1) ^ splitmix(gx*0x100000001b3) ^ splitmix(gy*0xc2b2ae3d27d4eb4f+7))
	h2 := splitmix(h)
	u1 := (float64(h>>11) + 0.5) / (1 << 53)
	u2 := float64(h2>>11) / (1 << 53)
	return model.ShadowSigmaDB * math.Sqrt(-2*math.Log(u1)) * math.Cos(2*math.Pi*u2)
}

// backhaulOf draws station i's backhaul: a capacity log-uniform between 10
// and 200 Mbit/s (microwave and DSL links up to fibre) and the latency it adds,
// up to 40 ms for the slowest. It hashes the seed and the index rather than
// drawing from the run's generator, so the rest of a network does not change
// with it.
func (n *Network) backhaulOf(i int) (kbps, delayMs float64) {
	h := splitmix(n.cfg.Seed^splitmix(uint64(i)+0xbac4)) >> 11
	u := float64(h) / (1 << 53)
	return 10_000 * math.Pow(20, u), 40 * (1 - u)
}

// rsrpDBm is the received reference-signal power from station st at (x, y).
func (n *Network) rsrpDBm(st int, x, y float64) float64 {
	s := &n.stations[st]
	d := math.Hypot(x-s.x, y-s.y) / 1000
	return MedianRSRPdBm(d) - n.shadowDB(st, x, y)
}

func dbToLin(db float64) float64 { return math.Pow(10, db/10) }
func linToDB(l float64) float64  { return 10 * math.Log10(l) }

// diurnalLoad is the share of a cell's resources in use at hour-of-day h
// (0..24): lowest around 04:00, highest around 16:00-20:00.
func diurnalLoad(h float64) float64 {
	return 0.12 + 0.6*(0.5-0.5*math.Cos(2*math.Pi*(h-4)/24)) + 0.1*math.Exp(-(h-20)*(h-20)/8)
}

// throughputKbps is a Shannon-like rate for a SINR (dB): spectral efficiency
// log2(1+SINR) capped at maxSpectralEf, times bandwidth and overhead.
func throughputKbps(sinrDB float64) float64 {
	se := math.Min(math.Log2(1+dbToLin(sinrDB)), maxSpectralEf)
	return bandwidthKHz * se * overhead
}

func clampF(v, lo, hi float64) float64 { return math.Min(math.Max(v, lo), hi) }
