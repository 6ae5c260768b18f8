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

// ratedDay is n LTE sessions of station st, a minute apart from day0 plus offMs, each at a CQI
// between 5 and 15 (and a SINR below 0 dB, so that the CQI gives the efficiency) with a downlink
// of that CQI's efficiency times up to 20 MHz·layers, a share of it drawn anew for every sample
// (a handset rarely fills its cell), times factor.
func ratedDay(st string, n int, seed uint64, offMs int64, factor float64) []datpin.PublicRecord {
	rng := rand.New(rand.NewPCG(seed, uint64(offMs)))
	out := make([]datpin.PublicRecord, 0, n)
	for k := range n {
		cqi := int32(5 + rng.IntN(11))
		down := cqiEfficiency[cqi] * 20_000 * (0.02 + 0.98*rng.Float64())
		rsrp := int32(-800 - rng.IntN(300))
		r := datpin.PublicRecord{Kind: datpin.KindSession, Time: day0 + offMs + int64(k)*60_000, StationID: st, CellID: "1",
			SpeedKmh: 3, Mode: datpin.ModeLTE, RSRPdBm10: rsrp, RSRQdB10: int32(-50 - rng.IntN(150)), SINRdB10: int32(-50 + rng.IntN(50)),
			RSSIdBm10: rsrp + 200 + int32(rng.IntN(30)), CQI: cqi, DownKbps: int32(down * factor), UpKbps: int32(down * factor / 20),
			LatencyMs10: datpin.Missing, JitterMs10: datpin.Missing, LossPermille: datpin.Missing,
			NRRSRPdBm10: datpin.Missing, NRRSRQdB10: datpin.Missing}
		r.Pseudonym[0] = byte(seed)
		out = append(out, r)
	}
	return out
}

// TestThroughputPeers_CheatingEdge: station B1 is known from two honest days. On the third,
// packages built directly by a cheating edge carry B1's radio with the downlink multiplied by 5
// (rejected throughput-above-peers), while B1's honest day and a day multiplied by 1.1 pass. The
// verdicts are the same whatever order the round's tokens were anchored or listed in; two
// inflated days in a round do not vouch for each other; a station known to no one is
// judged against the network's others; and without any reference nothing is judged.
func TestThroughputPeers_CheatingEdge(t *testing.T) {
	ctx := context.Background()
	b1, c1 := [20]byte{0xb1}, [20]byte{0xc1}
	mk := func(id uint64, dev [20]byte, epoch uint32, recs []datpin.PublicRecord) *subject {
		return &subject{ev: &Evaluation{TokenID: id, Score: 6000, EdgeScore: 6000, Trust: datpin.ScoreMax}, id: id,
			device: dev, epoch: epoch, anchoredAt: 100 + id, recs: recs, kind: datpin.KindSession}
	}
	h := NewMemHistory()
	for d := range 2 {
		s := mk(uint64(1+d), b1, uint32(20454+d), ratedDay("B1", 150, uint64(1+d), int64(d)*86_400_000, 1))
		if err := (&Validator{}).crossCheck(ctx, []*subject{s}, h); err != nil {
			t.Fatal(err)
		}
		if s.ev.Reason != "" {
			t.Fatalf("honest day %d: %+v", d, *s.ev)
		}
	}
	day := int64(2 * 86_400_000)
	cases := []struct {
		name string
		recs []datpin.PublicRecord
		want string
	}{
		{"honest third day", ratedDay("B1", 150, 3, day, 1), ""},
		{"downlink times 5", ratedDay("B1", 150, 4, day+hourMs, 5), ReasonThroughputPeers},
		{"downlink times 1.1", ratedDay("B1", 150, 5, day+2*hourMs, 1.1), ""},
	}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}} {
		subs := make([]*subject, len(cases))
		for k, ci := range order {
			subs[ci] = mk(uint64(10+ci), b1, 20456, cases[ci].recs)
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

	// Two inflated days of B1 in one round, times 10 and times 4: each holds more than the
	// reference's top 1 % and lifts the other's reference. The first is above even so; once it no
	// longer vouches, the second is above too.
	pair := []*subject{
		mk(20, b1, 20456, ratedDay("B1", 150, 30, day, 10)),
		mk(21, b1, 20456, ratedDay("B1", 150, 31, day+hourMs, 4)),
		mk(22, b1, 20456, cases[0].recs),
	}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}} {
		subs := make([]*subject, len(pair))
		for k, ci := range order {
			c := *pair[ci]
			ev := *c.ev
			c.ev, c.anchoredAt = &ev, uint64(2000+k)
			subs[ci] = &c
		}
		if err := (&Validator{}).crossCheck(ctx, subs, NewMemHistoryOf(h)); err != nil {
			t.Fatal(err)
		}
		for k, s := range subs {
			if want := map[bool]string{true: ReasonThroughputPeers, false: ""}[k < 2]; s.ev.Reason != want {
				t.Errorf("order %v, round of inflated copies, token %d: %q, want %q", order, s.id, s.ev.Reason, want)
			}
		}
	}

	// Station C1 has no peers: the network's other stations (B1's days) are the reference.
	for _, c := range []struct {
		factor float64
		want   string
	}{{1, ""}, {5, ReasonThroughputPeers}} {
		s := mk(40, c1, 20456, ratedDay("C1", 150, 41, day, c.factor))
		if err := (&Validator{}).crossCheck(ctx, []*subject{s}, NewMemHistoryOf(h)); err != nil {
			t.Fatal(err)
		}
		if s.ev.Reason != c.want {
			t.Errorf("new station, factor %.0f: %q, want %q", c.factor, s.ev.Reason, c.want)
		}
	}

	// No history and one station: nothing to compare with, nothing judged.
	alone := mk(50, b1, 20456, cases[1].recs)
	if err := (&Validator{}).crossCheck(ctx, []*subject{alone}, NewMemHistory()); err != nil {
		t.Fatal(err)
	}
	if alone.ev.Reason != "" {
		t.Errorf("inflated day without reference: %+v", *alone.ev)
	}
}

