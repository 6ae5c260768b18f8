package agent_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"filippo.io/age"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/telemetry"
)

// flakyChain is a Chain that can be taken down, can lose the answer to an
// anchor transaction that was mined, and can let another relayer anchor
// the same contributions first.
type flakyChain struct {
	agent.Chain
	down        atomic.Bool
	loseReceipt atomic.Int32 // anchors that are mined but answered with an error
	frontRun    atomic.Int32 // anchors that another relayer mines first
}

func (c *flakyChain) unavailable() error {
	return datpin.Errorf(datpin.EUNAVAILABLE, "chain at 127.0.0.1 does not answer")
}

func (c *flakyChain) Now(ctx context.Context) (uint64, error) {
	if c.down.Load() {
		return 0, c.unavailable()
	}
	return c.Chain.Now(ctx)
}

func (c *flakyChain) TokenOfDeviceRoot(ctx context.Context, device [20]byte, root [32]byte) (uint64, error) {
	if c.down.Load() {
		return 0, c.unavailable()
	}
	return c.Chain.TokenOfDeviceRoot(ctx, device, root)
}

func (c *flakyChain) DeviceStatus(ctx context.Context, d [20]byte) ([20]byte, bool, error) {
	if c.down.Load() {
		return [20]byte{}, false, c.unavailable()
	}
	return c.Chain.DeviceStatus(ctx, d)
}

func (c *flakyChain) Onboard(ctx context.Context, d [20]byte, cell uint64, t datpin.DeviceType, deadline uint64, sig []byte) error {
	if c.down.Load() {
		return c.unavailable()
	}
	return c.Chain.Onboard(ctx, d, cell, t, deadline, sig)
}

func (c *flakyChain) Anchor(ctx context.Context, cs []datpin.Contribution, sigs [][]byte) (uint64, string, error) {
	if c.down.Load() {
		return 0, "", c.unavailable()
	}
	if c.frontRun.Add(-1) >= 0 {
		if _, _, err := c.Chain.Anchor(ctx, cs, sigs); err != nil {
			return 0, "", err
		}
	}
	first, tx, err := c.Chain.Anchor(ctx, cs, sigs)
	if err == nil && c.loseReceipt.Add(-1) >= 0 {
		return 0, "", datpin.Errorf(datpin.EUNAVAILABLE, "connection reset while waiting for the receipt of %s", tx)
	}
	return first, tx, err
}

// switchStore is the local store, or, while down, a Kubo client pointed at
// a port nobody listens on.
type switchStore struct {
	up   *store.Local
	dead *store.Kubo
	down atomic.Bool
}

func newSwitchStore(t *testing.T, up *store.Local) *switchStore {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	addr := ln.Addr().String()
	ln.Close()
	k, err := store.NewKubo("http://" + addr)
	must(t, err)
	return &switchStore{up: up, dead: k}
}

func (s *switchStore) cur() datpin.ContentStore {
	if s.down.Load() {
		return s.dead
	}
	return s.up
}
func (s *switchStore) Put(ctx context.Context, b []byte) (string, error) { return s.cur().Put(ctx, b) }
func (s *switchStore) Get(ctx context.Context, c string) ([]byte, error) { return s.cur().Get(ctx, c) }
func (s *switchStore) Has(ctx context.Context, c string) (bool, error)   { return s.cur().Has(ctx, c) }

