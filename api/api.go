// Package api serves a datpin index over HTTP: a JSON API under /api/v1 (documented by the
// OpenAPI document at /api/v1/openapi.json, kept in this package as openapi.json), Prometheus
// metrics at /metrics and the embedded dashboard at /.
//
// Errors are datpin's coded errors rendered as {"error": {"code": ..., "message": ...}} with the
// HTTP status of the code (datpin.HTTPStatus, the one table). Admin endpoints (/api/v1/admin/...) need
// "Authorization: Bearer TOKEN" with the token the server was given; without one they are off.
//
// Serve runs the whole thing (index database, indexer, HTTP server) for a chain and a deployed
// suite, which is how `datpin serve` and `datpin demo --serve` use it.
package api

import (
	"crypto/subtle"
	_ "embed"
	"encoding/json"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/explain"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/web"
)

// OpenAPI is the API's OpenAPI 3 document.
//
//go:embed openapi.json
var OpenAPI []byte

// Server is the HTTP API of one index.
type Server struct {
	DB      *index.DB
	Indexer *index.Indexer // nil: a read-only view of db (admin endpoints answer EUNAVAILABLE)
	Suite   *evm.Suite
	// AdminToken guards the admin endpoints; empty disables them.
	AdminToken string
	// Optimize holds the thresholds of /optimization.
	Optimize index.OptimizeOptions
	// Explainer builds the receipts of /dats/{id}/explain (nil: receipts of what the chain says,
	// not recomputed from the packages).
	Explainer *explain.Explainer
	// StreamPoll is how often an event stream reads the feed unprompted (default DefaultStreamPoll).
	StreamPoll time.Duration
	// Collectors are more Prometheus metrics served at /metrics (the webhook dispatcher's).
	Collectors []prometheus.Collector
	Log        *slog.Logger

	metrics *metrics
	mux     *http.ServeMux
	sims    simCache
}

// Route is one documented endpoint.
type Route struct {
	Method, Path string
}

// Routes are the API's endpoints, in the OpenAPI document's path syntax.
var Routes = []Route{
	{"GET", "/api/v1/status"},
	{"GET", "/api/v1/stations"},
	{"GET", "/api/v1/stations/{address}"},
	{"GET", "/api/v1/dats"},
	{"GET", "/api/v1/dats/{id}"},
	{"GET", "/api/v1/dats/{id}/explain"},
	{"GET", "/api/v1/validators"},
	{"GET", "/api/v1/epochs"},
	{"GET", "/api/v1/rewards"},
	{"GET", "/api/v1/claims"},
	{"GET", "/api/v1/cells"},
	{"GET", "/api/v1/optimization"},
	{"GET", "/api/v1/whatif/site"},
	{"GET", "/api/v1/whatif/move"},
	{"GET", "/api/v1/listings"},
	{"GET", "/api/v1/listings/{id}"},
	{"GET", "/api/v1/purchases"},
	{"GET", "/api/v1/purchases/{id}"},
	{"GET", "/api/v1/holders/{address}"},
	{"GET", "/api/v1/vault"},
	{"GET", "/api/v1/plans/{address}"},
	{"GET", "/api/v1/freedata/simulation"},
	{"GET", "/api/v1/events"},
	{"GET", "/api/v1/events/stream"},
	{"GET", "/api/v1/openapi.json"},
	{"POST", "/api/v1/admin/reindex"},
	{"POST", "/api/v1/admin/pause"},
	{"POST", "/api/v1/admin/resume"},
	{"GET", "/metrics"},
}

// NewServer wires the handlers.
func NewServer(s *Server) *Server {
	if s.Log == nil {
		s.Log = slog.Default()
	}
	s.metrics = newMetrics(s.Indexer, s.Collectors...)
	if s.Explainer == nil && s.Suite != nil {
		s.Explainer = explain.New(s.Suite, explain.Options{Log: s.Log})
	}
	m := http.NewServeMux()
	h := map[string]func(http.ResponseWriter, *http.Request) error{
		"GET /api/v1/status":              s.status,
		"GET /api/v1/stations":            s.stations,
		"GET /api/v1/stations/{address}":  s.station,
		"GET /api/v1/dats":                s.dats,
		"GET /api/v1/dats/{id}":           s.dat,
		"GET /api/v1/dats/{id}/explain":   s.explain,
		"GET /api/v1/validators":          s.validators,
		"GET /api/v1/epochs":              s.epochs,
		"GET /api/v1/rewards":             s.rewards,
		"GET /api/v1/claims":              s.claims,
		"GET /api/v1/cells":               s.cells,
		"GET /api/v1/optimization":        s.optimization,
		"GET /api/v1/whatif/site":         s.whatIfSite,
		"GET /api/v1/whatif/move":         s.whatIfMove,
		"GET /api/v1/listings":            s.listings,
		"GET /api/v1/listings/{id}":       s.listing,
		"GET /api/v1/purchases":           s.purchases,
		"GET /api/v1/purchases/{id}":      s.purchase,
		"GET /api/v1/holders/{address}":   s.holder,
		"GET /api/v1/vault":               s.vault,
		"GET /api/v1/plans/{address}":     s.plan,
		"GET /api/v1/freedata/simulation": s.simulation,
		"GET /api/v1/events":              s.events,
		"GET /api/v1/events/stream":       s.eventStream,
		"GET /api/v1/openapi.json":        s.openapi,
		"POST /api/v1/admin/reindex":      s.admin(s.reindex),
		"POST /api/v1/admin/pause":        s.admin(s.pause(true)),
		"POST /api/v1/admin/resume":       s.admin(s.pause(false)),
		"/api/":                           notFound,
	}
	for pattern, fn := range h {
		m.Handle(pattern, s.instrument(pattern, fn))
	}
	m.Handle("GET /metrics", s.metrics.handler())
	static, _ := fs.Sub(web.Assets, "static")
	m.Handle("/", http.FileServerFS(static))
	s.mux = m
	return s
}

