package evm_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/zk"
)

// zkFixture is a deployed suite with a station and a small batch whose commitment its
// contributions carry. The station's operator is the contributor of its tokens, the only account
// that may add their proofs.
type zkFixture struct {
	n     *evmtest.Net
	op    *evm.Account
	dev   *evm.Account
	keys  *zk.Keys
	batch *zk.Batch
}

func newZKFixture(t *testing.T, seed uint64, edit ...func([]datpin.PublicRecord)) *zkFixture {
	t.Helper()
	n := newNet(t)
	if n.Suite.ZKVerifier == ([20]byte{}) {
		t.Fatal("the default deployment has no ZK verifier")
	}
	op, dev := onboarded(n, 0, 0)
	k, err := zk.DevKeys(t.TempDir(), zk.TestSize)
	n.Must(err)
	recs := zk.SampleRecords(seed, zk.TestSize-2, zk.SampleCell)
	for _, e := range edit {
		e(recs)
	}
	b, err := zk.NewBatch(zk.TestSize, recs)
	n.Must(err)
	return &zkFixture{n: n, op: op, dev: dev, keys: k, batch: b}
}

// anchor anchors a contribution carrying commit and returns its token.
func (f *zkFixture) anchor(commit [32]byte) uint64 {
	c := f.n.Contribution(f.dev, uint32(f.batch.Records()), 5000)
	c.ZKCommit = commit
	return f.n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{f.dev}, []datpin.Contribution{c})
}

func (f *zkFixture) payload(t *testing.T, token uint64, threshold uint16) []byte {
	t.Helper()
	c := zk.Claim{TokenID: new(big.Int).SetUint64(token), Threshold: threshold, Region: zk.SampleCell}
	p, err := zk.Prove(f.keys, f.batch, c)
	f.n.Must(err)
	return zk.Payload(zk.TestSize, c, p)
}

// add adds a proof to token as its contributor (the device's operator).
func (f *zkFixture) add(token uint64, payload []byte) error {
	_, err := f.n.Suite.AddZKProof(f.n.Ctx, f.op, token, payload)
	return err
}

func TestZK_ValidProofSetsProvenThreshold(t *testing.T) {
	f := newZKFixture(t, 1)
	id := f.anchor(f.batch.Commit())
	th := f.batch.Score()
	if th == 0 {
		t.Fatal("sample batch scores 0")
	}
	payload := f.payload(t, id, th)
	gas, ok, err := f.n.Suite.ZKVerifyGas(f.n.Ctx, id, f.batch.Commit(), payload)
	f.n.Must(err)
	if !ok || gas > 300_000 {
		t.Fatalf("verifyProof ok=%v gas=%d; want a valid proof under 300k gas", ok, gas)
	}
	r, err := f.n.Suite.AddZKProof(f.n.Ctx, f.op, id, payload)
	f.n.Must(err)
	t.Logf("verify %d gas, addProof %d gas", gas, r.GasUsed)
	got, err := f.n.Suite.ProvenThreshold(f.n.Ctx, id)
	f.n.Must(err)
	has, err := f.n.Suite.HasZKProof(f.n.Ctx, id)
	f.n.Must(err)
	if got != th || !has {
		t.Fatalf("provenThreshold = %d, hasProof = %v; want %d, true", got, has, th)
	}
}

