package agent_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/store"
)

// kuboVersion is the Kubo release scripts/kubo.sh builds.
const kuboVersion = "v0.43.1"

// kuboBinary returns the ipfs binary from DATPIN_KUBO or the cache of
// scripts/kubo.sh. Without one the test fails under CI and is skipped
// elsewhere.
func kuboBinary(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("DATPIN_KUBO")
	if bin == "" {
		cache := os.Getenv("DATPIN_CACHE")
		if cache == "" {
			home, _ := os.UserHomeDir()
			cache = filepath.Join(home, ".cache", "datpin")
		}
		bin = filepath.Join(cache, "kubo-"+kuboVersion, "ipfs")
	}
	if _, err := os.Stat(bin); err != nil {
		msg := fmt.Sprintf("no Kubo binary at %s (set DATPIN_KUBO, or build one with `bash scripts/kubo.sh`)", bin)
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return bin
}

// kubo is a private, offline Kubo node on a loopback port, stopped by its
// PID when the test ends.
type kubo struct {
	t    *testing.T
	bin  string
	repo string
	port int
	cmd  *exec.Cmd
	done chan error
}

func startKubo(t *testing.T) *kubo {
	t.Helper()
	k := &kubo{t: t, bin: kuboBinary(t), repo: filepath.Join(t.TempDir(), "ipfs"), port: freePort(t)}
	k.ipfs("init", "--profile=test")
	k.ipfs("config", "Addresses.API", "/ip4/127.0.0.1/tcp/"+strconv.Itoa(k.port))
	k.ipfs("config", "Addresses.Gateway", "/ip4/127.0.0.1/tcp/0")
	k.ipfs("bootstrap", "rm", "--all")
	k.ipfs("config", "Routing.Type", "none")
	k.ipfs("config", "--json", "AutoConf.Enabled", "false")
	k.ipfs("config", "--json", "Discovery.MDNS.Enabled", "false")
	k.Start()
	t.Cleanup(k.Stop)
	return k
}

func (k *kubo) API() string { return "http://127.0.0.1:" + strconv.Itoa(k.port) }

func (k *kubo) ipfs(args ...string) {
	k.t.Helper()
	cmd := exec.Command(k.bin, args...)
	cmd.Env = append(os.Environ(), "IPFS_PATH="+k.repo)
	if out, err := cmd.CombinedOutput(); err != nil {
		k.t.Fatalf("ipfs %v: %v\n%s", args, err, out)
	}
}

// Start runs `ipfs daemon --offline` and waits until its API answers.
func (k *kubo) Start() {
	k.t.Helper()
	log, err := os.OpenFile(filepath.Join(k.repo, "daemon.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	must(k.t, err)
	cmd := exec.Command(k.bin, "daemon", "--offline")
	cmd.Env = append(os.Environ(), "IPFS_PATH="+k.repo)
	cmd.Stdout, cmd.Stderr = log, log
	must(k.t, cmd.Start())
	done := make(chan error, 1)
	go func() { done <- cmd.Wait(); log.Close() }()
	k.cmd, k.done = cmd, done
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Post(k.API()+"/api/v0/version", "", nil)
		if err == nil {
			var v struct{ Version string }
			json.NewDecoder(resp.Body).Decode(&v)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK && v.Version != "" {
				return
			}
		}
		select {
		case err := <-k.done:
			out, _ := os.ReadFile(filepath.Join(k.repo, "daemon.log"))
			k.cmd = nil
			k.t.Fatalf("Kubo daemon exited: %v\n%s", err, out)
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			k.Stop()
			k.t.Fatal("Kubo daemon did not become ready within 60s")
		}
	}
}

// Stop interrupts the daemon by its PID and waits for it.
func (k *kubo) Stop() {
	if k.cmd == nil {
		return
	}
	p := k.cmd.Process
	k.cmd = nil
	p.Signal(os.Interrupt)
	select {
	case <-k.done:
	case <-time.After(20 * time.Second):
		p.Kill()
		<-k.done
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// The real thing: a datpin agent process storing in IPFS Kubo and anchoring
// on anvil. Both are stopped mid-run; the agent keeps acknowledging uploads,
// then stores when Kubo returns and anchors when anvil returns (with its
// chain, from its state file). Every record ends up anchored exactly once,
// and its package is in Kubo.
func TestOutage_AgentProcess_AnvilAndKuboStopped_CatchesUp(t *testing.T) {
	if testing.Short() {
		t.Skip("runs anvil, Kubo and the agent as processes")
	}
	ipfs := startKubo(t)
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
