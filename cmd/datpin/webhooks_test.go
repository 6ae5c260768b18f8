package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/webhook"
)

// datpin webhooks: a hook added for the operator's rejections gets them, signed, once the
// receiver answers; while it fails they become dead letters, which replay delivers. The list
// never shows the secret.
func TestCLI_Webhooks(t *testing.T) {
	f, db := indexedFixture(t)
	hooks := filepath.Join(t.TempDir(), "webhooks.db")
	var failing atomic.Bool
	failing.Store(true)
	var mu sync.Mutex
	var secret string
	got := map[string]int{}
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		defer mu.Unlock()
		if err := webhook.Verify(secret, r.Header.Get(webhook.SignatureHeader), body, time.Now(), webhook.DefaultTolerance); err != nil {
			t.Errorf("signature: %v", err)
		}
		if failing.Load() {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		got[r.Header.Get("Datpin-Event-Id")]++
	}))
	defer recv.Close()
	wh := func(args ...string) (string, error) {
		return run(t, append(append([]string{"webhooks"}, args...), "--webhooks", hooks)...)
	}

	out, err := wh("add", "--url", recv.URL, "--operator", f.Operator.Address.Hex(), "--kind", index.KindDATRejected, "--from-start", "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var added WebhookAdded
	if err := json.Unmarshal([]byte(out), &added); err != nil || added.Hook.ID != 1 || len(added.Secret) != 64 {
		t.Fatalf("add printed %s (%v)", out, err)
	}
	mu.Lock()
	secret = added.Secret
	mu.Unlock()
	out, err = wh("list")
	if err != nil || !strings.Contains(out, recv.URL) || strings.Contains(out, secret) {
		t.Fatalf("list: %v\n%s", err, out)
	}

	if out, err = wh("run", "--db", db, "--once", "--max-attempts", "1"); err != nil || !strings.Contains(out, "0 delivered, 0 pending, 3 dead") {
		t.Fatalf("run while the receiver fails: %v\n%s", err, out)
	}
	out, err = wh("deliveries", "--state", "dead", "--json")
	var dead []webhook.Delivery
	if err != nil || json.Unmarshal([]byte(out), &dead) != nil || len(dead) != 3 || dead[0].LastStatus != 503 {
		t.Fatalf("dead letters: %v\n%s", err, out)
	}
	failing.Store(false)
	if _, err := wh("replay"); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("replay of nothing named: %v", err)
	}
	if out, err = wh("replay", "--all"); err != nil || !strings.Contains(out, "3 dead letters queued again") {
		t.Fatalf("replay: %v\n%s", err, out)
	}
	if out, err = wh("run", "--db", db, "--once"); err != nil || !strings.Contains(out, "3 delivered, 0 pending, 0 dead") {
		t.Fatalf("run after the replay: %v\n%s", err, out)
	}
	mu.Lock()
	if len(got) != 3 {
		t.Errorf("received %v", got)
	}
	for id, k := range got {
		if k != 1 || !strings.HasPrefix(id, index.KindDATRejected) {
			t.Errorf("event %s received %d times", id, k)
		}
	}
	mu.Unlock()
	// Another pass delivers nothing twice.
	if out, err = wh("run", "--db", db, "--once"); err != nil || !strings.Contains(out, "3 delivered, 0 pending, 0 dead") {
		t.Fatalf("second run: %v\n%s", err, out)
	}
	if _, err := wh("remove", "1"); err != nil {
		t.Fatal(err)
	}
	if _, err := wh("remove", "1"); datpin.ErrorCode(err) != datpin.ENOTFOUND {
		t.Fatalf("second remove: %v", err)
	}
	for _, args := range [][]string{{"add", "--url", "nowhere"}, {"add", "--url", recv.URL, "--kind", "dat.lost"}, {"remove", "x"}, {"run", "--once"}} {
		if _, err := wh(args...); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Errorf("%v: %v", args, err)
		}
	}
}
