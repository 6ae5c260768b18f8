package agent

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/internal/sqlitedb"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/telemetry"
)

// State is where a batch stands in the outbox. A batch only moves forward,
// one state at a time, each move in its own SQLite transaction:
//
//	open ─► sealed ─► packaged ─► stored ─► anchored
//	                      └──────────┴─────► failed (a permanent error)
type State int

const (
	StateOpen     State = 0 // accepting records
	StateSealed   State = 1 // closed; its records are final
	StatePackaged State = 2 // scored, anonymized, signed and encrypted; the package bytes are kept
	StateStored   State = 3 // the package is in the content store under its CID
	StateAnchored State = 4 // a DAT holds its Merkle root on chain
	StateFailed   State = 5 // a permanent error; see LastError
)

var stateNames = [...]string{"open", "sealed", "packaged", "stored", "anchored", "failed"}

func (s State) String() string {
	if s >= 0 && int(s) < len(stateNames) {
		return stateNames[s]
	}
	return "unknown"
}

// MarshalText makes states readable in JSON.
func (s State) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Batch is one (station, epoch) group of records in the outbox. A station
// has one open batch per epoch; records arriving after it was sealed open
// the next one (Seq+1).
type Batch struct {
	ID          int64             `json:"id"`
	Station     string            `json:"station"`
	DeviceType  datpin.DeviceType `json:"deviceType"`
	EpochLength int64             `json:"epochLength"`
	Epoch       uint32            `json:"epoch"`
	Seq         int               `json:"seq"`
	State       State             `json:"state"`
	Records     int               `json:"records"`
	Created     int64             `json:"created"`    // Unix ms
	LastAppend  int64             `json:"lastAppend"` // Unix ms of the latest record accepted into it

	// Set when packaged.
	Device      [20]byte `json:"-"`
	Score       uint16   `json:"score"`
	Explanation string   `json:"explanation,omitempty"`
	Region      uint64   `json:"region,omitempty"`
	Root        [32]byte `json:"-"`
	CID         string   `json:"cid,omitempty"`

	// Sent is set before the first anchor transaction that carries the
	// batch: only then can its root be on chain without the outbox knowing.
	Sent bool `json:"-"`

	// Set when anchored.
	Token uint64 `json:"token,omitempty"`
	Tx    string `json:"tx,omitempty"`

	Attempts  int    `json:"attempts,omitempty"`
	NextTry   int64  `json:"-"`
	LastError string `json:"lastError,omitempty"`
}

// Packaged is what the package stage records for a batch.
type Packaged struct {
	Device      [20]byte
	Score       uint16
	Explanation string
	Region      uint64
	Root        [32]byte
	CID         string
	Package     []byte
	ZK          *ZKProof // the commitment and claim, when the batch is to be proved
}

// Anchored records the token of a batch.
type Anchored struct {
	ID    int64
	Token uint64
	Tx    string // transaction hash, "" when found already anchored
}

// Outbox is the agent's durable state: a SQLite database in WAL mode with
// synchronous=FULL, so that a record is on disk before Ingest returns and a
// state change survives a crash or a power cut. Every method is one
// transaction. It is safe for concurrent use.
type Outbox struct {
	db   *sql.DB
	path string

	// ingest serializes Ingest calls: the duplicate check and the insert of
	// the new keys happen under it and under SQLite's write lock, taken when
	// the transaction begins.
	ingest sync.Mutex
	keys   keyCache // guarded by ingest
	// queue holds the Ingest calls waiting to be committed (see commit).
	queueMu sync.Mutex
	queue   []*ingestReq
	// Reused memory of Ingest, guarded by ingest.
	segBuf, segPlain []byte
}

const schema = `
CREATE TABLE IF NOT EXISTS meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS batches (
	id          INTEGER PRIMARY KEY,
	station     TEXT    NOT NULL,
	device_type INTEGER NOT NULL,
	epoch_len   INTEGER NOT NULL,
	epoch       INTEGER NOT NULL,
	seq         INTEGER NOT NULL,
	state       INTEGER NOT NULL,
	records     INTEGER NOT NULL DEFAULT 0,
	created     INTEGER NOT NULL,
	last_append INTEGER NOT NULL DEFAULT 0,
	device      BLOB,
	score       INTEGER NOT NULL DEFAULT 0,
	explanation TEXT    NOT NULL DEFAULT '',
	region      INTEGER NOT NULL DEFAULT 0,
	root        BLOB,
	cid         TEXT    NOT NULL DEFAULT '',
	package     BLOB,
	sent        INTEGER NOT NULL DEFAULT 0,
	token       INTEGER NOT NULL DEFAULT 0,
	tx          TEXT    NOT NULL DEFAULT '',
	attempts    INTEGER NOT NULL DEFAULT 0,
	next_try    INTEGER NOT NULL DEFAULT 0,
	last_error  TEXT    NOT NULL DEFAULT '',
	UNIQUE (station, epoch_len, epoch, seq)
);
CREATE UNIQUE INDEX IF NOT EXISTS batches_open ON batches (station, epoch_len, epoch) WHERE state = 0;
CREATE INDEX IF NOT EXISTS batches_state ON batches (state, next_try);
CREATE TABLE IF NOT EXISTS segments (
	id    INTEGER PRIMARY KEY,
	batch INTEGER NOT NULL,
	data  BLOB NOT NULL,
	codec INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS segments_batch ON segments (batch);
CREATE TABLE IF NOT EXISTS devices (
	station    TEXT PRIMARY KEY,
	address    BLOB NOT NULL,
	registered INTEGER NOT NULL DEFAULT 0
);
`

