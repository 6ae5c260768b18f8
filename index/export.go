package index

import (
	"bufio"
	"context"
	"encoding/csv"
	"io"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/parquet-go/parquet-go"

	"github.com/datpin/datpin"
)

// Export formats.
const (
	FormatCSV     = "csv"
	FormatParquet = "parquet"
)

// ExportFilter selects the contributions an export covers. At least one of Operator, Station
// and Cell is set.
type ExportFilter struct {
	Operator string // the stations this account operates now
	Station  string // one device
	// Cell is a region: the contributions whose H3 cell lies in it (a cell at the region's
	// resolution or finer, whose ancestor at that resolution is Cell).
	Cell uint64
	// FromEpoch and ToEpoch bound the contributions' epochs (days), inclusive; 0 leaves a side open.
	FromEpoch, ToEpoch uint32
	// Asset is the reward asset whose revenue is attributed and whose claims are listed ("": none).
	Asset string
}

// ExportRow is one contribution with its scores, rewards and receipts. Lists are joined with
// ";": reveals as validator=score, sale revenue as asset=amount.
type ExportRow struct {
	TokenID        uint64  `parquet:"token_id"`
	Station        string  `parquet:"station,dict"`
	Operator       string  `parquet:"operator,dict"`
	Owner          string  `parquet:"owner,dict"`
	Epoch          uint32  `parquet:"epoch"`
	Cell           string  `parquet:"cell,dict"`
	Records        uint32  `parquet:"records"`
	MerkleRoot     string  `parquet:"merkle_root"`
	CID            string  `parquet:"cid"`
	AnchoredAt     uint64  `parquet:"anchored_at"`
	AnchorBlock    uint64  `parquet:"anchor_block"`
	AnchorTx       string  `parquet:"anchor_tx"`
	TentativeScore *uint16 `parquet:"tentative_score,optional"`
	Status         string  `parquet:"status,dict"`
	Score          *uint16 `parquet:"score,optional"`
	Reason         string  `parquet:"reason,dict"`
	Value          uint64  `parquet:"value"`
	ShareRatio     uint64  `parquet:"share_ratio"`
	VerdictBlock   *uint64 `parquet:"verdict_block,optional"`
	VerdictTx      string  `parquet:"verdict_tx"`
	Reveals        int32   `parquet:"reveals"`
	RevealScores   string  `parquet:"reveal_scores"`
	RevealTxs      string  `parquet:"reveal_txs"`
	RewardAsset    string  `parquet:"reward_asset,dict"`
	Earned         string  `parquet:"earned"`
	Claimed        string  `parquet:"claimed"`
	ClaimTxs       string  `parquet:"claim_txs"`
	SaleRevenue    string  `parquet:"sale_revenue"`
	SaleClaimTxs   string  `parquet:"sale_claim_txs"`
}

// exportHeader names ExportRow's columns in order, as the Parquet schema does.
var exportHeader = []string{"token_id", "station", "operator", "owner", "epoch", "cell", "records", "merkle_root", "cid",
	"anchored_at", "anchor_block", "anchor_tx", "tentative_score", "status", "score", "reason", "value", "share_ratio",
	"verdict_block", "verdict_tx", "reveals", "reveal_scores", "reveal_txs", "reward_asset", "earned", "claimed", "claim_txs",
	"sale_revenue", "sale_claim_txs"}

func (r *ExportRow) csv(dst []string) []string {
	u := func(v uint64) string { return strconv.FormatUint(v, 10) }
	opt16 := func(p *uint16) string {
		if p == nil {
			return ""
		}
		return u(uint64(*p))
	}
	opt64 := func(p *uint64) string {
		if p == nil {
			return ""
		}
		return u(*p)
	}
	return append(dst[:0], u(r.TokenID), r.Station, r.Operator, r.Owner, u(uint64(r.Epoch)), r.Cell, u(uint64(r.Records)),
		r.MerkleRoot, r.CID, u(r.AnchoredAt), u(r.AnchorBlock), r.AnchorTx, opt16(r.TentativeScore), r.Status, opt16(r.Score),
		r.Reason, u(r.Value), u(r.ShareRatio), opt64(r.VerdictBlock), r.VerdictTx, strconv.Itoa(int(r.Reveals)), r.RevealScores,
		r.RevealTxs, r.RewardAsset, r.Earned, r.Claimed, r.ClaimTxs, r.SaleRevenue, r.SaleClaimTxs)
}

