package agent

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/store"
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
	kick(a.kickPackage) // a batch may have filled up
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

// sealStep seals the open batches whose epoch is over.
func (a *Agent) sealStep(ctx context.Context) (bool, error) {
	n, err := a.out.SealDue(ctx, a.cfg.Now(), a.cfg.SealAfter)
	if err != nil {
		return false, err
	}
	if n > 0 {
		a.m.Batches.WithLabelValues(StateSealed.String()).Add(float64(n))
		a.log.Debug("sealed batches", "n", n)
		kick(a.kickPackage)
		a.changed()
	}
	return false, nil // sealing is driven by time: poll
}

// packageStep packages the sealed batches that are due, Workers at a time,
// and records the packages in one transaction.
func (a *Agent) packageStep(ctx context.Context) (bool, error) {
	bs, err := a.out.Due(ctx, StateSealed, a.cfg.Now(), 4*a.cfg.Workers)
	if err != nil || len(bs) == 0 {
		return false, err
	}
	start := time.Now()
	ps := make([]*Packaged, len(bs))
	errs := make([]error, len(bs))
	sem := make(chan struct{}, a.cfg.Workers)
	var wg sync.WaitGroup
	for i, b := range bs {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			ps[i], errs[i] = a.packageBatch(ctx, b)
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		return false, nil
	}
	var ids []int64
	var done []*Packaged
	for i, b := range bs {
		switch err := errs[i]; {
		case err != nil && datpin.ErrorCode(err) == datpin.EINVALID:
			a.fail(ctx, b, err)
		case err != nil:
			a.retry(ctx, "package", b, err)
		default:
			ids, done = append(ids, b.ID), append(done, ps[i])
		}
	}
	if len(ids) == 0 {
		return true, nil
	}
	if err := a.out.MarkPackagedAll(context.WithoutCancel(ctx), ids, done); err != nil {
		return false, err
	}
	a.m.Batches.WithLabelValues(StatePackaged.String()).Add(float64(len(ids)))
	per := time.Since(start).Seconds() / float64(len(bs))
	for i, b := range bs {
		if errs[i] == nil {
			a.m.StageSeconds.WithLabelValues("package").Observe(per)
			a.log.Debug("packaged", "batch", b.ID, "station", b.Station, "epoch", b.Epoch, "records", b.Records, "cid", ps[i].CID)
		}
	}
	kick(a.kickStore)
	a.changed()
	return true, nil
}

// packageBatch scores, anonymizes, encodes, signs and encrypts a sealed
// batch. It does not touch the chain or the store.
func (a *Agent) packageBatch(ctx context.Context, b *Batch) (*Packaged, error) {
	key, anon, pub, err := a.anonymize(ctx, b)
	if err != nil {
		return nil, err
	}
	// Scored after anonymization, on what validators will see.
	sc := scoreBatch(pub, b.Epoch, b.EpochLength)
	region := publicRegion(anon, pub, b.DeviceType, a.cfg.K)
	s := &pack.Sealer{Key: key, Domain: a.cfg.Chain.DATDomain(), Recipients: a.cfg.Recipients}
	p, err := s.Seal(pack.Manifest{
		ClassID: a.cfg.Chain.ClassID(), DeviceType: b.DeviceType, Epoch: b.Epoch, EpochLength: uint32(b.EpochLength),
		H3Region: region, Score: sc.Score, Explanation: sc.Explanation,
	}, pub)
	if err != nil {
		return nil, err
	}
	enc, err := p.Encode()
	if err != nil {
		return nil, err
	}
	return &Packaged{
		Device: crypto.PubkeyToAddress(key.PublicKey), Score: sc.Score, Explanation: sc.Explanation, Region: region,
		Root: p.Manifest.MerkleRoot, CID: store.CID(enc), Package: enc, ZK: a.zkCommit(pub, region),
	}, nil
}

// anonymize returns a batch's station key, its anonymizer and its public records. The same
// batch always gives the same public records (pseudonyms and cells are deterministic).
func (a *Agent) anonymize(ctx context.Context, b *Batch) (*ecdsa.PrivateKey, *privacy.Anonymizer, []datpin.PublicRecord, error) {
	key, err := a.cfg.Keys.Key(b.Station)
	if err != nil {
		return nil, nil, nil, err
	}
	recs, err := a.out.Records(ctx, b.ID)
	if err != nil {
		return nil, nil, nil, err
	}
	if len(recs) == 0 {
		return nil, nil, nil, datpin.Errorf(datpin.EINVALID, "batch %d has no records", b.ID)
	}
	anon, err := privacy.NewAnonymizer(privacy.Config{Secret: PseudonymSecret(key), EpochLength: b.EpochLength, K: a.cfg.K})
	if err != nil {
		return nil, nil, nil, err
	}
	pub, err := anon.Anonymize(b.Epoch, recs)
	if err != nil {
		return nil, nil, nil, err
	}
	return key, anon, pub, nil
}

