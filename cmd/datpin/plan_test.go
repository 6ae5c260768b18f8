package main

import (
	"context"
	"encoding/json"
	"math"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/freedata"
)

// plan quote, deposit, status and withdraw against the vault and plan on anvil; simulate offline.
func TestCLI_Plan(t *testing.T) {
	dir := t.TempDir()
	url, _, s, addrs := anvilSuite(t, evm.DefaultConfig(), dir)
	ctx := context.Background()
	admin, sub := evm.AnvilAccount(0), evm.AnvilAccount(3)
	t.Setenv("DATPIN_PASSWORD", "plan test")
	key := importKey(t, filepath.Join(dir, "keys"), sub)
	conn := []string{"--rpc", url, "--addresses", addrs}
	if err := s.MintToken(ctx, admin, sub.Address, evm.Ether(1000)); err != nil {
		t.Fatal(err)
	}
	if err := s.MintToken(ctx, admin, admin.Address, evm.Ether(70)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.VaultRevenue(ctx, admin, evm.Ether(70)); err != nil {
		t.Fatal(err)
	}
	if _, err := run(t, append([]string{"plan", "quote"}, conn...)...); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("quote without an amount: %v", err)
	}
	out, err := run(t, append([]string{"plan", "quote", "--deposit", "1000", "--json"}, conn...)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var q freedata.Quote
	if err := json.Unmarshal([]byte(out), &q); err != nil || q.APR <= 0 || q.GBPerMonth <= 0 || q.PricePerGB != 0.1 ||
		!strings.Contains(out, `"apy"`) || (q.APY == nil) != math.IsInf(math.Expm1(q.APR), 1) ||
		(q.APY != nil && (*q.APY <= q.APR || math.Abs(*q.APY-math.Expm1(q.APR)) > 1e-9*math.Abs(*q.APY))) {
		t.Fatalf("quote %s (%v)", out, err)
	}
	adminKey := importKey(t, filepath.Join(dir, "keys"), admin) // the deployer is the billing (METER_ROLE)
	if _, err := run(t, append([]string{"plan", "deposit", "--subscriber", "alice", "--amount", "1", "--key", key}, conn...)...); datpin.ErrorCode(err) != datpin.EUNAUTHORIZED {
		t.Fatalf("deposit under an unbound id: %v", err)
	}
	if out, err := run(t, append([]string{"plan", "bind", "--subscriber", "alice", "--address", sub.Address.Hex(), "--key", adminKey}, conn...)...); err != nil {
		t.Fatalf("bind: %v\n%s", err, out)
	}
	out, err = run(t, append([]string{"plan", "deposit", "--subscriber", "alice", "--amount", "1000", "--key", key, "--json"}, conn...)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var st PlanStatus
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("deposit printed %q: %v", out, err)
	}
	p, ok := new(big.Int).SetString(st.Principal, 10)
	if !ok || new(big.Int).Sub(evm.Ether(1000), p).Cmp(big.NewInt(1)) > 0 || st.Throttled || st.WithdrawableAt == "" {
		t.Fatalf("status after the deposit %+v", st)
	}
	// The billing meters use: a subscriber cannot meter itself; metering far beyond the credit
	// throttles the plan and leaves the deposit whole.
	if _, err := run(t, append([]string{"plan", "meter", "--address", sub.Address.Hex(), "--mb", "10", "--key", key}, conn...)...); datpin.ErrorCode(err) != datpin.EUNAUTHORIZED {
		t.Fatalf("metering by the subscriber itself: %v", err)
	}
	out, err = run(t, append([]string{"plan", "meter", "--address", sub.Address.Hex(), "--mb", "1000000000", "--key", adminKey, "--json"}, conn...)...)
	if err != nil || !strings.Contains(out, `"throttled": true`) {
		t.Fatalf("metering beyond the credit: %v\n%s", err, out)
	}
	out, err = run(t, append([]string{"plan", "status", "--address", sub.Address.Hex(), "--json"}, conn...)...)
	if err != nil {
		t.Fatal(err)
	}
	var after PlanStatus
	if err := json.Unmarshal([]byte(out), &after); err != nil || !after.Throttled {
		t.Fatalf("status after metering %s (%v)", out, err)
	}
	before, _ := new(big.Int).SetString(st.Principal, 10)
	if now, ok := new(big.Int).SetString(after.Principal, 10); !ok || now.Cmp(before) < 0 {
		t.Fatalf("the deposit shrank from %s to %s", st.Principal, after.Principal)
	}
	if _, err := run(t, append([]string{"plan", "status", "--address", admin.Address.Hex()}, conn...)...); datpin.ErrorCode(err) != datpin.ENOTFOUND {
		t.Fatalf("status of an address without a plan: %v", err)
	}
	if _, err := run(t, append([]string{"plan", "withdraw", "--key", key}, conn...)...); datpin.ErrorCode(err) != datpin.ECONFLICT {
		t.Fatalf("withdraw before the term: %v", err)
	}
	out, err = run(t, "plan", "simulate", "--subscribers", "50", "--years", "2", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var sim freedata.SimResult
	if err := json.Unmarshal([]byte(out), &sim); err != nil || len(sim.Months) != 24 || sim.Deposits <= 0 {
		t.Fatalf("simulate printed %.200s (%v)", out, err)
	}
}
