package index

import (
	"context"
	"sort"
)

// OptimizeOptions are the thresholds of the network-optimization view.
type OptimizeOptions struct {
	// A cell is a coverage gap when its quality is below GapQuality, or, when GapQuality is 0 (the
	// default), at least GapMargin below the network's record-weighted mean quality: what counts
	// as poor is judged against the network itself, whatever the scoring rules' scale.
	GapQuality  uint16  `json:"gapQuality"`
	GapMargin   uint16  `json:"gapMargin"`   // default 1000 bp
	NetQuality  float64 `json:"netQuality"`  // the network's record-weighted mean quality (output)
	GapBelow    float64 `json:"gapBelow"`    // the quality below which a cell is a gap (output)
	FallDrop    uint16  `json:"fallDrop"`    // a station is falling when its quality dropped at least this much (default 1000 bp)
	Suggestions int     `json:"suggestions"` // at most this many suggested cells (default 10)
}

// GapCell is a cell ranked by demand against quality.
type GapCell struct {
	Cell
	Demand float64 `json:"demand"` // records / the largest record count of any cell, 0..1
	Gap    float64 `json:"gap"`    // demand × (10000 − quality) / 10000, 0..1
	IsGap  bool    `json:"isGap"`  // quality below the gap threshold (see OptimizeOptions)
}

// Suggestion is a cell without a station next to coverage gaps.
type Suggestion struct {
	Cell     string       `json:"cell"`
	Lat      float64      `json:"lat"`
	Lng      float64      `json:"lng"`
	Boundary [][2]float64 `json:"boundary"`
	Score    float64      `json:"score"` // Σ gap of the adjacent gap cells
	Near     []string     `json:"near"`  // those gap cells
}

// FallingStation is a station whose quality dropped from one epoch with data to the next.
type FallingStation struct {
	Station  string `json:"station"`
	Cell     string `json:"cell"`
	From     uint32 `json:"fromEpoch"`
	To       uint32 `json:"toEpoch"`
	Previous uint16 `json:"previous"`
	Latest   uint16 `json:"latest"`
	Drop     uint16 `json:"drop"`
}

// Optimization is the network planner's view.
type Optimization struct {
	Options     OptimizeOptions  `json:"options"`
	Cells       []GapCell        `json:"cells"` // by gap, largest first
	Suggestions []Suggestion     `json:"suggestions"`
	Falling     []FallingStation `json:"falling"`
	// Prediction describes the predictor of Predicted (null with too few measured cells).
	Prediction *PredictionModel `json:"prediction"`
	// Predicted are the cells next to measured ones without data of their own, with the quality
	// and demand predicted from their neighbours and an uncertainty, in cell order.
	Predicted []PredictedCell `json:"predicted"`
	// Sites are predicted cells without a station ranked by expected gain (predicted demand ×
	// predicted quality gap × certainty), at most Suggestions of them.
	Sites []PredictedCell `json:"sites"`
}

