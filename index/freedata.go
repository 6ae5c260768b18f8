package index

import (
	"context"
	"database/sql"
	"errors"
	"math/big"
	"strings"

	"github.com/datpin/datpin"
)

// kbPerGB is the DataPlan's kilobytes per GB.
const kbPerGB = 1_048_576

// vaultOffset is 10^(the vault's decimals offset): ERC-4626 virtual shares.
var vaultOffset = big.NewInt(1_000_000)

// Vault is the FreeData vault's accounts as of the index's last block, computed from its events
// the way the contract computes them, and the plans' totals.
type Vault struct {
	// Complete is false when the index could not read the vault's state before its first block
	// (a node without that state): the figures then count indexed events only.
	Complete bool   `json:"complete"`
	AsOf     uint64 `json:"asOf"` // time of the index's last block, Unix seconds
	// TotalAssets is what the shares are worth: the stored assets plus what vested and what the
	// emission streamed since the last sync.
	TotalAssets string `json:"totalAssets"`
	Supply      string `json:"supply"` // shares
	// SharePrice is the network tokens one whole share (10^24 base units) is worth.
	SharePrice      float64 `json:"sharePrice"`
	StoredAssets    string  `json:"storedAssets"`
	VestingAmount   string  `json:"vestingAmount"` // not yet vested at the last sync
	VestingEnd      uint64  `json:"vestingEnd"`
	Vested          string  `json:"vested"` // vested since the last sync
	EmissionRate    string  `json:"emissionRate"`
	EmissionReserve string  `json:"emissionReserve"`
	Emitted         string  `json:"emitted"` // streamed since the last sync
	LastSync        uint64  `json:"lastSync"`
	// Revenue is every amount that started vesting (fees collected, payments, donations);
	// FeesCollected the market fees collected into the vault among them (fees in other assets go
	// to the treasury); EmissionFunded what was added to the reserve.
	Revenue        string     `json:"revenue"`
	FeesCollected  string     `json:"feesCollected"`
	EmissionFunded string     `json:"emissionFunded"`
	PricePerGB     string     `json:"pricePerGB"` // the plan's price of a GB of credit
	Plans          PlanTotals `json:"plans"`
	// Series is the plans' yield against their consumption over time, one point per deposit,
	// conversion, metering or withdrawal.
	Series []FreeDataPoint `json:"series"`
}

// PlanTotals are the DataPlan's figures over every subscriber.
type PlanTotals struct {
	Subscribers    int    `json:"subscribers"` // with a deposit not withdrawn
	Throttled      int    `json:"throttled"`
	Principal      string `json:"principal"`
	YieldConverted string `json:"yieldConverted"`
	CreditKB       uint64 `json:"creditKB"`
	UsedKB         uint64 `json:"usedKB"`
}

// FreeDataPoint is the cumulative yield converted into credit and the data used, after an event.
type FreeDataPoint struct {
	Time           uint64 `json:"time"`
	Block          uint64 `json:"block"`
	YieldConverted string `json:"yieldConverted"` // network-token base units
	CreditKB       uint64 `json:"creditKB"`
	UsedKB         uint64 `json:"usedKB"`
}

// PlanEvent is one DataPlan event of a subscriber.
type PlanEvent struct {
	Kind   string `json:"kind"` // subscribed, converted, metered, throttled, unthrottled, withdrawn
	Assets string `json:"assets"`
	Shares string `json:"shares"`
	KB     uint64 `json:"kb"` // converted: credit issued; metered: asked; throttled: short; unthrottled: available
	Block  uint64 `json:"block"`
	Time   uint64 `json:"time"`
	Tx     string `json:"tx"`
}

