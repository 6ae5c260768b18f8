package explain

import (
	"fmt"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

// Step is one rule's part in a contribution's quality score: the figures it measured, its
// weight where it has one, and the points (basis points) it yields.
type Step struct {
	Rule    string         `json:"rule"`
	Figures map[string]any `json:"figures"`
	Weight  int            `json:"weight,omitempty"`
	Points  int32          `json:"points"`
	Text    string         `json:"text"`
}

// Quality is the quality score of a contribution's public records, rule by rule: what
// quality.ScorePackage computes, which the edge and every validator run.
type Quality struct {
	Score       uint16 `json:"score"`
	Type        string `json:"type"` // station-day, crowd, sensors
	Kind        string `json:"kind"` // the records' majority kind
	Verdict     string `json:"verdict"`
	Explanation string `json:"explanation"` // ScorePackage's one line, as in the manifest
	Steps       []Step `json:"steps"`
	// Text is the rule set's own explanation of the result (the String of the score).
	Text string `json:"text"`
}

// Breakdown scores a package's public records of epoch (of epochLengthSec seconds) as
// quality.ScorePackage does and explains each rule's part.
func Breakdown(pub []datpin.PublicRecord, epoch uint32, epochLengthSec int64) Quality {
	c := quality.ScorePackage(pub, epoch, epochLengthSec)
	recs := datpin.ScoringRecords(pub)
	w := quality.EpochWindow(epoch, epochLengthSec)
	q := Quality{Score: c.Score, Type: c.Type.String(), Kind: c.Kind.String(), Explanation: c.Explanation}
	var s quality.Scorer
	switch {
	case c.Type == quality.SensorSeries:
		ss := s.ScoreSensors(recs, w, quality.SensorCadenceMs)
		q.Verdict, q.Text = ss.Verdict.String(), ss.String()
		q.Steps = append(q.Steps, Step{Rule: quality.RuleNoiseFilter, Points: 0,
			Figures: map[string]any{"records": ss.Records, "dropped": dropped(ss.Dropped)},
			Text:    fmt.Sprintf("%d records, %s", ss.Records, ss.Dropped)})
		for _, se := range ss.Series {
			q.Steps = append(q.Steps, Step{Rule: quality.RuleSensor, Points: se.Score,
				Figures: map[string]any{
					"device": se.DeviceID, "quantity": quality.QuantityName(se.Quantity), "cadenceMs": se.CadenceMs,
					"expected": se.Expected, "received": se.Received, "valid": se.Valid, "outOfRange": se.OutOfRange,
					"duplicates": se.Duplicates, "stuck": se.Stuck, "spikes": se.Spikes, "gaps": se.Gaps, "slots": se.Slots,
				},
				Text: se.String()})
		}
		q.Steps = append(q.Steps, Step{Rule: quality.RuleSensor, Points: ss.Score,
			Figures: map[string]any{"slots": ss.Slots, "good": ss.Good, "dead": ss.Dead, "fault": string(ss.Fault)},
			Text:    fmt.Sprintf("score %d = %d good slots of %d (every series valid, none faulty) × 10000 / %d", ss.Score, ss.Good, ss.Slots, ss.Slots)})
	case c.Type == quality.CrowdMeasurement:
		cr := s.ScoreCrowd(recs, w)
		q.Verdict, q.Text = cr.Verdict.String(), cr.String()
		q.Steps = append(q.Steps, sessionSteps(cr.Batch)...)
		q.Steps = append(q.Steps,
			Step{Rule: quality.RuleCrowd, Points: cr.Service,
				Figures: map[string]any{"quality": cr.Batch.Quality, "floor": quality.CrowdServiceFloor},
				Text:    fmt.Sprintf("service %d = %d + %d × quality %d / 10000", cr.Service, quality.CrowdServiceFloor, datpin.ScoreMax-quality.CrowdServiceFloor, cr.Batch.Quality)},
			Step{Rule: quality.RuleCrowd, Points: cr.Integrity,
				Figures: map[string]any{"completeness": cr.Completeness, "radioShare": cr.RadioShare, "expected": cr.Expected,
					"received": cr.Received, "runs": cr.Runs, "measuredMs": cr.MeasuredMs, "cadenceMs": cr.CadenceMs, "floor": quality.CrowdIntegrityFloor},
				Text: fmt.Sprintf("integrity %d: completeness %d (%d of %d expected samples in %d runs, cadence %d ms) × radio share %d, from %d up",
					cr.Integrity, cr.Completeness, cr.Received, cr.Expected, cr.Runs, cr.CadenceMs, cr.RadioShare, quality.CrowdIntegrityFloor)},
			Step{Rule: quality.RuleCrowd, Points: cr.Score,
				Figures: map[string]any{"service": cr.Service, "integrity": cr.Integrity},
				Text:    fmt.Sprintf("score %d = service %d × integrity %d / 10000", cr.Score, cr.Service, cr.Integrity)})
	case c.Kind == datpin.KindHeartbeat:
		u := s.ScoreUptime(recs, w)
		q.Verdict, q.Text = u.Verdict.String(), u.String()
		q.Steps = append(q.Steps,
			Step{Rule: quality.RuleNoiseFilter, Points: 0,
				Figures: map[string]any{"records": u.Records, "kept": u.Kept, "dropped": dropped(u.Dropped)},
				Text:    fmt.Sprintf("%d records, %d heartbeats kept; %s", u.Records, u.Kept, u.Dropped)},
			Step{Rule: quality.RuleUptime, Points: u.Base,
				Figures: map[string]any{"slotsUp": u.SlotsUp, "slots": quality.Slots, "minSlots": quality.MinUptimeSlots},
				Text:    fmt.Sprintf("base %d = %d of %d hours with a heartbeat (0 below %d)", u.Base, u.SlotsUp, quality.Slots, quality.MinUptimeSlots)},
			Step{Rule: quality.RuleUptime, Points: u.Served,
				Figures: map[string]any{"sessions": u.Sessions, "devices": u.Devices, "reported": u.ServedSeen, "busy": quality.ServedBusy},
				Text:    fmt.Sprintf("served %d: %d sessions, at most %d devices (%d or more keeps the base)", u.Served, u.Sessions, u.Devices, quality.ServedBusy)},
			Step{Rule: quality.RuleUptime, Points: u.Score,
				Figures: map[string]any{"base": u.Base, "served": u.Served},
				Text:    fmt.Sprintf("score %d = base %d × served %d / 10000", u.Score, u.Base, u.Served)})
	default:
		b := s.ScoreBatch(recs, w)
		q.Verdict, q.Text = b.Verdict.String(), b.String()
		q.Steps = append(q.Steps, sessionSteps(b)...)
		q.Steps = append(q.Steps,
			Step{Rule: quality.RuleBatch, Points: b.Coverage,
				Figures: map[string]any{"slots": b.Slots, "of": quality.Slots, "floor": quality.CoverageFloor},
				Text:    fmt.Sprintf("coverage %d = %d + %d × %d / %d hours with a kept session", b.Coverage, quality.CoverageFloor, datpin.ScoreMax-quality.CoverageFloor, b.Slots, quality.Slots)},
			Step{Rule: quality.RuleBatch, Points: b.Score,
				Figures: map[string]any{"quality": b.Quality, "coverage": b.Coverage},
				Text:    fmt.Sprintf("score %d = quality %d × coverage %d / 10000", b.Score, b.Quality, b.Coverage)})
	}
	return q
}

// sessionSteps explains the batch rules every session contribution shares: the noise filter,
// the means of the three components and the trimmed weighted mean of the session scores.
func sessionSteps(b quality.BatchScore) []Step {
	tiers := func(names []string, n [5]int32) map[string]int32 {
		m := map[string]int32{}
		for i, name := range names {
			m[name] = n[i]
		}
		return m
	}
	return []Step{
		{Rule: quality.RuleNoiseFilter, Points: 0,
			Figures: map[string]any{"records": b.Records, "kept": b.Kept, "empty": b.Empty, "devices": b.Devices, "active": b.Active, "dropped": dropped(b.Dropped)},
			Text:    fmt.Sprintf("%d records, %d kept from %d devices (%d active); %s; %d with nothing to score", b.Records, b.Kept, b.Devices, b.Active, b.Dropped, b.Empty)},
		{Rule: quality.RuleRadioTier, Weight: quality.WeightRadio, Points: b.MeanRadio,
			Figures: map[string]any{"tiers": tiers([]string{"no-service", "poor", "fair", "good", "excellent"}, b.RadioTiers), "notMeasured": b.NoRadio},
			Text: fmt.Sprintf("mean radio %d; excellent %d, good %d, fair %d, poor %d, no service %d, not measured %d",
				b.MeanRadio, b.RadioTiers[quality.RadioExcellent], b.RadioTiers[quality.RadioGood], b.RadioTiers[quality.RadioFair],
				b.RadioTiers[quality.RadioPoor], b.RadioTiers[quality.RadioNoService], b.NoRadio)},
		{Rule: quality.RuleSpeedTier, Weight: quality.WeightSpeed, Points: b.MeanSpeed,
			Figures: map[string]any{"tiers": tiers([]string{"fail", "poor", "degraded", "acceptable", "good"}, b.SpeedTiers), "notScored": b.NoSpeed},
			Text: fmt.Sprintf("mean speed multiplier %d; good %d, acceptable %d, degraded %d, poor %d, fail %d, not scored %d",
				b.MeanSpeed, b.SpeedTiers[quality.SpeedGood], b.SpeedTiers[quality.SpeedAcceptable], b.SpeedTiers[quality.SpeedDegraded],
				b.SpeedTiers[quality.SpeedPoor], b.SpeedTiers[quality.SpeedFail], b.NoSpeed)},
		{Rule: quality.RuleVoice, Weight: quality.WeightVoice, Points: b.MeanVoice,
			Figures: map[string]any{"records": b.Voice},
			Text:    fmt.Sprintf("mean voice score %d over %d records", b.MeanVoice, b.Voice)},
		{Rule: quality.RuleSession, Points: b.Quality,
			Figures: map[string]any{"weight": b.Weight, "trimmed": b.Trimmed, "weightActive": quality.ActiveWeight, "weightIdle": quality.IdleWeight},
			Text: fmt.Sprintf("quality %d: mean of the session scores (%d·radio + %d·speed + %d·voice over the weights present), active samples weighing %d, %d of weight %d trimmed at each end",
				b.Quality, quality.WeightRadio, quality.WeightSpeed, quality.WeightVoice, quality.ActiveWeight, b.Trimmed, b.Weight)},
	}
}

func dropped(d quality.Dropped) map[string]int32 {
	return map[string]int32{"wrongKind": d.WrongKind, "outOfWindow": d.OutOfWindow, "implausible": d.Implausible, "duplicate": d.Duplicate}
}