func post(t *testing.T, url, token string, body []byte) (int, agent.UploadResult) {
	t.Helper()
	req, _ := http.NewRequest("POST", url+"/v1/records", bytes.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	must(t, err)
	defer resp.Body.Close()
	var res agent.UploadResult
	json.NewDecoder(resp.Body).Decode(&res)
	return resp.StatusCode, res
}

func metric(t *testing.T, url, name string) float64 {
	t.Helper()
	resp, err := http.Get(url + "/metrics")
	must(t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + ` (\S+)$`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("metric %s not exported", name)
	}
	v, err := strconv.ParseFloat(string(m[1]), 64)
	must(t, err)
	return v
}

// The chain and the store go down mid-run: the agent keeps accepting
// uploads (each acknowledged once on disk) and keeps packaging; when the
// store returns it stores, when the chain returns it anchors, and in the
// end every record is anchored exactly once.
func TestOutage_ChainAndStoreDown_KeepsAcceptingThenCatchesUp(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	chain := &flakyChain{Chain: agent.NewSuiteChain(n.Suite, evmtest.Account("operator", 0))}
	local, err := store.NewLocal(t.TempDir())
	must(t, err)
	st := newSwitchStore(t, local)
	r := newRig(t, chain, st, local, func(c *agent.Config) {
		c.SealAfter = 100 * time.Millisecond
		c.AnchorLinger = 100 * time.Millisecond
	})
	tok, entry := agent.NewToken("gw", []string{"*"})
	srv := httptest.NewServer(r.agent.Handler(agent.HandlerOptions{Tokens: &agent.Tokens{Devices: []agent.TokenEntry{entry}}}))
	defer srv.Close()
	ctx := context.Background()

	rng := rand.New(rand.NewPCG(1, 2))
	all := workload(rng, 4, 3, 30)
	var phase1, phase2 []datpin.Record
	for _, rec := range all {
		if rec.Time < 18691*86400*1000 && len(phase1) < 80 {
			phase1 = append(phase1, rec) // most of epoch 18690
		} else {
			phase2 = append(phase2, rec) // later epochs, and late records of 18690
		}
	}
	upload := func(recs []datpin.Record) {
		t.Helper()
		for _, body := range jsonlChunks(t, recs, 10) {
			code, res := post(t, srv.URL, tok, body)
			if code != http.StatusOK || res.Accepted == 0 {
				t.Fatalf("upload: %d %+v", code, res)
			}
		}
	}
	status := func() *agent.Status {
		s, err := r.agent.Status(ctx)
		must(t, err)
		return s
	}

	// Everything up.
	upload(phase1)
	waitFor(t, 30*time.Second, "phase 1 anchored", func() bool { return status().Pending == 0 })
	before, err := n.Suite.TokenCount(ctx)
	must(t, err)
	if before == 0 {
		t.Fatal("nothing anchored in phase 1")
	}

	// Chain and store down: uploads are still accepted, batches sealed and
	// packaged, nothing stored or anchored.
	chain.down.Store(true)
	st.down.Store(true)
	upload(phase2)
	waitFor(t, 30*time.Second, "phase 2 packaged", func() bool {
		s := status()
		return s.Batches["open"] == 0 && s.Batches["sealed"] == 0 && s.Batches["packaged"] > 0
	})
	time.Sleep(300 * time.Millisecond) // a few retries
	if s := status(); s.Batches["stored"] != 0 || s.Records["anchored"] != len(phase1) {
		t.Fatalf("stored or anchored while down: %+v", s)
	}
	if metric(t, srv.URL, `datpin_agent_retries_total{stage="store"}`) == 0 {
		t.Fatal("no store retries counted")
	}

	// The store returns, the chain is still down: packages are stored.
	st.down.Store(false)
	waitFor(t, 30*time.Second, "phase 2 stored", func() bool {
		s := status()
		return s.Batches["packaged"] == 0 && s.Batches["stored"] > 0
	})
	time.Sleep(300 * time.Millisecond)
	if metric(t, srv.URL, `datpin_agent_retries_total{stage="anchor"}`) == 0 {
		t.Fatal("no anchor retries while the chain was down")
	}
	if c, _ := n.Suite.TokenCount(ctx); c != before {
		t.Fatalf("tokens minted while the chain was down: %d, was %d", c, before)
	}

	// The chain returns: the agent catches up.
	chain.down.Store(false)
	waitFor(t, 60*time.Second, "catch-up", func() bool { return status().Pending == 0 })
	r.stop()
	checkExactlyOnce(t, n.Suite, local, r.outbox, []age.Identity{r.validator}, all)
	if got := metric(t, srv.URL, `datpin_agent_records_total{result="accepted"}`); got != float64(len(all)) {
		t.Fatalf("records accepted metric %v, want %d", got, len(all))
	}
	count, _ := n.Suite.TokenCount(ctx)
	if got := metric(t, srv.URL, "datpin_agent_anchored_total"); got != float64(count) {
		t.Fatalf("anchored metric %v, tokens %d", got, count)
	}
}

// An anchor transaction is mined but its answer is lost: the agent does not
// anchor again, it finds the token by the root and records it.
func TestAnchor_LostReceipt_FoundByRootNotAnchoredTwice(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	chain := &flakyChain{Chain: agent.NewSuiteChain(n.Suite, evmtest.Account("operator", 0))}
	chain.loseReceipt.Store(1)
	r := newRig(t, chain, nil, nil, nil)
	importFixture(t, r)
	assertTwoTokens(t, n, r)
	if s := r.agent.Stats(); s.Transactions != 0 || s.Anchored != 2 || s.Retries == 0 {
		t.Fatalf("stats %+v: want the tokens found by root after a retry", s)
	}
}

// Another relayer anchors the same contributions first: the agent's
// transaction reverts with RootAlreadyAnchored, which it takes as success.
func TestAnchor_FrontRun_RootAlreadyAnchoredIsSuccess(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	chain := &flakyChain{Chain: agent.NewSuiteChain(n.Suite, evmtest.Account("operator", 0))}
	chain.frontRun.Store(1)
	r := newRig(t, chain, nil, nil, nil)
	importFixture(t, r)
	assertTwoTokens(t, n, r)
	if s := r.agent.Stats(); s.Transactions != 0 || s.Anchored != 2 {
		t.Fatalf("stats %+v: want the agent's transaction refused and the tokens found by root", s)
	}
}

func importFixture(t *testing.T, r *rig) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, err := r.agent.ImportFiles(ctx, []string{fixture}, nil, telemetry.FormatGNetTrack, agent.ImportOptions{})
	must(t, err)
	must(t, r.agent.Flush(ctx))
}

