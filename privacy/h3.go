package privacy

import (
	"math"

	"github.com/datpin/datpin"
	"github.com/uber/h3-go/v4"
)

// Default resolutions. At resolution 8 a cell averages 0.74 km² (edge about
// 530 m); at 7, 5.2 km² (edge about 1.4 km).
const (
	DefaultResolution       = 8
	DefaultRegionResolution = 7
)

// MaxResolution is H3's finest resolution.
const MaxResolution = 15

// Cell returns the H3 cell at resolution res that contains the position
// (latE7, lonE7), in 1e-7 degrees. A position with either coordinate Missing
// gives 0. Coordinates out of range, or a resolution outside 0..15, give an
// EINVALID error.
func Cell(latE7, lonE7 int32, res int) (uint64, error) {
	if latE7 == datpin.Missing || lonE7 == datpin.Missing {
		return 0, nil
	}
	if res < 0 || res > MaxResolution {
		return 0, datpin.Errorf(datpin.EINVALID, "H3 resolution %d is outside 0..%d", res, MaxResolution)
	}
	if latE7 < -900_000_000 || latE7 > 900_000_000 || lonE7 < -1_800_000_000 || lonE7 > 1_800_000_000 {
		return 0, datpin.Errorf(datpin.EINVALID, "position out of range")
	}
	c := h3.LatLngToCell(h3.NewLatLng(float64(latE7)/1e7, float64(lonE7)/1e7), res)
	if !c.IsValid() {
		return 0, datpin.Errorf(datpin.EINVALID, "position has no H3 cell")
	}
	return uint64(c), nil
}

// H3 index layout (64 bits): reserved(1) mode(4) reserved(3) resolution(4)
// base cell(7), then fifteen 3-bit digits, resolution 1 first; digits past
// the cell's resolution are 7.
const (
	h3ResShift = 52
	h3ResMask  = uint64(0xf) << h3ResShift
)

// Resolution returns the resolution of an H3 cell index.
func Resolution(cell uint64) int { return int((cell & h3ResMask) >> h3ResShift) }

// Parent returns the ancestor of cell at resolution res, cell itself if it is
// already that coarse, and 0 for cell 0 or res out of 0..15. It is pure bit
// manipulation, so it costs nothing per record.
func Parent(cell uint64, res int) uint64 {
	if cell == 0 || res < 0 || res > MaxResolution {
		return 0
	}
	r := Resolution(cell)
	if res >= r {
		return cell
	}
	out := cell&^h3ResMask | uint64(res)<<h3ResShift
	for d := res + 1; d <= r; d++ {
		out |= uint64(7) << ((MaxResolution - d) * 3)
	}
	return out
}

// cellCache remembers the last position's cell, and the shapes of the last
// few hexagons it found: consecutive samples of a drive test or a fixed
// sensor share a position or at least a cell, and H3's conversion costs
// microseconds while a point-in-hexagon test costs tens of nanoseconds.
//
// A hexagon that lies on one icosahedron face is a hexagon with straight
// edges in that face's gnomonic projection, and the gnomonic projection maps
// straight lines to great circles: on the sphere the cell is exactly the
// convex polygon whose edges are the great-circle arcs between its six
// vertices. A point strictly inside all six edge planes, by more than
// hexMargin, is in the cell; anything else (near an edge, on a face edge,
// a pentagon) asks H3.
type cellCache struct {
	lat, lon int32
	res      int
	cell     uint64
	ok       bool
	hex      [4]hexShape
	next     int // hex slot to replace next
}

// hexShape is a cell and the inward unit normals of its six edge planes.
type hexShape struct {
	cell   uint64
	res    int
	normal [6][3]float64
}

// hexMargin is how far inside every edge plane (the sine of the angle: 1e-9
// is about 6 mm on the ground) a point must lie to be taken as in the cell
// without asking H3. It is far above the rounding of either computation.
const hexMargin = 1e-9

