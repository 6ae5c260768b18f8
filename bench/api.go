package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/api"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/telemetry"
)

// APIOptions configure the API load test.
type APIOptions struct {
	Pushers  int           `json:"pushers"`    // agents pushing telemetry (default 200)
	Readers  int           `json:"readers"`    // dashboard readers (default 50)
	Duration time.Duration `json:"durationNs"` // of the load (default 60 s)
	// PushEvery and ReadEvery are each client's pace: a client sends its next request this long
	// after the previous one was sent (or at once if the answer came later). Defaults 250 ms and
	// 100 ms.
	PushEvery      time.Duration `json:"pushEveryNs"`
	ReadEvery      time.Duration `json:"readEveryNs"`
	RecordsPerPush int           `json:"recordsPerPush"` // records in one upload (default 10)
	// Tokens is the size of the finalized network the readers read (default 200 station-days).
	Tokens int `json:"tokens"`
}

// LatencyStats are one kind of request's figures.
type LatencyStats struct {
	Requests int     `json:"requests"`
	Errors   int     `json:"errors"`
	P50Ms    float64 `json:"p50Ms"`
	P99Ms    float64 `json:"p99Ms"`
	MaxMs    float64 `json:"maxMs"`
}

// APIResult is what `datpin bench api` measures. The top-level figures cover every request; Reads
// and Uploads split them.
type APIResult struct {
	Clients  int     `json:"clients"`
	Requests int     `json:"requests"`
	Errors   int     `json:"errors"`
	Lost     int     `json:"lost"` // records acknowledged by the agent but not in its outbox
	P50Ms    float64 `json:"p50Ms"`
	P99Ms    float64 `json:"p99Ms"`
	Seconds  float64 `json:"seconds"`

	Reads   LatencyStats `json:"reads"`
	Uploads LatencyStats `json:"uploads"`
	// RecordsIn counts the records the agent acknowledged (accepted, in 200 answers);
	// RecordsPersisted what its outbox holds afterwards.
	RecordsIn        int `json:"recordsIn"`
	RecordsPersisted int `json:"recordsPersisted"`
	Tokens           int `json:"tokens"` // DATs in the index the readers read
	// PeakRSSMB is the process's peak resident memory (chain, agent, index and API in one process);
	// HeapMB the largest Go heap in use sampled during the load.
	PeakRSSMB  float64    `json:"peakRssMB"`
	HeapMB     float64    `json:"heapMB"`
	Goal       string     `json:"goal"`
	MeetsGoal  bool       `json:"meetsGoal"`
	GoMaxProcs int        `json:"gomaxprocs"`
	LoadAvg    string     `json:"loadAverage"`
	Options    APIOptions `json:"options"`
}

// API goals: reads and uploads within these p99 latencies, no error, nothing lost.
const (
	apiReadP99Goal   = 50.0
	apiUploadP99Goal = 250.0
)

