package bench

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/market"
)

// GoalPurchaseGasPerToken is the data market's gas goal per included token of a purchase.
const GoalPurchaseGasPerToken = 8000

// maxMarketEntries is the DataMarket's MAX_ENTRIES (checked against the contract).
const maxMarketEntries = market.MaxEntries

// MarketSizes are the dataset sizes the market benchmark measures.
var MarketSizes = []int{10, 100, 1000}

// MarketSize is the gas of one dataset size, each token with its own holder (the worst case:
// no consent read is shared) and all of one holder.
type MarketSize struct {
	Tokens             int    `json:"tokens"`
	Feasible           bool   `json:"feasible"` // within the contract's MAX_ENTRIES
	PurchasePerToken   uint64 `json:"purchasePerToken"`
	PurchaseOneHolder  uint64 `json:"purchasePerTokenOneHolder"`
	DeliveryPerToken   uint64 `json:"deliveryPerToken"`
	ClaimPerToken      uint64 `json:"claimPerToken"` // claimSales of every entry, batches of 50
	PurchaseTotal      uint64 `json:"purchaseTotal"`
	DeliveryTotal      uint64 `json:"deliveryTotal"`
	TransactionGasCap  uint64 `json:"transactionGasCap"`
	ExceedsTransaction bool   `json:"exceedsTransaction"`
}

// MarketResult is what `datpin bench market` reports. PurchaseGasPerToken is keyed by dataset
// size ("10", "100", "1000"); a size above the contract's MAX_ENTRIES cannot be bought in one
// purchase and is null, with Feasible false. PaymentToExportSeconds and
// VerifyRecordsPerSecPerCore stay null until the delivery half is measured.
type MarketResult struct {
	Machine             string             `json:"machine"`
	MaxEntries          int                `json:"maxEntries"`
	PurchaseGasPerToken map[string]*uint64 `json:"purchaseGasPerToken"`
	Sizes               []MarketSize       `json:"sizes"`
	// TransferBaseline is the gas of one network-token transfer to a fresh address, measured in
	// the same run (less the 21,000 of a transaction): what paying each holder at purchase would
	// cost per token, the design the market avoids. RatioToTransfer is the purchase per token at
	// 100 tokens over it.
	TransferBaseline           uint64   `json:"transferBaseline"`
	RatioToTransfer            float64  `json:"ratioToTransfer"`
	PaymentToExportSeconds     *float64 `json:"paymentToExportSeconds"`
	VerifyRecordsPerSecPerCore *float64 `json:"verifyRecordsPerSecPerCore"`
}

