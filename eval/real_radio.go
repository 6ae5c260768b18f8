package eval

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/datpin/datpin"
)

const (
	dayMs = 86_400_000
	// pieceRows is the most rows of an unseen source one adversary uses: long sessions are cut
	// into disjoint pieces so that two adversaries never share a sample sequence.
	pieceRows = 300
	minRows   = 30 // the fewest rows an adversary is built from
	// fabricationKm is how far from its honest measurements a fabricated session is placed.
	fabricationKm = 5
)

// radioGen builds the crowd-measurement adversaries from the seen segments (replays) and the
// unseen sources' pieces (everything else).
type radioGen struct {
	rng      *rand.Rand
	b        *realBuild
	seen     []*segment
	pieces   []*segment
	used     map[*segment]bool
	per      int
	stations []string                 // stations of the honest set
	cells    map[string][]string      // their cells, most heard first
	days     map[string][]uint32      // their honest epochs
	centre   map[string]datpin.Record // where their honest measurements were made, on average
	n        int                      // adversaries built, for relabelled device ids
}

// cutPieces cuts the unseen segments into disjoint pieces of at most pieceRows rows.
func cutPieces(segs []*segment) []*segment {
	var out []*segment
	for _, s := range segs {
		for lo := 0; lo < len(s.recs); {
			hi := min(lo+pieceRows, len(s.recs))
			if len(s.recs)-hi < minRows {
				hi = len(s.recs) // no stub left behind
			}
			if hi-lo >= minRows {
				out = append(out, &segment{file: s.file, station: s.station, epoch: s.epoch, recs: s.recs[lo:hi], unit: -1})
			}
			lo = hi
		}
	}
	return out
}

func (g *radioGen) build() {
	g.used = map[*segment]bool{}
	g.cells, g.days = map[string][]string{}, map[string][]uint32{}
	count := map[string]map[string]int{}
	for _, s := range g.seen {
		if _, ok := count[s.station]; !ok {
			count[s.station] = map[string]int{}
			g.stations = append(g.stations, s.station)
		}
		for _, r := range s.recs {
			if r.CellID != "" {
				count[s.station][r.CellID]++
			}
		}
		if !slices.Contains(g.days[s.station], s.epoch) {
			g.days[s.station] = append(g.days[s.station], s.epoch)
		}
	}
	slices.Sort(g.stations)
	g.centre = map[string]datpin.Record{}
	byStation := map[string][]datpin.Record{}
	for _, s := range g.seen {
		byStation[s.station] = append(byStation[s.station], s.recs...)
	}
	for st, recs := range byStation {
		if lat, lon, ok := centroid(recs); ok {
			g.centre[st] = datpin.Record{LatE7: lat, LonE7: lon}
		}
	}
	for st, m := range count {
		for c := range m {
			g.cells[st] = append(g.cells[st], c)
		}
		slices.SortFunc(g.cells[st], func(a, b string) int {
			if m[a] != m[b] {
				return m[b] - m[a]
			}
			if a < b {
				return -1
			}
			return 1
		})
	}
	if len(g.seen) == 0 {
		return
	}
	// A kind at a time round-robin, so that scarce material is shared among the kinds.
	made, out := map[string]int{}, map[string]bool{}
	for range g.per {
		for _, k := range RealRadioKinds {
			if out[k] {
				continue
			}
			if !g.make(k) {
				out[k] = true
				continue
			}
			made[k]++
		}
	}
	for _, k := range RealRadioKinds {
		if made[k] < g.per {
			g.b.short[k] = made[k]
		}
	}
}

