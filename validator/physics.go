package validator

import (
	"cmp"
	"math"
	"slices"

	"github.com/uber/h3-go/v4"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/telemetry"
)

// Reasons of the physics checks: what one contribution's records show on their own, without a
// second witness. Each rejects.
const (
	ReasonOutOfRange   = "radio-out-of-range"       // a record outside the limits every importer enforces
	ReasonThroughput   = "throughput-exceeds-radio" // rates beyond what the reported radio carries
	ReasonInconsistent = "radio-inconsistent"       // a SINR above what the RSRP allows over thermal noise
	ReasonTeleport     = "position-teleport"        // a handset moving faster than anything on land
	ReasonCellFar      = "cell-far"                 // a cell heard far from everywhere else it is heard
	ReasonStuckMoving  = "radio-stuck-moving"       // identical radio readings while the handset travels
)

// Thresholds of the physics checks. docs/FRAUD.md gives each one's calibration on real traces.
const (
	// LTEBandwidthLayersMHz and NRBandwidthLayersMHz are the most spectrum times MIMO layers a
	// handset can be scheduled on: LTE three 20 MHz carriers on 4 layers; NR (non-standalone) a
	// 100 MHz carrier plus a 40 MHz LTE anchor, on 4 layers each. 3G rows are bounded by DC-HSPA+
	// (42.2 Mbit/s), 2G rows by EDGE (0.5 Mbit/s).
	LTEBandwidthLayersMHz = 240
	NRBandwidthLayersMHz  = 560
	HSPAMaxKbps           = 42_200
	EDGEMaxKbps           = 500
	// MinOverRateSamples and MaxOverRateShare: a contribution whose informative samples exceed
	// the radio's bound in at least this many and more than this share is rejected.
	MinOverRateSamples = 5
	MaxOverRateShare   = 0.05

	// ThermalNoiseREdBm10 is the thermal noise in one 15 kHz resource element (-174 dBm/Hz,
	// noise figure 0), 0.1 dBm: no SINR can exceed RSRP over it. SINRNoiseSlackdB10 absorbs
	// rounding and the handset's filtering.
	ThermalNoiseREdBm10 = -1322
	SINRNoiseSlackdB10  = 30
	// MaxNoiseViolationShare of the sessions may show a SINR above the noise bound.
	MaxNoiseViolationShare = 0.05
	// MinConsistencySessions are needed to judge the noise bound.
	MinConsistencySessions = 20

	// MaxGroundSpeedKmh is the fastest a handset moves between two of its positions, and
	// TeleportKm how far beyond that (and beyond CellSlackKm) a position may land before it is a
	// teleport.
	MaxGroundSpeedKmh = 300
	TeleportKm        = 10
	// CellFarKm: a cell heard more than this from the place it is most often heard in.
	CellFarKm = 40
	// StuckMovingKm: identical radio readings (RSRP, RSRQ, SINR, RSSI) over a journey this long.
	StuckMovingKm = 8
	// StuckRunSamples: identical LTE/NR readings (RSRP, RSRQ, SINR, RSSI, CQI, NR RSRP and RSRQ)
	// in this many consecutive samples of one handset, spanning at least StuckRunMinMs. A handset's
	// SINR and RSRQ move from one second to the next even at rest: the longest such run in the
	// real traces is 8 samples. 3G rows carry one level only and are left out.
	StuckRunSamples = 20
	StuckRunMinMs   = 15_000
)

// cqiEfficiency is the spectral efficiency, bit/s/Hz, of each CQI in 3GPP TS 38.214 Table
// 5.2.2.1-3 (256QAM), the highest of the LTE and NR tables: CQI 0 is out of range.
var cqiEfficiency = [16]float64{0, 0.1523, 0.3770, 0.8770, 1.4766, 1.9141, 2.4063, 2.7305,
	3.3223, 3.9023, 4.5234, 5.1152, 5.5547, 6.2266, 6.9141, 7.4063}

// physicsFacts are one contribution's physics figures.
type physicsFacts struct {
	OutOfRange     int     // records outside the importers' limits
	Informative    int     // sessions with a rate of at least MinInfoKbps and a bound
	OverRate       int     // of which above the radio's bound
	NoiseSessions  int     // sessions with RSRP and SINR
	NoiseViolating int     // of which SINR above RSRP over thermal noise
	TeleportKm     float64 // the largest jump beyond MaxGroundSpeedKmh and CellSlackKm
	CellFarKm      float64 // the farthest a cell is heard from its usual place
	StuckKm        float64 // the longest journey with identical radio readings
	StuckRun       int     // the most consecutive LTE/NR samples of one handset with identical readings
}

