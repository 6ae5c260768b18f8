package indextest

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/market"
)

// Recipient is the age recipient the fixture's buyer declares.
const Recipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"

// Market is the data market and FreeData activity AddMarket adds to a fixture.
type Market struct {
	Listing  uint64
	Manifest []market.Entry // every token of the fixture, rejected ones included
	Buyer    *evm.Account
	Gateway  *evm.Account
	// Delivered is a purchase delivered by Gateway with bundle digest Bundle, of which the first
	// Claims sold entries are claimed; Refunded a later purchase its buyer took back after the
	// delivery window.
	Delivered, Refunded uint64
	Bundle              [32]byte
	Sold                []int // manifest indexes Delivered included
	Claims              int
	Denied              *evm.Account // on the holder's deny-list
	Purposes            *big.Int     // the holder's consent: research and AI training
	// Subscriber deposited Deposit into a FreeData plan; vault revenue vested into credit, part
	// of which it used, then it asked for more than was left and was throttled.
	Subscriber *evm.Account
	Deposit    *big.Int
	Revenue    *big.Int
}

// ethAsset is the market's asset address for ETH.
var ethAsset common.Address

// Price is the fixture listing's price per unit, in wei.
const Price = 1_000

// AddMarket runs the data market and a FreeData plan on a fixture's network: the operator
// (holding every token) consents, the admin (curator) lists every token of the fixture (the
// rejected ones are excluded at purchase), a buyer buys it, a validator delivers it with a bundle
// digest, part of the sale is claimed; a second purchase is refunded; a subscriber deposits,
// revenue vests into credit, usage is metered until the plan is throttled.
func AddMarket(tb testing.TB, f *Fixture) *Market {
	tb.Helper()
	n := f.Net
	s, ctx := n.Suite, n.Ctx
	m := &Market{Buyer: evmtest.Account("buyer", 0), Gateway: f.Validators[0], Denied: evmtest.Account("attacker", 0),
		Purposes: big.NewInt(1<<evm.PurposeResearch | 1<<evm.PurposeAITraining), Subscriber: evmtest.Account("holder", 0)}
	n.Must(s.GrantConsent(ctx, f.Operator, s.ClassID, m.Purposes, false))
	n.Must(s.SetFloor(ctx, f.Operator, s.ClassID, ethAsset, big.NewInt(Price/2)))
	n.Must(s.SetBuyerRule(ctx, f.Operator, s.ClassID, m.Denied.Address, 2))

	for id := f.First; id < f.First+uint64(f.Tokens()); id++ {
		units := uint64(1)
		if v := n.Value(id).Uint64(); v >= 8 {
			units = v / 4
		}
		m.Manifest = append(m.Manifest, market.Entry{TokenID: id, Units: units})
	}
	var err error
	m.Listing, err = s.ListDataset(ctx, n.Admin, evm.Listing{
		ClassId: s.ClassID, ManifestRoot: market.ManifestRoot(m.Manifest), ManifestCid: [32]byte{0xda, 0x7a},
		CertificateHash: [32]byte{0xce, 0x47}, Asset: ethAsset, PricePerUnit: big.NewInt(Price),
		Purposes: big.NewInt(1<<evm.PurposeResearch | 1<<evm.PurposeAITraining), AccessDuration: 30 * 86400,
		DeliveryWindow: 3600, LicenceURI: "ipfs://licence",
	})
	n.Must(err)
	entries := m.Manifest
	max := big.NewInt(1 << 40)
	res, err := s.BuyDataset(ctx, m.Buyer, m.Listing, entries, evm.PurposeResearch, Recipient, 0, max, max)
	n.Must(err)
	m.Delivered = res.ID
	sold, idx := res.Sold(entries)
	for _, i := range idx {
		m.Sold = append(m.Sold, int(i))
	}
	m.Bundle = [32]byte{0xb0, 0x0d, 0x1e}
	_, err = s.DeliverPurchase(ctx, m.Gateway, m.Delivered, m.Bundle, sold, idx)
	n.Must(err)
	// Claim the first two sold entries (anyone may send the claims).
	leaves := make([][32]byte, len(m.Sold))
	for k, i := range m.Sold {
		leaves[k] = market.Leaf(i, m.Manifest[i])
	}
	tree := market.NewTree(leaves)
	m.Claims = 2
	var cs []evm.SaleClaim
	for k := 0; k < m.Claims; k++ {
		i := m.Sold[k]
		cs = append(cs, evm.SaleClaim{Entry: entries[i], Index: uint64(i), Position: uint64(k), Proof: tree.Proof(k)})
	}
	_, err = s.ClaimSales(ctx, m.Buyer, m.Delivered, cs)
	n.Must(err)
	// A second purchase nobody delivers, refunded after the window.
	res2, err := s.BuyDataset(ctx, m.Buyer, m.Listing, entries, evm.PurposeAITraining, Recipient, 0, max, max)
	n.Must(err)
	m.Refunded = res2.ID
	n.Advance(2 * time.Hour)
	_, err = s.RefundPurchase(ctx, m.Buyer, m.Refunded)
	n.Must(err)

	// FreeData: a deposit, revenue that vests into credit, usage, throttling.
	m.Deposit, m.Revenue = evm.Ether(100), evm.Ether(10)
	n.Must(s.MintToken(ctx, n.Admin, m.Subscriber.Address, m.Deposit))
	n.Must(s.MintToken(ctx, n.Admin, n.Admin.Address, m.Revenue))
	_, err = s.PlanBind(ctx, n.Admin, [32]byte{0x5b, 0x01}, m.Subscriber.Address)
	n.Must(err)
	_, err = s.PlanDeposit(ctx, m.Subscriber, [32]byte{0x5b, 0x01}, m.Deposit)
	n.Must(err)
	_, err = s.VaultRevenue(ctx, n.Admin, m.Revenue)
	n.Must(err)
	n.Advance(3 * 24 * time.Hour)
	_, err = s.PlanAccrue(ctx, n.Admin, m.Subscriber.Address)
	n.Must(err)
	_, err = s.PlanMeter(ctx, n.Admin, m.Subscriber.Address, 20*1_048_576) // 20 GB
	n.Must(err)
	n.Advance(2 * 24 * time.Hour)
	_, err = s.PlanMeter(ctx, n.Admin, m.Subscriber.Address, 500*1_048_576) // more than the credit
	n.Must(err)
	return m
}
