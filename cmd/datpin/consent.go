package main

import (
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
)

func init() { register(newConsentCmd) }

// purposeCodes are the DataMarket's purpose codes by name.
var purposeCodes = map[string]uint8{
	"research":      evm.PurposeResearch,
	"commercial":    evm.PurposeCommercial,
	"ai-training":   evm.PurposeAITraining,
	"public-sector": evm.PurposePublicSector,
	"insurance":     evm.PurposeInsurance,
}

// parsePurposes turns "research,ai-training" (names or codes 0..255) into the purposes bitmask.
func parsePurposes(v string) (*big.Int, error) {
	mask := new(big.Int)
	for _, p := range strings.Split(v, ",") {
		p = strings.TrimSpace(strings.ToLower(p))
		if p == "" {
			continue
		}
		code, ok := purposeCodes[p]
		if !ok {
			n, err := strconv.ParseUint(p, 10, 8)
			if err != nil {
				return nil, datpin.Errorf(datpin.EINVALID, "purpose %q: want one of %s, or a code 0..255", p, strings.Join(purposeNames(), ", "))
			}
			code = uint8(n)
		}
		mask.SetBit(mask, int(code), 1)
	}
	if mask.Sign() == 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "--purposes names no purpose")
	}
	return mask, nil
}

func purposeNames() []string {
	names := make([]string, 0, len(purposeCodes))
	for n := range purposeCodes {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return purposeCodes[names[i]] < purposeCodes[names[j]] })
	return names
}

// describePurposes lists the purposes set in mask, by name where they have one.
func describePurposes(mask *big.Int) []string {
	out := []string{}
	for code := 0; code < 256; code++ {
		if mask.Bit(code) == 0 {
			continue
		}
		name := strconv.Itoa(code)
		for n, c := range purposeCodes {
			if int(c) == code {
				name = n
			}
		}
		out = append(out, name)
	}
	return out
}

// ConsentResult is what `datpin consent` reports.
type ConsentResult struct {
	Holder           string   `json:"holder"`
	Class            uint64   `json:"class"`
	Purposes         []string `json:"purposes"`
	AllowListOnly    bool     `json:"allowListOnly"`
	MarketIsOperator bool     `json:"marketIsOperator"` // the DAT lets the market spend the holder's units
}

