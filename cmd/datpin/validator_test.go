package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"filippo.io/age"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/explain"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/sim"
	"github.com/datpin/datpin/store"
)

// syncBuffer is a bytes.Buffer safe for a command writing while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startValidator runs `datpin validator args...` in the background and returns the address it
// listens on; the command stops when the test cancels ctx, and its error arrives on the channel.
func startValidator(t *testing.T, ctx context.Context, args ...string) (string, <-chan error) {
	t.Helper()
	root := newRootCmd()
	var out, errOut syncBuffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(append([]string{"validator", "--json", "--listen", "127.0.0.1:0"}, args...))
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()
	deadline := time.Now().Add(60 * time.Second)
	for {
		var info struct{ Listen string }
		if s := out.String(); strings.Contains(s, "}") && json.Unmarshal([]byte(s), &info) == nil && info.Listen != "" {
			return info.Listen, done
		}
		select {
		case err := <-done:
			t.Fatalf("validator exited: %v\n%s", err, errOut.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("validator did not start:\n%s", errOut.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestCLI_ValidatorIdentity(t *testing.T) {
	file := filepath.Join(t.TempDir(), "validator.agekey")
	out, err := run(t, "validator", "identity", "new", "--out", file, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var r struct{ Recipient string }
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("identity new printed %q: %v", out, err)
	}
	if _, err := age.ParseX25519Recipient(r.Recipient); err != nil {
		t.Fatalf("recipient %q: %v", r.Recipient, err)
	}
	fi, err := os.Stat(file)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("identity file %v %v; want mode 0600", fi, err)
	}
	if out, err := run(t, "validator", "identity", "show", file); err != nil || strings.TrimSpace(out) != r.Recipient {
		t.Fatalf("identity show: %q %v; want %s", out, err, r.Recipient)
	}
	if _, err := run(t, "validator", "identity", "new", "--out", file); datpin.ErrorCode(err) != datpin.ECONFLICT {
		t.Fatalf("identity new over an existing file: %v; want ECONFLICT", err)
	}
}

func TestCLI_ValidatorErrors(t *testing.T) {
	id := filepath.Join(t.TempDir(), "v.agekey")
	if _, err := run(t, "validator", "identity", "new", "--out", id); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		code string
		msg  string
	}{
		{"ErrNoIdentity", []string{"validator"}, datpin.EINVALID, "--age-identity"},
		{"ErrIdentityMissing", []string{"validator", "--age-identity", id + ".nope"}, datpin.ENOTFOUND, "read age identity"},
		{"ErrNotRegistered", []string{"validator", "--age-identity", id}, datpin.EINVALID, "--register-stake"},
		{"ErrRPCUnreachable", []string{"validator", "--age-identity", id, "--rpc", "http://127.0.0.1:1"}, datpin.EUNAVAILABLE, "127.0.0.1:1"},
		{"ErrBadStake", []string{"validator", "--age-identity", id, "--register-stake", "1e3"}, datpin.EINVALID, "whole number"},
		{"ErrStateWithoutRPC", []string{"validator", "--age-identity", id, "--state", "x.db"}, datpin.EINVALID, "--rpc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := run(t, tc.args...)
			if datpin.ErrorCode(err) != tc.code || !strings.Contains(describe(err), tc.msg) {
				t.Fatalf("%v: %v (code %q); want code %q mentioning %q", tc.args, err, datpin.ErrorCode(err), tc.code, tc.msg)
			}
		})
	}
}

// On the embedded chain the validator registers itself, serves its metrics and health, and stops
// on cancellation.
func TestCLI_ValidatorEmbedded(t *testing.T) {
	id := filepath.Join(t.TempDir(), "v.agekey")
	if _, err := run(t, "validator", "identity", "new", "--out", id); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, done := startValidator(t, ctx, "--age-identity", id, "--register-stake", "1000", "--interval", "50ms")
	waitUntil(t, "a successful poll", func() bool { st, _ := httpGet(t, "http://"+addr+"/healthz"); return st == 200 })
	st, body := httpGet(t, "http://"+addr+"/metrics")
	if st != 200 || !strings.Contains(body, "datpin_validator_last_round") || !strings.Contains(body, `datpin_validator_commits_total{outcome="sent"} 0`) {
		t.Fatalf("/metrics %d:\n%s", st, body)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("validator: %v", err)
	}
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// The validator command on a real node: it registers with its keystore key, and an anchored
// contribution it can decrypt is committed, revealed and finalized at its re-computed score while
// the node's clock crosses the windows.
func TestCLI_ValidatorOnAnvil(t *testing.T) {
	ctx := context.Background()
	url, chain := anvilChain(t)
	cfg := evm.DefaultConfig()
	cfg.Quorum = 1 // one validator decides
	admin, val, operator := evm.AnvilAccount(0), evm.AnvilAccount(1), evm.AnvilAccount(2)
	s, err := evm.Deploy(ctx, chain, admin, cfg)
	vmust(t, err)
	dir := t.TempDir()
	addrs := writeAddresses(t, dir, s)
	vmust(t, s.MintToken(ctx, admin, val.Address, evm.Ether(1000)))

	// The validator's keystore and identity.
	t.Setenv("DATPIN_PASSWORD", "validator password")
	k := struct{ File string }{importKey(t, filepath.Join(dir, "keys"), val)}
	idFile := filepath.Join(dir, "v.agekey")
	_, err = run(t, "validator", "identity", "new", "--out", idFile)
	vmust(t, err)
	id, err := readIdentity(idFile)
	vmust(t, err)

	// One honest station-day, sealed to the validator, stored and anchored.
	now, err := chain.Now(ctx)
	vmust(t, err)
	epoch := uint32(now.Unix()/86400) - 1
	net, err := sim.Run(sim.Config{Seed: 5, Stations: 4, Devices: 24, Days: 1, StartEpoch: epoch})
	vmust(t, err)
	var recs []datpin.PublicRecord
	for _, b := range net.Records() {
		if !b.Sensor && b.Epoch == epoch {
			anon, err := privacy.NewAnonymizer(privacy.Config{Secret: []byte("pseudonym secret of " + b.ID)})
			vmust(t, err)
			recs, err = anon.Anonymize(epoch, b.Records)
			vmust(t, err)
			break
		}
	}
	score := quality.ScoreContribution(datpin.ScoringRecords(recs), quality.Epoch(epoch)).Score
	dev := evm.DevAccount("cli-test/device", 0)
	regDomain := pack.Domain{ChainID: s.ChainID, VerifyingContract: s.Registry}
	deadline := uint64(now.Unix()) + 3600
	osig, err := pack.SignOnboard(dev.Key, regDomain, &pack.Onboard{Device: dev.Address, Operator: operator.Address, H3Cell: 0x8828308281fffff, DeviceType: datpin.DeviceStation, Deadline: deadline})
	vmust(t, err)
	vmust(t, s.Onboard(ctx, operator, dev.Address, 0x8828308281fffff, datpin.DeviceStation, deadline, osig[:]))
	datDomain := pack.Domain{ChainID: s.ChainID, VerifyingContract: s.DAT}
	p, err := (&pack.Sealer{Key: dev.Key, Domain: datDomain, Recipients: []age.Recipient{id.Recipient()}}).Seal(
		pack.Manifest{ClassID: s.ClassID, DeviceType: datpin.DeviceStation, Epoch: epoch, Score: score}, recs)
	vmust(t, err)
	enc, err := p.Encode()
	vmust(t, err)
	blocks := filepath.Join(dir, "blocks")
	ls, err := store.NewLocal(blocks)
	vmust(t, err)
	_, err = ls.Put(ctx, enc)
	vmust(t, err)
	digest, err := store.Digest(store.CID(enc))
	vmust(t, err)
	c := p.Manifest.Contribution(digest, deadline)
	csig, err := pack.SignContribution(dev.Key, datDomain, &c)
	vmust(t, err)
	tokenID, _, err := s.Anchor(ctx, operator, []datpin.Contribution{c}, [][]byte{csig[:]})
	vmust(t, err)
	ts, err := s.TokenState(ctx, tokenID)
	vmust(t, err)
	round, err := s.RoundAt(ctx, uint64(ts.Contrib.AnchoredAt))
	vmust(t, err)
	commitOpens, revealOpens, revealCloses, err := s.Windows(ctx, round)
	vmust(t, err)

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	addr, done := startValidator(t, runCtx, "--rpc", url, "--addresses", addrs, "--key", k.File, "--age-identity", idFile,
		"--store", blocks, "--state", filepath.Join(dir, "validator.db"), "--register-stake", "1000", "--finalize", "--interval", "100ms")
	metric := func(name string) bool {
		_, body := httpGet(t, "http://"+addr+"/metrics")
		return strings.Contains(body, name)
	}
	vmust(t, chain.AdvanceTo(ctx, commitOpens))
	waitUntil(t, "the commit", func() bool { return metric(`datpin_validator_commits_total{outcome="sent"} 1`) })
	vmust(t, chain.AdvanceTo(ctx, revealOpens))
	waitUntil(t, "the reveal", func() bool { return metric(`datpin_validator_reveals_total{outcome="sent"} 1`) })
	vmust(t, chain.AdvanceTo(ctx, revealCloses))
	waitUntil(t, "the finalization", func() bool {
		st, err := s.TokenState(ctx, tokenID)
		return err == nil && st.Status != datpin.StatusPending
	})
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("validator: %v", err)
	}
	ts, err = s.TokenState(ctx, tokenID)
	vmust(t, err)
	want := datpin.StatusFinalized
	if score < cfg.Threshold {
		want = datpin.StatusRejected
	}
	if ts.Status != want || ts.Contrib.Score != score {
		t.Fatalf("token %s with score %d; want %s with %d", ts.Status, ts.Contrib.Score, want, score)
	}

	// Anyone with the chain, the store and a key that opens the package recomputes the receipt.
	tok := strconv.FormatUint(tokenID, 10)
	out, err := run(t, "explain", tok, "--json", "--rpc", url, "--addresses", addrs, "--store", blocks, "--identity", idFile)
	vmust(t, err)
	var r explain.Receipt
	vmust(t, json.Unmarshal([]byte(out), &r))
	if r.Token != tokenID || r.Status != want.String() || !r.Rules.Match || r.Edge.Score != score ||
		r.Median == nil || r.Median.Value != score || len(r.Validators) != 1 || r.Validators[0].Validator != val.Address.Hex() ||
		r.Recomputed == nil || !r.Recomputed.Matches || r.Recomputed.Score != score || !r.Recomputed.Validator.Replayed ||
		r.Recomputed.Quality == nil || r.Recomputed.Quality.Score != score {
		t.Fatalf("explain printed %s", out)
	}
	text, err := run(t, "explain", tok, "--rpc", url, "--addresses", addrs, "--store", blocks, "--identity", idFile)
	vmust(t, err)
	if !strings.Contains(text, "MATCHES the chain's agreed score") || !strings.Contains(text, "median: stake-weighted") {
		t.Fatalf("explain printed %s", text)
	}
	// Without a key it says what the chain says, and that it did not recompute.
	out, err = run(t, "explain", tok, "--json", "--rpc", url, "--addresses", addrs)
	vmust(t, err)
	r = explain.Receipt{}
	vmust(t, json.Unmarshal([]byte(out), &r))
	if r.Recomputed == nil || r.Recomputed.Available || r.Decision.Score == nil || *r.Decision.Score != score {
		t.Fatalf("explain without a key printed %s", out)
	}
	if _, err := run(t, "explain", "999", "--rpc", url, "--addresses", addrs); datpin.ErrorCode(err) != datpin.ENOTFOUND {
		t.Fatalf("explain of an unknown token: %v", err)
	}
}

func vmust(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
