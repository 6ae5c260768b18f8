package validator

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"testing"
)

// seenIDs lists the token ids a History returns.
func seenIDs(t *testing.T, h History) []uint64 {
	t.Helper()
	seen, err := h.Seen(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var ids []uint64
	for _, s := range seen {
		ids = append(ids, s.TokenID)
	}
	return ids
}

// rowCounts counts the history's rows in the database.
func rowCounts(t *testing.T, db *sql.DB) (seen, blocks int) {
	t.Helper()
	if err := db.QueryRow(`SELECT COUNT(*) FROM validator_seen`).Scan(&seen); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow(`SELECT COUNT(*) FROM validator_seq`).Scan(&blocks); err != nil {
		t.Fatal(err)
	}
	return seen, blocks
}

func samples(start int64) Sequence {
	return Sequence{Samples: []Sample{{T: start, Down: 500, Up: 20, RSRP: -900, RSRQ: -100, SINR: 50}}}
}

// TestHistory_PrunesBeyondKeep records contributions of an old epoch, then of an epoch
// HistoryKeepEpochs+1 later: the old rows leave the cache and the database (sequences too), rows
// exactly HistoryKeepEpochs older than the newest stay, and a database written without pruning is
// pruned when opened.
func TestHistory_PrunesBeyondKeep(t *testing.T) {
	const e0 = 20000
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "history.db")
	h, err := OpenHistory(path)
	if err != nil {
		t.Fatal(err)
	}
	old := Seen{TokenID: 1, Epoch: e0, Sequence: samples(0)}
	edge := Seen{TokenID: 2, Epoch: e0 + 1, Sequence: samples(0)}
	if err := h.Record(ctx, []Seen{old, edge}); err != nil {
		t.Fatal(err)
	}
	if got := seenIDs(t, h); !slices.Equal(got, []uint64{1, 2}) {
		t.Fatalf("before a newer epoch: %v", got)
	}
	// The newest epoch is e0+1+HistoryKeepEpochs: token 1 is one epoch too old, token 2 just kept.
	if err := h.Record(ctx, []Seen{{TokenID: 3, Epoch: e0 + 1 + HistoryKeepEpochs, Sequence: samples(0)}}); err != nil {
		t.Fatal(err)
	}
	if got := seenIDs(t, h); !slices.Equal(got, []uint64{2, 3}) {
		t.Fatalf("cache after pruning: %v; want [2 3]", got)
	}
	if s, b := rowCounts(t, h.db); s != 2 || b != 2 {
		t.Fatalf("database after pruning: %d contributions, %d sequences; want 2 and 2", s, b)
	}

	// Rows written without pruning (as before pruning existed) go when the history is opened.
	if _, err := h.db.Exec(`INSERT INTO validator_seen (token_id, device, epoch, anchored_at, fit) VALUES (9, x'00', ?, 0, 0)`, e0-5); err != nil {
		t.Fatal(err)
	}
	if _, err := h.db.Exec(`INSERT INTO validator_seq (token_id, samples) VALUES (9, x'00')`); err != nil {
		t.Fatal(err)
	}
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	h, err = OpenHistory(path)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if s, b := rowCounts(t, h.db); s != 2 || b != 2 {
		t.Fatalf("database after reopening: %d contributions, %d sequences; want 2 and 2", s, b)
	}
	if got := seenIDs(t, h); !slices.Equal(got, []uint64{2, 3}) {
		t.Fatalf("after reopening: %v; want [2 3]", got)
	}
}

// TestMemHistory_PrunesBeyondKeep: the in-memory History forgets alike.
func TestMemHistory_PrunesBeyondKeep(t *testing.T) {
	h := NewMemHistory()
	ctx := context.Background()
	if err := h.Record(ctx, []Seen{{TokenID: 1, Epoch: 100}, {TokenID: 2, Epoch: 101}}); err != nil {
		t.Fatal(err)
	}
	if err := h.Record(ctx, []Seen{{TokenID: 3, Epoch: 101 + HistoryKeepEpochs}}); err != nil {
		t.Fatal(err)
	}
	if got := seenIDs(t, h); !slices.Equal(got, []uint64{2, 3}) {
		t.Fatalf("got %v; want [2 3]", got)
	}
}
