package agent_test

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"filippo.io/age"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/store"
)

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func testLog(t testing.TB) *slog.Logger {
	if testing.Verbose() || os.Getenv("DATPIN_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// rig is an agent with its outbox, local store and identities.
type rig struct {
	t         testing.TB
	agent     *agent.Agent
	outbox    *agent.Outbox
	local     *store.Local
	validator *age.X25519Identity
	operator  *age.X25519Identity
	cancel    context.CancelFunc
	done      chan struct{}
}

func newRig(t testing.TB, chain agent.Chain, st datpin.ContentStore, local *store.Local, mod func(*agent.Config)) *rig {
	t.Helper()
	dir := t.TempDir()
	ob, err := agent.OpenOutbox(filepath.Join(dir, "outbox.db"))
	must(t, err)
	t.Cleanup(func() { ob.Close() })
	v, err := age.GenerateX25519Identity()
	must(t, err)
	op, err := age.GenerateX25519Identity()
	must(t, err)
	if local == nil {
		local, err = store.NewLocal(filepath.Join(dir, "blocks"))
		must(t, err)
	}
	if st == nil {
		st = local
	}
	cfg := agent.Config{
		Outbox: ob, Store: st, Chain: chain, Keys: agent.DevKeys{},
		Recipients:  []age.Recipient{v.Recipient(), op.Recipient()},
		AutoOnboard: true, SealAfter: -1, PollInterval: 20 * time.Millisecond,
		MinBackoff: 10 * time.Millisecond, MaxBackoff: 200 * time.Millisecond,
		Log: testLog(t),
	}
	if mod != nil {
		mod(&cfg)
	}
	a, err := agent.New(cfg)
	must(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	r := &rig{t: t, agent: a, outbox: ob, local: local, validator: v, operator: op, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(r.done)
		a.Run(ctx)
	}()
	t.Cleanup(r.stop)
	return r
}

func (r *rig) stop() {
	r.cancel()
	<-r.done
}

// open fetches, verifies and decrypts the package of an anchored batch.
func (r *rig) open(ctx context.Context, b *agent.Batch, dom pack.Domain) (*pack.Package, []datpin.PublicRecord, []byte) {
	r.t.Helper()
	enc, err := r.local.Get(ctx, b.CID)
	must(r.t, err)
	p, err := pack.Decode(enc)
	must(r.t, err)
	must(r.t, p.Verify(dom))
	recs, err := p.Open(r.validator)
	must(r.t, err)
	return p, recs, enc
}

// publicOf returns what the agent should publish for a raw record.
func publicOf(t testing.TB, r datpin.Record, epochLength int64) datpin.PublicRecord {
	t.Helper()
	station, _ := agent.StationKey(&r)
	key, err := agent.DevKeys{}.Key(station)
	must(t, err)
	an, err := privacy.NewAnonymizer(privacy.Config{Secret: agent.PseudonymSecret(key), EpochLength: epochLength})
	must(t, err)
	e, err := an.Epoch(r.Time)
	must(t, err)
	pub, err := an.Anonymize(e, []datpin.Record{r})
	must(t, err)
	return pub[0]
}

func recordKey(t testing.TB, p *datpin.PublicRecord) string {
	b, err := pack.EncodeRecord(p)
	must(t, err)
	return string(b)
}

// waitFor polls cond until it holds or d passes.
func waitFor(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
