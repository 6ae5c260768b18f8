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

func (th *thresholds) tier(v int32) RadioTier {
	switch {
	case v >= th[0]:
		return RadioExcellent
	case v >= th[1]:
		return RadioGood
	case v >= th[2]:
		return RadioFair
	case v >= th[3]:
		return RadioPoor
	}
	return RadioNoService
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
	var table [radioMetrics]*thresholds
	capTier := RadioExcellent
	switch r.Mode {
	case datpin.ModeNR:
		if r.NRRSRPdBm10 != datpin.Missing || r.NRRSRQdB10 != datpin.Missing {
			res.Tech = TechNRNSA
			table[mRSRP], table[mRSRQ], table[mSINR] = &lteRSRP, &lteRSRQ, &lteSINR
			table[mNRRSRP], table[mNRRSRQ] = &nrRSRP, &nrRSRQ
		} else {
			res.Tech = TechNRSA
			table[mRSRP], table[mRSRQ], table[mSINR] = &nrRSRP, &nrRSRQ, &nrSINR
		}
	case datpin.Mode3G:
		res.Tech = Tech3G
		table[mRSRP], table[mRSRQ] = &umtsRSCP, &umtsEcIo
		capTier = RadioGood
	case datpin.Mode2G:
		res.Tech = Tech2G
		table[mRSSI] = &gsmRSSI
		capTier = RadioFair
	default:
		res.Tech = TechLTE
		table[mRSRP], table[mRSRQ], table[mSINR] = &lteRSRP, &lteRSRQ, &lteSINR
	}
	values := [radioMetrics]int32{r.RSRPdBm10, r.RSRQdB10, r.SINRdB10, r.NRRSRPdBm10, r.NRRSRQdB10, r.RSSIdBm10}
	res.Tier = RadioExcellent
	for m := 0; m < radioMetrics; m++ {
		if table[m] == nil {
			continue
		}
		if values[m] == datpin.Missing {
			res.Missing |= radioMetricInput[m]
			continue
		}
		t := table[m].tier(values[m])
		res.Tiers[m] = t
		res.Used |= radioMetricInput[m]
		if t < res.Tier || !res.Present {
			res.Tier, res.Worst = t, radioMetricInput[m]
		}
		res.Present = true
	}
	if !res.Present {
		res.Tier, res.Tech = RadioNoService, TechNone
		return res
	}
	if res.Tier > capTier {
		res.Tier, res.Capped = capTier, true
	}
	res.Score = res.Tier.Score()
	return res
}
