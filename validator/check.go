package validator

import (
	"cmp"
	"math"
	"slices"

	"github.com/uber/h3-go/v4"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/propagation"
)

// Reasons of the cross-checks. A rejection scores 0; a down-weighting multiplies the re-computed
// quality score by Evaluation.Trust.
const (
	ReasonClaims   = "claims-unsupported"   // heartbeats claim sessions or devices the package does not report
	ReasonLocation = "location-implausible" // the sessions' power cannot come from the asserted place
	ReasonReplay   = "replayed-sessions"    // an hour of sessions copies an earlier hour, its own or another's
	ReasonSybil    = "sybil-copy"           // the whole batch copies another station's, which fits its place better
)

// Thresholds of the cross-checks. docs/FRAUD.md explains each.
const (
	// ClaimSlack and ClaimSlackAbs: an hour over-claims when its heartbeat's sessions exceed
	// ClaimSlack × the sessions reported in that hour plus ClaimSlackAbs (devices likewise).
	ClaimSlack    = 1.25
	ClaimSlackAbs = 5
	// MinOverclaimedHours: a station is rejected when at least this many hours, and at least a
	// quarter of its heartbeat hours, over-claim.
	MinOverclaimedHours = 3

	// ShadowMarginSigmas is the shadowing margin above the median path loss beyond which received
	// power is impossible.
	ShadowMarginSigmas = 3.0
	// CellSlackKm is how much nearer than their cell centres two H3 resolution-8 positions may be
	// (twice the largest circumradius, rounded up).
	CellSlackKm = 1.1
	// MaxImpossibleShare of a station's sessions may exceed the physical bound (shadowing tails,
	// cell quantization) before its place is implausible; MinPlaceSessions are needed to judge.
	MaxImpossibleShare = 0.10
	MinPlaceSessions   = 20
	// FitSessions is the fewest strongest sessions the fit of a place averages over.
	FitSessions = 5
)

// subject is one decrypted contribution that passed the integrity checks.
type subject struct {
	ev         *Evaluation
	id         uint64
	device     [20]byte
	epoch      uint32
	anchoredAt uint64
	recs       []datpin.PublicRecord
	kind       datpin.RecordKind
	seq        Sequence
	fit        float64
}

func majorityKind(recs []datpin.PublicRecord) datpin.RecordKind {
	var n [4]int
	for i := range recs {
		if k := recs[i].Kind; k >= datpin.KindSession && k <= datpin.KindSensor {
			n[k]++
		}
	}
	k := datpin.KindSession
	if n[datpin.KindHeartbeat] > n[k] {
		k = datpin.KindHeartbeat
	}
	if n[datpin.KindSensor] > n[k] {
		k = datpin.KindSensor
	}
	return k
}

// checkClaims compares each heartbeat's claimed sessions and devices with the sessions the
// package reports in the hour before it.
func checkClaims(recs []datpin.PublicRecord) (overclaimed, hours int) {
	type tally struct {
		sessions int
		devices  map[[16]byte]struct{}
	}
	byHour := map[int64]*tally{}
	for i := range recs {
		r := &recs[i]
		if r.Kind != datpin.KindSession {
			continue
		}
		h := floorDiv(r.Time, hourMs)
		t := byHour[h]
		if t == nil {
			t = &tally{devices: map[[16]byte]struct{}{}}
			byHour[h] = t
		}
		t.sessions++
		t.devices[r.Pseudonym] = struct{}{}
	}
	for i := range recs {
		r := &recs[i]
		if r.Kind != datpin.KindHeartbeat || r.Sessions == datpin.Missing {
			continue
		}
		hours++
		// A heartbeat reports the hour that ends at it.
		var got tally
		if t := byHour[floorDiv(r.Time, hourMs)]; t != nil {
			got = *t
		}
		over := float64(r.Sessions) > ClaimSlack*float64(got.sessions)+ClaimSlackAbs
		if r.Devices != datpin.Missing && float64(r.Devices) > ClaimSlack*float64(len(got.devices))+ClaimSlackAbs {
			over = true
		}
		if over {
			overclaimed++
		}
	}
	return overclaimed, hours
}

