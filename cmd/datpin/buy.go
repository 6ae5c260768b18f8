package main

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/market"
)

func init() { register(newBuyCmd) }

// BuyResult is what `datpin buy` reports.
type BuyResult struct {
	Purchase uint64            `json:"purchase"`
	Listing  uint64            `json:"listing"`
	Buyer    string            `json:"buyer"`
	Asset    string            `json:"asset"` // the zero address for ETH
	Tokens   uint64            `json:"tokens"`
	Units    uint64            `json:"units"`
	Amount   string            `json:"amount"` // base units escrowed
	Excluded map[uint64]string `json:"excluded"`
	Tx       string            `json:"tx"`
}

var exclusionReasons = map[uint8]string{1: "no consent", 2: "not sellable", 3: "units not spendable"}

func newBuyCmd(g *globals) *cobra.Command {
	var manifestFile, purpose, recipient, maxArg string
	var minUnits uint64
	cmd := &cobra.Command{
		Use:   "buy LISTING",
		Short: "Buy a data market listing for a declared purpose",
		Long: `Buys a listing of the data market with the keystore's account (--key): the manifest file is
checked against the listing's root, and the purchase passes its entries; the market includes each
token whose holder consented to the purpose, the buyer and the price. The price is paid in the
listing's asset: ETH (the lesser of --max and the price of every unit is sent; what excluded
entries would have cost is credited back, see withdraw) or its ERC-20 (the market is approved
for that much first if needed). A gateway then wraps each package's data key to --recipient (an
age recipient, "age1..."): keep its identity to download with ` + "`datpin download`" + `. Needs --rpc,
--addresses and --key.`,
		Example: "  datpin buy 1 --manifest dataset.json --purpose research --recipient age1... --max 5000000000000",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			listing, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil || listing == 0 {
				return datpin.Errorf(datpin.EINVALID, "listing %q: want a listing id", args[0])
			}
			code, ok := purposeCodes[strings.ToLower(purpose)]
			if !ok {
				n, err := strconv.ParseUint(purpose, 10, 8)
				if err != nil {
					return datpin.Errorf(datpin.EINVALID, "--purpose %q: want one of %s, or a code 0..255", purpose, strings.Join(purposeNames(), ", "))
				}
				code = uint8(n)
			}
			if _, err := market.ParseRecipient(recipient); err != nil {
				return datpin.Errorf(datpin.EINVALID, "--recipient: %s", datpin.ErrorMessage(err))
			}
			var max *big.Int
			if maxArg != "" {
				var ok bool
				if max, ok = new(big.Int).SetString(maxArg, 10); !ok || max.Sign() <= 0 {
					return datpin.Errorf(datpin.EINVALID, "--max %q: want a positive integer of base units (wei for ETH)", maxArg)
				}
			}
			if manifestFile == "" {
				return datpin.Errorf(datpin.EINVALID, "--manifest FILE is required: the listing's manifest")
			}
			m, err := readManifest(manifestFile)
			if err != nil {
				return err
			}
			if g.rpc == "" || g.addrFile == "" || g.keyFile == "" {
				return datpin.Errorf(datpin.EINVALID, "buy needs --rpc, --addresses and --key")
			}
			chain, buyer, err := connect(g, cmd.Context())
			if err != nil {
				return err
			}
			defer chain.Close()
			s, err := attachSuite(g, cmd.Context(), chain)
			if err != nil {
				return err
			}
			res, q, err := market.Buy(cmd.Context(), s, buyer, market.BuyOptions{
				Listing: listing, Manifest: m, Purpose: code, Recipient: recipient, MinUnits: minUnits, MaxAmount: max,
			})
			if err != nil {
				return err
			}
			out := BuyResult{Purchase: res.ID, Listing: listing, Buyer: buyer.Address.Hex(), Asset: q.Asset.Hex(), Tokens: res.Tokens,
				Units: res.Units, Amount: res.Amount.String(), Excluded: map[uint64]string{}, Tx: res.Receipt.TxHash.Hex()}
			for id, why := range res.Excluded {
				out.Excluded[id] = exclusionReasons[why]
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), out)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "purchase %d: %d tokens, %d units for %s (asset %s); %d entries excluded\n",
				out.Purchase, out.Tokens, out.Units, out.Amount, out.Asset, len(out.Excluded))
			fmt.Fprintf(cmd.OutOrStdout(), "download it once delivered: datpin download %d --manifest %s --identity FILE --out DIR\n", out.Purchase, manifestFile)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&manifestFile, "manifest", "", "the listing's manifest (JSON)")
	f.StringVar(&purpose, "purpose", "", "declared purpose: "+strings.Join(purposeNames(), ", ")+", or a code 0..255")
	f.StringVar(&recipient, "recipient", "", "your age recipient (age1...), to which the data keys are wrapped")
	f.StringVar(&maxArg, "max", "", "most to pay, in the asset's base units (default the price of every unit of the manifest)")
	f.Uint64Var(&minUnits, "min-units", 0, "revert unless at least this many units are included")
	return cmd
}
