package index

import (
	"context"
	"database/sql"
	"errors"
	"sync"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/internal/sqlitedb"
)

// DB is the index database: SQLite in WAL mode, so the API reads while the indexer writes. It is
// safe for concurrent use.
type DB struct {
	db    *sql.DB
	path  string
	cache aggregates
	stmts statements

	// feed is closed and replaced whenever the event feed changes (see EventsChanged).
	feedMu sync.Mutex
	feed   chan struct{}
}

// queryer is what reads take: the database, or the indexer's open transaction (which sees the
// rows it wrote).
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Every event table has a block column: Rollback deletes the rows above a fork point.
var eventTables = []string{
	"blocks", "devices", "tokens", "verdicts", "transfers", "reveals", "evaluations", "commits",
	"validator_events", "epochs", "settlements", "claims", "proofs", "expirations", "params",
	"market_listings", "market_closings", "market_entries", "market_purchases", "market_exclusions",
	"market_deliveries", "market_refunds", "market_sale_claims", "market_consents", "market_floors",
	"market_buyer_rules", "vault_base", "vault_syncs", "vault_events", "plan_events", "plan_prices",
	"events",
}

const schema = `
CREATE TABLE IF NOT EXISTS meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS blocks (
	block INTEGER PRIMARY KEY,
	hash  TEXT    NOT NULL,
	time  INTEGER NOT NULL
);
-- DeviceRegistry events; kind: onboarded, moved, active, suspended, operator.
CREATE TABLE IF NOT EXISTS devices (
	block       INTEGER NOT NULL,
	log_index   INTEGER NOT NULL,
	device      TEXT    NOT NULL,
	kind        TEXT    NOT NULL,
	operator    TEXT    NOT NULL DEFAULT '',
	cell        INTEGER NOT NULL DEFAULT 0,
	device_type INTEGER NOT NULL DEFAULT 0,
	flag        INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (block, log_index)
);
CREATE INDEX IF NOT EXISTS devices_device ON devices (device, block, log_index);
-- One row per minted token (Minted, plus ContributionAnchored for contributions).
CREATE TABLE IF NOT EXISTS tokens (
	id          INTEGER PRIMARY KEY,
	block       INTEGER NOT NULL,
	tx          TEXT    NOT NULL,
	class       INTEGER NOT NULL,
	minted_to   TEXT    NOT NULL,
	value0      INTEGER NOT NULL DEFAULT 0,
	share0      INTEGER NOT NULL DEFAULT 0,
	expire_at   INTEGER NOT NULL DEFAULT 0,
	device      TEXT    NOT NULL DEFAULT '',
	epoch       INTEGER NOT NULL DEFAULT 0,
	cell        INTEGER NOT NULL DEFAULT 0,
	records     INTEGER NOT NULL DEFAULT 0,
	root        TEXT    NOT NULL DEFAULT '',
	cid         TEXT    NOT NULL DEFAULT '',
	tentative   INTEGER,
	anchored_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS tokens_device ON tokens (device);
CREATE INDEX IF NOT EXISTS tokens_cell ON tokens (cell);
CREATE INDEX IF NOT EXISTS tokens_epoch ON tokens (epoch);
-- Finalized (accepted = 1) or Rejected (accepted = 0, reason) verdicts.
CREATE TABLE IF NOT EXISTS verdicts (
	token    INTEGER PRIMARY KEY,
	block    INTEGER NOT NULL,
	accepted INTEGER NOT NULL,
	score    INTEGER NOT NULL,
	value    INTEGER NOT NULL,
	share    INTEGER NOT NULL,
	reason   TEXT    NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS transfers (
	block     INTEGER NOT NULL,
	log_index INTEGER NOT NULL,
	token     INTEGER NOT NULL,
	src       TEXT    NOT NULL,
	dst       TEXT    NOT NULL,
	PRIMARY KEY (block, log_index)
);
CREATE INDEX IF NOT EXISTS transfers_token ON transfers (token, block, log_index);
CREATE TABLE IF NOT EXISTS reveals (
	block       INTEGER NOT NULL,
	log_index   INTEGER NOT NULL,
	round       INTEGER NOT NULL,
	validator   TEXT    NOT NULL,
	start_token INTEGER NOT NULL,
	count       INTEGER NOT NULL,
	PRIMARY KEY (block, log_index)
);
-- One validator's revealed score for one token (the oracle accepts one reveal per token).
CREATE TABLE IF NOT EXISTS evaluations (
	token     INTEGER NOT NULL,
	validator TEXT    NOT NULL,
	round     INTEGER NOT NULL,
	score     INTEGER NOT NULL,
	block     INTEGER NOT NULL,
	PRIMARY KEY (token, validator)
);
CREATE INDEX IF NOT EXISTS evaluations_validator ON evaluations (validator);
CREATE TABLE IF NOT EXISTS commits (
	block      INTEGER NOT NULL,
	log_index  INTEGER NOT NULL,
	round      INTEGER NOT NULL,
	validator  TEXT    NOT NULL,
	commitment TEXT    NOT NULL,
	PRIMARY KEY (block, log_index)
);
-- QualityOracle validator events; kind: registered, stake, scored, exit, withdrawn.
CREATE TABLE IF NOT EXISTS validator_events (
	block      INTEGER NOT NULL,
	log_index  INTEGER NOT NULL,
	validator  TEXT    NOT NULL,
	kind       TEXT    NOT NULL,
	amount     TEXT    NOT NULL DEFAULT '0',
	agreements INTEGER NOT NULL DEFAULT 0,
	faults     INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (block, log_index)
);
CREATE INDEX IF NOT EXISTS validator_events_validator ON validator_events (validator, block, log_index);
CREATE TABLE IF NOT EXISTS epochs (
	epoch  INTEGER PRIMARY KEY,
	block  INTEGER NOT NULL,
	amount TEXT    NOT NULL,
	time   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS settlements (
	block     INTEGER NOT NULL,
	log_index INTEGER NOT NULL,
	class     INTEGER NOT NULL,
	asset     TEXT    NOT NULL,
	amount    TEXT    NOT NULL,
	time      INTEGER NOT NULL,
	PRIMARY KEY (block, log_index)
);
CREATE TABLE IF NOT EXISTS claims (
	block     INTEGER NOT NULL,
	log_index INTEGER NOT NULL,
	token     INTEGER NOT NULL,
	dst       TEXT    NOT NULL,
	asset     TEXT    NOT NULL,
	amount    TEXT    NOT NULL,
	tx        TEXT    NOT NULL,
	time      INTEGER NOT NULL,
	PRIMARY KEY (block, log_index)
);
CREATE INDEX IF NOT EXISTS claims_token ON claims (token);
CREATE TABLE IF NOT EXISTS proofs (
	block      INTEGER NOT NULL,
	log_index  INTEGER NOT NULL,
	token      INTEGER NOT NULL,
	proof_type TEXT    NOT NULL,
	uri        TEXT    NOT NULL,
	PRIMARY KEY (block, log_index)
);
CREATE INDEX IF NOT EXISTS proofs_token ON proofs (token);
CREATE TABLE IF NOT EXISTS expirations (
	token INTEGER PRIMARY KEY,
	block INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS params (
	block     INTEGER NOT NULL,
	log_index INTEGER NOT NULL,
	quorum    INTEGER NOT NULL,
	threshold INTEGER NOT NULL,
	tolerance INTEGER NOT NULL,
	PRIMARY KEY (block, log_index)
);
`

