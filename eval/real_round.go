package eval

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/validator"
)

// roundEvaluator has the committee judge rounds one after another as they are anchored, as
// validator daemons do on a network that anchors day after day: a round's commit window opens
// when it ends and its reveal window closes when the next one ends, so a long run cannot anchor
// everything first and evaluate afterwards (Scenario.Evaluate does that for a few rounds).
type roundEvaluator struct {
	sc       *Scenario
	v        *Verdicts
	done     uint64 // tokens evaluated so far (ids 1..done)
	evalTime time.Duration
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
	s := e.sc.Suite
	count, err := s.TokenCount(ctx)
	if err != nil {
		return err
	}
	rounds := map[uint64][]Token{}
	var order []uint64
	for id := e.done + 1; id <= count; id++ {
		t, err := e.token(ctx, id)
		if err != nil {
			return err
		}
		r, err := s.RoundAt(ctx, t.AnchoredAt)
		if err != nil {
			return err
		}
		if _, ok := rounds[r]; !ok {
			order = append(order, r)
		}
		rounds[r] = append(rounds[r], t)
		e.v.Tokens = append(e.v.Tokens, t)
	}
	e.done = count
	slices.Sort(order)
	for _, r := range order {
		if err := e.round(ctx, r, rounds[r]); err != nil {
			return err
		}
	}
	return nil
}

// round has every validator evaluate a round's tokens at once, commit, reveal, and finalizes.
func (e *roundEvaluator) round(ctx context.Context, r uint64, toks []Token) error {
	sc, s := e.sc, e.sc.Suite
	tokens := make([]uint64, len(toks))
	edge := map[uint64]uint16{}
	for i, t := range toks {
		tokens[i], edge[t.ID] = t.ID, t.EdgeScore
	}
	commitOpens, revealOpens, revealCloses, err := s.Windows(ctx, r)
	if err != nil {
		return err
	}
	if err := sc.Chain.AdvanceTo(ctx, commitOpens); err != nil {
		return err
	}
	firstHonest := slices.Index(sc.Behaviour, Honest)
	began := time.Now()
	var roundEval time.Duration
	var mu sync.Mutex
	subs := make([]*validator.Submission, len(sc.Committee))
	errs := make([]error, len(sc.Committee))
	var wg sync.WaitGroup
	for i, val := range sc.Committee {
		wg.Add(1)
		go func() {
			defer wg.Done()
			scores := make([]uint16, len(tokens))
			switch sc.Behaviour[i] {
			case Honest:
				evs, err := val.EvaluateBatch(ctx, tokens)
				if err != nil {
					errs[i] = fmt.Errorf("validator %d: %w", i, err)
					return
				}
				mu.Lock()
				for k, ev := range evs {
					scores[k] = ev.Score
					if i == firstHonest {
						e.v.Reasons[ev.TokenID] = ev.Reason
					}
				}
				mu.Unlock()
			case Lazy:
				for k, id := range tokens {
					scores[k] = edge[id]
				}
			case AlwaysHigh:
				for k := range tokens {
					scores[k] = datpin.ScoreMax
				}
			case Colluding:
				for k, id := range tokens {
					scores[k] = uint16(min(int(edge[id])+CartelBonus, datpin.ScoreMax))
				}
			}
			mu.Lock()
			roundEval = max(roundEval, time.Since(began))
			mu.Unlock()
			subs[i], errs[i] = val.Commit(ctx, r, tokens[0], scores)
		}()
	}
	wg.Wait()
	e.evalTime += roundEval
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	if err := sc.Chain.AdvanceTo(ctx, revealOpens); err != nil {
		return err
	}
	for i, val := range sc.Committee {
		if err := val.Reveal(ctx, subs[i]); err != nil {
			return err
		}
	}
	if err := sc.Chain.AdvanceTo(ctx, revealCloses); err != nil {
		return err
	}
	for i := 0; i < len(tokens); i += 100 {
		rc, err := s.Finalize(ctx, sc.Committee[0].Account, tokens[i:min(i+100, len(tokens))])
		if err != nil {
			return fmt.Errorf("finalize: %w", err)
		}
		for _, l := range rc.Logs {
			if ev, err := s.DATABI.UnpackRejectedEvent(l); err == nil {
				e.v.Outcomes[ev.TokenId.Uint64()] = Outcome{Agreed: ev.Score, Reason: string(bytes.TrimRight(ev.Reason[:], "\x00"))}
			} else if ev, err := s.DATABI.UnpackFinalizedEvent(l); err == nil {
				e.v.Outcomes[ev.TokenId.Uint64()] = Outcome{Finalized: true, Agreed: ev.Score, Value: ev.Value.Uint64(), ShareRatio: ev.ShareRatio.Uint64()}
			}
		}
	}
	e.v.Rounds++
	return nil
}

// verdicts returns the committee's work so far.
func (e *roundEvaluator) verdicts() *Verdicts {
	e.v.EvalSeconds = e.evalTime.Seconds()
	return e.v
}