// Market measures the data market's gas on a fresh embedded chain: for each size, a purchase of
// that many finalized tokens (each of its own consenting holder, then all of one holder), its
// delivery by a gateway, and the claims of every sold entry.
func Market(ctx context.Context, sizes []int) (*MarketResult, error) {
	if len(sizes) == 0 {
		sizes = MarketSizes
	}
	alloc := types.GenesisAlloc{}
	acct := func(label string, i uint32) *evm.Account {
		a := evm.DevAccount("bench/market-"+label, i)
		alloc[a.Address] = types.Account{Balance: evm.Ether(1_000_000)}
		return a
	}
	admin, buyer, gateway := acct("admin", 0), acct("buyer", 0), acct("gateway", 0)
	most := 1
	for _, n := range sizes {
		if n <= maxMarketEntries {
			most = max(most, n)
		}
	}
	holders := make([]*evm.Account, most)
	for i := range holders {
		holders[i] = acct("holder", uint32(i))
	}
	chain := evm.NewEmbedded(alloc)
	defer chain.Close()
	cfg := evm.DefaultConfig()
	cfg.DeployerAdmin = true // the benchmark mints generic tokens; nothing measured depends on it
	s, err := evm.Deploy(ctx, chain, admin, cfg)
	if err != nil {
		return nil, err
	}
	if _, err := chain.Send(ctx, admin, &s.DAT, s.DATABI.PackGrantRole(evm.RoleMinter, admin.Address), nil); err != nil {
		return nil, err
	}
	stake := new(big.Int).Mul(cfg.MinStake, big.NewInt(2))
	if err := s.MintToken(ctx, admin, gateway.Address, stake); err != nil {
		return nil, err
	}
	if err := s.RegisterValidator(ctx, gateway, stake); err != nil {
		return nil, err
	}
	out, err := chain.Call(ctx, common.Address{}, s.Market, s.MarketABI.PackMAXENTRIES())
	if err != nil {
		return nil, err
	}
	maxEntries, err := s.MarketABI.UnpackMAXENTRIES(out)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode MAX_ENTRIES")
	}
	for _, h := range holders {
		if err := s.GrantConsent(ctx, h, s.ClassID, big.NewInt(1), false); err != nil {
			return nil, err
		}
		if err := s.SetFloor(ctx, h, s.ClassID, common.Address{}, new(big.Int)); err != nil {
			return nil, err
		}
	}
	mint := func(to common.Address) (uint64, error) {
		r, err := chain.Send(ctx, admin, &s.DAT, s.DATABI.PackMint(new(big.Int).SetUint64(s.ClassID), to, big.NewInt(1000), big.NewInt(1), 0), nil)
		if err != nil {
			return 0, err
		}
		for _, l := range r.Logs {
			if ev, err := s.DATABI.UnpackMintedEvent(l); err == nil {
				return ev.TokenId.Uint64(), nil
			}
		}
		return 0, datpin.Errorf(datpin.EINTERNAL, "mint receipt has no Minted event")
	}
	res := &MarketResult{Machine: Machine(), MaxEntries: int(maxEntries.Uint64()), PurchaseGasPerToken: map[string]*uint64{}}
	// buy lists n tokens (holder of token k: holders[k] or holders[0]) and buys, delivers and
	// claims them; it returns the gas of each step.
	buy := func(n int, own bool) (purchase, delivery, claims uint64, err error) {
		es := make([]market.Entry, n)
		for k := range es {
			h := holders[0]
			if own {
				h = holders[k]
			}
			id, err := mint(h.Address)
			if err != nil {
				return 0, 0, 0, err
			}
			es[k] = market.Entry{TokenID: id, Units: 10}
		}
		listing, err := s.ListDataset(ctx, admin, evm.Listing{ClassId: s.ClassID, ManifestRoot: market.ManifestRoot(es), PricePerUnit: big.NewInt(1),
			Purposes: big.NewInt(1), AccessDuration: 30 * 86400, DeliveryWindow: 3600})
		if err != nil {
			return 0, 0, 0, err
		}
		me := make([]evm.MarketEntry, n)
		for k, e := range es {
			me[k] = evm.MarketEntry{TokenID: e.TokenID, Units: e.Units}
		}
		price := big.NewInt(int64(10 * n))
		p, err := s.BuyDataset(ctx, buyer, listing, me, 0, "age1benchmark", uint64(10*n), price, price)
		if err != nil {
			return 0, 0, 0, fmt.Errorf("purchase of %d: %w", n, err)
		}
		sold, idx := p.Sold(me)
		r, err := s.DeliverPurchase(ctx, gateway, p.ID, [32]byte{1}, sold, idx)
		if err != nil {
			return 0, 0, 0, fmt.Errorf("delivery of %d: %w", n, err)
		}
		leaves := make([][32]byte, n)
		for k, e := range es {
			leaves[k] = market.Leaf(k, e)
		}
		tree := market.NewTree(leaves)
		for k := 0; k < n; k += 50 {
			var cs []evm.SaleClaim
			for j := k; j < min(k+50, n); j++ {
				cs = append(cs, evm.SaleClaim{Entry: me[j], Index: uint64(j), Position: uint64(j), Proof: tree.Proof(j)})
			}
			rc, err := s.ClaimSales(ctx, buyer, p.ID, cs)
			if err != nil {
				return 0, 0, 0, fmt.Errorf("claims of %d: %w", n, err)
			}
			claims += rc.GasUsed
		}
		return p.Receipt.GasUsed, r.GasUsed, claims, nil
	}
	// The in-run baseline: a network-token transfer to an address that never held any.
	if err := s.MintToken(ctx, admin, buyer.Address, big.NewInt(1000)); err != nil {
		return nil, err
	}
	tr, err := chain.Send(ctx, buyer, &s.Token, s.TokenABI.PackTransfer(evm.DevAccount("bench/market-fresh", 0).Address, big.NewInt(1)), nil)
	if err != nil {
		return nil, err
	}
	res.TransferBaseline = tr.GasUsed - 21_000
	if res.MaxEntries != maxMarketEntries {
		return nil, datpin.Errorf(datpin.EINTERNAL, "the market's MAX_ENTRIES is %d; the benchmark expects %d", res.MaxEntries, maxMarketEntries)
	}
	for _, n := range sizes {
		sz := MarketSize{Tokens: n, Feasible: n <= res.MaxEntries, TransactionGasCap: evm.MaxTxGas}
		if sz.Feasible {
			pg, dg, cg, err := buy(n, true)
			if err != nil {
				return nil, err
			}
			one, _, _, err := buy(n, false)
			if err != nil {
				return nil, err
			}
			sz.PurchaseTotal, sz.DeliveryTotal = pg, dg
			sz.PurchasePerToken, sz.PurchaseOneHolder = pg/uint64(n), one/uint64(n)
			sz.DeliveryPerToken, sz.ClaimPerToken = dg/uint64(n), cg/uint64(n)
			sz.ExceedsTransaction = pg > evm.MaxTxGas || dg > evm.MaxTxGas
		}
		if sz.Feasible {
			g := sz.PurchasePerToken
			res.PurchaseGasPerToken[strconv.Itoa(n)] = &g
		} else {
			res.PurchaseGasPerToken[strconv.Itoa(n)] = nil
		}
		res.Sizes = append(res.Sizes, sz)
		if n == 100 && sz.Feasible {
			res.RatioToTransfer = float64(sz.PurchasePerToken) / float64(res.TransferBaseline)
		}
	}
	return res, nil
}

