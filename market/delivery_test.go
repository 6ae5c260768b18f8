package market_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"
	"github.com/parquet-go/parquet-go"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/market"
	"github.com/datpin/datpin/store"
)

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// deliveryNet is a network whose tokens were anchored by an edge agent, evaluated by three staked
// validators and finalized, with their holder's consent, a listing of them and a buyer.
type deliveryNet struct {
	*evmtest.Net
	dir        string
	local      *store.Local
	validators []*evm.Account
	ids        []*age.X25519Identity // the validators' age identities, to which the agent encrypts
	operator   *evm.Account
	manifest   *market.Manifest
	listing    uint64
	buyer      *evm.Account
	buyerID    *age.X25519Identity
}

// stationRecords are n session records of a station on a day, a minute apart.
func stationRecords(station string, day int64, n int) []datpin.Record {
	out := make([]datpin.Record, n)
	for i := range out {
		r := datpin.NewRecord(datpin.KindSession)
		r.Time = (day*86400 + 3600 + int64(i)*60) * 1000
		r.DeviceID, r.StationID, r.CellID = fmt.Sprintf("phone-%d", i%7), station, "1"
		r.LatE7, r.LonE7 = 518812350+int32(i%13)*100, -84012340+int32(i%11)*100
		r.Mode = datpin.ModeLTE
		r.RSRPdBm10, r.RSRQdB10, r.SINRdB10 = -950+int32(i%40), -100, 120
		r.DownKbps, r.UpKbps, r.LatencyMs10 = 20000+int32(i*13%5000), 4000, 350
		out[i] = r
	}
	return out
}

// newDeliveryNet anchors one package per station through an edge agent, finalizes them, has
// their holder consent, lists them at 1,000 wei per unit and returns the network.
func newDeliveryNet(t *testing.T, stations map[string]int) *deliveryNet {
	t.Helper()
	n := evmtest.New(t, evm.DefaultConfig())
	ctx := n.Ctx
	d := &deliveryNet{Net: n, dir: t.TempDir(), operator: evmtest.Account("operator", 0), buyer: evmtest.Account("buyer", 0)}
	var err error
	d.local, err = store.NewLocal(filepath.Join(d.dir, "blocks"))
	must(t, err)
	d.validators = n.RegisterValidators(3)
	var recipients []age.Recipient
	for range d.validators {
		id, err := age.GenerateX25519Identity()
		must(t, err)
		d.ids = append(d.ids, id)
		recipients = append(recipients, id.Recipient())
	}
	d.buyerID, err = age.GenerateX25519Identity()
	must(t, err)

	ob, err := agent.OpenOutbox(filepath.Join(d.dir, "outbox.db"))
	must(t, err)
	t.Cleanup(func() { ob.Close() })
	a, err := agent.New(agent.Config{
		Outbox: ob, Store: d.local, Chain: agent.NewSuiteChain(n.Suite, d.operator), Keys: agent.DevKeys{},
		Recipients: recipients, AutoOnboard: true, SealAfter: -1, PollInterval: 20 * time.Millisecond,
		MinBackoff: 10 * time.Millisecond, MaxBackoff: 200 * time.Millisecond,
	})
	must(t, err)
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); a.Run(runCtx) }()
	day := int64(n.Now()/86400) - 1
	var recs []datpin.Record
	for st, k := range stations {
		recs = append(recs, stationRecords(st, day, k)...)
	}
	_, err = a.Ingest(ctx, recs)
	must(t, err)
	_, err = a.Outbox().SealAll(ctx)
	must(t, err)
	fctx, cancel := context.WithTimeout(ctx, time.Minute)
	must(t, a.Flush(fctx))
	cancel()
	stop()
	<-done

	count, err := n.Suite.TokenCount(ctx)
	must(t, err)
	if count != uint64(len(stations)) {
		t.Fatalf("%d tokens anchored, want %d", count, len(stations))
	}
	scores := make([][]uint16, len(d.validators))
	for i := range scores {
		for range count {
			scores[i] = append(scores[i], 8000)
		}
	}
	n.Evaluate(1, d.validators, scores)
	_, err = n.Suite.Finalize(ctx, n.Admin, evmtest.IDs(1, int(count)))
	must(t, err)
	must(t, n.Suite.GrantConsent(ctx, d.operator, n.Suite.ClassID, big.NewInt(0xff), false))
	must(t, n.Suite.SetFloor(ctx, d.operator, n.Suite.ClassID, common.Address{}, new(big.Int)))

	// The manifest, built from the chain as a curator would.
	m := &market.Manifest{Version: market.ManifestVersion, ChainID: n.Chain.ChainID.Uint64(), DAT: n.Suite.DAT.Hex(), Market: n.Suite.Market.Hex(),
		Query: market.Query{Class: n.Suite.ClassID}, Created: time.Unix(int64(n.Now()), 0).UTC()}
	for id := uint64(1); id <= count; id++ {
		tok, err := n.Suite.TokenState(ctx, id)
		must(t, err)
		if tok.Status != datpin.StatusFinalized {
			t.Fatalf("token %d is %v", id, tok.Status)
		}
		c := tok.Contrib
		units := tok.Value.Uint64() / 2
		m.Entries = append(m.Entries, market.ManifestEntry{TokenID: id, Units: units, Station: c.Device.Hex(), Epoch: c.Epoch,
			Cell: fmt.Sprintf("%x", c.H3Cell), Records: c.RecordCount, Score: c.Score, MerkleRoot: common.Hash(c.MerkleRoot).Hex(),
			CID: store.CIDFromDigest(c.CidDigest)})
		m.Units += units
		m.Records += uint64(c.RecordCount)
	}
	m.Root = common.Hash(market.ManifestRoot(m.MarketEntries())).Hex()
	must(t, m.Check())
	b, err := json.Marshal(m)
	must(t, err)
	mcid, err := d.local.Put(ctx, b)
	must(t, err)
	mdigest, err := store.Digest(mcid)
	must(t, err)
	d.manifest = m
	d.listing, err = n.Suite.ListDataset(ctx, n.Admin, evm.Listing{
		ClassId: n.Suite.ClassID, ManifestRoot: market.ManifestRoot(m.MarketEntries()), ManifestCid: mdigest, CertificateHash: [32]byte{2},
		Asset: common.Address{}, PricePerUnit: big.NewInt(1000), Purposes: big.NewInt(1 << evm.PurposeResearch),
		AccessDuration: 30 * 86400, DeliveryWindow: 3600, LicenceURI: "ipfs://licence",
	})
	must(t, err)
	return d
}