// publicRegion is the region a batch shows in the clear. A station or a
// sensor is fixed infrastructure whose place is registered anyway; a
// handset's batch shows its region only if the region passes privacy's
// k-anonymity (privacy.KAnonymous: at least k distinct pseudonyms share it),
// so that the clear manifest never places a lone person.
func publicRegion(anon *privacy.Anonymizer, pub []datpin.PublicRecord, t datpin.DeviceType, k int) uint64 {
	if t == datpin.DeviceStation {
		// A station's place is where its heartbeats say it stands, not where the handsets it
		// served were: validators check the one against the other.
		var hb []datpin.PublicRecord
		for i := range pub {
			if pub[i].Kind == datpin.KindHeartbeat && pub[i].H3Cell != 0 {
				hb = append(hb, pub[i])
			}
		}
		if len(hb) > 0 {
			return anon.Region(hb)
		}
	}
	region := anon.Region(pub)
	if t != datpin.DeviceHandset || region == 0 {
		return region
	}
	// The records in the region, coarsened to it: one group, the region, whose pseudonyms
	// KAnonymous counts (a pseudonym's consecutive records once).
	res := anon.Config().RegionResolution
	var in []datpin.PublicRecord
	for i := range pub {
		if privacy.Parent(pub[i].H3Cell, res) == region && (len(in) == 0 || in[len(in)-1].Pseudonym != pub[i].Pseudonym) {
			in = append(in, datpin.PublicRecord{H3Cell: region, Pseudonym: pub[i].Pseudonym})
		}
	}
	groups, _, err := privacy.KAnonymous(in, privacy.ByCell, k)
	if err != nil || len(groups) != 1 {
		return 0
	}
	return region
}

// storeStep puts the packages of the packaged batches that are due, and
// records the stored ones in one transaction.
func (a *Agent) storeStep(ctx context.Context) (bool, error) {
	bs, err := a.out.Due(ctx, StatePackaged, a.cfg.Now(), 4*DefaultStoreParallel)
	if err != nil || len(bs) == 0 {
		return false, err
	}
	start := time.Now()
	errs := make([]error, len(bs))
	sem := make(chan struct{}, DefaultStoreParallel)
	var wg sync.WaitGroup
	for i, b := range bs {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			errs[i] = a.storeBatch(ctx, b)
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		return false, nil
	}
	var ids []int64
	var outage error
	for i, b := range bs {
		switch err := errs[i]; {
		case err == nil:
			ids = append(ids, b.ID)
		case datpin.ErrorCode(err) == datpin.EINVALID:
			a.fail(ctx, b, err)
		default:
			a.retry(ctx, "store", b, err)
			if transient(err) {
				outage = err
			}
		}
	}
	if len(ids) > 0 {
		if err := a.out.MarkStoredAll(context.WithoutCancel(ctx), ids); err != nil {
			return false, err
		}
		a.m.Batches.WithLabelValues(StateStored.String()).Add(float64(len(ids)))
		per := time.Since(start).Seconds() / float64(len(bs))
		for range ids {
			a.m.StageSeconds.WithLabelValues("store").Observe(per)
		}
		kick(a.kickAnchor)
		a.changed()
	}
	return outage == nil, outage
}

func (a *Agent) storeBatch(ctx context.Context, b *Batch) error {
	pkg, err := a.out.Package(ctx, b.ID)
	if err != nil {
		return err
	}
	cid, err := a.cfg.Store.Put(ctx, pkg)
	if err != nil {
		return err
	}
	if cid != b.CID {
		return datpin.Errorf(datpin.EINVALID, "store returned CID %s for package %s", cid, b.CID)
	}
	return nil
}

