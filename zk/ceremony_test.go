package zk

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datpin/datpin/store"
)

var testBeacon = Beacon{Value: strings.Repeat("ab", 32), Source: "test beacon"}

// runCeremony runs a whole ceremony of the test size in dir with the given contributors.
func runCeremony(t *testing.T, dir string, names ...string) *Ceremony {
	t.Helper()
	ctx := context.Background()
	c, err := InitCeremony(ctx, dir, []int{TestSize}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		if _, _, err := c.Contribute(ctx, n, ""); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.ClosePhase1(ctx, testBeacon); err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		if _, _, err := c.Contribute(ctx, n, ""); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := c.Finalize(ctx, testBeacon); err != nil {
		t.Fatal(err)
	}
	return c
}

// A ceremony's keys prove and verify; they are not the development keys, whose proofs they
// reject; Verify recomputes the keys and reports the transcript's CID.
func TestCeremony_KeysProveAndRejectDevProofs(t *testing.T) {
	dir := t.TempDir()
	c := runCeremony(t, dir, "alice", "bob")
	keys, err := LoadCeremonyKeys(dir, TestSize)
	if err != nil {
		t.Fatal(err)
	}
	if KeyHash(keys.VK) == Pinned[TestSize][0] {
		t.Fatal("the ceremony produced the development key")
	}
	b, err := NewBatch(TestSize, lteBatch(t, rand.New(rand.NewPCG(7, 7)), TestSize-1))
	if err != nil {
		t.Fatal(err)
	}
	cl := claim(b, 42, b.Score())
	p, err := Prove(keys, b, cl)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(keys.VK, b.Commit(), cl, p); err != nil {
		t.Fatalf("a ceremony proof does not verify: %v", err)
	}
	dev, err := Prove(mustTestKeys(t), b, cl)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(keys.VK, b.Commit(), cl, dev); err == nil {
		t.Fatal("the ceremony key accepted a proof made with the development keys")
	}

	v, err := c.Verify(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, TranscriptFile))
	if err != nil {
		t.Fatal(err)
	}
	if !v.Verified || v.CID != store.CID(raw) || v.Contributions != 4 || len(v.Contributors) != 2 || len(v.Keys) != 1 {
		t.Fatalf("verify = %+v", v)
	}
	// The on-chain key of the ceremony is read back from its files.
	vks, err := c.VerifierKeys()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := SolidityKey(keys.VK)
	if !vks[TestSize].Equal(want) {
		t.Fatal("VerifierKeys differs from the loaded key")
	}
}

// Every state is content-addressed: a state replaced by another contributor's work, a forged
// contribution record or changed keys make Verify fail, naming what broke.
func TestCeremony_VerifyDetectsTampering(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c := runCeremony(t, dir, "alice")
	if _, err := c.Verify(ctx); err != nil {
		t.Fatal(err)
	}
	reopen := func() *Ceremony {
		t.Helper()
		c, err := OpenCeremony(dir, nil)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}

	// A phase-2 state swapped for the initial one: the contribution no longer follows.
	c2 := reopen()
	c2.T.Phase2[1].States[0] = c2.T.Phase2[0].States[0]
	c2.T.Phase2[1].Hash = stepHash(c2.T.Phase2[1].States)
	if _, err := c2.Verify(ctx); err == nil || !strings.Contains(err.Error(), "phase-2 contribution 1") {
		t.Fatalf("a replayed phase-2 state verified: %v", err)
	}
	// A phase-1 contribution replaced by a fresh one made from scratch by someone else.
	other := filepath.Join(t.TempDir(), "other")
	o := runCeremony(t, other, "mallory")
	c3 := reopen()
	data, err := o.blocks.Get(ctx, o.T.Phase1[1].States[0].CID)
	if err == nil {
		_, err = c3.blocks.Put(ctx, data)
	}
	if err != nil {
		t.Fatal(err)
	}
	c3.T.Phase1[1].States[0] = o.T.Phase1[1].States[0]
	c3.T.Phase1[1].Hash = stepHash(c3.T.Phase1[1].States)
	if _, err := c3.Verify(ctx); err == nil {
		t.Fatal("a phase 1 with a foreign contribution verified")
	}
	// A record whose hash does not match its states.
	c4 := reopen()
	c4.T.Phase1[1].Hash = strings.Repeat("0", 64)
	if _, err := c4.Verify(ctx); err == nil || !strings.Contains(err.Error(), "alice") {
		t.Fatalf("a forged contribution hash verified: %v", err)
	}
	// Keys that are not the seal of the transcript.
	c5 := reopen()
	c5.T.Keys[0].VK = o.T.Keys[0].VK
	if _, err := c5.Verify(ctx); err == nil || !strings.Contains(err.Error(), "recompute") {
		t.Fatalf("foreign keys verified: %v", err)
	}
	// A key file changed on disk is refused when loaded.
	_, vkPath := ceremonyKeyPaths(dir, TestSize)
	_, otherVK := ceremonyKeyPaths(other, TestSize)
	ovk, err := os.ReadFile(otherVK)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(vkPath, ovk, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadCeremonyKeys(dir, TestSize); err == nil {
		t.Fatal("a replaced key file loaded")
	}
}

// The phases are enforced: no sealing without contributions, no contribution after the seal, no
// beacon without a source, no second ceremony in a directory.
func TestCeremony_PhaseRules(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c, err := InitCeremony(ctx, dir, []int{TestSize}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := InitCeremony(ctx, dir, []int{TestSize}, nil); err == nil {
		t.Fatal("a second init overwrote the ceremony")
	}
	if _, err := c.ClosePhase1(ctx, testBeacon); err == nil {
		t.Fatal("phase 1 closed without a contribution")
	}
	if _, _, err := c.Finalize(ctx, testBeacon); err == nil {
		t.Fatal("finalized in phase 1")
	}
	if _, _, err := c.Contribute(ctx, " ", ""); err == nil {
		t.Fatal("a contribution without a name")
	}
	if _, _, err := c.Contribute(ctx, "alice", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := c.ClosePhase1(ctx, Beacon{Value: testBeacon.Value}); err == nil {
		t.Fatal("a beacon without a source")
	}
	if _, err := c.ClosePhase1(ctx, Beacon{Value: "ab", Source: "x"}); err == nil {
		t.Fatal("a one-byte beacon")
	}
	if _, err := c.ClosePhase1(ctx, testBeacon); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Finalize(ctx, testBeacon); err == nil {
		t.Fatal("finalized without a phase-2 contribution")
	}
	if _, _, err := c.Contribute(ctx, "bob", "0x0000000000000000000000000000000000000001"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Finalize(ctx, testBeacon); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Contribute(ctx, "carol", ""); err == nil {
		t.Fatal("a contribution after the seal")
	}
	// A damaged transcript is refused with its file name.
	if err := os.WriteFile(filepath.Join(dir, TranscriptFile), []byte("{\"version\":1"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenCeremony(dir, nil); err == nil || !strings.Contains(err.Error(), TranscriptFile) {
		t.Fatalf("a damaged transcript opened: %v", err)
	}
}
