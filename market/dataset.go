package market

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/uber/h3-go/v4"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/index"
)

// ManifestVersion is the version of the manifest format.
const ManifestVersion = 1

// Query selects a dataset's contributions among the finalized DATs of a class.
type Query struct {
	Class uint64 `json:"class"`
	// Cells are H3 cells (hex) at any resolution: a contribution is included when its region
	// (the cell it was anchored with) lies inside one of them. Empty: anywhere.
	Cells     []string `json:"cells,omitempty"`
	FromEpoch uint32   `json:"fromEpoch,omitempty"` // days since 1970, inclusive
	ToEpoch   uint32   `json:"toEpoch,omitempty"`   // inclusive; 0: no bound
	MinScore  uint16   `json:"minScore,omitempty"`  // agreed score, basis points
	// MinAgreement is the least share of a contribution's reveals within the oracle's tolerance
	// of the agreed score (0..1).
	MinAgreement float64 `json:"minAgreement,omitempty"`
	DeviceTypes  []uint8 `json:"deviceTypes,omitempty"` // DeviceRegistry types; empty: any
	ZKOnly       bool    `json:"zkOnly,omitempty"`      // only contributions with a ZK_ATTEST proof
	// Sales is how many times each token's value is meant to be sold: an entry uses
	// max(1, value / Sales) units (default 10).
	Sales uint64 `json:"sales,omitempty"`
}

// ManifestEntry is one contribution of a dataset.
type ManifestEntry struct {
	TokenID    uint64 `json:"tokenId"`
	Units      uint64 `json:"units"`
	Station    string `json:"station"` // the device that signed it
	Epoch      uint32 `json:"epoch"`
	Cell       string `json:"cell"`
	Records    uint32 `json:"records"`
	Score      uint16 `json:"score"`
	MerkleRoot string `json:"merkleRoot"`
	CID        string `json:"cid"`
}

// Manifest is a dataset resolved against the index: what a listing sells. Its Root is the
// DataMarket's manifest root over the entries' (token id, units), in order.
type Manifest struct {
	Version int             `json:"version"`
	ChainID uint64          `json:"chainId"`
	DAT     string          `json:"dat"`
	Market  string          `json:"market"`
	Query   Query           `json:"query"`
	Created time.Time       `json:"created"`
	Entries []ManifestEntry `json:"entries"`
	Units   uint64          `json:"units"`
	Records uint64          `json:"records"`
	Root    string          `json:"root"`
}

// MarketEntries are the manifest's entries as the DataMarket takes them.
func (m *Manifest) MarketEntries() []Entry {
	out := make([]Entry, len(m.Entries))
	for i, e := range m.Entries {
		out[i] = Entry{TokenID: e.TokenID, Units: e.Units}
	}
	return out
}

// Check verifies the manifest's own consistency: version, entries, totals and root.
func (m *Manifest) Check() error {
	if m.Version != ManifestVersion {
		return datpin.Errorf(datpin.EINVALID, "manifest version %d; this datpin reads %d", m.Version, ManifestVersion)
	}
	if len(m.Entries) == 0 {
		return datpin.Errorf(datpin.EINVALID, "manifest has no entries")
	}
	var units, records uint64
	seen := map[uint64]bool{}
	for _, e := range m.Entries {
		if e.Units == 0 || seen[e.TokenID] {
			return datpin.Errorf(datpin.EINVALID, "manifest entry of token %d: zero units or listed twice", e.TokenID)
		}
		seen[e.TokenID] = true
		units += e.Units
		records += uint64(e.Records)
	}
	if units != m.Units || records != m.Records {
		return datpin.Errorf(datpin.EINVALID, "manifest totals %d units, %d records; entries add up to %d, %d", m.Units, m.Records, units, records)
	}
	if root := ManifestRoot(m.MarketEntries()); common.Hash(root).Hex() != m.Root {
		return datpin.Errorf(datpin.EINVALID, "manifest root %s; entries give %s", m.Root, common.Hash(root).Hex())
	}
	return nil
}

// Deployment names the chain and contracts a manifest is for.
type Deployment struct {
	ChainID     uint64
	DAT, Market common.Address
}

