package validator

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	"github.com/uber/h3-go/v4"

	"github.com/datpin/datpin"
)

// traceDay0 is the first epoch (day) of the trace fixtures.
const traceDay0 = int64(20500) * 86_400_000

// idleSession is a phone at rest for n seconds from start, a sample a second, streaming in a
// trickle (no informative sample): its radio wanders by 1 dB steps as a real handset's does,
// drawn from seed.
func idleSession(t *testing.T, seed uint64, start int64, n int, lat, lon float64) []datpin.PublicRecord {
	t.Helper()
	cell := h3.LatLngToCell(h3.NewLatLng(lat, lon), 8)
	rng := rand.New(rand.NewPCG(seed, 3))
	rsrp, rsrq, sinr := int32(-95), int32(-11), int32(12)
	walk := func(v *int32, lo, hi int32) { *v = min(max(*v+int32(rng.IntN(3))-1, lo), hi) }
	out := make([]datpin.PublicRecord, n)
	for k := range out {
		walk(&rsrp, -100, -90)
		walk(&rsrq, -14, -8)
		walk(&sinr, 6, 18)
		out[k] = datpin.PublicRecord{Kind: datpin.KindSession, Time: start + int64(k)*1000, StationID: "7A1", CellID: "3",
			H3Cell: uint64(cell), Mode: datpin.ModeLTE, RSRPdBm10: rsrp * 10, RSRQdB10: rsrq * 10, SINRdB10: sinr * 10,
			RSSIdBm10: rsrp*10 + 250, CQI: 9, DownKbps: 3, UpKbps: 2, Active: true, SpeedKmh: 0,
			LatencyMs10: datpin.Missing, JitterMs10: datpin.Missing, LossPermille: datpin.Missing,
			NRRSRPdBm10: datpin.Missing, NRRSRQdB10: datpin.Missing}
		out[k].Pseudonym[0] = byte(seed)
	}
	return out
}

// copied re-sends recs shifted by ms under another pseudonym, a third of the levels nudged by a
// tenth of a dB.
func copied(recs []datpin.PublicRecord, ms int64) []datpin.PublicRecord {
	out := slices.Clone(recs)
	for i := range out {
		out[i].Time += ms
		out[i].Pseudonym[15] ^= 0x77
		if i%3 == 0 {
			out[i].RSRPdBm10++
			out[i].SINRdB10--
		}
	}
	return out
}

func traceSubject(id uint64, recs []datpin.PublicRecord) *subject {
	e := uint32(recs[0].Time / 86_400_000)
	return &subject{ev: &Evaluation{TokenID: id, Score: 6000, EdgeScore: 6000, Trust: datpin.ScoreMax}, id: id,
		device: [20]byte{byte(id)}, epoch: e, anchoredAt: 100 + id, recs: recs, kind: datpin.KindSession}
}

