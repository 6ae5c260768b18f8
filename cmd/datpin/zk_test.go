package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/internal/testproc"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/zk"
)

// jsonTail is the JSON document at the end of the output (progress lines come first).
func jsonTail(t *testing.T, out, open string) []byte {
	t.Helper()
	i := strings.Index(out, open)
	if i < 0 {
		t.Fatalf("no JSON in %q", out)
	}
	return []byte(out[i:])
}

func TestCLI_ZKSetupChecksPins(t *testing.T) {
	cache := t.TempDir()
	out, err := run(t, "zk", "setup", "--size", "8", "--cache", cache, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var rows []struct {
		Size   int    `json:"size"`
		VK     string `json:"vkSha256"`
		Pinned bool   `json:"pinned"`
	}
	if err := json.Unmarshal(jsonTail(t, out, "["), &rows); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	if len(rows) != 1 || rows[0].Size != zk.TestSize || !rows[0].Pinned || rows[0].VK != zk.Pinned[zk.TestSize][0] {
		t.Fatalf("zk setup printed %+v", rows)
	}
}

// The bench's fields, on the small circuit: a proof verified by the suite's deployed verifier.
func TestCLI_BenchZKSmall(t *testing.T) {
	t.Setenv("DATPIN_CACHE", t.TempDir())
	out, err := run(t, "bench", "zk", "--sizes", "8", "--out", "", "--json")
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	var res struct {
		Sizes []struct {
			Records     int     `json:"records"`
			Constraints int     `json:"constraints"`
			Prove       float64 `json:"proveSeconds"`
		} `json:"sizes"`
		ProveSeconds1024 *float64 `json:"proveSeconds1024"`
		VerifyGas        uint64   `json:"verifyGas"`
		AddProofGas      uint64   `json:"addProofGas"`
	}
	if err := json.Unmarshal(jsonTail(t, out, "{"), &res); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	if len(res.Sizes) != 1 || res.Sizes[0].Records != 8 || res.Sizes[0].Constraints == 0 || res.Sizes[0].Prove <= 0 {
		t.Fatalf("sizes %+v", res.Sizes)
	}
	if res.ProveSeconds1024 == nil || res.VerifyGas == 0 || res.VerifyGas > 300_000 || res.AddProofGas <= res.VerifyGas-21_000 {
		t.Fatalf("bench zk = %+v", res)
	}
}

// ceremonyOut runs a `zk ceremony` command with --json, mirroring into the store directory
// mirror, and decodes its report.
func ceremonyOut(t *testing.T, mirror string, args ...string) ceremonyReport {
	t.Helper()
	out, err := run(t, append(append([]string{"zk", "ceremony"}, args...), "--json", "--store", mirror)...)
	if err != nil {
		t.Fatalf("zk ceremony %v: %v\n%s", args, err, out)
	}
	var r ceremonyReport
	if err := json.Unmarshal(jsonTail(t, out, "{"), &r); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	return r
}

// A ceremony run through the CLI (init, two validators' contributions to each phase, the two
// seals, verify), then deployed with `deploy --zk-keys` on anvil: status names the transcript's
// CID, while a default deployment on anvil (a development chain) shows the development keys.
func TestCLI_ZKCeremonyDeployStatus(t *testing.T) {
	dir, mirror := filepath.Join(t.TempDir(), "ceremony"), t.TempDir()
	beacon := []string{"--beacon", strings.Repeat("c3", 32), "--beacon-source", "test block hash"}
	r := ceremonyOut(t, mirror, "init", "--dir", dir, "--size", "8")
	if r.Phase != zk.PhasePowers || r.Contributions != 0 || r.CID == "" || !slices.Equal(r.Sizes, []int{zk.TestSize}) {
		t.Fatalf("init = %+v", r)
	}
	if _, err := run(t, "zk", "ceremony", "contribute", "--dir", dir); err == nil {
		t.Fatal("contribute without --name")
	}
	if _, err := run(t, "zk", "ceremony", "contribute", "--dir", dir, "--name", "x", "--address", "nope"); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("contribute with a bad address: %v", err)
	}
	validators := []string{"0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"}
	contribute := func() {
		for i, v := range validators {
			r := ceremonyOut(t, mirror, "contribute", "--dir", dir, "--name", fmt.Sprintf("validator-%d", i+1), "--address", v)
			if r.Step == nil || r.Step.Address != v || r.Step.Hash == "" || len(r.Timings) == 0 {
				t.Fatalf("contribute = %+v", r)
			}
		}
	}
	contribute()
	if _, err := run(t, "zk", "ceremony", "finalize", "--dir", dir, beacon[0], beacon[1], beacon[2], beacon[3]); datpin.ErrorCode(err) != datpin.ECONFLICT {
		t.Fatalf("finalize in phase 1: %v", err)
	}
	if _, err := run(t, "zk", "ceremony", "phase2", "--dir", dir, "--beacon", beacon[1]); err == nil {
		t.Fatal("phase2 without a beacon source")
	}
	if r := ceremonyOut(t, mirror, append([]string{"phase2", "--dir", dir}, beacon...)...); r.Phase != zk.PhaseCircuit || r.Contributions != 2 {
		t.Fatalf("phase2 = %+v", r)
	}
	contribute()
	fin := ceremonyOut(t, mirror, append([]string{"finalize", "--dir", dir}, beacon...)...)
	if fin.Phase != zk.PhaseSealed || fin.Contributions != 4 || len(fin.Keys) != 1 {
		t.Fatalf("finalize = %+v", fin)
	}
	v := ceremonyOut(t, mirror, "verify", "--dir", dir)
	raw, err := os.ReadFile(filepath.Join(dir, zk.TranscriptFile))
	if err != nil {
		t.Fatal(err)
	}
	if v.Verified == nil || !*v.Verified || v.CID != fin.CID || v.CID != store.CID(raw) || len(v.Contributors) != 2 {
		t.Fatalf("verify = %+v (finalize %s)", v, fin.CID)
	}
	// The mirror holds the transcript and every state it names.
	m, err := store.NewLocal(mirror)
	if err != nil {
		t.Fatal(err)
	}
	var tr zk.Transcript
	if err := json.Unmarshal(raw, &tr); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{fin.CID, tr.Phase1[2].States[0].CID, tr.Phase2[2].States[0].CID, fin.Keys[0].VK, fin.Keys[0].PK} {
		if ok, err := m.Has(context.Background(), id); err != nil || !ok {
			t.Fatalf("the mirror lacks %s (%v)", id, err)
		}
	}

	url, _ := anvilChain(t)
	t.Setenv("DATPIN_PASSWORD", "pw")
	key := importKey(t, t.TempDir(), evm.AnvilAccount(0))
	status := func(addrs string) Status {
		t.Helper()
		out, err := run(t, "status", "--rpc", url, "--addresses", addrs, "--json")
		if err != nil {
			t.Fatal(err)
		}
		var st Status
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatalf("status printed %q: %v", out, err)
		}
		return st
	}
	addrs := filepath.Join(t.TempDir(), "ceremony.json")
	if out, err := run(t, "deploy", "--rpc", url, "--key", key, "--zk-keys", dir, "--out", addrs, "--json"); err != nil {
		t.Fatalf("deploy --zk-keys: %v\n%s", err, out)
	}
	if st := status(addrs); st.ZKKeys != "ceremony" || st.ZKKeySet != fin.CID || len(st.ZKSizes) != 1 || st.ZKSizes[zk.TestSize] == "" {
		t.Fatalf("status of the ceremony deployment: %+v", st)
	}
	devAddrs := filepath.Join(t.TempDir(), "dev.json")
	if out, err := run(t, "deploy", "--rpc", url, "--key", key, "--out", devAddrs); err != nil || !strings.Contains(out, "keys: dev") {
		t.Fatalf("deploy on anvil with dev keys: %v\n%s", err, out)
	}
	if st := status(devAddrs); st.ZKKeys != "dev" || st.ZKKeySet != evm.ZKKeySetDev {
		t.Fatalf("status of the development deployment: %+v", st)
	}
}