// WriteExport writes rows to w as CSV (a header line, empty fields for unknown values) or
// Parquet (zstd; unknown values null).
func WriteExport(w io.Writer, rows []ExportRow, format string) error {
	var err error
	switch format {
	case FormatCSV:
		bw := bufio.NewWriter(w)
		cw := csv.NewWriter(bw)
		err = cw.Write(exportHeader)
		rec := make([]string, 0, len(exportHeader))
		for i := range rows {
			if err != nil {
				break
			}
			rec = rows[i].csv(rec)
			err = cw.Write(rec)
		}
		if err == nil {
			cw.Flush()
			if err = cw.Error(); err == nil {
				err = bw.Flush()
			}
		}
	case FormatParquet:
		pw := parquet.NewGenericWriter[ExportRow](w, parquet.Compression(&parquet.Zstd))
		if _, err = pw.Write(rows); err == nil {
			err = pw.Close()
		}
	default:
		return datpin.Errorf(datpin.EINVALID, "export format %q: want csv or parquet", format)
	}
	if err != nil {
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "write the %s export", format)
	}
	return nil
}

// RewardAssets lists the assets revenue was settled in.
func (d *DB) RewardAssets(ctx context.Context) ([]string, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT DISTINCT asset FROM settlements ORDER BY asset`)
	if err != nil {
		return nil, dbErr(err, "read settlement assets")
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return nil, dbErr(err, "read settlement assets")
		}
		out = append(out, a)
	}
	return out, dbErr(rows.Err(), "read settlement assets")
}

// currentOperator is the SQL of a token t's station's current operator.
const currentOperator = `(SELECT o.operator FROM devices o WHERE o.device = t.device AND o.kind IN ('onboarded', 'operator')
	ORDER BY o.block DESC, o.log_index DESC LIMIT 1)`

// Export returns the contributions f selects, by token id, with their scores (tentative and
// agreed, status and reason, each validator's reveal), rewards (revenue attributed in f.Asset,
// claimed) and receipts (the anchoring, verdict, reveal and claim transactions).
func (d *DB) Export(ctx context.Context, f ExportFilter) ([]ExportRow, error) {
	if f.Operator == "" && f.Station == "" && f.Cell == 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "an export names an operator, a station or a cell")
	}
	if f.ToEpoch != 0 && f.FromEpoch > f.ToEpoch {
		return nil, datpin.Errorf(datpin.EINVALID, "the export's range starts (epoch %d) after it ends (epoch %d)", f.FromEpoch, f.ToEpoch)
	}
	where := []string{"t.device <> ''"}
	var args []any
	if f.Operator != "" {
		where, args = append(where, currentOperator+" = ?"), append(args, strings.ToLower(f.Operator))
	}
	if f.Station != "" {
		where, args = append(where, "t.device = ?"), append(args, strings.ToLower(f.Station))
	}
	if f.FromEpoch != 0 {
		where, args = append(where, "t.epoch >= ?"), append(args, f.FromEpoch)
	}
	if f.ToEpoch != 0 {
		where, args = append(where, "t.epoch <= ?"), append(args, f.ToEpoch)
	}
	cond := " WHERE " + strings.Join(where, " AND ")
	rows, err := d.db.QueryContext(ctx, tokenSelect+cond+` ORDER BY t.id`, args...)
	if err != nil {
		return nil, dbErr(err, "export tokens")
	}
	var toks []Token
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			rows.Close()
			return nil, dbErr(err, "export tokens")
		}
		if f.Cell != 0 {
			c, _ := ParseCell(t.Cell)
			if c == 0 || resolution(c) < resolution(f.Cell) || parentAt(c, resolution(f.Cell)) != f.Cell {
				continue
			}
		}
		toks = append(toks, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "export tokens")
	}
	out := make([]ExportRow, len(toks))
	byID := make(map[uint64]*ExportRow, len(toks))
	for i, t := range toks {
		out[i] = ExportRow{TokenID: t.ID, Station: t.Station, Owner: t.Owner, Epoch: t.Epoch, Cell: t.Cell, Records: t.Records,
			MerkleRoot: t.MerkleRoot, CID: t.CID, AnchoredAt: t.AnchoredAt, AnchorBlock: t.Block, AnchorTx: t.Tx,
			TentativeScore: t.Tentative, Status: t.Status, Score: t.Score, Reason: t.Reason, Value: t.Value, ShareRatio: t.ShareRatio,
			RewardAsset: strings.ToLower(f.Asset), Earned: "0", Claimed: "0"}
		byID[t.ID] = &out[i]
	}
	if len(out) == 0 {
		return out, nil
	}
	// The related rows of the selected tokens, read once per table through the same condition.
	sub := ` IN (SELECT t.id FROM tokens t LEFT JOIN verdicts v ON v.token = t.id` + cond + `)`
	opQuery := `SELECT t.id, COALESCE(` + currentOperator + `, ''), COALESCE(v.block, -1), COALESCE(v.tx, '') FROM tokens t LEFT JOIN verdicts v ON v.token = t.id` + cond
	if err := scanEach(ctx, d, opQuery, args, func(s scanner) error {
		var id uint64
		var op, tx string
		var block int64
		if err := s.Scan(&id, &op, &block, &tx); err != nil {
			return err
		}
		if r := byID[id]; r != nil {
			r.Operator, r.VerdictTx = op, tx
			if block >= 0 {
				b := uint64(block)
				r.VerdictBlock = &b
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := scanEach(ctx, d, `SELECT token, validator, score, tx FROM evaluations WHERE token`+sub+` ORDER BY token, validator`, args, func(s scanner) error {
		var id uint64
		var v, tx string
		var score uint16
		if err := s.Scan(&id, &v, &score, &tx); err != nil {
			return err
		}
		if r := byID[id]; r != nil {
			r.Reveals++
			r.RevealScores = join(r.RevealScores, v+"="+strconv.Itoa(int(score)))
			r.RevealTxs = join(r.RevealTxs, tx)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if f.Asset != "" {
		rw, err := d.rewardsByToken(ctx, f.Asset)
		if err != nil {
			return nil, err
		}
		for id, x := range rw {
			if r := byID[id]; r != nil {
				r.Earned = x.earned.String()
			}
		}
		claimed := map[uint64]*big.Int{}
		if err := scanEach(ctx, d, `SELECT token, amount, tx FROM claims WHERE asset = ? AND token`+sub+` ORDER BY block, log_index`,
			append([]any{strings.ToLower(f.Asset)}, args...), func(s scanner) error {
				var id uint64
				var amount, tx string
				if err := s.Scan(&id, &amount, &tx); err != nil {
					return err
				}
				if r := byID[id]; r != nil {
					if claimed[id] == nil {
						claimed[id] = new(big.Int)
					}
					claimed[id].Add(claimed[id], bigOf(amount))
					r.ClaimTxs = join(r.ClaimTxs, tx)
				}
				return nil
			}); err != nil {
			return nil, err
		}
		for id, v := range claimed {
			byID[id].Claimed = v.String()
		}
	}
	sales := map[uint64]map[string]*big.Int{}
	if err := scanEach(ctx, d, `SELECT c.token, COALESCE(l.asset, ''), c.amount, c.tx FROM market_sale_claims c
		JOIN market_purchases p ON p.id = c.purchase LEFT JOIN market_listings l ON l.id = p.listing
		WHERE c.token`+sub+` ORDER BY c.block, c.log_index`, args, func(s scanner) error {
		var id uint64
		var asset, amount, tx string
		if err := s.Scan(&id, &asset, &amount, &tx); err != nil {
			return err
		}
		if r := byID[id]; r != nil {
			if sales[id] == nil {
				sales[id] = map[string]*big.Int{}
			}
			if sales[id][asset] == nil {
				sales[id][asset] = new(big.Int)
			}
			sales[id][asset].Add(sales[id][asset], bigOf(amount))
			r.SaleClaimTxs = join(r.SaleClaimTxs, tx)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for id, m := range sales {
		assets := make([]string, 0, len(m))
		for a := range m {
			assets = append(assets, a)
		}
		sort.Strings(assets)
		for _, a := range assets {
			byID[id].SaleRevenue = join(byID[id].SaleRevenue, a+"="+m[a].String())
		}
	}
	return out, nil
}

func join(list, item string) string {
	if list == "" {
		return item
	}
	return list + ";" + item
}

type scanner interface{ Scan(...any) error }

// scanEach runs query and calls fn on each row.
func scanEach(ctx context.Context, d *DB, query string, args []any, fn func(scanner) error) error {
	rows, err := d.db.QueryContext(ctx, query, args...)
	if err != nil {
		return dbErr(err, "export")
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return dbErr(err, "export")
		}
	}
	return dbErr(rows.Err(), "export")
}
