package main

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
)

func init() { register(newClaimCmd) }

// ClaimResult is what `datpin claim` reports.
type ClaimResult struct {
	Holder       string   `json:"holder"`
	To           string   `json:"to"`
	Asset        string   `json:"asset"` // the zero address for ETH
	Tokens       []uint64 `json:"tokens"`
	Claimed      string   `json:"claimed"` // base units
	Transactions []string `json:"transactions"`
}

// claimBatch is how many tokens one claimMany transaction carries.
const claimBatch = 100

func newClaimCmd(g *globals) *cobra.Command {
	var assetFlag, toFlag string
	cmd := &cobra.Command{
		Use:   "claim [TOKEN_ID...]",
		Short: "Claim the pending revenue of a holder's DATs",
		Long: `Claims the pending revenue of the given token ids, or of every token the key's address holds,
in one asset: the network token (default), eth, or an ERC-20 address. Tokens with nothing pending
are skipped; the rest are claimed in claimMany transactions of up to 100 tokens, paid to --to (by
default the holder). Needs --rpc, --addresses and --key.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if g.rpc == "" || g.addrFile == "" || g.keyFile == "" {
				return datpin.Errorf(datpin.EINVALID, "claim needs --rpc, --addresses and --key (the embedded chain lives only inside one process)")
			}
			var ids []uint64
			for _, a := range args {
				id, err := strconv.ParseUint(a, 10, 64)
				if err != nil || id == 0 {
					return datpin.Errorf(datpin.EINVALID, "token id %q is not a positive integer", a)
				}
				ids = append(ids, id)
			}
			chain, holder, err := connect(g, ctx)
			if err != nil {
				return err
			}
			defer chain.Close()
			s, err := attachSuite(g, ctx, chain)
			if err != nil {
				return err
			}
			asset, err := parseAsset(assetFlag, s)
			if err != nil {
				return err
			}
			to := holder.Address
			if toFlag != "" {
				if !common.IsHexAddress(toFlag) {
					return datpin.Errorf(datpin.EINVALID, "--to %q is not an address", toFlag)
				}
				to = common.HexToAddress(toFlag)
			}
			res, err := claim(ctx, s, holder, ids, asset, to)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), res)
			}
			name := "DPIN"
			if asset == (common.Address{}) {
				name = "ETH"
			} else if asset != s.Token {
				name = "of " + asset.Hex()
			}
			fmt.Fprintf(cmd.OutOrStdout(), "claimed %s %s for %d tokens in %d transactions, paid to %s\n",
				strings.TrimSuffix(tokens(res.Claimed), " DPIN"), name, len(res.Tokens), len(res.Transactions), res.To)
			return nil
		},
	}
	cmd.Flags().StringVar(&assetFlag, "asset", "token", "revenue asset: token (the network token), eth, or an ERC-20 address")
	cmd.Flags().StringVar(&toFlag, "to", "", "pay to this address (default the holder)")
	return cmd
}

func parseAsset(v string, s *evm.Suite) (common.Address, error) {
	switch strings.ToLower(v) {
	case "", "token":
		return s.Token, nil
	case "eth":
		return common.Address{}, nil
	}
	if !common.IsHexAddress(v) {
		return common.Address{}, datpin.Errorf(datpin.EINVALID, "--asset %q is not token, eth or an address", v)
	}
	return common.HexToAddress(v), nil
}

// claim claims asset for the holder's tokens ids (all tokens the holder owns when ids is empty)
// that have something pending.
func claim(ctx context.Context, s *evm.Suite, holder *evm.Account, ids []uint64, asset, to common.Address) (*ClaimResult, error) {
	res := &ClaimResult{Holder: holder.Address.Hex(), To: to.Hex(), Asset: asset.Hex(), Tokens: []uint64{}, Claimed: "0", Transactions: []string{}}
	if len(ids) == 0 {
		var err error
		if ids, err = tokensOf(ctx, s, holder.Address); err != nil {
			return nil, err
		}
	}
	for _, id := range ids {
		out, err := s.Chain.Call(ctx, common.Address{}, s.DAT, s.DATABI.PackOwnerOf(new(big.Int).SetUint64(id)))
		if err != nil {
			return nil, err
		}
		owner, err := s.DATABI.UnpackOwnerOf(out)
		if err != nil {
			return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode ownerOf")
		}
		if owner != holder.Address {
			return nil, datpin.Errorf(datpin.EUNAUTHORIZED, "token %d belongs to %s, not to the key's %s", id, owner.Hex(), holder.Address.Hex())
		}
		p, err := s.PendingRevenue(ctx, id, asset)
		if err != nil {
			return nil, err
		}
		if p.Sign() > 0 {
			res.Tokens = append(res.Tokens, id)
		}
	}
	total := new(big.Int)
	for i := 0; i < len(res.Tokens); i += claimBatch {
		r, err := s.ClaimMany(ctx, holder, res.Tokens[i:min(i+claimBatch, len(res.Tokens))], asset, to)
		if err != nil {
			return nil, err
		}
		res.Transactions = append(res.Transactions, r.TxHash.Hex())
		for _, l := range r.Logs {
			if ev, err := s.DATABI.UnpackClaimedEvent(l); err == nil {
				total.Add(total, ev.Amount)
			}
		}
	}
	res.Claimed = total.String()
	return res, nil
}

// logRange is the most blocks one log query asks for: public nodes cap ranges.
const logRange = 10_000

// tokensOf returns the DATs a holds now: every token transferred (or minted) to a since the
// deployment, still owned by a.
func tokensOf(ctx context.Context, s *evm.Suite, a common.Address) ([]uint64, error) {
	head, err := s.Chain.Client.BlockNumber(ctx)
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "block number")
	}
	sig := s.DATABI.GetABI().Events["Transfer"].ID
	seen := map[uint64]bool{}
	for from := s.Block - min(s.Block, 64); from <= head; from += logRange {
		logs, err := s.Chain.Client.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(min(from+logRange-1, head)),
			Addresses: []common.Address{s.DAT},
			Topics:    [][]common.Hash{{sig}, nil, {common.BytesToHash(a.Bytes())}},
		})
		if err != nil {
			return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "transfers to %s", a.Hex())
		}
		for i := range logs {
			if ev, err := s.DATABI.UnpackTransferEvent(&logs[i]); err == nil {
				seen[ev.TokenId.Uint64()] = true
			}
		}
	}
	var ids []uint64
	for id := range seen {
		out, err := s.Chain.Call(ctx, common.Address{}, s.DAT, s.DATABI.PackOwnerOf(new(big.Int).SetUint64(id)))
		if err != nil {
			return nil, err
		}
		if owner, err := s.DATABI.UnpackOwnerOf(out); err == nil && owner == a {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids, nil
}