// marketSchema is migration step 2: the DataMarket's, the FreeDataVault's and the DataPlan's
// events. Amounts are decimal strings of base units; hashes and addresses lower-case hex.
const marketSchema = `
-- Listed; a listing is open until its ListingClosed (market_closings).
CREATE TABLE IF NOT EXISTS market_listings (
	id               INTEGER PRIMARY KEY,
	block            INTEGER NOT NULL,
	tx               TEXT    NOT NULL,
	seller           TEXT    NOT NULL,
	class            INTEGER NOT NULL,
	manifest_root    TEXT    NOT NULL,
	manifest_cid     TEXT    NOT NULL,
	certificate_hash TEXT    NOT NULL,
	asset            TEXT    NOT NULL,
	price            TEXT    NOT NULL,
	purposes         TEXT    NOT NULL,
	access_duration  INTEGER NOT NULL,
	delivery_window  INTEGER NOT NULL,
	licence_uri      TEXT    NOT NULL,
	time             INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS market_closings (
	listing INTEGER PRIMARY KEY,
	block   INTEGER NOT NULL
);
-- A listing's manifest entries (index, token, units), read from the calldata of the first
-- purchase of the listing the index saw: the contract checked them against the listing's root.
CREATE TABLE IF NOT EXISTS market_entries (
	listing INTEGER NOT NULL,
	idx     INTEGER NOT NULL,
	token   INTEGER NOT NULL,
	units   INTEGER NOT NULL,
	block   INTEGER NOT NULL,
	PRIMARY KEY (listing, idx)
);
CREATE INDEX IF NOT EXISTS market_entries_token ON market_entries (token);
CREATE TABLE IF NOT EXISTS market_purchases (
	id           INTEGER PRIMARY KEY,
	block        INTEGER NOT NULL,
	tx           TEXT    NOT NULL,
	listing      INTEGER NOT NULL,
	buyer        TEXT    NOT NULL,
	purpose      INTEGER NOT NULL,
	tokens       INTEGER NOT NULL,
	units        INTEGER NOT NULL,
	amount       TEXT    NOT NULL,
	sold_root    TEXT    NOT NULL,
	deadline     INTEGER NOT NULL,
	licence_ends INTEGER NOT NULL,
	recipient    TEXT    NOT NULL,
	time         INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS market_purchases_buyer ON market_purchases (buyer, id);
CREATE INDEX IF NOT EXISTS market_purchases_listing ON market_purchases (listing, id);
-- EntryExcluded: at purchase (same transaction as the Purchased event) or dropped at delivery.
CREATE TABLE IF NOT EXISTS market_exclusions (
	block     INTEGER NOT NULL,
	log_index INTEGER NOT NULL,
	purchase  INTEGER NOT NULL,
	token     INTEGER NOT NULL,
	why       INTEGER NOT NULL,
	tx        TEXT    NOT NULL,
	PRIMARY KEY (block, log_index)
);
CREATE INDEX IF NOT EXISTS market_exclusions_purchase ON market_exclusions (purchase, block, log_index);
CREATE TABLE IF NOT EXISTS market_deliveries (
	purchase   INTEGER PRIMARY KEY,
	block      INTEGER NOT NULL,
	tx         TEXT    NOT NULL,
	gateway    TEXT    NOT NULL,
	bundle_cid TEXT    NOT NULL,
	tokens     INTEGER NOT NULL,
	units      INTEGER NOT NULL,
	pool       TEXT    NOT NULL,
	time       INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS market_refunds (
	purchase INTEGER PRIMARY KEY,
	block    INTEGER NOT NULL,
	buyer    TEXT    NOT NULL,
	amount   TEXT    NOT NULL,
	time     INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS market_sale_claims (
	block     INTEGER NOT NULL,
	log_index INTEGER NOT NULL,
	purchase  INTEGER NOT NULL,
	token     INTEGER NOT NULL,
	holder    TEXT    NOT NULL,
	amount    TEXT    NOT NULL,
	tx        TEXT    NOT NULL,
	time      INTEGER NOT NULL,
	PRIMARY KEY (block, log_index)
);
CREATE INDEX IF NOT EXISTS market_sale_claims_purchase ON market_sale_claims (purchase);
CREATE INDEX IF NOT EXISTS market_sale_claims_holder ON market_sale_claims (holder);
-- Holders' consent: the latest row per key is in force.
CREATE TABLE IF NOT EXISTS market_consents (
	block           INTEGER NOT NULL,
	log_index       INTEGER NOT NULL,
	holder          TEXT    NOT NULL,
	class           INTEGER NOT NULL,
	purposes        TEXT    NOT NULL,
	allow_list_only INTEGER NOT NULL,
	PRIMARY KEY (block, log_index)
);
CREATE INDEX IF NOT EXISTS market_consents_holder ON market_consents (holder);
CREATE TABLE IF NOT EXISTS market_floors (
	block     INTEGER NOT NULL,
	log_index INTEGER NOT NULL,
	holder    TEXT    NOT NULL,
	class     INTEGER NOT NULL,
	asset     TEXT    NOT NULL,
	price     TEXT    NOT NULL,
	PRIMARY KEY (block, log_index)
);
CREATE INDEX IF NOT EXISTS market_floors_holder ON market_floors (holder);
CREATE TABLE IF NOT EXISTS market_buyer_rules (
	block     INTEGER NOT NULL,
	log_index INTEGER NOT NULL,
	holder    TEXT    NOT NULL,
	class     INTEGER NOT NULL,
	buyer     TEXT    NOT NULL,
	rule      INTEGER NOT NULL,
	PRIMARY KEY (block, log_index)
);
CREATE INDEX IF NOT EXISTS market_buyer_rules_holder ON market_buyer_rules (holder);
-- The vault's and the plan's state before the first indexed block (block 0: outlives rollbacks);
-- known = 0 when the node could not answer for that block.
CREATE TABLE IF NOT EXISTS vault_base (
	block        INTEGER NOT NULL,
	known        INTEGER NOT NULL,
	supply       TEXT    NOT NULL,
	stored       TEXT    NOT NULL,
	vesting      TEXT    NOT NULL,
	vesting_end  INTEGER NOT NULL,
	last_sync    INTEGER NOT NULL,
	rate         TEXT    NOT NULL,
	reserve      TEXT    NOT NULL,
	price_per_gb TEXT    NOT NULL
);
CREATE TABLE IF NOT EXISTS vault_syncs (
	block       INTEGER NOT NULL,
	log_index   INTEGER NOT NULL,
	stored      TEXT    NOT NULL,
	vesting     TEXT    NOT NULL,
	vesting_end INTEGER NOT NULL,
	reserve     TEXT    NOT NULL,
	time        INTEGER NOT NULL,
	PRIMARY KEY (block, log_index)
);
-- Vault events; kind: deposit, withdraw (account: the shares' owner), revenue (extra: the amount
-- vesting after it), funded (account: the funder; extra: the reserve after it), rate (assets: the
-- emission per second), fees (account: the asset collected; extra: "vault" when it became the
-- vault's revenue, else where it went).
CREATE TABLE IF NOT EXISTS vault_events (
	block     INTEGER NOT NULL,
	log_index INTEGER NOT NULL,
	kind      TEXT    NOT NULL,
	account   TEXT    NOT NULL DEFAULT '',
	assets    TEXT    NOT NULL DEFAULT '0',
	shares    TEXT    NOT NULL DEFAULT '0',
	extra     TEXT    NOT NULL DEFAULT '',
	time      INTEGER NOT NULL,
	PRIMARY KEY (block, log_index)
);
-- DataPlan events; kind: subscribed (principal: after it), converted (kb: credit issued),
-- metered (kb: asked; used_kb and credit_kb: the plan's totals after it), throttled (kb: short),
-- unthrottled (kb: available), withdrawn (dest: where the assets went).
CREATE TABLE IF NOT EXISTS plan_events (
	block      INTEGER NOT NULL,
	log_index  INTEGER NOT NULL,
	owner      TEXT    NOT NULL,
	kind       TEXT    NOT NULL,
	subscriber TEXT    NOT NULL DEFAULT '',
	assets     TEXT    NOT NULL DEFAULT '0',
	shares     TEXT    NOT NULL DEFAULT '0',
	principal  TEXT    NOT NULL DEFAULT '0',
	kb         TEXT    NOT NULL DEFAULT '0',
	used_kb    TEXT    NOT NULL DEFAULT '0',
	credit_kb  TEXT    NOT NULL DEFAULT '0',
	dest       TEXT    NOT NULL DEFAULT '',
	tx         TEXT    NOT NULL,
	time       INTEGER NOT NULL,
	PRIMARY KEY (block, log_index)
);
CREATE INDEX IF NOT EXISTS plan_events_owner ON plan_events (owner, block, log_index);
CREATE TABLE IF NOT EXISTS plan_prices (
	block     INTEGER NOT NULL,
	log_index INTEGER NOT NULL,
	price     TEXT    NOT NULL,
	PRIMARY KEY (block, log_index)
);
`