// make builds one adversary of kind k; false when the material has run out.
func (g *radioGen) make(k string) bool {
	g.n++
	dev := fmt.Sprintf("%s-%d", k, g.n)
	switch k {
	case RealReplay:
		s := g.pickSeen(minRows, nil)
		if s == nil {
			return false
		}
		recs := g.relabel(s.recs, dev, g.shiftMs(1, 10))
		g.perturb(recs)
		g.add(k, recs, s.unit, false)
	case RealReplayWarp:
		s := g.pickSeen(2*minRows, nil)
		if s == nil {
			return false
		}
		g.add(k, g.warp(s.recs, dev), s.unit, false)
	case RealReplayCross:
		s := g.pickSeen(minRows, nil)
		other := g.otherStation(s)
		if s == nil || other == "" {
			return false
		}
		recs := g.relabel(s.recs, dev, g.shiftMs(1, 5))
		for i := range recs {
			recs[i].StationID, recs[i].CellID = other, g.cells[other][0]
		}
		g.perturb(recs)
		g.add(k, recs, s.unit, false)
	case RealReplayPart:
		return g.partial()
	case RealInflation:
		p := g.take(func(s *segment) bool {
			return count(s.recs, func(r *datpin.Record) bool { return r.DownKbps > 0 }) >= minRows/2
		})
		if p == nil {
			return false
		}
		f := math.Exp(math.Log(1.3) + g.rng.Float64()*(math.Log(20)-math.Log(1.3)))
		recs := slices.Clone(p.recs)
		for i := range recs {
			recs[i].DownKbps = scaleKbps(recs[i].DownKbps, f)
			recs[i].UpKbps = scaleKbps(recs[i].UpKbps, f)
		}
		g.add(k, recs, -1, false)
	case RealTeleport:
		p := g.take(moving)
		if p == nil {
			return false
		}
		g.add(k, g.teleport(p.recs), -1, false)
	case RealStuckRadio:
		p := g.take(func(s *segment) bool { return moving(s) && hasRadio(s.recs) })
		if p == nil {
			return false
		}
		recs := slices.Clone(p.recs)
		m := g.rng.IntN(len(recs)*3/10 + 1)
		for i := m + 1; i < len(recs); i++ {
			freezeRadio(&recs[i], &recs[m])
		}
		g.add(k, recs, -1, false)
	case RealRadioRange:
		p := g.take(func(s *segment) bool { return true })
		if p == nil {
			return false
		}
		g.add(k, g.outOfRange(p.recs), -1, true)
	case RealFabricated:
		p := g.take(func(s *segment) bool { return true })
		if p == nil {
			return false
		}
		other := g.farStation(p)
		if other == "" {
			return false
		}
		days := g.days[other]
		day := days[g.rng.IntN(len(days))]
		recs := g.relabel(p.recs, dev, (int64(day)-int64(p.epoch))*dayMs)
		for i := range recs {
			recs[i].StationID, recs[i].CellID = other, g.cells[other][0]
		}
		g.add(k, recs, -1, false)
	case RealSybil:
		p := g.take(func(s *segment) bool { return true })
		if p == nil {
			return false
		}
		g.add("", slices.Clone(p.recs), -1, false) // the source: genuine data, anchored once
		g.b.units[len(g.b.units)-1].note = "sybil-source"
		recs := g.relabel(p.recs, dev, 0)
		fake := fmt.Sprintf("5%05X", g.rng.IntN(1<<20))
		for i := range recs {
			recs[i].StationID = fake
		}
		g.add(k, recs, len(g.b.units)-1, false)
	}
	return true
}

func (g *radioGen) add(kind string, recs []datpin.Record, src int, direct bool) {
	g.b.units = append(g.b.units, &realUnit{kind: kind, recs: recs, src: src, direct: direct})
}

// pickSeen picks a random seen segment of at least n rows (and matching ok, if given).
func (g *radioGen) pickSeen(n int, ok func(*segment) bool) *segment {
	var cand []*segment
	for _, s := range g.seen {
		if len(s.recs) >= n && (ok == nil || ok(s)) {
			cand = append(cand, s)
		}
	}
	if len(cand) == 0 {
		return nil
	}
	return cand[g.rng.IntN(len(cand))]
}

// take picks a random unused unseen piece matching ok and marks it used.
func (g *radioGen) take(ok func(*segment) bool) *segment {
	var cand []*segment
	for _, p := range g.pieces {
		if !g.used[p] && ok(p) {
			cand = append(cand, p)
		}
	}
	if len(cand) == 0 {
		return nil
	}
	p := cand[g.rng.IntN(len(cand))]
	g.used[p] = true
	return p
}

// farStation picks a station heard, in the honest set, at least fabricationKm from where a
// piece was recorded (the farthest one if none is that far): a session passed off as its
// measurements could be told from them by place.
func (g *radioGen) farStation(p *segment) string {
	lat, lon, ok := centroid(p.recs)
	if !ok {
		return g.otherStation(p)
	}
	here := datpin.Record{LatE7: lat, LonE7: lon}
	var far []string
	best, bestD := "", -1.0
	for _, st := range g.stations {
		c, ok := g.centre[st]
		if st == p.station || !ok || len(g.cells[st]) == 0 {
			continue
		}
		d := distanceM(&here, &c)
		if d >= fabricationKm*1000 {
			far = append(far, st)
		}
		if d > bestD {
			best, bestD = st, d
		}
	}
	if len(far) == 0 {
		return best
	}
	return far[g.rng.IntN(len(far))]
}

