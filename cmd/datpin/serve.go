package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/api"
	"github.com/datpin/datpin/demo"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/explain"
	"github.com/datpin/datpin/index"
)

func init() { register(newServeCmd) }

// serveFlags are the flags of `datpin serve`, shared with `datpin demo --serve`.
type serveFlags struct {
	listen         string
	db             string
	confirmations  uint64
	poll           time.Duration
	adminTokenFile string
	gapQuality     uint16
	gapMargin      uint16
	fallDrop       uint16
	store          string
	identity       string
	webhooks       string
	offlineAfter   time.Duration
	scoreDrop      float64
}

func (sf *serveFlags) add(f *pflag.FlagSet) {
	f.StringVar(&sf.listen, "listen", api.DefaultListen, "address of the HTTP API and dashboard")
	f.StringVar(&sf.db, "db", "", "index database (SQLite; default a temporary file)")
	f.Uint64Var(&sf.confirmations, "confirmations", 0, "blocks on top of a block before it is indexed")
	f.DurationVar(&sf.poll, "poll", time.Second, "pause between polls of the chain once caught up")
	f.StringVar(&sf.adminTokenFile, "admin-token-file", "", "file with the bearer token of the admin endpoints (or DATPIN_ADMIN_TOKEN; none: admin off)")
	f.Uint16Var(&sf.gapQuality, "gap-quality", 0, "quality (basis points) below which a cell is a coverage gap (0: judged against the network, see --gap-margin)")
	f.Uint16Var(&sf.gapMargin, "gap-margin", 1000, "with --gap-quality 0, a cell is a coverage gap when its quality is this far (basis points) below the network's record-weighted mean")
	f.Uint16Var(&sf.fallDrop, "fall-drop", 1000, "epoch-over-epoch quality drop (basis points) that marks a falling station")
	f.StringVar(&sf.store, "store", "", "content store of the packages (directory or Kubo URL): with --identity, receipts are recomputed from them")
	f.StringVar(&sf.identity, "identity", "", "age identity that opens the packages (a validator's), with --store")
	f.StringVar(&sf.webhooks, "webhooks", "", "webhook database (datpin webhooks add): deliver the event feed to its webhooks")
	f.DurationVar(&sf.offlineAfter, "offline-after", index.DefaultOfflineAfter, "silence after which an active station is offline (station.offline events; negative: never)")
	f.Float64Var(&sf.scoreDrop, "score-drop", index.DefaultScoreDropPercent, "percent below a station's previous average agreed score that is a score drop (station.score_drop events; negative: never)")
}

// explainer is the receipts' Explainer of --store and --identity (chain-only without them).
func (sf *serveFlags) explainer(s *evm.Suite) (*explain.Explainer, error) {
	o, err := recomputeOptions(sf.store, sf.identity)
	if err != nil {
		return nil, err
	}
	return explain.New(s, o), nil
}

// recomputeOptions are the receipts' options of --store and --identity: with both, packages are
// opened and scores recomputed; with neither, receipts hold what the chain says.
func recomputeOptions(storeArg, identity string) (explain.Options, error) {
	var o explain.Options
	if (storeArg == "") != (identity == "") {
		return o, datpin.Errorf(datpin.EINVALID, "recomputing receipts needs both --store and --identity")
	}
	if storeArg == "" {
		return o, nil
	}
	cs, _, err := openStore(storeArg)
	if err != nil {
		return o, err
	}
	id, err := readIdentity(identity)
	if err != nil {
		return o, err
	}
	o.Store, o.Identity = cs, id
	return o, nil
}

