package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin/bench"
)

func init() { registerBench(newBenchAPICmd) }

func newBenchAPICmd(g *globals, out *string) *cobra.Command {
	var o bench.APIOptions
	cmd := &cobra.Command{
		Use:   "api",
		Short: "Agents pushing telemetry and dashboard readers at once: latency, errors, lost records, memory",
		Long: `Builds a network of finalized station-days on the embedded chain, serves its index with the API
server 'datpin serve' runs and an edge agent's upload endpoint (bearer token, durable outbox), both
on loopback; then --pushers clients upload telemetry to the agent and --readers clients read the
dashboard's endpoints, each at a steady pace, for --duration. Reports p50/p99 latency of reads and
uploads, errors, and the records acknowledged but missing from the outbox afterwards ("lost").`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			stop := spinner(g, cmd.ErrOrStderr(), fmt.Sprintf("bench api: %d pushers and %d readers for %s", o.Pushers, o.Readers, o.Duration))
			res, err := bench.API(cmd.Context(), o)
			stop()
			if err != nil {
				return err
			}
			return reportBench(g, cmd, *out, "api", res.Markdown(bench.Stamp(time.Now())), res)
		},
	}
	cmd.Flags().IntVar(&o.Pushers, "pushers", 200, "agents pushing telemetry")
	cmd.Flags().IntVar(&o.Readers, "readers", 50, "dashboard readers")
	cmd.Flags().DurationVar(&o.Duration, "duration", time.Minute, "how long the load lasts")
	cmd.Flags().DurationVar(&o.PushEvery, "push-every", 250*time.Millisecond, "each pusher's pace")
	cmd.Flags().DurationVar(&o.ReadEvery, "read-every", 100*time.Millisecond, "each reader's pace")
	cmd.Flags().IntVar(&o.RecordsPerPush, "records", 10, "records per upload")
	cmd.Flags().IntVar(&o.Tokens, "tokens", 200, "finalized station-days the readers read")
	return cmd
}
