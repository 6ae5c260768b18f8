package validator_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/qualityoracle"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/sim"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/validator"
)

// fleet is a deployment with a pool of distinct station days, each anchored by its own device,
// and validators that each run a Daemon with their own key, age identity and state file.
type fleet struct {
	t     *testing.T
	n     *evmtest.Net
	st    *store.Local
	op    *evm.Account
	epoch uint32
	pool  [][]datpin.PublicRecord // distinct station days, each scoring mid-range
	used  int
	vals  []*evm.Account
	ids   []*age.X25519Identity
}

// newFleet deploys the suite, registers k validators (and extra more without a daemon), and
// moves the clock to the start of a round so the tokens a test anchors share one round.
func newFleet(t *testing.T, k, extra int) *fleet {
	t.Helper()
	n := evmtest.New(t, evm.DefaultConfig())
	st, err := store.NewLocal(t.TempDir())
	n.Must(err)
	f := &fleet{t: t, n: n, st: st, op: evmtest.Account("operator", 2)}
	f.vals = n.RegisterValidators(k + extra)
	for range k {
		id, err := age.GenerateX25519Identity()
		n.Must(err)
		f.ids = append(f.ids, id)
	}
	round, err := n.Suite.RoundAt(n.Ctx, n.Now())
	n.Must(err)
	opens, _, _, err := n.Suite.Windows(n.Ctx, round)
	n.Must(err)
	n.AdvanceTo(opens + 1) // the next round's first second
	f.epoch = uint32(n.Now()/86400) - 1
	// Honest station days of a simulated network, scoring mid-range: an always-high validator is
	// then an outlier, and a claim inflated by 2000 stays a valid score. Each station has its own
	// pseudonym secret, as at the edge.
	net, err := sim.Run(sim.Config{Seed: 3, Stations: 24, Devices: 120, Days: 1, StartEpoch: f.epoch})
	n.Must(err)
	for _, b := range net.Records() {
		if b.Sensor || b.Epoch != f.epoch {
			continue
		}
		anon, err := privacy.NewAnonymizer(privacy.Config{Secret: []byte("fleet pseudonym secret of " + b.ID)})
		n.Must(err)
		recs, err := anon.Anonymize(f.epoch, b.Records)
		n.Must(err)
		if s := quality.ScoreContribution(datpin.ScoringRecords(recs), quality.Epoch(f.epoch)).Score; s >= 4500 && s <= 8000 {
			f.pool = append(f.pool, recs)
		}
	}
	if len(f.pool) < 10 {
		t.Fatalf("setup: %d generated station days score between 4500 and 8000; want 10", len(f.pool))
	}
	return f
}

// recipients are the age recipients of the fleet's validators.
func (f *fleet) recipients() []age.Recipient {
	var out []age.Recipient
	for _, id := range f.ids {
		out = append(out, id.Recipient())
	}
	return out
}

// next returns an unused station day, its true score and a newly onboarded device for it.
func (f *fleet) next() ([]datpin.PublicRecord, uint16, *evm.Account) {
	if f.used == len(f.pool) {
		f.t.Fatal("setup: the fleet's pool of station days is used up")
	}
	recs := f.pool[f.used]
	f.used++
	dev := evm.DevAccount("test/fleet-device", uint32(f.used))
	f.n.Onboard(f.op, dev, 0x8828308281fffff)
	return recs, quality.ScoreContribution(datpin.ScoringRecords(recs), quality.Epoch(f.epoch)).Score, dev
}

// kind is a contribution a test anchors: honest, or one of the frauds the validator rejects.
type kind int

const (
	honest        kind = iota
	inflated           // the edge claims 2000 more than the data earns
	undecryptable      // encrypted to nobody in the committee
	missing            // the package is not in the store
	wrongRoot          // the token names a Merkle root that is not the package's
)

// anchor anchors one contribution of kind k and returns its token id and the score an honest
// validator gives it.
func (f *fleet) anchor(k kind) (uint64, uint16) {
	n := f.n
	recs, score, dev := f.next()
	claimed := score
	recips := f.recipients()
	want := score
	switch k {
	case inflated:
		claimed = min(score+2000, datpin.ScoreMax)
	case undecryptable:
		outsider, err := age.GenerateX25519Identity()
		n.Must(err)
		recips, want = []age.Recipient{outsider.Recipient()}, 0
	case missing, wrongRoot:
		want = 0
	}
	s := &pack.Sealer{Key: dev.Key, Domain: n.Domain(n.Suite.DAT), Recipients: recips}
	p, err := s.Seal(pack.Manifest{ClassID: n.Suite.ClassID, DeviceType: datpin.DeviceStation, Epoch: f.epoch, Score: claimed}, recs)
	n.Must(err)
	enc, err := p.Encode()
	n.Must(err)
	if k != missing {
		_, err = f.st.Put(n.Ctx, enc)
		n.Must(err)
	}
	digest, err := store.Digest(store.CID(enc))
	n.Must(err)
	c := p.Manifest.Contribution(digest, n.Now()+3600)
	if k == wrongRoot {
		c.MerkleRoot[0] ^= 1
	}
	return n.Anchor(evmtest.Account("relayer", 2), []*evm.Account{dev}, []datpin.Contribution{c}), want
}

