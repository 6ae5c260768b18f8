package index

import (
	"context"
	"database/sql"
	"errors"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/datpin/datpin"
)

// purposeNames are the DataMarket's purpose codes (bit p of a purposes mask).
var purposeNames = []string{"research", "commercial", "ai-training", "public-sector", "insurance"}

// PurposeName names a purpose code ("code N" beyond the known ones).
func PurposeName(p uint) string {
	if p < uint(len(purposeNames)) {
		return purposeNames[p]
	}
	return "code " + strconv.FormatUint(uint64(p), 10)
}

// purposeList names the bits set in a decimal purposes mask.
func purposeList(mask string) []string {
	m, ok := new(big.Int).SetString(mask, 10)
	out := []string{}
	if !ok {
		return out
	}
	for p := 0; p < m.BitLen(); p++ {
		if m.Bit(p) == 1 {
			out = append(out, PurposeName(uint(p)))
		}
	}
	return out
}

// exclusionReason names an EntryExcluded reason.
func exclusionReason(why uint8) string {
	switch why {
	case 1:
		return "no-consent"
	case 2:
		return "not-sellable"
	case 3:
		return "value-short"
	}
	return "code " + strconv.Itoa(int(why))
}

// Listing is a DataMarket listing as the index knows it.
type Listing struct {
	ID              uint64   `json:"id"`
	Seller          string   `json:"seller"`
	Class           uint64   `json:"class"`
	Open            bool     `json:"open"`
	ManifestRoot    string   `json:"manifestRoot"`
	ManifestCID     string   `json:"manifestCid"`
	CertificateHash string   `json:"certificateHash"`
	Asset           string   `json:"asset"` // the zero address: ETH
	PricePerUnit    string   `json:"pricePerUnit"`
	Purposes        string   `json:"purposes"` // bit p set: purpose code p, decimal
	PurposeNames    []string `json:"purposeNames"`
	AccessDuration  uint64   `json:"accessDuration"` // seconds of licence from a purchase
	DeliveryWindow  uint64   `json:"deliveryWindow"` // seconds a gateway has to deliver
	LicenceURI      string   `json:"licenceUri"`
	// Tokens and Units are the manifest's entries and units, null until a purchase of the listing
	// made directly to the market shows the manifest.
	Tokens    *int    `json:"tokens"`
	Units     *uint64 `json:"units"`
	Purchases int     `json:"purchases"`
	Delivered int     `json:"delivered"`
	Block     uint64  `json:"block"`
	Time      uint64  `json:"time"`
	Tx        string  `json:"tx"`
}

const listingSelect = `SELECT l.id, l.seller, l.class, c.listing IS NULL, l.manifest_root, l.manifest_cid, l.certificate_hash,
	l.asset, l.price, l.purposes, l.access_duration, l.delivery_window, l.licence_uri,
	(SELECT COUNT(*) FROM market_entries e WHERE e.listing = l.id),
	(SELECT COALESCE(SUM(e.units), 0) FROM market_entries e WHERE e.listing = l.id),
	(SELECT COUNT(*) FROM market_purchases p WHERE p.listing = l.id),
	(SELECT COUNT(*) FROM market_purchases p JOIN market_deliveries d ON d.purchase = p.id WHERE p.listing = l.id),
	l.block, l.time, l.tx
FROM market_listings l LEFT JOIN market_closings c ON c.listing = l.id`

func scanListing(row interface{ Scan(...any) error }) (Listing, error) {
	var l Listing
	var n int
	var units uint64
	err := row.Scan(&l.ID, &l.Seller, &l.Class, &l.Open, &l.ManifestRoot, &l.ManifestCID, &l.CertificateHash, &l.Asset,
		&l.PricePerUnit, &l.Purposes, &l.AccessDuration, &l.DeliveryWindow, &l.LicenceURI, &n, &units, &l.Purchases,
		&l.Delivered, &l.Block, &l.Time, &l.Tx)
	if err != nil {
		return l, err
	}
	l.PurposeNames = purposeList(l.Purposes)
	if n > 0 {
		l.Tokens, l.Units = &n, &units
	}
	return l, nil
}

// pageBounds applies the lists' default and bounds to limit and offset.
func pageBounds(limit, offset int) (int, error) {
	if limit == 0 {
		limit = 50
	}
	if limit < 0 || limit > 500 || offset < 0 {
		return 0, datpin.Errorf(datpin.EINVALID, "limit must be 1..500 and offset >= 0")
	}
	return limit, nil
}

