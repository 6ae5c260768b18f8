package agent

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/datpin/datpin"
)

const day = 86400

// rec returns a valid session record of device at station, t seconds
// into epoch 18690 (2021-03-04), with a measurement that makes it unique.
func rec(device, station string, t int64, rsrp int32) datpin.Record {
	r := datpin.NewRecord(datpin.KindSession)
	r.Time = (18690*day + t) * 1000
	r.DeviceID, r.StationID = device, station
	r.LatE7, r.LonE7 = 518812350, -84012340
	r.Mode = datpin.ModeLTE
	r.RSRPdBm10 = rsrp
	return r
}

func openTestOutbox(t *testing.T) *Outbox {
	t.Helper()
	o, err := OpenOutbox(filepath.Join(t.TempDir(), "outbox.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { o.Close() })
	return o
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestCodec_RoundTrip(t *testing.T) {
	r := rec("imsi-001", "A1B2", 10, -950)
	r.CellID, r.Active, r.DownKbps, r.Sessions = "B", true, 48210, 7
	s := datpin.NewRecord(datpin.KindSensor)
	s.Time, s.DeviceID, s.Quantity, s.ValueE3 = 1614556800000, "ws-1", datpin.QuantityTemperatureC, -12_500
	for _, want := range []datpin.Record{r, s} {
		raw, err := appendRaw(nil, &want)
		must(t, err)
		got, err := decodeRaw(raw)
		must(t, err)
		if got != want {
			t.Fatalf("round trip:\n got %+v\nwant %+v", got, want)
		}
		if _, err := decodeRaw(raw[:len(raw)-1]); err == nil {
			t.Fatal("truncated record decoded")
		}
		if _, err := decodeRaw(append(raw, 0)); err == nil {
			t.Fatal("padded record decoded")
		}
	}
}

func TestOutbox_IngestIsIdempotentAndDurable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "outbox.db")
	o, err := OpenOutbox(path)
	must(t, err)
	ctx := context.Background()
	recs := []datpin.Record{rec("d1", "A", 0, -900), rec("d1", "A", 60, -910), rec("d2", "B", 0, -920)}
	res, err := o.Ingest(ctx, recs, day, 0, time.Now())
	must(t, err)
	if res.Accepted != 3 || res.Duplicates != 0 || len(res.Batches) != 2 {
		t.Fatalf("first ingest: %+v", res)
	}
	// A retried upload: nothing new is stored.
	res, err = o.Ingest(ctx, recs[1:], day, 0, time.Now())
	must(t, err)
	if res.Accepted != 0 || res.Duplicates != 2 {
		t.Fatalf("retry: %+v, want 2 duplicates", res)
	}
	must(t, o.Close())

	// Reopened, the records are there.
	o, err = OpenOutbox(path)
	must(t, err)
	defer o.Close()
	bs, err := o.List(ctx, nil)
	must(t, err)
	if len(bs) != 2 || bs[0].Station != "A" || bs[0].Records != 2 || bs[1].Records != 1 || bs[0].State != StateOpen {
		t.Fatalf("after reopen: %+v %+v", bs[0], bs[1])
	}
	if bs[0].DeviceType != datpin.DeviceStation || bs[0].Epoch != 18690 {
		t.Fatalf("batch key: %+v", bs[0])
	}
	got, err := o.Records(ctx, bs[0].ID)
	must(t, err)
	if !slices.Equal(got, recs[:2]) {
		t.Fatalf("records of batch A: %+v", got)
	}
}

func TestOutbox_InvalidRecordStoresNothing(t *testing.T) {
	o := openTestOutbox(t)
	ctx := context.Background()
	bad := rec("d1", "A", 0, -900)
	bad.RSRPdBm10 = 100 // +10 dBm: not a measurement
	_, err := o.Ingest(ctx, []datpin.Record{rec("d1", "A", 1, -900), bad}, day, 0, time.Now())
	if datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("ingest with an invalid record: %v, want EINVALID", err)
	}
	if bs, _ := o.List(ctx, nil); len(bs) != 0 {
		t.Fatalf("something was stored: %+v", bs)
	}
}

