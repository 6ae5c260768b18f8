package agent

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/zk"
)

// TestPublicRegion_KAnonymity: a handset batch shows its region only when k distinct pseudonyms
// share it; pseudonyms elsewhere do not count; a station shows its heartbeats' region anyway.
func TestPublicRegion_KAnonymity(t *testing.T) {
	anon, err := privacy.NewAnonymizer(privacy.Config{Secret: bytes.Repeat([]byte{7}, 32), EpochLength: day, K: 3})
	must(t, err)
	var recs []datpin.Record
	add := func(device string, n int, lonE7 int32) {
		for i := range n {
			r := rec(device, "A1B2", int64(len(recs)*60+i), -900)
			r.LonE7 = lonE7
			recs = append(recs, r)
		}
	}
	add("imsi-1", 4, -84012340)
	add("imsi-2", 2, -84012340)
	add("imsi-3", 3, -74012340) // a degree east: another region
	pub, err := anon.Anonymize(18690, recs)
	must(t, err)
	region := anon.Region(pub)
	if region == 0 {
		t.Fatal("setup: no region")
	}
	if got := publicRegion(anon, pub, datpin.DeviceHandset, 3); got != 0 {
		t.Fatalf("two pseudonyms in the region: shown %x, want hidden", got)
	}
	if got := publicRegion(anon, pub, datpin.DeviceHandset, 2); got != region {
		t.Fatalf("k = 2: region %x, want %x", got, region)
	}
	add("imsi-4", 1, -84012340)
	pub, err = anon.Anonymize(18690, recs)
	must(t, err)
	if got := publicRegion(anon, pub, datpin.DeviceHandset, 3); got != region {
		t.Fatalf("three pseudonyms in the region: %x, want %x", got, region)
	}
	if got := publicRegion(anon, pub[:6], datpin.DeviceStation, 3); got != region {
		t.Fatalf("a station: %x, want %x", got, region)
	}
}

// zkPublic are n LTE sessions of one pseudonym, in the circuit's range, in one H3 cell.
func zkPublic(n int) []datpin.PublicRecord {
	out := make([]datpin.PublicRecord, n)
	for i := range out {
		out[i] = datpin.PublicRecord{Kind: datpin.KindSession, Time: int64(i) * 60_000, Pseudonym: [16]byte{1},
			H3Cell: 0x8a1972a6b4b7fff, Mode: datpin.ModeLTE, RSRPdBm10: int32(-900 - 10*i), RSRQdB10: -80, SINRdB10: 150,
			RSSIdBm10: datpin.Missing, CQI: datpin.Missing, NRRSRPdBm10: datpin.Missing, NRRSRQdB10: datpin.Missing,
			DownKbps: datpin.Missing, UpKbps: datpin.Missing, LatencyMs10: datpin.Missing, JitterMs10: datpin.Missing,
			LossPermille: datpin.Missing, SpeedKmh: datpin.Missing}
	}
	out[1].SINRdB10 = datpin.Missing
	out[2].Mode = datpin.ModeNR // kept in the batch, not scored
	return out
}

// TestOutbox_KeepsZKSlots: the proof row keeps the slots the package stage made, and they give
// back the batch the device committed to, without the batch's raw records.
func TestOutbox_KeepsZKSlots(t *testing.T) {
	o := openTestOutbox(t)
	ctx := context.Background()
	_, err := o.Ingest(ctx, []datpin.Record{rec("d1", "A", 0, -900), rec("d1", "B", 0, -900)}, day, 0, time.Now())
	must(t, err)
	_, err = o.SealAll(ctx)
	must(t, err)
	bs, err := o.List(ctx, nil)
	must(t, err)
	pub := zkPublic(5)
	zb, err := zk.NewBatch(zk.TestSize, pub)
	must(t, err)
	for i, b := range bs {
		z := &ZKProof{Commit: zb.Commit(), Size: zb.Size, Threshold: zb.Score(), Region: 1, Slots: zb.Slots[:len(pub)]}
		must(t, o.MarkPackaged(ctx, b.ID, &Packaged{Root: [32]byte{byte(i + 1)}, CID: fmt.Sprint("cid", i), Package: []byte("pkg"), ZK: z}))
	}
	_, err = o.db.ExecContext(ctx, `DELETE FROM segments`)
	must(t, err)
	got, err := o.zkSlots(ctx, bs[0].ID, zk.TestSize)
	must(t, err)
	if got == nil || got.Size != zb.Size || !slices.Equal(got.Slots, zb.Slots) || got.Commit() != zb.Commit() {
		t.Fatalf("slots read back: %+v, want %+v", got, zb)
	}
	// A row written before slots were kept has none: its batch is re-derived (legacySlots).
	_, err = o.db.ExecContext(ctx, `UPDATE zk_proofs SET slots = NULL WHERE batch = ?`, bs[1].ID)
	must(t, err)
	if got, err := o.zkSlots(ctx, bs[1].ID, zk.TestSize); err != nil || got != nil {
		t.Fatalf("a row without slots: %+v, %v; want none", got, err)
	}
	if _, err := o.zkSlots(ctx, 999, zk.TestSize); datpin.ErrorCode(err) != datpin.ENOTFOUND {
		t.Fatalf("no row: %v, want ENOTFOUND", err)
	}
}

func TestDecodeSlots_Rejects(t *testing.T) {
	zb, err := zk.NewBatch(zk.TestSize, zkPublic(3))
	must(t, err)
	enc := encodeSlots(zb.Slots[:3])
	if got, err := decodeSlots(enc, zk.TestSize); err != nil || !slices.Equal(got.Slots, zb.Slots) {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	bad := slices.Clone(enc)
	bad[0] |= 4
	for name, c := range map[string]struct {
		b    []byte
		size int
	}{
		"truncated": {enc[:len(enc)-1], zk.TestSize},
		"too many":  {enc, 2},
		"flags":     {bad, zk.TestSize},
	} {
		if _, err := decodeSlots(c.b, c.size); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Errorf("%s: %v, want EINVALID", name, err)
		}
	}
}
