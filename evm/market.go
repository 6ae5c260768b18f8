package evm

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/datamarket"
)

// Purpose codes a dataset may be bought for (bit p of a listing's or a consent's purposes).
const (
	PurposeResearch     uint8 = 0
	PurposeCommercial   uint8 = 1
	PurposeAITraining   uint8 = 2
	PurposePublicSector uint8 = 3
	PurposeInsurance    uint8 = 4
)

// entryExcludedTopic and purchasedTopic are the DataMarket's event ids the Suite filters on, from its ABI.
var entryExcludedTopic, purchasedTopic = func() (common.Hash, common.Hash) {
	a, err := datamarket.DataMarketMetaData.ParseABI()
	if err != nil {
		panic(err) // the ABI is compiled in
	}
	return a.Events["EntryExcluded"].ID, a.Events["Purchased"].ID
}()

// PurchasedEvent is a DataMarket Purchased event; Raw is its log (block number, index).
type PurchasedEvent = datamarket.DataMarketPurchased

// MarketEntry is a manifest entry as the DataMarket takes it.
type MarketEntry struct {
	TokenID uint64 `json:"tokenId"`
	Units   uint64 `json:"units"`
}

// Listing is a DataMarket listing.
type Listing = datamarket.DataMarketListing

// MarketPurchase is a DataMarket purchase.
type MarketPurchase = datamarket.DataMarketPurchase

// Purchase states of the DataMarket.
const (
	PurchasePaid      uint8 = 1
	PurchaseDelivered uint8 = 2
	PurchaseRefunded  uint8 = 3
)

// Exclusion reasons of the DataMarket's EntryExcluded event.
const (
	ExcludedNoConsent   uint8 = 1
	ExcludedNotSellable uint8 = 2 // not finalized, or of another class, or unknown
	ExcludedNoValue     uint8 = 3 // its units could not be spent: value short, expired, market not approved
)

func marketEntries(es []MarketEntry) []datamarket.DataMarketEntry {
	out := make([]datamarket.DataMarketEntry, len(es))
	for i, e := range es {
		out[i] = datamarket.DataMarketEntry{TokenId: u64(e.TokenID), Units: u64(e.Units)}
	}
	return out
}

// GrantConsent lets the DataMarket sell holder's tokens of the class for the purpose codes in
// purposes (bit p for code p), only to allow-listed buyers with allowListOnly, and approves the
// market as holder's class operator on the DAT so that a purchase can spend the tokens' units.
// purposes 0 revokes (the approval is withdrawn too).
func (s *Suite) GrantConsent(ctx context.Context, holder *Account, classID uint64, purposes *big.Int, allowListOnly bool) error {
	if _, err := s.send(ctx, holder, s.Market, s.MarketABI.PackSetConsent(u64(classID), purposes, allowListOnly), nil); err != nil {
		return err
	}
	_, err := s.send(ctx, holder, s.DAT, s.DATABI.PackApproveForClass(u64(classID), s.Market, purposes.Sign() != 0), nil)
	return err
}

// SetFloor accepts asset (zero address: ETH) for holder's tokens of a class at no less than price
// per unit after fees; an asset never priced is refused.
func (s *Suite) SetFloor(ctx context.Context, holder *Account, classID uint64, asset common.Address, price *big.Int) error {
	_, err := s.send(ctx, holder, s.Market, s.MarketABI.PackSetFloor(u64(classID), asset, price), nil)
	return err
}

// SetBuyerRule puts buyer on holder's allow-list (1) or deny-list (2) for a class, or off both (0).
func (s *Suite) SetBuyerRule(ctx context.Context, holder *Account, classID uint64, buyer common.Address, rule uint8) error {
	_, err := s.send(ctx, holder, s.Market, s.MarketABI.PackSetBuyerRule(u64(classID), buyer, rule), nil)
	return err
}

// ListDataset lists a dataset (curators only) and returns the listing id.
func (s *Suite) ListDataset(ctx context.Context, curator *Account, l Listing) (uint64, error) {
	r, err := s.send(ctx, curator, s.Market, s.MarketABI.PackList(new(big.Int).SetUint64(l.ClassId), l.ManifestRoot, l.ManifestCid,
		l.CertificateHash, l.Asset, l.PricePerUnit, l.Purposes, l.AccessDuration, l.DeliveryWindow, l.LicenceURI), nil)
	if err != nil {
		return 0, err
	}
	for _, lg := range r.Logs {
		if ev, err := s.MarketABI.UnpackListedEvent(lg); err == nil {
			return ev.ListingId.Uint64(), nil
		}
	}
	return 0, datpin.Errorf(datpin.EINTERNAL, "list receipt has no Listed event")
}

// PurchaseResult is what a purchase included and excluded.
type PurchaseResult struct {
	ID       uint64
	Tokens   uint64
	Units    uint64
	Amount   *big.Int
	SoldRoot [32]byte
	Excluded map[uint64]uint8 // token id → Excluded* reason
	// ExcludedOrder are the excluded entries' token ids in manifest order (a manifest may list a
	// token twice).
	ExcludedOrder []uint64
	Receipt       *types.Receipt
}