// centroid is the mean position of the records that have one.
func centroid(recs []datpin.Record) (lat, lon int32, ok bool) {
	var sl, so float64
	n := 0
	for i := range recs {
		if recs[i].LatE7 != datpin.Missing {
			sl, so, n = sl+float64(recs[i].LatE7), so+float64(recs[i].LonE7), n+1
		}
	}
	if n == 0 {
		return 0, 0, false
	}
	return int32(sl / float64(n)), int32(so / float64(n)), true
}

func (g *radioGen) otherStation(s *segment) string {
	if s == nil {
		return ""
	}
	var cand []string
	for _, st := range g.stations {
		if st != s.station && len(g.cells[st]) > 0 {
			cand = append(cand, st)
		}
	}
	if len(cand) == 0 {
		return ""
	}
	return cand[g.rng.IntN(len(cand))]
}

// shiftMs is a shift of lo..hi days and up to half an hour.
func (g *radioGen) shiftMs(lo, hi int) int64 {
	return int64(lo+g.rng.IntN(hi-lo+1))*dayMs + g.rng.Int64N(1_800_000)
}

// relabel copies recs under another device, shifted by ms.
func (g *radioGen) relabel(recs []datpin.Record, dev string, ms int64) []datpin.Record {
	out := slices.Clone(recs)
	for i := range out {
		out[i].DeviceID = dev
		out[i].Time += ms
	}
	return out
}

// perturb nudges a third of the rows: the radio levels by a tenth of a dB, the throughput by up to 2 %.
func (g *radioGen) perturb(recs []datpin.Record) {
	for i := range recs {
		if g.rng.IntN(3) != 0 {
			continue
		}
		r := &recs[i]
		d := int32(1 - 2*g.rng.IntN(2))
		for _, v := range []*int32{&r.RSRPdBm10, &r.RSSIdBm10, &r.SINRdB10} {
			if *v != datpin.Missing {
				*v += d
			}
		}
		r.DownKbps = scaleKbps(r.DownKbps, 1+(g.rng.Float64()-0.5)*0.04)
	}
}

// warp resamples a copy (a tenth of the rows dropped) and stretches or squeezes its time by
// 15–50 %, days later under another device.
func (g *radioGen) warp(src []datpin.Record, dev string) []datpin.Record {
	f := 1.15 + g.rng.Float64()*0.35
	if g.rng.IntN(2) == 0 {
		f = 1 / f
	}
	shift := g.shiftMs(1, 10)
	t0 := src[0].Time
	var out []datpin.Record
	for _, r := range src {
		if g.rng.IntN(10) == 0 {
			continue
		}
		r.DeviceID = dev
		r.Time = t0 + shift + int64(float64(r.Time-t0)*f)
		if n := len(out); n > 0 && r.Time <= out[n-1].Time {
			r.Time = out[n-1].Time + 1000
		}
		out = append(out, r)
	}
	return out
}

// partial copies 20–40 % of a seen segment's rows, as a run, into an unseen session: the copied
// rows take the session's times and identity.
func (g *radioGen) partial() bool {
	for {
		base := g.take(func(s *segment) bool { return len(s.recs) >= 2*minRows })
		if base == nil {
			return false
		}
		n := len(base.recs)
		k := int(float64(n) * (0.2 + 0.2*g.rng.Float64()))
		earlier := func(s *segment) bool { return s.epoch <= base.epoch }
		src := g.pickSeen(k, earlier)
		if src == nil {
			if src = g.pickSeen(minRows, earlier); src == nil {
				continue // no earlier session to copy from: this piece stays unused
			}
			k = min(k, len(src.recs))
		}
		recs := slices.Clone(base.recs)
		i, j := g.rng.IntN(n-k+1), g.rng.IntN(len(src.recs)-k+1)
		for t := range k {
			r := src.recs[j+t]
			b := &recs[i+t]
			r.Time, r.DeviceID, r.StationID, r.CellID = b.Time, b.DeviceID, b.StationID, b.CellID
			*b = r
		}
		g.perturb(recs[i : i+k])
		g.add(RealReplayPart, recs, src.unit, false)
		return true
	}
}

