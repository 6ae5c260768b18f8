package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
)

// push splits files at line boundaries into bounded requests, retries a 5xx answer, sends the
// token, and sums the agent's answers; a 403 stops it with the agent's message.
func TestCLI_Push(t *testing.T) {
	var (
		mu     sync.Mutex
		calls  int
		lines  []string
		bodies []int
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		calls++
		if r.URL.Path != "/v1/records" || r.Method != http.MethodPost {
			http.NotFound(w, r)
			return
		}
		if r.Header.Get("Authorization") != "Bearer secret" {
			w.WriteHeader(http.StatusForbidden)
			fmt.Fprint(w, `{"error":{"code":"forbidden","message":"token \"x\" may not upload records of station \"s\""}}`)
			return
		}
		if calls == 2 { // one transient failure
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprint(w, `{"error":{"code":"unavailable","message":"disk busy"}}`)
			return
		}
		b, _ := io.ReadAll(r.Body)
		if len(b) == 0 || b[len(b)-1] != '\n' {
			t.Errorf("request body does not end at a line boundary: %q", b)
		}
		bodies = append(bodies, len(b))
		n := 0
		for l := range strings.SplitSeq(strings.TrimSuffix(string(b), "\n"), "\n") {
			lines = append(lines, l)
			n++
		}
		json.NewEncoder(w).Encode(map[string]int{"accepted": n - 1, "duplicates": 1, "quarantined": 0})
	}))
	defer srv.Close()

	dir := t.TempDir()
	var want []string
	var files []string
	for f := range 2 {
		var buf bytes.Buffer
		for i := range 100 {
			l := fmt.Sprintf(`{"kind":"heartbeat","station":"s%d","n":%d,"pad":"%s"}`, f, i, strings.Repeat("x", i%37))
			want = append(want, l)
			buf.WriteString(l + "\n")
		}
		name := filepath.Join(dir, fmt.Sprintf("f%d.jsonl", f))
		if err := os.WriteFile(name, buf.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
		files = append(files, name)
	}
	args := append([]string{"push", "--agent", srv.URL + "/", "--token", "secret", "--chunk", "2048", "--backoff", "1ms", "--json"}, files...)
	out, err := run(t, args...)
	if err != nil {
		t.Fatalf("push: %v\n%s", err, out)
	}
	var res pushResult
	// The test's output mixes the retry's log line (stderr) with the JSON (stdout).
	if err := json.Unmarshal([]byte(out[strings.Index(out, "{"):]), &res); err != nil {
		t.Fatalf("push --json printed %q", out)
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Fatalf("the agent received %d lines, not the files' %d lines in order", len(lines), len(want))
	}
	for _, n := range bodies {
		if n > 2048 {
			t.Errorf("a request of %d bytes exceeds --chunk 2048", n)
		}
	}
	if res.Files != 2 || res.Retries != 1 || res.Requests != len(bodies)+1 ||
		res.Accepted != len(want)-len(bodies) || res.Duplicates != len(bodies) {
		t.Fatalf("result %+v; want 2 files, 1 retry, %d requests, %d accepted, %d duplicates",
			res, len(bodies)+1, len(want)-len(bodies), len(bodies))
	}

	before := calls
	_, err = run(t, "push", "--agent", srv.URL, "--token", "wrong", files[0])
	if datpin.ErrorCode(err) != datpin.EFORBIDDEN || !strings.Contains(err.Error(), "may not upload") {
		t.Fatalf("push with a bad token: %v; want the agent's forbidden message", err)
	}
	if calls != before+1 {
		t.Fatalf("a 4xx answer was retried: %d requests", calls-before)
	}
	if _, err := run(t, "push", files[0]); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("push without --agent: %v", err)
	}
	if _, err := run(t, "push", "--agent", srv.URL, filepath.Join(dir, "missing.jsonl")); datpin.ErrorCode(err) != datpin.ENOTFOUND {
		t.Fatalf("push of a missing file: %v", err)
	}
}

// agent token --add builds a tokens file the agent loads, and refuses a name twice.
func TestCLI_AgentTokenAdd(t *testing.T) {
	file := filepath.Join(t.TempDir(), "tokens.json")
	tok1, err := run(t, "agent", "token", "gw-1", "A1", "B2", "--add", file)
	if err != nil {
		t.Fatal(err)
	}
	tok2, err := run(t, "agent", "token", "gw-2", "*", "--add", file)
	if err != nil {
		t.Fatal(err)
	}
	tokens, err := agent.LoadTokens(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(tokens.Devices) != 2 || tokens.Devices[0].Name != "gw-1" || strings.Join(tokens.Devices[0].Stations, ",") != "A1,B2" {
		t.Fatalf("tokens file %+v", tokens.Devices)
	}
	for i, tok := range []string{tok1, tok2} {
		sum := sha256.Sum256([]byte(strings.TrimSpace(tok)))
		if tokens.Devices[i].TokenSHA256 != hex.EncodeToString(sum[:]) {
			t.Errorf("entry %d does not hold the SHA-256 of the printed token %q", i, tok)
		}
	}
	if st, err := os.Stat(file); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("tokens file mode %v, %v; want 0600", st.Mode(), err)
	}
	if _, err := run(t, "agent", "token", "gw-1", "--add", file); datpin.ErrorCode(err) != datpin.ECONFLICT {
		t.Fatalf("a second gw-1: %v, want a conflict", err)
	}
}

// Kubo credentials come from DATPIN_IPFS_AUTH, never from a URL that would be printed.
func TestKuboCredentials(t *testing.T) {
	if _, err := newKubo("http://user:secret@127.0.0.1:5001"); datpin.ErrorCode(err) != datpin.EINVALID || strings.Contains(err.Error(), "secret") {
		t.Fatalf("URL with credentials: %v", err)
	}
	t.Setenv("DATPIN_IPFS_AUTH", "Bearer abc")
	k, err := newKubo("http://127.0.0.1:5001")
	if err != nil || k.Authorization != "Bearer abc" {
		t.Fatalf("newKubo: %v, %+v", err, k)
	}
}
