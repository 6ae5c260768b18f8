package validator

import (
	"context"
	"math"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/uber/h3-go/v4"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/privacy"
)

const day0 = int64(20454) * 86_400_000

func cellAt(t *testing.T, lat, lon float64) uint64 {
	t.Helper()
	c, err := privacy.Cell(int32(lat*1e7), int32(lon*1e7), 8)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// offset moves (lat, lon) by east and north kilometres.
func offset(lat, lon, eastKm, northKm float64) (float64, float64) {
	return lat + northKm/111.32, lon + eastKm/(111.32*math.Cos(lat*math.Pi/180))
}

// station crafts a station-day: per hour a heartbeat at (lat, lon) claiming what the hour's
// sessions show, and perHour sessions from handsets 0.2..1.6 km away whose RSRP is the model's
// median at their distance plus a fixed pattern within ±1σ.
// blank is a public record of kind with every measurement missing, as the edge makes them.
func blank(kind datpin.RecordKind) datpin.PublicRecord {
	r := datpin.NewRecord(kind)
	return datpin.PublicRecord{Kind: kind, SpeedKmh: r.SpeedKmh, RSRPdBm10: r.RSRPdBm10, RSRQdB10: r.RSRQdB10,
		SINRdB10: r.SINRdB10, RSSIdBm10: r.RSSIdBm10, CQI: r.CQI, NRRSRPdBm10: r.NRRSRPdBm10, NRRSRQdB10: r.NRRSRQdB10,
		DownKbps: r.DownKbps, UpKbps: r.UpKbps, LatencyMs10: r.LatencyMs10, JitterMs10: r.JitterMs10,
		LossPermille: r.LossPermille, Sessions: r.Sessions, Devices: r.Devices}
}

func station(t *testing.T, lat, lon float64, perHour int) []datpin.PublicRecord {
	t.Helper()
	var out []datpin.PublicRecord
	here := cellAt(t, lat, lon)
	for h := range 24 {
		devs := map[[16]byte]bool{}
		for k := range perHour {
			dKm := 0.2 + 1.4*float64((h*7+k*13)%17)/16
			ang := float64(h*31+k*17) / 10
			la, lo := offset(lat, lon, dKm*math.Cos(ang), dKm*math.Sin(ang))
			r := blank(datpin.KindSession)
			r.Time = day0 + int64(h)*hourMs + int64(k)*60_000 + int64(k*37%1000)
			r.H3Cell, r.Mode, r.SpeedKmh, r.Active = cellAt(t, la, lo), datpin.ModeLTE, int32(k%5), k%2 == 0
			r.Pseudonym[0], r.Pseudonym[1] = byte(k%9), 1
			devs[r.Pseudonym] = true
			shadow := 8 * math.Sin(float64(h*perHour+k))
			r.RSRPdBm10 = int32(math.Round((DefaultRadio.MedianRSRPdBm(dKm) + shadow) * 10))
			r.RSRQdB10 = int32(-100 - (h*3+k*7)%50)
			r.SINRdB10 = min(int32(-20+(h*11+k*29)%250), r.RSRPdBm10+1300) // below thermal noise's bound
			r.RSSIdBm10 = r.RSRPdBm10 + 290 + int32(k%7)
			r.CQI = int32(1 + (h+k)%15)
			r.LatencyMs10 = int32(200 + (h*53+k*91)%400)
			r.JitterMs10 = int32(15 + (h*7+k*3)%90)
			r.LossPermille = int32((h + k*5) % 30)
			r.DownKbps, r.UpKbps = datpin.Missing, datpin.Missing
			if r.Active {
				r.DownKbps = int32(2000 + (h*977+k*3571)%60000)
				r.UpKbps = r.DownKbps / 5
			}
			r.LatencyMs10 += int32(h) // no two hours alike
			out = append(out, r)
		}
		hb := blank(datpin.KindHeartbeat)
		hb.Time, hb.H3Cell, hb.Sessions, hb.Devices = day0+int64(h+1)*hourMs-1000, here, int32(perHour), int32(len(devs))
		out = append(out, hb)
	}
	return out
}

func TestCheckClaims(t *testing.T) {
	recs := station(t, 51.8985, -8.4756, 12)
	if over, hours := checkClaims(recs); over != 0 || hours != 24 {
		t.Fatalf("honest claims: %d of %d hours over-claimed", over, hours)
	}
	// Inflate five hours' sessions, two others' devices.
	n := 0
	for i := range recs {
		if recs[i].Kind == datpin.KindHeartbeat {
			switch {
			case n < 5:
				recs[i].Sessions = recs[i].Sessions*2 + 10
			case n < 7:
				recs[i].Devices += 20
			}
			n++
		}
	}
	if over, _ := checkClaims(recs); over != 7 {
		t.Fatalf("inflated claims: %d hours over-claimed, want 7", over)
	}
	// Slack: a heartbeat a few sessions above what was reported is not over-claiming.
	recs = station(t, 51.8985, -8.4756, 12)
	for i := range recs {
		if recs[i].Kind == datpin.KindHeartbeat {
			recs[i].Sessions += ClaimSlackAbs
		}
	}
	if over, _ := checkClaims(recs); over != 0 {
		t.Fatalf("claims within the slack: %d over-claimed", over)
	}
}

func TestCheckPlace(t *testing.T) {
	lat, lon := 51.8985, -8.4756
	recs := station(t, lat, lon, 10)
	p := checkPlace(recs, DefaultRadio)
	if p.cell != cellAt(t, lat, lon) || p.sessions != 240 || p.impossible != 0 || p.implausible() {
		t.Fatalf("true place: %+v", p)
	}
	// The same sessions under heartbeats asserting a place 5 km away.
	fla, flo := offset(lat, lon, 3, 4)
	far := cellAt(t, fla, flo)
	for i := range recs {
		if recs[i].Kind == datpin.KindHeartbeat {
			recs[i].H3Cell = far
		}
	}
	q := checkPlace(recs, DefaultRadio)
	if !q.implausible() {
		t.Fatalf("spoofed place: %+v, want implausible", q)
	}
	if q.fit <= p.fit {
		t.Fatalf("the true place fits worse (%.3f) than a spoofed one (%.3f)", p.fit, q.fit)
	}
	// Physics bound: at the asserted cell's distance, +3σ over the median is the most possible.
	d := h3.GreatCircleDistanceKm(h3.Cell(far).LatLng(), h3.Cell(cellAt(t, lat, lon)).LatLng())
	if d < 4 || d > 6 {
		t.Fatalf("setup: spoofed place %.1f km away", d)
	}
	// Too few sessions: no verdict.
	var few []datpin.PublicRecord
	for i, n := 0, 0; i < len(recs); i++ {
		if recs[i].Kind == datpin.KindHeartbeat || n < MinPlaceSessions-1 {
			few = append(few, recs[i])
			if recs[i].Kind == datpin.KindSession {
				n++
			}
		}
	}
	if r := checkPlace(few, DefaultRadio); r.implausible() {
		t.Fatalf("judged on %d sessions: %+v", r.sessions, r)
	}
}

// replayHour copies hour `from` of src into hour `to`, re-pseudonymized and perturbed the way a
// replay disguises itself: RSRP ±0.5 dB, SINR ±0.3 dB, throughput ±2 %.
func replayHour(src []datpin.PublicRecord, from, to int) []datpin.PublicRecord {
	var out []datpin.PublicRecord
	for i, r := range src {
		if r.Kind != datpin.KindSession || floorDiv(r.Time-day0, hourMs) != int64(from) {
			continue
		}
		r.Time += int64(to-from) * hourMs
		r.Pseudonym[15] ^= 0x5a
		r.RSRPdBm10 += int32(i%11) - 5
		r.SINRdB10 += int32(i%7) - 3
		if r.DownKbps != datpin.Missing {
			r.DownKbps = int32(float64(r.DownKbps) * (0.98 + 0.04*float64(i%5)/4))
		}
		out = append(out, r)
	}
	return out
}

// TestSequenceChains: independent hours of one station share no chain of agreeing samples; an
// hour replayed, disguised and mixed into another hour's own sessions is found whole.
func TestSequenceChains(t *testing.T) {
	recs := station(t, 51.8985, -8.4756, 20)
	own := owner{sub: &subject{seq: SequenceOf(recs)}}
	if n := len(own.sub.seq.Samples); n < 24*MinReplayRun/2 {
		t.Fatalf("setup: %d informative samples", n)
	}
	if ms := matches([]owner{own}, 1); len(ms) != 0 {
		t.Fatalf("an honest day repeats itself: %+v", ms)
	}
	cp := owner{sub: &subject{seq: SequenceOf(append(replayHour(recs, 4, 15), recs...))}}
	ms := matches([]owner{cp}, 1)
	if len(ms) != 1 || ms[0].DtMs < 10*hourMs || ms[0].DtMs > 12*hourMs {
		t.Fatalf("replayed hour: %+v", ms)
	}
	hour := 0
	for _, x := range own.sub.seq.Samples {
		if floorDiv(x.T-day0, hourMs) == 4 {
			hour++
		}
	}
	if ms[0].Len < hour*3/4 {
		t.Fatalf("chain of %d samples of the %d replayed", ms[0].Len, hour)
	}
}

// TestCrossCheck_Crafted runs each station fraud through crossCheck on crafted records.
func TestCrossCheck_Crafted(t *testing.T) {
	lat, lon := 51.8985, -8.4756
	mk := func(id uint64, recs []datpin.PublicRecord) *subject {
		return &subject{ev: &Evaluation{TokenID: id, Score: 6000, EdgeScore: 6000, Trust: datpin.ScoreMax}, id: id,
			device: [20]byte{byte(id)}, epoch: 20454, anchoredAt: 100 + id, recs: recs, kind: datpin.KindSession}
	}
	honest := station(t, lat, lon, 20)
	// A second honest station 2 km east with its own sessions.
	la2, lo2 := offset(lat, lon, 2, 0)
	other := station(t, la2, lo2, 20)
	for i := range other {
		if other[i].LatencyMs10 != datpin.Missing {
			other[i].LatencyMs10 += 7
		} // its own measurements
		if other[i].DownKbps != datpin.Missing {
			other[i].DownKbps = other[i].DownKbps*3/2 + 17
		}
	}
	// The replayer: the other station's day plus honest's hour 3 replayed into hour 20.
	replayer := append(append([]datpin.PublicRecord{}, other...), replayHour(honest, 3, 20)...)
	// The Sybil: honest's whole day, re-pseudonymized, asserted 700 m away.
	sla, slo := offset(lat, lon, 0, 0.7)
	sybil := make([]datpin.PublicRecord, len(honest))
	for i, r := range honest {
		r.Pseudonym[15] ^= 0x33
		if r.Kind == datpin.KindHeartbeat {
			r.H3Cell = cellAt(t, sla, slo)
		}
		sybil[i] = r
	}
	// The inflator: heartbeats claim three times what was served.
	inflator := station(t, la2, lo2+0.01, 15)
	for i := range inflator {
		if inflator[i].LatencyMs10 != datpin.Missing {
			inflator[i].LatencyMs10 += 3
		}
		if inflator[i].DownKbps != datpin.Missing {
			inflator[i].DownKbps = inflator[i].DownKbps*5/4 + 31
		}
		if inflator[i].Kind == datpin.KindHeartbeat {
			inflator[i].Sessions = inflator[i].Sessions*3 + 20
		}
	}
	// The spoofer: honest-looking sessions, heartbeats 5 km off.
	spoofer := station(t, lat+0.02, lon, 15)
	fla, flo := offset(lat+0.02, lon, 4, 3)
	for i := range spoofer {
		if spoofer[i].LatencyMs10 != datpin.Missing {
			spoofer[i].LatencyMs10 += 5
		}
		if spoofer[i].DownKbps != datpin.Missing {
			spoofer[i].DownKbps = spoofer[i].DownKbps*4/5 + 53
		}
		if spoofer[i].Kind == datpin.KindHeartbeat {
			spoofer[i].H3Cell = cellAt(t, fla, flo)
		}
	}
	// The Sybil anchors first: anchoring order must not make the copy the original.
	subs := []*subject{mk(1, sybil), mk(2, honest), mk(3, replayer), mk(4, inflator), mk(5, spoofer)}
	subs[0].anchoredAt = 1
	if err := (&Validator{}).crossCheck(context.Background(), subs, NewMemHistory()); err != nil {
		t.Fatal(err)
	}
	want := []string{ReasonSybil, "", ReasonReplay, ReasonClaims, ReasonLocation}
	for i, s := range subs {
		if s.ev.Reason != want[i] {
			t.Errorf("token %d: %+v, want reason %q", s.id, *s.ev, want[i])
		}
		if want[i] == "" && (s.ev.Score != 6000 || s.ev.Trust != datpin.ScoreMax) {
			t.Errorf("honest token %d lost score: %+v", s.id, *s.ev)
		}
		if want[i] != "" && (s.ev.Score != 0 || s.ev.Trust != 0) {
			t.Errorf("token %d flagged %s but not rejected: %+v", s.id, want[i], *s.ev)
		}
	}

	// The next day the replayer resubmits honest's hour 3 of day 0 (now in the history) as its
	// own hour 2: caught across rounds; honest's next day passes.
	next := func(recs []datpin.PublicRecord) []datpin.PublicRecord { // another day's measurements
		out := make([]datpin.PublicRecord, len(recs))
		for i, r := range recs {
			r.Time += 86_400_000
			if r.Kind == datpin.KindSession {
				r.LatencyMs10 += 157
				r.SINRdB10 += 43
				r.RSRQdB10 -= 31
			}
			out[i] = r
		}
		return out
	}
	h := NewMemHistory()
	if err := (&Validator{}).crossCheck(context.Background(), []*subject{mk(2, honest)}, h); err != nil {
		t.Fatal(err)
	}
	late := append(next(other), replayHour(honest, 3, 26)...)
	subs = []*subject{mk(6, next(honest)), mk(7, late)}
	if err := (&Validator{}).crossCheck(context.Background(), subs, h); err != nil {
		t.Fatal(err)
	}
	if subs[0].ev.Reason != "" || subs[1].ev.Reason != ReasonReplay {
		t.Fatalf("next day: honest %+v, replayer %+v", *subs[0].ev, *subs[1].ev)
	}
}

func sensorDay(id byte, base float64, mutate func(h int, temp, hum *float64)) []datpin.PublicRecord {
	var out []datpin.PublicRecord
	for h := range 24 {
		t := base + 4*math.Sin(2*math.Pi*float64(h-9)/24) + 0.3*math.Sin(float64(h)*1.7+float64(id))
		hu := 80 - 2*(t-base) + math.Cos(float64(h)*2.3+float64(id))
		if mutate != nil {
			mutate(h, &t, &hu)
		}
		for _, qv := range []struct {
			q datpin.Quantity
			v float64
		}{{datpin.QuantityTemperatureC, t}, {datpin.QuantityHumidityPct, hu}} {
			r := public(datpin.NewRecord(datpin.KindSensor))
			r.Time, r.Quantity, r.ValueE3 = day0+int64(h)*hourMs+1_800_000, qv.q, int64(math.Round(qv.v*1000))
			r.Pseudonym[0] = id
			out = append(out, r)
		}
	}
	return out
}

// public is r's measurements as a PublicRecord (Missing where r has nothing).
func public(r datpin.Record) datpin.PublicRecord {
	return datpin.PublicRecord{Kind: r.Kind, Time: r.Time, SpeedKmh: r.SpeedKmh, RSRPdBm10: r.RSRPdBm10, RSRQdB10: r.RSRQdB10,
		SINRdB10: r.SINRdB10, RSSIdBm10: r.RSSIdBm10, CQI: r.CQI, NRRSRPdBm10: r.NRRSRPdBm10, NRRSRQdB10: r.NRRSRQdB10,
		DownKbps: r.DownKbps, UpKbps: r.UpKbps, LatencyMs10: r.LatencyMs10, JitterMs10: r.JitterMs10, LossPermille: r.LossPermille,
		Sessions: r.Sessions, Devices: r.Devices}
}

func TestCheckSensors(t *testing.T) {
	peers := [][]datpin.PublicRecord{sensorDay(1, 10, nil), sensorDay(2, 11, nil), sensorDay(3, 9.5, nil), sensorDay(4, 12, nil)}
	climateWith := func(extra []datpin.PublicRecord) map[int64][]int64 {
		var subs []*subject
		for _, p := range append(peers, extra) {
			subs = append(subs, &subject{kind: datpin.KindSensor, recs: p})
		}
		return climateOf(subs)
	}
	for i, p := range peers {
		if d := checkSensors(p, climateWith(nil)); d.bad != 0 {
			t.Fatalf("honest sensor %d: %+v", i, d)
		}
	}
	stuck := sensorDay(5, 10, func(h int, t, hu *float64) {
		if h >= 10 && h < 14 {
			*t, *hu = 13.25, 71.5
		}
	})
	// Four equal readings at 0.001 resolution are a stuck run (quality's rule): the whole run of
	// each quantity is stuck, and the 4 hours it spoils leave 20 good ones.
	if d := checkSensors(stuck, climateWith(stuck)); d.stuck != 8 || d.good != 20 || d.climate != 0 || d.dead || d.reason != ReasonSensorStuck {
		t.Fatalf("stuck for 4 h: %+v, want 4 stuck readings per quantity, 20 good hours, reason %s", d, ReasonSensorStuck)
	}
	spiky := sensorDay(6, 10, func(h int, t, hu *float64) {
		if h == 7 || h == 19 {
			*t += 22
		}
	})
	if d := checkSensors(spiky, climateWith(spiky)); d.spikes != 2 || d.bad == 0 {
		t.Fatalf("two spikes: %+v", d)
	}
	hot := sensorDay(7, 10, func(h int, t, hu *float64) {
		if h >= 12 && h < 20 {
			*t = 48 + float64(h%3)
		}
	})
	if d := checkSensors(hot, climateWith(hot)); d.climate != 8 {
		t.Fatalf("8 h at 48 °C among peers at 10 °C: %+v", d)
	}
	// Without peers there is no climate to compare with.
	if d := checkSensors(hot, nil); d.climate != 0 {
		t.Fatalf("climate without peers: %+v", d)
	}
	// Through crossCheck: the partly stuck day keeps its recomputed score (which already cut the
	// stuck hours) and gets the fault's reason; the out-of-climate day loses trust; the honest one
	// is untouched.
	subs := []*subject{}
	for i, p := range append(append([][]datpin.PublicRecord{}, peers...), stuck, hot) {
		subs = append(subs, &subject{ev: &Evaluation{Score: 9000, EdgeScore: 9000, Trust: datpin.ScoreMax}, id: uint64(i + 1), kind: datpin.KindSensor, recs: p})
	}
	if err := (&Validator{}).crossCheck(context.Background(), subs, NewMemHistory()); err != nil {
		t.Fatal(err)
	}
	if ev := subs[0].ev; ev.Score != 9000 || ev.Reason != "" {
		t.Fatalf("honest sensor: %+v", *ev)
	}
	if ev := subs[4].ev; ev.Score != 9000 || ev.Trust != datpin.ScoreMax || ev.Reason != ReasonSensorStuck {
		t.Fatalf("stuck sensor: %+v; want score 9000 and full trust kept, reason %s", *ev, ReasonSensorStuck)
	}
	if ev := subs[5].ev; ev.Reason != ReasonSensorRange || ev.Score >= 9000 {
		t.Fatalf("out-of-climate sensor: %+v", *ev)
	}
}

func TestHistory_SQLReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	h, err := OpenHistory(path)
	if err != nil {
		t.Fatal(err)
	}
	recs := station(t, 51.8985, -8.4756, 20)
	a := Seen{TokenID: 7, Device: [20]byte{1, 2}, Epoch: 20454, AnchoredAt: 1234, Fit: 2.5, Sequence: SequenceOf(recs)}
	b := Seen{TokenID: 9, Device: [20]byte{3}, Epoch: 20455, AnchoredAt: 99}
	ctx := context.Background()
	if err := h.Record(ctx, []Seen{a, b}); err != nil {
		t.Fatal(err)
	}
	// Recording a token again replaces it.
	a.Fit = 1.5
	if err := h.Record(ctx, []Seen{a}); err != nil {
		t.Fatal(err)
	}
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	h, err = OpenHistory(path)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	got, err := h.Seen(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !reflect.DeepEqual(got[0], a) || got[1].TokenID != 9 || got[1].AnchoredAt != 99 || len(got[1].Samples) != 0 {
		t.Fatalf("reopened history: %d entries, first %+v", len(got), got[0].TokenID)
	}
	// The reopened history catches a replay of the remembered day.
	v := &Validator{History: h}
	s := &subject{ev: &Evaluation{Score: 5000, Trust: datpin.ScoreMax}, id: 10, recs: replayHour(recs, 5, 30), kind: datpin.KindSession}
	if err := v.crossCheck(ctx, []*subject{s}, h); err != nil {
		t.Fatal(err)
	}
	if s.ev.Reason != ReasonReplay {
		t.Fatalf("replay of a remembered hour: %+v", *s.ev)
	}
}

// TestCrossCheck_HistoryWindow: a copy of an hour is caught up to HistoryEpochs epochs after the
// original and not compared beyond.
func TestCrossCheck_HistoryWindow(t *testing.T) {
	ctx := context.Background()
	honest := station(t, 51.8985, -8.4756, 20)
	h := NewMemHistory()
	orig := &subject{ev: &Evaluation{Score: 5000, Trust: datpin.ScoreMax}, id: 1, epoch: 20454, recs: honest, kind: datpin.KindSession}
	if err := (&Validator{}).crossCheck(ctx, []*subject{orig}, h); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		later uint32
		want  string
	}{{HistoryEpochs, ReasonReplay}, {HistoryEpochs + 1, ""}} {
		recs := replayHour(honest, 6, 24*int(tc.later)+6)
		s := &subject{ev: &Evaluation{Score: 5000, Trust: datpin.ScoreMax}, id: 2, epoch: 20454 + tc.later, recs: recs, kind: datpin.KindSession}
		if err := (&Validator{}).crossCheck(ctx, []*subject{s}, h); err != nil {
			t.Fatal(err)
		}
		if s.ev.Reason != tc.want {
			t.Errorf("copy %d epochs later: %+v, want reason %q", tc.later, *s.ev, tc.want)
		}
	}
}
