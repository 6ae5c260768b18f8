package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin/bench"
)

func init() { registerBench(newBenchMarketCmd) }

// newBenchMarketCmd is `datpin bench market`: the data market's gas by dataset size, and the time
// from a payment to a verified export.
func newBenchMarketCmd(g *globals, out *string) *cobra.Command {
	var dc bench.DeliveryConfig
	var gasOnly bool
	cmd := &cobra.Command{
		Use:   "market",
		Short: "Gas of a dataset purchase, delivery and claims; time from payment to a verified export",
		Long: `Measures on the embedded chain the gas of buying a dataset of 10, 100 and 1,000 finalized tokens
(each of its own consenting holder, and all of one holder), of its delivery by a gateway and of
the claims of every sold entry. Then the delivery half: --tokens tokens of --records records each
are anchored by an edge agent and finalized, sold (at most 512 per purchase), delivered by a
gateway and downloaded with every record verified against the chain and exported as Parquet; the
downloads are timed again on one core.

--json prints purchaseGasPerToken keyed by size ("10", "100", "1000"; null for a size above the
contract's MAX_ENTRIES), paymentToExportSeconds (from the first purchase transaction to the last
verified export), verifyRecordsPerSecPerCore (verification and export on one core; both null with
--gas-only), the figures per size and the delivery's stages.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintln(cmd.ErrOrStderr(), "measuring the data market's gas (about a minute)...")
			res, err := bench.Market(cmd.Context(), nil)
			if err != nil {
				return err
			}
			if !gasOnly {
				fmt.Fprintf(cmd.ErrOrStderr(), "anchoring, finalizing and selling %d tokens of %d records (a few minutes)...\n", dc.Tokens, dc.Records)
				d, err := bench.MarketDelivery(cmd.Context(), dc)
				if err != nil {
					return err
				}
				res.SetDelivery(d)
			}
			return reportBench(g, cmd, *out, "market", res.Markdown(bench.Stamp(time.Now())), res)
		},
	}
	f := cmd.Flags()
	f.IntVar(&dc.Tokens, "tokens", 1000, "tokens sold in the payment-to-export measurement")
	f.IntVar(&dc.Records, "records", 1440, "records per token")
	f.BoolVar(&gasOnly, "gas-only", false, "measure the gas only")
	return cmd
}
