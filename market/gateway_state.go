package market

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // database/sql driver "sqlite"

	"github.com/datpin/datpin"
)

// DeliveryState is where a purchase stands for a gateway. It only moves forward:
//
//	seen ─► bundled ─► delivered
//	  └────────┴─────► taken | refused | expired
//
// bundled is recorded with the bundle's CID before the delivery transaction is sent: after a
// crash the gateway reads the purchase on chain before sending anything again, so it never
// delivers twice (the contract refuses a second delivery anyway).
type DeliveryState string

const (
	DeliverySeen      DeliveryState = "seen"      // a Purchased event was read; nothing done yet
	DeliveryBundled   DeliveryState = "bundled"   // the bundle is stored; the transaction may be in flight
	DeliveryDelivered DeliveryState = "delivered" // this gateway's delivery is on chain
	DeliveryTaken     DeliveryState = "taken"     // delivered by another gateway, or refunded
	DeliveryRefused   DeliveryState = "refused"   // a check failed: the gateway will not deliver it
	DeliveryExpired   DeliveryState = "expired"   // the deadline passed (or is too close) first
)

// Final reports whether nothing more will be done for a purchase in this state.
func (s DeliveryState) Final() bool { return s != DeliverySeen && s != DeliveryBundled }

// DeliveryRecord is a purchase as a gateway's state keeps it.
type DeliveryRecord struct {
	Purchase  uint64
	Listing   uint64
	Buyer     string
	Recipient string
	Deadline  uint64 // delivery deadline, chain seconds
	Block     uint64 // of the Purchased event
	State     DeliveryState
	Bundle    string // CID of the bundle (bundled, delivered)
	Tx        string // the delivery transaction
	Error     string // why refused, expired or last retried
	SeenAt    int64  // Unix seconds (wall clock) the event was read
	Updated   int64  // Unix seconds (wall clock)
}

// GatewayState is a gateway's durable record: the block its scan of Purchased events reached and
// each purchase's state. A SQLite database in WAL mode with synchronous=FULL; every method is one
// transaction.
type GatewayState struct {
	db   *sql.DB
	path string
}

const gatewaySchema = `
CREATE TABLE IF NOT EXISTS gateway_meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS gateway_purchases (
	id        INTEGER PRIMARY KEY,
	listing   INTEGER NOT NULL,
	buyer     TEXT NOT NULL,
	recipient TEXT NOT NULL,
	deadline  INTEGER NOT NULL,
	block     INTEGER NOT NULL,
	state     TEXT NOT NULL,
	bundle    TEXT NOT NULL DEFAULT '',
	tx        TEXT NOT NULL DEFAULT '',
	error     TEXT NOT NULL DEFAULT '',
	seen_at   INTEGER NOT NULL,
	updated   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS gateway_purchases_open ON gateway_purchases(state) WHERE state IN ('seen', 'bundled');
`

// OpenGatewayState opens (creating if needed) a gateway state file.
func OpenGatewayState(path string) (*GatewayState, error) {
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)" +
		"&_pragma=synchronous(FULL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "open gateway state %s", path)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(gatewaySchema); err != nil {
		db.Close()
		return nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "open gateway state %s", path)
	}
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || !strings.EqualFold(mode, "wal") {
		db.Close()
		return nil, datpin.Errorf(datpin.EUNAVAILABLE, "gateway state %s: cannot enable WAL (mode %q)", path, mode)
	}
	return &GatewayState{db: db, path: path}, nil
}

// Path is the database file.
func (s *GatewayState) Path() string { return s.path }

// Close closes the database.
func (s *GatewayState) Close() error { return s.db.Close() }

func gwErr(err error, what string) error {
	if err == nil {
		return nil
	}
	var de *datpin.Error
	if errors.As(err, &de) {
		return err
	}
	return datpin.Wrap(datpin.EUNAVAILABLE, err, "gateway state: %s", what)
}