// Markdown renders the "market" section of BENCHMARKS.md.
func (r *MarketResult) Markdown(stamp string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## Data market (`datpin bench market`)\n\n%s\n\n", stamp)
	b.WriteString("Gas of a dataset purchase on the embedded chain (mainnet gas rules): each token finalized and of its own consenting holder " +
		"(the worst case: no consent read is shared) and, beside it, all of one holder; the delivery by a gateway, which spends each " +
		"token's units; the claims of every sold entry in batches of 50. The goal is " +
		fmt.Sprintf("%d gas per included token at purchase. Baseline measured in the same run: one network-token transfer to a fresh address, %d gas "+
			"beyond the transaction's 21,000 (what paying each holder at purchase would cost per token).\n\n", GoalPurchaseGasPerToken, r.TransferBaseline))
	b.WriteString("| tokens | purchase per token | purchase per token, one holder | delivery per token | claim per token | purchase total | delivery total |\n|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, s := range r.Sizes {
		if !s.Feasible {
			fmt.Fprintf(&b, "| %d | not one purchase: above MAX_ENTRIES (%d) | | | | | |\n", s.Tokens, r.MaxEntries)
			continue
		}
		fmt.Fprintf(&b, "| %d | %d | %d | %d | %d | %d | %d |\n", s.Tokens, s.PurchasePerToken, s.PurchaseOneHolder, s.DeliveryPerToken,
			s.ClaimPerToken, s.PurchaseTotal, s.DeliveryTotal)
	}
	b.WriteString("\n")
	for _, s := range r.Sizes {
		if s.Feasible && s.Tokens == 100 {
			verdict := "meets"
			if s.PurchasePerToken > GoalPurchaseGasPerToken {
				verdict = "does not meet"
			}
			fmt.Fprintf(&b, "- At 100 tokens a purchase costs %d gas per token (%s the goal of %d; %.2f× a token transfer). Each token costs five reads of the DAT (class, status, holder, value, expiry; two cold storage slots) and, with a holder per token, the holder's consent, floor, buyer rule and operator approval (four more cold slots); the DAT has no room under the code-size limit for one batch read.\n",
				s.PurchasePerToken, verdict, GoalPurchaseGasPerToken, r.RatioToTransfer)
		}
	}
	b.WriteString("- Payment to verified export and download verification throughput are measured once the delivery half exists.\n")
	b.WriteString("\nRerun: `datpin bench market`.\n")
	return b.String()
}
