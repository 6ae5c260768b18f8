package evm_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin/contracts/bindings/datamarket"
	"github.com/datpin/datpin/contracts/bindings/falsereturningerc20"
	"github.com/datpin/datpin/contracts/bindings/feeontransfererc20"
	"github.com/datpin/datpin/contracts/bindings/reentranterc20"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/market"
)

const recipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"

var (
	allPurposes = big.NewInt(0xff)
	research    = evm.PurposeResearch
)

// marketNet is a network with a gateway (an active validator) and tokens of the main class:
// holder0 holds a (value 100) and b (value 50), holder1 holds c (value 80), holder2 holds d
// (value 60), all finalized.
type marketNet struct {
	*evmtest.Net
	gateway    *evm.Account
	a, b, c, d uint64
	listed     map[uint64][]market.Entry // listing id → manifest entries
}

func newMarketNet(t *testing.T) *marketNet {
	t.Helper()
	n := adminNet(t)
	m := &marketNet{Net: n, gateway: n.RegisterValidators(1)[0], listed: map[uint64][]market.Entry{}}
	class := n.Suite.ClassID
	m.a = n.Mint(class, holder0.Address, 100, 100, 0)
	m.b = n.Mint(class, holder0.Address, 50, 50, 0)
	m.c = n.Mint(class, holder1.Address, 80, 80, 0)
	m.d = n.Mint(class, holder2.Address, 60, 60, 0)
	return m
}

// consent has each holder consent to every purpose (and approve the market on the DAT) and
// accept ETH at any price.
func (m *marketNet) consent(holders ...*evm.Account) {
	m.T.Helper()
	for _, h := range holders {
		m.Must(m.Suite.GrantConsent(m.Ctx, h, m.Suite.ClassID, allPurposes, false))
		m.Must(m.Suite.SetFloor(m.Ctx, h, m.Suite.ClassID, ethAsset, new(big.Int)))
	}
}

// accept has each holder accept asset at any price.
func (m *marketNet) accept(asset common.Address, holders ...*evm.Account) {
	m.T.Helper()
	for _, h := range holders {
		m.Must(m.Suite.SetFloor(m.Ctx, h, m.Suite.ClassID, asset, new(big.Int)))
	}
}

// deliver delivers purchase id from gateway gw as a gateway does: the listing's manifest less
// the purchase's exclusions.
func (m *marketNet) deliver(gw *evm.Account, id uint64, cid [32]byte) (*types.Receipt, error) {
	m.T.Helper()
	var entries []market.Entry
	if p, err := m.Suite.PurchaseOf(m.Ctx, id); err == nil {
		entries = m.listed[p.ListingId]
	}
	sold, idx, err := m.Suite.SoldEntries(m.Ctx, id, entries)
	m.Must(err)
	return m.Suite.DeliverPurchase(m.Ctx, gw, id, cid, sold, idx)
}

// list lists entries at price wei (or asset units) per unit and returns the listing id.
func (m *marketNet) list(entries []market.Entry, asset common.Address, price int64) uint64 {
	m.T.Helper()
	id, err := m.Suite.ListDataset(m.Ctx, m.Admin, evm.Listing{
		ClassId: m.Suite.ClassID, ManifestRoot: market.ManifestRoot(entries), ManifestCid: [32]byte{1}, CertificateHash: [32]byte{2},
		Asset: asset, PricePerUnit: big.NewInt(price), Purposes: big.NewInt(1 << research), AccessDuration: 30 * 86400,
		DeliveryWindow: 3600, LicenceURI: "ipfs://licence",
	})
	m.Must(err)
	m.listed[id] = entries
	return id
}

// claims builds the claims of every sold entry of a purchase: sold are the included entries'
// manifest indexes, in order.
func claims(entries []market.Entry, sold []int) []evm.SaleClaim {
	leaves := make([][32]byte, len(sold))
	for k, i := range sold {
		leaves[k] = market.Leaf(i, entries[i])
	}
	tree := market.NewTree(leaves)
	out := make([]evm.SaleClaim, len(sold))
	for k, i := range sold {
		out[k] = evm.SaleClaim{Entry: entries[i],
			Index: uint64(i), Position: uint64(k), Proof: tree.Proof(k)}
	}
	return out
}

