package evm_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/quality"
)

// Attacks on the registration of the scoring rules (QualityOracle.setRules, rulesOf,
// rulesHistory): changing the rules of a round validators already committed to, registering
// without the timelock or with a zero hash, a deployment that leaves rounds without rules, and a
// history long enough to make reading the current rules expensive. Each test performs the
// attack on the embedded chain and asserts that it fails.

// rulesHashOf is a stand-in content hash of another rule set.
func rulesHashOf(name string) [32]byte {
	return [32]byte(crypto.Keccak256([]byte("datpin-quality/" + name)))
}

// rulesAt reads the oracle's rules of round.
func rulesAt(n *evmtest.Net, round uint64) [32]byte {
	n.T.Helper()
	h, err := n.Suite.RulesOf(n.Ctx, round)
	n.Must(err)
	return h
}

// setRulesNow registers rules as the deployer-admin and returns the round it applies from.
func setRulesNow(n *evmtest.Net, rules [32]byte) uint64 {
	n.T.Helper()
	r := n.MustSend(n.Admin, n.Suite.Oracle, n.Suite.OracleABI.PackSetRules(rules), nil)
	ev := evmtest.Events(r, n.Suite.OracleABI.UnpackRulesSetEvent)
	if len(ev) != 1 || ev[0].RulesHash != rules {
		n.T.Fatalf("RulesSet events %+v; want one for %x", ev, rules)
	}
	return ev[0].FromRound.Uint64()
}

// The admin registers other rules while a round's commit window is open and again while its
// reveal window is open (also with windows longer than the round, so that they overlap later
// rounds): each registration applies from a later round, the round keeps the rules its
// validators committed under, they all reveal, and none is penalized for withholding.
func TestAttackRules_ChangeCannotReachACommittedRound(t *testing.T) {
	long := evm.DefaultConfig()
	long.CommitWindow, long.RevealWindow = 90*time.Minute, 90*time.Minute
	for name, cfg := range map[string]evm.Config{"DefaultWindows": evm.DefaultConfig(), "WindowsLongerThanTheRound": long} {
		t.Run(name, func(t *testing.T) {
			cfg.DeployerAdmin = true
			n := evmtest.New(t, cfg)
			o := n.Suite.OracleABI
			vs := n.RegisterValidators(3)
			_, dev := onboarded(n, 0, 0)
			id, _ := anchorOne(n, dev, 100, 8000)
			round, commitOpens, revealOpens, closes := roundOf(n, id)
			if rulesAt(n, round) != quality.RulesHash() {
				t.Fatal("setup: the round does not have this build's rules")
			}
			n.AdvanceTo(commitOpens)
			salts := make([][32]byte, len(vs))
			for i, v := range vs {
				salts[i] = salt()
				n.Must(n.Suite.Commit(n.Ctx, v, round, n.Suite.Commitment(round, v.Address, id, []uint16{8000}, salts[i])))
			}
			stakes := make([]*big.Int, len(vs))
			for i, v := range vs {
				stakes[i] = validatorOf(n, v.Address).Stake
			}
			// In the commit window: other rules, then a replacement in the same round.
			for _, r := range []string{"a", "b"} {
				if from := setRulesNow(n, rulesHashOf(r)); from <= round {
					t.Fatalf("rules %s registered during round %d's commit window apply from round %d", r, round, from)
				}
			}
			if rulesAt(n, round) != quality.RulesHash() {
				t.Fatal("a registration during the commit window changed the round's rules")
			}
			n.AdvanceTo(revealOpens)
			if from := setRulesNow(n, rulesHashOf("c")); from <= round {
				t.Fatalf("rules registered during round %d's reveal window apply from round %d", round, from)
			}
			if rulesAt(n, round) != quality.RulesHash() {
				t.Fatal("a registration during the reveal window changed the round's rules")
			}
			for i, v := range vs {
				n.Must(n.Suite.Reveal(n.Ctx, v, round, id, []uint16{8000}, salts[i]))
			}
			n.AdvanceTo(closes)
			r, err := n.Suite.Finalize(n.Ctx, stranger, []uint64{id})
			n.Must(err)
			if pen := evmtest.Events(r, o.UnpackWithholdingPenalizedEvent); len(pen) != 0 {
				t.Fatalf("withholding penalties %+v; want none", pen)
			}
			for i, v := range vs {
				_, err := n.Send(stranger, n.Suite.Oracle, o.PackChargeWithholding(evmtest.U(round), v.Address), nil)
				evmtest.ExpectRevert(t, err, "NotWithheld", datpin.ECONFLICT)
				wantBig(t, "stake", validatorOf(n, v.Address).Stake, stakes[i])
			}
			hist, err := n.Suite.RulesHistory(n.Ctx)
			n.Must(err)
			for _, h := range hist[1:] {
				if h.FromRound <= round {
					t.Fatalf("history %+v: a version from round %d reaches the committed round %d", hist, h.FromRound, round)
				}
			}
			if last := hist[len(hist)-1]; last.Hash != rulesHashOf("c") {
				t.Fatalf("history %+v; want the latest registration last", hist)
			}
		})
	}
}