// Resolve resolves q against the index into a manifest.
func Resolve(ctx context.Context, db *index.DB, dep Deployment, q Query, now time.Time) (*Manifest, error) {
	if q.Sales == 0 {
		q.Sales = 10
	}
	if q.MinAgreement < 0 || q.MinAgreement > 1 {
		return nil, datpin.Errorf(datpin.EINVALID, "minimum agreement %v: want 0..1", q.MinAgreement)
	}
	cells, err := parseCells(q.Cells)
	if err != nil {
		return nil, err
	}
	toks, err := db.DatasetTokens(ctx, index.DatasetFilter{Class: q.Class, FromEpoch: q.FromEpoch, ToEpoch: q.ToEpoch, MinScore: q.MinScore})
	if err != nil {
		return nil, err
	}
	m := &Manifest{Version: ManifestVersion, ChainID: dep.ChainID, DAT: dep.DAT.Hex(), Market: dep.Market.Hex(), Query: q, Created: now.UTC().Truncate(time.Second)}
	for _, t := range toks {
		if !matches(t, q, cells) {
			continue
		}
		units := max(1, t.Value/q.Sales)
		m.Entries = append(m.Entries, ManifestEntry{TokenID: t.ID, Units: units, Station: t.Device, Epoch: t.Epoch, Cell: index.CellString(t.Cell),
			Records: t.Records, Score: t.Score, MerkleRoot: t.MerkleRoot, CID: t.CID})
		m.Units += units
		m.Records += uint64(t.Records)
	}
	if len(m.Entries) == 0 {
		return nil, datpin.Errorf(datpin.ENOTFOUND, "no finalized contribution matches the query")
	}
	if len(m.Entries) > MaxEntries {
		return nil, datpin.Errorf(datpin.EINVALID, "%d contributions match; a dataset holds at most %d (narrow the query)", len(m.Entries), MaxEntries)
	}
	m.Root = common.Hash(ManifestRoot(m.MarketEntries())).Hex()
	return m, nil
}

// MaxEntries is the DataMarket's MAX_ENTRIES.
const MaxEntries = 512

func parseCells(cs []string) ([]h3.Cell, error) {
	out := make([]h3.Cell, 0, len(cs))
	for _, s := range cs {
		v, err := strconv.ParseUint(strings.TrimPrefix(strings.ToLower(s), "0x"), 16, 64)
		if err != nil || !h3.Cell(v).IsValid() {
			return nil, datpin.Errorf(datpin.EINVALID, "cell %q is not an H3 cell", s)
		}
		out = append(out, h3.Cell(v))
	}
	return out, nil
}

// matches applies the parts of the query the index does not: cells, agreement, device types, ZK.
func matches(t index.DatasetToken, q Query, cells []h3.Cell) bool {
	if q.ZKOnly && !t.ZK {
		return false
	}
	if len(q.DeviceTypes) > 0 && !slices.Contains(q.DeviceTypes, t.DeviceType) {
		return false
	}
	if q.MinAgreement > 0 && (t.Reveals == 0 || float64(t.Agreeing) < q.MinAgreement*float64(t.Reveals)) {
		return false
	}
	if len(cells) == 0 {
		return true
	}
	tc := h3.Cell(t.Cell)
	if !tc.IsValid() {
		return false
	}
	for _, c := range cells {
		if c.Resolution() <= tc.Resolution() {
			if tc.Parent(c.Resolution()) == c {
				return true
			}
		}
	}
	return false
}

// Group is one k-anonymous group of a preview: a cell (resolution 7 or coarser) and a day.
type Group struct {
	Cell         string `json:"cell"`
	Epoch        uint32 `json:"epoch"`
	Contributors int    `json:"contributors"` // distinct devices
	Tokens       int    `json:"tokens"`
	Records      uint64 `json:"records"`
	MedianScore  uint16 `json:"medianScore"`
}

// Preview is what a buyer sees of a dataset before buying: aggregates over groups of at least K
// contributors, the others counted but not shown.
type Preview struct {
	K          int     `json:"k"`
	Groups     []Group `json:"groups"`
	Suppressed int     `json:"suppressed"` // groups with fewer than K contributors
	Tokens     int     `json:"tokens"`
	Records    uint64  `json:"records"`
}

// NewPreview aggregates m by cell and day, releasing only groups of at least k contributors.
func NewPreview(m *Manifest, k int) (*Preview, error) {
	if k < 2 {
		return nil, datpin.Errorf(datpin.EINVALID, "k = %d: a preview needs groups of at least 2 contributors", k)
	}
	type key struct {
		cell  string
		epoch uint32
	}
	groups := map[key]*struct {
		devs    map[string]bool
		scores  []uint16
		records uint64
	}{}
	for _, e := range m.Entries {
		g := groups[key{e.Cell, e.Epoch}]
		if g == nil {
			g = &struct {
				devs    map[string]bool
				scores  []uint16
				records uint64
			}{devs: map[string]bool{}}
			groups[key{e.Cell, e.Epoch}] = g
		}
		g.devs[e.Station] = true
		g.scores = append(g.scores, e.Score)
		g.records += uint64(e.Records)
	}
	p := &Preview{K: k, Groups: []Group{}, Tokens: len(m.Entries), Records: m.Records}
	for kk, g := range groups {
		if len(g.devs) < k {
			p.Suppressed++
			continue
		}
		slices.Sort(g.scores)
		p.Groups = append(p.Groups, Group{Cell: kk.cell, Epoch: kk.epoch, Contributors: len(g.devs), Tokens: len(g.scores),
			Records: g.records, MedianScore: g.scores[len(g.scores)/2]})
	}
	slices.SortFunc(p.Groups, func(a, b Group) int { return cmp.Or(cmp.Compare(a.Epoch, b.Epoch), strings.Compare(a.Cell, b.Cell)) })
	return p, nil
}

