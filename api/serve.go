package api

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/explain"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/webhook"
)

// ServeOptions configure Serve.
type ServeOptions struct {
	Listen        string // address to listen on (default 127.0.0.1:8490)
	DBPath        string // index database (default a temporary file, removed on return)
	Confirmations uint64 // blocks a block needs on top before it is indexed
	Poll          time.Duration
	AdminToken    string // bearer token of the admin endpoints; empty disables them
	Optimize      index.OptimizeOptions
	Alerts        index.AlertConfig // when the event feed's derived station events fire
	// Webhooks is the webhook database: when set, its dispatcher delivers the feed beside the
	// indexer (Dispatch tunes it) and its metrics join /metrics.
	Webhooks string
	Dispatch webhook.Config
	// Explainer builds the receipts of /api/v1/dats/{id}/explain (nil: from the chain alone).
	Explainer *explain.Explainer
	Log       *slog.Logger
	// Ready is called with the listening address once the server accepts connections.
	Ready func(addr string)
}

// DefaultListen is where Serve listens by default: loopback only.
const DefaultListen = "127.0.0.1:8490"

// Serve indexes suite's events on chain into the index database and serves the API, the metrics
// and the dashboard until ctx ends.
func Serve(ctx context.Context, chain *evm.Chain, suite *evm.Suite, o ServeOptions) error {
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if o.Listen == "" {
		o.Listen = DefaultListen
	}
	if o.DBPath == "" {
		dir, err := os.MkdirTemp("", "datpin-index-")
		if err != nil {
			return datpin.Wrap(datpin.EUNAVAILABLE, err, "temporary index directory")
		}
		defer os.RemoveAll(dir)
		o.DBPath = filepath.Join(dir, "index.db")
	}
	db, err := index.Open(o.DBPath)
	if err != nil {
		return err
	}
	defer db.Close()
	ix, err := index.New(ctx, db, suite, index.Config{Confirmations: o.Confirmations, Poll: o.Poll, Alerts: o.Alerts, Log: o.Log})
	if err != nil {
		return err
	}
	var disp *webhook.Dispatcher
	var extra []prometheus.Collector
	if o.Webhooks != "" {
		hooks, err := webhook.Open(o.Webhooks)
		if err != nil {
			return err
		}
		defer hooks.Close()
		if o.Dispatch.Log == nil {
			o.Dispatch.Log = o.Log
		}
		disp = webhook.NewDispatcher(hooks, db, o.Dispatch)
		extra = disp.Collectors()
	}
	srv := NewServer(&Server{DB: db, Indexer: ix, Suite: suite, AdminToken: o.AdminToken, Optimize: o.Optimize, Explainer: o.Explainer, Collectors: extra, Log: o.Log})

	ln, err := net.Listen("tcp", o.Listen)
	if err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "listen on %s", o.Listen)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Requests live in ctx: event streams end when the server stops.
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, BaseContext: func(net.Listener) context.Context { return ctx }}
	ixDone := make(chan error, 1)
	go func() { ixDone <- ix.Run(ctx) }()
	dispDone := make(chan error, 1)
	if disp != nil {
		go func() { dispDone <- disp.Run(ctx) }()
	} else {
		dispDone <- nil
	}
	srvDone := make(chan error, 1)
	go func() { srvDone <- hs.Serve(ln) }()
	o.Log.Info("serving", "addr", ln.Addr().String(), "db", o.DBPath, "confirmations", o.Confirmations, "admin", o.AdminToken != "", "webhooks", o.Webhooks != "")
	if o.Ready != nil {
		o.Ready(ln.Addr().String())
	}
	select {
	case <-ctx.Done():
	case err = <-srvDone:
		cancel()
	}
	shut, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	_ = hs.Shutdown(shut)
	<-ixDone
	<-dispDone
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "http server")
	}
	return nil
}

// ReadToken reads an admin token from a file (surrounding white space removed); a token must be
// at least 16 characters so that it cannot be guessed by trying.
func ReadToken(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", datpin.Wrap(datpin.EINVALID, err, "read admin token file %s", path)
	}
	return CheckToken(string(b))
}

// CheckToken trims a token and checks its length.
func CheckToken(t string) (string, error) {
	t = strings.TrimSpace(t)
	if len(t) < 16 {
		return "", datpin.Errorf(datpin.EINVALID, "the admin token must be at least 16 characters")
	}
	return t, nil
}
