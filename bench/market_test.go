package bench_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/datpin/datpin/bench"
)

// The market benchmark measures a small dataset end to end on chain and reports a size above
// MAX_ENTRIES as not one purchase.
func TestMarket_Small(t *testing.T) {
	res, err := bench.Market(context.Background(), []int{4, 600})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Sizes) != 2 || !res.Sizes[0].Feasible || res.Sizes[1].Feasible || res.MaxEntries != 512 {
		t.Fatalf("sizes %+v", res.Sizes)
	}
	s := res.Sizes[0]
	if s.PurchasePerToken == 0 || s.PurchaseOneHolder == 0 || s.PurchaseOneHolder > s.PurchasePerToken || s.DeliveryPerToken == 0 || s.ClaimPerToken == 0 {
		t.Fatalf("gas %+v", s)
	}
	if g := res.PurchaseGasPerToken["4"]; g == nil || *g != s.PurchasePerToken || res.PurchaseGasPerToken["600"] != nil {
		t.Fatalf("purchaseGasPerToken %v", res.PurchaseGasPerToken)
	}
	md := res.Markdown(bench.Stamp(time.Now()))
	if !strings.Contains(md, "## Data market") || !strings.Contains(md, "above MAX_ENTRIES (512)") {
		t.Fatalf("report:\n%s", md)
	}
}

// The delivery half: tokens anchored by an agent and finalized are sold in several purchases
// (two tokens each here), delivered by the gateway and downloaded, every record verified, on
// all cores and again on one.
func TestMarketDelivery_Small(t *testing.T) {
	res, err := bench.MarketDelivery(context.Background(), bench.DeliveryConfig{Tokens: 5, Records: 40, PerPurchase: 2})
	if err != nil {
		t.Fatal(err)
	}
	if res.Purchases != 3 || res.Verified != 200 || res.Unverified != 0 || res.ExportBytes == 0 {
		t.Fatalf("delivery %+v", res)
	}
	if res.PaymentToExportSeconds <= 0 || res.PaymentToExportSeconds < res.GatewaySeconds || res.VerifyRecordsPerSecPerCore <= 0 {
		t.Fatalf("timings %+v", res)
	}
}