// Certificate is a dataset's quality certificate: figures anyone recomputes from the chain (the
// index is built from its events) and the manifest. Its Hash is published with the listing.
type Certificate struct {
	Manifest string `json:"manifestRoot"`
	Tokens   int    `json:"tokens"`
	Records  uint64 `json:"records"`
	Units    uint64 `json:"units"`
	// ScoreHistogram counts agreed scores in ten bins of 1,000 basis points (the last holds 10,000).
	ScoreHistogram [10]int `json:"scoreHistogram"`
	ScoreP10       uint16  `json:"scoreP10"`
	ScoreMedian    uint16  `json:"scoreMedian"`
	ScoreP90       uint16  `json:"scoreP90"`
	// Agreement is the share of the tokens' reveals within the oracle's tolerance of the agreed
	// score, in basis points.
	Agreement uint32 `json:"agreementBP"`
	Cells     int    `json:"cells"`
	Days      int    `json:"days"`
	CellDays  int    `json:"cellDays"` // coverage: distinct (cell, day) pairs
	// ZKShare is the share of tokens carrying a ZK attestation, basis points.
	ZKShare uint32 `json:"zkShareBP"`
	// RejectedShare is the share of the decided contributions of the class in the same cells and
	// days that the validators rejected, basis points.
	RejectedShare uint32 `json:"rejectedShareBP"`
	Hash          string `json:"hash"`
}

// Certify computes m's certificate from the index. It fails if a manifest entry is not a
// finalized contribution of the manifest's class as the index knows it, or differs from it.
func Certify(ctx context.Context, db *index.DB, m *Manifest) (*Certificate, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	toks, err := db.DatasetTokens(ctx, index.DatasetFilter{Class: m.Query.Class})
	if err != nil {
		return nil, err
	}
	byID := make(map[uint64]index.DatasetToken, len(toks))
	for _, t := range toks {
		byID[t.ID] = t
	}
	c := &Certificate{Manifest: m.Root, Tokens: len(m.Entries), Records: m.Records, Units: m.Units}
	var scores []uint16
	var reveals, agreeing, zk int
	cells, days, cellDays := map[uint64]bool{}, map[uint32]bool{}, map[string]bool{}
	from, to := ^uint32(0), uint32(0)
	for _, e := range m.Entries {
		t, ok := byID[e.TokenID]
		if !ok {
			return nil, datpin.Errorf(datpin.EINVALID, "token %d is not a finalized contribution of class %d", e.TokenID, m.Query.Class)
		}
		if t.MerkleRoot != e.MerkleRoot || t.CID != e.CID || t.Score != e.Score || t.Records != e.Records || index.CellString(t.Cell) != e.Cell || t.Epoch != e.Epoch {
			return nil, datpin.Errorf(datpin.EINVALID, "token %d: the manifest's entry differs from the chain", e.TokenID)
		}
		scores = append(scores, t.Score)
		c.ScoreHistogram[min(int(t.Score)/1000, 9)]++
		reveals += t.Reveals
		agreeing += t.Agreeing
		if t.ZK {
			zk++
		}
		cells[t.Cell], days[t.Epoch] = true, true
		cellDays[fmt.Sprintf("%x/%d", t.Cell, t.Epoch)] = true
		from, to = min(from, t.Epoch), max(to, t.Epoch)
	}
	slices.Sort(scores)
	q := func(p int) uint16 { return scores[min(len(scores)-1, p*len(scores)/100)] }
	c.ScoreP10, c.ScoreMedian, c.ScoreP90 = q(10), q(50), q(90)
	if reveals > 0 {
		c.Agreement = uint32(agreeing * 10_000 / reveals)
	}
	c.ZKShare = uint32(zk * 10_000 / len(m.Entries))
	c.Cells, c.Days, c.CellDays = len(cells), len(days), len(cellDays)
	cellList := make([]uint64, 0, len(cells))
	for cl := range cells {
		cellList = append(cellList, cl)
	}
	slices.Sort(cellList)
	decided, rejected, err := db.RegionOutcomes(ctx, m.Query.Class, cellList, from, to)
	if err != nil {
		return nil, err
	}
	if decided > 0 {
		c.RejectedShare = uint32(rejected * 10_000 / decided)
	}
	c.Hash = c.hash()
	return c, nil
}

// hash is keccak256 of the certificate's JSON without its hash.
func (c *Certificate) hash() string {
	cc := *c
	cc.Hash = ""
	b, _ := json.Marshal(cc)
	return common.Hash(crypto.Keccak256(b)).Hex()
}

// VerifyCertificate recomputes m's certificate from the index and compares it with hash (the
// listing's).
func VerifyCertificate(ctx context.Context, db *index.DB, m *Manifest, hash string) (*Certificate, error) {
	c, err := Certify(ctx, db, m)
	if err != nil {
		return nil, err
	}
	if !strings.EqualFold(c.Hash, hash) {
		return c, datpin.Errorf(datpin.ECONFLICT, "certificate %s recomputed from the chain; the listing says %s", c.Hash, hash)
	}
	return c, nil
}
