package webhook

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/index"
)

// Source is the event feed a Dispatcher reads: an *index.DB.
type Source interface {
	Events(ctx context.Context, f index.EventFilter) (index.EventPage, error)
	EventsHead(ctx context.Context) (string, error)
	EventsChanged() <-chan struct{}
}

// Config tunes a Dispatcher; zero fields take the defaults.
type Config struct {
	// MaxAttempts is how many POSTs a delivery gets before it is a dead letter (default 10).
	MaxAttempts int
	// BaseDelay is the pause before the first retry; each retry doubles it, up to MaxDelay
	// (defaults 5 s and 1 h). The pause actually taken is drawn between half of it and all of it.
	BaseDelay, MaxDelay time.Duration
	// Timeout bounds one POST (default 10 s).
	Timeout time.Duration
	// Workers is how many POSTs run at once (default 4).
	Workers int
	// Poll is the longest pause between passes when nothing signals new events (default 2 s).
	Poll time.Duration
	// Batch is how many events one pass queues per hook and how many deliveries it attempts
	// per worker (default 100).
	Batch  int
	Client *http.Client // default: no redirects followed, Timeout
	Log    *slog.Logger
	// Now is the clock of due times (default time.Now); signatures always carry the real time.
	Now func() time.Time
}

// Dispatcher queues the feed's events for the hooks of a Store and delivers them.
type Dispatcher struct {
	store *Store
	src   Source
	cfg   Config

	deliveries *prometheus.CounterVec
	enqueued   prometheus.Counter
	latency    prometheus.Histogram
}

// NewDispatcher returns a Dispatcher of src's events to store's hooks.
func NewDispatcher(store *Store, src Source, cfg Config) *Dispatcher {
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = 10
	}
	if cfg.BaseDelay <= 0 {
		cfg.BaseDelay = 5 * time.Second
	}
	if cfg.MaxDelay <= 0 {
		cfg.MaxDelay = time.Hour
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 4
	}
	if cfg.Poll <= 0 {
		cfg.Poll = 2 * time.Second
	}
	if cfg.Batch <= 0 {
		cfg.Batch = 100
	}
	if cfg.Client == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = cfg.Workers // each worker keeps its connection to a receiver
		cfg.Client = &http.Client{Transport: tr, Timeout: cfg.Timeout,
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Dispatcher{store: store, src: src, cfg: cfg,
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "datpin_webhook_deliveries_total", Help: "Webhook delivery attempts by result: delivered, failed (to be retried) or dead (given up).",
		}, []string{"result"}),
		enqueued: prometheus.NewCounter(prometheus.CounterOpts{Name: "datpin_webhook_enqueued_total", Help: "Events queued for webhooks."}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "datpin_webhook_delivery_seconds", Help: "Time of webhook POSTs.", Buckets: prometheus.ExponentialBuckets(0.001, 4, 8),
		}),
	}
}

// Collectors are the dispatcher's Prometheus metrics: datpin_webhook_deliveries_total{result},
// datpin_webhook_enqueued_total, datpin_webhook_delivery_seconds, and the gauges
// datpin_webhook_pending and datpin_webhook_dead_letters read from the store.
func (d *Dispatcher) Collectors() []prometheus.Collector {
	gauge := func(name, help string, pick func(pending, dead int) int) prometheus.Collector {
		return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help}, func() float64 {
			p, dl, err := d.store.counts(context.Background())
			if err != nil {
				return -1
			}
			return float64(pick(p, dl))
		})
	}
	return []prometheus.Collector{d.deliveries, d.enqueued, d.latency,
		gauge("datpin_webhook_pending", "Webhook deliveries queued or waiting for a retry.", func(p, _ int) int { return p }),
		gauge("datpin_webhook_dead_letters", "Webhook deliveries given up after their last attempt.", func(_, dl int) int { return dl }),
	}
}

// Run dispatches until ctx ends: a pass, then a pause until new events, the next due retry or
// Poll, whichever comes first. Errors are logged and the pass retried.
func (d *Dispatcher) Run(ctx context.Context) error {
	for {
		changed := d.src.EventsChanged()
		full, err := d.Step(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			d.cfg.Log.Warn("webhook pass failed; retrying", "err", err)
		}
		if full {
			continue
		}
		wait := d.cfg.Poll
		if next, ok, err := d.nextDue(ctx); err == nil && ok {
			wait = min(wait, max(next.Sub(d.cfg.Now()), 0))
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-changed:
		case <-t.C:
		}
		t.Stop()
	}
}

// Step runs one pass: it queues the events each hook has not had yet, then attempts the
// deliveries that are due. full reports that a batch limit was reached (more work is waiting).
func (d *Dispatcher) Step(ctx context.Context) (full bool, err error) {
	full, err = d.enqueue(ctx)
	if err != nil {
		return full, err
	}
	sent, err := d.send(ctx)
	return full || sent == d.cfg.Batch*d.cfg.Workers, err
}

