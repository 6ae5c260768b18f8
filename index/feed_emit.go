package index

import (
	"database/sql"
	"errors"
	"math/big"
	"strconv"
	"strings"

	"github.com/uber/h3-go/v4"
)

// The indexer appends the feed's events while it applies a range's logs, in the range's
// transaction and in log order: a query from the writer sees every row of the logs before it
// and none after. Derived station conditions that no log carries (offline) are checked once the
// range's logs are applied, at the time of its last block.

// maxFaultTokens bounds the tokens a validator.fault event lists (Faults stays the full count).
const maxFaultTokens = 1000

// event appends one event of block b.
func (w *writer) event(kind, id string, b uint64, tx, station, operator string, data any) error {
	e := &Event{ID: id, Kind: kind, Block: b, Time: w.times[b], Tx: tx, Station: station, Operator: operator}
	wrote, err := appendEvent(w.ctx, w.tx, e, data)
	if wrote {
		w.events++
	}
	return err
}

// logID is the stable identity of an event of the log being applied: its kind, the log's block
// hash and index, and what tells apart the events one log may give. A reindex of the same chain
// gives the same ids; a transaction a reorganization moved to another block gives new ones.
func (w *writer) logID(kind string, about ...string) string {
	id := kind + ":" + strings.ToLower(w.log.BlockHash.Hex()) + ":" + strconv.FormatUint(uint64(w.log.Index), 10)
	if len(about) > 0 {
		id += ":" + strings.Join(about, ":")
	}
	return id
}

// operatorOf is a device's operator as of the logs applied so far ("" when unknown).
func (w *writer) operatorOf(device string) (string, error) {
	var op string
	err := w.tx.QueryRowContext(w.ctx, `SELECT operator FROM devices WHERE device = ? AND kind IN ('onboarded', 'operator')
		ORDER BY block DESC, log_index DESC LIMIT 1`, device).Scan(&op)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return op, dbErr(err, "read operator")
}

// anchored emits dat.anchored and, when the station's data lies outside its registered cell,
// station.location_mismatch.
func (w *writer) anchored(b uint64, tx string, d DATAnchored) error {
	op, err := w.operatorOf(d.Station)
	if err != nil {
		return err
	}
	if err := w.event(KindDATAnchored, w.logID(KindDATAnchored), b, tx, d.Station, op, d); err != nil {
		return err
	}
	var cell int64
	var typ uint8
	err = w.tx.QueryRowContext(w.ctx, `SELECT
		COALESCE((SELECT cell FROM devices WHERE device = ?1 AND kind IN ('onboarded', 'moved') ORDER BY block DESC, log_index DESC LIMIT 1), 0),
		COALESCE((SELECT device_type FROM devices WHERE device = ?1 AND kind = 'onboarded' ORDER BY block DESC, log_index DESC LIMIT 1), 0)`,
		d.Station).Scan(&cell, &typ)
	if err != nil {
		return dbErr(err, "read registered cell")
	}
	contrib, _ := ParseCell(d.Cell)
	// A handset moves: its data's place says nothing of where it is registered.
	if typ == 2 || cell == 0 || contrib == 0 || cellsNest(uint64(cell), contrib) {
		return nil
	}
	id := w.logID(KindStationLocationMismatch)
	return w.event(KindStationLocationMismatch, id, b, tx, d.Station, op, StationLocationMismatch{
		Station: d.Station, Token: d.Token, RegisteredCell: CellString(uint64(cell)), ContributionCell: d.Cell, DeviceType: typ,
	})
}

// cellsNest reports whether one of two H3 cells contains the other (or they are the same); a cell
// that is not a valid H3 index is not judged.
func cellsNest(a, b uint64) bool {
	if !h3.Cell(a).IsValid() || !h3.Cell(b).IsValid() {
		return true
	}
	ra, rb := resolution(a), resolution(b)
	if ra >= rb {
		return parentAt(a, rb) == b
	}
	return parentAt(b, ra) == a
}