// Sold returns the purchase's included entries of manifest entries, with their manifest
// indexes: what a delivery passes.
func (r *PurchaseResult) Sold(entries []MarketEntry) ([]MarketEntry, []uint64) {
	var sold []MarketEntry
	var idx []uint64
	k := 0
	for i, e := range entries {
		if k < len(r.ExcludedOrder) && r.ExcludedOrder[k] == e.TokenID {
			k++
			continue
		}
		sold, idx = append(sold, e), append(idx, uint64(i))
	}
	return sold, idx
}

// BuyDataset buys listing for purpose, paying value (ETH listings; nil for ERC-20 ones, whose
// allowance the buyer gave) and returns what the purchase included.
func (s *Suite) BuyDataset(ctx context.Context, buyer *Account, listing uint64, entries []MarketEntry, purpose uint8, ageRecipient string, minUnits uint64, maxAmount, value *big.Int) (*PurchaseResult, error) {
	r, err := s.send(ctx, buyer, s.Market, s.MarketABI.PackPurchase(u64(listing), marketEntries(entries), purpose, ageRecipient, u64(minUnits), maxAmount), value)
	if err != nil {
		return nil, err
	}
	res := &PurchaseResult{Excluded: map[uint64]uint8{}, Receipt: r}
	for _, lg := range r.Logs {
		if ev, err := s.MarketABI.UnpackPurchasedEvent(lg); err == nil {
			res.ID, res.Tokens, res.Units, res.Amount, res.SoldRoot = ev.PurchaseId.Uint64(), ev.Tokens.Uint64(), ev.Units.Uint64(), ev.Amount, ev.SoldRoot
		} else if ev, err := s.MarketABI.UnpackEntryExcludedEvent(lg); err == nil {
			res.Excluded[ev.TokenId.Uint64()] = ev.Why
			res.ExcludedOrder = append(res.ExcludedOrder, ev.TokenId.Uint64())
		}
	}
	if res.ID == 0 {
		return nil, datpin.Errorf(datpin.EINTERNAL, "purchase receipt has no Purchased event")
	}
	return res, nil
}

// DeliverPurchase delivers a purchase from a gateway (an active validator): the purchase's
// included entries with their manifest indexes (PurchaseResult.Sold), whose units it spends, and
// the content address of the wrapped-key bundle.
func (s *Suite) DeliverPurchase(ctx context.Context, gateway *Account, purchase uint64, bundleCID [32]byte, sold []MarketEntry, indexes []uint64) (*types.Receipt, error) {
	idx := make([]*big.Int, len(indexes))
	for i, v := range indexes {
		idx[i] = u64(v)
	}
	return s.send(ctx, gateway, s.Market, s.MarketABI.PackDeliver(u64(purchase), bundleCID, marketEntries(sold), idx), nil)
}

// RefundPurchase returns an undelivered purchase's escrow to its buyer after the deadline.
func (s *Suite) RefundPurchase(ctx context.Context, buyer *Account, purchase uint64) (*types.Receipt, error) {
	return s.send(ctx, buyer, s.Market, s.MarketABI.PackRefund(u64(purchase)), nil)
}

// SaleClaim is one sold entry claimed from a delivered purchase: the entry, its manifest index,
// its position among the sold entries and its proof against the purchase's sold root.
type SaleClaim struct {
	Entry    MarketEntry
	Index    uint64
	Position uint64
	Proof    [][32]byte
}

// ClaimSales pays sold entries of a delivered purchase to their tokens' current holders.
func (s *Suite) ClaimSales(ctx context.Context, from *Account, purchase uint64, claims []SaleClaim) (*types.Receipt, error) {
	es := make([]MarketEntry, len(claims))
	idx, pos := make([]*big.Int, len(claims)), make([]*big.Int, len(claims))
	proofs := make([][][32]byte, len(claims))
	for i, c := range claims {
		es[i], idx[i], pos[i], proofs[i] = c.Entry, u64(c.Index), u64(c.Position), c.Proof
	}
	return s.send(ctx, from, s.Market, s.MarketABI.PackClaimSales(u64(purchase), marketEntries(es), idx, pos, proofs), nil)
}

// WithdrawCredit withdraws from's credit in asset (fees, change, ETH a holder could not receive).
func (s *Suite) WithdrawCredit(ctx context.Context, from *Account, asset common.Address) (*types.Receipt, error) {
	return s.send(ctx, from, s.Market, s.MarketABI.PackWithdraw(asset), nil)
}

// PurchaseOf reads a purchase.
func (s *Suite) PurchaseOf(ctx context.Context, id uint64) (MarketPurchase, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.Market, s.MarketABI.PackPurchaseOf(u64(id)))
	if err != nil {
		return MarketPurchase{}, err
	}
	p, err := s.MarketABI.UnpackPurchaseOf(out)
	if err != nil {
		return MarketPurchase{}, datpin.Wrap(datpin.EINTERNAL, err, "decode purchaseOf")
	}
	return p, nil
}