func TestOutbox_SealedBatchGetsASuccessor(t *testing.T) {
	o := openTestOutbox(t)
	ctx := context.Background()
	_, err := o.Ingest(ctx, []datpin.Record{rec("d1", "A", 0, -900)}, day, 0, time.Now())
	must(t, err)
	n, err := o.SealAll(ctx)
	must(t, err)
	if n != 1 {
		t.Fatalf("sealed %d, want 1", n)
	}
	// A late record of the same station and epoch opens seq 1; a duplicate
	// of a sealed record is not stored again and opens nothing.
	res, err := o.Ingest(ctx, []datpin.Record{rec("d1", "A", 0, -900)}, day, 0, time.Now())
	must(t, err)
	if res.Duplicates != 1 || len(res.Batches) != 0 {
		t.Fatalf("duplicate of a sealed record: %+v", res)
	}
	res, err = o.Ingest(ctx, []datpin.Record{rec("d1", "A", 5, -900)}, day, 0, time.Now())
	must(t, err)
	bs, err := o.List(ctx, nil)
	must(t, err)
	if len(bs) != 2 || bs[1].Seq != 1 || bs[1].State != StateOpen || bs[0].State != StateSealed {
		t.Fatalf("batches: %+v", bs)
	}
}

func TestOutbox_MaxBatchSeals(t *testing.T) {
	o := openTestOutbox(t)
	ctx := context.Background()
	var recs []datpin.Record
	for i := range 7 {
		recs = append(recs, rec("d1", "A", int64(i), -900))
	}
	res, err := o.Ingest(ctx, recs, day, 3, time.Now())
	must(t, err)
	if len(res.Batches) != 3 {
		t.Fatalf("batches %v, want 3", res.Batches)
	}
	bs, err := o.List(ctx, nil)
	must(t, err)
	want := []struct {
		state State
		n     int
	}{{StateSealed, 3}, {StateSealed, 3}, {StateOpen, 1}}
	for i, w := range want {
		if bs[i].State != w.state || bs[i].Records != w.n || bs[i].Seq != i {
			t.Fatalf("batch %d: %+v, want %v with %d records", i, bs[i], w.state, w.n)
		}
	}
}

func TestOutbox_SealDue(t *testing.T) {
	o := openTestOutbox(t)
	ctx := context.Background()
	epochEnd := time.UnixMilli((18690 + 1) * day * 1000)
	_, err := o.Ingest(ctx, []datpin.Record{rec("d1", "A", 0, -900)}, day, 0, epochEnd.Add(-time.Hour))
	must(t, err)
	for _, c := range []struct {
		now  time.Time
		want int
	}{
		{epochEnd.Add(-time.Minute), 0},                 // epoch not over
		{epochEnd.Add(5 * time.Minute), 0},              // within the grace
		{epochEnd.Add(10*time.Minute + time.Second), 1}, // due
	} {
		n, err := o.SealDue(ctx, c.now, 10*time.Minute)
		must(t, err)
		if n != c.want {
			t.Fatalf("SealDue at %v: %d, want %d", c.now, n, c.want)
		}
	}
	// A batch that keeps receiving late records waits for a quiet period.
	late := epochEnd.Add(time.Hour)
	_, err = o.Ingest(ctx, []datpin.Record{rec("d1", "A", 1, -900)}, day, 0, late)
	must(t, err)
	if n, _ := o.SealDue(ctx, late.Add(time.Minute), 10*time.Minute); n != 0 {
		t.Fatal("sealed a batch that just received a record")
	}
	if n, _ := o.SealDue(ctx, late.Add(11*time.Minute), 10*time.Minute); n != 1 {
		t.Fatal("late batch not sealed after the grace")
	}
}