// API runs the load test: a network of finalized station-days on the embedded chain, indexed and
// served by the API server `datpin serve` runs, and an edge agent's upload endpoint (what `datpin
// agent` serves, with bearer tokens and its durable outbox), both on loopback; then Pushers clients
// upload telemetry to the agent and Readers clients read the dashboard's endpoints, at a steady
// pace, for Duration. Every acknowledged record must be in the outbox afterwards.
func API(ctx context.Context, o APIOptions) (*APIResult, error) {
	o = o.withDefaults()
	dir, err := os.MkdirTemp("", "datpin-bench-api-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	quiet := slog.New(slog.DiscardHandler)

	alloc := types.GenesisAlloc{}
	acct := func(label string, i uint32) *evm.Account {
		a := evm.DevAccount("bench/api-"+label, i)
		alloc[a.Address] = types.Account{Balance: evm.Ether(1_000_000)}
		return a
	}
	admin, operator := acct("admin", 0), acct("operator", 0)
	vals := []*evm.Account{acct("validator", 0), acct("validator", 1), acct("validator", 2)}
	chain := evm.NewEmbedded(alloc)
	defer chain.Close()
	cfg := evm.DefaultConfig()
	cfg.ZK = false
	s, err := evm.Deploy(ctx, chain, admin, cfg)
	if err != nil {
		return nil, err
	}
	if err := stakeValidators(ctx, s, admin, vals, cfg.MinStake); err != nil {
		return nil, err
	}
	local, err := store.NewLocal(filepath.Join(dir, "blocks"))
	if err != nil {
		return nil, err
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "identity")
	}
	if err := anchorAndFinalize(ctx, s, operator, vals, local, id.Recipient(), DeliveryConfig{Tokens: o.Tokens, Records: 120}); err != nil {
		return nil, err
	}

	// The API server over a caught-up index, its indexer following the chain.
	db, err := index.Open(filepath.Join(dir, "index.db"))
	if err != nil {
		return nil, err
	}
	defer db.Close()
	ix, err := index.New(ctx, db, s, index.Config{Log: quiet, Poll: time.Second})
	if err != nil {
		return nil, err
	}
	if err := ix.CatchUp(ctx); err != nil {
		return nil, err
	}
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	var bg sync.WaitGroup
	defer bg.Wait()
	defer stop()
	bg.Go(func() { _ = ix.Run(runCtx) })
	apiURL, closeAPI, err := serveLoopback(api.NewServer(&api.Server{DB: db, Indexer: ix, Suite: s, Log: quiet}))
	if err != nil {
		return nil, err
	}
	defer closeAPI()

	// The edge agent and its upload endpoint, with a bearer token as `datpin agent` requires.
	ob, err := agent.OpenOutbox(filepath.Join(dir, "outbox.db"))
	if err != nil {
		return nil, err
	}
	defer ob.Close()
	ag, err := agent.New(agent.Config{Outbox: ob, Store: local, Chain: agent.NewSuiteChain(s, operator), Keys: agent.DevKeys{},
		Recipients: []age.Recipient{id.Recipient()}, AutoOnboard: true, Log: quiet})
	if err != nil {
		return nil, err
	}
	bg.Go(func() { _ = ag.Run(runCtx) })
	token, entry := agent.NewToken("load", []string{"*"})
	q, err := telemetry.OpenQuarantine(filepath.Join(dir, "quarantine.jsonl"))
	if err != nil {
		return nil, err
	}
	defer q.Close()
	agentURL, closeAgent, err := serveLoopback(ag.Handler(agent.HandlerOptions{Tokens: &agent.Tokens{Devices: []agent.TokenEntry{entry}}, Quarantine: q}))
	if err != nil {
		return nil, err
	}
	defer closeAgent()

	readPaths, err := readerPaths(ctx, s)
	if err != nil {
		return nil, err
	}
	now, err := s.Chain.Now(ctx)
	if err != nil {
		return nil, err
	}
	res := &APIResult{Clients: o.Pushers + o.Readers, Tokens: o.Tokens, Options: o, GoMaxProcs: runtime.GOMAXPROCS(0), LoadAvg: LoadAverage()}
	res.Goal = fmt.Sprintf("0 errors, 0 lost, p99 ≤ %.0f ms for reads and ≤ %.0f ms for uploads", apiReadP99Goal, apiUploadP99Goal)

	transport := &http.Transport{MaxIdleConns: res.Clients * 2, MaxIdleConnsPerHost: res.Clients * 2, IdleConnTimeout: time.Minute}
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport, Timeout: 30 * time.Second}
	var (
		mu             sync.Mutex
		reads, uploads []float64
		readErrs       atomic.Int64
		uploadErrs     atomic.Int64
		recordsIn      atomic.Int64
		heap           atomic.Uint64
	)
	loadCtx, endLoad := context.WithTimeout(ctx, o.Duration)
	defer endLoad()
	began := time.Now()
	var wg sync.WaitGroup
	wg.Go(func() { // the Go heap, once a second
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > heap.Load() {
				heap.Store(ms.HeapInuse)
			}
			select {
			case <-loadCtx.Done():
				return
			case <-t.C:
			}
		}
	})
	day := now.Unix() / 86400
	for p := range o.Pushers {
		wg.Go(func() {
			station := fmt.Sprintf("LD%04X", p)
			var own []float64
			var body bytes.Buffer
			recs := make([]datpin.Record, o.RecordsPerPush)
			seq := 0
			paced(loadCtx, o.PushEvery, p, func() {
				for i := range recs {
					recs[i] = loadRecord(station, p, day, seq)
					seq++
				}
				body.Reset()
				if err := telemetry.WriteJSONL(&body, recs...); err != nil {
					uploadErrs.Add(1)
					return
				}
				t0 := time.Now()
				// In-flight requests finish after the load ends, so that every stored record is
				// acknowledged and the count in equals the count persisted.
				n, err := upload(ctx, client, agentURL, token, body.Bytes())
				el := time.Since(t0)
				own = append(own, float64(el.Microseconds())/1000)
				if err != nil {
					uploadErrs.Add(1)
					return
				}
				recordsIn.Add(int64(n))
			})
			mu.Lock()
			uploads = append(uploads, own...)
			mu.Unlock()
		})
	}
	for r := range o.Readers {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(r), 7))
			var own []float64
			paced(loadCtx, o.ReadEvery, r, func() {
				path := readPaths[rng.IntN(len(readPaths))]
				t0 := time.Now()
				err := read(ctx, client, apiURL+path)
				el := time.Since(t0)
				own = append(own, float64(el.Microseconds())/1000)
				if err != nil {
					readErrs.Add(1)
				}
			})
			mu.Lock()
			reads = append(reads, own...)
			mu.Unlock()
		})
	}
	wg.Wait()
	res.Seconds = time.Since(began).Seconds()

	st, err := ag.Status(ctx)
	if err != nil {
		return nil, err
	}
	for _, n := range st.Records {
		res.RecordsPersisted += n
	}
	res.RecordsIn = int(recordsIn.Load())
	res.Lost = max(res.RecordsIn-res.RecordsPersisted, 0)
	res.Reads = latencyStats(reads, int(readErrs.Load()))
	res.Uploads = latencyStats(uploads, int(uploadErrs.Load()))
	all := latencyStats(slices.Concat(reads, uploads), res.Reads.Errors+res.Uploads.Errors)
	res.Requests, res.Errors, res.P50Ms, res.P99Ms = all.Requests, all.Errors, all.P50Ms, all.P99Ms
	res.HeapMB = float64(heap.Load()) / (1 << 20)
	res.PeakRSSMB = peakRSSMB()
	res.MeetsGoal = res.Errors == 0 && res.Lost == 0 && res.Reads.P99Ms <= apiReadP99Goal && res.Uploads.P99Ms <= apiUploadP99Goal
	return res, nil
}

