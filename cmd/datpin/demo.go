package main

import (
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin/bench"
	"github.com/datpin/datpin/demo"
)

func newDemoCmd(g *globals) *cobra.Command {
	var o demo.Options
	var serve bool
	var sf serveFlags
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run datpin end to end on the embedded chain and print a report",
		Long: `Runs the whole system in one process: an embedded chain with the contracts, a simulated
network (base stations on H3 cells measured by roaming handsets, optionally IoT sensors; see
datpin sim) whose days of records go through the edge agent (score, anonymize, package, store,
anchor), validators with their own keys and age identities that each re-evaluate every
contribution and commit and reveal their scores, finalization, the epoch's reward settlement and
the holder's claim. Then the data market and the FreeData plan: governance sets the market's fees
through the timelock, the holder consents, the curator lists a dataset of the busiest region
(resolved against an index of the chain, with its quality certificate) in the network token, a
buyer buys it, a validator delivers it as a gateway, the buyer downloads it and verifies every
record against the chain, and the holder claims the sale; three FreeData subscribers deposit,
the sale's protocol fee and a payment of the network reach the vault, the chain's clock moves
past the vesting, and the billing meters each subscriber's usage (--no-market skips both).

A few labelled cheating stations are among them (--cheaters of each kind: a spoofed location,
inflated claims, a replayed day, a Sybil copy; 0 for an honest network), and the report shows
what the validators made of each; --adversaries takes datpin eval's larger mix instead. More
stations than --town-size are simulated as several towns. --json prints the report as JSON
(contributions, finalized, rejected, rejectedByReason, gasPerContribution, wallSeconds, top and
bottom contributions, cheaters, caught, validators, stageSeconds, market: purchases,
verifiedRecords, unverifiedRecords, paidToHolders; freedata: subscribers, creditGB, usedGB,
throttled and each plan).`,
		Example: "  datpin demo\n  datpin demo --stations 1000 --json\n  datpin demo --stations 60 --sensors 20 --adversaries\n  datpin demo --serve",
		Args:    cobra.NoArgs,
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
	f.IntVar(&o.Stations, "stations", 200, "base stations in the simulated network")
	f.IntVar(&o.Devices, "devices", 0, "roaming handsets (default as many as stations, at least 20)")
	f.IntVar(&o.Sensors, "sensors", 0, "IoT weather sensors")
	f.IntVar(&o.Days, "days", 1, "days of data per station")
	f.IntVar(&o.Validators, "validators", 5, "validators (separate keys and age identities)")
	f.Uint64Var(&o.Seed, "seed", 1, "seed of the simulated network")
	f.IntVar(&o.Cheaters, "cheaters", 1, "labelled cheating stations of each kind (spoofed location, inflated claims, replay, Sybil copy); 0 for an honest network")
	f.BoolVar(&o.Adversaries, "adversaries", false, "add labelled cheating stations and sensors (datpin eval's mix)")
	f.IntVar(&o.TownSize, "town-size", 80, "most stations simulated around one town centre")
	f.StringVar(&o.Dir, "state", "", "keep the outbox and the content store in this directory")
	f.BoolVar(&o.NoMarket, "no-market", false, "skip the data sale and the FreeData subscribers after the settlement")
	f.BoolVar(&o.ZK, "zk", false, "prove each contribution's radio score and region with a zero-knowledge proof (slow: seconds per contribution)")
	f.BoolVar(&serve, "serve", false, "after the report, keep the chain and serve the dashboard and API (see datpin serve)")
	sf.add(f)
	return cmd
}

func init() { registerBench(newBenchDemoCmd) }

