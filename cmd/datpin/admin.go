package main

import (
	"context"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/quality"
)

func init() { register(newAdminCmd) }

// attachRPC connects to --rpc with the --key account and attaches the suite of --addresses.
func attachRPC(g *globals, ctx context.Context, what string) (*evm.Chain, *evm.Account, *evm.Suite, error) {
	if g.rpc == "" || g.addrFile == "" {
		return nil, nil, nil, datpin.Errorf(datpin.EINVALID, "%s needs --rpc and --addresses (the embedded chain lives only inside one process)", what)
	}
	chain, acct, err := connect(g, ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	s, err := attachSuite(g, ctx, chain)
	if err != nil {
		chain.Close()
		return nil, nil, nil, err
	}
	return chain, acct, s, nil
}

// attachSuite attaches the suite whose addresses --addresses names.
func attachSuite(g *globals, ctx context.Context, chain *evm.Chain) (*evm.Suite, error) {
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

func newAdminCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "admin",
		Short: "Operator tasks on a deployment: fund accounts, settle reward epochs, govern parameters",
		Long: `Administrative transactions on a deployment (--rpc, --addresses), sent from --key. Minting the
network token needs the key to hold MINTER_ROLE (the deployer does); settling an epoch is open to
anyone once the epoch has ended. Parameter changes and role grants ('admin param') go through the
deployment's timelock: scheduled by a proposer, public for the timelock's delay, then executed.`,
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
				return printFunded(g, cmd, res, eth, tokensAmt)
			}
			chain, admin, s, err := attachRPC(g, ctx, "admin fund")
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
			return printFunded(g, cmd, res, eth, tokensAmt)
		},
	}
	fund.Flags().StringVar(&eth, "eth", "0", "ETH to send to each account")
	fund.Flags().BoolVar(&setBalance, "set-balance", false, "set the ETH balance directly on a development node (anvil), without a sender: how a private network funds its deployer")
	fund.Flags().StringVar(&tokensAmt, "tokens", "0", "network tokens to mint to each account")

	var (
		epoch   int64
		current bool
	)
	settle := &cobra.Command{
		Use:   "settle",
		Short: "Settle a reward epoch: pay its emission into the class's revenue for holders to claim",
		Long: `Settles a reward epoch (default: the last epoch that has ended). Tokens finalized in the class
share the epoch's emission by their value; holders then claim with 'datpin claim'. The DAT also
settles every ended epoch itself when the next token of the class is finalized; an epoch settled
that way is reported with "alreadySettled": true and the command succeeds.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			chain, acct, s, err := attachRPC(g, ctx, "admin settle")
			if err != nil {
				return err
			}
			defer chain.Close()
			e := epoch
			if current || e < 0 {
				cur, err := s.EpochNow(ctx)
				if err != nil {
					return err
				}
				switch {
				case current:
					// Wait for the epoch in progress to end (the chain's clock, polled).
					if err := waitEpochEnd(ctx, s, cur); err != nil {
						return err
					}
					e = int64(cur)
				case cur == 0:
					return datpin.Errorf(datpin.ECONFLICT, "no reward epoch has ended yet")
				default:
					e = int64(cur) - 1
				}
			}
			r, err := s.SettleEpoch(ctx, acct, uint64(e))
			if evm.IsAlreadySettled(err) {
				// The DAT settles every ended epoch itself when the next token of the class
				// is finalized: the epoch's emission is already claimable.
				if g.json {
					return printJSON(cmd.OutOrStdout(), map[string]any{"epoch": e, "alreadySettled": true})
				}
				fmt.Fprintf(cmd.OutOrStdout(), "epoch %d was already settled\n", e)
				return nil
			}
			if err != nil {
				return fmt.Errorf("settle epoch %d: %w", e, err)
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), map[string]any{"epoch": e, "tx": r.TxHash.Hex(), "gasUsed": r.GasUsed, "alreadySettled": false})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "settled epoch %d in %s\n", e, r.TxHash.Hex())
			return nil
		},
	}
	settle.Flags().Int64Var(&epoch, "epoch", -1, "epoch to settle (default: the last one that ended)")
	settle.Flags().BoolVar(&current, "current", false, "settle the epoch in progress, waiting for it to end")
	cmd.AddCommand(fund, settle, newParamCmd(g))
	return cmd
}

// paramUsage lists the changes `admin param` knows.
const paramUsage = `  emission AMOUNT                    Rewards.setEmission: network tokens emitted per epoch
  min-settlement ETH TOKENS          DataAnchoringToken.setMinSettlement of the deployment's class
  grant-role CONTRACT ROLE ADDRESS   grantRole on dat, registry, rewards, oracle or timelock
                                     (e.g. MINTER_ROLE; PROPOSER_ROLE on the timelock for a multisig)
  revoke-role CONTRACT ROLE ADDRESS  revokeRole likewise
  suspend DEVICE | reinstate DEVICE  DeviceRegistry.setSuspended
  rules [HASH]                       QualityOracle.setRules: the scoring rules' content hash, in force
                                     from the round it is executed in (default: this build's)`

func newParamCmd(g *globals) *cobra.Command {
	var (
		execute bool
		delay   time.Duration
		salt    string
	)
	cmd := &cobra.Command{
		Use:   "param NAME ARGS...",
		Short: "Schedule, then execute after the delay, a parameter change or role grant through the timelock",
		Long: `Schedules a change on the deployment's timelock from --key (a proposer; the deployer is one).
The change is public (CallScheduled) for the timelock's delay; run the same command again with
--execute once it is ready. Changes:

` + paramUsage,
		Example: `  datpin admin param emission 5000 --rpc http://127.0.0.1:8545 --key admin.json --addresses addresses.json
  datpin admin param emission 5000 --execute --rpc http://127.0.0.1:8545 --key admin.json --addresses addresses.json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			chain, acct, s, err := attachRPC(g, ctx, "admin param")
			if err != nil {
				return err
			}
			defer chain.Close()
			op, err := paramOperation(s, args)
			if err != nil {
				return err
			}
			op.Salt = evm.SaltOf(strings.Join(append(args, salt), "\x00"))
			res, err := runParam(ctx, s, acct, op, execute, delay)
			if err != nil {
				return fmt.Errorf("%s %s: %w", map[bool]string{true: "execute", false: "schedule"}[execute], args[0], err)
			}
			res.Change = strings.Join(args, " ")
			if g.json {
				return printJSON(cmd.OutOrStdout(), res)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: operation %s %s (ready at %d) in %s\n", res.Change, res.Operation, res.State, res.ReadyAt, res.Tx)
			return nil
		},
	}
	cmd.Flags().BoolVar(&execute, "execute", false, "execute the change scheduled earlier with the same arguments (once its delay has passed)")
	cmd.Flags().DurationVar(&delay, "delay", 0, "delay to schedule with (0: the timelock's minimum)")
	cmd.Flags().StringVar(&salt, "salt", "", "tells apart repeated identical changes")
	return cmd
}

// paramResult is what `admin param` prints.
type paramResult struct {
	Change    string `json:"change"`
	Operation string `json:"operation"`
	Target    string `json:"target"`
	Data      string `json:"data"`
	State     string `json:"state"`
	ReadyAt   uint64 `json:"readyAt"`
	Tx        string `json:"tx"`
}

// runParam schedules op (or executes it) and reports its state afterwards.
func runParam(ctx context.Context, s *evm.Suite, acct *evm.Account, op evm.Operation, execute bool, delay time.Duration) (*paramResult, error) {
	var (
		r   *types.Receipt
		err error
	)
	if execute {
		r, err = s.Execute(ctx, acct, op)
	} else {
		if delay == 0 {
			if delay, err = s.MinDelay(ctx); err != nil {
				return nil, err
			}
		}
		r, err = s.Schedule(ctx, acct, op, delay)
	}
	if err != nil {
		return nil, err
	}
	id, err := s.OperationID(ctx, op)
	if err != nil {
		return nil, err
	}
	state, at, err := s.OperationStatus(ctx, op)
	if err != nil {
		return nil, err
	}
	return &paramResult{
		Operation: common.Hash(id).Hex(), Target: op.Target.Hex(), Data: "0x" + common.Bytes2Hex(op.Data),
		State: state.String(), ReadyAt: at, Tx: r.TxHash.Hex(),
	}, nil
}

// paramOperation builds the timelock operation of a change named in args.
func paramOperation(s *evm.Suite, args []string) (evm.Operation, error) {
	want := func(n int) error {
		if len(args) != n+1 {
			return datpin.Errorf(datpin.EINVALID, "%s takes %d argument(s), got %d; changes:\n%s", args[0], n, len(args)-1, paramUsage)
		}
		return nil
	}
	address := func(a string) (common.Address, error) {
		if !common.IsHexAddress(a) {
			return common.Address{}, datpin.Errorf(datpin.EINVALID, "%q is not an address", a)
		}
		return common.HexToAddress(a), nil
	}
	switch args[0] {
	case "emission":
		if err := want(1); err != nil {
			return evm.Operation{}, err
		}
		amount, err := parseAmount(args[1])
		if err != nil {
			return evm.Operation{}, err
		}
		return evm.Operation{Target: s.Rewards, Data: s.RewardsABI.PackSetEmission(amount)}, nil
	case "min-settlement":
		if err := want(2); err != nil {
			return evm.Operation{}, err
		}
		eth, err := parseAmount(args[1])
		if err != nil {
			return evm.Operation{}, err
		}
		tokens, err := parseAmount(args[2])
		if err != nil {
			return evm.Operation{}, err
		}
		return evm.Operation{Target: s.DAT, Data: s.DATABI.PackSetMinSettlement(new(big.Int).SetUint64(s.ClassID), eth, tokens)}, nil
	case "grant-role", "revoke-role":
		if err := want(3); err != nil {
			return evm.Operation{}, err
		}
		// The timelock administers its own roles: a network hands PROPOSER_ROLE to a multisig
		// (and revokes the deployer's) through a change like any other.
		targets := map[string]common.Address{"dat": s.DAT, "registry": s.Registry, "rewards": s.Rewards, "oracle": s.Oracle, "timelock": s.Timelock}
		target, ok := targets[strings.ToLower(args[1])]
		if !ok || target == (common.Address{}) {
			return evm.Operation{}, datpin.Errorf(datpin.EINVALID, "contract %q: want dat, registry, rewards, oracle or timelock", args[1])
		}
		if !regexp.MustCompile(`^[A-Z][A-Z0-9_]*_ROLE$`).MatchString(args[2]) {
			return evm.Operation{}, datpin.Errorf(datpin.EINVALID, "role %q: want a role name such as MINTER_ROLE", args[2])
		}
		who, err := address(args[3])
		if err != nil {
			return evm.Operation{}, err
		}
		role := [32]byte(crypto.Keccak256([]byte(args[2])))
		data := s.DATABI.PackGrantRole(role, who) // every suite contract shares AccessControl's ABI
		if args[0] == "revoke-role" {
			data = s.DATABI.PackRevokeRole(role, who)
		}
		return evm.Operation{Target: target, Data: data}, nil
	case "rules":
		h := quality.RulesHash()
		switch len(args) {
		case 1:
		case 2:
			b, err := hexutil.Decode(args[1])
			if err != nil || len(b) != 32 {
				return evm.Operation{}, datpin.Errorf(datpin.EINVALID, "rules hash %q: want 32 bytes in hex (0x...)", args[1])
			}
			h = [32]byte(b)
		default:
			return evm.Operation{}, datpin.Errorf(datpin.EINVALID, "rules takes at most one argument; changes:\n%s", paramUsage)
		}
		return s.SetRulesOperation(h), nil
	case "suspend", "reinstate":
		if err := want(1); err != nil {
			return evm.Operation{}, err
		}
		dev, err := address(args[1])
		if err != nil {
			return evm.Operation{}, err
		}
		return evm.Operation{Target: s.Registry, Data: s.RegistryABI.PackSetSuspended(dev, args[0] == "suspend")}, nil
	}
	return evm.Operation{}, datpin.Errorf(datpin.EINVALID, "unknown change %q; changes:\n%s", args[0], paramUsage)
}

// funded is one account `admin fund` funded.
type funded struct {
	Address string `json:"address"`
	Wei     string `json:"wei"`
	Tokens  string `json:"tokens"`
}

// printFunded prints what `admin fund` did.
func printFunded(g *globals, cmd *cobra.Command, res []funded, eth, tokens string) error {
	if g.json {
		return printJSON(cmd.OutOrStdout(), res)
	}
	for _, r := range res {
		fmt.Fprintf(cmd.OutOrStdout(), "funded %s: %s ETH, %s tokens\n", r.Address, eth, tokens)
	}
	return nil
}

// waitEpochEnd returns once the chain's clock has left epoch cur.
func waitEpochEnd(ctx context.Context, s *evm.Suite, cur uint64) error {
	for {
		now, err := s.EpochNow(ctx)
		if err != nil || now > cur {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(2 * time.Second):
		}
	}
}
