package agent

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/zk"
)

// The outbox's side of the proof stage: each anchored batch's proof and its state.
// ZKState is where a batch's proof stands. It only moves forward:
//
//	committed ─► proved ─► submitted
//	     └──────────┴────► failed
type ZKState int

const (
	ZKCommitted ZKState = 0 // the commitment is in the contribution; no proof yet
	ZKProved    ZKState = 1 // the proof is made and kept; not yet on chain
	ZKSubmitted ZKState = 2 // the token carries the proof
	ZKFailed    ZKState = 3 // a permanent error; see the error column
)

var zkStateNames = [...]string{"committed", "proved", "submitted", "failed"}

func (s ZKState) String() string {
	if s >= 0 && int(s) < len(zkStateNames) {
		return zkStateNames[s]
	}
	return "unknown"
}

// zkSchema keeps one row per batch whose contribution carries a commitment, written in the same
// transaction that records the package, so a batch is never anchored with a commitment the outbox
// forgot. The proof is kept once made: it is never made twice.
const zkSchema = `
CREATE TABLE IF NOT EXISTS zk_proofs (
	batch      INTEGER PRIMARY KEY,
	commitment BLOB    NOT NULL,
	size       INTEGER NOT NULL,
	threshold  INTEGER NOT NULL,
	region     INTEGER NOT NULL,
	state      INTEGER NOT NULL DEFAULT 0,
	payload    BLOB,
	tx         TEXT    NOT NULL DEFAULT '',
	attempts   INTEGER NOT NULL DEFAULT 0,
	next_try   INTEGER NOT NULL DEFAULT 0,
	last_error TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS zk_proofs_state ON zk_proofs (state, next_try);
`

// ZKProof is a batch's row in the outbox's proof table.
type ZKProof struct {
	Batch     int64    `json:"batch"`
	Commit    [32]byte `json:"-"`
	Size      int      `json:"size"`
	Threshold uint16   `json:"threshold"`
	Region    uint64   `json:"region"`
	State     ZKState  `json:"state"`
	Payload   []byte   `json:"-"`
	Tx        string   `json:"tx,omitempty"`
	Attempts  int      `json:"attempts,omitempty"`
	LastError string   `json:"lastError,omitempty"`

	Token uint64 `json:"token"` // the batch's token (set once anchored)

	// Slots are the batch's public records in the circuit's form (zk.SlotOf), as the package
	// stage made them: the prove stage proves these, it does not anonymize the batch again.
	// Set when packaged; not read back by the listing queries (see zkSlots).
	Slots []zk.Slot `json:"-"`
}

func insertZK(ctx context.Context, tx *sql.Tx, id int64, p *ZKProof) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO zk_proofs (batch, commitment, size, threshold, region, slots) VALUES (?, ?, ?, ?, ?, ?)`,
		id, p.Commit[:], p.Size, p.Threshold, p.Region, encodeSlots(p.Slots))
	return err
}

// addZKSlots gives the proof table its slots column (outboxSchema's third step). Rows written
// before it have none: their batches are proved from records anonymized again (legacySlots).
func addZKSlots(ctx context.Context, tx *sql.Tx) error {
	var has bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pragma_table_info('zk_proofs') WHERE name = 'slots')`).Scan(&has); err != nil || has {
		return err
	}
	_, err := tx.ExecContext(ctx, `ALTER TABLE zk_proofs ADD COLUMN slots BLOB`)
	return err
}

// slotSize is the encoded size of a slot: flags (valid, scored), RSRP, RSRQ and SINR as int32,
// the cell as uint64, little-endian.
const slotSize = 1 + 3*4 + 8

// encodeSlots encodes the record slots of a batch (padding excluded).
func encodeSlots(ss []zk.Slot) []byte {
	if len(ss) == 0 {
		return nil
	}
	out := make([]byte, 0, len(ss)*slotSize)
	for _, s := range ss {
		var flags byte
		if s.Valid {
			flags |= 1
		}
		if s.Scored {
			flags |= 2
		}
		out = append(out, flags)
		out = binary.LittleEndian.AppendUint32(out, uint32(s.RSRP))
		out = binary.LittleEndian.AppendUint32(out, uint32(s.RSRQ))
		out = binary.LittleEndian.AppendUint32(out, uint32(s.SINR))
		out = binary.LittleEndian.AppendUint64(out, s.Cell)
	}
	return out
}

// decodeSlots decodes encodeSlots' output into a batch of the given size, padded with empty slots.
func decodeSlots(b []byte, size int) (*zk.Batch, error) {
	if len(b)%slotSize != 0 || len(b)/slotSize > size {
		return nil, datpin.Errorf(datpin.EINVALID, "zk slots: %d bytes do not make slots of a batch of %d", len(b), size)
	}
	zb := &zk.Batch{Size: size, Slots: make([]zk.Slot, size)}
	for i := 0; len(b) > 0; i, b = i+1, b[slotSize:] {
		if b[0]&^3 != 0 {
			return nil, datpin.Errorf(datpin.EINVALID, "zk slots: slot %d has flags %#x", i, b[0])
		}
		zb.Slots[i] = zk.Slot{
			Valid: b[0]&1 != 0, Scored: b[0]&2 != 0,
			RSRP: int32(binary.LittleEndian.Uint32(b[1:])), RSRQ: int32(binary.LittleEndian.Uint32(b[5:])),
			SINR: int32(binary.LittleEndian.Uint32(b[9:])), Cell: binary.LittleEndian.Uint64(b[13:]),
		}
	}
	return zb, nil
}

