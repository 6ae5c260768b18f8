package testproc

import (
	"encoding/json"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// KuboVersion is the Kubo release scripts/kubo.sh builds.
const KuboVersion = "v0.43.1"

// KuboBinary returns the ipfs binary from DATPIN_KUBO, else from the cache of
// scripts/kubo.sh: ${DATPIN_CACHE:-$HOME/.cache/datpin}/kubo-<version>/ipfs.
func KuboBinary(tb testing.TB) string {
	tb.Helper()
	bin := os.Getenv("DATPIN_KUBO")
	if bin == "" {
		cache := os.Getenv("DATPIN_CACHE")
		if cache == "" {
			home, _ := os.UserHomeDir()
			cache = filepath.Join(home, ".cache", "datpin")
		}
		bin = filepath.Join(cache, "kubo-"+KuboVersion, "ipfs")
	}
	requireBinary(tb, bin, "Kubo binary", "set DATPIN_KUBO, or build one with `bash scripts/kubo.sh`")
	return bin
}

// Kubo is a private, offline Kubo node on a loopback port. Stop and Start
// stop it and run it again on the same repository and port.
type Kubo struct {
	tb   testing.TB
	bin  string
	repo string
	port int
	cmd  *exec.Cmd
	done chan error
}

// StartKubo initializes a fresh repository, makes it private and starts its
// daemon; the test's cleanup stops it.
func StartKubo(tb testing.TB) *Kubo {
	tb.Helper()
	k := &Kubo{tb: tb, bin: KuboBinary(tb), repo: filepath.Join(tb.TempDir(), "ipfs"), port: FreePort(tb)}
	k.ipfs("init", "--profile=test")
	// Private: API on our port, no bootstrap peers, no routing, no automatic
	// configuration from the network, no mDNS.
	k.ipfs("config", "Addresses.API", "/ip4/127.0.0.1/tcp/"+strconv.Itoa(k.port))
	k.ipfs("config", "Addresses.Gateway", "/ip4/127.0.0.1/tcp/0")
	k.ipfs("bootstrap", "rm", "--all")
	k.ipfs("config", "Routing.Type", "none")
	k.ipfs("config", "--json", "AutoConf.Enabled", "false")
	k.ipfs("config", "--json", "Discovery.MDNS.Enabled", "false")
	k.Start()
	tb.Cleanup(k.Stop)
	return k
}

// API returns the daemon's HTTP API URL.
func (k *Kubo) API() string { return "http://127.0.0.1:" + strconv.Itoa(k.port) }

// Port returns the API's port.
func (k *Kubo) Port() int { return k.port }

func (k *Kubo) env() []string { return append(os.Environ(), "IPFS_PATH="+k.repo) }

func (k *Kubo) ipfs(args ...string) {
	k.tb.Helper()
	cmd := exec.Command(k.bin, args...)
	cmd.Env = k.env()
	if out, err := cmd.CombinedOutput(); err != nil {
		k.tb.Fatalf("ipfs %v: %v\n%s", args, err, out)
	}
}

// Start runs `ipfs daemon --offline` and waits until its API answers. Its
// output is appended to daemon.log in the repository.
func (k *Kubo) Start() {
	k.tb.Helper()
	logPath := filepath.Join(k.repo, "daemon.log")
	log, err := os.OpenFile(logPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		k.tb.Fatal(err)
	}
	cmd := exec.Command(k.bin, "daemon", "--offline")
	cmd.Env = k.env()
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		log.Close()
		k.tb.Fatal(err)
	}
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
			k.cmd = nil
			out, _ := os.ReadFile(logPath)
			k.tb.Fatalf("Kubo daemon exited: %v\n%s", err, out)
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			k.Stop()
			k.tb.Fatal("Kubo daemon did not become ready within 60s")
		}
	}
}

// Stop interrupts the daemon by its PID, waits for it, and kills it if it
// lingers. Stopping a stopped daemon does nothing.
func (k *Kubo) Stop() {
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

// WaitPortFree waits until nothing accepts connections on the API's port.
func (k *Kubo) WaitPortFree() {
	k.tb.Helper()
	for range 100 {
		c, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(k.port), 100*time.Millisecond)
		if err != nil {
			return
		}
		c.Close()
		time.Sleep(50 * time.Millisecond)
	}
	k.tb.Fatal("daemon port still open")
}
