package index_test

import (
	"context"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
	"github.com/datpin/datpin/store"
)

// TestIndexer_MarketAndFreeData indexes a sale (listing, a purchase with exclusions, delivery,
// part of its claims, a refunded purchase), a holder's consent and a throttled FreeData plan, and
// checks every figure against the chain.
func TestIndexer_MarketAndFreeData(t *testing.T) {
	f := indextest.Build(t)
	m := indextest.AddMarket(t, f)
	ctx := context.Background()
	s := f.Suite
	db := openDB(t, t.TempDir())
	f.Must(newIndexer(t, db, s, 0).CatchUp(ctx))
	holder := low(f.Operator.Address)

	t.Run("Listing", func(t *testing.T) {
		p, err := db.Listings(ctx, 0, 0)
		f.Must(err)
		if p.Total != 1 || len(p.Items) != 1 {
			t.Fatalf("listings %+v", p)
		}
		l, err := db.Listing(ctx, m.Listing)
		f.Must(err)
		var units uint64
		for _, e := range m.Manifest {
			units += e.Units
		}
		if !l.Open || l.Tokens == nil || *l.Tokens != len(m.Manifest) || *l.Units != units || l.Purchases != 2 || l.Delivered != 1 {
			t.Fatalf("listing %+v", l.Listing)
		}
		if l.PricePerUnit != "1000" || !slices.Equal(l.PurposeNames, []string{"research", "ai-training"}) ||
			l.ManifestCID != store.CIDFromDigest([32]byte{0xda, 0x7a}) || l.CertificateHash != common.Hash([32]byte{0xce, 0x47}).Hex() ||
			l.LicenceURI != "ipfs://licence" || l.DeliveryWindow != 3600 || l.Asset != low(common.Address{}) {
			t.Fatalf("listing terms %+v", l.Listing)
		}
		// Coverage: the fixture's five regions, every token once.
		tokens := 0
		for _, c := range l.Cells {
			tokens += c.Tokens
			if len(c.Boundary) < 5 {
				t.Errorf("cell %+v has no boundary", c)
			}
		}
		if len(l.Cells) != 5 || tokens != len(m.Manifest) || len(l.Entries) != len(m.Manifest) || len(l.PurchaseList) != 2 {
			t.Fatalf("coverage %d cells %d tokens, %d entries, %d purchases", len(l.Cells), tokens, len(l.Entries), len(l.PurchaseList))
		}
		if _, err := db.Listing(ctx, 99); datpin.ErrorCode(err) != datpin.ENOTFOUND {
			t.Fatalf("missing listing: %v", err)
		}
	})

	t.Run("Purchase", func(t *testing.T) {
		p, err := db.Purchase(ctx, m.Delivered)
		f.Must(err)
		chain, err := s.PurchaseOf(ctx, m.Delivered)
		f.Must(err)
		if p.State != "delivered" || p.Delivery == nil || p.Buyer != low(m.Buyer.Address) || p.PurposeName != "research" {
			t.Fatalf("purchase %+v", p.Purchase)
		}
		d := p.Delivery
		if d.Gateway != low(m.Gateway.Address) || d.BundleCID != store.CIDFromDigest(m.Bundle) || d.Pool != chain.Pool.String() ||
			d.Charged != chain.Amount.String() || d.Units != chain.TotalUnits || d.Tokens != int(chain.Tokens) {
			t.Fatalf("delivery %+v; chain %+v", d, chain)
		}
		// Rejected tokens are excluded as not sellable; the rest delivered, the first two claimed.
		delivered, claimed, shares := 0, 0, new(big.Int)
		for _, e := range p.Entries {
			st, _ := f.Expected(e.Token)
			switch {
			case st == "rejected":
				if e.State != "excluded" || e.Reason != "not-sellable" {
					t.Errorf("rejected token %d: %+v", e.Token, e)
				}
			case e.State != "delivered" || e.Position == nil || *e.Position != delivered:
				t.Errorf("token %d: %+v", e.Token, e)
			default:
				v, _ := new(big.Int).SetString(e.Share, 10)
				shares.Add(shares, v)
				if e.Claimed {
					claimed++
					if *e.Position >= m.Claims {
						t.Errorf("entry at position %d marked claimed", *e.Position)
					}
				}
				delivered++
			}
		}
		if !p.EntriesKnown || delivered != len(m.Sold) || claimed != m.Claims || p.Excluded != len(m.Manifest)-len(m.Sold) {
			t.Fatalf("%d delivered, %d claimed, %d excluded", delivered, claimed, p.Excluded)
		}
		if shares.Cmp(chain.Pool) > 0 || new(big.Int).Sub(chain.Pool, shares).Cmp(big.NewInt(int64(delivered))) >= 0 {
			t.Fatalf("shares %s of pool %s", shares, chain.Pool)
		}
		if len(p.Claims) != m.Claims || p.Claims[0].Holder != holder {
			t.Fatalf("claims %+v", p.Claims)
		}
		r, err := db.Purchase(ctx, m.Refunded)
		f.Must(err)
		if r.State != "refunded" || r.Refund == nil || r.Refund.Amount != r.Amount || r.Delivery != nil {
			t.Fatalf("refunded purchase %+v", r.Purchase)
		}
		for _, e := range r.Entries {
			if e.State != "refunded" && e.State != "excluded" {
				t.Errorf("refunded purchase entry %+v", e)
			}
		}
		page, err := db.Purchases(ctx, index.PurchaseFilter{Buyer: m.Buyer.Address.Hex()})
		f.Must(err)
		if page.Total != 2 || page.Items[0].ID != m.Refunded {
			t.Fatalf("buyer's purchases %+v", page)
		}
		if page, err = db.Purchases(ctx, index.PurchaseFilter{Buyer: m.Denied.Address.Hex()}); err != nil || page.Total != 0 {
			t.Fatalf("another buyer's purchases %+v %v", page, err)
		}
		if _, err := db.Purchases(ctx, index.PurchaseFilter{Limit: 501}); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("limit 501: %v", err)
		}
	})

	t.Run("Holder", func(t *testing.T) {
		h, err := db.Holder(ctx, f.Operator.Address.Hex())
		f.Must(err)
		if len(h.Consents) != 1 {
			t.Fatalf("consents %+v", h.Consents)
		}
		c := h.Consents[0]
		if c.Class != s.ClassID || c.Purposes != m.Purposes.String() || c.AllowListOnly ||
			len(c.Floors) != 1 || c.Floors[0].PricePerUnit != "500" || !c.Floors[0].Accepted ||
			len(c.BuyerRules) != 1 || c.BuyerRules[0].Buyer != low(m.Denied.Address) || c.BuyerRules[0].Rule != "deny" {
			t.Fatalf("consent %+v", c)
		}
		chain, err := s.PurchaseOf(ctx, m.Delivered)
		f.Must(err)
		if len(h.Earnings) != 1 || h.Earnings[0].Purchase != m.Delivered || h.Earnings[0].Entries != len(m.Sold) {
			t.Fatalf("earnings %+v", h.Earnings)
		}
		e := h.Earnings[0]
		claimed, _ := new(big.Int).SetString(e.Claimed, 10)
		pending, _ := new(big.Int).SetString(e.Pending, 10)
		if claimed.Sign() <= 0 || pending.Sign() <= 0 || new(big.Int).Sub(chain.Pool, new(big.Int).Add(claimed, pending)).CmpAbs(big.NewInt(int64(len(m.Sold)))) >= 0 {
			t.Fatalf("claimed %s + pending %s; pool %s", claimed, pending, chain.Pool)
		}
		// A stranger has neither consent nor earnings.
		h, err = db.Holder(ctx, m.Denied.Address.Hex())
		f.Must(err)
		if len(h.Consents) != 0 || len(h.Earnings) != 0 {
			t.Fatalf("stranger %+v", h)
		}
	})

	t.Run("FreeData", func(t *testing.T) {
		v, err := db.Vault(ctx)
		f.Must(err)
		chain, err := s.VaultState(ctx)
		f.Must(err)
		if !v.Complete || v.Supply != chain.TotalSupply.String() || v.StoredAssets != chain.StoredAssets.String() ||
			v.VestingAmount != chain.VestingAmount.String() || v.VestingEnd != chain.VestingEnd ||
			v.EmissionReserve != chain.EmissionReserve.String() || v.TotalAssets != chain.TotalAssets.String() {
			t.Fatalf("vault %+v; chain %+v", v, chain)
		}
		if v.Revenue != m.Revenue.String() || v.SharePrice <= 1 || v.SharePrice > 1.2 {
			t.Fatalf("revenue %s share price %f", v.Revenue, v.SharePrice)
		}
		p, err := db.Plan(ctx, m.Subscriber.Address.Hex())
		f.Must(err)
		cp, err := s.PlanOf(ctx, m.Subscriber.Address)
		f.Must(err)
		if p.Principal != cp.Principal.String() || p.Shares != cp.Shares.String() || p.CreditKB != cp.CreditKB.Uint64() ||
			p.UsedKB != cp.UsedKB.Uint64() || p.Throttled != cp.Throttled || !p.Throttled || p.YieldConverted != cp.YieldConverted.String() ||
			p.Since != cp.Since || p.Deposited != m.Deposit.String() {
			t.Fatalf("plan %+v; chain %+v", p, cp)
		}
		kinds := map[string]int{}
		for _, e := range p.History {
			kinds[e.Kind]++
		}
		if kinds["subscribed"] != 1 || kinds["converted"] < 2 || kinds["metered"] != 2 || kinds["throttled"] != 1 {
			t.Fatalf("history %v", kinds)
		}
		if v.Plans.Subscribers != 1 || v.Plans.Throttled != 1 || v.Plans.CreditKB != p.CreditKB || v.Plans.UsedKB != p.UsedKB ||
			v.Plans.Principal != p.Principal {
			t.Fatalf("plan totals %+v", v.Plans)
		}
		last := v.Series[len(v.Series)-1]
		if last.CreditKB != p.CreditKB || last.UsedKB != p.UsedKB || last.YieldConverted != p.YieldConverted {
			t.Fatalf("series ends at %+v", last)
		}
		for i := 1; i < len(v.Series); i++ {
			if v.Series[i].CreditKB < v.Series[i-1].CreditKB || v.Series[i].Time < v.Series[i-1].Time {
				t.Fatalf("series goes back at %d: %+v", i, v.Series)
			}
		}
		if _, err := db.Plan(ctx, m.Buyer.Address.Hex()); datpin.ErrorCode(err) != datpin.ENOTFOUND {
			t.Fatalf("no plan: %v", err)
		}
	})
}

