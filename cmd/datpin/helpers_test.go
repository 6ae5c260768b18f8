package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/internal/testproc"
)

// anvilChain starts an anvil node for the test and dials it; both end with the test.
func anvilChain(t *testing.T) (string, *evm.Chain) {
	t.Helper()
	url := testproc.StartAnvil(t, testproc.AnvilOptions{}).URL()
	chain, err := evm.Dial(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	return url, chain
}

// writeAddresses writes the suite's addresses file into dir, as `datpin deploy --out` does.
func writeAddresses(t *testing.T, dir string, s *evm.Suite) string {
	t.Helper()
	path := filepath.Join(dir, "addresses.json")
	if err := evm.WriteAddresses(path, s.Addresses); err != nil {
		t.Fatal(err)
	}
	return path
}

// anvilSuite deploys the suite on a new anvil node from its first account and writes the
// addresses file into dir.
func anvilSuite(t *testing.T, cfg evm.Config, dir string) (url string, chain *evm.Chain, s *evm.Suite, addrs string) {
	t.Helper()
	url, chain = anvilChain(t)
	s, err := evm.Deploy(context.Background(), chain, evm.AnvilAccount(0), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return url, chain, s, writeAddresses(t, dir, s)
}

// importKey imports acct's key with `datpin keys import` into a keystore under dir (the password
// is DATPIN_PASSWORD) and returns the keystore file.
func importKey(t *testing.T, dir string, acct *evm.Account) string {
	t.Helper()
	hexKey := filepath.Join(t.TempDir(), "key.hex")
	if err := os.WriteFile(hexKey, []byte(hex.EncodeToString(crypto.FromECDSA(acct.Key))), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, "keys", "import", hexKey, "--dir", dir, "--light", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var k struct{ File string }
	if err := json.Unmarshal([]byte(out), &k); err != nil || k.File == "" {
		t.Fatalf("keys import printed %q", out)
	}
	return k.File
}