// Nobody but the timelock registers rules: not a stranger, a staked validator or the deployer
// (the timelock's proposer), directly or by granting itself the admin role; through the
// timelock not before the delay; and a zero hash is refused even from the timelock. The rules in
// force and the history stay as deployed.
func TestAttackRules_OnlyTheTimelockAfterItsDelay(t *testing.T) {
	cfg := evm.DefaultConfig()
	cfg.TimelockDelay = 3 * time.Hour
	n := evmtest.New(t, cfg)
	s := n.Suite
	o := s.OracleABI
	vs := n.RegisterValidators(1)
	evil := rulesHashOf("evil")
	for name, who := range map[string]*evm.Account{"stranger": stranger, "validator": vs[0], "deployer": n.Admin} {
		_, err := n.Send(who, s.Oracle, o.PackSetRules(evil), nil)
		if evm.RevertName(err) != "AccessControlUnauthorizedAccount" {
			t.Fatalf("setRules by the %s: %v; want AccessControlUnauthorizedAccount", name, err)
		}
		_, err = n.Send(who, s.Oracle, o.PackGrantRole([32]byte{}, who.Address), nil)
		if err == nil {
			t.Fatalf("the %s granted itself the oracle's admin role", name)
		}
	}
	op := s.SetRulesOperation(evil)
	_, err := s.Schedule(n.Ctx, n.Admin, op, cfg.TimelockDelay)
	n.Must(err)
	n.Advance(cfg.TimelockDelay - time.Minute)
	_, err = s.Execute(n.Ctx, n.Admin, op)
	evmtest.ExpectRevert(t, err, "TimelockUnexpectedOperationState", "")
	_, err = s.Execute(n.Ctx, stranger, op)
	if err == nil {
		t.Fatal("a stranger executed the timelock's operation")
	}

	zero := s.SetRulesOperation([32]byte{})
	_, err = s.Schedule(n.Ctx, n.Admin, zero, cfg.TimelockDelay)
	n.Must(err)
	n.Advance(cfg.TimelockDelay)
	_, err = s.Execute(n.Ctx, n.Admin, zero)
	evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)

	now, err := s.RoundAt(n.Ctx, n.Now())
	n.Must(err)
	if got := rulesAt(n, now); got != quality.RulesHash() {
		t.Fatalf("rules in force %x; want this build's", got)
	}
	hist, err := s.RulesHistory(n.Ctx)
	n.Must(err)
	if len(hist) != 1 || hist[0].Hash != quality.RulesHash() {
		t.Fatalf("history %+v; want only the deployment's registration", hist)
	}
}

