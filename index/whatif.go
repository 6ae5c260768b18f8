package index

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"slices"
	"sort"
	"strings"

	"github.com/uber/h3-go/v4"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/predict"
	"github.com/datpin/datpin/validator"
)

// WhatIfOptions are the inputs of the what-if planner besides the cell.
type WhatIfOptions struct {
	// Records is the size of the station-day to price; 0: the network's median records per
	// finalized station-day.
	Records uint64
	// Asset is the reward asset earned per share is read in ("": no reward estimate).
	Asset string
	// Epochs is how many of the latest contribution epochs with finalized tokens earned per
	// share is measured over (default DefaultWhatIfEpochs).
	Epochs int
}

// DefaultWhatIfEpochs is how many latest contribution epochs earned per share is read from.
const DefaultWhatIfEpochs = 7

// Score sources of a site estimate.
const (
	ScoreMeasured  = "measured"  // the cell has agreed scores of its own
	ScorePredicted = "predicted" // kriged from the measured cells around it
	ScoreNone      = "none"      // not enough data to say
)

// SiteScore is the agreed score expected of one station-day at a cell.
type SiteScore struct {
	Source   string   `json:"source"`   // measured, predicted or none
	Expected *float64 `json:"expected"` // basis points; null with source none
	// Std is, for a measured cell, the record-weighted standard deviation of its station-days'
	// agreed scores; for a predicted one, the kriging standard deviation.
	Std  *float64 `json:"std"`
	Low  *float64 `json:"low"`  // Expected − Std, at least 0
	High *float64 `json:"high"` // Expected + Std, at most 10000
	// Records and Tokens are the measured cell's records and contributions with a score.
	Records uint64 `json:"records,omitempty"`
	Tokens  int    `json:"tokens,omitempty"`
	// Neighbours and Certainty describe a prediction (see PredictedCell).
	Neighbours int      `json:"neighbours,omitempty"`
	Certainty  *float64 `json:"certainty,omitempty"`
}

// SiteDensity counts the stations around a cell, at the data's resolution.
type SiteDensity struct {
	Stations     int `json:"stations"`     // registered stations whose cell lies in the cell
	Ring         int `json:"ring"`         // registered stations in the six cells around it
	Contributing int `json:"contributing"` // stations whose contributions were anchored in the cell
}

// SiteReward is what one station-day at the cell is expected to earn.
type SiteReward struct {
	Records     uint64  `json:"records"`
	RecordsFrom string  `json:"recordsFrom"` // given, or median (of the network's finalized station-days)
	Threshold   uint16  `json:"threshold"`   // the oracle's acceptance threshold: below it a station-day earns nothing
	Share       float64 `json:"share"`       // records × expected score
	ShareLow    float64 `json:"shareLow"`    // records × low score (0 below the threshold)
	ShareHigh   float64 `json:"shareHigh"`   // records × high score
	Value       uint64  `json:"value"`       // ceil(share / 10000), the DAT's value
	Asset       string  `json:"asset,omitempty"`
	// PerShare is the asset's base units attributed per unit share to the basis tokens:
	// Σ earned / Σ share; PerShareLow and PerShareHigh are the first and third quartiles of
	// each token's earned / share.
	PerShare     float64  `json:"perShare"`
	PerShareLow  float64  `json:"perShareLow"`
	PerShareHigh float64  `json:"perShareHigh"`
	BasisTokens  int      `json:"basisTokens"`
	BasisEpochs  []uint32 `json:"basisEpochs"`
	// Expected = Share × PerShare; Low = ShareLow × PerShareLow; High = ShareHigh × PerShareHigh,
	// in the asset's base units, rounded down.
	Expected string `json:"expected"`
	Low      string `json:"low"`
	High     string `json:"high"`
}

// SiteWhatIf is the what-if planner's answer for a site.
type SiteWhatIf struct {
	Cell        string             `json:"cell"`
	Lat         float64            `json:"lat"`
	Lng         float64            `json:"lng"`
	Resolution  int                `json:"resolution"` // the data's resolution (contributions' cells)
	DataCell    string             `json:"dataCell"`   // the cell at that resolution holding Cell
	Score       SiteScore          `json:"score"`
	Density     SiteDensity        `json:"density"`
	Reward      *SiteReward        `json:"reward"` // null without a score or without a reward asset
	Reason      string             `json:"reason,omitempty"`
	Model       *predict.Variogram `json:"model,omitempty"` // the quality variogram of a prediction
	Assumptions []string           `json:"assumptions"`
}

