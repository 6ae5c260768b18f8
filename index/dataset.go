package index

import (
	"context"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// zkAttest is how the index keeps the DAT's ZK_ATTEST proof type (keccak256("ZK_ATTEST")).
var zkAttest = strings.ToLower(common.Hash(crypto.Keccak256([]byte("ZK_ATTEST"))).Hex())

// DatasetFilter selects finalized contributions of a class for a dataset. Epochs are inclusive;
// ToEpoch 0 means no upper bound.
type DatasetFilter struct {
	Class     uint64
	FromEpoch uint32
	ToEpoch   uint32
	MinScore  uint16
}

// DatasetToken is a finalized contribution with what a dataset's query and certificate need.
type DatasetToken struct {
	ID         uint64
	Owner      string
	Device     string
	DeviceType uint8
	Epoch      uint32
	Cell       uint64
	Records    uint32
	MerkleRoot string
	CID        string
	Score      uint16 // agreed
	Value      uint64 // at finalization
	Reveals    int
	Agreeing   int  // reveals within the oracle's tolerance of the agreed score
	ZK         bool // carries a ZK_ATTEST proof
}

// DatasetTokens returns the finalized contributions matching f, by id.
func (d *DB) DatasetTokens(ctx context.Context, f DatasetFilter) ([]DatasetToken, error) {
	p, err := d.Params(ctx)
	if err != nil {
		return nil, err
	}
	to := f.ToEpoch
	if to == 0 {
		to = ^uint32(0)
	}
	rows, err := d.query(ctx, `SELECT t.id,
		COALESCE((SELECT x.dst FROM transfers x WHERE x.token = t.id ORDER BY x.block DESC, x.log_index DESC LIMIT 1), t.minted_to),
		t.device,
		COALESCE((SELECT dv.device_type FROM devices dv WHERE dv.device = t.device ORDER BY dv.block DESC, dv.log_index DESC LIMIT 1), 0),
		t.epoch, t.cell, t.records, t.root, t.cid, v.score, v.value,
		(SELECT COUNT(*) FROM evaluations e WHERE e.token = t.id),
		(SELECT COUNT(*) FROM evaluations e WHERE e.token = t.id AND ABS(e.score - v.score) <= ?),
		EXISTS (SELECT 1 FROM proofs pr WHERE pr.token = t.id AND LOWER(pr.proof_type) = ?)
		FROM tokens t JOIN verdicts v ON v.token = t.id
		WHERE t.class = ? AND v.accepted = 1 AND t.device <> '' AND t.epoch BETWEEN ? AND ? AND v.score >= ?
		ORDER BY t.id`, int(p.Tolerance), zkAttest, f.Class, f.FromEpoch, to, int(f.MinScore))
	if err != nil {
		return nil, dbErr(err, "dataset tokens")
	}
	defer rows.Close()
	var out []DatasetToken
	for rows.Next() {
		var t DatasetToken
		var zk int
		if err := rows.Scan(&t.ID, &t.Owner, &t.Device, &t.DeviceType, &t.Epoch, &t.Cell, &t.Records, &t.MerkleRoot, &t.CID,
			&t.Score, &t.Value, &t.Reveals, &t.Agreeing, &zk); err != nil {
			return nil, dbErr(err, "dataset tokens")
		}
		t.ZK = zk != 0
		out = append(out, t)
	}
	return out, dbErr(rows.Err(), "dataset tokens")
}

// RegionOutcomes counts the decided contributions of a class in the given cells (as the index
// keeps them) and epochs, and how many of them were rejected: how the region and time of a
// dataset fared with the validators.
func (d *DB) RegionOutcomes(ctx context.Context, class uint64, cells []uint64, fromEpoch, toEpoch uint32) (decided, rejected int, err error) {
	if len(cells) == 0 {
		return 0, 0, nil
	}
	args := []any{class, fromEpoch, toEpoch}
	marks := make([]string, len(cells))
	for i, c := range cells {
		marks[i] = "?"
		args = append(args, c)
	}
	err = d.queryRow(ctx, `SELECT COUNT(*), COALESCE(SUM(v.accepted = 0), 0)
		FROM tokens t JOIN verdicts v ON v.token = t.id
		WHERE t.class = ? AND t.epoch BETWEEN ? AND ? AND t.cell IN (`+strings.Join(marks, ",")+`)`, args...).Scan(&decided, &rejected)
	return decided, rejected, dbErr(err, "region outcomes")
}
