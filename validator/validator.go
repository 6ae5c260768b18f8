package validator

import (
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"

	"filippo.io/age"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/store"
)

// Reasons a contribution is scored 0.
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
)

// Evaluation is a validator's verdict on one token.
type Evaluation struct {
	TokenID   uint64 `json:"tokenId"`
	EdgeScore uint16 `json:"edgeScore"`
	Score     uint16 `json:"score"`
	Reason    string `json:"reason,omitempty"`
	Records   int    `json:"records"`
}

// Validator evaluates tokens with one key and one age identity.
type Validator struct {
	Suite    *evm.Suite
	Account  *evm.Account
	Identity age.Identity
	Store    datpin.ContentStore
	Log      *slog.Logger
}

// Evaluate re-evaluates one token. Only an unreachable store or chain is an error; everything
// wrong with the contribution itself is a zero score with a reason.
func (v *Validator) Evaluate(ctx context.Context, id uint64) (Evaluation, error) {
	st, err := v.Suite.TokenState(ctx, id)
	if err != nil {
		return Evaluation{}, err
	}
	c := st.Contrib
	ev := Evaluation{TokenID: id, EdgeScore: c.Score}
	reject := func(reason string) (Evaluation, error) {
		ev.Score, ev.Reason = 0, reason
		return ev, nil
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
		return Evaluation{}, err
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
	w := quality.EpochWindow(m.Epoch, int64(m.EpochLength))
	score := quality.ScoreContribution(datpin.ScoringRecords(recs), w)
	ev.Score = score.Score
	if score.Score != c.Score {
		ev.Reason = ReasonScoreMismatch
	}
	return ev, nil
}

// Submission is a committed batch awaiting its reveal.
type Submission struct {
	Round  uint64
	Start  uint64
	Scores []uint16
	Salt   [32]byte
}

// Commit commits scores for the consecutive tokens start.. of round and returns what Reveal needs.
func (v *Validator) Commit(ctx context.Context, round, start uint64, scores []uint16) (*Submission, error) {
	s := &Submission{Round: round, Start: start, Scores: scores}
	if _, err := rand.Read(s.Salt[:]); err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "salt")
	}
	c := v.Suite.Commitment(round, v.Account.Address, start, scores, s.Salt)
	if err := v.Suite.Commit(ctx, v.Account, round, c); err != nil {
		return nil, fmt.Errorf("commit round %d: %w", round, err)
	}
	return s, nil
}

// Reveal reveals a committed batch.
func (v *Validator) Reveal(ctx context.Context, s *Submission) error {
	if err := v.Suite.Reveal(ctx, v.Account, s.Round, s.Start, s.Scores, s.Salt); err != nil {
		return fmt.Errorf("reveal round %d: %w", s.Round, err)
	}
	return nil
}

// EvaluateBatch evaluates tokens in order. Only an unreachable store or chain is an error.
func (v *Validator) EvaluateBatch(ctx context.Context, ids []uint64) ([]Evaluation, error) {
	out := make([]Evaluation, len(ids))
	for i, id := range ids {
		ev, err := v.Evaluate(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("evaluate token %d: %w", id, err)
		}
		out[i] = ev
	}
	return out, nil
}