// OpenOutbox opens (creating if needed) the outbox database at path.
func OpenOutbox(path string) (*Outbox, error) {
	// A 64 MiB page cache keeps a large ingest transaction from spilling
	// pages to the WAL before it commits. One connection: SQLite has one
	// writer anyway, and long work (packaging, the chain, the store) happens
	// outside transactions.
	db, err := sqlitedb.Open(path, sqlitedb.Options{Name: "outbox", Synchronous: sqlitedb.Full, CacheKiB: 64 << 10, MaxOpenConns: 1})
	if err != nil {
		return nil, err
	}
	if err := sqlitedb.Migrate(context.Background(), db, "outbox", outboxSchema); err != nil {
		db.Close()
		return nil, err
	}
	return &Outbox{db: db, path: path, keys: keyCache{max: maxCachedKeys}}, nil
}

// outboxSchema is the outbox's schema, step by step (see sqlitedb.Migrate).
var outboxSchema = []sqlitedb.Migration{
	{SQL: schema + zkSchema},
	{Func: upgradeKeys},
	{Func: addZKSlots},
}

// upgradeKeys brings a database written by an earlier version to the
// current schema: segments get their codec column, and the per-record key
// table goes (keys now come from the stored records).
func upgradeKeys(ctx context.Context, tx *sql.Tx) error {
	var hasCodec, hasRecordKeys bool
	if err := tx.QueryRowContext(ctx, `SELECT
		EXISTS (SELECT 1 FROM pragma_table_info('segments') WHERE name = 'codec'),
		EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'record_keys')`).Scan(&hasCodec, &hasRecordKeys); err != nil {
		return err
	}
	if !hasCodec {
		if _, err := tx.ExecContext(ctx, `ALTER TABLE segments ADD COLUMN codec INTEGER NOT NULL DEFAULT 0`); err != nil {
			return err
		}
	}
	if hasRecordKeys {
		if _, err := tx.ExecContext(ctx, `DROP TABLE record_keys`); err != nil {
			return err
		}
	}
	return nil
}

// Close closes the database.
func (o *Outbox) Close() error { return o.db.Close() }

// Path returns the database file.
func (o *Outbox) Path() string { return o.path }

func dbErr(err error, what string) error { return sqlitedb.Error(err, "outbox: %s", what) }

// Bind ties the outbox to one deployment (chain id, DAT address, genesis):
// the first call records it, later calls must name the same one, so that a
// state directory is never replayed against another chain.
func (o *Outbox) Bind(ctx context.Context, deployment string) error {
	tx, err := o.db.BeginTx(ctx, nil)
	if err != nil {
		return dbErr(err, "bind")
	}
	defer tx.Rollback()
	var cur string
	err = tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'deployment'`).Scan(&cur)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('deployment', ?)`, deployment); err != nil {
			return dbErr(err, "bind")
		}
		return dbErr(tx.Commit(), "bind")
	case err != nil:
		return dbErr(err, "bind")
	case cur != deployment:
		return datpin.Errorf(datpin.ECONFLICT, "the state in %s belongs to deployment %s, not %s: use another state directory", o.path, cur, deployment)
	}
	return nil
}

// IngestResult counts what Ingest did.
type IngestResult struct {
	Accepted   int     // records stored
	Duplicates int     // records already in the outbox (a retried upload, a re-imported file)
	Batches    []int64 // batches that received records, in first-touch order
	Sealed     int     // batches this call filled up and sealed (maxBatch)
}

type batchKey struct {
	station string
	epoch   uint32
}

type openBatch struct {
	id, records int64
	raws        [][]byte // raw records to append
	added       int64
	lastReq     *ingestReq // the last call that added to it (its id is in that call's Batches)
}