// zkSlots returns the batch the package stage recorded for a proof, nil for a row written
// before slots were kept.
func (o *Outbox) zkSlots(ctx context.Context, id int64, size int) (*zk.Batch, error) {
	var b []byte
	err := o.db.QueryRowContext(ctx, `SELECT slots FROM zk_proofs WHERE batch = ?`, id).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "batch %d has no zk commitment", id)
	}
	if err != nil || b == nil {
		return nil, dbErr(err, "read zk slots")
	}
	return decodeSlots(b, size)
}

// ZK returns a batch's proof row (ENOTFOUND when its contribution carries no commitment).
func (o *Outbox) ZK(ctx context.Context, id int64) (*ZKProof, error) {
	ps, err := o.queryZK(ctx, `WHERE z.batch = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "batch %d has no zk commitment", id)
	}
	return ps[0], nil
}

// ZKDue returns up to limit proofs to make or submit: of anchored batches, committed or proved,
// whose retry time has come.
func (o *Outbox) ZKDue(ctx context.Context, now time.Time, limit int) ([]*ZKProof, error) {
	return o.queryZK(ctx, `WHERE b.state = ? AND z.state IN (?, ?) AND z.next_try <= ? ORDER BY z.batch LIMIT ?`,
		StateAnchored, ZKCommitted, ZKProved, now.UnixMilli(), limit)
}

// ZKCounts counts proof rows per state.
func (o *Outbox) ZKCounts(ctx context.Context) (map[ZKState]int, error) {
	rows, err := o.db.QueryContext(ctx, `SELECT state, COUNT(*) FROM zk_proofs GROUP BY state`)
	if err != nil {
		return nil, dbErr(err, "zk counts")
	}
	defer rows.Close()
	out := map[ZKState]int{}
	for rows.Next() {
		var s ZKState
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, dbErr(err, "zk counts")
		}
		out[s] = n
	}
	return out, dbErr(rows.Err(), "zk counts")
}

func (o *Outbox) queryZK(ctx context.Context, where string, args ...any) ([]*ZKProof, error) {
	rows, err := o.db.QueryContext(ctx, `SELECT z.batch, z.commitment, z.size, z.threshold, z.region, z.state,
		z.payload, z.tx, z.attempts, z.last_error, b.token FROM zk_proofs z JOIN batches b ON b.id = z.batch `+where, args...)
	if err != nil {
		return nil, dbErr(err, "list zk proofs")
	}
	defer rows.Close()
	var out []*ZKProof
	for rows.Next() {
		p := &ZKProof{}
		var commit []byte
		if err := rows.Scan(&p.Batch, &commit, &p.Size, &p.Threshold, &p.Region, &p.State, &p.Payload, &p.Tx,
			&p.Attempts, &p.LastError, &p.Token); err != nil {
			return nil, dbErr(err, "list zk proofs")
		}
		copy(p.Commit[:], commit)
		out = append(out, p)
	}
	return out, dbErr(rows.Err(), "list zk proofs")
}

// zkMove moves a proof row from one state to another, setting extra columns.
func (o *Outbox) zkMove(ctx context.Context, id int64, from, to ZKState, set string, args ...any) error {
	q := `UPDATE zk_proofs SET state = ?, attempts = 0, next_try = 0, last_error = ''`
	if set != "" {
		q += ", " + set
	}
	all := append(append([]any{to}, args...), id, from)
	r, err := o.db.ExecContext(ctx, q+` WHERE batch = ? AND state = ?`, all...)
	if err != nil {
		return dbErr(err, "zk "+to.String())
	}
	if n, _ := r.RowsAffected(); n != 1 {
		return datpin.Errorf(datpin.ECONFLICT, "zk proof of batch %d is not %s", id, from)
	}
	return nil
}

// MarkZKProved keeps a proof made for a committed batch.
func (o *Outbox) MarkZKProved(ctx context.Context, id int64, payload []byte) error {
	return o.zkMove(ctx, id, ZKCommitted, ZKProved, "payload = ?", payload)
}

// MarkZKSubmitted records that the batch's token carries its proof (tx "" when found on chain).
func (o *Outbox) MarkZKSubmitted(ctx context.Context, id int64, from ZKState, tx string) error {
	return o.zkMove(ctx, id, from, ZKSubmitted, "tx = ?", tx)
}

// MarkZKFailed gives up on a batch's proof.
func (o *Outbox) MarkZKFailed(ctx context.Context, id int64, from ZKState, cause error) error {
	return o.zkMove(ctx, id, from, ZKFailed, "last_error = ?", errText(cause))
}

// RetryZK schedules another attempt at a batch's proof.
func (o *Outbox) RetryZK(ctx context.Context, id int64, cause error, next time.Time) error {
	_, err := o.db.ExecContext(ctx, `UPDATE zk_proofs SET attempts = attempts + 1, next_try = ?, last_error = ? WHERE batch = ?`,
		next.UnixMilli(), errText(cause), id)
	return dbErr(err, "retry zk")
}
