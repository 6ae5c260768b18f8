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
		if err := d.db.QueryRow(`SELECT version FROM schema_versions WHERE name = 'index'`).Scan(&v); err != nil || v != 1 {
			t.Fatalf("schema version %d, %v; want 1", v, err)
		}
		if err := d.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
