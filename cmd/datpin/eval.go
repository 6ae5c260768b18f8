package main

import (
	"fmt"
	"log/slog"
	"math"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/bench"
	"github.com/datpin/datpin/eval"
)

func init() { register(newEvalCmd) }

func newEvalCmd() *cobra.Command {
	o := eval.DefaultOptions()
	var (
		out   string
		seeds int
	)
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure fraud detection end to end against a simulated network's ground truth",
		Long: `Simulates a network with labelled adversaries (location spoofing, claim inflation, replays,
Sybil copies, stuck, spiking and out-of-range sensors), runs every station and sensor through the
edge agent onto the embedded chain, has a committee of validators (honest ones cross-verify with
EvaluateBatch; lazy, always-high and colluding ones are simulated) commit, reveal and finalize, and
prints per adversary type the precision and recall of penalization (agreed score more than 10 %
below the edge's claim), and the Spearman correlation between finalized value and true quality
over honest stations.

--json prints {"adversaries": {"<type>": {"precision": …, "recall": …}, …}, "spearman": …} with
extra fields. --seeds N repeats the scenario for seeds seed..seed+N-1 and reports the spread;
--out FILE writes the "eval" section of that markdown file (e.g. BENCHMARKS.md).`,
		Example: "  datpin eval\n  datpin eval --seeds 3 --out BENCHMARKS.md\n  datpin eval --stations 30 --sensors 10 --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if seeds < 1 {
				return datpin.Errorf(datpin.EINVALID, "--seeds must be at least 1")
			}
			if !cmd.Flags().Changed("log-level") && os.Getenv("DATPIN_LOG_LEVEL") == "" {
				o.Log = slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelWarn}))
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
	f.StringVar(&out, "out", "", "markdown file whose \"eval\" section is (re)written, e.g. BENCHMARKS.md")
	return cmd
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
