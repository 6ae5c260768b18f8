package sqlitedb_test

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/internal/sqlitedb"
)

func open(t *testing.T, path string, o sqlitedb.Options) *sql.DB {
	t.Helper()
	db, err := sqlitedb.Open(path, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func pragma(t *testing.T, db *sql.DB, name string) string {
	t.Helper()
	var v string
	if err := db.QueryRow("PRAGMA " + name).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestOpen_SetsThePragmas(t *testing.T) {
	dir := t.TempDir()
	full := open(t, filepath.Join(dir, "full.db"), sqlitedb.Options{Name: "full", CacheKiB: 4096, ForeignKeys: true, MaxOpenConns: 1})
	normal := open(t, filepath.Join(dir, "normal.db"), sqlitedb.Options{Name: "normal", Synchronous: sqlitedb.Normal})
	for _, c := range []struct {
		name         string
		db           *sql.DB
		pragma, want string
	}{
		{"full", full, "journal_mode", "wal"}, {"full", full, "synchronous", "2"}, {"full", full, "busy_timeout", "10000"},
		{"full", full, "cache_size", "-4096"}, {"full", full, "foreign_keys", "1"},
		{"normal", normal, "journal_mode", "wal"}, {"normal", normal, "synchronous", "1"}, {"normal", normal, "foreign_keys", "0"},
	} {
		if got := pragma(t, c.db, c.pragma); got != c.want {
			t.Errorf("%s: %s = %s, want %s", c.name, c.pragma, got, c.want)
		}
	}
	if st := full.Stats(); st.MaxOpenConnections != 1 {
		t.Errorf("max open connections %d, want 1", st.MaxOpenConnections)
	}
	if _, err := sqlitedb.Open(filepath.Join(dir, "x.db"), sqlitedb.Options{Synchronous: "OFF"}); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Errorf("synchronous OFF: %v, want EINVALID", err)
	}
	if _, err := sqlitedb.Open(filepath.Join(dir, "missing", "x.db"), sqlitedb.Options{Name: "nowhere"}); datpin.ErrorCode(err) != datpin.EUNAVAILABLE {
		t.Errorf("a file that cannot be created: %v, want EUNAVAILABLE", err)
	}
}

// TestOpen_TransactionsTakeTheWriteLockAtBegin: a transaction holds the write lock from BEGIN,
// so another writer is refused at once (busy, EUNAVAILABLE), not after its own reads.
func TestOpen_TransactionsTakeTheWriteLockAtBegin(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lock.db")
	db := open(t, path, sqlitedb.Options{Name: "lock"})
	if _, err := db.Exec(`CREATE TABLE t (k INTEGER PRIMARY KEY)`); err != nil {
		t.Fatal(err)
	}
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	other, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(0)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	_, err = other.Exec(`INSERT INTO t (k) VALUES (1)`)
	if err == nil {
		t.Fatal("a second writer wrote while a transaction was open")
	}
	if got := sqlitedb.Error(err, "insert"); datpin.ErrorCode(got) != datpin.EUNAVAILABLE || !errors.Is(got, err) {
		t.Fatalf("busy: %v (code %s), want EUNAVAILABLE wrapping the driver's error", got, datpin.ErrorCode(got))
	}
}

func TestError_Codes(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "codes.db"), sqlitedb.Options{Name: "codes"})
	if _, err := db.Exec(`CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO t (k, v) VALUES (1, 'a')`); err != nil {
		t.Fatal(err)
	}
	_, dup := db.Exec(`INSERT INTO t (k, v) VALUES (1, 'b')`)
	_, null := db.Exec(`INSERT INTO t (k, v) VALUES (2, NULL)`)
	_, syntax := db.Exec(`INSERT INTO nowhere VALUES (1)`)
	noRows := db.QueryRow(`SELECT v FROM t WHERE k = 9`).Scan(new(string))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, cancelled := db.ExecContext(ctx, `INSERT INTO t (k, v) VALUES (3, 'c')`)
	coded := datpin.Errorf(datpin.EFORBIDDEN, "kept")
	for _, c := range []struct {
		name string
		err  error
		want string
	}{
		{"duplicate key", dup, datpin.ECONFLICT},
		{"not null", null, datpin.ECONFLICT},
		{"no such table", syntax, datpin.EINTERNAL},
		{"no rows", noRows, datpin.ENOTFOUND},
		{"cancelled", cancelled, datpin.EUNAVAILABLE},
		{"datpin error", coded, datpin.EFORBIDDEN},
		{"other", errors.New("something else"), datpin.EINTERNAL},
	} {
		if c.err == nil {
			t.Fatalf("%s: no error", c.name)
		}
		got := sqlitedb.Error(c.err, "step %d", 1)
		if datpin.ErrorCode(got) != c.want || sqlitedb.Code(c.err) != c.want || !errors.Is(got, c.err) {
			t.Errorf("%s: %v (code %s), want %s", c.name, got, datpin.ErrorCode(got), c.want)
		}
	}
	if sqlitedb.Error(coded, "x") != error(coded) {
		t.Error("a datpin error was wrapped again")
	}
	if sqlitedb.Error(nil, "x") != nil || sqlitedb.Code(nil) != "" {
		t.Error("nil is not nil")
	}
}

