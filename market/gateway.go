package market

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"sync"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/store"
)

// Gateway defaults.
const (
	DefaultGatewayInterval = 5 * time.Second
	// DefaultDeadlineMargin is how close to its deadline (chain clock) a purchase may be for the
	// gateway to still start delivering it: a transaction sent later could land after the
	// deadline and only burn gas.
	DefaultDeadlineMargin = time.Minute
	// scanSpan is the most blocks one eth_getLogs call covers.
	scanSpan = 5000
)

// GatewayConfig configures a gateway: a staked, active validator that delivers paid purchases.
type GatewayConfig struct {
	Suite   *evm.Suite
	Account *evm.Account // the validator's key: it sends the deliveries and earns their fee
	// Identities unwrap the packages' data keys: the validator's age identity, to which agents
	// encrypt their packages.
	Identities []age.Identity
	Store      datpin.ContentStore // where manifests and packages are read and bundles written
	State      *GatewayState
	Interval   time.Duration // poll interval (default DefaultGatewayInterval)
	Margin     time.Duration // see DefaultDeadlineMargin; negative: none
	// Confirmations is how many blocks behind the head the scan of Purchased events stays.
	Confirmations uint64
	Metrics       *GatewayMetrics // default NewGatewayMetrics()
	Log           *slog.Logger
}

// Gateway watches the DataMarket for purchases and delivers them: it checks each purchase, the
// listing's manifest, the sold entries and every package against the chain, unwraps each
// package's data key with its identity, wraps it to the buyer's recipient, stores the bundle and
// records the delivery on chain. Its state makes it safe to restart at any point.
type Gateway struct {
	cfg GatewayConfig
	m   *GatewayMetrics
	log *slog.Logger

	mu      sync.Mutex
	lastErr error
}

// GatewayMetrics are a gateway's Prometheus metrics, in their own registry:
//
//	datpin_gateway_purchases_total{outcome="delivered"|"taken"|"refused"|"expired"}
//	datpin_gateway_packages_wrapped_total   data keys wrapped to buyers
//	datpin_gateway_delivery_seconds          from reading a purchase to its delivery on chain
//	datpin_gateway_open_purchases            purchases seen or bundled, not yet final
//	datpin_gateway_next_block                the first block not yet scanned
//	datpin_gateway_step_errors_total         polls that ended in an error (retried at the next)
type GatewayMetrics struct {
	Registry        *prometheus.Registry
	Purchases       *prometheus.CounterVec
	PackagesWrapped prometheus.Counter
	DeliverySeconds prometheus.Histogram
	Open            prometheus.Gauge
	NextBlock       prometheus.Gauge
	StepErrors      prometheus.Counter
}

