package privacy_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/privacy"
	"github.com/uber/h3-go/v4"
)

var testSecret = []byte("0123456789abcdef0123456789abcdef")

const (
	day      = 86_400_000
	epoch    = 20454 // 2026-01-01
	epochMs  = int64(epoch) * day
	berlinLa = 525_200_066 // Brandenburg Gate, 1e-7 degrees
	berlinLo = 134_049_540
)

func mustAnonymizer(tb testing.TB, cfg privacy.Config) *privacy.Anonymizer {
	tb.Helper()
	if cfg.Secret == nil {
		cfg.Secret = testSecret
	}
	a, err := privacy.NewAnonymizer(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

func TestEpochKey(t *testing.T) {
	m := hmac.New(sha256.New, testSecret)
	m.Write([]byte("datpin/pseudonym/v1"))
	m.Write([]byte{0, 0, 0x4f, 0xe6}) // 20454, big-endian
	want := m.Sum(nil)
	got := privacy.EpochKey(testSecret, epoch)
	if hex.EncodeToString(got[:]) != hex.EncodeToString(want) {
		t.Fatalf("EpochKey = %x, want %x", got, want)
	}
	m = hmac.New(sha256.New, got[:])
	m.Write([]byte("310260123456789"))
	if p := privacy.Pseudonym(got, "310260123456789"); hex.EncodeToString(p[:]) != hex.EncodeToString(m.Sum(nil)[:16]) {
		t.Fatal("Pseudonym is not HMAC-SHA256(epochKey, id)[:16]")
	}
}

func TestPseudonym_Unlinkable(t *testing.T) {
	const id = "356938035643809"
	k1, k2 := privacy.EpochKey(testSecret, epoch), privacy.EpochKey(testSecret, epoch+1)
	if privacy.Pseudonym(k1, id) != privacy.Pseudonym(k1, id) {
		t.Fatal("pseudonym is not stable within an epoch")
	}
	if privacy.Pseudonym(k1, id) == privacy.Pseudonym(k2, id) {
		t.Fatal("pseudonym is the same across epochs")
	}
	if privacy.Pseudonym(k1, id) == privacy.Pseudonym(k1, id+"0") {
		t.Fatal("two ids share a pseudonym")
	}
	other := privacy.EpochKey([]byte("another secret, another device!!"), epoch)
	if privacy.Pseudonym(k1, id) == privacy.Pseudonym(other, id) {
		t.Fatal("two secrets give the same pseudonym")
	}
}

func TestNewAnonymizer(t *testing.T) {
	t.Run("Defaults", func(t *testing.T) {
		c := mustAnonymizer(t, privacy.Config{}).Config()
		if c.Resolution != 8 || c.RegionResolution != 7 || c.K != 3 || c.EpochLength != 86400 || c.Secret != nil {
			t.Fatalf("config = %+v", c)
		}
	})
	for name, cfg := range map[string]privacy.Config{
		"ErrShortSecret": {Secret: []byte("short")},
		"ErrResolution":  {Secret: testSecret, Resolution: 16},
		"ErrRegion":      {Secret: testSecret, Resolution: 6, RegionResolution: 7},
		"ErrK":           {Secret: testSecret, K: -1},
		"ErrEpoch":       {Secret: testSecret, EpochLength: -5},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := privacy.NewAnonymizer(cfg); datpin.ErrorCode(err) != datpin.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
		})
	}
}

func TestCell(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		c, err := privacy.Cell(berlinLa, berlinLo, 8)
		if err != nil {
			t.Fatal(err)
		}
		want := h3.LatLngToCell(h3.NewLatLng(52.5200066, 13.404954), 8)
		if c != uint64(want) || privacy.Resolution(c) != 8 {
			t.Fatalf("cell = %x, want %x", c, want)
		}
	})
	t.Run("Missing", func(t *testing.T) {
		for _, p := range [][2]int32{{datpin.Missing, berlinLo}, {berlinLa, datpin.Missing}} {
			if c, err := privacy.Cell(p[0], p[1], 8); c != 0 || err != nil {
				t.Fatalf("Cell(%d, %d) = %x, %v; want 0, nil", p[0], p[1], c, err)
			}
		}
	})
	for name, p := range map[string][3]int32{
		"ErrLat": {900_000_001, 0, 8}, "ErrLon": {0, -1_800_000_001, 8}, "ErrRes": {0, 0, 16},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := privacy.Cell(p[0], p[1], int(p[2])); datpin.ErrorCode(err) != datpin.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
		})
	}
}

