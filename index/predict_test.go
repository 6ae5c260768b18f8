package index

import (
	"reflect"
	"testing"

	"github.com/uber/h3-go/v4"
)

// gradientCells are the res-8 cells of a disk whose quality rises 400 bp a km to the east, with
// more records in the west, leaving out the centre (a hole nobody measured).
func gradientCells(t *testing.T) (cells []Cell, hole uint64, lng0 float64) {
	t.Helper()
	c := h3.LatLngToCell(h3.NewLatLng(51.8985, -8.4756), 8)
	ll := c.LatLng()
	for _, n := range c.GridDisk(6) {
		if n == c {
			continue
		}
		p := n.LatLng()
		km := (p.Lng - ll.Lng) * 111.2 * 0.617
		q := uint16(6000 + 400*km)
		cells = append(cells, Cell{Cell: CellString(uint64(n)), Records: uint64(1000 - 80*km), Quality: &q})
	}
	return cells, uint64(c), ll.Lng
}

func TestPredictCells(t *testing.T) {
	cells, hole, _ := gradientCells(t)
	var maxRec uint64
	for _, c := range cells {
		maxRec = max(maxRec, c.Records)
	}
	east := h3.Cell(hole).GridDiskDistances(7)[7]
	station := map[uint64]bool{uint64(east[0]): true}
	model, predicted, sites := predictCells(cells, station, maxRec, 5)
	if model == nil || model.Resolution != 8 || model.Measured != len(cells) {
		t.Fatalf("model %+v", model)
	}
	byCell := map[string]PredictedCell{}
	for _, p := range predicted {
		byCell[p.Cell] = p
	}
	h, ok := byCell[CellString(hole)]
	if !ok {
		t.Fatal("the hole is not predicted")
	}
	if h.Quality < 5800 || h.Quality > 6200 || h.Std <= 0 {
		t.Errorf("hole predicted %+v; the field is 6000 there", h)
	}
	// The hole is surrounded by data; the ring outside the disk has it on one side only.
	var outer float64
	for _, p := range predicted {
		if p.Cell != CellString(hole) {
			outer = max(outer, p.Certainty)
		}
	}
	if h.Certainty <= outer {
		t.Errorf("hole certainty %.3f not above every outer cell's (%.3f)", h.Certainty, outer)
	}
	if len(predicted) != 1+6*7 {
		t.Errorf("%d predicted cells; want the hole and the ring of 42 around the disk", len(predicted))
	}
	if !byCell[CellString(uint64(east[0]))].Station {
		t.Error("the station's cell is not marked")
	}
	if len(sites) != 5 {
		t.Fatalf("%d sites", len(sites))
	}
	for i, s := range sites {
		if s.Station {
			t.Errorf("site %s has a station", s.Cell)
		}
		if i > 0 && s.Gain > sites[i-1].Gain {
			t.Errorf("sites not ranked by gain: %v", sites)
		}
		// The west is busy and poor: where the gain is.
		if p, _ := ParseCell(s.Cell); h3.Cell(p).LatLng().Lng > h3.Cell(hole).LatLng().Lng {
			t.Errorf("site %s east of the centre (gain %.3f)", s.Cell, s.Gain)
		}
	}
	_, again, sites2 := predictCells(cells, station, maxRec, 5)
	if !reflect.DeepEqual(predicted, again) || !reflect.DeepEqual(sites, sites2) {
		t.Error("not deterministic")
	}
	if m, p, s := predictCells(cells[:minPredictCells-1], station, maxRec, 5); m != nil || len(p) != 0 || len(s) != 0 {
		t.Errorf("%d cells predicted from %d", len(p), minPredictCells-1)
	}
}
