package main

import (
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/bench"
	"github.com/datpin/datpin/eval"
)

func init() { register(newEvalCmd) }

func newEvalCmd(g *globals) *cobra.Command {
	o := eval.DefaultOptions()
	var (
		out    string
		seeds  int
		real   = eval.DefaultRealOptions()
		models bool
	)
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure fraud detection end to end against a simulated network's ground truth",
		Long: `Simulates a network with labelled adversaries (location spoofing, claim inflation, replays,
Sybil copies, stuck, spiking and out-of-range sensors), runs every station and sensor through the
edge agent onto the embedded chain, has a committee of validator daemons (the daemon of datpin
validator, each with its own key and state; lazy, always-high and colluding ones run a policy of
the simulator's) commit, reveal and finalize, and
prints per adversary type the precision and recall of penalization, and the Spearman correlation
between finalized value and true quality over honest stations. A station's token is penalized when
its agreed score is more than 10 % below the edge's claim. A sensor's token is penalized when the
validators name a sensor fault or its agreed score is more than 10 % below a clean series' score
that day (the median edge score of the honest sensors), since the edge already cuts a faulty day.

--json prints {"adversaries": {"<type>": {"precision": …, "recall": …}, …}, "spearman": …} with
extra fields. --seeds N repeats the scenario for seeds seed..seed+N-1 and reports the spread;
--out FILE writes the "eval" section of that markdown file (e.g. BENCHMARKS.md).

--real DIR evaluates on real traces instead: every G-NetTrack Pro CSV and hourly weather series
under DIR (the formats of datpin import). Honest crowd measurements are grouped as datpin import
groups them (a contribution per station and day), weather series a contribution per day. A share
of the G-NetTrack files (--holdout) is kept out as unseen sources. From the rest and from them, a
generator seeded by --seed builds --per-kind adversaries of each kind: replays (whole, partial,
time-warped, cross-station), throughput inflated 1.3-20x, teleports, stuck radio, out-of-range
values (anchored by a cheating edge), sessions fabricated from unseen sources, Sybil copies; and
weather days with a stuck quantity, spikes, out-of-range hours, missing hours or a clock jump.
Rounds follow the data's calendar (--round-days days each), shuffled within. The JSON adds
"honest": {"contributions", "finalized", "flagged"}; --out writes the "eval-real" section.

--models evaluates the models instead of the committee: the coverage predictor (package predict)
on held-out measured cells of an honest simulated network (--seed, --stations, --devices, --days)
and, with --real DIR, of the real traces too, against the neighbour-mean baseline. --json prints
{"prediction": {"rmse": …, "baselineRmse": …, "targets": {…}, "real": {…}}}, the headline figures
being the agreed quality score's on the simulator; --out writes the "prediction" section.`,
		Example: "  datpin eval\n  datpin eval --seeds 3 --out BENCHMARKS.md\n  datpin eval --stations 30 --sensors 10 --json\n  datpin eval --real ./traces --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if seeds < 1 {
				return datpin.Errorf(datpin.EINVALID, "--seeds must be at least 1")
			}
			if !cmd.Flags().Changed("log-level") && os.Getenv("DATPIN_LOG_LEVEL") == "" {
				o.Log = slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelWarn}))
			}
			if models {
				return runEvalModels(g, cmd, o, real.Data, out)
			}
			if real.Data != "" {
				if seeds != 1 {
					return datpin.Errorf(datpin.EINVALID, "--seeds does not apply to --real; give --seed")
				}
				return runEvalReal(g, cmd, o, real, out)
			}
			var runs []*eval.Result
			for i := range seeds {
				oi := o
				oi.Seed = o.Seed + uint64(i)
				fmt.Fprintf(cmd.ErrOrStderr(), "eval: seed %d (%d of %d)...\n", oi.Seed, i+1, seeds)
				res, err := eval.Run(cmd.Context(), oi)
				if err != nil {
					return err
				}
				runs = append(runs, res)
			}
			if out != "" {
				if err := bench.WriteSection(out, "eval", eval.Markdown(bench.Stamp(time.Now()), runs)); err != nil {
					return err
				}
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), evalJSON(runs))
			}
			w := cmd.OutOrStdout()
			for _, r := range runs {
				fmt.Fprintf(w, "seed %d: %d contributions, %.1f s\n\n%s\n", r.Options.Seed, len(r.Tokens), r.WallSeconds, r.Table())
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.Uint64Var(&o.Seed, "seed", o.Seed, "seed of the simulated network")
	f.IntVar(&seeds, "seeds", 1, "run this many consecutive seeds and report the spread")
	f.IntVar(&o.Stations, "stations", o.Stations, "base stations (adversaries included: a fifteenth of each station kind)")
	f.IntVar(&o.Devices, "devices", o.Devices, "handsets")
	f.IntVar(&o.Sensors, "sensors", o.Sensors, "IoT sensors (a seventh of each sensor kind)")
	f.IntVar(&o.Days, "days", o.Days, "days")
	f.IntVar(&o.Validators, "validators", o.Validators, "validators, each with its own key and age identity")
	f.IntVar(&o.Lazy, "lazy", o.Lazy, "of which lazy (commit the edge's claim unchecked)")
	f.IntVar(&o.AlwaysHigh, "always-high", o.AlwaysHigh, "of which always-high (10000 for everything)")
	f.IntVar(&o.Colluding, "colluding", o.Colluding, "of which colluding (one agreed vector, the edge's claim inflated)")
	f.IntVar(&o.TownSize, "town-size", 0, "simulate more stations than this as several towns (0: one town)")
	f.StringVar(&out, "out", "", "markdown file whose \"eval\" (with --real: \"eval-real\") section is (re)written, e.g. BENCHMARKS.md")
	f.StringVar(&real.Data, "real", "", "evaluate on the real traces under this directory (G-NetTrack CSVs, weather series)")
	f.Float64Var(&real.Holdout, "holdout", real.Holdout, "with --real: share of the G-NetTrack files held out as unseen sources")
	f.IntVar(&real.PerKind, "per-kind", real.PerKind, "with --real: adversaries built of each kind")
	f.IntVar(&real.RoundDays, "round-days", real.RoundDays, "with --real: days of data anchored per evaluation round")
	f.BoolVar(&real.OrderCheck, "order-check", false, "with --real: run again in another anchoring order and rounds twice as long, and compare the verdicts")
	f.BoolVar(&models, "models", false, "evaluate the models (the coverage predictor) on held-out cells instead of the committee")
	f.IntVar(&real.MaxDays, "max-days", 0, "with --real: keep only the first N days of each weather series (0: all)")
	return cmd
}

