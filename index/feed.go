package index

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/datpin/datpin"
)

// Event is one entry of the event feed: an envelope common to every kind and the kind's data
// (feed_kinds.go and docs/EVENTS.md give each kind's schema).
type Event struct {
	// Cursor is the event's position in the feed, opaque: pass it back to read what follows.
	Cursor string `json:"cursor"`
	// ID is the event's stable identity: the same fact has the same id after a reindex or in
	// another index of the same chain; receivers drop repeats by it.
	ID      string `json:"id"`
	Kind    string `json:"kind"`
	Version int    `json:"version"` // of the kind's data schema
	Block   uint64 `json:"block"`   // the block the event comes from (for derived events, the block at which the condition was seen)
	Time    uint64 `json:"time"`    // that block's time, Unix seconds
	Tx      string `json:"tx"`      // the transaction that emitted it ("" for derived conditions without one)
	// Station is the device the event is about, Operator the account it concerns (a station's
	// operator, a validator, a holder paid); "" when none.
	Station  string          `json:"station"`
	Operator string          `json:"operator"`
	Data     json.RawMessage `json:"data"`
}

// EventFilter selects events of the feed; zero fields do not filter.
type EventFilter struct {
	After    string   // a cursor: the events after it ("" from the start)
	Kinds    []string // event kinds
	Station  string   // the device address
	Operator string   // the account address
	Limit    int      // default 100, at most 500
}

// EventPage is one page of the feed.
type EventPage struct {
	Items []Event `json:"items"`
	// Next is the cursor to read on from: the last item's, or the one asked for when there are
	// none (poll again with it).
	Next string `json:"next"`
	More bool   `json:"more"` // more matching events follow
}

// cursorPrefix versions the cursor encoding.
const cursorPrefix = "1:"

// EncodeCursor is the cursor of feed position seq.
func EncodeCursor(seq int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.FormatInt(seq, 10)))
}

// DecodeCursor returns the feed position of a cursor ("" is position 0, before every event).
func DecodeCursor(c string) (int64, error) {
	if c == "" {
		return 0, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		if s, ok := strings.CutPrefix(string(b), cursorPrefix); ok {
			if n, err := strconv.ParseInt(s, 10, 64); err == nil && n >= 0 {
				return n, nil
			}
		}
	}
	return 0, datpin.Errorf(datpin.EINVALID, "cursor %q is not one the event feed gave", c)
}

// ParseKinds parses a comma-separated list of event kinds; an unknown kind is EINVALID.
func ParseKinds(s string) ([]string, error) {
	if s == "" {
		return nil, nil
	}
	var out []string
	for k := range strings.SplitSeq(s, ",") {
		k = strings.TrimSpace(k)
		if _, ok := EventKinds[k]; !ok {
			return nil, datpin.Errorf(datpin.EINVALID, "event kind %q is not one of %s", k, strings.Join(KindNames(), ", "))
		}
		out = append(out, k)
	}
	return out, nil
}

// matchWhere is the SQL condition of f's kind, station and operator filters. A chain.reorg
// event concerns every subscriber: station and operator filters let it through.
func (f *EventFilter) matchWhere() (string, []any) {
	var where []string
	var args []any
	if len(f.Kinds) > 0 {
		where = append(where, "kind IN (?"+strings.Repeat(", ?", len(f.Kinds)-1)+")")
		for _, k := range f.Kinds {
			args = append(args, k)
		}
	}
	if f.Station != "" {
		where, args = append(where, "(station = ? OR kind = '"+KindChainReorg+"')"), append(args, strings.ToLower(f.Station))
	}
	if f.Operator != "" {
		where, args = append(where, "(operator = ? OR kind = '"+KindChainReorg+"')"), append(args, strings.ToLower(f.Operator))
	}
	if len(where) == 0 {
		return "", nil
	}
	return " AND " + strings.Join(where, " AND "), args
}

// Events reads the feed after f.After, oldest first.
func (d *DB) Events(ctx context.Context, f EventFilter) (EventPage, error) {
	if f.Limit == 0 {
		f.Limit = 100
	}
	if f.Limit < 0 || f.Limit > 500 {
		return EventPage{}, datpin.Errorf(datpin.EINVALID, "limit must be 1..500")
	}
	after, err := DecodeCursor(f.After)
	if err != nil {
		return EventPage{}, err
	}
	cond, args := f.matchWhere()
	rows, err := d.db.QueryContext(ctx, `SELECT seq, key, kind, version, block, time, tx, station, operator, data FROM events
		WHERE seq > ?`+cond+` ORDER BY seq LIMIT ?`, append(append([]any{after}, args...), f.Limit+1)...)
	if err != nil {
		return EventPage{}, dbErr(err, "read events")
	}
	defer rows.Close()
	p := EventPage{Items: []Event{}, Next: f.After}
	for rows.Next() {
		if len(p.Items) == f.Limit {
			p.More = true
			break
		}
		var e Event
		var seq int64
		var data string
		if err := rows.Scan(&seq, &e.ID, &e.Kind, &e.Version, &e.Block, &e.Time, &e.Tx, &e.Station, &e.Operator, &data); err != nil {
			return p, dbErr(err, "read events")
		}
		e.Cursor, e.Data = EncodeCursor(seq), json.RawMessage(data)
		p.Items = append(p.Items, e)
		p.Next = e.Cursor
	}
	return p, dbErr(rows.Err(), "read events")
}