// reason is the physics verdict: "" or the first reason that applies.
func (p physicsFacts) reason() string {
	switch {
	case p.OutOfRange > 0:
		return ReasonOutOfRange
	case p.OverRate >= MinOverRateSamples && float64(p.OverRate) > MaxOverRateShare*float64(p.Informative):
		return ReasonThroughput
	case p.NoiseSessions >= MinConsistencySessions && float64(p.NoiseViolating) > MaxNoiseViolationShare*float64(p.NoiseSessions):
		return ReasonInconsistent
	case p.TeleportKm > TeleportKm:
		return ReasonTeleport
	case p.CellFarKm > CellFarKm:
		return ReasonCellFar
	case p.StuckKm > StuckMovingKm, p.StuckRun >= StuckRunSamples:
		return ReasonStuckMoving
	}
	return ""
}

// worse is the worst of two contributions' figures, for calibration reports.
func (p physicsFacts) worse(q physicsFacts) physicsFacts {
	share := func(a, b int) float64 { return float64(a) / float64(max(b, 1)) }
	if share(q.OverRate, q.Informative) > share(p.OverRate, p.Informative) {
		p.OverRate, p.Informative = q.OverRate, q.Informative
	}
	if share(q.NoiseViolating, q.NoiseSessions) > share(p.NoiseViolating, p.NoiseSessions) {
		p.NoiseViolating, p.NoiseSessions = q.NoiseViolating, q.NoiseSessions
	}
	p.OutOfRange = max(p.OutOfRange, q.OutOfRange)
	p.TeleportKm = max(p.TeleportKm, q.TeleportKm)
	p.CellFarKm = max(p.CellFarKm, q.CellFarKm)
	p.StuckKm = max(p.StuckKm, q.StuckKm)
	p.StuckRun = max(p.StuckRun, q.StuckRun)
	return p
}

// checkPhysics measures what recs show on their own: records beyond the importers' limits,
// rates beyond the radio's capacity, a SINR the received power cannot give, and, per handset
// (pseudonym), jumps no vehicle makes, cells heard far from their usual place and radio readings
// frozen while the handset travels.
func checkPhysics(recs []datpin.PublicRecord) physicsFacts {
	var p physicsFacts
	for i := range recs {
		r := &recs[i]
		if r.Kind == datpin.KindSensor {
			continue // sensor values are judged by the sensor checks
		}
		sr := r.ScoringRecord()
		if telemetry.Validate(&sr) != nil {
			p.OutOfRange++
			continue
		}
		if r.Kind != datpin.KindSession {
			continue
		}
		if bound, ok := rateBoundKbps(r); ok && r.DownKbps != datpin.Missing && r.DownKbps >= MinInfoKbps {
			p.Informative++
			if float64(r.DownKbps) > bound {
				p.OverRate++
			}
		}
		if r.Mode != datpin.ModeLTE && r.Mode != datpin.ModeNR {
			continue // RSRP and SINR are LTE and NR quantities
		}
		if r.RSRPdBm10 != datpin.Missing && r.SINRdB10 != datpin.Missing {
			p.NoiseSessions++
			if r.SINRdB10 > r.RSRPdBm10-ThermalNoiseREdBm10+SINRNoiseSlackdB10 {
				p.NoiseViolating++
			}
		}
	}
	p.TeleportKm, p.StuckKm, p.StuckRun = tracks(recs)
	p.CellFarKm = cellSpread(recs)
	return p
}

// rateBoundKbps is the most downlink the record's radio can carry: the spectrum times layers of
// its mode times its efficiency. ok is false when the record has no efficiency, or an unknown
// mode.
func rateBoundKbps(r *datpin.PublicRecord) (float64, bool) {
	var bl float64
	switch r.Mode {
	case datpin.ModeLTE:
		bl = LTEBandwidthLayersMHz
	case datpin.ModeNR:
		bl = NRBandwidthLayersMHz
	case datpin.Mode3G:
		return HSPAMaxKbps, true
	case datpin.Mode2G:
		return EDGEMaxKbps, true
	default:
		return 0, false
	}
	eff, ok := efficiency(r)
	return bl * 1000 * eff, ok
}

// efficiency is the spectral efficiency, bit/s/Hz, an LTE or NR record's radio reports: the
// larger of Shannon's capacity at its SINR and its CQI's efficiency (the two describe one
// channel; taking the larger forgives a stale one). ok is false when the record has neither.
func efficiency(r *datpin.PublicRecord) (eff float64, ok bool) {
	if r.SINRdB10 != datpin.Missing {
		eff, ok = math.Log2(1+math.Pow(10, float64(r.SINRdB10)/100)), true
	}
	if r.CQI != datpin.Missing && r.CQI >= 1 && r.CQI <= 15 {
		eff, ok = max(eff, cqiEfficiency[r.CQI]), true
	}
	return eff, ok
}