// contribution reads what the index has of token id's contribution.
func (w *writer) contribution(id uint64) (station string, epoch uint32, cell string, records uint32, tentative *uint16, err error) {
	var c int64
	var t sql.NullInt64
	err = w.tx.QueryRowContext(w.ctx, `SELECT device, epoch, cell, records, tentative FROM tokens WHERE id = ?`, id).Scan(&station, &epoch, &c, &records, &t)
	if errors.Is(err, sql.ErrNoRows) {
		return "", 0, "", 0, nil, nil
	}
	if err != nil {
		return "", 0, "", 0, nil, dbErr(err, "read token")
	}
	if c != 0 {
		cell = CellString(uint64(c))
	}
	if t.Valid {
		v := uint16(t.Int64)
		tentative = &v
	}
	return station, epoch, cell, records, tentative, nil
}

// verdict emits dat.finalized or dat.rejected for token id and, when the agreed score fell
// enough below the station's earlier ones, station.score_drop.
func (w *writer) verdict(b uint64, tx string, id uint64, accepted bool, score uint16, value, share uint64, reason string) error {
	station, epoch, cell, records, tentative, err := w.contribution(id)
	if err != nil {
		return err
	}
	op := ""
	if station != "" {
		if op, err = w.operatorOf(station); err != nil {
			return err
		}
	}
	if accepted {
		err = w.event(KindDATFinalized, w.logID(KindDATFinalized), b, tx, station, op, DATFinalized{
			Token: id, Station: station, Epoch: epoch, Cell: cell, Records: records, Score: score, TentativeScore: tentative,
			Value: value, ShareRatio: share,
		})
	} else {
		err = w.event(KindDATRejected, w.logID(KindDATRejected), b, tx, station, op, DATRejected{
			Token: id, Station: station, Epoch: epoch, Cell: cell, Records: records, Score: score, TentativeScore: tentative, Reason: reason,
		})
	}
	if err != nil || station == "" || reason == "no-quorum" || w.alerts.ScoreDropPercent < 0 {
		return err
	}
	// The station's earlier agreed scores (rejections for want of reveals say nothing).
	var n int
	var avg float64
	if err := w.tx.QueryRowContext(w.ctx, `SELECT COUNT(*), COALESCE(AVG(v.score), 0) FROM verdicts v JOIN tokens t ON t.id = v.token
		WHERE t.device = ? AND v.token <> ? AND v.reason <> 'no-quorum'`, station, id).Scan(&n, &avg); err != nil {
		return dbErr(err, "read earlier scores")
	}
	if n == 0 || avg <= 0 {
		return nil
	}
	drop := (avg - float64(score)) / avg * 100
	if drop <= w.alerts.ScoreDropPercent {
		return nil
	}
	return w.event(KindStationScoreDrop, w.logID(KindStationScoreDrop), b, tx, station, op, StationScoreDrop{
		Station: station, Token: id, Epoch: epoch, Score: score, PreviousAverage: avg, PreviousTokens: n,
		DropPercent: drop, ThresholdPercent: w.alerts.ScoreDropPercent,
	})
}

// tolerance is the oracle's tolerance as of the logs applied so far.
func (w *writer) tolerance() (uint16, error) {
	var t uint16
	err := w.tx.QueryRowContext(w.ctx, `SELECT tolerance FROM params ORDER BY block DESC, log_index DESC LIMIT 1`).Scan(&t)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return t, dbErr(err, "read tolerance")
}