// enqueue queues, per hook, the events after its cursor that match its filter, advancing the
// cursor in the same transaction.
func (d *Dispatcher) enqueue(ctx context.Context) (full bool, err error) {
	hooks, err := d.store.Hooks(ctx)
	if err != nil {
		return false, err
	}
	for _, h := range hooks {
		cursor := h.Cursor
		if cursor == nil {
			head, err := d.src.EventsHead(ctx)
			if err != nil {
				return false, err
			}
			cursor = &head
		}
		p, err := d.src.Events(ctx, index.EventFilter{After: *cursor, Kinds: h.Kinds, Station: h.Station, Operator: h.Operator, Limit: d.cfg.Batch})
		if err != nil {
			return false, err
		}
		if err := d.queue(ctx, h.ID, h.Cursor, p); err != nil {
			return false, err
		}
		full = full || p.More
	}
	return full, nil
}

// queue writes one page's deliveries for a hook and moves its cursor past them, unless another
// dispatcher moved it first.
func (d *Dispatcher) queue(ctx context.Context, hook int64, from *string, p index.EventPage) error {
	tx, err := d.store.db.BeginTx(ctx, nil)
	if err != nil {
		return dbErr(err, "queue")
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE hooks SET cursor = ? WHERE id = ? AND cursor IS ?`, p.Next, hook, from)
	if err != nil {
		return dbErr(err, "queue")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil // removed, or its cursor moved meanwhile
	}
	now := d.cfg.Now().UnixMilli()
	n := 0
	for i := range p.Items {
		e := &p.Items[i]
		body, err := json.Marshal(e)
		if err != nil {
			return datpin.Wrap(datpin.EINTERNAL, err, "encode event %s", e.ID)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO deliveries (hook, event, kind, body, state, next_at, created)
			VALUES (?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (hook, event) DO NOTHING`, hook, e.ID, e.Kind, body, now, now)
		if err != nil {
			return dbErr(err, "queue")
		}
		if k, _ := res.RowsAffected(); k > 0 {
			n++
		}
	}
	if err := tx.Commit(); err != nil {
		return dbErr(err, "queue")
	}
	d.enqueued.Add(float64(n))
	return nil
}

// due is a delivery ready for an attempt.
type due struct {
	id, hook       int64
	event, kind    string
	body           []byte
	attempts       int
	target, secret string
}