// The Go tree is the contract's: roots agree for every size, and each proof verifies.
func TestMarket_MerkleMatchesContract(t *testing.T) {
	m := newMarketNet(t)
	for n := 1; n <= 9; n++ {
		es := make([]market.Entry, n)
		for i := range es {
			es[i] = market.Entry{TokenID: uint64(100 + i), Units: uint64(7 * (i + 1))}
		}
		got := evmtest.Read(m.Net, m.Suite.Market, m.Suite.MarketABI.PackMerkleRoot(marketEntriesABI(es)), m.Suite.MarketABI.UnpackMerkleRoot)
		root := market.ManifestRoot(es)
		if got != root {
			t.Fatalf("%d entries: contract root %x, Go %x", n, got, root)
		}
		leaves := make([][32]byte, n)
		for i := range es {
			leaves[i] = market.Leaf(i, es[i])
		}
		tree := market.NewTree(leaves)
		for i := range es {
			if !market.Verify(tree.Proof(i), root, leaves[i], i, n) {
				t.Fatalf("%d entries: proof of %d does not verify", n, i)
			}
			if n > 1 && market.Verify(tree.Proof(i), root, leaves[i], (i+1)%n, n) {
				t.Fatalf("%d entries: proof of %d verifies at another position", n, i)
			}
		}
	}
}

// A dataset sold and delivered pays exactly its tokens, by units, to their holders at claim
// time; a token outside it (d) gets nothing; fees go to the gateway and the fee recipient.
func TestMarket_PurchaseDeliverClaim(t *testing.T) {
	m := newMarketNet(t)
	m.consent(holder0, holder1, holder2)
	m.MustSend(m.Admin, m.Suite.Market, m.Suite.MarketABI.PackSetFees(500, 100, payee(9)), nil) // 5 % + 1 %
	es := []market.Entry{{TokenID: m.a, Units: 40}, {TokenID: m.b, Units: 10}, {TokenID: m.c, Units: 50}}
	listing := m.list(es, ethAsset, 1000)
	price := big.NewInt(100 * 1000)
	res, err := m.Suite.BuyDataset(m.Ctx, buyer, listing, es, research, recipient, 100, price, new(big.Int).Add(price, big.NewInt(7)))
	m.Must(err)
	if res.Tokens != 3 || res.Units != 100 || res.Amount.Cmp(price) != 0 || len(res.Excluded) != 0 {
		t.Fatalf("purchase %+v", res)
	}
	wantBig(t, "a's value before delivery", m.Value(m.a), big.NewInt(100))
	change, err := m.Suite.MarketCredit(m.Ctx, ethAsset, buyer.Address)
	m.Must(err)
	wantBig(t, "buyer's change", change, big.NewInt(7))

	_, err = m.deliver(m.gateway, res.ID, [32]byte{9})
	m.Must(err)
	wantBig(t, "a's value spent", m.Value(m.a), big.NewInt(60))
	wantBig(t, "c's value spent", m.Value(m.c), big.NewInt(30))
	wantBig(t, "d untouched", m.Value(m.d), big.NewInt(60))
	// c changes hands before its holder claims: the new holder is paid.
	m.MustSend(holder1, m.Suite.DAT, m.Suite.DATABI.PackTransferToken(evmtest.U(m.c), holder2.Address), nil)
	before := map[common.Address]*big.Int{}
	for _, h := range []*evm.Account{holder0, holder1, holder2} {
		before[h.Address] = m.ETH(h.Address)
	}
	_, err = m.Suite.ClaimSales(m.Ctx, stranger, res.ID, claims(es, []int{0, 1, 2}))
	m.Must(err)
	pool := big.NewInt(100_000 - 5000 - 1000)
	gain := func(h *evm.Account) *big.Int { return new(big.Int).Sub(m.ETH(h.Address), before[h.Address]) }
	wantBig(t, "holder0 (a 40 + b 10 of 100 units)", gain(holder0), new(big.Int).Div(new(big.Int).Mul(pool, big.NewInt(50)), big.NewInt(100)))
	wantBig(t, "holder1 (sold c before the claim)", gain(holder1), big.NewInt(0))
	wantBig(t, "holder2 (c 50 of 100 units; d not sold)", gain(holder2), new(big.Int).Div(new(big.Int).Mul(pool, big.NewInt(50)), big.NewInt(100)))
	for who, want := range map[common.Address]int64{payee(9): 5000, m.gateway.Address: 1000} {
		got, err := m.Suite.MarketCredit(m.Ctx, ethAsset, who)
		m.Must(err)
		wantBig(t, "fee credit", got, big.NewInt(want))
	}
	p, err := m.Suite.PurchaseOf(m.Ctx, res.ID)
	m.Must(err)
	if p.State != evm.PurchaseDelivered || p.Gateway != m.gateway.Address || p.Pool.Cmp(pool) != 0 {
		t.Fatalf("purchase %+v", p)
	}

	t.Run("ErrDoubleClaim", func(t *testing.T) {
		_, err := m.Suite.ClaimSales(m.Ctx, holder0, res.ID, claims(es, []int{0, 1, 2})[:1])
		evmtest.ExpectRevert(t, err, "AlreadyClaimed", "")
	})
	t.Run("ErrDoubleDelivery", func(t *testing.T) {
		_, err := m.deliver(m.gateway, res.ID, [32]byte{10})
		evmtest.ExpectRevert(t, err, "NotInState", "")
	})
	t.Run("ErrRefundAfterDelivery", func(t *testing.T) {
		m.AdvanceTo(m.Now() + 7200)
		_, err := m.Suite.RefundPurchase(m.Ctx, buyer, res.ID)
		evmtest.ExpectRevert(t, err, "NotInState", "")
	})
}