// options turns the flags into api.ServeOptions; the token is read from its file or
// DATPIN_ADMIN_TOKEN and never printed.
func (sf *serveFlags) options(stderr io.Writer) (api.ServeOptions, error) {
	o := api.ServeOptions{
		Listen: sf.listen, DBPath: sf.db, Confirmations: sf.confirmations, Poll: sf.poll,
		Ready: func(addr string) { fmt.Fprintf(stderr, "dashboard and API at http://%s/ (Ctrl-C stops)\n", addr) },
	}
	o.Optimize.GapQuality, o.Optimize.GapMargin, o.Optimize.FallDrop = sf.gapQuality, sf.gapMargin, sf.fallDrop
	o.Webhooks = sf.webhooks
	o.Alerts = index.AlertConfig{OfflineAfter: sf.offlineAfter, ScoreDropPercent: sf.scoreDrop}
	if sf.offlineAfter == 0 || sf.scoreDrop == 0 {
		return o, datpin.Errorf(datpin.EINVALID, "--offline-after and --score-drop must not be 0 (negative turns them off)")
	}
	switch {
	case sf.adminTokenFile != "":
		t, err := api.ReadToken(sf.adminTokenFile)
		if err != nil {
			return o, err
		}
		o.AdminToken = t
	case os.Getenv("DATPIN_ADMIN_TOKEN") != "":
		t, err := api.CheckToken(os.Getenv("DATPIN_ADMIN_TOKEN"))
		if err != nil {
			return o, datpin.Wrap(datpin.EINVALID, err, "DATPIN_ADMIN_TOKEN")
		}
		o.AdminToken = t
	}
	return o, nil
}

// serveDemo returns the demo hook that serves the demo's chain until ctx ends.
func (sf *serveFlags) serveDemo(stderr io.Writer, report func(*demo.Report) error) (func(context.Context, *evm.Chain, *evm.Suite, *demo.Report) error, error) {
	o, err := sf.options(stderr)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, chain *evm.Chain, s *evm.Suite, rep *demo.Report) error {
		if report != nil {
			if err := report(rep); err != nil {
				return err
			}
		}
		// The demo's history is all there is: index from the first block. Its receipts are
		// recomputed with the demo's store and a validator's identity.
		o.Explainer = rep.Explainer()
		return api.Serve(ctx, chain, s, o)
	}, nil
}

func newServeCmd(g *globals) *cobra.Command {
	var sf serveFlags
	var stations, days int
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Index a deployment's events and serve the HTTP API, metrics and the dashboard",
		Long: `Follows a deployment's chain events into a SQLite index (resuming from its last block, waiting
for --confirmations, undoing reorganizations) and serves on --listen:

  /                       the dashboard: H3 map of quality and coverage, DAT explorer, rewards
                          leaderboard, validator agreement, network optimization
  /api/v1/...             the JSON API (documented at /api/v1/openapi.json), with the event
                          feed at /api/v1/events (and /api/v1/events/stream, Server-Sent Events)
  /metrics                Prometheus metrics

With --webhooks it also delivers the feed to the webhooks of that database (datpin webhooks).

With --rpc and --addresses it follows that deployment. Without --rpc it first runs the demo
network on the embedded chain (--stations, --days) and serves it, like 'datpin demo --serve'.
Admin endpoints (POST /api/v1/admin/reindex, pause, resume) need the bearer token of
--admin-token-file or DATPIN_ADMIN_TOKEN.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			stderr := cmd.ErrOrStderr()
			if g.rpc == "" {
				hook, err := sf.serveDemo(stderr, func(rep *demo.Report) error {
					fmt.Fprintf(stderr, "demo network ready: %d contributions, %d finalized, %d rejected\n", rep.Contributions, rep.Finalized, rep.Rejected)
					return nil
				})
				if err != nil {
					return err
				}
				_, err = demo.Run(ctx, demo.Options{Stations: stations, Days: days, Log: quietLog(cmd), Serve: hook})
				return err
			}
			if g.addrFile == "" {
				return datpin.Errorf(datpin.EINVALID, "serve needs --addresses with --rpc (the file 'datpin deploy --out' writes)")
			}
			o, err := sf.options(stderr)
			if err != nil {
				return err
			}
			chain, err := evm.Dial(ctx, g.rpc)
			if err != nil {
				return err
			}
			defer chain.Close()
			s, err := attachSuite(g, ctx, chain)
			if err != nil {
				return err
			}
			if o.Explainer, err = sf.explainer(s); err != nil {
				return err
			}
			return api.Serve(ctx, chain, s, o)
		},
	}
	sf.add(cmd.Flags())
	cmd.Flags().IntVar(&stations, "stations", 100, "stations of the demo network (without --rpc)")
	cmd.Flags().IntVar(&days, "days", 2, "days of data of the demo network (without --rpc)")
	return cmd
}

// quietLog keeps the demo's per-station logs out of a served demo unless a log level is asked for.
func quietLog(cmd *cobra.Command) *slog.Logger {
	if cmd.Flags().Changed("log-level") || os.Getenv("DATPIN_LOG_LEVEL") != "" {
		return slog.Default()
	}
	return slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelWarn}))
}