func (d *deliveryNet) buy(t *testing.T) *evm.PurchaseResult {
	t.Helper()
	res, q, err := market.Buy(d.Ctx, d.Suite, d.buyer, market.BuyOptions{Listing: d.listing, Manifest: d.manifest,
		Purpose: evm.PurposeResearch, Recipient: d.buyerID.Recipient().String()})
	must(t, err)
	if q.Units != d.manifest.Units || res.Units != d.manifest.Units || res.Tokens != uint64(len(d.manifest.Entries)) {
		t.Fatalf("purchase %+v, quote %+v; want every entry of %d units", res, q, d.manifest.Units)
	}
	return res
}

// gateway returns a gateway of validator i with its state in file.
func (d *deliveryNet) gateway(t *testing.T, i int, file string) (*market.Gateway, *market.GatewayState) {
	t.Helper()
	st, err := market.OpenGatewayState(filepath.Join(d.dir, file))
	must(t, err)
	t.Cleanup(func() { st.Close() })
	g, err := market.NewGateway(d.Ctx, market.GatewayConfig{Suite: d.Suite, Account: d.validators[i], Identities: []age.Identity{d.ids[i]},
		Store: d.local, State: st})
	must(t, err)
	return g, st
}

func (d *deliveryNet) download(t *testing.T, purchase uint64) (*market.DownloadResult, error) {
	t.Helper()
	return market.Download(d.Ctx, market.DownloadOptions{Suite: d.Suite, Store: d.local, Identities: []age.Identity{d.buyerID},
		Manifest: d.manifest, Purchase: purchase, Interval: 10 * time.Millisecond})
}

func (d *deliveryNet) nonce(t *testing.T, a *evm.Account) uint64 {
	t.Helper()
	n, err := d.Chain.Client.PendingNonceAt(d.Ctx, a.Address)
	must(t, err)
	return n
}