// MarketCredit is account's withdrawable credit in asset.
func (s *Suite) MarketCredit(ctx context.Context, asset, account common.Address) (*big.Int, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.Market, s.MarketABI.PackCredit(asset, account))
	if err != nil {
		return nil, err
	}
	v, err := s.MarketABI.UnpackCredit(out)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode credit")
	}
	return v, nil
}

// ConsentOf reads holder's consent for a class: the purposes bitmask and whether only
// allow-listed buyers may buy.
func (s *Suite) ConsentOf(ctx context.Context, holder common.Address, classID uint64) (*big.Int, bool, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.Market, s.MarketABI.PackConsentOf(holder, u64(classID)))
	if err != nil {
		return nil, false, err
	}
	c, err := s.MarketABI.UnpackConsentOf(out)
	if err != nil {
		return nil, false, datpin.Wrap(datpin.EINTERNAL, err, "decode consentOf")
	}
	return c.Purposes, c.AllowListOnly, nil
}

// IsApprovedForClass reports whether owner approved operator for its tokens of a class on the DAT.
func (s *Suite) IsApprovedForClass(ctx context.Context, owner common.Address, classID uint64, operator common.Address) (bool, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.DAT, s.DATABI.PackIsApprovedForClass(owner, u64(classID), operator))
	if err != nil {
		return false, err
	}
	ok, err := s.DATABI.UnpackIsApprovedForClass(out)
	if err != nil {
		return false, datpin.Wrap(datpin.EINTERNAL, err, "decode isApprovedForClass")
	}
	return ok, nil
}

// SoldEntries returns the entries of a purchase of a listing with manifest entries that the
// purchase included, with their manifest indexes: the manifest less the purchase's
// EntryExcluded events, in order. A gateway passes them to DeliverPurchase.
func (s *Suite) SoldEntries(ctx context.Context, purchase uint64, entries []MarketEntry) ([]MarketEntry, []uint64, error) {
	excluded, err := s.PurchaseExclusions(ctx, purchase)
	if err != nil {
		return nil, nil, err
	}
	r := &PurchaseResult{ExcludedOrder: excluded}
	sold, idx := r.Sold(entries)
	return sold, idx, nil
}

// PurchaseExclusions returns the token ids of a purchase's EntryExcluded events in log order:
// the entries the purchase did not include, then, once delivered, those its delivery dropped.
func (s *Suite) PurchaseExclusions(ctx context.Context, purchase uint64) ([]uint64, error) {
	logs, err := s.Chain.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(s.Block),
		Addresses: []common.Address{s.Market},
		Topics:    [][]common.Hash{{entryExcludedTopic}, {common.BigToHash(u64(purchase))}},
	})
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "read the purchase's exclusions")
	}
	var out []uint64
	for i := range logs {
		ev, err := s.MarketABI.UnpackEntryExcludedEvent(&logs[i])
		if err != nil {
			return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode EntryExcluded")
		}
		out = append(out, ev.TokenId.Uint64())
	}
	return out, nil
}

// PurchasedEvents returns the DataMarket's Purchased events in blocks from..to (inclusive), in
// chain order.
func (s *Suite) PurchasedEvents(ctx context.Context, from, to uint64) ([]*PurchasedEvent, error) {
	logs, err := s.Chain.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{s.Market},
		Topics:    [][]common.Hash{{purchasedTopic}},
	})
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "read Purchased events")
	}
	out := make([]*PurchasedEvent, 0, len(logs))
	for i := range logs {
		ev, err := s.MarketABI.UnpackPurchasedEvent(&logs[i])
		if err != nil {
			return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode Purchased")
		}
		ev.Raw = &logs[i]
		out = append(out, ev)
	}
	return out, nil
}

// ListingOf reads a listing; one that does not exist has a zero Seller.
func (s *Suite) ListingOf(ctx context.Context, id uint64) (Listing, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.Market, s.MarketABI.PackListingOf(u64(id)))
	if err != nil {
		return Listing{}, err
	}
	l, err := s.MarketABI.UnpackListingOf(out)
	if err != nil {
		return Listing{}, datpin.Wrap(datpin.EINTERNAL, err, "decode listingOf")
	}
	return l, nil
}

// ApproveERC20 lets spender move amount of owner's ERC-20 token (any ERC-20: the call is the
// standard approve).
func (s *Suite) ApproveERC20(ctx context.Context, owner *Account, token, spender common.Address, amount *big.Int) error {
	_, err := s.send(ctx, owner, token, s.TokenABI.PackApprove(spender, amount), nil)
	return err
}

// AllowanceERC20 is what spender may move of owner's ERC-20 token.
func (s *Suite) AllowanceERC20(ctx context.Context, token, owner, spender common.Address) (*big.Int, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, token, s.TokenABI.PackAllowance(owner, spender))
	if err != nil {
		return nil, err
	}
	v, err := s.TokenABI.UnpackAllowance(out)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode allowance")
	}
	return v, nil
}