// prepared is a record as Ingest stores it.
type prepared struct {
	raw   []byte
	key   recKey
	group keyGroup
	bk    batchKey
	dtype datpin.DeviceType
}

// ingestScratch is the reusable memory of one Ingest call: the records'
// raw encodings and what is known of each.
type ingestScratch struct {
	items []prepared
	buf   []byte
}

var ingestScratches = sync.Pool{New: func() any { return new(ingestScratch) }}

// release returns the scratch to the pool, without the strings it refers to.
func (sc *ingestScratch) release() {
	clear(sc.items)
	sc.items = sc.items[:0]
	ingestScratches.Put(sc)
}

// maxCachedKeys bounds the keys Ingest keeps in memory (about 32 bytes
// each); beyond it the groups used least recently are dropped, to be read
// again from the database when a record of theirs comes back.
const maxCachedKeys = 1 << 20

// keyCache holds the keys of recently used key groups.
type keyCache struct {
	groups map[keyGroup]*cachedGroup
	size   int // keys held
	max    int
	clock  uint64
}

// cachedGroup is one key group's keys as of segment seen.
type cachedGroup struct {
	keys map[recKey]struct{}
	seen int64 // the last segment read or written
	used uint64
}

// group returns the keys of g, up to date: it reads the segments of g's
// station that another process (or an earlier life of this one) wrote since
// the cache last looked, in the batches whose epochs meet g's day, and
// keeps the keys of their records of that day. It must run inside the write
// transaction, so that no segment can appear between the check and the
// commit. A group new to the cache is given room for hint keys.
func (c *keyCache) group(ctx context.Context, tx *sql.Tx, g keyGroup, hint int) (*cachedGroup, error) {
	if c.groups == nil {
		c.groups = map[keyGroup]*cachedGroup{}
	}
	cg := c.groups[g]
	if cg == nil {
		cg = &cachedGroup{keys: make(map[recKey]struct{}, hint)}
		c.groups[g] = cg
	}
	c.clock++
	cg.used = c.clock
	if err := cg.load(ctx, tx, g); err != nil {
		c.drop(g)
		return nil, err
	}
	return cg, nil
}

func (cg *cachedGroup) load(ctx context.Context, tx *sql.Tx, g keyGroup) error {
	rows, err := tx.QueryContext(ctx, `
		SELECT s.id, s.codec, s.data FROM segments s JOIN batches b ON b.id = s.batch
		WHERE b.station = ? AND b.epoch * b.epoch_len * 1000 < ? AND (b.epoch + 1) * b.epoch_len * 1000 > ? AND s.id > ?
		ORDER BY s.id`, g.station, (g.day+1)*dayMs, g.day*dayMs, cg.seen)
	if err != nil {
		return err
	}
	defer rows.Close()
	var raws [][]byte
	for rows.Next() {
		var id int64
		var codec int
		var data []byte
		if err := rows.Scan(&id, &codec, &data); err != nil {
			return err
		}
		if raws, err = segmentRaws(raws[:0], codec, data); err != nil {
			return err
		}
		for _, raw := range raws {
			if rg, k := groupOf(g.station, raw); rg == g {
				cg.keys[k] = struct{}{}
			}
		}
		cg.seen = max(cg.seen, id)
	}
	return rows.Err()
}

// drop forgets a group: it is read again from the database when needed.
func (c *keyCache) drop(g keyGroup) {
	delete(c.groups, g)
}

// settle recounts the keys held and drops the groups used least recently
// while there are more than max.
func (c *keyCache) settle() {
	c.size = 0
	for _, cg := range c.groups {
		c.size += len(cg.keys)
	}
	for c.size > c.max && len(c.groups) > 0 {
		var oldest keyGroup
		var at uint64 = 1<<64 - 1
		for g, cg := range c.groups {
			if cg.used < at {
				oldest, at = g, cg.used
			}
		}
		c.size -= len(c.groups[oldest].keys)
		delete(c.groups, oldest)
	}
}

