package evm_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/mockproofverifier"
	"github.com/datpin/datpin/contracts/bindings/qualityoracle"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// Attacks on the quality oracle's consensus: forged proofs, poisoned finalize batches, adaptive
// reveals, validator-set capture, withholding and administration. Each test performs the attack
// on the embedded chain and asserts that the victim is unharmed.

// deployerAdminNet deploys with the deployer kept as the contracts' direct admin, for tests of
// the oracle's admin functions and of proofs (which need a verifier registered on the DAT).
func deployerAdminNet(t testing.TB) *evmtest.Net {
	cfg := evm.DefaultConfig()
	cfg.DeployerAdmin = true
	return evmtest.New(t, cfg)
}

// registerWith mints stake to v and registers it as a validator with exactly that stake.
func registerWith(n *evmtest.Net, v *evm.Account, stake *big.Int) {
	n.T.Helper()
	n.Must(n.Suite.MintToken(n.Ctx, n.Admin, v.Address, stake))
	n.Must(n.Suite.RegisterValidator(n.Ctx, v, stake))
}

// withholdPenalty is what a round committed to and not revealed costs.
func withholdPenalty(n *evmtest.Net) *big.Int {
	return new(big.Int).Mul(n.Config.SlashPerFault, big.NewInt(int64(n.Config.FaultsPerWithhold)))
}

// mulStake returns k times the minimum stake.
func mulStake(n *evmtest.Net, k int64) *big.Int {
	return new(big.Int).Mul(n.Config.MinStake, big.NewInt(k))
}

// useMockVerifier registers a verifier that accepts any proof bound to its token as ZK_ATTEST.
func useMockVerifier(n *evmtest.Net) [32]byte {
	n.T.Helper()
	zk := evmtest.Read(n, n.Suite.DAT, n.Suite.DATABI.PackZKATTEST(), n.Suite.DATABI.UnpackZKATTEST)
	verifier := n.Deploy(n.Admin, mockproofverifier.MockProofVerifierMetaData.Bin, nil)
	n.MustSend(n.Admin, n.Suite.DAT, n.Suite.DATABI.PackSetProofVerifier(zk, verifier), nil)
	return zk
}

// anchorZK anchors one contribution of dev with a ZK commitment.
func anchorZK(n *evmtest.Net, dev *evm.Account, score uint16) (uint64, [32]byte) {
	n.T.Helper()
	c := n.Contribution(dev, 100, score)
	c.ZKCommit = [32]byte(crypto.Keccak256([]byte("zk"), dev.Address[:], big.NewInt(int64(n.Now())).Bytes()))
	return n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{dev}, []datpin.Contribution{c}), c.ZKCommit
}

// addProof attaches a mock ZK proof of `threshold` to token id as its contributor (the token's
// owner, else its device).
func addProof(n *evmtest.Net, zk [32]byte, id uint64, commit [32]byte, threshold uint16, op, dev *evm.Account) error {
	data := n.Suite.DATABI.PackAddProof(evmtest.U(id), zk, "", zkProof(id, commit, threshold))
	_, err := n.Send(op, n.Suite.DAT, data, nil)
	if err != nil && evm.RevertName(err) != "InvalidProof" && evm.RevertName(err) != "ValueTooLarge" && evm.RevertName(err) != "InvalidInput" {
		_, err = n.Send(dev, n.Suite.DAT, data, nil)
	}
	return err
}

func skipped(r *types.Receipt, n *evmtest.Net) map[uint64]string {
	out := map[uint64]string{}
	for _, ev := range evmtest.Events(r, n.Suite.OracleABI.UnpackFinalizeSkippedEvent) {
		out[ev.TokenId.Uint64()] = string(trimZero(ev.Reason[:]))
	}
	return out
}

func trimZero(b []byte) []byte {
	for len(b) > 0 && b[len(b)-1] == 0 {
		b = b[:len(b)-1]
	}
	return b
}

