package main

import (
	"context"
	"encoding/json"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
)

// consent grant, buyer, floor, show and revoke change the holder's consent on a real node, as
// the market reads it.
func TestCLI_Consent(t *testing.T) {
	dir := t.TempDir()
	url, _, s, addrs := anvilSuite(t, evm.DefaultConfig(), dir)
	t.Setenv("DATPIN_PASSWORD", "consent test")
	holder := evm.AnvilAccount(3)
	key := importKey(t, filepath.Join(dir, "keys"), holder)
	ctx := context.Background()
	conn := []string{"--rpc", url, "--addresses", addrs, "--key", key}
	cli := func(args ...string) (string, error) { return run(t, append(args, conn...)...) }

	if _, err := run(t, "consent", "show"); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("consent without --rpc: %v", err)
	}
	if _, err := cli("consent", "grant", "--purposes", "research,astrology"); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("unknown purpose: %v", err)
	}
	out, err := cli("consent", "grant", "--purposes", "research,ai-training,200", "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var res ConsentResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("grant printed %q: %v", out, err)
	}
	if res.Class != s.ClassID || !res.MarketIsOperator || len(res.Purposes) != 3 || res.Purposes[0] != "research" || res.Purposes[1] != "ai-training" || res.Purposes[2] != "200" {
		t.Fatalf("grant: %+v", res)
	}
	buyer := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	if _, err := cli("consent", "buyer", "deny", buyer.Hex()); err != nil {
		t.Fatal(err)
	}
	if _, err := cli("consent", "floor", "--asset", "eth", "--price", "7"); err != nil {
		t.Fatal(err)
	}
	read := func(data []byte) bool {
		t.Helper()
		b, err := s.Chain.Call(ctx, common.Address{}, s.Market, data)
		if err != nil {
			t.Fatal(err)
		}
		ok, err := s.MarketABI.UnpackConsents(b)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	consents := func(who common.Address, purpose uint8, price int64) bool {
		return read(s.MarketABI.PackConsents(holder.Address, new(big.Int).SetUint64(s.ClassID), who, purpose, common.Address{}, big.NewInt(price)))
	}
	other := common.HexToAddress("0x00000000000000000000000000000000000000b2")
	if !consents(other, evm.PurposeAITraining, 7) || consents(other, evm.PurposeCommercial, 7) || consents(buyer, evm.PurposeResearch, 7) || consents(other, evm.PurposeResearch, 6) {
		t.Fatal("the market does not read the consent the CLI set")
	}
	if _, err := cli("consent", "revoke"); err != nil {
		t.Fatal(err)
	}
	out, err = cli("consent", "show", "--json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Purposes) != 0 || res.MarketIsOperator {
		t.Fatalf("after revoke: %s", out)
	}
	if consents(other, evm.PurposeAITraining, 7) {
		t.Fatal("revoked consent still sells")
	}
}
