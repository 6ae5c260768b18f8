package store_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/internal/testproc"
	"github.com/datpin/datpin/store"
)

func mustKubo(t *testing.T, api string) *store.Kubo {
	t.Helper()
	k, err := store.NewKubo(api)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func randomBytes(t *testing.T, n int) []byte {
	b := make([]byte, n)
	rand.Read(b)
	return b
}

func TestKubo(t *testing.T) {
	d := testproc.StartKubo(t)
	ctx := context.Background()
	k := mustKubo(t, d.API())
	local := mustLocal(t)

	t.Run("SameCIDAsLocal", func(t *testing.T) {
		for _, n := range []int{0, 1, 5, 1 << 10, 1<<20 + 1, store.KuboSoftBlockLimit, store.KuboSoftBlockLimit + 1} {
			data := randomBytes(t, n)
			kc, err := k.Put(ctx, data)
			if err != nil {
				t.Fatalf("%d bytes: Kubo Put: %v", n, err)
			}
			lc, err := local.Put(ctx, data)
			if err != nil {
				t.Fatal(err)
			}
			if kc != lc {
				t.Fatalf("%d bytes: Kubo CID %s, local CID %s", n, kc, lc)
			}
			got, err := k.Get(ctx, kc)
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("%d bytes: Get returned %d bytes, %v", n, len(got), err)
			}
			if ok, err := k.Has(ctx, kc); !ok || err != nil {
				t.Fatalf("%d bytes: Has = %v, %v", n, ok, err)
			}
		}
	})
	t.Run("PutAgain", func(t *testing.T) {
		data := []byte("twice")
		c1, err1 := k.Put(ctx, data)
		c2, err2 := k.Put(ctx, data)
		if c1 != c2 || err1 != nil || err2 != nil {
			t.Fatalf("Put twice = %s, %v; %s, %v", c1, err1, c2, err2)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		c := store.CID([]byte("never stored"))
		if _, err := k.Get(ctx, c); datpin.ErrorCode(err) != datpin.ENOTFOUND {
			t.Fatalf("Get err = %v, want ENOTFOUND", err)
		}
		if ok, err := k.Has(ctx, c); ok || err != nil {
			t.Fatalf("Has = %v, %v; want false, nil", ok, err)
		}
	})
	t.Run("ErrBadCID", func(t *testing.T) {
		if _, err := k.Get(ctx, "QmRN6wdp1S2A5EtjW9A3M1vKSBuQQGcgvuhoMUoEz4iiT5"); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
	})
	t.Run("Multiaddr", func(t *testing.T) {
		m := mustKubo(t, "/ip4/127.0.0.1/tcp/"+strings.TrimPrefix(d.API(), "http://127.0.0.1:"))
		if _, err := m.Put(ctx, []byte("via multiaddr")); err != nil {
			t.Fatal(err)
		}
	})
}

func TestKubo_Restart(t *testing.T) {
	d := testproc.StartKubo(t)
	ctx := context.Background()
	k := mustKubo(t, d.API())
	k.Timeout = 5 * time.Second
	data := []byte("survives a restart")
	c, err := k.Put(ctx, data)
	if err != nil {
		t.Fatal(err)
	}

	d.Stop()
	d.WaitPortFree()
	if _, err := k.Put(ctx, []byte("while down")); datpin.ErrorCode(err) != datpin.EUNAVAILABLE {
		t.Fatalf("Put while down: err = %v, want EUNAVAILABLE", err)
	}
	if _, err := k.Get(ctx, c); datpin.ErrorCode(err) != datpin.EUNAVAILABLE {
		t.Fatalf("Get while down: err = %v, want EUNAVAILABLE", err)
	}
	if _, err := k.Has(ctx, c); datpin.ErrorCode(err) != datpin.EUNAVAILABLE {
		t.Fatalf("Has while down: err = %v, want EUNAVAILABLE", err)
	}

	d.Start()
	got, err := k.Get(ctx, c)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("Get after restart = %q, %v", got, err)
	}
	if _, err := k.Put(ctx, []byte("after restart")); err != nil {
		t.Fatalf("Put after restart: %v", err)
	}
}

// The client's checks and error mapping, against fake daemons.