// send attempts the deliveries that are due, Workers at a time, and returns how many it tried.
func (d *Dispatcher) send(ctx context.Context) (int, error) {
	rows, err := d.store.db.QueryContext(ctx, `SELECT d.id, d.hook, d.event, d.kind, d.body, d.attempts, h.url, h.secret
		FROM deliveries d JOIN hooks h ON h.id = d.hook WHERE d.state = 'pending' AND d.next_at <= ?
		ORDER BY d.next_at, d.id LIMIT ?`, d.cfg.Now().UnixMilli(), d.cfg.Batch*d.cfg.Workers)
	if err != nil {
		return 0, dbErr(err, "read due deliveries")
	}
	var todo []due
	for rows.Next() {
		var x due
		if err := rows.Scan(&x.id, &x.hook, &x.event, &x.kind, &x.body, &x.attempts, &x.target, &x.secret); err != nil {
			rows.Close()
			return 0, dbErr(err, "read due deliveries")
		}
		todo = append(todo, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, dbErr(err, "read due deliveries")
	}
	// Workers POST; one recorder writes their outcomes, as many as have arrived in each
	// transaction (one sync per transaction, not per delivery).
	jobs := make(chan *due)
	results := make(chan outcome, d.cfg.Workers)
	var wg sync.WaitGroup
	for range min(d.cfg.Workers, len(todo)) {
		wg.Go(func() {
			for x := range jobs {
				if o, ok := d.attempt(ctx, x); ok {
					results <- o
				}
			}
		})
	}
	recorded := make(chan error, 1)
	go func() { recorded <- d.record(ctx, results) }()
	for i := range todo {
		jobs <- &todo[i]
	}
	close(jobs)
	wg.Wait()
	close(results)
	return len(todo), <-recorded
}

// outcome is the result of one attempt, to be recorded.
type outcome struct {
	id             int64
	state          string
	attempts       int
	status         int
	msg            string
	nextAt, doneAt int64
}

// maxRecordBatch bounds the outcomes one transaction records.
const maxRecordBatch = 256

// record writes outcomes until results is closed, each transaction taking those waiting. After a
// failed write it keeps draining results (so that no worker blocks) and returns the error.
func (d *Dispatcher) record(ctx context.Context, results <-chan outcome) error {
	var first error
	for o := range results {
		batch := []outcome{o}
	more:
		for len(batch) < maxRecordBatch {
			select {
			case x, ok := <-results:
				if !ok {
					break more
				}
				batch = append(batch, x)
			default:
				break more
			}
		}
		if first == nil {
			first = d.write(ctx, batch)
		}
	}
	return first
}

func (d *Dispatcher) write(ctx context.Context, batch []outcome) error {
	tx, err := d.store.db.BeginTx(ctx, nil)
	if err != nil {
		return dbErr(err, "record deliveries")
	}
	defer tx.Rollback()
	for _, o := range batch {
		if _, err := tx.ExecContext(ctx, `UPDATE deliveries SET state = ?, attempts = ?, last_status = ?, last_error = ?,
			next_at = CASE WHEN ? > 0 THEN ? ELSE next_at END, done_at = ? WHERE id = ?`,
			o.state, o.attempts, o.status, o.msg, o.nextAt, o.nextAt, o.doneAt, o.id); err != nil {
			return dbErr(err, "record deliveries")
		}
	}
	return dbErr(tx.Commit(), "record deliveries")
}

// attempt POSTs one delivery and returns its outcome (none when ctx ended mid-way: the
// delivery stays due).
func (d *Dispatcher) attempt(ctx context.Context, x *due) (outcome, bool) {
	status, perr := d.post(ctx, x)
	if ctx.Err() != nil {
		return outcome{}, false
	}
	now := d.cfg.Now()
	o := outcome{id: x.id, attempts: x.attempts + 1, status: status}
	host := hostOf(x.target)
	switch {
	case perr == nil:
		o.state, o.doneAt = StateDelivered, now.UnixMilli()
		d.deliveries.WithLabelValues(StateDelivered).Inc()
		d.cfg.Log.Debug("webhook delivered", "hook", x.hook, "delivery", x.id, "kind", x.kind, "host", host, "status", status)
	case o.attempts >= d.cfg.MaxAttempts:
		o.state, o.msg, o.doneAt = StateDead, perr.Error(), now.UnixMilli()
		d.deliveries.WithLabelValues(StateDead).Inc()
		d.cfg.Log.Error("webhook delivery given up: dead letter", "hook", x.hook, "delivery", x.id, "kind", x.kind, "host", host,
			"attempts", o.attempts, "status", status, "err", o.msg)
	default:
		wait := d.backoff(o.attempts)
		o.state, o.msg, o.nextAt = StatePending, perr.Error(), now.Add(wait).UnixMilli()
		d.deliveries.WithLabelValues("failed").Inc()
		d.cfg.Log.Warn("webhook delivery failed; will retry", "hook", x.hook, "delivery", x.id, "kind", x.kind, "host", host,
			"attempt", o.attempts, "status", status, "err", o.msg, "retryIn", wait.Round(time.Millisecond))
	}
	return o, true
}

// backoff is the pause after the attempts-th failure: BaseDelay doubled per earlier failure, at
// most MaxDelay, then drawn between half of it and all of it (jitter spreads the retries of
// many deliveries that failed together).
func (d *Dispatcher) backoff(attempts int) time.Duration {
	w := d.cfg.BaseDelay
	for i := 1; i < attempts && w < d.cfg.MaxDelay; i++ {
		w *= 2
	}
	w = min(w, d.cfg.MaxDelay)
	return w/2 + time.Duration(rand.Int64N(int64(w/2)+1))
}

// post sends one delivery: the event's JSON, signed. Any 2xx answer is a delivery.
func (d *Dispatcher) post(ctx context.Context, x *due) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, d.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, x.target, bytes.NewReader(x.body))
	if err != nil {
		return 0, err
	}
	h := req.Header
	h.Set("Content-Type", "application/json")
	h.Set("User-Agent", "datpin-webhook/1")
	h.Set("Datpin-Event", x.kind)
	h.Set("Datpin-Event-Id", x.event)
	h.Set("Datpin-Delivery", strconv.FormatInt(x.id, 10))
	h.Set(SignatureHeader, SignatureValue(x.secret, time.Now().Unix(), x.body))
	began := time.Now()
	resp, err := d.cfg.Client.Do(req)
	d.latency.Observe(time.Since(began).Seconds())
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is the hook's, which may carry credentials
		}
		return 0, err
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.StatusCode, errors.New("answered " + resp.Status)
	}
	return resp.StatusCode, nil
}

// hostOf is what the logs name of a hook's URL: its host only (a path or query may hold a token).
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "?"
	}
	return u.Host
}

// nextDue is the time of the earliest pending delivery.
func (d *Dispatcher) nextDue(ctx context.Context) (time.Time, bool, error) {
	var ms sql.NullInt64
	if err := d.store.db.QueryRowContext(ctx, `SELECT MIN(next_at) FROM deliveries WHERE state = 'pending'`).Scan(&ms); err != nil {
		return time.Time{}, false, dbErr(err, "read next due")
	}
	if !ms.Valid {
		return time.Time{}, false, nil
	}
	return time.UnixMilli(ms.Int64), true, nil
}

// Drain runs passes until nothing is due now and every hook has queued the feed up to its end,
// for `datpin webhooks run --once`; deliveries waiting for a later retry stay queued.
func (d *Dispatcher) Drain(ctx context.Context) error {
	for {
		full, err := d.Step(ctx)
		if err != nil {
			return err
		}
		if full {
			continue
		}
		next, ok, err := d.nextDue(ctx)
		if err != nil {
			return err
		}
		if !ok || next.After(d.cfg.Now()) {
			return nil
		}
	}
}
