package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/market"
	"github.com/datpin/datpin/store"
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
// VerifyRecordsPerSecPerCore are the delivery half's (MarketDelivery, in Delivery); null when
// it was not measured.
type MarketResult struct {
	Machine             string             `json:"machine"`
	MaxEntries          int                `json:"maxEntries"`
	PurchaseGasPerToken map[string]*uint64 `json:"purchaseGasPerToken"`
	Sizes               []MarketSize       `json:"sizes"`
	// TransferBaseline is the gas of one network-token transfer to a fresh address, measured in
	// the same run (less the 21,000 of a transaction): what paying each holder at purchase would
	// cost per token, the design the market avoids. RatioToTransfer is the purchase per token at
	// 100 tokens over it.
	TransferBaseline           uint64          `json:"transferBaseline"`
	RatioToTransfer            float64         `json:"ratioToTransfer"`
	PaymentToExportSeconds     *float64        `json:"paymentToExportSeconds"`
	VerifyRecordsPerSecPerCore *float64        `json:"verifyRecordsPerSecPerCore"`
	Delivery                   *DeliveryResult `json:"delivery,omitempty"`
}

// SetDelivery records the delivery half's measurement and its two headline figures.
func (r *MarketResult) SetDelivery(d *DeliveryResult) {
	r.Delivery = d
	p, v := d.PaymentToExportSeconds, d.VerifyRecordsPerSecPerCore
	r.PaymentToExportSeconds, r.VerifyRecordsPerSecPerCore = &p, &v
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
		me := es
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
	if d := r.Delivery; d != nil {
		fmt.Fprintf(&b, "- Payment to verified export: %s tokens of %s records each (%s records), anchored by an edge agent with their packages encrypted "+
			"to a staked validator and finalized, sold as %d listings of at most %d entries (one purchase cannot hold more) bought one after the other. "+
			"From the first purchase transaction to the last verified Parquet export: **%.1f s** (purchases %.2f s; one gateway poll, which checks every "+
			"package against the chain, wraps the data keys to the buyer and sends the deliveries, %.1f s; downloads, with every record re-hashed into its "+
			"token's anchored Merkle root, and the exports, %.1f s, %s of Parquet: the benchmark's synthetic records repeat, and compress far better than a network's). Embedded chain and a local store: a deployment adds the gateway's poll "+
			"interval (5 s by default), block times and the store's latency.\n",
			thousands(d.Tokens), thousands(d.Records), thousands(d.Tokens*d.Records), d.Purchases, maxMarketEntries, d.PaymentToExportSeconds,
			d.BuySeconds, d.GatewaySeconds, d.DownloadSeconds, megabytes(d.ExportBytes))
		fmt.Fprintf(&b, "- Verification and export on one core (the same downloads again with GOMAXPROCS=1: fetch, signature, unwrap, decrypt, "+
			"decompress, re-hash every record into the root, Parquet export): **%s records/s**.\n", thousands(int(d.VerifyRecordsPerSecPerCore)))
	} else {
		b.WriteString("- Payment to verified export and verification throughput: not measured in this run (`datpin bench market` without `--gas-only`).\n")
	}
	b.WriteString("\nRerun: `datpin bench market`.\n")
	return b.String()
}

// DeliveryConfig sizes the market's delivery benchmark.
type DeliveryConfig struct {
	Tokens  int // finalized tokens sold (default 1,000)
	Records int // records per token (default 1,440: a station's day, one a minute)
	// PerPurchase is the most tokens one purchase buys (default MAX_ENTRIES); more tokens are
	// sold as several listings bought one after the other.
	PerPurchase int
}

// DeliveryResult is the market's delivery half measured on the embedded chain with a local store.
type DeliveryResult struct {
	Tokens    int `json:"tokens"`
	Records   int `json:"recordsPerToken"`
	Purchases int `json:"purchases"`
	// Verified counts the records the buyer verified against the anchored Merkle roots and
	// exported; Unverified those that did not verify (expected 0).
	Verified   uint64 `json:"verified"`
	Unverified uint64 `json:"unverified"`
	// PaymentToExportSeconds runs from the first purchase transaction to the last verified
	// Parquet export: the purchases, one gateway poll (checks, key wrapping, bundle, delivery
	// transaction), and the downloads (fetch, unwrap, decrypt, verify) and exports.
	PaymentToExportSeconds float64 `json:"paymentToExportSeconds"`
	BuySeconds             float64 `json:"buySeconds"`
	GatewaySeconds         float64 `json:"gatewaySeconds"`
	DownloadSeconds        float64 `json:"downloadSeconds"` // downloads, verification and exports
	ExportBytes            int64   `json:"exportBytes"`     // Parquet (zstd)
	// VerifyRecordsPerSecPerCore is the downloads' verification and export again with
	// GOMAXPROCS=1: records per second on one core.
	VerifyRecordsPerSecPerCore float64 `json:"verifyRecordsPerSecPerCore"`
	SetupSeconds               float64 `json:"setupSeconds"` // anchoring and finalizing the tokens (not measured)
}

