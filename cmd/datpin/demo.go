package main

import (
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin/demo"
)

func newDemoCmd() *cobra.Command {
	var o demo.Options
	var serve bool
	var sf serveFlags
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run datpin end to end on the embedded chain and print a report",
		Long: `Runs the whole system in one process: an embedded chain with the contracts, a generated
network of base stations whose day of connectivity samples goes through the edge agent (score,
anonymize, package, store, anchor), validators with their own keys that re-evaluate every
contribution and commit and reveal their scores, finalization, the epoch's reward settlement and the
operator's claim.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var bar *progressbar.ProgressBar
			if !g.json && isTerminal(os.Stderr) {
				o.Progress = func(stage string, done, total int) {
					if bar == nil || bar.GetMax() != total {
						bar = progressbar.NewOptions(total, progressbar.OptionSetDescription(stage),
							progressbar.OptionSetWriter(os.Stderr), progressbar.OptionClearOnFinish())
					}
					_ = bar.Set(done)
				}
			}
			if !cmd.Flags().Changed("log-level") && os.Getenv("DATPIN_LOG_LEVEL") == "" {
				// The report is the demo's output; per-station logs would bury it.
				o.Log = slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelWarn}))
			}
			show := func(rep *demo.Report) error {
				if g.json {
					return printJSON(cmd.OutOrStdout(), rep)
				}
				printReport(cmd.OutOrStdout(), rep)
				return nil
			}
			if serve {
				// The report is printed before the dashboard comes up; serving ends with Ctrl-C.
				hook, err := sf.serveDemo(cmd.ErrOrStderr(), show)
				if err != nil {
					return err
				}
				o.Serve = hook
				_, err = demo.Run(cmd.Context(), o)
				return err
			}
			rep, err := demo.Run(cmd.Context(), o)
			if err != nil {
				return err
			}
			return show(rep)
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.Stations, "stations", 200, "base stations in the generated network")
	f.IntVar(&o.Days, "days", 1, "days of data per station")
	f.IntVar(&o.Validators, "validators", 5, "validators (separate keys and age identities)")
	f.Uint64Var(&o.Seed, "seed", 1, "seed of the generated network")
	f.StringVar(&o.Dir, "state", "", "keep the outbox and the content store in this directory")
	f.BoolVar(&o.ZK, "zk", false, "prove each contribution's radio score and region with a zero-knowledge proof (slow: seconds per contribution)")
	f.BoolVar(&serve, "serve", false, "after the report, keep the chain and serve the dashboard and API (see datpin serve)")
	sf.add(f)
	return cmd
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func tokens(wei string) string {
	v, ok := new(big.Int).SetString(wei, 10)
	if !ok {
		return wei
	}
	r := new(big.Rat).SetFrac(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
	return r.FloatString(2) + " DPIN"
}

func printReport(w io.Writer, r *demo.Report) {
	fmt.Fprintf(w, "datpin demo — embedded chain %d, DAT %s\n\n", r.ChainID, r.Addresses.DAT)
	fmt.Fprintf(w, "stations            %d\n", r.Stations)
	fmt.Fprintf(w, "records             %d\n", r.Records)
	fmt.Fprintf(w, "contributions       %d anchored\n", r.Contributions)
	fmt.Fprintf(w, "finalized           %d\n", r.Finalized)
	fmt.Fprintf(w, "rejected            %d", r.Rejected)
	for reason, n := range r.RejectedByReason {
		fmt.Fprintf(w, "  (%s: %d)", reason, n)
	}
	if r.Proven > 0 {
		fmt.Fprintf(w, "\nzk-proven           %d", r.Proven)
	}
	fmt.Fprintf(w, "\nrewards settled     %s, claimed %s\n", tokens(r.RewardsSettled), tokens(r.RewardsClaimed))
	fmt.Fprintf(w, "gas                 %d in all, %d per contribution\n", r.GasUsed, r.GasPerContribution)
	fmt.Fprintf(w, "wall time           %.1f s\n\n", r.WallSeconds)
	fmt.Fprintln(w, "top stations by agreed value:")
	for _, s := range r.Top {
		fmt.Fprintf(w, "  %-7s %-10s token %-5d score %5d  %-9s reward %s\n", s.Station, s.Profile, s.TokenID, s.Score, s.Status, tokens(s.Reward))
	}
	fmt.Fprintln(w, "bottom stations:")
	for _, s := range r.Bottom {
		fmt.Fprintf(w, "  %-7s %-10s token %-5d score %5d  %-9s reward %s\n", s.Station, s.Profile, s.TokenID, s.Score, s.Status, tokens(s.Reward))
	}
	fmt.Fprintln(w, "\nvalidator agreement (scores within tolerance of the median / faults):")
	for _, v := range r.Validators {
		fmt.Fprintf(w, "  %s  %d / %d\n", v.Address, v.Agreements, v.Faults)
	}
}
