package web_test

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"net/http/httptest"

	"github.com/datpin/datpin/api"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
)

// chromium finds the headless browser: DATPIN_CHROMIUM, else chromium on PATH. The browser test
// fails, not skips, without one: the dashboard is part of what the test suite checks.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("DATPIN_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("chromium is not installed: run scripts/browser.sh (installs Debian's chromium) or set DATPIN_CHROMIUM")
	return ""
}

// runChromium runs headless chromium on url with a fresh profile, letting the page's scripts run
// for the virtual-time budget, with extra arguments (--dump-dom, --screenshot=...).
func runChromium(t *testing.T, bin, url string, extra ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	args := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
		"--user-data-dir=" + t.TempDir(), "--window-size=1400,1900", "--hide-scrollbars",
		"--virtual-time-budget=15000",
	}
	args = append(append(args, extra...), url)
	cmd := exec.CommandContext(ctx, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", extra, err, tail(stderr.String(), 2000))
	}
	return stdout.Bytes()
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

var (
	cellPolygon = regexp.MustCompile(`<polygon[^>]*class="cell[^"]*"[^>]*data-cell="([0-9a-f]+)"`)
	datRow      = regexp.MustCompile(`<tr data-id="(\d+)"`)
)

// section returns the part of the DOM inside the element with the given id.
func section(t *testing.T, dom, id string) string {
	t.Helper()
	i := strings.Index(dom, `id="`+id+`"`)
	if i < 0 {
		t.Fatalf("no element #%s in the page", id)
	}
	rest := dom[i:]
	if j := strings.Index(rest, "</tbody>"); j >= 0 && strings.HasSuffix(id, "-body") {
		return rest[:j]
	}
	if j := strings.Index(rest, "</ul>"); j >= 0 && (id == "falling" || id == "whatif-assumptions") {
		return rest[:j]
	}
	if j := strings.Index(rest, "</svg>"); j >= 0 && id == "map" {
		return rest[:j]
	}
	return rest
}

