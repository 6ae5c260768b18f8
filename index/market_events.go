package index

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/datamarket"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/store"
)

// manifestEntry is one entry of a listing's manifest as a purchase passed it.
type manifestEntry struct {
	Token, Units uint64
}

// SuiteAddresses are the contracts whose logs the index reads: the core four, then the market,
// vault and plan where the deployment has them (an addresses file written before they existed
// leaves them zero).
func SuiteAddresses(s *evm.Suite) []common.Address {
	out := []common.Address{s.DAT, s.Registry, s.Oracle, s.Rewards}
	for _, a := range []common.Address{s.Market, s.Vault, s.Plan} {
		if a != (common.Address{}) {
			out = append(out, a)
		}
	}
	return out
}

// applyMarket writes one DataMarket log.
func (w *writer) applyMarket(l *types.Log) error {
	m := w.s.MarketABI
	b, li := l.BlockNumber, l.Index
	if ev, err := m.UnpackListedEvent(l); err == nil {
		return w.exec(`INSERT OR REPLACE INTO market_listings (id, block, tx, seller, class, manifest_root, manifest_cid,
			certificate_hash, asset, price, purposes, access_duration, delivery_window, licence_uri, time)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			ev.ListingId.Uint64(), b, l.TxHash.Hex(), addr(ev.Seller), ev.ClassId.Uint64(), hash(ev.ManifestRoot),
			store.CIDFromDigest(ev.ManifestCid), hash(ev.CertificateHash), addr(ev.Asset), ev.PricePerUnit.String(),
			ev.Purposes.String(), ev.AccessDuration, ev.DeliveryWindow, ev.LicenceURI, w.times[b])
	}
	if ev, err := m.UnpackListingClosedEvent(l); err == nil {
		return w.exec(`INSERT OR REPLACE INTO market_closings (listing, block) VALUES (?, ?)`, ev.ListingId.Uint64(), b)
	}
	if ev, err := m.UnpackPurchasedEvent(l); err == nil {
		listing := ev.ListingId.Uint64()
		if es, ok := w.manifests[l.TxHash]; ok && es.listing == listing {
			if err := w.manifest(listing, es.entries, b); err != nil {
				return err
			}
		}
		return w.exec(`INSERT OR REPLACE INTO market_purchases (id, block, tx, listing, buyer, purpose, tokens, units, amount,
			sold_root, deadline, licence_ends, recipient, time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			ev.PurchaseId.Uint64(), b, l.TxHash.Hex(), listing, addr(ev.Buyer), ev.Purpose, ev.Tokens.Uint64(),
			ev.Units.Uint64(), ev.Amount.String(), hash(ev.SoldRoot), ev.Deadline, ev.LicenceEnds, ev.AgeRecipient, w.times[b])
	}
	if ev, err := m.UnpackEntryExcludedEvent(l); err == nil {
		return w.exec(`INSERT OR REPLACE INTO market_exclusions (block, log_index, purchase, token, why, tx) VALUES (?, ?, ?, ?, ?, ?)`,
			b, li, ev.PurchaseId.Uint64(), ev.TokenId.Uint64(), ev.Why, l.TxHash.Hex())
	}
	if ev, err := m.UnpackDeliveredEvent(l); err == nil {
		if err := w.exec(`INSERT OR REPLACE INTO market_deliveries (purchase, block, tx, gateway, bundle_cid, tokens, units, pool, time)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, ev.PurchaseId.Uint64(), b, l.TxHash.Hex(), addr(ev.Gateway),
			store.CIDFromDigest(ev.BundleCid), ev.Tokens.Uint64(), ev.Units.Uint64(), ev.Pool.String(), w.times[b]); err != nil {
			return err
		}
		return w.sale(b, l.TxHash.Hex(), ev.PurchaseId.Uint64())
	}
	if ev, err := m.UnpackRefundedEvent(l); err == nil {
		return w.exec(`INSERT OR REPLACE INTO market_refunds (purchase, block, buyer, amount, time) VALUES (?, ?, ?, ?, ?)`,
			ev.PurchaseId.Uint64(), b, addr(ev.Buyer), ev.Amount.String(), w.times[b])
	}
	if ev, err := m.UnpackSaleClaimedEvent(l); err == nil {
		return w.exec(`INSERT OR REPLACE INTO market_sale_claims (block, log_index, purchase, token, holder, amount, tx, time)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, b, li, ev.PurchaseId.Uint64(), ev.TokenId.Uint64(), addr(ev.Holder),
			ev.Amount.String(), l.TxHash.Hex(), w.times[b])
	}
	if ev, err := m.UnpackConsentSetEvent(l); err == nil {
		return w.exec(`INSERT OR REPLACE INTO market_consents (block, log_index, holder, class, purposes, allow_list_only)
			VALUES (?, ?, ?, ?, ?, ?)`, b, li, addr(ev.Holder), ev.ClassId.Uint64(), ev.Purposes.String(), ev.AllowListOnly)
	}
	if ev, err := m.UnpackFloorSetEvent(l); err == nil {
		return w.exec(`INSERT OR REPLACE INTO market_floors (block, log_index, holder, class, asset, price) VALUES (?, ?, ?, ?, ?, ?)`,
			b, li, addr(ev.Holder), ev.ClassId.Uint64(), addr(ev.Asset), ev.PricePerUnit.String())
	}
	if ev, err := m.UnpackBuyerRuleSetEvent(l); err == nil {
		return w.exec(`INSERT OR REPLACE INTO market_buyer_rules (block, log_index, holder, class, buyer, rule) VALUES (?, ?, ?, ?, ?, ?)`,
			b, li, addr(ev.Holder), ev.ClassId.Uint64(), addr(ev.Buyer), ev.Rule)
	}
	return nil
}

// manifest records a listing's entries unless the index has them already.
func (w *writer) manifest(listing uint64, es []manifestEntry, block uint64) error {
	var n int
	if err := w.tx.QueryRowContext(w.ctx, `SELECT COUNT(*) FROM market_entries WHERE listing = ?`, listing).Scan(&n); err != nil {
		return dbErr(err, "read manifest")
	}
	if n > 0 {
		return nil
	}
	stmt, err := w.tx.PrepareContext(w.ctx, `INSERT INTO market_entries (listing, idx, token, units, block) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return dbErr(err, "write manifest")
	}
	defer stmt.Close()
	for i, e := range es {
		if _, err := stmt.ExecContext(w.ctx, listing, i, e.Token, e.Units, block); err != nil {
			return dbErr(err, "write manifest")
		}
	}
	return nil
}

// applyVault writes one FreeDataVault log.
func (w *writer) applyVault(l *types.Log) error {
	v := w.s.VaultABI
	b, li := l.BlockNumber, l.Index
	ev := func(kind, account string, assets, shares *big.Int, extra string) error {
		if shares == nil {
			shares = new(big.Int)
		}
		return w.exec(`INSERT OR REPLACE INTO vault_events (block, log_index, kind, account, assets, shares, extra, time)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, b, li, kind, account, assets.String(), shares.String(), extra, w.times[b])
	}
	if e, err := v.UnpackSyncedEvent(l); err == nil {
		return w.exec(`INSERT OR REPLACE INTO vault_syncs (block, log_index, stored, vesting, vesting_end, reserve, time)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, b, li, e.StoredAssets.String(), e.VestingAmount.String(), e.VestingEnd,
			e.EmissionReserve.String(), w.times[b])
	}
	if e, err := v.UnpackDepositEvent(l); err == nil {
		return ev("deposit", addr(e.Owner), e.Assets, e.Shares, "")
	}
	if e, err := v.UnpackWithdrawEvent(l); err == nil {
		return ev("withdraw", addr(e.Owner), e.Assets, e.Shares, "")
	}
	if e, err := v.UnpackRevenueVestingEvent(l); err == nil {
		return ev("revenue", "", e.Amount, nil, e.VestingAmount.String())
	}
	if e, err := v.UnpackEmissionFundedEvent(l); err == nil {
		return ev("funded", addr(e.From), e.Amount, nil, e.Reserve.String())
	}
	if e, err := v.UnpackEmissionRateSetEvent(l); err == nil {
		return ev("rate", "", e.Rate, nil, "")
	}
	if e, err := v.UnpackFeesCollectedEvent(l); err == nil {
		to := addr(e.To)
		if e.To == w.s.Vault {
			to = feesToVault
		}
		return ev("fees", addr(e.Asset), e.Amount, nil, to)
	}
	return nil
}

// applyPlan writes one DataPlan log.
func (w *writer) applyPlan(l *types.Log) error {
	p := w.s.PlanABI
	b, li := l.BlockNumber, l.Index
	zero := new(big.Int)
	ev := func(owner common.Address, kind, subscriber string, assets, shares, principal, kb, used, credit *big.Int, dest string) error {
		return w.exec(`INSERT OR REPLACE INTO plan_events (block, log_index, owner, kind, subscriber, assets, shares, principal,
			kb, used_kb, credit_kb, dest, tx, time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			b, li, addr(owner), kind, subscriber, assets.String(), shares.String(), principal.String(), kb.String(),
			used.String(), credit.String(), dest, l.TxHash.Hex(), w.times[b])
	}
	if e, err := p.UnpackSubscribedEvent(l); err == nil {
		return ev(e.Owner, "subscribed", hash(e.SubscriberId), e.Assets, e.Shares, e.Principal, zero, zero, zero, "")
	}
	if e, err := p.UnpackYieldConvertedEvent(l); err == nil {
		return ev(e.Owner, "converted", "", e.Assets, e.Shares, zero, e.CreditKB, zero, zero, "")
	}
	if e, err := p.UnpackMeteredEvent(l); err == nil {
		return ev(e.Owner, "metered", "", zero, zero, zero, e.Kb, e.UsedKB, e.CreditKB, "")
	}
	if e, err := p.UnpackThrottledEvent(l); err == nil {
		return ev(e.Owner, "throttled", "", zero, zero, zero, e.ShortKB, zero, zero, "")
	}
	if e, err := p.UnpackUnthrottledEvent(l); err == nil {
		return ev(e.Owner, "unthrottled", "", zero, zero, zero, e.CreditKB, zero, zero, "")
	}
	if e, err := p.UnpackWithdrawnEvent(l); err == nil {
		return ev(e.Owner, "withdrawn", "", e.Assets, e.Shares, zero, zero, zero, zero, addr(e.To))
	}
	if e, err := p.UnpackPriceSetEvent(l); err == nil {
		return w.exec(`INSERT OR REPLACE INTO plan_prices (block, log_index, price) VALUES (?, ?, ?)`, b, li, e.PricePerGB.String())
	}
	return nil
}

// feesToVault marks a fee collection that became the vault's revenue.
const feesToVault = "vault"

func hash(h [32]byte) string { return common.Hash(h).Hex() }

// purchaseManifest is the manifest a purchase transaction passed, for its listing.
type purchaseManifest struct {
	listing uint64
	entries []manifestEntry
}

// manifests reads, for each Purchased event of the range whose listing's manifest the index
// does not have yet, the entries its transaction passed (one fetch per transaction). Purchases
// made through another contract leave the manifest unknown until a direct one.
func (ix *Indexer) manifests(ctx context.Context, logs []types.Log) (map[common.Hash]purchaseManifest, error) {
	s := ix.Suite
	out := map[common.Hash]purchaseManifest{}
	if s.Market == (common.Address{}) {
		return out, nil
	}
	seen := map[uint64]bool{}
	for i := range logs {
		l := &logs[i]
		if l.Address != s.Market || l.Removed {
			continue
		}
		ev, err := s.MarketABI.UnpackPurchasedEvent(l)
		if err != nil {
			continue
		}
		listing := ev.ListingId.Uint64()
		if seen[listing] {
			continue
		}
		var n int
		if err := ix.DB.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM market_entries WHERE listing = ?`, listing).Scan(&n); err != nil {
			return nil, dbErr(err, "read manifest")
		}
		if n > 0 {
			seen[listing] = true
			continue
		}
		tx, _, err := s.Chain.Client.TransactionByHash(ctx, l.TxHash)
		if err != nil {
			if errors.Is(err, ethereum.NotFound) {
				continue
			}
			return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "purchase transaction %s", l.TxHash.Hex())
		}
		if tx.To() == nil || *tx.To() != s.Market {
			continue
		}
		id, es, ok := decodePurchaseCall(s, tx.Data())
		if !ok || id != listing {
			continue
		}
		out[l.TxHash] = purchaseManifest{listing: listing, entries: es}
		seen[listing] = true
	}
	return out, nil
}

// decodePurchaseCall decodes the listing id and the manifest entries of a purchase call.
func decodePurchaseCall(s *evm.Suite, data []byte) (uint64, []manifestEntry, bool) {
	m, ok := s.MarketABI.GetABI().Methods["purchase"]
	if !ok || len(data) < 4 || string(data[:4]) != string(m.ID) {
		return 0, nil, false
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 6 {
		return 0, nil, false
	}
	id, ok := args[0].(*big.Int)
	if !ok || !id.IsUint64() {
		return 0, nil, false
	}
	es, ok := convertEntries(args[1])
	if !ok {
		return 0, nil, false
	}
	out := make([]manifestEntry, len(es))
	for i, e := range es {
		if !e.TokenId.IsUint64() || !e.Units.IsUint64() {
			return 0, nil, false
		}
		out[i] = manifestEntry{Token: e.TokenId.Uint64(), Units: e.Units.Uint64()}
	}
	return id.Uint64(), out, true
}

// convertEntries converts the ABI decoder's anonymous structs to the binding's type.
func convertEntries(v any) (es []datamarket.DataMarketEntry, ok bool) {
	defer func() {
		if recover() != nil {
			es, ok = nil, false
		}
	}()
	p := abi.ConvertType(v, new([]datamarket.DataMarketEntry)).(*[]datamarket.DataMarketEntry)
	return *p, true
}

// seedVault records the vault's and the plan's state as of the block before the first indexed
// one when the index has none: the vault's seeded first deposit and the plan's first price are
// made while the suite is deployed, before the block where indexing starts. The row is stamped
// block 0, so it outlives rollbacks. A node that cannot answer for that block (state pruned)
// leaves the base unknown (zero, known = 0): supply and assets then count indexed events only.
func (ix *Indexer) seedVault(ctx context.Context) error {
	s := ix.Suite
	if s.Vault == (common.Address{}) {
		return nil
	}
	var n int
	if err := ix.DB.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM vault_base`).Scan(&n); err != nil || n > 0 {
		return dbErr(err, "read vault base")
	}
	at := new(big.Int).SetUint64(ix.cfg.Start - min(ix.cfg.Start, 1))
	read := func(to common.Address, data []byte) (*big.Int, error) {
		out, err := s.Chain.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, at)
		if err != nil {
			return nil, err
		}
		if len(out) < 32 { // no code at that block yet: nothing deposited
			return new(big.Int), nil
		}
		return new(big.Int).SetBytes(out[:32]), nil
	}
	v := s.VaultABI
	vals := make([]*big.Int, 8)
	known := true
	for i, q := range []struct {
		to   common.Address
		data []byte
	}{
		{s.Vault, v.PackTotalSupply()}, {s.Vault, v.PackStoredAssets()}, {s.Vault, v.PackVestingAmount()},
		{s.Vault, v.PackVestingEnd()}, {s.Vault, v.PackLastSync()}, {s.Vault, v.PackEmissionRate()},
		{s.Vault, v.PackEmissionReserve()}, {s.Plan, s.PlanABI.PackPricePerGB()},
	} {
		if q.to == (common.Address{}) {
			vals[i] = new(big.Int)
			continue
		}
		x, err := read(q.to, q.data)
		if err != nil {
			if ctx.Err() != nil {
				return datpin.Wrap(datpin.EUNAVAILABLE, err, "vault state")
			}
			ix.cfg.Log.Warn("the node has no vault state before the first indexed block; vault figures count indexed events only",
				"block", at, "err", err)
			known = false
			break
		}
		vals[i] = x
	}
	if !known {
		for i := range vals {
			vals[i] = new(big.Int)
		}
	}
	_, err := ix.DB.db.ExecContext(ctx, `INSERT INTO vault_base (block, known, supply, stored, vesting, vesting_end, last_sync,
		rate, reserve, price_per_gb) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, known, vals[0].String(), vals[1].String(),
		vals[2].String(), vals[3].Uint64(), vals[4].Uint64(), vals[5].String(), vals[6].String(), vals[7].String())
	return dbErr(err, "write vault base")
}