// TestTrace_IdleReplays: idle sessions carry no informative sample, so only their radio traces
// can tell a copy. Independent sessions at the same spot on other days share no chain; a copy
// days later, a copy at the same time (the same cells) and a copy mixed into another session are
// found; a phone at the same time in another place with the same radio is not linked.
func TestTrace_IdleReplays(t *testing.T) {
	lat, lon := 51.8985, -8.4756
	a := idleSession(t, 1, traceDay0+9*hourMs, 1800, lat, lon)
	b := idleSession(t, 2, traceDay0+86_400_000+9*hourMs, 1800, lat, lon)
	c := idleSession(t, 3, traceDay0+2*86_400_000+9*hourMs, 1800, lat, lon)
	if n := len(SequenceOf(a).Samples); n != 0 {
		t.Fatalf("setup: %d informative samples", n)
	}
	own := func(recs []datpin.PublicRecord) owner { return owner{sub: &subject{seq: SequenceOf(recs)}} }
	if ms := traceMatches([]owner{own(a), own(b), own(c)}, 3); len(ms) != 0 {
		t.Fatalf("independent idle sessions linked: %+v", ms)
	}
	shift := 2*86_400_000 + int64(1234)
	ms := traceMatches([]owner{own(a), own(copied(a, shift))}, 2)
	if len(ms) != 1 || ms[0].DtMs != shift || ms[0].Len < len(SequenceOf(a).Trace)*9/10 {
		t.Fatalf("whole copy: %+v (trace of %d)", ms, len(SequenceOf(a).Trace))
	}
	// A short session (16 states, 14 keys) copied whole: below MinTraceRun, caught as a whole copy;
	// the same session against an independent one of the same length is not.
	n := 10
	for len(SequenceOf(a[:n]).Trace) < 16 {
		n++
	}
	ms = traceMatches([]owner{own(a[:n]), own(copied(a[:n], shift))}, 2)
	if len(ms) != 1 || ms[0].Len >= MinTraceRun || ms[0].Len < MinWholeTraceRun {
		t.Fatalf("short whole copy: %+v", ms)
	}
	if ms := traceMatches([]owner{own(a[:n]), own(b[:n])}, 2); len(ms) != 0 {
		t.Fatalf("short independent sessions linked: %+v", ms)
	}
	// A fifth of a copied into the middle of c.
	part := copied(a[600:960], 2*86_400_000)
	mixed := append(slices.Clone(c[:600]), part...)
	mixed = append(mixed, c[960:]...)
	if ms := traceMatches([]owner{own(a), own(mixed)}, 2); len(ms) != 1 {
		t.Fatalf("partial copy: %+v", ms)
	}
	// Elsewhere at the same time with the same radio: not one source.
	far := copied(a, 0)
	farCell := h3.LatLngToCell(h3.NewLatLng(lat+0.05, lon), 8)
	for i := range far {
		far[i].H3Cell = uint64(farCell)
	}
	if ms := traceMatches([]owner{own(a), own(far)}, 2); len(ms) != 0 {
		t.Fatalf("same radio in another place linked: %+v", ms)
	}

	// Through crossCheck: day 0 judged first; then its replay and honest later days.
	h := NewMemHistory()
	first := []*subject{traceSubject(1, a)}
	if err := (&Validator{}).crossCheck(context.Background(), first, h); err != nil {
		t.Fatal(err)
	}
	sybil := copied(a, 0)
	same := []*subject{traceSubject(2, b), traceSubject(3, copied(a, shift)), traceSubject(4, mixed)}
	if err := (&Validator{}).crossCheck(context.Background(), same, h); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"", ReasonReplay, ReasonReplay} {
		if got := same[i].ev.Reason; got != want {
			t.Errorf("token %d: reason %q, want %q", same[i].id, got, want)
		}
	}
	// A Sybil anchors day 0's copy at the same time, later than the source: the source keeps its score.
	pair := []*subject{traceSubject(5, a), traceSubject(6, sybil)}
	if err := (&Validator{}).crossCheck(context.Background(), pair, NewMemHistory()); err != nil {
		t.Fatal(err)
	}
	if pair[0].ev.Reason != "" || pair[1].ev.Reason != ReasonSybil {
		t.Errorf("same-time copy: source %q, copy %q", pair[0].ev.Reason, pair[1].ev.Reason)
	}
}

// TestTrace_HistoryRoundTrip: a SQL history gives back the traces it recorded.
func TestTrace_HistoryRoundTrip(t *testing.T) {
	h, err := OpenHistory(filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	seq := SequenceOf(idleSession(t, 9, traceDay0, 300, 51.9, -8.47))
	if len(seq.Trace) < 50 {
		t.Fatalf("setup: trace of %d", len(seq.Trace))
	}
	ctx := context.Background()
	if err := h.Record(ctx, []Seen{{TokenID: 1, Epoch: 20500, Sequence: seq}, {TokenID: 2, Epoch: 20500}}); err != nil {
		t.Fatal(err)
	}
	h2, err := NewHistory(h.db)
	if err != nil {
		t.Fatal(err)
	}
	got, err := h2.Seen(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !slices.Equal(got[0].Trace, seq.Trace) || len(got[1].Trace) != 0 {
		t.Fatalf("traces read back: %d contributions, first trace %d steps (want %d)", len(got), len(got[0].Trace), len(seq.Trace))
	}
	if _, err := decodeTrace(encodeTrace(nil, seq.Trace)[:5]); err == nil {
		t.Fatal("a truncated trace decoded")
	}
}