// anchorStep anchors up to AnchorBatch stored batches in one transaction.
// Before sending it asks the chain which roots are already anchored (a
// crash between a mined transaction and the outbox commit leaves exactly
// that), and records their tokens instead of anchoring them again.
func (a *Agent) anchorStep(ctx context.Context) (bool, error) {
	now := a.cfg.Now()
	// Count the batches on their way before listing the stored ones, so
	// that a batch stored in between is in the list.
	upstream, err := a.out.Upstream(ctx, now)
	if err != nil {
		return false, err
	}
	bs, err := a.out.Due(ctx, StateStored, now, a.cfg.AnchorBatch)
	if err != nil || len(bs) == 0 {
		return false, err
	}
	if len(bs) < a.cfg.AnchorBatch && upstream > 0 && a.cfg.AnchorLinger > 0 {
		// More batches are on their way: wait a little for a fuller
		// transaction (a transaction per contribution costs more gas).
		if a.lingerSince.IsZero() {
			a.lingerSince = now
		}
		if now.Sub(a.lingerSince) < a.cfg.AnchorLinger {
			return false, nil
		}
	}
	a.lingerSince = time.Time{}
	todo, err := a.settleAnchored(ctx, bs)
	if err != nil {
		return false, err
	}
	// Devices must be registered; onboard them if allowed, the new ones of this group together.
	if err := a.onboardMissing(ctx, todo); err != nil {
		if ctx.Err() != nil {
			return false, nil
		}
		if transient(err) {
			return false, err
		}
		// A contract refusal: onboard them one by one below, so that one bad device does not hold
		// back the others.
		a.log.Warn("batch onboarding refused; onboarding one by one", "err", err)
	}
	ready := todo[:0]
	for _, b := range todo {
		if err := a.ensureDevice(ctx, b); err != nil {
			if ctx.Err() != nil {
				return false, nil
			}
			if transient(err) && !errors.Is(err, ErrNotRegistered) {
				return false, err
			}
			// This station waits (an unregistered one for ever, until the
			// operator onboards it); the others go on.
			a.m.Retries.WithLabelValues("onboard").Inc()
			a.retry(ctx, "anchor", b, err)
			continue
		}
		ready = append(ready, b)
	}
	if len(ready) == 0 {
		return len(todo) < len(bs), nil
	}
	err = a.anchorGroup(ctx, ready)
	if err == nil || ctx.Err() != nil {
		return true, nil
	}
	switch {
	case errors.Is(err, evm.ErrRootAlreadyAnchored):
		// Anchored meanwhile (another relayer, or a transaction of ours that
		// was still pending): the next step records the tokens.
		a.log.Info("root already anchored; re-checking", "err", err)
		return true, nil
	case transient(err):
		for _, b := range ready {
			a.retry(ctx, "anchor", b, err)
		}
		return false, err
	}
	// A contract refusal. Anchor one by one so that one bad contribution
	// does not hold back the others.
	a.log.Warn("anchor refused; anchoring one by one", "batches", len(ready), "err", err)
	for _, b := range ready {
		if len(ready) == 1 {
			a.retry(ctx, "anchor", b, err)
			break
		}
		if err := a.anchorGroup(ctx, []*Batch{b}); err != nil {
			if ctx.Err() != nil {
				return false, nil
			}
			if errors.Is(err, evm.ErrRootAlreadyAnchored) {
				continue
			}
			a.retry(ctx, "anchor", b, err)
			if transient(err) {
				return false, err
			}
		}
	}
	return true, nil
}

// settleAnchored records the tokens of batches whose root is already on
// chain and returns the others. Only batches that an anchor transaction
// may have carried (Sent) can be on chain unbeknownst to the outbox: the
// contribution signature that anchoring needs is made just before sending.
func (a *Agent) settleAnchored(ctx context.Context, bs []*Batch) ([]*Batch, error) {
	var done []Anchored
	var todo []*Batch
	for _, b := range bs {
		if !b.Sent {
			todo = append(todo, b)
			continue
		}
		tok, err := a.cfg.Chain.TokenOfDeviceRoot(ctx, b.Device, b.Root)
		if err != nil {
			return nil, err
		}
		if tok != 0 {
			done = append(done, Anchored{ID: b.ID, Token: tok})
			continue
		}
		todo = append(todo, b)
	}
	if len(done) > 0 {
		if err := a.out.MarkAnchored(context.WithoutCancel(ctx), done); err != nil {
			return nil, err
		}
		a.log.Info("found anchored on chain", "batches", len(done))
		a.m.Batches.WithLabelValues(StateAnchored.String()).Add(float64(len(done)))
		a.m.Anchored.Add(float64(len(done)))
		a.anchored.Add(int64(len(done)))
		a.changed()
	}
	return todo, nil
}