// runEvalReal runs `datpin eval --real`: the committee and seed flags of eval apply.
func runEvalReal(g *globals, cmd *cobra.Command, o eval.Options, real eval.RealOptions, out string) error {
	real.Options = o
	fmt.Fprintf(cmd.ErrOrStderr(), "eval: real traces under %s (seed %d)...\n", real.Data, o.Seed)
	began := time.Now()
	real.Progress = func(stage string, done, total int) {
		if stage == "round" && (done%10 == 0 || done == total) {
			fmt.Fprintf(cmd.ErrOrStderr(), "eval: %d of %d rounds evaluated (%.0f s)\n", done, total, time.Since(began).Seconds())
		}
	}
	res, err := eval.RunReal(cmd.Context(), real)
	if err != nil {
		return err
	}
	if out != "" {
		name := filepath.Base(filepath.Clean(real.Data))
		if err := bench.WriteSection(out, "eval-real", eval.RealMarkdown(bench.Stamp(time.Now()), "`"+name+"`", res)); err != nil {
			return err
		}
	}
	if g.json {
		return printJSON(cmd.OutOrStdout(), evalRealJSON(res))
	}
	fmt.Fprintf(cmd.OutOrStdout(), "%d files, %d contributions in %d rounds, %.1f s\n\n%s", res.Files, len(res.Tokens), res.Rounds,
		res.WallSeconds, res.RealTable())
	return nil
}