func TestParent_MatchesH3(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		lat, lon := int32(rng.IntN(1_700_000_000)-850_000_000), int32(rng.IntN(3_599_999_999)-1_799_999_999)
		res := rng.IntN(16)
		c, err := privacy.Cell(lat, lon, res)
		if err != nil {
			t.Fatal(err)
		}
		for r := 0; r <= 15; r++ {
			want := uint64(h3.Cell(c).Parent(r))
			if r >= res {
				want = c
			}
			if got := privacy.Parent(c, r); got != want {
				t.Fatalf("Parent(%x, %d) = %x, want %x", c, r, got, want)
			}
		}
	}
	if privacy.Parent(0, 5) != 0 {
		t.Fatal("parent of cell 0 is not 0")
	}
}

// rawRecords returns a drive test through Berlin with ids of several kinds.
func rawRecords(n int) []datpin.Record {
	ids := []string{"310260123456789", "356938035643809", "+14155552671", "user-4711@example.org"}
	recs := make([]datpin.Record, n)
	for i := range recs {
		r := datpin.NewRecord(datpin.KindSession)
		r.Time = epochMs + int64(i)*60_000
		r.DeviceID = ids[i%len(ids)]
		r.StationID, r.CellID = "1A2B3", "7"
		r.LatE7, r.LonE7 = berlinLa+int32(i*1237), berlinLo+int32(i*2311)
		r.Mode, r.RSRPdBm10, r.DownKbps, r.Active = datpin.ModeLTE, -950-int32(i%200), 50_000+int32(i), i%2 == 0
		recs[i] = r
	}
	return recs
}

func TestAnonymizer_Anonymize(t *testing.T) {
	a := mustAnonymizer(t, privacy.Config{})
	raw := rawRecords(100)
	raw[5].LatE7 = datpin.Missing
	pub, err := a.Anonymize(epoch, raw)
	if err != nil {
		t.Fatal(err)
	}
	key := a.EpochKey(epoch)
	for i, p := range pub {
		r := raw[i]
		cell, _ := privacy.Cell(r.LatE7, r.LonE7, 8)
		if p.Time != r.Time || p.Kind != r.Kind || p.StationID != r.StationID || p.CellID != r.CellID ||
			p.RSRPdBm10 != r.RSRPdBm10 || p.DownKbps != r.DownKbps || p.Active != r.Active || p.SpeedKmh != r.SpeedKmh ||
			p.H3Cell != cell || p.Pseudonym != privacy.Pseudonym(key, r.DeviceID) {
			t.Fatalf("record %d: %+v does not match %+v", i, p, r)
		}
	}
	if pub[5].H3Cell != 0 {
		t.Fatal("missing position did not give cell 0")
	}
	t.Run("ErrOtherEpoch", func(t *testing.T) {
		bad := rawRecords(3)
		bad[2].Time = epochMs + day
		if _, err := a.Anonymize(epoch, bad); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
	})
	t.Run("ErrPosition", func(t *testing.T) {
		bad := rawRecords(3)
		bad[1].LatE7 = 950_000_000
		if _, err := a.Anonymize(epoch, bad); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
	})
	t.Run("Region", func(t *testing.T) {
		region := a.Region(pub)
		if privacy.Resolution(region) != 7 || region != privacy.Parent(pub[0].H3Cell, 7) {
			t.Fatalf("region = %x", region)
		}
		if a.Region(nil) != 0 {
			t.Fatal("region of nothing is not 0")
		}
	})
	t.Run("StationCell", func(t *testing.T) {
		c, err := a.StationCell(berlinLa, berlinLo)
		if err != nil || privacy.Resolution(c) != 7 || c != privacy.Parent(pub[0].H3Cell, 7) {
			t.Fatalf("station cell = %x, %v", c, err)
		}
	})
}

