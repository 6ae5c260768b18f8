package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin/evm"
)

func newDeployCmd() *cobra.Command {
	var (
		out string
		cfg = evm.DefaultConfig()
	)
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the datpin contracts (token, registry, DAT, oracle, rewards)",
		Long: `Deploys the whole suite from the --key account and prints the addresses.

With --rpc it deploys to any EVM chain; without it, to a fresh embedded chain that lives only as
long as this process (useful to check the contracts deploy; use 'datpin demo' for a full run).
--out writes the addresses as JSON for the other commands (--addresses).`,
		Example: `  datpin deploy --rpc http://127.0.0.1:8545 --key operator.json --out addresses.json
  datpin deploy --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			chain, admin, err := connect(ctx)
			if err != nil {
				return err
			}
			defer chain.Close()
			start := time.Now()
			s, err := evm.Deploy(ctx, chain, admin, cfg)
			if err != nil {
				return err
			}
			if out != "" {
				if err := evm.WriteAddresses(out, s.Addresses); err != nil {
					return err
				}
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), s.Addresses)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "deployed on chain %d in %s (gas %d)\n", s.ChainID, time.Since(start).Round(time.Millisecond), chain.GasUsed())
			fmt.Fprintf(w, "  token     %s\n  registry  %s\n  dat       %s\n  oracle    %s\n  rewards   %s\n  class     %d\n",
				s.Token, s.Registry, s.DAT, s.Oracle, s.Rewards, s.ClassID)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "", "write the addresses to this JSON file")
	f.DurationVar(&cfg.RoundLength, "round", cfg.RoundLength, "evaluation round length")
	f.DurationVar(&cfg.CommitWindow, "commit-window", cfg.CommitWindow, "commit window after each round")
	f.DurationVar(&cfg.RevealWindow, "reveal-window", cfg.RevealWindow, "reveal window after the commit window")
	f.DurationVar(&cfg.EpochLength, "epoch", cfg.EpochLength, "reward epoch length")
	f.DurationVar(&cfg.ClassTTL, "reward-window", cfg.ClassTTL, "how long a contribution earns rewards after anchoring")
	f.Uint8Var(&cfg.Quorum, "quorum", cfg.Quorum, "validator reveals needed to finalize")
	f.Uint16Var(&cfg.Threshold, "threshold", cfg.Threshold, "agreed score below which a contribution is rejected (basis points)")
	f.Uint16Var(&cfg.Tolerance, "tolerance", cfg.Tolerance, "distance from the median that counts as a validator fault (basis points)")
	return cmd
}
