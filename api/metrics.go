package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/datpin/datpin/index"
)

// metrics are the server's Prometheus metrics, in their own registry:
//
//	datpin_index_block                 last indexed block
//	datpin_index_head_block            chain head at the last poll
//	datpin_index_lag_blocks            head − indexed
//	datpin_index_reorgs_total          reorganizations undone
//	datpin_index_logs_total            logs indexed
//	datpin_index_paused                1 while an admin has paused indexing
//	datpin_api_requests_total{route,code}
//	datpin_api_request_seconds{route}
//
// and Server.Collectors (the webhook dispatcher's datpin_webhook_* when Serve runs it).
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
}

func newMetrics(ix *index.Indexer, extra ...prometheus.Collector) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "datpin_api_requests_total", Help: "HTTP API requests by route and status code.",
		}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "datpin_api_request_seconds", Help: "HTTP API request latency by route.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 4, 9),
		}, []string{"route"}),
	}
	m.reg.MustRegister(m.requests, m.latency, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m.reg.MustRegister(extra...)
	if ix != nil {
		gauge := func(name, help string, f func(index.Stats) float64) prometheus.Collector {
			return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help}, func() float64 { return f(ix.Stats()) })
		}
		counter := func(name, help string, f func(index.Stats) float64) prometheus.Collector {
			return prometheus.NewCounterFunc(prometheus.CounterOpts{Name: name, Help: help}, func() float64 { return f(ix.Stats()) })
		}
		m.reg.MustRegister(
			gauge("datpin_index_block", "Last indexed block.", func(s index.Stats) float64 { return float64(s.Indexed) }),
			gauge("datpin_index_head_block", "Chain head at the indexer's last poll.", func(s index.Stats) float64 { return float64(s.Head) }),
			gauge("datpin_index_lag_blocks", "Blocks between the chain head and the last indexed block.", func(s index.Stats) float64 { return float64(s.Lag) }),
			counter("datpin_index_reorgs_total", "Chain reorganizations undone by the indexer.", func(s index.Stats) float64 { return float64(s.Reorgs) }),
			counter("datpin_index_logs_total", "Logs indexed.", func(s index.Stats) float64 { return float64(s.Logs) }),
			gauge("datpin_index_paused", "1 while indexing is paused by an admin.", func(s index.Stats) float64 {
				if s.Paused {
					return 1
				}
				return 0
			}),
		)
	}
	return m
}

func (m *metrics) observe(route string, status int, d time.Duration) {
	if status == 0 {
		status = http.StatusOK
	}
	m.requests.WithLabelValues(route, strconv.Itoa(status)).Inc()
	m.latency.WithLabelValues(route).Observe(d.Seconds())
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}