// Listings lists the market's listings, newest first.
func (d *DB) Listings(ctx context.Context, limit, offset int) (Page[Listing], error) {
	limit, err := pageBounds(limit, offset)
	if err != nil {
		return Page[Listing]{}, err
	}
	p := Page[Listing]{Items: []Listing{}, Limit: limit, Offset: offset}
	if err := d.queryRow(ctx, `SELECT COUNT(*) FROM market_listings`).Scan(&p.Total); err != nil {
		return p, dbErr(err, "count listings")
	}
	rows, err := d.query(ctx, listingSelect+` ORDER BY l.id DESC LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return p, dbErr(err, "list listings")
	}
	defer rows.Close()
	for rows.Next() {
		l, err := scanListing(rows)
		if err != nil {
			return p, dbErr(err, "list listings")
		}
		p.Items = append(p.Items, l)
	}
	return p, dbErr(rows.Err(), "list listings")
}

// ListingEntry is one manifest entry with what the index knows of its token.
type ListingEntry struct {
	Index   int    `json:"index"`
	Token   uint64 `json:"token"`
	Units   uint64 `json:"units"`
	Cell    string `json:"cell,omitempty"`
	Epoch   uint32 `json:"epoch"`
	Records uint32 `json:"records"`
	Station string `json:"station,omitempty"`
}

// Coverage is a listing's tokens in one H3 cell.
type Coverage struct {
	Cell     string       `json:"cell"`
	Tokens   int          `json:"tokens"`
	Units    uint64       `json:"units"`
	Records  uint64       `json:"records"`
	Lat      float64      `json:"lat"`
	Lng      float64      `json:"lng"`
	Boundary [][2]float64 `json:"boundary"`
}

// ListingDetail is a listing with its manifest entries (empty while unknown), the cells they
// cover and its purchases.
type ListingDetail struct {
	Listing
	Entries      []ListingEntry `json:"entries"`
	Cells        []Coverage     `json:"cells"`
	PurchaseList []Purchase     `json:"purchaseList"`
}

// Listing returns one listing in detail (ENOTFOUND if it is not indexed).
func (d *DB) Listing(ctx context.Context, id uint64) (*ListingDetail, error) {
	l, err := scanListing(d.queryRow(ctx, listingSelect+` WHERE l.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "listing %d is not indexed", id)
	}
	if err != nil {
		return nil, dbErr(err, "read listing")
	}
	ld := &ListingDetail{Listing: l, Entries: []ListingEntry{}, Cells: []Coverage{}}
	rows, err := d.query(ctx, `SELECT e.idx, e.token, e.units, COALESCE(t.cell, 0), COALESCE(t.epoch, 0),
		COALESCE(t.records, 0), COALESCE(t.device, '') FROM market_entries e LEFT JOIN tokens t ON t.id = e.token
		WHERE e.listing = ? ORDER BY e.idx`, id)
	if err != nil {
		return nil, dbErr(err, "read manifest")
	}
	byCell := map[int64]*Coverage{}
	var order []int64
	for rows.Next() {
		var e ListingEntry
		var cell int64
		if err := rows.Scan(&e.Index, &e.Token, &e.Units, &cell, &e.Epoch, &e.Records, &e.Station); err != nil {
			rows.Close()
			return nil, dbErr(err, "read manifest")
		}
		if cell != 0 {
			e.Cell = CellString(uint64(cell))
			c := byCell[cell]
			if c == nil {
				c = &Coverage{Cell: e.Cell}
				byCell[cell] = c
				order = append(order, cell)
			}
			c.Tokens++
			c.Units += e.Units
			c.Records += uint64(e.Records)
		}
		ld.Entries = append(ld.Entries, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read manifest")
	}
	for _, cell := range order {
		c := byCell[cell]
		c.Lat, c.Lng = cellCenter(uint64(cell))
		c.Boundary = cellBoundary(uint64(cell))
		ld.Cells = append(ld.Cells, *c)
	}
	ps, err := d.Purchases(ctx, PurchaseFilter{Listing: id, Limit: 500})
	if err != nil {
		return nil, err
	}
	ld.PurchaseList = ps.Items
	return ld, nil
}