// anchorGroup signs and anchors batches in one transaction and records
// their tokens.
func (a *Agent) anchorGroup(ctx context.Context, bs []*Batch) error {
	start := time.Now()
	now, err := a.cfg.Chain.Now(ctx)
	if err != nil {
		return err
	}
	deadline := now + uint64(a.cfg.Deadline/time.Second)
	dom := a.cfg.Chain.DATDomain()
	cs := make([]datpin.Contribution, len(bs))
	sigs := make([][]byte, len(bs))
	for i, b := range bs {
		key, err := a.cfg.Keys.Key(b.Station)
		if err != nil {
			return err
		}
		digest, err := store.Digest(b.CID)
		if err != nil {
			return err
		}
		cs[i] = datpin.Contribution{
			ClassID: a.cfg.Chain.ClassID(), Device: b.Device, Epoch: b.Epoch, H3Cell: b.Region,
			RecordCount: uint32(b.Records), MerkleRoot: b.Root, CIDDigest: digest, Score: b.Score, Deadline: deadline,
		}
		// The commitment was decided when the batch was packaged; it is signed with the rest.
		if z, err := a.out.ZK(ctx, b.ID); err == nil {
			cs[i].ZKCommit = z.Commit
		} else if datpin.ErrorCode(err) != datpin.ENOTFOUND {
			return err
		}
		sig, err := pack.SignContribution(key, dom, &cs[i])
		if err != nil {
			return err
		}
		sigs[i] = sig[:]
	}
	// Record the intent first: after a crash from here on, the roots are
	// looked up on chain before anything is sent again.
	ids := make([]int64, len(bs))
	for i, b := range bs {
		ids[i] = b.ID
	}
	if err := a.out.MarkSent(ctx, ids); err != nil {
		return err
	}
	first, tx, err := a.cfg.Chain.Anchor(ctx, cs, sigs)
	if err != nil {
		return err
	}
	as := make([]Anchored, len(bs))
	for i, b := range bs {
		as[i] = Anchored{ID: b.ID, Token: first + uint64(i), Tx: tx}
	}
	// The transaction is mined: record it even if we are shutting down.
	if err := a.out.MarkAnchored(context.WithoutCancel(ctx), as); err != nil {
		return err
	}
	a.m.AnchorTxs.Inc()
	a.m.Anchored.Add(float64(len(bs)))
	a.txs.Add(1)
	a.anchored.Add(int64(len(bs)))
	a.m.Batches.WithLabelValues(StateAnchored.String()).Add(float64(len(bs)))
	a.m.StageSeconds.WithLabelValues("anchor").Observe(time.Since(start).Seconds())
	a.log.Info("anchored", "contributions", len(bs), "firstToken", first, "tx", tx)
	kick(a.kickProve)
	a.changed()
	return nil
}

// ensureDevice checks that the batch's device is registered, onboarding it
// from the operator account if AutoOnboard is set.
func (a *Agent) ensureDevice(ctx context.Context, b *Batch) error {
	if ok, err := a.out.Registered(ctx, b.Station); err != nil || ok {
		return err
	}
	op, _, err := a.cfg.Chain.DeviceStatus(ctx, b.Device)
	if err != nil {
		return err
	}
	if op != ([20]byte{}) {
		if op != a.cfg.Chain.Operator() {
			a.log.Warn("station is registered to another operator; its tokens go there", "station", b.Station, "operator", hex.EncodeToString(op[:]))
		}
		return a.out.MarkRegistered(ctx, b.Station, b.Device)
	}
	if !a.cfg.AutoOnboard {
		return datpin.Wrap(datpin.ENOTFOUND, ErrNotRegistered, "station %s (device 0x%x): onboard it with `datpin onboard`", b.Station, b.Device)
	}
	key, err := a.cfg.Keys.Key(b.Station)
	if err != nil {
		return err
	}
	if err := Onboard(ctx, a.cfg.Chain, key, b.Region, b.DeviceType, a.cfg.Deadline); err != nil {
		return err
	}
	a.m.Onboarded.Inc()
	a.onboarded.Add(1)
	a.log.Info("onboarded", "station", b.Station, "device", fmt.Sprintf("0x%x", b.Device), "cell", fmt.Sprintf("%x", b.Region))
	return a.out.MarkRegistered(context.WithoutCancel(ctx), b.Station, b.Device)
}

// onboardChunk is the most devices one onboardMany transaction registers (about 55k gas each,
// against 98k for a transaction of its own).
const onboardChunk = 100