// The deploy guard: development keys only on the local development chains, or with the loudly
// named flag and a warning; a ceremony directory must be finalized; the two options exclude
// each other.
func TestDeployZKKeys_Guard(t *testing.T) {
	var w bytes.Buffer
	for _, id := range []uint64{1337, 31337} {
		k, err := deployZKKeys(id, "", false, &w)
		if err != nil || k.Set != evm.ZKKeySetDev || k.InsecureAnyChain || w.Len() != 0 {
			t.Fatalf("chain %d: %+v %v %q", id, k, err, w.String())
		}
	}
	for _, id := range []uint64{1, 10, 11155111} {
		if _, err := deployZKKeys(id, "", false, &w); datpin.ErrorCode(err) != datpin.EUNAUTHORIZED || !strings.Contains(err.Error(), "--zk-keys") {
			t.Fatalf("dev keys on chain %d: %v; want EUNAUTHORIZED", id, err)
		}
	}
	k, err := deployZKKeys(1, "", true, &w)
	if err != nil || !k.InsecureAnyChain || !strings.Contains(w.String(), "WARNING") || !strings.Contains(w.String(), "forge") {
		t.Fatalf("--zk-insecure-dev-keys: %+v %v %q", k, err, w.String())
	}
	dir := t.TempDir()
	if _, err := zk.InitCeremony(context.Background(), dir, []int{zk.TestSize}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := deployZKKeys(1, dir, false, &w); datpin.ErrorCode(err) != datpin.EINVALID || !strings.Contains(err.Error(), "not finalized") {
		t.Fatalf("an unfinished ceremony: %v", err)
	}
	if _, err := deployZKKeys(31337, dir, true, &w); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("both flags: %v", err)
	}
}

