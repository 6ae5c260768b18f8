package eval

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/sim/adversary"
	"github.com/datpin/datpin/validator"
)

// member is one validator of a scenario's committee, run as an operator runs one: a
// validator.Daemon with its own key, age identity, state file and scoring policy (Honest, or one
// of sim/adversary's for a misbehaving one). The scenario only moves the chain's clock and polls
// each daemon once per window; the daemon decides what to evaluate, commit, reveal and finalize.
type member struct {
	val    *validator.Validator
	daemon *validator.Daemon
	state  *validator.State
	rec    *recorder
}

// recorder is the Evaluator a member's daemon runs: the member's Validator, whose evaluations it
// keeps (reasons, for the report) with the time they took.
type recorder struct {
	v *validator.Validator

	mu   sync.Mutex
	last map[uint64]validator.Evaluation
	took time.Duration
}

// EvaluateBatch evaluates with the validator and records the result.
func (r *recorder) EvaluateBatch(ctx context.Context, ids []uint64) ([]validator.Evaluation, error) {
	began := time.Now()
	evs, err := r.v.EvaluateBatch(ctx, ids)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.took += time.Since(began)
	for _, ev := range evs {
		r.last[ev.TokenID] = ev
	}
	return evs, err
}

// take returns and forgets what was evaluated since the last call and how long it took.
func (r *recorder) take() (map[uint64]validator.Evaluation, time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	evs, took := r.last, r.took
	r.last, r.took = map[uint64]validator.Evaluation{}, 0
	return evs, took
}

// newMember starts the daemon of committee member i: state in dir, policy from its behaviour;
// the first member also finalizes (anyone may).
func newMember(ctx context.Context, sc *Scenario, i int, v *validator.Validator, dir string, log *slog.Logger) (*member, error) {
	policy, ok := adversary.ByName(string(sc.Behaviour[i]))
	if !ok {
		return nil, datpin.Errorf(datpin.EINVALID, "validator %d: unknown behaviour %q", i, sc.Behaviour[i])
	}
	st, err := validator.OpenState(filepath.Join(dir, fmt.Sprintf("validator-%d.db", i)))
	if err != nil {
		return nil, err
	}
	m := &member{val: v, state: st, rec: &recorder{v: v, last: map[uint64]validator.Evaluation{}}}
	m.daemon, err = validator.NewDaemon(ctx, validator.DaemonConfig{
		Suite: sc.Suite, Account: v.Account, Evaluator: m.rec, State: st, Policy: policy,
		Finalize: i == 0, Log: log.With("validator", i),
	})
	if err != nil {
		st.Close()
		return nil, err
	}
	return m, nil
}

// round takes the committee through oracle round r, whose tokens are anchored: at its commit
// window every daemon evaluates and commits, at its reveal window every daemon reveals, and once
// that closes the finalizing daemon finalizes. Each step is checked in the daemons' states, so a
// daemon that skipped a round fails the run instead of leaving a gap in the figures. The outcomes
// of the round's tokens, the first honest member's reasons and the evaluation time (the slowest
// member's: they run at once) are recorded in v.
func (sc *Scenario) round(ctx context.Context, r uint64, tokens []uint64, v *Verdicts) error {
	s := sc.Suite
	commitOpens, revealOpens, revealCloses, err := s.Windows(ctx, r)
	if err != nil {
		return err
	}
	if err := sc.Chain.AdvanceTo(ctx, commitOpens); err != nil {
		return err
	}
	if err := sc.stepAll(ctx, sc.members, true); err != nil {
		return fmt.Errorf("round %d, commit: %w", r, err)
	}
	var slowest time.Duration
	for i, m := range sc.members {
		evs, took := m.rec.take()
		slowest = max(slowest, took)
		if i == sc.firstHonest {
			for _, id := range tokens {
				v.Reasons[id] = evs[id].Reason
			}
		}
		if err := m.expect(ctx, r, validator.SubCommitted); err != nil {
			return fmt.Errorf("validator %d: %w", i, err)
		}
	}
	v.EvalSeconds += slowest.Seconds()
	if err := sc.Chain.AdvanceTo(ctx, revealOpens); err != nil {
		return err
	}
	if err := sc.stepAll(ctx, sc.members, false); err != nil {
		return fmt.Errorf("round %d, reveal: %w", r, err)
	}
	for i, m := range sc.members {
		if err := m.expect(ctx, r, validator.SubRevealed); err != nil {
			return fmt.Errorf("validator %d: %w", i, err)
		}
	}
	if err := sc.Chain.AdvanceTo(ctx, revealCloses); err != nil {
		return err
	}
	from, err := sc.Chain.Client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	if err := sc.members[0].daemon.Step(ctx); err != nil {
		return fmt.Errorf("round %d, finalize: %w", r, err)
	}
	if err := sc.outcomes(ctx, from+1, v); err != nil {
		return err
	}
	v.Rounds++
	return nil
}

// stepAll polls the given daemons once, at once (as separate processes would) when parallel.
func (sc *Scenario) stepAll(ctx context.Context, ms []*member, parallel bool) error {
	errs := make([]error, len(ms))
	var wg sync.WaitGroup
	for i, m := range ms {
		if !parallel {
			errs[i] = m.daemon.Step(ctx)
			continue
		}
		wg.Go(func() { errs[i] = m.daemon.Step(ctx) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return fmt.Errorf("validator %d: %w", i, err)
		}
	}
	return nil
}

// expect checks that the member's daemon took round r to state want.
func (m *member) expect(ctx context.Context, r uint64, want validator.SubmissionState) error {
	rec, err := m.state.Submission(ctx, r)
	if err != nil {
		return err
	}
	if rec == nil {
		return datpin.Errorf(datpin.EINTERNAL, "round %d: the daemon recorded no submission (want %s)", r, want)
	}
	if rec.State != want {
		return datpin.Errorf(datpin.EINTERNAL, "round %d: submission %s, want %s (%s)", r, rec.State, want, rec.Error)
	}
	return nil
}

// outcomes records the Finalized and Rejected events of the token contract from block from on.
func (sc *Scenario) outcomes(ctx context.Context, from uint64, v *Verdicts) error {
	s := sc.Suite
	d := s.DATABI
	logs, err := sc.Chain.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{s.DAT},
	})
	if err != nil {
		return err
	}
	for _, l := range logs {
		if ev, err := d.UnpackRejectedEvent(&l); err == nil {
			v.Outcomes[ev.TokenId.Uint64()] = Outcome{Agreed: ev.Score, Reason: string(bytes.TrimRight(ev.Reason[:], "\x00"))}
		} else if ev, err := d.UnpackFinalizedEvent(&l); err == nil {
			v.Outcomes[ev.TokenId.Uint64()] = Outcome{Finalized: true, Agreed: ev.Score, Value: ev.Value.Uint64(), ShareRatio: ev.ShareRatio.Uint64()}
		}
	}
	return nil
}

// closeMembers closes the daemons' states.
func (sc *Scenario) closeMembers() {
	for _, m := range sc.members {
		m.state.Close()
	}
}