func newConsentCmd(g *globals) *cobra.Command {
	var class uint64
	cmd := &cobra.Command{
		Use:   "consent",
		Short: "Grant, restrict or revoke the sale of your DATs' data on the data market",
		Long: `A holder's DATs are sold on the data market only with its consent (docs/MARKET.md), given per
class: the purposes a buyer may declare (research, commercial, ai-training, public-sector,
insurance, or codes 0..255), a floor price per unit in each asset, and buyer allow- and
deny-lists. Granting also approves the market as the holder's class operator on the DAT, so that
a purchase can spend the units it sells; revoking withdraws both. Consent follows the holder: a
token transferred is governed by its new holder's consent. Needs --rpc, --addresses and --key.`,
		Example: "  datpin consent grant --purposes research,ai-training\n  datpin consent floor --asset eth --price 1000000000\n  datpin consent buyer deny 0x...\n  datpin consent revoke\n  datpin consent show",
	}
	cmd.PersistentFlags().Uint64Var(&class, "class", 0, "DAT class (default the deployment's class)")

	// session connects with the key and returns the suite, the holder and the class.
	session := func(cmd *cobra.Command) (*evm.Suite, *evm.Account, uint64, func(), error) {
		if g.rpc == "" || g.addrFile == "" || g.keyFile == "" {
			return nil, nil, 0, nil, datpin.Errorf(datpin.EINVALID, "consent needs --rpc, --addresses and --key")
		}
		chain, holder, err := connect(g, cmd.Context())
		if err != nil {
			return nil, nil, 0, nil, err
		}
		s, err := attachSuite(g, cmd.Context(), chain)
		if err != nil {
			chain.Close()
			return nil, nil, 0, nil, err
		}
		if s.Market == (common.Address{}) {
			chain.Close()
			return nil, nil, 0, nil, datpin.Errorf(datpin.EINVALID, "the addresses file names no data market (deployed before it existed)")
		}
		c := class
		if c == 0 {
			c = s.ClassID
		}
		return s, holder, c, func() { chain.Close() }, nil
	}
	show := func(cmd *cobra.Command, s *evm.Suite, holder common.Address, c uint64) error {
		purposes, allow, err := s.ConsentOf(cmd.Context(), holder, c)
		if err != nil {
			return err
		}
		op, err := s.IsApprovedForClass(cmd.Context(), holder, c, s.Market)
		if err != nil {
			return err
		}
		res := ConsentResult{Holder: holder.Hex(), Class: c, Purposes: describePurposes(purposes), AllowListOnly: allow, MarketIsOperator: op}
		if g.json {
			return printJSON(cmd.OutOrStdout(), res)
		}
		state := "no consent: nothing of yours is sold"
		if len(res.Purposes) > 0 {
			state = "sold for " + strings.Join(res.Purposes, ", ")
			if allow {
				state += ", to allow-listed buyers only"
			}
			if !op {
				state += " (but the market is not your class operator on the DAT: run consent grant again)"
			}
		}
		fmt.Fprintf(cmd.OutOrStdout(), "%s, class %d: %s\n", holder.Hex(), c, state)
		return nil
	}

	var purposes string
	var allowListOnly bool
	grant := &cobra.Command{
		Use:   "grant",
		Short: "Let the market sell your tokens of a class for the given purposes",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			mask, err := parsePurposes(purposes)
			if err != nil {
				return err
			}
			s, holder, c, done, err := session(cmd)
			if err != nil {
				return err
			}
			defer done()
			if err := s.GrantConsent(cmd.Context(), holder, c, mask, allowListOnly); err != nil {
				return err
			}
			return show(cmd, s, holder.Address, c)
		},
	}
	grant.Flags().StringVar(&purposes, "purposes", "", "comma-separated purposes: "+strings.Join(purposeNames(), ", ")+", or codes 0..255")
	grant.Flags().BoolVar(&allowListOnly, "allow-list-only", false, "sell only to buyers on your allow-list (consent buyer allow)")

	revoke := &cobra.Command{
		Use:   "revoke",
		Short: "Stop every later sale of your tokens of a class (earlier buyers keep their licence)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, holder, c, done, err := session(cmd)
			if err != nil {
				return err
			}
			defer done()
			if err := s.GrantConsent(cmd.Context(), holder, c, new(big.Int), false); err != nil {
				return err
			}
			return show(cmd, s, holder.Address, c)
		},
	}

	var assetFlag, price string
	floor := &cobra.Command{
		Use:   "floor",
		Short: "Set the lowest price per unit at which your tokens of a class may be sold",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, ok := new(big.Int).SetString(price, 10)
			if !ok || p.Sign() < 0 {
				return datpin.Errorf(datpin.EINVALID, "--price %q is not a non-negative integer of base units", price)
			}
			s, holder, c, done, err := session(cmd)
			if err != nil {
				return err
			}
			defer done()
			asset, err := parseAsset(assetFlag, s)
			if err != nil {
				return err
			}
			if err := s.SetFloor(cmd.Context(), holder, c, asset, p); err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), map[string]any{"holder": holder.Address.Hex(), "class": c, "asset": asset.Hex(), "pricePerUnit": p.String()})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "floor of class %d in %s: %s per unit\n", c, asset.Hex(), p)
			return nil
		},
	}
	floor.Flags().StringVar(&assetFlag, "asset", "eth", "asset: eth, token (the network token) or an ERC-20 address")
	floor.Flags().StringVar(&price, "price", "0", "lowest price per unit, in the asset's base units (wei for ETH)")

	buyer := &cobra.Command{
		Use:   "buyer allow|deny|clear ADDRESS",
		Short: "Put a buyer on your allow-list or deny-list for a class, or take it off both",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			rule, ok := map[string]uint8{"clear": 0, "allow": 1, "deny": 2}[args[0]]
			if !ok {
				return datpin.Errorf(datpin.EINVALID, "%q: want allow, deny or clear", args[0])
			}
			if !common.IsHexAddress(args[1]) {
				return datpin.Errorf(datpin.EINVALID, "%q is not an address", args[1])
			}
			s, holder, c, done, err := session(cmd)
			if err != nil {
				return err
			}
			defer done()
			who := common.HexToAddress(args[1])
			if err := s.SetBuyerRule(cmd.Context(), holder, c, who, rule); err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), map[string]any{"holder": holder.Address.Hex(), "class": c, "buyer": who.Hex(), "rule": args[0]})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "buyer %s: %s (class %d)\n", who.Hex(), args[0], c)
			return nil
		},
	}

	var holderFlag string
	showCmd := &cobra.Command{
		Use:   "show",
		Short: "Show a holder's consent for a class (default: the key's address)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, holder, c, done, err := session(cmd)
			if err != nil {
				return err
			}
			defer done()
			who := holder.Address
			if holderFlag != "" {
				if !common.IsHexAddress(holderFlag) {
					return datpin.Errorf(datpin.EINVALID, "--holder %q is not an address", holderFlag)
				}
				who = common.HexToAddress(holderFlag)
			}
			return show(cmd, s, who, c)
		},
	}
	showCmd.Flags().StringVar(&holderFlag, "holder", "", "holder address (default the key's)")
	cmd.AddCommand(grant, revoke, floor, buyer, showCmd)
	return cmd
}
