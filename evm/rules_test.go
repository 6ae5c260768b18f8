package evm_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/quality"
)

// The deployment registers this build's scoring rules through the timelock; only the timelock
// registers others, each from the round it is executed in, with a RulesSet event, and earlier
// rounds keep the rules they had.
func TestRules_RegisteredThroughTheTimelock(t *testing.T) {
	cfg := evm.DefaultConfig()
	cfg.TimelockDelay = 3 * time.Hour
	n := evmtest.New(t, cfg)
	s := n.Suite
	round := func() uint64 {
		r, err := s.RoundAt(n.Ctx, n.Now())
		n.Must(err)
		return r
	}
	rulesOf := func(r uint64) [32]byte {
		h, err := s.RulesOf(n.Ctx, r)
		n.Must(err)
		return h
	}
	deployed := round()
	if got := rulesOf(deployed); got != quality.RulesHash() {
		t.Fatalf("rulesOf(round %d) = %x; want this build's %x", deployed, got, quality.RulesHash())
	}
	hist, err := s.RulesHistory(n.Ctx)
	n.Must(err)
	if len(hist) != 1 || hist[0].FromRound != deployed {
		t.Fatalf("history %+v; want one version from round %d", hist, deployed)
	}

	next := [32]byte(crypto.Keccak256([]byte("datpin-quality/next")))
	t.Run("ErrStrangerAndDeployer", func(t *testing.T) {
		for _, who := range []*evm.Account{stranger, n.Admin} {
			_, err := n.Send(who, s.Oracle, s.OracleABI.PackSetRules(next), nil)
			evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
		}
		_, err := s.Schedule(n.Ctx, stranger, s.SetRulesOperation(next), cfg.TimelockDelay)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
		if rulesOf(round()) != quality.RulesHash() {
			t.Fatal("the rules changed")
		}
	})
	t.Run("OKTimelockAfterTheDelay", func(t *testing.T) {
		op := s.SetRulesOperation(next)
		_, err := s.Schedule(n.Ctx, n.Admin, op, cfg.TimelockDelay)
		n.Must(err)
		n.Advance(cfg.TimelockDelay)
		r, err := s.Execute(n.Ctx, n.Admin, op)
		n.Must(err)
		now := round()
		ev := evmtest.Events(r, s.OracleABI.UnpackRulesSetEvent)
		if len(ev) != 1 || ev[0].FromRound.Uint64() != now || ev[0].RulesHash != next {
			t.Fatalf("RulesSet events %+v; want one for round %d", ev, now)
		}
		if rulesOf(now) != next || rulesOf(now+100) != next {
			t.Fatal("the new rules are not in force from the current round on")
		}
		if rulesOf(now-1) != quality.RulesHash() || rulesOf(deployed) != quality.RulesHash() {
			t.Fatal("earlier rounds lost their rules")
		}
		hist, err := s.RulesHistory(n.Ctx)
		n.Must(err)
		if len(hist) != 2 || hist[1] != (evm.RulesVersion{FromRound: now, Hash: next}) {
			t.Fatalf("history %+v", hist)
		}
	})
}

// With the deployer as admin: a second registration in one round replaces the first, a later one
// adds a version, a zero hash is refused, and a stranger cannot register.
func TestRules_Versions(t *testing.T) {
	n := adminNet(t)
	s := n.Suite
	a := [32]byte(crypto.Keccak256([]byte("a")))
	b := [32]byte(crypto.Keccak256([]byte("b")))
	r0, err := s.RoundAt(n.Ctx, n.Now())
	n.Must(err)
	if h, _ := s.RulesOf(n.Ctx, r0); h != quality.RulesHash() {
		t.Fatalf("deployed rules %x", h)
	}
	_, err = n.Send(stranger, s.Oracle, s.OracleABI.PackSetRules(a), nil)
	evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	_, err = n.Send(n.Admin, s.Oracle, s.OracleABI.PackSetRules([32]byte{}), nil)
	evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)

	rcpt := n.MustSend(n.Admin, s.Oracle, s.OracleABI.PackSetRules(a), nil)
	t.Logf("setRules replacing the round's version: %d gas", rcpt.GasUsed)
	hist, err := s.RulesHistory(n.Ctx)
	n.Must(err)
	if len(hist) != 1 || hist[0].Hash != a {
		t.Fatalf("a second registration in the round: history %+v; want it replaced", hist)
	}
	n.Advance(time.Duration(n.Config.RoundLength))
	rcpt = n.MustSend(n.Admin, s.Oracle, s.OracleABI.PackSetRules(b), nil)
	t.Logf("setRules adding a version: %d gas", rcpt.GasUsed)
	hist, err = s.RulesHistory(n.Ctx)
	n.Must(err)
	if len(hist) != 2 || hist[0] != (evm.RulesVersion{FromRound: r0, Hash: a}) || hist[1] != (evm.RulesVersion{FromRound: r0 + 1, Hash: b}) {
		t.Fatalf("history %+v", hist)
	}
	if h, _ := s.RulesOf(n.Ctx, r0); h != a {
		t.Fatal("round r0 lost its rules")
	}
	if h, _ := s.RulesOf(n.Ctx, r0+5); h != b {
		t.Fatal("later rounds do not have the latest rules")
	}
}