// Entries the buyer may not have are excluded and neither spent nor paid: no consent, a denied
// buyer, a floor above the price, a purpose not consented, spent value; the buyer pays for the
// rest only.
func TestMarket_AttackPurchaseWithoutConsentOrValue(t *testing.T) {
	m := newMarketNet(t)
	cls := m.Suite.ClassID
	m.consent(holder0, holder1)                                         // holder2 never consents
	m.Must(m.Suite.SetBuyerRule(m.Ctx, holder1, cls, buyer.Address, 2)) // holder1 denies the buyer
	es := []market.Entry{{TokenID: m.a, Units: 40}, {TokenID: m.b, Units: 60}, {TokenID: m.c, Units: 10}, {TokenID: m.d, Units: 10}}
	listing := m.list(es, ethAsset, 10)
	res, err := m.Suite.BuyDataset(m.Ctx, buyer, listing, es, research, recipient, 0, big.NewInt(1_000_000), big.NewInt(1_000_000))
	m.Must(err)
	want := map[uint64]uint8{m.b: evm.ExcludedNoValue, m.c: evm.ExcludedNoConsent, m.d: evm.ExcludedNoConsent}
	if res.Tokens != 1 || res.Units != 40 || res.Amount.Int64() != 400 || len(res.Excluded) != 3 {
		t.Fatalf("purchase %+v", res)
	}
	for id, why := range want {
		if res.Excluded[id] != why {
			t.Errorf("token %d excluded %d, want %d", id, res.Excluded[id], why)
		}
	}
	_, err = m.deliver(m.gateway, res.ID, [32]byte{1})
	m.Must(err)
	for id, v := range map[uint64]int64{m.a: 60, m.b: 50, m.c: 80, m.d: 60} {
		wantBig(t, "value", m.Value(id), big.NewInt(v))
	}

	t.Run("ErrFloorAbovePrice", func(t *testing.T) {
		m.Must(m.Suite.SetFloor(m.Ctx, holder0, cls, ethAsset, big.NewInt(11)))
		_, err := m.Suite.BuyDataset(m.Ctx, buyer, listing, es, research, recipient, 0, big.NewInt(1_000_000), big.NewInt(1_000_000))
		evmtest.ExpectRevert(t, err, "NothingIncluded", "")
		m.Must(m.Suite.SetFloor(m.Ctx, holder0, cls, ethAsset, big.NewInt(0)))
	})
	t.Run("ErrPurposeNotConsented", func(t *testing.T) {
		m.Must(m.Suite.GrantConsent(m.Ctx, holder0, cls, big.NewInt(1<<evm.PurposeCommercial), false))
		_, err := m.Suite.BuyDataset(m.Ctx, buyer, listing, es, research, recipient, 0, big.NewInt(1_000_000), big.NewInt(1_000_000))
		evmtest.ExpectRevert(t, err, "NothingIncluded", "")
	})
	t.Run("ErrRevokedConsent", func(t *testing.T) {
		m.Must(m.Suite.GrantConsent(m.Ctx, holder0, cls, new(big.Int), false))
		_, err := m.Suite.BuyDataset(m.Ctx, buyer, listing, es, research, recipient, 0, big.NewInt(1_000_000), big.NewInt(1_000_000))
		evmtest.ExpectRevert(t, err, "NothingIncluded", "")
		wantBig(t, "a's value after refused purchases", m.Value(m.a), big.NewInt(60))
	})
	t.Run("ErrAllowListOnly", func(t *testing.T) {
		m.Must(m.Suite.GrantConsent(m.Ctx, holder0, cls, allPurposes, true))
		_, err := m.Suite.BuyDataset(m.Ctx, buyer, listing, es, research, recipient, 0, big.NewInt(1_000_000), big.NewInt(1_000_000))
		evmtest.ExpectRevert(t, err, "NothingIncluded", "")
		m.Must(m.Suite.SetBuyerRule(m.Ctx, holder0, cls, buyer.Address, 1))
		res, err := m.Suite.BuyDataset(m.Ctx, buyer, listing, es, research, recipient, 0, big.NewInt(1_000_000), big.NewInt(1_000_000))
		m.Must(err)
		if res.Units != 40 {
			t.Fatalf("allow-listed buyer bought %d units", res.Units)
		}
	})
	t.Run("ErrMinUnits", func(t *testing.T) {
		_, err := m.Suite.BuyDataset(m.Ctx, buyer, listing, es, research, recipient, 41, big.NewInt(1_000_000), big.NewInt(1_000_000))
		evmtest.ExpectRevert(t, err, "NothingIncluded", "")
	})
}