// newBenchDemoCmd is `datpin bench demo`: the demo's wall time and gas at a network size, with
// the machine's load, since the machine may be shared.
func newBenchDemoCmd(g *globals, out *string) *cobra.Command {
	var stations int
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Wall time and gas of the demo at a given network size",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			quiet := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelWarn}))
			loadBefore := bench.LoadAverage()
			rep, err := demo.Run(cmd.Context(), demo.Options{Stations: stations, Days: 1, Log: quiet})
			if err != nil {
				return err
			}
			body := fmt.Sprintf("## Demo (`datpin bench demo`)\n\n%s\n\n"+
				"`datpin demo --stations %d`: %d stations in %d town(s) of the simulated network, %d handsets, one day, %d validators. "+
				"Stages: deploy %.1f s, simulation and anchoring (overlapping) %.1f s, evaluation to finalization %.1f s, settlement and claims %.1f s. "+
				"GOMAXPROCS=%d; load average %s when the run began, %s when it ended (the machine is shared).\n\n"+
				"| stations | records | contributions | finalized | rejected | wall time | gas per contribution (incl. onboarding) |\n"+
				"|---:|---:|---:|---:|---:|---:|---:|\n| %d | %d | %d | %d | %d | %.1f s | %d |\n",
				bench.Stamp(time.Now()), rep.Stations, rep.Stations, rep.Towns, rep.Devices, len(rep.Validators),
				rep.StageSeconds["deploy"], rep.StageSeconds["simulate+anchor"], rep.StageSeconds["evaluate"], rep.StageSeconds["settle"],
				runtime.GOMAXPROCS(0), loadBefore, bench.LoadAverage(),
				rep.Stations, rep.Records, rep.Contributions, rep.Finalized, rep.Rejected, rep.WallSeconds, rep.GasPerContribution)
			return reportBench(g, cmd, *out, "demo", body, rep)
		},
	}
	cmd.Flags().IntVar(&stations, "stations", 1000, "base stations")
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
	fmt.Fprintf(w, "stations            %d (%d handsets, %d sensors, %d town(s), %d day(s))\n", r.Stations, r.Devices, r.Sensors, r.Towns, r.Days)
	fmt.Fprintf(w, "records             %d\n", r.Records)
	fmt.Fprintf(w, "contributions       %d anchored\n", r.Contributions)
	fmt.Fprintf(w, "finalized           %d\n", r.Finalized)
	fmt.Fprintf(w, "rejected            %d", r.Rejected)
	reasons := make([]string, 0, len(r.RejectedByReason))
	for reason := range r.RejectedByReason {
		reasons = append(reasons, reason)
	}
	sort.Strings(reasons)
	for _, reason := range reasons {
		fmt.Fprintf(w, "  (%s: %d)", reason, r.RejectedByReason[reason])
	}
	if r.Proven > 0 {
		fmt.Fprintf(w, "\nzk-proven           %d", r.Proven)
	}
	fmt.Fprintf(w, "\nrewards settled     %s, claimed %s\n", tokens(r.RewardsSettled), tokens(r.RewardsClaimed))
	fmt.Fprintf(w, "receipts            %d of the finalized recomputed from the chain and the packages, %d match it (datpin explain)\n",
		r.Receipts.Recomputed, r.Receipts.Matching)
	fmt.Fprintf(w, "gas                 %d in all, %d per contribution\n", r.GasUsed, r.GasPerContribution)
	if m := r.Market; m != nil && m.Purchases == 0 {
		fmt.Fprintln(w, "data market         nothing to sell: no contribution was finalized")
	} else if m != nil {
		fmt.Fprintf(w, "data market         %d tokens (%d records) of region %s listed at %s a unit; bought for %s\n",
			m.Tokens, m.Records, m.Region, tokens(m.PricePerUnit), tokens(m.Paid))
		fmt.Fprintf(w, "                    delivered by validator %s; %d records verified against the chain, %d not\n",
			m.Gateway, m.VerifiedRecords, m.UnverifiedRecords)
		fmt.Fprintf(w, "                    holders paid %s; fees %s to the FreeData vault, %s to the gateway; payment to export %.2f s\n",
			tokens(m.PaidToHolders), tokens(m.ProtocolFee), tokens(m.DeliveryFee), m.PaymentToExportSeconds)
	}
	if f := r.FreeData; f != nil {
		fmt.Fprintf(w, "freedata            %d subscribers deposited %s; vault revenue %s (sale fee) + %s, vested over %.1f days\n",
			f.Subscribers, tokens(f.Deposited), tokens(f.FeeRevenue), tokens(f.NotifiedRevenue), f.VestingDays)
		for _, p := range f.Plans {
			state := ""
			if p.Throttled {
				state = "  throttled"
			}
			fmt.Fprintf(w, "  %s  deposit %-14s credit %7.1f GB  metered %6.1f GB  used %7.1f GB%s\n",
				p.Subscriber, tokens(p.Deposit), p.CreditGB, p.MeteredGB, p.UsedGB, state)
		}
	}
	fmt.Fprintf(w, "wall time           %.1f s", r.WallSeconds)
	for _, st := range []string{"deploy", "simulate+anchor", "evaluate", "settle", "receipts", "market"} {
		if v, ok := r.StageSeconds[st]; ok {
			fmt.Fprintf(w, "  (%s %.1f s)", st, v)
		}
	}
	fmt.Fprintln(w, "\n\ntop contributions by value (station, true quality, token, agreed score, value, reward):")
	for _, s := range r.Top {
		printContribution(w, s)
	}
	fmt.Fprintln(w, "lowest agreed scores:")
	for _, s := range r.Bottom {
		printContribution(w, s)
	}
	if len(r.Cheaters) > 0 {
		fmt.Fprintf(w, "labelled cheaters: %d of %d caught (rejected, or cut by more than a tenth of their claim):\n", r.Caught, len(r.Cheaters))
		for _, s := range r.Cheaters {
			printContribution(w, s)
		}
	}
	fmt.Fprintln(w, "\nvalidator agreement (scores within tolerance of the median / faults):")
	for _, v := range r.Validators {
		fmt.Fprintf(w, "  %s  %d / %d\n", v.Address, v.Agreements, v.Faults)
	}
	fmt.Fprint(w, `
where to look next:
  datpin demo --serve            the same run, then the dashboard (map, stations, DATs, validators)
                                 and the HTTP API (GET /api/v1/dats/{id}: one contribution's verdict)
  docs/FRAUD.md                  what each rejection reason above means and how it is measured
  datpin eval                    precision and recall of every fraud check on a labelled network
  datpin dataset, datpin buy,    the data sale above on a real chain: build, certify and list a
  datpin download                dataset, buy it, verify and export every record (docs/MARKET.md;
                                 the plans: docs/FREEDATA.md)
  datpin deploy, datpin agent,   the same parts as separate processes on a real chain
  datpin validator, datpin serve (see the README, "A network across processes")
`)
}

func printContribution(w io.Writer, s demo.StationResult) {
	status := s.Status
	if s.Reason != "" {
		status += " (" + s.Reason + ")"
	}
	labels := ""
	if len(s.Labels) > 0 {
		labels = "  [" + strings.Join(s.Labels, ",") + "]"
	}
	fmt.Fprintf(w, "  %-7s q %5d  token %-5d score %5d  value %-6d reward %-14s %s%s\n",
		s.Station, s.TrueQuality, s.TokenID, s.Score, s.Value, tokens(s.Reward), status, labels)
}
