package index

import (
	"context"
	"database/sql"
	"strconv"
	"sync"

	"golang.org/x/sync/singleflight"
)

// aggregates memoizes the index's whole-network aggregates (every station's figures, the reward
// attribution of every token) by the indexed tip: they change only when the indexer stores a
// block, and recomputing them on every request made one station's page cost as much as the whole
// list. A request whose tip differs from the memo's recomputes (once, however many requests wait
// for it). Keyed by the tip read from the database, so a read-only replica sharing the index sees
// what the indexer stored.
type aggregates struct {
	mu     sync.Mutex
	tip    string
	values map[string]any
	group  singleflight.Group
}

// memo returns f's value for the current tip, computing it at most once per tip and name.
// Callers must not modify what it returns.
func memo[T any](ctx context.Context, d *DB, name string, f func() (T, error)) (T, error) {
	var zero T
	n, hash, ok, err := d.Tip(ctx)
	if err != nil {
		return zero, err
	}
	tip := "-"
	if ok {
		tip = strconv.FormatUint(n, 10) + ":" + hash
	}
	c := &d.cache
	c.mu.Lock()
	if c.tip == tip {
		if v, hit := c.values[name]; hit {
			c.mu.Unlock()
			return v.(T), nil
		}
	}
	c.mu.Unlock()
	v, err, _ := c.group.Do(tip+"\x00"+name, func() (any, error) {
		v, err := f()
		if err != nil {
			return nil, err
		}
		c.mu.Lock()
		if c.tip != tip {
			c.tip, c.values = tip, map[string]any{}
		}
		c.values[name] = v
		c.mu.Unlock()
		return v, nil
	})
	if err != nil {
		return zero, err
	}
	return v.(T), nil
}

// maxStatements bounds the prepared-statement cache; queries past it run unprepared.
const maxStatements = 256

// statements caches the prepared statements of the read queries: SQLite parses and plans a
// statement each time one is prepared, which took a fifth of the API's time under load.
type statements struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

func (d *DB) prepared(ctx context.Context, q string) *sql.Stmt {
	c := &d.stmts
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.m[q]; ok {
		return st
	}
	if len(c.m) >= maxStatements {
		return nil
	}
	st, err := d.db.PrepareContext(ctx, q)
	if err != nil {
		return nil // the query itself reports the error
	}
	if c.m == nil {
		c.m = map[string]*sql.Stmt{}
	}
	c.m[q] = st
	return st
}

// query runs a read query through the statement cache.
func (d *DB) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if st := d.prepared(ctx, q); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return d.db.QueryContext(ctx, q, args...)
}

// queryRow runs a one-row read query through the statement cache.
func (d *DB) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	if st := d.prepared(ctx, q); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return d.db.QueryRowContext(ctx, q, args...)
}