func (c *cellCache) lookup(lat, lon int32, res int) (uint64, error) {
	if c.ok && c.lat == lat && c.lon == lon && c.res == res {
		return c.cell, nil
	}
	if lat != datpin.Missing && lon != datpin.Missing && lat >= -900_000_000 && lat <= 900_000_000 &&
		lon >= -1_800_000_000 && lon <= 1_800_000_000 {
		p := unitVector(float64(lat)/1e7, float64(lon)/1e7)
		for i := range c.hex {
			if h := &c.hex[i]; h.cell != 0 && h.res == res && h.contains(p) {
				c.lat, c.lon, c.res, c.cell, c.ok = lat, lon, res, h.cell, true
				return h.cell, nil
			}
		}
	}
	cell, err := Cell(lat, lon, res)
	if err != nil {
		return 0, err
	}
	c.lat, c.lon, c.res, c.cell, c.ok = lat, lon, res, cell, true
	if cell != 0 {
		for i := range c.hex {
			if c.hex[i].cell == cell && c.hex[i].res == res {
				return cell, nil // a point near an edge of a known cell
			}
		}
		if h, ok := newHexShape(cell, res); ok {
			c.hex[c.next] = h
			c.next = (c.next + 1) % len(c.hex)
		}
	}
	return cell, nil
}

// unitVector returns the point at latitude and longitude (degrees) on the
// unit sphere, converting to radians as H3 does.
func unitVector(lat, lon float64) [3]float64 {
	sinLat, cosLat := math.Sincos(h3.DegsToRads * lat)
	sinLon, cosLon := math.Sincos(h3.DegsToRads * lon)
	return [3]float64{cosLat * cosLon, cosLat * sinLon, sinLat}
}

func (h *hexShape) contains(p [3]float64) bool {
	for i := range h.normal {
		n := &h.normal[i]
		if n[0]*p[0]+n[1]*p[1]+n[2]*p[2] <= hexMargin {
			return false
		}
	}
	return true
}

// newHexShape returns the shape of cell if it is a hexagon on one
// icosahedron face whose edges bound a convex polygon around its center.
func newHexShape(cell uint64, res int) (hexShape, bool) {
	c := h3.Cell(cell)
	if c.IsPentagon() || len(c.IcosahedronFaces()) != 1 {
		return hexShape{}, false
	}
	b := c.Boundary()
	if len(b) != 6 {
		return hexShape{}, false
	}
	var v [6][3]float64
	for i, ll := range b {
		v[i] = unitVector(ll.Lat, ll.Lng)
	}
	center := c.LatLng()
	ctr := unitVector(center.Lat, center.Lng)
	h := hexShape{cell: cell, res: res}
	for i := range v {
		a, b := v[i], v[(i+1)%6]
		n := [3]float64{a[1]*b[2] - a[2]*b[1], a[2]*b[0] - a[0]*b[2], a[0]*b[1] - a[1]*b[0]}
		l := math.Sqrt(n[0]*n[0] + n[1]*n[1] + n[2]*n[2])
		if l == 0 {
			return hexShape{}, false
		}
		n = [3]float64{n[0] / l, n[1] / l, n[2] / l}
		if n[0]*ctr[0]+n[1]*ctr[1]+n[2]*ctr[2] < 0 {
			n = [3]float64{-n[0], -n[1], -n[2]}
		}
		h.normal[i] = n
	}
	// Convex around the center: the center and every vertex lie on the
	// inner side of every edge plane.
	for i := range h.normal {
		n := &h.normal[i]
		if n[0]*ctr[0]+n[1]*ctr[1]+n[2]*ctr[2] <= hexMargin {
			return hexShape{}, false
		}
		for j := range v {
			if n[0]*v[j][0]+n[1]*v[j][1]+n[2]*v[j][2] < -hexMargin {
				return hexShape{}, false
			}
		}
	}
	return h, true
}
