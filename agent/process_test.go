package agent_test

import (
	"bufio"
	"context"
	"fmt"
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
	"github.com/datpin/datpin/internal/testproc"
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

// anvilNet is a suite deployed on anvil with an operator keystore.
type anvilNet struct {
	anvil     *testproc.Anvil
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
	a := testproc.StartAnvil(t, testproc.AnvilOptions{State: state})
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