// Optimize ranks cells by demand against quality, suggests cells for new stations and lists
// stations whose quality fell. Demand is what the chain shows of it: the records anchored in a
// cell (sessions a station served but never anchored are invisible here).
//
//	demand(c)  = records(c) / max over cells of records
//	quality(c) = Σ records × agreed score / Σ records, over tokens with a verdict other than no-quorum
//	gap(c)     = demand(c) × (10000 − quality(c)) / 10000
//	net quality = Σ records × quality(c) / Σ records, over cells with a quality
//	a coverage gap: quality(c) < GapQuality, or with GapQuality 0, quality(c) ≤ net quality − GapMargin
//	suggestion score(n) = Σ gap(g) over coverage gaps g adjacent to n (H3 grid distance 1), for
//	  cells n at the gaps' resolution with no registered station and no anchored data
//	falling: quality(latest epoch) ≤ quality(previous epoch with data) − FallDrop
//	predicted: quality and demand kriged (package predict) at cells with no data at grid distance
//	  1 of measured cells, at the resolution with most measured cells (at least 8)
//	site gain(n) = predicted demand × (10000 − predicted quality) / 10000 × certainty
//
// Cells without a verdict yet have no quality and are left out of the ranking.
func (d *DB) Optimize(ctx context.Context, o OptimizeOptions) (*Optimization, error) {
	if o.GapMargin == 0 {
		o.GapMargin = 1000
	}
	if o.FallDrop == 0 {
		o.FallDrop = 1000
	}
	if o.Suggestions <= 0 {
		o.Suggestions = 10
	}
	cells, err := d.Cells(ctx)
	if err != nil {
		return nil, err
	}
	stations, err := d.Stations(ctx, "")
	if err != nil {
		return nil, err
	}
	out := &Optimization{Options: o, Cells: []GapCell{}, Suggestions: []Suggestion{}, Falling: []FallingStation{},
		Predicted: []PredictedCell{}, Sites: []PredictedCell{}}
	var maxRecords uint64
	for _, c := range cells {
		maxRecords = max(maxRecords, c.Records)
	}
	occupied := map[uint64]bool{} // cells with data, and station cells at every data resolution
	stationCells := map[uint64]bool{}
	resolutions := map[int]bool{}
	for _, c := range cells {
		if id, err := ParseCell(c.Cell); err == nil {
			occupied[id] = true
			resolutions[resolution(id)] = true
		}
	}
	for _, s := range stations {
		if id, err := ParseCell(s.Cell); err == nil {
			for r := range resolutions {
				occupied[parentAt(id, r)] = true
				stationCells[parentAt(id, r)] = true
			}
		}
	}
	var weighted, records float64
	for _, c := range cells {
		if c.Quality != nil {
			weighted += float64(c.Records) * float64(*c.Quality)
			records += float64(c.Records)
		}
	}
	if records > 0 {
		o.NetQuality = weighted / records
	}
	o.GapBelow = float64(o.GapQuality)
	if o.GapQuality == 0 {
		// ≤ mean − margin, as "< mean − margin + ε": quality is an integer.
		o.GapBelow = o.NetQuality - float64(o.GapMargin) + 1e-9
	}
	out.Options = o
	for _, c := range cells {
		if c.Quality == nil || maxRecords == 0 {
			continue
		}
		g := GapCell{Cell: c, Demand: float64(c.Records) / float64(maxRecords)}
		g.Gap = g.Demand * float64(10000-int(*c.Quality)) / 10000
		g.IsGap = float64(*c.Quality) < o.GapBelow
		out.Cells = append(out.Cells, g)
	}
	sort.SliceStable(out.Cells, func(i, j int) bool { return out.Cells[i].Gap > out.Cells[j].Gap })

	cand := map[uint64]*Suggestion{}
	for _, g := range out.Cells {
		if !g.IsGap {
			continue
		}
		id, _ := ParseCell(g.Cell.Cell)
		for _, n := range neighbours(id) {
			if occupied[n] {
				continue
			}
			s := cand[n]
			if s == nil {
				lat, lng := cellCenter(n)
				s = &Suggestion{Cell: CellString(n), Lat: lat, Lng: lng, Boundary: cellBoundary(n)}
				cand[n] = s
			}
			s.Score += g.Gap
			s.Near = append(s.Near, g.Cell.Cell)
		}
	}
	for _, s := range cand {
		out.Suggestions = append(out.Suggestions, *s)
	}
	sort.Slice(out.Suggestions, func(i, j int) bool {
		a, b := out.Suggestions[i], out.Suggestions[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		return a.Cell < b.Cell
	})
	if len(out.Suggestions) > o.Suggestions {
		out.Suggestions = out.Suggestions[:o.Suggestions]
	}

	out.Prediction, out.Predicted, out.Sites = predictCells(cells, stationCells, maxRecords, o.Suggestions)

	epochs, err := d.StationEpochs(ctx)
	if err != nil {
		return nil, err
	}
	cellOf := map[string]string{}
	for _, s := range stations {
		cellOf[s.Address] = s.Cell
	}
	for st, es := range epochs {
		var withQ []StationEpoch
		for _, e := range es {
			if e.Quality != nil {
				withQ = append(withQ, e)
			}
		}
		if len(withQ) < 2 {
			continue
		}
		prev, last := withQ[len(withQ)-2], withQ[len(withQ)-1]
		if int(*prev.Quality)-int(*last.Quality) >= int(o.FallDrop) {
			out.Falling = append(out.Falling, FallingStation{
				Station: st, Cell: cellOf[st], From: prev.Epoch, To: last.Epoch,
				Previous: *prev.Quality, Latest: *last.Quality, Drop: *prev.Quality - *last.Quality,
			})
		}
	}
	sort.Slice(out.Falling, func(i, j int) bool {
		if out.Falling[i].Drop != out.Falling[j].Drop {
			return out.Falling[i].Drop > out.Falling[j].Drop
		}
		return out.Falling[i].Station < out.Falling[j].Station
	})
	return out, nil
}
