package index

import (
	"context"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	dat "github.com/datpin/datpin/contracts/bindings/dataanchoringtoken"
	"github.com/datpin/datpin/evm"
)

// Config tunes an Indexer.
type Config struct {
	// Confirmations is how many blocks must follow a block before it is indexed: 0 indexes the
	// head itself. A reorganization shallower than this never reaches the index.
	Confirmations uint64
	// RangeBlocks is the most blocks one log query and one database transaction cover (default 2000).
	RangeBlocks uint64
	// Poll is the pause between polls when the index has caught up (default 1 s).
	Poll time.Duration
	// Start is the first block to index (default the suite's deployment block).
	Start uint64
	// Alerts sets when the event feed's derived station events fire.
	Alerts AlertConfig
	Log    *slog.Logger
}

// Stats are the indexer's figures, for /status and /metrics.
type Stats struct {
	Indexed  uint64 `json:"indexedBlock"` // last indexed block (Start-1 before the first range)
	Head     uint64 `json:"headBlock"`    // chain head at the last poll
	Lag      uint64 `json:"lag"`          // Head - Indexed
	Reorgs   uint64 `json:"reorgs"`       // reorganizations undone since start
	Depth    uint64 `json:"lastReorgDepth"`
	Ranges   uint64 `json:"ranges"` // ranges indexed since start
	Logs     uint64 `json:"logs"`   // logs indexed since start
	Paused   bool   `json:"paused"`
	LastPoll int64  `json:"lastPoll"` // Unix seconds of the last successful poll
	Error    string `json:"error,omitempty"`
}

// Indexer follows a deployment's events into a DB.
type Indexer struct {
	DB    *DB
	Suite *evm.Suite
	cfg   Config

	paused atomic.Bool
	kick   chan struct{}
	mu     sync.Mutex // serializes Step
	smu    sync.Mutex
	stats  Stats
}

// New returns an Indexer of suite into db, binding db to the deployment.
func New(ctx context.Context, db *DB, suite *evm.Suite, cfg Config) (*Indexer, error) {
	if cfg.RangeBlocks == 0 {
		cfg.RangeBlocks = 2000
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Start == 0 {
		cfg.Start = suite.Block
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	cfg.Alerts = cfg.Alerts.withDefaults()
	if err := db.Bind(ctx, Deployment(suite)); err != nil {
		return nil, err
	}
	ix := &Indexer{DB: db, Suite: suite, cfg: cfg, kick: make(chan struct{}, 1)}
	ix.stats.Indexed = cfg.Start - min(cfg.Start, 1)
	if n, _, ok, err := db.Tip(ctx); err != nil {
		return nil, err
	} else if ok {
		ix.stats.Indexed = n
	}
	return ix, nil
}

// Deployment names a suite for DB.Bind: chain id and DAT address.
func Deployment(s *evm.Suite) string {
	return s.Chain.ChainID.String() + "/" + s.DAT.Hex()
}

// Stats returns the current figures.
func (ix *Indexer) Stats() Stats {
	ix.smu.Lock()
	defer ix.smu.Unlock()
	st := ix.stats
	st.Paused = ix.paused.Load()
	return st
}

func (ix *Indexer) update(f func(*Stats)) {
	ix.smu.Lock()
	f(&ix.stats)
	if ix.stats.Head > ix.stats.Indexed {
		ix.stats.Lag = ix.stats.Head - ix.stats.Indexed
	} else {
		ix.stats.Lag = 0
	}
	ix.smu.Unlock()
}

// Pause stops (true) or resumes (false) indexing; the API keeps serving what is indexed.
func (ix *Indexer) Pause(p bool) {
	ix.paused.Store(p)
	ix.Kick()
}

// Kick makes Run poll now instead of after its pause.
func (ix *Indexer) Kick() {
	select {
	case ix.kick <- struct{}{}:
	default:
	}
}

// Reindex deletes the whole index; the next steps rebuild it from Start.
func (ix *Indexer) Reindex(ctx context.Context) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err := ix.DB.Reset(ctx); err != nil {
		return err
	}
	ix.update(func(s *Stats) { s.Indexed = ix.cfg.Start - min(ix.cfg.Start, 1) })
	ix.Kick()
	return nil
}

// Run indexes until ctx ends: it steps while there are confirmed blocks to index and pauses
// cfg.Poll between polls once caught up. Chain errors are logged and retried.
func (ix *Indexer) Run(ctx context.Context) error {
	for {
		more := false
		if !ix.paused.Load() {
			var err error
			more, err = ix.Step(ctx)
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				ix.cfg.Log.Warn("index step failed; retrying", "err", err)
				ix.update(func(s *Stats) { s.Error = datpin.ErrorMessage(err) })
			}
		}
		if more {
			continue
		}
		select {
		case <-ctx.Done():
			return nil
		case <-ix.kick:
		case <-time.After(ix.cfg.Poll):
		}
	}
}