func TestZK_AttacksFail(t *testing.T) {
	f := newZKFixture(t, 2)
	commit := f.batch.Commit()
	id := f.anchor(commit)
	th := f.batch.Score()
	good := f.payload(t, id, th)

	expectInvalid := func(t *testing.T, token uint64, payload []byte) {
		t.Helper()
		evmtest.ExpectRevert(t, f.add(token, payload), "InvalidProof", datpin.EUNAUTHORIZED)
		if got, _ := f.n.Suite.ProvenThreshold(f.n.Ctx, token); got != 0 {
			t.Fatalf("a refused proof set provenThreshold %d", got)
		}
	}
	t.Run("ErrTamperedProof", func(t *testing.T) {
		for _, at := range []int{32, 100, 200, 287} { // A, B, C points
			bad := append([]byte(nil), good...)
			bad[at] ^= 1
			expectInvalid(t, id, bad)
		}
	})
	t.Run("ErrForgedHigherThreshold", func(t *testing.T) {
		// The header claims more than the proof was made for.
		bad := append([]byte(nil), good...)
		copy(bad[:32], zk.Payload(zk.TestSize, zk.Claim{TokenID: big.NewInt(0), Threshold: th + 1000, Region: zk.SampleCell}, zk.Proof{})[:32])
		expectInvalid(t, id, bad)
	})
	t.Run("ErrWrongRegion", func(t *testing.T) {
		bad := append([]byte(nil), good...)
		copy(bad[:32], zk.Payload(zk.TestSize, zk.Claim{TokenID: big.NewInt(0), Threshold: th, Region: zk.SampleCell ^ 1<<24}, zk.Proof{})[:32])
		expectInvalid(t, id, bad)
	})
	t.Run("ErrWrongSize", func(t *testing.T) {
		bad := append([]byte(nil), good...)
		copy(bad[:32], zk.Payload(256, zk.Claim{TokenID: big.NewInt(0), Threshold: th, Region: zk.SampleCell}, zk.Proof{})[:32])
		expectInvalid(t, id, bad)
		expectInvalid(t, id, good[:200]) // malformed
	})
	t.Run("ErrReplayOnAnotherToken", func(t *testing.T) {
		// Another token with the very same commitment: only the token id differs.
		other := f.anchor(commit)
		expectInvalid(t, other, good)
	})
	t.Run("ErrOtherCommitment", func(t *testing.T) {
		other := f.anchor([32]byte{0x01, 0x02})
		expectInvalid(t, other, good)
	})
	t.Run("ErrNotContributor", func(t *testing.T) {
		// A valid proof, from anyone but the token's contributor: the device itself and a stranger.
		for _, from := range []*evm.Account{stranger, f.dev} {
			_, err := f.n.Suite.AddZKProof(f.n.Ctx, from, id, good)
			evmtest.ExpectRevert(t, err, "NotContributor", datpin.EUNAUTHORIZED)
		}
		if got, _ := f.n.Suite.ProvenThreshold(f.n.Ctx, id); got != 0 {
			t.Fatalf("a refused proof set provenThreshold %d", got)
		}
	})
	t.Run("ErrBelowThreshold", func(t *testing.T) {
		// The prover refuses a threshold the batch does not reach.
		c := zk.Claim{TokenID: new(big.Int).SetUint64(id), Threshold: th + 1, Region: zk.SampleCell}
		if _, err := zk.Prove(f.keys, f.batch, c); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Fatalf("Prove above the score: %v; want EINVALID", err)
		}
	})
	// After all that, the honest proof from the contributor still goes through.
	n := f.n
	n.Must(f.add(id, good))
	if got, _ := n.Suite.ProvenThreshold(n.Ctx, id); got != th {
		t.Fatalf("provenThreshold = %d after the honest proof; want %d", got, th)
	}
}