// siteAssumptions are stated in every site answer (docs/API.md repeats them).
var siteAssumptions = []string{
	"the station-day's agreed score is drawn from the cell's past: a measured cell's record-weighted mean and spread of agreed scores, else the ordinary kriging prediction and its standard deviation from the measured cells at the data's resolution",
	"share = records × agreed score and value = ceil(share / 10000), as the QualityOracle computes them; a station-day scored below the oracle's threshold is rejected and earns nothing",
	"reward per unit share is what the index attributes (settlements pro rata to share) to the finalized tokens of the latest contribution epochs, divided by their share; those still counting will earn more, so it is a lower bound of a token's lifetime revenue",
	"one more station-day does not change how a settlement is divided: its share is small against its class's total",
	"the low and high rewards combine the score's low and high with the first and third quartiles of earned per share",
}

// resolutionOfData is the resolution with most measured cells (the finest on a tie) and its
// measured cells; -1 without any.
func resolutionOfData(cells []Cell) (int, []Cell) {
	byRes := map[int][]Cell{}
	for _, c := range cells {
		if id, err := ParseCell(c.Cell); err == nil && c.Quality != nil {
			byRes[resolution(id)] = append(byRes[resolution(id)], c)
		}
	}
	res, best := -1, 0
	for r, cs := range byRes {
		if len(cs) > best || (len(cs) == best && r > res) {
			res, best = r, len(cs)
		}
	}
	return res, byRes[res]
}

// parseH3 parses a cell and checks it is a valid H3 cell.
func parseH3(s string) (uint64, error) {
	c, err := ParseCell(s)
	if err != nil {
		return 0, err
	}
	if !h3.Cell(c).IsValid() {
		return 0, datpin.Errorf(datpin.EINVALID, "cell %q is not a valid H3 cell", s)
	}
	return c, nil
}