// Purchases the listing does not allow revert: another manifest, another purpose, too little
// ETH, a price above the buyer's limit, a closed listing.
func TestMarket_PurchaseRefusals(t *testing.T) {
	m := newMarketNet(t)
	m.consent(holder0)
	es := []market.Entry{{TokenID: m.a, Units: 10}}
	listing := m.list(es, ethAsset, 10)
	buy := func(es []market.Entry, purpose uint8, maxAmount, value int64) error {
		_, err := m.Suite.BuyDataset(m.Ctx, buyer, listing, es, purpose, recipient, 0, big.NewInt(maxAmount), big.NewInt(value))
		return err
	}
	evmtest.ExpectRevert(t, buy([]market.Entry{{TokenID: m.a, Units: 11}}, research, 1000, 1000), "ManifestMismatch", "")
	evmtest.ExpectRevert(t, buy([]market.Entry{{TokenID: m.b, Units: 10}}, research, 1000, 1000), "ManifestMismatch", "")
	evmtest.ExpectRevert(t, buy(es, evm.PurposeCommercial, 1000, 1000), "PurposeNotListed", "")
	evmtest.ExpectRevert(t, buy(es, research, 1000, 99), "WrongPayment", "")
	evmtest.ExpectRevert(t, buy(es, research, 99, 1000), "PriceAboveLimit", "")
	wantBig(t, "a after refused purchases", m.Value(m.a), big.NewInt(100))
	_, err := m.Send(stranger, m.Suite.Market, m.Suite.MarketABI.PackCloseListing(evmtest.U(listing)), nil)
	evmtest.ExpectRevert(t, err, "Unauthorized", "")
	m.MustSend(m.Admin, m.Suite.Market, m.Suite.MarketABI.PackCloseListing(evmtest.U(listing)), nil)
	evmtest.ExpectRevert(t, buy(es, research, 1000, 1000), "ListingNotOpen", "")
	_, err = m.Suite.ListDataset(m.Ctx, stranger, evm.Listing{ClassId: m.Suite.ClassID, ManifestRoot: [32]byte{1},
		PricePerUnit: big.NewInt(1), Purposes: big.NewInt(1), AccessDuration: 1, DeliveryWindow: 1})
	evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", "")
}