func assertTwoTokens(t *testing.T, n *evmtest.Net, r *rig) {
	t.Helper()
	ctx := context.Background()
	if c, _ := n.Suite.TokenCount(ctx); c != 2 {
		t.Fatalf("%d tokens, want 2", c)
	}
	bs, err := r.outbox.List(ctx, nil)
	must(t, err)
	for _, b := range bs {
		tok, err := n.Suite.TokenOfRoot(ctx, b.Root)
		must(t, err)
		if b.State != agent.StateAnchored || b.Token != tok || tok == 0 {
			t.Fatalf("batch %+v, root's token %d", b, tok)
		}
	}
}

// Uploads need a valid token for the stations they carry; bad rows are
// quarantined; a retried upload stores nothing twice.
func TestHTTP_AuthQuarantineAndRetry(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	r := newRig(t, agent.NewSuiteChain(n.Suite, evmtest.Account("operator", 0)), nil, nil, nil)
	var qbuf bytes.Buffer
	q := telemetry.NewQuarantine(&qbuf)
	tok, entry := agent.NewToken("gw-1", []string{"A1B2"})
	srv := httptest.NewServer(r.agent.Handler(agent.HandlerOptions{Tokens: &agent.Tokens{Devices: []agent.TokenEntry{entry}}, Quarantine: q}))
	defer srv.Close()

	good := []byte(`{"kind":"session","time":"2026-01-02T03:04:05Z","device":"imsi-001","station":"A1B2","rsrp_dbm":-95.5}
{"kind":"session","time":"2026-01-02T03:04:06Z","device":"imsi-001","station":"A1B2","rsrp_dbm":-20}
{"kind":"session","time":"2026-01-02T03:04:07Z","device":"imsi-001","station":"A1B2","rsrp_dbm":-96}
`)
	if code, _ := post(t, srv.URL, "", good); code != http.StatusUnauthorized {
		t.Fatalf("no token: %d", code)
	}
	if code, _ := post(t, srv.URL, "dpn_wrong", good); code != http.StatusUnauthorized {
		t.Fatalf("wrong token: %d", code)
	}
	other := []byte(`{"kind":"session","time":"2026-01-02T03:04:05Z","device":"imsi-001","station":"FFFF","rsrp_dbm":-95.5}` + "\n")
	if code, _ := post(t, srv.URL, tok, other); code != http.StatusForbidden {
		t.Fatalf("station not allowed: %d", code)
	}
	code, res := post(t, srv.URL, tok, good)
	if code != http.StatusOK || res.Accepted != 2 || res.Quarantined != 1 {
		t.Fatalf("upload: %d %+v", code, res)
	}
	if !bytes.Contains(qbuf.Bytes(), []byte(`"file":"upload:gw-1","line":2`)) {
		t.Fatalf("quarantine: %s", qbuf.String())
	}
	code, res = post(t, srv.URL, tok, good)
	if code != http.StatusOK || res.Accepted != 0 || res.Duplicates != 2 {
		t.Fatalf("retry: %d %+v", code, res)
	}
	resp, err := http.Get(srv.URL + "/v1/status")
	must(t, err)
	var s agent.Status
	must(t, json.NewDecoder(resp.Body).Decode(&s))
	resp.Body.Close()
	if s.Records["open"] != 2 || s.Batches["open"] != 1 {
		t.Fatalf("status %+v", s)
	}
	if got := metric(t, srv.URL, "datpin_agent_quarantined_total"); got != 2 {
		t.Fatalf("quarantined metric %v, want 2 (one per upload)", got)
	}
	if got := metric(t, srv.URL, `datpin_agent_outbox_records{state="open"}`); got != 2 {
		t.Fatalf("outbox records metric %v", got)
	}
}
