package validator

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"slices"
	"sync"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/internal/sqlitedb"
)

// Seen is what a validator remembers of a contribution it evaluated: enough to recognize a later
// copy of its data and to weigh a cluster of copies.
type Seen struct {
	TokenID    uint64
	Device     [20]byte
	Epoch      uint32
	AnchoredAt uint64
	// Fit is how far, in km, the station's asserted place lies from its strongest sessions
	// (lower fits better; see checkPlace); 0 for contributions without sessions.
	Fit float64
	// Sequence holds the contribution's informative samples, to recognize a later copy.
	Sequence
	// Place is where its station's sessions were measured (footprintOf), for an accepted
	// contribution only: the places a station is known in (see stationFar).
	Place []PlaceCell
	// Rate counts its informative sessions' rates per spectral efficiency (rateProfileOf), for an
	// accepted contribution only: what its station carries (see throughputAbovePeers).
	Rate []RateBin
}

// History remembers contributions across evaluations. EvaluateBatch reads it before judging a
// round and records the round's contributions afterwards, so validators that saw the same tokens
// judge alike. Both implementations forget contributions more than HistoryKeepEpochs older than
// the newest one they hold, so that what a validator keeps does not grow with the time it runs.
type History interface {
	// Seen returns every remembered contribution, by token id.
	Seen(ctx context.Context) ([]Seen, error)
	// Record remembers contributions, replacing any with the same token id.
	Record(ctx context.Context, s []Seen) error
}

// MemHistory is a History in memory.
type MemHistory struct {
	mu     sync.Mutex
	seen   map[uint64]Seen
	newest uint32 // the newest epoch recorded
}

// NewMemHistory returns an empty in-memory History.
func NewMemHistory() *MemHistory { return &MemHistory{seen: map[uint64]Seen{}} }

// Seen implements History.
func (h *MemHistory) Seen(context.Context) ([]Seen, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := make([]Seen, 0, len(h.seen))
	for _, s := range h.seen {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b Seen) int { return cmp.Compare(a.TokenID, b.TokenID) })
	return out, nil
}

// Record implements History.
func (h *MemHistory) Record(_ context.Context, s []Seen) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, x := range s {
		h.seen[x.TokenID] = x
		h.newest = max(h.newest, x.Epoch)
	}
	for id, x := range h.seen {
		if expired(x.Epoch, h.newest) {
			delete(h.seen, id)
		}
	}
	return nil
}

// HistoryKeepEpochs is how many epochs before the newest remembered contribution a History keeps
// the older ones: twice the window duplicates are looked for in (HistoryEpochs), so that a
// contribution anchored up to HistoryEpochs late is still compared with its whole window.
const HistoryKeepEpochs = 2 * HistoryEpochs

// expired reports whether a contribution of epoch is older than a History whose newest
// contribution is of epoch newest keeps.
func expired(epoch, newest uint32) bool {
	return uint64(epoch)+HistoryKeepEpochs < uint64(newest)
}

// SQLHistory is a History kept in a SQLite database (driver modernc.org/sqlite), in tables of
// its own beside whatever else the database holds. It caches what it read, so each evaluation
// reads only the rows recorded since. Rows older than HistoryKeepEpochs before the newest are
// deleted when the history is opened and with every Record.
type SQLHistory struct {
	db *sql.DB

	mu     sync.Mutex
	cache  map[uint64]Seen
	loaded bool
	newest uint32 // the newest epoch in the database
}

const historySchema = `
CREATE TABLE IF NOT EXISTS validator_seen (
	token_id    INTEGER PRIMARY KEY,
	device      BLOB    NOT NULL,
	epoch       INTEGER NOT NULL,
	anchored_at INTEGER NOT NULL,
	fit         REAL    NOT NULL
);
DROP TABLE IF EXISTS validator_block; -- hour fingerprints of an earlier release
CREATE TABLE IF NOT EXISTS validator_seq (
	token_id INTEGER PRIMARY KEY REFERENCES validator_seen(token_id) ON DELETE CASCADE,
	samples  BLOB    NOT NULL -- encodeSamples
);
CREATE TABLE IF NOT EXISTS validator_trace (
	token_id INTEGER PRIMARY KEY REFERENCES validator_seen(token_id) ON DELETE CASCADE,
	steps    BLOB    NOT NULL -- encodeTrace
);
CREATE TABLE IF NOT EXISTS validator_place (
	token_id INTEGER PRIMARY KEY REFERENCES validator_seen(token_id) ON DELETE CASCADE,
	cells    BLOB    NOT NULL -- encodePlace
);
CREATE TABLE IF NOT EXISTS validator_rate (
	token_id INTEGER PRIMARY KEY REFERENCES validator_seen(token_id) ON DELETE CASCADE,
	bins     BLOB    NOT NULL -- encodeRate
);
CREATE INDEX IF NOT EXISTS validator_seen_epoch ON validator_seen(epoch);`

