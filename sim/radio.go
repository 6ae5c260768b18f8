package sim

import "math"

// Radio parameters of the simulated LTE network.
const (
	FreqMHz       = 1800.0 // carrier frequency
	BaseHeightM   = 30.0   // base station antenna height
	MobileHeightM = 1.5    // handset antenna height
	ShadowSigmaDB = 8.0    // log-normal shadowing standard deviation

	// MetroCorrectionDB is COST-231's C_M for dense urban centres.
	MetroCorrectionDB = 3.0

	// rsEPREdBm is the reference-signal power per resource element: 46 dBm
	// spread over the 1200 subcarriers of a 20 MHz carrier.
	rsEPREdBm     = 46 - 30.79
	antennaGainDB = 15.0
	subcarriers   = 1200
	// noiseREdBm is thermal noise in one 15 kHz subcarrier plus a 7 dB
	// receiver noise figure: -174 + 10·log10(15000) + 7.
	noiseREdBm = -174 + 41.76 + 7

	bandwidthKHz  = 20_000
	maxSpectralEf = 5.5  // bit/s/Hz, 64-QAM with coding (the Shannon cap)
	overhead      = 0.75 // control channels, reference signals, guard bands
	minDistKm     = 0.05
	shadowGridM   = 50.0
)

// PathLossDB is the COST-231 Hata median path loss in dB at distance dKm
// (clamped below at 50 m) for the package's frequency and antenna heights:
//
//	L = 46.3 + 33.9·log10(f) − 13.82·log10(hb) − a(hm)
//	    + (44.9 − 6.55·log10(hb))·log10(d) + C_M
//	a(hm) = (1.1·log10(f) − 0.7)·hm − (1.56·log10(f) − 0.8)
//
// with f in MHz, hb and hm in m, d in km and C_M = 3 dB (urban). At 1 km it
// is about 139.2 dB.
func PathLossDB(dKm float64) float64 {
	d := math.Max(dKm, minDistKm)
	lf := math.Log10(FreqMHz)
	lhb := math.Log10(BaseHeightM)
	ahm := (1.1*lf-0.7)*MobileHeightM - (1.56*lf - 0.8)
	return 46.3 + 33.9*lf - 13.82*lhb - ahm + (44.9-6.55*lhb)*math.Log10(d) + MetroCorrectionDB
}

// MedianRSRPdBm is the median reference-signal power, in dBm, that a handset
// receives at dKm from a station of the simulated network: the per-subcarrier
// transmit power plus antenna gain, less PathLossDB. Shadowing scatters real
// samples around it with σ ShadowSigmaDB.
func MedianRSRPdBm(dKm float64) float64 { return rsEPREdBm + antennaGainDB - PathLossDB(dKm) }

// splitmix is the SplitMix64 finaliser, used to hash grid coordinates into
// reproducible random numbers.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// shadowDB is the log-normal shadowing (σ ShadowSigmaDB) between station st
// and a handset at (x, y) metres: a Gaussian fixed per 50 m square, so a
// place keeps its shadowing for the whole run.
func (n *Network) shadowDB(st int, x, y float64) float64 {
	gx := uint64(int64(math.Floor(x / shadowGridM)))
	gy := uint64(int64(math.Floor(y / shadowGridM)))
	h := splitmix(n.cfg.Seed ^ splitmix(uint64(st)+1) ^ splitmix(gx*0x100000001b3) ^ splitmix(gy*0xc2b2ae3d27d4eb4f+7))
	h2 := splitmix(h)
	u1 := (float64(h>>11) + 0.5) / (1 << 53)
	u2 := float64(h2>>11) / (1 << 53)
	return ShadowSigmaDB * math.Sqrt(-2*math.Log(u1)) * math.Cos(2*math.Pi*u2)
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