// onboardMissing registers, with onboardMany, the devices of bs that are neither known to be
// registered nor registered on chain, when AutoOnboard is set: a fleet's first anchors cost one
// onboarding transaction instead of one per station. A lone new device, and whatever this skips
// (a missing key, another operator's device), is left to ensureDevice.
func (a *Agent) onboardMissing(ctx context.Context, bs []*Batch) error {
	if !a.cfg.AutoOnboard || len(bs) < 2 {
		return nil
	}
	type pending struct {
		station string
		device  [20]byte
		cell    uint64
	}
	var (
		items []evm.Onboarding
		who   []pending
		seen  = map[string]bool{}
	)
	now, err := a.cfg.Chain.Now(ctx)
	if err != nil {
		return err
	}
	for _, b := range bs {
		if seen[b.Station] {
			continue
		}
		seen[b.Station] = true
		if ok, err := a.out.Registered(ctx, b.Station); err != nil || ok {
			if err != nil {
				return err
			}
			continue
		}
		op, _, err := a.cfg.Chain.DeviceStatus(ctx, b.Device)
		if err != nil {
			return err
		}
		if op != ([20]byte{}) {
			continue
		}
		key, err := a.cfg.Keys.Key(b.Station)
		if err != nil {
			continue
		}
		o := &pack.Onboard{Device: crypto.PubkeyToAddress(key.PublicKey), Operator: a.cfg.Chain.Operator(), H3Cell: b.Region,
			DeviceType: b.DeviceType, Deadline: now + uint64(a.cfg.Deadline/time.Second)}
		sig, err := pack.SignOnboard(key, a.cfg.Chain.RegistryDomain(), o)
		if err != nil {
			return err
		}
		items = append(items, evm.Onboarding{Device: o.Device, H3Cell: o.H3Cell, DeviceType: o.DeviceType, Deadline: o.Deadline, Sig: sig[:]})
		who = append(who, pending{b.Station, o.Device, o.H3Cell})
	}
	if len(items) < 2 {
		return nil
	}
	for i := 0; i < len(items); i += onboardChunk {
		j := min(i+onboardChunk, len(items))
		if err := a.cfg.Chain.OnboardMany(ctx, items[i:j]); err != nil {
			return err
		}
		for _, p := range who[i:j] {
			if err := a.out.MarkRegistered(context.WithoutCancel(ctx), p.station, p.device); err != nil {
				return err
			}
			a.log.Info("onboarded", "station", p.station, "device", fmt.Sprintf("0x%x", p.device), "cell", fmt.Sprintf("%x", p.cell))
		}
		a.m.Onboarded.Add(float64(j - i))
		a.onboarded.Add(int64(j - i))
	}
	return nil
}

// Onboard registers the device of key under the chain's operator, at H3
// cell (the region of a station), with the device's EIP-712 Onboard
// signature valid for validity after the chain's current time. A device
// already registered (DeviceAlreadyRegistered) is not an error.
func Onboard(ctx context.Context, c Chain, k *ecdsa.PrivateKey, cell uint64, t datpin.DeviceType, validity time.Duration) error {
	now, err := c.Now(ctx)
	if err != nil {
		return err
	}
	o := &pack.Onboard{
		Device: crypto.PubkeyToAddress(k.PublicKey), Operator: c.Operator(), H3Cell: cell, DeviceType: t,
		Deadline: now + uint64(validity/time.Second),
	}
	sig, err := pack.SignOnboard(k, c.RegistryDomain(), o)
	if err != nil {
		return err
	}
	err = c.Onboard(ctx, o.Device, o.H3Cell, o.DeviceType, o.Deadline, sig[:])
	if errors.Is(err, evm.ErrDeviceAlreadyRegistered) {
		return nil
	}
	return err
}

// Unregistered returns the stations of the given batches whose devices are
// not registered on chain, with their addresses (hex), so that a caller can
// ask the operator to onboard them before anchoring. Batches not packaged
// yet have no device address: their station key gives it.
func (a *Agent) Unregistered(ctx context.Context, bs []*Batch) (map[string]string, error) {
	out := map[string]string{}
	seen := map[string]bool{}
	for _, b := range bs {
		if seen[b.Station] || b.State >= StateAnchored {
			continue
		}
		seen[b.Station] = true
		if ok, err := a.out.Registered(ctx, b.Station); err != nil {
			return nil, err
		} else if ok {
			continue
		}
		key, err := a.cfg.Keys.Key(b.Station)
		if err != nil {
			return nil, err
		}
		addr := crypto.PubkeyToAddress(key.PublicKey)
		op, _, err := a.cfg.Chain.DeviceStatus(ctx, addr)
		if err != nil {
			return nil, err
		}
		if op == ([20]byte{}) {
			out[b.Station] = addr.Hex()
		} else if err := a.out.MarkRegistered(ctx, b.Station, addr); err != nil {
			return nil, err
		}
	}
	return out, nil
}