// WhatIfSite estimates what one station-day at cell would score and earn, from what the index
// holds: the agreed scores at and around the cell, the stations near it, the oracle's threshold
// and the revenue attributed to recent finalized tokens. A cell finer than the data's resolution
// is judged by the data cell holding it; a coarser one is refused (EINVALID).
func (d *DB) WhatIfSite(ctx context.Context, cell string, o WhatIfOptions) (*SiteWhatIf, error) {
	id, err := parseH3(cell)
	if err != nil {
		return nil, err
	}
	if o.Epochs <= 0 {
		o.Epochs = DefaultWhatIfEpochs
	}
	cells, err := d.Cells(ctx)
	if err != nil {
		return nil, err
	}
	res, measured := resolutionOfData(cells)
	out := &SiteWhatIf{Cell: CellString(id), Resolution: res, Assumptions: slices.Clone(siteAssumptions)}
	out.Lat, out.Lng = cellCenter(id)
	if res < 0 {
		res = resolution(id)
		out.Resolution = res
	}
	if resolution(id) < res {
		return nil, datpin.Errorf(datpin.EINVALID, "cell %s (resolution %d) is coarser than the data's resolution %d", out.Cell, resolution(id), res)
	}
	dc := parentAt(id, res)
	out.DataCell = CellString(dc)
	out.Score.Source = ScoreNone

	if err := d.siteDensity(ctx, dc, res, cells, &out.Density); err != nil {
		return nil, err
	}
	var here *Cell
	for i := range cells {
		if cells[i].Cell == out.DataCell && cells[i].Quality != nil {
			here = &cells[i]
		}
	}
	switch {
	case here != nil:
		mean, std, recs, n, err := d.cellSpread(ctx, dc)
		if err != nil {
			return nil, err
		}
		out.Score = SiteScore{Source: ScoreMeasured, Expected: &mean, Std: &std, Records: recs, Tokens: n}
	case len(measured) < predict.MinSamples:
		out.Reason = fmt.Sprintf("not enough data: the cell has no agreed score and %d cells are measured at resolution %d, at least %d are needed to predict one",
			len(measured), res, predict.MinSamples)
	default:
		var qs []predict.Sample
		for _, c := range measured {
			cid, _ := ParseCell(c.Cell)
			qs = append(qs, predict.Sample{Cell: cid, Value: float64(*c.Quality), Weight: float64(c.Records)})
		}
		m, err := predict.Fit(qs, predict.Options{})
		if err != nil {
			return nil, err
		}
		p, err := m.Predict(dc)
		if err != nil {
			return nil, err
		}
		if p.Neighbours == 0 {
			out.Reason = fmt.Sprintf("not enough data: no measured cell within %.1f km of the cell", m.Options.MaxLagKm)
			break
		}
		v, s := min(max(p.Value, 0), datpin.ScoreMax), p.Std
		out.Score = SiteScore{Source: ScorePredicted, Expected: &v, Std: &s, Neighbours: p.Neighbours}
		if sill := math.Sqrt(m.Variogram.Sill()); sill > 0 {
			c := min(max(1-s/sill, 0), 1)
			out.Score.Certainty = &c
		}
		vg := m.Variogram
		out.Model = &vg
	}
	if out.Score.Expected == nil {
		return out, nil
	}
	lo := max(*out.Score.Expected-*out.Score.Std, 0)
	hi := min(*out.Score.Expected+*out.Score.Std, datpin.ScoreMax)
	out.Score.Low, out.Score.High = &lo, &hi

	rw := &SiteReward{Records: o.Records, RecordsFrom: "given", Asset: strings.ToLower(o.Asset), BasisEpochs: []uint32{}}
	if rw.Records == 0 {
		if rw.Records, err = d.medianRecords(ctx); err != nil {
			return nil, err
		}
		rw.RecordsFrom = "median"
		if rw.Records == 0 {
			out.Reason = "no finalized station-day to take the records of a day from: give --records"
			return out, nil
		}
	}
	p, err := d.Params(ctx)
	if err != nil {
		return nil, err
	}
	rw.Threshold = p.Threshold
	shareAt := func(score float64) float64 {
		if score < float64(p.Threshold) {
			return 0
		}
		return float64(rw.Records) * math.Floor(score)
	}
	rw.Share, rw.ShareLow, rw.ShareHigh = shareAt(*out.Score.Expected), shareAt(lo), shareAt(hi)
	rw.Value = uint64(math.Ceil(rw.Share / datpin.ScoreMax))
	rw.Expected, rw.Low, rw.High = "0", "0", "0"
	if o.Asset != "" {
		if err := d.earnedPerShare(ctx, o.Asset, o.Epochs, rw); err != nil {
			return nil, err
		}
		rw.Expected = floorString(rw.Share * rw.PerShare)
		rw.Low = floorString(rw.ShareLow * rw.PerShareLow)
		rw.High = floorString(rw.ShareHigh * rw.PerShareHigh)
	} else {
		out.Assumptions = append(out.Assumptions, "no reward asset is known: rewards are not estimated")
	}
	out.Reward = rw
	return out, nil
}

// floorString renders a non-negative amount of base units, rounded down.
func floorString(x float64) string {
	if x <= 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return "0"
	}
	b, _ := new(big.Float).SetFloat64(math.Floor(x)).Int(nil)
	return b.String()
}

// siteDensity counts the registered stations in dc and in its ring, at resolution res.
func (d *DB) siteDensity(ctx context.Context, dc uint64, res int, cells []Cell, out *SiteDensity) error {
	stations, err := d.stationsMemo(ctx, "")
	if err != nil {
		return err
	}
	ring := map[uint64]bool{}
	for _, n := range neighbours(dc) {
		ring[n] = true
	}
	for _, s := range stations {
		sc, err := ParseCell(s.Cell)
		if err != nil || !h3.Cell(sc).IsValid() || resolution(sc) < res {
			continue
		}
		switch p := parentAt(sc, res); {
		case p == dc:
			out.Stations++
		case ring[p]:
			out.Ring++
		}
	}
	for _, c := range cells {
		if c.Cell == CellString(dc) {
			out.Contributing = c.Stations
		}
	}
	return nil
}

