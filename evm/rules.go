package evm

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
)

// RulesVersion is one registration of the scoring rules in the oracle: their content hash
// (quality.RulesHash of the build that scores by them), in force from round FromRound on.
type RulesVersion struct {
	FromRound uint64   `json:"fromRound"`
	Hash      [32]byte `json:"-"`
}

// RulesOf returns the content hash of the scoring rules the oracle has in force in round (zero
// before the first registration).
func (s *Suite) RulesOf(ctx context.Context, round uint64) ([32]byte, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.Oracle, s.OracleABI.PackRulesOf(u64(round)))
	if err != nil {
		return [32]byte{}, err
	}
	h, err := s.OracleABI.UnpackRulesOf(out)
	if err != nil {
		return [32]byte{}, datpin.Wrap(datpin.EINTERNAL, err, "decode rulesOf")
	}
	return h, nil
}

// RulesHistory returns every registration of the scoring rules, oldest first.
func (s *Suite) RulesHistory(ctx context.Context) ([]RulesVersion, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.Oracle, s.OracleABI.PackRulesHistory())
	if err != nil {
		return nil, err
	}
	vs, err := s.OracleABI.UnpackRulesHistory(out)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode rulesHistory")
	}
	res := make([]RulesVersion, len(vs))
	for i, v := range vs {
		res[i] = RulesVersion{FromRound: v.FromRound, Hash: v.RulesHash}
	}
	return res, nil
}

// SetRulesOperation is the timelock operation that registers rules as the scoring rules from the
// round in which it is executed on (see Schedule and Execute).
func (s *Suite) SetRulesOperation(rules [32]byte) Operation {
	return Operation{Target: s.Oracle, Data: s.OracleABI.PackSetRules(rules), Salt: SaltOf("rules/" + common.Hash(rules).Hex())}
}
