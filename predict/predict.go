// Package predict estimates a measured quantity (the agreed quality score, median RSRP, median
// downlink throughput) at H3 cells where nobody measured it, with an uncertainty per cell, by
// ordinary kriging on the cells' centres.
//
// A Model is fitted to one set of samples, one per measured cell at one H3 resolution: an
// exponential semivariogram is fitted by weighted least squares to the samples' empirical
// semivariogram, and a cell is then predicted from its k nearest measured cells within the
// variogram's support (a local neighbourhood, so the cost of a prediction is bounded whatever
// the number of samples). The same samples always give the same model and the same predictions:
// there is no randomness in the fit, and ties are broken by cell index.
//
// Evaluate measures the predictor on held-out measured cells (k-fold, a fixed seed) against the
// neighbour-mean baseline: the plain mean of the same neighbours.
package predict

import (
	"cmp"
	"math"
	"slices"

	"github.com/uber/h3-go/v4"
	"gonum.org/v1/gonum/mat"

	"github.com/datpin/datpin"
)

// Sample is one measured cell's value of the target.
type Sample struct {
	Cell   uint64  // H3 index
	Value  float64 // the target's value at the cell
	Weight float64 // records behind the value (informative only; 0 counts as 1)
}

// Options bound the fit and the neighbourhoods.
type Options struct {
	// Neighbours is how many nearest measured cells a prediction uses (default 16).
	Neighbours int
	// Lags is the number of distance classes of the empirical semivariogram (default 15).
	Lags int
	// MaxLagKm is the largest distance the semivariogram is computed to, and the search radius
	// of the neighbourhoods. 0 (the default): the smaller of half the largest distance between
	// samples and three times the median distance from a sample to its Neighbours-th nearest.
	MaxLagKm float64
}

func (o *Options) defaults() {
	if o.Neighbours <= 0 {
		o.Neighbours = 16
	}
	if o.Lags <= 1 {
		o.Lags = 15
	}
}

// MinSamples is the fewest measured cells a model is fitted from.
const MinSamples = 8

// Model is a fitted predictor.
type Model struct {
	Options   Options   `json:"options"`
	Variogram Variogram `json:"variogram"`
	Mean      float64   `json:"mean"` // the samples' mean, the prediction where no neighbour is in reach
	Samples   int       `json:"samples"`

	cells []uint64
	vals  []float64
	xy    [][2]float64 // km east and north of the samples' centroid
	lat0  float64      // the projection's reference latitude and longitude, degrees
	lng0  float64
	res   int
}

// Prediction is a cell's predicted value and its uncertainty.
type Prediction struct {
	Cell  uint64
	Value float64
	// Std is the kriging standard deviation: the expected error of Value, in the target's units.
	Std float64
	// Neighbours is how many measured cells the prediction used (0: none within reach; Value is
	// then the samples' mean and Std the variogram's sill).
	Neighbours int
	// Baseline is the mean of the same neighbours (the samples' mean with none).
	Baseline float64
}