// NewHistory returns a History in db, creating its tables if needed. The caller owns db.
func NewHistory(db *sql.DB) (*SQLHistory, error) {
	ctx := context.Background()
	if err := sqlitedb.Migrate(ctx, db, "validator history", []sqlitedb.Migration{{SQL: historySchema}}); err != nil {
		return nil, err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, sqlitedb.Error(err, "prune history")
	}
	defer tx.Rollback()
	newest, err := prune(ctx, tx)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, sqlitedb.Error(err, "prune history")
	}
	return &SQLHistory{db: db, cache: map[uint64]Seen{}, newest: newest}, nil
}

// prune deletes the rows older than HistoryKeepEpochs before the newest and returns the newest
// epoch. Sequences are deleted explicitly: the database may not enforce foreign keys.
func prune(ctx context.Context, tx *sql.Tx) (uint32, error) {
	var newest sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT MAX(epoch) FROM validator_seen`).Scan(&newest); err != nil {
		return 0, sqlitedb.Error(err, "prune history")
	}
	if !newest.Valid || newest.Int64 <= HistoryKeepEpochs {
		return uint32(newest.Int64), nil
	}
	cutoff := newest.Int64 - HistoryKeepEpochs // rows of earlier epochs are expired
	for _, table := range []string{"validator_seq", "validator_trace", "validator_place", "validator_rate"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE token_id IN (SELECT token_id FROM validator_seen WHERE epoch < ?)`, cutoff); err != nil {
			return 0, sqlitedb.Error(err, "prune history")
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM validator_seen WHERE epoch < ?`, cutoff); err != nil {
		return 0, sqlitedb.Error(err, "prune history")
	}
	return uint32(newest.Int64), nil
}

// OpenHistory opens (creating) a SQLite database file holding only a History; Close closes it.
// A history can be rebuilt from the chain, so commits are synced at checkpoints only.
func OpenHistory(path string) (*SQLHistory, error) {
	db, err := sqlitedb.Open(path, sqlitedb.Options{Name: "history", Synchronous: sqlitedb.Normal})
	if err != nil {
		return nil, err
	}
	h, err := NewHistory(db)
	if err != nil {
		db.Close()
		return nil, err
	}
	return h, nil
}

// Close closes the database.
func (h *SQLHistory) Close() error { return h.db.Close() }

// Seen implements History.
func (h *SQLHistory) Seen(ctx context.Context) ([]Seen, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.loaded {
		if err := h.load(ctx); err != nil {
			return nil, err
		}
		h.loaded = true
	}
	out := make([]Seen, 0, len(h.cache))
	for _, s := range h.cache {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b Seen) int { return cmp.Compare(a.TokenID, b.TokenID) })
	return out, nil
}

func (h *SQLHistory) load(ctx context.Context) error {
	rows, err := h.db.QueryContext(ctx, `SELECT token_id, device, epoch, anchored_at, fit FROM validator_seen`)
	if err != nil {
		return sqlitedb.Error(err, "read history")
	}
	defer rows.Close()
	for rows.Next() {
		var s Seen
		var dev []byte
		if err := rows.Scan(&s.TokenID, &dev, &s.Epoch, &s.AnchoredAt, &s.Fit); err != nil {
			return datpin.Wrap(datpin.EINTERNAL, err, "read history")
		}
		copy(s.Device[:], dev)
		h.cache[s.TokenID] = s
	}
	if err := rows.Err(); err != nil {
		return sqlitedb.Error(err, "read history")
	}
	srows, err := h.db.QueryContext(ctx, `SELECT token_id, samples FROM validator_seq`)
	if err != nil {
		return sqlitedb.Error(err, "read history sequences")
	}
	defer srows.Close()
	for srows.Next() {
		var id uint64
		var blob []byte
		if err := srows.Scan(&id, &blob); err != nil {
			return datpin.Wrap(datpin.EINTERNAL, err, "read history sequences")
		}
		ss, err := decodeSamples(blob)
		if err != nil {
			return datpin.Wrap(datpin.EINTERNAL, err, "read history sequence of token %d", id)
		}
		s := h.cache[id]
		s.Samples = ss
		h.cache[id] = s
	}
	if err := srows.Err(); err != nil {
		return sqlitedb.Error(err, "read history sequences")
	}
	if err := h.loadTraces(ctx); err != nil {
		return err
	}
	if err := h.loadPlaces(ctx); err != nil {
		return err
	}
	return h.loadRates(ctx)
}

// loadRates reads the remembered rate profiles into the cache.
func (h *SQLHistory) loadRates(ctx context.Context) error {
	rows, err := h.db.QueryContext(ctx, `SELECT token_id, bins FROM validator_rate`)
	if err != nil {
		return sqlitedb.Error(err, "read history rates")
	}
	defer rows.Close()
	for rows.Next() {
		var id uint64
		var blob []byte
		if err := rows.Scan(&id, &blob); err != nil {
			return datpin.Wrap(datpin.EINTERNAL, err, "read history rates")
		}
		p, err := decodeRate(blob)
		if err != nil {
			return datpin.Wrap(datpin.EINTERNAL, err, "read history rates of token %d", id)
		}
		s := h.cache[id]
		s.Rate = p
		h.cache[id] = s
	}
	return rows.Err()
}

// loadPlaces reads the remembered places into the cache.
func (h *SQLHistory) loadPlaces(ctx context.Context) error {
	rows, err := h.db.QueryContext(ctx, `SELECT token_id, cells FROM validator_place`)
	if err != nil {
		return sqlitedb.Error(err, "read history places")
	}
	defer rows.Close()
	for rows.Next() {
		var id uint64
		var blob []byte
		if err := rows.Scan(&id, &blob); err != nil {
			return datpin.Wrap(datpin.EINTERNAL, err, "read history places")
		}
		fp, err := decodePlace(blob)
		if err != nil {
			return datpin.Wrap(datpin.EINTERNAL, err, "read history place of token %d", id)
		}
		s := h.cache[id]
		s.Place = fp
		h.cache[id] = s
	}
	return rows.Err()
}

// loadTraces reads the remembered radio traces into the cache.
func (h *SQLHistory) loadTraces(ctx context.Context) error {
	rows, err := h.db.QueryContext(ctx, `SELECT token_id, steps FROM validator_trace`)
	if err != nil {
		return sqlitedb.Error(err, "read history traces")
	}
	defer rows.Close()
	for rows.Next() {
		var id uint64
		var blob []byte
		if err := rows.Scan(&id, &blob); err != nil {
			return datpin.Wrap(datpin.EINTERNAL, err, "read history traces")
		}
		tr, err := decodeTrace(blob)
		if err != nil {
			return datpin.Wrap(datpin.EINTERNAL, err, "read history trace of token %d", id)
		}
		s := h.cache[id]
		s.Trace = tr
		h.cache[id] = s
	}
	return rows.Err()
}

// encodeTrace writes a trace as varints: the count, then per step its time as a difference from
// the previous one's, its state and its cell.
func encodeTrace(dst []byte, tr []TraceStep) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(tr)))
	var prev int64
	for _, x := range tr {
		dst = binary.AppendVarint(dst, x.T-prev)
		prev = x.T
		dst = binary.AppendUvarint(dst, x.State)
		dst = binary.AppendUvarint(dst, x.Cell)
	}
	return dst
}

// decodeTrace reads what encodeTrace wrote.
func decodeTrace(b []byte) ([]TraceStep, error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return nil, datpin.Errorf(datpin.EINVALID, "bad trace length")
	}
	b = b[k:]
	if n == 0 {
		return nil, nil
	}
	out := make([]TraceStep, n)
	var prev int64
	for i := range out {
		d, k := binary.Varint(b)
		if k <= 0 {
			return nil, datpin.Errorf(datpin.EINVALID, "trace step %d truncated", i)
		}
		b = b[k:]
		st, k := binary.Uvarint(b)
		if k <= 0 {
			return nil, datpin.Errorf(datpin.EINVALID, "trace step %d truncated", i)
		}
		b = b[k:]
		cell, k := binary.Uvarint(b)
		if k <= 0 {
			return nil, datpin.Errorf(datpin.EINVALID, "trace step %d truncated", i)
		}
		b = b[k:]
		prev += d
		out[i] = TraceStep{T: prev, State: st, Cell: cell}
	}
	if len(b) != 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "%d bytes after the trace", len(b))
	}
	return out, nil
}

// encodeSamples writes samples as varints: the count, then per sample its time as a difference
// from the previous one's and its five values.
func encodeSamples(dst []byte, ss []Sample) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(ss)))
	var prev int64
	for _, x := range ss {
		dst = binary.AppendVarint(dst, x.T-prev)
		prev = x.T
		for _, v := range [...]int32{x.Down, x.Up, x.RSRP, x.RSRQ, x.SINR} {
			dst = binary.AppendVarint(dst, int64(v))
		}
	}
	return dst
}

// decodeSamples reads what encodeSamples wrote.
func decodeSamples(b []byte) ([]Sample, error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return nil, datpin.Errorf(datpin.EINVALID, "bad sample count")
	}
	b = b[k:]
	out := make([]Sample, n)
	var prev int64
	for i := range out {
		var vs [6]int64
		for f := range vs {
			v, k := binary.Varint(b)
			if k <= 0 {
				return nil, datpin.Errorf(datpin.EINVALID, "sample %d truncated", i)
			}
			vs[f], b = v, b[k:]
		}
		prev += vs[0]
		out[i] = Sample{T: prev, Down: int32(vs[1]), Up: int32(vs[2]), RSRP: int32(vs[3]), RSRQ: int32(vs[4]), SINR: int32(vs[5])}
	}
	if len(b) != 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "%d bytes after the samples", len(b))
	}
	return out, nil
}

// Record implements History: one transaction for all of s.
func (h *SQLHistory) Record(ctx context.Context, s []Seen) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	tx, err := h.db.BeginTx(ctx, nil)
	if err != nil {
		return sqlitedb.Error(err, "record history")
	}
	defer tx.Rollback()
	// Statements prepared once: a round records thousands of rows.
	var stmts [9]*sql.Stmt
	for i, q := range []string{
		`DELETE FROM validator_seq WHERE token_id = ?`,
		`INSERT OR REPLACE INTO validator_seen (token_id, device, epoch, anchored_at, fit) VALUES (?, ?, ?, ?, ?)`,
		`INSERT INTO validator_seq (token_id, samples) VALUES (?, ?)`,
		`DELETE FROM validator_trace WHERE token_id = ?`,
		`INSERT INTO validator_trace (token_id, steps) VALUES (?, ?)`,
		`DELETE FROM validator_place WHERE token_id = ?`,
		`INSERT INTO validator_place (token_id, cells) VALUES (?, ?)`,
		`DELETE FROM validator_rate WHERE token_id = ?`,
		`INSERT INTO validator_rate (token_id, bins) VALUES (?, ?)`,
	} {
		if stmts[i], err = tx.PrepareContext(ctx, q); err != nil {
			return sqlitedb.Error(err, "record history")
		}
		defer stmts[i].Close()
	}
	del, seen, seq, delTrace, trace, delPlace, place, delRate, rate := stmts[0], stmts[1], stmts[2], stmts[3], stmts[4], stmts[5],
		stmts[6], stmts[7], stmts[8]
	var blob []byte
	for _, x := range s {
		if _, err := del.ExecContext(ctx, x.TokenID); err != nil {
			return sqlitedb.Error(err, "record history")
		}
		if _, err := seen.ExecContext(ctx, x.TokenID, x.Device[:], x.Epoch, x.AnchoredAt, x.Fit); err != nil {
			return sqlitedb.Error(err, "record history")
		}
		blob = encodeSamples(blob[:0], x.Samples)
		if _, err := seq.ExecContext(ctx, x.TokenID, blob); err != nil {
			return sqlitedb.Error(err, "record history")
		}
		if _, err := delTrace.ExecContext(ctx, x.TokenID); err != nil {
			return sqlitedb.Error(err, "record history")
		}
		blob = encodeTrace(blob[:0], x.Trace)
		if _, err := trace.ExecContext(ctx, x.TokenID, blob); err != nil {
			return sqlitedb.Error(err, "record history")
		}
		if _, err := delPlace.ExecContext(ctx, x.TokenID); err != nil {
			return sqlitedb.Error(err, "record history")
		}
		if len(x.Place) > 0 {
			blob = encodePlace(blob[:0], x.Place)
			if _, err := place.ExecContext(ctx, x.TokenID, blob); err != nil {
				return sqlitedb.Error(err, "record history")
			}
		}
		if _, err := delRate.ExecContext(ctx, x.TokenID); err != nil {
			return sqlitedb.Error(err, "record history")
		}
		if len(x.Rate) > 0 {
			blob = encodeRate(blob[:0], x.Rate)
			if _, err := rate.ExecContext(ctx, x.TokenID, blob); err != nil {
				return sqlitedb.Error(err, "record history")
			}
		}
	}
	newest, err := prune(ctx, tx)
	if err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return sqlitedb.Error(err, "record history")
	}
	h.newest = newest
	if h.loaded {
		for _, x := range s {
			h.cache[x.TokenID] = x
		}
		for id, x := range h.cache {
			if expired(x.Epoch, h.newest) {
				delete(h.cache, id)
			}
		}
	}
	return nil
}
