package validator

import (
	"context"
	"math"
	"testing"

	"github.com/datpin/datpin"
)

// drive is an hour of one handset driving east at 60 km/h from (lat, lon), a sample every 10 s
// served by four cells in turn, with radio that varies along the road and a downlink at a tenth
// of what the radio carries.
func drive(t *testing.T, lat, lon float64, pseudonym byte) []datpin.PublicRecord {
	t.Helper()
	var out []datpin.PublicRecord
	for k := range 360 {
		la, lo := offset(lat, lon, float64(k)/6, 0)
		rsrp := -95 + 12*math.Sin(float64(k)/9) + 3*math.Cos(float64(k)*1.7)
		sinr := math.Max(-5, math.Min(25, (rsrp+105)*0.9+2*math.Sin(float64(k)*0.7)))
		r := datpin.PublicRecord{Kind: datpin.KindSession, Time: day0 + 8*hourMs + int64(k)*10_000,
			StationID: "A1", CellID: string(rune('1' + k/90)), H3Cell: cellAt(t, la, lo), SpeedKmh: 60,
			Mode: datpin.ModeLTE, RSRPdBm10: int32(math.Round(rsrp * 10)), RSRQdB10: int32(-110 + k%40),
			SINRdB10: int32(math.Round(sinr * 10)), RSSIdBm10: int32(math.Round(rsrp*10)) + 180,
			CQI: int32(min(15, max(1, math.Round((sinr+8)/2)))), Active: true,
			LatencyMs10: datpin.Missing, JitterMs10: datpin.Missing, LossPermille: datpin.Missing,
			NRRSRPdBm10: datpin.Missing, NRRSRQdB10: datpin.Missing}
		r.Pseudonym[0] = pseudonym
		capKbps := LTEBandwidthLayersMHz * 1000 * math.Log2(1+math.Pow(10, sinr/10))
		r.DownKbps = int32(capKbps * (0.05 + 0.05*math.Abs(math.Sin(float64(k)*1.3))))
		r.UpKbps = r.DownKbps / 40
		out = append(out, r)
	}
	return out
}

