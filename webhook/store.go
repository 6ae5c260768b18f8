// Package webhook delivers the index's event feed to the HTTP endpoints operators register: a
// hook names a URL, a filter (a station, an operator, event kinds) and a shared secret. The
// Dispatcher reads the feed after each hook's durable cursor, queues one delivery per event and
// hook, and POSTs each event's JSON signed with HMAC-SHA256 over the timestamp and the body
// (Datpin-Signature: t=UNIX,v1=HEX; Verify checks it). A failed POST is retried with exponential
// backoff and jitter; after the last attempt the delivery is a dead letter, which Replay puts
// back in the queue.
//
// Hooks, their cursors and the deliveries live in one SQLite database (synchronous FULL): a
// restart neither loses a queued delivery nor queues an event twice for a hook. Delivery is at
// least once: a POST that succeeded just before a crash, before it was recorded, is sent again
// with the same Datpin-Delivery and event id, by which a receiver drops the repeat.
package webhook

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"net/url"
	"strings"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/internal/sqlitedb"
)

// Delivery states.
const (
	StatePending   = "pending"   // queued, or waiting for its next attempt
	StateDelivered = "delivered" // the endpoint answered 2xx
	StateDead      = "dead"      // every attempt failed: a dead letter until replayed
)

const schema = `
-- Registered endpoints. cursor is the feed position after which the hook's events are still to
-- be queued: NULL until the dispatcher first sees the hook (then the feed's head: only later
-- events), '' for a hook that asked for the whole feed.
CREATE TABLE IF NOT EXISTS hooks (
	id       INTEGER PRIMARY KEY AUTOINCREMENT,
	url      TEXT    NOT NULL,
	secret   TEXT    NOT NULL,
	station  TEXT    NOT NULL DEFAULT '',
	operator TEXT    NOT NULL DEFAULT '',
	kinds    TEXT    NOT NULL DEFAULT '',
	cursor   TEXT,
	created  INTEGER NOT NULL
);
-- One row per event and hook: queued, delivered or dead. Times in Unix milliseconds.
CREATE TABLE IF NOT EXISTS deliveries (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	hook        INTEGER NOT NULL REFERENCES hooks (id) ON DELETE CASCADE,
	event       TEXT    NOT NULL,
	kind        TEXT    NOT NULL,
	body        BLOB    NOT NULL,
	state       TEXT    NOT NULL,
	attempts    INTEGER NOT NULL DEFAULT 0,
	next_at     INTEGER NOT NULL,
	last_status INTEGER NOT NULL DEFAULT 0,
	last_error  TEXT    NOT NULL DEFAULT '',
	created     INTEGER NOT NULL,
	done_at     INTEGER NOT NULL DEFAULT 0,
	UNIQUE (hook, event)
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (state, next_at);
CREATE INDEX IF NOT EXISTS deliveries_hook ON deliveries (hook, id);
`

var migrations = []sqlitedb.Migration{{SQL: schema}}

// Store is the webhook database. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
}

// Open opens (creating if needed) the webhook database at path.
func Open(path string) (*Store, error) {
	db, err := sqlitedb.Open(path, sqlitedb.Options{Name: "webhooks", Synchronous: sqlitedb.Full, ForeignKeys: true})
	if err != nil {
		return nil, err
	}
	if err := sqlitedb.Migrate(context.Background(), db, "webhooks", migrations); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, path: path}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func dbErr(err error, what string) error { return sqlitedb.Error(err, "webhooks: %s", what) }

// Spec is what registers a hook.
type Spec struct {
	URL      string
	Station  string   // deliver only events about this device
	Operator string   // deliver only events concerning this account
	Kinds    []string // deliver only these kinds (none: all)
	// Secret signs the deliveries (at least 16 characters); empty: a random one is made.
	Secret string
	// FromStart queues the whole feed; otherwise only events written after the dispatcher first
	// sees the hook.
	FromStart bool
}

// Hook is a registered endpoint. Its secret is never part of it.
type Hook struct {
	ID        int64    `json:"id"`
	URL       string   `json:"url"`
	Station   string   `json:"station"`
	Operator  string   `json:"operator"`
	Kinds     []string `json:"kinds"`
	Cursor    *string  `json:"cursor"` // null until the dispatcher first sees it
	Created   int64    `json:"created"`
	Pending   int      `json:"pending"`
	Delivered int      `json:"delivered"`
	Dead      int      `json:"dead"`
}

