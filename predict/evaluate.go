package predict

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
)

// Evaluation is the predictor measured on held-out measured cells.
type Evaluation struct {
	Cells int `json:"cells"` // measured cells, each held out once
	Folds int `json:"folds"`
	// Predicted counts the held-out cells with at least one measured neighbour within reach:
	// the cells both errors are computed over.
	Predicted    int     `json:"predicted"`
	RMSE         float64 `json:"rmse"`
	BaselineRMSE float64 `json:"baselineRmse"` // the mean of the same neighbours
	// Improvement is 1 − RMSE / BaselineRMSE (0.2: the predictor's error is 20 % below).
	Improvement float64 `json:"improvement"`
	// Coverage is the share of held-out cells whose value lies within ±2 Std of the prediction:
	// about 0.95 when the uncertainty is honest.
	Coverage float64 `json:"coverage"`
	// Variogram is the one fitted to all the cells (each fold fits its own on its training cells).
	Variogram Variogram `json:"variogram"`
}

// Evaluate holds out each of folds shares of the samples in turn (cells assigned to folds by a
// shuffle seeded by seed), fits a model on the rest, and predicts the held-out cells; the
// baseline predicts each by the mean of the same measured neighbours. Neither sees the held-out
// values: the variogram, the search radius and the neighbours come from the training cells.
func Evaluate(samples []Sample, o Options, folds int, seed uint64) (*Evaluation, error) {
	full, err := Fit(samples, o)
	if err != nil {
		return nil, err
	}
	folds = max(2, min(folds, len(samples)))
	s := slices.Clone(samples)
	slices.SortFunc(s, func(a, b Sample) int { return cmp.Compare(a.Cell, b.Cell) })
	rng := rand.New(rand.NewPCG(seed, 0x9d1c7))
	rng.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	ev := &Evaluation{Cells: len(s), Folds: folds, Variogram: full.Variogram}
	var se, sb float64
	var within int
	for f := range folds {
		var train, test []Sample
		for i, x := range s {
			if i%folds == f {
				test = append(test, x)
			} else {
				train = append(train, x)
			}
		}
		m, err := Fit(train, o)
		if err != nil {
			return nil, err
		}
		cells := make([]uint64, len(test))
		for i, x := range test {
			cells[i] = x.Cell
		}
		for i, p := range m.PredictAll(cells) {
			if p.Neighbours == 0 {
				continue
			}
			z := test[i].Value
			se += (p.Value - z) * (p.Value - z)
			sb += (p.Baseline - z) * (p.Baseline - z)
			if math.Abs(p.Value-z) <= 2*p.Std {
				within++
			}
			ev.Predicted++
		}
	}
	if ev.Predicted > 0 {
		ev.RMSE = math.Sqrt(se / float64(ev.Predicted))
		ev.BaselineRMSE = math.Sqrt(sb / float64(ev.Predicted))
		ev.Coverage = float64(within) / float64(ev.Predicted)
		if ev.BaselineRMSE > 0 {
			ev.Improvement = 1 - ev.RMSE/ev.BaselineRMSE
		}
	}
	return ev, nil
}
