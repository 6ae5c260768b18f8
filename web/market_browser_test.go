package web_test

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"math/big"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin/api"
	"github.com/datpin/datpin/freedata"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
	"github.com/datpin/datpin/store"
)

// svgSection returns the part of the DOM inside the SVG element with the given id.
func svgSection(t *testing.T, dom, id string) string {
	t.Helper()
	i := strings.Index(dom, `id="`+id+`"`)
	if i < 0 {
		t.Fatalf("no element #%s in the page", id)
	}
	rest := dom[i:]
	if j := strings.Index(rest, "</svg>"); j >= 0 {
		return rest[:j]
	}
	return rest
}

// elementText returns the DOM from the element with the given id to the end of its tag's first
// closing tag of the same name (enough for leaf elements and tables).
func elementText(t *testing.T, dom, id, closing string) string {
	t.Helper()
	i := strings.Index(dom, `id="`+id+`"`)
	if i < 0 {
		t.Fatalf("no element #%s in the page", id)
	}
	rest := dom[i:]
	if j := strings.Index(rest, closing); j >= 0 {
		return rest[:j]
	}
	return rest
}

// tokenAmount renders base units of the network token as the dashboard does (four decimals).
func tokenAmount(v *big.Int) string {
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	whole, rest := new(big.Int).QuoRem(v, unit, new(big.Int))
	frac := rest.Mul(rest, big.NewInt(10000))
	frac.Quo(frac, unit)
	return fmt.Sprintf("%s.%04d token", whole, frac.Int64())
}

// screenshot takes a screenshot of url into the test's artifact directory and checks it is not blank.
func screenshot(t *testing.T, bin, url, name string) {
	t.Helper()
	shot := filepath.Join(t.ArtifactDir(), name)
	runChromium(t, bin, url, "--screenshot="+shot)
	b, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	colors := map[uint32]bool{}
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y += 7 {
		for x := bounds.Min.X; x < bounds.Max.X; x += 7 {
			r, g, b, _ := img.At(x, y).RGBA()
			colors[r>>8<<16|g>>8<<8|b>>8] = true
		}
	}
	if bounds.Dx() < 800 || len(colors) < 12 {
		t.Fatalf("screenshot %s %v with %d colours looks blank", name, bounds, len(colors))
	}
	t.Logf("screenshot %s (%dx%d)", shot, bounds.Dx(), bounds.Dy())
}

