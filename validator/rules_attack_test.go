package validator_test

import (
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/validator"
)

// TestAttackRules_GovernanceChangeDoesNotMakeValidatorsWithhold: the timelock registers other
// scoring rules right after a daemon committed to a round. The change applies from the round in
// which it is executed on, so the committed round keeps its rules and the daemon reveals it; the
// next round, under the other rules, is not committed to, and no withholding penalty can be
// charged for it: a rules mismatch costs the validator its participation, never its stake.
func TestAttackRules_GovernanceChangeDoesNotMakeValidatorsWithhold(t *testing.T) {
	f := newFleet(t, 1, 0)
	n := f.n
	s := n.Suite
	o := s.OracleABI
	other := [32]byte(crypto.Keccak256([]byte("datpin-quality/other")))
	op := s.SetRulesOperation(other)
	_, err := s.Schedule(n.Ctx, n.Admin, op, n.Config.TimelockDelay)
	n.Must(err)
	n.Advance(n.Config.TimelockDelay)
	// Back to the first second of a round, as newFleet left it.
	now, err := s.RoundAt(n.Ctx, n.Now())
	n.Must(err)
	opens, _, _, err := s.Windows(n.Ctx, now)
	n.Must(err)
	n.AdvanceTo(opens + 1)

	a, wa := f.anchor(honest)
	round, commitOpens, revealOpens, _ := f.windows(a)
	d, st := f.daemon(0, filepath.Join(t.TempDir(), "state.db"), nil, false, nil)
	n.AdvanceTo(commitOpens)
	step(t, d)
	if got := subState(t, st, round); got != validator.SubCommitted {
		t.Fatalf("round %d is %q; want committed", round, got)
	}
	stake := func() *big.Int {
		return evmtest.Read(n, s.Oracle, o.PackValidatorOf(f.vals[0].Address), o.UnpackValidatorOf).Stake
	}
	before := stake()

	// The change, executed while the committed round's commit window is still open.
	r, err := s.Execute(n.Ctx, n.Admin, op)
	n.Must(err)
	ev := evmtest.Events(r, o.UnpackRulesSetEvent)
	if len(ev) != 1 || ev[0].FromRound.Uint64() <= round {
		t.Fatalf("RulesSet %+v; want one from a round after %d", ev, round)
	}
	n.AdvanceTo(revealOpens)
	step(t, d)
	if got := subState(t, st, round); got != validator.SubRevealed {
		t.Fatalf("round %d is %q after the change; want revealed", round, got)
	}
	if got := f.revealed(f.vals[0].Address, a); got != wa {
		t.Fatalf("revealed %d; want %d", got, wa)
	}

	// A round under the other rules: skipped before its commit, and nothing to penalize.
	b, _ := f.anchor(honest)
	roundB, commitB, _, closesB := f.windows(b)
	if roundB < ev[0].FromRound.Uint64() {
		t.Fatalf("setup: token %d in round %d, before the change's round %d", b, roundB, ev[0].FromRound.Uint64())
	}
	n.AdvanceTo(commitB)
	step(t, d)
	if got := subState(t, st, roundB); got != validator.SubRules {
		t.Fatalf("round %d is %q; want rules", roundB, got)
	}
	if k := f.commitments(f.vals[0].Address, roundB); k != 0 {
		t.Fatalf("%d commitments in a round under other rules; want none", k)
	}
	n.AdvanceTo(closesB + uint64(time.Minute/time.Second))
	step(t, d)
	_, err = n.Send(evmtest.Account("attacker", 0), s.Oracle, o.PackChargeWithholding(evmtest.U(roundB), f.vals[0].Address), nil)
	if evm.RevertName(err) != "NotWithheld" {
		t.Fatalf("chargeWithholding of the refused round: %v; want NotWithheld", err)
	}
	_, err = n.Send(evmtest.Account("attacker", 0), s.Oracle, o.PackChargeWithholding(evmtest.U(round), f.vals[0].Address), nil)
	if evm.RevertName(err) != "NotWithheld" {
		t.Fatalf("chargeWithholding of the revealed round: %v; want NotWithheld", err)
	}
	if after := stake(); after.Cmp(before) != 0 {
		t.Fatalf("stake %v; want %v untouched", after, before)
	}
	if got := value(t, d.Metrics().RulesMismatch.WithLabelValues("commit")); got != 1 {
		t.Fatalf("rules mismatches at commit %v; want 1", got)
	}
	if got := value(t, d.Metrics().RulesMismatch.WithLabelValues("reveal")); got != 0 {
		t.Fatalf("rules mismatches at reveal %v; want 0", got)
	}
}
