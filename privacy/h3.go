package privacy

import (
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

// cellCache remembers the last position's cell: consecutive samples of a
// drive test or a fixed sensor often share a position.
type cellCache struct {
	lat, lon int32
	res      int
	cell     uint64
	ok       bool
}

func (c *cellCache) lookup(lat, lon int32, res int) (uint64, error) {
	if c.ok && c.lat == lat && c.lon == lon && c.res == res {
		return c.cell, nil
	}
	cell, err := Cell(lat, lon, res)
	if err != nil {
		return 0, err
	}
	*c = cellCache{lat: lat, lon: lon, res: res, cell: cell, ok: true}
	return cell, nil
}