// MinSecret is the shortest secret a hook may have.
const MinSecret = 16

// checkURL accepts an absolute http or https URL with a host.
func checkURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return datpin.Errorf(datpin.EINVALID, "webhook URL %q: want an absolute http or https URL", raw)
	}
	return nil
}

// checkAddress accepts "" or a 0x-prefixed 20-byte hex address, returned in lower case.
func checkAddress(v, name string) (string, error) {
	if v == "" {
		return "", nil
	}
	ok := len(v) == 42 && strings.HasPrefix(v, "0x")
	if ok {
		_, err := hex.DecodeString(v[2:])
		ok = err == nil
	}
	if !ok {
		return "", datpin.Errorf(datpin.EINVALID, "%s must be a 0x-prefixed 20-byte hex address", name)
	}
	return strings.ToLower(v), nil
}

// Add registers a hook and returns it with its secret (the only time the secret is returned).
func (s *Store) Add(ctx context.Context, sp Spec) (Hook, string, error) {
	var h Hook
	if err := checkURL(sp.URL); err != nil {
		return h, "", err
	}
	station, err := checkAddress(sp.Station, "station")
	if err != nil {
		return h, "", err
	}
	operator, err := checkAddress(sp.Operator, "operator")
	if err != nil {
		return h, "", err
	}
	kinds, err := index.ParseKinds(strings.Join(sp.Kinds, ","))
	if err != nil {
		return h, "", err
	}
	secret := strings.TrimSpace(sp.Secret)
	switch {
	case secret == "":
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			return h, "", datpin.Wrap(datpin.EINTERNAL, err, "make a webhook secret")
		}
		secret = hex.EncodeToString(b)
	case len(secret) < MinSecret:
		return h, "", datpin.Errorf(datpin.EINVALID, "a webhook secret must be at least %d characters", MinSecret)
	}
	var cursor any
	if sp.FromStart {
		cursor = ""
	}
	now := time.Now().Unix()
	res, err := s.db.ExecContext(ctx, `INSERT INTO hooks (url, secret, station, operator, kinds, cursor, created) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		sp.URL, secret, station, operator, strings.Join(kinds, ","), cursor, now)
	if err != nil {
		return h, "", dbErr(err, "add hook")
	}
	id, err := res.LastInsertId()
	if err != nil {
		return h, "", dbErr(err, "add hook")
	}
	h, err = s.Hook(ctx, id)
	return h, secret, err
}

const hookSelect = `SELECT h.id, h.url, h.station, h.operator, h.kinds, h.cursor, h.created,
	(SELECT COUNT(*) FROM deliveries d WHERE d.hook = h.id AND d.state = 'pending'),
	(SELECT COUNT(*) FROM deliveries d WHERE d.hook = h.id AND d.state = 'delivered'),
	(SELECT COUNT(*) FROM deliveries d WHERE d.hook = h.id AND d.state = 'dead')
FROM hooks h`

func scanHook(row interface{ Scan(...any) error }) (Hook, error) {
	var h Hook
	var kinds string
	var cursor sql.NullString
	err := row.Scan(&h.ID, &h.URL, &h.Station, &h.Operator, &kinds, &cursor, &h.Created, &h.Pending, &h.Delivered, &h.Dead)
	h.Kinds = []string{}
	if kinds != "" {
		h.Kinds = strings.Split(kinds, ",")
	}
	if cursor.Valid {
		h.Cursor = &cursor.String
	}
	return h, err
}

// Hook returns one hook (ENOTFOUND when there is none with that id).
func (s *Store) Hook(ctx context.Context, id int64) (Hook, error) {
	h, err := scanHook(s.db.QueryRowContext(ctx, hookSelect+` WHERE h.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return h, datpin.Errorf(datpin.ENOTFOUND, "no webhook %d", id)
	}
	return h, dbErr(err, "read hook")
}

// Hooks lists the hooks by id.
func (s *Store) Hooks(ctx context.Context) ([]Hook, error) {
	rows, err := s.db.QueryContext(ctx, hookSelect+` ORDER BY h.id`)
	if err != nil {
		return nil, dbErr(err, "list hooks")
	}
	defer rows.Close()
	out := []Hook{}
	for rows.Next() {
		h, err := scanHook(rows)
		if err != nil {
			return nil, dbErr(err, "list hooks")
		}
		out = append(out, h)
	}
	return out, dbErr(rows.Err(), "list hooks")
}