// Plan is a subscriber's FreeData plan rebuilt from its events.
type Plan struct {
	Owner          string          `json:"owner"`
	SubscriberID   string          `json:"subscriberId"`
	Since          uint64          `json:"since"` // first deposit: the minimum term runs from it
	Deposited      string          `json:"deposited"`
	Principal      string          `json:"principal"`
	Shares         string          `json:"shares"`
	YieldConverted string          `json:"yieldConverted"`
	CreditKB       uint64          `json:"creditKB"`
	UsedKB         uint64          `json:"usedKB"`
	AvailableKB    uint64          `json:"availableKB"`
	CreditGB       float64         `json:"creditGB"`
	UsedGB         float64         `json:"usedGB"`
	Throttled      bool            `json:"throttled"`
	Withdrawn      string          `json:"withdrawn"`
	History        []PlanEvent     `json:"history"`
	Series         []FreeDataPoint `json:"series"`
}

// planRow is one plan_events row.
type planRow struct {
	owner, kind, subscriber                     string
	assets, shares, principal, kb, used, credit *big.Int
	block, time                                 uint64
	tx                                          string
}

func (d *DB) planRows(ctx context.Context, owner string) ([]planRow, error) {
	q := `SELECT owner, kind, subscriber, assets, shares, principal, kb, used_kb, credit_kb, block, time, tx FROM plan_events`
	var args []any
	if owner != "" {
		q += ` WHERE owner = ?`
		args = append(args, owner)
	}
	rows, err := d.query(ctx, q+` ORDER BY block, log_index`, args...)
	if err != nil {
		return nil, dbErr(err, "read plan events")
	}
	defer rows.Close()
	var out []planRow
	for rows.Next() {
		var r planRow
		var assets, shares, principal, kb, used, credit string
		if err := rows.Scan(&r.owner, &r.kind, &r.subscriber, &assets, &shares, &principal, &kb, &used, &credit, &r.block, &r.time, &r.tx); err != nil {
			return nil, dbErr(err, "read plan events")
		}
		r.assets, r.shares, r.principal, r.kb, r.used, r.credit = bigOf(assets), bigOf(shares), bigOf(principal), bigOf(kb), bigOf(used), bigOf(credit)
		out = append(out, r)
	}
	return out, dbErr(rows.Err(), "read plan events")
}

// planState is a plan as its events leave it.
type planState struct {
	subscriber                                 string
	since                                      uint64
	deposited, principal, shares, yield, drawn *big.Int
	credit, used                               *big.Int
	throttled                                  bool
}

func newPlanState() *planState {
	return &planState{deposited: new(big.Int), principal: new(big.Int), shares: new(big.Int), yield: new(big.Int),
		drawn: new(big.Int), credit: new(big.Int), used: new(big.Int)}
}

// step applies one event as the DataPlan does.
func (p *planState) step(r planRow) {
	switch r.kind {
	case "subscribed":
		if p.principal.Sign() == 0 {
			p.since = r.time
		}
		p.subscriber = r.subscriber
		p.deposited.Add(p.deposited, r.assets)
		p.shares.Add(p.shares, r.shares)
		p.principal.Set(r.principal)
	case "converted":
		p.shares.Sub(p.shares, r.shares)
		p.yield.Add(p.yield, r.assets)
		p.credit.Add(p.credit, r.kb)
	case "metered":
		p.used.Set(r.used)
		p.credit.Set(r.credit)
	case "throttled":
		p.throttled = true
	case "unthrottled":
		p.throttled = false
	case "withdrawn":
		p.shares.SetInt64(0)
		p.principal.SetInt64(0)
		p.drawn.Add(p.drawn, r.assets)
	}
}

// u64 saturates a non-negative big integer to uint64.
func u64(v *big.Int) uint64 {
	if v.Sign() <= 0 {
		return 0
	}
	if !v.IsUint64() {
		return ^uint64(0)
	}
	return v.Uint64()
}

