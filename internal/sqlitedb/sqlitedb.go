// Package sqlitedb opens datpin's SQLite databases (driver modernc.org/sqlite) one way: WAL
// journal, a busy timeout, the synchronous level the caller chooses and write transactions that
// take the write lock when they begin (BEGIN IMMEDIATE). It applies numbered schema migrations,
// each once, and maps driver errors to datpin's error codes.
package sqlitedb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/datpin/datpin"
)

// BusyTimeoutMs is how long a statement waits for another connection's lock before it fails
// with SQLITE_BUSY (EUNAVAILABLE).
const BusyTimeoutMs = 10_000

// Synchronous levels (PRAGMA synchronous) in WAL mode.
const (
	// Full syncs the WAL at every commit: a committed transaction survives a power cut.
	Full = "FULL"
	// Normal syncs at checkpoints only: a power cut may lose the last commits, never corrupt
	// the database. For state that can be rebuilt.
	Normal = "NORMAL"
)

// Options say how Open opens a database.
type Options struct {
	// Name is what the database is, in messages ("outbox", "index").
	Name string
	// Synchronous is Full or Normal (empty: Full).
	Synchronous string
	// CacheKiB is the page cache of each connection in KiB (0: SQLite's default).
	CacheKiB int
	// ForeignKeys turns on foreign key enforcement.
	ForeignKeys bool
	// MaxOpenConns caps the connections (0: no cap).
	MaxOpenConns int
}

// DSN is the data source name Open uses for path.
func DSN(path string, o Options) string {
	sync := o.Synchronous
	if sync == "" {
		sync = Full
	}
	var b strings.Builder
	fmt.Fprintf(&b, "file:%s?_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)&_pragma=synchronous(%s)", path, BusyTimeoutMs, sync)
	if o.CacheKiB > 0 {
		fmt.Fprintf(&b, "&_pragma=cache_size(-%d)", o.CacheKiB)
	}
	if o.ForeignKeys {
		b.WriteString("&_pragma=foreign_keys(ON)")
	}
	b.WriteString("&_txlock=immediate")
	return b.String()
}

// Open opens (creating if needed) the database at path and checks that it is in WAL mode.
// Errors are EUNAVAILABLE.
func Open(path string, o Options) (*sql.DB, error) {
	if o.Synchronous != "" && o.Synchronous != Full && o.Synchronous != Normal {
		return nil, datpin.Errorf(datpin.EINVALID, "%s %s: synchronous %q is not %s or %s", o.Name, path, o.Synchronous, Full, Normal)
	}
	db, err := sql.Open("sqlite", DSN(path, o))
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "open %s %s", o.Name, path)
	}
	if o.MaxOpenConns > 0 {
		db.SetMaxOpenConns(o.MaxOpenConns)
	}
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil {
		db.Close()
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "open %s %s", o.Name, path)
	}
	if !strings.EqualFold(mode, "wal") {
		db.Close()
		return nil, datpin.Errorf(datpin.EUNAVAILABLE, "%s %s: cannot enable WAL (mode %q)", o.Name, path, mode)
	}
	return db, nil
}

// Migration is one step of a schema: SQL statements, then Func (either may be empty) for what
// SQL alone cannot say, e.g. a column added only where it is missing. A step must also succeed
// on a database that already has what it makes: databases written before their schema was
// numbered start at version 0.
type Migration struct {
	SQL  string
	Func func(ctx context.Context, tx *sql.Tx) error
}

// versionsTable records the version of each schema a database holds (several parts of datpin
// may keep their tables in one file).
const versionsTable = `CREATE TABLE IF NOT EXISTS schema_versions (
	name    TEXT PRIMARY KEY,
	version INTEGER NOT NULL
)`

// Migrate brings the schema called name to version len(steps): the steps above the version the
// database records run in order, in one transaction that records the new version, so a crash
// leaves either the old schema or the new one. A database already at the version is only read.
// A database at a later version (written by a newer datpin) is ECONFLICT.
func Migrate(ctx context.Context, db *sql.DB, name string, steps []Migration) error {
	v, err := version(ctx, db, name)
	if err != nil {
		return Error(err, "schema %s", name)
	}
	if v == len(steps) {
		return nil
	}
	if v > len(steps) {
		return datpin.Errorf(datpin.ECONFLICT, "schema %s is at version %d, later than this datpin's %d", name, v, len(steps))
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return Error(err, "schema %s", name)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, versionsTable); err != nil {
		return Error(err, "schema %s", name)
	}
	// Again inside the transaction: another process may have migrated meanwhile.
	if v, err = version(ctx, tx, name); err != nil {
		return Error(err, "schema %s", name)
	}
	if v > len(steps) {
		return datpin.Errorf(datpin.ECONFLICT, "schema %s is at version %d, later than this datpin's %d", name, v, len(steps))
	}
	for i := v; i < len(steps); i++ {
		s := steps[i]
		if s.SQL != "" {
			if _, err := tx.ExecContext(ctx, s.SQL); err != nil {
				return Error(err, "schema %s: step %d", name, i+1)
			}
		}
		if s.Func != nil {
			if err := s.Func(ctx, tx); err != nil {
				return Error(err, "schema %s: step %d", name, i+1)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_versions (name, version) VALUES (?, ?)
		ON CONFLICT (name) DO UPDATE SET version = excluded.version`, name, len(steps)); err != nil {
		return Error(err, "schema %s", name)
	}
	return Error(tx.Commit(), "schema %s", name)
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// version is the recorded version of schema name, 0 when none is.
func version(ctx context.Context, q querier, name string) (int, error) {
	var has bool
	if err := q.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_versions')`).Scan(&has); err != nil || !has {
		return 0, err
	}
	var v int
	err := q.QueryRowContext(ctx, `SELECT version FROM schema_versions WHERE name = ?`, name).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return v, err
}

// Code is the datpin error code of an error of database/sql or the driver: EUNAVAILABLE for
// what may succeed when retried (a database busy or locked by another connection, a full disk,
// an I/O error, a file that cannot be opened, an interrupted statement, a cancelled or expired
// context), ECONFLICT for a violated constraint, ENOTFOUND for sql.ErrNoRows and EINTERNAL for
// anything else (a malformed statement, a corrupt file, a closed database). A datpin error keeps
// its code.
func Code(err error) string {
	var de *datpin.Error
	var se *sqlite.Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &de):
		return de.Code
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return datpin.EUNAVAILABLE
	case errors.Is(err, sql.ErrNoRows):
		return datpin.ENOTFOUND
	case errors.As(err, &se):
		switch se.Code() & 0xff { // the primary result code of an extended one
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR,
			sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_INTERRUPT, sqlite3.SQLITE_PROTOCOL, sqlite3.SQLITE_NOMEM:
			return datpin.EUNAVAILABLE
		case sqlite3.SQLITE_CONSTRAINT:
			return datpin.ECONFLICT
		}
	}
	return datpin.EINTERNAL
}

// Error wraps err with its Code and a message; nil stays nil and a datpin error is returned
// unchanged.
func Error(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	var de *datpin.Error
	if errors.As(err, &de) {
		return err
	}
	return datpin.Wrap(Code(err), err, format, args...)
}