// tracks follows each handset (pseudonym) through its sessions in time order and returns the
// largest jump beyond what MaxGroundSpeedKmh and the cells' size allow, the longest journey
// over which its radio readings stayed identical, and the longest run of LTE/NR samples with
// identical readings (stuckRun).
func tracks(recs []datpin.PublicRecord) (teleportKm, stuckKm float64, stuckRun int) {
	byDev := map[[16]byte][]int{}
	for i := range recs {
		if recs[i].Kind == datpin.KindSession && recs[i].H3Cell != 0 && h3.Cell(recs[i].H3Cell).IsValid() {
			byDev[recs[i].Pseudonym] = append(byDev[recs[i].Pseudonym], i)
		}
	}
	devs := make([][16]byte, 0, len(byDev))
	for d := range byDev {
		devs = append(devs, d)
	}
	slices.SortFunc(devs, func(a, b [16]byte) int { return slices.Compare(a[:], b[:]) })
	for _, d := range devs {
		idx := byDev[d]
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(recs[a].Time, recs[b].Time) })
		stuckRun = max(stuckRun, frozenRun(recs, idx))
		run := 0.0
		for k := 1; k < len(idx); k++ {
			a, b := &recs[idx[k-1]], &recs[idx[k]]
			dKm := 0.0
			if a.H3Cell != b.H3Cell {
				dKm = h3.GreatCircleDistanceKm(h3.Cell(a.H3Cell).LatLng(), h3.Cell(b.H3Cell).LatLng())
			}
			hours := float64(b.Time-a.Time) / hourMs
			teleportKm = max(teleportKm, dKm-CellSlackKm-MaxGroundSpeedKmh*hours)
			if b.RSRPdBm10 != datpin.Missing && a.RSRPdBm10 == b.RSRPdBm10 && a.RSRQdB10 == b.RSRQdB10 &&
				a.SINRdB10 == b.SINRdB10 && a.RSSIdBm10 == b.RSSIdBm10 {
				run += dKm
				stuckKm = max(stuckKm, run)
			} else {
				run = 0
			}
		}
	}
	return teleportKm, stuckKm, stuckRun
}

// frozenRun is the most consecutive LTE/NR samples among one handset's (idx, in time order)
// whose readings are all identical, counting only runs spanning at least StuckRunMinMs.
func frozenRun(recs []datpin.PublicRecord, idx []int) int {
	full := func(r *datpin.PublicRecord) bool {
		return (r.Mode == datpin.ModeLTE || r.Mode == datpin.ModeNR) && r.RSRPdBm10 != datpin.Missing &&
			r.RSRQdB10 != datpin.Missing && r.SINRdB10 != datpin.Missing
	}
	same := func(a, b *datpin.PublicRecord) bool {
		return a.RSRPdBm10 == b.RSRPdBm10 && a.RSRQdB10 == b.RSRQdB10 && a.SINRdB10 == b.SINRdB10 &&
			a.RSSIdBm10 == b.RSSIdBm10 && a.CQI == b.CQI && a.NRRSRPdBm10 == b.NRRSRPdBm10 && a.NRRSRQdB10 == b.NRRSRQdB10
	}
	best, start := 0, -1 // start: the first sample of the current run, -1 outside one
	for k, i := range idx {
		r := &recs[i]
		switch {
		case !full(r):
			start = -1
			continue
		case start < 0 || !same(&recs[idx[start]], r):
			start = k
		}
		if n := k - start + 1; n > best && r.Time-recs[idx[start]].Time >= StuckRunMinMs {
			best = n
		}
	}
	return best
}

// cellSpread returns the farthest any cell (station and cell id) is heard from the H3 cell it is
// most often heard in.
func cellSpread(recs []datpin.PublicRecord) float64 {
	type key struct{ station, cell string }
	heard := map[key]map[uint64]int{}
	for i := range recs {
		r := &recs[i]
		if r.Kind != datpin.KindSession || r.H3Cell == 0 || r.CellID == "" || !h3.Cell(r.H3Cell).IsValid() {
			continue
		}
		k := key{r.StationID, r.CellID}
		if heard[k] == nil {
			heard[k] = map[uint64]int{}
		}
		heard[k][r.H3Cell]++
	}
	far := 0.0
	for _, at := range heard {
		var usual uint64
		for c, n := range at {
			if n > at[usual] || n == at[usual] && c < usual {
				usual = c
			}
		}
		u := h3.Cell(usual).LatLng()
		for c := range at {
			far = max(far, h3.GreatCircleDistanceKm(u, h3.Cell(c).LatLng()))
		}
	}
	return far
}
