package index

import (
	"context"
	"database/sql"
	"errors"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/datpin/datpin"
)

// Token is a DAT as the index knows it.
type Token struct {
	ID         uint64  `json:"id"`
	Class      uint64  `json:"class"`
	Owner      string  `json:"owner"`
	Station    string  `json:"station,omitempty"` // the device that signed the contribution
	Epoch      uint32  `json:"epoch"`
	Cell       string  `json:"cell,omitempty"` // H3 index, hex
	Records    uint32  `json:"records"`
	MerkleRoot string  `json:"merkleRoot,omitempty"`
	CID        string  `json:"cid,omitempty"`
	Tentative  *uint16 `json:"tentativeScore"`   // the device's own score at anchoring
	Score      *uint16 `json:"score"`            // the agreed score (stake-weighted median of the reveals)
	Status     string  `json:"status"`           // pending, finalized, rejected, or minted (not a contribution)
	Reason     string  `json:"reason,omitempty"` // of a rejection
	Value      uint64  `json:"value"`
	ShareRatio uint64  `json:"shareRatio"`
	ExpireAt   uint64  `json:"expireAt"`
	AnchoredAt uint64  `json:"anchoredAt,omitempty"`
	Expired    bool    `json:"expired"`
	Reveals    int     `json:"reveals"`
	Proofs     int     `json:"proofs"`
	Block      uint64  `json:"block"`
	Tx         string  `json:"tx"`
}

const tokenSelect = `SELECT t.id, t.class,
	COALESCE((SELECT x.dst FROM transfers x WHERE x.token = t.id ORDER BY x.block DESC, x.log_index DESC LIMIT 1), t.minted_to),
	t.device, t.epoch, t.cell, t.records, t.root, t.cid, t.tentative, t.anchored_at, t.expire_at, t.value0, t.share0,
	v.accepted, v.score, v.value, v.share, COALESCE(v.reason, ''),
	(SELECT COUNT(*) FROM evaluations e WHERE e.token = t.id),
	(SELECT COUNT(*) FROM proofs p WHERE p.token = t.id),
	EXISTS (SELECT 1 FROM expirations x WHERE x.token = t.id),
	t.block, t.tx
FROM tokens t LEFT JOIN verdicts v ON v.token = t.id`

func scanToken(rows interface{ Scan(...any) error }) (Token, error) {
	var (
		t                          Token
		cell                       int64
		tentative                  sql.NullInt64
		accepted, score, val, shr  sql.NullInt64
		value0, share0, anchoredAt int64
	)
	err := rows.Scan(&t.ID, &t.Class, &t.Owner, &t.Station, &t.Epoch, &cell, &t.Records, &t.MerkleRoot, &t.CID,
		&tentative, &anchoredAt, &t.ExpireAt, &value0, &share0, &accepted, &score, &val, &shr, &t.Reason,
		&t.Reveals, &t.Proofs, &t.Expired, &t.Block, &t.Tx)
	if err != nil {
		return t, err
	}
	t.AnchoredAt = uint64(anchoredAt)
	if cell != 0 {
		t.Cell = CellString(uint64(cell))
	}
	if tentative.Valid {
		v := uint16(tentative.Int64)
		t.Tentative = &v
	}
	t.Value, t.ShareRatio = uint64(value0), uint64(share0)
	switch {
	case t.Station == "":
		t.Status = "minted"
	case !accepted.Valid:
		t.Status = "pending"
	case accepted.Int64 == 1:
		t.Status = "finalized"
	default:
		t.Status = "rejected"
	}
	if accepted.Valid {
		s := uint16(score.Int64)
		t.Score = &s
		t.Value, t.ShareRatio = uint64(val.Int64), uint64(shr.Int64)
	}
	return t, nil
}

// CellString renders an H3 index the usual way (lower-case hex).
func CellString(c uint64) string { return strconv.FormatUint(c, 16) }

