package validator

// Policy decides the score a validator submits for an evaluated token. The product runs Honest;
// misbehaving validators for simulations and tests are in sim/adversary, none of them reachable
// from `datpin validator`.
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
