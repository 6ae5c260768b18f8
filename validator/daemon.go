package validator

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/quality"
)

// Evaluator evaluates one oracle round's tokens together (so that checks across contributions
// see the whole round). *Validator is the Evaluator the daemon runs.
type Evaluator interface {
	EvaluateBatch(ctx context.Context, ids []uint64) ([]Evaluation, error)
}

// DefaultInterval is how often the daemon polls the chain.
const DefaultInterval = 5 * time.Second

// finalizeBatch is the most tokens per finalize transaction (bounded by the block gas limit).
const finalizeBatch = 100

// DaemonConfig configures a Daemon.
type DaemonConfig struct {
	Suite     *evm.Suite
	Account   *evm.Account // the validator's key: it commits and reveals
	Evaluator Evaluator    // usually the *Validator holding the same key and an age identity
	State     *State
	// Policy maps evaluations to submitted scores (nil: Honest, the only one a real validator runs).
	Policy   Policy
	Metrics  *Metrics      // nil: NewMetrics()
	Interval time.Duration // between polls (default DefaultInterval)
	// Finalize also finalizes every token whose round's reveal window has closed (anyone may;
	// it costs gas).
	Finalize bool
	Log      *slog.Logger
	// Rules is the content hash of the scoring rules the Evaluator applies (zero: this build's,
	// quality.RulesHash). A round whose rules registered in the oracle differ is neither committed
	// to nor revealed.
	Rules [32]byte
}

// Daemon is a long-running validator: it watches the chain for new tokens, groups them by
// round, and when a round's commit window opens evaluates the round's pending tokens at once,
// commits one batch of scores for the contiguous id range they span, reveals it in the reveal
// window and, if asked, finalizes tokens whose reveal window has closed.
//
// The oracle holds exactly one commitment per validator and round (a new one replaces it while
// the commit window is open) and opens it once. Every token of a round is known once its commit
// window opens (ids follow anchoring time), so one commitment covers the round's range: one
// commit and one reveal per round whatever its size. A finalize transaction the oracle refuses
// is split until the token that cannot be finalized is found; the others are finalized.
//
// The daemon submits scores only for rounds whose scoring rules, as registered in the oracle
// (rulesOf), are the ones it scores with: a round under other rules is skipped before its commit,
// and a committed round is not revealed, each time with an error in the log and
// datpin_validator_rules_mismatch_total counted.
//
// Every window is judged by the chain's clock (the latest block's time), never the local one.
// Progress is kept in State: the intent (round, range, scores, salt) is recorded before the
// commit transaction is sent and its outcome after, so a daemon restarted on the same state
// resumes where it stopped: it commits once per round (a commitment on chain unknown to the state,
// whose salt is lost, is replaced while the commit window is open), reveals what it committed,
// and never loses a salt.
type Daemon struct {
	cfg    DaemonConfig
	s      *evm.Suite
	st     *State
	m      *Metrics
	log    *slog.Logger
	policy Policy
	rules  [32]byte

	// The oracle's immutable round schedule.
	genesis, roundLen, commitWin, revealWin uint64
	staleAfter                              uint64

	mu      sync.Mutex
	lastErr error // of the last poll, for /healthz
}