// feedSchema is migration step 3: the event feed (feed.go), and the transaction hashes of
// verdicts and reveals (receipts for exports).
const feedSchema = `
-- One row per event, in the order the indexer wrote them. seq is the cursor's position and is
-- never reused (AUTOINCREMENT), also after a rollback or a reset deleted rows; key is the event's
-- stable identity; data the kind's JSON object.
CREATE TABLE IF NOT EXISTS events (
	seq      INTEGER PRIMARY KEY AUTOINCREMENT,
	key      TEXT    NOT NULL UNIQUE,
	kind     TEXT    NOT NULL,
	version  INTEGER NOT NULL,
	block    INTEGER NOT NULL,
	time     INTEGER NOT NULL,
	tx       TEXT    NOT NULL DEFAULT '',
	station  TEXT    NOT NULL DEFAULT '',
	operator TEXT    NOT NULL DEFAULT '',
	data     TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS events_kind ON events (kind, seq);
CREATE INDEX IF NOT EXISTS events_station ON events (station, seq);
CREATE INDEX IF NOT EXISTS events_operator ON events (operator, seq);
CREATE INDEX IF NOT EXISTS events_block ON events (block);
`

// addTxColumns gives verdicts and evaluations the hash of the transaction that wrote them, where
// the column is missing (rows indexed before keep an empty hash until a reindex).
func addTxColumns(ctx context.Context, tx *sql.Tx) error {
	for _, table := range []string{"verdicts", "evaluations"} {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = 'tx'`, table).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			if _, err := tx.ExecContext(ctx, `ALTER TABLE `+table+` ADD COLUMN tx TEXT NOT NULL DEFAULT ''`); err != nil {
				return err
			}
		}
	}
	return nil
}

// migrations are the index's schema steps, in order; a database records the steps it ran.
var migrations = []sqlitedb.Migration{{SQL: schema}, {SQL: marketSchema}, {SQL: feedSchema, Func: addTxColumns}}

// Open opens (creating if needed) the index database at path. The index is rebuilt from the
// chain if lost, so commits are synced at checkpoints only.
func Open(path string) (*DB, error) {
	// Readers and the single writer share a small pool; WAL lets them run side by side.
	db, err := sqlitedb.Open(path, sqlitedb.Options{Name: "index", Synchronous: sqlitedb.Normal, MaxOpenConns: 4})
	if err != nil {
		return nil, err
	}
	if err := sqlitedb.Migrate(context.Background(), db, "index", migrations); err != nil {
		db.Close()
		return nil, err
	}
	return &DB{db: db, path: path, feed: make(chan struct{})}, nil
}

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// Path returns the database file.
func (d *DB) Path() string { return d.path }

func dbErr(err error, what string) error { return sqlitedb.Error(err, "index: %s", what) }

// Bind ties the index to one deployment (e.g. chain id and DAT address): the first call records
// it, later calls must name the same one, so an index is never mixed across deployments.
func (d *DB) Bind(ctx context.Context, deployment string) error {
	cur, err := d.meta(ctx, "deployment")
	if err != nil {
		return err
	}
	switch {
	case cur == "":
		_, err := d.db.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('deployment', ?)`, deployment)
		return dbErr(err, "bind")
	case cur != deployment:
		return datpin.Errorf(datpin.ECONFLICT, "the index %s belongs to deployment %s, not %s: use another database", d.path, cur, deployment)
	}
	return nil
}