// place is a station's asserted place checked against the physics of its sessions.
type place struct {
	cell       uint64  // asserted H3 cell (the heartbeats' most common one), 0 if none
	sessions   int     // sessions with a cell and an RSRP
	impossible int     // of which received above the physical bound
	fit        float64 // km from the asserted cell to the strongest sessions (lower fits better)
}

// RadioModel is the propagation model the location check applies: the median received power at a
// distance and the shadowing spread around it. The default is propagation.Default (COST-231 Hata
// at 1800 MHz with σ 8 dB), the model the network simulator draws from too.
type RadioModel struct {
	MedianRSRPdBm func(dKm float64) float64
	SigmaDB       float64
}

// DefaultRadio is propagation.Default: COST-231 Hata urban, 1800 MHz, σ 8 dB.
var DefaultRadio = RadioModel{MedianRSRPdBm: propagation.Default.MedianRSRPdBm, SigmaDB: propagation.Default.ShadowSigmaDB}

// checkPlace counts the sessions whose RSRP exceeds what the model allows at the shortest
// distance between their cell and the asserted one (median + ShadowMarginSigmas σ), and
// measures the fit of the asserted place: the mean distance, in km, from its cell to the cells of
// the strongest tenth of the sessions (at least FitSessions of them). Received power falls
// steeply with distance, so a transmitter's strongest samples come from around it: whoever
// copies a station's data and asserts another place sits away from them.
func checkPlace(recs []datpin.PublicRecord, m RadioModel) place {
	var p place
	counts := map[uint64]int{}
	for i := range recs {
		if recs[i].Kind == datpin.KindHeartbeat && recs[i].H3Cell != 0 {
			counts[recs[i].H3Cell]++
		}
	}
	for c, n := range counts {
		if n > counts[p.cell] || n == counts[p.cell] && c < p.cell {
			p.cell = c
		}
	}
	if p.cell == 0 || !h3.Cell(p.cell).IsValid() {
		p.cell = 0
		return p
	}
	at := h3.Cell(p.cell).LatLng()
	type cellFacts struct {
		d     float64 // km between cell centres, NaN for an invalid cell
		bound int32   // the most RSRP (0.1 dBm) possible from the asserted place
	}
	facts := map[uint64]cellFacts{}
	type strong struct {
		rsrp int32
		t    int64
		d    float64
	}
	var ss []strong
	for i := range recs {
		r := &recs[i]
		if r.Kind != datpin.KindSession || r.H3Cell == 0 || r.RSRPdBm10 == datpin.Missing {
			continue
		}
		f, ok := facts[r.H3Cell]
		if !ok {
			f.d = math.NaN()
			if c := h3.Cell(r.H3Cell); c.IsValid() {
				f.d = h3.GreatCircleDistanceKm(at, c.LatLng())
				f.bound = int32(math.Floor((m.MedianRSRPdBm(max(f.d-CellSlackKm, 0)) + ShadowMarginSigmas*m.SigmaDB) * 10))
			}
			facts[r.H3Cell] = f
		}
		if math.IsNaN(f.d) {
			continue
		}
		p.sessions++
		if r.RSRPdBm10 > f.bound {
			p.impossible++
		}
		ss = append(ss, strong{r.RSRPdBm10, r.Time, f.d})
	}
	if len(ss) == 0 {
		return p
	}
	slices.SortFunc(ss, func(a, b strong) int {
		if a.rsrp != b.rsrp {
			return int(b.rsrp - a.rsrp)
		}
		if a.t != b.t {
			return cmp.Compare(a.t, b.t)
		}
		return cmp.Compare(a.d, b.d)
	})
	k := min(len(ss), max(FitSessions, len(ss)/10))
	var sum float64
	for _, x := range ss[:k] {
		sum += x.d
	}
	p.fit = sum / float64(k)
	return p
}

func (p place) implausible() bool {
	return p.sessions >= MinPlaceSessions && float64(p.impossible) > MaxImpossibleShare*float64(p.sessions)
}
