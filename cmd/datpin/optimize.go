package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/predict"
)

func init() { register(newOptimizeCmd) }

func newOptimizeCmd(g *globals) *cobra.Command {
	var (
		db string
		o  index.OptimizeOptions
	)
	cmd := &cobra.Command{
		Use:   "optimize",
		Short: "Rank coverage gaps, predict unmeasured cells and suggest sites by expected gain",
		Long: `Reads the network-optimization view of an index database (--db, as written by datpin serve
--db; with --rpc and --addresses it is first brought up to date from the chain), the same document
as GET /api/v1/optimization: measured cells ranked by demand against quality, coverage gaps and
the empty cells next to them, stations whose quality fell, and the predicted cells: the agreed
quality and the demand kriged from the measured cells around each cell without data next to
them, with the quality's standard deviation (docs/MODELS.md). Sites are the predicted cells
without a station ranked by expected gain, predicted demand × (10000 − predicted quality) / 10000
× certainty, where certainty is 1 − the standard deviation over the quality variogram's √sill.

--json prints the document; otherwise the gaps, the sites and the falling stations as tables.`,
		Example: "  datpin optimize --db index.db\n  datpin optimize --db index.db --suggestions 20 --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.GapQuality > datpin.ScoreMax || o.GapMargin > datpin.ScoreMax || o.FallDrop > datpin.ScoreMax {
				return datpin.Errorf(datpin.EINVALID, "thresholds are scores in basis points, 0..%d", datpin.ScoreMax)
			}
			d, _, done, err := openIndexFile(cmd.Context(), g, db)
			if err != nil {
				return err
			}
			defer done()
			res, err := d.Optimize(cmd.Context(), o)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), res)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "network quality %.0f bp, gaps below %.0f bp\n\n", res.Options.NetQuality, res.Options.GapBelow)
			fmt.Fprintf(w, "%-17s %8s %8s %7s %s\n", "cell", "records", "quality", "gap", "")
			for i, c := range res.Cells {
				if i == 10 {
					fmt.Fprintf(w, "… %d more cells\n", len(res.Cells)-10)
					break
				}
				gap := ""
				if c.IsGap {
					gap = "coverage gap"
				}
				fmt.Fprintf(w, "%-17s %8d %8d %7.3f %s\n", c.Cell.Cell, c.Records, *c.Quality, c.Gap, gap)
			}
			if res.Prediction == nil {
				fmt.Fprintf(w, "\nno prediction: fewer than %d measured cells at one resolution\n", predict.MinSamples)
			} else {
				p := res.Prediction
				fmt.Fprintf(w, "\n%d cells predicted from %d measured at resolution %d (quality: %s variogram, range %.2f km)\n",
					len(res.Predicted), p.Measured, p.Resolution, p.Quality.Model, p.Quality.RangeKm)
				fmt.Fprintf(w, "%-17s %8s %6s %6s %9s %7s\n", "site", "quality", "±std", "demand", "certainty", "gain")
				for _, s := range res.Sites {
					fmt.Fprintf(w, "%-17s %8.0f %6.0f %6.3f %9.2f %7.4f\n", s.Cell, s.Quality, s.Std, s.Demand, s.Certainty, s.Gain)
				}
			}
			if len(res.Falling) > 0 {
				fmt.Fprintf(w, "\n%-44s %-17s %8s %8s\n", "falling station", "cell", "from", "to")
				for _, f := range res.Falling {
					fmt.Fprintf(w, "%-44s %-17s %8d %8d\n", f.Station, f.Cell, f.Previous, f.Latest)
				}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", "", "the index database (datpin serve --db)")
	f.Uint16Var(&o.GapQuality, "gap-quality", 0, "a cell below this quality is a gap (0: gapMargin below the network's mean)")
	f.Uint16Var(&o.GapMargin, "gap-margin", 0, "with --gap-quality 0: how far below the network's mean a gap lies (default 1000 bp)")
	f.Uint16Var(&o.FallDrop, "fall-drop", 0, "a station is falling when its quality dropped this much (default 1000 bp)")
	f.IntVar(&o.Suggestions, "suggestions", 0, "at most this many suggestions and sites (default 10)")
	return cmd
}
