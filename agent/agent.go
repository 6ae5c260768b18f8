package agent

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"filippo.io/age"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/zk"
)

// Defaults of Config.
const (
	DefaultEpochLength   = 86400
	DefaultSealAfter     = 10 * time.Minute
	DefaultAnchorBatch   = 50
	DefaultAnchorLinger  = 2 * time.Second
	DefaultMinBackoff    = 250 * time.Millisecond
	DefaultMaxBackoff    = time.Minute
	DefaultMaxAttempts   = 20
	DefaultDeadline      = time.Hour
	DefaultPollInterval  = time.Second
	DefaultStoreParallel = 4
)

// Config configures an Agent. Outbox, Store, Chain, Keys and Recipients are
// required; zero values of the others take their defaults.
type Config struct {
	Outbox     *Outbox
	Store      datpin.ContentStore
	Chain      Chain
	Keys       Keys
	Recipients []age.Recipient // validator committee and operator (X25519)

	// EpochLength is the length of an epoch in seconds (default 86400).
	EpochLength int64
	// SealAfter is how long after its epoch ends (and after its last
	// record) an open batch waits before Run seals it. Negative: Run never
	// seals by time (imports seal with Flush).
	SealAfter time.Duration
	// MaxBatchRecords seals a batch when it holds this many records
	// (default pack.MaxRecords).
	MaxBatchRecords int
	// AnchorBatch is the most contributions per anchor transaction (default 50).
	AnchorBatch int
	// AnchorLinger is how long the anchor stage waits for a fuller
	// transaction while batches are still being packaged or stored
	// (default 2 s).
	AnchorLinger time.Duration
	// AutoOnboard onboards unregistered stations from the operator account
	// (sensible on development chains, where station keys are known).
	AutoOnboard bool
	// K is the k-anonymity threshold (default privacy.DefaultK): a handset
	// batch seen by fewer than K pseudonyms publishes no region.
	K int
	// Workers is the number of batches packaged at once (default GOMAXPROCS).
	Workers int
	// MinBackoff and MaxBackoff bound the jittered exponential backoff of
	// retries (defaults 250 ms and 1 min).
	MinBackoff, MaxBackoff time.Duration
	// MaxAttempts is how often a batch is retried after an error that is
	// not an outage (a revert, a missing key) before it fails (default 20).
	// Outages (EUNAVAILABLE) are retried for ever.
	MaxAttempts int
	// Deadline is how long a contribution or onboarding signature is valid
	// after the chain's current time (default 1 h).
	Deadline time.Duration
	// PollInterval is how often idle stages look for work that became due
	// (default 1 s).
	PollInterval time.Duration
	// ZK, when set, commits every provable batch in its contribution and proves it after
	// anchoring (see ZKConfig). The chain must implement ZKChain.
	ZK *ZKConfig

	Metrics *Metrics     // default NewMetrics()
	Log     *slog.Logger // default slog.Default()
	Now     func() time.Time
}

// Agent runs the edge pipeline over a durable outbox: Ingest stores
// records; Run seals batches, packages, stores and anchors them, retrying
// with backoff while the store or the chain is down.
type Agent struct {
	cfg Config
	out *Outbox
	m   *Metrics
	log *slog.Logger

	kickPackage, kickStore, kickAnchor, kickProve chan struct{}

	mu       sync.Mutex
	progress chan struct{} // closed and replaced on every state change

	lingerSince time.Time // when the anchor stage first held back a partial transaction

	anchored, txs, onboarded, retries, zkSubmitted atomic.Int64
}

// Stats counts what the agent did since it was made.
type Stats struct {
	Anchored     int64 // contributions anchored (or found anchored)
	Transactions int64 // anchor transactions mined
	Onboarded    int64 // devices onboarded
	Retries      int64 // failed attempts scheduled again
}

// Stats returns the agent's counters.
func (a *Agent) Stats() Stats {
	return Stats{Anchored: a.anchored.Load(), Transactions: a.txs.Load(), Onboarded: a.onboarded.Load(), Retries: a.retries.Load()}
}

