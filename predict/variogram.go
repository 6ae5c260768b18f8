package predict

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// Variogram is an exponential or a Gaussian semivariogram:
//
//	γ(0) = 0,  γ(h) = Nugget + PartialSill × (1 − exp(−3h / RangeKm))     exponential, h > 0
//	           γ(h) = Nugget + PartialSill × (1 − exp(−3h² / RangeKm²))   Gaussian, h > 0
//
// RangeKm is the practical range, where γ reaches 95 % of the sill. The exponential model suits
// fields that are rough at short distances, the Gaussian one smooth fields (a coverage map's
// path loss); the fit takes the one closer to the data.
type Variogram struct {
	Model       string  `json:"model"` // "exponential" or "gaussian"
	Nugget      float64 `json:"nugget"`
	PartialSill float64 `json:"partialSill"`
	RangeKm     float64 `json:"rangeKm"`
	// Lags is the empirical semivariogram the model was fitted to.
	Lags []Lag `json:"lags"`
}

// Lag is one distance class of the empirical semivariogram.
type Lag struct {
	Km    float64 `json:"km"`    // mean distance of its pairs
	Gamma float64 `json:"gamma"` // half the mean squared difference of its pairs
	Pairs int     `json:"pairs"`
}

// Gamma is the model's semivariance at distance h km.
func (v Variogram) Gamma(h float64) float64 {
	if h <= 0 {
		return 0
	}
	if v.RangeKm <= 0 {
		return v.Nugget + v.PartialSill
	}
	return v.Nugget + v.PartialSill*v.shape(h)
}

// shape is the structured part's rise at distance h, 0..1.
func (v Variogram) shape(h float64) float64 {
	if v.Model == "gaussian" {
		r := h / v.RangeKm
		return 1 - math.Exp(-3*r*r)
	}
	return 1 - math.Exp(-3*h/v.RangeKm)
}

// Sill is the model's total sill: the variance of the target between unrelated cells.
func (v Variogram) Sill() float64 { return v.Nugget + v.PartialSill }

// empirical is the classical (Matheron) estimator over pairs of samples up to maxLag km, in
// lags equal classes; classes without pairs are left out.
func empirical(xy [][2]float64, vals []float64, lags int, maxLag float64) []Lag {
	sum := make([]float64, lags)
	dsum := make([]float64, lags)
	n := make([]int, lags)
	w := maxLag / float64(lags)
	for i := range xy {
		for j := i + 1; j < len(xy); j++ {
			d := dist(xy[i], xy[j])
			if d > maxLag {
				continue
			}
			k := min(int(d/w), lags-1)
			dz := vals[i] - vals[j]
			sum[k] += dz * dz
			dsum[k] += d
			n[k]++
		}
	}
	var out []Lag
	for k := range lags {
		if n[k] > 0 {
			out = append(out, Lag{Km: dsum[k] / float64(n[k]), Gamma: sum[k] / (2 * float64(n[k])), Pairs: n[k]})
		}
	}
	return out
}

// minPairs is the fewest pairs a lag needs to count in the fit, when enough lags have them.
const minPairs = 10

// fitVariogram fits an exponential and a Gaussian model to the lags by weighted least squares, with Cressie's
// weights Pairs / γ̂² (the semivariance floored at 5 % of the largest, so that one near-zero lag
// does not decide the fit). The range is searched on a fixed logarithmic grid, and for each
// range the nugget and partial sill, which enter linearly, are solved for in closed form under
// non-negativity; the model and range with the smallest weighted squared error win (exponential
// and the shorter range on a tie).
func fitVariogram(lags []Lag) Variogram {
	v := Variogram{Model: "exponential", Lags: lags}
	use := lags[:0:0]
	for _, l := range lags {
		if l.Pairs >= minPairs {
			use = append(use, l)
		}
	}
	if len(use) < 3 {
		use = lags
	}
	if len(use) == 0 {
		return v
	}
	var top, hmin, hmax float64
	hmin = math.Inf(1)
	for _, l := range use {
		top = max(top, l.Gamma)
		hmin = min(hmin, l.Km)
		hmax = max(hmax, l.Km)
	}
	if top == 0 {
		return v
	}
	w := make([]float64, len(use))
	for i, l := range use {
		g := max(l.Gamma, 0.05*top)
		w[i] = float64(l.Pairs) / (g * g)
	}
	lo, hi := max(hmin/2, 1e-3), 3*hmax
	const steps = 80
	best := math.Inf(1)
	for _, model := range []string{"exponential", "gaussian"} {
		for s := range steps {
			try := Variogram{Model: model, RangeKm: lo * math.Pow(hi/lo, float64(s)/(steps-1))}
			c0, c, sse := fitLinear(use, w, try)
			if sse < best {
				best = sse
				v.Model, v.Nugget, v.PartialSill, v.RangeKm = model, c0, c, try.RangeKm
			}
		}
	}
	return v
}

// fitLinear is the weighted least-squares nugget and partial sill of shape v, both
// non-negative, and the weighted squared error.
func fitLinear(lags []Lag, w []float64, v Variogram) (c0, c, sse float64) {
	n := len(lags)
	x := mat.NewDense(n, 2, nil)
	y := mat.NewVecDense(n, nil)
	for i, l := range lags {
		sw := math.Sqrt(w[i])
		x.Set(i, 0, sw)
		x.Set(i, 1, sw*v.shape(l.Km))
		y.SetVec(i, sw*l.Gamma)
	}
	var beta mat.VecDense
	if err := beta.SolveVec(x, y); err == nil {
		c0, c = beta.AtVec(0), beta.AtVec(1)
	} else {
		c0, c = -1, -1
	}
	if c0 < 0 || c < 0 {
		// The unconstrained optimum lies outside: the best of the two one-parameter fits.
		c0a, ea := fitOne(x, y, 0)
		ca, eb := fitOne(x, y, 1)
		if ea <= eb {
			return c0a, 0, ea
		}
		return 0, ca, eb
	}
	return c0, c, residual(x, y, c0, c)
}

// fitOne fits column col alone (non-negative).
func fitOne(x *mat.Dense, y *mat.VecDense, col int) (float64, float64) {
	var xy, xx float64
	for i := range y.Len() {
		xy += x.At(i, col) * y.AtVec(i)
		xx += x.At(i, col) * x.At(i, col)
	}
	b := 0.0
	if xx > 0 {
		b = max(xy/xx, 0)
	}
	var c0, c float64
	if col == 0 {
		c0 = b
	} else {
		c = b
	}
	return b, residual(x, y, c0, c)
}

func residual(x *mat.Dense, y *mat.VecDense, c0, c float64) float64 {
	var sse float64
	for i := range y.Len() {
		r := y.AtVec(i) - c0*x.At(i, 0) - c*x.At(i, 1)
		sse += r * r
	}
	return sse
}