// NewGatewayMetrics creates the metrics in a fresh registry, with the Go runtime and process
// collectors.
func NewGatewayMetrics() *GatewayMetrics {
	m := &GatewayMetrics{
		Registry: prometheus.NewRegistry(),
		Purchases: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "datpin_gateway_purchases_total", Help: "Purchases that reached a final state, by outcome.",
		}, []string{"outcome"}),
		PackagesWrapped: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "datpin_gateway_packages_wrapped_total", Help: "Package data keys wrapped to buyers.",
		}),
		DeliverySeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "datpin_gateway_delivery_seconds", Help: "Time from reading a purchase to its delivery on chain.",
			Buckets: prometheus.ExponentialBuckets(0.05, 2, 14),
		}),
		Open: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "datpin_gateway_open_purchases", Help: "Purchases seen and not yet delivered, taken, refused or expired.",
		}),
		NextBlock: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "datpin_gateway_next_block", Help: "The first block not yet scanned for purchases.",
		}),
		StepErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "datpin_gateway_step_errors_total", Help: "Polls that ended in an error; retried at the next poll.",
		}),
	}
	m.Registry.MustRegister(m.Purchases, m.PackagesWrapped, m.DeliverySeconds, m.Open, m.NextBlock, m.StepErrors,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// NewGateway checks the configuration and binds the state to the suite's market.
func NewGateway(ctx context.Context, cfg GatewayConfig) (*Gateway, error) {
	switch {
	case cfg.Suite == nil || cfg.Account == nil || cfg.Store == nil || cfg.State == nil:
		return nil, datpin.Errorf(datpin.EINVALID, "gateway needs a suite, an account, a store and a state")
	case cfg.Suite.Market == (common.Address{}):
		return nil, datpin.Errorf(datpin.EINVALID, "the deployment has no data market")
	case len(cfg.Identities) == 0:
		return nil, datpin.Errorf(datpin.EINVALID, "gateway needs the validator's age identity")
	}
	if cfg.Interval <= 0 {
		cfg.Interval = DefaultGatewayInterval
	}
	if cfg.Margin == 0 {
		cfg.Margin = DefaultDeadlineMargin
	} else if cfg.Margin < 0 {
		cfg.Margin = 0
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewGatewayMetrics()
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if err := cfg.State.Bind(ctx, cfg.Suite.Chain.ChainID.Uint64(), cfg.Suite.Market.Hex()); err != nil {
		return nil, err
	}
	return &Gateway{cfg: cfg, m: cfg.Metrics, log: cfg.Log}, nil
}

// Metrics returns the gateway's metrics.
func (g *Gateway) Metrics() *GatewayMetrics { return g.m }

// Handler serves GET /metrics and GET /healthz (200 while the last poll succeeded, 503 otherwise).
func (g *Gateway) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(g.m.Registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		g.mu.Lock()
		err := g.lastErr
		g.mu.Unlock()
		if err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "error: %s\n", datpin.ErrorMessage(err))
			return
		}
		w.Write([]byte("ok\n"))
	})
	return mux
}