// Plan returns a subscriber's plan (ENOTFOUND if the address never deposited).
func (d *DB) Plan(ctx context.Context, owner string) (*Plan, error) {
	a := strings.ToLower(owner)
	rows, err := d.planRows(ctx, a)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "no FreeData plan for %s", owner)
	}
	st := newPlanState()
	p := &Plan{Owner: a, History: []PlanEvent{}, Series: []FreeDataPoint{}}
	for _, r := range rows {
		st.step(r)
		p.History = append(p.History, PlanEvent{Kind: r.kind, Assets: r.assets.String(), Shares: r.shares.String(),
			KB: u64(r.kb), Block: r.block, Time: r.time, Tx: r.tx})
		if r.kind != "throttled" && r.kind != "unthrottled" {
			p.Series = append(p.Series, FreeDataPoint{Time: r.time, Block: r.block, YieldConverted: st.yield.String(),
				CreditKB: u64(st.credit), UsedKB: u64(st.used)})
		}
	}
	p.SubscriberID, p.Since = st.subscriber, st.since
	p.Deposited, p.Principal, p.Shares, p.YieldConverted, p.Withdrawn = st.deposited.String(), st.principal.String(),
		st.shares.String(), st.yield.String(), st.drawn.String()
	p.CreditKB, p.UsedKB, p.Throttled = u64(st.credit), u64(st.used), st.throttled
	if p.CreditKB > p.UsedKB {
		p.AvailableKB = p.CreditKB - p.UsedKB
	}
	p.CreditGB, p.UsedGB = float64(p.CreditKB)/kbPerGB, float64(p.UsedKB)/kbPerGB
	return p, nil
}

