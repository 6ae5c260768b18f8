package store_test

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
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
		msg := fmt.Sprintf("no Kubo binary at %s (set DATPIN_KUBO, or run scripts/kubo.sh to build one)", bin)
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return bin
}

// kuboDaemon is a private, offline Kubo node on a loopback port.
type kuboDaemon struct {
	t    *testing.T
	bin  string
	repo string
	port int
	cmd  *exec.Cmd
	done chan error
}

// startKubo initializes a fresh repository and starts its daemon; the test's
// cleanup stops it.
func startKubo(t *testing.T) *kuboDaemon {
	t.Helper()
	d := &kuboDaemon{t: t, bin: kuboBinary(t), repo: filepath.Join(t.TempDir(), "ipfs"), port: freePort(t)}
	d.ipfs("init", "--profile=test")
	d.configure()
	d.start()
	t.Cleanup(d.stop)
	return d
}

func (d *kuboDaemon) api() string { return "http://127.0.0.1:" + strconv.Itoa(d.port) }

func (d *kuboDaemon) env() []string { return append(os.Environ(), "IPFS_PATH="+d.repo) }

func (d *kuboDaemon) ipfs(args ...string) {
	d.t.Helper()
	cmd := exec.Command(d.bin, args...)
	cmd.Env = d.env()
	if out, err := cmd.CombinedOutput(); err != nil {
		d.t.Fatalf("ipfs %v: %v\n%s", args, err, out)
	}
}

// configure makes the node private: API on our port, no bootstrap peers, no
// routing, no automatic configuration from the network, no mDNS.
func (d *kuboDaemon) configure() {
	d.t.Helper()
	d.ipfs("config", "Addresses.API", "/ip4/127.0.0.1/tcp/"+strconv.Itoa(d.port))
	d.ipfs("config", "Addresses.Gateway", "/ip4/127.0.0.1/tcp/0")
	d.ipfs("bootstrap", "rm", "--all")
	d.ipfs("config", "Routing.Type", "none")
	d.ipfs("config", "--json", "AutoConf.Enabled", "false")
	d.ipfs("config", "--json", "Discovery.MDNS.Enabled", "false")
}

// start runs `ipfs daemon --offline` and waits until its API answers.
func (d *kuboDaemon) start() {
	d.t.Helper()
	log, err := os.Create(filepath.Join(d.repo, "daemon.log"))
	if err != nil {
		d.t.Fatal(err)
	}
	cmd := exec.Command(d.bin, "daemon", "--offline")
	cmd.Env = d.env()
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		d.t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait(); log.Close() }()
	d.cmd, d.done = cmd, done
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Post(d.api()+"/api/v0/version", "", nil)
		if err == nil {
			var v struct{ Version string }
			json.NewDecoder(resp.Body).Decode(&v)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK && v.Version != "" {
				return
			}
		}
		select {
		case err := <-d.done:
			d.done <- err
			out, _ := os.ReadFile(filepath.Join(d.repo, "daemon.log"))
			d.t.Fatalf("Kubo daemon exited: %v\n%s", err, out)
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			d.stop()
			d.t.Fatal("Kubo daemon did not become ready within 60s")
		}
	}
}

// stop interrupts the daemon by its PID, waits for it, and kills it if it
// lingers. Stopping a stopped daemon does nothing.
func (d *kuboDaemon) stop() {
	if d.cmd == nil {
		return
	}
	p := d.cmd.Process
	d.cmd = nil
	p.Signal(os.Interrupt)
	select {
	case <-d.done:
	case <-time.After(20 * time.Second):
		p.Kill()
		<-d.done
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// waitPortFree waits until nothing accepts connections on the daemon's port.
func (d *kuboDaemon) waitPortFree() {
	for range 100 {
		c, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(d.port), 100*time.Millisecond)
		if err != nil {
			return
		}
		c.Close()
		time.Sleep(50 * time.Millisecond)
	}
	d.t.Fatal("daemon port still open")
}