func TestOutbox_StateMachine(t *testing.T) {
	o := openTestOutbox(t)
	ctx := context.Background()
	_, err := o.Ingest(ctx, []datpin.Record{rec("d1", "A", 0, -900), rec("d1", "B", 0, -900)}, day, 0, time.Now())
	must(t, err)
	bs, _ := o.List(ctx, nil)
	a, b := bs[0].ID, bs[1].ID
	conflict := func(err error) {
		t.Helper()
		if datpin.ErrorCode(err) != datpin.ECONFLICT {
			t.Fatalf("got %v, want a conflict", err)
		}
	}
	p := &Packaged{Score: 7000, Root: [32]byte{1}, CID: "bafkreitest", Package: []byte("pkg"), Region: 42}
	conflict(o.MarkPackaged(ctx, a, p)) // still open
	_, err = o.SealAll(ctx)
	must(t, err)
	conflict(o.MarkStored(ctx, a))                               // not packaged
	conflict(o.MarkAnchored(ctx, []Anchored{{ID: a, Token: 1}})) // not stored
	must(t, o.MarkPackaged(ctx, a, p))
	conflict(o.MarkPackaged(ctx, a, p)) // a package is made once
	pkg, err := o.Package(ctx, a)
	must(t, err)
	if string(pkg) != "pkg" {
		t.Fatalf("package %q", pkg)
	}

	// Retry pushes a batch out of Due until its time.
	now := time.Now()
	must(t, o.Retry(ctx, a, datpin.Errorf(datpin.EUNAVAILABLE, "store down"), now.Add(time.Minute)))
	due, err := o.Due(ctx, StatePackaged, now, 10)
	must(t, err)
	if len(due) != 0 {
		t.Fatal("batch due before its retry time")
	}
	due, err = o.Due(ctx, StatePackaged, now.Add(2*time.Minute), 10)
	must(t, err)
	if len(due) != 1 || due[0].Attempts != 1 || due[0].LastError == "" || due[0].Root != p.Root || due[0].Region != 42 {
		t.Fatalf("due after retry time: %+v", due)
	}
	must(t, o.MarkStored(ctx, a))
	// A transition resets the attempts.
	got, _ := o.Get(ctx, a)
	if got.Attempts != 0 || got.LastError != "" || got.State != StateStored {
		t.Fatalf("after store: %+v", got)
	}
	// Anchoring is all or nothing across batches.
	conflict(o.MarkAnchored(ctx, []Anchored{{ID: a, Token: 1}, {ID: b, Token: 2}}))
	if got, _ := o.Get(ctx, a); got.State != StateStored {
		t.Fatal("partial MarkAnchored committed")
	}
	must(t, o.MarkAnchored(ctx, []Anchored{{ID: a, Token: 9, Tx: "0xabc"}}))
	got, _ = o.Get(ctx, a)
	if got.State != StateAnchored || got.Token != 9 || got.Tx != "0xabc" {
		t.Fatalf("anchored: %+v", got)
	}
	conflict(o.MarkFailed(ctx, a, datpin.Errorf(datpin.EINVALID, "late")))
	must(t, o.MarkFailed(ctx, b, datpin.Errorf(datpin.EINVALID, "bad")))
	n, err := o.Pending(ctx)
	must(t, err)
	if n != 0 {
		t.Fatalf("pending %d, want 0", n)
	}
	counts, _, err := o.Counts(ctx)
	must(t, err)
	if counts[StateAnchored] != 1 || counts[StateFailed] != 1 {
		t.Fatalf("counts %v", counts)
	}
}

// The Merkle root depends on the set of records only: the outbox returns a
// batch's records in the same order whatever order they came in.
func TestOutbox_RecordsCanonicalOrder(t *testing.T) {
	var recs []datpin.Record
	for i := range 50 {
		recs = append(recs, rec("d"+string(rune('a'+i%5)), "A", int64(i/3), int32(-1000+i)))
	}
	var first []datpin.Record
	for trial := range 3 {
		shuffled := slices.Clone(recs)
		rand.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		o := openTestOutbox(t)
		ctx := context.Background()
		res, err := o.Ingest(ctx, shuffled, day, 0, time.Now())
		must(t, err)
		got, err := o.Records(ctx, res.Batches[0])
		must(t, err)
		if trial == 0 {
			first = got
			for i := 1; i < len(got); i++ {
				if got[i].Time < got[i-1].Time {
					t.Fatal("records not in time order")
				}
			}
		} else if !slices.Equal(got, first) {
			t.Fatal("record order depends on arrival order")
		}
	}
}