func (d *DB) meta(ctx context.Context, key string) (string, error) {
	var v string
	err := d.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, dbErr(err, "read "+key)
}

// Tip returns the last indexed block and its hash; ok is false when nothing is indexed.
func (d *DB) Tip(ctx context.Context) (number uint64, hash string, ok bool, err error) {
	err = d.queryRow(ctx, `SELECT block, hash FROM blocks ORDER BY block DESC LIMIT 1`).Scan(&number, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", false, nil
	}
	if err != nil {
		return 0, "", false, dbErr(err, "read tip")
	}
	return number, hash, true, nil
}

// StoredBlock is a block the index took logs from.
type StoredBlock struct {
	Number uint64
	Hash   string
}

// blocksDesc returns the stored blocks, newest first, at most limit of them below `below`.
func (d *DB) blocksDesc(ctx context.Context, below uint64, limit int) ([]StoredBlock, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT block, hash FROM blocks WHERE block < ? ORDER BY block DESC LIMIT ?`, below, limit)
	if err != nil {
		return nil, dbErr(err, "read blocks")
	}
	defer rows.Close()
	var out []StoredBlock
	for rows.Next() {
		var b StoredBlock
		if err := rows.Scan(&b.Number, &b.Hash); err != nil {
			return nil, dbErr(err, "read blocks")
		}
		out = append(out, b)
	}
	return out, dbErr(rows.Err(), "read blocks")
}

// Rollback deletes everything indexed from blocks after fork, in one transaction, and appends a
// chain.reorg event naming the events it removed.
func (d *DB) Rollback(ctx context.Context, fork uint64) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return dbErr(err, "rollback")
	}
	defer tx.Rollback()
	reorg, err := retracted(ctx, tx, fork)
	if err != nil {
		return err
	}
	for _, t := range eventTables {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t+` WHERE block > ?`, fork); err != nil {
			return dbErr(err, "rollback "+t)
		}
	}
	if err := appendReorg(ctx, tx, reorg); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return dbErr(err, "rollback")
	}
	d.feedChanged()
	return nil
}

// Reset deletes everything indexed (the deployment binding stays).
func (d *DB) Reset(ctx context.Context) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return dbErr(err, "reset")
	}
	defer tx.Rollback()
	for _, t := range eventTables {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
			return dbErr(err, "reset "+t)
		}
	}
	if err := tx.Commit(); err != nil {
		return dbErr(err, "reset")
	}
	d.feedChanged()
	return nil
}

// BlockHash returns the stored hash of block n (ENOTFOUND if the index took nothing from it).
func (d *DB) BlockHash(ctx context.Context, n uint64) (string, error) {
	var h string
	err := d.db.QueryRowContext(ctx, `SELECT hash FROM blocks WHERE block = ?`, n).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return "", datpin.Errorf(datpin.ENOTFOUND, "block %d is not indexed", n)
	}
	return h, dbErr(err, "read block")
}