// Fit fits a model to samples (one per cell, all at one H3 resolution; duplicates and invalid
// cells are refused).
func Fit(samples []Sample, o Options) (*Model, error) {
	o.defaults()
	if len(samples) < MinSamples {
		return nil, datpin.Errorf(datpin.EINVALID, "predict: %d measured cells, at least %d needed", len(samples), MinSamples)
	}
	s := slices.Clone(samples)
	slices.SortFunc(s, func(a, b Sample) int { return cmp.Compare(a.Cell, b.Cell) })
	m := &Model{Options: o, Samples: len(s), res: -1}
	var sumLat, sumLng float64
	lls := make([]h3.LatLng, len(s))
	for i, x := range s {
		c := h3.Cell(x.Cell)
		if !c.IsValid() {
			return nil, datpin.Errorf(datpin.EINVALID, "predict: %x is not an H3 cell", x.Cell)
		}
		if i > 0 && s[i-1].Cell == x.Cell {
			return nil, datpin.Errorf(datpin.EINVALID, "predict: cell %x given twice", x.Cell)
		}
		if m.res < 0 {
			m.res = c.Resolution()
		} else if c.Resolution() != m.res {
			return nil, datpin.Errorf(datpin.EINVALID, "predict: cells of resolutions %d and %d mixed", m.res, c.Resolution())
		}
		if math.IsNaN(x.Value) || math.IsInf(x.Value, 0) {
			return nil, datpin.Errorf(datpin.EINVALID, "predict: cell %x has no finite value", x.Cell)
		}
		lls[i] = c.LatLng()
		sumLat += lls[i].Lat
		sumLng += lls[i].Lng
		m.cells = append(m.cells, x.Cell)
		m.vals = append(m.vals, x.Value)
		m.Mean += x.Value
	}
	m.Mean /= float64(len(s))
	m.lat0, m.lng0 = sumLat/float64(len(s)), sumLng/float64(len(s))
	m.xy = make([][2]float64, len(s))
	for i, ll := range lls {
		m.xy[i] = m.project(ll.Lat, ll.Lng)
	}
	if m.Options.MaxLagKm <= 0 {
		m.Options.MaxLagKm = m.defaultMaxLag()
	}
	m.Variogram = fitVariogram(empirical(m.xy, m.vals, m.Options.Lags, m.Options.MaxLagKm))
	return m, nil
}

// Resolution is the H3 resolution of the model's cells.
func (m *Model) Resolution() int { return m.res }

// Measured reports whether cell is one of the samples.
func (m *Model) Measured(cell uint64) bool {
	_, ok := slices.BinarySearch(m.cells, cell)
	return ok
}

const earthKm = 6371.0088

// project maps a position to km east and north of the reference point (equirectangular: the
// neighbourhoods span a few km, where its error is far below an H3 cell's size).
func (m *Model) project(lat, lng float64) [2]float64 {
	k := math.Pi / 180 * earthKm
	return [2]float64{(lng - m.lng0) * k * math.Cos(m.lat0*math.Pi/180), (lat - m.lat0) * k}
}

func dist(a, b [2]float64) float64 { return math.Hypot(a[0]-b[0], a[1]-b[1]) }

// defaultMaxLag is min(half the largest distance, 3 × median distance to the k-th neighbour).
func (m *Model) defaultMaxLag() float64 {
	var far float64
	kth := make([]float64, len(m.xy))
	d := make([]float64, 0, len(m.xy))
	k := min(m.Options.Neighbours, len(m.xy)-1)
	for i := range m.xy {
		d = d[:0]
		for j := range m.xy {
			if i != j {
				dd := dist(m.xy[i], m.xy[j])
				d = append(d, dd)
				far = max(far, dd)
			}
		}
		slices.Sort(d)
		kth[i] = d[k-1]
	}
	slices.Sort(kth)
	return max(min(far/2, 3*kth[len(kth)/2]), 1e-3)
}

// neighbour is a sample index at a distance.
type neighbour struct {
	i int
	d float64
}

// nearest returns the k nearest samples within the search radius, nearest first (ties by cell),
// leaving out sample skip (-1: none).
func (m *Model) nearest(p [2]float64, skip int, buf []neighbour) []neighbour {
	buf = buf[:0]
	r := m.Options.MaxLagKm
	for i := range m.xy {
		if i == skip {
			continue
		}
		if d := dist(p, m.xy[i]); d <= r {
			buf = append(buf, neighbour{i, d})
		}
	}
	slices.SortFunc(buf, func(a, b neighbour) int {
		if c := cmp.Compare(a.d, b.d); c != 0 {
			return c
		}
		return cmp.Compare(m.cells[a.i], m.cells[b.i])
	})
	if len(buf) > m.Options.Neighbours {
		buf = buf[:m.Options.Neighbours]
	}
	return buf
}

