package index

import (
	"context"
	"database/sql"
	"math/big"
	"sort"
	"strings"
)

type tokenReward struct {
	token   uint64
	station string
	owner   string
	share   uint64
	earned  *big.Int
	claimed *big.Int
}

// rewardsByToken attributes each settlement of asset to the tokens counting in its class at that
// block, pro rata to shareRatio, as the DAT's accumulator does: a token counts from its
// finalization (if its window was still open then) until its Expired event. The contract carries
// division remainders to the next settlement, so an attribution can differ from what the token
// can claim by a few base units. Claimed sums the token's Claimed events in asset.
func (d *DB) rewardsByToken(ctx context.Context, asset string) (map[uint64]*tokenReward, error) {
	return memo(ctx, d, "rewards "+strings.ToLower(asset), func() (map[uint64]*tokenReward, error) { return d.attributeRewards(ctx, asset) })
}

// attributeRewards computes rewardsByToken.
func (d *DB) attributeRewards(ctx context.Context, asset string) (map[uint64]*tokenReward, error) {
	asset = strings.ToLower(asset)
	out := map[uint64]*tokenReward{}
	rows, err := d.query(ctx, `SELECT t.id, t.class, t.device,
		COALESCE((SELECT x.dst FROM transfers x WHERE x.token = t.id ORDER BY x.block DESC, x.log_index DESC LIMIT 1), t.minted_to),
		v.share, v.block, COALESCE(b.time, 0), t.expire_at, x.block
		FROM tokens t JOIN verdicts v ON v.token = t.id AND v.accepted = 1 AND v.share > 0
		LEFT JOIN blocks b ON b.block = v.block LEFT JOIN expirations x ON x.token = t.id`)
	if err != nil {
		return nil, dbErr(err, "read counting tokens")
	}
	type counting struct {
		r                        *tokenReward
		class, joined, expiredAt uint64 // expiredAt 0: still counting
	}
	var toks []counting
	for rows.Next() {
		var (
			r                              tokenReward
			class, vblock, vtime, expireAt uint64
			expBlock                       sql.NullInt64
		)
		if err := rows.Scan(&r.token, &class, &r.station, &r.owner, &r.share, &vblock, &vtime, &expireAt, &expBlock); err != nil {
			rows.Close()
			return nil, dbErr(err, "read counting tokens")
		}
		r.earned, r.claimed = new(big.Int), new(big.Int)
		rp := &r
		out[r.token] = rp
		if expireAt != 0 && vtime >= expireAt {
			continue // finalized after its window closed: never joined
		}
		c := counting{r: rp, class: class, joined: vblock}
		if expBlock.Valid {
			c.expiredAt = uint64(expBlock.Int64)
		}
		toks = append(toks, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read counting tokens")
	}

	rows, err = d.query(ctx, `SELECT class, amount, block FROM settlements WHERE asset = ? ORDER BY block, log_index`, asset)
	if err != nil {
		return nil, dbErr(err, "read settlements")
	}
	type settlement struct {
		class, block uint64
		amount       *big.Int
	}
	var ss []settlement
	for rows.Next() {
		var s settlement
		var amount string
		if err := rows.Scan(&s.class, &amount, &s.block); err != nil {
			rows.Close()
			return nil, dbErr(err, "read settlements")
		}
		s.amount, _ = new(big.Int).SetString(amount, 10)
		if s.amount != nil {
			ss = append(ss, s)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read settlements")
	}
	for _, s := range ss {
		total := new(big.Int)
		var in []counting
		for _, c := range toks {
			if c.class == s.class && c.joined <= s.block && (c.expiredAt == 0 || c.expiredAt > s.block) {
				total.Add(total, new(big.Int).SetUint64(c.r.share))
				in = append(in, c)
			}
		}
		if total.Sign() == 0 {
			continue
		}
		for _, c := range in {
			part := new(big.Int).Mul(s.amount, new(big.Int).SetUint64(c.r.share))
			c.r.earned.Add(c.r.earned, part.Quo(part, total))
		}
	}

	rows, err = d.query(ctx, `SELECT c.token, c.amount, t.device,
		COALESCE((SELECT x.dst FROM transfers x WHERE x.token = t.id ORDER BY x.block DESC, x.log_index DESC LIMIT 1), t.minted_to)
		FROM claims c JOIN tokens t ON t.id = c.token WHERE c.asset = ?`, asset)
	if err != nil {
		return nil, dbErr(err, "read claims")
	}
	defer rows.Close()
	for rows.Next() {
		var id uint64
		var amount, station, owner string
		if err := rows.Scan(&id, &amount, &station, &owner); err != nil {
			return nil, dbErr(err, "read claims")
		}
		r := out[id]
		if r == nil {
			r = &tokenReward{token: id, station: station, owner: owner, earned: new(big.Int), claimed: new(big.Int)}
			out[id] = r
		}
		if v, ok := new(big.Int).SetString(amount, 10); ok {
			r.claimed.Add(r.claimed, v)
		}
	}
	return out, dbErr(rows.Err(), "read claims")
}

// Earner is one row of the rewards leaderboard: a station (or, for tokens that are not
// contributions, their owner) and the revenue attributed to and claimed for its tokens.
type Earner struct {
	Station string `json:"station,omitempty"`
	Owner   string `json:"owner"`
	Tokens  int    `json:"tokens"`
	Share   uint64 `json:"shareRatio"`
	Earned  string `json:"earned"`
	Claimed string `json:"claimed"`
}

// Rewards summarizes revenue in asset.
type Rewards struct {
	Asset       string       `json:"asset"`
	Settled     string       `json:"settled"` // Σ RevenueSettled in asset
	Claimed     string       `json:"claimed"` // Σ Claimed in asset
	Leaderboard []Earner     `json:"leaderboard"`
	Epochs      []Settlement `json:"epochs"` // reward epochs settled by the Rewards contract
}

// Rewards returns the leaderboard of asset (by earned, then claimed), at most limit rows.
func (d *DB) Rewards(ctx context.Context, asset string, limit int) (*Rewards, error) {
	byToken, err := d.rewardsByToken(ctx, asset)
	if err != nil {
		return nil, err
	}
	type key struct{ station, owner string }
	rows := map[key]*Earner{}
	earned, claimed := map[key]*big.Int{}, map[key]*big.Int{}
	totalClaimed := new(big.Int)
	for _, r := range byToken {
		k := key{r.station, r.owner}
		if r.station != "" {
			k.owner = "" // a station's tokens may change hands; rank the station
		}
		e := rows[k]
		if e == nil {
			e = &Earner{Station: r.station, Owner: r.owner}
			rows[k], earned[k], claimed[k] = e, new(big.Int), new(big.Int)
		}
		e.Tokens++
		e.Share += r.share
		earned[k].Add(earned[k], r.earned)
		claimed[k].Add(claimed[k], r.claimed)
		totalClaimed.Add(totalClaimed, r.claimed)
	}
	out := &Rewards{Asset: strings.ToLower(asset), Claimed: totalClaimed.String(), Leaderboard: []Earner{}}
	for k, e := range rows {
		e.Earned, e.Claimed = earned[k].String(), claimed[k].String()
		out.Leaderboard = append(out.Leaderboard, *e)
	}
	sort.Slice(out.Leaderboard, func(i, j int) bool {
		a, b := out.Leaderboard[i], out.Leaderboard[j]
		ea, eb := earned[key{a.Station, ownerKey(a)}], earned[key{b.Station, ownerKey(b)}]
		if c := ea.Cmp(eb); c != 0 {
			return c > 0
		}
		if a.Share != b.Share {
			return a.Share > b.Share
		}
		return a.Station+a.Owner < b.Station+b.Owner
	})
	if limit > 0 && len(out.Leaderboard) > limit {
		out.Leaderboard = out.Leaderboard[:limit]
	}
	settled := new(big.Int)
	r, err := d.query(ctx, `SELECT amount FROM settlements WHERE asset = ?`, out.Asset)
	if err != nil {
		return nil, dbErr(err, "read settlements")
	}
	for r.Next() {
		var a string
		if err := r.Scan(&a); err != nil {
			r.Close()
			return nil, dbErr(err, "read settlements")
		}
		if v, ok := new(big.Int).SetString(a, 10); ok {
			settled.Add(settled, v)
		}
	}
	r.Close()
	out.Settled = settled.String()
	if _, out.Epochs, err = d.Epochs(ctx); err != nil {
		return nil, err
	}
	return out, nil
}

func ownerKey(e Earner) string {
	if e.Station != "" {
		return ""
	}
	return e.Owner
}
