package eval

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/predict"
	"github.com/datpin/datpin/sim"
)

// Prediction targets: what is predicted per H3 cell.
const (
	// TargetQuality is the agreed quality score, record-weighted over the contributions with
	// records in the cell (basis points).
	TargetQuality = "quality"
	// TargetRSRP is the median RSRP of the sessions measured in the cell (dBm).
	TargetRSRP = "rsrp"
	// TargetDownlink is the median downlink throughput of the sessions measured in the cell
	// (Mbit/s).
	TargetDownlink = "downlink"
)

// PredictionTargets are the targets in report order.
var PredictionTargets = []string{TargetQuality, TargetRSRP, TargetDownlink}

// PredictionOptions configure a prediction evaluation.
type PredictionOptions struct {
	Seed       uint64 // the folds' shuffle
	Folds      int    // default 5
	MinRecords int    // a cell counts for a target with at least this many records (default 3)
	Predict    predict.Options
}

func (o *PredictionOptions) defaults() {
	if o.Folds < 2 {
		o.Folds = 5
	}
	if o.MinRecords < 1 {
		o.MinRecords = 3
	}
}

// PredictionResult is the predictor evaluated on one data set, per target.
type PredictionResult struct {
	Source        string                         `json:"source"`
	Resolution    int                            `json:"resolution"`
	Contributions int                            `json:"contributions"`
	Records       int                            `json:"records"`
	Targets       map[string]*predict.Evaluation `json:"targets"`
	// Skipped names the targets with too few measured cells to evaluate, and why.
	Skipped map[string]string `json:"skipped,omitempty"`
}

// cellAcc gathers a cell's figures over contributions.
type cellAcc struct {
	records, scored float64
	scoreSum        float64
	rsrp, down      []int32
}

// PredictionSamples turns contributions (each the public records of one station and epoch, as
// the packages carry them, with the score every honest validator recomputes) into one sample per
// H3 cell of the records' positions (resolution 8) and target.
func PredictionSamples(contribs []PublicContribution, minRecords int) map[string][]predict.Sample {
	acc := map[uint64]*cellAcc{}
	for _, c := range contribs {
		for i := range c.Records {
			r := &c.Records[i]
			if r.H3Cell == 0 {
				continue
			}
			a := acc[r.H3Cell]
			if a == nil {
				a = &cellAcc{}
				acc[r.H3Cell] = a
			}
			a.records++
			a.scored++
			a.scoreSum += float64(c.Score)
			if r.Kind != datpin.KindSession {
				continue
			}
			if r.RSRPdBm10 != datpin.Missing {
				a.rsrp = append(a.rsrp, r.RSRPdBm10)
			}
			if r.DownKbps != datpin.Missing && r.DownKbps >= 0 {
				a.down = append(a.down, r.DownKbps)
			}
		}
	}
	cells := make([]uint64, 0, len(acc))
	for c := range acc {
		cells = append(cells, c)
	}
	slices.Sort(cells)
	out := map[string][]predict.Sample{}
	for _, c := range cells {
		a := acc[c]
		if int(a.scored) >= minRecords {
			out[TargetQuality] = append(out[TargetQuality], predict.Sample{Cell: c, Value: a.scoreSum / a.scored, Weight: a.scored})
		}
		if len(a.rsrp) >= minRecords {
			out[TargetRSRP] = append(out[TargetRSRP], predict.Sample{Cell: c, Value: float64(median32(a.rsrp)) / 10, Weight: float64(len(a.rsrp))})
		}
		if len(a.down) >= minRecords {
			out[TargetDownlink] = append(out[TargetDownlink], predict.Sample{Cell: c, Value: float64(median32(a.down)) / 1000, Weight: float64(len(a.down))})
		}
	}
	return out
}

// median32 is the lower median.
func median32(v []int32) int32 {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[(len(s)-1)/2]
}

// PublicContribution is one contribution's public records and its score.
type PublicContribution struct {
	Station string
	Epoch   uint32
	Score   uint16
	Records []datpin.PublicRecord
}

// EvaluatePrediction evaluates the predictor on each target of contribs.
func EvaluatePrediction(source string, contribs []PublicContribution, o PredictionOptions) (*PredictionResult, error) {
	o.defaults()
	res := &PredictionResult{Source: source, Resolution: 8, Contributions: len(contribs), Targets: map[string]*predict.Evaluation{}, Skipped: map[string]string{}}
	for _, c := range contribs {
		res.Records += len(c.Records)
	}
	samples := PredictionSamples(contribs, o.MinRecords)
	for _, t := range PredictionTargets {
		s := samples[t]
		if len(s) < 2*predict.MinSamples {
			res.Skipped[t] = fmt.Sprintf("%d measured cells", len(s))
			continue
		}
		ev, err := predict.Evaluate(s, o.Predict, o.Folds, o.Seed)
		if err != nil {
			return nil, err
		}
		res.Targets[t] = ev
	}
	if len(res.Skipped) == 0 {
		res.Skipped = nil
	}
	return res, nil
}

