package agent

import (
	"context"
	"database/sql"
	"errors"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/quality"
)

// Rescored is the edge's score of an anchored batch computed again from the plaintext records the
// outbox keeps: what the station's operator, and only it, can check.
type Rescored struct {
	Batch   int64                `json:"batch"`
	Station string               `json:"station"`
	Records int                  `json:"records"`
	Score   quality.Contribution `json:"score"`
	// Root is the Merkle root of the records anonymized again, RootMatches whether it is the one
	// the batch was anchored with: the plaintext is what the token commits to.
	Root        [32]byte `json:"-"`
	RootMatches bool     `json:"rootMatches"`
}

// ByToken returns the batch anchored as token.
func (o *Outbox) ByToken(ctx context.Context, token uint64) (*Batch, error) {
	b, err := scanBatch(o.db.QueryRowContext(ctx, `SELECT `+batchColumns+` FROM batches WHERE token = ? AND token <> 0`, token))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "no batch of this outbox was anchored as token %d", token)
	}
	return b, dbErr(err, "find batch")
}

// Rescore recomputes the edge's score of the batch anchored as token: its plaintext records
// from the outbox, anonymized again with the station's key from keys (pseudonyms and cells are
// deterministic, so they are the records the package carries) and scored by
// quality.ScorePackage, as the agent scored them before sealing. k is the agent's k-anonymity
// parameter (0: privacy.DefaultK).
func Rescore(ctx context.Context, ob *Outbox, keys Keys, k int, token uint64) (*Rescored, error) {
	b, err := ob.ByToken(ctx, token)
	if err != nil {
		return nil, err
	}
	key, err := keys.Key(b.Station)
	if err != nil {
		return nil, err
	}
	recs, err := ob.Records(ctx, b.ID)
	if err != nil {
		return nil, err
	}
	anon, err := privacy.NewAnonymizer(privacy.Config{Secret: PseudonymSecret(key), EpochLength: b.EpochLength, K: k})
	if err != nil {
		return nil, err
	}
	pub, err := anon.Anonymize(b.Epoch, recs)
	if err != nil {
		return nil, err
	}
	_, root, err := pack.EncodeBatch(pub)
	if err != nil {
		return nil, err
	}
	return &Rescored{
		Batch: b.ID, Station: b.Station, Records: len(recs), Score: scoreBatch(pub, b.Epoch, b.EpochLength),
		Root: root, RootMatches: root == b.Root,
	}, nil
}
