package predict

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/uber/h3-go/v4"
	"gonum.org/v1/gonum/mat"
)

// centre is a res-8 cell in Cork.
func centre(t *testing.T) h3.Cell {
	t.Helper()
	return h3.LatLngToCell(h3.NewLatLng(51.8985, -8.4756), 8)
}

// gaussianField draws a Gaussian random field with an exponential covariance (practical range
// rangeKm, partial sill 1, nugget nugget) on the cells of a disk, by the Cholesky factor of the
// covariance matrix, and keeps a share keep of the cells as samples.
func gaussianField(t *testing.T, radius int, rangeKm, nugget, keep float64, seed uint64) (samples []Sample, all []uint64, values map[uint64]float64) {
	t.Helper()
	for _, c := range centre(t).GridDisk(radius) {
		all = append(all, uint64(c))
	}
	slices.Sort(all)
	m := &Model{}
	var lat, lng float64
	for _, c := range all {
		ll := h3.Cell(c).LatLng()
		lat += ll.Lat
		lng += ll.Lng
	}
	m.lat0, m.lng0 = lat/float64(len(all)), lng/float64(len(all))
	xy := make([][2]float64, len(all))
	for i, c := range all {
		ll := h3.Cell(c).LatLng()
		xy[i] = m.project(ll.Lat, ll.Lng)
	}
	n := len(all)
	cov := mat.NewSymDense(n, nil)
	for i := range n {
		for j := i; j < n; j++ {
			v := math.Exp(-3 * dist(xy[i], xy[j]) / rangeKm)
			if i == j {
				v += nugget
			}
			cov.SetSym(i, j, v)
		}
	}
	var ch mat.Cholesky
	if !ch.Factorize(cov) {
		t.Fatal("covariance not positive definite")
	}
	var l mat.TriDense
	ch.LTo(&l)
	rng := rand.New(rand.NewPCG(seed, 1))
	z := mat.NewVecDense(n, nil)
	for i := range n {
		z.SetVec(i, rng.NormFloat64())
	}
	var f mat.VecDense
	f.MulVec(&l, z)
	values = map[uint64]float64{}
	for i, c := range all {
		values[c] = 50 + 10*f.AtVec(i)
		if rng.Float64() < keep {
			samples = append(samples, Sample{Cell: c, Value: values[c], Weight: 1})
		}
	}
	return samples, all, values
}

func TestVariogramRecoversStructure(t *testing.T) {
	const rangeKm = 4.0
	samples, _, _ := gaussianField(t, 12, rangeKm, 0.05, 0.6, 7)
	m, err := Fit(samples, Options{})
	if err != nil {
		t.Fatal(err)
	}
	v := m.Variogram
	t.Logf("%d samples, max lag %.2f km: nugget %.2f partial sill %.2f range %.2f km", len(samples), m.Options.MaxLagKm, v.Nugget, v.PartialSill, v.RangeKm)
	// The field's semivariogram (values scaled by 10: sill 100, nugget 5) at the distances a
	// neighbourhood spans; a fit on one realization comes within a quarter of it.
	truth := Variogram{Model: "exponential", Nugget: 5, PartialSill: 100, RangeKm: rangeKm}
	for _, h := range []float64{1, 2, 3} {
		if g, w := v.Gamma(h), truth.Gamma(h); math.Abs(g-w) > 0.25*w {
			t.Errorf("γ(%.0f km) = %.1f, the field's %.1f", h, g, w)
		}
	}
	if v.Gamma(0.5) >= v.Gamma(3) {
		t.Errorf("γ(0.5 km) = %.2f ≥ γ(3 km) = %.2f", v.Gamma(0.5), v.Gamma(3))
	}
	// A field without structure gets no structure: the nugget is nearly all the sill.
	flat := make([]Sample, len(samples))
	rng := rand.New(rand.NewPCG(1, 1))
	for i, s := range samples {
		flat[i] = Sample{Cell: s.Cell, Value: rng.NormFloat64()}
	}
	mf, err := Fit(flat, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if g := mf.Variogram.Gamma(1); g < 0.8*mf.Variogram.Sill() {
		t.Errorf("white noise: γ(1 km) = %.2f of sill %.2f", g, mf.Variogram.Sill())
	}
}

func TestKrigingBeatsNeighbourMean(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		samples := coverageField(t, 12, 1, 0.6, seed)
		ev, err := Evaluate(samples, Options{}, 5, 42)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("seed %d: %d cells, rmse %.3f baseline %.3f (%.0f %% better), ±2σ coverage %.2f",
			seed, ev.Cells, ev.RMSE, ev.BaselineRMSE, 100*ev.Improvement, ev.Coverage)
		if ev.Predicted < ev.Cells*9/10 {
			t.Errorf("seed %d: only %d of %d held-out cells predicted", seed, ev.Predicted, ev.Cells)
		}
		if ev.Improvement < 0.2 {
			t.Errorf("seed %d: rmse %.3f not 20 %% below the baseline's %.3f", seed, ev.RMSE, ev.BaselineRMSE)
		}
		if ev.Coverage < 0.85 || ev.Coverage > 0.995 {
			t.Errorf("seed %d: %.2f of held-out values within ±2σ, want about 0.95", seed, ev.Coverage)
		}
	}
}

