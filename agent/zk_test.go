package agent_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"filippo.io/age"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/zk"
)

// zkRecords are n LTE samples of one station in Cork, a minute apart, good radio with one poor.
func zkRecords(station string, n int) []datpin.Record {
	out := make([]datpin.Record, n)
	for i := range out {
		r := datpin.NewRecord(datpin.KindSession)
		r.Time = 1_767_225_600_000 + int64(i)*60_000
		r.DeviceID, r.StationID, r.Mode = "imsi-1", station, datpin.ModeLTE
		r.LatE7, r.LonE7 = 518_970_000+int32(i)*1000, -84_700_000
		r.RSRPdBm10, r.RSRQdB10, r.SINRdB10 = -850, -80, 220
		out[i] = r
	}
	out[0].RSRPdBm10 = -1050
	return out
}

func zkConfig(t *testing.T) *agent.ZKConfig {
	dir := t.TempDir()
	// Set up before the agent runs: a setup swaps the randomness the agent's packaging draws from.
	_, err := zk.DevKeys(dir, zk.TestSize)
	must(t, err)
	return &agent.ZKConfig{
		Sizes: []int{zk.TestSize},
		Keys:  func(size int) (*zk.Keys, error) { return zk.DevKeys(dir, size) },
	}
}

// With ZK on, the contribution carries the commitment of the published records, and the token
// carries a proof of the batch's own circuit score. Restarted on the same outbox with the proof
// marked as not yet submitted, the agent finds it on chain and neither proves nor sends again.
func TestAgent_ZKProvesAnchoredBatch(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	op := evmtest.Account("operator", 0)
	chain := agent.NewSuiteChain(n.Suite, op)
	z := zkConfig(t)
	r := newRig(t, chain, nil, nil, func(c *agent.Config) { c.ZK = z })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	recs := append(zkRecords("ZK1", 6), zkRecords("ZK2", zk.TestSize+1)...) // the second is too large
	_, err := r.agent.Ingest(ctx, recs)
	must(t, err)
	must(t, r.agent.Flush(ctx))
	must(t, r.agent.WaitZK(ctx))

	bs, err := r.outbox.List(ctx, nil)
	must(t, err)
	if len(bs) != 2 {
		t.Fatalf("%d batches, want 2", len(bs))
	}
	var proved *agent.Batch
	for _, b := range bs {
		p, err := r.outbox.ZK(ctx, b.ID)
		if b.Station == "ZK2" {
			if datpin.ErrorCode(err) != datpin.ENOTFOUND {
				t.Fatalf("a batch larger than every size got a commitment: %+v, %v", p, err)
			}
			continue
		}
		must(t, err)
		if p.State != agent.ZKSubmitted || p.Tx == "" || p.Token != b.Token {
			t.Fatalf("proof row %+v of batch %+v; want submitted for its token", p, b)
		}
		proved = b
	}
	// What a validator checks: the token's zkCommit is the commitment of the package's records.
	_, pub, _ := r.open(ctx, proved, chain.DATDomain())
	zb, err := zk.NewBatch(zk.TestSize, pub)
	must(t, err)
	onChain := evmtest.Read(n, n.Suite.DAT, n.Suite.DATABI.PackZkCommitOf(evmtest.U(proved.Token)), n.Suite.DATABI.UnpackZkCommitOf)
	if onChain != zb.Commit() {
		t.Fatal("the token's zkCommit is not the commitment of its package's records")
	}
	th, err := n.Suite.ProvenThreshold(ctx, proved.Token)
	must(t, err)
	if th == 0 || th != zb.Score() {
		t.Fatalf("provenThreshold %d; want the batch's circuit score %d", th, zb.Score())
	}
	if got := r.agent.ZKSubmitted(); got != 1 {
		t.Fatalf("ZKSubmitted = %d, want 1", got)
	}
	r.stop()

	// As if the agent had crashed after the proof was mined but before the outbox knew.
	db, err := sql.Open("sqlite", "file:"+filepath.Clean(r.outbox.Path()))
	must(t, err)
	_, err = db.Exec(`UPDATE zk_proofs SET state = ?, tx = '' WHERE batch = ?`, agent.ZKProved, proved.ID)
	must(t, err)
	must(t, db.Close())
	calls := 0
	z2 := *z
	z2.Keys = func(size int) (*zk.Keys, error) { calls++; return z.Keys(size) }
	a2, err := agent.New(func() agent.Config { c := r.agent.Config(); c.ZK = &z2; return c }())
	must(t, err)
	ctx2, cancel2 := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); a2.Run(ctx2) }()
	must(t, a2.WaitZK(ctx))
	cancel2()
	<-done
	p, err := r.outbox.ZK(ctx, proved.ID)
	must(t, err)
	if p.State != agent.ZKSubmitted || p.Tx != "" || calls != 0 || a2.ZKSubmitted() != 1 {
		t.Fatalf("after restart: %+v, keys loaded %d times; want submitted as found on chain, no proving", p, calls)
	}
}

func TestAgent_ZKNeedsAProofChain(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	chain := struct{ agent.Chain }{agent.NewSuiteChain(n.Suite, evmtest.Account("operator", 0))}
	dir := t.TempDir()
	ob, err := agent.OpenOutbox(filepath.Join(dir, "outbox.db"))
	must(t, err)
	defer ob.Close()
	local, err := store.NewLocal(filepath.Join(dir, "blocks"))
	must(t, err)
	id, err := age.GenerateX25519Identity()
	must(t, err)
	cfg := agent.Config{Outbox: ob, Store: local, Chain: chain, Keys: agent.DevKeys{}, Recipients: []age.Recipient{id.Recipient()}}
	_, err = agent.New(cfg)
	must(t, err) // fine without ZK
	cfg.ZK = &agent.ZKConfig{}
	if _, err = agent.New(cfg); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("New with ZK over a chain that cannot submit proofs: %v; want EINVALID", err)
	}
}

// Without proving keys the proof fails at once and Flush returns: the token is anchored, unproven.
func TestAgent_ZKWithoutKeysFails(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	chain := agent.NewSuiteChain(n.Suite, evmtest.Account("operator", 0))
	// What zk.LoadDevKeys answers when the keys were never set up.
	z := &agent.ZKConfig{Sizes: []int{zk.TestSize}, Keys: func(size int) (*zk.Keys, error) {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "no development keys of %d records", size)
	}}
	r := newRig(t, chain, nil, nil, func(c *agent.Config) { c.ZK = z })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, err := r.agent.Ingest(ctx, zkRecords("ZK3", 5))
	must(t, err)
	must(t, r.agent.Flush(ctx))
	bs, err := r.outbox.List(ctx, nil)
	must(t, err)
	p, err := r.outbox.ZK(ctx, bs[0].ID)
	must(t, err)
	if bs[0].State != agent.StateAnchored || p.State != agent.ZKFailed || p.LastError == "" {
		t.Fatalf("batch %v, proof %+v; want anchored and the proof failed with its reason", bs[0].State, p)
	}
}
