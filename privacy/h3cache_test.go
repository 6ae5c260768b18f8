package privacy

import (
	"math/rand/v2"
	"testing"

	"github.com/uber/h3-go/v4"
)

// The cache's point-in-hexagon answers equal H3's for walks that cross many
// cell edges, at every resolution, all over the globe, including points a
// few E7 steps from a boundary vertex.
func TestCellCache_MatchesH3(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	fast := 0
	for walk := range 160 {
		res := walk % (MaxResolution + 1)
		var c cellCache
		lat := int32(rng.IntN(1_700_000_000) - 850_000_000)
		lon := int32(rng.IntN(3_600_000_000) - 1_800_000_000)
		// A step of about a tenth of a cell's edge.
		edge := h3.LatLngToCell(h3.NewLatLng(float64(lat)/1e7, float64(lon)/1e7), res).Boundary()
		step := int32(max(1, min(1e8, abs(edge[0].Lat-edge[1].Lat)*1e7/10+abs(edge[0].Lng-edge[1].Lng)*1e7/10)))
		for i := range 400 {
			if i%50 == 49 {
				// Next to a vertex of the current cell.
				b := h3.Cell(c.cell).Boundary()
				if len(b) > 0 {
					v := b[rng.IntN(len(b))]
					lat = int32(v.Lat*1e7) + int32(rng.IntN(7)-3)
					lon = int32(v.Lng*1e7) + int32(rng.IntN(7)-3)
				}
			} else {
				lat += int32(rng.IntN(3)-1) * step
				lon += int32(rng.IntN(3)-1) * step
			}
			lat = max(-899_000_000, min(899_000_000, lat))
			lon = max(-1_799_000_000, min(1_799_000_000, lon))
			before := c.ok && c.lat == lat && c.lon == lon
			hit := false
			if !before {
				p := unitVector(float64(lat)/1e7, float64(lon)/1e7)
				for j := range c.hex {
					hit = hit || c.hex[j].cell != 0 && c.hex[j].res == res && c.hex[j].contains(p)
				}
			}
			got, err := c.lookup(lat, lon, res)
			if err != nil {
				t.Fatal(err)
			}
			want, err := Cell(lat, lon, res)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Fatalf("res %d, position (%d, %d): cache says %x, H3 %x", res, lat, lon, got, want)
			}
			if hit {
				fast++
			}
		}
	}
	if fast < 160*400/2 {
		t.Fatalf("only %d of %d lookups took the point-in-hexagon path", fast, 160*400)
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}