// Ingest stores records in their open (station, epoch) batches, creating
// them as needed, in one transaction: when it returns nil every record is
// on disk. A record already stored (same raw bytes) is counted as a
// duplicate and not stored twice, whenever it was stored before. A batch
// that reaches maxBatch records is sealed and the next record of its
// station and epoch opens a new one. Records must be valid
// (telemetry.Validate); an invalid one fails the call with EINVALID and
// nothing is stored.
//
// Duplicates are found by key (see recKey) in the key groups (station and
// UTC day) the records fall in: the keys of a group are read once from the
// database and then kept in memory, and each call adds one key chunk per
// group it touches. The records themselves are appended to their batch as
// one compressed segment per transaction. Concurrent calls share one
// transaction (see commit); each returns only once its records are on disk.
func (o *Outbox) Ingest(ctx context.Context, recs []datpin.Record, epochLength int64, maxBatch int, now time.Time) (IngestResult, error) {
	var res IngestResult
	if len(recs) == 0 {
		return res, nil
	}
	if epochLength < 1 {
		return res, datpin.Errorf(datpin.EINVALID, "epoch length must be positive")
	}
	// Encode and check everything before touching the database.
	sc := ingestScratches.Get().(*ingestScratch)
	defer sc.release()
	items := slices.Grow(sc.items[:0], len(recs))[:len(recs)]
	sc.items = items
	runs := map[keyGroup]int{} // records per key group, counted run by run
	runStart := 0
	buf := slices.Grow(sc.buf[:0], len(recs)*(rawFixedSize+48))
	defer func() { sc.buf = buf }()
	var last struct {
		station string
		dtype   datpin.DeviceType
		lo, hi  int64 // the epoch's time range, ms
		epoch   uint32
	}
	for i := range recs {
		r := &recs[i]
		if err := telemetry.Validate(r); err != nil {
			return res, datpin.Wrap(datpin.EINVALID, err, "record %d", i)
		}
		if r.Time < last.lo || r.Time >= last.hi {
			epoch, err := privacy.EpochOf(r.Time, epochLength)
			if err != nil {
				return res, datpin.Wrap(datpin.EINVALID, err, "record %d", i)
			}
			last.epoch, last.lo, last.hi = epoch, int64(epoch)*epochLength*1000, (int64(epoch)+1)*epochLength*1000
		}
		station, dtype := StationKey(r)
		if station == "" {
			return res, datpin.Errorf(datpin.EINVALID, "record %d has neither a station nor a device id", i)
		}
		if station != last.station {
			last.station = station // share one string among a run of records
		}
		n := len(buf)
		var err error
		if buf, err = appendRaw(buf, r); err != nil {
			return res, datpin.Wrap(datpin.EINVALID, err, "record %d", i)
		}
		raw := buf[n:len(buf):len(buf)]
		g, k := groupOf(last.station, raw)
		items[i] = prepared{raw: raw, key: k, group: g, bk: batchKey{last.station, last.epoch}, dtype: dtype}
		if i > 0 && g != items[i-1].group {
			runs[items[i-1].group] += i - runStart
			runStart = i
		}
	}
	runs[items[len(items)-1].group] += len(items) - runStart

	req := &ingestReq{ctx: ctx, items: items, runs: runs, epochLength: epochLength, maxBatch: maxBatch, now: now, done: make(chan struct{})}
	return o.commit(req)
}

// ingestReq is one Ingest call waiting for a transaction.
type ingestReq struct {
	ctx         context.Context
	items       []prepared
	runs        map[keyGroup]int
	epochLength int64
	maxBatch    int
	now         time.Time

	res  IngestResult
	err  error
	done chan struct{}
}

// commit stores req's records. Concurrent calls are committed together (group commit): the call
// that takes the ingest lock applies every waiting call of the same epoch length and batch size
// in one transaction, so that one fsync acknowledges them all, and the others find their result
// when they get the lock. Each call's records and counts are its own, as if it ran alone; should
// the shared transaction fail, each call is applied again in a transaction of its own, so one
// call's failure is never another's.
func (o *Outbox) commit(req *ingestReq) (IngestResult, error) {
	o.queueMu.Lock()
	o.queue = append(o.queue, req)
	o.queueMu.Unlock()

	o.ingest.Lock()
	defer o.ingest.Unlock()
	select {
	case <-req.done: // committed by an earlier holder of the lock
		return req.res, req.err
	default:
	}
	o.queueMu.Lock()
	var group []*ingestReq
	rest := o.queue[:0]
	for _, r := range o.queue {
		if r.epochLength == req.epochLength && r.maxBatch == req.maxBatch {
			group = append(group, r)
		} else {
			rest = append(rest, r)
		}
	}
	clear(o.queue[len(rest):])
	o.queue = rest
	o.queueMu.Unlock()

	err := o.apply(context.WithoutCancel(req.ctx), group)
	if err != nil && len(group) > 1 {
		for _, r := range group {
			r.err = o.apply(r.ctx, []*ingestReq{r})
		}
	} else {
		for _, r := range group {
			r.err = err
		}
	}
	for _, r := range group {
		if r.err != nil {
			r.res = IngestResult{}
		}
		close(r.done)
	}
	return req.res, req.err
}