// Finding 1: a zero-knowledge proof (whose keys may be forged) once lifted the agreed score to
// its threshold: three validators revealed 1,500 and the token finalized at 9,000. A proof is now
// an attestation only: the token is rejected at the validators' 1,500 and is not ZK-attested.
func TestAttack_OracleProofNeverLiftsScore(t *testing.T) {
	n := deployerAdminNet(t)
	op, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(3)
	zk := useMockVerifier(n)
	id, commit := anchorZK(n, dev, 9000)
	n.Must(addProof(n, zk, id, commit, 9000, op, dev))
	n.Evaluate(id, vs, [][]uint16{{1500}, {1500}, {1500}})
	r, err := n.Suite.Finalize(n.Ctx, stranger, []uint64{id})
	n.Must(err)
	if fin := evmtest.Events(r, n.Suite.DATABI.UnpackFinalizedEvent); len(fin) != 0 {
		t.Fatalf("Finalized %+v; the proof lifted the score above the validators' 1500", fin)
	}
	rej := evmtest.Events(r, n.Suite.DATABI.UnpackRejectedEvent)
	if len(rej) != 1 || rej[0].Score != 1500 || rej[0].Reason != bytes32("below-threshold") {
		t.Fatalf("Rejected %+v; want the agreed 1500, below threshold", rej)
	}
	pc := evmtest.Events(r, n.Suite.OracleABI.UnpackProofCheckedEvent)
	if len(pc) != 1 || pc[0].Threshold.Uint64() != 9000 || pc[0].Attested {
		t.Fatalf("ProofChecked %+v; want threshold 9000, not attested", pc)
	}
	st, err := n.Suite.TokenState(n.Ctx, id)
	n.Must(err)
	if st.Contrib.Score != 1500 || st.Value.Sign() != 0 {
		t.Fatalf("token %+v; want score 1500 and no value", st)
	}
}

// Finding 1: one token nobody can finalize (a proof threshold above the score range, an unknown
// id, a repeated id, a token already final, a token whose reveal window is open) once made the
// whole finalize batch revert. The good tokens of the batch now finalize; the others are named in
// FinalizeSkipped.
func TestAttack_OracleBadTokenCannotStallBatch(t *testing.T) {
	n := deployerAdminNet(t)
	op, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(3)
	zk := useMockVerifier(n)
	done, _ := anchorOne(n, dev, 10, 9000)
	n.Evaluate(done, vs, [][]uint16{{9000}, {9000}, {9000}})
	finalize(n, done)

	good1, _ := anchorOne(n, dev, 100, 9000)
	bad, commit := anchorZK(n, dev, 9000)
	good2, _ := anchorOne(n, dev, 100, 9000)
	// The DAT may refuse a threshold out of range; if it takes it, the oracle must isolate it.
	proofErr := addProof(n, zk, bad, commit, 65_535, op, dev)
	n.Evaluate(good1, vs, [][]uint16{{8000, 8000, 8000}, {8000, 8000, 8000}, {8000, 8000, 8000}})
	_, _, _, closes := roundOf(n, good1)
	open, _ := anchorOne(n, dev, 10, 9000) // a later round: its reveal window is open
	if _, _, _, c := roundOf(n, open); c <= closes {
		t.Fatalf("setup: token %d's round closes at %d, not after %d", open, c, closes)
	}
	batch := []uint64{good1, 99_999, bad, done, good1, open, good2}
	r, err := n.Suite.Finalize(n.Ctx, stranger, batch)
	if err != nil {
		t.Fatalf("finalize of a batch with bad tokens reverted: %v", err)
	}
	fin := map[uint64]uint16{}
	for _, ev := range evmtest.Events(r, n.Suite.DATABI.UnpackFinalizedEvent) {
		fin[ev.TokenId.Uint64()] = ev.Score
	}
	if fin[good1] != 8000 || fin[good2] != 8000 {
		t.Fatalf("finalized %v; want tokens %d and %d at 8000", fin, good1, good2)
	}
	if proofErr == nil && fin[bad] != 8000 {
		t.Fatalf("finalized %v; want the token with the out-of-range proof at the agreed 8000, not attested", fin)
	}
	if proofErr == nil {
		pc := evmtest.Events(r, n.Suite.OracleABI.UnpackProofCheckedEvent)
		if len(pc) != 1 || pc[0].TokenId.Uint64() != bad || pc[0].Threshold.Uint64() != 65_535 || pc[0].Attested {
			t.Fatalf("ProofChecked %+v; want token %d not attested", pc, bad)
		}
	}
	sk := skipped(r, n)
	want := map[uint64]string{99_999: "not-found", done: "not-pending", open: "reveal-open"}
	for id, why := range want {
		if sk[id] != why {
			t.Fatalf("FinalizeSkipped %v; want token %d skipped as %q", sk, id, why)
		}
	}
	dups := 0
	for _, ev := range evmtest.Events(r, n.Suite.OracleABI.UnpackFinalizeSkippedEvent) {
		if ev.TokenId.Uint64() == good1 && string(trimZero(ev.Reason[:])) == "duplicate" {
			dups++
		}
	}
	if dups != 1 {
		t.Fatalf("the repeated id %d was skipped %d times as duplicate; want once", good1, dups)
	}
	if st, _ := n.Suite.TokenState(n.Ctx, open); st.Status != datpin.StatusPending {
		t.Fatalf("token of the open round: status %v; want pending", st.Status)
	}
}

