package main

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/freedata"
)

func init() { register(newPlanCmd) }

// PlanStatus is what `datpin plan status` reports.
type PlanStatus struct {
	Address        string  `json:"address"`
	Subscriber     string  `json:"subscriber"` // the id, hex
	Principal      string  `json:"principal"`  // token base units
	Value          string  `json:"value"`      // what the shares are worth now
	YieldPending   string  `json:"yieldPending"`
	CreditGB       float64 `json:"creditGB"`
	UsedGB         float64 `json:"usedGB"`
	Throttled      bool    `json:"throttled"`
	WithdrawableAt string  `json:"withdrawableAt"` // RFC 3339
}

// tokensFloat is base units of an 18-decimal token as a float of tokens.
func tokensFloat(v *big.Int) float64 {
	f, _ := new(big.Rat).SetFrac(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)).Float64()
	return f
}

// parseTokenAmount reads an amount of tokens ("12.5") into base units.
func parseTokenAmount(s string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() <= 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "%q is not a positive amount of tokens", s)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)))
	if !r.IsInt() {
		return nil, datpin.Errorf(datpin.EINVALID, "%q has more than 18 decimals", s)
	}
	return r.Num(), nil
}

func newPlanCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "plan",
		Short: "The FreeData plan: deposit once, the deposit's yield pays the data plan",
		Long: `A subscriber deposits the network token in the FreeData plan; the yield of its vault shares,
never the principal, becomes data credit at the plan's price per GB, and the network's billing
debits what it uses (docs/FREEDATA.md).

  quote     what a deposit pays a month, or what a usage needs, at the vault's current yield
  bind      bind a subscriber id to its owner's address (the network's billing)
  deposit   deposit under the subscriber id the billing bound to the key's address
  status    a subscriber's deposit, credit, usage and when it can withdraw
  withdraw  the whole deposit, after the plan's minimum term
  simulate  many subscribers over years, with market fees and a halving emission (offline)

All but simulate need --rpc and --addresses; deposit and withdraw need --key.`,
	}
	connectPlan := func(ctx context.Context, withKey bool) (*evm.Suite, *evm.Account, func(), error) {
		if g.rpc == "" || g.addrFile == "" || (withKey && g.keyFile == "") {
			need := "--rpc and --addresses"
			if withKey {
				need = "--rpc, --addresses and --key"
			}
			return nil, nil, nil, datpin.Errorf(datpin.EINVALID, "plan needs %s", need)
		}
		var chain *evm.Chain
		var acct *evm.Account
		var err error
		if withKey {
			chain, acct, err = connect(g, ctx)
		} else {
			chain, err = evm.Dial(ctx, g.rpc)
		}
		if err != nil {
			return nil, nil, nil, err
		}
		s, err := attachSuite(g, ctx, chain)
		if err == nil && (s.Plan == (common.Address{}) || s.Vault == (common.Address{})) {
			err = datpin.Errorf(datpin.EINVALID, "the addresses file names no FreeData plan (deployed before it existed)")
		}
		if err != nil {
			chain.Close()
			return nil, nil, nil, err
		}
		return s, acct, func() { chain.Close() }, nil
	}

	var gb float64
	var deposit string
	quote := &cobra.Command{
		Use:   "quote",
		Short: "What --deposit TOKENS pays a month, or what --gb-per-month N needs, at the current yield",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if (gb > 0) == (deposit != "") {
				return datpin.Errorf(datpin.EINVALID, "give one of --gb-per-month and --deposit")
			}
			s, _, done, err := connectPlan(cmd.Context(), false)
			if err != nil {
				return err
			}
			defer done()
			v, err := s.VaultState(cmd.Context())
			if err != nil {
				return err
			}
			price, _, err := s.PlanPrice(cmd.Context())
			if err != nil {
				return err
			}
			now, err := s.Chain.Now(cmd.Context())
			if err != nil {
				return err
			}
			left := 0.0
			if end := time.Unix(int64(v.VestingEnd), 0); end.After(now) {
				left = end.Sub(now).Seconds()
			}
			apr := freedata.APR(tokensFloat(v.TotalAssets), tokensFloat(v.EmissionRate), tokensFloat(v.VestingAmount), left)
			var q freedata.Quote
			if deposit != "" {
				d, err := parseTokenAmount(deposit)
				if err != nil {
					return err
				}
				q = freedata.QuoteDeposit(tokensFloat(d), apr, tokensFloat(price))
			} else {
				q = freedata.QuoteUsage(gb, apr, tokensFloat(price))
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), q)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "yield %.2f %% a year, price %.4f DPIN per GB: a deposit of %.2f DPIN pays %.2f GB a month\n",
				100*q.APR, q.PricePerGB, q.Deposit, q.GBPerMonth)
			return nil
		},
	}
	quote.Flags().Float64Var(&gb, "gb-per-month", 0, "usage to pay for, GB a month")
	quote.Flags().StringVar(&deposit, "deposit", "", "deposit, in tokens")

	var subscriber, amount string
	depositCmd := &cobra.Command{
		Use:   "deposit",
		Short: "Deposit network tokens in the plan for a subscriber id",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if subscriber == "" || len(subscriber) > 32 {
				return datpin.Errorf(datpin.EINVALID, "--subscriber is the billing's id of the subscriber, 1 to 32 bytes")
			}
			a, err := parseTokenAmount(amount)
			if err != nil {
				return err
			}
			s, acct, done, err := connectPlan(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer done()
			var id [32]byte
			copy(id[:], subscriber)
			if _, err := s.PlanDeposit(cmd.Context(), acct, id, a); err != nil {
				return err
			}
			return printPlan(g, cmd, s, acct.Address)
		},
	}
	depositCmd.Flags().StringVar(&subscriber, "subscriber", "", "the subscriber's id at the network's billing (no personal data)")
	depositCmd.Flags().StringVar(&amount, "amount", "", "tokens to deposit")

	var bindAddr string
	bind := &cobra.Command{
		Use:   "bind",
		Short: "Bind a subscriber id to its owner's address (the network's billing, METER_ROLE)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if subscriber == "" || len(subscriber) > 32 {
				return datpin.Errorf(datpin.EINVALID, "--subscriber is the billing's id of the subscriber, 1 to 32 bytes")
			}
			if !common.IsHexAddress(bindAddr) {
				return datpin.Errorf(datpin.EINVALID, "--address %q is not an address", bindAddr)
			}
			s, acct, done, err := connectPlan(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer done()
			var id [32]byte
			copy(id[:], subscriber)
			if _, err := s.PlanBind(cmd.Context(), acct, id, common.HexToAddress(bindAddr)); err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), map[string]string{"subscriber": common.Hash(id).Hex(), "address": common.HexToAddress(bindAddr).Hex()})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "subscriber %q bound to %s\n", subscriber, common.HexToAddress(bindAddr).Hex())
			return nil
		},
	}
	bind.Flags().StringVar(&subscriber, "subscriber", "", "the subscriber's id at the network's billing")
	bind.Flags().StringVar(&bindAddr, "address", "", "the subscriber's address")

	var meterAddr string
	var meterMB uint64
	meter := &cobra.Command{
		Use:   "meter",
		Short: "Debit a subscriber's data use from its credit (the network's billing, METER_ROLE)",
		Long: `Debits --mb megabytes of data used by the subscriber at --address from its plan's credit. When the
credit runs out the plan is throttled (the billing reads it from 'datpin plan status'); the
deposit is never touched.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !common.IsHexAddress(meterAddr) {
				return datpin.Errorf(datpin.EINVALID, "--address %q is not an address", meterAddr)
			}
			if meterMB == 0 || meterMB > 1<<40 {
				return datpin.Errorf(datpin.EINVALID, "--mb must be 1 .. 2^40")
			}
			s, acct, done, err := connectPlan(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer done()
			owner := common.HexToAddress(meterAddr)
			if _, err := s.PlanMeter(cmd.Context(), acct, owner, meterMB*1000); err != nil {
				return err
			}
			p, err := s.PlanOf(cmd.Context(), owner)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), map[string]any{"address": owner.Hex(), "meteredMB": meterMB, "throttled": p.Throttled})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d MB metered for %s (throttled: %v)\n", meterMB, owner.Hex(), p.Throttled)
			return nil
		},
	}
	meter.Flags().StringVar(&meterAddr, "address", "", "the subscriber's address")
	meter.Flags().Uint64Var(&meterMB, "mb", 0, "megabytes of data used")

	var who string
	status := &cobra.Command{
		Use:   "status",
		Short: "A subscriber's deposit, credit and usage (default: the key's address)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			withKey := who == ""
			s, acct, done, err := connectPlan(cmd.Context(), withKey)
			if err != nil {
				return err
			}
			defer done()
			addr := common.Address{}
			if withKey {
				addr = acct.Address
			} else if common.IsHexAddress(who) {
				addr = common.HexToAddress(who)
			} else {
				return datpin.Errorf(datpin.EINVALID, "--address %q is not an address", who)
			}
			return printPlan(g, cmd, s, addr)
		},
	}
	status.Flags().StringVar(&who, "address", "", "subscriber address (default the key's)")

	var to string
	withdraw := &cobra.Command{
		Use:   "withdraw",
		Short: "Withdraw the whole deposit after the plan's minimum term",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, acct, done, err := connectPlan(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer done()
			dst := acct.Address
			if to != "" {
				if !common.IsHexAddress(to) {
					return datpin.Errorf(datpin.EINVALID, "--to %q is not an address", to)
				}
				dst = common.HexToAddress(to)
			}
			before, err := s.TokenBalance(cmd.Context(), dst)
			if err != nil {
				return err
			}
			if _, err := s.PlanWithdraw(cmd.Context(), acct, dst); err != nil {
				return err
			}
			after, err := s.TokenBalance(cmd.Context(), dst)
			if err != nil {
				return err
			}
			got := new(big.Int).Sub(after, before)
			if g.json {
				return printJSON(cmd.OutOrStdout(), map[string]string{"to": dst.Hex(), "withdrawn": got.String()})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "withdrew %s to %s\n", tokens(got.String()), dst.Hex())
			return nil
		},
	}
	withdraw.Flags().StringVar(&to, "to", "", "pay to this address (default the key's)")

	cfg := freedata.DefaultSim()
	simulate := &cobra.Command{
		Use:   "simulate",
		Short: "Coverage of many subscribers over years, with market fees and a halving emission",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			res, err := freedata.Simulate(cfg)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), res)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%d subscribers, %.0f DPIN deposited, %d years (seed %d)\n", cfg.Subscribers, res.Deposits, cfg.Years, cfg.Seed)
			fmt.Fprintln(w, "year  yield/yr (DPIN)  APR     covered (min..max)  deposit for the median usage")
			for y := range cfg.Years {
				ms := res.Months[y*12 : (y+1)*12]
				lo, hi, yield := 1.0, 0.0, 0.0
				for _, m := range ms {
					lo, hi, yield = min(lo, m.Covered), max(hi, m.Covered), yield+m.Yield
				}
				fmt.Fprintf(w, "%4d  %15.0f  %5.2f%%  %5.1f%%..%5.1f%%      %.0f DPIN\n", y+1, yield, 100*ms[0].APR, 100*lo, 100*hi, ms[11].DepositFor)
			}
			fmt.Fprintf(w, "worst month: %.1f %% covered; a subscriber of median usage needs %.0f DPIN to stay covered\n", 100*res.MinCovered, res.DepositForMedian)
			return nil
		},
	}
	sf := simulate.Flags()
	sf.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "seed of the subscribers' spread")
	sf.IntVar(&cfg.Subscribers, "subscribers", cfg.Subscribers, "subscribers")
	sf.IntVar(&cfg.Years, "years", cfg.Years, "years simulated")
	sf.Float64Var(&cfg.DepositMedian, "deposit-median", cfg.DepositMedian, "median deposit, tokens (log-normal)")
	sf.Float64Var(&cfg.UsageMedianGB, "usage-median", cfg.UsageMedianGB, "median usage, GB a month (log-normal)")
	sf.Float64Var(&cfg.PricePerGB, "price", cfg.PricePerGB, "price per GB, tokens")
	sf.Float64Var(&cfg.MarketFeesFirstYear, "market-fees", cfg.MarketFeesFirstYear, "the market's protocol fee in the first year, tokens")
	sf.Float64Var(&cfg.MarketGrowth, "market-growth", cfg.MarketGrowth, "yearly growth of the market's fees (0.5: +50 %)")
	sf.Float64Var(&cfg.EmissionFirstYear, "emission", cfg.EmissionFirstYear, "emission in the first year, tokens (halving every year)")

	cmd.AddCommand(quote, bind, depositCmd, meter, status, withdraw, simulate)
	return cmd
}

// printPlan prints a subscriber's plan.
func printPlan(g *globals, cmd *cobra.Command, s *evm.Suite, addr common.Address) error {
	ctx := cmd.Context()
	p, err := s.PlanOf(ctx, addr)
	if err != nil {
		return err
	}
	if p.SubscriberId == ([32]byte{}) {
		return datpin.Errorf(datpin.ENOTFOUND, "%s has no FreeData plan", addr.Hex())
	}
	value, yield, err := s.PlanValue(ctx, addr)
	if err != nil {
		return err
	}
	_, term, err := s.PlanPrice(ctx)
	if err != nil {
		return err
	}
	st := PlanStatus{Address: addr.Hex(), Subscriber: common.Hash(p.SubscriberId).Hex(), Principal: p.Principal.String(),
		Value: value.String(), YieldPending: yield.String(), CreditGB: float64(p.CreditKB.Uint64()) / (1 << 20),
		UsedGB: float64(p.UsedKB.Uint64()) / (1 << 20), Throttled: p.Throttled,
		WithdrawableAt: time.Unix(int64(p.Since+term), 0).UTC().Format(time.RFC3339)}
	if g.json {
		return printJSON(cmd.OutOrStdout(), st)
	}
	state := "active"
	if st.Throttled {
		state = "throttled (credit used up)"
	}
	fmt.Fprintf(cmd.OutOrStdout(), "%s: deposit %s (worth %s), credit %.3f GB, used %.3f GB, %s; withdrawable from %s\n",
		addr.Hex(), tokens(st.Principal), tokens(st.Value), st.CreditGB, st.UsedGB, state, st.WithdrawableAt)
	return nil
}
