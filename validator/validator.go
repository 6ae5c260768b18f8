package validator

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/zk"
)

// Reasons of the integrity checks: a contribution that fails one is scored 0. ReasonScoreMismatch
// is not a rejection: the validator submits the score it computed.
const (
	ReasonOK            = ""
	ReasonMissing       = "package-missing"      // the store does not have the CID
	ReasonCIDMismatch   = "cid-mismatch"         // bytes do not hash to the on-chain digest
	ReasonMalformed     = "package-malformed"    // the envelope does not decode
	ReasonRootMismatch  = "root-mismatch"        // manifest root or count differs from the token
	ReasonBadSignature  = "bad-device-signature" // the package is not signed by the token's device
	ReasonUndecryptable = "undecryptable"        // not encrypted to this validator
	ReasonContent       = "content-mismatch"     // records do not match the manifest's root
	ReasonScoreMismatch = "edge-score-mismatch"  // the edge's score is not reproducible
	ReasonZKCommit      = "zk-commit-mismatch"   // the token's zkCommit is not the commitment to these records
)

// Evaluation is a validator's verdict on one token.
type Evaluation struct {
	TokenID   uint64 `json:"tokenId"`
	EdgeScore uint16 `json:"edgeScore"`
	// Score is what the validator submits: the re-computed quality score times Trust, or 0 when
	// the contribution is rejected.
	Score uint16 `json:"score"`
	// Trust is the validator's confidence in the data, in basis points: ScoreMax when nothing is
	// wrong, lower when cross-verification down-weights it, 0 when it rejects it.
	Trust   uint16 `json:"trust"`
	Reason  string `json:"reason,omitempty"`
	Records int    `json:"records"`
}

// Validator evaluates tokens with one key and one age identity.
type Validator struct {
	Suite    *evm.Suite
	Account  *evm.Account
	Identity age.Identity
	Store    datpin.ContentStore
	Log      *slog.Logger
	// History remembers the contributions EvaluateBatch has seen, for duplicate and Sybil
	// detection across rounds (NewHistory keeps it in SQLite). Nil: an in-memory one made on
	// first use.
	History History
	// Radio is the propagation model of the location check (zero: DefaultRadio).
	Radio RadioModel

	memOnce sync.Once
	mem     *MemHistory
}

// Evaluate re-evaluates one token on its own: the integrity checks and the re-computed quality
// score, without the cross-verification EvaluateBatch adds. Only an unreachable store or chain
// is an error; everything wrong with the contribution itself is a zero score with a reason.
func (v *Validator) Evaluate(ctx context.Context, id uint64) (Evaluation, error) {
	ev, _, err := v.open(ctx, id)
	return ev, err
}

