package quality_test

import (
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/quality"
)

func BenchmarkScoreSession(b *testing.B) {
	recs := synthBatch(10000, 5, 1)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for i := range recs {
			quality.ScoreSession(&recs[i])
		}
		n += len(recs)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}

func benchBatch(b *testing.B, recs []datpin.Record) {
	var s quality.Scorer
	s.ScoreBatch(recs, quality.Window{})
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		s.ScoreBatch(recs, quality.Window{})
		n += len(recs)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkScoreBatch scores a station-day of 20000 samples from 8 devices,
// grouped per device as parsers emit them.
func BenchmarkScoreBatch(b *testing.B) { benchBatch(b, synthBatch(20000, 8, 2)) }

// BenchmarkScoreBatch_Interleaved is the same batch with devices
// interleaved, which takes the sorting path.
func BenchmarkScoreBatch_Interleaved(b *testing.B) {
	recs := synthBatch(20000, 8, 2)
	out := make([]datpin.Record, 0, len(recs))
	per := len(recs) / 8
	for i := 0; i < per; i++ {
		for d := 0; d < 8; d++ {
			out = append(out, recs[d*per+i])
		}
	}
	benchBatch(b, out)
}

// BenchmarkScoreCrowd scores the same 20000 samples as crowd measurements: the batch rules plus
// each device's cadence and runs.
func BenchmarkScoreCrowd(b *testing.B) {
	recs := synthBatch(20000, 8, 2)
	var s quality.Scorer
	s.ScoreCrowd(recs, quality.Window{})
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		s.ScoreCrowd(recs, quality.Window{})
		n += len(recs)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkScoreUptime(b *testing.B) {
	var recs []datpin.Record
	for m := 0; m < 24*60; m++ {
		r := datpin.NewRecord(datpin.KindHeartbeat)
		r.StationID, r.Time, r.Sessions, r.Devices = "st", day0+int64(m)*60_000, int32(m%7), int32(m%5)
		recs = append(recs, r)
	}
	var s quality.Scorer
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		s.ScoreUptime(recs, quality.Window{})
		n += len(recs)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkScoreSensors(b *testing.B) {
	recs := weatherDay(b)
	var s quality.Scorer
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		s.ScoreSensors(recs, quality.Window{}, 0)
		n += len(recs)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}
