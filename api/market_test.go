package api_test

import (
	"context"
	"strings"
	"testing"

	"github.com/datpin/datpin/api"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
	"github.com/datpin/datpin/store"
)

// TestServer_MarketAndFreeData serves a network with a sale and a throttled FreeData plan: the
// market and FreeData endpoints answer the chain's figures, filter and page, and refuse bad input
// with the error table's codes.
func TestServer_MarketAndFreeData(t *testing.T) {
	srv, f, ix := newServer(t)
	m := indextest.AddMarket(t, f)
	if err := ix.CatchUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	u := srv.URL + "/api/v1/"
	ctx := context.Background()

	var ls index.Page[index.Listing]
	getJSON(t, u+"listings?limit=1", 200, &ls)
	if ls.Total != 1 || len(ls.Items) != 1 || ls.Items[0].Tokens == nil || *ls.Items[0].Tokens != f.Tokens() || ls.Items[0].Purchases != 2 {
		t.Fatalf("listings %+v", ls)
	}
	var ld index.ListingDetail
	getJSON(t, u+"listings/"+itoa(m.Listing), 200, &ld)
	if len(ld.Cells) != 5 || len(ld.PurchaseList) != 2 || ld.CertificateHash == "" || ld.LicenceURI != "ipfs://licence" {
		t.Fatalf("listing %+v", ld)
	}

	var ps index.Page[index.Purchase]
	getJSON(t, u+"purchases?buyer="+m.Buyer.Address.Hex()+"&limit=1&offset=1", 200, &ps)
	if ps.Total != 2 || len(ps.Items) != 1 || ps.Items[0].ID != m.Delivered {
		t.Fatalf("buyer's second page %+v", ps)
	}
	getJSON(t, u+"purchases?buyer="+strings.ToLower(m.Denied.Address.Hex()), 200, &ps)
	if ps.Total != 0 || ps.Items == nil {
		t.Fatalf("another buyer %+v", ps)
	}
	var pd index.PurchaseDetail
	getJSON(t, u+"purchases/"+itoa(m.Delivered), 200, &pd)
	chain, err := f.Suite.PurchaseOf(ctx, m.Delivered)
	f.Must(err)
	delivered := 0
	for _, e := range pd.Entries {
		if e.State == "delivered" {
			delivered++
		}
	}
	if pd.Delivery == nil || pd.Delivery.BundleCID != store.CIDFromDigest(m.Bundle) || pd.Delivery.Pool != chain.Pool.String() ||
		delivered != len(m.Sold) || len(pd.Claims) != m.Claims {
		t.Fatalf("purchase %+v", pd)
	}

	var h index.Holder
	getJSON(t, u+"holders/"+f.Operator.Address.Hex(), 200, &h)
	if len(h.Consents) != 1 || h.Consents[0].PurposeNames[0] != "research" || len(h.Earnings) != 1 || h.Earnings[0].Claimed == "0" {
		t.Fatalf("holder %+v", h)
	}

	var v api.VaultResponse
	getJSON(t, u+"vault", 200, &v)
	vs, err := f.Suite.VaultState(ctx)
	f.Must(err)
	if v.Vault == nil || v.TotalAssets != vs.TotalAssets.String() || v.Supply != vs.TotalSupply.String() || v.Plans.Throttled != 1 ||
		len(v.Series) == 0 || v.Address != strings.ToLower(f.Suite.Vault.Hex()) {
		t.Fatalf("vault %+v; chain %+v", v, vs)
	}
	var p index.Plan
	getJSON(t, u+"plans/"+m.Subscriber.Address.Hex(), 200, &p)
	cp, err := f.Suite.PlanOf(ctx, m.Subscriber.Address)
	f.Must(err)
	if !p.Throttled || p.CreditKB != cp.CreditKB.Uint64() || p.UsedKB != cp.UsedKB.Uint64() || len(p.History) == 0 {
		t.Fatalf("plan %+v; chain %+v", p, cp)
	}

	for _, c := range []struct {
		path, code string
		status     int
	}{
		{"listings/99", "not_found", 404},
		{"listings/x", "invalid", 400},
		{"listings?limit=501", "invalid", 400},
		{"listings?offset=-1", "invalid", 400},
		{"purchases/99", "not_found", 404},
		{"purchases/-1", "invalid", 400},
		{"purchases?buyer=0x12", "invalid", 400},
		{"purchases?listing=a", "invalid", 400},
		{"holders/0xzz", "invalid", 400},
		{"plans/" + m.Buyer.Address.Hex(), "not_found", 404},
		{"plans/0x12", "invalid", 400},
	} {
		var e api.ErrorBody
		getJSON(t, u+c.path, c.status, &e)
		if e.Error.Code != c.code || e.Error.Message == "" {
			t.Errorf("%s: %+v; want %s", c.path, e, c.code)
		}
	}
	if code, _ := do(t, "POST", u+"vault", ""); code != 405 {
		t.Errorf("POST vault: %d", code)
	}
}