// Finding 2: a validator once held several commitments for a round, waited for the honest
// reveals and opened the vector that moved the median, so the honest validators were slashed as
// outliers. Now a second commitment replaces the first, the replaced one cannot be revealed, a
// reveal opens the held commitment once, and the honest validators keep their stake.
func TestAttack_OracleAdaptiveReveal(t *testing.T) {
	n := newNet(t)
	o := n.Suite.OracleABI
	_, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(4)
	honest, attackers := vs[:2], vs[2:]
	id, _ := anchorOne(n, dev, 100, 9000)
	round, commitOpens, revealOpens, closes := roundOf(n, id)
	n.AdvanceTo(commitOpens)
	type opening struct {
		scores []uint16
		salt   [32]byte
	}
	hon := []opening{{[]uint16{8000}, salt()}, {[]uint16{8100}, salt()}}
	for i, v := range honest {
		n.Must(n.Suite.Commit(n.Ctx, v, round, n.Suite.Commitment(round, v.Address, id, hon[i].scores, hon[i].salt)))
	}
	low := make([]opening, len(attackers))  // the vector that drags the median down
	fair := make([]opening, len(attackers)) // the vector kept in reserve
	for i, a := range attackers {
		low[i] = opening{[]uint16{1000}, salt()}
		fair[i] = opening{[]uint16{8000}, salt()}
		n.Must(n.Suite.Commit(n.Ctx, a, round, n.Suite.Commitment(round, a.Address, id, low[i].scores, low[i].salt)))
		r := n.MustSend(a, n.Suite.Oracle, o.PackCommit(evmtest.U(round), n.Suite.Commitment(round, a.Address, id, fair[i].scores, fair[i].salt)), nil)
		if ev := evmtest.Events(r, o.UnpackCommitmentReplacedEvent); len(ev) != 1 {
			t.Fatalf("second commitment: CommitmentReplaced %+v; want one", ev)
		}
	}
	n.AdvanceTo(revealOpens)
	for i, v := range honest {
		n.Must(n.Suite.Reveal(n.Ctx, v, round, id, hon[i].scores, hon[i].salt))
	}
	stakes := []*big.Int{validatorOf(n, honest[0].Address).Stake, validatorOf(n, honest[1].Address).Stake}
	t.Run("ErrRevealReplacedCommitment", func(t *testing.T) {
		for i, a := range attackers {
			err := n.Suite.Reveal(n.Ctx, a, round, id, low[i].scores, low[i].salt)
			evmtest.ExpectRevert(t, err, "CommitmentMismatch", datpin.EUNAUTHORIZED)
		}
	})
	t.Run("ErrReplaceInRevealWindow", func(t *testing.T) {
		a := attackers[0]
		err := n.Suite.Commit(n.Ctx, a, round, n.Suite.Commitment(round, a.Address, id, low[0].scores, low[0].salt))
		evmtest.ExpectRevert(t, err, "OutsideWindow", datpin.ECONFLICT)
	})
	for i, a := range attackers {
		n.Must(n.Suite.Reveal(n.Ctx, a, round, id, fair[i].scores, fair[i].salt))
	}
	t.Run("ErrSecondReveal", func(t *testing.T) {
		err := n.Suite.Reveal(n.Ctx, attackers[0], round, id, fair[0].scores, fair[0].salt)
		evmtest.ExpectRevert(t, err, "AlreadyRevealed", "")
	})
	n.AdvanceTo(closes)
	res := finalize(n, id)
	if !res.accepted(8000) {
		t.Fatalf("Finalized %+v; want the honest 8000", res.finalized)
	}
	for i, v := range honest {
		wantBig(t, "honest stake", validatorOf(n, v.Address).Stake, stakes[i])
		if validatorOf(n, v.Address).Faults != 0 {
			t.Fatalf("honest validator %d got a fault", i)
		}
	}
}

