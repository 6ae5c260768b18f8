package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/index/indextest"
	"github.com/datpin/datpin/market"
)

// dataset create resolves a query against an index it catches up from anvil, certify recomputes
// the certificate and refuses another hash, and list puts the manifest on the DataMarket with
// the certificate's hash.
func TestCLI_Dataset(t *testing.T) {
	url, chain := anvilChain(t)
	admin := evm.AnvilAccount(0)
	n := evmtest.NewOn(t, chain, admin, evm.DefaultConfig())
	f := indextest.BuildOn(t, n, evm.AnvilAccount(1), []*evm.Account{evm.AnvilAccount(2), evm.AnvilAccount(3), evm.AnvilAccount(4)})
	dir := t.TempDir()
	addrs := writeAddresses(t, dir, n.Suite)
	t.Setenv("DATPIN_PASSWORD", "dataset test")
	key := importKey(t, filepath.Join(dir, "keys"), admin) // the deployer is the first curator
	db := filepath.Join(dir, "index.db")
	manifest := filepath.Join(dir, "manifest.json")
	conn := []string{"--rpc", url, "--addresses", addrs, "--db", db}

	if _, err := run(t, "dataset", "create", "--out", manifest); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("create without --db: %v", err)
	}
	region := index.CellString(f.Stations[4].Region)
	out, err := run(t, append([]string{"dataset", "create", "--cell", region, "--k", "2", "--out", manifest, "--store", filepath.Join(dir, "blocks"), "--json"}, conn...)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var res DatasetResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("create printed %q: %v", out, err)
	}
	if res.Tokens != 3 || res.Certificate == nil || res.Preview == nil || len(res.Preview.Groups) != 1 || res.CID == "" {
		t.Fatalf("create: %+v", res)
	}
	if _, err := os.Stat(filepath.Join(dir, "blocks")); err != nil {
		t.Fatalf("manifest not stored: %v", err)
	}
	out, err = run(t, append([]string{"dataset", "certify", manifest, "--verify", res.Certificate.Hash, "--json"}, conn...)...)
	if err != nil {
		t.Fatalf("certify --verify: %v\n%s", err, out)
	}
	if _, err := run(t, append([]string{"dataset", "certify", manifest, "--verify", "0x1234"}, conn...)...); datpin.ErrorCode(err) != datpin.ECONFLICT {
		t.Fatalf("certify with another hash: %v", err)
	}
	out, err = run(t, append([]string{"dataset", "list", manifest, "--price", "1000", "--purposes", "research,ai-training", "--key", key, "--json"}, conn...)...)
	if err != nil {
		t.Fatalf("list: %v\n%s", err, out)
	}
	var l ListingResult
	if err := json.Unmarshal([]byte(out), &l); err != nil || l.Listing != 1 || l.CertificateHash != res.Certificate.Hash {
		t.Fatalf("list printed %s (%v)", out, err)
	}
	got := evmtest.Read(n, n.Suite.Market, n.Suite.MarketABI.PackListingOf(evmtest.U(l.Listing)), n.Suite.MarketABI.UnpackListingOf)
	m, err := readManifest(manifest)
	if err != nil {
		t.Fatal(err)
	}
	if got.ManifestRoot != market.ManifestRoot(m.MarketEntries()) || got.PricePerUnit.Int64() != 1000 || got.Purposes.Int64() != 5 {
		t.Fatalf("listing on chain %+v", got)
	}
}
