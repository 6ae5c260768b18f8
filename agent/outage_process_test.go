package agent_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/internal/testproc"
	"github.com/datpin/datpin/store"
)

// The real thing: a datpin agent process storing in IPFS Kubo and anchoring
// on anvil. Both are stopped mid-run; the agent keeps acknowledging uploads,
// then stores when Kubo returns and anchors when anvil returns (with its
// chain, from its state file). Every record ends up anchored exactly once,
// and its package is in Kubo.
func TestOutage_AgentProcess_AnvilAndKuboStopped_CatchesUp(t *testing.T) {
	if testing.Short() {
		t.Skip("runs anvil, Kubo and the agent as processes")
	}
	ipfs := testproc.StartKubo(t)
	dir := t.TempDir()
	n := newAnvilNetWith(t, filepath.Join(dir, "anvil-state.json"))

	rng := rand.New(rand.NewPCG(3, 4))
	recs := workload(rng, 4, 3, 30)
	var phase1, phase2 []datpin.Record
	for _, r := range recs {
		if r.Time < 18691*86400*1000 {
			phase1 = append(phase1, r)
		} else {
			phase2 = append(phase2, r)
		}
	}
	state := filepath.Join(dir, "state")
	tok, entry := agent.NewToken("gw", []string{"*"})
	tb, _ := json.Marshal(agent.Tokens{Devices: []agent.TokenEntry{entry}})
	tokens := filepath.Join(dir, "tokens.json")
	must(t, os.WriteFile(tokens, tb, 0o600))
	logf, err := os.Create(filepath.Join(dir, "agent.log"))
	must(t, err)
	defer logf.Close()
	p := startDatpin(t, logf, true, []string{"DATPIN_PASSWORD=pw"}, "agent", "--rpc", n.url, "--key", n.keyFile,
		"--addresses", n.addresses, "--state", state, "--tokens", tokens, "--listen", "127.0.0.1:0", "--ipfs", ipfs.API(),
		"--dev-keys", "--onboard", "--seal-after", "200ms", "--anchor-linger", "200ms", "--log-level", "debug")
	defer p.kill()

	upload := func(recs []datpin.Record) {
		t.Helper()
		var next atomic.Int64
		bodies := jsonlChunks(t, recs, 10)
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() {
			uploader(p.addr, tok, bodies, &next, 0, stop)
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			close(stop)
			t.Fatalf("uploads not acknowledged: %d of %d\n%s", next.Load(), len(bodies), tail(logf.Name()))
		}
	}
	status := func() *agent.Status {
		st, err := agentStatus(p.addr)
		must(t, err)
		return st
	}
	wait := func(what string, cond func(*agent.Status) bool) {
		t.Helper()
		deadline := time.Now().Add(90 * time.Second)
		for {
			st := status()
			if cond(st) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s: %+v\n%s", what, st, tail(logf.Name()))
			}
			time.Sleep(100 * time.Millisecond)
		}
	}

	upload(phase1)
	wait("phase 1 anchored", func(s *agent.Status) bool { return s.Pending == 0 })
	anchored := status().Batches["anchored"]

	// Chain and store down.
	n.anvil.Stop()
	ipfs.Stop()
	upload(phase2) // acknowledged while both are down
	wait("phase 2 packaged", func(s *agent.Status) bool {
		return s.Batches["open"] == 0 && s.Batches["sealed"] == 0 && s.Batches["packaged"] > 0
	})
	time.Sleep(time.Second)
	if s := status(); s.Batches["stored"] != 0 || s.Batches["anchored"] != anchored {
		t.Fatalf("progress while down: %+v", s)
	}

	// The store returns: packages are stored; the chain is still down.
	ipfs.Start()
	wait("phase 2 stored", func(s *agent.Status) bool { return s.Batches["packaged"] == 0 && s.Batches["stored"] > 0 })
	if s := status(); s.Batches["anchored"] != anchored {
		t.Fatalf("anchored without a chain: %+v", s)
	}

	// The chain returns: everything is anchored.
	n.anvil.Start()
	wait("catch-up", func(s *agent.Status) bool { return s.Pending == 0 })
	p.terminate(t)

	k, err := store.NewKubo(ipfs.API())
	must(t, err)
	verifyExactlyOnce(t, n, state, k, recs)
}