// Finding 5: minimum-stake squatters once filled the 32 slots and locked honest validators out.
// A newcomer with more stake than the smallest listed validator now displaces it; the displaced
// squatter gets its stake back after the exit delay, and cannot come back with the minimum.
func TestAttack_OracleSquattersCannotLockOut(t *testing.T) {
	n := newNet(t)
	o := n.Suite.OracleABI
	var squatters []*evm.Account
	for _, label := range []string{"attacker", "buyer"} {
		for i := range uint32(16) {
			squatters = append(squatters, evmtest.Account(label, i))
		}
	}
	for _, s := range squatters {
		registerWith(n, s, n.Config.MinStake)
	}
	honest := evmtest.Account("validator", 0)
	n.Must(n.Suite.MintToken(n.Ctx, n.Admin, honest.Address, mulStake(n, 2)))
	n.Approve(honest, n.Suite.Token, n.Suite.Oracle, mulStake(n, 2))
	r, err := n.Send(honest, n.Suite.Oracle, o.PackRegister(mulStake(n, 2)), nil)
	if err != nil {
		t.Fatalf("an honest validator with twice the minimum stake was kept out of a set of squatters: %v", err)
	}
	ev := evmtest.Events(r, o.UnpackValidatorDisplacedEvent)
	if len(ev) != 1 || ev[0].By != honest.Address || !bigEq(ev[0].Stake, n.Config.MinStake) {
		t.Fatalf("ValidatorDisplaced %+v", ev)
	}
	victim := ev[0].Validator
	list := evmtest.Read(n, n.Suite.Oracle, o.PackValidators(), o.UnpackValidators)
	in := map[common.Address]bool{}
	for _, a := range list {
		in[a] = true
	}
	if len(list) != 32 || !in[honest.Address] || in[victim] {
		t.Fatalf("validators: %d, honest listed %v, displaced listed %v", len(list), in[honest.Address], in[victim])
	}
	t.Run("ErrSquatterBackWithMinimum", func(t *testing.T) {
		late := evmtest.Account("holder", 0)
		n.Must(n.Suite.MintToken(n.Ctx, n.Admin, late.Address, n.Config.MinStake))
		n.Approve(late, n.Suite.Token, n.Suite.Oracle, n.Config.MinStake)
		_, err := n.Send(late, n.Suite.Oracle, o.PackRegister(n.Config.MinStake), nil)
		evmtest.ExpectRevert(t, err, "TooManyValidators", datpin.ECONFLICT)
	})
	t.Run("OKDisplacedStakeWithdrawable", func(t *testing.T) {
		var sq *evm.Account
		for _, s := range squatters {
			if s.Address == victim {
				sq = s
			}
		}
		_, err := n.Send(sq, n.Suite.Oracle, o.PackWithdraw(), nil)
		evmtest.ExpectRevert(t, err, "ExitPending", datpin.ECONFLICT)
		n.AdvanceTo(ev[0].AvailableAt.Uint64())
		before := n.ERC20Balance(n.Suite.Token, victim)
		n.MustSend(sq, n.Suite.Oracle, o.PackWithdraw(), nil)
		wantBig(t, "displaced stake paid back", new(big.Int).Sub(n.ERC20Balance(n.Suite.Token, victim), before), n.Config.MinStake)
	})
}