// TestDashboard_MarketAndFreeDataInChromium loads the Market and FreeData pages of a network
// with a sale and a throttled subscriber in headless chromium and checks, in the DOM the scripts
// built, the catalogue with the listing's coverage drawn on the map, its certificate, the holder's
// consent and earnings, the buyer's purchases and delivery, the vault's figures, the chart of
// yield against consumption, the subscriber's credit and the sustainability simulation (a point
// per month, the halvings marked, the deposit a plan needs); then it screenshots both pages.
func TestDashboard_MarketAndFreeDataInChromium(t *testing.T) {
	bin := chromium(t)
	f := indextest.Build(t)
	m := indextest.AddMarket(t, f)
	ctx := context.Background()
	db, err := index.Open(filepath.Join(t.TempDir(), "index.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ix, err := index.New(ctx, db, f.Suite, index.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api.NewServer(&api.Server{DB: db, Indexer: ix, Suite: f.Suite}))
	defer srv.Close()
	low := func(a common.Address) string { return strings.ToLower(a.Hex()) }

	marketURL := srv.URL + "/#market?holder=" + low(f.Operator.Address) + "&buyer=" + low(m.Buyer.Address)
	dom := string(runChromium(t, bin, marketURL, "--dump-dom"))
	if !strings.Contains(dom, `data-ready="1"`) {
		t.Fatalf("the page's scripts did not finish loading the data:\n%s", tail(dom, 3000))
	}
	if regexp.MustCompile(`id="page-market"[^>]*hidden`).MatchString(dom) || !regexp.MustCompile(`id="page-network"[^>]*hidden`).MatchString(dom) {
		t.Error("#market does not show the Market page alone")
	}
	// Catalogue and the listing's coverage: one polygon per region of the fixture's tokens.
	if !strings.Contains(elementText(t, dom, "listings-body", "</tbody>"), `data-listing="`+itoa(m.Listing)+`"`) {
		t.Errorf("the catalogue lacks listing %d", m.Listing)
	}
	want := map[string]bool{}
	for _, s := range f.Stations {
		want[index.CellString(s.Region)] = true
	}
	got := map[string]bool{}
	for _, c := range regexp.MustCompile(`<polygon[^>]*class="cell"[^>]*data-cell="([0-9a-f]+)"`).FindAllStringSubmatch(svgSection(t, dom, "listing-map"), -1) {
		got[c[1]] = true
	}
	if len(got) != len(want) {
		t.Errorf("the listing's map draws cells %v; want %v", got, want)
	}
	for c := range want {
		if !got[c] {
			t.Errorf("the listing's map lacks cell %s", c)
		}
	}
	cert := strings.ToLower(common.Hash([32]byte{0xce, 0x47}).Hex())
	if !strings.Contains(elementText(t, dom, "listing-certificate", "</span>"), cert) {
		t.Errorf("the listing's certificate %s is not shown", cert)
	}
	// The holder: its consent (purposes, floor, the denied buyer) and its earnings from the sale.
	consent := elementText(t, dom, "consent-body", "</tbody>")
	if !strings.Contains(consent, "research, ai-training") || !strings.Contains(consent, "deny ") || !strings.Contains(consent, "ETH ≥ 500 wei") {
		t.Errorf("holder consent: %s", consent)
	}
	if !strings.Contains(elementText(t, dom, "earnings-body", "</tbody>"), `data-purchase="`+itoa(m.Delivered)+`"`) {
		t.Errorf("the holder's earnings lack purchase %d", m.Delivered)
	}
	// The buyer: both purchases, and the delivered one's entries and bundle.
	bought := elementText(t, dom, "buyer-purchases-body", "</tbody>")
	for _, id := range []uint64{m.Delivered, m.Refunded} {
		if !strings.Contains(bought, `data-purchase="`+itoa(id)+`"`) {
			t.Errorf("the buyer's purchases lack %d", id)
		}
	}
	entries := elementText(t, dom, "purchase-entries-body", "</tbody>")
	if n := strings.Count(entries, `data-state="delivered"`); n != len(m.Sold) {
		t.Errorf("purchase %d shows %d delivered entries; want %d", m.Delivered, n, len(m.Sold))
	}
	if n := strings.Count(entries, `data-state="excluded"`); n != len(m.Manifest)-len(m.Sold) {
		t.Errorf("purchase %d shows %d excluded entries; want %d", m.Delivered, n, len(m.Manifest)-len(m.Sold))
	}
	if !strings.Contains(elementText(t, dom, "bundle-cid", "</span>"), store.CIDFromDigest(m.Bundle)) {
		t.Error("the delivery's bundle CID is not shown")
	}
	screenshot(t, bin, marketURL, "market.png")

	freeURL := srv.URL + "/#freedata?plan=" + low(m.Subscriber.Address)
	dom = string(runChromium(t, bin, freeURL, "--dump-dom"))
	if !strings.Contains(dom, `data-ready="1"`) {
		t.Fatalf("the page's scripts did not finish loading the data:\n%s", tail(dom, 3000))
	}
	vs, err := f.Suite.VaultState(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if total := elementText(t, dom, "vault-total", "</dd>"); !strings.Contains(total, tokenAmount(vs.TotalAssets)) {
		t.Errorf("vault total %q; want %s", total, tokenAmount(vs.TotalAssets))
	}
	// The chart: both series drawn, each with a point per conversion or metering (steps).
	points := regexp.MustCompile(`<polyline[^>]*points="([^"]+)"[^>]*data-series="(credit|used)"`)
	for _, id := range []string{"freedata-chart", "plan-chart"} {
		series := map[string]int{}
		for _, p := range points.FindAllStringSubmatch(svgSection(t, dom, id), -1) {
			series[p[2]] = len(strings.Fields(p[1]))
		}
		if series["credit"] < 3 || series["used"] < 3 {
			t.Errorf("%s draws %v points", id, series)
		}
	}
	cp, err := f.Suite.PlanOf(ctx, m.Subscriber.Address)
	if err != nil {
		t.Fatal(err)
	}
	if st := elementText(t, dom, "plan-state", "</dd>"); !strings.Contains(st, "throttled") {
		t.Errorf("plan state %q; want throttled", st)
	}
	credit := fmt.Sprintf("%.2f GB issued", float64(cp.CreditKB.Uint64())/1048576)
	if c := elementText(t, dom, "plan-credit", "</dd>"); !strings.Contains(c, credit) {
		t.Errorf("plan credit %q; want %s", c, credit)
	}
	if !strings.Contains(elementText(t, dom, "plan-history-body", "</tbody>"), `data-kind="throttled"`) {
		t.Error("the plan's history lacks its throttling")
	}
	// The sustainability simulation: the share covered with a point per simulated month, the
	// emission with a mark at each halving, and the deposit a plan of median usage needs.
	sim, err := freedata.Simulate(freedata.DefaultSim())
	if err != nil {
		t.Fatal(err)
	}
	simChart := svgSection(t, dom, "simulation-chart")
	series := map[string]int{}
	for _, p := range regexp.MustCompile(`<polyline[^>]*points="([^"]+)"[^>]*data-series="(covered|emission)"`).FindAllStringSubmatch(simChart, -1) {
		series[p[2]] = len(strings.Fields(p[1]))
	}
	if series["covered"] != len(sim.Months) || series["emission"] != 2*len(sim.Months) {
		t.Errorf("simulation chart draws %v points; want %d covered (one a month) and %d emission (a step a month)", series, len(sim.Months), 2*len(sim.Months))
	}
	if n := strings.Count(simChart, `class="halving"`); n != sim.Config.Years-1 {
		t.Errorf("simulation chart marks %d halvings; want %d", n, sim.Config.Years-1)
	}
	deposit := fmt.Sprintf("%.0f tokens", sim.DepositForMedian)
	if d := elementText(t, dom, "sim-deposit", "</strong>"); !strings.Contains(d, deposit) {
		t.Errorf("needed deposit %q; want %s", d, deposit)
	}
	if s := elementText(t, dom, "sim-summary", "</p>"); !strings.Contains(s, fmt.Sprintf("covers %.1f %%", 100*sim.MinCovered)) || !strings.Contains(s, "to stay covered") {
		t.Errorf("simulation sentence %q", s)
	}
	screenshot(t, bin, freeURL, "freedata.png")
}