// A proof is an attestation: the oracle never lifts the validators' median to the proven
// threshold. A token the validators score below the oracle threshold is rejected at their median
// however high its proof, a token above it finalizes at the median, and a proven token whose
// package failed (median 0) is rejected at 0.
func TestZK_ProofNeverLiftsTheMedian(t *testing.T) {
	// A good cell: RSRP −85 dBm (good), RSRQ −8 dB and SINR 22 dB (excellent); one record poor.
	f := newZKFixture(t, 3, func(recs []datpin.PublicRecord) {
		for i := range recs {
			recs[i].RSRPdBm10, recs[i].RSRQdB10, recs[i].SINRdB10 = -850, -80, 220
		}
		recs[0].RSRPdBm10 = -1050
	})
	n := f.n
	vs := n.RegisterValidators(3)
	commit := f.batch.Commit()
	th := f.batch.Score()
	if th <= n.Config.Threshold {
		t.Fatalf("sample batch scores %d, not above the oracle threshold %d", th, n.Config.Threshold)
	}
	low := f.anchor(commit)  // validators say 2000 (below the oracle threshold), proof says th
	high := f.anchor(commit) // validators say 9900: finalized at the median
	none := f.anchor(commit) // no proof: rejected at 2000
	bad := f.anchor(commit)  // proven, but validators score 0 (the package failed): rejected
	n.Must(f.add(low, f.payload(t, low, th)))
	n.Must(f.add(high, f.payload(t, high, th)))
	n.Must(f.add(bad, f.payload(t, bad, th)))
	n.Evaluate(low, vs, [][]uint16{{2000, 9900, 2000, 0}, {2100, 9900, 2000, 0}, {1900, 9900, 2000, 0}})
	res := finalize(n, low, high, none, bad)
	scores := map[uint64]uint16{}
	for _, e := range res.finalized {
		scores[e.TokenId.Uint64()] = e.Score
	}
	rejected := map[uint64]uint16{}
	for _, e := range res.rejected {
		rejected[e.TokenId.Uint64()] = e.Score
	}
	if len(res.finalized) != 1 || scores[high] != 9900 || len(res.rejected) != 3 {
		t.Fatalf("finalized %v, rejected %v; want only %d at its median 9900", scores, rejected, high)
	}
	for id, want := range map[uint64]uint16{low: 2000, none: 2000, bad: 0} {
		if s, ok := rejected[id]; !ok || s != want {
			t.Fatalf("rejected %v; want token %d at its median %d", rejected, id, want)
		}
	}
	st, err := n.Suite.TokenState(n.Ctx, high)
	n.Must(err)
	if want := int64(f.batch.Records()) * 9900; st.ShareRatio.Int64() != want {
		t.Fatalf("shareRatio %d; want recordCount × median = %d", st.ShareRatio.Int64(), want)
	}
}

