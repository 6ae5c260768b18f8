package webhook_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
	"github.com/datpin/datpin/webhook"
)

// network is the fixture network indexed, as the dispatcher's source.
type network struct {
	f  *indextest.Fixture
	db *index.DB
	ix *index.Indexer
}

func newNetwork(t *testing.T) *network {
	t.Helper()
	f := indextest.Build(t)
	db, err := index.Open(filepath.Join(t.TempDir(), "index.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ix, err := index.New(context.Background(), db, f.Suite, index.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.CatchUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	return &network{f: f, db: db, ix: ix}
}

// anchor anchors one more contribution of station 0 and indexes it.
func (n *network) anchor(t *testing.T) {
	t.Helper()
	net, st := n.f.Net, n.f.Stations[0]
	c := datpin.Contribution{ClassID: net.Suite.ClassID, Device: st.Device.Address, Epoch: uint32(net.Now()/86400) - 1,
		H3Cell: st.Region, RecordCount: 50, Score: 7000, Deadline: net.Now() + 3600}
	_, _ = rand.Read(c.MerkleRoot[:])
	_, _ = rand.Read(c.CIDDigest[:])
	net.Anchor(n.f.Operator, []*evm.Account{st.Device}, []datpin.Contribution{c})
	if err := n.ix.CatchUp(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// receiver is a local HTTP endpoint that checks every delivery's signature and fails the first
// `fail` requests (all of them while failing is negative) with 500.
type receiver struct {
	t      *testing.T
	secret string
	mu     sync.Mutex
	fail   int
	tries  int
	got    map[string]map[string]int // path → event id → deliveries answered 200
	srv    *httptest.Server
}

func newReceiver(t *testing.T, fail int) *receiver {
	r := &receiver{t: t, fail: fail, got: map[string]map[string]int{}}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		defer r.mu.Unlock()
		r.tries++
		if err := webhook.Verify(r.secret, req.Header.Get(webhook.SignatureHeader), body, time.Now(), webhook.DefaultTolerance); err != nil {
			r.t.Errorf("delivery %s: %v", req.Header.Get("Datpin-Delivery"), err)
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		var e index.Event
		if err := json.Unmarshal(body, &e); err != nil || e.ID != req.Header.Get("Datpin-Event-Id") || e.Kind != req.Header.Get("Datpin-Event") {
			r.t.Errorf("delivery body %s (%v); headers %v", body, err, req.Header)
		}
		if r.fail != 0 {
			if r.fail > 0 {
				r.fail--
			}
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		if r.got[req.URL.Path] == nil {
			r.got[req.URL.Path] = map[string]int{}
		}
		r.got[req.URL.Path][e.ID]++
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) setFail(n int) { r.mu.Lock(); r.fail = n; r.mu.Unlock() }

// delivered returns how many times each event reached path with a 200.
func (r *receiver) delivered(path string) map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[string]int{}
	for k, v := range r.got[path] {
		out[k] = v
	}
	return out
}

func (r *receiver) requests() int { r.mu.Lock(); defer r.mu.Unlock(); return r.tries }

// clock is a settable clock for due times.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }
func newClock() *clock               { return &clock{t: time.Now()} }
func openStore(t *testing.T, path string) *webhook.Store {
	t.Helper()
	s, err := webhook.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// metric reads a metric of the dispatcher (with its result label when result is not empty).
func metric(t *testing.T, d *webhook.Dispatcher, name, result string) float64 {
	t.Helper()
	reg := prometheus.NewRegistry()
	reg.MustRegister(d.Collectors()...)
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if result != "" && (len(m.GetLabel()) != 1 || m.GetLabel()[0].GetValue() != result) {
				continue
			}
			if m.Counter != nil {
				return m.Counter.GetValue()
			}
			return m.Gauge.GetValue()
		}
		return 0 // a label value never observed
	}
	t.Fatalf("no metric %s", name)
	return 0
}

// TestDispatcher_RetriesUntilDelivered: a receiver that answers 500 to the first five requests
// gets each of the operator's rejections once, signed, after retries with backoff; the store and
// the metrics count the failed attempts.
func TestDispatcher_RetriesUntilDelivered(t *testing.T) {
	n := newNetwork(t)
	r := newReceiver(t, 5)
	store := openStore(t, filepath.Join(t.TempDir(), "webhooks.db"))
	var logs bytes.Buffer
	h, secret, err := store.Add(context.Background(), webhook.Spec{URL: r.srv.URL + "/hook?token=abc", Operator: n.f.Operator.Address.Hex(),
		Kinds: []string{index.KindDATRejected}, FromStart: true})
	if err != nil {
		t.Fatal(err)
	}
	r.secret = secret
	clk := newClock()
	d := webhook.NewDispatcher(store, n.db, webhook.Config{BaseDelay: time.Second, MaxDelay: 4 * time.Second, Now: clk.now,
		Log: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	ctx := context.Background()
	for i := 0; i < 20 && len(r.delivered("/hook")) < 3; i++ {
		if _, err := d.Step(ctx); err != nil {
			t.Fatal(err)
		}
		clk.add(4 * time.Second)
	}
	got := r.delivered("/hook")
	if len(got) != 3 {
		t.Fatalf("delivered %v; want the 3 rejections", got)
	}
	for id, k := range got {
		if k != 1 || !strings.HasPrefix(id, index.KindDATRejected+":") {
			t.Errorf("event %s delivered %d times", id, k)
		}
	}
	ds, err := store.Deliveries(ctx, webhook.DeliveryFilter{Hook: h.ID})
	if err != nil {
		t.Fatal(err)
	}
	tries := 0
	for _, x := range ds {
		if x.State != webhook.StateDelivered || x.LastStatus != 200 || x.DoneAt == 0 {
			t.Errorf("delivery %+v", x)
		}
		tries += x.Attempts
	}
	if tries != 3+5 || r.requests() != 3+5 {
		t.Errorf("%d attempts recorded, %d received; want 8", tries, r.requests())
	}
	if f, ok := metric(t, d, "datpin_webhook_deliveries_total", "failed"), metric(t, d, "datpin_webhook_deliveries_total", "delivered"); f != 5 || ok != 3 {
		t.Errorf("metrics: %v failed, %v delivered", f, ok)
	}
	// A second pass finds nothing new: no event is delivered twice.
	if _, err := d.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if r.requests() != 8 {
		t.Fatalf("%d requests after an idle pass", r.requests())
	}
	if strings.Contains(logs.String(), secret) || strings.Contains(logs.String(), "token=abc") || !strings.Contains(logs.String(), "will retry") {
		t.Fatalf("logs show the secret or the URL's query, or no retry:\n%s", logs.String())
	}
}

// TestDispatcher_DeadLetterReplay: a receiver that always fails turns every delivery into a dead
// letter after the last attempt; once it answers again, replaying the dead letters delivers
// each event once.
func TestDispatcher_DeadLetterReplay(t *testing.T) {
	n := newNetwork(t)
	r := newReceiver(t, -1)
	store := openStore(t, filepath.Join(t.TempDir(), "webhooks.db"))
	station := n.f.Stations[5].Device.Address.Hex()
	h, secret, err := store.Add(context.Background(), webhook.Spec{URL: r.srv.URL, Station: station, FromStart: true})
	if err != nil {
		t.Fatal(err)
	}
	r.secret = secret
	clk := newClock()
	d := webhook.NewDispatcher(store, n.db, webhook.Config{MaxAttempts: 3, BaseDelay: time.Second, Now: clk.now,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	ctx := context.Background()
	want, err := n.db.Events(ctx, index.EventFilter{Station: station})
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Items) < 4 {
		t.Fatalf("station 5 has %d events", len(want.Items))
	}
	for range 10 {
		if _, err := d.Step(ctx); err != nil {
			t.Fatal(err)
		}
		clk.add(time.Minute)
	}
	dead, err := store.Deliveries(ctx, webhook.DeliveryFilter{State: webhook.StateDead})
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != len(want.Items) || r.requests() != 3*len(want.Items) || len(r.delivered("/")) != 0 {
		t.Fatalf("%d dead letters, %d requests; want %d and %d", len(dead), r.requests(), len(want.Items), 3*len(want.Items))
	}
	if dead[0].Attempts != 3 || dead[0].LastStatus != 500 || !strings.Contains(dead[0].LastError, "500") {
		t.Fatalf("dead letter %+v", dead[0])
	}
	if g := metric(t, d, "datpin_webhook_dead_letters", ""); g != float64(len(want.Items)) || metric(t, d, "datpin_webhook_deliveries_total", "dead") != float64(len(want.Items)) {
		t.Fatalf("dead-letter gauge %v", g)
	}
	// Dead letters stay dead without a replay.
	if _, err := d.Step(ctx); err != nil || r.requests() != 3*len(want.Items) {
		t.Fatalf("a dead letter was retried: %d requests (%v)", r.requests(), err)
	}

	r.setFail(0)
	if k, err := store.Replay(ctx, 0, []int64{dead[0].ID}); err != nil || k != 1 {
		t.Fatalf("replay one: %d, %v", k, err)
	}
	if err := d.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	if got := r.delivered("/"); len(got) != 1 || got[dead[0].Event] != 1 {
		t.Fatalf("after replaying one: %v", got)
	}
	if k, err := store.Replay(ctx, h.ID, nil); err != nil || k != len(want.Items)-1 {
		t.Fatalf("replay the rest: %d, %v", k, err)
	}
	if err := d.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	got := r.delivered("/")
	for _, e := range want.Items {
		if got[e.ID] != 1 {
			t.Errorf("event %s delivered %d times", e.ID, got[e.ID])
		}
	}
	if k, _ := store.Replay(ctx, 0, nil); k != 0 {
		t.Fatalf("replayed %d delivered events", k)
	}
	if g := metric(t, d, "datpin_webhook_dead_letters", ""); g != 0 {
		t.Fatalf("dead letters after the replay: %v", g)
	}
}

// TestDispatcher_RestartDeliversOnce: a dispatcher stopped and started again on the same store
// delivers only the events written meanwhile, each once; a hook registered without FromStart
// gets only events written after the dispatcher first saw it.
func TestDispatcher_RestartDeliversOnce(t *testing.T) {
	n := newNetwork(t)
	r := newReceiver(t, 0)
	path := filepath.Join(t.TempDir(), "webhooks.db")
	store := openStore(t, path)
	ctx := context.Background()
	_, secret, err := store.Add(ctx, webhook.Spec{URL: r.srv.URL, Operator: n.f.Operator.Address.Hex(), Kinds: []string{index.KindDATAnchored},
		FromStart: true, Secret: "a shared secret of the operator"})
	if err != nil || secret != "a shared secret of the operator" {
		t.Fatal(secret, err)
	}
	r.secret = secret
	later, _, err := store.Add(ctx, webhook.Spec{URL: r.srv.URL + "/later", Operator: n.f.Operator.Address.Hex(), Kinds: []string{index.KindDATAnchored},
		Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	d := webhook.NewDispatcher(store, n.db, webhook.Config{Log: quiet})
	if err := d.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	if got := r.delivered("/"); len(got) != n.f.Tokens() {
		t.Fatalf("first run delivered %d events; want %d", len(got), n.f.Tokens())
	}
	if h, _ := store.Hook(ctx, later.ID); h.Delivered != 0 || h.Cursor == nil {
		t.Fatalf("the later hook %+v", h)
	}

	// Stop: run the dispatcher in the background and cancel it, then close the store.
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error)
	go func() { done <- webhook.NewDispatcher(store, n.db, webhook.Config{Log: quiet}).Run(runCtx) }()
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	store.Close()

	n.anchor(t) // written while no dispatcher runs
	store = openStore(t, path)
	d = webhook.NewDispatcher(store, n.db, webhook.Config{Log: quiet})
	if err := d.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	got := r.delivered("/")
	if len(got) != n.f.Tokens()+1 {
		t.Fatalf("after the restart %d distinct events; want %d", len(got), n.f.Tokens()+1)
	}
	for id, k := range got {
		if k != 1 {
			t.Errorf("event %s delivered %d times", id, k)
		}
	}
	// The later hook got only the anchoring made after the dispatcher first saw it.
	if l := r.delivered("/later"); len(l) != 1 || got[firstKey(l)] != 1 {
		t.Fatalf("the later hook got %v", l)
	}
	if h, _ := store.Hook(ctx, later.ID); h.Delivered != 1 {
		t.Fatalf("the later hook delivered %d", h.Delivered)
	}
}

// TestDispatcher_RunWakesOnNewEvents: Run delivers an event as soon as the indexer writes it.
func TestDispatcher_RunWakesOnNewEvents(t *testing.T) {
	n := newNetwork(t)
	r := newReceiver(t, 0)
	store := openStore(t, filepath.Join(t.TempDir(), "webhooks.db"))
	_, secret, err := store.Add(context.Background(), webhook.Spec{URL: r.srv.URL, Kinds: []string{index.KindDATAnchored}})
	if err != nil {
		t.Fatal(err)
	}
	r.secret = secret
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	// A long poll: only the feed's change signal can wake the dispatcher in time.
	go func() {
		done <- webhook.NewDispatcher(store, n.db, webhook.Config{Poll: time.Hour, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}).Run(ctx)
	}()
	defer func() { cancel(); <-done }()
	for { // the hook's cursor is set at the dispatcher's first pass
		if h, _ := store.Hook(ctx, 1); h.Cursor != nil {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	n.anchor(t)
	for len(r.delivered("/")) == 0 {
		time.Sleep(10 * time.Millisecond)
	}
	if got := r.delivered("/"); len(got) != 1 {
		t.Fatalf("delivered %v", got)
	}
}

func TestStore_Hooks(t *testing.T) {
	store := openStore(t, filepath.Join(t.TempDir(), "webhooks.db"))
	ctx := context.Background()
	for _, sp := range []webhook.Spec{
		{URL: "ftp://example.org/x"}, {URL: "/relative"}, {URL: "https://h.example/x", Secret: "short"},
		{URL: "https://h.example/x", Station: "0x12"}, {URL: "https://h.example/x", Kinds: []string{"dat.lost"}},
	} {
		if _, _, err := store.Add(ctx, sp); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Errorf("%+v: %v", sp, err)
		}
	}
	h, secret, err := store.Add(ctx, webhook.Spec{URL: "https://h.example/x", Operator: "0xAbCdEf0123456789abcdef0123456789ABCDEF01", Kinds: []string{"sale", "station.offline"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(secret) != 64 || h.Operator != "0xabcdef0123456789abcdef0123456789abcdef01" || len(h.Kinds) != 2 || h.Cursor != nil {
		t.Fatalf("hook %+v secret %d chars", h, len(secret))
	}
	hs, err := store.Hooks(ctx)
	if err != nil || len(hs) != 1 {
		t.Fatal(hs, err)
	}
	b, _ := json.Marshal(hs)
	if strings.Contains(string(b), secret) {
		t.Fatal("the hook list shows the secret")
	}
	if err := store.Remove(ctx, h.ID); err != nil {
		t.Fatal(err)
	}
	if err := store.Remove(ctx, h.ID); datpin.ErrorCode(err) != datpin.ENOTFOUND {
		t.Fatalf("second remove: %v", err)
	}
	if _, err := store.Deliveries(ctx, webhook.DeliveryFilter{State: "lost"}); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("bad state filter: %v", err)
	}
}

func TestVerify(t *testing.T) {
	body := []byte(`{"kind":"sale"}`)
	now := time.Unix(1_800_000_000, 0)
	h := webhook.SignatureValue("secret-0123456789", now.Unix(), body)
	if err := webhook.Verify("secret-0123456789", h, body, now.Add(time.Minute), webhook.DefaultTolerance); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		secret, header string
		body           []byte
		at             time.Time
		code           string
	}{
		"tampered body":   {"secret-0123456789", h, []byte(`{"kind":"sale","x":1}`), now, datpin.EUNAUTHORIZED},
		"other secret":    {"secret-9876543210", h, body, now, datpin.EUNAUTHORIZED},
		"no signature":    {"secret-0123456789", "t=1800000000", body, now, datpin.EUNAUTHORIZED},
		"garbage":         {"secret-0123456789", "hello", body, now, datpin.EUNAUTHORIZED},
		"stale":           {"secret-0123456789", h, body, now.Add(time.Hour), datpin.EEXPIRED},
		"from the future": {"secret-0123456789", h, body, now.Add(-time.Hour), datpin.EEXPIRED},
	} {
		if err := webhook.Verify(c.secret, c.header, c.body, c.at, webhook.DefaultTolerance); datpin.ErrorCode(err) != c.code {
			t.Errorf("%s: %v; want %s", name, err, c.code)
		}
	}
}

func firstKey(m map[string]int) string {
	for k := range m {
		return k
	}
	return ""
}
