package agent_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/datpin/datpin/evm"
)

// Helpers for tests that run datpin as a real process against anvil.

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// datpinBinary builds the datpin command once per test run.
func datpinBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "datpin-bin-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "datpin")
		cmd := exec.Command("go", "build", "-o", binPath, "github.com/datpin/datpin/cmd/datpin")
		out, err := cmd.CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// anvilBinary finds anvil: $DATPIN_ANVIL, else .tools/bin/anvil in the
// checkout. Without it the test fails under CI and is skipped otherwise.
func anvilBinary(t *testing.T) string {
	t.Helper()
	p := os.Getenv("DATPIN_ANVIL")
	if p == "" {
		p, _ = filepath.Abs(filepath.Join("..", ".tools", "bin", "anvil"))
	}
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("anvil not found at %s (install it with `bash scripts/tools.sh` or set DATPIN_ANVIL)", p)
		}
		t.Skipf("anvil not found at %s: install it with `bash scripts/tools.sh` (or set DATPIN_ANVIL)", p)
	}
	return p
}

var listeningRE = regexp.MustCompile(`Listening on (127\.0\.0\.1:\d+)`)

// anvilProc is an anvil node on loopback, killed by its PID when the test
// ends. With a state file it keeps its chain across Stop and Start.
type anvilProc struct {
	t     *testing.T
	bin   string
	port  string // "0" until the first start
	state string
	cmd   *exec.Cmd
	done  chan struct{}
}

// startAnvil starts anvil on a free loopback port; state, if not empty, is
// the file anvil loads its chain from and dumps it to when stopped.
func startAnvil(t *testing.T, state string) *anvilProc {
	t.Helper()
	a := &anvilProc{t: t, bin: anvilBinary(t), port: "0", state: state}
	a.Start()
	t.Cleanup(a.Kill)
	return a
}

func (a *anvilProc) URL() string { return "http://127.0.0.1:" + a.port }

// Start starts anvil (on the port of its first start) and waits until it listens.
func (a *anvilProc) Start() {
	a.t.Helper()
	args := []string{"--host", "127.0.0.1", "--port", a.port}
	if a.state != "" {
		args = append(args, "--state", a.state)
	}
	cmd := exec.Command(a.bin, args...)
	stdout, err := cmd.StdoutPipe()
	must(a.t, err)
	cmd.Stderr = cmd.Stdout
	must(a.t, cmd.Start())
	a.cmd, a.done = cmd, make(chan struct{})
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := listeningRE.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
				break
			}
		}
		io.Copy(io.Discard, stdout)
		cmd.Wait()
		close(a.done)
	}()
	select {
	case hp := <-addr:
		_, a.port, _ = strings.Cut(hp, ":")
	case <-time.After(30 * time.Second):
		a.Kill()
		a.t.Fatal("anvil did not start")
	}
}

// Stop stops anvil gracefully (SIGTERM), so that it dumps its state.
func (a *anvilProc) Stop() {
	if a.cmd == nil {
		return
	}
	a.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-a.done:
	case <-time.After(20 * time.Second):
		a.cmd.Process.Kill()
		<-a.done
	}
	a.cmd = nil
}

// Kill kills anvil by its PID.
func (a *anvilProc) Kill() {
	if a.cmd == nil {
		return
	}
	a.cmd.Process.Kill()
	<-a.done
	a.cmd = nil
}

// anvilNet is a suite deployed on anvil with an operator keystore.
type anvilNet struct {
	anvil     *anvilProc
	url       string
	chain     *evm.Chain
	suite     *evm.Suite
	addresses string // addresses file
	keyFile   string // operator keystore (password "pw")
	operator  *evm.Account
}

func newAnvilNet(t *testing.T) *anvilNet { return newAnvilNetWith(t, "") }

// newAnvilNetWith starts anvil (with a state file if not empty) and deploys
// the suite from anvil's first account.
func newAnvilNetWith(t *testing.T, state string) *anvilNet {
	t.Helper()
	a := startAnvil(t, state)
	ctx := context.Background()
	chain, err := evm.Dial(ctx, a.URL())
	must(t, err)
	t.Cleanup(func() { chain.Close() })
	suite, err := evm.Deploy(ctx, chain, evm.AnvilAccount(0), evm.DefaultConfig())
	must(t, err)
	dir := t.TempDir()
	n := &anvilNet{anvil: a, url: a.URL(), chain: chain, suite: suite, addresses: filepath.Join(dir, "addresses.json"), operator: evm.AnvilAccount(1)}
	must(t, evm.WriteAddresses(n.addresses, suite.Addresses))
	ks := keystore.NewKeyStore(filepath.Join(dir, "keys"), keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.ImportECDSA(n.operator.Key, "pw")
	must(t, err)
	n.keyFile = acct.URL.Path
	return n
}

// proc is a running datpin process.
type proc struct {
	cmd    *exec.Cmd
	addr   string // "listening on" address, for the agent
	logf   *os.File
	exited chan struct{}
	err    error
}

var agentListenRE = regexp.MustCompile(`listening on http://(\S+)`)

// startDatpin starts the datpin binary with args; its stderr goes to log.
// If waitListen, it waits for the agent's "listening on" line.
func startDatpin(t *testing.T, log *os.File, waitListen bool, env []string, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(datpinBinary(t), args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = log
	stdout, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	p := &proc{cmd: cmd, logf: log, exited: make(chan struct{})}
	lines := make(chan string, 1)
	var out strings.Builder
	var mu sync.Mutex
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			mu.Lock()
			out.WriteString(sc.Text() + "\n")
			mu.Unlock()
			select {
			case lines <- sc.Text():
			default:
			}
		}
	}()
	go func() {
		p.err = cmd.Wait()
		close(p.exited)
	}()
	if !waitListen {
		return p
	}
	deadline := time.After(60 * time.Second)
	for {
		select {
		case l := <-lines:
			if m := agentListenRE.FindStringSubmatch(l); m != nil {
				p.addr = m[1]
				return p
			}
		case <-p.exited:
			t.Fatalf("datpin exited before listening: %v\n%s", p.err, tail(log.Name()))
		case <-deadline:
			p.kill()
			t.Fatalf("datpin did not start listening\n%s", tail(log.Name()))
		}
	}
}

func (p *proc) kill() {
	p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.exited
}

func (p *proc) terminate(t *testing.T) {
	t.Helper()
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.exited:
	case <-time.After(30 * time.Second):
		p.kill()
		t.Fatal("datpin did not stop on SIGTERM")
	}
	if p.err != nil {
		t.Fatalf("datpin exited with %v after SIGTERM\n%s", p.err, tail(p.logf.Name()))
	}
}

// tail returns the end of a log file, for failure messages.
func tail(path string) string {
	b, _ := os.ReadFile(path)
	if len(b) > 6000 {
		b = b[len(b)-6000:]
	}
	return string(b)
}