// ceremonyKeys runs a ceremony of the test size with two contributors and returns it.
func ceremonyKeys(t *testing.T) *zk.Ceremony {
	t.Helper()
	ctx := context.Background()
	c, err := zk.InitCeremony(ctx, t.TempDir(), []int{zk.TestSize}, nil)
	if err != nil {
		t.Fatal(err)
	}
	beacon := zk.Beacon{Value: strings.Repeat("5a", 32), Source: "test"}
	for phase := 0; phase < 2; phase++ {
		for _, name := range []string{"validator-1", "validator-2"} {
			if _, _, err := c.Contribute(ctx, name, ""); err != nil {
				t.Fatal(err)
			}
		}
		if phase == 0 {
			_, err = c.ClosePhase1(ctx, beacon)
		} else {
			_, _, err = c.Finalize(ctx, beacon)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// A suite deployed with a ceremony's keys verifies proofs made with them on chain and refuses
// proofs made with the public development keys, which the development deployment accepts; the
// chain says which keys each deployment uses.
func TestZK_CeremonyKeysOnChain(t *testing.T) {
	c := ceremonyKeys(t)
	vks, err := c.VerifierKeys()
	if err != nil {
		t.Fatal(err)
	}
	n := newNet(t)
	devSuite := n.Suite
	n.Suite, err = evm.DeployWithZKKeys(n.Ctx, n.Chain, n.Admin, n.Config, evm.ZKKeys{Set: c.CID(), Keys: vks})
	n.Must(err)

	ceremony, err := c.Keys(zk.TestSize)
	n.Must(err)
	dev, err := zk.DevKeys(t.TempDir(), zk.TestSize)
	n.Must(err)
	b, err := zk.NewBatch(zk.TestSize, zk.SampleRecords(9, zk.TestSize-1, zk.SampleCell))
	n.Must(err)
	claim := zk.Claim{TokenID: big.NewInt(77), Threshold: b.Score(), Region: zk.SampleCell}
	payload := func(k *zk.Keys) []byte {
		p, err := zk.Prove(k, b, claim)
		n.Must(err)
		return zk.Payload(zk.TestSize, claim, p)
	}
	good, forged := payload(ceremony), payload(dev)
	gas, ok, err := n.Suite.ZKVerifyGas(n.Ctx, 77, b.Commit(), good)
	n.Must(err)
	if !ok || gas > 300_000 {
		t.Fatalf("the ceremony deployment: ceremony proof ok=%v gas=%d; want valid under 300k gas", ok, gas)
	}
	t.Logf("verify %d gas", gas)
	if _, ok, err := n.Suite.ZKVerifyGas(n.Ctx, 77, b.Commit(), forged); err != nil || ok {
		t.Fatalf("the ceremony deployment accepted a development-key proof (ok=%v, %v)", ok, err)
	}
	in, err := n.Suite.ZKKeysInUse(n.Ctx)
	n.Must(err)
	if in.Keys != "ceremony" || in.KeySet != c.CID() || in.Sizes[zk.TestSize] != evm.ZKKeyHash(vks[zk.TestSize]) || len(in.Sizes) != 1 {
		t.Fatalf("keys in use %+v; want the ceremony %s", in, c.CID())
	}

	// The development deployment on the same chain: the reverse.
	if _, ok, err := devSuite.ZKVerifyGas(n.Ctx, 77, b.Commit(), forged); err != nil || !ok {
		t.Fatalf("the development deployment refused a development-key proof (ok=%v, %v)", ok, err)
	}
	if _, ok, err := devSuite.ZKVerifyGas(n.Ctx, 77, b.Commit(), good); err != nil || ok {
		t.Fatalf("the development deployment accepted a ceremony proof (ok=%v, %v)", ok, err)
	}
	in, err = devSuite.ZKKeysInUse(n.Ctx)
	n.Must(err)
	if in.Keys != "dev" || in.KeySet != evm.ZKKeySetDev || len(in.Sizes) != 1+len(zk.Sizes) {
		t.Fatalf("development keys in use %+v", in)
	}
}

// Development keys are refused on any chain but the local development chains unless explicitly
// allowed, however they are labelled; a verifier refuses a key that is not on the curve.
func TestZK_DevKeysRefusedOnOtherChains(t *testing.T) {
	dev := evm.DevZKKeys()
	for _, id := range []uint64{evm.EmbeddedChainID, 31337} {
		if err := evm.CheckZKKeys(id, dev); err != nil {
			t.Fatalf("dev keys on chain %d: %v", id, err)
		}
	}
	for _, id := range []uint64{1, 10, 8453, 11155111} {
		if err := evm.CheckZKKeys(id, dev); datpin.ErrorCode(err) != datpin.EUNAUTHORIZED {
			t.Fatalf("dev keys on chain %d: %v; want EUNAUTHORIZED", id, err)
		}
	}
	relabelled := evm.ZKKeys{Set: "bafkreiaaaa", Keys: dev.Keys}
	if err := evm.CheckZKKeys(1, relabelled); datpin.ErrorCode(err) != datpin.EUNAUTHORIZED {
		t.Fatalf("dev keys under a ceremony label on chain 1: %v", err)
	}
	insecure := dev
	insecure.InsecureAnyChain = true
	if err := evm.CheckZKKeys(1, insecure); err != nil {
		t.Fatalf("explicitly allowed dev keys: %v", err)
	}
	if err := evm.CheckZKKeys(1, evm.ZKKeys{Set: "x"}); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("no keys: %v", err)
	}

	// A key word off the curve is refused at construction.
	n := newNet(t)
	bad, _ := zk.DevVerifierKey(zk.TestSize)
	bad[15] = new(big.Int).Add(bad[15], big.NewInt(1)) // K₀'s y
	_, err := evm.DeployWithZKKeys(n.Ctx, n.Chain, n.Admin, n.Config, evm.ZKKeys{Set: "x", Keys: map[int]zk.VerifierKey{zk.TestSize: bad}})
	if err == nil {
		t.Fatal("a verifier with a point off the curve deployed")
	}
}
