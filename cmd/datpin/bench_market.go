package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin/bench"
)

func init() { registerBench(newBenchMarketCmd) }

// newBenchMarketCmd is `datpin bench market`: the data market's gas by dataset size.
func newBenchMarketCmd(g *globals, out *string) *cobra.Command {
	return &cobra.Command{
		Use:   "market",
		Short: "Gas of a dataset purchase, delivery and claims at 10, 100 and 1,000 tokens",
		Long: `Measures on the embedded chain the gas of buying a dataset of 10, 100 and 1,000 finalized tokens
(each of its own consenting holder, and all of one holder), of its delivery by a gateway and of
the claims of every sold entry. --json prints purchaseGasPerToken keyed by size ("10", "100",
"1000"; null for a size above the contract's MAX_ENTRIES), paymentToExportSeconds and
verifyRecordsPerSecPerCore (null until measured), and the figures per size.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintln(cmd.ErrOrStderr(), "measuring the data market's gas (about a minute)...")
			res, err := bench.Market(cmd.Context(), nil)
			if err != nil {
				return err
			}
			return reportBench(g, cmd, *out, "market", res.Markdown(bench.Stamp(time.Now())), res)
		},
	}
}
