package validator

import (
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/internal/sqlitedb"
)

// SubmissionState is where a round's submission stands. It only moves forward:
//
//	intent ─► committed ─► revealed
//	   └──────────┴──────► expired (a window closed first)
//
// A round the daemon does not take part in is recorded as missed (its commit window passed
// before the daemon saw it), empty (no pending token), foreign (the chain already holds a
// commitment by this key that the state does not know, e.g. a lost state file: committing again
// could only score the same tokens twice) or rules (the oracle's scoring rules for the round are
// not those the validator scores with: before its commit, or a committed round left unrevealed).
type SubmissionState string

const (
	SubIntent    SubmissionState = "intent"    // recorded before the commit transaction is sent
	SubCommitted SubmissionState = "committed" // the commitment is on chain
	SubRevealed  SubmissionState = "revealed"  // the scores are on chain
	SubExpired   SubmissionState = "expired"   // the commit or reveal window closed first
	SubMissed    SubmissionState = "missed"    // the commit window had passed when the round was seen
	SubEmpty     SubmissionState = "empty"     // nothing to score in the round
	SubForeign   SubmissionState = "foreign"   // a commitment by this key exists that the state does not know
	SubRules     SubmissionState = "rules"     // the round's registered scoring rules are not the validator's
)

// Record is a round's submission as the state keeps it. Salt is written with the intent, before
// the commit transaction exists, so a crash can never lose the only thing that can reveal it.
type Record struct {
	Submission
	Commitment [32]byte
	State      SubmissionState
	Policy     string
	CommitTx   string
	RevealTx   string
	Error      string
	Updated    int64 // Unix seconds (wall clock), for operators
}

// Pending reports whether the submission still has a transaction to send.
func (r *Record) Pending() bool { return r.State == SubIntent || r.State == SubCommitted }

// RoundTokens summarizes a round's tokens in the state.
type RoundTokens struct {
	Round   uint64
	First   uint64 // lowest token id anchored in the round
	Last    uint64 // highest
	Pending int    // tokens not yet seen finalized or rejected
}

// State is a validator's durable record: the tokens it has seen and their rounds, each round's
// evaluations and submission (salt included) and its progress. It is a SQLite database in WAL mode
// with synchronous=FULL, so a recorded intent survives a crash or a power cut. Every method is one
// transaction; it is safe for concurrent use.
//
// DB exposes the database so other parts of the validator (e.g. its history of content
// fingerprints) keep their tables in the same file; the daemon's tables are named daemon_*.
type State struct {
	db   *sql.DB
	path string
}

const stateSchema = `
CREATE TABLE IF NOT EXISTS daemon_meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS daemon_tokens (
	id      INTEGER PRIMARY KEY,
	round   INTEGER NOT NULL,
	pending INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS daemon_tokens_round ON daemon_tokens (round, pending);
CREATE INDEX IF NOT EXISTS daemon_tokens_pending ON daemon_tokens (pending, round);
CREATE TABLE IF NOT EXISTS daemon_submissions (
	round      INTEGER PRIMARY KEY,
	start      INTEGER NOT NULL DEFAULT 0,
	scores     BLOB,
	salt       BLOB,
	commitment BLOB,
	state      TEXT    NOT NULL,
	policy     TEXT    NOT NULL DEFAULT '',
	commit_tx  TEXT    NOT NULL DEFAULT '',
	reveal_tx  TEXT    NOT NULL DEFAULT '',
	error      TEXT    NOT NULL DEFAULT '',
	updated    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS daemon_submissions_state ON daemon_submissions (state);
CREATE TABLE IF NOT EXISTS daemon_evaluations (
	token      INTEGER PRIMARY KEY,
	round      INTEGER NOT NULL,
	edge_score INTEGER NOT NULL,
	score      INTEGER NOT NULL,
	submitted  INTEGER NOT NULL,
	reason     TEXT    NOT NULL,
	records    INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS daemon_finalize (
	round    INTEGER PRIMARY KEY,
	next_try INTEGER NOT NULL
);
`

// OpenState opens (creating if needed) the state database at path.
func OpenState(path string) (*State, error) {
	// A few connections: WAL lets readers run beside the writer, and code sharing DB (a history
	// read inside an evaluation) must not wait on a connection the daemon holds.
	db, err := sqlitedb.Open(path, sqlitedb.Options{Name: "validator state", Synchronous: sqlitedb.Full, ForeignKeys: true, MaxOpenConns: 4})
	if err != nil {
		return nil, err
	}
	if err := sqlitedb.Migrate(context.Background(), db, "validator state", []sqlitedb.Migration{{SQL: stateSchema}}); err != nil {
		db.Close()
		return nil, err
	}
	return &State{db: db, path: path}, nil
}

// DB is the underlying database, for other tables of the same validator.
func (s *State) DB() *sql.DB { return s.db }

