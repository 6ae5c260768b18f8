package agent

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/zk"
)

// ZKConfig turns on zero-knowledge attestations (docs/ZK.md): each batch the circuit can prove
// carries its zk.Commit in the contribution the device signs, and after anchoring the agent proves
// the batch's radio score and region for the token and submits the proof (addProof, ZK_ATTEST).
type ZKConfig struct {
	// Keys returns the proving keys of a batch size (default: the cached development keys,
	// zk.LoadDevKeys; `datpin zk setup` makes them). Without keys (ENOTFOUND) the proof fails at
	// once: the token stays valid, only unproven.
	Keys func(size int) (*zk.Keys, error)
	// Sizes are the batch sizes to prove with, ascending (default zk.Sizes): a batch is padded
	// to the first that holds it; a larger batch carries no commitment.
	Sizes []int
	// RegionResolution is the finest H3 resolution a proof's region may have (default 7, the
	// manifest's region resolution): the region is public, so it is never finer than what the
	// manifest already shows.
	RegionResolution int
}

// ZKChain is what proving needs of the chain, beside Chain. SuiteChain implements it.
type ZKChain interface {
	// AddZKProof submits a ZK_ATTEST payload for a token and returns the transaction hash.
	AddZKProof(ctx context.Context, token uint64, payload []byte) (tx string, err error)
	// HasZKProof reports whether the token already carries a ZK_ATTEST proof.
	HasZKProof(ctx context.Context, token uint64) (bool, error)
}

func (c *SuiteChain) AddZKProof(ctx context.Context, token uint64, payload []byte) (string, error) {
	r, err := c.Suite.AddZKProof(ctx, c.Op, token, payload)
	if err != nil {
		return "", err
	}
	return r.TxHash.Hex(), nil
}

func (c *SuiteChain) HasZKProof(ctx context.Context, token uint64) (bool, error) {
	return c.Suite.HasZKProof(ctx, token)
}

// zkCommit decides whether a packaged batch gets a commitment, and with which claim: the batch
// must fit a circuit size, score above 0 by the circuit's rule and lie in a region no finer than
// RegionResolution that is also public (a handset batch whose manifest hides its region gets none).
func (a *Agent) zkCommit(pub []datpin.PublicRecord, manifestRegion uint64) *ZKProof {
	if a.cfg.ZK == nil || manifestRegion == 0 {
		return nil
	}
	size := 0
	for _, s := range a.cfg.ZK.Sizes {
		if len(pub) <= s {
			size = s
			break
		}
	}
	if size == 0 {
		return nil
	}
	b, err := zk.NewBatch(size, pub)
	if err != nil {
		return nil
	}
	commit := b.Commit()
	region, ok := b.Region(a.cfg.ZK.RegionResolution)
	score := b.Score()
	if !ok || score == 0 {
		return nil
	}
	return &ZKProof{Commit: commit, Size: b.Size, Threshold: score, Region: region, Slots: b.Slots[:len(pub)]}
}

// proveStep makes or submits one due proof.
func (a *Agent) proveStep(ctx context.Context) (bool, error) {
	ps, err := a.out.ZKDue(ctx, a.cfg.Now(), 1)
	if err != nil || len(ps) == 0 {
		return false, err
	}
	p := ps[0]
	zc := a.cfg.Chain.(ZKChain)
	err = a.prove(ctx, zc, p)
	if err == nil || ctx.Err() != nil {
		return true, nil
	}
	if transient(err) {
		a.retryZK(ctx, p, err)
		return false, err
	}
	if code := datpin.ErrorCode(err); p.Attempts+1 >= a.cfg.MaxAttempts || code == datpin.EINVALID || code == datpin.ENOTFOUND {
		a.log.Warn("zk proof failed", "batch", p.Batch, "token", p.Token, "err", err)
		if err := a.out.MarkZKFailed(context.WithoutCancel(ctx), p.Batch, p.State, err); err != nil {
			return false, err
		}
		a.changed()
		return true, nil
	}
	a.retryZK(ctx, p, err)
	return true, nil
}

func (a *Agent) retryZK(ctx context.Context, p *ZKProof, err error) {
	a.log.Warn("zk proof retry", "batch", p.Batch, "token", p.Token, "attempt", p.Attempts+1, "err", err)
	a.m.Retries.WithLabelValues("prove").Inc()
	a.retries.Add(1)
	if e := a.out.RetryZK(context.WithoutCancel(ctx), p.Batch, err, a.cfg.Now().Add(a.backoff(p.Attempts))); e != nil {
		a.log.Error("record zk retry", "batch", p.Batch, "err", e)
	}
}