// Remove deletes a hook and its deliveries (ENOTFOUND when there is none with that id).
func (s *Store) Remove(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM hooks WHERE id = ?`, id)
	if err != nil {
		return dbErr(err, "remove hook")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return datpin.Errorf(datpin.ENOTFOUND, "no webhook %d", id)
	}
	return nil
}

// Delivery is one event queued for one hook.
type Delivery struct {
	ID         int64  `json:"id"`
	Hook       int64  `json:"hook"`
	Event      string `json:"event"` // the event's id
	Kind       string `json:"kind"`
	State      string `json:"state"`
	Attempts   int    `json:"attempts"`
	NextAt     int64  `json:"nextAt"`     // Unix ms of the next attempt (pending)
	LastStatus int    `json:"lastStatus"` // HTTP status of the last attempt (0: none reached)
	LastError  string `json:"lastError"`
	Created    int64  `json:"created"` // Unix ms
	DoneAt     int64  `json:"doneAt"`  // Unix ms it was delivered or given up
}

// DeliveryFilter selects deliveries; zero fields do not filter.
type DeliveryFilter struct {
	Hook  int64
	State string
	Limit int // default 100, at most 10,000
}

// Deliveries lists deliveries, newest first.
func (s *Store) Deliveries(ctx context.Context, f DeliveryFilter) ([]Delivery, error) {
	if f.Limit == 0 {
		f.Limit = 100
	}
	if f.Limit < 0 || f.Limit > 10_000 {
		return nil, datpin.Errorf(datpin.EINVALID, "limit must be 1..10000")
	}
	var where []string
	var args []any
	if f.Hook != 0 {
		where, args = append(where, "hook = ?"), append(args, f.Hook)
	}
	switch f.State {
	case "":
	case StatePending, StateDelivered, StateDead:
		where, args = append(where, "state = ?"), append(args, f.State)
	default:
		return nil, datpin.Errorf(datpin.EINVALID, "state %q is not one of pending, delivered, dead", f.State)
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, hook, event, kind, state, attempts, next_at, last_status, last_error, created, done_at
		FROM deliveries`+cond+` ORDER BY id DESC LIMIT ?`, append(args, f.Limit)...)
	if err != nil {
		return nil, dbErr(err, "list deliveries")
	}
	defer rows.Close()
	out := []Delivery{}
	for rows.Next() {
		var d Delivery
		if err := rows.Scan(&d.ID, &d.Hook, &d.Event, &d.Kind, &d.State, &d.Attempts, &d.NextAt, &d.LastStatus, &d.LastError, &d.Created, &d.DoneAt); err != nil {
			return nil, dbErr(err, "list deliveries")
		}
		out = append(out, d)
	}
	return out, dbErr(rows.Err(), "list deliveries")
}

// Replay puts dead letters back in the queue, due at once with their attempts reset: the given
// deliveries, or with none given every dead letter (of hook, when it is not 0). Deliveries that
// are not dead are left alone. It returns how many it queued.
func (s *Store) Replay(ctx context.Context, hook int64, ids []int64) (int, error) {
	q := `UPDATE deliveries SET state = 'pending', attempts = 0, next_at = 0, last_error = '', done_at = 0 WHERE state = 'dead'`
	var args []any
	if hook != 0 {
		q, args = q+` AND hook = ?`, append(args, hook)
	}
	if len(ids) > 0 {
		q += ` AND id IN (?` + strings.Repeat(", ?", len(ids)-1) + `)`
		for _, id := range ids {
			args = append(args, id)
		}
	}
	res, err := s.db.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, dbErr(err, "replay")
	}
	n, err := res.RowsAffected()
	return int(n), dbErr(err, "replay")
}

// counts returns the deliveries pending and dead, for the metrics.
func (s *Store) counts(ctx context.Context) (pending, dead int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT COALESCE(SUM(state = 'pending'), 0), COALESCE(SUM(state = 'dead'), 0) FROM deliveries`).Scan(&pending, &dead)
	return pending, dead, dbErr(err, "count deliveries")
}