func TestMigrate_RunsEachStepOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	ctx := context.Background()
	db := open(t, path, sqlitedb.Options{Name: "m"})
	runs := 0
	steps := []sqlitedb.Migration{
		{SQL: `CREATE TABLE IF NOT EXISTS a (k INTEGER PRIMARY KEY)`},
		{Func: func(ctx context.Context, tx *sql.Tx) error {
			runs++
			_, err := tx.ExecContext(ctx, `INSERT INTO a (k) VALUES (1)`)
			return err
		}},
	}
	for range 2 {
		if err := sqlitedb.Migrate(ctx, db, "a", steps); err != nil {
			t.Fatal(err)
		}
	}
	if runs != 1 {
		t.Fatalf("the second step ran %d times", runs)
	}
	// A third step runs alone; another schema in the same file keeps its own version.
	steps = append(steps, sqlitedb.Migration{SQL: `ALTER TABLE a ADD COLUMN v TEXT NOT NULL DEFAULT ''`})
	if err := sqlitedb.Migrate(ctx, db, "a", steps); err != nil {
		t.Fatal(err)
	}
	if err := sqlitedb.Migrate(ctx, db, "b", steps[:1]); err != nil {
		t.Fatal(err)
	}
	if runs != 1 {
		t.Fatalf("the second step ran again (%d)", runs)
	}
	rows, err := db.Query(`SELECT name, version FROM schema_versions ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for rows.Next() {
		var n string
		var v int
		if err := rows.Scan(&n, &v); err != nil {
			t.Fatal(err)
		}
		got[n] = v
	}
	rows.Close()
	if len(got) != 2 || got["a"] != 3 || got["b"] != 1 {
		t.Fatalf("versions %v, want a 3, b 1", got)
	}
	// An older datpin does not touch a schema it does not know.
	if err := sqlitedb.Migrate(ctx, db, "a", steps[:2]); datpin.ErrorCode(err) != datpin.ECONFLICT {
		t.Fatalf("older steps on a newer schema: %v, want ECONFLICT", err)
	}
}

// TestMigrate_AllOrNothing: a failing step leaves the database as it was, version included.
func TestMigrate_AllOrNothing(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "fail.db"), sqlitedb.Options{Name: "fail"})
	steps := []sqlitedb.Migration{
		{SQL: `CREATE TABLE a (k INTEGER PRIMARY KEY)`},
		{SQL: `CREATE TABLE b (k INTEGER PRIMARY KEY); INSERT INTO nowhere VALUES (1)`},
	}
	if err := sqlitedb.Migrate(ctx, db, "f", steps); datpin.ErrorCode(err) != datpin.EINTERNAL {
		t.Fatalf("failing step: %v, want EINTERNAL", err)
	}
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE name IN ('a', 'b', 'schema_versions')`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Fatalf("%d tables left by a failed migration", n)
	}
	// Fixed, it applies from the start.
	steps[1].SQL = `CREATE TABLE b (k INTEGER PRIMARY KEY)`
	if err := sqlitedb.Migrate(ctx, db, "f", steps); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE name IN ('a', 'b')`).Scan(&n); err != nil || n != 2 {
		t.Fatalf("%d tables after the migration (%v), want 2", n, err)
	}
}