// Delivery: only an active validator, once, before the deadline; then the buyer's refund is
// refused. Undelivered: the buyer alone takes the escrow back after the deadline, once.
func TestMarket_AttackDeliveryAndRefund(t *testing.T) {
	m := newMarketNet(t)
	m.consent(holder0)
	es := []market.Entry{{TokenID: m.a, Units: 10}}
	listing := m.list(es, ethAsset, 10)
	buy := func() uint64 {
		res, err := m.Suite.BuyDataset(m.Ctx, buyer, listing, es, research, recipient, 0, big.NewInt(100), big.NewInt(100))
		m.Must(err)
		return res.ID
	}
	p1 := buy()
	_, err := m.deliver(stranger, p1, [32]byte{1})
	evmtest.ExpectRevert(t, err, "Unauthorized", "")
	_, err = m.Suite.RefundPurchase(m.Ctx, buyer, p1)
	evmtest.ExpectRevert(t, err, "DeliveryOpen", "")
	_, err = m.deliver(m.gateway, 99, [32]byte{1})
	evmtest.ExpectRevert(t, err, "PurchaseNotFound", "")

	m.AdvanceTo(m.Now() + 3601)
	_, err = m.deliver(m.gateway, p1, [32]byte{1})
	evmtest.ExpectRevert(t, err, "DeliveryClosed", "")
	_, err = m.Suite.RefundPurchase(m.Ctx, stranger, p1)
	evmtest.ExpectRevert(t, err, "NotBuyer", "")
	before := m.ETH(buyer.Address)
	r, err := m.Suite.RefundPurchase(m.Ctx, buyer, p1)
	m.Must(err)
	fee := new(big.Int).Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed))
	wantBig(t, "refund", new(big.Int).Sub(m.ETH(buyer.Address), before), new(big.Int).Sub(big.NewInt(100), fee))
	_, err = m.Suite.RefundPurchase(m.Ctx, buyer, p1)
	evmtest.ExpectRevert(t, err, "NotInState", "")
	_, err = m.Suite.ClaimSales(m.Ctx, holder0, p1, claims(es, []int{0}))
	evmtest.ExpectRevert(t, err, "NotInState", "")
	wantBig(t, "market holds nothing", m.ETH(m.Suite.Market), big.NewInt(0))
}

// Claims must prove an entry of that purchase: other units, another purchase's entry, a
// position past the sold ones.
func TestMarket_AttackForgedClaims(t *testing.T) {
	m := newMarketNet(t)
	m.consent(holder0, holder1)
	es1 := []market.Entry{{TokenID: m.a, Units: 10}, {TokenID: m.c, Units: 10}}
	es2 := []market.Entry{{TokenID: m.b, Units: 40}}
	l1, l2 := m.list(es1, ethAsset, 10), m.list(es2, ethAsset, 1000)
	p1, err := m.Suite.BuyDataset(m.Ctx, buyer, l1, es1, research, recipient, 0, big.NewInt(200), big.NewInt(200))
	m.Must(err)
	p2, err := m.Suite.BuyDataset(m.Ctx, buyer, l2, es2, research, recipient, 0, big.NewInt(40_000), big.NewInt(40_000))
	m.Must(err)
	for _, p := range []uint64{p1.ID, p2.ID} {
		_, err := m.deliver(m.gateway, p, [32]byte{1})
		m.Must(err)
	}
	forged := claims(es1, []int{0, 1})[0]
	forged.Entry.Units = 20
	_, err = m.Suite.ClaimSales(m.Ctx, holder0, p1.ID, []evm.SaleClaim{forged})
	evmtest.ExpectRevert(t, err, "NotSold", "")
	// b's entry of the expensive purchase 2, claimed against purchase 1.
	_, err = m.Suite.ClaimSales(m.Ctx, holder0, p1.ID, claims(es2, []int{0}))
	evmtest.ExpectRevert(t, err, "NotSold", "")
	past := claims(es1, []int{0, 1})[1]
	past.Position = 2
	_, err = m.Suite.ClaimSales(m.Ctx, holder1, p1.ID, []evm.SaleClaim{past})
	evmtest.ExpectRevert(t, err, "NotSold", "")
	m.Must(func() error {
		_, err := m.Suite.ClaimSales(m.Ctx, holder1, p1.ID, claims(es1, []int{0, 1}))
		return err
	}())
	wantBig(t, "market keeps only purchase 2's pool", m.ETH(m.Suite.Market), big.NewInt(40_000))
}