// benchRecords are n session records of a station on a day, a minute apart, measured by seven
// handsets near the station's position (k-th of the benchmark's grid).
func benchRecords(station string, k int, day int64, n int) []datpin.Record {
	lat, lon := int32(518000000+(k/40)*100000), int32(-84000000+(k%40)*100000)
	out := make([]datpin.Record, n)
	for i := range out {
		r := datpin.NewRecord(datpin.KindSession)
		r.Time = (day*86400 + int64(i)*60) * 1000
		r.DeviceID, r.StationID, r.CellID = fmt.Sprintf("handset-%d-%d", k, i%7), station, "1"
		r.LatE7, r.LonE7 = lat+int32(i%13)*100, lon+int32(i%11)*100
		r.Mode = datpin.ModeLTE
		r.RSRPdBm10, r.RSRQdB10, r.SINRdB10 = -950+int32(i%40), -100, 120
		r.DownKbps, r.UpKbps, r.LatencyMs10 = 20000+int32(i*13%5000), 4000, 350
		out[i] = r
	}
	return out
}

// MarketDelivery measures the delivery half of the market: tokens of records each are anchored
// by an edge agent (packages encrypted to the gateway, a staked validator), finalized by three
// validators, consented to by their holder and listed; then, timed, they are bought, delivered
// by the gateway, downloaded with every record verified against the chain and exported as
// Parquet; and the downloads' verification and export are timed again on one core.
func MarketDelivery(ctx context.Context, c DeliveryConfig) (*DeliveryResult, error) {
	if c.Tokens <= 0 {
		c.Tokens = 1000
	}
	if c.Records <= 0 {
		c.Records = 1440
	}
	if c.PerPurchase <= 0 || c.PerPurchase > maxMarketEntries {
		c.PerPurchase = maxMarketEntries
	}
	began := time.Now()
	dir, err := os.MkdirTemp("", "datpin-bench-market-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	alloc := types.GenesisAlloc{}
	acct := func(label string, i uint32) *evm.Account {
		a := evm.DevAccount("bench/delivery-"+label, i)
		alloc[a.Address] = types.Account{Balance: evm.Ether(1_000_000)}
		return a
	}
	admin, operator, buyer := acct("admin", 0), acct("operator", 0), acct("buyer", 0)
	vals := []*evm.Account{acct("validator", 0), acct("validator", 1), acct("validator", 2)}
	chain := evm.NewEmbedded(alloc)
	defer chain.Close()
	cfg := evm.DefaultConfig()
	cfg.ZK = false // no proofs are made: the verifiers would only lengthen the deployment
	s, err := evm.Deploy(ctx, chain, admin, cfg)
	if err != nil {
		return nil, err
	}
	if err := stakeValidators(ctx, s, admin, vals, cfg.MinStake); err != nil {
		return nil, err
	}
	gwID, err := age.GenerateX25519Identity()
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "gateway identity")
	}
	buyerID, err := age.GenerateX25519Identity()
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "buyer identity")
	}
	local, err := store.NewLocal(filepath.Join(dir, "blocks"))
	if err != nil {
		return nil, err
	}
	if err := anchorAndFinalize(ctx, s, operator, vals, local, gwID.Recipient(), c); err != nil {
		return nil, err
	}
	if err := s.GrantConsent(ctx, operator, s.ClassID, big.NewInt(1<<evm.PurposeResearch), false); err != nil {
		return nil, err
	}
	if err := s.SetFloor(ctx, operator, s.ClassID, common.Address{}, new(big.Int)); err != nil {
		return nil, err
	}
	type sale struct {
		m       *market.Manifest
		listing uint64
		id      uint64
	}
	var sales []*sale
	now, err := chain.Now(ctx)
	if err != nil {
		return nil, err
	}
	for first := 1; first <= c.Tokens; first += c.PerPurchase {
		m := &market.Manifest{Version: market.ManifestVersion, ChainID: s.ChainID, DAT: s.DAT.Hex(), Market: s.Market.Hex(),
			Query: market.Query{Class: s.ClassID}, Created: now.UTC()}
		for id := uint64(first); id < uint64(min(first+c.PerPurchase, c.Tokens+1)); id++ {
			tok, err := s.TokenState(ctx, id)
			if err != nil {
				return nil, err
			}
			ct := tok.Contrib
			units := max(1, tok.Value.Uint64()/10)
			m.Entries = append(m.Entries, market.ManifestEntry{TokenID: id, Units: units, Station: ct.Device.Hex(), Epoch: ct.Epoch,
				Cell: index.CellString(ct.H3Cell), Records: ct.RecordCount, Score: ct.Score, MerkleRoot: common.Hash(ct.MerkleRoot).Hex(),
				CID: store.CIDFromDigest(ct.CidDigest)})
			m.Units += units
			m.Records += uint64(ct.RecordCount)
		}
		m.Root = common.Hash(market.ManifestRoot(m.MarketEntries())).Hex()
		b, err := json.Marshal(m)
		if err != nil {
			return nil, datpin.Wrap(datpin.EINTERNAL, err, "encode manifest")
		}
		mcid, err := local.Put(ctx, b)
		if err != nil {
			return nil, err
		}
		digest, err := store.Digest(mcid)
		if err != nil {
			return nil, err
		}
		l, err := s.ListDataset(ctx, admin, evm.Listing{ClassId: s.ClassID, ManifestRoot: common.HexToHash(m.Root), ManifestCid: digest,
			CertificateHash: [32]byte{1}, PricePerUnit: big.NewInt(1000), Purposes: big.NewInt(1 << evm.PurposeResearch),
			AccessDuration: 30 * 86400, DeliveryWindow: 86400, LicenceURI: "datpin://licence/bench"})
		if err != nil {
			return nil, err
		}
		sales = append(sales, &sale{m: m, listing: l})
	}
	st, err := market.OpenGatewayState(filepath.Join(dir, "gateway.db"))
	if err != nil {
		return nil, err
	}
	defer st.Close()
	g, err := market.NewGateway(ctx, market.GatewayConfig{Suite: s, Account: vals[0], Identities: []age.Identity{gwID}, Store: local, State: st})
	if err != nil {
		return nil, err
	}
	res := &DeliveryResult{Tokens: c.Tokens, Records: c.Records, Purchases: len(sales), SetupSeconds: time.Since(began).Seconds()}
	// download verifies and exports every sale's records to files; it returns the records
	// verified and not.
	download := func() (verified, failed uint64, bytes int64, err error) {
		for i, sl := range sales {
			dl, err := market.Download(ctx, market.DownloadOptions{Suite: s, Store: local, Identities: []age.Identity{buyerID},
				Manifest: sl.m, Purchase: sl.id, Interval: 10 * time.Millisecond})
			if dl == nil {
				return 0, 0, 0, err
			}
			verified, failed = verified+dl.Verified, failed+dl.Failed
			f, err := os.Create(filepath.Join(dir, fmt.Sprintf("export-%d.parquet", i)))
			if err != nil {
				return 0, 0, 0, err
			}
			_, err = dl.Export(f, market.FormatParquet)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return 0, 0, 0, err
			}
			if fi, err := os.Stat(f.Name()); err == nil {
				bytes += fi.Size()
			}
		}
		return verified, failed, bytes, nil
	}

	t0 := time.Now()
	for _, sl := range sales {
		p, _, err := market.Buy(ctx, s, buyer, market.BuyOptions{Listing: sl.listing, Manifest: sl.m, Purpose: evm.PurposeResearch,
			Recipient: buyerID.Recipient().String()})
		if err != nil {
			return nil, fmt.Errorf("purchase: %w", err)
		}
		sl.id = p.ID
	}
	t1 := time.Now()
	if err := g.Step(ctx); err != nil {
		return nil, fmt.Errorf("gateway: %w", err)
	}
	t2 := time.Now()
	if res.Verified, res.Unverified, res.ExportBytes, err = download(); err != nil {
		return nil, err
	}
	t3 := time.Now()
	res.BuySeconds, res.GatewaySeconds, res.DownloadSeconds = t1.Sub(t0).Seconds(), t2.Sub(t1).Seconds(), t3.Sub(t2).Seconds()
	res.PaymentToExportSeconds = t3.Sub(t0).Seconds()
	if res.Verified != uint64(c.Tokens)*uint64(c.Records) || res.Unverified != 0 {
		return nil, datpin.Errorf(datpin.EINTERNAL, "%d records verified and %d not, of %d", res.Verified, res.Unverified, c.Tokens*c.Records)
	}

	// The same downloads on one core.
	prev := runtime.GOMAXPROCS(1)
	t4 := time.Now()
	v, _, _, err := download()
	el := time.Since(t4)
	runtime.GOMAXPROCS(prev)
	if err != nil {
		return nil, err
	}
	res.VerifyRecordsPerSecPerCore = float64(v) / el.Seconds()
	return res, nil
}