// EventsHead is the cursor of the feed's last position ever written: reading after it returns
// only events written later.
func (d *DB) EventsHead(ctx context.Context) (string, error) {
	var seq int64
	err := d.db.QueryRowContext(ctx, `SELECT seq FROM sqlite_sequence WHERE name = 'events'`).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		return EncodeCursor(0), nil
	}
	if err != nil {
		return "", dbErr(err, "read the feed's head")
	}
	return EncodeCursor(seq), nil
}

// EventsChanged returns a channel closed at the next change of the feed made through this DB
// (events appended by the indexer, a rollback, a reset). Another process writing the same file
// does not close it: readers also poll.
func (d *DB) EventsChanged() <-chan struct{} {
	d.feedMu.Lock()
	defer d.feedMu.Unlock()
	return d.feed
}

func (d *DB) feedChanged() {
	d.feedMu.Lock()
	close(d.feed)
	d.feed = make(chan struct{})
	d.feedMu.Unlock()
}

// appendEvent writes one event in tx; an event whose id is already in the feed is not written
// again. It reports whether it wrote the event.
func appendEvent(ctx context.Context, tx *sql.Tx, e *Event, data any) (bool, error) {
	b, err := json.Marshal(data)
	if err != nil {
		return false, datpin.Wrap(datpin.EINTERNAL, err, "encode a %s event", e.Kind)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO events (key, kind, version, block, time, tx, station, operator, data)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
		e.ID, e.Kind, EventKinds[e.Kind], e.Block, e.Time, e.Tx, e.Station, e.Operator, string(b))
	if err != nil {
		return false, dbErr(err, "write event")
	}
	n, err := res.RowsAffected()
	return n > 0, dbErr(err, "write event")
}

// reorg is what a rollback undoes, for its chain.reorg event.
type reorg struct {
	fork, tip uint64
	tipHash   string
	time      uint64
	ids       []string
	n         int
}

// maxRetractedIDs bounds the ids a chain.reorg event lists.
const maxRetractedIDs = 1000

// retracted reads, before a rollback to fork, the indexed tip and the events it will remove.
func retracted(ctx context.Context, tx *sql.Tx, fork uint64) (*reorg, error) {
	r := &reorg{fork: fork}
	err := tx.QueryRowContext(ctx, `SELECT block, hash FROM blocks ORDER BY block DESC LIMIT 1`).Scan(&r.tip, &r.tipHash)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, dbErr(err, "read tip")
	}
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE((SELECT time FROM blocks WHERE block <= ? ORDER BY block DESC LIMIT 1), 0)`, fork).Scan(&r.time); err != nil {
		return nil, dbErr(err, "read fork time")
	}
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM events WHERE block > ?`, fork).Scan(&r.n); err != nil {
		return nil, dbErr(err, "count retracted events")
	}
	rows, err := tx.QueryContext(ctx, `SELECT key FROM events WHERE block > ? ORDER BY seq LIMIT ?`, fork, maxRetractedIDs)
	if err != nil {
		return nil, dbErr(err, "read retracted events")
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, dbErr(err, "read retracted events")
		}
		r.ids = append(r.ids, k)
	}
	return r, dbErr(rows.Err(), "read retracted events")
}

// appendReorg writes the chain.reorg event of a rollback (none when nothing above the fork was
// indexed).
func appendReorg(ctx context.Context, tx *sql.Tx, r *reorg) error {
	if r.tip <= r.fork {
		return nil
	}
	ids := r.ids
	if ids == nil {
		ids = []string{}
	}
	e := &Event{ID: KindChainReorg + ":" + strconv.FormatUint(r.fork, 10) + ":" + strconv.FormatUint(r.tip, 10) + ":" + r.tipHash,
		Kind: KindChainReorg, Block: r.fork, Time: r.time}
	_, err := appendEvent(ctx, tx, e, ChainReorg{Fork: r.fork, Tip: r.tip, Retracted: r.n, RetractedIDs: ids, Truncated: r.n > len(ids)})
	return err
}
