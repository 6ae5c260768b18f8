package validator

import (
	"github.com/datpin/datpin"
)

// Policy decides the score a validator submits for an evaluated token. The product runs Honest;
// the other policies model misbehaving validators and exist only so that simulations and tests
// can show what the oracle does to them. None of them is reachable from `datpin validator`.
type Policy interface {
	// Name labels the policy in logs and state.
	Name() string
	// Score is the score to commit for ev (0..10000, or Abstain to leave the token unscored).
	Score(ev Evaluation) uint16
}

// Abstain is the score that leaves a token unscored by this validator (the oracle's ABSTAIN).
const Abstain uint16 = 0xffff

// PolicyFunc adapts a function to Policy.
type PolicyFunc struct {
	Label string
	Func  func(Evaluation) uint16
}

// Name returns the label.
func (p PolicyFunc) Name() string { return p.Label }

// Score calls the function.
func (p PolicyFunc) Score(ev Evaluation) uint16 { return p.Func(ev) }

// Honest submits the validator's own evaluation: the re-computed score, or 0 with a reason for a
// contribution that failed a check. It is the only policy a real validator runs.
var Honest Policy = PolicyFunc{Label: "honest", Func: func(ev Evaluation) uint16 { return ev.Score }}

// Lazy submits the edge's own claimed score without looking at the data. SIMULATIONS AND TESTS
// ONLY: it models a validator that free-rides on the contributor's claim; it passes fraud through
// and agrees with the median only when the claim was honest.
var Lazy Policy = PolicyFunc{Label: "lazy", Func: func(ev Evaluation) uint16 { return min(ev.EdgeScore, datpin.ScoreMax) }}

// AlwaysHigh submits the maximum score for every token. SIMULATIONS AND TESTS ONLY: it models a
// validator paid by contributors to inflate them; the oracle counts its outlying reveals as faults
// and slashes its stake.
var AlwaysHigh Policy = PolicyFunc{Label: "always-high", Func: func(Evaluation) uint16 { return datpin.ScoreMax }}

// Colluding submits the cartel's agreed score for the tokens in table (by token id) and the honest
// evaluation for every other token. SIMULATIONS AND TESTS ONLY: it models validators that agree
// off-chain to push chosen tokens up or down; with an honest two-thirds majority the median
// ignores them and their reveals on those tokens become faults.
func Colluding(table map[uint64]uint16) Policy {
	return PolicyFunc{Label: "colluding", Func: func(ev Evaluation) uint16 {
		if s, ok := table[ev.TokenID]; ok {
			return s
		}
		return ev.Score
	}}
}