// Predict predicts cell (any valid H3 cell; a measured cell is predicted from its neighbours,
// leaving its own value out).
func (m *Model) Predict(cell uint64) (Prediction, error) {
	c := h3.Cell(cell)
	if !c.IsValid() {
		return Prediction{}, datpin.Errorf(datpin.EINVALID, "predict: %x is not an H3 cell", cell)
	}
	ll := c.LatLng()
	skip := -1
	if i, ok := slices.BinarySearch(m.cells, cell); ok {
		skip = i
	}
	return m.predictAt(cell, m.project(ll.Lat, ll.Lng), skip, nil), nil
}

// predictAt solves the ordinary kriging system of the neighbourhood of p:
//
//	[ γ(xi − xj)  1 ] [ w ]   [ γ(xi − p) ]
//	[     1ᵀ      0 ] [ μ ] = [     1     ]
//
// value = Σ wi zi, variance = Σ wi γ(xi − p) + μ.
func (m *Model) predictAt(cell uint64, p [2]float64, skip int, buf []neighbour) Prediction {
	nb := m.nearest(p, skip, buf)
	out := Prediction{Cell: cell, Value: m.Mean, Baseline: m.Mean, Std: math.Sqrt(m.Variogram.Sill())}
	if len(nb) == 0 {
		return out
	}
	var base float64
	for _, x := range nb {
		base += m.vals[x.i]
	}
	out.Baseline = base / float64(len(nb))
	out.Neighbours = len(nb)
	n := len(nb)
	a := mat.NewDense(n+1, n+1, nil)
	b := mat.NewVecDense(n+1, nil)
	for r, x := range nb {
		for c, y := range nb {
			if c > r {
				g := m.Variogram.Gamma(dist(m.xy[x.i], m.xy[y.i]))
				a.Set(r, c, g)
				a.Set(c, r, g)
			}
		}
		a.Set(r, n, 1)
		a.Set(n, r, 1)
		b.SetVec(r, m.Variogram.Gamma(x.d))
	}
	b.SetVec(n, 1)
	var w mat.VecDense
	if err := w.SolveVec(a, b); err != nil || hasNaN(&w) {
		// A singular neighbourhood (e.g. a variogram without spatial structure): the mean of
		// the neighbours is the best linear unbiased estimate left.
		out.Value = out.Baseline
		return out
	}
	var v, variance float64
	for r, x := range nb {
		v += w.AtVec(r) * m.vals[x.i]
		variance += w.AtVec(r) * b.AtVec(r)
	}
	variance += w.AtVec(n)
	out.Value = v
	out.Std = math.Sqrt(max(variance, 0))
	return out
}

func hasNaN(v *mat.VecDense) bool {
	for i := range v.Len() {
		if x := v.AtVec(i); math.IsNaN(x) || math.IsInf(x, 0) {
			return true
		}
	}
	return false
}

// Candidates are the unmeasured cells within grid distance ring of a measured cell, in index
// order: where predictions are worth making.
func (m *Model) Candidates(ring int) []uint64 {
	seen := map[uint64]bool{}
	var out []uint64
	for _, c := range m.cells {
		for _, n := range h3.Cell(c).GridDisk(ring) {
			u := uint64(n)
			if !seen[u] && !m.Measured(u) {
				seen[u] = true
				out = append(out, u)
			}
		}
	}
	slices.Sort(out)
	return out
}

// PredictAll predicts each of cells.
func (m *Model) PredictAll(cells []uint64) []Prediction {
	out := make([]Prediction, 0, len(cells))
	buf := make([]neighbour, 0, len(m.cells))
	for _, c := range cells {
		hc := h3.Cell(c)
		if !hc.IsValid() {
			continue
		}
		ll := hc.LatLng()
		skip := -1
		if i, ok := slices.BinarySearch(m.cells, c); ok {
			skip = i
		}
		out = append(out, m.predictAt(c, m.project(ll.Lat, ll.Lng), skip, buf))
	}
	return out
}