// validatorScored emits validator.fault when a ValidatorScored event (log li of block b) raised
// the validator's faults. The oracle tallies validators before the DAT emits the verdicts of the
// same transaction, so the tokens scored beyond tolerance are listed once the range's logs are
// applied: the event follows those verdicts in the feed.
func (w *writer) validatorScored(b uint64, li uint, tx, validator string, agreements, faults uint32, slashed *big.Int) error {
	var prev uint32
	err := w.tx.QueryRowContext(w.ctx, `SELECT faults FROM validator_events WHERE validator = ? AND kind = 'scored'
		AND (block < ?2 OR (block = ?2 AND log_index < ?3)) ORDER BY block DESC, log_index DESC LIMIT 1`, validator, b, li).Scan(&prev)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return dbErr(err, "read earlier faults")
	}
	if faults <= prev {
		return nil
	}
	tol, err := w.tolerance()
	if err != nil {
		return err
	}
	id := w.logID(KindValidatorFault)
	w.deferred = append(w.deferred, func() error {
		rows, err := w.tx.QueryContext(w.ctx, `SELECT e.token, t.device, e.score, v.score FROM evaluations e
			JOIN verdicts v ON v.token = e.token JOIN tokens t ON t.id = e.token
			WHERE e.validator = ? AND v.tx = ? AND v.reason <> 'no-quorum' AND ABS(e.score - v.score) > ?
			ORDER BY e.token LIMIT ?`, validator, tx, tol, maxFaultTokens)
		if err != nil {
			return dbErr(err, "read faulty evaluations")
		}
		toks := []FaultToken{}
		for rows.Next() {
			var f FaultToken
			if err := rows.Scan(&f.Token, &f.Station, &f.Score, &f.Agreed); err != nil {
				rows.Close()
				return dbErr(err, "read faulty evaluations")
			}
			f.Deviation = int(f.Score) - int(f.Agreed)
			toks = append(toks, f)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return dbErr(err, "read faulty evaluations")
		}
		return w.event(KindValidatorFault, id, b, tx, "", validator, ValidatorFault{
			Validator: validator, Cause: "disagreement", Faults: faults - prev, TotalFaults: faults, Agreements: agreements,
			Slashed: slashed.String(), Tolerance: tol, Tokens: toks,
		})
	})
	return nil
}

// finish runs what waited for the range's logs to be applied.
func (w *writer) finish() error {
	for _, f := range w.deferred {
		if err := f(); err != nil {
			return err
		}
	}
	w.deferred = nil
	return nil
}

// withheld emits validator.fault for a commitment its validator did not reveal.
func (w *writer) withheld(b uint64, tx, validator string, round uint64, slashed *big.Int) error {
	tol, err := w.tolerance()
	if err != nil {
		return err
	}
	id := w.logID(KindValidatorFault)
	return w.event(KindValidatorFault, id, b, tx, "", validator, ValidatorFault{
		Validator: validator, Cause: "withheld", Slashed: slashed.String(), Round: round, Tolerance: tol, Tokens: []FaultToken{},
	})
}

// sale emits one sale event per holder of a delivered purchase's delivered entries (none while
// the listing's manifest is unknown to the index). The holder is the token's owner at delivery.
func (w *writer) sale(b uint64, tx string, purchase uint64) error {
	pd, err := purchaseDetail(w.ctx, w.tx, purchase)
	if err != nil || !pd.EntriesKnown || pd.Delivery == nil {
		return err
	}
	byHolder := map[string]*Sale{}
	var order []string
	for _, pe := range pd.Entries {
		if pe.State != "delivered" {
			continue
		}
		var holder, station string
		err := w.tx.QueryRowContext(w.ctx, `SELECT COALESCE((SELECT x.dst FROM transfers x WHERE x.token = t.id
			ORDER BY x.block DESC, x.log_index DESC LIMIT 1), t.minted_to), t.device FROM tokens t WHERE t.id = ?`, pe.Token).Scan(&holder, &station)
		if errors.Is(err, sql.ErrNoRows) {
			continue // a token the index never saw minted
		}
		if err != nil {
			return dbErr(err, "read holder")
		}
		s := byHolder[holder]
		if s == nil {
			s = &Sale{Purchase: pd.ID, Listing: pd.Listing, Holder: holder, Buyer: pd.Buyer, Gateway: pd.Delivery.Gateway,
				Asset: pd.Asset, BundleCID: pd.Delivery.BundleCID, Amount: "0", Entries: []SaleEntry{}}
			byHolder[holder] = s
			order = append(order, holder)
		}
		share := pe.Share
		if share == "" {
			share = "0"
		}
		s.Tokens++
		s.Units += pe.Units
		s.Amount = new(big.Int).Add(bigOf(s.Amount), bigOf(share)).String()
		s.Entries = append(s.Entries, SaleEntry{Token: pe.Token, Station: station, Units: pe.Units, Share: share})
	}
	for _, h := range order {
		if err := w.event(KindSale, w.logID(KindSale, h), b, tx, "", h, byHolder[h]); err != nil {
			return err
		}
	}
	return nil
}

