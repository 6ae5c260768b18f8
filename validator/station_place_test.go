package validator

import (
	"context"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/datpin/datpin"
)

// heardAround is n LTE sessions of station "A1" measured within 1 km of (lat, lon) by one
// handset, a minute apart from day0 plus offMs, with levels that fall with the distance and
// vary from one handset to another as measurements do.
func heardAround(t *testing.T, lat, lon float64, n int, pseudonym byte, offMs int64) []datpin.PublicRecord {
	t.Helper()
	rng := rand.New(rand.NewPCG(uint64(pseudonym), uint64(offMs)))
	out := make([]datpin.PublicRecord, 0, n)
	for k := range n {
		dKm := 0.1 + 0.9*rng.Float64()
		ang := 2 * math.Pi * rng.Float64()
		la, lo := offset(lat, lon, dKm*math.Cos(ang), dKm*math.Sin(ang))
		rsrp := int32(math.Round((DefaultRadio.MedianRSRPdBm(dKm+0.3) + 6*rng.NormFloat64()) * 10))
		r := datpin.PublicRecord{Kind: datpin.KindSession, Time: day0 + offMs + int64(k)*60_000 + int64(pseudonym),
			StationID: "A1", CellID: "2", H3Cell: cellAt(t, la, lo), SpeedKmh: 3, Mode: datpin.ModeLTE,
			RSRPdBm10: rsrp, RSRQdB10: int32(-150 + rng.IntN(120)), SINRdB10: min(int32(rng.IntN(250)), rsrp+1300), RSSIdBm10: rsrp + 200 + int32(rng.IntN(30)),
			CQI: int32(1 + rng.IntN(15)), DownKbps: datpin.Missing, UpKbps: datpin.Missing,
			LatencyMs10: datpin.Missing, JitterMs10: datpin.Missing, LossPermille: datpin.Missing,
			NRRSRPdBm10: datpin.Missing, NRRSRQdB10: datpin.Missing}
		r.Pseudonym[0] = pseudonym
		out = append(out, r)
	}
	return out
}

// TestStationFar_CheatingEdge: station A1 is heard around one place on two days; on the third,
// packages built directly by a cheating edge claim A1's sessions 6 km away (rejected
// station-far), while A1's honest day, a day 2.5 km out, too few far sessions and a minority of
// far sessions pass. The
// verdicts are the same whatever order the round's tokens were anchored or listed in; two
// contributions of a new station far apart, with no third, are left alone.
func TestStationFar_CheatingEdge(t *testing.T) {
	ctx := context.Background()
	lat, lon := 51.8985, -8.4756
	dev := [20]byte{0xa1}
	mk := func(id uint64, epoch uint32, recs []datpin.PublicRecord) *subject {
		return &subject{ev: &Evaluation{TokenID: id, Score: 6000, EdgeScore: 6000, Trust: datpin.ScoreMax}, id: id,
			device: dev, epoch: epoch, anchoredAt: 100 + id, recs: recs, kind: datpin.KindSession}
	}
	h := NewMemHistory()
	for d := range 2 {
		s := mk(uint64(1+d), uint32(20454+d), heardAround(t, lat, lon, 60, byte(1+d), int64(d)*86_400_000))
		if err := (&Validator{}).crossCheck(ctx, []*subject{s}, h); err != nil {
			t.Fatal(err)
		}
		if s.ev.Reason != "" {
			t.Fatalf("honest day %d: %+v", d, *s.ev)
		}
	}
	day := int64(2 * 86_400_000)
	fla, flo := offset(lat, lon, 6, 0)
	nla, nlo := offset(lat, lon, 0, 2.5)
	mixed := append(heardAround(t, lat, lon, 40, 7, day), heardAround(t, fla, flo, MinFarSessions+5, 8, day+hourMs)...)
	cases := []struct {
		name string
		recs []datpin.PublicRecord
		want string
	}{
		{"honest third day", heardAround(t, lat, lon, 60, 3, day), ""},
		{"sessions 6 km away", heardAround(t, fla, flo, 80, 4, day), ReasonStationFar},
		{"2.5 km away", heardAround(t, nla, nlo, 80, 6, day), ""},
	}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}} {
		subs := make([]*subject, len(cases))
		for k, ci := range order {
			subs[ci] = mk(uint64(10+ci), 20456, cases[ci].recs)
			subs[ci].anchoredAt = uint64(1000 + k) // anchored in this order
		}
		if err := (&Validator{}).crossCheck(ctx, subs, NewMemHistoryOf(h)); err != nil {
			t.Fatal(err)
		}
		for i, s := range subs {
			if s.ev.Reason != cases[i].want || (cases[i].want != "") != (s.ev.Score == 0) {
				t.Errorf("order %v, %s: %+v, want reason %q", order, cases[i].name, *s.ev, cases[i].want)
			}
		}
	}
	// Far sessions too few, or a minority of the package's, pass.
	few := mk(15, 20456, heardAround(t, fla, flo, MinFarSessions-1, 5, day))
	minority := mk(16, 20456, mixed)
	for _, s := range []*subject{few, minority} {
		if err := (&Validator{}).crossCheck(ctx, []*subject{s}, NewMemHistoryOf(h)); err != nil {
			t.Fatal(err)
		}
		if s.ev.Reason != "" {
			t.Errorf("token %d: %+v", s.id, *s.ev)
		}
	}

	// The far package alone in a round with A1's honest day and no history: one other
	// contribution cannot say which place is A1's, so neither is rejected.
	pair := []*subject{mk(20, 20456, cases[0].recs), mk(21, 20456, cases[1].recs)}
	if err := (&Validator{}).crossCheck(ctx, pair, NewMemHistory()); err != nil {
		t.Fatal(err)
	}
	for _, s := range pair {
		if s.ev.Reason != "" {
			t.Errorf("token %d of a pair without history: %+v", s.id, *s.ev)
		}
	}

	// A rejected contribution is not remembered as a place of its station: the far package
	// anchored again the next day is still far.
	h2 := NewMemHistoryOf(h)
	far := mk(30, 20456, cases[1].recs)
	if err := (&Validator{}).crossCheck(ctx, []*subject{far}, h2); err != nil {
		t.Fatal(err)
	}
	again := mk(31, 20457, heardAround(t, fla, flo, 80, 9, day+86_400_000))
	if err := (&Validator{}).crossCheck(ctx, []*subject{again}, h2); err != nil {
		t.Fatal(err)
	}
	if far.ev.Reason != ReasonStationFar || again.ev.Reason != ReasonStationFar {
		t.Errorf("far package twice: %q then %q", far.ev.Reason, again.ev.Reason)
	}
}

