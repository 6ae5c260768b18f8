package agent_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/telemetry"
)

// BenchmarkEdge runs the whole edge pipeline measurement (every stage on
// one core) and reports the end-to-end rate, its ratio to raw SHA-256 over
// the same input bytes, and each stage's rate.
//
//	go test -run '^$' -bench Edge -benchtime 1x ./agent/
func BenchmarkEdge(b *testing.B) {
	for b.Loop() {
		r, err := agent.BenchEdgeWith(context.Background(), agent.EdgeOptions{MinTime: 500 * time.Millisecond})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(r.EndToEnd.RecordsPerSecPerCore, "records/s")
		b.ReportMetric(r.SHA256.RecordsPerSecPerCore, "sha256-records/s")
		b.ReportMetric(r.RatioToSHA256, "x-sha256")
		for _, s := range r.Stages {
			b.ReportMetric(s.RecordsPerSecPerCore, s.Stage+"-records/s")
		}
		b.Log("\n" + r.Markdown())
	}
}

func syntheticCSV(b *testing.B, n int) []byte {
	var buf bytes.Buffer
	if err := agent.SyntheticGNetTrack(&buf, "53B22", time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC), n, 1); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkEdgeParse: G-NetTrack CSV to records, with b.SetBytes for MB/s.
func BenchmarkEdgeParse(b *testing.B) {
	csv := syntheticCSV(b, 20_000)
	recs := make([]datpin.Record, 0, 20_000)
	b.SetBytes(int64(len(csv)))
	for b.Loop() {
		recs = recs[:0]
		telemetry.ParseGNetTrack(bytes.NewReader(csv), "b.csv", "dev", func(r datpin.Record) error {
			recs = append(recs, r)
			return nil
		}, nil)
	}
	b.ReportMetric(float64(len(recs))*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkEdgeSHA256: raw SHA-256 over the same CSV bytes.
func BenchmarkEdgeSHA256(b *testing.B) {
	csv := syntheticCSV(b, 20_000)
	b.SetBytes(int64(len(csv)))
	for b.Loop() {
		sha256.Sum256(csv)
	}
	b.ReportMetric(20_000*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchEdge's report is complete and consistent on a small run (the figures themselves are
// recorded by `datpin bench edge`, not asserted).
func TestBenchEdge_Report(t *testing.T) {
	r, err := agent.BenchEdgeWith(context.Background(), agent.EdgeOptions{Stations: 1, Records: 2000, MinTime: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	md := r.Markdown()
	for _, want := range []string{"parse", "anonymize", "score", "encode+merkle", "compress+encrypt", "end to end", "SHA-256"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
	if r.Records != 2000 {
		t.Errorf("report covers %d records, want 2000", r.Records)
	}
}

// BenchmarkAnchorEmbedded: contributions per second through seal, package,
// store and anchor on the embedded chain, 200 small station batches,
// AnchorBatch 50 (onboarding excluded: stations are onboarded first).
func BenchmarkAnchorEmbedded(b *testing.B) {
	const batches = 200
	for b.Loop() {
		b.StopTimer()
		n := evmtest.New(b, evm.DefaultConfig())
		op := evmtest.Account("operator", 0)
		chain := agent.NewSuiteChain(n.Suite, op)
		r := newRig(b, chain, nil, nil, func(c *agent.Config) { c.AnchorLinger = -1 })
		var recs []datpin.Record
		for s := range batches {
			for i := range 10 {
				rec := datpin.NewRecord(datpin.KindSession)
				rec.Time = (18690*86400 + int64(i)*3600) * 1000
				rec.StationID, rec.DeviceID = fmt.Sprintf("S%03d", s), "imsi-1"
				rec.RSRPdBm10 = int32(-1000 - i)
				recs = append(recs, rec)
			}
			must(b, agent.Onboard(context.Background(), chain, agent.DevStationAccount(fmt.Sprintf("S%03d", s)).Key, 0x87182a310ffffff, datpin.DeviceStation, time.Hour))
		}
		_, err := r.agent.Ingest(context.Background(), recs)
		must(b, err)
		b.StartTimer()
		must(b, r.agent.Flush(context.Background()))
		b.StopTimer()
		if s := r.agent.Stats(); s.Anchored != batches {
			b.Fatalf("anchored %d", s.Anchored)
		}
		r.stop()
		b.StartTimer()
	}
	b.ReportMetric(batches*float64(b.N)/b.Elapsed().Seconds(), "contributions/s")
}