// offline emits station.offline for each active, unsuspended station whose last activity is
// older than the threshold at now, the time of block b, once per silence (the silence is named by
// its last activity).
func (w *writer) offline(b, now uint64) error {
	after := w.alerts.OfflineAfter
	if after < 0 {
		return nil
	}
	limit := uint64(after.Seconds())
	if now <= limit {
		return nil
	}
	// Each device's last activity: its latest anchoring, or the latest onboarding, move or
	// reactivation, whichever is later; its current active and suspended flags.
	rows, err := w.tx.QueryContext(w.ctx, `WITH state AS (
		SELECT device,
			COALESCE((SELECT flag FROM devices a WHERE a.device = d.device AND a.kind IN ('onboarded', 'active') ORDER BY block DESC, log_index DESC LIMIT 1), 1) AS active,
			COALESCE((SELECT flag FROM devices a WHERE a.device = d.device AND a.kind = 'suspended' ORDER BY block DESC, log_index DESC LIMIT 1), 0) AS suspended,
			(SELECT bl.time || ' ' || a.kind FROM devices a JOIN blocks bl ON bl.block = a.block WHERE a.device = d.device
				AND (a.kind IN ('onboarded', 'moved') OR (a.kind = 'active' AND a.flag = 1)) ORDER BY a.block DESC, a.log_index DESC LIMIT 1) AS registry,
			COALESCE((SELECT MAX(t.anchored_at) FROM tokens t WHERE t.device = d.device), 0) AS anchored
		FROM (SELECT DISTINCT device FROM devices) d)
		SELECT device, registry, anchored FROM state WHERE active = 1 AND suspended = 0`)
	if err != nil {
		return dbErr(err, "read station activity")
	}
	type silent struct {
		station, kind string
		last          uint64
	}
	var found []silent
	for rows.Next() {
		var s silent
		var registry sql.NullString
		if err := rows.Scan(&s.station, &registry, &s.last); err != nil {
			rows.Close()
			return dbErr(err, "read station activity")
		}
		s.kind = "anchored"
		if t, kind, ok := strings.Cut(registry.String, " "); ok {
			if v, err := strconv.ParseUint(t, 10, 64); err == nil && v > s.last {
				s.last, s.kind = v, kind
				if kind == "active" {
					s.kind = "activated"
				}
			}
		}
		if s.last == 0 || s.last+limit >= now {
			continue
		}
		found = append(found, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return dbErr(err, "read station activity")
	}
	for _, s := range found {
		id := KindStationOffline + ":" + s.station + ":" + strconv.FormatUint(s.last, 10)
		var seen bool
		if err := w.tx.QueryRowContext(w.ctx, `SELECT EXISTS (SELECT 1 FROM events WHERE key = ?)`, id).Scan(&seen); err != nil {
			return dbErr(err, "read events")
		}
		if seen {
			continue
		}
		op, err := w.operatorOf(s.station)
		if err != nil {
			return err
		}
		if err := w.event(KindStationOffline, id, b, "", s.station, op, StationOffline{
			Station: s.station, LastActivity: s.last, LastActivityKind: s.kind, SilentSeconds: now - s.last, AfterSeconds: limit,
		}); err != nil {
			return err
		}
	}
	return nil
}