// apply stores the records of reqs in one transaction, setting each one's result. The ingest
// lock must be held.
func (o *Outbox) apply(ctx context.Context, reqs []*ingestReq) error {
	for _, r := range reqs {
		r.res = IngestResult{}
	}
	epochLength, maxBatch := reqs[0].epochLength, reqs[0].maxBatch
	now := reqs[0].now
	for _, r := range reqs[1:] {
		if r.now.After(now) {
			now = r.now
		}
	}
	tx, err := o.db.BeginTx(ctx, nil)
	if err != nil {
		return dbErr(err, "ingest")
	}
	defer tx.Rollback()
	// The groups touched take these calls' keys as they are found new; if the
	// transaction fails they are dropped, to be read again from the database.
	groups := map[keyGroup]*cachedGroup{}
	var lastSegment int64
	committed := false
	defer func() {
		if !committed {
			for g := range groups {
				o.keys.drop(g)
			}
		}
	}()

	open := map[batchKey]*openBatch{}
	nowMs := now.UnixMilli()
	flush := func(b *openBatch) error {
		if b.added == 0 {
			return nil
		}
		var seg []byte
		seg, o.segBuf, o.segPlain = encodeSegment(o.segBuf, o.segPlain, b.raws)
		if err := tx.QueryRowContext(ctx, `INSERT INTO segments (batch, data, codec) VALUES (?, ?, ?) RETURNING id`,
			b.id, seg, segS2).Scan(&lastSegment); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE batches SET records = records + ?, last_append = ? WHERE id = ?`, b.added, nowMs, b.id)
		b.records += b.added
		b.added, b.raws = 0, b.raws[:0]
		return err
	}
	var touched []*openBatch
	var lastGroup keyGroup
	var cg *cachedGroup
	for _, r := range reqs {
		res := &r.res
		for i := range r.items {
			it := &r.items[i]
			if cg == nil || it.group != lastGroup {
				lastGroup = it.group
				if cg = groups[it.group]; cg == nil {
					if cg, err = o.keys.group(ctx, tx, it.group, r.runs[it.group]); err != nil {
						return dbErr(err, "ingest")
					}
					groups[it.group] = cg
				}
			}
			if _, dup := cg.keys[it.key]; dup {
				res.Duplicates++ // stored before, or earlier in this transaction
				continue
			}
			cg.keys[it.key] = struct{}{}
			b := open[it.bk]
			if b == nil {
				if b, err = openBatchFor(ctx, tx, it.bk, it.dtype, epochLength, nowMs); err != nil {
					return dbErr(err, "ingest")
				}
				open[it.bk] = b
				touched = append(touched, b)
			}
			if b.lastReq != r {
				b.lastReq = r
				res.Batches = append(res.Batches, b.id)
			}
			b.raws = append(b.raws, it.raw)
			b.added++
			res.Accepted++
			if maxBatch > 0 && b.records+b.added >= int64(maxBatch) {
				if err := flush(b); err != nil {
					return dbErr(err, "ingest")
				}
				if _, err := tx.ExecContext(ctx, `UPDATE batches SET state = ? WHERE id = ?`, StateSealed, b.id); err != nil {
					return dbErr(err, "ingest")
				}
				res.Sealed++
				delete(open, it.bk)
			}
		}
	}
	for _, b := range touched {
		if err := flush(b); err != nil {
			return dbErr(err, "ingest")
		}
	}
	if err := tx.Commit(); err != nil {
		return dbErr(err, "ingest")
	}
	committed = true
	// The groups touched hold every key up to this transaction's last
	// segment: the segments before it were read, or written by it.
	for _, cg := range groups {
		cg.seen = max(cg.seen, lastSegment)
	}
	o.keys.settle()
	return nil
}

// openBatchFor returns the open batch of (station, epoch), creating it.
func openBatchFor(ctx context.Context, tx *sql.Tx, k batchKey, dtype datpin.DeviceType, epochLength, nowMs int64) (*openBatch, error) {
	b := &openBatch{}
	err := tx.QueryRowContext(ctx, `SELECT id, records FROM batches WHERE station = ? AND epoch_len = ? AND epoch = ? AND state = ?`,
		k.station, epochLength, k.epoch, StateOpen).Scan(&b.id, &b.records)
	if err == nil {
		return b, nil
	} else if !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	err = tx.QueryRowContext(ctx, `
		INSERT INTO batches (station, device_type, epoch_len, epoch, seq, state, created, last_append)
		VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(seq) + 1, 0) FROM batches WHERE station = ? AND epoch_len = ? AND epoch = ?), ?, ?, ?)
		RETURNING id`,
		k.station, dtype, epochLength, k.epoch, k.station, epochLength, k.epoch, StateOpen, nowMs, nowMs).Scan(&b.id)
	return b, err
}

// SealAll seals every open batch (the end of an import) and returns how
// many it sealed.
func (o *Outbox) SealAll(ctx context.Context) (int, error) {
	r, err := o.db.ExecContext(ctx, `UPDATE batches SET state = ? WHERE state = ? AND records > 0`, StateSealed, StateOpen)
	if err != nil {
		return 0, dbErr(err, "seal")
	}
	n, _ := r.RowsAffected()
	return int(n), nil
}

// SealDue seals the open batches whose epoch is over and that received no
// record for grace: those with max(epoch end, last record accepted) + grace
// at or before now. It returns how many it sealed.
func (o *Outbox) SealDue(ctx context.Context, now time.Time, grace time.Duration) (int, error) {
	r, err := o.db.ExecContext(ctx, `
		UPDATE batches SET state = ?
		WHERE state = ? AND records > 0 AND MAX((epoch + 1) * epoch_len * 1000, last_append) + ? <= ?`,
		StateSealed, StateOpen, grace.Milliseconds(), now.UnixMilli())
	if err != nil {
		return 0, dbErr(err, "seal")
	}
	n, _ := r.RowsAffected()
	return int(n), nil
}

const batchColumns = `id, station, device_type, epoch_len, epoch, seq, state, records, created, last_append,
	device, score, explanation, region, root, cid, sent, token, tx, attempts, next_try, last_error`

func scanBatch(sc interface{ Scan(...any) error }) (*Batch, error) {
	b := &Batch{}
	var device, root []byte
	err := sc.Scan(&b.ID, &b.Station, &b.DeviceType, &b.EpochLength, &b.Epoch, &b.Seq, &b.State, &b.Records,
		&b.Created, &b.LastAppend, &device, &b.Score, &b.Explanation, &b.Region, &root, &b.CID, &b.Sent, &b.Token, &b.Tx,
		&b.Attempts, &b.NextTry, &b.LastError)
	if err != nil {
		return nil, err
	}
	copy(b.Device[:], device)
	copy(b.Root[:], root)
	return b, nil
}

func (o *Outbox) queryBatches(ctx context.Context, where string, args ...any) ([]*Batch, error) {
	rows, err := o.db.QueryContext(ctx, `SELECT `+batchColumns+` FROM batches `+where, args...)
	if err != nil {
		return nil, dbErr(err, "list batches")
	}
	defer rows.Close()
	var out []*Batch
	for rows.Next() {
		b, err := scanBatch(rows)
		if err != nil {
			return nil, dbErr(err, "list batches")
		}
		out = append(out, b)
	}
	return out, dbErr(rows.Err(), "list batches")
}

// Due returns up to limit batches in state s whose retry time has come, oldest first.
func (o *Outbox) Due(ctx context.Context, s State, now time.Time, limit int) ([]*Batch, error) {
	return o.queryBatches(ctx, `WHERE state = ? AND next_try <= ? ORDER BY id LIMIT ?`, s, now.UnixMilli(), limit)
}

// NextRetry returns the earliest retry time of the batches in state s
// that are waiting, or the zero time if none is.
func (o *Outbox) NextRetry(ctx context.Context, s State) (time.Time, error) {
	var ms sql.NullInt64
	if err := o.db.QueryRowContext(ctx, `SELECT MIN(next_try) FROM batches WHERE state = ?`, s).Scan(&ms); err != nil {
		return time.Time{}, dbErr(err, "next retry")
	}
	if !ms.Valid {
		return time.Time{}, nil
	}
	return time.UnixMilli(ms.Int64), nil
}

// Get returns one batch.
func (o *Outbox) Get(ctx context.Context, id int64) (*Batch, error) {
	b, err := scanBatch(o.db.QueryRowContext(ctx, `SELECT `+batchColumns+` FROM batches WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "no batch %d", id)
	}
	return b, dbErr(err, "get batch")
}