// SimContributions simulates an honest network (o's seed, stations, handsets and days; no
// adversaries, no sensors) and returns its stations' contributions as the edge packages them.
func SimContributions(o Options) ([]PublicContribution, error) {
	d := DefaultOptions()
	cfg := sim.Config{Seed: cmp.Or(o.Seed, d.Seed), Stations: cmp.Or(o.Stations, d.Stations), Devices: cmp.Or(o.Devices, d.Devices), Days: cmp.Or(o.Days, d.Days)}
	n, err := sim.Run(cfg)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "simulate")
	}
	var out []PublicContribution
	for _, b := range n.Records() {
		if b.Sensor {
			continue
		}
		_, pub, sc, err := edgePublic(b.ID, b.Epoch, b.Records)
		if err != nil {
			return nil, err
		}
		out = append(out, PublicContribution{Station: b.ID, Epoch: b.Epoch, Score: sc.Score, Records: pub})
	}
	return out, nil
}

// RealContributions reads the G-NetTrack traces under dir and groups their records as datpin
// import does (one contribution per station and epoch, all files together).
func RealContributions(dir string) ([]PublicContribution, error) {
	d, err := loadReal(dir)
	if err != nil {
		return nil, err
	}
	files := make([]string, 0, len(d.sessions))
	for f := range d.sessions {
		files = append(files, f)
	}
	slices.Sort(files)
	groups := map[groupKey][]datpin.Record{}
	for _, f := range files {
		for _, r := range d.sessions[f] {
			k := keyOf(&r)
			groups[k] = append(groups[k], r)
		}
	}
	keys := make([]groupKey, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b groupKey) int {
		return cmp.Or(strings.Compare(a.station, b.station), cmp.Compare(a.epoch, b.epoch))
	})
	var out []PublicContribution
	for _, k := range keys {
		recs := groups[k]
		slices.SortStableFunc(recs, func(a, b datpin.Record) int { return cmp.Compare(a.Time, b.Time) })
		_, pub, sc, err := edgePublic(k.station, k.epoch, recs)
		if err != nil {
			return nil, err
		}
		out = append(out, PublicContribution{Station: k.station, Epoch: k.epoch, Score: sc.Score, Records: pub})
	}
	return out, nil
}

// PredictionMarkdown is the "prediction" section of BENCHMARKS.md: each data set's targets.
func PredictionMarkdown(stamp string, runs ...*PredictionResult) string {
	var b strings.Builder
	b.WriteString("## Coverage predicted where nobody measured\n\n" + stamp + "\n\n")
	b.WriteString("Ordinary kriging per H3 cell (resolution 8) against the neighbour-mean baseline (the plain mean of the\n" +
		"same measured neighbours), 5-fold on the measured cells with a fixed seed: each fold's cells are predicted\n" +
		"from a variogram and neighbourhoods fitted on the other folds alone. `datpin eval --models` writes this\n" +
		"section; docs/MODELS.md describes the predictor.\n\n")
	b.WriteString("| data | target | cells | RMSE | baseline RMSE | RMSE below baseline | within ±2σ | variogram |\n")
	b.WriteString("|---|---|---:|---:|---:|---:|---:|---|\n")
	units := map[string]string{TargetQuality: "bp", TargetRSRP: "dB", TargetDownlink: "Mbit/s"}
	for _, r := range runs {
		if r == nil {
			continue
		}
		for _, t := range PredictionTargets {
			ev := r.Targets[t]
			if ev == nil {
				fmt.Fprintf(&b, "| %s | %s | — | — | — | — | — | not evaluated: %s |\n", r.Source, t, r.Skipped[t])
				continue
			}
			v := ev.Variogram
			fmt.Fprintf(&b, "| %s | %s | %d | %.3g %s | %.3g %s | %.1f %% | %.0f %% | %s, range %.2f km, nugget %.0f %% |\n",
				r.Source, t, ev.Predicted, ev.RMSE, units[t], ev.BaselineRMSE, units[t], 100*ev.Improvement, 100*ev.Coverage,
				v.Model, v.RangeKm, 100*v.Nugget/max(v.Sill(), 1e-300))
		}
	}
	b.WriteString("\nThe goal is an RMSE at least 20 % below the baseline's.")
	for _, r := range runs {
		if r == nil {
			continue
		}
		var met, missed []string
		for _, t := range PredictionTargets {
			if ev := r.Targets[t]; ev != nil {
				if ev.Improvement >= 0.2 {
					met = append(met, t)
				} else {
					missed = append(missed, fmt.Sprintf("%s (%.1f %%)", t, 100*ev.Improvement))
				}
			}
		}
		fmt.Fprintf(&b, " %s (%d contributions, %d records):", r.Source, r.Contributions, r.Records)
		if len(met) > 0 {
			fmt.Fprintf(&b, " met for %s", strings.Join(met, ", "))
		}
		if len(missed) > 0 {
			if len(met) > 0 {
				b.WriteString(";")
			}
			fmt.Fprintf(&b, " not met for %s", strings.Join(missed, ", "))
		}
		b.WriteString(".")
	}
	b.WriteString("\n")
	return b.String()
}