// cellSpread is the record-weighted mean and standard deviation of the agreed scores of the
// contributions anchored in cell that count towards quality, their records and their number.
func (d *DB) cellSpread(ctx context.Context, cell uint64) (mean, std float64, records uint64, n int, err error) {
	rows, err := d.query(ctx, `SELECT t.records, v.score FROM tokens t JOIN verdicts v ON v.token = t.id
		WHERE t.device <> '' AND t.cell = ? AND `+qualityCounts, int64(cell))
	if err != nil {
		return 0, 0, 0, 0, dbErr(err, "read cell scores")
	}
	defer rows.Close()
	var ws, wss float64
	for rows.Next() {
		var r uint64
		var s float64
		if err := rows.Scan(&r, &s); err != nil {
			return 0, 0, 0, 0, dbErr(err, "read cell scores")
		}
		records += r
		ws += float64(r) * s
		wss += float64(r) * s * s
		n++
	}
	if err := rows.Err(); err != nil {
		return 0, 0, 0, 0, dbErr(err, "read cell scores")
	}
	if records > 0 {
		mean = ws / float64(records)
		std = math.Sqrt(max(wss/float64(records)-mean*mean, 0))
	}
	return mean, std, records, n, nil
}

// medianRecords is the median records of the finalized station-days (0 without any).
func (d *DB) medianRecords(ctx context.Context) (uint64, error) {
	rows, err := d.query(ctx, `SELECT t.records FROM tokens t JOIN verdicts v ON v.token = t.id AND v.accepted = 1
		WHERE t.device <> '' ORDER BY t.records`)
	if err != nil {
		return 0, dbErr(err, "read records")
	}
	defer rows.Close()
	var rs []uint64
	for rows.Next() {
		var r uint64
		if err := rows.Scan(&r); err != nil {
			return 0, dbErr(err, "read records")
		}
		rs = append(rs, r)
	}
	if err := rows.Err(); err != nil {
		return 0, dbErr(err, "read records")
	}
	return median(rs), nil
}

// median of sorted values: the mean of the middle two of an even count, rounded down.
func median(sorted []uint64) uint64 {
	n := len(sorted)
	switch {
	case n == 0:
		return 0
	case n%2 == 1:
		return sorted[n/2]
	default:
		return (sorted[n/2-1] + sorted[n/2]) / 2
	}
}

// earnedPerShare fills rw's PerShare figures from the finalized tokens of the latest epochs
// contribution epochs that hold any.
func (d *DB) earnedPerShare(ctx context.Context, asset string, epochs int, rw *SiteReward) error {
	byToken, err := d.rewardsByToken(ctx, asset)
	if err != nil {
		return err
	}
	rows, err := d.query(ctx, `SELECT t.id, t.epoch FROM tokens t JOIN verdicts v ON v.token = t.id AND v.accepted = 1 AND v.share > 0
		WHERE t.device <> ''`)
	if err != nil {
		return dbErr(err, "read finalized tokens")
	}
	epochOf := map[uint64]uint32{}
	seen := map[uint32]bool{}
	for rows.Next() {
		var id uint64
		var e uint32
		if err := rows.Scan(&id, &e); err != nil {
			rows.Close()
			return dbErr(err, "read finalized tokens")
		}
		epochOf[id] = e
		if !seen[e] {
			seen[e] = true
			rw.BasisEpochs = append(rw.BasisEpochs, e)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return dbErr(err, "read finalized tokens")
	}
	slices.Sort(rw.BasisEpochs)
	if len(rw.BasisEpochs) > epochs {
		rw.BasisEpochs = rw.BasisEpochs[len(rw.BasisEpochs)-epochs:]
	}
	basis := map[uint32]bool{}
	for _, e := range rw.BasisEpochs {
		basis[e] = true
	}
	earned, share := new(big.Float), 0.0
	var rates []float64
	for id, e := range epochOf {
		r := byToken[id]
		if !basis[e] || r == nil || r.share == 0 {
			continue
		}
		f := new(big.Float).SetInt(r.earned)
		earned.Add(earned, f)
		share += float64(r.share)
		x, _ := f.Float64()
		rates = append(rates, x/float64(r.share))
	}
	rw.BasisTokens = len(rates)
	if share > 0 {
		e, _ := earned.Float64()
		rw.PerShare = e / share
	}
	sort.Float64s(rates)
	rw.PerShareLow, rw.PerShareHigh = quantile(rates, 0.25), quantile(rates, 0.75)
	return nil
}

// quantile of sorted values, by linear interpolation between the closest ranks (0 when empty).
func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	pos := q * float64(len(sorted)-1)
	i := int(pos)
	if i+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (pos-float64(i))*(sorted[i+1]-sorted[i])
}