func (o APIOptions) withDefaults() APIOptions {
	if o.Pushers <= 0 {
		o.Pushers = 200
	}
	if o.Readers < 0 {
		o.Readers = 0
	} else if o.Readers == 0 {
		o.Readers = 50
	}
	if o.Duration <= 0 {
		o.Duration = time.Minute
	}
	if o.PushEvery <= 0 {
		o.PushEvery = 250 * time.Millisecond
	}
	if o.ReadEvery <= 0 {
		o.ReadEvery = 100 * time.Millisecond
	}
	if o.RecordsPerPush <= 0 {
		o.RecordsPerPush = 10
	}
	if o.Tokens <= 0 {
		o.Tokens = 200
	}
	return o
}

// paced calls f every interval until ctx ends, starting at a spread offset so that the clients
// do not all fire at once.
func paced(ctx context.Context, every time.Duration, n int, f func()) {
	next := time.Now().Add(time.Duration(n%97) * every / 97)
	for {
		if d := time.Until(next); d > 0 {
			select {
			case <-ctx.Done():
				return
			case <-time.After(d):
			}
		}
		if ctx.Err() != nil {
			return
		}
		f()
		next = next.Add(every)
		if now := time.Now(); next.Before(now) {
			next = now
		}
	}
}

// loadRecord is record seq of a pushing station: a session a second, each unique in time.
func loadRecord(station string, k int, day int64, seq int) datpin.Record {
	r := datpin.NewRecord(datpin.KindSession)
	r.Time = (day*86400+int64(seq))*1000 + int64(k%1000)
	r.DeviceID, r.StationID, r.CellID = fmt.Sprintf("handset-%d-%d", k, seq%5), station, "1"
	r.LatE7, r.LonE7 = int32(518000000+(k/40)*100000+seq%13*100), int32(-84000000+(k%40)*100000+seq%11*100)
	r.Mode = datpin.ModeLTE
	r.RSRPdBm10, r.RSRQdB10, r.SINRdB10 = -950+int32(seq%40), -100, 120
	r.DownKbps, r.UpKbps, r.LatencyMs10 = 20000+int32(seq*13%5000), 4000, 350
	return r
}

