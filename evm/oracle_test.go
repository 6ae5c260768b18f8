package evm_test

import (
	"crypto/rand"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/dataanchoringtoken"
	"github.com/datpin/datpin/contracts/bindings/qualityoracle"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// The quality oracle: validators, commit and reveal, and finalization by median, quorum and
// threshold; and the rewards contract that settles emission into the class.

const abstain = ^uint16(0)

// roundOf returns the evaluation round of a token and its windows.
func roundOf(n *evmtest.Net, id uint64) (round, commitOpens, revealOpens, revealCloses uint64) {
	n.T.Helper()
	st, err := n.Suite.TokenState(n.Ctx, id)
	n.Must(err)
	round, err = n.Suite.RoundAt(n.Ctx, uint64(st.Contrib.AnchoredAt))
	n.Must(err)
	commitOpens, revealOpens, revealCloses, err = n.Suite.Windows(n.Ctx, round)
	n.Must(err)
	return
}

func salt() [32]byte {
	var s [32]byte
	_, _ = rand.Read(s[:])
	return s
}

// finalizeOne finalizes one token and returns the oracle's QuorumPending / ValidatorScored events and
// the DAT's Finalized / Rejected events.
type finalizeResult struct {
	pending   []*qualityoracle.QualityOracleQuorumPending
	scored    []*qualityoracle.QualityOracleValidatorScored
	finalized []*dataanchoringtoken.DataAnchoringTokenFinalized
	rejected  []*dataanchoringtoken.DataAnchoringTokenRejected
}

// accepted reports whether the finalization accepted exactly one token with the given score.
func (r finalizeResult) accepted(score uint16) bool {
	return len(r.finalized) == 1 && len(r.rejected) == 0 && r.finalized[0].Score == score
}

func finalize(n *evmtest.Net, list ...uint64) finalizeResult {
	n.T.Helper()
	r, err := n.Suite.Finalize(n.Ctx, stranger, list)
	n.Must(err)
	o := n.Suite.OracleABI
	return finalizeResult{
		pending:   evmtest.Events(r, o.UnpackQuorumPendingEvent),
		scored:    evmtest.Events(r, o.UnpackValidatorScoredEvent),
		finalized: evmtest.Events(r, n.Suite.DATABI.UnpackFinalizedEvent),
		rejected:  evmtest.Events(r, n.Suite.DATABI.UnpackRejectedEvent),
	}
}

func TestQualityOracle_Finalize(t *testing.T) {
	n := deployerAdminNet(t)
	op, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(4)
	params := n.Config
	// Each case anchors its own tokens, so cases do not share rounds' state beyond the clock.
	t.Run("OKMedianOdd", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 1440, 9000)
		n.Evaluate(id, vs[:3], [][]uint16{{9100}, {8800}, {9000}})

		res := finalize(n, id)
		if !res.accepted(9000) || len(res.scored) != 3 {
			t.Fatalf("Finalized = %+v, scored %d validators; want the median 9000 of 3", res.finalized, len(res.scored))
		}
		st, _ := n.Suite.TokenState(n.Ctx, id)
		share := int64(1440 * 9000)
		if st.Status != datpin.StatusFinalized || st.ShareRatio.Int64() != share || st.Value.Int64() != (share+9999)/10000 || st.Contrib.Score != 9000 {
			t.Fatalf("token = %+v; want share %d, value ceil(share/1e4)", st, share)
		}
	})
	t.Run("OKMedianEven", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 100, 9000)
		n.Evaluate(id, vs, [][]uint16{{9900}, {6000}, {8000}, {7001}})
		res := finalize(n, id)
		// sorted 6000, 7001, 8000, 9900: (7001+8000)/2 rounded down
		if !res.accepted(7500) || len(res.scored) != 4 {
			t.Fatalf("Finalized = %+v; want median 7500 of 4", res.finalized)
		}
		st, _ := n.Suite.TokenState(n.Ctx, id)
		if st.ShareRatio.Int64() != 100*7500 || st.Value.Int64() != 75 {
			t.Fatalf("token = %+v", st)
		}
	})
	t.Run("OKRejectedBelowThreshold", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 100, 9000)
		n.Evaluate(id, vs[:3], [][]uint16{{3000}, {3900}, {2000}})
		res := finalize(n, id)
		if len(res.finalized) != 0 || len(res.rejected) != 1 || res.rejected[0].Score != 3000 || res.rejected[0].Reason != bytes32("below-threshold") {
			t.Fatalf("Rejected = %+v; want median 3000 below threshold", res.rejected)
		}
		st, _ := n.Suite.TokenState(n.Ctx, id)
		if st.Status != datpin.StatusRejected || st.ShareRatio.Sign() != 0 || st.Value.Sign() != 0 || st.Contrib.Score != 3000 {
			t.Fatalf("token = %+v", st)
		}
	})
	t.Run("OKThresholdIsInclusive", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 100, 9000)
		th := params.Threshold
		n.Evaluate(id, vs[:3], [][]uint16{{th}, {th}, {th}})
		if res := finalize(n, id); !res.accepted(th) {
			t.Fatalf("median == threshold rejected: %+v", res.rejected)
		}
	})
	t.Run("OKQuorumPendingThenNoQuorum", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 100, 9000)
		// Three reveal, but one abstains: 2 scores < quorum 3.
		n.Evaluate(id, vs[:3], [][]uint16{{8000}, {abstain}, {8100}})
		res := finalize(n, id)
		if len(res.pending) != 1 || res.pending[0].TokenId.Uint64() != id || res.pending[0].Reveals != 2 || len(res.finalized)+len(res.rejected) != 0 {
			t.Fatalf("want QuorumPending(2), got %+v / %+v / %+v", res.pending, res.finalized, res.rejected)
		}
		if st, _ := n.Suite.TokenState(n.Ctx, id); st.Status != datpin.StatusPending {
			t.Fatalf("status %v; want still pending", st.Status)
		}
		_, _, _, closes := roundOf(n, id)
		n.AdvanceTo(closes + uint64(params.StaleAfter/time.Second))
		r, err := n.Suite.Finalize(n.Ctx, stranger, []uint64{id})
		n.Must(err)
		rej := evmtest.Events(r, n.Suite.DATABI.UnpackRejectedEvent)
		if len(rej) != 1 || rej[0].Reason != bytes32("no-quorum") {
			t.Fatalf("Rejected %+v; want a NO_QUORUM rejection", rej)
		}
		if st, _ := n.Suite.TokenState(n.Ctx, id); st.Status != datpin.StatusRejected {
			t.Fatalf("status %v", st.Status)
		}
	})
	t.Run("OKFaultsAreSlashed", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 100, 9000)
		before := make([]qualityoracle.QualityOracleValidator, 3)
		for i := range before {
			before[i] = validatorOf(n, vs[i].Address)
		}
		pool0 := evmtest.Read(n, n.Suite.Oracle, n.Suite.OracleABI.PackSlashedPool(), n.Suite.OracleABI.UnpackSlashedPool)
		n.Evaluate(id, vs[:3], [][]uint16{{9000}, {9100}, {2000}}) // the third is 7000 off the median
		res := finalize(n, id)
		if len(res.scored) != 3 {
			t.Fatalf("ValidatorScored = %+v", res.scored)
		}
		for i := range 3 {
			after := validatorOf(n, vs[i].Address)
			wantFault := i == 2
			slashed := new(big.Int)
			if wantFault {
				slashed = params.SlashPerFault
			}
			if after.Faults != before[i].Faults+b2u(wantFault) || after.Agreements != before[i].Agreements+b2u(!wantFault) {
				t.Fatalf("validator %d: %+v -> %+v", i, before[i], after)
			}
			wantBig(t, "stake", after.Stake, new(big.Int).Sub(before[i].Stake, slashed))
		}
		pool := evmtest.Read(n, n.Suite.Oracle, n.Suite.OracleABI.PackSlashedPool(), n.Suite.OracleABI.UnpackSlashedPool)
		wantBig(t, "slashedPool", pool, new(big.Int).Add(pool0, params.SlashPerFault))
	})
	t.Run("OKProofIsAnAttestationOnly", func(t *testing.T) {
		zk := useMockVerifier(n)
		// Below the agreed score the proof attests the token; above it, it changes nothing.
		for _, c := range []struct {
			agreed   uint16
			attested bool
		}{{3200, false}, {7000, true}} {
			id, commit := anchorZK(n, dev, 9000)
			n.Must(addProof(n, zk, id, commit, 6000, op, dev))
			n.Evaluate(id, vs[:3], [][]uint16{{c.agreed - 100}, {c.agreed}, {c.agreed + 100}})
			r, err := n.Suite.Finalize(n.Ctx, stranger, []uint64{id})
			n.Must(err)
			pc := evmtest.Events(r, n.Suite.OracleABI.UnpackProofCheckedEvent)
			if len(pc) != 1 || pc[0].Threshold.Uint64() != 6000 || pc[0].Attested != c.attested {
				t.Fatalf("agreed %d: ProofChecked %+v; want threshold 6000, attested %v", c.agreed, pc, c.attested)
			}
			if st, _ := n.Suite.TokenState(n.Ctx, id); st.Contrib.Score != c.agreed {
				t.Fatalf("score %d; want the agreed %d", st.Contrib.Score, c.agreed)
			}
		}
	})
	t.Run("OKNotPendingSkipped", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 100, 9000)
		n.Evaluate(id, vs[:3], [][]uint16{{9000}, {9000}, {9000}})
		finalize(n, id)
		if res := finalize(n, id); len(res.finalized)+len(res.rejected)+len(res.pending)+len(res.scored) != 0 {
			t.Fatalf("a finalized token was evaluated again: %+v", res)
		}
	})
	t.Run("OKBeforeRevealClosesSkipped", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 100, 9000)
		_, _, revealOpens, _ := roundOf(n, id)
		n.AdvanceTo(revealOpens)
		r, err := n.Suite.Finalize(n.Ctx, stranger, []uint64{id})
		n.Must(err)
		if sk := skipped(r, n); len(sk) != 1 || sk[id] != "reveal-open" {
			t.Fatalf("FinalizeSkipped %v; want %d as reveal-open", sk, id)
		}
		if st, _ := n.Suite.TokenState(n.Ctx, id); st.Status != datpin.StatusPending {
			t.Fatalf("status %v; want pending", st.Status)
		}
	})
	t.Run("OKTokenNotFoundSkipped", func(t *testing.T) {
		r, err := n.Suite.Finalize(n.Ctx, stranger, []uint64{0, 9999})
		n.Must(err)
		if sk := skipped(r, n); len(sk) != 2 || sk[0] != "not-found" || sk[9999] != "not-found" {
			t.Fatalf("FinalizeSkipped %v; want 0 and 9999 as not-found", sk)
		}
	})
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func validatorOf(n *evmtest.Net, v common.Address) qualityoracle.QualityOracleValidator {
	n.T.Helper()
	o := n.Suite.OracleABI
	return evmtest.Read(n, n.Suite.Oracle, o.PackValidatorOf(v), o.UnpackValidatorOf)
}