// MoveGas is the gas of DeviceRegistry.move (the operator's transaction carrying the device's
// signature), measured on the embedded chain (TestWhatIfMove_Gas keeps it honest).
const MoveGas = 40_700

// MoveHistory is what a station built at its current place.
type MoveHistory struct {
	Epochs     int     `json:"epochs"` // contribution epochs with a finalized station-day
	FirstEpoch uint32  `json:"firstEpoch,omitempty"`
	LastEpoch  uint32  `json:"lastEpoch,omitempty"`
	Tokens     int     `json:"tokens"`
	Finalized  int     `json:"finalized"`
	Records    uint64  `json:"records"`
	Quality    *uint16 `json:"quality"` // record-weighted agreed score
	Earned     string  `json:"earned"`  // revenue attributed to its tokens, in the asset
	// Cells are the cells its finalized station-days were anchored in.
	Cells []string `json:"cells"`
	// FarKm is the distance from the new cell's centre to the nearest of Cells' centres.
	FarKm *float64 `json:"farKm"`
}

// MoveChecks says what a move means for the validators' checks that look at a station's past.
type MoveChecks struct {
	// StationFar: the new place lies more than validator.StationFarKm from every cell the
	// station's finalized station-days were anchored in, so contributions measured there are
	// likely rejected station-far while the validators remember two or more of those.
	StationFar bool `json:"stationFar"`
	// RejectedUntilEpoch is, with StationFar, the first contribution epoch in which at most one
	// old-place station-day is still within validator.HistoryKeepEpochs of the newest: the check
	// judges nothing from then on. LostDays counts the epochs from the one after LastEpoch up to it.
	RejectedUntilEpoch uint32   `json:"rejectedUntilEpoch,omitempty"`
	LostDays           int      `json:"lostDays"`
	Notes              []string `json:"notes"`
}

// MoveWhatIf is the what-if planner's answer for moving a station.
type MoveWhatIf struct {
	Station string `json:"station"`
	From    string `json:"from"` // its registered cell
	To      string `json:"to"`
	// Gas is the move transaction's gas (MoveGas, or an estimate given); BaseFee the chain's
	// current base fee in wei, Cost Gas × BaseFee (both "" when unknown).
	Gas     uint64      `json:"gas"`
	BaseFee string      `json:"baseFee"`
	Cost    string      `json:"cost"`
	History MoveHistory `json:"history"`
	Checks  MoveChecks  `json:"checks"`
	// Current is the station's average reward per finalized station-day so far; Site the
	// expected one at the new cell (priced with the station's median records per day).
	Current     string      `json:"currentPerDay"`
	Site        *SiteWhatIf `json:"site"`
	Assumptions []string    `json:"assumptions"`
}

// MoveOptions are the chain figures of a move's cost.
type MoveOptions struct {
	WhatIfOptions
	Gas     uint64   // 0: MoveGas
	BaseFee *big.Int // nil: unknown
}

