package validator

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"slices"
	"sync"

	_ "modernc.org/sqlite" // database/sql driver "sqlite"

	"github.com/datpin/datpin"
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
	Fit    float64
	Blocks []Block
}

// History remembers contributions across evaluations. EvaluateBatch reads it before judging a
// round and records the round's contributions afterwards, so validators that saw the same tokens
// judge alike.
type History interface {
	// Seen returns every remembered contribution, by token id.
	Seen(ctx context.Context) ([]Seen, error)
	// Record remembers contributions, replacing any with the same token id.
	Record(ctx context.Context, s []Seen) error
}

// MemHistory is a History in memory.
type MemHistory struct {
	mu   sync.Mutex
	seen map[uint64]Seen
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
	}
	return nil
}

// SQLHistory is a History kept in a SQLite database (driver modernc.org/sqlite), in tables of
// its own beside whatever else the database holds. It caches what it read, so each evaluation
// reads only the rows recorded since.
type SQLHistory struct {
	db *sql.DB

	mu     sync.Mutex
	cache  map[uint64]Seen
	loaded bool
}

const historySchema = `
CREATE TABLE IF NOT EXISTS validator_seen (
	token_id    INTEGER PRIMARY KEY,
	device      BLOB    NOT NULL,
	epoch       INTEGER NOT NULL,
	anchored_at INTEGER NOT NULL,
	fit         REAL    NOT NULL
);
CREATE TABLE IF NOT EXISTS validator_block (
	token_id INTEGER NOT NULL REFERENCES validator_seen(token_id) ON DELETE CASCADE,
	start_ms INTEGER NOT NULL,
	records  INTEGER NOT NULL,
	shingles BLOB    NOT NULL, -- little-endian uint64s
	PRIMARY KEY (token_id, start_ms)
);`

// NewHistory returns a History in db, creating its tables if needed. The caller owns db.
func NewHistory(db *sql.DB) (*SQLHistory, error) {
	if _, err := db.Exec(historySchema); err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "create history tables")
	}
	return &SQLHistory{db: db, cache: map[uint64]Seen{}}, nil
}

// OpenHistory opens (creating) a SQLite database file holding only a History; Close closes it.
func OpenHistory(path string) (*SQLHistory, error) {
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "open history %s", path)
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
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "read history")
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
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "read history")
	}
	brows, err := h.db.QueryContext(ctx, `SELECT token_id, start_ms, records, shingles FROM validator_block ORDER BY token_id, start_ms`)
	if err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "read history blocks")
	}
	defer brows.Close()
	for brows.Next() {
		var id uint64
		var b Block
		var blob []byte
		if err := brows.Scan(&id, &b.StartMs, &b.Records, &blob); err != nil {
			return datpin.Wrap(datpin.EINTERNAL, err, "read history blocks")
		}
		b.Shingles = make([]uint64, len(blob)/8)
		for i := range b.Shingles {
			b.Shingles[i] = binary.LittleEndian.Uint64(blob[8*i:])
		}
		s := h.cache[id]
		s.Blocks = append(s.Blocks, b)
		h.cache[id] = s
	}
	return brows.Err()
}

// Record implements History: one transaction for all of s.
func (h *SQLHistory) Record(ctx context.Context, s []Seen) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	tx, err := h.db.BeginTx(ctx, nil)
	if err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "record history")
	}
	defer tx.Rollback()
	// Statements prepared once: a round records thousands of rows.
	var stmts [3]*sql.Stmt
	for i, q := range []string{
		`DELETE FROM validator_block WHERE token_id = ?`,
		`INSERT OR REPLACE INTO validator_seen (token_id, device, epoch, anchored_at, fit) VALUES (?, ?, ?, ?, ?)`,
		`INSERT INTO validator_block (token_id, start_ms, records, shingles) VALUES (?, ?, ?, ?)`,
	} {
		if stmts[i], err = tx.PrepareContext(ctx, q); err != nil {
			return datpin.Wrap(datpin.EUNAVAILABLE, err, "record history")
		}
		defer stmts[i].Close()
	}
	del, seen, block := stmts[0], stmts[1], stmts[2]
	var blob []byte
	for _, x := range s {
		if _, err := del.ExecContext(ctx, x.TokenID); err != nil {
			return datpin.Wrap(datpin.EUNAVAILABLE, err, "record history")
		}
		if _, err := seen.ExecContext(ctx, x.TokenID, x.Device[:], x.Epoch, x.AnchoredAt, x.Fit); err != nil {
			return datpin.Wrap(datpin.EUNAVAILABLE, err, "record history")
		}
		for _, b := range x.Blocks {
			blob = blob[:0]
			for _, v := range b.Shingles {
				blob = binary.LittleEndian.AppendUint64(blob, v)
			}
			if _, err := block.ExecContext(ctx, x.TokenID, b.StartMs, b.Records, blob); err != nil {
				return datpin.Wrap(datpin.EUNAVAILABLE, err, "record history")
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "record history")
	}
	if h.loaded {
		for _, x := range s {
			h.cache[x.TokenID] = x
		}
	}
	return nil
}