// ParseCell parses an H3 index in hex (or decimal with a "0d" prefix is not accepted: hex only).
func ParseCell(s string) (uint64, error) {
	c, err := strconv.ParseUint(strings.TrimPrefix(strings.ToLower(s), "0x"), 16, 64)
	if err != nil || c == 0 {
		return 0, datpin.Errorf(datpin.EINVALID, "cell %q is not an H3 index in hex", s)
	}
	return c, nil
}

// TokenFilter selects tokens; zero fields do not filter.
type TokenFilter struct {
	Status  string // pending, finalized, rejected, minted
	Station string // device address
	Owner   string
	Epoch   *uint32
	Cell    uint64
	Limit   int // default 50, at most 500
	Offset  int
}

// Page is one page of a list.
type Page[T any] struct {
	Items  []T `json:"items"`
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

// Tokens lists tokens by id, filtered and paginated.
func (d *DB) Tokens(ctx context.Context, f TokenFilter) (Page[Token], error) {
	if f.Limit == 0 {
		f.Limit = 50
	}
	if f.Limit < 0 || f.Limit > 500 || f.Offset < 0 {
		return Page[Token]{}, datpin.Errorf(datpin.EINVALID, "limit must be 1..500 and offset >= 0")
	}
	var where []string
	var args []any
	switch f.Status {
	case "":
	case "minted":
		where = append(where, "t.device = ''")
	case "pending":
		where = append(where, "t.device <> '' AND v.token IS NULL")
	case "finalized":
		where = append(where, "v.accepted = 1")
	case "rejected":
		where = append(where, "v.accepted = 0")
	default:
		return Page[Token]{}, datpin.Errorf(datpin.EINVALID, "status %q is not one of pending, finalized, rejected, minted", f.Status)
	}
	if f.Station != "" {
		where = append(where, "t.device = ?")
		args = append(args, strings.ToLower(f.Station))
	}
	if f.Owner != "" {
		where = append(where, `COALESCE((SELECT x.dst FROM transfers x WHERE x.token = t.id ORDER BY x.block DESC, x.log_index DESC LIMIT 1), t.minted_to) = ?`)
		args = append(args, strings.ToLower(f.Owner))
	}
	if f.Epoch != nil {
		where = append(where, "t.epoch = ?")
		args = append(args, *f.Epoch)
	}
	if f.Cell != 0 {
		where = append(where, "t.cell = ?")
		args = append(args, int64(f.Cell))
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	p := Page[Token]{Items: []Token{}, Limit: f.Limit, Offset: f.Offset}
	if err := d.queryRow(ctx, `SELECT COUNT(*) FROM tokens t LEFT JOIN verdicts v ON v.token = t.id`+cond, args...).Scan(&p.Total); err != nil {
		return p, dbErr(err, "count tokens")
	}
	rows, err := d.query(ctx, tokenSelect+cond+` ORDER BY t.id LIMIT ? OFFSET ?`, append(args, f.Limit, f.Offset)...)
	if err != nil {
		return p, dbErr(err, "list tokens")
	}
	defer rows.Close()
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			return p, dbErr(err, "list tokens")
		}
		p.Items = append(p.Items, t)
	}
	return p, dbErr(rows.Err(), "list tokens")
}

// Evaluation is one validator's revealed score for a token.
type Evaluation struct {
	Validator string `json:"validator"`
	Round     uint64 `json:"round"`
	Score     uint16 `json:"score"`
	Deviation *int   `json:"deviation"` // score minus the agreed score, once there is one
	Agrees    *bool  `json:"agrees"`    // within the oracle's tolerance of the agreed score
	Block     uint64 `json:"block"`
}

// Transfer is a change of a token's owner.
type Transfer struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Block uint64 `json:"block"`
}

// Proof is a proof attached to a token.
type Proof struct {
	Type  string `json:"type"`
	URI   string `json:"uri"`
	Block uint64 `json:"block"`
}

// Claim is a claim of a token's revenue.
type Claim struct {
	Token  uint64 `json:"token"`
	To     string `json:"to"`
	Asset  string `json:"asset"`
	Amount string `json:"amount"`
	Block  uint64 `json:"block"`
	Time   uint64 `json:"time"`
	Tx     string `json:"tx"`
}