// CatchUp steps until every confirmed block is indexed.
func (ix *Indexer) CatchUp(ctx context.Context) error {
	for {
		more, err := ix.Step(ctx)
		if err != nil || !more {
			return err
		}
	}
}

// Step undoes a reorganization if the indexed tip left the canonical chain, else indexes the
// next range of confirmed blocks. It reports whether more confirmed blocks remain.
func (ix *Indexer) Step(ctx context.Context) (more bool, err error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	client := ix.Suite.Chain.Client
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return false, datpin.Wrap(datpin.EUNAVAILABLE, err, "chain head")
	}
	ix.update(func(s *Stats) { s.Head = head })

	tip, tipHash, ok, err := ix.DB.Tip(ctx)
	if err != nil {
		return false, err
	}
	last := ix.cfg.Start - min(ix.cfg.Start, 1)
	if ok {
		last = tip
		canon, err := ix.canonicalHash(ctx, tip)
		if err != nil {
			return false, err
		}
		if canon != tipHash {
			return true, ix.rollback(ctx, tip)
		}
	}
	if err := ix.seedParams(ctx); err != nil {
		return false, err
	}
	if err := ix.seedVault(ctx); err != nil {
		return false, err
	}
	if head < ix.cfg.Confirmations {
		return false, nil
	}
	target := head - ix.cfg.Confirmations
	if target <= last {
		ix.update(func(s *Stats) { s.Indexed = last; s.LastPoll = time.Now().Unix(); s.Error = "" })
		return false, nil
	}
	from, to := last+1, min(target, last+ix.cfg.RangeBlocks)
	n, err := ix.indexRange(ctx, from, to)
	if err != nil {
		return false, err
	}
	ix.update(func(s *Stats) {
		s.Indexed, s.Ranges, s.Logs = to, s.Ranges+1, s.Logs+uint64(n)
		s.LastPoll, s.Error = time.Now().Unix(), ""
	})
	return to < target, nil
}

// canonicalHash is the hash of the chain's block at height n ("" when the chain is shorter).
func (ix *Indexer) canonicalHash(ctx context.Context, n uint64) (string, error) {
	h, err := ix.Suite.Chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		if err == ethereum.NotFound || h == nil {
			head, herr := ix.Suite.Chain.Client.BlockNumber(ctx)
			if herr == nil && head < n {
				return "", nil
			}
		}
		return "", datpin.Wrap(datpin.EUNAVAILABLE, err, "header %d", n)
	}
	return h.Hash().Hex(), nil
}

