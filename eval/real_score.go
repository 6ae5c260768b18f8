package eval

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
)

// scoreReal sets every token against its unit's label. A token is penalized when its agreed score
// is more than PenaltyShare below its reference: the edge's claim, or for a sensor fault the
// edge's score of the clean day (a fault the edge itself scores down is caught too), and by half
// the share of the day it spoils when that is less (see penaltyShare).
func scoreReal(res *RealResult, units []*realUnit, vd *Verdicts) {
	unitOf := map[uint64]int{}
	stationOf := map[common.Address]string{}
	for i, u := range units {
		for _, t := range u.tokens {
			unitOf[t] = i
		}
		for _, r := range u.recs {
			k := keyOf(&r)
			if _, ok := stationOf[agent.DevStationAccount(k.station).Address]; !ok {
				stationOf[agent.DevStationAccount(k.station).Address] = k.station
			}
		}
	}
	res.Adversaries = map[string]*KindResult{}
	for _, k := range append(append([]string{}, RealRadioKinds...), RealSensorKinds...) {
		res.Adversaries[k] = &KindResult{}
	}
	res.ReasonsByKind = map[string]map[string]int{}
	refs := map[int]uint16{}
	var xs, ys []float64
	var penRadio, penSensor int
	for _, tok := range vd.Tokens {
		oc, decided := vd.Outcomes[tok.ID]
		why := vd.Reasons[tok.ID]
		t := TokenResult{TokenID: tok.ID, Epoch: tok.Epoch, EdgeScore: tok.EdgeScore, AgreedScore: oc.Agreed, Reason: oc.Reason,
			Validator: why, ID: stationOf[tok.Device]}
		switch {
		case oc.Finalized:
			t.Status = datpin.StatusFinalized.String()
		case decided:
			t.Status = datpin.StatusRejected.String()
		default:
			t.Status = datpin.StatusPending.String()
		}
		ui, ok := unitOf[tok.ID]
		if !ok {
			res.Tokens = append(res.Tokens, t)
			continue
		}
		u := units[ui]
		t.Sensor = u.sensor
		ref := float64(tok.EdgeScore)
		if u.ref != nil {
			r, ok := refs[ui]
			if !ok {
				k := keyOf(&u.ref[0])
				r, _ = edgeScore(k.station, k.epoch, u.ref)
				refs[ui] = r
			}
			ref = float64(r)
		}
		t.Penalized = float64(oc.Agreed) < (1-penaltyShare(u))*ref
		if why != "" {
			res.Reasons[why]++
			m := res.ReasonsByKind[kindName(u.kind)]
			if m == nil {
				m = map[string]int{}
				res.ReasonsByKind[kindName(u.kind)] = m
			}
			m[why]++
		}
		if u.sensor {
			xs, ys = append(xs, float64(oc.Agreed)), append(ys, 1-u.spoiled)
		}
		if u.kind == "" {
			if u.note != "" {
				t.Labels = []string{u.note}
			}
			h := &res.HonestRadio
			if u.sensor {
				h = &res.HonestSensor
			}
			hs := []*HonestCounts{h}
			if spanMs(u.recs) >= hourMs {
				hs = append(hs, &res.HonestHour)
			}
			for _, h := range hs {
				h.Contributions++
				if oc.Finalized {
					h.Finalized++
				}
				if t.Penalized {
					h.Flagged++
				}
			}
			if t.Penalized {
				res.HonestFlaggedTokens = append(res.HonestFlaggedTokens, t)
				if u.sensor {
					penSensor++
				} else {
					penRadio++
				}
			}
		} else {
			t.Labels, t.Instance = []string{u.kind}, []string{u.kind}
			kr := res.Adversaries[u.kind]
			kr.Instances++
			if t.Penalized {
				kr.Penalized++
			} else {
				res.MissedTokens = append(res.MissedTokens, t)
			}
		}
		res.Tokens = append(res.Tokens, t)
	}
	res.Honest = HonestCounts{
		Contributions: res.HonestRadio.Contributions + res.HonestSensor.Contributions,
		Finalized:     res.HonestRadio.Finalized + res.HonestSensor.Finalized,
		Flagged:       res.HonestRadio.Flagged + res.HonestSensor.Flagged,
	}
	res.HonestTokens, res.HonestFlagged = res.Honest.Contributions, res.Honest.Flagged
	for k, kr := range res.Adversaries {
		if kr.Instances == 0 {
			delete(res.Adversaries, k)
			continue
		}
		kr.FalsePos = penRadio
		if isRealSensorKind(k) {
			kr.FalsePos = penSensor
		}
		kr.Recall = ratio(kr.Penalized, kr.Instances)
		kr.Precision = ratio(kr.Penalized, kr.Penalized+kr.FalsePos)
	}
	res.Spearman = Spearman(xs, ys)
}

// penaltyShare is how far below its reference a token's agreed score must fall to count as
// penalized: PenaltyShare, or for a sensor fault that spoils a small share of the day half that
// share, since a day's value is cut in proportion to what the fault spoils.
func penaltyShare(u *realUnit) float64 {
	if u.sensor && u.kind != "" {
		return min(PenaltyShare, u.spoiled/2)
	}
	return PenaltyShare
}

// spanMs is the time from a unit's first record to its last.
func spanMs(recs []datpin.Record) int64 {
	if len(recs) == 0 {
		return 0
	}
	lo, hi := recs[0].Time, recs[0].Time
	for i := range recs {
		lo, hi = min(lo, recs[i].Time), max(hi, recs[i].Time)
	}
	return hi - lo
}

func isRealSensorKind(k string) bool {
	for _, s := range RealSensorKinds {
		if s == k {
			return true
		}
	}
	return false
}
