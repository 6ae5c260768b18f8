package quality

import (
	"fmt"

	"github.com/datpin/datpin"
)

// ContributionKind is what a contribution measures. Each kind has its own completeness and
// coverage semantics, and the kind is derived from the records alone (KindOf), so that the edge
// and every validator score a package alike without a field saying what it is.
type ContributionKind uint8

const (
	// StationDay is a station's own day: its heartbeats, with the sessions it served if the
	// package carries them. Hours without a record are hours the station was not serving.
	StationDay ContributionKind = 1
	// CrowdMeasurement is handsets' drive and static tests attributed to the station they
	// measured (sessions and no heartbeat): complete when the measured sessions are, whatever
	// part of the day they span.
	CrowdMeasurement ContributionKind = 2
	// SensorSeries is IoT sensor readings, complete when every expected reading is there.
	SensorSeries ContributionKind = 3
)

func (k ContributionKind) String() string {
	switch k {
	case StationDay:
		return "station-day"
	case CrowdMeasurement:
		return "crowd"
	case SensorSeries:
		return "sensors"
	}
	return "unknown"
}

// Contribution is the score of one anchored contribution: what the edge puts in the manifest as
// its tentative score and what every validator recomputes from the decrypted package.
type Contribution struct {
	Score       uint16            // basis points
	Kind        datpin.RecordKind // the record kind the batch was scored as (its majority kind)
	Type        ContributionKind  // what the contribution measures, which decides its rules
	Explanation string            // one-line summary for the manifest
}

// SensorCadenceMs is the reporting cadence sensor batches are scored against (hourly).
const SensorCadenceMs = 3_600_000

// KindOf returns the kind of a contribution from its records and the record kind most of them
// have (sessions on a tie): sensor readings are a SensorSeries; heartbeats, or sessions
// together with at least one heartbeat, a StationDay; sessions without a heartbeat a
// CrowdMeasurement.
func KindOf(recs []datpin.Record) (ContributionKind, datpin.RecordKind) {
	var counts [4]int
	for i := range recs {
		if k := recs[i].Kind; k >= datpin.KindSession && k <= datpin.KindSensor {
			counts[k]++
		}
	}
	kind := datpin.KindSession
	if counts[datpin.KindHeartbeat] > counts[kind] {
		kind = datpin.KindHeartbeat
	}
	if counts[datpin.KindSensor] > counts[kind] {
		kind = datpin.KindSensor
	}
	switch {
	case kind == datpin.KindSensor:
		return SensorSeries, kind
	case counts[datpin.KindHeartbeat] > 0:
		return StationDay, kind
	}
	return CrowdMeasurement, kind
}

// ScorePackage is the score of an anchored contribution, computed from the public records its
// package carries: ScoreContribution over their datpin.ScoringRecords (pseudonyms as device ids,
// no positions) in the window of the epoch (EpochWindow with the epoch length in seconds). The
// edge puts it in the manifest and every validator recomputes it from the decrypted package, so
// both call this one function.
func ScorePackage(pub []datpin.PublicRecord, epoch uint32, epochLengthSec int64) Contribution {
	var s Scorer
	return s.ScorePackage(pub, epoch, epochLengthSec)
}

// ScorePackage is ScorePackage with s's scratch space: after the first calls the only
// allocations are the pseudonyms' hex ids. The converted records keep them alive until the
// next call.
func (s *Scorer) ScorePackage(pub []datpin.PublicRecord, epoch uint32, epochLengthSec int64) Contribution {
	s.recs = datpin.AppendScoringRecords(s.recs[:0], pub)
	c := s.ScoreContribution(s.recs, EpochWindow(epoch, epochLengthSec))
	s.recs = s.recs[:0]
	return c
}

// ScoreContribution scores a batch of one epoch (window w) by its kind (KindOf): a station's day
// of sessions with ScoreBatch, of heartbeats alone with ScoreUptime, crowd measurements with
// ScoreCrowd, sensor readings with ScoreSensors. Contributions are scored on their anonymized
// records (datpin.ScoringRecords), through ScorePackage, so validators reproduce it exactly.
func ScoreContribution(recs []datpin.Record, w Window) Contribution {
	var s Scorer
	return s.ScoreContribution(recs, w)
}

// ScoreContribution is ScoreContribution with s's scratch space.
func (s *Scorer) ScoreContribution(recs []datpin.Record, w Window) Contribution {
	typ, kind := KindOf(recs)
	out := Contribution{Kind: kind, Type: typ}
	switch {
	case typ == SensorSeries:
		ss := s.ScoreSensors(recs, w, SensorCadenceMs)
		out.Score = clampScore(int64(ss.Score))
		out.Explanation = fmt.Sprintf("sensors: %d series, score %d", len(ss.Series), ss.Score)
	case typ == CrowdMeasurement:
		c := s.ScoreCrowd(recs, w)
		out.Score = clampScore(int64(c.Score))
		out.Explanation = fmt.Sprintf(
			"crowd: service %d x integrity %d (complete %d, radio %d; %d of %d rows in %d runs, %d min), quality %d, kept %d of %d, %d devices",
			c.Service, c.Integrity, c.Completeness, c.RadioShare, c.Received, c.Expected, c.Runs, c.MeasuredMs/60_000,
			c.Batch.Quality, c.Batch.Kept, c.Batch.Records, c.Batch.Devices)
	case kind == datpin.KindHeartbeat:
		u := s.ScoreUptime(recs, w)
		out.Score = clampScore(int64(u.Score))
		out.Explanation = fmt.Sprintf("uptime: score %d", u.Score)
	default:
		b := s.ScoreBatch(recs, w)
		out.Score = clampScore(int64(b.Score))
		out.Explanation = fmt.Sprintf("sessions: quality %d x coverage %d (%d/24 h), kept %d of %d, %d devices",
			b.Quality, b.Coverage, b.Slots, b.Kept, b.Records, b.Devices)
	}
	return out
}

func clampScore(v int64) uint16 {
	if v < 0 {
		return 0
	}
	if v > datpin.ScoreMax {
		return datpin.ScoreMax
	}
	return uint16(v)
}
