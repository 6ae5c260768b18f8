package main

import (
	"context"
	"fmt"
	"io"
	"math/big"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/index"
)

func init() { register(newWhatIfCmd) }

func newWhatIfCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "whatif",
		Short: "Estimate what a station would score and earn at a site, or what moving it would cost",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(newWhatIfSiteCmd(g), newWhatIfMoveCmd(g))
	return cmd
}

// whatIfFlags are the flags site and move share.
type whatIfFlags struct {
	db, asset string
	o         index.WhatIfOptions
}

func (w *whatIfFlags) add(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&w.db, "db", "", "the index database (datpin serve --db)")
	f.StringVar(&w.asset, "asset", "", "reward asset (default: the network token with --addresses, else the one asset revenue was settled in)")
	f.Uint64Var(&w.o.Records, "records", 0, "records of the station-day to price (default: the network's median per finalized station-day)")
	f.IntVar(&w.o.Epochs, "epochs", 0, fmt.Sprintf("earned per share is read from the finalized tokens of this many latest epochs (default %d)", index.DefaultWhatIfEpochs))
}

// open opens the index (brought up to date with --rpc and --addresses) and resolves the asset.
func (w *whatIfFlags) open(ctx context.Context, g *globals) (*index.DB, *evm.Suite, func(), error) {
	d, s, done, err := openIndexFile(ctx, g, w.db)
	if err != nil {
		return nil, nil, nil, err
	}
	if w.o.Asset, err = rewardAsset(ctx, d, s, w.asset); err != nil {
		done()
		return nil, nil, nil, err
	}
	return d, s, done, nil
}

func newWhatIfSiteCmd(g *globals) *cobra.Command {
	var w whatIfFlags
	var cell string
	cmd := &cobra.Command{
		Use:   "site",
		Short: "Expected agreed score, station density and reward of one station-day at a cell",
		Long: `Estimates, from an index database (--db, as written by datpin serve --db; with --rpc and
--addresses it is first brought up to date from the chain), what one station-day of --records
records at --cell would score and earn, the document GET /api/v1/whatif/site returns:

  score    at a measured cell (at the data's resolution), the record-weighted mean and standard
           deviation of its agreed scores; elsewhere the kriging prediction from the measured
           cells and its standard deviation (docs/MODELS.md), or "not enough data"
  density  registered stations in the cell and in the six cells around it
  reward   share = records × score (0 below the oracle's threshold), value = ceil(share / 10000),
           times the revenue attributed per unit share to the finalized tokens of the latest
           --epochs epochs; low and high from the score ± its deviation and the quartiles of
           earned per share

Every assumption is listed in the answer.`,
		Example: "  datpin whatif site --db index.db --cell 871969546ffffff\n  datpin whatif site --db index.db --cell 881969546bfffff --records 2000 --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if cell == "" {
				return datpin.Errorf(datpin.EINVALID, "--cell (an H3 cell in hex) is required")
			}
			d, _, done, err := w.open(cmd.Context(), g)
			if err != nil {
				return err
			}
			defer done()
			res, err := d.WhatIfSite(cmd.Context(), cell, w.o)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), res)
			}
			printSite(cmd.OutOrStdout(), res)
			return nil
		},
	}
	w.add(cmd)
	cmd.Flags().StringVar(&cell, "cell", "", "the H3 cell (hex) to plan a station at")
	return cmd
}