// open runs the integrity checks and re-scores the token; a token that passes them comes back
// with its decrypted records as a subject for the cross-checks.
func (v *Validator) open(ctx context.Context, id uint64) (Evaluation, *subject, error) {
	// Only the contribution is needed (TokenState would read owner, value, share and expiry too).
	out, err := v.Suite.Chain.Call(ctx, common.Address{}, v.Suite.DAT, v.Suite.DATABI.PackContributionOf(new(big.Int).SetUint64(id)))
	if err != nil {
		return Evaluation{}, nil, err
	}
	c, err := v.Suite.DATABI.UnpackContributionOf(out)
	if err != nil {
		return Evaluation{}, nil, datpin.Wrap(datpin.EINTERNAL, err, "decode contributionOf")
	}
	ev := Evaluation{TokenID: id, EdgeScore: c.Score}
	reject := func(reason string) (Evaluation, *subject, error) {
		ev.Score, ev.Reason = 0, reason
		return ev, nil, nil
	}
	cid := store.CIDFromDigest(c.CidDigest)
	blob, err := v.Store.Get(ctx, cid)
	switch datpin.ErrorCode(err) {
	case "":
	case datpin.ENOTFOUND:
		return reject(ReasonMissing)
	case datpin.EINVALID:
		return reject(ReasonCIDMismatch)
	default:
		return Evaluation{}, nil, err
	}
	p, err := pack.Decode(blob)
	if err != nil {
		return reject(ReasonMalformed)
	}
	m := &p.Manifest
	if m.MerkleRoot != c.MerkleRoot || m.RecordCount != c.RecordCount || m.Station != c.Device || m.Epoch != c.Epoch {
		return reject(ReasonRootMismatch)
	}
	if err := p.Verify(pack.Domain{ChainID: v.Suite.ChainID, VerifyingContract: v.Suite.DAT}); err != nil {
		return reject(ReasonBadSignature)
	}
	recs, err := p.Open(v.Identity)
	if err != nil {
		if datpin.ErrorCode(err) == datpin.EUNAUTHORIZED {
			return reject(ReasonUndecryptable)
		}
		return reject(ReasonContent)
	}
	ev.Records = len(recs)
	// A zero-knowledge proof attests to the records behind zkCommit: they must be these records,
	// or a device could prove a made-up batch and anchor another.
	out, err = v.Suite.Chain.Call(ctx, common.Address{}, v.Suite.DAT, v.Suite.DATABI.PackZkCommitOf(new(big.Int).SetUint64(id)))
	if err != nil {
		return Evaluation{}, nil, err
	}
	zkCommit, err := v.Suite.DATABI.UnpackZkCommitOf(out)
	if err != nil {
		return Evaluation{}, nil, datpin.Wrap(datpin.EINTERNAL, err, "decode zkCommitOf")
	}
	if zkCommit != ([32]byte{}) {
		if _, commit, err := zk.Commit(recs); err != nil || commit != zkCommit {
			return reject(ReasonZKCommit)
		}
	}
	score := quality.ScorePackage(recs, m.Epoch, int64(m.EpochLength))
	ev.Score, ev.Trust = score.Score, datpin.ScoreMax
	if score.Score != c.Score {
		ev.Reason = ReasonScoreMismatch
	}
	sub := &subject{id: id, device: c.Device, epoch: m.Epoch, anchoredAt: uint64(c.AnchoredAt), recs: recs, kind: score.Kind}
	return ev, sub, nil
}

// Submission is a committed batch awaiting its reveal.
type Submission struct {
	Round  uint64
	Start  uint64
	Scores []uint16
	Salt   [32]byte
}

// EvaluateBatch evaluates a round's tokens together: each one's integrity checks and quality
// score, then the cross-verification of the whole batch against itself and the History (claims,
// location physics, replayed hours, Sybil copies, sensor defects; see docs/FRAUD.md), after which
// it records the batch in the History. The evaluations come back in the order of ids and do not
// depend on that order: validators that saw the same history judge a batch alike. Evaluating a
// batch again replaces what the history remembered of its tokens. Only an unreachable store,
// chain or history is an error.
func (v *Validator) EvaluateBatch(ctx context.Context, ids []uint64) ([]Evaluation, error) {
	out := make([]Evaluation, len(ids))
	done := map[uint64]int{}
	var first []int // index in ids of each distinct token
	for i, id := range ids {
		if _, ok := done[id]; !ok {
			done[id] = i
			first = append(first, i)
		}
	}
	// Tokens are opened on every core: fetching, hashing, decrypting and scoring one token
	// shares nothing with another.
	found := make([]*subject, len(first))
	errs := make([]error, len(first))
	parallel(len(first), func(k int) {
		if ctx.Err() != nil {
			errs[k] = ctx.Err()
			return
		}
		i := first[k]
		ev, sub, err := v.open(ctx, ids[i])
		if err != nil {
			errs[k] = fmt.Errorf("evaluate token %d: %w", ids[i], err)
			return
		}
		out[i] = ev
		if sub != nil {
			sub.ev = &out[i]
			found[k] = sub
		}
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	subs := make([]*subject, 0, len(found))
	for _, sub := range found {
		if sub != nil {
			subs = append(subs, sub)
		}
	}
	slices.SortFunc(subs, func(a, b *subject) int { return cmp.Compare(a.id, b.id) })
	if err := v.crossCheck(ctx, subs, v.history()); err != nil {
		return nil, err
	}
	for i, id := range ids {
		out[i] = out[done[id]]
	}
	return out, nil
}

func (v *Validator) history() History {
	if v.History != nil {
		return v.History
	}
	v.memOnce.Do(func() { v.mem = NewMemHistory() })
	return v.mem
}