// TestFootprint: LTE and NR sessions naming a station count, per valid cell; 3G sessions,
// sessions without a station, heartbeats and invalid cells do not.
func TestFootprint(t *testing.T) {
	c1, c2 := cellAt(t, 51.8985, -8.4756), cellAt(t, 51.95, -8.4)
	s := func(cell uint64, mode datpin.NetworkMode, st string) datpin.PublicRecord {
		return datpin.PublicRecord{Kind: datpin.KindSession, H3Cell: cell, Mode: mode, StationID: st}
	}
	recs := []datpin.PublicRecord{s(c1, datpin.ModeLTE, "A"), s(c1, datpin.ModeNR, "A"), s(c2, datpin.ModeLTE, "A"),
		s(c2, datpin.Mode3G, "C"), s(c1, datpin.ModeLTE, ""), s(12345, datpin.ModeLTE, "A"), s(0, datpin.ModeLTE, "A"),
		{Kind: datpin.KindHeartbeat, H3Cell: c1, StationID: "A"}}
	want := []PlaceCell{{c1, 2}, {c2, 1}}
	if c2 < c1 {
		want = []PlaceCell{{c2, 1}, {c1, 2}}
	}
	if got := footprintOf(recs); !reflect.DeepEqual(got, want) {
		t.Fatalf("footprint %v, want %v", got, want)
	}
	b := encodePlace(nil, want)
	if got, err := decodePlace(b); err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("decoded %v %v", got, err)
	}
	if _, err := decodePlace(b[:len(b)-1]); err == nil {
		t.Fatal("a truncated place decoded")
	}
	if _, err := decodePlace(append(b, 0)); err == nil {
		t.Fatal("a place with trailing bytes decoded")
	}
}

// TestHistory_PlaceReopen: a remembered place survives the database being reopened, and
// recording the token again without one removes it.
func TestHistory_PlaceReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "state.db")
	h, err := OpenHistory(path)
	if err != nil {
		t.Fatal(err)
	}
	fp := footprintOf(heardAround(t, 51.8985, -8.4756, 30, 1, 0))
	a := Seen{TokenID: 4, Device: [20]byte{9}, Epoch: 20454, Place: fp}
	b := Seen{TokenID: 5, Device: [20]byte{9}, Epoch: 20454, Place: fp}
	if err := h.Record(ctx, []Seen{a, b}); err != nil {
		t.Fatal(err)
	}
	b.Place = nil
	if err := h.Record(ctx, []Seen{b}); err != nil {
		t.Fatal(err)
	}
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	if h, err = OpenHistory(path); err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	got, err := h.Seen(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !reflect.DeepEqual(got[0].Place, fp) || len(got[1].Place) != 0 {
		t.Fatalf("reopened places: %+v", got)
	}
}