// Path is the database file.
func (s *State) Path() string { return s.path }

// Close closes the database.
func (s *State) Close() error { return s.db.Close() }

func stateErr(err error, what string) error {
	return sqlitedb.Error(err, "validator state: %s", what)
}

// Bind ties the state to one validator on one deployment (chain id, oracle, validator address):
// the first call records it, later calls must name the same one. Salts and round progress mean
// nothing elsewhere, and replaying them against another deployment or key would be wrong.
func (s *State) Bind(ctx context.Context, binding string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return stateErr(err, "bind")
	}
	defer tx.Rollback()
	var cur string
	err = tx.QueryRowContext(ctx, `SELECT value FROM daemon_meta WHERE key = 'binding'`).Scan(&cur)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO daemon_meta (key, value) VALUES ('binding', ?)`, binding); err != nil {
			return stateErr(err, "bind")
		}
		return stateErr(tx.Commit(), "bind")
	case err != nil:
		return stateErr(err, "bind")
	case cur != binding:
		return datpin.Errorf(datpin.ECONFLICT, "the validator state in %s belongs to %s, not %s: use another state file", s.path, cur, binding)
	}
	return nil
}

// Scanned is the highest token id recorded (0: none).
func (s *State) Scanned(ctx context.Context) (uint64, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM daemon_meta WHERE key = 'scanned'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, stateErr(err, "scanned")
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return 0, datpin.Wrap(datpin.EINTERNAL, err, "validator state: scanned %q", v)
	}
	return n, nil
}

// ScanTip is the block (number and hash) the last scan read the chain at; ok is false before
// the first scan that recorded one.
func (s *State) ScanTip(ctx context.Context) (num uint64, hash [32]byte, ok bool, err error) {
	var v string
	err = s.db.QueryRowContext(ctx, `SELECT value FROM daemon_meta WHERE key = 'scan_tip'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, hash, false, nil
	}
	if err != nil {
		return 0, hash, false, stateErr(err, "scan tip")
	}
	numStr, hexStr, found := strings.Cut(v, ":")
	b, herr := hex.DecodeString(hexStr)
	num, nerr := strconv.ParseUint(numStr, 10, 64)
	if !found || herr != nil || nerr != nil || len(b) != 32 {
		return 0, hash, false, datpin.Errorf(datpin.EINTERNAL, "validator state: scan tip %q", v)
	}
	copy(hash[:], b)
	return num, hash, true, nil
}

// SetScanTip records the block the last scan read the chain at.
func (s *State) SetScanTip(ctx context.Context, num uint64, hash [32]byte) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO daemon_meta (key, value) VALUES ('scan_tip', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.FormatUint(num, 10)+":"+hex.EncodeToString(hash[:]))
	return stateErr(err, "set scan tip")
}

// Rewind forgets the tokens after id upTo and sets Scanned to upTo, so the next scan reads them
// again (after a chain reorganization they may hold other contributions, or not exist).
func (s *State) Rewind(ctx context.Context, upTo uint64) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return stateErr(err, "rewind")
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM daemon_tokens WHERE id > ?`, int64(upTo)); err != nil {
		return stateErr(err, "rewind")
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO daemon_meta (key, value) VALUES ('scanned', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.FormatUint(upTo, 10)); err != nil {
		return stateErr(err, "rewind")
	}
	return stateErr(tx.Commit(), "rewind")
}

// FirstToken is the lowest token id recorded in round `from` or later (0: none).
func (s *State) FirstToken(ctx context.Context, from uint64) (uint64, error) {
	var id sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MIN(id) FROM daemon_tokens WHERE round >= ?`, int64(from)).Scan(&id); err != nil {
		return 0, stateErr(err, "first token")
	}
	return uint64(id.Int64), nil
}

// DropSubmission forgets a round's submission and its evaluations, so the round is evaluated and
// committed anew: after a reorganization removed a commitment from the chain, the round's
// tokens may hold other contributions than the ones scored.
func (s *State) DropSubmission(ctx context.Context, round uint64) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return stateErr(err, "drop submission")
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM daemon_submissions WHERE round = ?`, int64(round)); err != nil {
		return stateErr(err, "drop submission")
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM daemon_evaluations WHERE round = ?`, int64(round)); err != nil {
		return stateErr(err, "drop submission")
	}
	return stateErr(tx.Commit(), "drop submission")
}

// TokenRound is a token seen on chain.
type TokenRound struct {
	ID      uint64
	Round   uint64
	Pending bool
}