// Finding 5: the median once counted heads, so 17 minimum stakes controlled it. The agreed score
// is now the stake-weighted median. Tolerance rule: with honest validators within 5 % of each
// other, a coalition holding less than 1/3 of the stake moves the finalized score by at most 5 %
// of the honest median; here 17 heads with under 30 % of the stake reveal the extremes.
func TestAttack_OracleCoalitionOfHeads(t *testing.T) {
	n := newNet(t)
	_, dev := onboarded(n, 0, 0)
	var honest, coalition []*evm.Account
	for i := range uint32(4) {
		v := evmtest.Account("validator", i)
		registerWith(n, v, mulStake(n, 10))
		honest = append(honest, v)
	}
	for i := range uint32(16) {
		coalition = append(coalition, evmtest.Account("attacker", i))
	}
	coalition = append(coalition, evmtest.Account("buyer", 0))
	// A little above the minimum, so the faults of the first attempt leave enough to commit again:
	// 17 × 1,010 against 4 × 10,000 is under 30 % of the stake.
	for _, a := range coalition {
		registerWith(n, a, new(big.Int).Add(n.Config.MinStake, evm.Ether(10)))
	}
	honestScores := []uint16{8000, 8100, 7950, 8050}
	const honestMedian = 8025 // (8000 + 8050) / 2, equal weights
	for _, extreme := range []uint16{0, 10_000} {
		id, _ := anchorOne(n, dev, 100, 9000)
		vs := append(append([]*evm.Account{}, honest...), coalition...)
		scores := make([][]uint16, len(vs))
		for i := range vs {
			if i < len(honest) {
				scores[i] = []uint16{honestScores[i]}
			} else {
				scores[i] = []uint16{extreme}
			}
		}
		n.Evaluate(id, vs, scores)
		res := finalize(n, id)
		if len(res.finalized) != 1 {
			t.Fatalf("coalition at %d: Finalized %+v Rejected %+v; want the honest score to stand", extreme, res.finalized, res.rejected)
		}
		got := int(res.finalized[0].Score)
		if d := got - honestMedian; d*d > (honestMedian*5/100)*(honestMedian*5/100) {
			t.Fatalf("coalition at %d moved the score to %d, more than 5%% from %d", extreme, got, honestMedian)
		}
	}
}

// Finding 5: stake added after a commitment does not weigh in that round. A validator commits an
// extreme score, then adds forty times the stake of the honest validators before revealing.
func TestAttack_OracleStakeAddedAfterCommit(t *testing.T) {
	n := newNet(t)
	o := n.Suite.OracleABI
	_, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(4)
	attacker := vs[3]
	id, _ := anchorOne(n, dev, 100, 9000)
	round, commitOpens, revealOpens, closes := roundOf(n, id)
	n.AdvanceTo(commitOpens)
	scores := [][]uint16{{8000}, {8000}, {8100}, {0}}
	salts := make([][32]byte, len(vs))
	for i, v := range vs {
		salts[i] = salt()
		n.Must(n.Suite.Commit(n.Ctx, v, round, n.Suite.Commitment(round, v.Address, id, scores[i], salts[i])))
	}
	extra := mulStake(n, 240)
	n.Must(n.Suite.MintToken(n.Ctx, n.Admin, attacker.Address, extra))
	n.Approve(attacker, n.Suite.Token, n.Suite.Oracle, extra)
	n.MustSend(attacker, n.Suite.Oracle, o.PackAddStake(extra), nil)
	n.AdvanceTo(revealOpens)
	for i, v := range vs {
		n.Must(n.Suite.Reveal(n.Ctx, v, round, id, scores[i], salts[i]))
	}
	n.AdvanceTo(closes)
	if res := finalize(n, id); !res.accepted(8000) {
		t.Fatalf("Finalized %+v Rejected %+v; want 8000 with the stake added after the commitment not counted", res.finalized, res.rejected)
	}
}