// anchorAndFinalize has an edge agent of operator anchor c.Tokens station-days of c.Records
// records each, their packages encrypted to to, and the validators finalize them with one
// score each, round by round.
func anchorAndFinalize(ctx context.Context, s *evm.Suite, operator *evm.Account, vals []*evm.Account, cs datpin.ContentStore, to age.Recipient, c DeliveryConfig) error {
	dir, err := os.MkdirTemp("", "datpin-bench-agent-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	ob, err := agent.OpenOutbox(filepath.Join(dir, "outbox.db"))
	if err != nil {
		return err
	}
	defer ob.Close()
	a, err := agent.New(agent.Config{Outbox: ob, Store: cs, Chain: agent.NewSuiteChain(s, operator), Keys: agent.DevKeys{},
		Recipients: []age.Recipient{to}, AutoOnboard: true, SealAfter: -1, AnchorBatch: 100,
		PollInterval: 20 * time.Millisecond, MinBackoff: 10 * time.Millisecond, MaxBackoff: 200 * time.Millisecond,
		Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		return err
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = a.Run(runCtx) }()
	defer func() { stop(); <-done }()
	now, err := s.Chain.Now(ctx)
	if err != nil {
		return err
	}
	day := now.Unix()/86400 - 1
	const perIngest = 50 // stations per outbox ingest
	for k := 0; k < c.Tokens; k += perIngest {
		var recs []datpin.Record
		for j := k; j < min(k+perIngest, c.Tokens); j++ {
			recs = append(recs, benchRecords(fmt.Sprintf("BM%04X", j), j, day, c.Records)...)
		}
		if _, err := a.Ingest(ctx, recs); err != nil {
			return err
		}
		if _, err := a.Outbox().SealAll(ctx); err != nil {
			return err
		}
	}
	if err := a.Flush(ctx); err != nil {
		return err
	}
	count, err := s.TokenCount(ctx)
	if err != nil {
		return err
	}
	if count != uint64(c.Tokens) {
		return datpin.Errorf(datpin.EINTERNAL, "%d tokens anchored, want %d", count, c.Tokens)
	}
	// Tokens by round: ids are anchored in order, so each round's are contiguous.
	var rounds []uint64
	starts := map[uint64]uint64{}
	sizes := map[uint64]int{}
	for id := uint64(1); id <= count; id++ {
		tok, err := s.TokenState(ctx, id)
		if err != nil {
			return err
		}
		r, err := s.RoundAt(ctx, uint64(tok.Contrib.AnchoredAt))
		if err != nil {
			return err
		}
		if _, ok := starts[r]; !ok {
			starts[r] = id
			rounds = append(rounds, r)
		}
		sizes[r]++
	}
	for _, r := range rounds {
		commitOpens, revealOpens, revealCloses, err := s.Windows(ctx, r)
		if err != nil {
			return err
		}
		scores := make([]uint16, sizes[r])
		for i := range scores {
			scores[i] = 8000
		}
		if err := s.Chain.AdvanceTo(ctx, commitOpens); err != nil {
			return err
		}
		salt := [32]byte{byte(r), 7}
		for _, v := range vals {
			if err := s.Commit(ctx, v, r, s.Commitment(r, v.Address, starts[r], scores, salt)); err != nil {
				return err
			}
		}
		if err := s.Chain.AdvanceTo(ctx, revealOpens); err != nil {
			return err
		}
		for _, v := range vals {
			if err := s.Reveal(ctx, v, r, starts[r], scores, salt); err != nil {
				return err
			}
		}
		if err := s.Chain.AdvanceTo(ctx, revealCloses); err != nil {
			return err
		}
		for i := 0; i < sizes[r]; i += 100 {
			ids := make([]uint64, 0, 100)
			for j := i; j < min(i+100, sizes[r]); j++ {
				ids = append(ids, starts[r]+uint64(j))
			}
			if _, err := s.Finalize(ctx, vals[0], ids); err != nil {
				return err
			}
		}
	}
	return nil
}

// thousands formats n with thousands separators.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func megabytes(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }

// stakeValidators mints twice the minimum stake to each of vals and registers it as a validator.
func stakeValidators(ctx context.Context, s *evm.Suite, admin *evm.Account, vals []*evm.Account, minStake *big.Int) error {
	stake := new(big.Int).Mul(minStake, big.NewInt(2))
	for _, v := range vals {
		if err := s.MintToken(ctx, admin, v.Address, stake); err != nil {
			return err
		}
		if err := s.RegisterValidator(ctx, v, stake); err != nil {
			return err
		}
	}
	return nil
}
