package network

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/internal/testproc"
)

const (
	validators = 3
	agents     = 3
	quorum     = 2
)

// A full round across processes: every station-day pushed to an agent is anchored by its
// operator, re-evaluated by three independent validators that commit and reveal on anvil's clock,
// and finalized (or rejected below the threshold) at the score they agree on, which for an honest
// network is the edge score; the index behind the API agrees with the chain; `down` stops every
// process by its PID.
func TestNetwork(t *testing.T) {
	anvil, kubo := testproc.AnvilBinary(t), testproc.KuboBinary(t)
	root := testproc.RepoRoot(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "datpin")
	build := exec.Command("go", "build", "-o", bin, "./cmd/datpin")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build datpin: %v\n%s", err, out)
	}
	var pw [16]byte
	rand.Read(pw[:])
	ports := map[string]int{
		"ANVIL": testproc.FreePort(t), "KUBO": testproc.FreePort(t), "SERVE": testproc.FreePort(t),
		"AGENT": freeRun(t, agents), "VALIDATOR": freeRun(t, validators), "GATEWAY": testproc.FreePort(t),
	}
	netDir := filepath.Join(dir, "net")
	env := append(os.Environ(), "DATPIN_BIN="+bin, "DATPIN_ANVIL="+anvil, "DATPIN_KUBO="+kubo,
		"DATPIN_PASSWORD="+hex.EncodeToString(pw[:]), "NETWORK_TIMEOUT=900",
		"NETWORK_VALIDATORS="+strconv.Itoa(validators), "NETWORK_AGENTS="+strconv.Itoa(agents),
		"NETWORK_QUORUM="+strconv.Itoa(quorum), "NETWORK_STATIONS=9", "NETWORK_DEVICES=36", "NETWORK_SENSORS=1")
	for k, p := range ports {
		env = append(env, fmt.Sprintf("NETWORK_%s_PORT=%d", k, p))
	}
	script := func(step string) {
		t.Helper()
		cmd := exec.Command("bash", filepath.Join(root, "scripts", "network.sh"), step, netDir)
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		t.Logf("network.sh %s:\n%s", step, out)
		if err != nil {
			t.Fatalf("network.sh %s: %v", step, err)
		}
	}
	var pids map[string]int
	t.Cleanup(func() {
		script("down")
		for name, pid := range pids {
			if running(pid) {
				t.Errorf("%s (pid %d) still runs after down", name, pid)
				syscall.Kill(pid, syscall.SIGKILL)
			}
		}
	})
	script("up")
	pids = readPIDs(t, filepath.Join(netDir, "pids"))
	if len(pids) != 3+validators+agents { // anvil, kubo, serve
		t.Fatalf("%d processes started (%v); want %d", len(pids), pids, 3+validators+agents)
	}
	script("feed")
	script("wait")
	script("settle")

	ctx := context.Background()
	chain, err := evm.Dial(ctx, fmt.Sprintf("http://127.0.0.1:%d", ports["ANVIL"]))
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	addrs, err := evm.ReadAddresses(filepath.Join(netDir, "addresses.json"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := evm.Attach(ctx, chain, addrs)
	if err != nil {
		t.Fatal(err)
	}
	expected, err := os.ReadFile(filepath.Join(netDir, "expected"))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := strconv.Atoi(strings.TrimSpace(string(expected)))
	count, err := s.TokenCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want == 0 || int(count) != want {
		t.Fatalf("%d tokens on chain; want one per simulated station/sensor-day: %d", count, want)
	}

	// The index behind the API, read through the HTTP API of `datpin serve`.
	var page struct {
		Items []struct {
			ID        uint64  `json:"id"`
			Owner     string  `json:"owner"`
			Tentative *uint16 `json:"tentativeScore"`
			Score     *uint16 `json:"score"`
			Status    string  `json:"status"`
			Reason    string  `json:"reason"`
			Reveals   int     `json:"reveals"`
		} `json:"items"`
		Total int `json:"total"`
	}
	getJSON(t, fmt.Sprintf("http://127.0.0.1:%d/api/v1/dats?limit=500", ports["SERVE"]), &page)
	if page.Total != want || len(page.Items) != want {
		t.Fatalf("the API lists %d DATs (page %d); want %d", page.Total, len(page.Items), want)
	}
	operators := map[common.Address]bool{}
	for i := 1; i <= agents; i++ {
		operators[keyAddress(t, netDir, fmt.Sprintf("agent-%d", i))] = false
	}
	threshold := evm.DefaultConfig().Threshold
	finalized := 0
	share := map[common.Address]*big.Int{} // by holder, of the finalized tokens
	totalShare := new(big.Int)
	for _, tok := range page.Items {
		st, err := s.TokenState(ctx, tok.ID)
		if err != nil {
			t.Fatal(err)
		}
		if st.Status == datpin.StatusPending {
			t.Errorf("token %d is still pending on chain", tok.ID)
			continue
		}
		if tok.Status != st.Status.String() || tok.Score == nil || *tok.Score != st.Contrib.Score {
			t.Errorf("token %d: API %s score %v; chain %s %d", tok.ID, tok.Status, tok.Score, st.Status, st.Contrib.Score)
		}
		// Honest validators reproduce the edge score exactly, so the median is the edge score.
		if tok.Tentative == nil || st.Contrib.Score != *tok.Tentative {
			t.Errorf("token %d: agreed score %d, edge score %v", tok.ID, st.Contrib.Score, tok.Tentative)
		}
		wantStatus := datpin.StatusFinalized
		if st.Contrib.Score < threshold {
			wantStatus = datpin.StatusRejected
		}
		if st.Status != wantStatus || (st.Status == datpin.StatusRejected && tok.Reason != "below-threshold") {
			t.Errorf("token %d with score %d: %s (%q); want %s", tok.ID, st.Contrib.Score, st.Status, tok.Reason, wantStatus)
		}
		if st.Status == datpin.StatusFinalized {
			finalized++
			if share[st.Owner] == nil {
				share[st.Owner] = new(big.Int)
			}
			share[st.Owner].Add(share[st.Owner], st.ShareRatio)
			totalShare.Add(totalShare, st.ShareRatio)
		}
		if tok.Reveals != validators {
			t.Errorf("token %d has %d reveals; want one from each of the %d validators", tok.ID, tok.Reveals, validators)
		}
		if _, ok := operators[st.Owner]; !ok {
			t.Errorf("token %d is owned by %s, not one of the agents' operators", tok.ID, st.Owner.Hex())
		}
		operators[st.Owner] = true
	}
	if finalized == 0 {
		t.Fatal("no contribution was finalized")
	}
	for op, used := range operators {
		if !used {
			t.Errorf("operator %s anchored nothing", op.Hex())
		}
	}
	// One reward epoch's emission was settled and each operator claimed its tokens' share of it:
	// what it holds now is what it claimed, in proportion to its finalized share.
	emission := evm.DefaultConfig().EmissionPerEpoch
	claimedTotal := new(big.Int)
	for i := 1; i <= agents; i++ {
		op := keyAddress(t, netDir, fmt.Sprintf("agent-%d", i))
		var c struct {
			Holder  string `json:"holder"`
			Claimed string `json:"claimed"`
		}
		b, err := os.ReadFile(filepath.Join(netDir, "claims", fmt.Sprintf("agent-%d.json", i)))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatalf("claim of operator %d: %q", i, b)
		}
		claimed, ok := new(big.Int).SetString(c.Claimed, 10)
		if !ok || common.HexToAddress(c.Holder) != op {
			t.Fatalf("claim of operator %d: %+v", i, c)
		}
		bal, err := s.TokenBalance(ctx, op)
		if err != nil || bal.Cmp(claimed) != 0 {
			t.Errorf("operator %d holds %v (%v) network tokens; claimed %s", i, bal, err, claimed)
		}
		want := new(big.Int)
		if share[op] != nil {
			want.Div(new(big.Int).Mul(emission, share[op]), totalShare)
		}
		if diff := new(big.Int).Sub(want, claimed); diff.Sign() < 0 || diff.Cmp(big.NewInt(1_000_000)) > 0 {
			t.Errorf("operator %d claimed %s; its share %v of %v is %s of the emission", i, claimed, share[op], totalShare, want)
		}
		claimedTotal.Add(claimedTotal, claimed)
	}
	if claimedTotal.Sign() == 0 || claimedTotal.Cmp(emission) > 0 {
		t.Errorf("claimed %s in total of an emission of %s", claimedTotal, emission)
	}
	// Each validator committed and revealed from its own process.
	reveals := regexp.MustCompile(`datpin_validator_reveals_total\{outcome="sent"\} (\d+)`)
	for i := range validators {
		body := get(t, fmt.Sprintf("http://127.0.0.1:%d/metrics", ports["VALIDATOR"]+i))
		m := reveals.FindStringSubmatch(body)
		if m == nil || m[1] == "0" {
			t.Errorf("validator %d sent no reveal (metrics: %v)", i+1, m)
		}
	}

	// The data market across processes: the operators consent, a curator lists the finalized
	// DATs, validator 1's gateway delivers to a buyer, whose download verifies every record
	// against the chain; then FreeData subscribers deposit and are metered.
	script("market")
	var dl struct {
		Purchase   uint64 `json:"purchase"`
		Verified   int    `json:"verified"`
		Unverified int    `json:"unverified"`
		Rows       int    `json:"rows"`
	}
	readJSON(t, filepath.Join(netDir, "market", "download.json"), &dl)
	if dl.Purchase == 0 || dl.Verified == 0 || dl.Unverified != 0 || dl.Rows != dl.Verified {
		t.Errorf("download %+v: want every exported record verified", dl)
	}
	p, err := s.PurchaseOf(ctx, dl.Purchase)
	if err != nil {
		t.Fatal(err)
	}
	if p.State != evm.PurchaseDelivered {
		t.Errorf("purchase %d is not delivered on chain: %+v", dl.Purchase, p)
	}
	script("plans")
	for i := 1; i <= 3; i++ {
		var st struct {
			Principal string `json:"principal"`
			Throttled bool   `json:"throttled"`
		}
		readJSON(t, filepath.Join(netDir, "plans", fmt.Sprintf("subscriber-%d.json", i)), &st)
		want := new(big.Int).Mul(big.NewInt(int64(100*i)), evm.Ether(1))
		if got, ok := new(big.Int).SetString(st.Principal, 10); !ok || got.Cmp(want) != 0 {
			t.Errorf("subscriber %d: principal %s; want %s", i, st.Principal, want)
		}
	}
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// freeRun returns the first of n consecutive free loopback ports.
func freeRun(t *testing.T, n int) int {
	t.Helper()
	for range 50 {
		base := testproc.FreePort(t)
		ok := true
		for p := base + 1; p < base+n && ok; p++ {
			l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
			if err != nil {
				ok = false
				continue
			}
			l.Close()
		}
		if ok {
			return base
		}
	}
	t.Fatalf("no %d consecutive free ports", n)
	return 0
}

func readPIDs(t *testing.T, dir string) map[string]int {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.pid"))
	if err != nil {
		t.Fatal(err)
	}
	pids := map[string]int{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil || pid <= 1 {
			t.Fatalf("%s holds %q", f, b)
		}
		if !running(pid) {
			t.Fatalf("%s: pid %d is not running after up", f, pid)
		}
		pids[strings.TrimSuffix(filepath.Base(f), ".pid")] = pid
	}
	return pids
}

// running reports whether pid is a live process (a zombie left to a parent that does not reap
// it has stopped).
func running(pid int) bool {
	if syscall.Kill(pid, 0) != nil {
		return false
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	// The state follows the command name in parentheses.
	s := string(stat)
	if i := strings.LastIndexByte(s, ')'); i >= 0 && i+2 < len(s) {
		return s[i+2] != 'Z' && s[i+2] != 'X'
	}
	return true
}

func keyAddress(t *testing.T, netDir, name string) common.Address {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(netDir, "keys", name, "*"))
	if err != nil || len(files) != 1 {
		t.Fatalf("keystore of %s: %v %v", name, files, err)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	var k struct{ Address string }
	if err := json.Unmarshal(b, &k); err != nil || !common.IsHexAddress(k.Address) {
		t.Fatalf("keystore %s: %v", files[0], err)
	}
	return common.HexToAddress(k.Address)
}

func get(t *testing.T, url string) string {
	t.Helper()
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s %v\n%s", url, resp.Status, err, b)
	}
	return string(b)
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(get(t, url)), v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}
