package agent_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"filippo.io/age"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/telemetry"
)

// workload returns session records of stations × epochs × per records,
// three devices per station, in March 2021 (epochs long over), shuffled.
func workload(rng *rand.Rand, stations, epochs, per int) []datpin.Record {
	var out []datpin.Record
	for s := range stations {
		for e := range epochs {
			for i := range per {
				r := datpin.NewRecord(datpin.KindSession)
				r.Time = (int64(18690+e)*86400 + int64(i)*600 + int64(s)) * 1000
				r.StationID = fmt.Sprintf("ST%02d", s)
				r.DeviceID = fmt.Sprintf("imsi-%d-%d", s, i%3)
				r.CellID = "1"
				r.LatE7 = 518812350 + int32(rng.IntN(20000)) - 10000
				r.LonE7 = -84012340 + int32(rng.IntN(20000)) - 10000
				r.Mode = datpin.ModeLTE
				r.RSRPdBm10 = int32(-1200 + rng.IntN(500))
				r.SINRdB10 = int32(-50 + rng.IntN(300))
				r.DownKbps = int32(rng.IntN(50000))
				r.Active = rng.IntN(2) == 0
				out = append(out, r)
			}
		}
	}
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// jsonlChunks cuts records into JSONL bodies of n records, each in time
// order (the parser refuses a device going back in time within a body).
func jsonlChunks(t *testing.T, recs []datpin.Record, n int) [][]byte {
	var out [][]byte
	for len(recs) > 0 {
		k := min(n, len(recs))
		c := slices.Clone(recs[:k])
		slices.SortFunc(c, func(a, b datpin.Record) int { return int(a.Time - b.Time) })
		var buf bytes.Buffer
		must(t, telemetry.WriteJSONL(&buf, c...))
		out = append(out, buf.Bytes())
		recs = recs[k:]
	}
	return out
}

// verifyExactlyOnce checks that the chain holds every record exactly once:
// it reads every token's package from the store (the local store of the
// state directory if cs is nil), decrypts it with the operator's identity
// and counts the records; and that the outbox agrees with the chain.
func verifyExactlyOnce(t *testing.T, n *anvilNet, state string, cs datpin.ContentStore, recs []datpin.Record) {
	t.Helper()
	idb, err := os.ReadFile(filepath.Join(state, "operator.agekey"))
	must(t, err)
	ids, err := age.ParseIdentities(bytes.NewReader(idb))
	must(t, err)
	if cs == nil {
		if cs, err = store.NewLocal(filepath.Join(state, "blocks")); err != nil {
			t.Fatal(err)
		}
	}
	ob, err := agent.OpenOutbox(filepath.Join(state, "outbox.db"))
	must(t, err)
	defer ob.Close()
	checkExactlyOnce(t, n.suite, cs, ob, ids, recs)
}

// checkExactlyOnce checks that the suite's tokens hold every record of
// recs exactly once and nothing else, and that the outbox's batches are
// all anchored, each with its root's token.
func checkExactlyOnce(t *testing.T, suite *evm.Suite, cs datpin.ContentStore, ob *agent.Outbox, ids []age.Identity, recs []datpin.Record) {
	t.Helper()
	ctx := context.Background()
	want := map[string]bool{}
	for _, r := range recs {
		p := publicOf(t, r, agent.DefaultEpochLength)
		want[recordKey(t, &p)] = true
	}
	dom := pack.Domain{ChainID: suite.ChainID, VerifyingContract: suite.DAT}
	count, err := suite.TokenCount(ctx)
	must(t, err)
	seen := map[string]int{}
	roots := map[[32]byte]uint64{}
	for id := uint64(1); id <= count; id++ {
		tok, err := suite.TokenState(ctx, id)
		must(t, err)
		if prev, dup := roots[tok.Contrib.MerkleRoot]; dup {
			t.Fatalf("tokens %d and %d anchor the same root", prev, id)
		}
		roots[tok.Contrib.MerkleRoot] = id
		enc, err := cs.Get(ctx, store.CIDFromDigest(tok.Contrib.CidDigest))
		must(t, err)
		p, err := pack.Decode(enc)
		must(t, err)
		must(t, p.Verify(dom))
		got, err := p.Open(ids...)
		must(t, err)
		if uint32(len(got)) != tok.Contrib.RecordCount || p.Manifest.MerkleRoot != tok.Contrib.MerkleRoot {
			t.Fatalf("token %d: package does not match the chain", id)
		}
		for i := range got {
			seen[recordKey(t, &got[i])]++
		}
	}
	var missing, dups, strays int
	for k := range want {
		switch c := seen[k]; {
		case c == 0:
			missing++
		case c > 1:
			dups++
		}
	}
	for k := range seen {
		if !want[k] {
			strays++
		}
	}
	if missing+dups+strays > 0 {
		t.Fatalf("%d records, %d tokens: %d missing, %d anchored more than once, %d unknown", len(want), count, missing, dups, strays)
	}
	bs, err := ob.List(ctx, nil)
	must(t, err)
	tokens := map[uint64]bool{}
	for _, b := range bs {
		if b.State != agent.StateAnchored {
			t.Fatalf("batch %d is %s: %s", b.ID, b.State, b.LastError)
		}
		if tokens[b.Token] || roots[b.Root] != b.Token {
			t.Fatalf("batch %d: token %d does not match the chain (root's token %d)", b.ID, b.Token, roots[b.Root])
		}
		tokens[b.Token] = true
	}
	if uint64(len(bs)) != count {
		t.Fatalf("outbox has %d batches, chain %d tokens", len(bs), count)
	}
	t.Logf("%d records in %d tokens, each exactly once", len(want), count)
}

// uploader posts bodies[next...] to the agent until stop closes, moving
// next on each acknowledgement (200), one body per pace.
func uploader(addr, token string, bodies [][]byte, next *atomic.Int64, pace time.Duration, stop <-chan struct{}) {
	client := &http.Client{Timeout: 10 * time.Second}
	for {
		time.Sleep(pace)
		select {
		case <-stop:
			return
		default:
		}
		i := next.Load()
		if int(i) >= len(bodies) {
			return
		}
		req, _ := http.NewRequest("POST", "http://"+addr+"/v1/records", bytes.NewReader(bodies[i]))
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := client.Do(req)
		if err != nil {
			time.Sleep(20 * time.Millisecond)
			continue
		}
		var res agent.UploadResult
		err = json.NewDecoder(resp.Body).Decode(&res)
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK && err == nil {
			next.Add(1)
		} else {
			time.Sleep(20 * time.Millisecond)
		}
	}
}

func agentStatus(addr string) (*agent.Status, error) {
	resp, err := http.Get("http://" + addr + "/v1/status")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var st agent.Status
	return &st, json.NewDecoder(resp.Body).Decode(&st)
}

// Kill the agent with SIGKILL at random moments, while devices upload and
// while it seals, packages, stores, onboards and anchors; restart it each
// time. In the end every record is anchored exactly once.
func TestCrash_AgentKilledAtRandom_AnchorsEveryRecordOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil and kills the agent many times")
	}
	n := newAnvilNet(t)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	recs := workload(rng, 6, 3, 60)
	bodies := jsonlChunks(t, recs, 6)

	dir := t.TempDir()
	state := filepath.Join(dir, "state")
	tok, entry := agent.NewToken("gw", []string{"*"})
	tb, _ := json.Marshal(agent.Tokens{Devices: []agent.TokenEntry{entry}})
	tokens := filepath.Join(dir, "tokens.json")
	must(t, os.WriteFile(tokens, tb, 0o600))
	logf, err := os.Create(filepath.Join(dir, "agent.log"))
	must(t, err)
	defer logf.Close()
	args := []string{"agent", "--rpc", n.url, "--key", n.keyFile, "--addresses", n.addresses, "--state", state,
		"--tokens", tokens, "--listen", "127.0.0.1:0", "--dev-keys", "--onboard", "--seal-after", "200ms",
		"--anchor-linger", "300ms", "--anchor-batch", "5", "--log-level", "debug"}
	env := []string{"DATPIN_PASSWORD=pw"}

	const kills = 40
	var next atomic.Int64
	for k := 0; k < kills; k++ {
		p := startDatpin(t, logf, true, env, args...)
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			uploader(p.addr, tok, bodies, &next, 80*time.Millisecond, stop)
		}()
		time.Sleep(time.Duration(rng.IntN(1200)) * time.Millisecond)
		p.kill()
		close(stop)
		wg.Wait()
		fmt.Fprintf(logf, "----- SIGKILL %d (uploads acknowledged: %d of %d)\n", k+1, next.Load(), len(bodies))
	}

	// A last run that is left to finish, then stopped gracefully.
	p := startDatpin(t, logf, true, env, args...)
	stop := make(chan struct{})
	go uploader(p.addr, tok, bodies, &next, 0, stop)
	deadline := time.Now().Add(2 * time.Minute)
	for {
		st, err := agentStatus(p.addr)
		if err == nil && int(next.Load()) == len(bodies) && st.Pending == 0 {
			break
		}
		if time.Now().After(deadline) {
			close(stop)
			p.kill()
			t.Fatalf("agent did not finish: status %+v, err %v, uploads %d/%d\n%s", st, err, next.Load(), len(bodies), tail(logf.Name()))
		}
		time.Sleep(100 * time.Millisecond)
	}
	close(stop)
	p.terminate(t)

	logb, _ := os.ReadFile(logf.Name())
	if os.Getenv("DATPIN_KEEP_LOG") != "" {
		os.WriteFile(os.Getenv("DATPIN_KEEP_LOG"), logb, 0o644)
	}
	t.Logf("%d kills; log: %d anchor transactions, %d times found already anchored after a crash, %d onboardings",
		kills, strings.Count(string(logb), "msg=anchored "), strings.Count(string(logb), "found anchored on chain"),
		strings.Count(string(logb), "msg=onboarded"))
	verifyExactlyOnce(t, n, state, nil, recs)
}