// `datpin deploy` on a chain that is not a development chain (anvil with chain id 10) refuses the
// development keys before sending anything, and deploys them with --zk-insecure-dev-keys.
func TestCLI_DeployRefusesDevKeysOnOtherChains(t *testing.T) {
	url := startAnvilChainID(t, 10)
	t.Setenv("DATPIN_PASSWORD", "pw")
	key := importKey(t, t.TempDir(), evm.AnvilAccount(0))
	out, err := run(t, "deploy", "--rpc", url, "--key", key)
	if datpin.ErrorCode(err) != datpin.EUNAUTHORIZED || !strings.Contains(err.Error(), "chain 10") {
		t.Fatalf("deploy with dev keys on chain 10: %v\n%s", err, out)
	}
	chain, err := evm.Dial(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	if n, err := chain.Client.BlockNumber(context.Background()); err != nil || n != 0 {
		t.Fatalf("the refused deploy mined %d blocks (%v)", n, err)
	}
	addrs := filepath.Join(t.TempDir(), "a.json")
	out, err = run(t, "deploy", "--rpc", url, "--key", key, "--zk-insecure-dev-keys", "--out", addrs)
	if err != nil || !strings.Contains(out, "WARNING") {
		t.Fatalf("deploy --zk-insecure-dev-keys: %v\n%s", err, out)
	}
	out, err = run(t, "status", "--rpc", url, "--addresses", addrs)
	if err != nil || !strings.Contains(out, "PUBLIC development keys") {
		t.Fatalf("status of an insecure deployment: %v\n%s", err, out)
	}
}

// startAnvilChainID starts anvil with another chain id on a free loopback port; it is killed by
// its PID when the test ends.
func startAnvilChainID(t *testing.T, id int) string {
	t.Helper()
	port := testproc.FreePort(t)
	cmd := exec.Command(testproc.AnvilBinary(t), "--host", "127.0.0.1", "--port", strconv.Itoa(port), "--chain-id", strconv.Itoa(id))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	for deadline := time.Now().Add(30 * time.Second); ; {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), time.Second)
		if err == nil {
			c.Close()
			return url
		}
		if time.Now().After(deadline) {
			t.Fatalf("anvil --chain-id %d did not listen on %d", id, port)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
