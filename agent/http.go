package agent

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"slices"
	"strings"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/telemetry"
)

// MaxUploadBytes bounds the body of one POST /v1/records.
const MaxUploadBytes = 32 << 20

// Tokens authenticates uploads: each device (or gateway) has a bearer token,
// of which only the SHA-256 is kept, and may upload records of the stations
// listed for it ("*": any). The file format is
//
//	{"devices": [
//	  {"name": "gw-1", "token_sha256": "9f86d0…", "stations": ["A1B2", "76C6C"]},
//	  {"name": "lab",  "token_sha256": "…",       "stations": ["*"]}
//	]}
//
// `datpin agent token NAME STATION...` prints a new token and its entry.
type Tokens struct {
	Devices []TokenEntry `json:"devices"`
}

// TokenEntry is one device's token.
type TokenEntry struct {
	Name        string   `json:"name"`
	TokenSHA256 string   `json:"token_sha256"`
	Stations    []string `json:"stations"`

	sum [32]byte
}

// LoadTokens reads a tokens file.
func LoadTokens(path string) (*Tokens, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, datpin.Wrap(datpin.ENOTFOUND, err, "read tokens %s", path)
	}
	var t Tokens
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "parse tokens %s", path)
	}
	for i := range t.Devices {
		e := &t.Devices[i]
		h, err := hex.DecodeString(e.TokenSHA256)
		if err != nil || len(h) != 32 || e.Name == "" {
			return nil, datpin.Errorf(datpin.EINVALID, "tokens %s: entry %d needs a name and a 64-digit hex token_sha256", path, i)
		}
		copy(e.sum[:], h)
	}
	return &t, nil
}

// NewToken returns a random bearer token and its entry.
func NewToken(name string, stations []string) (string, TokenEntry) {
	var b [24]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	tok := "dpn_" + hex.EncodeToString(b[:])
	sum := sha256.Sum256([]byte(tok))
	return tok, TokenEntry{Name: name, TokenSHA256: hex.EncodeToString(sum[:]), Stations: stations, sum: sum}
}

// lookup returns the entry of a bearer token, comparing in constant time.
func (t *Tokens) lookup(token string) *TokenEntry {
	sum := sha256.Sum256([]byte(token))
	var found *TokenEntry
	for i := range t.Devices {
		if subtle.ConstantTimeCompare(sum[:], t.Devices[i].sum[:]) == 1 {
			found = &t.Devices[i]
		}
	}
	return found
}

func (e *TokenEntry) allows(station string) bool {
	return slices.Contains(e.Stations, "*") || slices.Contains(e.Stations, station)
}

// HandlerOptions configures the agent's HTTP handler.
type HandlerOptions struct {
	// Tokens authenticates uploads. Nil accepts any upload (development
	// only: anyone who reaches the port can submit data).
	Tokens *Tokens
	// Quarantine receives the bad rows of uploads.
	Quarantine *telemetry.Quarantine
}

// UploadResult is the answer to a successful upload.
type UploadResult struct {
	Accepted    int `json:"accepted"`    // records stored
	Duplicates  int `json:"duplicates"`  // records already stored (a retried upload)
	Quarantined int `json:"quarantined"` // rows set aside
}

// Handler returns the agent's HTTP API:
//
//	POST /v1/records  JSONL body (see telemetry.ParseJSONL), "Authorization: Bearer TOKEN".
//	                  200 {"accepted","duplicates","quarantined"} once the records are on disk;
//	                  retrying the same body is safe (duplicates are not stored twice).
//	GET  /v1/status   batches and records per outbox state
//	GET  /metrics     Prometheus metrics
//	GET  /healthz     200 "ok"
func (a *Agent) Handler(opt HandlerOptions) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/records", func(w http.ResponseWriter, r *http.Request) {
		a.upload(w, r, opt)
	})
	mux.HandleFunc("GET /v1/status", func(w http.ResponseWriter, r *http.Request) {
		st, err := a.Status(r.Context())
		if err != nil {
			writeError(w, err)
			return
		}
		writeJSON(w, http.StatusOK, st)
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(a.m.Registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok\n"))
	})
	return mux
}

func (a *Agent) upload(w http.ResponseWriter, r *http.Request, opt HandlerOptions) {
	name := "anonymous"
	var entry *TokenEntry
	if opt.Tokens != nil {
		tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if ok {
			entry = opt.Tokens.lookup(strings.TrimSpace(tok))
		}
		if entry == nil {
			w.Header().Set("WWW-Authenticate", `Bearer realm="datpin"`)
			writeError(w, datpin.Errorf(datpin.EUNAUTHORIZED, "a valid bearer token is required"))
			return
		}
		name = entry.Name
	}
	body := http.MaxBytesReader(w, r.Body, MaxUploadBytes)
	var recs []datpin.Record
	var bad []*datpin.RowError
	file := "upload:" + name
	_, err := telemetry.ParseJSONL(body, file, name, func(rec datpin.Record) error {
		recs = append(recs, rec)
		return nil
	}, func(e *datpin.RowError) { bad = append(bad, e) })
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, datpin.Errorf(datpin.EINVALID, "body larger than %d bytes", MaxUploadBytes))
			return
		}
		writeError(w, datpin.Wrap(datpin.EINVALID, err, "read body"))
		return
	}
	if entry != nil {
		for i := range recs {
			if st, _ := StationKey(&recs[i]); !entry.allows(st) {
				writeError(w, datpin.Errorf(datpin.EFORBIDDEN, "token %q may not upload records of station %q", name, st))
				return
			}
		}
	}
	res, err := a.Ingest(r.Context(), recs)
	if err != nil {
		writeError(w, err)
		return
	}
	// Bad rows are quarantined once the good ones are stored; an upload
	// retried after a lost answer quarantines its bad rows again.
	for _, e := range bad {
		a.m.Quarantined.Inc()
		if opt.Quarantine != nil {
			opt.Quarantine.Add(e)
		}
	}
	if opt.Quarantine != nil && len(bad) > 0 {
		if err := opt.Quarantine.Flush(); err != nil {
			a.log.Error("quarantine", "err", err)
		}
	}
	writeJSON(w, http.StatusOK, UploadResult{Accepted: res.Accepted, Duplicates: res.Duplicates, Quarantined: len(bad)})
}

func writeError(w http.ResponseWriter, err error) {
	code := datpin.ErrorCode(err)
	writeJSON(w, datpin.HTTPStatus(code), map[string]any{"error": map[string]string{"code": code, "message": datpin.ErrorMessage(err)}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// Status is the outbox at a glance.
type Status struct {
	Batches map[string]int `json:"batches"` // by state
	Records map[string]int `json:"records"` // by the state of their batch
	Pending int            `json:"pending"` // batches not yet anchored or failed
}

// Status returns the outbox's counts per state.
func (a *Agent) Status(ctx context.Context) (*Status, error) {
	b, r, err := a.out.Counts(ctx)
	if err != nil {
		return nil, err
	}
	st := &Status{Batches: map[string]int{}, Records: map[string]int{}}
	for s := StateOpen; s <= StateFailed; s++ {
		st.Batches[s.String()] = b[s]
		st.Records[s.String()] = r[s]
		if s < StateAnchored {
			st.Pending += b[s]
		}
	}
	return st, nil
}
