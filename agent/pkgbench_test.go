package agent

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	"filippo.io/age"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/telemetry"
)

// offlineChain is a Chain for packaging only: packaging never calls the chain.
type offlineChain struct{ Chain }

func (offlineChain) DATDomain() pack.Domain {
	return pack.Domain{ChainID: 1337, VerifyingContract: [20]byte{1}}
}
func (offlineChain) ClassID() uint64 { return 1 }

// BenchmarkPackageBatch: the agent's package stage on a station-half-day
// of 43,200 records: read the batch from the outbox, sort, decode, score,
// anonymize, seal and encode.
func BenchmarkPackageBatch(b *testing.B) {
	var csv bytes.Buffer
	if err := SyntheticGNetTrack(&csv, "53B22", time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC), 43_200, 1); err != nil {
		b.Fatal(err)
	}
	var recs []datpin.Record
	if _, err := telemetry.ParseGNetTrack(&csv, "b.csv", "dev", func(r datpin.Record) error {
		recs = append(recs, r)
		return nil
	}, nil); err != nil {
		b.Fatal(err)
	}
	o, err := OpenOutbox(filepath.Join(b.TempDir(), "outbox.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer o.Close()
	ctx := context.Background()
	res, err := o.Ingest(ctx, recs, day, 0, time.Now())
	if err != nil {
		b.Fatal(err)
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		b.Fatal(err)
	}
	a, err := New(Config{Outbox: o, Store: nopStore{}, Chain: offlineChain{}, Keys: DevKeys{}, Recipients: []age.Recipient{id.Recipient()}})
	if err != nil {
		b.Fatal(err)
	}
	batch, err := o.Get(ctx, res.Batches[0])
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := a.packageBatch(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(recs))*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

type nopStore struct{ datpin.ContentStore }