// teleport moves the track 200–800 km from a row 30–70 % of the way in.
func (g *radioGen) teleport(src []datpin.Record) []datpin.Record {
	recs := slices.Clone(src)
	m := len(recs)*3/10 + g.rng.IntN(len(recs)*4/10+1)
	km := 200 + g.rng.Float64()*600
	bearing := g.rng.Float64() * 2 * math.Pi
	for i := m; i < len(recs); i++ {
		r := &recs[i]
		if r.LatE7 == datpin.Missing {
			continue
		}
		lat := float64(r.LatE7) / 1e7
		dLat := km * math.Cos(bearing) / 111.2
		dLon := km * math.Sin(bearing) / (111.2 * math.Max(math.Cos(lat*math.Pi/180), 0.1))
		r.LatE7 = int32(math.Max(-89, math.Min(89, lat+dLat)) * 1e7)
		lon := float64(r.LonE7)/1e7 + dLon
		lon = math.Mod(lon+540, 360) - 180
		r.LonE7 = int32(lon * 1e7)
	}
	return recs
}

// outOfRange corrupts 10–30 % of the rows with values no handset reports: RSRP above -31 dBm,
// SINR above 50 dB, RSRQ above 20 dB, CQI above 15, RSSI above 0 dBm or a speed above 1,200 km/h.
func (g *radioGen) outOfRange(src []datpin.Record) []datpin.Record {
	recs := slices.Clone(src)
	share := 0.1 + 0.2*g.rng.Float64()
	for i := range recs {
		if g.rng.Float64() >= share {
			continue
		}
		r := &recs[i]
		switch g.rng.IntN(6) {
		case 0:
			r.RSRPdBm10 = -200 - int32(g.rng.IntN(100))
		case 1:
			r.SINRdB10 = 550 + int32(g.rng.IntN(300))
		case 2:
			r.RSRQdB10 = 220 + int32(g.rng.IntN(100))
		case 3:
			r.CQI = 16 + int32(g.rng.IntN(10))
		case 4:
			r.RSSIdBm10 = 10 + int32(g.rng.IntN(200))
		default:
			r.SpeedKmh = 1300 + int32(g.rng.IntN(2000))
		}
	}
	return recs
}

func scaleKbps(v int32, f float64) int32 {
	if v == datpin.Missing || v <= 0 {
		return v
	}
	return int32(math.Min(float64(v)*f, 100_000_000))
}

func freezeRadio(r, at *datpin.Record) {
	r.RSRPdBm10, r.RSRQdB10, r.SINRdB10, r.RSSIdBm10 = at.RSRPdBm10, at.RSRQdB10, at.SINRdB10, at.RSSIdBm10
	r.CQI, r.NRRSRPdBm10, r.NRRSRQdB10 = at.CQI, at.NRRSRPdBm10, at.NRRSRQdB10
}

func hasRadio(recs []datpin.Record) bool {
	return count(recs, func(r *datpin.Record) bool { return r.RSRPdBm10 != datpin.Missing }) >= minRows/2
}

// moving reports whether a piece's positions span more than 300 m and a third of its rows move.
func moving(s *segment) bool {
	var first, last *datpin.Record
	for i := range s.recs {
		if s.recs[i].LatE7 != datpin.Missing {
			if first == nil {
				first = &s.recs[i]
			}
			last = &s.recs[i]
		}
	}
	if first == nil || distanceM(first, last) < 300 {
		return false
	}
	return count(s.recs, func(r *datpin.Record) bool { return r.SpeedKmh != datpin.Missing && r.SpeedKmh > 5 })*3 >= len(s.recs)
}

func distanceM(a, b *datpin.Record) float64 {
	la1, lo1 := float64(a.LatE7)/1e7*math.Pi/180, float64(a.LonE7)/1e7*math.Pi/180
	la2, lo2 := float64(b.LatE7)/1e7*math.Pi/180, float64(b.LonE7)/1e7*math.Pi/180
	h := math.Pow(math.Sin((la2-la1)/2), 2) + math.Cos(la1)*math.Cos(la2)*math.Pow(math.Sin((lo2-lo1)/2), 2)
	return 2 * 6_371_000 * math.Asin(math.Sqrt(h))
}

func count(recs []datpin.Record, ok func(*datpin.Record) bool) int {
	n := 0
	for i := range recs {
		if ok(&recs[i]) {
			n++
		}
	}
	return n
}