// TestDashboard_InChromium loads the dashboard of a small indexed network in headless chromium
// and checks, in the DOM its scripts built, that the map draws every cell of the data and the
// tables list the tokens, stations and validators; then it takes a screenshot.
func TestDashboard_InChromium(t *testing.T) {
	bin := chromium(t)
	f := indextest.Build(t)
	db, err := index.Open(filepath.Join(t.TempDir(), "index.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ix, err := index.New(context.Background(), db, f.Suite, index.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api.NewServer(&api.Server{DB: db, Indexer: ix, Suite: f.Suite}))
	defer srv.Close()

	dom := string(runChromium(t, bin, srv.URL+"/", "--dump-dom"))
	if !strings.Contains(dom, `data-ready="1"`) {
		t.Fatalf("the page's scripts did not finish loading the data:\n%s", tail(dom, 3000))
	}

	// Map: one polygon per region with data, no other.
	want := map[string]bool{}
	for _, s := range f.Stations {
		want[index.CellString(s.Region)] = true
	}
	got := map[string]bool{}
	for _, m := range cellPolygon.FindAllStringSubmatch(section(t, dom, "map"), -1) {
		got[m[1]] = true
	}
	if len(got) != len(want) {
		t.Errorf("map draws cells %v; want %v", got, want)
	}
	for c := range want {
		if !got[c] {
			t.Errorf("map lacks cell %s", c)
		}
	}
	weak := index.CellString(f.Stations[2].Region)
	if !regexp.MustCompile(`class="cell gap"[^>]*data-cell="` + weak + `"`).MatchString(dom) {
		t.Errorf("the coverage gap %s is not highlighted on the map", weak)
	}
	if !strings.Contains(section(t, dom, "map"), `class="suggestion"`) {
		t.Error("the map shows no suggested cell")
	}
	// The colour legend spans the network's range of cell quality, in whole points.
	cells, err := db.Cells(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	lo, hi := uint16(10000), uint16(0)
	for _, c := range cells {
		lo, hi = min(lo, *c.Quality), max(hi, *c.Quality)
	}
	legend := fmt.Sprintf("%d.00 → %d.00<", lo/100, (hi+99)/100)
	if !strings.Contains(section(t, dom, "legend"), legend) {
		t.Errorf("the legend does not span the network's quality %s", legend)
	}
	if !regexp.MustCompile(`id="gap-rule"[^>]*>⚠ quality 10\.00 or more below the network's \d+\.\d\d<`).MatchString(dom) {
		t.Error("the optimization view does not state the gap rule it applied")
	}

	// The what-if planner answers for the cell at the top of the optimization view: a measured
	// cell, with its expected score and the stations around it.
	whatif := regexp.MustCompile(`<p[^>]*id="whatif"[^>]*>([^<]*)<`).FindStringSubmatch(dom)
	if whatif == nil || !strings.Contains(whatif[0], `data-source="measured"`) ||
		!regexp.MustCompile(`expected agreed score \d+\.\d\d \(\d+\.\d\d–\d+\.\d\d\); \d+ station\(s\) in the cell`).MatchString(whatif[1]) {
		t.Errorf("the what-if panel does not show a measured cell's estimate: %v", whatif)
	}
	if !strings.Contains(section(t, dom, "whatif-assumptions"), "<li>") {
		t.Error("the what-if panel lists no assumption")
	}

	// DAT explorer: every token of the fixture (fewer than a page).
	ids := map[string]bool{}
	for _, m := range datRow.FindAllStringSubmatch(section(t, dom, "dats-body"), -1) {
		ids[m[1]] = true
	}
	if len(ids) != f.Tokens() {
		t.Errorf("DAT table has %d rows; want %d", len(ids), f.Tokens())
	}
	for i := 0; i < f.Tokens(); i++ {
		if id := f.First + uint64(i); !ids[itoa(id)] {
			t.Errorf("DAT table lacks token %d", id)
		}
	}
	// Stations, validators, rewards, falling stations.
	stations := section(t, dom, "stations-body")
	for _, s := range f.Stations {
		if a := strings.ToLower(s.Device.Address.Hex()); !strings.Contains(stations, `data-station="`+a+`"`) {
			t.Errorf("stations table lacks %s", a)
		}
	}
	validators := section(t, dom, "validators-body")
	for _, v := range f.Validators {
		if a := strings.ToLower(v.Address.Hex()); !strings.Contains(validators, `data-validator="`+a+`"`) {
			t.Errorf("validator table lacks %s", a)
		}
	}
	if n := strings.Count(section(t, dom, "rewards-body"), "<tr "); n != len(f.Stations)-1 { // station 2 earned nothing: both rejected
		t.Errorf("rewards leaderboard has %d rows; want %d", n, len(f.Stations)-1)
	}
	falling := strings.ToLower(f.Stations[5].Device.Address.Hex())
	if !strings.Contains(section(t, dom, "falling"), `data-station="`+falling+`"`) {
		t.Errorf("falling stations lack %s", falling)
	}

	// The detail panel of the first token: three evaluations, the dissenting one marked a fault.
	dom = string(runChromium(t, bin, srv.URL+"/#dat="+itoa(f.First), "--dump-dom"))
	detail := section(t, dom, "dat-detail")
	evals := regexp.MustCompile(`<tr data-validator="(0x[0-9a-f]+)"><td[^>]*>[^<]*</td><td>\d+</td><td>[^<]*</td><td class="(agree|fault)"`).FindAllStringSubmatch(detail, -1)
	if len(evals) != len(f.Validators) {
		t.Fatalf("detail of token %d shows %d evaluations; want %d:\n%s", f.First, len(evals), len(f.Validators), tail(detail, 3000))
	}
	for _, e := range evals {
		dissenter := e[1] == strings.ToLower(f.Validators[f.Dissenter].Address.Hex())
		if (e[2] == "fault") != dissenter {
			t.Errorf("evaluation of %s shown as %s", e[1], e[2])
		}
	}
	// Its receipt, from the chain alone (the fixture's packages are not in a store): the median
	// of the three reveals and the dissenter's fault.
	if r := section(t, dom, "receipt"); !strings.Contains(r, `id="receipt-recomputed" data-available="false"`) ||
		strings.Count(section(t, dom, "receipt-median"), "data-score=") != len(f.Validators) {
		t.Errorf("receipt of token %d:\n%s", f.First, tail(r, 3000))
	}
	d := f.Validators[f.Dissenter].Address.Hex()
	if !strings.Contains(section(t, dom, "receipt-faults"), d[:6]+"…"+d[len(d)-4:]) {
		t.Errorf("the receipt does not show the dissenter's fault:\n%s", tail(section(t, dom, "receipt"), 3000))
	}

	// Screenshot: kept with go test -artifacts (and copied to DATPIN_DASHBOARD_PNG when set).
	shot := filepath.Join(t.ArtifactDir(), "dashboard.png")
	runChromium(t, bin, srv.URL+"/", "--screenshot="+shot)
	b, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	colors := map[uint32]bool{}
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y += 7 {
		for x := bounds.Min.X; x < bounds.Max.X; x += 7 {
			r, g, b, _ := img.At(x, y).RGBA()
			colors[r>>8<<16|g>>8<<8|b>>8] = true
		}
	}
	if bounds.Dx() < 800 || len(colors) < 20 {
		t.Fatalf("screenshot %v with %d colours looks blank", bounds, len(colors))
	}
	t.Logf("screenshot %s (%dx%d)", shot, bounds.Dx(), bounds.Dy())
	if out := os.Getenv("DATPIN_DASHBOARD_PNG"); out != "" {
		if err := os.WriteFile(out, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func itoa(v uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return string(b[i:])
		}
	}
}
