package agent

import (
	"fmt"
	"strings"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/quality"
)

// Score is a batch's edge score with its explanation.
type Score struct {
	Score uint16 // record-weighted mean of the scores of the kinds present
	// Summary is the one-paragraph explanation that goes into the
	// manifest, in the clear: rule set, components, counts. It names no
	// device.
	Summary string
	// Detail is quality's full explanation, for the operator's eyes only
	// (it may name devices).
	Detail   string
	Sessions *quality.BatchScore  `json:"-"`
	Uptime   *quality.UptimeScore `json:"-"`
	Sensors  *quality.SensorScore `json:"-"`
}

// window returns the quality window of an epoch.
func window(epoch uint32, epochLength int64) quality.Window {
	start := int64(epoch) * epochLength * 1000
	return quality.Window{Start: start, End: start + epochLength*1000}
}

// scoreBatch scores records of one batch with quality's rules: session
// records with ScoreBatch, heartbeats with ScoreUptime, sensor readings with
// ScoreSensors. A batch holding several kinds scores the record-weighted
// mean of their scores.
func scoreBatch(s *quality.Scorer, recs []datpin.Record, w quality.Window) Score {
	var n [4]int64
	for i := range recs {
		if k := recs[i].Kind; k >= datpin.KindSession && k <= datpin.KindSensor {
			n[k]++
		}
	}
	var out Score
	var sum, total int64
	var parts, details []string
	if n[datpin.KindSession] > 0 {
		b := s.ScoreBatch(recs, w)
		out.Sessions = &b
		sum += int64(b.Score) * n[datpin.KindSession]
		total += n[datpin.KindSession]
		parts = append(parts, fmt.Sprintf("sessions %d = quality %d × coverage %d/10000 (%s): %d of %d records kept from %d devices, %d/%d slots, dropped %d (implausible %d, duplicate %d, outside window %d), %d empty",
			b.Score, b.Quality, b.Coverage, b.Verdict, b.Kept, n[datpin.KindSession], b.Devices, b.Slots, quality.Slots,
			b.Dropped.Total()-b.Dropped.WrongKind, b.Dropped.Implausible, b.Dropped.Duplicate, b.Dropped.OutOfWindow, b.Empty))
		details = append(details, b.String())
	}
	if n[datpin.KindHeartbeat] > 0 {
		u := s.ScoreUptime(recs, w)
		out.Uptime = &u
		sum += int64(u.Score) * n[datpin.KindHeartbeat]
		total += n[datpin.KindHeartbeat]
		parts = append(parts, fmt.Sprintf("uptime %d = base %d × served %d/10000 (%s): %d/%d slots up, %d of %d heartbeats kept",
			u.Score, u.Base, u.Served, u.Verdict, u.SlotsUp, quality.Slots, u.Kept, n[datpin.KindHeartbeat]))
		details = append(details, u.String())
	}
	if n[datpin.KindSensor] > 0 {
		ss := s.ScoreSensors(recs, w, 0)
		var valid, expected, stuck, spikes, gaps int64
		for _, se := range ss.Series {
			valid += int64(se.Valid)
			expected += int64(se.Expected)
			stuck += int64(se.Stuck)
			spikes += int64(se.Spikes)
			gaps += int64(se.Gaps)
		}
		sum += int64(ss.Score) * n[datpin.KindSensor]
		total += n[datpin.KindSensor]
		parts = append(parts, fmt.Sprintf("sensors %d = mean of %d series (%s): %d valid of %d expected readings, %d stuck, %d spikes, %d gaps",
			ss.Score, len(ss.Series), ss.Verdict, valid, expected, stuck, spikes, gaps))
		details = append(details, ss.String())
		ss.Series = nil // owned by the scorer
		out.Sensors = &ss
	}
	if total > 0 {
		out.Score = uint16(min((sum+total/2)/total, datpin.ScoreMax))
	}
	out.Summary = quality.Rules + ": " + strings.Join(parts, "; ")
	if len(parts) > 1 {
		out.Summary += fmt.Sprintf("; batch %d = record-weighted mean", out.Score)
	}
	if len(out.Summary) > pack.MaxExplanationLen {
		out.Summary = truncUTF8(out.Summary, pack.MaxExplanationLen)
	}
	out.Detail = strings.Join(details, "\n")
	return out
}

func truncUTF8(s string, n int) string {
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
