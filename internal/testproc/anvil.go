package testproc

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// AnvilBinary returns anvil from DATPIN_ANVIL, else .tools/bin/anvil in the
// repository, where scripts/tools.sh installs it.
func AnvilBinary(tb testing.TB) string {
	tb.Helper()
	bin := os.Getenv("DATPIN_ANVIL")
	if bin == "" {
		bin = filepath.Join(RepoRoot(tb), ".tools", "bin", "anvil")
	}
	requireBinary(tb, bin, "anvil", "install it with `bash scripts/tools.sh`, or set DATPIN_ANVIL")
	return bin
}

// AnvilOptions configures StartAnvil.
type AnvilOptions struct {
	// State, if not empty, is the file anvil loads its chain from and dumps
	// it to when stopped, so that the chain survives Stop and Start.
	State string
}

var listeningRE = regexp.MustCompile(`Listening on (127\.0\.0\.1:\d+)`)

// Anvil is an anvil node on loopback, killed by its PID when the test ends.
type Anvil struct {
	tb    testing.TB
	bin   string
	port  string // "0" until the first start
	state string
	cmd   *exec.Cmd
	done  chan struct{}
}

// StartAnvil starts anvil on a free loopback port and waits until it
// listens.
func StartAnvil(tb testing.TB, opts AnvilOptions) *Anvil {
	tb.Helper()
	a := &Anvil{tb: tb, bin: AnvilBinary(tb), port: "0", state: opts.State}
	a.Start()
	tb.Cleanup(a.Kill)
	return a
}

// URL returns the JSON-RPC URL.
func (a *Anvil) URL() string { return "http://127.0.0.1:" + a.port }

// PID returns the process's ID, or 0 while it is stopped.
func (a *Anvil) PID() int {
	if a.cmd == nil {
		return 0
	}
	return a.cmd.Process.Pid
}

// Start starts anvil (on the port of its first start, with the state file if
// any) and waits until it listens.
func (a *Anvil) Start() {
	a.tb.Helper()
	args := []string{"--host", "127.0.0.1", "--port", a.port}
	if a.state != "" {
		args = append(args, "--state", a.state)
	}
	cmd := exec.Command(a.bin, args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		a.tb.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		a.tb.Fatalf("start anvil: %v", err)
	}
	a.cmd, a.done = cmd, make(chan struct{})
	addr := make(chan string, 1)
	var early strings.Builder // output before "Listening on", for failures
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := listeningRE.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
				break
			}
			fmt.Fprintln(&early, sc.Text())
		}
		io.Copy(io.Discard, stdout) // keep draining so anvil never blocks on a full pipe
		cmd.Wait()
		close(a.done)
	}()
	select {
	case hp := <-addr:
		_, a.port, _ = strings.Cut(hp, ":")
	case <-a.done:
		a.cmd = nil
		a.tb.Fatalf("anvil exited without listening\n%s", early.String())
	case <-time.After(30 * time.Second):
		a.Kill()
		a.tb.Fatal("anvil did not start listening within 30s")
	}
}

// Stop stops anvil gracefully (SIGTERM), so that it dumps its state, and
// kills it if it lingers. Stopping a stopped anvil does nothing.
func (a *Anvil) Stop() {
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

// Restart stops anvil gracefully and starts it again on the same port; with a
// state file it keeps its chain.
func (a *Anvil) Restart() {
	a.tb.Helper()
	a.Stop()
	a.Start()
}

// Kill kills anvil by its PID and waits for it.
func (a *Anvil) Kill() {
	if a.cmd == nil {
		return
	}
	a.cmd.Process.Kill()
	<-a.done
	a.cmd = nil
}