// Vault returns the vault's accounts and the plans' totals (a zero Vault before any vault data).
func (d *DB) Vault(ctx context.Context) (*Vault, error) {
	v := &Vault{Series: []FreeDataPoint{}}
	var (
		supply, stored, vesting, rate, reserve, price string
		vestingEnd, lastSync                          uint64
	)
	err := d.queryRow(ctx, `SELECT known, supply, stored, vesting, vesting_end, last_sync, rate, reserve, price_per_gb
		FROM vault_base LIMIT 1`).Scan(&v.Complete, &supply, &stored, &vesting, &vestingEnd, &lastSync, &rate, &reserve, &price)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, dbErr(err, "read vault base")
	}
	acc := struct {
		supply, stored, vesting, rate, reserve, revenue, fees, funded *big.Int
		vestingEnd, lastSync                                          uint64
	}{bigOf(supply), bigOf(stored), bigOf(vesting), bigOf(rate), bigOf(reserve), new(big.Int), new(big.Int), new(big.Int), vestingEnd, lastSync}
	v.PricePerGB = bigOf(price).String()
	if err := d.queryRow(ctx, `SELECT COALESCE(MAX(time), 0) FROM blocks`).Scan(&v.AsOf); err != nil {
		return nil, dbErr(err, "read tip time")
	}
	// Syncs and the other events in chain order.
	rows, err := d.query(ctx, `SELECT 'sync', '', stored, vesting, reserve, vesting_end, time, block, log_index FROM vault_syncs
		UNION ALL SELECT kind, account, assets, shares, extra, 0, time, block, log_index FROM vault_events
		ORDER BY 8, 9`)
	if err != nil {
		return nil, dbErr(err, "read vault events")
	}
	for rows.Next() {
		var kind, account, a1, a2, a3 string
		var end, t, b, li uint64
		if err := rows.Scan(&kind, &account, &a1, &a2, &a3, &end, &t, &b, &li); err != nil {
			rows.Close()
			return nil, dbErr(err, "read vault events")
		}
		switch kind {
		case "sync":
			acc.stored, acc.vesting, acc.reserve, acc.vestingEnd, acc.lastSync = bigOf(a1), bigOf(a2), bigOf(a3), end, t
		case "deposit":
			acc.stored.Add(acc.stored, bigOf(a1))
			acc.supply.Add(acc.supply, bigOf(a2))
		case "withdraw":
			acc.stored.Sub(acc.stored, bigOf(a1))
			acc.supply.Sub(acc.supply, bigOf(a2))
		case "revenue":
			acc.revenue.Add(acc.revenue, bigOf(a1))
		case "funded":
			acc.funded.Add(acc.funded, bigOf(a1))
			acc.reserve = bigOf(a3)
		case "rate":
			acc.rate = bigOf(a1)
		case "fees":
			if a3 == feesToVault {
				acc.fees.Add(acc.fees, bigOf(a1))
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read vault events")
	}
	if err := d.queryRow(ctx, `SELECT price FROM plan_prices ORDER BY block DESC, log_index DESC LIMIT 1`).Scan(&price); err == nil {
		v.PricePerGB = price
	} else if !errors.Is(err, sql.ErrNoRows) {
		return nil, dbErr(err, "read plan price")
	}

	// What vested and streamed between the last sync and the index's last block (the vault's _pending).
	vested, emitted := new(big.Int), new(big.Int)
	now := max(v.AsOf, acc.lastSync)
	if acc.vestingEnd > acc.lastSync && acc.vesting.Sign() > 0 {
		upTo := min(now, acc.vestingEnd)
		vested.Mul(acc.vesting, new(big.Int).SetUint64(upTo-acc.lastSync))
		vested.Quo(vested, new(big.Int).SetUint64(acc.vestingEnd-acc.lastSync))
	}
	emitted.Mul(acc.rate, new(big.Int).SetUint64(now-acc.lastSync))
	if emitted.Cmp(acc.reserve) > 0 {
		emitted.Set(acc.reserve)
	}
	total := new(big.Int).Add(acc.stored, vested)
	total.Add(total, emitted)
	v.TotalAssets, v.Supply = total.String(), acc.supply.String()
	v.StoredAssets, v.VestingAmount, v.VestingEnd, v.Vested = acc.stored.String(), acc.vesting.String(), acc.vestingEnd, vested.String()
	v.EmissionRate, v.EmissionReserve, v.Emitted, v.LastSync = acc.rate.String(), acc.reserve.String(), emitted.String(), acc.lastSync
	v.Revenue, v.FeesCollected, v.EmissionFunded = acc.revenue.String(), acc.fees.String(), acc.funded.String()
	// convertToAssets(10^24) = 10^24 × (totalAssets + 1) / (supply + 10^6), in tokens of 10^18.
	num := new(big.Int).Add(total, big.NewInt(1))
	num.Mul(num, big.NewInt(1_000_000))
	den := new(big.Int).Add(acc.supply, vaultOffset)
	v.SharePrice, _ = new(big.Rat).SetFrac(num, den).Float64()

	rs, err := d.planRows(ctx, "")
	if err != nil {
		return nil, err
	}
	plans := map[string]*planState{}
	credit, used, yield := new(big.Int), new(big.Int), new(big.Int)
	for _, r := range rs {
		p := plans[r.owner]
		if p == nil {
			p = newPlanState()
			plans[r.owner] = p
		}
		credit.Sub(credit, p.credit)
		used.Sub(used, p.used)
		yield.Sub(yield, p.yield)
		p.step(r)
		credit.Add(credit, p.credit)
		used.Add(used, p.used)
		yield.Add(yield, p.yield)
		if r.kind != "throttled" && r.kind != "unthrottled" {
			v.Series = append(v.Series, FreeDataPoint{Time: r.time, Block: r.block, YieldConverted: yield.String(),
				CreditKB: u64(credit), UsedKB: u64(used)})
		}
	}
	principal := new(big.Int)
	for _, p := range plans {
		if p.principal.Sign() > 0 || p.shares.Sign() > 0 {
			v.Plans.Subscribers++
		}
		if p.throttled {
			v.Plans.Throttled++
		}
		principal.Add(principal, p.principal)
	}
	v.Plans.Principal, v.Plans.YieldConverted = principal.String(), yield.String()
	v.Plans.CreditKB, v.Plans.UsedKB = u64(credit), u64(used)
	return v, nil
}