// Purchase is a DataMarket purchase as the index knows it.
type Purchase struct {
	ID          uint64    `json:"id"`
	Listing     uint64    `json:"listing"`
	Buyer       string    `json:"buyer"`
	Purpose     uint8     `json:"purpose"`
	PurposeName string    `json:"purposeName"`
	State       string    `json:"state"` // paid, delivered, refunded
	Asset       string    `json:"asset"`
	Tokens      int       `json:"tokens"` // entries included at purchase
	Units       uint64    `json:"units"`
	Amount      string    `json:"amount"` // escrowed at purchase
	Excluded    int       `json:"excluded"`
	SoldRoot    string    `json:"soldRoot"`
	Deadline    uint64    `json:"deadline"` // of delivery
	LicenceEnds uint64    `json:"licenceEnds"`
	Recipient   string    `json:"recipient"` // the buyer's age recipient
	Delivery    *Delivery `json:"delivery"`
	Refund      *Refund   `json:"refund"`
	Block       uint64    `json:"block"`
	Time        uint64    `json:"time"`
	Tx          string    `json:"tx"`
}

// Delivery is a purchase's delivery by a gateway.
type Delivery struct {
	Gateway   string `json:"gateway"`
	BundleCID string `json:"bundleCid"`
	Tokens    int    `json:"tokens"` // entries delivered
	Units     uint64 `json:"units"`
	Charged   string `json:"charged"` // units delivered × price
	Pool      string `json:"pool"`    // for the holders, after fees
	Block     uint64 `json:"block"`
	Time      uint64 `json:"time"`
	Tx        string `json:"tx"`
}

// Refund is an undelivered purchase's escrow taken back by its buyer.
type Refund struct {
	Amount string `json:"amount"`
	Block  uint64 `json:"block"`
	Time   uint64 `json:"time"`
}

const purchaseSelect = `SELECT p.id, p.listing, p.buyer, p.purpose, COALESCE(l.asset, ''), COALESCE(l.price, '0'), p.tokens,
	p.units, p.amount, p.sold_root, p.deadline, p.licence_ends, p.recipient, p.block, p.time, p.tx,
	(SELECT COUNT(*) FROM market_exclusions x WHERE x.purchase = p.id AND x.tx = p.tx),
	d.gateway, d.bundle_cid, d.tokens, d.units, d.pool, d.block, d.time, d.tx, r.amount, r.block, r.time
FROM market_purchases p LEFT JOIN market_listings l ON l.id = p.listing
	LEFT JOIN market_deliveries d ON d.purchase = p.id LEFT JOIN market_refunds r ON r.purchase = p.id`

func scanPurchase(row interface{ Scan(...any) error }) (Purchase, error) {
	var p Purchase
	var price string
	var gw, cid, pool, dtx, ramount sql.NullString
	var dtok, dunits, dblock, dtime, rblock, rtime sql.NullInt64
	err := row.Scan(&p.ID, &p.Listing, &p.Buyer, &p.Purpose, &p.Asset, &price, &p.Tokens, &p.Units, &p.Amount, &p.SoldRoot,
		&p.Deadline, &p.LicenceEnds, &p.Recipient, &p.Block, &p.Time, &p.Tx, &p.Excluded,
		&gw, &cid, &dtok, &dunits, &pool, &dblock, &dtime, &dtx, &ramount, &rblock, &rtime)
	if err != nil {
		return p, err
	}
	p.PurposeName = PurposeName(uint(p.Purpose))
	p.State = "paid"
	if gw.Valid {
		p.State = "delivered"
		charged := new(big.Int).Mul(bigOf(price), new(big.Int).SetInt64(dunits.Int64))
		p.Delivery = &Delivery{Gateway: gw.String, BundleCID: cid.String, Tokens: int(dtok.Int64), Units: uint64(dunits.Int64),
			Charged: charged.String(), Pool: pool.String, Block: uint64(dblock.Int64), Time: uint64(dtime.Int64), Tx: dtx.String}
	}
	if ramount.Valid {
		p.State = "refunded"
		p.Refund = &Refund{Amount: ramount.String, Block: uint64(rblock.Int64), Time: uint64(rtime.Int64)}
	}
	return p, nil
}

// bigOf parses a decimal amount column (0 when it does not parse).
func bigOf(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}

// PurchaseFilter selects purchases; zero fields do not filter.
type PurchaseFilter struct {
	Buyer   string
	Listing uint64
	Limit   int
	Offset  int
}

