package api_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/datpin/datpin/api"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
	"github.com/datpin/datpin/webhook"
)

// TestServe_Webhooks: Serve with a webhook database indexes the chain and delivers the feed's
// events to a registered receiver, signed; /metrics counts the deliveries.
func TestServe_Webhooks(t *testing.T) {
	f := indextest.Build(t)
	dir := t.TempDir()
	hooks := filepath.Join(dir, "webhooks.db")
	store, err := webhook.Open(hooks)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	got := map[string]bool{}
	var secret string
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		defer mu.Unlock()
		if err := webhook.Verify(secret, r.Header.Get(webhook.SignatureHeader), body, time.Now(), webhook.DefaultTolerance); err != nil {
			t.Errorf("signature: %v", err)
		}
		got[r.Header.Get("Datpin-Event-Id")] = true
	}))
	defer recv.Close()
	_, s, err := store.Add(context.Background(), webhook.Spec{URL: recv.URL, Operator: f.Operator.Address.Hex(),
		Kinds: []string{index.KindDATFinalized, index.KindDATRejected}, FromStart: true})
	store.Close()
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	secret = s
	mu.Unlock()

	ctx, stop := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- api.Serve(ctx, f.Chain, f.Suite, api.ServeOptions{Listen: "127.0.0.1:0", DBPath: filepath.Join(dir, "index.db"),
			Poll: 50 * time.Millisecond, Webhooks: hooks, Dispatch: webhook.Config{Poll: 50 * time.Millisecond},
			Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Ready: func(a string) { addr <- a }})
	}()
	base := "http://" + <-addr
	deadline := time.Now().Add(time.Minute)
	for {
		mu.Lock()
		n := len(got)
		mu.Unlock()
		if n == f.Tokens() {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d verdicts delivered", n, f.Tokens())
		}
		time.Sleep(20 * time.Millisecond)
	}
	code, body := do(t, "GET", base+"/metrics", "")
	if code != 200 || !strings.Contains(string(body), `datpin_webhook_deliveries_total{result="delivered"} 12`) ||
		!strings.Contains(string(body), "datpin_webhook_dead_letters 0") {
		t.Errorf("metrics:\n%s", body)
	}
	// A stream open while the server stops ends with it.
	s2 := openStream(t, base+"/api/v1/events/stream", "")
	s2.next()
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for s2.sc.Scan() {
	}
	if err := s2.sc.Err(); err != nil {
		t.Fatalf("the stream did not end with the server: %v", err)
	}
}