// prove moves one proof forward. A token that already carries a proof (a crash after the
// submission was mined) is recorded as submitted without proving or sending again.
func (a *Agent) prove(ctx context.Context, zc ZKChain, p *ZKProof) error {
	has, err := zc.HasZKProof(ctx, p.Token)
	if err != nil {
		return err
	}
	if has {
		if err := a.out.MarkZKSubmitted(context.WithoutCancel(ctx), p.Batch, p.State, ""); err != nil {
			return err
		}
		a.zkSubmitted.Add(1)
		a.changed()
		return nil
	}
	if p.State == ZKCommitted {
		start := time.Now()
		payload, err := a.makeProof(ctx, p)
		if err != nil {
			return err
		}
		if err := a.out.MarkZKProved(context.WithoutCancel(ctx), p.Batch, payload); err != nil {
			return err
		}
		a.m.StageSeconds.WithLabelValues("prove").Observe(time.Since(start).Seconds())
		p.State, p.Payload = ZKProved, payload
	}
	tx, err := zc.AddZKProof(ctx, p.Token, p.Payload)
	if err != nil {
		if errors.Is(err, evm.ErrInvalidProof) {
			return datpin.Wrap(datpin.EINVALID, err, "token %d refused the proof", p.Token)
		}
		return err
	}
	if err := a.out.MarkZKSubmitted(context.WithoutCancel(ctx), p.Batch, ZKProved, tx); err != nil {
		return err
	}
	a.zkSubmitted.Add(1)
	a.log.Info("zk proof submitted", "batch", p.Batch, "token", p.Token, "threshold", p.Threshold, "tx", tx)
	a.changed()
	return nil
}

// makeProof proves the recorded claim for the token on the slots the package stage kept, after
// checking them against the commitment the device signed.
func (a *Agent) makeProof(ctx context.Context, p *ZKProof) ([]byte, error) {
	zb, err := a.out.zkSlots(ctx, p.Batch, p.Size)
	if err != nil {
		return nil, err
	}
	if zb == nil {
		if zb, err = a.legacySlots(ctx, p); err != nil {
			return nil, err
		}
	}
	if zb.Commit() != p.Commit {
		return nil, datpin.Errorf(datpin.EINVALID, "batch %d: records do not match the signed commitment", p.Batch)
	}
	keys, err := a.cfg.ZK.Keys(p.Size)
	if err != nil {
		return nil, err
	}
	c := zk.Claim{TokenID: new(big.Int).SetUint64(p.Token), Threshold: p.Threshold, Region: p.Region}
	proof, err := zk.Prove(keys, zb, c)
	if err != nil {
		return nil, err
	}
	return zk.Payload(p.Size, c, proof), nil
}

// legacySlots re-derives the slots of a proof row written before the outbox kept them, from the
// batch's records (anonymization is deterministic).
func (a *Agent) legacySlots(ctx context.Context, p *ZKProof) (*zk.Batch, error) {
	b, err := a.out.Get(ctx, p.Batch)
	if err != nil {
		return nil, err
	}
	_, _, pub, err := a.anonymize(ctx, b)
	if err != nil {
		return nil, err
	}
	return zk.NewBatch(p.Size, pub)
}

// ZKSubmitted counts proofs this agent submitted or found on chain.
func (a *Agent) ZKSubmitted() int64 { return a.zkSubmitted.Load() }

// WaitZK waits until no proof is left to make or submit (all submitted or failed). Run must be
// running.
func (a *Agent) WaitZK(ctx context.Context) error {
	for {
		ch := a.progressCh()
		var n int
		err := a.out.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM zk_proofs z JOIN batches b ON b.id = z.batch
			WHERE z.state IN (?, ?) AND b.state IN (?, ?, ?, ?)`,
			ZKCommitted, ZKProved, StatePackaged, StateStored, StateAnchored, StateSealed).Scan(&n)
		if err != nil {
			return dbErr(err, "wait zk")
		}
		if n == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return datpin.Wrap(datpin.EUNAVAILABLE, ctx.Err(), "%d proofs still pending", n)
		case <-ch:
		case <-time.After(a.cfg.PollInterval):
		}
	}
}

var errNoZKChain = errors.New("agent: ZK needs a chain that can submit proofs (ZKChain)")