// ERC-20 payments: a fee-on-transfer token and a token whose transfers return false are
// refused; a token that reenters the market during the payment is stopped by the guard.
func TestMarket_AttackERC20Payments(t *testing.T) {
	m := newMarketNet(t)
	m.consent(holder0)
	es := []market.Entry{{TokenID: m.a, Units: 10}}

	fee := m.Deploy(m.Admin, feeontransfererc20.FeeOnTransferERC20MetaData.Bin, nil)
	m.accept(fee, holder0)
	m.MustSend(buyer, fee, feeontransfererc20.NewFeeOnTransferERC20().PackMint(buyer.Address, big.NewInt(1000)), nil)
	m.Approve(buyer, fee, m.Suite.Market, big.NewInt(1000))
	l := m.list(es, fee, 10)
	_, err := m.Suite.BuyDataset(m.Ctx, buyer, l, es, research, recipient, 0, big.NewInt(100), nil)
	evmtest.ExpectRevert(t, err, "WrongPayment", "")

	fr := m.Deploy(m.Admin, falsereturningerc20.FalseReturningERC20MetaData.Bin, nil)
	m.accept(fr, holder0)
	m.MustSend(buyer, fr, falsereturningerc20.NewFalseReturningERC20().PackMint(buyer.Address, big.NewInt(1000)), nil)
	m.MustSend(buyer, fr, falsereturningerc20.NewFalseReturningERC20().PackApprove(m.Suite.Market, big.NewInt(1000)), nil)
	l = m.list(es, fr, 10)
	_, err = m.Suite.BuyDataset(m.Ctx, buyer, l, es, research, recipient, 0, big.NewInt(100), nil)
	evmtest.ExpectRevert(t, err, "SafeERC20FailedOperation", "")
	wantBig(t, "a unspent", m.Value(m.a), big.NewInt(100))

	rabi := reentranterc20.NewReentrantERC20()
	re := m.Deploy(m.Admin, reentranterc20.ReentrantERC20MetaData.Bin, nil)
	m.accept(re, holder0)
	m.MustSend(buyer, re, rabi.PackMint(buyer.Address, big.NewInt(1000)), nil)
	m.Approve(buyer, re, m.Suite.Market, big.NewInt(1000))
	l = m.list(es, re, 10)
	// During the payment the token calls the market to withdraw, then to buy again.
	m.MustSend(stranger, re, rabi.PackArm(m.Suite.Market, m.Suite.MarketABI.PackWithdraw(re), big.NewInt(1)), nil)
	res, err := m.Suite.BuyDataset(m.Ctx, buyer, l, es, research, recipient, 0, big.NewInt(100), nil)
	m.Must(err)
	last := evmtest.Read(m.Net, re, rabi.PackLastError(), rabi.UnpackLastError)
	if revertName(last) != "ReentrancyGuardReentrantCall" {
		t.Fatalf("reentrant call failed with %q; want the guard", revertName(last))
	}
	wantBig(t, "escrowed", m.ERC20Balance(re, m.Suite.Market), big.NewInt(100))
	if res.Units != 10 {
		t.Fatalf("purchase %+v", res)
	}
}

// Fees are bounded and set by the admin alone; a purchase keeps the fees of its time.
func TestMarket_Fees(t *testing.T) {
	m := newMarketNet(t)
	_, err := m.Send(stranger, m.Suite.Market, m.Suite.MarketABI.PackSetFees(100, 100, stranger.Address), nil)
	evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", "")
	_, err = m.Send(m.Admin, m.Suite.Market, m.Suite.MarketABI.PackSetFees(1500, 501, payee(1)), nil)
	evmtest.ExpectRevert(t, err, "FeesTooHigh", "")
	m.consent(holder0)
	es := []market.Entry{{TokenID: m.a, Units: 10}}
	l := m.list(es, ethAsset, 100)
	res, err := m.Suite.BuyDataset(m.Ctx, buyer, l, es, research, recipient, 0, big.NewInt(1000), big.NewInt(1000))
	m.Must(err)
	m.MustSend(m.Admin, m.Suite.Market, m.Suite.MarketABI.PackSetFees(2000, 0, payee(1)), nil)
	_, err = m.deliver(m.gateway, res.ID, [32]byte{3})
	m.Must(err)
	p, err := m.Suite.PurchaseOf(m.Ctx, res.ID)
	m.Must(err)
	wantBig(t, "pool with the purchase's fees (none)", p.Pool, big.NewInt(1000))
}

func marketEntriesABI(es []market.Entry) []datamarket.DataMarketEntry {
	out := make([]datamarket.DataMarketEntry, len(es))
	for i, e := range es {
		out[i] = datamarket.DataMarketEntry{TokenId: evmtest.U(e.TokenID), Units: evmtest.U(e.Units)}
	}
	return out
}