// upload posts one body to the agent and returns the records it accepted.
func upload(ctx context.Context, c *http.Client, base, token string, body []byte) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/records", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var ur agent.UploadResult
	err = json.NewDecoder(resp.Body).Decode(&ur)
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("upload: %s", resp.Status)
	}
	if err != nil {
		return 0, err
	}
	return ur.Accepted, nil
}

// read gets one API path and reads the whole answer.
func read(ctx context.Context, c *http.Client, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", url, resp.Status)
	}
	return nil
}

// readerPaths are what the dashboard reads: its page, the lists behind its views, and the detail
// of tokens and stations of the network.
func readerPaths(ctx context.Context, s *evm.Suite) ([]string, error) {
	paths := []string{"/", "/api/v1/status", "/api/v1/stations", "/api/v1/dats?limit=50", "/api/v1/validators",
		"/api/v1/epochs", "/api/v1/rewards", "/api/v1/cells", "/api/v1/optimization", "/api/v1/listings"}
	count, err := s.TokenCount(ctx)
	if err != nil {
		return nil, err
	}
	for id := uint64(1); id <= count; id += max(count/20, 1) {
		paths = append(paths, "/api/v1/dats/"+strconv.FormatUint(id, 10))
		tok, err := s.TokenState(ctx, id)
		if err != nil {
			return nil, err
		}
		paths = append(paths, "/api/v1/stations/"+strings.ToLower(tok.Contrib.Device.Hex()))
	}
	return paths, nil
}

// serveLoopback serves h on an ephemeral loopback port.
func serveLoopback(h http.Handler) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "listen")
	}
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = hs.Serve(ln) }()
	return "http://" + ln.Addr().String(), func() { _ = hs.Close() }, nil
}

func latencyStats(ms []float64, errors int) LatencyStats {
	st := LatencyStats{Requests: len(ms), Errors: errors}
	if len(ms) == 0 {
		return st
	}
	slices.Sort(ms)
	st.P50Ms, st.P99Ms, st.MaxMs = quantile(ms, 0.50), quantile(ms, 0.99), ms[len(ms)-1]
	return st
}

// quantile of sorted values, nearest rank.
func quantile(sorted []float64, q float64) float64 {
	i := int(float64(len(sorted))*q+0.999999) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

// peakRSSMB is the process's peak resident set (VmHWM), 0 where /proc is missing.
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

// Markdown renders the "api" section of BENCHMARKS.md.
func (r *APIResult) Markdown(stamp string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## API under load (`datpin bench api`)\n\n%s\n\n", stamp)
	fmt.Fprintf(&b, "%d agents push telemetry (%d records per upload, one upload every %s each) to an edge agent's upload endpoint "+
		"(bearer token, durable outbox) while %d dashboard readers (one request every %s each) read the API server `datpin serve` runs "+
		"over an index of %d finalized station-days, both on loopback, for %.0f s. The chain, agent, indexer, API and the load "+
		"generator share one process. GOMAXPROCS=%d; load average %s when the load began.\n\n",
		r.Options.Pushers, r.Options.RecordsPerPush, r.Options.PushEvery, r.Options.Readers, r.Options.ReadEvery, r.Tokens,
		r.Seconds, r.GoMaxProcs, r.LoadAvg)
	b.WriteString("| requests | count | errors | p50 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n")
	row := func(name string, s LatencyStats) {
		fmt.Fprintf(&b, "| %s | %d | %d | %.1f ms | %.1f ms | %.1f ms |\n", name, s.Requests, s.Errors, s.P50Ms, s.P99Ms, s.MaxMs)
	}
	row("dashboard reads", r.Reads)
	row("telemetry uploads", r.Uploads)
	fmt.Fprintf(&b, "| **all** | %d | %d | %.1f ms | %.1f ms | |\n\n", r.Requests, r.Errors, r.P50Ms, r.P99Ms)
	fmt.Fprintf(&b, "- Records acknowledged %d, in the outbox afterwards %d: %d lost.\n", r.RecordsIn, r.RecordsPersisted, r.Lost)
	fmt.Fprintf(&b, "- Memory: peak resident %.0f MB for the whole process, Go heap in use at most %.0f MB.\n", r.PeakRSSMB, r.HeapMB)
	verdict := "met"
	if !r.MeetsGoal {
		verdict = "not met"
	}
	fmt.Fprintf(&b, "- Goal (%s): %s.\n", r.Goal, verdict)
	return b.String()
}