// ServeHTTP serves the API, the metrics and the dashboard.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	s.mux.ServeHTTP(w, r)
}

// ErrorBody is the JSON of every error response.
type ErrorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func writeError(w http.ResponseWriter, err error) int {
	code := datpin.ErrorCode(err)
	st := datpin.HTTPStatus(code)
	var b ErrorBody
	b.Error.Code, b.Error.Message = code, datpin.ErrorMessage(err)
	if code == datpin.EINTERNAL {
		b.Error.Message = "internal error" // details go to the log, not to clients
	}
	if code == datpin.EUNAUTHORIZED {
		w.Header().Set("WWW-Authenticate", `Bearer realm="datpin admin"`)
	}
	writeJSON(w, st, b)
	return st
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// statusWriter remembers the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(s int) {
	if w.status == 0 {
		w.status = s
	}
	w.ResponseWriter.WriteHeader(s)
}

// Unwrap lets http.ResponseController reach the connection (to flush an event stream).
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// instrument turns a handler's error into the coded JSON error and counts the request.
func (s *Server) instrument(route string, fn func(http.ResponseWriter, *http.Request) error) http.Handler {
	if i := strings.IndexByte(route, ' '); i >= 0 {
		route = route[i+1:]
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		began := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		if err := fn(sw, r); err != nil {
			if datpin.ErrorCode(err) == datpin.EINTERNAL {
				s.Log.Error("api", "route", route, "err", err)
			}
			writeError(sw, err)
		}
		s.metrics.observe(route, sw.status, time.Since(began))
	})
}

// notFound answers /api/ paths no route took: 405 when the path exists for another method.
func notFound(w http.ResponseWriter, r *http.Request) error {
	var allowed []string
	for _, rt := range Routes {
		if pathMatches(rt.Path, r.URL.Path) {
			allowed = append(allowed, rt.Method)
		}
	}
	if len(allowed) > 0 {
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		var b ErrorBody
		b.Error.Code, b.Error.Message = datpin.EINVALID, r.Method+" is not allowed on "+r.URL.Path
		writeJSON(w, http.StatusMethodNotAllowed, b)
		return nil
	}
	return datpin.Errorf(datpin.ENOTFOUND, "no endpoint %s %s", r.Method, r.URL.Path)
}

// pathMatches matches a path against a route pattern whose {name} segments match any segment.
func pathMatches(pattern, path string) bool {
	ps, xs := strings.Split(pattern, "/"), strings.Split(path, "/")
	if len(ps) != len(xs) {
		return false
	}
	for i := range ps {
		if ps[i] != xs[i] && !(strings.HasPrefix(ps[i], "{") && xs[i] != "") {
			return false
		}
	}
	return true
}

// admin checks the bearer token in constant time before running fn.
func (s *Server) admin(fn func(http.ResponseWriter, *http.Request) error) func(http.ResponseWriter, *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		if s.AdminToken == "" {
			return datpin.Errorf(datpin.EUNAUTHORIZED, "admin endpoints are disabled (start the server with an admin token)")
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.AdminToken)) != 1 {
			return datpin.Errorf(datpin.EUNAUTHORIZED, "admin endpoints need Authorization: Bearer with the admin token")
		}
		if s.Indexer == nil {
			return datpin.Errorf(datpin.EUNAVAILABLE, "this server has no indexer")
		}
		return fn(w, r)
	}
}

func (s *Server) reindex(w http.ResponseWriter, r *http.Request) error {
	if err := s.Indexer.Reindex(r.Context()); err != nil {
		return err
	}
	s.Log.Info("admin: reindex")
	writeJSON(w, http.StatusAccepted, s.Indexer.Stats())
	return nil
}

func (s *Server) pause(p bool) func(http.ResponseWriter, *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		s.Indexer.Pause(p)
		s.Log.Info("admin: pause", "paused", p)
		writeJSON(w, http.StatusOK, s.Indexer.Stats())
		return nil
	}
}

// query helpers

func intParam(r *http.Request, name string, def int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, datpin.Errorf(datpin.EINVALID, "%s must be an integer", name)
	}
	return n, nil
}

func addressParam(v, name string) (string, error) {
	if v == "" {
		return "", nil
	}
	if len(v) != 42 || !strings.HasPrefix(v, "0x") {
		return "", datpin.Errorf(datpin.EINVALID, "%s must be a 0x-prefixed 20-byte hex address", name)
	}
	for _, c := range v[2:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return "", datpin.Errorf(datpin.EINVALID, "%s must be a 0x-prefixed 20-byte hex address", name)
		}
	}
	return strings.ToLower(v), nil
}
