package agent

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/datpin/datpin"
)

// someRecords returns n records of station over the given devices, one a
// second, with ids of varying lengths.
func someRecords(station string, devices, n int, from int64) []datpin.Record {
	var recs []datpin.Record
	for i := range n {
		r := rec(fmt.Sprintf("dev-%d%s", i%devices, "xyz"[:i%4]), station, from+int64(i), int32(-1200+i%700))
		r.CellID = fmt.Sprintf("%X", i%13)
		r.Active, r.DownKbps = i%3 == 0, int32(i*7919%80_000)
		recs = append(recs, r)
	}
	return recs
}

func TestSegment_RoundTrip(t *testing.T) {
	for _, n := range []int{1, segBlock - 1, segBlock, 2*segBlock + 17} {
		recs := someRecords("53B22", 3, n, 0)
		var raws [][]byte
		for i := range recs {
			raw, err := appendRaw(nil, &recs[i])
			must(t, err)
			raws = append(raws, raw)
		}
		seg, _, _ := encodeSegment(nil, nil, raws)
		got, err := segmentRaws(nil, segS2, seg)
		must(t, err)
		if !slices.EqualFunc(got, raws, func(a, b []byte) bool { return string(a) == string(b) }) {
			t.Fatalf("%d records: segment does not give them back", n)
		}
		// Raw segments, as written before compression, still read.
		var flat []byte
		for _, r := range raws {
			flat = append(flat, r...)
		}
		if got, err = segmentRaws(nil, segRaw, flat); err != nil || len(got) != n {
			t.Fatalf("%d raw records: %d, %v", n, len(got), err)
		}
		if n > 1 && len(seg) >= len(flat)/2 {
			t.Errorf("%d records: segment of %d bytes for %d raw bytes", n, len(seg), len(flat))
		}
	}
	raw, _ := appendRaw(nil, &[]datpin.Record{rec("d", "A", 0, -900)}[0])
	seg, _, _ := encodeSegment(nil, nil, [][]byte{raw})
	for name, bad := range map[string][]byte{
		"truncated": seg[:len(seg)-1], "garbage": []byte("not a segment"), "empty": nil,
	} {
		if _, err := segmentRaws(nil, segS2, bad); datpin.ErrorCode(err) != datpin.EINTERNAL {
			t.Errorf("%s segment: %v, want EINTERNAL", name, err)
		}
	}
	if _, err := segmentRaws(nil, 7, seg); datpin.ErrorCode(err) != datpin.EINTERNAL {
		t.Errorf("unknown codec: %v", err)
	}
}

// TestOutbox_DuplicatesAcrossRestartsAndHandles: a record delivered again is
// stored once, after a restart, through a second handle on the same
// database (another process), and within one call.
func TestOutbox_DuplicatesAcrossRestartsAndHandles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "outbox.db")
	ctx := context.Background()
	recs := someRecords("A", 4, 600, 0)
	other := someRecords("B", 2, 50, 3600)

	o, err := OpenOutbox(path)
	must(t, err)
	res, err := o.Ingest(ctx, append(slices.Clone(recs[:400]), recs[:10]...), day, 0, time.Now())
	must(t, err)
	if res.Accepted != 400 || res.Duplicates != 10 {
		t.Fatalf("first delivery with repeats: %+v", res)
	}
	must(t, o.Close())

	// After a restart: the overlap is found, the rest is new.
	o, err = OpenOutbox(path)
	must(t, err)
	defer o.Close()
	res, err = o.Ingest(ctx, recs[300:], day, 0, time.Now())
	must(t, err)
	if res.Accepted != 200 || res.Duplicates != 100 {
		t.Fatalf("after restart: %+v, want 200 new and 100 duplicates", res)
	}

	// A second handle writes to groups the first one holds in memory.
	o2, err := OpenOutbox(path)
	must(t, err)
	defer o2.Close()
	more := someRecords("A", 4, 700, 0)[600:] // the same day and station, new records
	res, err = o2.Ingest(ctx, append(slices.Clone(more), recs[:5]...), day, 0, time.Now())
	must(t, err)
	if res.Accepted != 100 || res.Duplicates != 5 {
		t.Fatalf("second handle: %+v", res)
	}
	res, err = o.Ingest(ctx, append(slices.Clone(more), other...), day, 0, time.Now())
	must(t, err)
	if res.Accepted != 50 || res.Duplicates != 100 {
		t.Fatalf("first handle after the second wrote: %+v, want its 100 records found", res)
	}

	// Every record is stored once.
	bs, err := o.List(ctx, nil)
	must(t, err)
	var stored []datpin.Record
	for _, b := range bs {
		rs, err := o.Records(ctx, b.ID)
		must(t, err)
		stored = append(stored, rs...)
	}
	want := append(append(slices.Clone(recs), more...), other...)
	if len(stored) != len(want) {
		t.Fatalf("%d records stored, want %d", len(stored), len(want))
	}
	for _, r := range want {
		if !slices.Contains(stored, r) {
			t.Fatalf("record missing: %+v", r)
		}
	}
}

