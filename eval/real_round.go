package eval

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
)

// roundEvaluator has the committee judge rounds one after another as they are anchored, as
// validator daemons do on a network that anchors day after day: a round's commit window opens
// when it ends and its reveal window closes when the next one ends, so a long run cannot anchor
// everything first and evaluate afterwards (Scenario.Evaluate does that for a few rounds).
type roundEvaluator struct {
	sc   *Scenario
	v    *Verdicts
	done uint64 // tokens evaluated so far (ids 1..done)
}

func newRoundEvaluator(sc *Scenario) *roundEvaluator {
	return &roundEvaluator{sc: sc, v: &Verdicts{Outcomes: map[uint64]Outcome{}, Reasons: map[uint64]string{}}}
}

// token reads one anchored token's contribution.
func (e *roundEvaluator) token(ctx context.Context, id uint64) (Token, error) {
	s := e.sc.Suite
	data, err := e.sc.Chain.Call(ctx, common.Address{}, s.DAT, s.DATABI.PackContributionOf(new(big.Int).SetUint64(id)))
	if err != nil {
		return Token{}, err
	}
	c, err := s.DATABI.UnpackContributionOf(data)
	if err != nil {
		return Token{}, datpin.Wrap(datpin.EINTERNAL, err, "decode contributionOf")
	}
	return Token{ID: id, Device: c.Device, Epoch: c.Epoch, Records: c.RecordCount, EdgeScore: c.Score, AnchoredAt: uint64(c.AnchoredAt)}, nil
}

// evaluateNew evaluates, round by round, every token anchored since the last call, and leaves
// the chain's clock where the next round may be anchored.
func (e *roundEvaluator) evaluateNew(ctx context.Context) error {
	count, err := e.sc.Suite.TokenCount(ctx)
	if err != nil {
		return err
	}
	var toks []Token
	for id := e.done + 1; id <= count; id++ {
		t, err := e.token(ctx, id)
		if err != nil {
			return err
		}
		toks = append(toks, t)
	}
	e.done = count
	e.v.Tokens = append(e.v.Tokens, toks...)
	rounds, order, err := e.sc.byRound(ctx, toks)
	if err != nil {
		return err
	}
	for _, r := range order {
		if err := e.sc.round(ctx, r, rounds[r], e.v); err != nil {
			return err
		}
	}
	return nil
}

// verdicts returns the committee's work so far.
func (e *roundEvaluator) verdicts() *Verdicts { return e.v }