// Finding 6: committing and not revealing once cost nothing. The withholder is penalized once
// for the round (slashPerWithhold, counted in its record); the validators that revealed are not.
func TestAttack_OracleWithholdingPenalized(t *testing.T) {
	n := newNet(t)
	o := n.Suite.OracleABI
	_, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(4)
	id, _ := anchorOne(n, dev, 100, 9000)
	round, commitOpens, revealOpens, closes := roundOf(n, id)
	n.AdvanceTo(commitOpens)
	salts := make([][32]byte, len(vs))
	for i, v := range vs {
		salts[i] = salt()
		n.Must(n.Suite.Commit(n.Ctx, v, round, n.Suite.Commitment(round, v.Address, id, []uint16{8000}, salts[i])))
	}
	n.AdvanceTo(revealOpens)
	for i, v := range vs[:3] {
		n.Must(n.Suite.Reveal(n.Ctx, v, round, id, []uint16{8000}, salts[i]))
	}
	before := make([]*big.Int, len(vs))
	for i, v := range vs {
		before[i] = validatorOf(n, v.Address).Stake
	}
	n.AdvanceTo(closes)
	r, err := n.Suite.Finalize(n.Ctx, stranger, []uint64{id})
	n.Must(err)
	pen := evmtest.Events(r, o.UnpackWithholdingPenalizedEvent)
	if len(pen) != 1 || pen[0].Validator != vs[3].Address || pen[0].Round.Uint64() != round || !bigEq(pen[0].Slashed, withholdPenalty(n)) {
		t.Fatalf("WithholdingPenalized %+v; want validator 3 slashed %v", pen, withholdPenalty(n))
	}
	for i, v := range vs {
		want := before[i]
		if i == 3 {
			want = new(big.Int).Sub(before[i], withholdPenalty(n))
		}
		wantBig(t, "stake", validatorOf(n, v.Address).Stake, want)
	}
	if got := validatorOf(n, vs[3].Address).Withheld; got != 1 {
		t.Fatalf("withheld = %d; want 1", got)
	}
	t.Run("OncePerRound", func(t *testing.T) {
		n.Must(func() error { _, err := n.Suite.Finalize(n.Ctx, stranger, []uint64{id}); return err }())
		wantBig(t, "stake after a second finalize", validatorOf(n, vs[3].Address).Stake, new(big.Int).Sub(before[3], withholdPenalty(n)))
		_, err := n.Send(stranger, n.Suite.Oracle, o.PackChargeWithholding(evmtest.U(round), vs[3].Address), nil)
		evmtest.ExpectRevert(t, err, "NotWithheld", "")
		_, err = n.Send(stranger, n.Suite.Oracle, o.PackChargeWithholding(evmtest.U(round), vs[0].Address), nil)
		evmtest.ExpectRevert(t, err, "NotWithheld", "")
	})
}

// Finding 6: a coalition that withholds to force NO_QUORUM (and so burn the token's root) pays
// for it; the validator that revealed is not penalized.
func TestAttack_OracleWithholdingForNoQuorum(t *testing.T) {
	n := newNet(t)
	_, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(3)
	id, _ := anchorOne(n, dev, 100, 9000)
	round, commitOpens, revealOpens, closes := roundOf(n, id)
	n.AdvanceTo(commitOpens)
	s := make([][32]byte, 3)
	for i, v := range vs {
		s[i] = salt()
		n.Must(n.Suite.Commit(n.Ctx, v, round, n.Suite.Commitment(round, v.Address, id, []uint16{8000}, s[i])))
	}
	n.AdvanceTo(revealOpens)
	n.Must(n.Suite.Reveal(n.Ctx, vs[0], round, id, []uint16{8000}, s[0]))
	stake := validatorOf(n, vs[0].Address).Stake
	n.AdvanceTo(closes + uint64(n.Config.StaleAfter/time.Second))
	res := finalize(n, id)
	if len(res.rejected) != 1 || res.rejected[0].Reason != bytes32("no-quorum") {
		t.Fatalf("Rejected %+v; want NO_QUORUM", res.rejected)
	}
	wantBig(t, "revealing validator's stake", validatorOf(n, vs[0].Address).Stake, stake)
	for _, v := range vs[1:] {
		got := validatorOf(n, v.Address)
		wantBig(t, "withholder's stake", got.Stake, new(big.Int).Sub(stake, withholdPenalty(n)))
		if got.Withheld != 1 {
			t.Fatalf("withholder %s: withheld = %d; want 1", v.Address, got.Withheld)
		}
	}
}