func TestOutbox_Bind(t *testing.T) {
	o := openTestOutbox(t)
	ctx := context.Background()
	must(t, o.Bind(ctx, "1337/0xdat/100"))
	must(t, o.Bind(ctx, "1337/0xdat/100"))
	if err := o.Bind(ctx, "31337/0xdat/100"); datpin.ErrorCode(err) != datpin.ECONFLICT {
		t.Fatalf("bind to another deployment: %v", err)
	}
}

// BenchmarkOutboxIngest: durable ingestion, 16k records per transaction.
func BenchmarkOutboxIngest(b *testing.B) {
	recs := make([]datpin.Record, DefaultChunk)
	for i := range recs {
		recs[i] = rec("imsi-1", "53B22", int64(i), int32(-1200+i%500))
	}
	o, err := OpenOutbox(filepath.Join(b.TempDir(), "outbox.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer o.Close()
	ctx := context.Background()
	n := 0
	for b.Loop() {
		for i := range recs {
			recs[i].Time += day * 1000 // new records every round
		}
		if _, err := o.Ingest(ctx, recs, day, 0, time.Now()); err != nil {
			b.Fatal(err)
		}
		n += len(recs)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}

// TestOutbox_ConcurrentIngestsCommitTogether: many calls at once, overlapping in records and
// stations, with a batch size that seals batches mid-call. However they are grouped into
// transactions, each call counts its own records (accepted + duplicates = its size, and the
// batches it added to), every distinct record is stored exactly once, and a record sent by two
// calls is accepted by exactly one of them.
func TestOutbox_ConcurrentIngestsCommitTogether(t *testing.T) {
	o := openTestOutbox(t)
	ctx := context.Background()
	const calls, perCall = 48, 40
	type result struct {
		res IngestResult
		err error
		n   int
	}
	out := make([]result, calls)
	start := make(chan struct{})
	done := make(chan int)
	for c := range calls {
		go func() {
			<-start
			var recs []datpin.Record
			for i := range perCall {
				// Calls c and c+1 share half their records; stations rotate over five.
				k := c*perCall/2 + i
				recs = append(recs, rec("d", string(rune('A'+k%5)), int64(k), -900-int32(k%50)))
			}
			res, err := o.Ingest(ctx, recs, day, 25, time.Now())
			out[c] = result{res, err, len(recs)}
			done <- c
		}()
	}
	close(start)
	for range calls {
		<-done
	}
	accepted := 0
	for c, r := range out {
		must(t, r.err)
		if r.res.Accepted+r.res.Duplicates != r.n {
			t.Fatalf("call %d: %+v for %d records", c, r.res, r.n)
		}
		if r.res.Accepted > 0 && len(r.res.Batches) == 0 {
			t.Fatalf("call %d accepted %d records into no batch", c, r.res.Accepted)
		}
		accepted += r.res.Accepted
	}
	distinct := (calls + 1) * perCall / 2
	if accepted != distinct {
		t.Fatalf("accepted %d records in all; %d are distinct", accepted, distinct)
	}
	bs, err := o.List(ctx, nil)
	must(t, err)
	stored := map[datpin.Record]int{}
	for _, b := range bs {
		if b.Records > 25 {
			t.Fatalf("batch %d holds %d records; the size is 25", b.ID, b.Records)
		}
		got, err := o.Records(ctx, b.ID)
		must(t, err)
		for _, r := range got {
			stored[r]++
		}
	}
	if len(stored) != distinct {
		t.Fatalf("%d distinct records stored; want %d", len(stored), distinct)
	}
	for r, n := range stored {
		if n != 1 {
			t.Fatalf("record %+v stored %d times", r, n)
		}
	}
}