// The whole market: tokens anchored by an agent and finalized are listed, bought, delivered by a
// gateway, downloaded with every record verified against the chain, exported in each format, and
// their holder claims the pool.
func TestDelivery_FullFlow(t *testing.T) {
	d := newDeliveryNet(t, map[string]int{"A1B2": 240, "76C6C": 130, "99F0": 60})
	res := d.buy(t)
	g, st := d.gateway(t, 0, "gateway.db")
	must(t, g.Step(d.Ctx))
	rec, err := st.Get(d.Ctx, res.ID)
	must(t, err)
	if rec.State != market.DeliveryDelivered || rec.Bundle == "" || rec.Tx == "" {
		t.Fatalf("gateway record %+v; want delivered", rec)
	}
	p, err := d.Suite.PurchaseOf(d.Ctx, res.ID)
	must(t, err)
	if p.State != evm.PurchaseDelivered || p.Gateway != d.validators[0].Address {
		t.Fatalf("purchase %+v not delivered by the gateway", p)
	}
	// The bundle holds wrapped keys only: neither the validator's nor another identity opens it.
	raw, err := d.local.Get(d.Ctx, rec.Bundle)
	must(t, err)
	b, err := market.ParseBundle(raw)
	must(t, err)
	if len(b.Keys) != 3 || b.Recipient != d.buyerID.Recipient().String() {
		t.Fatalf("bundle %+v", b)
	}

	dl, err := d.download(t, res.ID)
	must(t, err)
	if dl.Verified != d.manifest.Records || dl.Failed != 0 || len(dl.Tokens) != 3 {
		t.Fatalf("download %+v; want all %d records verified", dl, d.manifest.Records)
	}
	for _, f := range []string{market.FormatCSV, market.FormatJSONL, market.FormatParquet} {
		var buf bytes.Buffer
		n, err := dl.Export(&buf, f)
		must(t, err)
		if uint64(n) != d.manifest.Records {
			t.Fatalf("%s: %d rows, want %d", f, n, d.manifest.Records)
		}
		var rows int
		switch f {
		case market.FormatCSV:
			rows = strings.Count(buf.String(), "\n") - 1
			if !strings.HasPrefix(buf.String(), "token_id,device,epoch,") {
				t.Fatalf("csv header %q", strings.SplitN(buf.String(), "\n", 2)[0])
			}
		case market.FormatJSONL:
			rows = strings.Count(buf.String(), "\n")
		case market.FormatParquet:
			got, err := parquet.Read[market.ExportRow](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
			must(t, err)
			rows = len(got)
			if want := dl.Rows(); got[0] != want[0] || got[len(got)-1] != want[len(want)-1] {
				t.Fatalf("parquet rows %+v … differ from the records %+v …", got[0], want[0])
			}
		}
		if uint64(rows) != d.manifest.Records {
			t.Fatalf("%s export has %d rows, want %d", f, rows, d.manifest.Records)
		}
	}

	// The holder is paid the pool, by units, whoever sends the claims.
	es, idx, err := market.DeliveredEntries(d.Ctx, d.Suite, res.ID, d.manifest)
	must(t, err)
	before := d.ETH(d.operator.Address)
	_, err = d.Suite.ClaimSales(d.Ctx, evmtest.Account("relayer", 3), res.ID, market.SaleClaims(es, idx))
	must(t, err)
	gain := new(big.Int).Sub(d.ETH(d.operator.Address), before)
	short := new(big.Int).Sub(p.Pool, gain)
	if gain.Sign() <= 0 || short.Sign() < 0 || short.Cmp(big.NewInt(int64(len(es)))) >= 0 {
		t.Fatalf("holder gained %v of a pool of %v", gain, p.Pool)
	}
}

// A package byte flipped in the store: the download reports its token's records, verifies the
// others, and fails.
func TestDelivery_DownloadReportsCorruptPackage(t *testing.T) {
	d := newDeliveryNet(t, map[string]int{"A1B2": 90, "76C6C": 70})
	res := d.buy(t)
	g, _ := d.gateway(t, 0, "gateway.db")
	must(t, g.Step(d.Ctx))

	bad := d.manifest.Entries[1]
	path := filepath.Join(d.local.Dir(), bad.CID[len(bad.CID)-2:], bad.CID)
	raw, err := os.ReadFile(path)
	must(t, err)
	raw[len(raw)/2] ^= 0x01
	must(t, os.Chmod(path, 0o644))
	must(t, os.WriteFile(path, raw, 0o644))

	dl, err := d.download(t, res.ID)
	if datpin.ErrorCode(err) != datpin.EINVALID || dl == nil {
		t.Fatalf("download of a corrupt package: %v", err)
	}
	if dl.Failed != uint64(bad.Records) || dl.Verified != uint64(d.manifest.Entries[0].Records) {
		t.Fatalf("download %+v; want token %d's %d records unverified", dl, bad.TokenID, bad.Records)
	}
	for _, tk := range dl.Tokens {
		if (tk.TokenID == bad.TokenID) != (tk.Error != "") {
			t.Fatalf("token %d: error %q", tk.TokenID, tk.Error)
		}
	}
	if rows := dl.Rows(); uint64(len(rows)) != dl.Verified {
		t.Fatalf("%d rows exported, want only the %d verified", len(rows), dl.Verified)
	}
}

// A gateway that crashed after its delivery was mined, before recording it, finds it on chain
// when it restarts and sends nothing; a restarted gateway reads no event twice; another gateway
// sees the purchase taken.
func TestDelivery_GatewayRestartDeliversOnce(t *testing.T) {
	d := newDeliveryNet(t, map[string]int{"A1B2": 50})
	res := d.buy(t)
	g, st := d.gateway(t, 0, "gateway.db")
	must(t, g.Step(d.Ctx))
	rec, err := st.Get(d.Ctx, res.ID)
	must(t, err)
	if rec.State != market.DeliveryDelivered {
		t.Fatalf("state %s", rec.State)
	}
	must(t, st.Close())

	// The crash: the state still says bundled, the transaction is on chain.
	db, err := sql.Open("sqlite", filepath.Join(d.dir, "gateway.db"))
	must(t, err)
	_, err = db.Exec(`UPDATE gateway_purchases SET state = 'bundled', tx = '' WHERE id = ?`, res.ID)
	must(t, err)
	must(t, db.Close())

	sent := d.nonce(t, d.validators[0])
	g2, st2 := d.gateway(t, 0, "gateway.db")
	must(t, g2.Step(d.Ctx))
	must(t, g2.Step(d.Ctx))
	if got := d.nonce(t, d.validators[0]); got != sent {
		t.Fatalf("restarted gateway sent %d transactions", got-sent)
	}
	rec, err = st2.Get(d.Ctx, res.ID)
	must(t, err)
	if rec.State != market.DeliveryDelivered || rec.Bundle == "" {
		t.Fatalf("after restart: %+v", rec)
	}
	all, err := st2.All(d.Ctx)
	must(t, err)
	if len(all) != 1 {
		t.Fatalf("%d purchases recorded, want 1", len(all))
	}

	// Another validator's gateway, with its own state, leaves it alone.
	other, ost := d.gateway(t, 1, "other.db")
	before := d.nonce(t, d.validators[1])
	must(t, other.Step(d.Ctx))
	orec, err := ost.Get(d.Ctx, res.ID)
	must(t, err)
	if orec.State != market.DeliveryTaken || d.nonce(t, d.validators[1]) != before {
		t.Fatalf("second gateway: %+v", orec)
	}
	// The buyer's download still verifies.
	if _, err := d.download(t, res.ID); err != nil {
		t.Fatal(err)
	}
}

// A gateway refuses a purchase past its deadline, or too close to it to land in time; the buyer
// takes the escrow back.
func TestDelivery_GatewayRefusesPastDeadline(t *testing.T) {
	d := newDeliveryNet(t, map[string]int{"A1B2": 40})
	late := d.buy(t)
	p, err := d.Suite.PurchaseOf(d.Ctx, late.ID)
	must(t, err)
	d.AdvanceTo(p.Deadline - 30) // inside the default margin of a minute
	g, st := d.gateway(t, 0, "gateway.db")
	sent := d.nonce(t, d.validators[0])
	must(t, g.Step(d.Ctx))
	rec, err := st.Get(d.Ctx, late.ID)
	must(t, err)
	if rec.State != market.DeliveryExpired || d.nonce(t, d.validators[0]) != sent {
		t.Fatalf("purchase near its deadline: %+v", rec)
	}
	d.AdvanceTo(p.Deadline + 1)
	// Another gateway, seeing it only after the deadline, refuses it too.
	g2, st2 := d.gateway(t, 1, "other.db")
	must(t, g2.Step(d.Ctx))
	rec, err = st2.Get(d.Ctx, late.ID)
	must(t, err)
	if rec.State != market.DeliveryExpired {
		t.Fatalf("purchase past its deadline: %+v", rec)
	}
	if _, err := d.download(t, late.ID); datpin.ErrorCode(err) != datpin.EEXPIRED {
		t.Fatalf("download of an undelivered purchase: %v", err)
	}
	_, err = d.Suite.RefundPurchase(d.Ctx, d.buyer, late.ID)
	must(t, err)
}