// Finding 6: a validator once withdrew the moment its exit delay ended, ahead of the
// finalization of a round it committed to and never revealed. Its stake now stays locked until
// that round's reveal window plus the dispute window, and the withholding is charged at withdraw.
func TestAttack_OracleWithdrawBeforeDispute(t *testing.T) {
	n := newNet(t)
	o := n.Suite.OracleABI
	_, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(1)
	v := vs[0]
	id, _ := anchorOne(n, dev, 100, 9000)
	round, commitOpens, _, closes := roundOf(n, id)
	n.AdvanceTo(commitOpens)
	n.Must(n.Suite.Commit(n.Ctx, v, round, n.Suite.Commitment(round, v.Address, id, []uint16{8000}, salt())))
	n.MustSend(v, n.Suite.Oracle, o.PackRequestExit(), nil)
	stake := validatorOf(n, v.Address).Stake
	n.AdvanceTo(max(closes, commitOpens+uint64(n.Config.ExitDelay/time.Second)))
	_, err := n.Send(v, n.Suite.Oracle, o.PackWithdraw(), nil)
	evmtest.ExpectRevert(t, err, "ExitPending", datpin.ECONFLICT)
	dispute := closes + uint64(n.Config.DisputeWindow/time.Second)
	n.AdvanceTo(dispute - 2)
	_, err = n.Send(v, n.Suite.Oracle, o.PackWithdraw(), nil)
	evmtest.ExpectRevert(t, err, "ExitPending", datpin.ECONFLICT)
	n.AdvanceTo(dispute)
	before := n.ERC20Balance(n.Suite.Token, v.Address)
	r := n.MustSend(v, n.Suite.Oracle, o.PackWithdraw(), nil)
	if pen := evmtest.Events(r, o.UnpackWithholdingPenalizedEvent); len(pen) != 1 {
		t.Fatalf("WithholdingPenalized %+v; want the unrevealed round charged at withdraw", pen)
	}
	wantBig(t, "paid out", new(big.Int).Sub(n.ERC20Balance(n.Suite.Token, v.Address), before), new(big.Int).Sub(stake, withholdPenalty(n)))
}

// Finding 8: the admin once granted DEFAULT_ADMIN_ROLE at will and register truncated stakes into
// uint128. The admin role now moves in two steps with a delay, and a stake that does not fit is
// refused instead of truncated.
func TestAttack_OracleAdministration(t *testing.T) {
	n := deployerAdminNet(t)
	o := n.Suite.OracleABI
	t.Run("ErrGrantAdminDirectly", func(t *testing.T) {
		_, err := n.Send(n.Admin, n.Suite.Oracle, o.PackGrantRole([32]byte{}, stranger.Address), nil)
		evmtest.ExpectRevert(t, err, "AccessControlEnforcedDefaultAdminRules", "")
		if evmtest.Read(n, n.Suite.Oracle, o.PackHasRole([32]byte{}, stranger.Address), o.UnpackHasRole) {
			t.Fatal("the stranger holds the admin role")
		}
	})
	t.Run("OKTwoStepTransferWithDelay", func(t *testing.T) {
		next := evmtest.Account("admin", 1)
		n.MustSend(n.Admin, n.Suite.Oracle, o.PackBeginDefaultAdminTransfer(next.Address), nil)
		_, err := n.Send(next, n.Suite.Oracle, o.PackAcceptDefaultAdminTransfer(), nil)
		evmtest.ExpectRevert(t, err, "AccessControlEnforcedDefaultAdminDelay", "")
		p := evmtest.Read(n, n.Suite.Oracle, o.PackParams(), o.UnpackParams)
		_, err = n.Send(next, n.Suite.Oracle, o.PackSetParams(qualityoracle.QualityOracleParams(p)), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
		delay := evmtest.Read(n, n.Suite.Oracle, o.PackADMINDELAY(), o.UnpackADMINDELAY)
		n.Advance(time.Duration(delay.Uint64()+1) * time.Second)
		n.MustSend(next, n.Suite.Oracle, o.PackAcceptDefaultAdminTransfer(), nil)
		n.MustSend(next, n.Suite.Oracle, o.PackSetParams(qualityoracle.QualityOracleParams(p)), nil)
		_, err = n.Send(n.Admin, n.Suite.Oracle, o.PackSetParams(qualityoracle.QualityOracleParams(p)), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrStakeTruncated", func(t *testing.T) {
		v := evmtest.Account("validator", 0)
		huge := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 128), n.Config.MinStake)
		n.Must(n.Suite.MintToken(n.Ctx, n.Admin, v.Address, huge))
		n.Approve(v, n.Suite.Token, n.Suite.Oracle, huge)
		_, err := n.Send(v, n.Suite.Oracle, o.PackRegister(huge), nil)
		evmtest.ExpectRevert(t, err, "SafeCastOverflowedUintDowncast", "")
		wantBig(t, "stake tokens kept", n.ERC20Balance(n.Suite.Token, v.Address), huge)
	})
}