// A deployment, with the timelock or with the deployer as admin, leaves no round in which a
// token can be anchored without registered rules: the registration is the deployment's last
// oracle change, and its round is the one the first token falls in. Rounds before it (none
// can hold a token) read zero, every later one this build's rules; a configured hash is
// registered as given.
func TestAttackRules_DeploymentLeavesNoRoundWithoutRules(t *testing.T) {
	custom := rulesHashOf("custom")
	for _, tc := range []struct {
		name          string
		deployerAdmin bool
		rules         [32]byte
	}{{"Timelock", false, [32]byte{}}, {"DeployerAdmin", true, [32]byte{}}, {"Configured", true, custom}} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := evm.DefaultConfig()
			cfg.DeployerAdmin = tc.deployerAdmin
			cfg.Rules = tc.rules
			n := evmtest.New(t, cfg)
			want := tc.rules
			if want == ([32]byte{}) {
				want = quality.RulesHash()
			}
			hist, err := n.Suite.RulesHistory(n.Ctx)
			n.Must(err)
			if len(hist) != 1 || hist[0].Hash != want {
				t.Fatalf("history %+v; want one registration of %x", hist, want)
			}
			deployed, err := n.Suite.RoundAt(n.Ctx, n.Now())
			n.Must(err)
			if hist[0].FromRound != deployed {
				t.Fatalf("registered from round %d; the deployment ended in round %d", hist[0].FromRound, deployed)
			}
			_, dev := onboarded(n, 0, 0)
			id, _ := anchorOne(n, dev, 100, 8000)
			round, _, _, _ := roundOf(n, id)
			for _, r := range []uint64{round, round + 1, round + 1000} {
				if got := rulesAt(n, r); got != want {
					t.Fatalf("rulesOf(%d) = %x; want %x", r, got, want)
				}
			}
			if hist[0].FromRound > 0 {
				if got := rulesAt(n, hist[0].FromRound-1); got != ([32]byte{}) {
					t.Fatalf("a round before the registration reads %x; want zero", got)
				}
			}
		})
	}
}

// The history grows by one version per round with a registration (a second one in a round
// replaces it), and rulesOf reads it from the newest end: reading the rules of a recent round
// (what the validators do before each commit and reveal) costs the same after 64 versions as
// after one; only reading a round older than the whole history walks it.
func TestAttackRules_LongHistoryKeepsCurrentReadsCheap(t *testing.T) {
	n := adminNet(t)
	s := n.Suite
	o := s.OracleABI
	gas := func(data []byte) uint64 {
		t.Helper()
		g, err := n.Chain.Client.EstimateGas(n.Ctx, ethereum.CallMsg{From: stranger.Address, To: &s.Oracle, Data: data})
		n.Must(err)
		return g
	}
	round := func() uint64 {
		r, err := s.RoundAt(n.Ctx, n.Now())
		n.Must(err)
		return r
	}
	first := round()
	oneVersion := gas(o.PackRulesOf(evmtest.U(first)))
	const versions = 64
	for i := 1; i < versions; i++ {
		n.Advance(time.Duration(n.Config.RoundLength))
		setRulesNow(n, rulesHashOf(fmt.Sprintf("v%d", i)))
		setRulesNow(n, rulesHashOf(fmt.Sprintf("v%d-fix", i))) // replaces it: no new version
	}
	hist, err := s.RulesHistory(n.Ctx)
	n.Must(err)
	if len(hist) != versions {
		t.Fatalf("%d versions; want %d (one per round)", len(hist), versions)
	}
	current := gas(o.PackRulesOf(evmtest.U(round())))
	future := gas(o.PackRulesOf(new(big.Int).Lsh(big.NewInt(1), 255)))
	oldest := gas(o.PackRulesOf(evmtest.U(first)))
	all := gas(o.PackRulesHistory())
	t.Logf("rulesOf gas: one version %d; %d versions: current round %d, far future %d, oldest round %d; rulesHistory %d",
		oneVersion, versions, current, future, oldest, all)
	// Equal but for the calldata of the round number (16 gas a non-zero byte).
	if current > oneVersion+100 || future > oneVersion+600 {
		t.Fatalf("rulesOf of the current round costs %d (future %d) after %d versions, %d after one", current, future, versions, oneVersion)
	}
	// The worst read walks every version: one storage slot each.
	if oldest > oneVersion+versions*3000 || all > 30_000_000 {
		t.Fatalf("rulesOf of the oldest round %d gas, rulesHistory %d gas with %d versions", oldest, all, versions)
	}
	if got := rulesAt(n, first); got != quality.RulesHash() {
		t.Fatalf("the first round's rules %x after %d versions; want the deployment's", got, versions)
	}
}
