package market

import (
	"context"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
)

// BuyOptions is a buyer's order for a listing.
type BuyOptions struct {
	Listing   uint64
	Manifest  *Manifest // the listing's manifest: its entries are what the purchase passes
	Purpose   uint8     // evm.Purpose*
	Recipient string    // the buyer's age recipient, to which the gateway wraps the data keys
	MinUnits  uint64    // fewer units included and the purchase reverts (0: any)
	// MaxAmount is the most the buyer pays, in the listing's asset's base units (nil: the price
	// of every unit of the manifest, the most the purchase can cost).
	MaxAmount *big.Int
}

// Quote is what a listing costs at most: every unit of its manifest at its price.
type Quote struct {
	Asset        common.Address // zero: ETH
	PricePerUnit *big.Int
	Units        uint64
	Max          *big.Int // PricePerUnit × Units
}

// QuoteListing checks manifest m against listing l (open, same root, of the deployment's market
// if the manifest names one) and returns its quote.
func QuoteListing(s *evm.Suite, l evm.Listing, m *Manifest) (*Quote, error) {
	if l.Seller == (common.Address{}) {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "listing does not exist")
	}
	if !l.Open {
		return nil, datpin.Errorf(datpin.ECONFLICT, "listing is closed")
	}
	if m.Market != "" && !strings.EqualFold(m.Market, s.Market.Hex()) {
		return nil, datpin.Errorf(datpin.EINVALID, "the manifest is for market %s, not %s", m.Market, s.Market.Hex())
	}
	if err := CheckListing(m, l); err != nil {
		return nil, err
	}
	var units uint64
	for _, e := range m.Entries {
		units += e.Units
	}
	max := new(big.Int).Mul(l.PricePerUnit, new(big.Int).SetUint64(units))
	return &Quote{Asset: l.Asset, PricePerUnit: new(big.Int).Set(l.PricePerUnit), Units: units, Max: max}, nil
}

// Buy buys a listing: it checks the manifest against the listing and the recipient, pays in ETH
// (the lesser of the quote and MaxAmount; what entries the purchase excludes is credited back
// for withdrawal) or in the listing's ERC-20 (approving the market for that much first if its
// allowance is short), and returns what the purchase included.
func Buy(ctx context.Context, s *evm.Suite, buyer *evm.Account, o BuyOptions) (*evm.PurchaseResult, *Quote, error) {
	if o.Manifest == nil {
		return nil, nil, datpin.Errorf(datpin.EINVALID, "buy needs the listing's manifest")
	}
	if _, err := ParseRecipient(o.Recipient); err != nil {
		return nil, nil, err
	}
	l, err := s.ListingOf(ctx, o.Listing)
	if err != nil {
		return nil, nil, err
	}
	q, err := QuoteListing(s, l, o.Manifest)
	if err != nil {
		return nil, nil, err
	}
	if l.Purposes.Bit(int(o.Purpose)) == 0 {
		return nil, q, datpin.Errorf(datpin.EINVALID, "listing %d is not sold for purpose %d", o.Listing, o.Purpose)
	}
	limit := q.Max
	if o.MaxAmount != nil && o.MaxAmount.Cmp(limit) < 0 {
		limit = o.MaxAmount
	}
	var value *big.Int
	if l.Asset == (common.Address{}) {
		value = limit
	} else {
		allowed, err := s.AllowanceERC20(ctx, l.Asset, buyer.Address, s.Market)
		if err != nil {
			return nil, q, err
		}
		if allowed.Cmp(limit) < 0 {
			if err := s.ApproveERC20(ctx, buyer, l.Asset, s.Market, limit); err != nil {
				return nil, q, err
			}
		}
	}
	res, err := s.BuyDataset(ctx, buyer, o.Listing, o.Manifest.MarketEntries(), o.Purpose, o.Recipient, o.MinUnits, limit, value)
	if err != nil {
		return nil, q, err
	}
	return res, q, nil
}
