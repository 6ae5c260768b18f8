package validator

import (
	"cmp"
	"encoding/binary"
	"slices"

	"github.com/uber/h3-go/v4"

	"github.com/datpin/datpin"
)

// ReasonStationFar: most of a station's sessions were measured far from every place its other
// contributions were measured in.
const ReasonStationFar = "station-far"

// Thresholds of the station-place check. docs/FRAUD.md gives their calibration on real traces.
const (
	// StationFarKm: a session is far from its station's place when its cell's centre is more
	// than this from the centre of every cell the station's other contributions hold sessions
	// in. Real LTE and NR stations are heard up to 3.5 km from everywhere else they are heard.
	StationFarKm = 4.0
	// MinFarSessions: a contribution is judged only when at least this many of its sessions,
	// and more than half, are far.
	MinFarSessions = 20
	// MinPlaceRefSessions and MinPlaceRefContributions: the station's place is known from at
	// least this many sessions in at least this many other contributions; one other
	// contribution alone cannot say which of the two is the station's.
	MinPlaceRefSessions      = 20
	MinPlaceRefContributions = 2
)

// PlaceCell is one H3 cell a contribution's station sessions were measured in, and how many.
type PlaceCell struct {
	Cell     uint64
	Sessions uint32
}

// footprintOf is where recs' LTE and NR sessions that name a station were measured: their
// valid H3 cells with counts, sorted by cell. 2G and 3G sessions are left out: the identifier
// they carry names a controller serving a whole region, not a transmitter.
func footprintOf(recs []datpin.PublicRecord) []PlaceCell {
	n := map[uint64]uint32{}
	for i := range recs {
		r := &recs[i]
		if r.Kind != datpin.KindSession || r.StationID == "" || r.H3Cell == 0 ||
			(r.Mode != datpin.ModeLTE && r.Mode != datpin.ModeNR) {
			continue
		}
		n[r.H3Cell]++
	}
	out := make([]PlaceCell, 0, len(n))
	for c, k := range n {
		if h3.Cell(c).IsValid() {
			out = append(out, PlaceCell{Cell: c, Sessions: k})
		}
	}
	slices.SortFunc(out, func(a, b PlaceCell) int { return cmp.Compare(a.Cell, b.Cell) })
	return out
}

// farSessions counts the sessions of fp whose cell lies more than StationFarKm from every cell of
// the reference ref, and all of fp's sessions.
func farSessions(fp []PlaceCell, ref []h3.LatLng, refSet map[uint64]bool) (far, total int) {
	for _, c := range fp {
		total += int(c.Sessions)
		if refSet[c.Cell] {
			continue
		}
		at := h3.Cell(c.Cell).LatLng()
		near := false
		for _, r := range ref {
			if h3.GreatCircleDistanceKm(at, r) <= StationFarKm {
				near = true
				break
			}
		}
		if !near {
			far += int(c.Sessions)
		}
	}
	return far, total
}

// stationFar judges each subject's place against the places its station's other contributions
// were measured in: the accepted ones the history remembers, and the round's others that no
// other check rejected (ok). A subject is far when at least MinFarSessions of its sessions, and
// more than half, lie more than StationFarKm from all of them, and they count at least
// MinPlaceRefSessions sessions in MinPlaceRefContributions contributions. The reference of a
// subject does not depend on the order the round's tokens were anchored or listed in.
func stationFar(subs []*subject, ok []bool, fps [][]PlaceCell, seen []Seen, inBatch map[uint64]bool) []bool {
	type ref struct {
		id uint64
		fp []PlaceCell
	}
	byDev := map[[20]byte][]ref{}
	for i := range seen {
		if !inBatch[seen[i].TokenID] && len(seen[i].Place) > 0 {
			byDev[seen[i].Device] = append(byDev[seen[i].Device], ref{seen[i].TokenID, seen[i].Place})
		}
	}
	for i, s := range subs {
		if ok[i] && len(fps[i]) > 0 {
			byDev[s.device] = append(byDev[s.device], ref{s.id, fps[i]})
		}
	}
	out := make([]bool, len(subs))
	parallel(len(subs), func(i int) {
		s := subs[i]
		if len(fps[i]) == 0 {
			return
		}
		var pts []h3.LatLng
		set := map[uint64]bool{}
		sessions, contribs := 0, 0
		for _, r := range byDev[s.device] {
			if r.id == s.id {
				continue
			}
			contribs++
			for _, c := range r.fp {
				sessions += int(c.Sessions)
				if !set[c.Cell] {
					set[c.Cell] = true
					pts = append(pts, h3.Cell(c.Cell).LatLng())
				}
			}
		}
		if sessions < MinPlaceRefSessions || contribs < MinPlaceRefContributions {
			return
		}
		far, total := farSessions(fps[i], pts, set)
		out[i] = far >= MinFarSessions && 2*far > total
	})
	return out
}

// encodePlace writes a footprint as varints: the count, then per cell its difference from the
// previous cell and its sessions.
func encodePlace(dst []byte, fp []PlaceCell) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(fp)))
	var prev uint64
	for _, c := range fp {
		dst = binary.AppendUvarint(dst, c.Cell-prev)
		prev = c.Cell
		dst = binary.AppendUvarint(dst, uint64(c.Sessions))
	}
	return dst
}

// decodePlace reads what encodePlace wrote.
func decodePlace(b []byte) ([]PlaceCell, error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return nil, datpin.Errorf(datpin.EINVALID, "bad place length")
	}
	b = b[k:]
	if n == 0 {
		return nil, nil
	}
	out := make([]PlaceCell, n)
	var prev uint64
	for i := range out {
		d, k := binary.Uvarint(b)
		if k <= 0 {
			return nil, datpin.Errorf(datpin.EINVALID, "place cell %d truncated", i)
		}
		b = b[k:]
		m, k := binary.Uvarint(b)
		if k <= 0 || m > 1<<32-1 {
			return nil, datpin.Errorf(datpin.EINVALID, "place cell %d truncated", i)
		}
		b = b[k:]
		prev += d
		out[i] = PlaceCell{Cell: prev, Sessions: uint32(m)}
	}
	if len(b) != 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "%d bytes after the place", len(b))
	}
	return out, nil
}