// List returns the batches with the given ids (all batches if ids is nil), by id.
func (o *Outbox) List(ctx context.Context, ids []int64) ([]*Batch, error) {
	if ids == nil {
		return o.queryBatches(ctx, `ORDER BY id`)
	}
	var out []*Batch
	for _, id := range ids {
		b, err := o.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// Records returns a batch's records in canonical order: by time, then by
// raw encoding. The order, and so the Merkle root, depends only on the set
// of records, not on the order they arrived in.
func (o *Outbox) Records(ctx context.Context, id int64) ([]datpin.Record, error) {
	rows, err := o.db.QueryContext(ctx, `SELECT codec, data FROM segments WHERE batch = ?`, id)
	if err != nil {
		return nil, dbErr(err, "read records")
	}
	defer rows.Close()
	var raws [][]byte
	for rows.Next() {
		var codec int
		var seg []byte
		if err := rows.Scan(&codec, &seg); err != nil {
			return nil, dbErr(err, "read records")
		}
		if raws, err = segmentRaws(raws, codec, seg); err != nil {
			return nil, err
		}
	}
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read records")
	}
	slices.SortFunc(raws, func(a, b []byte) int {
		// Times are positive (telemetry.Validate), so their big-endian
		// bytes sort as the numbers do.
		if c := bytes.Compare(a[5:13], b[5:13]); c != 0 {
			return c
		}
		return bytes.Compare(a, b)
	})
	out := make([]datpin.Record, len(raws))
	for i, raw := range raws {
		if out[i], err = decodeRaw(raw); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Package returns the package bytes of a packaged batch.
func (o *Outbox) Package(ctx context.Context, id int64) ([]byte, error) {
	var p []byte
	err := o.db.QueryRowContext(ctx, `SELECT package FROM batches WHERE id = ?`, id).Scan(&p)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "no batch %d", id)
	}
	if err == nil && p == nil {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "batch %d has no package", id)
	}
	return p, dbErr(err, "read package")
}

