// Package adversary holds the misbehaving validators of datpin's simulations: scoring policies a
// validator daemon can be given in place of validator.Honest, so that `datpin eval`, `datpin
// demo` and the tests show what the oracle does to them through the same daemon an operator
// runs. None of them is reachable from `datpin validator`.
package adversary

import (
	"github.com/datpin/datpin"
	"github.com/datpin/datpin/validator"
)

// CartelBonus is what Cartel adds to every edge claim (capped at datpin.ScoreMax).
const CartelBonus = 2500

// Lazy submits the edge's own claimed score without looking at the data: a validator that
// free-rides on the contributor's claim. It passes fraud through and agrees with the median only
// when the claim was honest.
var Lazy validator.Policy = validator.PolicyFunc{Label: "lazy", Func: func(ev validator.Evaluation) uint16 {
	return min(ev.EdgeScore, datpin.ScoreMax)
}}

// AlwaysHigh submits the maximum score for every token: a validator paid by contributors to
// inflate them. The oracle counts its outlying reveals as faults and slashes its stake.
var AlwaysHigh validator.Policy = validator.PolicyFunc{Label: "always-high", Func: func(validator.Evaluation) uint16 {
	return datpin.ScoreMax
}}

// Cartel submits every edge claim raised by CartelBonus: validators that agree off chain to push
// their contributors up. With an honest two-thirds of the stake the median ignores them and
// their reveals become faults.
var Cartel validator.Policy = validator.PolicyFunc{Label: "colluding", Func: func(ev validator.Evaluation) uint16 {
	return uint16(min(int(ev.EdgeScore)+CartelBonus, datpin.ScoreMax))
}}

// Colluding submits the cartel's agreed score for the tokens in table (by token id) and the
// honest evaluation for every other token: validators that push chosen tokens up or down.
func Colluding(table map[uint64]uint16) validator.Policy {
	return validator.PolicyFunc{Label: "colluding", Func: func(ev validator.Evaluation) uint16 {
		if s, ok := table[ev.TokenID]; ok {
			return s
		}
		return ev.Score
	}}
}

// ByName returns the policy named name ("honest", "lazy", "always-high" or "colluding", the last
// being Cartel), false for another name.
func ByName(name string) (validator.Policy, bool) {
	switch name {
	case "honest":
		return validator.Honest, true
	case "lazy":
		return Lazy, true
	case "always-high":
		return AlwaysHigh, true
	case "colluding":
		return Cartel, true
	}
	return nil, false
}