// NewDaemon reads the oracle's schedule and binds the state to this validator and deployment.
func NewDaemon(ctx context.Context, cfg DaemonConfig) (*Daemon, error) {
	if cfg.Suite == nil || cfg.Account == nil || cfg.Evaluator == nil || cfg.State == nil {
		return nil, datpin.Errorf(datpin.EINVALID, "validator daemon: suite, account, evaluator and state are required")
	}
	d := &Daemon{cfg: cfg, s: cfg.Suite, st: cfg.State, m: cfg.Metrics, log: cfg.Log, policy: cfg.Policy, rules: cfg.Rules}
	if d.rules == ([32]byte{}) {
		d.rules = quality.RulesHash()
	}
	if d.m == nil {
		d.m = NewMetrics()
	}
	if d.log == nil {
		d.log = slog.Default()
	}
	if d.policy == nil {
		d.policy = Honest
	}
	if d.cfg.Interval <= 0 {
		d.cfg.Interval = DefaultInterval
	}
	o := d.s.OracleABI
	var err error
	read := func(data []byte, unpack func([]byte) (uint64, error)) uint64 {
		if err != nil {
			return 0
		}
		var out []byte
		if out, err = d.call(ctx, d.s.Oracle, data); err != nil {
			return 0
		}
		var v uint64
		v, err = unpack(out)
		return v
	}
	u32 := func(f func([]byte) (uint32, error)) func([]byte) (uint64, error) {
		return func(b []byte) (uint64, error) { v, err := f(b); return uint64(v), err }
	}
	d.genesis = read(o.PackGenesis(), o.UnpackGenesis)
	d.roundLen = read(o.PackRoundLength(), u32(o.UnpackRoundLength))
	d.commitWin = read(o.PackCommitWindow(), u32(o.UnpackCommitWindow))
	d.revealWin = read(o.PackRevealWindow(), u32(o.UnpackRevealWindow))
	if err != nil {
		return nil, fmt.Errorf("read the oracle's schedule: %w", err)
	}
	if d.roundLen == 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "oracle %s has no round length", d.s.Oracle)
	}
	binding := fmt.Sprintf("%d/%s/%s", d.s.ChainID, d.s.Oracle.Hex(), cfg.Account.Address.Hex())
	if err := d.st.Bind(ctx, binding); err != nil {
		return nil, err
	}
	return d, nil
}

// Metrics returns the daemon's metrics.
func (d *Daemon) Metrics() *Metrics { return d.m }

// Policy returns the scoring policy in use.
func (d *Daemon) Policy() Policy { return d.policy }

// Handler serves the daemon's HTTP endpoints:
//
//	GET /metrics  Prometheus metrics
//	GET /healthz  200 "ok" while the last poll succeeded, 503 with its error otherwise
func (d *Daemon) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(d.m.Registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		err := d.lastErr
		d.mu.Unlock()
		if err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "error: %s\n", datpin.ErrorMessage(err))
			return
		}
		w.Write([]byte("ok\n"))
	})
	return mux
}