// daemon makes validator i's daemon on the state file at path (on chain c, default the net's).
func (f *fleet) daemon(i int, path string, policy validator.Policy, finalize bool, c *evm.Chain) (*validator.Daemon, *validator.State) {
	f.t.Helper()
	st, err := validator.OpenState(path)
	f.n.Must(err)
	f.t.Cleanup(func() { st.Close() })
	suite := f.n.Suite
	if c != nil {
		s := *f.n.Suite
		s.Chain = c
		suite = &s
	}
	v := &validator.Validator{Suite: suite, Account: f.vals[i], Identity: f.ids[i], Store: f.st}
	d, err := validator.NewDaemon(f.n.Ctx, validator.DaemonConfig{
		Suite: suite, Account: f.vals[i], Evaluator: v, State: st, Policy: policy, Finalize: finalize,
		Interval: 20 * time.Millisecond, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	f.n.Must(err)
	return d, st
}

// windows returns the windows of the round token id was anchored in.
func (f *fleet) windows(id uint64) (round, commitOpens, revealOpens, revealCloses uint64) {
	n := f.n
	st, err := n.Suite.TokenState(n.Ctx, id)
	n.Must(err)
	round, err = n.Suite.RoundAt(n.Ctx, uint64(st.Contrib.AnchoredAt))
	n.Must(err)
	commitOpens, revealOpens, revealCloses, err = n.Suite.Windows(n.Ctx, round)
	n.Must(err)
	return
}

// commitments counts the oracle's Committed events of validator v in round.
func (f *fleet) commitments(v common.Address, round uint64) int {
	n := f.n
	logs, err := n.Chain.Client.FilterLogs(n.Ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{n.Suite.Oracle}})
	n.Must(err)
	k := 0
	for i := range logs {
		ev, err := n.Suite.OracleABI.UnpackCommittedEvent(&logs[i])
		if err == nil && ev.Validator == v && ev.Round.Uint64() == round {
			k++
		}
	}
	return k
}

// revealed reads the score validator v revealed for token id (validator.Abstain if none).
func (f *fleet) revealed(v common.Address, id uint64) uint16 {
	n := f.n
	return evmtest.Read(n, n.Suite.Oracle, n.Suite.OracleABI.PackRevealedScore(v, evmtest.U(id)), n.Suite.OracleABI.UnpackRevealedScore)
}

// step runs one poll and fails the test on error.
func step(t *testing.T, d *validator.Daemon) {
	t.Helper()
	if err := d.Step(context.Background()); err != nil {
		t.Fatalf("step: %v", err)
	}
}

// waitFor polls cond until it holds (the daemons run in goroutines) or fails after a while.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func subState(t *testing.T, st *validator.State, round uint64) validator.SubmissionState {
	t.Helper()
	r, err := st.Submission(context.Background(), round)
	if err != nil {
		t.Fatal(err)
	}
	if r == nil {
		return ""
	}
	return r.State
}

// TestDaemon_EndToEnd runs three honest daemons in the background on anchored tokens, honest and
// fraudulent, while the chain's clock crosses the commit, reveal and finalization windows: every
// token is committed, revealed and finalized at the honest score.
func TestDaemon_EndToEnd(t *testing.T) {
	f := newFleet(t, 3, 0)
	kinds := []kind{honest, honest, inflated, undecryptable, wrongRoot, missing, honest}
	want := map[uint64]uint16{}
	var ids []uint64
	for _, k := range kinds {
		id, s := f.anchor(k)
		want[id] = s
		ids = append(ids, id)
	}
	round, commitOpens, revealOpens, revealCloses := f.windows(ids[0])
	if r, _, _, _ := f.windows(ids[len(ids)-1]); r != round {
		t.Fatalf("setup: tokens straddle rounds %d and %d", round, r)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var states []*validator.State
	var daemons []*validator.Daemon
	done := make(chan error, 3)
	for i := range 3 {
		d, st := f.daemon(i, filepath.Join(t.TempDir(), "state.db"), nil, true, nil)
		daemons, states = append(daemons, d), append(states, st)
		go func() { done <- d.Run(ctx) }()
	}
	all := func(s validator.SubmissionState) func() bool {
		return func() bool {
			for _, st := range states {
				if subState(t, st, round) != s {
					return false
				}
			}
			return true
		}
	}
	// Before the round is over nothing is committed.
	time.Sleep(100 * time.Millisecond)
	if s := subState(t, states[0], round); s != "" {
		t.Fatalf("submission in state %q before the round ended", s)
	}
	f.n.AdvanceTo(commitOpens)
	waitFor(t, "every daemon to commit", all(validator.SubCommitted))
	f.n.AdvanceTo(revealOpens)
	waitFor(t, "every daemon to reveal", all(validator.SubRevealed))
	f.n.AdvanceTo(revealCloses)
	waitFor(t, "the tokens to be finalized", func() bool {
		for _, id := range ids {
			st, err := f.n.Suite.TokenState(f.n.Ctx, id)
			if err != nil || st.Status == datpin.StatusPending {
				return false
			}
		}
		return true
	})
	cancel()
	for range 3 {
		if err := <-done; err != nil {
			t.Fatalf("run: %v", err)
		}
	}
	for _, id := range ids {
		st, err := f.n.Suite.TokenState(f.n.Ctx, id)
		f.n.Must(err)
		wantStatus := datpin.StatusFinalized
		if want[id] < f.n.Config.Threshold {
			wantStatus = datpin.StatusRejected
		}
		if st.Status != wantStatus || st.Contrib.Score != want[id] {
			t.Errorf("token %d: %s score %d; want %s %d", id, st.Status, st.Contrib.Score, wantStatus, want[id])
		}
		for _, v := range f.vals {
			if got := f.revealed(v.Address, id); got != want[id] {
				t.Errorf("validator %s revealed %d for token %d; want %d", v.Address, got, id, want[id])
			}
		}
	}
	for i, v := range f.vals {
		if k := f.commitments(v.Address, round); k != 1 {
			t.Errorf("validator %d made %d commitments in round %d; want 1", i, k, round)
		}
	}
	// The evaluations behind the submission are kept with it.
	evs, sub, err := states[0].Evaluations(f.n.Ctx, round)
	f.n.Must(err)
	if len(evs) != len(ids) {
		t.Fatalf("%d evaluations recorded; want %d", len(evs), len(ids))
	}
	for i, ev := range evs {
		if sub[i] != want[ev.TokenID] || (want[ev.TokenID] == 0) != (ev.Reason != validator.ReasonOK && ev.Reason != validator.ReasonScoreMismatch) {
			t.Errorf("evaluation %+v submitted %d; want %d", ev, sub[i], want[ev.TokenID])
		}
	}
}

// TestDaemon_RestartBetweenCommitAndReveal stops a daemon after it committed and starts a new
// one on the same state file: it reveals the recorded scores without committing again.
func TestDaemon_RestartBetweenCommitAndReveal(t *testing.T) {
	f := newFleet(t, 1, 0)
	a, wa := f.anchor(honest)
	b, wb := f.anchor(inflated)
	round, commitOpens, revealOpens, _ := f.windows(a)
	path := filepath.Join(t.TempDir(), "state.db")

	d1, st1 := f.daemon(0, path, nil, false, nil)
	f.n.AdvanceTo(commitOpens)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d1.Run(ctx) }()
	waitFor(t, "the commit", func() bool { return subState(t, st1, round) == validator.SubCommitted })
	cancel() // the process stops between commit and reveal
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := value(t, d1.Metrics().Commits.WithLabelValues("sent")); got != 1 {
		t.Fatalf("first daemon sent %v commits; want 1", got)
	}
	st1.Close()

	d2, st2 := f.daemon(0, path, nil, false, nil)
	step(t, d2) // still in the commit window: nothing new to commit
	f.n.AdvanceTo(revealOpens)
	step(t, d2)
	if s := subState(t, st2, round); s != validator.SubRevealed {
		t.Fatalf("after restart the round is %q; want revealed", s)
	}
	if k := f.commitments(f.vals[0].Address, round); k != 1 {
		t.Fatalf("%d commitments in the round; want 1", k)
	}
	if got := value(t, d2.Metrics().Commits.WithLabelValues("sent")); got != 0 {
		t.Fatalf("the restarted daemon sent %v commits; want 0", got)
	}
	if ga, gb := f.revealed(f.vals[0].Address, a), f.revealed(f.vals[0].Address, b); ga != wa || gb != wb {
		t.Fatalf("revealed %d, %d; want %d, %d", ga, gb, wa, wb)
	}
}

