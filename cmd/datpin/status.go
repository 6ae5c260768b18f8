package main

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
)

// Status is what `datpin status` reports about a deployment.
type Status struct {
	ChainID      uint64   `json:"chainId"`
	Block        uint64   `json:"block"`
	Time         int64    `json:"time"`
	Round        uint64   `json:"round"`
	Tokens       uint64   `json:"tokens"`
	TotalShare   string   `json:"totalShare"`
	AccETH       string   `json:"accRevenuePerShareEth"`
	AccToken     string   `json:"accRevenuePerShareToken"`
	Settlements  uint64   `json:"settlements"`
	Validators   []string `json:"validators"`
	RewardsFunds string   `json:"rewardsFunds"`
	// ZKKeys is which keys the ZK verifiers use: "dev" (the public development keys: anyone can
	// forge proofs), "ceremony" or "none"; ZKKeySet is the on-chain label, "dev" or the ceremony
	// transcript's CID; ZKSizes the key hash (vkHash) of each batch size's verifier.
	ZKKeys   string         `json:"zkKeys"`
	ZKKeySet string         `json:"zkKeySet,omitempty"`
	ZKSizes  map[int]string `json:"zkSizes,omitempty"`
}

func newStatusCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Show a deployment's state: tokens, class revenue, validators, current round",
		Long: `Reads a deployment (--rpc and --addresses, as written by 'datpin deploy --out') and prints its
chain, the number of tokens, the class's totalShare and revenue accumulators, the validators and
the current evaluation round, and which keys its zero-knowledge verifiers use: "dev" (the public
development keys, with which anyone can forge proofs) or the CID of the ceremony transcript that
made them ('datpin zk ceremony verify' prints it). It sends no transaction and needs no key.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if g.rpc == "" || g.addrFile == "" {
				return datpin.Errorf(datpin.EINVALID, "status needs --rpc and --addresses (the embedded chain lives only inside one process)")
			}
			chain, err := evm.Dial(ctx, g.rpc)
			if err != nil {
				return err
			}
			defer chain.Close()
			s, err := attachSuite(g, ctx, chain)
			if err != nil {
				return err
			}
			st := Status{ChainID: s.ChainID}
			if st.Block, err = chain.Client.BlockNumber(ctx); err != nil {
				return datpin.Wrap(datpin.EUNAVAILABLE, err, "block number")
			}
			now, err := chain.Now(ctx)
			if err != nil {
				return err
			}
			st.Time = now.Unix()
			if st.Round, err = s.RoundAt(ctx, uint64(st.Time)); err != nil {
				return err
			}
			if st.Tokens, err = s.TokenCount(ctx); err != nil {
				return err
			}
			out, err := chain.Call(ctx, common.Address{}, s.DAT, s.DATABI.PackClassState(new(big.Int).SetUint64(s.ClassID)))
			if err != nil {
				return err
			}
			cs, err := s.DATABI.UnpackClassState(out)
			if err != nil {
				return datpin.Wrap(datpin.EINTERNAL, err, "decode classState")
			}
			st.TotalShare, st.AccETH, st.AccToken, st.Settlements = cs.TotalShare.String(), cs.AccEth.String(), cs.AccErc20.String(), cs.Snapshots.Uint64()
			if out, err = chain.Call(ctx, common.Address{}, s.Oracle, s.OracleABI.PackValidators()); err != nil {
				return err
			}
			vs, err := s.OracleABI.UnpackValidators(out)
			if err != nil {
				return datpin.Wrap(datpin.EINTERNAL, err, "decode validators")
			}
			for _, v := range vs {
				st.Validators = append(st.Validators, v.Hex())
			}
			funds, err := s.TokenBalance(ctx, s.Rewards)
			if err != nil {
				return err
			}
			st.RewardsFunds = funds.String()
			zkd, err := s.ZKKeysInUse(ctx)
			if err != nil {
				return err
			}
			st.ZKKeys, st.ZKKeySet = zkd.Keys, zkd.KeySet
			for n, h := range zkd.Sizes {
				if st.ZKSizes == nil {
					st.ZKSizes = map[int]string{}
				}
				st.ZKSizes[n] = h.Hex()
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), st)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "chain %d, block %d, round %d\n", st.ChainID, st.Block, st.Round)
			fmt.Fprintf(w, "tokens %d, totalShare %s, settlements %d\n", st.Tokens, st.TotalShare, st.Settlements)
			fmt.Fprintf(w, "rewards pool %s, validators %d\n", tokens(st.RewardsFunds), len(st.Validators))
			fmt.Fprintf(w, "zk keys %s\n", zkKeysLine(st))
			return nil
		},
	}
}

// zkKeysLine describes the deployment's ZK keys for people.
func zkKeysLine(st Status) string {
	switch st.ZKKeys {
	case "dev":
		return "dev: the PUBLIC development keys, anyone can forge proofs (label " + st.ZKKeySet + ")"
	case "ceremony":
		return fmt.Sprintf("ceremony %s (%d batch sizes)", st.ZKKeySet, len(st.ZKSizes))
	}
	return st.ZKKeys
}
