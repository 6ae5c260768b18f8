package quality

import (
	"fmt"

	"github.com/datpin/datpin"
)

// Contribution is the score of one anchored contribution: what the edge puts in the manifest as
// its tentative score and what every validator recomputes from the decrypted package.
type Contribution struct {
	Score       uint16            // basis points
	Kind        datpin.RecordKind // the kind the batch was scored as
	Explanation string            // one-line summary for the manifest
}

// SensorCadenceMs is the reporting cadence sensor batches are scored against (hourly).
const SensorCadenceMs = 3_600_000

// ScoreContribution scores a batch of one epoch (window w) by the kind most of its records have:
// sessions with ScoreBatch, heartbeats with ScoreUptime, sensor readings with ScoreSensors. The
// records are the anonymized ones (datpin.ScoringRecords), so validators reproduce it exactly.
func ScoreContribution(recs []datpin.Record, w Window) Contribution {
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
	var s Scorer
	switch kind {
	case datpin.KindHeartbeat:
		u := s.ScoreUptime(recs, w)
		return Contribution{Score: clampScore(int64(u.Score)), Kind: kind,
			Explanation: fmt.Sprintf("uptime: score %d", u.Score)}
	case datpin.KindSensor:
		ss := s.ScoreSensors(recs, w, SensorCadenceMs)
		return Contribution{Score: clampScore(int64(ss.Score)), Kind: kind,
			Explanation: fmt.Sprintf("sensors: %d series, score %d", len(ss.Series), ss.Score)}
	}
	b := s.ScoreBatch(recs, w)
	return Contribution{Score: clampScore(int64(b.Score)), Kind: kind, Explanation: fmt.Sprintf(
		"sessions: quality %d x coverage %d (%d/24 h), kept %d of %d, %d devices",
		b.Quality, b.Coverage, b.Slots, b.Kept, b.Records, b.Devices)}
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
