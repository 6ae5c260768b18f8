package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/bench"
	"github.com/datpin/datpin/demo"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/index"
)

func init() { registerBench(newBenchIndexCmd) }

// indexBench is what `datpin bench index` measures on one demo network.
type indexBench struct {
	Stations int    `json:"stations"`
	DATs     int    `json:"dats"`
	Blocks   uint64 `json:"blocks"`
	Logs     uint64 `json:"logs"`
	Events   int    `json:"events"` // in the event feed
	// GetLogsSeconds is the baseline: fetching every log of the deployment's contracts over the
	// same block range in one eth_getLogs, the least any indexer must do.
	GetLogsSeconds float64 `json:"getLogsSeconds"`
	IndexSeconds   float64 `json:"indexSeconds"` // a fresh index caught up to the head
	// Query latencies: the median of several runs on the caught-up index.
	Queries map[string]float64 `json:"querySeconds"`
	// FirstQueries is each query's first run: for those reading the whole-network aggregates,
	// memoized per indexed tip, what the aggregation costs once after every indexed block.
	FirstQueries map[string]float64 `json:"firstQuerySeconds"`
	Cores        int                `json:"cores"`
	Stamp        string             `json:"stamp"`
}

func newBenchIndexCmd(g *globals, out *string) *cobra.Command {
	var stations []int
	cmd := &cobra.Command{
		Use:   "index",
		Short: "Index a demo network's chain from scratch and time the API's heaviest queries",
		Long: `Runs the demo at each --stations size, then indexes its embedded chain into a fresh SQLite
index (what 'datpin serve' does on first start) and times the queries behind the API's heaviest
endpoints. The baseline is one eth_getLogs of the same contracts over the same blocks: the least
any indexer must fetch.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var rows []*indexBench
			quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
			for _, n := range stations {
				stop := spinner(g, cmd.ErrOrStderr(), fmt.Sprintf("bench index: demo of %d stations", n))
				var res *indexBench
				_, err := demo.Run(cmd.Context(), demo.Options{Stations: n, Days: 1, Log: quiet,
					Serve: func(ctx context.Context, chain *evm.Chain, s *evm.Suite, rep *demo.Report) error {
						var err error
						res, err = benchIndex(ctx, s, n)
						return err
					}})
				stop()
				if err != nil {
					return err
				}
				rows = append(rows, res)
			}
			body := indexMarkdown(rows)
			return reportBench(g, cmd, *out, "index", body, rows)
		},
	}
	cmd.Flags().IntSliceVar(&stations, "stations", []int{200, 1000}, "demo network sizes")
	return cmd
}

// benchIndex measures a fresh index of s and its queries.
func benchIndex(ctx context.Context, s *evm.Suite, stations int) (*indexBench, error) {
	head, err := s.Chain.Client.BlockNumber(ctx)
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "head")
	}
	res := &indexBench{Stations: stations, Blocks: head - s.Block + 1, Queries: map[string]float64{}, FirstQueries: map[string]float64{},
		Cores: runtime.NumCPU(), Stamp: bench.Stamp(time.Now())}

	t0 := time.Now()
	logs, err := s.Chain.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(s.Block), ToBlock: new(big.Int).SetUint64(head),
		Addresses: index.SuiteAddresses(s),
	})
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "eth_getLogs")
	}
	res.GetLogsSeconds = time.Since(t0).Seconds()

	dir, err := os.MkdirTemp("", "datpin-bench-index-")
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "temporary directory")
	}
	defer os.RemoveAll(dir)
	db, err := index.Open(filepath.Join(dir, "index.db"))
	if err != nil {
		return nil, err
	}
	defer db.Close()
	t0 = time.Now()
	ix, err := index.New(ctx, db, s, index.Config{Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		return nil, err
	}
	if err := ix.CatchUp(ctx); err != nil {
		return nil, err
	}
	res.IndexSeconds = time.Since(t0).Seconds()
	res.Logs = ix.Stats().Logs
	if res.Logs != uint64(len(logs)) {
		return nil, datpin.Errorf(datpin.EINTERNAL, "the index took %d logs; eth_getLogs returned %d", res.Logs, len(logs))
	}
	c, err := db.Counts(ctx)
	if err != nil {
		return nil, err
	}
	res.DATs = c.Tokens

	asset := strings.ToLower(s.Token.Hex())
	// The event feed: a page from its middle, and one station's events.
	feedHead, err := db.EventsHead(ctx)
	if err != nil {
		return nil, err
	}
	last, err := index.DecodeCursor(feedHead)
	if err != nil {
		return nil, err
	}
	mid := index.EncodeCursor(last / 2)
	res.Events = int(last)
	station := ""
	if ss, err := db.Stations(ctx, ""); err == nil && len(ss) > 0 {
		station = ss[len(ss)/2].Address
	}
	queries := []struct {
		name string
		run  func() error
	}{
		{"stations", func() error { _, err := db.Stations(ctx, asset); return err }},
		{"dats page", func() error { _, err := db.Tokens(ctx, index.TokenFilter{Limit: 50}); return err }},
		{"validators", func() error { _, err := db.Validators(ctx); return err }},
		{"cells", func() error { _, err := db.Cells(ctx); return err }},
		{"optimization", func() error { _, err := db.Optimize(ctx, index.OptimizeOptions{}); return err }},
		{"rewards", func() error { _, err := db.Rewards(ctx, asset, 20); return err }},
		{"events page", func() error { _, err := db.Events(ctx, index.EventFilter{After: mid, Limit: 100}); return err }},
		{"station events", func() error { _, err := db.Events(ctx, index.EventFilter{Station: station, Limit: 100}); return err }},
	}
	for _, q := range queries {
		var times []float64
		for range 7 {
			t0 := time.Now()
			if err := q.run(); err != nil {
				return nil, fmt.Errorf("query %s: %w", q.name, err)
			}
			times = append(times, time.Since(t0).Seconds())
		}
		res.FirstQueries[q.name] = times[0]
		slices.Sort(times)
		res.Queries[q.name] = times[len(times)/2]
	}
	return res, nil
}

var indexQueryOrder = []string{"stations", "dats page", "validators", "cells", "optimization", "rewards", "events page", "station events"}

func indexMarkdown(rows []*indexBench) string {
	var b strings.Builder
	b.WriteString("A fresh SQLite index of a demo network's embedded chain caught up to the head (what `datpin serve`\n" +
		"does on first start), against the baseline of fetching the same contracts' logs over the same\n" +
		"blocks in one `eth_getLogs`; then the median time of the queries behind the API's heaviest\n" +
		"endpoints (7 runs each); `events page` reads 100 events of the feed from its middle\n" +
		"(`/api/v1/events?cursor=`), `station events` a station's first 100.\n\n")
	b.WriteString("| demo | DATs | blocks | logs | events | eth_getLogs (baseline) | index | ratio | logs/s |")
	for _, q := range indexQueryOrder {
		fmt.Fprintf(&b, " `%s` |", q)
	}
	b.WriteString("\n|---|---:|---:|---:|---:|---:|---:|---:|---:|")
	b.WriteString(strings.Repeat("---:|", len(indexQueryOrder)))
	b.WriteString("\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %d stations | %d | %d | %d | %d | %.3f s | %.2f s | %.1f× | %.0f |", r.Stations, r.DATs, r.Blocks, r.Logs, r.Events,
			r.GetLogsSeconds, r.IndexSeconds, r.IndexSeconds/max(r.GetLogsSeconds, 1e-9), float64(r.Logs)/max(r.IndexSeconds, 1e-9))
		for _, q := range indexQueryOrder {
			fmt.Fprintf(&b, " %.1f ms |", r.Queries[q]*1000)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n`stations`, `rewards` and `optimization` read whole-network aggregates memoized per indexed tip\n" +
		"(docs/API.md), so their median is a memoized read; the first `stations` read, which computes every\n" +
		"station's figures and every token's reward attribution as happens once after each indexed block, took")
	for i, r := range rows {
		if i > 0 {
			b.WriteString(";")
		}
		fmt.Fprintf(&b, " %.1f ms at %d stations", r.FirstQueries["stations"]*1000, r.Stations)
	}
	b.WriteString(".\n")
	if len(rows) > 0 {
		fmt.Fprintf(&b, "\n%s\n", rows[0].Stamp)
	}
	return b.String()
}
