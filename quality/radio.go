package quality

import "github.com/datpin/datpin"

// RadioTier is a radio quality tier.
type RadioTier uint8

const (
	RadioNoService RadioTier = iota // no usable service
	RadioPoor
	RadioFair
	RadioGood
	RadioExcellent
)

var radioTierNames = [...]string{"no-service", "poor", "fair", "good", "excellent"}

func (t RadioTier) String() string {
	if int(t) < len(radioTierNames) {
		return radioTierNames[t]
	}
	return "invalid"
}

// Score returns the tier's score in basis points: 0, 2500, 5000, 7500, 10000.
func (t RadioTier) Score() int32 { return int32(t) * 2500 }

// Tech is the threshold table a radio score used.
type Tech uint8

const (
	TechNone  Tech = iota // no radio metric measured
	TechLTE               // LTE (and unknown modes): RSRP, RSRQ, SINR
	TechNRSA              // NR standalone: RSRP, RSRQ, SINR fields hold SS-RSRP, SS-RSRQ, SS-SINR
	TechNRNSA             // NR non-standalone: LTE anchor (LTE table) and NR leg (NR table)
	Tech3G                // UMTS/HSPA: RSCP in the RSRP field, Ec/Io in the RSRQ field
	Tech2G                // GSM: RSSI
)

var techNames = [...]string{"none", "LTE", "NR-SA", "NR-NSA", "3G", "2G"}

func (t Tech) String() string {
	if int(t) < len(techNames) {
		return techNames[t]
	}
	return "invalid"
}

// thresholds are the lowest values, in 0.1 dB(m), of the excellent, good,
// fair and poor tiers; a value below the last is the tier under poor
// (no service for signal levels; poor for quality ratios, whose poor
// threshold is noFloor).
type thresholds [4]int32

const noFloor = -1 << 30

// Caps of legacy technologies: a 3G or 2G link cannot give broadband service however strong
// its signal.
const (
	cap3G = RadioGood
	cap2G = RadioFair
)

var (
	lteRSRP  = thresholds{-800, -900, -1000, -1100}
	lteRSRQ  = thresholds{-100, -150, -200, noFloor}
	lteSINR  = thresholds{200, 130, 0, noFloor}
	nrRSRP   = thresholds{-800, -900, -1000, -1150}
	nrRSRQ   = thresholds{-100, -150, -200, noFloor}
	nrSINR   = thresholds{200, 130, 0, noFloor}
	umtsRSCP = thresholds{-700, -850, -1000, -1100}
	umtsEcIo = thresholds{-60, -100, -200, noFloor}
	gsmRSSI  = thresholds{-700, -850, -1000, -1100}
)

// tier counts the thresholds v reaches: branch-free, as radio values jump
// between tiers from one sample to the next.
func (th *thresholds) tier(v int32) RadioTier {
	return RadioTier(b2u(v >= th[0]) + b2u(v >= th[1]) + b2u(v >= th[2]) + b2u(v >= th[3]))
}

func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// Radio metrics, in the fixed order used to name the deciding metric.
const (
	mRSRP = iota
	mRSRQ
	mSINR
	mNRRSRP
	mNRRSRQ
	mRSSI
	radioMetrics
)

var radioMetricInput = [radioMetrics]Inputs{InRSRP, InRSRQ, InSINR, InNRRSRP, InNRRSRQ, InRSSI}

// RadioResult explains a radio score.
type RadioResult struct {
	Tier    RadioTier
	Score   int32 // the tier's score, basis points (0 when nothing was measured)
	Tech    Tech  // the threshold table used
	Present bool  // at least one metric was measured
	Capped  bool  // the tier was lowered to the cap of a legacy technology
	Worst   Inputs
	Used    Inputs
	Missing Inputs
	// Tiers holds each metric's tier in the order rsrp, rsrq, sinr, nr_rsrp,
	// nr_rsrq, rssi; only metrics in Used are meaningful.
	Tiers [radioMetrics]RadioTier
}

// Radio scores the radio link of a session record by the minimum rule: each
// measured metric gets a tier from its technology's table and the worst
// metric decides. Missing metrics are skipped and listed in Missing; with
// none measured, Present is false and the score 0. 3G is capped at good and
// 2G at fair: a legacy technology cannot give broadband service however
// strong its signal.
func Radio(r *datpin.Record) RadioResult {
	var res RadioResult
	radio(r, &res)
	return res
}

// radio fills a zero RadioResult in place (ScoreSession avoids the copies).
func radio(r *datpin.Record, res *RadioResult) {
	res.Tier = RadioExcellent
	capTier := RadioExcellent
	switch r.Mode {
	case datpin.ModeNR:
		if r.NRRSRPdBm10 != datpin.Missing || r.NRRSRQdB10 != datpin.Missing {
			res.Tech = TechNRNSA
			res.add(mRSRP, r.RSRPdBm10, &lteRSRP)
			res.add(mRSRQ, r.RSRQdB10, &lteRSRQ)
			res.add(mSINR, r.SINRdB10, &lteSINR)
			res.add(mNRRSRP, r.NRRSRPdBm10, &nrRSRP)
			res.add(mNRRSRQ, r.NRRSRQdB10, &nrRSRQ)
		} else {
			res.Tech = TechNRSA
			res.add(mRSRP, r.RSRPdBm10, &nrRSRP)
			res.add(mRSRQ, r.RSRQdB10, &nrRSRQ)
			res.add(mSINR, r.SINRdB10, &nrSINR)
		}
	case datpin.Mode3G:
		res.Tech = Tech3G
		res.add(mRSRP, r.RSRPdBm10, &umtsRSCP)
		res.add(mRSRQ, r.RSRQdB10, &umtsEcIo)
		capTier = cap3G
	case datpin.Mode2G:
		res.Tech = Tech2G
		res.add(mRSSI, r.RSSIdBm10, &gsmRSSI)
		capTier = cap2G
	default:
		res.Tech = TechLTE
		res.add(mRSRP, r.RSRPdBm10, &lteRSRP)
		res.add(mRSRQ, r.RSRQdB10, &lteRSRQ)
		res.add(mSINR, r.SINRdB10, &lteSINR)
	}
	if !res.Present {
		res.Tier, res.Tech = RadioNoService, TechNone
		return
	}
	if res.Tier > capTier {
		res.Tier, res.Capped = capTier, true
	}
	res.Score = res.Tier.Score()
}

// add tiers metric m (value v) by th, keeping the first worst metric.
func (res *RadioResult) add(m int, v int32, th *thresholds) {
	in := radioMetricInput[m]
	if v == datpin.Missing {
		res.Missing |= in
		return
	}
	t := th.tier(v)
	res.Tiers[m] = t
	res.Used |= in
	if t < res.Tier || !res.Present {
		res.Tier, res.Worst = t, in
	}
	res.Present = true
}
