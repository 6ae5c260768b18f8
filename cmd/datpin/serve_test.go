package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/index/indextest"
)

// The fixture network on anvil; then `datpin claim` claims the operator's rewards and
// `datpin serve` indexes the deployment and serves what happened, claims included.
func TestCLI_ClaimAndServeOnAnvil(t *testing.T) {
	ctx := context.Background()
	url, chain := anvilChain(t)
	n := evmtest.NewOn(t, chain, evm.AnvilAccount(0), evm.DefaultConfig())
	operator := evm.AnvilAccount(1)
	f := indextest.BuildOn(t, n, operator, []*evm.Account{evm.AnvilAccount(2), evm.AnvilAccount(3), evm.AnvilAccount(4)})

	dir := t.TempDir()
	addrs := writeAddresses(t, dir, n.Suite)
	t.Setenv("DATPIN_PASSWORD", "claim test")
	keyFile := importKey(t, filepath.Join(dir, "keys"), operator)

	// Errors first: no chain, a malformed token id.
	if _, err := run(t, "claim"); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("claim without --rpc: %v", err)
	}
	_, err := run(t, "claim", "--rpc", url, "--addresses", addrs, "--key", keyFile, "0")
	if datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("claim of token 0: %v", err)
	}

	before, err := n.Suite.TokenBalance(ctx, operator.Address)
	n.Must(err)
	out, err := run(t, "claim", "--rpc", url, "--addresses", addrs, "--key", keyFile, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var res ClaimResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("claim printed %q: %v", out, err)
	}
	after, err := n.Suite.TokenBalance(ctx, operator.Address)
	n.Must(err)
	gained := new(big.Int).Sub(after, before)
	finalized := 0
	for i := 0; i < f.Tokens(); i++ {
		if st, _ := f.Expected(f.First + uint64(i)); st == "finalized" {
			finalized++
		}
	}
	if len(res.Tokens) != finalized || res.Claimed != gained.String() || len(res.Transactions) != 1 {
		t.Fatalf("claim %+v; want %d tokens and %s claimed", res, finalized, gained)
	}
	// The whole emission went to the operator's tokens, but for rounding.
	if short := new(big.Int).Sub(indextest.Emission(), gained); short.Sign() < 0 || short.Cmp(big.NewInt(100)) > 0 {
		t.Fatalf("claimed %s of an emission of %s", gained, indextest.Emission())
	}
	// Nothing is left: a second claim finds no token with revenue pending.
	out, err = run(t, "claim", "--rpc", url, "--addresses", addrs, "--key", keyFile, "--json")
	if err != nil || !strings.Contains(out, `"claimed": "0"`) {
		t.Fatalf("second claim: %s %v", out, err)
	}

	// serve, with an admin token file.
	tokenFile := filepath.Join(dir, "admin.token")
	const adminToken = "serve-test-admin-token-42"
	if err := os.WriteFile(tokenFile, []byte(adminToken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	listen := freeAddr(t)
	sctx, stop := context.WithCancel(ctx)
	root := newRootCmd()
	var logs bytes.Buffer
	root.SetOut(&logs)
	root.SetErr(&logs)
	root.SetArgs([]string{"serve", "--rpc", url, "--addresses", addrs, "--listen", listen,
		"--db", filepath.Join(dir, "index.db"), "--admin-token-file", tokenFile, "--poll", "100ms"})
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(sctx) }()
	defer func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
		if strings.Contains(logs.String(), adminToken) {
			t.Error("serve logged the admin token")
		}
	}()

	base := "http://" + listen + "/api/v1/"
	var st struct {
		Counts struct{ Tokens, Claims, Stations int }
		Index  struct{ Lag uint64 }
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		if code, body := httpDo(t, "GET", base+"status", ""); code == 200 {
			_ = json.Unmarshal(body, &st)
			if st.Counts.Tokens == f.Tokens() && st.Counts.Claims == finalized {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not index the deployment: %+v\n%s", st, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	if st.Counts.Stations != len(f.Stations) {
		t.Fatalf("status %+v", st)
	}
	// Block times reach the index whether or not the node puts them in logs.
	var dat struct {
		AnchoredAt uint64 `json:"anchoredAt"`
		Block      uint64 `json:"block"`
		Claims     []struct{ Time uint64 }
	}
	if code, body := httpDo(t, "GET", base+"dats/"+fmt.Sprint(f.First), ""); code != 200 || json.Unmarshal(body, &dat) != nil {
		t.Fatalf("dat %d: %d %s", f.First, code, body)
	}
	h, err := chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(dat.Block))
	n.Must(err)
	if dat.AnchoredAt != h.Time || len(dat.Claims) != 1 || dat.Claims[0].Time < h.Time {
		t.Fatalf("dat %d anchored at %d (block time %d), claims %+v", f.First, dat.AnchoredAt, h.Time, dat.Claims)
	}
	if code, _ := httpDo(t, "POST", base+"admin/pause", ""); code != 401 {
		t.Fatalf("pause without token: %d", code)
	}
	if code, body := httpDo(t, "POST", base+"admin/pause", adminToken); code != 200 || !strings.Contains(string(body), `"paused": true`) {
		t.Fatalf("pause with token: %d %s", code, body)
	}
	if code, body := httpDo(t, "GET", "http://"+listen+"/", ""); code != 200 || !bytes.Contains(body, []byte("DAT explorer")) {
		t.Fatalf("dashboard: %d", code)
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func httpDo(t *testing.T, method, url, token string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, []byte(fmt.Sprint(err))
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	_, _ = b.ReadFrom(resp.Body)
	return resp.StatusCode, b.Bytes()
}

// demo --serve prints the report, then serves the demo's chain until stopped.
func TestCLI_DemoServe(t *testing.T) {
	listen := freeAddr(t)
	ctx, stop := context.WithCancel(context.Background())
	root := newRootCmd()
	var out, errs bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errs)
	root.SetArgs([]string{"demo", "--serve", "--stations", "4", "--days", "2", "--validators", "3", "--listen", listen, "--json"})
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()
	var st struct {
		Counts struct{ Tokens, Stations, Validators int }
	}
	deadline := time.Now().Add(2 * time.Minute)
	for st.Counts.Tokens != 8 {
		if time.Now().After(deadline) {
			stop()
			t.Fatalf("demo --serve never served its 8 tokens: %+v\n%s", st, errs.String())
		}
		time.Sleep(200 * time.Millisecond)
		if code, body := httpDo(t, "GET", "http://"+listen+"/api/v1/status", ""); code == 200 {
			_ = json.Unmarshal(body, &st)
		}
	}
	var rep struct{ Contributions int }
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil || rep.Contributions != 8 {
		t.Fatalf("report before serving: %q %v", out.String(), err)
	}
	if st.Counts.Stations != 4 || st.Counts.Validators != 3 {
		t.Fatalf("status %+v", st)
	}
	// The served demo's receipts are recomputed from its packages and match the chain.
	var rc struct {
		Status     string
		Recomputed struct{ Available, Matches bool }
	}
	code, body := httpDo(t, "GET", "http://"+listen+"/api/v1/dats/8/explain", "")
	if err := json.Unmarshal(body, &rc); code != 200 || err != nil || !rc.Recomputed.Available || (rc.Status == "finalized" && !rc.Recomputed.Matches) {
		t.Fatalf("receipt of token 8: %d %s", code, body)
	}
	stop()
	if err := <-done; err != nil {
		t.Fatalf("demo --serve: %v", err)
	}
}
