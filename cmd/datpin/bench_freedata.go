package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin/bench"
)

func init() { registerBench(newBenchFreeDataCmd) }

// newBenchFreeDataCmd is `datpin bench freedata`: the FreeData plan's gas and the simulation's
// speed.
func newBenchFreeDataCmd(g *globals, out *string) *cobra.Command {
	cfg := bench.DefaultFreeData()
	cmd := &cobra.Command{
		Use:   "freedata",
		Short: "Gas of a FreeData deposit, metering (single and batched) and withdrawal; simulation speed",
		Long: `Measures on the embedded chain the gas of a FreeData subscriber's deposit, of metering one
subscriber and --batch subscribers in one meterMany (each converting its yield), and of a
withdrawal after the minimum term, beside a network-token transfer; then times the
sustainability simulation (freedata.Simulate) in subscriber-months per second.

--json prints depositGas, meterGas, meterManyGas, meterGasPerSubscriber (at --batch per batch),
goalGasPerSubscriber, meetsGoal, withdrawGas, transferGas and simSubscriberMonthsPerSec.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintf(cmd.ErrOrStderr(), "measuring FreeData's gas with %d subscribers...\n", cfg.Batch+1)
			res, err := bench.FreeData(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			return reportBench(g, cmd, *out, "freedata", res.Markdown(bench.Stamp(time.Now())), res)
		},
	}
	f := cmd.Flags()
	f.IntVar(&cfg.Batch, "batch", cfg.Batch, "subscribers metered by one meterMany")
	f.IntVar(&cfg.SimSubscribers, "sim-subscribers", cfg.SimSubscribers, "subscribers of the timed simulation")
	f.IntVar(&cfg.SimYears, "sim-years", cfg.SimYears, "years of the timed simulation")
	return cmd
}
