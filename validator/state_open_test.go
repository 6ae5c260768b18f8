package validator

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/datpin/datpin"
)

// TestOpenState_DatabaseOfAnEarlierVersion: a state file written before its schemas were
// numbered, with the daemon's tables and the history's in one file, opens with its binding and
// its history, and each schema is recorded at its current version.
func TestOpenState_DatabaseOfAnEarlierVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	ctx := context.Background()
	old, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{stateSchema, historySchema,
		`INSERT INTO daemon_meta (key, value) VALUES ('binding', 'chain 1 validator A')`,
		`INSERT INTO validator_seen (token_id, device, epoch, anchored_at, fit) VALUES (5, x'0102', 20500, 99, 0.5)`,
	} {
		if _, err := old.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		st, err := OpenState(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Bind(ctx, "chain 1 validator A"); err != nil {
			t.Fatalf("same binding: %v", err)
		}
		if err := st.Bind(ctx, "chain 1 validator B"); datpin.ErrorCode(err) != datpin.ECONFLICT {
			t.Fatalf("another binding: %v, want ECONFLICT", err)
		}
		h, err := NewHistory(st.DB())
		if err != nil {
			t.Fatal(err)
		}
		seen, err := h.Seen(ctx)
		if err != nil || len(seen) != 1 || seen[0].TokenID != 5 || seen[0].Device[1] != 2 || seen[0].Epoch != 20500 {
			t.Fatalf("history: %+v, %v", seen, err)
		}
		var n int
		if err := st.DB().QueryRow(`SELECT COUNT(*) FROM schema_versions WHERE version = 1 AND name IN ('validator state', 'validator history')`).Scan(&n); err != nil || n != 2 {
			t.Fatalf("%d schemas recorded (%v), want 2", n, err)
		}
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