func fakeKubo(t *testing.T, h http.HandlerFunc) *store.Kubo {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return mustKubo(t, srv.URL)
}

func TestKubo_Fake(t *testing.T) {
	ctx := context.Background()
	data := []byte("the real bytes")
	c := store.CID(data)
	t.Run("ErrWrongBytes", func(t *testing.T) {
		k := fakeKubo(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "other bytes") })
		got, err := k.Get(ctx, c)
		if datpin.ErrorCode(err) != datpin.EINVALID || got != nil {
			t.Fatalf("Get = %q, %v; want nil, EINVALID", got, err)
		}
	})
	t.Run("ErrWrongCID", func(t *testing.T) {
		k := fakeKubo(t, func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, `{"Key":"`+store.CID([]byte("x"))+`","Size":14}`)
		})
		if _, err := k.Put(ctx, data); datpin.ErrorCode(err) != datpin.EINTERNAL {
			t.Fatalf("err = %v, want EINTERNAL", err)
		}
	})
	t.Run("PutRequest", func(t *testing.T) {
		k := fakeKubo(t, func(w http.ResponseWriter, r *http.Request) {
			q := r.URL.Query()
			f, _, err := r.FormFile("file")
			if err != nil || r.Method != http.MethodPost || r.URL.Path != "/api/v0/block/put" ||
				q.Get("cid-codec") != "raw" || q.Get("mhtype") != "sha2-256" || q.Get("pin") != "true" || q.Has("allow-big-block") {
				http.Error(w, `{"Message":"bad request"}`, http.StatusBadRequest)
				return
			}
			b, _ := io.ReadAll(f)
			io.WriteString(w, `{"Key":"`+store.CID(b)+`","Size":`+itoa(len(b))+`}`)
		})
		if got, err := k.Put(ctx, data); got != c || err != nil {
			t.Fatalf("Put = %s, %v", got, err)
		}
	})
	t.Run("ErrTimeout", func(t *testing.T) {
		// The handler hangs until the client gives up.
		k := fakeKubo(t, func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
		k.Timeout = 100 * time.Millisecond
		start := time.Now()
		if _, err := k.Get(ctx, c); datpin.ErrorCode(err) != datpin.EUNAVAILABLE {
			t.Fatalf("err = %v, want EUNAVAILABLE", err)
		}
		if time.Since(start) > 5*time.Second {
			t.Fatal("timeout not applied")
		}
	})
	t.Run("ErrServer", func(t *testing.T) {
		k := fakeKubo(t, func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, `{"Message":"repo is full","Code":0,"Type":"error"}`, http.StatusInternalServerError)
		})
		if _, err := k.Put(ctx, data); datpin.ErrorCode(err) != datpin.EUNAVAILABLE {
			t.Fatalf("err = %v, want EUNAVAILABLE", err)
		}
	})
	t.Run("ErrAuth", func(t *testing.T) {
		k := fakeKubo(t, func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "Bearer s3cret" {
				http.Error(w, "unauthorized", http.StatusForbidden)
				return
			}
			w.Write(data)
		})
		if _, err := k.Get(ctx, c); datpin.ErrorCode(err) != datpin.EUNAUTHORIZED {
			t.Fatalf("err = %v, want EUNAUTHORIZED", err)
		}
		k.Authorization = "Bearer s3cret"
		if got, err := k.Get(ctx, c); err != nil || !bytes.Equal(got, data) {
			t.Fatalf("Get = %q, %v", got, err)
		}
	})
	t.Run("ErrNoDaemon", func(t *testing.T) {
		k := mustKubo(t, "http://127.0.0.1:"+itoa(testproc.FreePort(t)))
		if _, err := k.Has(ctx, c); datpin.ErrorCode(err) != datpin.EUNAVAILABLE {
			t.Fatalf("err = %v, want EUNAVAILABLE", err)
		}
	})
}

func TestNewKubo_Err(t *testing.T) {
	for _, api := range []string{"", "127.0.0.1:5001", "ftp://x", "/ip4/127.0.0.1/udp/5001", "/unix/tmp/api"} {
		if _, err := store.NewKubo(api); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Errorf("NewKubo(%q) err = %v, want EINVALID", api, err)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