// MarkPackaged records a sealed batch's package. The package is never made
// again: encryption is randomized, and the CID must not change once the
// package may have left the device.
func (o *Outbox) MarkPackaged(ctx context.Context, id int64, p *Packaged) error {
	return o.MarkPackagedAll(ctx, []int64{id}, []*Packaged{p})
}

// MarkPackagedAll is MarkPackaged for several batches in one transaction
// (one disk sync): all or none.
func (o *Outbox) MarkPackagedAll(ctx context.Context, ids []int64, ps []*Packaged) error {
	return o.transitionTx(ctx, StateSealed, StatePackaged, ids,
		`device = ?, score = ?, explanation = ?, region = ?, root = ?, cid = ?, package = ?`,
		func(i int) []any {
			p := ps[i]
			return []any{p.Device[:], p.Score, p.Explanation, p.Region, p.Root[:], p.CID, p.Package}
		},
		func(tx *sql.Tx, i int) error {
			if ps[i].ZK == nil {
				return nil
			}
			return insertZK(ctx, tx, ids[i], ps[i].ZK)
		})
}

// MarkStored records that the content store holds a packaged batch's package.
func (o *Outbox) MarkStored(ctx context.Context, id int64) error {
	return o.MarkStoredAll(ctx, []int64{id})
}

// MarkStoredAll is MarkStored for several batches in one transaction.
func (o *Outbox) MarkStoredAll(ctx context.Context, ids []int64) error {
	return o.transitionAll(ctx, StatePackaged, StateStored, ids, "", nil)
}

// transitionAll moves batches ids from state from to state to, setting the
// given columns (args(i) gives the values for ids[i]), in one transaction;
// it fails with ECONFLICT, and changes nothing, if one is not in state from.
func (o *Outbox) transitionAll(ctx context.Context, from, to State, ids []int64, set string, args func(int) []any) error {
	return o.transitionTx(ctx, from, to, ids, set, args, nil)
}

// transitionTx is transitionAll with also(tx, i) run for each batch in the same transaction.
func (o *Outbox) transitionTx(ctx context.Context, from, to State, ids []int64, set string, args func(int) []any,
	also func(*sql.Tx, int) error) error {
	q := `UPDATE batches SET state = ?, attempts = 0, next_try = 0, last_error = ''`
	if set != "" {
		q += ", " + set
	}
	q += ` WHERE id = ? AND state = ?`
	tx, err := o.db.BeginTx(ctx, nil)
	if err != nil {
		return dbErr(err, "transition")
	}
	defer tx.Rollback()
	for i, id := range ids {
		all := []any{to}
		if args != nil {
			all = append(all, args(i)...)
		}
		all = append(all, id, from)
		r, err := tx.ExecContext(ctx, q, all...)
		if err != nil {
			return dbErr(err, fmt.Sprintf("batch %d to %s", id, to))
		}
		if n, _ := r.RowsAffected(); n != 1 {
			return datpin.Errorf(datpin.ECONFLICT, "batch %d is not %s", id, from)
		}
		if also != nil {
			if err := also(tx, i); err != nil {
				return dbErr(err, fmt.Sprintf("batch %d to %s", id, to))
			}
		}
	}
	return dbErr(tx.Commit(), "transition")
}