// TestPhysics_CheatingEdge: packages a cheating edge builds directly, each rejected by the
// physics checks with its reason; the honest drive passes them all.
func TestPhysics_CheatingEdge(t *testing.T) {
	lat, lon := 51.8985, -8.4756
	mutate := func(f func(recs []datpin.PublicRecord) []datpin.PublicRecord) []datpin.PublicRecord {
		return f(drive(t, lat, lon, 1))
	}
	cases := []struct {
		name string
		recs []datpin.PublicRecord
		want string
	}{
		{"honest", drive(t, lat, lon, 1), ""},
		{"RSRP of -20 dBm", mutate(func(rs []datpin.PublicRecord) []datpin.PublicRecord {
			rs[100].RSRPdBm10 = -200
			return rs
		}), ReasonOutOfRange},
		{"CQI 16", mutate(func(rs []datpin.PublicRecord) []datpin.PublicRecord {
			rs[7].CQI = 16
			return rs
		}), ReasonOutOfRange},
		{"throughput 20x, radio unchanged", mutate(func(rs []datpin.PublicRecord) []datpin.PublicRecord {
			for i := range rs {
				rs[i].DownKbps *= 20
			}
			return rs
		}), ReasonThroughput},
		{"SINR 30 dB at -125 dBm", mutate(func(rs []datpin.PublicRecord) []datpin.PublicRecord {
			for i := range rs {
				rs[i].RSRPdBm10, rs[i].SINRdB10 = -1250, 300
			}
			return rs
		}), ReasonInconsistent},
		{"330 km jump mid-drive", mutate(func(rs []datpin.PublicRecord) []datpin.PublicRecord {
			for i := 180; i < len(rs); i++ {
				la, lo := offset(lat, lon, float64(i)/6, 330)
				rs[i].H3Cell = cellAt(t, la, lo)
			}
			return rs
		}), ReasonTeleport},
		{"cell heard 100 km away by another handset", mutate(func(rs []datpin.PublicRecord) []datpin.PublicRecord {
			far := drive(t, lat+0.9, lon, 2)[:30] // 100 km north, cell "1" too
			return append(rs, far...)
		}), ReasonCellFar},
		{"radio stuck while driving", mutate(func(rs []datpin.PublicRecord) []datpin.PublicRecord {
			for i := 60; i < 300; i++ {
				rs[i].RSRPdBm10, rs[i].RSRQdB10, rs[i].SINRdB10, rs[i].RSSIdBm10 = rs[60].RSRPdBm10, rs[60].RSRQdB10, rs[60].SINRdB10, rs[60].RSSIdBm10
			}
			return rs
		}), ReasonStuckMoving},
		{"radio frozen for 30 samples at one spot", mutate(func(rs []datpin.PublicRecord) []datpin.PublicRecord {
			for i := 100; i < 100+StuckRunSamples+10; i++ {
				freeze(&rs[i], &rs[100])
				rs[i].H3Cell = rs[100].H3Cell
			}
			return rs
		}), ReasonStuckMoving},
		{"radio frozen for fewer samples than the threshold", mutate(func(rs []datpin.PublicRecord) []datpin.PublicRecord {
			for i := 100; i < 100+StuckRunSamples-1; i++ {
				freeze(&rs[i], &rs[100])
				rs[i].H3Cell = rs[100].H3Cell
			}
			return rs
		}), ""},
		{"3G level repeated for 30 samples", mutate(func(rs []datpin.PublicRecord) []datpin.PublicRecord {
			for i := 100; i < 130; i++ {
				rs[i].Mode, rs[i].RSRPdBm10 = datpin.Mode3G, -510
				rs[i].RSRQdB10, rs[i].SINRdB10, rs[i].RSSIdBm10, rs[i].CQI = datpin.Missing, datpin.Missing, datpin.Missing, datpin.Missing
				rs[i].DownKbps, rs[i].UpKbps, rs[i].H3Cell = 1000, 25, rs[100].H3Cell
			}
			return rs
		}), ""},
	}
	for _, tc := range cases {
		f := checkPhysics(tc.recs)
		if got := f.reason(); got != tc.want {
			t.Errorf("%s: reason %q, want %q (%+v)", tc.name, got, tc.want, f)
		}
	}
	// Through crossCheck, each in a round of its own: the verdict is a rejection with the reason.
	for i, tc := range cases {
		s := &subject{ev: &Evaluation{TokenID: uint64(i + 1), Score: 6000, EdgeScore: 6000, Trust: datpin.ScoreMax},
			id: uint64(i + 1), epoch: 20454, recs: tc.recs, kind: datpin.KindSession}
		if err := (&Validator{}).crossCheck(context.Background(), []*subject{s}, NewMemHistory()); err != nil {
			t.Fatal(err)
		}
		if s.ev.Reason != tc.want || (tc.want != "") != (s.ev.Score == 0) {
			t.Errorf("%s: %+v, want reason %q", tc.name, *s.ev, tc.want)
		}
	}
}

// freeze gives r the radio readings of at.
func freeze(r, at *datpin.PublicRecord) {
	r.RSRPdBm10, r.RSRQdB10, r.SINRdB10, r.RSSIdBm10 = at.RSRPdBm10, at.RSRQdB10, at.SINRdB10, at.RSSIdBm10
	r.CQI, r.NRRSRPdBm10, r.NRRSRQdB10 = at.CQI, at.NRRSRPdBm10, at.NRRSRQdB10
}

// TestRateBound: the bound is the mode's spectrum times layers times the larger of Shannon's
// efficiency and the CQI's; 3G and 2G rows have fixed peaks; no radio, no bound.
func TestRateBound(t *testing.T) {
	r := datpin.PublicRecord{Mode: datpin.ModeLTE, SINRdB10: 200, CQI: 3}
	got, ok := rateBoundKbps(&r)
	if want := LTEBandwidthLayersMHz * 1000 * math.Log2(101); !ok || math.Abs(got-want) > 1e-6 {
		t.Fatalf("LTE at 20 dB: %v %v, want %v", got, ok, want)
	}
	r = datpin.PublicRecord{Mode: datpin.ModeNR, SINRdB10: -100, CQI: 15}
	if got, ok := rateBoundKbps(&r); !ok || got != NRBandwidthLayersMHz*1000*7.4063 {
		t.Fatalf("NR at CQI 15 and -10 dB: %v %v", got, ok)
	}
	r = datpin.PublicRecord{Mode: datpin.ModeLTE, SINRdB10: datpin.Missing, CQI: datpin.Missing}
	if _, ok := rateBoundKbps(&r); ok {
		t.Fatal("a bound without radio")
	}
	r = datpin.PublicRecord{Mode: datpin.Mode3G, SINRdB10: datpin.Missing, CQI: datpin.Missing}
	if got, ok := rateBoundKbps(&r); !ok || got != HSPAMaxKbps {
		t.Fatalf("3G: %v %v", got, ok)
	}
}
