package index

import "github.com/uber/h3-go/v4"

// cellCenter is the centre of an H3 cell (0, 0 for an invalid index).
func cellCenter(c uint64) (lat, lng float64) {
	cell := h3.Cell(c)
	if !cell.IsValid() {
		return 0, 0
	}
	ll := cell.LatLng()
	return ll.Lat, ll.Lng
}

// cellBoundary is an H3 cell's polygon as [lat, lng] vertices (nil for an invalid index).
func cellBoundary(c uint64) [][2]float64 {
	cell := h3.Cell(c)
	if !cell.IsValid() {
		return nil
	}
	b := cell.Boundary()
	out := make([][2]float64, len(b))
	for i, v := range b {
		out[i] = [2]float64{v.Lat, v.Lng}
	}
	return out
}

// neighbours are the cells at grid distance 1 of c.
func neighbours(c uint64) []uint64 {
	cell := h3.Cell(c)
	if !cell.IsValid() {
		return nil
	}
	var out []uint64
	for _, n := range cell.GridDisk(1) {
		if uint64(n) != c {
			out = append(out, uint64(n))
		}
	}
	return out
}

// parentAt is c's ancestor at resolution res (c itself when it is that coarse or coarser).
func parentAt(c uint64, res int) uint64 {
	cell := h3.Cell(c)
	if !cell.IsValid() || cell.Resolution() <= res {
		return c
	}
	return uint64(cell.Parent(res))
}

func resolution(c uint64) int { return h3.Cell(c).Resolution() }
