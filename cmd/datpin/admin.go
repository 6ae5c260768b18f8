package main

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
)

func init() { register(newAdminCmd) }

// attachRPC connects to --rpc with the --key account and attaches the suite of --addresses.
func attachRPC(ctx context.Context, what string) (*evm.Chain, *evm.Account, *evm.Suite, error) {
	if g.rpc == "" || g.addrFile == "" {
		return nil, nil, nil, datpin.Errorf(datpin.EINVALID, "%s needs --rpc and --addresses (the embedded chain lives only inside one process)", what)
	}
	chain, acct, err := connect(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	s, err := attachSuite(ctx, chain)
	if err != nil {
		chain.Close()
		return nil, nil, nil, err
	}
	return chain, acct, s, nil
}

// attachSuite attaches the suite whose addresses --addresses names.
func attachSuite(ctx context.Context, chain *evm.Chain) (*evm.Suite, error) {
	addrs, err := evm.ReadAddresses(g.addrFile)
	if err != nil {
		return nil, err
	}
	return evm.Attach(ctx, chain, addrs)
}

// parseAmount parses a decimal amount of a currency with 18 decimals ("1.5" → 1.5e18).
func parseAmount(s string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "amount %q: want a non-negative decimal number", s)
	}
	r.Mul(r, new(big.Rat).SetInt(evm.Ether(1)))
	if !r.IsInt() {
		return nil, datpin.Errorf(datpin.EINVALID, "amount %q has more than 18 decimals", s)
	}
	return r.Num(), nil
}

func newAdminCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "admin",
		Short: "Operator tasks on a deployment: fund accounts, settle reward epochs",
		Long: `Administrative transactions on a deployment (--rpc, --addresses), sent from --key. Minting the
network token needs the key to hold MINTER_ROLE (the deployer does); settling an epoch is open to
anyone once the epoch has ended.`,
	}
	var (
		eth, tokensAmt string
		setBalance     bool
	)
	fund := &cobra.Command{
		Use:     "fund ADDRESS...",
		Short:   "Send ETH and/or mint network tokens to accounts (validators need tokens to stake)",
		Example: `  datpin admin fund 0xAbc... --eth 1 --tokens 2000 --rpc http://127.0.0.1:8545 --key admin.json --addresses addresses.json`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			var to []common.Address
			for _, a := range args {
				if !common.IsHexAddress(a) {
					return datpin.Errorf(datpin.EINVALID, "%q is not an address", a)
				}
				to = append(to, common.HexToAddress(a))
			}
			wei, err := parseAmount(eth)
			if err != nil {
				return err
			}
			units, err := parseAmount(tokensAmt)
			if err != nil {
				return err
			}
			if wei.Sign() == 0 && units.Sign() == 0 {
				return datpin.Errorf(datpin.EINVALID, "nothing to send: give --eth and/or --tokens")
			}
			var res []funded
			if setBalance {
				// A development node sets balances itself: no sender, no key.
				if units.Sign() > 0 {
					return datpin.Errorf(datpin.EINVALID, "--set-balance sets ETH only; mint --tokens from the deployer's --key")
				}
				if g.rpc == "" {
					return datpin.Errorf(datpin.EINVALID, "--set-balance needs --rpc (a development node such as anvil)")
				}
				chain, err := evm.Dial(ctx, g.rpc)
				if err != nil {
					return err
				}
				defer chain.Close()
				for _, a := range to {
					if err := chain.SetBalance(ctx, a, wei); err != nil {
						return err
					}
					res = append(res, funded{a.Hex(), wei.String(), "0"})
				}
				return printFunded(cmd, res, eth, tokensAmt)
			}
			chain, admin, s, err := attachRPC(ctx, "admin fund")
			if err != nil {
				return err
			}
			defer chain.Close()
			for _, a := range to {
				if wei.Sign() > 0 {
					addr := a
					if _, err := chain.Send(ctx, admin, &addr, nil, wei); err != nil {
						return fmt.Errorf("send ETH to %s: %w", a, err)
					}
				}
				if units.Sign() > 0 {
					if err := s.MintToken(ctx, admin, a, units); err != nil {
						return fmt.Errorf("mint to %s: %w", a, err)
					}
				}
				res = append(res, funded{a.Hex(), wei.String(), units.String()})
			}
			return printFunded(cmd, res, eth, tokensAmt)
		},
	}
	fund.Flags().StringVar(&eth, "eth", "0", "ETH to send to each account")
	fund.Flags().BoolVar(&setBalance, "set-balance", false, "set the ETH balance directly on a development node (anvil), without a sender: how a private network funds its deployer")
	fund.Flags().StringVar(&tokensAmt, "tokens", "0", "network tokens to mint to each account")

	var epoch int64
	settle := &cobra.Command{
		Use:   "settle",
		Short: "Settle a reward epoch: pay its emission into the class's revenue for holders to claim",
		Long: `Settles a reward epoch (default: the last epoch that has ended). Tokens finalized in the class
share the epoch's emission by their value; holders then claim with 'datpin claim'.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			chain, acct, s, err := attachRPC(ctx, "admin settle")
			if err != nil {
				return err
			}
			defer chain.Close()
			e := epoch
			if e < 0 {
				now, err := chain.Now(ctx)
				if err != nil {
					return err
				}
				out, err := chain.Call(ctx, common.Address{}, s.Rewards, s.RewardsABI.PackEpochAt(big.NewInt(now.Unix())))
				if err != nil {
					return err
				}
				cur, err := s.RewardsABI.UnpackEpochAt(out)
				if err != nil {
					return datpin.Wrap(datpin.EINTERNAL, err, "decode epochAt")
				}
				if cur.Sign() == 0 {
					return datpin.Errorf(datpin.ECONFLICT, "no reward epoch has ended yet")
				}
				e = cur.Int64() - 1
			}
			r, err := s.SettleEpoch(ctx, acct, uint64(e))
			if err != nil {
				return fmt.Errorf("settle epoch %d: %w", e, err)
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), map[string]any{"epoch": e, "tx": r.TxHash.Hex(), "gasUsed": r.GasUsed})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "settled epoch %d in %s\n", e, r.TxHash.Hex())
			return nil
		},
	}
	settle.Flags().Int64Var(&epoch, "epoch", -1, "epoch to settle (default: the last one that ended)")
	cmd.AddCommand(fund, settle)
	return cmd
}

// funded is one account `admin fund` funded.
type funded struct {
	Address string `json:"address"`
	Wei     string `json:"wei"`
	Tokens  string `json:"tokens"`
}

// printFunded prints what `admin fund` did.
func printFunded(cmd *cobra.Command, res []funded, eth, tokens string) error {
	if g.json {
		return printJSON(cmd.OutOrStdout(), res)
	}
	for _, r := range res {
		fmt.Fprintf(cmd.OutOrStdout(), "funded %s: %s ETH, %s tokens\n", r.Address, eth, tokens)
	}
	return nil
}