// AddTokens records tokens and advances Scanned to upTo, in one transaction.
func (s *State) AddTokens(ctx context.Context, toks []TokenRound, upTo uint64) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return stateErr(err, "add tokens")
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `INSERT INTO daemon_tokens (id, round, pending) VALUES (?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET round = excluded.round, pending = excluded.pending`)
	if err != nil {
		return stateErr(err, "add tokens")
	}
	defer st.Close()
	for _, t := range toks {
		if _, err := st.ExecContext(ctx, int64(t.ID), int64(t.Round), t.Pending); err != nil {
			return stateErr(err, "add tokens")
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO daemon_meta (key, value) VALUES ('scanned', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.FormatUint(upTo, 10)); err != nil {
		return stateErr(err, "add tokens")
	}
	return stateErr(tx.Commit(), "add tokens")
}

// Rounds lists the rounds from round `from` on that have tokens, oldest first.
func (s *State) Rounds(ctx context.Context, from uint64) ([]RoundTokens, error) {
	return s.rounds(ctx, `SELECT round, MIN(id), MAX(id), SUM(pending) FROM daemon_tokens WHERE round >= ? GROUP BY round ORDER BY round`, int64(from))
}

// PendingRounds lists the rounds that have tokens not yet seen finalized or rejected, oldest
// first.
func (s *State) PendingRounds(ctx context.Context) ([]RoundTokens, error) {
	return s.rounds(ctx, `SELECT round, MIN(id), MAX(id), COUNT(*) FROM daemon_tokens WHERE pending = 1 GROUP BY round ORDER BY round`)
}

func (s *State) rounds(ctx context.Context, q string, args ...any) ([]RoundTokens, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, stateErr(err, "rounds")
	}
	defer rows.Close()
	var out []RoundTokens
	for rows.Next() {
		var r RoundTokens
		if err := rows.Scan(&r.Round, &r.First, &r.Last, &r.Pending); err != nil {
			return nil, stateErr(err, "rounds")
		}
		out = append(out, r)
	}
	return out, stateErr(rows.Err(), "rounds")
}

// PendingTokens lists the round's tokens not yet seen finalized or rejected, in id order.
func (s *State) PendingTokens(ctx context.Context, round uint64) ([]uint64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM daemon_tokens WHERE round = ? AND pending = 1 ORDER BY id`, int64(round))
	if err != nil {
		return nil, stateErr(err, "pending tokens")
	}
	defer rows.Close()
	var out []uint64
	for rows.Next() {
		var id uint64
		if err := rows.Scan(&id); err != nil {
			return nil, stateErr(err, "pending tokens")
		}
		out = append(out, id)
	}
	return out, stateErr(rows.Err(), "pending tokens")
}

// MarkSettled records that tokens are no longer pending on chain.
func (s *State) MarkSettled(ctx context.Context, ids []uint64) error {
	if len(ids) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return stateErr(err, "mark settled")
	}
	defer tx.Rollback()
	for _, id := range ids {
		if _, err := tx.ExecContext(ctx, `UPDATE daemon_tokens SET pending = 0 WHERE id = ?`, int64(id)); err != nil {
			return stateErr(err, "mark settled")
		}
	}
	return stateErr(tx.Commit(), "mark settled")
}

const recordCols = `round, start, scores, salt, commitment, state, policy, commit_tx, reveal_tx, error, updated`

func scanRecord(row interface{ Scan(...any) error }) (*Record, error) {
	var r Record
	var scores, salt, commitment []byte
	var state string
	if err := row.Scan(&r.Round, &r.Start, &scores, &salt, &commitment, &state, &r.Policy, &r.CommitTx, &r.RevealTx, &r.Error, &r.Updated); err != nil {
		return nil, err
	}
	r.State = SubmissionState(state)
	r.Scores = unpackScores(scores)
	copy(r.Salt[:], salt)
	copy(r.Commitment[:], commitment)
	return &r, nil
}

func packScores(scores []uint16) []byte {
	b := make([]byte, 2*len(scores))
	for i, v := range scores {
		b[2*i], b[2*i+1] = byte(v>>8), byte(v)
	}
	return b
}

func unpackScores(b []byte) []uint16 {
	if len(b) == 0 {
		return nil
	}
	out := make([]uint16, len(b)/2)
	for i := range out {
		out[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return out
}

// Submission returns the round's record, or nil if the round has none.
func (s *State) Submission(ctx context.Context, round uint64) (*Record, error) {
	r, err := scanRecord(s.db.QueryRowContext(ctx, `SELECT `+recordCols+` FROM daemon_submissions WHERE round = ?`, int64(round)))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return r, stateErr(err, "submission")
}

// Submissions lists the records in the given states (all if none), oldest round first.
func (s *State) Submissions(ctx context.Context, states ...SubmissionState) ([]*Record, error) {
	q := `SELECT ` + recordCols + ` FROM daemon_submissions`
	args := make([]any, len(states))
	if len(states) > 0 {
		q += ` WHERE state IN (?` + strings.Repeat(",?", len(states)-1) + `)`
		for i, st := range states {
			args[i] = string(st)
		}
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY round`, args...)
	if err != nil {
		return nil, stateErr(err, "submissions")
	}
	defer rows.Close()
	var out []*Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, stateErr(err, "submissions")
		}
		out = append(out, r)
	}
	return out, stateErr(rows.Err(), "submissions")
}