// TokenDetail is a token with its evaluations, transfers, proofs and claims.
type TokenDetail struct {
	Token
	Evaluations []Evaluation `json:"evaluations"`
	Transfers   []Transfer   `json:"transfers"`
	ProofList   []Proof      `json:"proofList"`
	Claims      []Claim      `json:"claims"`
}

// Token returns one token in detail (ENOTFOUND if it is not indexed).
func (d *DB) Token(ctx context.Context, id uint64) (*TokenDetail, error) {
	t, err := scanToken(d.queryRow(ctx, tokenSelect+` WHERE t.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "token %d is not indexed", id)
	}
	if err != nil {
		return nil, dbErr(err, "read token")
	}
	td := &TokenDetail{Token: t, Evaluations: []Evaluation{}, Transfers: []Transfer{}, ProofList: []Proof{}, Claims: []Claim{}}
	p, err := d.Params(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := d.query(ctx, `SELECT validator, round, score, block FROM evaluations WHERE token = ? ORDER BY validator`, id)
	if err != nil {
		return nil, dbErr(err, "read evaluations")
	}
	for rows.Next() {
		var e Evaluation
		if err := rows.Scan(&e.Validator, &e.Round, &e.Score, &e.Block); err != nil {
			rows.Close()
			return nil, dbErr(err, "read evaluations")
		}
		if t.Score != nil && t.Reason != "no-quorum" {
			dev := int(e.Score) - int(*t.Score)
			ok := abs(dev) <= int(p.Tolerance)
			e.Deviation, e.Agrees = &dev, &ok
		}
		td.Evaluations = append(td.Evaluations, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read evaluations")
	}
	if rows, err = d.query(ctx, `SELECT src, dst, block FROM transfers WHERE token = ? ORDER BY block, log_index`, id); err != nil {
		return nil, dbErr(err, "read transfers")
	}
	for rows.Next() {
		var x Transfer
		if err := rows.Scan(&x.From, &x.To, &x.Block); err != nil {
			rows.Close()
			return nil, dbErr(err, "read transfers")
		}
		td.Transfers = append(td.Transfers, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read transfers")
	}
	if rows, err = d.query(ctx, `SELECT proof_type, uri, block FROM proofs WHERE token = ? ORDER BY block, log_index`, id); err != nil {
		return nil, dbErr(err, "read proofs")
	}
	for rows.Next() {
		var x Proof
		if err := rows.Scan(&x.Type, &x.URI, &x.Block); err != nil {
			rows.Close()
			return nil, dbErr(err, "read proofs")
		}
		td.ProofList = append(td.ProofList, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read proofs")
	}
	cl, err := d.Claims(ctx, ClaimFilter{Token: id, Limit: 500})
	if err != nil {
		return nil, err
	}
	td.Claims = cl.Items
	return td, nil
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Params are the oracle's evaluation parameters as last emitted.
type Params struct {
	Quorum    uint8  `json:"quorum"`
	Threshold uint16 `json:"threshold"`
	Tolerance uint16 `json:"tolerance"`
}

// Params returns the latest ParamsUpdated values (zero before any).
func (d *DB) Params(ctx context.Context) (Params, error) {
	var p Params
	err := d.queryRow(ctx, `SELECT quorum, threshold, tolerance FROM params ORDER BY block DESC, log_index DESC LIMIT 1`).
		Scan(&p.Quorum, &p.Threshold, &p.Tolerance)
	if errors.Is(err, sql.ErrNoRows) {
		return p, nil
	}
	return p, dbErr(err, "read params")
}

// ClaimFilter selects claims; zero fields do not filter.
type ClaimFilter struct {
	Token  uint64
	To     string
	Limit  int
	Offset int
}

// Claims lists claims, newest first.
func (d *DB) Claims(ctx context.Context, f ClaimFilter) (Page[Claim], error) {
	if f.Limit == 0 {
		f.Limit = 50
	}
	if f.Limit < 0 || f.Limit > 500 || f.Offset < 0 {
		return Page[Claim]{}, datpin.Errorf(datpin.EINVALID, "limit must be 1..500 and offset >= 0")
	}
	var where []string
	var args []any
	if f.Token != 0 {
		where, args = append(where, "token = ?"), append(args, f.Token)
	}
	if f.To != "" {
		where, args = append(where, "dst = ?"), append(args, strings.ToLower(f.To))
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	p := Page[Claim]{Items: []Claim{}, Limit: f.Limit, Offset: f.Offset}
	if err := d.queryRow(ctx, `SELECT COUNT(*) FROM claims`+cond, args...).Scan(&p.Total); err != nil {
		return p, dbErr(err, "count claims")
	}
	rows, err := d.query(ctx, `SELECT token, dst, asset, amount, block, time, tx FROM claims`+cond+
		` ORDER BY block DESC, log_index DESC LIMIT ? OFFSET ?`, append(args, f.Limit, f.Offset)...)
	if err != nil {
		return p, dbErr(err, "list claims")
	}
	defer rows.Close()
	for rows.Next() {
		var c Claim
		if err := rows.Scan(&c.Token, &c.To, &c.Asset, &c.Amount, &c.Block, &c.Time, &c.Tx); err != nil {
			return p, dbErr(err, "list claims")
		}
		p.Items = append(p.Items, c)
	}
	return p, dbErr(rows.Err(), "list claims")
}

// Validator is a validator's record.
type Validator struct {
	Address    string  `json:"address"`
	Stake      string  `json:"stake"`
	Slashed    string  `json:"slashed"`
	Agreements uint32  `json:"agreements"`
	Faults     uint32  `json:"faults"`
	Withheld   uint32  `json:"withheld"`  // rounds committed to and not revealed (each penalized)
	Agreement  float64 `json:"agreement"` // agreements / (agreements + faults); 0 before any
	Reveals    int     `json:"reveals"`   // tokens scored
	MeanAbsDev float64 `json:"meanAbsDeviation"`
	Exiting    bool    `json:"exiting"`
	Displaced  bool    `json:"displaced"` // pushed out of a full set by a larger stake; its stake awaits withdrawal
	Withdrawn  bool    `json:"withdrawn"`
	Registered uint64  `json:"registeredBlock"`
}

// Validators lists validators in order of registration.
func (d *DB) Validators(ctx context.Context) ([]Validator, error) {
	rows, err := d.query(ctx, `SELECT validator, kind, amount, agreements, faults, block FROM validator_events ORDER BY block, log_index`)
	if err != nil {
		return nil, dbErr(err, "read validators")
	}
	type acc struct {
		v              Validator
		stake, slashed *big.Int
	}
	byAddr := map[string]*acc{}
	var order []string
	for rows.Next() {
		var a, kind, amount string
		var agr, flt uint32
		var block uint64
		if err := rows.Scan(&a, &kind, &amount, &agr, &flt, &block); err != nil {
			rows.Close()
			return nil, dbErr(err, "read validators")
		}
		x := byAddr[a]
		if x == nil {
			x = &acc{v: Validator{Address: a, Registered: block}, stake: new(big.Int), slashed: new(big.Int)}
			byAddr[a] = x
			order = append(order, a)
		}
		amt, _ := new(big.Int).SetString(amount, 10)
		if amt == nil {
			amt = new(big.Int)
		}
		switch kind {
		case "registered":
			x.stake.Set(amt)
			x.v.Registered, x.v.Withdrawn, x.v.Exiting, x.v.Displaced = block, false, false, false
		case "stake":
			x.stake.Add(x.stake, amt)
		case "scored":
			x.v.Agreements, x.v.Faults = agr, flt
			x.stake.Sub(x.stake, amt)
			x.slashed.Add(x.slashed, amt)
		case "withheld":
			x.v.Withheld++
			x.stake.Sub(x.stake, amt)
			x.slashed.Add(x.slashed, amt)
		case "exit":
			x.v.Exiting = true
		case "displaced":
			x.v.Exiting, x.v.Displaced = true, true
		case "withdrawn":
			x.stake.SetInt64(0)
			x.v.Withdrawn = true
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read validators")
	}
	// Reveals and mean absolute deviation from the agreed score (no-quorum verdicts excluded).
	stats := map[string][2]float64{}
	rows, err = d.query(ctx, `SELECT e.validator, COUNT(*),
		COALESCE(AVG(CASE WHEN v.token IS NOT NULL AND v.reason <> 'no-quorum' THEN ABS(e.score - v.score) END), 0)
		FROM evaluations e LEFT JOIN verdicts v ON v.token = e.token GROUP BY e.validator`)
	if err != nil {
		return nil, dbErr(err, "read evaluations")
	}
	for rows.Next() {
		var a string
		var n, mad float64
		if err := rows.Scan(&a, &n, &mad); err != nil {
			rows.Close()
			return nil, dbErr(err, "read evaluations")
		}
		stats[a] = [2]float64{n, mad}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read evaluations")
	}
	out := make([]Validator, 0, len(order))
	for _, a := range order {
		x := byAddr[a]
		x.v.Stake, x.v.Slashed = x.stake.String(), x.slashed.String()
		if n := x.v.Agreements + x.v.Faults; n > 0 {
			x.v.Agreement = float64(x.v.Agreements) / float64(n)
		}
		x.v.Reveals, x.v.MeanAbsDev = int(stats[a][0]), stats[a][1]
		out = append(out, x.v)
	}
	return out, nil
}

// Station is a registered device with the aggregates of its contributions.
type Station struct {
	Address    string  `json:"address"`
	Operator   string  `json:"operator"`
	Cell       string  `json:"cell"` // registered H3 cell, hex
	Lat        float64 `json:"lat"`
	Lng        float64 `json:"lng"`
	DeviceType uint8   `json:"deviceType"`
	Active     bool    `json:"active"`
	Suspended  bool    `json:"suspended"`
	Onboarded  uint64  `json:"onboardedBlock"`
	Tokens     int     `json:"tokens"`
	Pending    int     `json:"pending"`
	Finalized  int     `json:"finalized"`
	Rejected   int     `json:"rejected"`
	Records    uint64  `json:"records"`
	Quality    *uint16 `json:"quality"` // record-weighted agreed score (see Cell.Quality)
	Value      uint64  `json:"value"`
	Earned     string  `json:"earned"`  // network-token revenue attributed to its tokens (see Rewards)
	Claimed    string  `json:"claimed"` // network-token revenue claimed for its tokens
}

// Stations lists registered devices with their contribution aggregates, by address; earned and
// claimed are in rewardAsset ("" leaves them 0).
func (d *DB) Stations(ctx context.Context, rewardAsset string) ([]Station, error) {
	all, err := d.stationsMemo(ctx, rewardAsset)
	return slices.Clone(all), err
}

func (d *DB) stationsMemo(ctx context.Context, rewardAsset string) ([]Station, error) {
	return memo(ctx, d, "stations "+strings.ToLower(rewardAsset), func() ([]Station, error) { return d.stations(ctx, rewardAsset) })
}

func (d *DB) stations(ctx context.Context, rewardAsset string) ([]Station, error) {
	rows, err := d.query(ctx, `SELECT device, kind, operator, cell, device_type, flag, block FROM devices ORDER BY block, log_index`)
	if err != nil {
		return nil, dbErr(err, "read devices")
	}
	byAddr := map[string]*Station{}
	for rows.Next() {
		var a, kind, op string
		var cell int64
		var typ uint8
		var flag bool
		var block uint64
		if err := rows.Scan(&a, &kind, &op, &cell, &typ, &flag, &block); err != nil {
			rows.Close()
			return nil, dbErr(err, "read devices")
		}
		s := byAddr[a]
		if s == nil {
			s = &Station{Address: a, Earned: "0", Claimed: "0"}
			byAddr[a] = s
		}
		switch kind {
		case "onboarded":
			s.Operator, s.Cell, s.DeviceType, s.Active, s.Onboarded = op, CellString(uint64(cell)), typ, true, block
		case "moved":
			s.Cell = CellString(uint64(cell))
		case "active":
			s.Active = flag
		case "suspended":
			s.Suspended = flag
		case "operator":
			s.Operator = op
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read devices")
	}
	rows, err = d.query(ctx, `SELECT t.device, COUNT(*),
		COALESCE(SUM(v.token IS NULL), 0), COALESCE(SUM(v.accepted = 1), 0), COALESCE(SUM(v.accepted = 0), 0), COALESCE(SUM(t.records), 0),
		COALESCE(SUM(CASE WHEN `+qualityCounts+` THEN t.records * v.score ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN `+qualityCounts+` THEN t.records ELSE 0 END), 0),
		COALESCE(SUM(COALESCE(v.value, 0)), 0)
		FROM tokens t LEFT JOIN verdicts v ON v.token = t.id WHERE t.device <> '' GROUP BY t.device`)
	if err != nil {
		return nil, dbErr(err, "aggregate tokens")
	}
	for rows.Next() {
		var a string
		var n, pend, fin, rej int
		var recs, wsum, wrec, value uint64
		if err := rows.Scan(&a, &n, &pend, &fin, &rej, &recs, &wsum, &wrec, &value); err != nil {
			rows.Close()
			return nil, dbErr(err, "aggregate tokens")
		}
		s := byAddr[a]
		if s == nil { // anchored by a device the index saw no onboarding of (index started later)
			s = &Station{Address: a, Earned: "0", Claimed: "0"}
			byAddr[a] = s
		}
		s.Tokens, s.Pending, s.Finalized, s.Rejected, s.Records, s.Value = n, pend, fin, rej, recs, value
		s.Quality = weighted(wsum, wrec)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "aggregate tokens")
	}
	earned, claimed := map[string]*big.Int{}, map[string]*big.Int{}
	if rewardAsset != "" {
		rw, err := d.rewardsByToken(ctx, rewardAsset)
		if err != nil {
			return nil, err
		}
		for _, r := range rw {
			add(earned, r.station, r.earned)
			add(claimed, r.station, r.claimed)
		}
	}
	out := make([]Station, 0, len(byAddr))
	for _, s := range byAddr {
		if v := earned[s.Address]; v != nil {
			s.Earned = v.String()
		}
		if v := claimed[s.Address]; v != nil {
			s.Claimed = v.String()
		}
		if c, err := ParseCell(s.Cell); err == nil {
			s.Lat, s.Lng = cellCenter(c)
		}
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Address < out[j].Address })
	return out, nil
}

// qualityCounts is the condition for a token's agreed score to count towards quality: it has a
// verdict, and the verdict is not a rejection for want of reveals (whose score 0 says nothing).
const qualityCounts = `v.token IS NOT NULL AND v.reason <> 'no-quorum'`

func weighted(sum, weight uint64) *uint16 {
	if weight == 0 {
		return nil
	}
	q := uint16(sum / weight)
	return &q
}

func add(m map[string]*big.Int, k string, v *big.Int) {
	if v == nil || v.Sign() == 0 {
		return
	}
	if m[k] == nil {
		m[k] = new(big.Int)
	}
	m[k].Add(m[k], v)
}

// Station returns one station (ENOTFOUND if the index has no such device).
func (d *DB) Station(ctx context.Context, address, rewardAsset string) (*Station, error) {
	all, err := d.stationsMemo(ctx, rewardAsset)
	if err != nil {
		return nil, err
	}
	a := strings.ToLower(address)
	if i, found := slices.BinarySearchFunc(all, a, func(s Station, a string) int { return strings.Compare(s.Address, a) }); found {
		s := all[i]
		return &s, nil
	}
	return nil, datpin.Errorf(datpin.ENOTFOUND, "station %s is not indexed", address)
}

// StationEpoch is one station's quality in one contribution epoch.
type StationEpoch struct {
	Epoch   uint32  `json:"epoch"`
	Tokens  int     `json:"tokens"`
	Records uint64  `json:"records"`
	Quality *uint16 `json:"quality"`
}

// StationEpochs returns each station's per-epoch quality, epochs ascending. The map is shared:
// callers must not modify it.
func (d *DB) StationEpochs(ctx context.Context) (map[string][]StationEpoch, error) {
	return memo(ctx, d, "station epochs", func() (map[string][]StationEpoch, error) { return d.stationEpochs(ctx) })
}

func (d *DB) stationEpochs(ctx context.Context) (map[string][]StationEpoch, error) {
	rows, err := d.query(ctx, `SELECT t.device, t.epoch, COUNT(*), COALESCE(SUM(t.records), 0),
		COALESCE(SUM(CASE WHEN `+qualityCounts+` THEN t.records * v.score ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN `+qualityCounts+` THEN t.records ELSE 0 END), 0)
		FROM tokens t LEFT JOIN verdicts v ON v.token = t.id WHERE t.device <> '' GROUP BY t.device, t.epoch ORDER BY t.device, t.epoch`)
	if err != nil {
		return nil, dbErr(err, "station epochs")
	}
	defer rows.Close()
	out := map[string][]StationEpoch{}
	for rows.Next() {
		var a string
		var e StationEpoch
		var wsum, wrec uint64
		if err := rows.Scan(&a, &e.Epoch, &e.Tokens, &e.Records, &wsum, &wrec); err != nil {
			return nil, dbErr(err, "station epochs")
		}
		e.Quality = weighted(wsum, wrec)
		out[a] = append(out[a], e)
	}
	return out, dbErr(rows.Err(), "station epochs")
}

// Cell aggregates the contributions anchored in one H3 cell (the stations' res-7 regions).
type Cell struct {
	Cell      string       `json:"cell"`
	Lat       float64      `json:"lat"`
	Lng       float64      `json:"lng"`
	Boundary  [][2]float64 `json:"boundary"` // [lat, lng] vertices
	Stations  int          `json:"stations"`
	Tokens    int          `json:"tokens"`
	Records   uint64       `json:"records"`
	Pending   int          `json:"pending"`
	Finalized int          `json:"finalized"`
	Rejected  int          `json:"rejected"`
	// Quality is Σ(records × agreed score) / Σ records over the cell's tokens that have a verdict
	// other than no-quorum; null while none has.
	Quality *uint16 `json:"quality"`
}

// Cells aggregates tokens per H3 cell, most records first.
func (d *DB) Cells(ctx context.Context) ([]Cell, error) {
	rows, err := d.query(ctx, `SELECT t.cell, COUNT(DISTINCT t.device), COUNT(*), COALESCE(SUM(t.records), 0),
		COALESCE(SUM(v.token IS NULL), 0), COALESCE(SUM(v.accepted = 1), 0), COALESCE(SUM(v.accepted = 0), 0),
		COALESCE(SUM(CASE WHEN `+qualityCounts+` THEN t.records * v.score ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN `+qualityCounts+` THEN t.records ELSE 0 END), 0)
		FROM tokens t LEFT JOIN verdicts v ON v.token = t.id WHERE t.device <> '' AND t.cell <> 0
		GROUP BY t.cell ORDER BY COALESCE(SUM(t.records), 0) DESC, t.cell`)
	if err != nil {
		return nil, dbErr(err, "aggregate cells")
	}
	defer rows.Close()
	out := []Cell{}
	for rows.Next() {
		var c Cell
		var cell int64
		var wsum, wrec uint64
		if err := rows.Scan(&cell, &c.Stations, &c.Tokens, &c.Records, &c.Pending, &c.Finalized, &c.Rejected, &wsum, &wrec); err != nil {
			return nil, dbErr(err, "aggregate cells")
		}
		c.Cell, c.Quality = CellString(uint64(cell)), weighted(wsum, wrec)
		c.Lat, c.Lng = cellCenter(uint64(cell))
		c.Boundary = cellBoundary(uint64(cell))
		out = append(out, c)
	}
	return out, dbErr(rows.Err(), "aggregate cells")
}

// EpochStats are the contributions of one contribution epoch (floor(unix time / epoch length)).
type EpochStats struct {
	Epoch     uint32  `json:"epoch"`
	Tokens    int     `json:"tokens"`
	Records   uint64  `json:"records"`
	Pending   int     `json:"pending"`
	Finalized int     `json:"finalized"`
	Rejected  int     `json:"rejected"`
	Quality   *uint16 `json:"quality"`
	Value     uint64  `json:"value"`
}

// Settlement is one reward epoch settled by the Rewards contract.
type Settlement struct {
	Epoch  uint64 `json:"epoch"` // the Rewards contract's epoch: (time - genesis) / epoch length
	Amount string `json:"amount"`
	Block  uint64 `json:"block"`
	Time   uint64 `json:"time"`
}

// Epochs returns per-epoch contribution figures and the reward epochs settled.
func (d *DB) Epochs(ctx context.Context) ([]EpochStats, []Settlement, error) {
	rows, err := d.query(ctx, `SELECT t.epoch, COUNT(*), COALESCE(SUM(t.records), 0),
		COALESCE(SUM(v.token IS NULL), 0), COALESCE(SUM(v.accepted = 1), 0), COALESCE(SUM(v.accepted = 0), 0),
		COALESCE(SUM(CASE WHEN `+qualityCounts+` THEN t.records * v.score ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN `+qualityCounts+` THEN t.records ELSE 0 END), 0), COALESCE(SUM(COALESCE(v.value, 0)), 0)
		FROM tokens t LEFT JOIN verdicts v ON v.token = t.id WHERE t.device <> '' GROUP BY t.epoch ORDER BY t.epoch`)
	if err != nil {
		return nil, nil, dbErr(err, "aggregate epochs")
	}
	es := []EpochStats{}
	for rows.Next() {
		var e EpochStats
		var wsum, wrec uint64
		if err := rows.Scan(&e.Epoch, &e.Tokens, &e.Records, &e.Pending, &e.Finalized, &e.Rejected, &wsum, &wrec, &e.Value); err != nil {
			rows.Close()
			return nil, nil, dbErr(err, "aggregate epochs")
		}
		e.Quality = weighted(wsum, wrec)
		es = append(es, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, dbErr(err, "aggregate epochs")
	}
	if rows, err = d.query(ctx, `SELECT epoch, amount, block, time FROM epochs ORDER BY epoch`); err != nil {
		return nil, nil, dbErr(err, "read epochs")
	}
	defer rows.Close()
	ss := []Settlement{}
	for rows.Next() {
		var s Settlement
		if err := rows.Scan(&s.Epoch, &s.Amount, &s.Block, &s.Time); err != nil {
			return nil, nil, dbErr(err, "read epochs")
		}
		ss = append(ss, s)
	}
	return es, ss, dbErr(rows.Err(), "read epochs")
}

// Counts are the index's totals.
type Counts struct {
	Tokens      int `json:"tokens"`
	Stations    int `json:"stations"`
	Validators  int `json:"validators"`
	Evaluations int `json:"evaluations"`
	Claims      int `json:"claims"`
	Cells       int `json:"cells"`
	// Contributions by verdict: pending until the oracle finalizes or rejects them.
	Pending   int `json:"pending"`
	Finalized int `json:"finalized"`
	Rejected  int `json:"rejected"`
}

// Counts returns the index's totals.
func (d *DB) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := d.queryRow(ctx, `SELECT
		(SELECT COUNT(*) FROM tokens),
		(SELECT COUNT(DISTINCT device) FROM devices),
		(SELECT COUNT(DISTINCT validator) FROM validator_events),
		(SELECT COUNT(*) FROM evaluations),
		(SELECT COUNT(*) FROM claims),
		(SELECT COUNT(DISTINCT cell) FROM tokens WHERE cell <> 0),
		(SELECT COUNT(*) FROM tokens t WHERE t.device <> '' AND NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.token = t.id)),
		(SELECT COUNT(*) FROM verdicts WHERE accepted = 1),
		(SELECT COUNT(*) FROM verdicts WHERE accepted = 0)`).
		Scan(&c.Tokens, &c.Stations, &c.Validators, &c.Evaluations, &c.Claims, &c.Cells, &c.Pending, &c.Finalized, &c.Rejected)
	return c, dbErr(err, "counts")
}
