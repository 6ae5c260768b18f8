package agent

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics are the agent's Prometheus metrics, in their own registry
// (served at /metrics by the agent's HTTP handler):
//
//	datpin_agent_records_total{result="accepted"|"duplicate"}
//	datpin_agent_quarantined_total
//	datpin_agent_batches_total{state="sealed"|"packaged"|"stored"|"anchored"|"failed"}
//	datpin_agent_anchored_total            contributions anchored (DATs)
//	datpin_agent_anchor_transactions_total anchor transactions mined
//	datpin_agent_retries_total{stage="seal"|"package"|"store"|"anchor"|"onboard"}
//	datpin_agent_onboarded_total
//	datpin_agent_outbox_batches{state}     batches in the outbox now
//	datpin_agent_outbox_records{state}     records in the outbox now
//	datpin_agent_stage_seconds{stage}      time per batch (package, store) or transaction (anchor)
type Metrics struct {
	Registry     *prometheus.Registry
	Records      *prometheus.CounterVec
	Quarantined  prometheus.Counter
	Batches      *prometheus.CounterVec
	Anchored     prometheus.Counter
	AnchorTxs    prometheus.Counter
	Retries      *prometheus.CounterVec
	Onboarded    prometheus.Counter
	StageSeconds *prometheus.HistogramVec
}

// NewMetrics creates the metrics in a fresh registry, with the Go runtime
// and process collectors.
func NewMetrics() *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		Records: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "datpin_agent_records_total", Help: "Records received, by result: accepted into the outbox or duplicate of a stored one.",
		}, []string{"result"}),
		Quarantined: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "datpin_agent_quarantined_total", Help: "Input rows set aside to the quarantine file.",
		}),
		Batches: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "datpin_agent_batches_total", Help: "Batches that reached a state.",
		}, []string{"state"}),
		Anchored: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "datpin_agent_anchored_total", Help: "Contributions anchored on chain (DATs).",
		}),
		AnchorTxs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "datpin_agent_anchor_transactions_total", Help: "Anchor transactions mined.",
		}),
		Retries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "datpin_agent_retries_total", Help: "Failed attempts that will be retried, by stage.",
		}, []string{"stage"}),
		Onboarded: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "datpin_agent_onboarded_total", Help: "Devices onboarded by the agent.",
		}),
		StageSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "datpin_agent_stage_seconds", Help: "Duration of a stage's work on one batch (anchor: one transaction).",
			Buckets: prometheus.ExponentialBuckets(0.001, 4, 10),
		}, []string{"stage"}),
	}
	m.Registry.MustRegister(m.Records, m.Quarantined, m.Batches, m.Anchored, m.AnchorTxs, m.Retries, m.Onboarded,
		m.StageSeconds, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for _, r := range []string{"accepted", "duplicate"} {
		m.Records.WithLabelValues(r)
	}
	for _, s := range []State{StateSealed, StatePackaged, StateStored, StateAnchored, StateFailed} {
		m.Batches.WithLabelValues(s.String())
	}
	for _, s := range []string{"seal", "package", "store", "anchor", "onboard"} {
		m.Retries.WithLabelValues(s)
	}
	return m
}

// outboxCollector reports the outbox's batches and records per state at
// scrape time.
type outboxCollector struct {
	o                *Outbox
	batches, records *prometheus.Desc
}

func newOutboxCollector(o *Outbox) *outboxCollector {
	return &outboxCollector{
		o:       o,
		batches: prometheus.NewDesc("datpin_agent_outbox_batches", "Batches in the outbox, by state.", []string{"state"}, nil),
		records: prometheus.NewDesc("datpin_agent_outbox_records", "Records in the outbox, by the state of their batch.", []string{"state"}, nil),
	}
}

func (c *outboxCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.batches
	ch <- c.records
}

func (c *outboxCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	b, r, err := c.o.Counts(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.batches, err)
		return
	}
	for s := StateOpen; s <= StateFailed; s++ {
		ch <- prometheus.MustNewConstMetric(c.batches, prometheus.GaugeValue, float64(b[s]), s.String())
		ch <- prometheus.MustNewConstMetric(c.records, prometheus.GaugeValue, float64(r[s]), s.String())
	}
}