func TestEpochOf(t *testing.T) {
	if e, err := privacy.EpochOf(epochMs+day-1, 86400); e != epoch || err != nil {
		t.Fatalf("EpochOf = %d, %v", e, err)
	}
	if _, err := privacy.EpochOf(-1, 86400); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("err = %v, want EINVALID", err)
	}
}

func TestKAnonymous(t *testing.T) {
	a := mustAnonymizer(t, privacy.Config{})
	key := a.EpochKey(epoch)
	mk := func(id string, cell uint64, station string, hour int64, rsrp int32) datpin.PublicRecord {
		r := datpin.PublicRecord{Kind: datpin.KindSession, Pseudonym: privacy.Pseudonym(key, id), H3Cell: cell,
			StationID: station, Time: epochMs + hour*3_600_000 + 1, RSRPdBm10: rsrp,
			SINRdB10: datpin.Missing, DownKbps: datpin.Missing, UpKbps: datpin.Missing, LatencyMs10: datpin.Missing, LossPermille: datpin.Missing}
		return r
	}
	recs := []datpin.PublicRecord{
		// cell 1: three devices, four records, published
		mk("a", 1, "S1", 0, -900), mk("b", 1, "S1", 0, -1000), mk("c", 1, "S1", 0, -1100), mk("a", 1, "S1", 0, datpin.Missing),
		// cell 2: two devices, many records, suppressed
		mk("a", 2, "S2", 1, -900), mk("a", 2, "S2", 1, -900), mk("b", 2, "S2", 1, -900),
		// no cell: not grouped by cell
		mk("d", 0, "S1", 0, -800),
	}
	t.Run("ByCell", func(t *testing.T) {
		aggs, sup, err := a.Aggregate(recs, privacy.ByCell)
		if err != nil {
			t.Fatal(err)
		}
		if len(aggs) != 1 || aggs[0].Key.H3Cell != 1 || aggs[0].Devices != 3 || aggs[0].Records != 4 {
			t.Fatalf("aggregates = %+v", aggs)
		}
		if s := aggs[0].RSRPdBm10; s.N != 3 || s.Min != -1100 || s.Max != -900 || s.Mean() != -1000 {
			t.Fatalf("RSRP stat = %+v", s)
		}
		if sup != (privacy.Suppressed{Groups: 1, Records: 3}) {
			t.Fatalf("suppressed = %+v", sup)
		}
	})
	t.Run("ByStationHour", func(t *testing.T) {
		aggs, sup, err := a.Aggregate(recs, privacy.ByStationHour)
		if err != nil {
			t.Fatal(err)
		}
		if len(aggs) != 1 || aggs[0].Key.StationID != "S1" || aggs[0].Devices != 4 || aggs[0].Key.Hour != epochMs {
			t.Fatalf("aggregates = %+v", aggs)
		}
		if sup != (privacy.Suppressed{Groups: 1, Records: 3}) {
			t.Fatalf("suppressed = %+v", sup)
		}
	})
	t.Run("K1PublishesAll", func(t *testing.T) {
		aggs, sup, _ := privacy.KAnonymous(recs, privacy.ByCell, 1)
		if len(aggs) != 2 || sup.Groups != 0 {
			t.Fatalf("aggregates = %+v, suppressed %+v", aggs, sup)
		}
	})
	t.Run("ErrGrouping", func(t *testing.T) {
		if _, _, err := privacy.KAnonymous(recs, 9, 3); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
	})
}

func BenchmarkAnonymize(b *testing.B) {
	a := mustAnonymizer(b, privacy.Config{})
	raw := rawRecords(10_000)
	for i := range raw {
		if i%4 != 0 { // a stationary device: three samples of four repeat a position
			raw[i].LatE7, raw[i].LonE7 = raw[i-i%4].LatE7, raw[i-i%4].LonE7
		}
	}
	dst := make([]datpin.PublicRecord, 0, len(raw))
	b.ReportAllocs()
	for b.Loop() {
		dst, _ = a.AppendAnonymized(dst[:0], epoch, raw)
	}
	b.ReportMetric(float64(len(raw))*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}