// runEvalModels runs `datpin eval --models`: the coverage predictor on the simulator's honest
// network and, given a directory, on the real traces.
func runEvalModels(g *globals, cmd *cobra.Command, o eval.Options, realDir, out string) error {
	po := eval.PredictionOptions{Seed: o.Seed}
	fmt.Fprintf(cmd.ErrOrStderr(), "eval: coverage prediction on a simulated network (seed %d)...\n", o.Seed)
	contribs, err := eval.SimContributions(o)
	if err != nil {
		return err
	}
	simRes, err := eval.EvaluatePrediction("simulator", contribs, po)
	if err != nil {
		return err
	}
	var realRes *eval.PredictionResult
	if realDir != "" {
		fmt.Fprintf(cmd.ErrOrStderr(), "eval: coverage prediction on the traces under %s...\n", realDir)
		contribs, err := eval.RealContributions(realDir)
		if err != nil {
			return err
		}
		realRes, err = eval.EvaluatePrediction("`"+filepath.Base(filepath.Clean(realDir))+"`", contribs, po)
		if err != nil {
			return err
		}
	}
	if out != "" {
		if err := bench.WriteSection(out, "prediction", eval.PredictionMarkdown(bench.Stamp(time.Now()), simRes, realRes)); err != nil {
			return err
		}
	}
	if g.json {
		doc := predictionJSON(simRes)
		if realRes != nil {
			doc["real"] = predictionJSON(realRes)
		}
		return printJSON(cmd.OutOrStdout(), map[string]any{"prediction": doc})
	}
	w := cmd.OutOrStdout()
	for _, r := range []*eval.PredictionResult{simRes, realRes} {
		if r == nil {
			continue
		}
		fmt.Fprintf(w, "%s: %d contributions, %d records\n", r.Source, r.Contributions, r.Records)
		for _, t := range eval.PredictionTargets {
			if ev := r.Targets[t]; ev != nil {
				fmt.Fprintf(w, "  %-9s %4d cells  rmse %-10.4g baseline %-10.4g %5.1f %% below\n", t, ev.Predicted, ev.RMSE, ev.BaselineRMSE, 100*ev.Improvement)
			} else {
				fmt.Fprintf(w, "  %-9s not evaluated: %s\n", t, r.Skipped[t])
			}
		}
	}
	return nil
}

// predictionJSON is one data set's evaluation: the quality score's figures at the top (null
// when it could not be evaluated) and every target's.
func predictionJSON(r *eval.PredictionResult) map[string]any {
	doc := map[string]any{"source": r.Source, "resolution": r.Resolution, "contributions": r.Contributions,
		"records": r.Records, "targets": r.Targets, "rmse": nil, "baselineRmse": nil}
	if r.Skipped != nil {
		doc["skipped"] = r.Skipped
	}
	if ev := r.Targets[eval.TargetQuality]; ev != nil {
		doc["rmse"], doc["baselineRmse"] = finite(ev.RMSE), finite(ev.BaselineRMSE)
	}
	return doc
}

// evalRealJSON is the --real --json document: eval's fields and the honest contributions' fate.
func evalRealJSON(r *eval.RealResult) map[string]any {
	adv := map[string]any{}
	for k, kr := range r.Adversaries {
		adv[k] = kr
	}
	return map[string]any{
		"seed": r.RealOptions.Seed, "adversaries": adv, "spearman": finite(r.Spearman),
		"honest": r.Honest, "honestRadio": r.HonestRadio, "honestSensor": r.HonestSensor,
		"honestHour": r.HonestHour, "honestFlaggedTokens": r.HonestFlaggedTokens, "missedTokens": r.MissedTokens, "order": r.Order,
		"honestTokens": r.HonestTokens, "honestPenalized": r.HonestFlagged,
		"contributions": len(r.Tokens), "records": r.Records, "rounds": r.Rounds, "reasons": r.Reasons, "reasonsByKind": r.ReasonsByKind,
		"files": r.Files, "heldOut": r.HeldOut, "quarantined": r.Quarantined, "skippedFiles": r.Skipped, "faultQuarantined": r.FaultQuarantined, "short": r.Short, "perKind": r.RealOptions.PerKind,
		"validators": r.Validators, "gasUsed": r.GasUsed, "wallSeconds": r.WallSeconds, "evaluateSeconds": r.EvalSeconds,
	}
}

// evalJSON is the --json document: the first seed's figures, and every seed's when there are
// several. NaN (too few honest stations to rank) becomes null.
func evalJSON(runs []*eval.Result) map[string]any {
	one := func(r *eval.Result) map[string]any {
		adv := map[string]any{}
		for k, kr := range r.Adversaries {
			adv[k] = kr
		}
		return map[string]any{
			"seed": r.Options.Seed, "adversaries": adv, "spearman": finite(r.Spearman),
			"honestStations": r.HonestStations, "honestTokens": r.HonestTokens, "honestPenalized": r.HonestFlagged,
			"contributions": len(r.Tokens), "records": r.Records, "rounds": r.Rounds, "reasons": r.Reasons,
			"validators": r.Validators, "gasUsed": r.GasUsed, "wallSeconds": r.WallSeconds, "evaluateSeconds": r.EvalSeconds,
		}
	}
	doc := one(runs[0])
	if len(runs) > 1 {
		all := make([]map[string]any, len(runs))
		for i, r := range runs {
			all[i] = one(r)
		}
		doc["seeds"] = all
	}
	return doc
}

func finite(x float64) any {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil
	}
	return x
}
