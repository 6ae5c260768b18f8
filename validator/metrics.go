package validator

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics are the validator daemon's Prometheus metrics, in their own registry (served at
// /metrics by Daemon.Handler):
//
//	datpin_validator_tokens_evaluated_total{result="ok"|"corrected"|"rejected", reason}
//	datpin_validator_commits_total{outcome="sent"|"failed"}
//	datpin_validator_reveals_total{outcome="sent"|"failed"}
//	datpin_validator_finalize_transactions_total{outcome="sent"|"failed"}
//	datpin_validator_finalize_token_failures_total{reason}  tokens that could not be finalized alone (each logged with its id)
//	datpin_validator_rounds_skipped_total{state="missed"|"empty"|"foreign"|"expired"}
//	datpin_validator_evaluation_seconds     time to evaluate one round's tokens (EvaluateBatch)
//	datpin_validator_last_round             the chain's current round at the last poll
//	datpin_validator_pending_reveals        rounds committed and not yet revealed
//	datpin_validator_step_errors_total      polls that ended in an error (retried at the next)
//	datpin_validator_rules_mismatch_total{stage="commit"|"reveal"}  rounds not scored because the oracle's rules for them are not the validator's
//
// A token's result is ok when the edge's score was reproduced, corrected when the data scored
// differently (reason edge-score-mismatch), rejected when it failed a check (score 0).
type Metrics struct {
	Registry  *prometheus.Registry
	Evaluated *prometheus.CounterVec
	Commits   *prometheus.CounterVec
	Reveals   *prometheus.CounterVec
	Finalizes *prometheus.CounterVec
	// FinalizeFailedTokens counts tokens whose own finalize transaction the oracle refused, by
	// the revert's name; the log line names each token.
	FinalizeFailedTokens *prometheus.CounterVec
	Skipped              *prometheus.CounterVec
	EvaluationSeconds    prometheus.Histogram
	LastRound            prometheus.Gauge
	PendingReveals       prometheus.Gauge
	StepErrors           prometheus.Counter
	Reorgs               prometheus.Counter
	// RulesMismatch counts rounds the daemon did not commit to (stage commit) or did not reveal
	// (stage reveal) because the scoring rules registered for them are not its own.
	RulesMismatch *prometheus.CounterVec
}

// NewMetrics creates the metrics in a fresh registry, with the Go runtime and process collectors.
func NewMetrics() *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		Evaluated: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "datpin_validator_tokens_evaluated_total", Help: "Tokens evaluated, by result (ok, corrected, rejected) and machine-readable reason.",
		}, []string{"result", "reason"}),
		Commits: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "datpin_validator_commits_total", Help: "Commit transactions, by outcome.",
		}, []string{"outcome"}),
		Reveals: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "datpin_validator_reveals_total", Help: "Reveal transactions, by outcome.",
		}, []string{"outcome"}),
		Finalizes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "datpin_validator_finalize_transactions_total", Help: "Finalize transactions, by outcome.",
		}, []string{"outcome"}),
		FinalizeFailedTokens: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "datpin_validator_finalize_token_failures_total", Help: "Tokens that could not be finalized on their own, by the oracle's refusal; the others of their chunk were finalized.",
		}, []string{"reason"}),
		Skipped: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "datpin_validator_rounds_skipped_total", Help: "Rounds the validator did not complete, by why.",
		}, []string{"state"}),
		EvaluationSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "datpin_validator_evaluation_seconds", Help: "Time to evaluate one round's tokens.",
			Buckets: prometheus.ExponentialBuckets(0.01, 4, 10),
		}),
		LastRound: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "datpin_validator_last_round", Help: "The chain's current evaluation round at the last poll.",
		}),
		PendingReveals: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "datpin_validator_pending_reveals", Help: "Rounds committed and not yet revealed.",
		}),
		StepErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "datpin_validator_step_errors_total", Help: "Polls that ended in an error; the work is retried at the next poll.",
		}),
		RulesMismatch: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "datpin_validator_rules_mismatch_total", Help: "Rounds not committed to or not revealed because the oracle's scoring rules for them are not the validator's, by stage.",
		}, []string{"stage"}),
		Reorgs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "datpin_validator_reorgs_total", Help: "Chain reorganizations noticed: the block the last scan read left the canonical chain.",
		}),
	}
	m.Registry.MustRegister(m.Evaluated, m.Commits, m.Reveals, m.Finalizes, m.FinalizeFailedTokens, m.Skipped, m.EvaluationSeconds,
		m.LastRound, m.PendingReveals, m.StepErrors, m.Reorgs, m.RulesMismatch,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for _, o := range []string{"sent", "failed"} {
		m.Commits.WithLabelValues(o)
		m.Reveals.WithLabelValues(o)
		m.Finalizes.WithLabelValues(o)
	}
	for _, s := range []SubmissionState{SubMissed, SubEmpty, SubForeign, SubExpired, SubRules} {
		m.Skipped.WithLabelValues(string(s))
	}
	for _, stage := range []string{"commit", "reveal"} {
		m.RulesMismatch.WithLabelValues(stage)
	}
	return m
}

// observe counts one evaluation.
func (m *Metrics) observe(ev Evaluation) {
	result := "ok"
	switch {
	case ev.Reason == ReasonOK:
	case ev.Score == 0:
		result = "rejected"
	default:
		result = "corrected"
	}
	reason := ev.Reason
	if reason == "" {
		reason = "none"
	}
	m.Evaluated.WithLabelValues(result, reason).Inc()
}
