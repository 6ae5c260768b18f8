package explain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/validator"
)

// replayer recomputes the committee's evaluations as an honest validator that watched the
// deployment from its first token: every round in order, each one's contributions evaluated
// together (validator.EvaluateBatch: the integrity checks, the quality score and the
// cross-checks) against the history the earlier rounds left. It keeps its place, so later calls
// replay only the rounds after it.
type replayer struct {
	val   *validator.Validator
	next  uint64 // the first token id not yet replayed
	evals map[uint64]validator.Evaluation
	// rounds counts the rounds replayed, unopened the packages the identity could not open.
	rounds, unopened int
	// pending holds the contributions of the round being read.
	pending      []uint64
	pendingRound uint64
}

func newReplayer(v *validator.Validator) *replayer {
	return &replayer{val: v, next: 1, evals: map[uint64]validator.Evaluation{}}
}

// through replays every round up to and including last whose commit window has opened (all its
// tokens are anchored): validators evaluate a round only then.
func (p *replayer) through(ctx context.Context, c *chainView, last uint64) error {
	now, err := c.s.Chain.Now(ctx)
	if err != nil {
		return err
	}
	count, err := c.s.TokenCount(ctx)
	if err != nil {
		return err
	}
	closed := func(round uint64) bool {
		opens, _, _ := c.windows(round)
		return uint64(now.Unix()) >= opens
	}
	flush := func() error {
		if len(p.pending) == 0 {
			return nil
		}
		evs, err := p.val.EvaluateBatch(ctx, p.pending)
		if err != nil {
			return err
		}
		for _, ev := range evs {
			p.evals[ev.TokenID] = ev
			if ev.Reason == validator.ReasonUndecryptable {
				p.unopened++
			}
		}
		p.rounds++
		p.pending = p.pending[:0]
		return nil
	}
	for p.next <= count {
		n := min(count-p.next+1, 500)
		ids := make([]*big.Int, n)
		for i := range ids {
			ids[i] = new(big.Int).SetUint64(p.next + uint64(i))
		}
		out, err := c.s.Chain.Call(ctx, common.Address{}, c.s.DAT, c.s.DATABI.PackEvaluationWords(ids))
		if err != nil {
			return err
		}
		ws, err := c.s.DATABI.UnpackEvaluationWords(out)
		if err != nil || len(ws) != len(ids) {
			return datpin.Errorf(datpin.EINTERNAL, "decode evaluationWords: %v", err)
		}
		for i, w := range ws {
			id := p.next + uint64(i)
			if datpin.Status(w.Uint64()&0xff) == datpin.StatusNone {
				continue // minted directly: not evaluated
			}
			round := c.roundAt(new(big.Int).Rsh(w, 8).Uint64() & 0xffffffff)
			if round > last || !closed(round) {
				// Ids follow anchoring time: the rounds read so far are complete.
				p.next = id
				return flush()
			}
			if len(p.pending) > 0 && round != p.pendingRound {
				if err := flush(); err != nil {
					return err
				}
			}
			p.pending, p.pendingRound = append(p.pending, id), round
		}
		p.next += n
	}
	// Every token read: the last round read has closed, so its contributions are all known.
	return flush()
}