// sendThenFail delivers transactions to the node and then reports a failure, as a connection
// that drops after the node accepted the transaction (or a crash right after sending) does.
type sendThenFail struct{ evm.Client }

func (c sendThenFail) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	return errors.New("connection reset by peer")
}

// dropSends loses every transaction, as a node that is down does.
type dropSends struct{ evm.Client }

func (dropSends) SendTransaction(context.Context, *types.Transaction) error {
	return errors.New("connection refused")
}

// TestDaemon_CrashAfterSendingCommit: the commit transaction reaches the chain but its outcome is
// never recorded (the state still says intent). The next daemon finds the commitment on chain and
// marks it committed without sending another, then reveals it.
func TestDaemon_CrashAfterSendingCommit(t *testing.T) {
	f := newFleet(t, 1, 0)
	a, wa := f.anchor(honest)
	round, commitOpens, revealOpens, _ := f.windows(a)
	path := filepath.Join(t.TempDir(), "state.db")

	flaky := &evm.Chain{Client: sendThenFail{f.n.Chain.Client}, ChainID: f.n.Chain.ChainID}
	d1, st1 := f.daemon(0, path, nil, false, flaky)
	f.n.AdvanceTo(commitOpens)
	if err := d1.Step(f.n.Ctx); err == nil {
		t.Fatal("step succeeded; want the send error")
	}
	if s := subState(t, st1, round); s != validator.SubIntent {
		t.Fatalf("after a failed send the round is %q; want intent", s)
	}
	st1.Close()
	// The node mines what it accepted with the next block.
	f.n.MustSend(evmtest.Account("relayer", 3), evmtest.Account("relayer", 3).Address, nil, nil)
	// The test's chain object still caches the validator's nonce from before the flaky send (a
	// restarted process would read it from the node): one failed send makes it read it again.
	_, _ = f.n.Send(f.vals[0], f.vals[0].Address, nil, nil)
	if k := f.commitments(f.vals[0].Address, round); k != 1 {
		t.Fatalf("setup: %d commitments on chain; want the one sent", k)
	}

	d2, st2 := f.daemon(0, path, nil, false, nil)
	step(t, d2)
	if s := subState(t, st2, round); s != validator.SubCommitted {
		t.Fatalf("after restart the round is %q; want committed", s)
	}
	if got := value(t, d2.Metrics().Commits.WithLabelValues("sent")); got != 0 {
		t.Fatalf("the restarted daemon sent %v commits; want 0", got)
	}
	f.n.AdvanceTo(revealOpens)
	step(t, d2)
	if k := f.commitments(f.vals[0].Address, round); k != 1 {
		t.Fatalf("%d commitments in the round; want 1", k)
	}
	if got := f.revealed(f.vals[0].Address, a); got != wa {
		t.Fatalf("revealed %d; want %d", got, wa)
	}
}

