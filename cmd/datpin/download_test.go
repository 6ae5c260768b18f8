package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/market"
	"github.com/datpin/datpin/store"
)

// marketRecords are n session records of a station on a day, a minute apart.
func marketRecords(station string, day int64, n int) []datpin.Record {
	out := make([]datpin.Record, n)
	for i := range out {
		r := datpin.NewRecord(datpin.KindSession)
		r.Time = (day*86400 + 3600 + int64(i)*60) * 1000
		r.DeviceID, r.StationID, r.CellID = fmt.Sprintf("phone-%d", i%5), station, "2"
		r.LatE7, r.LonE7 = 518812350+int32(i%9)*100, -84012340+int32(i%7)*100
		r.Mode = datpin.ModeLTE
		r.RSRPdBm10, r.RSRQdB10, r.SINRdB10 = -980+int32(i%30), -110, 90
		r.DownKbps, r.UpKbps, r.LatencyMs10 = 15000+int32(i*17%4000), 3000, 400
		out[i] = r
	}
	return out
}

// writeIdentity writes an age identity file into dir.
func writeIdentity(t *testing.T, dir, name string) (*age.X25519Identity, string) {
	t.Helper()
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(id.String()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return id, path
}

// A buyer buys a listing with `datpin buy`, a validator's `datpin gateway` delivers it, and
// `datpin download` verifies every record and exports them; a package corrupted in the store
// makes the download fail.
func TestCLI_BuyGatewayDownload(t *testing.T) {
	dir := t.TempDir()
	cfg := evm.DefaultConfig()
	url, chain, s, addrs := anvilSuite(t, cfg, dir)
	t.Setenv("DATPIN_PASSWORD", "market test")
	ctx := context.Background()
	n := &evmtest.Net{T: t, Ctx: ctx, Chain: chain, Suite: s, Config: cfg, Admin: evm.AnvilAccount(0)}
	op := evmtest.Account("operator", 0)
	for i := range 3 {
		n.Must(chain.SetBalance(ctx, evmtest.Account("validator", uint32(i)).Address, evm.Ether(100)))
	}
	n.Must(chain.SetBalance(ctx, op.Address, evm.Ether(100)))
	vs := n.RegisterValidators(3)
	gwID, gwIDFile := writeIdentity(t, dir, "gateway.agekey")
	buyerID, buyerIDFile := writeIdentity(t, dir, "buyer.agekey")
	blocks := filepath.Join(dir, "blocks")
	local, err := store.NewLocal(blocks)
	n.Must(err)

	// Two station-days anchored by an edge agent, evaluated and finalized.
	ob, err := agent.OpenOutbox(filepath.Join(dir, "outbox.db"))
	n.Must(err)
	defer ob.Close()
	other, err := age.GenerateX25519Identity()
	n.Must(err)
	a, err := agent.New(agent.Config{Outbox: ob, Store: local, Chain: agent.NewSuiteChain(s, op), Keys: agent.DevKeys{},
		Recipients: []age.Recipient{gwID.Recipient(), other.Recipient()}, AutoOnboard: true, SealAfter: -1,
		PollInterval: 20 * time.Millisecond, MinBackoff: 10 * time.Millisecond, MaxBackoff: 200 * time.Millisecond})
	n.Must(err)
	runCtx, stop := context.WithCancel(ctx)
	agentDone := make(chan struct{})
	go func() { defer close(agentDone); a.Run(runCtx) }()
	day := int64(n.Now()/86400) - 1
	_, err = a.Ingest(ctx, append(marketRecords("C0DE", day, 120), marketRecords("BEEF", day, 80)...))
	n.Must(err)
	_, err = a.Outbox().SealAll(ctx)
	n.Must(err)
	fctx, cancel := context.WithTimeout(ctx, time.Minute)
	n.Must(a.Flush(fctx))
	cancel()
	stop()
	<-agentDone
	n.Evaluate(1, vs, [][]uint16{{8000, 7000}, {8000, 7000}, {8000, 7000}})
	_, err = s.Finalize(ctx, n.Admin, []uint64{1, 2})
	n.Must(err)
	n.Must(s.GrantConsent(ctx, op, s.ClassID, big.NewInt(1<<evm.PurposeResearch), false))
	n.Must(s.SetFloor(ctx, op, s.ClassID, common.Address{}, big.NewInt(0)))

	m := &market.Manifest{Version: market.ManifestVersion, ChainID: chain.ChainID.Uint64(), DAT: s.DAT.Hex(), Market: s.Market.Hex(),
		Query: market.Query{Class: s.ClassID}}
	for id := uint64(1); id <= 2; id++ {
		tok, err := s.TokenState(ctx, id)
		n.Must(err)
		c := tok.Contrib
		units := tok.Value.Uint64() / 4
		m.Entries = append(m.Entries, market.ManifestEntry{TokenID: id, Units: units, Station: c.Device.Hex(), Epoch: c.Epoch,
			Cell: fmt.Sprintf("%x", c.H3Cell), Records: c.RecordCount, Score: c.Score, MerkleRoot: common.Hash(c.MerkleRoot).Hex(),
			CID: store.CIDFromDigest(c.CidDigest)})
		m.Units += units
		m.Records += uint64(c.RecordCount)
	}
	m.Root = common.Hash(market.ManifestRoot(m.MarketEntries())).Hex()
	mb, err := json.Marshal(m)
	n.Must(err)
	manifestFile := filepath.Join(dir, "dataset.json")
	n.Must(os.WriteFile(manifestFile, mb, 0o644))
	mcid, err := local.Put(ctx, mb)
	n.Must(err)
	mdigest, err := store.Digest(mcid)
	n.Must(err)
	listing, err := s.ListDataset(ctx, n.Admin, evm.Listing{ClassId: s.ClassID, ManifestRoot: market.ManifestRoot(m.MarketEntries()),
		ManifestCid: mdigest, CertificateHash: [32]byte{1}, PricePerUnit: big.NewInt(1000), Purposes: big.NewInt(1 << evm.PurposeResearch),
		AccessDuration: 30 * 86400, DeliveryWindow: 3600, LicenceURI: "ipfs://licence"})
	n.Must(err)

	buyerKey := importKey(t, filepath.Join(dir, "keys"), evm.AnvilAccount(3))
	gwKey := importKey(t, filepath.Join(dir, "keys"), vs[0])
	conn := []string{"--rpc", url, "--addresses", addrs}

	// buy
	if _, err := run(t, append([]string{"buy", fmt.Sprint(listing), "--manifest", manifestFile, "--purpose", "research",
		"--recipient", "age1nope", "--key", buyerKey}, conn...)...); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("buy with a bad recipient: %v", err)
	}
	out, err := run(t, append([]string{"buy", fmt.Sprint(listing), "--manifest", manifestFile, "--purpose", "research",
		"--recipient", buyerID.Recipient().String(), "--min-units", fmt.Sprint(m.Units), "--json", "--key", buyerKey}, conn...)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var bought BuyResult
	if err := json.Unmarshal([]byte(out), &bought); err != nil || bought.Purchase == 0 || bought.Units != m.Units || bought.Tokens != 2 {
		t.Fatalf("buy printed %s (%v)", out, err)
	}
	if want := new(big.Int).Mul(big.NewInt(1000), new(big.Int).SetUint64(m.Units)).String(); bought.Amount != want {
		t.Fatalf("paid %s, want %s", bought.Amount, want)
	}

	// gateway: delivers at its first poll, then stops.
	out, err = run(t, append([]string{"gateway", "--key", gwKey, "--age-identity", gwIDFile, "--store", blocks,
		"--state", filepath.Join(dir, "gateway.db"), "--listen", "127.0.0.1:0", "--interval", "100ms", "--exit-after", "1500ms"}, conn...)...)
	if err != nil {
		t.Fatalf("gateway: %v\n%s", err, out)
	}
	p, err := s.PurchaseOf(ctx, bought.Purchase)
	n.Must(err)
	if p.State != evm.PurchaseDelivered || p.Gateway != vs[0].Address {
		t.Fatalf("purchase %+v not delivered by the gateway", p)
	}

	// download
	exportDir := filepath.Join(dir, "export")
	download := func(format string) (DownloadReport, error) {
		out, err := run(t, append([]string{"download", fmt.Sprint(bought.Purchase), "--manifest", manifestFile, "--identity", buyerIDFile,
			"--store", blocks, "--out", exportDir, "--format", format, "--interval", "50ms", "--json"}, conn...)...)
		var rep DownloadReport
		if jerr := json.Unmarshal([]byte(out), &rep); jerr != nil {
			t.Fatalf("download printed %q: %v (%v)", out, jerr, err)
		}
		return rep, err
	}
	rep, err := download("parquet")
	n.Must(err)
	if rep.Verified != m.Records || rep.Rows != int(m.Records) || rep.Failed != 0 || filepath.Base(rep.File) != fmt.Sprintf("purchase-%d.parquet", bought.Purchase) {
		t.Fatalf("download report %+v; want %d records verified", rep, m.Records)
	}
	if st, err := os.Stat(rep.File); err != nil || st.Size() == 0 {
		t.Fatalf("export file: %v", err)
	}

	// A flipped byte in a package: reported, and the command fails.
	bad := m.Entries[0]
	path := filepath.Join(blocks, bad.CID[len(bad.CID)-2:], bad.CID)
	raw, err := os.ReadFile(path)
	n.Must(err)
	raw[len(raw)-40] ^= 0x80
	n.Must(os.Chmod(path, 0o644))
	n.Must(os.WriteFile(path, raw, 0o644))
	rep, err = download("csv")
	if datpin.ErrorCode(err) != datpin.EINVALID || exitCode(err) == 0 {
		t.Fatalf("download of a corrupt package: %v", err)
	}
	if rep.Failed != uint64(bad.Records) || rep.Rows != int(m.Records)-int(bad.Records) {
		t.Fatalf("report %+v; want token %d's %d records unverified and not exported", rep, bad.TokenID, bad.Records)
	}
}
