package quality_test

import (
	"slices"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

func TestScoreContribution_ScoresTheMajorityKind(t *testing.T) {
	sessions := synthBatch(600, 3, 11)
	w := quality.DayOf(day0)
	// Sessions without a heartbeat are crowd measurements.
	want := quality.ScoreCrowd(sessions, w)
	c := quality.ScoreContribution(append(slices.Clone(sessions), weatherDay(t)[:10]...), w)
	if c.Kind != datpin.KindSession || c.Type != quality.CrowdMeasurement || int32(c.Score) != want.Score || c.Explanation == "" {
		t.Fatalf("sessions: %+v, want score %d", c, want.Score)
	}
	// With a heartbeat they are a station's day, scored by quality × coverage.
	hb := datpin.NewRecord(datpin.KindHeartbeat)
	hb.StationID, hb.Time, hb.Sessions = "A4DF", day0+3_600_000, 12
	day := append(slices.Clone(sessions), hb)
	if c, b := quality.ScoreContribution(day, w), quality.ScoreBatch(day, w); c.Kind != datpin.KindSession || c.Type != quality.StationDay || int32(c.Score) != b.Score {
		t.Fatalf("station day: %+v, want score %d", c, b.Score)
	}
	sensors := weatherDay(t)
	ws := quality.ScoreSensors(sensors, w, quality.SensorCadenceMs)
	if c := quality.ScoreContribution(sensors, w); c.Kind != datpin.KindSensor || int32(c.Score) != ws.Score {
		t.Fatalf("sensors: %+v, want %d", c, ws.Score)
	}
}

func FuzzScoreContribution(f *testing.F) {
	f.Add(make([]byte, 400), uint64(5))
	f.Fuzz(func(t *testing.T, data []byte, seed uint64) {
		d := decoder{data}
		recs := d.records()
		w := quality.DayOf(day0)
		want := quality.ScoreContribution(recs, w)
		if want.Score > datpin.ScoreMax {
			t.Fatalf("score %d", want.Score)
		}
		for i, p := range permutations(recs, seed) {
			if got := quality.ScoreContribution(p, w); got != want {
				t.Fatalf("permutation %d: %+v, want %+v", i, got, want)
			}
		}
	})
}