func printSite(out io.Writer, s *index.SiteWhatIf) {
	fmt.Fprintf(out, "cell %s (data cell %s, resolution %d)\n", s.Cell, s.DataCell, s.Resolution)
	fmt.Fprintf(out, "stations: %d in the cell, %d around it, %d contributed here\n", s.Density.Stations, s.Density.Ring, s.Density.Contributing)
	if s.Score.Expected == nil {
		fmt.Fprintf(out, "score: %s\n", s.Reason)
		return
	}
	fmt.Fprintf(out, "score (%s): %.0f bp ± %.0f (%.0f..%.0f)\n", s.Score.Source, *s.Score.Expected, *s.Score.Std, *s.Score.Low, *s.Score.High)
	if r := s.Reward; r != nil {
		fmt.Fprintf(out, "station-day of %d records (%s): share %.0f (%.0f..%.0f), value %d\n", r.Records, r.RecordsFrom, r.Share, r.ShareLow, r.ShareHigh, r.Value)
		if r.Asset != "" {
			fmt.Fprintf(out, "reward: %s (%s..%s) base units of %s, from %d tokens of epochs %v\n", r.Expected, r.Low, r.High, r.Asset, r.BasisTokens, r.BasisEpochs)
		}
	} else if s.Reason != "" {
		fmt.Fprintf(out, "reward: %s\n", s.Reason)
	}
}

func newWhatIfMoveCmd(g *globals) *cobra.Command {
	var w whatIfFlags
	var station, cell string
	cmd := &cobra.Command{
		Use:   "move",
		Short: "The cost of moving a registered station to another cell",
		Long: `Prices moving --station to --cell from an index database (--db; with --rpc and --addresses it is
first brought up to date and the base fee read from the chain), the document GET
/api/v1/whatif/move returns: the DeviceRegistry.move transaction's gas priced at the current base
fee, the history the station built at its place (epochs, finalized station-days, quality,
revenue), what the validators' station-far and throughput-above-peers checks make of
contributions from the new place (beyond 4 km of every old place they are rejected until the
validators forget the old ones: the epochs this costs are counted), and the expected reward of a
station-day at the new cell (datpin whatif site) against the station's average so far.`,
		Example: "  datpin whatif move --db index.db --station 0x… --cell 881969546bfffff --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			addr, err := addressFlag(station, "--station")
			if err != nil {
				return err
			}
			if addr == "" || cell == "" {
				return datpin.Errorf(datpin.EINVALID, "--station and --cell are required")
			}
			d, s, done, err := w.open(ctx, g)
			if err != nil {
				return err
			}
			defer done()
			o := index.MoveOptions{WhatIfOptions: w.o}
			if s != nil {
				if o.BaseFee, err = baseFee(ctx, s); err != nil {
					return err
				}
			}
			res, err := d.WhatIfMove(ctx, addr, cell, o)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), res)
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "move %s from %s to %s\n", res.Station, res.From, res.To)
			cost := "unknown without --rpc"
			if res.Cost != "" {
				cost = res.Cost + " wei at base fee " + res.BaseFee
			}
			fmt.Fprintf(out, "transaction: %d gas, %s\n", res.Gas, cost)
			h := res.History
			q := "none"
			if h.Quality != nil {
				q = fmt.Sprintf("%d bp", *h.Quality)
			}
			fmt.Fprintf(out, "history: %d epochs, %d finalized of %d station-days, quality %s, earned %s\n", h.Epochs, h.Finalized, h.Tokens, q, h.Earned)
			if res.Checks.StationFar {
				fmt.Fprintf(out, "station-far: %.1f km from its old places; rejected until epoch %d (%d days lost)\n", *h.FarKm, res.Checks.RejectedUntilEpoch, res.Checks.LostDays)
			}
			for _, n := range res.Checks.Notes {
				fmt.Fprintf(out, "  - %s\n", n)
			}
			fmt.Fprintf(out, "reward per station-day: %s now on average\n", res.Current)
			printSite(out, res.Site)
			return nil
		},
	}
	w.add(cmd)
	f := cmd.Flags()
	f.StringVar(&station, "station", "", "the registered station (device address)")
	f.StringVar(&cell, "cell", "", "the H3 cell (hex) to move it to")
	return cmd
}

// baseFee is the base fee of the chain's latest block (0 on a chain without one).
func baseFee(ctx context.Context, s *evm.Suite) (*big.Int, error) {
	h, err := s.Chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "read the latest block")
	}
	if h.BaseFee == nil {
		return new(big.Int), nil
	}
	return new(big.Int).Set(h.BaseFee), nil
}