// WhatIfMove prices moving station to cell: the transaction, the history it leaves behind, what
// the validators' checks make of contributions from the new place, and the expected reward there
// against the station's average. An unknown station is ENOTFOUND.
func (d *DB) WhatIfMove(ctx context.Context, station, cell string, o MoveOptions) (*MoveWhatIf, error) {
	to, err := parseH3(cell)
	if err != nil {
		return nil, err
	}
	asset := o.Asset
	st, err := d.Station(ctx, station, asset)
	if err != nil {
		return nil, err
	}
	out := &MoveWhatIf{Station: st.Address, From: st.Cell, To: CellString(to), Gas: o.Gas,
		History: MoveHistory{Tokens: st.Tokens, Finalized: st.Finalized, Records: st.Records, Quality: st.Quality, Earned: st.Earned, Cells: []string{}},
		Checks:  MoveChecks{Notes: []string{}}, Current: "0"}
	if out.Gas == 0 {
		out.Gas = MoveGas
	}
	if o.BaseFee != nil {
		out.BaseFee = o.BaseFee.String()
		out.Cost = new(big.Int).Mul(o.BaseFee, new(big.Int).SetUint64(out.Gas)).String()
	}
	rows, err := d.query(ctx, `SELECT t.epoch, t.cell, t.records FROM tokens t JOIN verdicts v ON v.token = t.id AND v.accepted = 1
		WHERE t.device = ? ORDER BY t.epoch`, st.Address)
	if err != nil {
		return nil, dbErr(err, "read station history")
	}
	var epochs []uint32
	var recs []uint64
	cells := map[uint64]bool{}
	for rows.Next() {
		var e uint32
		var c int64
		var r uint64
		if err := rows.Scan(&e, &c, &r); err != nil {
			rows.Close()
			return nil, dbErr(err, "read station history")
		}
		epochs = append(epochs, e) // one per finalized station-day, ascending
		recs = append(recs, r)
		if c != 0 {
			cells[uint64(c)] = true
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read station history")
	}
	distinct := slices.Compact(slices.Clone(epochs))
	out.History.Epochs = len(distinct)
	if len(epochs) > 0 {
		out.History.FirstEpoch, out.History.LastEpoch = epochs[0], epochs[len(epochs)-1]
	}
	at := h3.Cell(to).LatLng()
	for c := range cells {
		out.History.Cells = append(out.History.Cells, CellString(c))
		km := h3.GreatCircleDistanceKm(at, h3.Cell(c).LatLng())
		if out.History.FarKm == nil || km < *out.History.FarKm {
			out.History.FarKm = &km
		}
	}
	slices.Sort(out.History.Cells)

	if out.History.FarKm != nil && *out.History.FarKm > validator.StationFarKm && len(epochs) >= validator.MinPlaceRefContributions {
		out.Checks.StationFar = true
		// Validators forget a contribution HistoryKeepEpochs after the newest they hold; with
		// one old-place contribution left the reference is too small to judge.
		second := epochs[len(epochs)-validator.MinPlaceRefContributions]
		out.Checks.RejectedUntilEpoch = second + validator.HistoryKeepEpochs + 1
		out.Checks.LostDays = max(int(out.Checks.RejectedUntilEpoch)-int(out.History.LastEpoch)-1, 0)
	}
	out.Checks.Notes = append(out.Checks.Notes,
		fmt.Sprintf("station-far: contributions are judged against the places of the station's accepted contributions the validators remember (the last %d epochs); beyond %.0f km of all of them, with at least %d of them remembered, most sessions from the new place are far and the contribution is rejected, and a rejected contribution never becomes part of a place",
			validator.HistoryKeepEpochs, validator.StationFarKm, validator.MinPlaceRefContributions),
		fmt.Sprintf("throughput-above-peers: the station's own accepted contributions stay its reference for %d epochs; at a place with better radio conditions its rates per spectral efficiency may lie above its past %.0fth percentile and be flagged",
			validator.HistoryKeepEpochs, validator.StationRateQuantile*100),
		"the tokens finalized at the old place stay the holder's and keep earning until they expire: a move loses the place's reputation, not its tokens")

	wo := o.WhatIfOptions
	if wo.Records == 0 && len(recs) > 0 {
		slices.Sort(recs)
		wo.Records = median(recs)
	}
	if out.Site, err = d.WhatIfSite(ctx, cell, wo); err != nil {
		return nil, err
	}
	if st.Finalized > 0 {
		e, ok := new(big.Int).SetString(st.Earned, 10)
		if ok {
			out.Current = e.Quo(e, big.NewInt(int64(st.Finalized))).String()
		}
	}
	out.Assumptions = []string{
		fmt.Sprintf("the move is one DeviceRegistry.move transaction of %d gas priced at the current base fee (no priority fee)", out.Gas),
		"the station's history is its finalized station-days as the index holds them; their cells stand for the places validators remember",
		"lost days assume the station moves right after its last finalized epoch and contributes every epoch after",
		"the expected reward at the new cell is the site estimate for the station's median records per finalized day",
	}
	if o.BaseFee == nil {
		out.Assumptions = append(out.Assumptions, "no chain connection: the base fee, hence the cost in wei, is unknown")
	}
	return out, nil
}
