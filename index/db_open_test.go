package index

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/datpin/datpin"
)

// TestOpen_DatabaseOfAnEarlierVersion: an index written before its schema was numbered opens
// with its rows and binding, and is recorded at the current version.
func TestOpen_DatabaseOfAnEarlierVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.db")
	ctx := context.Background()
	old, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec(schema); err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec(`INSERT INTO meta (key, value) VALUES ('deployment', 'chain 1');
		INSERT INTO blocks (block, hash, time) VALUES (7, '0x07', 70)`); err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		d, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Bind(ctx, "chain 1"); err != nil {
			t.Fatalf("same deployment: %v", err)
		}
		if err := d.Bind(ctx, "chain 2"); datpin.ErrorCode(err) != datpin.ECONFLICT {
			t.Fatalf("another deployment: %v, want ECONFLICT", err)
		}
		if h, err := d.BlockHash(ctx, 7); err != nil || h != "0x07" {
			t.Fatalf("block 7: %q, %v", h, err)
		}
		var v int
		if err := d.db.QueryRow(`SELECT version FROM schema_versions WHERE name = 'index'`).Scan(&v); err != nil || v != len(migrations) {
			t.Fatalf("schema version %d, %v; want %d", v, err, len(migrations))
		}
		if err := d.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestOpen_DatabaseAtVersion1 (before the market's and FreeData's tables): it opens with its rows,
// gains the new tables (and the event feed's) and is recorded at the current version.
func TestOpen_DatabaseAtVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.db")
	ctx := context.Background()
	old, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec(schema + `;
		CREATE TABLE schema_versions (name TEXT PRIMARY KEY, version INTEGER NOT NULL);
		INSERT INTO schema_versions (name, version) VALUES ('index', 1);
		INSERT INTO meta (key, value) VALUES ('deployment', 'chain 1');
		INSERT INTO tokens (id, block, tx, class, minted_to) VALUES (3, 7, '0x01', 1, '0xab')`); err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Bind(ctx, "chain 1"); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Token(ctx, 3); err != nil {
		t.Fatalf("token of the old database: %v", err)
	}
	var v int
	if err := d.db.QueryRow(`SELECT version FROM schema_versions WHERE name = 'index'`).Scan(&v); err != nil || v != len(migrations) || v != 3 {
		t.Fatalf("schema version %d, %v; want 3", v, err)
	}
	if p, err := d.Listings(ctx, 0, 0); err != nil || p.Total != 0 {
		t.Fatalf("listings of the migrated database: %+v, %v", p, err)
	}
	if vt, err := d.Vault(ctx); err != nil || vt.Supply != "0" || vt.Complete {
		t.Fatalf("vault of the migrated database: %+v, %v", vt, err)
	}
}

// TestRollback_CoversEveryEventTable: every table with a block column is one Rollback and Reset
// clear, so a reorganization leaves no row of an abandoned branch in any of them.
func TestRollback_CoversEveryEventTable(t *testing.T) {
	d, err := Open(filepath.Join(t.TempDir(), "index.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	rows, err := d.db.Query(`SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
		WHERE m.type = 'table' AND c.name = 'block' ORDER BY m.name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	listed := map[string]bool{}
	for _, name := range eventTables {
		listed[name] = true
	}
	n := 0
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		n++
		if !listed[name] {
			t.Errorf("table %s has a block column but Rollback does not clear it", name)
		}
	}
	if n != len(eventTables) || n < 31 {
		t.Fatalf("%d tables with a block column, %d rolled back", n, len(eventTables))
	}
}

// TestOpen_DatabaseAtVersion2 (before the event feed): it opens with its verdicts, which gain an
// empty transaction hash, and gets an empty feed whose first event is at position 1.
func TestOpen_DatabaseAtVersion2(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.db")
	ctx := context.Background()
	old, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec(schema + marketSchema + `;
		CREATE TABLE schema_versions (name TEXT PRIMARY KEY, version INTEGER NOT NULL);
		INSERT INTO schema_versions (name, version) VALUES ('index', 2);
		INSERT INTO tokens (id, block, tx, class, minted_to, device) VALUES (3, 7, '0x01', 1, '0xab', '0xcd');
		INSERT INTO verdicts (token, block, accepted, score, value, share) VALUES (3, 8, 1, 9000, 10, 10)`); err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	for range 2 { // the second open finds the step done
		d, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		var tx string
		if err := d.db.QueryRow(`SELECT tx FROM verdicts WHERE token = 3`).Scan(&tx); err != nil || tx != "" {
			t.Fatalf("verdict tx %q, %v", tx, err)
		}
		p, err := d.Events(ctx, EventFilter{})
		if err != nil || len(p.Items) != 0 {
			t.Fatalf("feed of the migrated database: %+v, %v", p, err)
		}
		if h, err := d.EventsHead(ctx); err != nil || h != EncodeCursor(0) {
			t.Fatalf("head %q, %v", h, err)
		}
		if err := d.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