// On a rough field (exponential covariance, no trend) there is less to gain, but the fitted
// predictor must still beat the neighbours' mean on every seed.
func TestKrigingBeatsNeighbourMeanRough(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		samples, _, _ := gaussianField(t, 12, 8, 0.05, 0.6, seed)
		ev, err := Evaluate(samples, Options{}, 5, 42)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("seed %d: rmse %.3f baseline %.3f (%.0f %% better)", seed, ev.RMSE, ev.BaselineRMSE, 100*ev.Improvement)
		if ev.Improvement < 0.03 {
			t.Errorf("seed %d: rmse %.3f not below the baseline's %.3f", seed, ev.RMSE, ev.BaselineRMSE)
		}
	}
}

// A variogram without spatial structure (pure nugget) weights every neighbour alike: the
// predictor is then the baseline, so the gain above comes from the fitted structure.
func TestBrokenVariogramIsBaseline(t *testing.T) {
	samples, all, _ := gaussianField(t, 8, 4, 0.05, 0.6, 5)
	m, err := Fit(samples, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m.Variogram = Variogram{Model: "exponential", Nugget: m.Variogram.Sill()}
	for _, p := range m.PredictAll(all) {
		if p.Neighbours > 0 && math.Abs(p.Value-p.Baseline) > 1e-9 {
			t.Fatalf("cell %x: pure nugget predicts %.6f, the neighbours' mean is %.6f", p.Cell, p.Value, p.Baseline)
		}
	}
}

func TestDeterministic(t *testing.T) {
	samples, all, _ := gaussianField(t, 8, 3, 0.1, 0.5, 9)
	a, err := Fit(samples, Options{})
	if err != nil {
		t.Fatal(err)
	}
	shuffled := slices.Clone(samples)
	rand.New(rand.NewPCG(3, 3)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	b, err := Fit(shuffled, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Variogram.RangeKm != b.Variogram.RangeKm || a.Variogram.Nugget != b.Variogram.Nugget {
		t.Fatalf("variograms differ with the input's order: %+v vs %+v", a.Variogram, b.Variogram)
	}
	pa, pb := a.PredictAll(all), b.PredictAll(all)
	for i := range pa {
		if pa[i] != pb[i] {
			t.Fatalf("cell %x: %+v vs %+v", pa[i].Cell, pa[i], pb[i])
		}
	}
	e1, _ := Evaluate(samples, Options{}, 5, 1)
	e2, _ := Evaluate(shuffled, Options{}, 5, 1)
	if e1.RMSE != e2.RMSE || e1.BaselineRMSE != e2.BaselineRMSE {
		t.Fatalf("evaluations differ: %v/%v vs %v/%v", e1.RMSE, e1.BaselineRMSE, e2.RMSE, e2.BaselineRMSE)
	}
}

func TestUncertaintyGrowsAwayFromData(t *testing.T) {
	samples, _, _ := gaussianField(t, 6, 8, 0.05, 1, 11)
	m, err := Fit(samples, Options{MaxLagKm: 100})
	if err != nil {
		t.Fatal(err)
	}
	// Walk away from the sampled disk along one direction: ring 7 is next to the data.
	c := centre(t)
	path := c.GridPath(farCell(t, c, 16))
	prev := -1.0
	var stds []float64
	for i, cell := range path {
		if i < 7 {
			continue
		}
		p, err := m.Predict(uint64(cell))
		if err != nil {
			t.Fatal(err)
		}
		stds = append(stds, p.Std)
		if p.Std < prev-1e-9 {
			t.Errorf("step %d: std %.3f below the previous %.3f", i, p.Std, prev)
		}
		prev = p.Std
	}
	if stds[len(stds)-1] < 2*stds[0] {
		t.Errorf("std next to the data %.3f, far away %.3f: want it at least doubled", stds[0], stds[len(stds)-1])
	}
	// A measured cell predicted from its neighbours is more certain than anything outside.
	in, _ := m.Predict(uint64(c))
	if in.Std >= stds[0] {
		t.Errorf("inside %.3f ≥ next to the data %.3f", in.Std, stds[0])
	}
}

// farCell is a cell at grid distance k from c.
func farCell(t *testing.T, c h3.Cell, k int) h3.Cell {
	t.Helper()
	ring := c.GridDiskDistances(k)[k]
	slices.Sort(ring)
	return ring[0]
}

func TestFitRefuses(t *testing.T) {
	samples, _, _ := gaussianField(t, 3, 3, 0.1, 1, 1)
	if _, err := Fit(samples[:MinSamples-1], Options{}); err == nil {
		t.Error("too few samples accepted")
	}
	dup := append(slices.Clone(samples), samples[0])
	if _, err := Fit(dup, Options{}); err == nil {
		t.Error("a cell given twice accepted")
	}
	mixed := slices.Clone(samples)
	mixed[0].Cell = uint64(h3.Cell(mixed[0].Cell).Parent(7))
	if _, err := Fit(mixed, Options{}); err == nil {
		t.Error("mixed resolutions accepted")
	}
}

// coverageField is a coverage map's median RSRP (dBm) on the cells of a disk: the strongest of
// three sites' log-distance path loss, plus correlated shadowing (a Gaussian random field of
// shadowDB, 3 km range); a share keep of the cells are samples.
func coverageField(t *testing.T, radius int, shadowDB, keep float64, seed uint64) []Sample {
	t.Helper()
	noise, _, _ := gaussianField(t, radius, 3, 0.05, 1, seed)
	c := centre(t).LatLng()
	rng := rand.New(rand.NewPCG(seed, 2))
	type site struct{ lat, lng float64 }
	var sites []site
	for range 3 {
		sites = append(sites, site{c.Lat + (rng.Float64()-0.5)*0.12, c.Lng + (rng.Float64()-0.5)*0.2})
	}
	var out []Sample
	for _, s := range noise {
		ll := h3.Cell(s.Cell).LatLng()
		best := math.Inf(-1)
		for _, st := range sites {
			dy := (ll.Lat - st.lat) * 111.2
			dx := (ll.Lng - st.lng) * 111.2 * math.Cos(ll.Lat*math.Pi/180)
			best = max(best, -70-35*math.Log10(math.Hypot(dx, dy)+0.2))
		}
		shadow := (s.Value - 50) / 10 * shadowDB
		if rng.Float64() < keep {
			out = append(out, Sample{Cell: s.Cell, Value: best + shadow, Weight: 1})
		}
	}
	return out
}