// Run polls until ctx is done. A failed poll is logged and retried at the next one; Run returns
// nil when ctx is cancelled.
func (d *Daemon) Run(ctx context.Context) error {
	t := time.NewTicker(d.cfg.Interval)
	defer t.Stop()
	for {
		if err := d.Step(ctx); err != nil && ctx.Err() == nil {
			d.log.Warn("validator poll failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Step does one poll: record new tokens, resume submissions a crash interrupted, commit rounds
// whose commit window is open, reveal those whose reveal window is open, finalize if asked.
func (d *Daemon) Step(ctx context.Context) (err error) {
	defer func() {
		d.mu.Lock()
		d.lastErr = err
		d.mu.Unlock()
		if err != nil && ctx.Err() == nil {
			d.m.StepErrors.Inc()
		}
	}()
	now, err := d.now(ctx)
	if err != nil {
		return err
	}
	d.m.LastRound.Set(float64(d.roundAt(now)))
	if err := d.scan(ctx, now); err != nil {
		return err
	}
	var errs []error
	// Intents first: a crash may have left one whose transaction is already on chain.
	intents, err := d.st.Submissions(ctx, SubIntent)
	if err != nil {
		return err
	}
	for _, r := range intents {
		if err := d.sendCommit(ctx, r); err != nil {
			errs = append(errs, err)
		}
	}
	// Only rounds whose windows may still be open matter here; older ones were decided (their
	// records are resumed above and below) or passed while the daemon was away.
	rounds, err := d.st.Rounds(ctx, d.oldestOpenRound(now))
	if err != nil {
		return err
	}
	for _, rt := range rounds {
		if err := d.commitRound(ctx, rt, now); err != nil {
			errs = append(errs, fmt.Errorf("round %d: %w", rt.Round, err))
		}
	}
	if now, err = d.now(ctx); err != nil {
		return err
	}
	if err := d.revealAll(ctx, now); err != nil {
		errs = append(errs, err)
	}
	if d.cfg.Finalize {
		pending, err := d.st.PendingRounds(ctx)
		if err != nil {
			return err
		}
		if err := d.finalizeAll(ctx, pending, now); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// windows is the oracle's windows(round), computed from its immutable schedule.
func (d *Daemon) windows(round uint64) (commitOpens, revealOpens, revealCloses uint64) {
	commitOpens = d.genesis + (round+1)*d.roundLen
	revealOpens = commitOpens + d.commitWin
	return commitOpens, revealOpens, revealOpens + d.revealWin
}

// oldestOpenRound is the oldest round whose reveal window may not have closed at now (with a
// round of margin).
func (d *Daemon) oldestOpenRound(now uint64) uint64 {
	span := d.commitWin + d.revealWin
	if now < span {
		return 0
	}
	r := d.roundAt(now - span)
	return r - min(r, 2)
}

// roundAt is the oracle's roundAt(ts).
func (d *Daemon) roundAt(ts uint64) uint64 {
	if ts < d.genesis {
		return 0
	}
	return (ts - d.genesis) / d.roundLen
}

func (d *Daemon) now(ctx context.Context) (uint64, error) {
	t, err := d.s.Chain.Now(ctx)
	if err != nil {
		return 0, err
	}
	return uint64(t.Unix()), nil
}

func (d *Daemon) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return d.s.Chain.Call(ctx, d.cfg.Account.Address, to, data)
}

// tokenWord is a token's status and anchoring time, from the token contract's evaluationWords.
type tokenWord struct {
	status     datpin.Status
	anchoredAt uint64
}

func (d *Daemon) evaluationWords(ctx context.Context, ids []uint64) ([]tokenWord, error) {
	bs := make([]*big.Int, len(ids))
	for i, id := range ids {
		bs[i] = new(big.Int).SetUint64(id)
	}
	out, err := d.call(ctx, d.s.DAT, d.s.DATABI.PackEvaluationWords(bs))
	if err != nil {
		return nil, err
	}
	ws, err := d.s.DATABI.UnpackEvaluationWords(out)
	if err != nil || len(ws) != len(ids) {
		return nil, datpin.Errorf(datpin.EINTERNAL, "decode evaluationWords: %v", err)
	}
	res := make([]tokenWord, len(ws))
	for i, w := range ws {
		res[i] = tokenWord{
			status:     datpin.Status(w.Uint64() & 0xff),
			anchoredAt: new(big.Int).Rsh(w, 8).Uint64() & 0xffffffff,
		}
	}
	return res, nil
}

// scan records the tokens minted since the last poll with their rounds. It reads the clock
// before the count, so when the clock says a round is over every token of that round has been
// recorded. It first checks that the block the last scan read is still on the chain; if a
// reorganization replaced it, see reorg.
func (d *Daemon) scan(ctx context.Context, now uint64) (err error) {
	if num, hash, ok, err := d.st.ScanTip(ctx); err != nil {
		return err
	} else if ok {
		h, err := d.s.Chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(num))
		switch {
		case err != nil && !errors.Is(err, ethereum.NotFound):
			return datpin.Wrap(datpin.EUNAVAILABLE, err, "read block %d", num)
		case err != nil || h.Hash() != hash:
			if err := d.reorg(ctx, now); err != nil {
				return err
			}
			// Once the open rounds' tokens are read again, their commitments are checked.
			defer func() {
				if err == nil {
					err = d.recheck(ctx, now)
				}
			}()
		}
	}
	from, err := d.st.Scanned(ctx)
	if err != nil {
		return err
	}
	count, err := d.s.TokenCount(ctx)
	if err != nil {
		return err
	}
	// The block read after the count: a reorganization that changes what the count saw replaces
	// this block too.
	tip, err := d.s.Chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "read the latest block")
	}
	defer func() {
		if err == nil {
			err = d.st.SetScanTip(ctx, tip.Number.Uint64(), tip.Hash())
		}
	}()
	for from < count {
		n := min(count-from, 500)
		ids := make([]uint64, n)
		for i := range ids {
			ids[i] = from + 1 + uint64(i)
		}
		ws, err := d.evaluationWords(ctx, ids)
		if err != nil {
			return err
		}
		toks := make([]TokenRound, n)
		for i, w := range ws {
			toks[i] = TokenRound{ID: ids[i], Round: d.roundAt(w.anchoredAt), Pending: w.status == datpin.StatusPending}
		}
		if err := d.st.AddTokens(ctx, toks, ids[n-1]); err != nil {
			return err
		}
		from = ids[n-1]
	}
	return nil
}

// reorg handles a chain reorganization: the tokens of the rounds whose windows may still be open
// are read again (on the new branch they may hold other contributions, other anchoring times, or
// not exist), and a commitment the state holds but the chain no longer does is made anew from a
// fresh evaluation while its commit window is open (the same ids may now name other data). Rounds
// whose windows have closed are left as they are: what was finalized there is the chain's.
func (d *Daemon) reorg(ctx context.Context, now uint64) error {
	d.m.Reorgs.Inc()
	oldest := d.oldestOpenRound(now)
	first, err := d.st.FirstToken(ctx, oldest)
	if err != nil {
		return err
	}
	scanned, err := d.st.Scanned(ctx)
	if err != nil {
		return err
	}
	upTo := scanned
	if first > 0 {
		upTo = min(upTo, first-1)
	}
	d.log.Warn("chain reorganization: reading the open rounds' tokens again", "from", upTo+1, "scanned", scanned)
	return d.st.Rewind(ctx, upTo)
}

// recheck runs after a reorganization, once the open rounds' tokens were read again, over the
// rounds committed and not yet revealed. A round whose commitment the chain lost is evaluated
// and committed anew (its submission is dropped: the same ids may now name other data). A round
// whose commitment survived is evaluated again; if the scores it committed are no longer those
// of the round's tokens it is not revealed.
func (d *Daemon) recheck(ctx context.Context, now uint64) error {
	recs, err := d.st.Submissions(ctx, SubCommitted)
	if err != nil {
		return err
	}
	for _, r := range recs {
		if _, revealOpens, _ := d.windows(r.Round); now >= revealOpens {
			continue
		}
		on, err := d.committed(ctx, r)
		if err != nil {
			return err
		}
		if !on {
			d.log.Warn("commitment lost in a reorganization; evaluating the round again", "round", r.Round)
			if err := d.st.DropSubmission(ctx, r.Round); err != nil {
				return err
			}
			continue
		}
		ids, err := d.st.PendingTokens(ctx, r.Round)
		if err != nil {
			return err
		}
		same := false
		if len(ids) > 0 {
			evs, err := d.cfg.Evaluator.EvaluateBatch(ctx, ids)
			if err != nil {
				return fmt.Errorf("evaluate round %d again: %w", r.Round, err)
			}
			start, scores, _, err := d.scores(ids, evs)
			if err != nil {
				return err
			}
			same = start == r.Start && slices.Equal(scores, r.Scores)
		}
		if !same {
			d.m.Skipped.WithLabelValues(string(SubExpired)).Inc()
			d.log.Warn("a reorganization changed the round's tokens after the commitment; not revealing it", "round", r.Round)
			if err := d.st.SetState(ctx, r.Round, SubExpired, "", "a reorganization changed the round's tokens after the commitment"); err != nil {
				return err
			}
		}
	}
	return nil
}

// commitRound evaluates and commits a round whose commit window is open and that has no
// submission yet.
func (d *Daemon) commitRound(ctx context.Context, rt RoundTokens, now uint64) error {
	commitOpens, revealOpens, _ := d.windows(rt.Round)
	if now < commitOpens {
		return nil // tokens may still be anchored in it
	}
	rec, err := d.st.Submission(ctx, rt.Round)
	if err != nil || rec != nil {
		return err
	}
	skip := func(state SubmissionState, why string) error {
		d.m.Skipped.WithLabelValues(string(state)).Inc()
		if state != SubEmpty {
			d.log.Warn("round skipped", "round", rt.Round, "state", state, "why", why)
		}
		return d.st.RecordSkip(ctx, rt.Round, state, why)
	}
	if now >= revealOpens {
		return skip(SubMissed, "commit window closed before the round was evaluated")
	}
	ids, err := d.st.PendingTokens(ctx, rt.Round)
	if err != nil {
		return err
	}
	if len(ids) == 0 {
		return skip(SubEmpty, "no pending token")
	}
	// Only validators active and registered before the round's commit window opened may commit
	// to it (a validator that registered during the window starts with the next round).
	if ok, err := d.mayCommit(ctx, rt.Round); err != nil {
		return err
	} else if !ok {
		return skip(SubMissed, "this key may not commit to the round: not an active validator, or registered after its commit window opened")
	}
	if ok, err := d.rulesMatch(ctx, rt.Round, "commit"); err != nil {
		return err
	} else if !ok {
		return skip(SubRules, "the round's registered scoring rules are not those this validator scores with")
	}
	// With no record of the round, a commitment by this key can only come from a lost state or
	// another process with the same key. The oracle holds one commitment per validator and round,
	// so committing now replaces it (the commit window is open): that one could never be revealed
	// from this state, and would be penalized as withheld.
	if found, err := d.committedInLogs(ctx, rt.Round); err != nil {
		return err
	} else if found {
		d.log.Warn("the chain holds a commitment by this key for the round that this state does not know; replacing it", "round", rt.Round)
	}

	began := time.Now()
	evs, err := d.cfg.Evaluator.EvaluateBatch(ctx, ids)
	if err != nil {
		return fmt.Errorf("evaluate: %w", err)
	}
	d.m.EvaluationSeconds.Observe(time.Since(began).Seconds())
	if len(evs) != len(ids) {
		return datpin.Errorf(datpin.EINTERNAL, "evaluator returned %d evaluations for %d tokens", len(evs), len(ids))
	}
	start, scores, submitted, err := d.scores(ids, evs)
	if err != nil {
		return err
	}
	for _, ev := range evs {
		d.m.observe(ev)
	}
	r := &Record{Submission: Submission{Round: rt.Round, Start: start, Scores: scores}, Policy: d.policy.Name()}
	if _, err := rand.Read(r.Salt[:]); err != nil {
		return datpin.Wrap(datpin.EINTERNAL, err, "salt")
	}
	r.Commitment = d.s.Commitment(r.Round, d.cfg.Account.Address, r.Start, r.Scores, r.Salt)
	if err := d.st.RecordIntent(ctx, r, evs, submitted); err != nil {
		return err
	}
	d.log.Info("round evaluated", "round", r.Round, "tokens", len(ids), "start", start, "seconds", time.Since(began).Seconds())
	return d.sendCommit(ctx, r)
}

// scores turns a round's evaluations (of ids, in order) into the scores committed for the
// contiguous range start.. and the score submitted for each token.
func (d *Daemon) scores(ids []uint64, evs []Evaluation) (start uint64, scores, submitted []uint16, err error) {
	if len(evs) != len(ids) {
		return 0, nil, nil, datpin.Errorf(datpin.EINTERNAL, "evaluator returned %d evaluations for %d tokens", len(evs), len(ids))
	}
	// Tokens of a round have consecutive ids (ids follow anchoring time); tokens that are not
	// pending (e.g. generic mints) inside the range abstain.
	start, end := ids[0], ids[len(ids)-1]
	scores = make([]uint16, end-start+1)
	for i := range scores {
		scores[i] = Abstain
	}
	submitted = make([]uint16, len(evs))
	for i, ev := range evs {
		if ev.TokenID != ids[i] {
			return 0, nil, nil, datpin.Errorf(datpin.EINTERNAL, "evaluator answered token %d for %d", ev.TokenID, ids[i])
		}
		s := d.policy.Score(ev)
		if s > datpin.ScoreMax && s != Abstain {
			s = datpin.ScoreMax
		}
		submitted[i] = s
		scores[ev.TokenID-start] = s
	}
	return start, scores, submitted, nil
}

// sendCommit brings a recorded intent on chain, unless it already is: the same commitment is
// never sent twice (the oracle would refuse it anyway), and a new one is never made for the round.
func (d *Daemon) sendCommit(ctx context.Context, r *Record) error {
	on, err := d.committed(ctx, r)
	if err != nil {
		return err
	}
	if on {
		d.log.Info("commitment already on chain", "round", r.Round)
		return d.st.SetState(ctx, r.Round, SubCommitted, "", "")
	}
	now, err := d.now(ctx)
	if err != nil {
		return err
	}
	if _, revealOpens, _ := d.windows(r.Round); now >= revealOpens {
		d.m.Commits.WithLabelValues("failed").Inc()
		d.m.Skipped.WithLabelValues(string(SubExpired)).Inc()
		d.log.Warn("commit window closed before the commitment was sent", "round", r.Round)
		return d.st.SetState(ctx, r.Round, SubExpired, "", "commit window closed")
	}
	rcpt, err := d.s.Chain.Send(ctx, d.cfg.Account, &d.s.Oracle, d.s.OracleABI.PackCommit(new(big.Int).SetUint64(r.Round), r.Commitment), nil)
	switch {
	case err == nil:
		d.m.Commits.WithLabelValues("sent").Inc()
		d.log.Info("committed", "round", r.Round, "start", r.Start, "tokens", len(r.Scores), "tx", rcpt.TxHash)
		return d.st.SetState(ctx, r.Round, SubCommitted, rcpt.TxHash.Hex(), "")
	case errors.Is(err, evm.ErrAlreadyCommitted):
		// A transaction sent before a crash was mined after the check above.
		return d.st.SetState(ctx, r.Round, SubCommitted, "", "")
	case errors.Is(err, evm.ErrOutsideWindow):
		d.m.Commits.WithLabelValues("failed").Inc()
		d.m.Skipped.WithLabelValues(string(SubExpired)).Inc()
		return d.st.SetState(ctx, r.Round, SubExpired, "", datpin.ErrorMessage(err))
	default:
		// Unreachable chain, not (yet) a staked validator, out of gas money: the intent stays and
		// is retried while the window is open.
		d.m.Commits.WithLabelValues("failed").Inc()
		return fmt.Errorf("commit round %d: %w", r.Round, err)
	}
}

// committed reports whether r's commitment is on chain and not yet consumed by a reveal.
func (d *Daemon) committed(ctx context.Context, r *Record) (bool, error) {
	out, err := d.call(ctx, d.s.Oracle, d.s.OracleABI.PackCommitted(new(big.Int).SetUint64(r.Round), d.cfg.Account.Address, r.Commitment))
	if err != nil {
		return false, err
	}
	ok, err := d.s.OracleABI.UnpackCommitted(out)
	if err != nil {
		return false, datpin.Wrap(datpin.EINTERNAL, err, "decode committed")
	}
	return ok, nil
}

// mayCommit reports whether the oracle lets this key commit to round (windows aside).
func (d *Daemon) mayCommit(ctx context.Context, round uint64) (bool, error) {
	out, err := d.call(ctx, d.s.Oracle, d.s.OracleABI.PackMayCommit(new(big.Int).SetUint64(round), d.cfg.Account.Address))
	if err != nil {
		return false, err
	}
	ok, err := d.s.OracleABI.UnpackMayCommit(out)
	if err != nil {
		return false, datpin.Wrap(datpin.EINTERNAL, err, "decode mayCommit")
	}
	return ok, nil
}

var committedTopic = crypto.Keccak256Hash([]byte("Committed(uint256,address,bytes32)"))

// committedInLogs reports whether this key made any commitment in round, from the oracle's
// Committed events since the deployment.
func (d *Daemon) committedInLogs(ctx context.Context, round uint64) (bool, error) {
	// Commitments of a round are made in blocks stamped in its commit window: start the query at
	// the window's first block, so it spans minutes of blocks, not the chain's history (public
	// nodes bound the range of a log query).
	commitOpens, _, _ := d.windows(round)
	from, err := d.firstBlockAt(ctx, commitOpens)
	if err != nil {
		return false, err
	}
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{d.s.Oracle},
		Topics: [][]common.Hash{
			{committedTopic},
			{common.BigToHash(new(big.Int).SetUint64(round))},
			{common.BytesToHash(d.cfg.Account.Address[:])},
		},
	}
	logs, err := d.s.Chain.Client.FilterLogs(ctx, q)
	if err != nil {
		return false, datpin.Wrap(datpin.EUNAVAILABLE, err, "read the oracle's Committed events")
	}
	return len(logs) > 0, nil
}

// firstBlockAt returns the first block since the deployment stamped at or after ts (the latest
// block if none is), by binary search over block headers.
func (d *Daemon) firstBlockAt(ctx context.Context, ts uint64) (uint64, error) {
	latest, err := d.s.Chain.Client.BlockNumber(ctx)
	if err != nil {
		return 0, datpin.Wrap(datpin.EUNAVAILABLE, err, "read the block number")
	}
	lo, hi := min(d.s.Block, latest), latest
	for lo < hi {
		mid := lo + (hi-lo)/2
		h, err := d.s.Chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(mid))
		if err != nil {
			return 0, datpin.Wrap(datpin.EUNAVAILABLE, err, "read block %d", mid)
		}
		if h.Time >= ts {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

// revealAll reveals committed rounds whose reveal window is open and expires those whose
// window closed.
func (d *Daemon) revealAll(ctx context.Context, now uint64) error {
	recs, err := d.st.Submissions(ctx, SubCommitted)
	if err != nil {
		return err
	}
	var errs []error
	pending := 0
	for _, r := range recs {
		_, revealOpens, revealCloses := d.windows(r.Round)
		switch {
		case now < revealOpens:
			pending++
		case now >= revealCloses:
			d.m.Reveals.WithLabelValues("failed").Inc()
			d.m.Skipped.WithLabelValues(string(SubExpired)).Inc()
			d.log.Warn("reveal window closed before the reveal", "round", r.Round)
			if err := d.st.SetState(ctx, r.Round, SubExpired, "", "reveal window closed"); err != nil {
				errs = append(errs, err)
			}
		default:
			if err := d.reveal(ctx, r); err != nil {
				pending++
				errs = append(errs, err)
			}
		}
	}
	d.m.PendingReveals.Set(float64(pending))
	return errors.Join(errs...)
}

// reveal sends a committed round's scores. The rules are not checked again: they were checked
// before the scores were computed, and a round's registered rules cannot change once the round is
// over (a registration applies from the round it is made in, and commit windows open after their
// round). A daemon restarted on another build between its commit and its reveal therefore still
// reveals what it committed, rather than leave it to be penalized as withheld.
func (d *Daemon) reveal(ctx context.Context, r *Record) error {
	rcpt, err := d.s.Chain.Send(ctx, d.cfg.Account, &d.s.Oracle,
		d.s.OracleABI.PackReveal(new(big.Int).SetUint64(r.Round), new(big.Int).SetUint64(r.Start), evm.PackScores(r.Scores), r.Salt), nil)
	switch {
	case err == nil:
		d.m.Reveals.WithLabelValues("sent").Inc()
		d.log.Info("revealed", "round", r.Round, "start", r.Start, "tokens", len(r.Scores), "tx", rcpt.TxHash)
		return d.st.SetState(ctx, r.Round, SubRevealed, rcpt.TxHash.Hex(), "")
	case errors.Is(err, evm.ErrAlreadyRevealed):
		// A reveal sent before a crash was mined.
		return d.st.SetState(ctx, r.Round, SubRevealed, "", "")
	case errors.Is(err, evm.ErrCommitmentMismatch):
		// The oracle holds another commitment of this key for the round: another process with
		// the same key replaced this one.
		d.m.Reveals.WithLabelValues("failed").Inc()
		d.m.Skipped.WithLabelValues(string(SubExpired)).Inc()
		d.log.Warn("the oracle holds another commitment of this key for the round; not revealing", "round", r.Round)
		return d.st.SetState(ctx, r.Round, SubExpired, "", datpin.ErrorMessage(err))
	case errors.Is(err, evm.ErrOutsideWindow):
		d.m.Reveals.WithLabelValues("failed").Inc()
		d.m.Skipped.WithLabelValues(string(SubExpired)).Inc()
		return d.st.SetState(ctx, r.Round, SubExpired, "", datpin.ErrorMessage(err))
	default:
		d.m.Reveals.WithLabelValues("failed").Inc()
		return fmt.Errorf("reveal round %d: %w", r.Round, err)
	}
}

// rulesMatch reports whether the scoring rules the oracle has registered for round are the ones
// the daemon scores with; when they are not, it logs an error and counts the mismatch.
func (d *Daemon) rulesMatch(ctx context.Context, round uint64, stage string) (bool, error) {
	out, err := d.call(ctx, d.s.Oracle, d.s.OracleABI.PackRulesOf(new(big.Int).SetUint64(round)))
	if err != nil {
		return false, err
	}
	h, err := d.s.OracleABI.UnpackRulesOf(out)
	if err != nil {
		return false, datpin.Wrap(datpin.EINTERNAL, err, "decode rulesOf")
	}
	if h == d.rules {
		return true, nil
	}
	d.m.RulesMismatch.WithLabelValues(stage).Inc()
	d.log.Error("the round's registered scoring rules are not this validator's: not submitting its scores",
		"round", round, "stage", stage, "chain", common.Hash(h).Hex(), "validator", common.Hash(d.rules).Hex(), "rules", quality.Rules)
	return false, nil
}

// finalizeAll finalizes the pending tokens of rounds whose reveal window has closed. Tokens short
// of quorum stay pending until the oracle's staleAfter has passed, so a round that still has
// some after a finalize is tried again only then.
func (d *Daemon) finalizeAll(ctx context.Context, rounds []RoundTokens, now uint64) error {
	for _, rt := range rounds {
		if rt.Pending == 0 {
			continue
		}
		_, _, closes := d.windows(rt.Round)
		if now < closes {
			continue
		}
		next, err := d.st.NextFinalize(ctx, rt.Round)
		if err != nil {
			return err
		}
		if now < next {
			continue
		}
		ids, err := d.st.PendingTokens(ctx, rt.Round)
		if err != nil {
			return err
		}
		ids, err = d.stillPending(ctx, ids)
		if err != nil {
			return err
		}
		for i := 0; i < len(ids); i += finalizeBatch {
			if err := d.finalizeChunk(ctx, rt.Round, ids[i:min(i+finalizeBatch, len(ids))]); err != nil {
				return err
			}
		}
		left, err := d.stillPending(ctx, ids)
		if err != nil {
			return err
		}
		if len(left) > 0 {
			if d.staleAfter == 0 {
				if d.staleAfter, err = d.readStaleAfter(ctx); err != nil {
					return err
				}
			}
			at := max(closes+d.staleAfter, now+d.roundLen)
			d.log.Info("tokens short of quorum", "round", rt.Round, "tokens", len(left), "retryAt", at)
			if err := d.st.SetNextFinalize(ctx, rt.Round, at); err != nil {
				return err
			}
		} else if len(ids) > 0 {
			d.log.Info("round finalized", "round", rt.Round, "tokens", len(ids))
		}
	}
	return nil
}

// finalizeChunk sends one finalize transaction for ids. When the oracle refuses it, the chunk is
// split in halves and each is tried on its own, down to single tokens: a token that cannot be
// finalized is counted and logged, and the others go on. An error that is not a refusal (the
// chain cannot be reached) ends the round's finalization, to be retried at the next poll.
func (d *Daemon) finalizeChunk(ctx context.Context, round uint64, ids []uint64) error {
	_, err := d.s.Finalize(ctx, d.cfg.Account, ids)
	if err == nil {
		d.m.Finalizes.WithLabelValues("sent").Inc()
		return nil
	}
	d.m.Finalizes.WithLabelValues("failed").Inc()
	reason := evm.RevertName(err)
	if reason == "" {
		return fmt.Errorf("finalize round %d: %w", round, err)
	}
	if len(ids) == 1 {
		d.m.FinalizeFailedTokens.WithLabelValues(reason).Inc()
		d.log.Warn("token could not be finalized; going on with the others", "round", round, "token", ids[0], "reason", reason, "err", err)
		return nil
	}
	half := len(ids) / 2
	if err := d.finalizeChunk(ctx, round, ids[:half]); err != nil {
		return err
	}
	return d.finalizeChunk(ctx, round, ids[half:])
}

// stillPending filters ids to those pending on chain and records the others as settled.
func (d *Daemon) stillPending(ctx context.Context, ids []uint64) ([]uint64, error) {
	var pending, settled []uint64
	for i := 0; i < len(ids); i += 500 {
		chunk := ids[i:min(i+500, len(ids))]
		ws, err := d.evaluationWords(ctx, chunk)
		if err != nil {
			return nil, err
		}
		for k, w := range ws {
			if w.status == datpin.StatusPending {
				pending = append(pending, chunk[k])
			} else {
				settled = append(settled, chunk[k])
			}
		}
	}
	return pending, d.st.MarkSettled(ctx, settled)
}

func (d *Daemon) readStaleAfter(ctx context.Context) (uint64, error) {
	out, err := d.call(ctx, d.s.Oracle, d.s.OracleABI.PackParams())
	if err != nil {
		return 0, err
	}
	p, err := d.s.OracleABI.UnpackParams(out)
	if err != nil {
		return 0, datpin.Wrap(datpin.EINTERNAL, err, "decode params")
	}
	return uint64(p.StaleAfter), nil
}
