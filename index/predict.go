package index

import (
	"cmp"
	"math"
	"slices"

	"github.com/datpin/datpin/predict"
)

// PredictedCell is a cell without anchored data next to measured ones, with the agreed quality
// and the demand kriged from the measured cells (package predict).
type PredictedCell struct {
	Cell     string       `json:"cell"`
	Lat      float64      `json:"lat"`
	Lng      float64      `json:"lng"`
	Boundary [][2]float64 `json:"boundary"`
	Quality  float64      `json:"quality"`    // predicted agreed score, basis points
	Std      float64      `json:"qualityStd"` // its kriging standard deviation, basis points
	Demand   float64      `json:"demand"`     // predicted demand, 0..1 as GapCell's
	// Certainty is 1 − Std / the quality variogram's √sill, 0..1: 0 where the neighbours say
	// nothing more than the network's spread.
	Certainty float64 `json:"certainty"`
	// Gain is the expected gain of a station here: Demand × (10000 − Quality) / 10000 × Certainty.
	Gain      float64 `json:"gain"`
	Station   bool    `json:"station"` // a registered station lies in the cell
	Neighbour int     `json:"neighbours"`
}

// PredictionModel describes the predictor behind the predicted cells.
type PredictionModel struct {
	Resolution int               `json:"resolution"`
	Measured   int               `json:"measured"` // cells with an agreed quality it was fitted to
	Quality    predict.Variogram `json:"quality"`
	Demand     predict.Variogram `json:"demand"`
}

// minPredictCells is the fewest measured cells at a resolution before anything is predicted.
const minPredictCells = predict.MinSamples

// predictCells fits the quality and demand predictors to the measured cells of the resolution
// with most of them, predicts the unmeasured cells at grid distance 1 of a measured one, and
// ranks those without a station by expected gain. stationCells are the cells (at every data
// resolution) with a registered station. Fewer than minPredictCells measured cells: nothing.
func predictCells(cells []Cell, stationCells map[uint64]bool, maxRecords uint64, sites int) (*PredictionModel, []PredictedCell, []PredictedCell) {
	res, atRes := resolutionOfData(cells)
	best := len(atRes)
	if best < minPredictCells || maxRecords == 0 {
		return nil, []PredictedCell{}, []PredictedCell{}
	}
	var qs, ds []predict.Sample
	for _, c := range atRes {
		id, _ := ParseCell(c.Cell)
		qs = append(qs, predict.Sample{Cell: id, Value: float64(*c.Quality), Weight: float64(c.Records)})
		ds = append(ds, predict.Sample{Cell: id, Value: float64(c.Records) / float64(maxRecords), Weight: float64(c.Records)})
	}
	qm, err := predict.Fit(qs, predict.Options{})
	if err != nil {
		return nil, []PredictedCell{}, []PredictedCell{}
	}
	dm, err := predict.Fit(ds, predict.Options{})
	if err != nil {
		return nil, []PredictedCell{}, []PredictedCell{}
	}
	model := &PredictionModel{Resolution: res, Measured: best, Quality: qm.Variogram, Demand: dm.Variogram}
	measured := map[uint64]bool{}
	for _, c := range cells {
		if id, err := ParseCell(c.Cell); err == nil {
			measured[id] = true
		}
	}
	var cand []uint64
	for _, c := range qm.Candidates(1) {
		if !measured[c] { // cells with anchored data but no verdict yet are not predicted either
			cand = append(cand, c)
		}
	}
	qp, dp := qm.PredictAll(cand), dm.PredictAll(cand)
	sill := math.Sqrt(qm.Variogram.Sill())
	out := make([]PredictedCell, 0, len(qp))
	for i, p := range qp {
		if p.Neighbours == 0 {
			continue
		}
		lat, lng := cellCenter(p.Cell)
		pc := PredictedCell{Cell: CellString(p.Cell), Lat: lat, Lng: lng, Boundary: cellBoundary(p.Cell),
			Quality: min(max(p.Value, 0), 10000), Std: p.Std, Demand: min(max(dp[i].Value, 0), 1),
			Station: stationCells[p.Cell], Neighbour: p.Neighbours}
		if sill > 0 {
			pc.Certainty = min(max(1-p.Std/sill, 0), 1)
		}
		pc.Gain = pc.Demand * (10000 - pc.Quality) / 10000 * pc.Certainty
		out = append(out, pc)
	}
	ranked := make([]PredictedCell, 0, len(out))
	for _, pc := range out {
		if !pc.Station && pc.Gain > 0 {
			ranked = append(ranked, pc)
		}
	}
	slices.SortStableFunc(ranked, func(a, b PredictedCell) int {
		return cmp.Or(cmp.Compare(b.Gain, a.Gain), cmp.Compare(a.Cell, b.Cell))
	})
	if len(ranked) > sites {
		ranked = ranked[:sites]
	}
	return model, out, ranked
}