// New checks cfg and returns an Agent.
func New(cfg Config) (*Agent, error) {
	switch {
	case cfg.Outbox == nil:
		return nil, datpin.Errorf(datpin.EINVALID, "agent: no outbox")
	case cfg.Store == nil:
		return nil, datpin.Errorf(datpin.EINVALID, "agent: no content store")
	case cfg.Chain == nil:
		return nil, datpin.Errorf(datpin.EINVALID, "agent: no chain")
	case cfg.Keys == nil:
		return nil, datpin.Errorf(datpin.EINVALID, "agent: no station keys")
	case len(cfg.Recipients) == 0:
		return nil, datpin.Errorf(datpin.EINVALID, "agent: no recipients to encrypt packages to")
	}
	if cfg.EpochLength == 0 {
		cfg.EpochLength = DefaultEpochLength
	}
	if cfg.EpochLength < 1 {
		return nil, datpin.Errorf(datpin.EINVALID, "agent: epoch length must be positive")
	}
	if cfg.SealAfter == 0 {
		cfg.SealAfter = DefaultSealAfter
	}
	if cfg.MaxBatchRecords <= 0 || cfg.MaxBatchRecords > pack.MaxRecords {
		cfg.MaxBatchRecords = pack.MaxRecords
	}
	if cfg.AnchorBatch <= 0 {
		cfg.AnchorBatch = DefaultAnchorBatch
	}
	if cfg.AnchorLinger == 0 {
		cfg.AnchorLinger = DefaultAnchorLinger
	}
	if cfg.K <= 0 {
		cfg.K = privacy.DefaultK
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.MinBackoff <= 0 {
		cfg.MinBackoff = DefaultMinBackoff
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = DefaultMaxBackoff
	}
	cfg.MaxBackoff = max(cfg.MaxBackoff, cfg.MinBackoff)
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = DefaultMaxAttempts
	}
	if cfg.Deadline <= 0 {
		cfg.Deadline = DefaultDeadline
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics()
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.ZK != nil {
		z := *cfg.ZK
		if z.Keys == nil {
			// Never a setup inside the agent: it would swap the randomness packaging draws from.
			z.Keys = func(size int) (*zk.Keys, error) { return zk.LoadDevKeys("", size) }
		}
		if len(z.Sizes) == 0 {
			z.Sizes = zk.Sizes
		}
		if z.RegionResolution <= 0 {
			z.RegionResolution = privacy.DefaultRegionResolution
		}
		cfg.ZK = &z
		if _, ok := cfg.Chain.(ZKChain); !ok {
			return nil, datpin.Wrap(datpin.EINVALID, errNoZKChain, "agent")
		}
	}
	a := &Agent{
		cfg: cfg, out: cfg.Outbox, m: cfg.Metrics, log: cfg.Log,
		kickPackage: make(chan struct{}, 1), kickStore: make(chan struct{}, 1), kickAnchor: make(chan struct{}, 1),
		kickProve: make(chan struct{}, 1),
		progress:  make(chan struct{}),
	}
	if err := a.m.Registry.Register(newOutboxCollector(cfg.Outbox)); err != nil {
		var are prometheus.AlreadyRegisteredError
		if !errors.As(err, &are) {
			return nil, datpin.Wrap(datpin.EINTERNAL, err, "register outbox metrics")
		}
	}
	return a, nil
}

// Config returns the agent's configuration with defaults filled in.
func (a *Agent) Config() Config { return a.cfg }

// Metrics returns the agent's metrics.
func (a *Agent) Metrics() *Metrics { return a.m }

// Outbox returns the agent's outbox.
func (a *Agent) Outbox() *Outbox { return a.out }

func kick(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// changed wakes everyone waiting for progress.
func (a *Agent) changed() {
	a.mu.Lock()
	close(a.progress)
	a.progress = make(chan struct{})
	a.mu.Unlock()
}

func (a *Agent) progressCh() <-chan struct{} {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.progress
}

// Ingest stores records in the outbox (see Outbox.Ingest). When it returns
// nil the records are on disk and may be acknowledged.
func (a *Agent) Ingest(ctx context.Context, recs []datpin.Record) (IngestResult, error) {
	res, err := a.out.Ingest(ctx, recs, a.cfg.EpochLength, a.cfg.MaxBatchRecords, a.cfg.Now())
	if err != nil {
		return res, err
	}
	a.m.Records.WithLabelValues("accepted").Add(float64(res.Accepted))
	a.m.Records.WithLabelValues("duplicate").Add(float64(res.Duplicates))
	if res.Sealed > 0 {
		kick(a.kickPackage) // batches filled up: package them now rather than at the next poll
	}
	return res, nil
}

// Flush seals every open batch and waits until no batch is left to
// package, store or anchor (all anchored or failed) and, with ZK, no proof
// is left to make or submit. Run must be running.
// While the store or the chain is down Flush keeps waiting, until ctx ends.
func (a *Agent) Flush(ctx context.Context) error {
	n, err := a.out.SealAll(ctx)
	if err != nil {
		return err
	}
	a.m.Batches.WithLabelValues(StateSealed.String()).Add(float64(n))
	kick(a.kickPackage)
	if err := a.Wait(ctx); err != nil || a.cfg.ZK == nil {
		return err
	}
	return a.WaitZK(ctx)
}

// Wait waits until no batch is pending except open ones.
func (a *Agent) Wait(ctx context.Context) error {
	for {
		ch := a.progressCh()
		var n int
		err := a.out.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM batches WHERE state IN (?, ?, ?)`,
			StateSealed, StatePackaged, StateStored).Scan(&n)
		if err != nil {
			return dbErr(err, "wait")
		}
		if n == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return datpin.Wrap(datpin.EUNAVAILABLE, ctx.Err(), "%d batches still pending", n)
		case <-ch:
		case <-time.After(a.cfg.PollInterval):
		}
	}
}

// Run seals, packages, stores and anchors batches until ctx ends. Each
// stage runs in its own goroutine, so packaging goes on while the chain is
// down and records are accepted whatever the stages do.
func (a *Agent) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	loop := func(name string, kickCh chan struct{}, step func(context.Context) (bool, error)) {
		defer wg.Done()
		poll := a.cfg.PollInterval
		if name == "seal" {
			// Seal within a fraction of the grace of the deadline.
			poll = min(poll, max(a.cfg.SealAfter/4, 10*time.Millisecond))
		}
		outage := 0
		for ctx.Err() == nil {
			did, err := step(ctx)
			if ctx.Err() != nil {
				return
			}
			var wait time.Duration
			if err != nil {
				// The stage's dependency is down: back off the whole stage.
				a.log.Warn("agent stage waiting", "stage", name, "err", err)
				a.m.Retries.WithLabelValues(name).Inc()
				a.retries.Add(1)
				wait = a.backoff(outage)
				outage++
			} else {
				outage = 0
				if did {
					continue
				}
				wait = poll
			}
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
			case <-kickCh:
				if err != nil {
					<-t.C // an outage is not cut short by new work
				}
			case <-t.C:
			}
			t.Stop()
		}
	}
	wg.Add(3)
	go loop("package", a.kickPackage, a.packageStep)
	go loop("store", a.kickStore, a.storeStep)
	go loop("anchor", a.kickAnchor, a.anchorStep)
	if a.cfg.SealAfter > 0 {
		wg.Add(1)
		go loop("seal", make(chan struct{}), a.sealStep)
	}
	if a.cfg.ZK != nil {
		wg.Add(1)
		go loop("prove", a.kickProve, a.proveStep)
	}
	wg.Wait()
	return nil
}

// backoff returns the jittered exponential delay after n failures:
// uniformly in [d/2, d] with d = min(MinBackoff·2^n, MaxBackoff).
func (a *Agent) backoff(n int) time.Duration {
	d := a.cfg.MaxBackoff
	if n < 30 {
		d = min(a.cfg.MinBackoff<<n, a.cfg.MaxBackoff)
	}
	return d/2 + rand.N(d/2+1)
}

// ErrNotRegistered is the cause of the error of a batch whose station is
// not registered on chain (and AutoOnboard is off). Such a batch waits,
// retried with backoff, until the operator onboards the station.
var ErrNotRegistered = errors.New("device not registered")

// transient reports whether err is an outage (or a wait) worth retrying
// for ever.
func transient(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrNotRegistered) {
		return true
	}
	switch datpin.ErrorCode(err) {
	case datpin.EUNAVAILABLE, datpin.EEXPIRED:
		return true
	case datpin.ECONFLICT:
		return !evm.IsRevert(err) // a nonce race, not a contract refusal
	}
	return false
}

// retry schedules batch b again after err, or fails it when err is not
// transient and b has used up its attempts.
func (a *Agent) retry(ctx context.Context, stage string, b *Batch, err error) {
	ctx = context.WithoutCancel(ctx)
	if !transient(err) && b.Attempts+1 >= a.cfg.MaxAttempts {
		a.log.Error("batch failed", "stage", stage, "batch", b.ID, "station", b.Station, "epoch", b.Epoch, "err", err)
		if ferr := a.out.MarkFailed(ctx, b.ID, err); ferr == nil {
			a.m.Batches.WithLabelValues(StateFailed.String()).Inc()
			a.changed()
		}
		return
	}
	a.m.Retries.WithLabelValues(stage).Inc()
	a.retries.Add(1)
	next := a.cfg.Now().Add(a.backoff(b.Attempts))
	a.log.Debug("batch retry", "stage", stage, "batch", b.ID, "attempt", b.Attempts+1, "next", next, "err", err)
	if rerr := a.out.Retry(ctx, b.ID, err, next); rerr != nil {
		a.log.Error("outbox retry", "batch", b.ID, "err", rerr)
	}
}

func (a *Agent) fail(ctx context.Context, b *Batch, err error) {
	a.log.Error("batch failed", "batch", b.ID, "station", b.Station, "epoch", b.Epoch, "err", err)
	if ferr := a.out.MarkFailed(context.WithoutCancel(ctx), b.ID, err); ferr == nil {
		a.m.Batches.WithLabelValues(StateFailed.String()).Inc()
		a.changed()
	}
}