// Kill `datpin import` at random moments and run it again on the same
// files until it completes: every record is anchored exactly once.
func TestCrash_ImportKilledAtRandom_AnchorsEveryRecordOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil and kills the importer many times")
	}
	n := newAnvilNet(t)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 2))
	recs := workload(rng, 10, 3, 1000)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	must(t, os.MkdirAll(in, 0o755))
	for i, b := range jsonlChunks(t, recs, 3000) {
		must(t, os.WriteFile(filepath.Join(in, fmt.Sprintf("part-%02d.jsonl", i)), b, 0o644))
	}
	state := filepath.Join(dir, "state")
	logf, err := os.Create(filepath.Join(dir, "import.log"))
	must(t, err)
	defer logf.Close()
	args := []string{"import", "jsonl", "--rpc", n.url, "--key", n.keyFile, "--addresses", n.addresses, "--state", state,
		"--dev-keys", "--onboard", "--anchor-batch", "2", "--anchor-linger", "100ms", "--log-level", "debug", "--json", in}
	env := []string{"DATPIN_PASSWORD=pw"}
	kills := 0
	for run := 0; ; run++ {
		started := time.Now()
		p := startDatpin(t, logf, false, env, args...)
		if run < 30 {
			select {
			case <-p.exited:
				t.Logf("run %d exited after %v", run, time.Since(started))
			case <-time.After(time.Duration(20+rng.IntN(500)) * time.Millisecond):
				p.kill()
				kills++
				fmt.Fprintf(logf, "----- SIGKILL %d\n", kills)
				continue
			}
		}
		select {
		case <-p.exited:
		case <-time.After(2 * time.Minute):
			p.kill()
			t.Fatalf("import did not finish\n%s", tail(logf.Name()))
		}
		if p.err != nil {
			t.Fatalf("import failed: %v\n%s", p.err, tail(logf.Name()))
		}
		break
	}
	t.Logf("%d kills", kills)
	verifyExactlyOnce(t, n, state, nil, recs)
}