// TestOutbox_FailedIngestLeavesNoKeys: keys taken by a call that did not
// commit do not make its records duplicates later.
func TestOutbox_FailedIngestLeavesNoKeys(t *testing.T) {
	o := openTestOutbox(t)
	ctx := context.Background()
	recs := someRecords("A", 2, 100, 0)
	_, err := o.Ingest(ctx, recs[:50], day, 0, time.Now())
	must(t, err)
	_, err = o.db.ExecContext(ctx, `CREATE TRIGGER refuse BEFORE INSERT ON segments BEGIN SELECT RAISE(ABORT, 'refused'); END`)
	must(t, err)
	if _, err := o.Ingest(ctx, recs, day, 0, time.Now()); err == nil {
		t.Fatal("ingest succeeded with segments refused")
	}
	_, err = o.db.ExecContext(ctx, `DROP TRIGGER refuse`)
	must(t, err)
	res, err := o.Ingest(ctx, recs, day, 0, time.Now())
	must(t, err)
	if res.Accepted != 50 || res.Duplicates != 50 {
		t.Fatalf("after a failed call: %+v, want 50 new and 50 duplicates", res)
	}
}

// TestOutbox_KeyCacheEviction: groups dropped from memory are read again.
func TestOutbox_KeyCacheEviction(t *testing.T) {
	o := openTestOutbox(t)
	o.keys.max = 150
	ctx := context.Background()
	var all []datpin.Record
	for d := range 4 {
		recs := someRecords(fmt.Sprintf("S%d", d), 1, 100, int64(d)*day)
		all = append(all, recs...)
		_, err := o.Ingest(ctx, recs, day, 0, time.Now())
		must(t, err)
		if o.keys.size > o.keys.max {
			t.Fatalf("%d keys in memory, bound %d", o.keys.size, o.keys.max)
		}
	}
	if len(o.keys.groups) != 1 {
		t.Fatalf("%d groups in memory, want 1", len(o.keys.groups))
	}
	res, err := o.Ingest(ctx, all, day, 0, time.Now())
	must(t, err)
	if res.Accepted != 0 || res.Duplicates != len(all) {
		t.Fatalf("after eviction: %+v", res)
	}
}

// oldSchema is the outbox schema before key chunks: one key per record and
// uncompressed segments.
const oldSchema = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE batches (
	id INTEGER PRIMARY KEY, station TEXT NOT NULL, device_type INTEGER NOT NULL, epoch_len INTEGER NOT NULL,
	epoch INTEGER NOT NULL, seq INTEGER NOT NULL, state INTEGER NOT NULL, records INTEGER NOT NULL DEFAULT 0,
	created INTEGER NOT NULL, last_append INTEGER NOT NULL DEFAULT 0, device BLOB, score INTEGER NOT NULL DEFAULT 0,
	explanation TEXT NOT NULL DEFAULT '', region INTEGER NOT NULL DEFAULT 0, root BLOB, cid TEXT NOT NULL DEFAULT '',
	package BLOB, sent INTEGER NOT NULL DEFAULT 0, token INTEGER NOT NULL DEFAULT 0, tx TEXT NOT NULL DEFAULT '',
	attempts INTEGER NOT NULL DEFAULT 0, next_try INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '',
	UNIQUE (station, epoch_len, epoch, seq)
);
CREATE TABLE record_keys (key BLOB PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE segments (id INTEGER PRIMARY KEY, batch INTEGER NOT NULL, data BLOB NOT NULL);
`

// TestOutbox_UpgradesOldDatabase: a database of the per-record key schema
// opens, keeps its records readable and still refuses their duplicates.
func TestOutbox_UpgradesOldDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "outbox.db")
	ctx := context.Background()
	recs := someRecords("A", 3, 40, 0)
	db, err := sql.Open("sqlite", "file:"+path)
	must(t, err)
	_, err = db.Exec(oldSchema)
	must(t, err)
	_, err = db.Exec(`INSERT INTO batches (id, station, device_type, epoch_len, epoch, seq, state, records, created)
		VALUES (1, 'A', ?, ?, 18690, 0, ?, ?, 0)`, datpin.DeviceStation, day, StateOpen, len(recs))
	must(t, err)
	for _, part := range [][]datpin.Record{recs[:25], recs[25:]} {
		var seg []byte
		for i := range part {
			seg, err = appendRaw(seg, &part[i])
			must(t, err)
			_, err = db.Exec(`INSERT INTO record_keys (key) VALUES (?)`, fmt.Appendf(nil, "key of %d", part[i].Time))
			must(t, err)
		}
		_, err = db.Exec(`INSERT INTO segments (batch, data) VALUES (1, ?)`, seg)
		must(t, err)
	}
	must(t, db.Close())

	o, err := OpenOutbox(path)
	must(t, err)
	defer o.Close()
	got, err := o.Records(ctx, 1)
	must(t, err)
	if len(got) != len(recs) {
		t.Fatalf("%d records read after the upgrade, want %d", len(got), len(recs))
	}
	res, err := o.Ingest(ctx, append(slices.Clone(recs), rec("d9", "A", 999, -900)), day, 0, time.Now())
	must(t, err)
	if res.Accepted != 1 || res.Duplicates != len(recs) || !slices.Equal(res.Batches, []int64{1}) {
		t.Fatalf("after the upgrade: %+v", res)
	}
	var n int
	must(t, o.db.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE name = 'record_keys'`).Scan(&n))
	if n != 0 {
		t.Fatal("the per-record key table is still there")
	}
	got, err = o.Records(ctx, 1)
	must(t, err)
	if len(got) != len(recs)+1 {
		t.Fatalf("%d records after one more, want %d", len(got), len(recs)+1)
	}
	// Opening again changes nothing.
	must(t, o.Close())
	o, err = OpenOutbox(path)
	must(t, err)
	res, err = o.Ingest(ctx, recs[:3], day, 0, time.Now())
	must(t, err)
	if res.Duplicates != 3 {
		t.Fatalf("second open: %+v", res)
	}
}
