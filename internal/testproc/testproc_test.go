package testproc_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/datpin/datpin/internal/testproc"
)

func TestRepoRoot(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(testproc.RepoRoot(t), "go.mod"))
	if err != nil || !strings.HasPrefix(string(b), "module github.com/datpin/datpin\n") {
		t.Fatalf("go.mod at the root: %q, %v", b, err)
	}
}

func rpc(t *testing.T, url, method string) string {
	t.Helper()
	body := `{"jsonrpc":"2.0","id":1,"method":"` + method + `","params":[]}`
	resp, err := http.Post(url, "application/json", bytes.NewBufferString(body))
	if err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	defer resp.Body.Close()
	var r struct{ Result json.RawMessage }
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	return string(r.Result)
}

// With a state file anvil keeps its chain and its URL across a restart, and
// its process is gone once stopped.
func TestAnvil_RestartWithState(t *testing.T) {
	a := testproc.StartAnvil(t, testproc.AnvilOptions{State: filepath.Join(t.TempDir(), "state.json")})
	url := a.URL()
	rpc(t, url, "evm_mine")
	rpc(t, url, "evm_mine")
	height := rpc(t, url, "eth_blockNumber")
	pid := a.PID()
	a.Restart()
	if a.URL() != url {
		t.Fatalf("URL after restart %s; want %s", a.URL(), url)
	}
	if a.PID() == pid || a.PID() == 0 {
		t.Fatalf("PID after restart %d; was %d", a.PID(), pid)
	}
	if got := rpc(t, url, "eth_blockNumber"); got != height {
		t.Fatalf("height after restart %s; want %s", got, height)
	}
	if err := syscall.Kill(pid, 0); err == nil {
		t.Fatalf("old anvil (PID %d) still runs", pid)
	}
	a.Stop()
	if a.PID() != 0 {
		t.Fatalf("PID after Stop %d", a.PID())
	}
}

// Kubo stops and starts again on the same repository and port.
func TestKubo_StopStart(t *testing.T) {
	k := testproc.StartKubo(t)
	version := func() error {
		resp, err := http.Post(k.API()+"/api/v0/version", "", nil)
		if err == nil {
			resp.Body.Close()
		}
		return err
	}
	if err := version(); err != nil {
		t.Fatal(err)
	}
	k.Stop()
	k.WaitPortFree()
	if version() == nil {
		t.Fatal("API answers after Stop")
	}
	k.Start()
	if err := version(); err != nil {
		t.Fatalf("after Start: %v", err)
	}
}