// commitLost runs validator 0 at commitOpens with a chain that drops its transactions: the
// commit step fails after the daemon recorded its intent.
func (f *fleet) commitLost(t *testing.T, path string, commitOpens uint64) (*validator.Daemon, *validator.State) {
	t.Helper()
	down := &evm.Chain{Client: dropSends{f.n.Chain.Client}, ChainID: f.n.Chain.ChainID}
	d, st := f.daemon(0, path, nil, false, down)
	f.n.AdvanceTo(commitOpens)
	if err := d.Step(f.n.Ctx); err == nil {
		t.Fatal("step succeeded; want the send error")
	}
	return d, st
}

// TestDaemon_LostCommitIsResent: the commit transaction never reaches the chain. The intent
// (with its salt) stays, and the next poll sends exactly that commitment.
func TestDaemon_LostCommitIsResent(t *testing.T) {
	f := newFleet(t, 1, 0)
	a, wa := f.anchor(honest)
	round, commitOpens, revealOpens, _ := f.windows(a)
	path := filepath.Join(t.TempDir(), "state.db")

	d1, st1 := f.commitLost(t, path, commitOpens)
	rec, err := st1.Submission(f.n.Ctx, round)
	f.n.Must(err)
	if rec == nil || rec.State != validator.SubIntent {
		t.Fatalf("record %+v; want an intent", rec)
	}
	if got := value(t, d1.Metrics().Commits.WithLabelValues("failed")); got != 1 {
		t.Fatalf("%v failed commits counted; want 1", got)
	}
	st1.Close()

	d2, st2 := f.daemon(0, path, nil, false, nil)
	step(t, d2)
	step(t, d2) // a second poll changes nothing
	again, err := st2.Submission(f.n.Ctx, round)
	f.n.Must(err)
	if again.State != validator.SubCommitted || again.Salt != rec.Salt || again.Commitment != rec.Commitment {
		t.Fatalf("record after restart %+v; want the intent's commitment, committed", again)
	}
	if k := f.commitments(f.vals[0].Address, round); k != 1 {
		t.Fatalf("%d commitments in the round; want 1", k)
	}
	f.n.AdvanceTo(revealOpens)
	step(t, d2)
	if got := f.revealed(f.vals[0].Address, a); got != wa {
		t.Fatalf("revealed %d; want %d", got, wa)
	}
}

// TestDaemon_LostStateReplacesCommitment: a daemon whose state file is lost after it committed
// cannot reveal that commitment (its salt is gone), so while the commit window is open it
// replaces it with a new one, reveals that, and is not penalized for withholding.
func TestDaemon_LostStateReplacesCommitment(t *testing.T) {
	f := newFleet(t, 1, 0)
	a, wa := f.anchor(honest)
	round, commitOpens, revealOpens, closes := f.windows(a)
	d1, _ := f.daemon(0, filepath.Join(t.TempDir(), "state.db"), nil, false, nil)
	f.n.AdvanceTo(commitOpens)
	step(t, d1)
	d2, st2 := f.daemon(0, filepath.Join(t.TempDir(), "fresh.db"), nil, true, nil)
	step(t, d2)
	step(t, d2) // a second poll changes nothing
	if s := subState(t, st2, round); s != validator.SubCommitted {
		t.Fatalf("fresh state records the round as %q; want committed", s)
	}
	o := f.n.Suite.OracleABI
	cs := evmtest.Read(f.n, f.n.Suite.Oracle, o.PackCommittersOf(new(big.Int).SetUint64(round)), o.UnpackCommittersOf)
	if k := f.commitments(f.vals[0].Address, round); k != 2 || len(cs) != 1 {
		t.Fatalf("%d Committed events, %d committers; want the replacement (2 events) of one commitment", k, len(cs))
	}
	f.n.AdvanceTo(revealOpens)
	step(t, d2)
	if got := f.revealed(f.vals[0].Address, a); got != wa {
		t.Fatalf("revealed %d; want %d", got, wa)
	}
	stake := evmtest.Read(f.n, f.n.Suite.Oracle, o.PackValidatorOf(f.vals[0].Address), o.UnpackValidatorOf).Stake
	f.n.AdvanceTo(closes)
	step(t, d2)
	if rec := evmtest.Read(f.n, f.n.Suite.Oracle, o.PackValidatorOf(f.vals[0].Address), o.UnpackValidatorOf); rec.Withheld != 0 || rec.Stake.Cmp(stake) != 0 {
		t.Fatalf("validator record %+v; want no withholding and stake %s", rec, stake)
	}
}

// poisonedFinalize is a node that refuses (as a revert) every finalize transaction whose batch
// holds token bad, as the oracle would a token it cannot settle.
type poisonedFinalize struct {
	evm.Client
	bad     uint64
	refused *atomic.Int32
	chain   *evm.Chain // the embedded chain, which mines each transaction sent through it
}

func (c poisonedFinalize) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	_, err := c.chain.Mine()
	return err
}

type revertError struct{ data string }

func (e revertError) Error() string          { return "execution reverted" }
func (e revertError) ErrorCode() int         { return 3 }
func (e revertError) ErrorData() interface{} { return e.data }

func (c poisonedFinalize) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	parsed, err := qualityoracle.QualityOracleMetaData.ParseABI()
	if err != nil {
		return 0, err
	}
	m := parsed.Methods["finalize"]
	if len(msg.Data) >= 4 && string(msg.Data[:4]) == string(m.ID) {
		args, err := m.Inputs.Unpack(msg.Data[4:])
		if err == nil {
			for _, id := range args[0].([]*big.Int) {
				if id.Uint64() == c.bad {
					c.refused.Add(1)
					// TokenNotFound(bad)
					sel := parsed.Errors["TokenNotFound"].ID
					data := append(append([]byte{}, sel[:4]...), common.LeftPadBytes(id.Bytes(), 32)...)
					return 0, revertError{"0x" + common.Bytes2Hex(data)}
				}
			}
		}
	}
	return c.Client.EstimateGas(ctx, msg)
}