// Run polls until ctx is done; a failed poll is logged and retried at the next one.
func (g *Gateway) Run(ctx context.Context) error {
	t := time.NewTicker(g.cfg.Interval)
	defer t.Stop()
	for {
		if err := g.Step(ctx); err != nil && ctx.Err() == nil {
			g.log.Warn("gateway poll failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Step is one poll: read new Purchased events, then act on every open purchase. It returns the
// first error that stopped it; purchases that failed a check are refused, not errors.
func (g *Gateway) Step(ctx context.Context) error {
	err := g.step(ctx)
	if err != nil {
		g.m.StepErrors.Inc()
	}
	g.mu.Lock()
	g.lastErr = err
	g.mu.Unlock()
	return err
}

func (g *Gateway) step(ctx context.Context) error {
	if err := g.scan(ctx); err != nil {
		return err
	}
	open, err := g.cfg.State.Open(ctx)
	if err != nil {
		return err
	}
	var first error
	for _, r := range open {
		if err := g.process(ctx, r); err != nil {
			if ctx.Err() != nil {
				return err
			}
			g.log.Warn("purchase not delivered yet; retrying at the next poll", "purchase", r.Purchase, "err", err)
			_ = g.cfg.State.NoteError(ctx, r.Purchase, datpin.ErrorMessage(err))
			if first == nil {
				first = err
			}
		}
	}
	if open, err = g.cfg.State.Open(ctx); err == nil {
		g.m.Open.Set(float64(len(open)))
	}
	return first
}

// scan reads Purchased events from the state's next block to the head less the confirmations.
func (g *Gateway) scan(ctx context.Context) error {
	s := g.cfg.Suite
	next, err := g.cfg.State.NextBlock(ctx)
	if err != nil {
		return err
	}
	if next == 0 {
		next = s.Block
	}
	head, err := s.Chain.Client.BlockNumber(ctx)
	if err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "read the head block")
	}
	if head < g.cfg.Confirmations {
		return nil
	}
	head -= g.cfg.Confirmations
	for next <= head {
		to := min(head, next+scanSpan-1)
		evs, err := s.PurchasedEvents(ctx, next, to)
		if err != nil {
			return err
		}
		recs := make([]DeliveryRecord, 0, len(evs))
		for _, ev := range evs {
			recs = append(recs, DeliveryRecord{Purchase: ev.PurchaseId.Uint64(), Listing: ev.ListingId.Uint64(), Buyer: ev.Buyer.Hex(),
				Recipient: ev.AgeRecipient, Deadline: ev.Deadline, Block: ev.Raw.BlockNumber})
			g.log.Info("purchase seen", "purchase", ev.PurchaseId, "listing", ev.ListingId, "buyer", ev.Buyer, "tokens", ev.Tokens, "units", ev.Units, "deadline", ev.Deadline)
		}
		if err := g.cfg.State.AddSeen(ctx, recs, to+1); err != nil {
			return err
		}
		g.m.NextBlock.Set(float64(to + 1))
		next = to + 1
	}
	return nil
}

// refusal is a check that failed for good: the gateway will not deliver the purchase.
type refusal struct{ why string }

func (r *refusal) Error() string { return r.why }

func refuse(format string, args ...any) error { return &refusal{why: fmt.Sprintf(format, args...)} }

// finish moves a purchase to a final state and counts it.
func (g *Gateway) finish(ctx context.Context, r *DeliveryRecord, state DeliveryState, bundle, tx, why string) error {
	if err := g.cfg.State.Update(ctx, r.Purchase, state, bundle, tx, why); err != nil {
		return err
	}
	g.m.Purchases.WithLabelValues(string(state)).Inc()
	return nil
}

// process acts on one open purchase.
func (g *Gateway) process(ctx context.Context, r *DeliveryRecord) error {
	s := g.cfg.Suite
	p, err := s.PurchaseOf(ctx, r.Purchase)
	if err != nil {
		return err
	}
	switch p.State {
	case evm.PurchaseDelivered:
		if p.Gateway == g.cfg.Account.Address && r.Bundle != "" {
			if d, err := store.Digest(r.Bundle); err == nil && d == p.BundleCid {
				g.log.Info("purchase delivered (found on chain after a restart)", "purchase", r.Purchase, "bundle", r.Bundle)
				return g.finish(ctx, r, DeliveryDelivered, "", "", "")
			}
		}
		g.log.Info("purchase delivered by another gateway", "purchase", r.Purchase, "gateway", p.Gateway)
		return g.finish(ctx, r, DeliveryTaken, "", "", "delivered by "+p.Gateway.Hex())
	case evm.PurchaseRefunded:
		return g.finish(ctx, r, DeliveryTaken, "", "", "refunded")
	case evm.PurchasePaid:
	default:
		return g.finish(ctx, r, DeliveryRefused, "", "", "purchase does not exist")
	}
	now, err := s.Chain.Now(ctx)
	if err != nil {
		return err
	}
	if uint64(now.Unix())+uint64(g.cfg.Margin/time.Second) > p.Deadline {
		g.log.Warn("purchase past its delivery deadline; not delivering", "purchase", r.Purchase, "deadline", p.Deadline, "chainTime", now.Unix())
		return g.finish(ctx, r, DeliveryExpired, "", "", fmt.Sprintf("deadline %d, chain time %d, margin %s", p.Deadline, now.Unix(), g.cfg.Margin))
	}
	if crypto.Keccak256Hash([]byte(r.Recipient)) != p.RecipientHash {
		return g.finish(ctx, r, DeliveryRefused, "", "", "the event's recipient is not the purchase's")
	}

	sold, idx, bundle, err := g.prepare(ctx, r, p, uint64(now.Unix()))
	var rf *refusal
	if errors.As(err, &rf) {
		g.log.Warn("purchase refused", "purchase", r.Purchase, "why", rf.why)
		return g.finish(ctx, r, DeliveryRefused, "", "", rf.why)
	} else if err != nil {
		return err
	}
	digest, err := store.Digest(bundle)
	if err != nil {
		return err
	}
	if r.Bundle != bundle {
		// The intent: recorded before the transaction exists.
		if err := g.cfg.State.Update(ctx, r.Purchase, DeliveryBundled, bundle, "", ""); err != nil {
			return err
		}
		r.Bundle = bundle
	}
	rc, err := s.DeliverPurchase(ctx, g.cfg.Account, r.Purchase, digest, sold, idx)
	if err != nil {
		switch evm.RevertName(err) {
		case "NotInState":
			return nil // delivered or refunded meanwhile: the next poll reads which
		case "DeliveryClosed":
			return g.finish(ctx, r, DeliveryExpired, "", "", "deadline passed before the delivery was mined")
		}
		return err
	}
	dropped := 0
	for _, lg := range rc.Logs {
		if _, err := s.MarketABI.UnpackEntryExcludedEvent(lg); err == nil {
			dropped++
		}
	}
	g.m.DeliverySeconds.Observe(time.Since(time.Unix(r.SeenAt, 0)).Seconds())
	g.log.Info("purchase delivered", "purchase", r.Purchase, "bundle", bundle, "tokens", len(sold), "dropped", dropped, "tx", rc.TxHash)
	return g.finish(ctx, r, DeliveryDelivered, bundle, rc.TxHash.Hex(), "")
}

// prepare checks the listing, its manifest and the sold entries against the chain and returns
// the sold entries with their manifest indexes and the CID of the stored bundle (the recorded
// one if there is one). A failed check is a *refusal; anything else may pass on a retry.
func (g *Gateway) prepare(ctx context.Context, r *DeliveryRecord, p evm.MarketPurchase, now uint64) ([]evm.MarketEntry, []uint64, string, error) {
	s := g.cfg.Suite
	l, err := s.ListingOf(ctx, p.ListingId)
	if err != nil {
		return nil, nil, "", err
	}
	m, err := FetchManifest(ctx, g.cfg.Store, l)
	if err != nil {
		if datpin.ErrorCode(err) == datpin.EINVALID {
			return nil, nil, "", refuse("listing %d: %s", p.ListingId, datpin.ErrorMessage(err))
		}
		return nil, nil, "", err
	}
	sold, idx, err := s.SoldEntries(ctx, r.Purchase, m.MarketEntries())
	if err != nil {
		return nil, nil, "", err
	}
	if uint64(len(sold)) != uint64(p.Tokens) {
		return nil, nil, "", refuse("the manifest less the exclusions gives %d entries; the purchase sold %d", len(sold), p.Tokens)
	}
	leaves := make([][32]byte, len(sold))
	for k, e := range sold {
		leaves[k] = Leaf(int(idx[k]), Entry{TokenID: e.TokenID, Units: e.Units})
	}
	if NewTree(leaves).Root() != p.SoldRoot {
		return nil, nil, "", refuse("the sold entries do not give the purchase's sold root")
	}
	if r.Bundle != "" {
		if has, err := g.cfg.Store.Has(ctx, r.Bundle); err == nil && has {
			return sold, idx, r.Bundle, nil
		}
	}
	recipient, err := ParseRecipient(r.Recipient)
	if err != nil {
		return nil, nil, "", refuse("buyer's recipient: %s", datpin.ErrorMessage(err))
	}
	b := &Bundle{Version: BundleVersion, ChainID: s.Chain.ChainID.Uint64(), Market: s.Market.Hex(), Purchase: r.Purchase, Recipient: r.Recipient}
	for k, e := range sold {
		me := m.Entries[idx[k]]
		key, err := g.wrapEntry(ctx, l, me, e, now, recipient)
		if err != nil {
			return nil, nil, "", err
		}
		if key == nil {
			continue // its units cannot be spent: the delivery will drop it
		}
		b.Keys = append(b.Keys, BundleKey{Index: idx[k], TokenID: e.TokenID, Units: e.Units, CID: me.CID, Key: key})
	}
	if len(b.Keys) == 0 {
		return nil, nil, "", refuse("no sold entry can still be spent")
	}
	enc, err := b.Encode()
	if err != nil {
		return nil, nil, "", err
	}
	c, err := g.cfg.Store.Put(ctx, enc)
	if err != nil {
		return nil, nil, "", err
	}
	g.m.PackagesWrapped.Add(float64(len(b.Keys)))
	return sold, idx, c, nil
}

// wrapEntry checks one sold entry's token and package against the chain and returns its data key
// wrapped to the buyer; nil when the token's units can no longer be spent (the delivery would
// drop it, so the buyer gets no key for it).
func (g *Gateway) wrapEntry(ctx context.Context, l evm.Listing, me ManifestEntry, e evm.MarketEntry, now uint64, to age.Recipient) ([]byte, error) {
	s := g.cfg.Suite
	tok, err := s.TokenState(ctx, e.TokenID)
	if err != nil {
		return nil, err
	}
	c := tok.Contrib
	digest, err := store.Digest(me.CID)
	if err != nil {
		return nil, refuse("token %d: manifest CID: %s", e.TokenID, datpin.ErrorMessage(err))
	}
	root, err := parseHash32(me.MerkleRoot)
	if err != nil {
		return nil, refuse("token %d: manifest Merkle root: %s", e.TokenID, datpin.ErrorMessage(err))
	}
	switch {
	case tok.Status != datpin.StatusFinalized:
		return nil, refuse("token %d is %v, not finalized", e.TokenID, tok.Status)
	case c.CidDigest != digest:
		return nil, refuse("token %d: the manifest's CID is not the one anchored", e.TokenID)
	case c.MerkleRoot != root:
		return nil, refuse("token %d: the manifest's Merkle root is not the one anchored", e.TokenID)
	}
	if tok.Value.Cmp(new(big.Int).SetUint64(e.Units)) < 0 || (tok.ExpireAt != 0 && tok.ExpireAt <= now+uint64(g.cfg.Margin/time.Second)) {
		g.log.Warn("sold entry can no longer be spent; no key for it", "token", e.TokenID, "value", tok.Value, "units", e.Units, "expireAt", tok.ExpireAt)
		return nil, nil
	}
	if ok, err := s.IsApprovedForClass(ctx, tok.Owner, l.ClassId, s.Market); err != nil {
		return nil, err
	} else if !ok {
		g.log.Warn("holder withdrew the market's approval; no key for its entry", "token", e.TokenID, "holder", tok.Owner)
		return nil, nil
	}
	raw, err := g.cfg.Store.Get(ctx, me.CID)
	if err != nil {
		if datpin.ErrorCode(err) == datpin.EINVALID {
			return nil, refuse("token %d: package %s: %s", e.TokenID, me.CID, datpin.ErrorMessage(err))
		}
		return nil, err // missing or unreachable: maybe later
	}
	pkg, err := pack.Decode(raw)
	if err != nil {
		return nil, refuse("token %d: package: %s", e.TokenID, datpin.ErrorMessage(err))
	}
	if err := pkg.Verify(datDomain(s)); err != nil {
		return nil, refuse("token %d: package signature: %s", e.TokenID, datpin.ErrorMessage(err))
	}
	pm := &pkg.Manifest
	if pm.MerkleRoot != c.MerkleRoot || pm.RecordCount != c.RecordCount || pm.Station != c.Device || pm.ClassID != l.ClassId {
		return nil, refuse("token %d: the package's manifest is not the anchored contribution", e.TokenID)
	}
	key, err := pkg.DataKey(g.cfg.Identities...)
	if err != nil {
		return nil, refuse("token %d: %s (this gateway's identity is not a recipient of the package)", e.TokenID, datpin.ErrorMessage(err))
	}
	wrapped, err := pack.WrapDataKey(key, to)
	if err != nil {
		return nil, err
	}
	return wrapped, nil
}

// FetchManifest reads a listing's manifest from the store by its content address and checks it
// against the listing: its own consistency and its root. A manifest that fails is EINVALID.
func FetchManifest(ctx context.Context, cs datpin.ContentStore, l evm.Listing) (*Manifest, error) {
	if l.Seller == (common.Address{}) {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "listing does not exist")
	}
	c := store.CIDFromDigest(l.ManifestCid)
	b, err := cs.Get(ctx, c)
	if err != nil {
		return nil, err
	}
	m, err := ParseManifest(b)
	if err != nil {
		return nil, err
	}
	if err := CheckListing(m, l); err != nil {
		return nil, err
	}
	return m, nil
}

// ParseManifest decodes a manifest's JSON and checks its consistency.
func ParseManifest(b []byte) (*Manifest, error) {
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "malformed manifest")
	}
	if err := m.Check(); err != nil {
		return nil, err
	}
	return &m, nil
}

// CheckListing checks that manifest m is the one listing l sells: its entries give the
// listing's root.
func CheckListing(m *Manifest, l evm.Listing) error {
	if ManifestRoot(m.MarketEntries()) != l.ManifestRoot {
		return datpin.Errorf(datpin.EINVALID, "the manifest's entries do not give the listing's root %x", l.ManifestRoot)
	}
	return nil
}
