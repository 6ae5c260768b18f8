package main

import (
	"os"
	"path/filepath"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/explain"
)

func init() {
	register(newExplainCmd)
	register(newCriteriaCmd)
}

func newExplainCmd(g *globals) *cobra.Command {
	var storeArg, identity, agentDir, deviceKeys, devicePassword string
	var devKeys, noReplay bool
	cmd := &cobra.Command{
		Use:   "explain TOKEN",
		Short: "Why a contribution scored and earned what it did: a receipt recomputed from the chain and its package",
		Long: `Prints a contribution's receipt: the contribution as anchored, the edge's tentative score, each
validator of its round with its weight and revealed score, the stake-weighted median computed again
step by step, the oracle's decision with its threshold and the reason codes of a rejection, the
validators' faults, the rewards and data-sale proceeds the token received, and the scoring rules'
version registered on chain for its round against this build's (docs/CRITERIA.md lists every rule
and reason code).

With --store and --identity (an age identity that opens the package: a validator's, or the
station operator's for its own packages) it fetches the package by its CID and recomputes the
score with the code validators run: the quality score rule by rule, and an honest validator's
evaluation, replaying every round from the first in order so that the cross-checks see the same
history; then it says whether the result matches the chain. With --agent-dir (the agent's state
directory: its outbox keeps the plaintext records) and the station keys, it also recomputes the
edge's score from the plaintext; --agent-dir alone supplies the store (blocks/) and the identity
(operator.agekey) when they are not given. Needs --rpc and --addresses; sends no transaction.`,
		Example: `  datpin explain 42 --rpc http://127.0.0.1:8545 --addresses addresses.json --store http://127.0.0.1:5001 --identity validator.agekey
  datpin explain 42 --json --rpc http://127.0.0.1:8545 --addresses addresses.json --agent-dir /var/lib/datpin --device-keys keys/`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil || id == 0 {
				return datpin.Errorf(datpin.EINVALID, "token %q: want a token id", args[0])
			}
			if g.rpc == "" || g.addrFile == "" {
				return datpin.Errorf(datpin.EINVALID, "explain needs --rpc and --addresses (the embedded chain lives only inside one process)")
			}
			var o explain.Options
			if agentDir != "" {
				if storeArg == "" {
					storeArg = filepath.Join(agentDir, "blocks")
				}
				if identity == "" {
					if _, err := os.Stat(filepath.Join(agentDir, "operator.agekey")); err == nil {
						identity = filepath.Join(agentDir, "operator.agekey")
					}
				}
				var keys agent.Keys
				switch {
				case deviceKeys != "":
					pw := devicePassword
					if pw == "" {
						pw = os.Getenv("DATPIN_DEVICE_PASSWORD")
					}
					keys = &agent.KeystoreDir{Dir: deviceKeys, Password: pw}
				case devKeys:
					keys = agent.DevKeys{}
				default:
					return datpin.Errorf(datpin.EINVALID, "--agent-dir needs the station keys: --device-keys DIR, or --dev-keys on a development chain")
				}
				ob, err := agent.OpenOutbox(filepath.Join(agentDir, "outbox.db"))
				if err != nil {
					return err
				}
				defer ob.Close()
				o.Agent = &explain.AgentState{Outbox: ob, Keys: keys}
			}
			ro, err := recomputeOptions(storeArg, identity)
			if err != nil {
				return err
			}
			o.Store, o.Identity = ro.Store, ro.Identity
			o.NoReplay = noReplay
			ctx := cmd.Context()
			chain, err := evm.Dial(ctx, g.rpc)
			if err != nil {
				return err
			}
			defer chain.Close()
			s, err := attachSuite(g, ctx, chain)
			if err != nil {
				return err
			}
			r, err := explain.New(s, o).Receipt(ctx, id)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), r)
			}
			return r.WriteText(cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&storeArg, "store", "", "content store of the packages: a directory, or a Kubo RPC URL (http://...)")
	f.StringVar(&identity, "identity", "", "age identity file that opens the package (a validator's, or the operator's)")
	f.StringVar(&agentDir, "agent-dir", "", "the station agent's state directory, to recompute the edge score from its plaintext")
	f.StringVar(&deviceKeys, "device-keys", "", "with --agent-dir: directory of station keys (STATION.json keystore files)")
	f.StringVar(&devicePassword, "device-password", "", "password of the station keystores (prefer DATPIN_DEVICE_PASSWORD)")
	f.BoolVar(&devKeys, "dev-keys", false, "with --agent-dir: station keys derived from their ids (development chains only)")
	f.BoolVar(&noReplay, "no-replay", false, "recompute the token's own checks and score only, not the cross-checks (no replay of the rounds before)")
	return cmd
}

func newCriteriaCmd(g *globals) *cobra.Command {
	var markdown bool
	cmd := &cobra.Command{
		Use:   "criteria",
		Short: "List every scoring rule, threshold and reason code a contribution can meet, with an example each",
		Long: `Prints the criteria of this build: the quality rules with their parameters (the rule set whose
content hash validators register on chain), the reasons a quality score is 0, the validators'
integrity checks and cross-checks with their thresholds, and the oracle's decisions and penalties.
--markdown writes docs/CRITERIA.md as committed; --json the same as a list.`,
		Example: "  datpin criteria --markdown > docs/CRITERIA.md",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if g.json {
				return printJSON(cmd.OutOrStdout(), explain.Criteria())
			}
			if markdown {
				_, err := cmd.OutOrStdout().Write([]byte(explain.CriteriaMarkdown()))
				return err
			}
			w := cmd.OutOrStdout()
			for _, c := range explain.Criteria() {
				if _, err := w.Write([]byte(c.Stage + "\t" + c.Code + "\t" + c.Effect + "\n\t" + c.Example + "\n")); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&markdown, "markdown", false, "print docs/CRITERIA.md")
	return cmd
}