// TestDaemon_FinalizeIsolatesFailingToken: the node refuses every finalize batch holding one of
// the round's tokens. The daemon splits the failing chunk, finalizes every other token, and
// counts and logs the one that could not be finalized.
func TestDaemon_FinalizeIsolatesFailingToken(t *testing.T) {
	f := newFleet(t, 3, 0)
	var ids []uint64
	for range 5 {
		id, _ := f.anchor(honest)
		ids = append(ids, id)
	}
	_, commitOpens, revealOpens, closes := f.windows(ids[0])
	var ds []*validator.Daemon
	for i := range 3 {
		d, _ := f.daemon(i, filepath.Join(t.TempDir(), "state.db"), nil, false, nil)
		ds = append(ds, d)
	}
	for _, ts := range []uint64{commitOpens, revealOpens} {
		f.n.AdvanceTo(ts)
		for _, d := range ds {
			step(t, d)
		}
	}
	bad := ids[2]
	refused := new(atomic.Int32)
	poisoned := &evm.Chain{Client: poisonedFinalize{Client: f.n.Chain.Client, bad: bad, refused: refused, chain: f.n.Chain}, ChainID: f.n.Chain.ChainID}
	fin, _ := f.daemon(0, filepath.Join(t.TempDir(), "finalizer.db"), nil, true, poisoned)
	f.n.AdvanceTo(closes)
	step(t, fin)
	for _, id := range ids {
		st, err := f.n.Suite.TokenState(f.n.Ctx, id)
		f.n.Must(err)
		if want := id != bad; (st.Status != datpin.StatusPending) != want {
			t.Errorf("token %d: %s; want settled %v", id, st.Status, want)
		}
	}
	if refused.Load() < 2 {
		t.Fatalf("%d refused finalize batches; want the chunk and its halves down to the token", refused.Load())
	}
	if got := value(t, fin.Metrics().FinalizeFailedTokens.WithLabelValues("TokenNotFound")); got != 1 {
		t.Fatalf("%v tokens counted as failed; want 1", got)
	}
}

// TestDaemon_MissedRound: a daemon that first sees a round after its commit window closed does
// not evaluate it and records it as missed.
func TestDaemon_MissedRound(t *testing.T) {
	f := newFleet(t, 1, 0)
	a, _ := f.anchor(honest)
	round, _, revealOpens, _ := f.windows(a)
	d, st := f.daemon(0, filepath.Join(t.TempDir(), "state.db"), nil, false, nil)
	f.n.AdvanceTo(revealOpens)
	step(t, d)
	if s := subState(t, st, round); s != validator.SubMissed {
		t.Fatalf("round is %q; want missed", s)
	}
	if k := f.commitments(f.vals[0].Address, round); k != 0 {
		t.Fatalf("%d commitments; want none", k)
	}
	if got := value(t, d.Metrics().Skipped.WithLabelValues("missed")); got != 1 {
		t.Fatalf("missed rounds counted %v; want 1", got)
	}
}

// TestState_BindsToOneValidator: a state file cannot be reused by another key.
func TestState_BindsToOneValidator(t *testing.T) {
	f := newFleet(t, 2, 0)
	path := filepath.Join(t.TempDir(), "state.db")
	_, st := f.daemon(0, path, nil, false, nil)
	st.Close()
	st2, err := validator.OpenState(path)
	f.n.Must(err)
	defer st2.Close()
	v := &validator.Validator{Suite: f.n.Suite, Account: f.vals[1], Identity: f.ids[1], Store: f.st}
	_, err = validator.NewDaemon(f.n.Ctx, validator.DaemonConfig{Suite: f.n.Suite, Account: f.vals[1], Evaluator: v, State: st2})
	if datpin.ErrorCode(err) != datpin.ECONFLICT {
		t.Fatalf("another key on the same state: %v; want ECONFLICT", err)
	}
}