func TestQualityOracle_CommitReveal(t *testing.T) {
	n := deployerAdminNet(t)
	o := n.Suite.OracleABI
	_, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(6)
	v := vs[0]
	// Anchor at the start of a round, so the round is far from over when the test commits early.
	roundLen := uint64(n.Config.RoundLength / time.Second)
	n.AdvanceTo(n.Suite.Genesis + ((n.Now()-n.Suite.Genesis)/roundLen+1)*roundLen)
	id, _ := anchorOne(n, dev, 100, 9000)
	round, commitOpens, revealOpens, _ := roundOf(n, id)
	scores := []uint16{8000}
	s := salt()
	commitment := n.Suite.Commitment(round, v.Address, id, scores, s)
	t.Run("ErrCommitBeforeWindow", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Commit(n.Ctx, v, round, commitment), "OutsideWindow", datpin.ECONFLICT)
	})
	n.AdvanceTo(commitOpens)
	t.Run("OKCommitmentMatchesGo", func(t *testing.T) {
		onChain := evmtest.Read(n, n.Suite.Oracle, o.PackCommitmentOf(evmtest.U(round), v.Address, evmtest.U(id), evm.PackScores(scores), s), o.UnpackCommitmentOf)
		if onChain != commitment {
			t.Fatalf("commitmentOf differs from the Go commitment")
		}
	})
	t.Run("OKCommit", func(t *testing.T) {
		r := n.MustSend(v, n.Suite.Oracle, o.PackCommit(evmtest.U(round), commitment), nil)
		ev := evmtest.Events(r, o.UnpackCommittedEvent)
		if len(ev) != 1 || ev[0].Round.Uint64() != round || ev[0].Validator != v.Address || ev[0].Commitment != commitment {
			t.Fatalf("Committed = %+v", ev)
		}
		if !evmtest.Read(n, n.Suite.Oracle, o.PackCommitted(evmtest.U(round), v.Address, commitment), o.UnpackCommitted) {
			t.Fatalf("committed = false")
		}
		cs := evmtest.Read(n, n.Suite.Oracle, o.PackCommittersOf(evmtest.U(round)), o.UnpackCommittersOf)
		if len(cs) != 1 || cs[0].Validator != v.Address || !bigEq(cs[0].Weight, validatorOf(n, v.Address).Stake) {
			t.Fatalf("committersOf = %+v; want v with its stake as weight", cs)
		}
		if got := validatorOf(n, v.Address).LastCommitted; uint64(got) != round+1 {
			t.Fatalf("lastCommitted = %d; want %d", got, round+1)
		}
	})
	t.Run("ErrAlreadyCommitted", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Commit(n.Ctx, v, round, commitment), "AlreadyCommitted", datpin.ECONFLICT)
	})
	t.Run("ErrNotValidator", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Commit(n.Ctx, stranger, round, commitment), "NotValidator", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrRevealBeforeWindow", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Reveal(n.Ctx, v, round, id, scores, s), "OutsideWindow", datpin.ECONFLICT)
	})
	// One commitment per validator: the error cases of reveal each get their own validator.
	type opening struct {
		by     *evm.Account
		start  uint64
		scores []uint16
		salt   [32]byte
	}
	bad := map[string]opening{
		"score":  {vs[1], id, []uint16{10_001}, salt()},
		"empty":  {vs[2], id, []uint16{}, salt()},
		"zeroId": {vs[3], 0, []uint16{1}, salt()},
		"ok":     {vs[4], id, []uint16{7000}, salt()},
	}
	for _, b := range bad {
		n.Must(n.Suite.Commit(n.Ctx, b.by, round, n.Suite.Commitment(round, b.by.Address, b.start, b.scores, b.salt)))
	}
	w := vs[4]
	// A validator replaces its commitment while the commit window is open.
	x := vs[5]
	first, second := salt(), salt()
	firstC := n.Suite.Commitment(round, x.Address, id, []uint16{100}, first)
	secondC := n.Suite.Commitment(round, x.Address, id, []uint16{7100}, second)
	t.Run("OKReplaceInCommitWindow", func(t *testing.T) {
		n.Must(n.Suite.Commit(n.Ctx, x, round, firstC))
		r := n.MustSend(x, n.Suite.Oracle, o.PackCommit(evmtest.U(round), secondC), nil)
		if ev := evmtest.Events(r, o.UnpackCommitmentReplacedEvent); len(ev) != 1 || ev[0].Previous != firstC || ev[0].Validator != x.Address {
			t.Fatalf("CommitmentReplaced = %+v", ev)
		}
		if evmtest.Read(n, n.Suite.Oracle, o.PackCommitted(evmtest.U(round), x.Address, firstC), o.UnpackCommitted) ||
			!evmtest.Read(n, n.Suite.Oracle, o.PackCommitted(evmtest.U(round), x.Address, secondC), o.UnpackCommitted) {
			t.Fatalf("committed: want only the replacement held")
		}
		cs := evmtest.Read(n, n.Suite.Oracle, o.PackCommittersOf(evmtest.U(round)), o.UnpackCommittersOf)
		k := 0
		for _, c := range cs {
			if c.Validator == x.Address {
				k++
			}
		}
		if k != 1 {
			t.Fatalf("validator listed %d times among the round's committers; want once", k)
		}
	})
	n.AdvanceTo(revealOpens)
	t.Run("ErrRevealReplacedCommitment", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Reveal(n.Ctx, x, round, id, []uint16{100}, first), "CommitmentMismatch", datpin.EUNAUTHORIZED)
		n.Must(n.Suite.Reveal(n.Ctx, x, round, id, []uint16{7100}, second))
	})
	t.Run("ErrCommitInRevealWindow", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Commit(n.Ctx, w, round, [32]byte{1}), "OutsideWindow", datpin.ECONFLICT)
	})
	t.Run("ErrWrongSalt", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Reveal(n.Ctx, v, round, id, scores, salt()), "CommitmentMismatch", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrOtherScores", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Reveal(n.Ctx, v, round, id, []uint16{9999}, s), "CommitmentMismatch", datpin.EUNAUTHORIZED)
	})
	t.Run("OKReveal", func(t *testing.T) {
		r := n.MustSend(v, n.Suite.Oracle, o.PackReveal(evmtest.U(round), evmtest.U(id), evm.PackScores(scores), s), nil)
		ev := evmtest.Events(r, o.UnpackRevealedEvent)
		if len(ev) != 1 || ev[0].Validator != v.Address || ev[0].StartTokenId.Uint64() != id || len(ev[0].Scores) != 2 || evm.UnpackScores(ev[0].Scores)[0] != 8000 {
			t.Fatalf("Revealed = %+v", ev)
		}
		if got := evmtest.Read(n, n.Suite.Oracle, o.PackRevealedScore(v.Address, evmtest.U(id)), o.UnpackRevealedScore); got != 8000 {
			t.Fatalf("revealedScore = %d", got)
		}
		if got := evmtest.Read(n, n.Suite.Oracle, o.PackRevealedScore(w.Address, evmtest.U(id)), o.UnpackRevealedScore); got != abstain {
			t.Fatalf("revealedScore of a silent validator = %d; want ABSTAIN", got)
		}
	})
	t.Run("ErrRevealTwice", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Reveal(n.Ctx, v, round, id, scores, s), "AlreadyRevealed", "")
		if evmtest.Read(n, n.Suite.Oracle, o.PackCommitted(evmtest.U(round), v.Address, commitment), o.UnpackCommitted) {
			t.Fatalf("committed after the reveal; want false")
		}
	})
	t.Run("ErrScoreAbove10000", func(t *testing.T) {
		b := bad["score"]
		evmtest.ExpectRevert(t, n.Suite.Reveal(n.Ctx, b.by, round, b.start, b.scores, b.salt), "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrEmptyRange", func(t *testing.T) {
		b := bad["empty"]
		evmtest.ExpectRevert(t, n.Suite.Reveal(n.Ctx, b.by, round, b.start, b.scores, b.salt), "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrZeroStart", func(t *testing.T) {
		b := bad["zeroId"]
		evmtest.ExpectRevert(t, n.Suite.Reveal(n.Ctx, b.by, round, b.start, b.scores, b.salt), "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrNoCommitment", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Reveal(n.Ctx, stranger, round, id, scores, s), "CommitmentMismatch", datpin.EUNAUTHORIZED)
	})
	t.Run("OKRevealAfterExitRequest", func(t *testing.T) {
		// A validator that committed and then asked to leave still reveals what it committed.
		n.MustSend(w, n.Suite.Oracle, o.PackRequestExit(), nil)
		b := bad["ok"]
		n.Must(n.Suite.Reveal(n.Ctx, w, round, b.start, b.scores, b.salt))
	})
	t.Run("ErrInsufficientStake", func(t *testing.T) {
		p := evmtest.Read(n, n.Suite.Oracle, o.PackParams(), o.UnpackParams)
		p.MinStake = evm.Ether(1_000_000)
		n.MustSend(n.Admin, n.Suite.Oracle, o.PackSetParams(qualityoracle.QualityOracleParams(p)), nil)
		id2, _ := anchorOne(n, dev, 1, 1)
		r2, c2, _, _ := roundOf(n, id2)
		n.AdvanceTo(c2)
		evmtest.ExpectRevert(t, n.Suite.Commit(n.Ctx, v, r2, [32]byte{2}), "InsufficientStake", datpin.EINVALID)
	})
}

func TestQualityOracle_Validators(t *testing.T) {
	n := deployerAdminNet(t)
	o := n.Suite.OracleABI
	min := n.Config.MinStake
	fund := func(a *evm.Account, amount *big.Int) {
		n.Must(n.Suite.MintToken(n.Ctx, n.Admin, a.Address, amount))
		n.Approve(a, n.Suite.Token, n.Suite.Oracle, amount)
	}
	v := evmtest.Account("validator", 0)
	t.Run("OKRegister", func(t *testing.T) {
		fund(v, min)
		r := n.MustSend(v, n.Suite.Oracle, o.PackRegister(min), nil)
		ev := evmtest.Events(r, o.UnpackValidatorRegisteredEvent)
		if len(ev) != 1 || ev[0].Validator != v.Address || !bigEq(ev[0].Stake, min) {
			t.Fatalf("ValidatorRegistered = %+v", ev)
		}
		got := validatorOf(n, v.Address)
		if !bigEq(got.Stake, min) || !got.Active || !got.Listed {
			t.Fatalf("validatorOf = %+v", got)
		}
		list := evmtest.Read(n, n.Suite.Oracle, o.PackValidators(), o.UnpackValidators)
		if len(list) != 1 || list[0] != v.Address {
			t.Fatalf("validators = %v", list)
		}
	})
	t.Run("ErrAlreadyValidator", func(t *testing.T) {
		fund(v, min)
		_, err := n.Send(v, n.Suite.Oracle, o.PackRegister(min), nil)
		evmtest.ExpectRevert(t, err, "AlreadyValidator", datpin.ECONFLICT)
	})
	t.Run("ErrInsufficientStake", func(t *testing.T) {
		w := evmtest.Account("validator", 1)
		low := new(big.Int).Sub(min, big.NewInt(1))
		fund(w, low)
		_, err := n.Send(w, n.Suite.Oracle, o.PackRegister(low), nil)
		evmtest.ExpectRevert(t, err, "InsufficientStake", datpin.EINVALID)
	})
	t.Run("OKAddStake", func(t *testing.T) {
		r := n.MustSend(v, n.Suite.Oracle, o.PackAddStake(min), nil)
		ev := evmtest.Events(r, o.UnpackStakeAddedEvent)
		want := new(big.Int).Mul(min, big.NewInt(2))
		if len(ev) != 1 || !bigEq(ev[0].Amount, min) || !bigEq(ev[0].Stake, want) {
			t.Fatalf("StakeAdded = %+v", ev)
		}
		wantBig(t, "stake", validatorOf(n, v.Address).Stake, want)
	})
	t.Run("ErrAddStakeNotValidator", func(t *testing.T) {
		fund(stranger, big.NewInt(1))
		_, err := n.Send(stranger, n.Suite.Oracle, o.PackAddStake(big.NewInt(1)), nil)
		evmtest.ExpectRevert(t, err, "NotValidator", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrWithdrawWithoutExit", func(t *testing.T) {
		_, err := n.Send(v, n.Suite.Oracle, o.PackWithdraw(), nil)
		evmtest.ExpectRevert(t, err, "NothingToWithdraw", datpin.ECONFLICT)
	})
	t.Run("OKExitAndWithdraw", func(t *testing.T) {
		r := n.MustSend(v, n.Suite.Oracle, o.PackRequestExit(), nil)
		ev := evmtest.Events(r, o.UnpackExitRequestedEvent)
		availableAt := n.BlockTime(r) + uint64(n.Config.ExitDelay/time.Second)
		if len(ev) != 1 || ev[0].AvailableAt.Uint64() != availableAt {
			t.Fatalf("ExitRequested = %+v; want availableAt %d", ev, availableAt)
		}
		_, err := n.Send(v, n.Suite.Oracle, o.PackRequestExit(), nil)
		evmtest.ExpectRevert(t, err, "NotValidator", datpin.EUNAUTHORIZED)
		_, err = n.Send(v, n.Suite.Oracle, o.PackCommit(evmtest.U(0), [32]byte{1}), nil)
		evmtest.ExpectRevert(t, err, "NotValidator", datpin.EUNAUTHORIZED)
		_, err = n.Send(v, n.Suite.Oracle, o.PackWithdraw(), nil)
		evmtest.ExpectRevert(t, err, "ExitPending", datpin.ECONFLICT)
		n.AdvanceTo(availableAt)
		before := n.ERC20Balance(n.Suite.Token, v.Address)
		stake := validatorOf(n, v.Address).Stake
		r = n.MustSend(v, n.Suite.Oracle, o.PackWithdraw(), nil)
		if ev := evmtest.Events(r, o.UnpackWithdrawnEvent); len(ev) != 1 || !bigEq(ev[0].Amount, stake) {
			t.Fatalf("Withdrawn = %+v", ev)
		}
		wantBig(t, "withdrawn", new(big.Int).Sub(n.ERC20Balance(n.Suite.Token, v.Address), before), stake)
		if got := validatorOf(n, v.Address); got.Stake.Sign() != 0 || got.Listed || got.Active {
			t.Fatalf("validatorOf after withdraw = %+v", got)
		}
		if list := evmtest.Read(n, n.Suite.Oracle, o.PackValidators(), o.UnpackValidators); len(list) != 0 {
			t.Fatalf("validators = %v", list)
		}
	})
	t.Run("ErrTooManyValidators", func(t *testing.T) {
		var accs []*evm.Account
		for _, label := range []string{"validator", "relayer", "holder"} {
			for i := range uint32(16) {
				accs = append(accs, evmtest.Account(label, i))
			}
		}
		for _, a := range accs[:32] {
			fund(a, min)
			n.MustSend(a, n.Suite.Oracle, o.PackRegister(min), nil)
		}
		fund(accs[32], min)
		_, err := n.Send(accs[32], n.Suite.Oracle, o.PackRegister(min), nil)
		evmtest.ExpectRevert(t, err, "TooManyValidators", datpin.ECONFLICT)
	})
	t.Run("ErrSetParamsUnauthorized", func(t *testing.T) {
		p := evmtest.Read(n, n.Suite.Oracle, o.PackParams(), o.UnpackParams)
		_, err := n.Send(stranger, n.Suite.Oracle, o.PackSetParams(qualityoracle.QualityOracleParams(p)), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrSetParamsInvalid", func(t *testing.T) {
		p := evmtest.Read(n, n.Suite.Oracle, o.PackParams(), o.UnpackParams)
		tooLong := uint32(90*24*3600 + 1)
		for name, mutate := range map[string]func(*qualityoracle.QualityOracleParams){
			"quorum":        func(q *qualityoracle.QualityOracleParams) { q.Quorum = 0 },
			"quorum ":       func(q *qualityoracle.QualityOracleParams) { q.Quorum = 33 },
			"threshold":     func(q *qualityoracle.QualityOracleParams) { q.Threshold = 10_001 },
			"tolerance":     func(q *qualityoracle.QualityOracleParams) { q.Tolerance = 10_001 },
			"exitDelay":     func(q *qualityoracle.QualityOracleParams) { q.ExitDelay = tooLong },
			"staleAfter":    func(q *qualityoracle.QualityOracleParams) { q.StaleAfter = tooLong },
			"disputeWindow": func(q *qualityoracle.QualityOracleParams) { q.DisputeWindow = tooLong },
			"minStake":      func(q *qualityoracle.QualityOracleParams) { q.MinStake = new(big.Int) },
			"minStake ":     func(q *qualityoracle.QualityOracleParams) { q.MinStake = new(big.Int).Lsh(big.NewInt(1), 96) },
			"slashPerFault": func(q *qualityoracle.QualityOracleParams) {
				q.SlashPerFault = new(big.Int).Add(q.MinStake, big.NewInt(1))
			},
			"faultsPerWithhold": func(q *qualityoracle.QualityOracleParams) { q.FaultsPerWithhold = 1001 },
		} {
			q := qualityoracle.QualityOracleParams(p)
			mutate(&q)
			_, err := n.Send(n.Admin, n.Suite.Oracle, o.PackSetParams(q), nil)
			evmtest.ExpectRevert(t, err, "ParamOutOfRange", datpin.EINVALID)
			var de *datpin.Error
			if !errors.As(err, &de) || de.Detail["name"] != strings.TrimSpace(name) {
				t.Fatalf("%s: ParamOutOfRange names %v", name, de.Detail["name"])
			}
		}
		r := n.MustSend(n.Admin, n.Suite.Oracle, o.PackSetParams(qualityoracle.QualityOracleParams(p)), nil)
		if ev := evmtest.Events(r, o.UnpackParamsUpdatedEvent); len(ev) != 1 || ev[0].Params.DisputeWindow != p.DisputeWindow {
			t.Fatalf("ParamsUpdated = %+v", ev)
		}
	})
	t.Run("ErrSweepUnauthorized", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.Oracle, o.PackSweepSlashed(stranger.Address), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	})
}

// TestRewards_SettleEpoch settles epochs and changes the emission as the deployer, kept as the
// direct admin (adminNet), so that the test can mint a share and set the emission without the
// timelock's delay; TestGovernance_TimelockAdministersTheSuite covers the timelock's path. An
// epoch's emission pays the tokens counting at its end: an epoch that ends with none is forfeited
// when a token joins, and the next one settles to the token that joined.
func TestRewards_SettleEpoch(t *testing.T) {
	n := adminNet(t)
	rw := n.Suite.RewardsABI
	epochLen := uint64(n.Config.EpochLength / time.Second)
	endOf := func(epoch uint64) uint64 { return n.Suite.Genesis + (epoch+1)*epochLen }
	settle := func(epoch uint64) error {
		_, err := n.Suite.SettleEpoch(n.Ctx, stranger, epoch)
		return err
	}
	settled := func(epoch uint64) bool {
		return evmtest.Read(n, n.Suite.Rewards, rw.PackSettled(evmtest.U(epoch)), rw.UnpackSettled)
	}
	emitted := func() *big.Int {
		return evmtest.Read(n, n.Suite.Rewards, rw.PackTotalEmitted(), rw.UnpackTotalEmitted)
	}
	t.Run("ErrEpochNotOver", func(t *testing.T) {
		current := (n.Now() - n.Suite.Genesis) / epochLen
		evmtest.ExpectRevert(t, settle(current), "EpochNotOver", datpin.ECONFLICT)
		evmtest.ExpectRevert(t, settle(current+5), "EpochNotOver", datpin.ECONFLICT)
	})
	n.AdvanceTo(endOf(0))
	pool := n.ERC20Balance(n.Suite.Token, n.Suite.Rewards)
	t.Run("ErrNoShareLeavesEpochDue", func(t *testing.T) {
		evmtest.ExpectRevert(t, settle(0), "NoShareInClass", datpin.ECONFLICT)
		if settled(0) {
			t.Fatalf("a failed settlement marked the epoch settled")
		}
	})
	// A token joins in epoch 1: epoch 0 ended with nothing counting, so it is forfeited.
	id := n.Mint(1, holder0.Address, 0, 10, 0)
	t.Run("OKEmptyEpochForfeited", func(t *testing.T) {
		if !settled(0) {
			t.Fatalf("epoch 0 still due after a token joined")
		}
		evmtest.ExpectRevert(t, settle(0), "EpochAlreadySettled", datpin.ECONFLICT)
		wantBig(t, "pending of the token that joined after epoch 0", n.Pending(id, n.Suite.Token), new(big.Int))
		wantBig(t, "totalEmitted", emitted(), new(big.Int))
		wantBig(t, "pool", n.ERC20Balance(n.Suite.Token, n.Suite.Rewards), pool)
	})
	n.AdvanceTo(endOf(1))
	t.Run("OK", func(t *testing.T) {
		r, err := n.Suite.SettleEpoch(n.Ctx, stranger, 1)
		n.Must(err)
		ev := evmtest.Events(r, rw.UnpackEpochSettledEvent)
		if len(ev) != 1 || ev[0].Epoch.Uint64() != 1 || !bigEq(ev[0].Amount, n.Config.EmissionPerEpoch) {
			t.Fatalf("EpochSettled = %+v", ev)
		}
		if rs := evmtest.Events(r, n.Suite.DATABI.UnpackRevenueSettledEvent); len(rs) != 1 || rs[0].Asset != n.Suite.Token || !bigEq(rs[0].Amount, n.Config.EmissionPerEpoch) {
			t.Fatalf("RevenueSettled = %+v", rs)
		}
		wantBig(t, "pending", n.Pending(id, n.Suite.Token), n.Config.EmissionPerEpoch)
		wantBig(t, "totalEmitted", emitted(), n.Config.EmissionPerEpoch)
		wantBig(t, "pool", n.ERC20Balance(n.Suite.Token, n.Suite.Rewards), new(big.Int).Sub(pool, n.Config.EmissionPerEpoch))
	})
	t.Run("ErrEpochAlreadySettled", func(t *testing.T) {
		evmtest.ExpectRevert(t, settle(1), "EpochAlreadySettled", datpin.ECONFLICT)
	})
	t.Run("ErrInsufficientFunds", func(t *testing.T) {
		// The new rate applies from the current epoch (2) on; at its end the pool cannot pay it.
		n.MustSend(n.Admin, n.Suite.Rewards, rw.PackSetEmission(evm.Ether(1_000_000_000)), nil)
		n.AdvanceTo(endOf(2))
		evmtest.ExpectRevert(t, settle(2), "InsufficientFunds", datpin.ECONFLICT)
		if settled(2) {
			t.Fatalf("a settlement the pool cannot pay marked the epoch settled")
		}
		wantBig(t, "pending after the refused settlement", n.Pending(id, n.Suite.Token), n.Config.EmissionPerEpoch)
	})
	t.Run("ErrSetEmissionUnauthorized", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.Rewards, rw.PackSetEmission(big.NewInt(1)), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	})
}

// bytes32 is a Solidity bytes32 string literal: the bytes left-aligned, zero-padded.
func bytes32(s string) (b [32]byte) {
	copy(b[:], s)
	return b
}