// TestIndexer_MarketReorg: consent, a listing, a plan deposit and vault revenue indexed from a
// branch the chain then abandons are rolled back; the new branch's consent replaces the old one,
// and whatever the node mines again on the new branch is counted once.
func TestIndexer_MarketReorg(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	ctx := context.Background()
	s := n.Suite
	holder, sub := evmtest.Account("holder", 1), evmtest.Account("holder", 2)
	n.Must(s.MintToken(ctx, n.Admin, sub.Address, evm.Ether(5)))
	n.Must(s.MintToken(ctx, n.Admin, n.Admin.Address, evm.Ether(5)))
	forkAt, err := n.Chain.Client.BlockNumber(ctx)
	n.Must(err)
	parent, err := n.Chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(forkAt))
	n.Must(err)

	// Old branch.
	n.Must(s.GrantConsent(ctx, holder, s.ClassID, big.NewInt(1), false))
	n.Must(s.SetFloor(ctx, holder, s.ClassID, common.Address{}, big.NewInt(7)))
	_, err = s.ListDataset(ctx, n.Admin, evm.Listing{ClassId: s.ClassID, ManifestRoot: [32]byte{1}, Asset: common.Address{},
		PricePerUnit: big.NewInt(1), Purposes: big.NewInt(1), AccessDuration: 7200, DeliveryWindow: 3600, LicenceURI: "x"})
	n.Must(err)
	_, err = s.PlanBind(ctx, n.Admin, [32]byte{9}, sub.Address)
	n.Must(err)
	_, err = s.PlanDeposit(ctx, sub, [32]byte{9}, evm.Ether(5))
	n.Must(err)
	_, err = s.VaultRevenue(ctx, n.Admin, evm.Ether(5))
	n.Must(err)
	db := openDB(t, t.TempDir())
	ix := newIndexer(t, db, s, 0)
	n.Must(ix.CatchUp(ctx))
	before, err := db.Vault(ctx)
	n.Must(err)
	if l, _ := db.Listings(ctx, 0, 0); l.Total != 1 || before.Revenue != evm.Ether(5).String() {
		t.Fatalf("old branch not indexed: %d listings, revenue %s", l.Total, before.Revenue)
	}
	oldHead := ix.Stats().Indexed

	// New branch from forkAt: only another consent.
	n.Must(n.Chain.Fork(parent.Hash()))
	n.Must(s.GrantConsent(ctx, holder, s.ClassID, big.NewInt(1<<3), true))
	for {
		h, _ := n.Chain.Client.BlockNumber(ctx)
		if h > oldHead+1 {
			break
		}
		_, err := n.Chain.Mine()
		n.Must(err)
	}
	n.Must(ix.CatchUp(ctx))
	if st := ix.Stats(); st.Reorgs != 1 {
		t.Fatalf("stats %+v; want one reorg", st)
	}
	// The node may mine the abandoned branch's transactions again on the new one: the index
	// must agree with the chain either way, each event counted once.
	listings := evmtest.Read(n, s.Market, s.MarketABI.PackListingCount(), s.MarketABI.UnpackListingCount)
	if l, _ := db.Listings(ctx, 0, 0); uint64(l.Total) != listings.Uint64() {
		t.Fatalf("index has %d listings, chain %s", l.Total, listings)
	}
	purposes, allowOnly, err := s.ConsentOf(ctx, holder.Address, s.ClassID)
	n.Must(err)
	h, err := db.Holder(ctx, holder.Address.Hex())
	n.Must(err)
	if purposes.Int64() != 8 || !allowOnly || len(h.Consents) != 1 || h.Consents[0].Purposes != "8" || !h.Consents[0].AllowListOnly {
		t.Fatalf("consent after the reorg %+v; chain %s %v", h.Consents, purposes, allowOnly)
	}
	cp, err := s.PlanOf(ctx, sub.Address)
	n.Must(err)
	p, err := db.Plan(ctx, sub.Address.Hex())
	switch {
	case cp.Principal.Sign() == 0 && datpin.ErrorCode(err) != datpin.ENOTFOUND:
		t.Fatalf("plan of the abandoned branch: %+v %v", p, err)
	case cp.Principal.Sign() > 0 && (err != nil || p.Principal != cp.Principal.String() || p.Deposited != evm.Ether(5).String()):
		t.Fatalf("plan %+v %v; chain %+v", p, err, cp)
	}
	v, err := db.Vault(ctx)
	n.Must(err)
	chain, err := s.VaultState(ctx)
	n.Must(err)
	if v.Supply != chain.TotalSupply.String() || v.TotalAssets != chain.TotalAssets.String() || v.VestingAmount != chain.VestingAmount.String() {
		t.Fatalf("vault after the reorg %+v; chain %+v", v, chain)
	}
	t.Logf("after the reorg: %s listings, plan principal %s, vault revenue %s", listings, cp.Principal, v.Revenue)
}