// TestDaemon_Metrics: the HTTP handler exposes the counters, and /healthz reports the last poll.
func TestDaemon_Metrics(t *testing.T) {
	f := newFleet(t, 1, 0)
	f.anchor(honest)
	id, _ := f.anchor(undecryptable)
	_, commitOpens, revealOpens, _ := f.windows(id)
	d, _ := f.daemon(0, filepath.Join(t.TempDir(), "state.db"), nil, false, nil)
	f.n.AdvanceTo(commitOpens)
	step(t, d)
	f.n.AdvanceTo(revealOpens)
	step(t, d)
	srv := httptest.NewServer(d.Handler())
	defer srv.Close()
	body := get(t, srv.URL+"/metrics", 200)
	for _, want := range []string{
		`datpin_validator_tokens_evaluated_total{reason="none",result="ok"} 1`,
		`datpin_validator_tokens_evaluated_total{reason="undecryptable",result="rejected"} 1`,
		`datpin_validator_commits_total{outcome="sent"} 1`,
		`datpin_validator_reveals_total{outcome="sent"} 1`,
		`datpin_validator_pending_reveals 0`,
		`datpin_validator_evaluation_seconds_count 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	round, err := f.n.Suite.RoundAt(f.n.Ctx, f.n.Now())
	f.n.Must(err)
	if got := value(t, d.Metrics().LastRound); got != float64(round) {
		t.Errorf("last round %v; want %d", got, round)
	}
	if b := get(t, srv.URL+"/healthz", 200); b != "ok\n" {
		t.Errorf("/healthz %q", b)
	}
	// A poll that cannot reach the chain turns /healthz to 503.
	flaky := &flakyReads{Client: f.n.Chain.Client}
	dd, _ := f.daemon(0, filepath.Join(t.TempDir(), "down.db"), nil, false, &evm.Chain{Client: flaky, ChainID: f.n.Chain.ChainID})
	flaky.down.Store(true)
	if err := dd.Step(f.n.Ctx); err == nil {
		t.Fatal("step on an unreachable chain succeeded")
	}
	srv2 := httptest.NewServer(dd.Handler())
	defer srv2.Close()
	get(t, srv2.URL+"/healthz", 503)
	if got := value(t, dd.Metrics().StepErrors); got != 1 {
		t.Errorf("step errors %v; want 1", got)
	}
	flaky.down.Store(false)
	if err := dd.Step(f.n.Ctx); err != nil {
		t.Fatal(err)
	}
	get(t, srv2.URL+"/healthz", 200)
}

// flakyReads fails block reads while down, as an unreachable node does.
type flakyReads struct {
	evm.Client
	down atomic.Bool
}

func (c *flakyReads) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if c.down.Load() {
		return nil, errors.New("connection refused")
	}
	return c.Client.HeaderByNumber(ctx, n)
}

func get(t *testing.T, url string, wantStatus int) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != wantStatus {
		t.Fatalf("GET %s: %d %s; want %d", url, resp.StatusCode, b, wantStatus)
	}
	return string(b)
}

// value reads a counter or gauge.
func value(t *testing.T, m prometheus.Metric) float64 {
	t.Helper()
	var pb dto.Metric
	if err := m.Write(&pb); err != nil {
		t.Fatal(err)
	}
	switch {
	case pb.Counter != nil:
		return pb.Counter.GetValue()
	case pb.Gauge != nil:
		return pb.Gauge.GetValue()
	}
	t.Fatal("not a counter or gauge")
	return 0
}

// failingOnce fails its first evaluation, as an unreachable store does.
type failingOnce struct {
	validator.Evaluator
	failed bool
}

func (e *failingOnce) EvaluateBatch(ctx context.Context, ids []uint64) ([]validator.Evaluation, error) {
	if !e.failed {
		e.failed = true
		return nil, datpin.Errorf(datpin.EUNAVAILABLE, "store unreachable")
	}
	return e.Evaluator.EvaluateBatch(ctx, ids)
}

// TestDaemon_EvaluationRetried: a round whose evaluation fails records nothing (no intent, no
// salt) and is evaluated and committed at the next poll.
func TestDaemon_EvaluationRetried(t *testing.T) {
	f := newFleet(t, 1, 0)
	a, wa := f.anchor(honest)
	round, commitOpens, revealOpens, _ := f.windows(a)
	st, err := validator.OpenState(filepath.Join(t.TempDir(), "state.db"))
	f.n.Must(err)
	defer st.Close()
	ev := &failingOnce{Evaluator: &validator.Validator{Suite: f.n.Suite, Account: f.vals[0], Identity: f.ids[0], Store: f.st}}
	d, err := validator.NewDaemon(f.n.Ctx, validator.DaemonConfig{Suite: f.n.Suite, Account: f.vals[0], Evaluator: ev, State: st,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	f.n.Must(err)
	f.n.AdvanceTo(commitOpens)
	if err := d.Step(f.n.Ctx); datpin.ErrorCode(err) != datpin.EUNAVAILABLE {
		t.Fatalf("step with the store down: %v; want EUNAVAILABLE", err)
	}
	if s := subState(t, st, round); s != "" {
		t.Fatalf("a failed evaluation left the round %q; want no record", s)
	}
	step(t, d)
	if s := subState(t, st, round); s != validator.SubCommitted {
		t.Fatalf("round %q after the retry; want committed", s)
	}
	f.n.AdvanceTo(revealOpens)
	step(t, d)
	if got := f.revealed(f.vals[0].Address, a); got != wa {
		t.Fatalf("revealed %d; want %d", got, wa)
	}
}

// TestDaemon_CrashAfterSendingReveal: the reveal reaches the chain but its outcome is never
// recorded. The next daemon recognizes the consumed commitment and records the round revealed.
func TestDaemon_CrashAfterSendingReveal(t *testing.T) {
	f := newFleet(t, 1, 0)
	a, wa := f.anchor(honest)
	round, commitOpens, revealOpens, _ := f.windows(a)
	path := filepath.Join(t.TempDir(), "state.db")
	d0, st0 := f.daemon(0, path, nil, false, nil)
	f.n.AdvanceTo(commitOpens)
	step(t, d0)
	st0.Close()

	flaky := &evm.Chain{Client: sendThenFail{f.n.Chain.Client}, ChainID: f.n.Chain.ChainID}
	d1, st1 := f.daemon(0, path, nil, false, flaky)
	f.n.AdvanceTo(revealOpens)
	if err := d1.Step(f.n.Ctx); err == nil {
		t.Fatal("step succeeded; want the send error")
	}
	if s := subState(t, st1, round); s != validator.SubCommitted {
		t.Fatalf("after a failed reveal the round is %q; want committed", s)
	}
	st1.Close()
	f.n.MustSend(evmtest.Account("relayer", 3), evmtest.Account("relayer", 3).Address, nil, nil) // mine it
	_, _ = f.n.Send(f.vals[0], f.vals[0].Address, nil, nil)                                      // refresh the cached nonce
	if got := f.revealed(f.vals[0].Address, a); got != wa {
		t.Fatalf("setup: revealed %d on chain; want %d", got, wa)
	}

	d2, st2 := f.daemon(0, path, nil, false, nil)
	step(t, d2)
	if s := subState(t, st2, round); s != validator.SubRevealed {
		t.Fatalf("after restart the round is %q; want revealed", s)
	}
	if got := value(t, d2.Metrics().Reveals.WithLabelValues("sent")); got != 0 {
		t.Fatalf("the restarted daemon sent %v reveals; want 0", got)
	}
}

// TestDaemon_RevealWindowMissed: a daemon away for the whole reveal window records the round
// expired and counts a failed reveal.
func TestDaemon_RevealWindowMissed(t *testing.T) {
	f := newFleet(t, 1, 0)
	a, _ := f.anchor(honest)
	round, commitOpens, _, revealCloses := f.windows(a)
	d, st := f.daemon(0, filepath.Join(t.TempDir(), "state.db"), nil, false, nil)
	f.n.AdvanceTo(commitOpens)
	step(t, d)
	f.n.AdvanceTo(revealCloses)
	step(t, d)
	if s := subState(t, st, round); s != validator.SubExpired {
		t.Fatalf("round %q; want expired", s)
	}
	if got := value(t, d.Metrics().Reveals.WithLabelValues("failed")); got != 1 {
		t.Fatalf("failed reveals %v; want 1", got)
	}
	if got := f.revealed(f.vals[0].Address, a); got != validator.Abstain {
		t.Fatalf("revealed %d after the window; want none", got)
	}
}

// TestDaemon_FinalizeShortOfQuorum: one validator cannot make the quorum of three; the finalizing
// daemon leaves the token pending, tries again only once the oracle's staleAfter has passed, and
// the token is then rejected for want of quorum.
func TestDaemon_FinalizeShortOfQuorum(t *testing.T) {
	f := newFleet(t, 1, 0)
	a, _ := f.anchor(honest)
	_, commitOpens, revealOpens, revealCloses := f.windows(a)
	d, _ := f.daemon(0, filepath.Join(t.TempDir(), "state.db"), nil, true, nil)
	for _, ts := range []uint64{commitOpens, revealOpens, revealCloses} {
		f.n.AdvanceTo(ts)
		step(t, d)
	}
	status := func() datpin.Status {
		st, err := f.n.Suite.TokenState(f.n.Ctx, a)
		f.n.Must(err)
		return st.Status
	}
	if s := status(); s != datpin.StatusPending {
		t.Fatalf("token %s with one reveal of three; want pending", s)
	}
	sent := value(t, d.Metrics().Finalizes.WithLabelValues("sent"))
	if sent != 1 {
		t.Fatalf("%v finalize transactions; want 1", sent)
	}
	step(t, d) // too early to try again
	if got := value(t, d.Metrics().Finalizes.WithLabelValues("sent")); got != sent {
		t.Fatalf("finalize retried before staleAfter (%v transactions)", got)
	}
	f.n.AdvanceTo(revealCloses + uint64(f.n.Config.StaleAfter/time.Second))
	step(t, d)
	if s := status(); s != datpin.StatusRejected {
		t.Fatalf("token %s after staleAfter; want rejected", s)
	}
}

// TestDaemon_Reorg: the daemon scans two tokens and commits their round; then a reorganization
// from before both replaces the branch. On the new one the chain's pool includes one of the old
// anchorings and the commitment again, later (in the next round), the other never returns, and
// another contribution takes its id. The daemon notices, does not reveal the scores
// it committed for tokens that moved, and scores the new branch's tokens in their new round.
func TestDaemon_Reorg(t *testing.T) {
	f := newFleet(t, 1, 0)
	n := f.n
	root := func(id uint64) [32]byte {
		ts, err := n.Suite.TokenState(n.Ctx, id)
		n.Must(err)
		return ts.Contrib.MerkleRoot
	}
	parent, err := n.Chain.Client.HeaderByNumber(n.Ctx, nil)
	n.Must(err)
	a, wa := f.anchor(honest)
	b, wb := f.anchor(honest)
	scoreOf := map[[32]byte]uint16{root(a): wa, root(b): wb}
	round, commitOpens, revealOpens, _ := f.windows(a)
	d, st := f.daemon(0, filepath.Join(t.TempDir(), "state.db"), nil, false, nil)
	n.AdvanceTo(commitOpens)
	step(t, d)
	if s := subState(t, st, round); s != validator.SubCommitted {
		t.Fatalf("old branch: submission %q; want committed", s)
	}
	oldHead, err := n.Chain.Client.BlockNumber(n.Ctx)
	n.Must(err)

	n.Must(n.Chain.Fork(parent.Hash()))
	_, err = n.Chain.Mine() // the branch's clock catches up: signatures' deadlines follow it
	n.Must(err)
	c, wc := f.anchor(honest)
	for {
		h, err := n.Chain.Client.BlockNumber(n.Ctx)
		n.Must(err)
		if h > oldHead+1 {
			break
		}
		_, err = n.Chain.Mine()
		n.Must(err)
	}
	count, err := n.Suite.TokenCount(n.Ctx)
	n.Must(err)
	w1, old := scoreOf[root(1)]
	if count != 2 || c != 2 || !old {
		t.Fatalf("new branch: %d tokens, the new contribution is token %d; want an old one re-anchored as token 1 and the new one token 2", count, c)
	}
	newRound, newCommit, newReveal, _ := f.windows(c)
	if r, _, _, _ := f.windows(1); r != newRound || newRound == round {
		t.Fatalf("new branch tokens in rounds %d and %d; want both in one round after %d", r, newRound, round)
	}

	n.AdvanceTo(commitOpens + 1)
	step(t, d)
	if got := value(t, d.Metrics().Reorgs); got != 1 {
		t.Fatalf("%v reorganizations counted; want 1", got)
	}
	if s := subState(t, st, round); s != validator.SubExpired {
		t.Fatalf("old round's submission %q after the reorganization; want expired (not revealed)", s)
	}
	n.AdvanceTo(revealOpens)
	step(t, d)
	if got := f.revealed(f.vals[0].Address, 1); got != validator.Abstain {
		t.Fatalf("revealed %d for token 1 in the old round; want nothing", got)
	}

	n.AdvanceTo(newCommit)
	step(t, d)
	ids, err := st.PendingTokens(n.Ctx, newRound)
	n.Must(err)
	if !slices.Equal(ids, []uint64{1, 2}) {
		t.Fatalf("pending tokens of the new round %v; want [1 2]", ids)
	}
	n.AdvanceTo(newReveal)
	step(t, d)
	if got1, got2 := f.revealed(f.vals[0].Address, 1), f.revealed(f.vals[0].Address, 2); got1 != w1 || got2 != wc {
		t.Fatalf("revealed %d, %d on the new branch; want %d, %d", got1, got2, w1, wc)
	}
}

// TestDaemon_ReorgLostCommitment: a reorganization (here a scan tip the chain does not hold)
// left the state with a commitment the chain does not have. The daemon evaluates the round
// again, commits it anew and reveals it.
func TestDaemon_ReorgLostCommitment(t *testing.T) {
	f := newFleet(t, 1, 0)
	a, wa := f.anchor(honest)
	round, commitOpens, revealOpens, _ := f.windows(a)
	path := filepath.Join(t.TempDir(), "state.db")

	// A commitment recorded as sent that never reached the chain, as after a reorganization.
	_, st1 := f.commitLost(t, path, commitOpens)
	lost, err := st1.Submission(f.n.Ctx, round)
	f.n.Must(err)
	f.n.Must(st1.SetState(f.n.Ctx, round, validator.SubCommitted, "", ""))
	num, _, ok, err := st1.ScanTip(f.n.Ctx)
	f.n.Must(err)
	if !ok {
		t.Fatal("no scan tip recorded")
	}
	f.n.Must(st1.SetScanTip(f.n.Ctx, num, [32]byte{0xde, 0xad}))
	st1.Close()

	d2, st2 := f.daemon(0, path, nil, false, nil)
	step(t, d2)
	if got := value(t, d2.Metrics().Reorgs); got != 1 {
		t.Fatalf("%v reorganizations counted; want 1", got)
	}
	rec, err := st2.Submission(f.n.Ctx, round)
	f.n.Must(err)
	if rec == nil || rec.State != validator.SubCommitted || rec.Salt == lost.Salt {
		t.Fatalf("submission %+v; want a new commitment, committed", rec)
	}
	if k := f.commitments(f.vals[0].Address, round); k != 1 {
		t.Fatalf("%d commitments in the round; want 1", k)
	}
	f.n.AdvanceTo(revealOpens)
	step(t, d2)
	if got := f.revealed(f.vals[0].Address, a); got != wa {
		t.Fatalf("revealed %d; want %d", got, wa)
	}
}

// TestDaemon_RulesMismatch: a daemon whose scoring rules are not those the oracle registered for
// the round neither commits to it nor, when it committed under the right rules and restarted
// with others, reveals it; each time it counts the mismatch.
func TestDaemon_RulesMismatch(t *testing.T) {
	f := newFleet(t, 1, 0)
	a, _ := f.anchor(honest)
	round, commitOpens, revealOpens, _ := f.windows(a)
	other := [32]byte{0xd4}
	withRules := func(path string, rules [32]byte) (*validator.Daemon, *validator.State) {
		st, err := validator.OpenState(path)
		f.n.Must(err)
		t.Cleanup(func() { st.Close() })
		v := &validator.Validator{Suite: f.n.Suite, Account: f.vals[0], Identity: f.ids[0], Store: f.st}
		d, err := validator.NewDaemon(f.n.Ctx, validator.DaemonConfig{
			Suite: f.n.Suite, Account: f.vals[0], Evaluator: v, State: st, Rules: rules,
			Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		})
		f.n.Must(err)
		return d, st
	}
	f.n.AdvanceTo(commitOpens)

	t.Run("NoCommit", func(t *testing.T) {
		d, st := withRules(filepath.Join(t.TempDir(), "state.db"), other)
		step(t, d)
		if s := subState(t, st, round); s != validator.SubRules {
			t.Fatalf("round is %q; want rules", s)
		}
		if k := f.commitments(f.vals[0].Address, round); k != 0 {
			t.Fatalf("%d commitments; want none", k)
		}
		if got := value(t, d.Metrics().RulesMismatch.WithLabelValues("commit")); got != 1 {
			t.Fatalf("rules mismatches at commit %v; want 1", got)
		}
	})

	// A validator that committed under the round's rules and is restarted on other rules before
	// the reveal window still reveals its commitment (the scores were made under the round's
	// rules): refusing would only get it penalized for withholding.
	t.Run("RevealsAfterRestartOnOtherRules", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "state.db")
		d1, st1 := withRules(path, [32]byte{}) // this build's rules, those registered
		step(t, d1)
		if s := subState(t, st1, round); s != validator.SubCommitted {
			t.Fatalf("round is %q; want committed", s)
		}
		st1.Close()
		d2, st2 := withRules(path, other)
		f.n.AdvanceTo(revealOpens)
		step(t, d2)
		if s := subState(t, st2, round); s != validator.SubRevealed {
			t.Fatalf("round is %q; want revealed", s)
		}
		if got := f.revealed(f.vals[0].Address, a); got == validator.Abstain {
			t.Fatal("the commitment was not revealed")
		}
		if got := value(t, d2.Metrics().RulesMismatch.WithLabelValues("reveal")); got != 0 {
			t.Fatalf("rules mismatches at reveal %v; want none", got)
		}
	})
}