// MarkSent records, before an anchor transaction is sent, that it carries
// these stored batches.
func (o *Outbox) MarkSent(ctx context.Context, ids []int64) error {
	tx, err := o.db.BeginTx(ctx, nil)
	if err != nil {
		return dbErr(err, "mark sent")
	}
	defer tx.Rollback()
	for _, id := range ids {
		r, err := tx.ExecContext(ctx, `UPDATE batches SET sent = 1 WHERE id = ? AND state = ?`, id, StateStored)
		if err != nil {
			return dbErr(err, "mark sent")
		}
		if n, _ := r.RowsAffected(); n != 1 {
			return datpin.Errorf(datpin.ECONFLICT, "batch %d is not stored", id)
		}
	}
	return dbErr(tx.Commit(), "mark sent")
}

// MarkAnchored records the tokens of stored batches, all in one transaction.
func (o *Outbox) MarkAnchored(ctx context.Context, as []Anchored) error {
	tx, err := o.db.BeginTx(ctx, nil)
	if err != nil {
		return dbErr(err, "mark anchored")
	}
	defer tx.Rollback()
	for _, a := range as {
		r, err := tx.ExecContext(ctx, `UPDATE batches SET state = ?, token = ?, tx = ?, attempts = 0, next_try = 0, last_error = ''
			WHERE id = ? AND state = ?`, StateAnchored, a.Token, a.Tx, a.ID, StateStored)
		if err != nil {
			return dbErr(err, "mark anchored")
		}
		if n, _ := r.RowsAffected(); n != 1 {
			return datpin.Errorf(datpin.ECONFLICT, "batch %d is not stored", a.ID)
		}
	}
	return dbErr(tx.Commit(), "mark anchored")
}

// MarkFailed moves a batch that cannot go on to StateFailed.
func (o *Outbox) MarkFailed(ctx context.Context, id int64, cause error) error {
	r, err := o.db.ExecContext(ctx, `UPDATE batches SET state = ?, last_error = ? WHERE id = ? AND state IN (?, ?, ?)`,
		StateFailed, errText(cause), id, StateSealed, StatePackaged, StateStored)
	if err != nil {
		return dbErr(err, "mark failed")
	}
	if n, _ := r.RowsAffected(); n != 1 {
		return datpin.Errorf(datpin.ECONFLICT, "batch %d cannot fail from its state", id)
	}
	return nil
}

// Retry records a failed attempt on a batch and when to try again.
func (o *Outbox) Retry(ctx context.Context, id int64, cause error, next time.Time) error {
	_, err := o.db.ExecContext(ctx, `UPDATE batches SET attempts = attempts + 1, last_error = ?, next_try = ? WHERE id = ?`,
		errText(cause), next.UnixMilli(), id)
	return dbErr(err, "retry")
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	s := err.Error()
	if len(s) > 1000 {
		s = s[:1000]
	}
	return s
}

// Counts returns the number of batches and of records in each state.
func (o *Outbox) Counts(ctx context.Context) (batches, records map[State]int, err error) {
	rows, err := o.db.QueryContext(ctx, `SELECT state, COUNT(*), COALESCE(SUM(records), 0) FROM batches GROUP BY state`)
	if err != nil {
		return nil, nil, dbErr(err, "counts")
	}
	defer rows.Close()
	batches, records = map[State]int{}, map[State]int{}
	for rows.Next() {
		var s State
		var n, r int
		if err := rows.Scan(&s, &n, &r); err != nil {
			return nil, nil, dbErr(err, "counts")
		}
		batches[s], records[s] = n, r
	}
	return batches, records, dbErr(rows.Err(), "counts")
}

// Upstream counts the sealed and packaged batches due now: work that will
// reach the anchor stage soon.
func (o *Outbox) Upstream(ctx context.Context, now time.Time) (int, error) {
	var n int
	err := o.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM batches WHERE state IN (?, ?) AND next_try <= ?`,
		StateSealed, StatePackaged, now.UnixMilli()).Scan(&n)
	return n, dbErr(err, "upstream")
}

// Pending reports how many batches are not yet anchored or failed.
func (o *Outbox) Pending(ctx context.Context) (int, error) {
	var n int
	err := o.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM batches WHERE state < ?`, StateAnchored).Scan(&n)
	return n, dbErr(err, "pending")
}

// Registered reports whether station's device is known to be registered on chain.
func (o *Outbox) Registered(ctx context.Context, station string) (bool, error) {
	var reg int
	err := o.db.QueryRowContext(ctx, `SELECT registered FROM devices WHERE station = ?`, station).Scan(&reg)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return reg != 0, dbErr(err, "device")
}

// MarkRegistered remembers that station's device (address) is registered.
func (o *Outbox) MarkRegistered(ctx context.Context, station string, address [20]byte) error {
	_, err := o.db.ExecContext(ctx, `INSERT INTO devices (station, address, registered) VALUES (?, ?, 1)
		ON CONFLICT (station) DO UPDATE SET address = excluded.address, registered = 1`, station, address[:])
	return dbErr(err, "device")
}