// RecordIntent records a round's submission in state intent with the evaluations behind it,
// before its commit transaction is sent. A round has at most one record: a second intent for it
// is ECONFLICT, which is what keeps a validator from committing twice in a round.
func (s *State) RecordIntent(ctx context.Context, r *Record, evs []Evaluation, submitted []uint16) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return stateErr(err, "record intent")
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM daemon_submissions WHERE round = ?`, int64(r.Round)).Scan(&n); err != nil {
		return stateErr(err, "record intent")
	}
	if n != 0 {
		return datpin.Errorf(datpin.ECONFLICT, "round %d already has a submission", r.Round)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO daemon_submissions (`+recordCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, '', '', '', ?)`,
		int64(r.Round), int64(r.Start), packScores(r.Scores), r.Salt[:], r.Commitment[:], string(SubIntent), r.Policy, time.Now().Unix()); err != nil {
		return stateErr(err, "record intent")
	}
	for i, ev := range evs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO daemon_evaluations (token, round, edge_score, score, submitted, reason, records)
			VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (token) DO NOTHING`,
			int64(ev.TokenID), int64(r.Round), ev.EdgeScore, ev.Score, submitted[i], ev.Reason, ev.Records); err != nil {
			return stateErr(err, "record intent")
		}
	}
	if err := tx.Commit(); err != nil {
		return stateErr(err, "record intent")
	}
	r.State = SubIntent
	return nil
}

// RecordSkip records that the daemon takes no part in a round (missed, empty or foreign).
func (s *State) RecordSkip(ctx context.Context, round uint64, state SubmissionState, why string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO daemon_submissions (round, state, error, updated) VALUES (?, ?, ?, ?)
		ON CONFLICT (round) DO NOTHING`, int64(round), string(state), why, time.Now().Unix())
	return stateErr(err, "record skip")
}

// SetState moves a round's submission to state, with the transaction hash that did it (kept in
// commit_tx or reveal_tx by the state it leads to) or the error that ended it.
func (s *State) SetState(ctx context.Context, round uint64, state SubmissionState, txHash, errMsg string) error {
	q := `UPDATE daemon_submissions SET state = ?, error = ?, updated = ?`
	args := []any{string(state), errMsg, time.Now().Unix()}
	if txHash != "" {
		switch state {
		case SubCommitted:
			q += `, commit_tx = ?`
			args = append(args, txHash)
		case SubRevealed:
			q += `, reveal_tx = ?`
			args = append(args, txHash)
		}
	}
	res, err := s.db.ExecContext(ctx, q+` WHERE round = ?`, append(args, int64(round))...)
	if err != nil {
		return stateErr(err, "set state")
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return datpin.Errorf(datpin.ENOTFOUND, "round %d has no submission", round)
	}
	return nil
}

// Evaluations returns the recorded evaluations of a round, in token order, with the scores
// submitted for them.
func (s *State) Evaluations(ctx context.Context, round uint64) ([]Evaluation, []uint16, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT token, edge_score, score, submitted, reason, records FROM daemon_evaluations WHERE round = ? ORDER BY token`, int64(round))
	if err != nil {
		return nil, nil, stateErr(err, "evaluations")
	}
	defer rows.Close()
	var evs []Evaluation
	var sub []uint16
	for rows.Next() {
		var ev Evaluation
		var s uint16
		if err := rows.Scan(&ev.TokenID, &ev.EdgeScore, &ev.Score, &s, &ev.Reason, &ev.Records); err != nil {
			return nil, nil, stateErr(err, "evaluations")
		}
		evs = append(evs, ev)
		sub = append(sub, s)
	}
	return evs, sub, stateErr(rows.Err(), "evaluations")
}

// NextFinalize is when the daemon may next try to finalize the round's pending tokens (0: now).
func (s *State) NextFinalize(ctx context.Context, round uint64) (uint64, error) {
	var t int64
	err := s.db.QueryRowContext(ctx, `SELECT next_try FROM daemon_finalize WHERE round = ?`, int64(round)).Scan(&t)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return uint64(t), stateErr(err, "next finalize")
}

// SetNextFinalize records when to try the round's finalization again (chain time).
func (s *State) SetNextFinalize(ctx context.Context, round, at uint64) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO daemon_finalize (round, next_try) VALUES (?, ?)
		ON CONFLICT (round) DO UPDATE SET next_try = excluded.next_try`, int64(round), int64(at))
	return stateErr(err, "set next finalize")
}