// rollback finds the newest stored block still on the canonical chain at or below tip and deletes
// everything above it.
func (ix *Indexer) rollback(ctx context.Context, tip uint64) error {
	fork := ix.cfg.Start - min(ix.cfg.Start, 1)
	below := tip + 1
search:
	for {
		bs, err := ix.DB.blocksDesc(ctx, below, 64)
		if err != nil {
			return err
		}
		if len(bs) == 0 {
			break
		}
		for _, b := range bs {
			canon, err := ix.canonicalHash(ctx, b.Number)
			if err != nil {
				return err
			}
			if canon == b.Hash {
				fork = b.Number
				break search
			}
			below = b.Number
		}
	}
	if err := ix.DB.Rollback(ctx, fork); err != nil {
		return err
	}
	ix.cfg.Log.Warn("chain reorganization: index rolled back", "from", tip, "to", fork)
	ix.update(func(s *Stats) { s.Reorgs++; s.Depth = tip - fork; s.Indexed = fork })
	return nil
}

// indexRange writes the logs of blocks from..to and the hash of block `to` in one transaction.
func (ix *Indexer) indexRange(ctx context.Context, from, to uint64) (int, error) {
	s := ix.Suite
	logs, err := s.Chain.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: SuiteAddresses(s),
	})
	if err != nil {
		return 0, datpin.Wrap(datpin.EUNAVAILABLE, err, "logs of blocks %d..%d", from, to)
	}
	end, err := s.Chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return 0, datpin.Wrap(datpin.EUNAVAILABLE, err, "header %d", to)
	}
	contribs, err := ix.contributions(ctx, logs)
	if err != nil {
		return 0, err
	}
	manifests, err := ix.manifests(ctx, logs)
	if err != nil {
		return 0, err
	}
	// Nodes that leave blockTimestamp out of logs cost one header per block with logs.
	times := map[uint64]uint64{to: end.Time}
	for i := range logs {
		l := &logs[i]
		if l.BlockTimestamp != 0 {
			times[l.BlockNumber] = l.BlockTimestamp
		} else if _, ok := times[l.BlockNumber]; !ok {
			h, err := s.Chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
			if err != nil {
				return 0, datpin.Wrap(datpin.EUNAVAILABLE, err, "header %d", l.BlockNumber)
			}
			times[l.BlockNumber] = h.Time
		}
	}

	tx, err := ix.DB.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, dbErr(err, "begin range")
	}
	defer tx.Rollback()
	w := &writer{tx: tx, ctx: ctx, s: s, contribs: contribs, times: times, manifests: manifests, alerts: ix.cfg.Alerts}
	blocks := map[uint64]string{to: end.Hash().Hex()}
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		blocks[l.BlockNumber] = l.BlockHash.Hex()
		if err := w.apply(l); err != nil {
			return 0, err
		}
	}
	if err := w.finish(); err != nil {
		return 0, err
	}
	for n, h := range blocks {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO blocks (block, hash, time) VALUES (?, ?, ?)`, n, h, w.times[n]); err != nil {
			return 0, dbErr(err, "write block")
		}
	}
	if err := w.offline(to, end.Time); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, dbErr(err, "commit range")
	}
	if w.events > 0 {
		ix.DB.feedChanged()
	}
	return len(logs), nil
}

// contributions reads the contribution fields of the range's ContributionAnchored events from
// their anchoring transactions (one fetch per transaction), falling back to contributionOf at the
// event's block.
func (ix *Indexer) contributions(ctx context.Context, logs []types.Log) (map[uint64]Contribution, error) {
	s := ix.Suite
	out := map[uint64]Contribution{}
	decoded := map[common.Hash]map[[32]byte]Contribution{}
	for i := range logs {
		l := &logs[i]
		if l.Address != s.DAT || l.Removed {
			continue
		}
		ev, err := s.DATABI.UnpackContributionAnchoredEvent(l)
		if err != nil {
			continue
		}
		byRoot, seen := decoded[l.TxHash]
		if !seen {
			byRoot = map[[32]byte]Contribution{}
			if tx, _, err := s.Chain.Client.TransactionByHash(ctx, l.TxHash); err == nil && tx.To() != nil && *tx.To() == s.DAT {
				for _, c := range decodeAnchorCall(s, tx.Data()) {
					byRoot[c.MerkleRoot] = c
				}
			}
			decoded[l.TxHash] = byRoot
		}
		c, ok := byRoot[ev.MerkleRoot]
		if !ok {
			var err error
			if c, err = ix.contributionAt(ctx, ev.TokenId, l.BlockNumber); err != nil {
				return nil, err
			}
		}
		out[ev.TokenId.Uint64()] = c
	}
	return out, nil
}

// Contribution is what an anchored token records of its contribution besides the event's fields.
type Contribution struct {
	MerkleRoot  [32]byte
	Epoch       uint32
	H3Cell      uint64
	RecordCount uint32
	Score       uint16
	Tentative   bool // Score is the device's tentative score (false: unknown)
}

func decodeAnchorCall(s *evm.Suite, data []byte) []Contribution {
	m, ok := s.DATABI.GetABI().Methods["anchor"]
	if !ok || len(data) < 4 || string(data[:4]) != string(m.ID) {
		return nil
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 2 {
		return nil
	}
	cs, ok := convertContributions(args[0])
	if !ok {
		return nil
	}
	out := make([]Contribution, len(cs))
	for i, c := range cs {
		out[i] = Contribution{MerkleRoot: c.MerkleRoot, Epoch: c.Epoch, H3Cell: c.H3Cell, RecordCount: c.RecordCount, Score: c.Score, Tentative: true}
	}
	return out
}

// contributionAt reads contributionOf at a block, or at the head when the node keeps no state that
// old; the score is the tentative one only while the token is still pending.
func (ix *Indexer) contributionAt(ctx context.Context, id *big.Int, block uint64) (Contribution, error) {
	s := ix.Suite
	data := s.DATABI.PackContributionOf(id)
	out, err := s.Chain.Client.CallContract(ctx, ethereum.CallMsg{To: &s.DAT, Data: data}, new(big.Int).SetUint64(block))
	if err != nil {
		if out, err = s.Chain.Call(ctx, common.Address{}, s.DAT, data); err != nil {
			return Contribution{}, err
		}
	}
	c, err := s.DATABI.UnpackContributionOf(out)
	if err != nil {
		return Contribution{}, datpin.Wrap(datpin.EINTERNAL, err, "decode contributionOf")
	}
	return Contribution{
		MerkleRoot: c.MerkleRoot, Epoch: c.Epoch, H3Cell: c.H3Cell, RecordCount: c.RecordCount,
		Score: c.Score, Tentative: datpin.Status(c.Status) == datpin.StatusPending,
	}, nil
}

// convertContributions converts the ABI decoder's anonymous structs to the binding's type.
func convertContributions(v any) (cs []dat.Contribution, ok bool) {
	defer func() {
		if recover() != nil {
			cs, ok = nil, false
		}
	}()
	p := abi.ConvertType(v, new([]dat.Contribution)).(*[]dat.Contribution)
	return *p, true
}

// seedParams records the oracle's parameters as of now when the index has none: they are set in
// the oracle's constructor, whose block usually precedes the suite's deployment block where
// indexing starts. The row is stamped block 0, so it outlives rollbacks; later ParamsUpdated
// events override it.
func (ix *Indexer) seedParams(ctx context.Context) error {
	var n int
	if err := ix.DB.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM params`).Scan(&n); err != nil || n > 0 {
		return dbErr(err, "read params")
	}
	s := ix.Suite
	out, err := s.Chain.Call(ctx, common.Address{}, s.Oracle, s.OracleABI.PackParams())
	if err != nil {
		return err
	}
	p, err := s.OracleABI.UnpackParams(out)
	if err != nil {
		return datpin.Wrap(datpin.EINTERNAL, err, "decode params")
	}
	_, err = ix.DB.db.ExecContext(ctx, `INSERT OR IGNORE INTO params (block, log_index, quorum, threshold, tolerance) VALUES (0, 0, ?, ?, ?)`,
		p.Quorum, p.Threshold, p.Tolerance)
	return dbErr(err, "write params")
}