// TestRateProfile: informative LTE and NR sessions count by mode and bin; 3G sessions, low or
// missing rates, sessions without CQI or SINR and heartbeats do not. A profile survives encoding,
// and a damaged one does not decode.
func TestRateProfile(t *testing.T) {
	s := func(mode datpin.NetworkMode, cqi, sinr, down int32) datpin.PublicRecord {
		return datpin.PublicRecord{Kind: datpin.KindSession, Mode: mode, CQI: cqi, SINRdB10: sinr, DownKbps: down}
	}
	M := datpin.Missing
	recs := []datpin.PublicRecord{
		s(datpin.ModeLTE, 15, M, 74_063), // 10,000 kbit/s per bit/s/Hz
		s(datpin.ModeLTE, 15, M, 74_063),
		s(datpin.ModeNR, M, 300, 99_658), // SINR 30 dB: 9.97 bit/s/Hz, 10,000 kbit/s per bit/s/Hz
		s(datpin.Mode3G, 15, M, 74_063), s(datpin.ModeLTE, 15, M, 50), s(datpin.ModeLTE, 15, M, M),
		s(datpin.ModeLTE, M, M, 5_000), {Kind: datpin.KindHeartbeat, Mode: datpin.ModeLTE, CQI: 15, SINRdB10: M, DownKbps: 74_063},
	}
	bin := uint16(math.Floor(RateBinsPerOctave * math.Log2(10_000)))
	want := []RateBin{{datpin.ModeLTE, bin, 2}, {datpin.ModeNR, bin, 1}}
	got := rateProfileOf(recs)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("profile %v, want %v", got, want)
	}
	b := encodeRate(nil, want)
	if got, err := decodeRate(b); err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("decoded %v %v", got, err)
	}
	if _, err := decodeRate(b[:len(b)-1]); err == nil {
		t.Fatal("a truncated profile decoded")
	}
	if _, err := decodeRate(append(b, 0)); err == nil {
		t.Fatal("a profile with trailing bytes decoded")
	}
	if _, err := decodeRate(encodeRate(nil, []RateBin{{datpin.ModeLTE, rateBins, 1}})); err == nil {
		t.Fatal("a bin beyond the range decoded")
	}
}

// TestHistory_RateReopen: a remembered rate profile survives the database being reopened, and
// recording the token again without one removes it.
func TestHistory_RateReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "state.db")
	h, err := OpenHistory(path)
	if err != nil {
		t.Fatal(err)
	}
	p := rateProfileOf(ratedDay("B1", 40, 1, 0, 1))
	a := Seen{TokenID: 4, Device: [20]byte{9}, Epoch: 20454, Rate: p}
	b := Seen{TokenID: 5, Device: [20]byte{9}, Epoch: 20454, Rate: p}
	if err := h.Record(ctx, []Seen{a, b}); err != nil {
		t.Fatal(err)
	}
	b.Rate = nil
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
	if len(got) != 2 || !reflect.DeepEqual(got[0].Rate, p) || len(got[1].Rate) != 0 {
		t.Fatalf("reopened rates: %+v", got)
	}
}
