package bench_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/datpin/datpin/bench"
)

// TestAPI_Small runs the load test briefly with a few clients: uploads and reads are made and
// answered without error, every acknowledged record is in the outbox, and the report renders.
func TestAPI_Small(t *testing.T) {
	res, err := bench.API(context.Background(), bench.APIOptions{Pushers: 4, Readers: 3, Duration: 1500 * time.Millisecond,
		PushEvery: 50 * time.Millisecond, ReadEvery: 50 * time.Millisecond, Tokens: 6})
	if err != nil {
		t.Fatal(err)
	}
	if res.Uploads.Requests < 4 || res.Reads.Requests < 3 {
		t.Fatalf("too few requests made: %+v", res)
	}
	if res.Errors != 0 {
		t.Fatalf("%d requests failed: reads %+v uploads %+v", res.Errors, res.Reads, res.Uploads)
	}
	if res.RecordsIn == 0 || res.RecordsIn != res.RecordsPersisted || res.Lost != 0 {
		t.Fatalf("acknowledged %d records, outbox holds %d (lost %d)", res.RecordsIn, res.RecordsPersisted, res.Lost)
	}
	if res.Requests != res.Reads.Requests+res.Uploads.Requests || res.P99Ms < res.P50Ms || res.P50Ms <= 0 {
		t.Fatalf("figures do not add up: %+v", res)
	}
	md := res.Markdown(bench.Stamp(time.Now()))
	for _, want := range []string{"## API under load", "| dashboard reads |", "| telemetry uploads |", "lost"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
}