// Bind records the deployment the state belongs to (chain id and market address) on first use
// and refuses another one afterwards: a state file serves one market.
func (s *GatewayState) Bind(ctx context.Context, chainID uint64, market string) error {
	want := strconv.FormatUint(chainID, 10) + "/" + strings.ToLower(market)
	if _, err := s.db.ExecContext(ctx, `INSERT OR IGNORE INTO gateway_meta(key, value) VALUES ('deployment', ?)`, want); err != nil {
		return gwErr(err, "bind")
	}
	var got string
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM gateway_meta WHERE key = 'deployment'`).Scan(&got); err != nil {
		return gwErr(err, "bind")
	}
	if got != want {
		return datpin.Errorf(datpin.ECONFLICT, "gateway state %s belongs to market %s, not %s", s.path, got, want)
	}
	return nil
}

// NextBlock is the first block not yet scanned for Purchased events (0: never scanned).
func (s *GatewayState) NextBlock(ctx context.Context) (uint64, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM gateway_meta WHERE key = 'next_block'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	} else if err != nil {
		return 0, gwErr(err, "read the scan position")
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return 0, datpin.Errorf(datpin.EINTERNAL, "gateway state: scan position %q", v)
	}
	return n, nil
}

// AddSeen records purchases read from blocks up to next-1 (existing ones are kept as they are)
// and moves the scan position to next, in one transaction.
func (s *GatewayState) AddSeen(ctx context.Context, recs []DeliveryRecord, next uint64) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return gwErr(err, "begin")
	}
	defer tx.Rollback()
	now := time.Now().Unix()
	for _, r := range recs {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO gateway_purchases(id, listing, buyer, recipient, deadline, block, state, seen_at, updated)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, r.Purchase, r.Listing, r.Buyer, r.Recipient, r.Deadline, r.Block, DeliverySeen, now, now); err != nil {
			return gwErr(err, "record a purchase")
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO gateway_meta(key, value) VALUES ('next_block', ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, strconv.FormatUint(next, 10)); err != nil {
		return gwErr(err, "record the scan position")
	}
	return gwErr(tx.Commit(), "commit")
}

// Update moves a purchase to state, with the bundle, transaction and error given (empty ones
// keep what is recorded). A purchase in a final state is not changed.
func (s *GatewayState) Update(ctx context.Context, purchase uint64, state DeliveryState, bundle, tx, why string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE gateway_purchases SET state = ?,
		bundle = CASE WHEN ? = '' THEN bundle ELSE ? END,
		tx = CASE WHEN ? = '' THEN tx ELSE ? END,
		error = ?, updated = ?
		WHERE id = ? AND state IN ('seen', 'bundled')`,
		state, bundle, bundle, tx, tx, why, time.Now().Unix(), purchase)
	return gwErr(err, "update a purchase")
}

// NoteError records why the last attempt at a purchase failed, leaving its state.
func (s *GatewayState) NoteError(ctx context.Context, purchase uint64, why string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE gateway_purchases SET error = ?, updated = ? WHERE id = ?`, why, time.Now().Unix(), purchase)
	return gwErr(err, "note an error")
}

const deliveryColumns = `id, listing, buyer, recipient, deadline, block, state, bundle, tx, error, seen_at, updated`

func scanDelivery(row interface{ Scan(...any) error }) (*DeliveryRecord, error) {
	var r DeliveryRecord
	var st string
	if err := row.Scan(&r.Purchase, &r.Listing, &r.Buyer, &r.Recipient, &r.Deadline, &r.Block, &st, &r.Bundle, &r.Tx, &r.Error, &r.SeenAt, &r.Updated); err != nil {
		return nil, err
	}
	r.State = DeliveryState(st)
	return &r, nil
}

// Open returns the purchases still to act on (seen or bundled), oldest first.
func (s *GatewayState) Open(ctx context.Context) ([]*DeliveryRecord, error) {
	return s.list(ctx, `SELECT `+deliveryColumns+` FROM gateway_purchases WHERE state IN ('seen', 'bundled') ORDER BY id`)
}

// All returns every purchase recorded, by id.
func (s *GatewayState) All(ctx context.Context) ([]*DeliveryRecord, error) {
	return s.list(ctx, `SELECT `+deliveryColumns+` FROM gateway_purchases ORDER BY id`)
}

// Get returns a purchase's record; ENOTFOUND if the gateway never saw it.
func (s *GatewayState) Get(ctx context.Context, purchase uint64) (*DeliveryRecord, error) {
	r, err := scanDelivery(s.db.QueryRowContext(ctx, `SELECT `+deliveryColumns+` FROM gateway_purchases WHERE id = ?`, purchase))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "purchase %d not seen by this gateway", purchase)
	}
	return r, gwErr(err, "read a purchase")
}

func (s *GatewayState) list(ctx context.Context, q string) ([]*DeliveryRecord, error) {
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return nil, gwErr(err, "list purchases")
	}
	defer rows.Close()
	var out []*DeliveryRecord
	for rows.Next() {
		r, err := scanDelivery(rows)
		if err != nil {
			return nil, gwErr(err, "list purchases")
		}
		out = append(out, r)
	}
	return out, gwErr(rows.Err(), "list purchases")
}