// Purchases lists purchases, newest first.
func (d *DB) Purchases(ctx context.Context, f PurchaseFilter) (Page[Purchase], error) {
	limit, err := pageBounds(f.Limit, f.Offset)
	if err != nil {
		return Page[Purchase]{}, err
	}
	var where []string
	var args []any
	if f.Buyer != "" {
		where, args = append(where, "p.buyer = ?"), append(args, strings.ToLower(f.Buyer))
	}
	if f.Listing != 0 {
		where, args = append(where, "p.listing = ?"), append(args, f.Listing)
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	p := Page[Purchase]{Items: []Purchase{}, Limit: limit, Offset: f.Offset}
	if err := d.queryRow(ctx, `SELECT COUNT(*) FROM market_purchases p`+cond, args...).Scan(&p.Total); err != nil {
		return p, dbErr(err, "count purchases")
	}
	rows, err := d.query(ctx, purchaseSelect+cond+` ORDER BY p.id DESC LIMIT ? OFFSET ?`, append(args, limit, f.Offset)...)
	if err != nil {
		return p, dbErr(err, "list purchases")
	}
	defer rows.Close()
	for rows.Next() {
		x, err := scanPurchase(rows)
		if err != nil {
			return p, dbErr(err, "list purchases")
		}
		p.Items = append(p.Items, x)
	}
	return p, dbErr(rows.Err(), "list purchases")
}

// PurchaseEntry is one manifest entry of a purchase and what became of it: excluded at purchase
// (with the reason), included (paid, awaiting delivery), delivered (its units spent; its share of
// the pool and whether it was claimed), dropped at delivery, or refunded.
type PurchaseEntry struct {
	Index    int    `json:"index"`
	Token    uint64 `json:"token"`
	Units    uint64 `json:"units"`
	State    string `json:"state"` // excluded, included, delivered, dropped, refunded
	Reason   string `json:"reason,omitempty"`
	Position *int   `json:"position,omitempty"` // among the delivered entries (a claim's position)
	Share    string `json:"share,omitempty"`    // pool × units / delivered units
	Claimed  bool   `json:"claimed"`
}

// Exclusion is an EntryExcluded event.
type Exclusion struct {
	Token  uint64 `json:"token"`
	Why    uint8  `json:"why"`
	Reason string `json:"reason"`
	Stage  string `json:"stage"` // purchase, or delivery (the delivery dropped it)
	Block  uint64 `json:"block"`
}

// SaleClaim is a payment of a delivered entry to its token's holder.
type SaleClaim struct {
	Purchase uint64 `json:"purchase"`
	Token    uint64 `json:"token"`
	Holder   string `json:"holder"`
	Amount   string `json:"amount"`
	Block    uint64 `json:"block"`
	Time     uint64 `json:"time"`
	Tx       string `json:"tx"`
}

// PurchaseDetail is a purchase with its entries (when the manifest is known), exclusions and claims.
type PurchaseDetail struct {
	Purchase
	EntriesKnown bool            `json:"entriesKnown"`
	Entries      []PurchaseEntry `json:"entries"`
	Exclusions   []Exclusion     `json:"exclusions"`
	Claims       []SaleClaim     `json:"claims"`
	Claimed      string          `json:"claimed"` // the claims' total
}

// Purchase returns one purchase in detail (ENOTFOUND if it is not indexed).
func (d *DB) Purchase(ctx context.Context, id uint64) (*PurchaseDetail, error) {
	return purchaseDetail(ctx, d.db, id)
}

// purchaseDetail reads a purchase in detail through q (the database, or the indexer's open
// transaction).
func purchaseDetail(ctx context.Context, q queryer, id uint64) (*PurchaseDetail, error) {
	p, err := scanPurchase(q.QueryRowContext(ctx, purchaseSelect+` WHERE p.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "purchase %d is not indexed", id)
	}
	if err != nil {
		return nil, dbErr(err, "read purchase")
	}
	pd := &PurchaseDetail{Purchase: p, Entries: []PurchaseEntry{}, Exclusions: []Exclusion{}, Claims: []SaleClaim{}}
	rows, err := q.QueryContext(ctx, `SELECT token, why, tx = ?, block FROM market_exclusions WHERE purchase = ? ORDER BY block, log_index`, p.Tx, id)
	if err != nil {
		return nil, dbErr(err, "read exclusions")
	}
	for rows.Next() {
		var x Exclusion
		var atPurchase bool
		if err := rows.Scan(&x.Token, &x.Why, &atPurchase, &x.Block); err != nil {
			rows.Close()
			return nil, dbErr(err, "read exclusions")
		}
		x.Reason, x.Stage = exclusionReason(x.Why), "purchase"
		if !atPurchase {
			x.Stage = "delivery"
		}
		pd.Exclusions = append(pd.Exclusions, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read exclusions")
	}
	if rows, err = q.QueryContext(ctx, `SELECT purchase, token, holder, amount, block, time, tx FROM market_sale_claims
		WHERE purchase = ? ORDER BY block, log_index`, id); err != nil {
		return nil, dbErr(err, "read sale claims")
	}
	total := new(big.Int)
	for rows.Next() {
		var c SaleClaim
		if err := rows.Scan(&c.Purchase, &c.Token, &c.Holder, &c.Amount, &c.Block, &c.Time, &c.Tx); err != nil {
			rows.Close()
			return nil, dbErr(err, "read sale claims")
		}
		total.Add(total, bigOf(c.Amount))
		pd.Claims = append(pd.Claims, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read sale claims")
	}
	pd.Claimed = total.String()
	manifest, err := manifestOf(ctx, q, p.Listing)
	if err != nil {
		return nil, err
	}
	if len(manifest) > 0 {
		pd.EntriesKnown = true
		pd.Entries = purchaseEntries(&p, manifest, pd.Exclusions, pd.Claims)
	}
	return pd, nil
}

// manifestOf returns a listing's manifest entries in order (none while unknown).
func manifestOf(ctx context.Context, q queryer, listing uint64) ([]manifestEntry, error) {
	rows, err := q.QueryContext(ctx, `SELECT token, units FROM market_entries WHERE listing = ? ORDER BY idx`, listing)
	if err != nil {
		return nil, dbErr(err, "read manifest")
	}
	defer rows.Close()
	var out []manifestEntry
	for rows.Next() {
		var e manifestEntry
		if err := rows.Scan(&e.Token, &e.Units); err != nil {
			return nil, dbErr(err, "read manifest")
		}
		out = append(out, e)
	}
	return out, dbErr(rows.Err(), "read manifest")
}

// purchaseEntries follows the market: the purchase includes the manifest less its exclusions at
// purchase, in manifest order (EntryExcluded events come in that order); the delivery drops the
// included entries it excluded, in the same order; the delivered ones share the pool by units.
// Claims are matched to delivered entries by token, in order (a manifest may list a token twice).
func purchaseEntries(p *Purchase, manifest []manifestEntry, xs []Exclusion, claims []SaleClaim) []PurchaseEntry {
	var atPurchase, atDelivery []Exclusion
	for _, x := range xs {
		if x.Stage == "purchase" {
			atPurchase = append(atPurchase, x)
		} else {
			atDelivery = append(atDelivery, x)
		}
	}
	claimed := map[uint64]int{}
	for _, c := range claims {
		claimed[c.Token]++
	}
	out := make([]PurchaseEntry, len(manifest))
	k, j, pos := 0, 0, 0
	for i, e := range manifest {
		pe := PurchaseEntry{Index: i, Token: e.Token, Units: e.Units}
		switch {
		case k < len(atPurchase) && atPurchase[k].Token == e.Token:
			pe.State, pe.Reason = "excluded", atPurchase[k].Reason
			k++
		case p.Delivery != nil && j < len(atDelivery) && atDelivery[j].Token == e.Token:
			pe.State, pe.Reason = "dropped", atDelivery[j].Reason
			j++
		case p.Delivery != nil:
			pe.State = "delivered"
			at := pos
			pe.Position = &at
			pos++
			if p.Delivery.Units > 0 {
				share := new(big.Int).Mul(bigOf(p.Delivery.Pool), new(big.Int).SetUint64(e.Units))
				pe.Share = share.Quo(share, new(big.Int).SetUint64(p.Delivery.Units)).String()
			}
			if claimed[e.Token] > 0 {
				pe.Claimed = true
				claimed[e.Token]--
			}
		case p.Refund != nil:
			pe.State = "refunded"
		default:
			pe.State = "included"
		}
		out[i] = pe
	}
	return out
}

// HolderConsent is a holder's consent for one class: purposes, allow-list mode, the assets it
// accepts with their floors, and its buyer rules.
type HolderConsent struct {
	Class         uint64      `json:"class"`
	Purposes      string      `json:"purposes"` // bit p set: purpose code p, decimal; 0: none
	PurposeNames  []string    `json:"purposeNames"`
	AllowListOnly bool        `json:"allowListOnly"`
	Floors        []Floor     `json:"floors"`
	BuyerRules    []BuyerRule `json:"buyerRules"`
}

// Floor is an asset a holder prices, with its lowest price per unit after fees.
type Floor struct {
	Asset        string `json:"asset"`
	PricePerUnit string `json:"pricePerUnit"`
	Accepted     bool   `json:"accepted"` // false: priced at the maximum, which refuses it again
}

// BuyerRule is a buyer on a holder's allow- or deny-list.
type BuyerRule struct {
	Buyer string `json:"buyer"`
	Rule  string `json:"rule"` // allow, deny
}

// SaleEarning is what a holder's tokens earned from one delivered purchase: the claims paid to it
// and the unclaimed shares of the delivered entries whose tokens it holds now.
type SaleEarning struct {
	Purchase uint64 `json:"purchase"`
	Listing  uint64 `json:"listing"`
	Asset    string `json:"asset"`
	Entries  int    `json:"entries"` // its delivered entries, claimed or not
	Claimed  string `json:"claimed"`
	Pending  string `json:"pending"` // claimable by the current holder
	Time     uint64 `json:"time"`    // of the delivery
}

// Holder is an address's side of the market.
type Holder struct {
	Address  string          `json:"address"`
	Consents []HolderConsent `json:"consents"`
	Earnings []SaleEarning   `json:"earnings"`
	// Claimed and Pending total the earnings per asset.
	Claimed map[string]string `json:"claimed"`
	Pending map[string]string `json:"pending"`
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Holder returns a holder's consent per class and its earnings per sale. An address the market
// never saw has none of either.
func (d *DB) Holder(ctx context.Context, address string) (*Holder, error) {
	a := strings.ToLower(address)
	h := &Holder{Address: a, Consents: []HolderConsent{}, Earnings: []SaleEarning{}, Claimed: map[string]string{}, Pending: map[string]string{}}
	byClass := map[uint64]*HolderConsent{}
	class := func(c uint64) *HolderConsent {
		x := byClass[c]
		if x == nil {
			x = &HolderConsent{Class: c, Purposes: "0", PurposeNames: []string{}, Floors: []Floor{}, BuyerRules: []BuyerRule{}}
			byClass[c] = x
		}
		return x
	}
	rows, err := d.query(ctx, `SELECT class, purposes, allow_list_only FROM market_consents WHERE holder = ? ORDER BY block, log_index`, a)
	if err != nil {
		return nil, dbErr(err, "read consents")
	}
	for rows.Next() {
		var c uint64
		var purposes string
		var allow bool
		if err := rows.Scan(&c, &purposes, &allow); err != nil {
			rows.Close()
			return nil, dbErr(err, "read consents")
		}
		x := class(c)
		x.Purposes, x.PurposeNames, x.AllowListOnly = purposes, purposeList(purposes), allow
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read consents")
	}
	// The latest floor per class and asset, and rule per class and buyer.
	floors := map[uint64]map[string]string{}
	if rows, err = d.query(ctx, `SELECT class, asset, price FROM market_floors WHERE holder = ? ORDER BY block, log_index`, a); err != nil {
		return nil, dbErr(err, "read floors")
	}
	for rows.Next() {
		var c uint64
		var asset, price string
		if err := rows.Scan(&c, &asset, &price); err != nil {
			rows.Close()
			return nil, dbErr(err, "read floors")
		}
		if floors[c] == nil {
			floors[c] = map[string]string{}
		}
		floors[c][asset] = price
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read floors")
	}
	rules := map[uint64]map[string]uint8{}
	if rows, err = d.query(ctx, `SELECT class, buyer, rule FROM market_buyer_rules WHERE holder = ? ORDER BY block, log_index`, a); err != nil {
		return nil, dbErr(err, "read buyer rules")
	}
	for rows.Next() {
		var c uint64
		var buyer string
		var rule uint8
		if err := rows.Scan(&c, &buyer, &rule); err != nil {
			rows.Close()
			return nil, dbErr(err, "read buyer rules")
		}
		if rules[c] == nil {
			rules[c] = map[string]uint8{}
		}
		rules[c][buyer] = rule
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read buyer rules")
	}
	for c, fs := range floors {
		x := class(c)
		for asset, price := range fs {
			x.Floors = append(x.Floors, Floor{Asset: asset, PricePerUnit: price, Accepted: bigOf(price).Cmp(maxUint256) != 0})
		}
		sort.Slice(x.Floors, func(i, j int) bool { return x.Floors[i].Asset < x.Floors[j].Asset })
	}
	for c, rs := range rules {
		x := class(c)
		for buyer, r := range rs {
			switch r {
			case 1:
				x.BuyerRules = append(x.BuyerRules, BuyerRule{Buyer: buyer, Rule: "allow"})
			case 2:
				x.BuyerRules = append(x.BuyerRules, BuyerRule{Buyer: buyer, Rule: "deny"})
			}
		}
		sort.Slice(x.BuyerRules, func(i, j int) bool { return x.BuyerRules[i].Buyer < x.BuyerRules[j].Buyer })
	}
	for _, x := range byClass {
		h.Consents = append(h.Consents, *x)
	}
	sort.Slice(h.Consents, func(i, j int) bool { return h.Consents[i].Class < h.Consents[j].Class })

	if err := d.holderEarnings(ctx, h); err != nil {
		return nil, err
	}
	return h, nil
}

// holderEarnings fills a holder's earnings: the purchases that paid it a claim, and the delivered
// purchases of listings with a token it holds now.
func (d *DB) holderEarnings(ctx context.Context, h *Holder) error {
	rows, err := d.query(ctx, `SELECT DISTINCT purchase FROM market_sale_claims WHERE holder = ?
		UNION SELECT p.id FROM market_purchases p JOIN market_deliveries dl ON dl.purchase = p.id
		JOIN market_entries e ON e.listing = p.listing JOIN tokens t ON t.id = e.token
		WHERE COALESCE((SELECT x.dst FROM transfers x WHERE x.token = t.id ORDER BY x.block DESC, x.log_index DESC LIMIT 1), t.minted_to) = ?
		ORDER BY 1`, h.Address, h.Address)
	if err != nil {
		return dbErr(err, "read earnings")
	}
	var ids []uint64
	for rows.Next() {
		var id uint64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return dbErr(err, "read earnings")
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return dbErr(err, "read earnings")
	}
	owners := map[uint64]string{}
	ownerOf := func(token uint64) (string, error) {
		if o, ok := owners[token]; ok {
			return o, nil
		}
		var o string
		err := d.queryRow(ctx, `SELECT COALESCE((SELECT x.dst FROM transfers x WHERE x.token = t.id
			ORDER BY x.block DESC, x.log_index DESC LIMIT 1), t.minted_to) FROM tokens t WHERE t.id = ?`, token).Scan(&o)
		if errors.Is(err, sql.ErrNoRows) {
			err = nil
		}
		owners[token] = o
		return o, dbErr(err, "read owner")
	}
	claimedBy, pendingBy := map[string]*big.Int{}, map[string]*big.Int{}
	for _, id := range ids {
		pd, err := d.Purchase(ctx, id)
		if err != nil {
			return err
		}
		e := SaleEarning{Purchase: id, Listing: pd.Listing, Asset: pd.Asset}
		if pd.Delivery != nil {
			e.Time = pd.Delivery.Time
		}
		claimed, pending := new(big.Int), new(big.Int)
		for _, c := range pd.Claims {
			if c.Holder == h.Address {
				claimed.Add(claimed, bigOf(c.Amount))
				e.Entries++
			}
		}
		for _, pe := range pd.Entries {
			if pe.State != "delivered" || pe.Claimed {
				continue
			}
			o, err := ownerOf(pe.Token)
			if err != nil {
				return err
			}
			if o == h.Address {
				pending.Add(pending, bigOf(pe.Share))
				e.Entries++
			}
		}
		if e.Entries == 0 {
			continue
		}
		e.Claimed, e.Pending = claimed.String(), pending.String()
		h.Earnings = append(h.Earnings, e)
		add(claimedBy, e.Asset, claimed)
		add(pendingBy, e.Asset, pending)
	}
	for k, v := range claimedBy {
		h.Claimed[k] = v.String()
	}
	for k, v := range pendingBy {
		h.Pending[k] = v.String()
	}
	return nil
}
