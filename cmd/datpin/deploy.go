package main

import (
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/zk"
)

func newDeployCmd(g *globals) *cobra.Command {
	var (
		out               string
		zkKeysDir         string
		zkInsecureDevKeys bool
		cfg               = evm.DefaultConfig()
	)
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the datpin contracts (token, registry, DAT, oracle, rewards)",
		Long: `Deploys the whole suite from the --key account and prints the addresses.

With --rpc it deploys to any EVM chain; without it, to a fresh embedded chain that lives only as
long as this process (useful to check the contracts deploy; use 'datpin demo' for a full run).
--out writes the addresses as JSON for the other commands (--addresses).

Zero-knowledge verifiers: --zk-keys DIR deploys verifiers for the keys of a finalized ceremony
('datpin zk ceremony', docs/ZK.md), labelled on chain with its transcript's CID. Without it the
public development keys are deployed, with which anyone can forge proofs: deploy refuses them on
any chain but the local development chains (1337, 31337) unless --zk-insecure-dev-keys is given.`,
		Example: `  datpin deploy --rpc http://127.0.0.1:8545 --key operator.json --out addresses.json
  datpin deploy --rpc $RPC --key operator.json --zk-keys ceremony/ --out addresses.json
  datpin deploy --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			chain, admin, err := connect(g, ctx)
			if err != nil {
				return err
			}
			defer chain.Close()
			keys, err := deployZKKeys(chain.ChainID.Uint64(), zkKeysDir, zkInsecureDevKeys, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			start := time.Now()
			s, err := evm.DeployWithZKKeys(ctx, chain, admin, cfg, keys)
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
			fmt.Fprintf(w, "  zk        %s (keys: %s)\n", s.ZKVerifier, keys.Set)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "", "write the addresses to this JSON file")
	f.DurationVar(&cfg.RoundLength, "round", cfg.RoundLength, "evaluation round length")
	f.DurationVar(&cfg.CommitWindow, "commit-window", cfg.CommitWindow, "commit window after each round")
	f.DurationVar(&cfg.RevealWindow, "reveal-window", cfg.RevealWindow, "reveal window after the commit window")
	f.DurationVar(&cfg.EpochLength, "epoch", cfg.EpochLength, "reward epoch length")
	f.DurationVar(&cfg.ClassTTL, "reward-window", cfg.ClassTTL, "how long a contribution earns rewards after anchoring (its window ends on the next hour boundary)")
	f.Uint8Var(&cfg.Quorum, "quorum", cfg.Quorum, "validator reveals needed to finalize")
	f.Uint16Var(&cfg.Threshold, "threshold", cfg.Threshold, "agreed score below which a contribution is rejected (basis points)")
	f.Uint16Var(&cfg.Tolerance, "tolerance", cfg.Tolerance, "distance from the median that counts as a validator fault (basis points)")
	f.StringVar(&zkKeysDir, "zk-keys", "", "deploy the ZK verifiers for the keys of this finalized ceremony directory (docs/ZK.md)")
	f.BoolVar(&zkInsecureDevKeys, "zk-insecure-dev-keys", false, "INSECURE: deploy the public development ZK keys on a chain that is not a local development chain (anyone can forge proofs)")
	return cmd
}

// deployZKKeys picks the verifying keys a deployment registers: a ceremony's (dir), else the
// public development keys, which it refuses on a chain that is not a local development chain
// unless insecure is set, and then warns on w.
func deployZKKeys(chainID uint64, dir string, insecure bool, w io.Writer) (evm.ZKKeys, error) {
	if dir != "" {
		if insecure {
			return evm.ZKKeys{}, datpin.Errorf(datpin.EINVALID, "--zk-keys and --zk-insecure-dev-keys exclude each other")
		}
		c, err := zk.OpenCeremony(dir, nil)
		if err != nil {
			return evm.ZKKeys{}, err
		}
		if c.T.Phase != zk.PhaseSealed {
			return evm.ZKKeys{}, datpin.Errorf(datpin.EINVALID, "the ceremony in %s is not finalized", dir)
		}
		vks, err := c.VerifierKeys()
		if err != nil {
			return evm.ZKKeys{}, err
		}
		keys := evm.ZKKeys{Set: c.CID(), Keys: vks}
		return keys, evm.CheckZKKeys(chainID, keys)
	}
	keys := evm.DevZKKeys()
	if evm.IsDevChain(chainID) {
		return keys, nil
	}
	if !insecure {
		return evm.ZKKeys{}, evm.CheckZKKeys(chainID, keys)
	}
	keys.InsecureAnyChain = true
	slog.Warn("deploying the PUBLIC DEVELOPMENT ZK keys: anyone can forge zero-knowledge proofs on this deployment", "chain", chainID)
	fmt.Fprintf(w, "WARNING: --zk-insecure-dev-keys: chain %d gets the public development ZK keys; anyone can forge "+
		"zero-knowledge proofs for it. Use --zk-keys with a ceremony's keys (docs/ZK.md).\n", chainID)
	return keys, nil
}
