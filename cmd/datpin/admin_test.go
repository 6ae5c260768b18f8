package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestParseAmount(t *testing.T) {
	for in, want := range map[string]string{"0": "0", "1": "1000000000000000000", "1.5": "1500000000000000000", "0.000000000000000001": "1"} {
		got, err := parseAmount(in)
		if err != nil || got.String() != want {
			t.Errorf("parseAmount(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"-1", "x", "0.0000000000000000001", ""} {
		if _, err := parseAmount(in); datpin.ErrorCode(err) != datpin.EINVALID {
			t.Errorf("parseAmount(%q): %v, want an invalid-input error", in, err)
		}
	}
}

// The deployer funds a fresh account with ETH and network tokens on anvil, then settles the epoch
// that ended; a second settlement of the same epoch is refused by the contract.
func TestCLI_AdminFundAndSettleOnAnvil(t *testing.T) {
	ctx := context.Background()
	cfg := evm.DefaultConfig()
	cfg.EpochLength = 10 * time.Second
	dir := t.TempDir()
	url, chain, s, addrs := anvilSuite(t, cfg, dir)
	t.Setenv("DATPIN_PASSWORD", "pw")
	admin := struct{ File string }{importKey(t, dir, evm.AnvilAccount(0))}
	to := evm.DevAccount("test/fund", 0).Address
	common := []string{"--rpc", url, "--addresses", addrs, "--key", admin.File}
	if _, err := run(t, append([]string{"admin", "fund", to.Hex(), "--eth", "0.5", "--tokens", "2000"}, common...)...); err != nil {
		t.Fatal(err)
	}
	bal, err := chain.Balance(ctx, to)
	if err != nil || bal.Cmp(evm.Ether(1)) >= 0 || bal.Sign() == 0 {
		t.Fatalf("ETH balance %v, %v; want 0.5 ETH", bal, err)
	}
	tb, err := s.TokenBalance(ctx, to)
	if err != nil || tb.Cmp(evm.Ether(2000)) != 0 {
		t.Fatalf("token balance %v, %v; want 2000e18", tb, err)
	}
	// A development node sets a balance without any sender.
	fresh := evm.DevAccount("test/set-balance", 0).Address
	if _, err := run(t, "admin", "fund", fresh.Hex(), "--eth", "123.5", "--set-balance", "--rpc", url); err != nil {
		t.Fatal(err)
	}
	if bal, err := chain.Balance(ctx, fresh); err != nil || bal.Cmp(new(big.Int).Div(evm.Ether(247), big.NewInt(2))) != 0 {
		t.Fatalf("balance after --set-balance %v, %v; want 123.5 ETH", bal, err)
	}
	if _, err := run(t, "admin", "fund", fresh.Hex(), "--tokens", "1", "--set-balance", "--rpc", url); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("--set-balance with --tokens: %v", err)
	}
	if _, err := run(t, append([]string{"admin", "fund", "nope", "--eth", "1"}, common...)...); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("fund of a non-address: %v", err)
	}
	// Let the first epoch end on anvil's clock, then settle it (an empty class has no share, so the
	// contract refuses: the CLI reports the contract's reason).
	if err := chain.AdvanceTo(ctx, s.Genesis+11); err != nil {
		t.Fatal(err)
	}
	_, err = run(t, append([]string{"admin", "settle", "--epoch", "0"}, common...)...)
	if evm.RevertName(err) != "NoShareInClass" {
		t.Fatalf("settle of an epoch with no share: %v, want NoShareInClass", err)
	}
}

// A parameter change goes through the timelock: scheduled, refused before the delay, executed
// after it; the deployer can no longer change it directly.
func TestCLI_AdminParamThroughTimelock(t *testing.T) {
	ctx := context.Background()
	cfg := evm.DefaultConfig()
	cfg.TimelockDelay = 30 * time.Second
	dir := t.TempDir()
	url, chain, s, addrs := anvilSuite(t, cfg, dir)
	t.Setenv("DATPIN_PASSWORD", "pw")
	key := importKey(t, dir, evm.AnvilAccount(0))
	common := []string{"--rpc", url, "--addresses", addrs, "--key", key, "--json"}
	emission := func() *big.Int {
		out, err := chain.Call(ctx, evm.AnvilAccount(0).Address, s.Rewards, s.RewardsABI.PackEmissionPerEpoch())
		if err != nil {
			t.Fatal(err)
		}
		v, err := s.RewardsABI.UnpackEmissionPerEpoch(out)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	before := emission()
	out, err := run(t, append([]string{"admin", "param", "emission", "5000"}, common...)...)
	if err != nil {
		t.Fatal(err)
	}
	var res struct{ State, Operation string }
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.State != "waiting" || res.Operation == "" {
		t.Fatalf("schedule printed %q (%v); want a waiting operation", out, err)
	}
	_, err = run(t, append([]string{"admin", "param", "emission", "5000", "--execute"}, common...)...)
	if evm.RevertName(err) != "TimelockUnexpectedOperationState" {
		t.Fatalf("execute before the delay: %v; want TimelockUnexpectedOperationState", err)
	}
	if emission().Cmp(before) != 0 {
		t.Fatal("emission changed before the delay")
	}
	now, err := chain.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := chain.AdvanceTo(ctx, uint64(now.Unix())+31); err != nil {
		t.Fatal(err)
	}
	if out, err = run(t, append([]string{"admin", "param", "emission", "5000", "--execute"}, common...)...); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.State != "done" {
		t.Fatalf("execute printed %q (%v); want done", out, err)
	}
	if got := emission(); got.Cmp(evm.Ether(5000)) != 0 {
		t.Fatalf("emission = %v; want 5000e18", got)
	}
	if _, err := run(t, append([]string{"admin", "param", "emission", "1", "2"}, common...)...); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("bad arguments: %v; want an invalid-input error", err)
	}
	// The timelock's own roles go through it too: a multisig becomes a proposer.
	multisig := evm.AnvilAccount(5).Address
	grant := []string{"admin", "param", "grant-role", "timelock", "PROPOSER_ROLE", multisig.Hex()}
	if _, err := run(t, append(grant, common...)...); err != nil {
		t.Fatal(err)
	}
	if now, err = chain.Now(ctx); err != nil {
		t.Fatal(err)
	}
	if err := chain.AdvanceTo(ctx, uint64(now.Unix())+31); err != nil {
		t.Fatal(err)
	}
	if _, err := run(t, append(append(grant, "--execute"), common...)...); err != nil {
		t.Fatal(err)
	}
	proposer := [32]byte(crypto.Keccak256([]byte("PROPOSER_ROLE")))
	got, err := chain.Call(ctx, multisig, s.Timelock, s.DATABI.PackHasRole(proposer, multisig))
	if err != nil {
		t.Fatal(err)
	}
	if has, err := s.DATABI.UnpackHasRole(got); err != nil || !has {
		t.Fatalf("the multisig is not a proposer of the timelock (%v)", err)
	}
	// New scoring rules, in force from the round the change is executed in.
	next := "0x" + strings.Repeat("ab", 32)
	rules := []string{"admin", "param", "rules", next}
	if _, err := run(t, append(rules, common...)...); err != nil {
		t.Fatal(err)
	}
	if now, err = chain.Now(ctx); err != nil {
		t.Fatal(err)
	}
	if err := chain.AdvanceTo(ctx, uint64(now.Unix())+31); err != nil {
		t.Fatal(err)
	}
	if _, err := run(t, append(append(rules, "--execute"), common...)...); err != nil {
		t.Fatal(err)
	}
	if now, err = chain.Now(ctx); err != nil {
		t.Fatal(err)
	}
	round, err := s.RoundAt(ctx, uint64(now.Unix()))
	if err != nil {
		t.Fatal(err)
	}
	if h, err := s.RulesOf(ctx, round); err != nil || fmt.Sprintf("0x%x", h) != next {
		t.Fatalf("rules of round %d: %x (%v); want %s", round, h, err, next)
	}
	if _, err := run(t, append([]string{"admin", "param", "rules", "0x12"}, common...)...); datpin.ErrorCode(err) != datpin.EINVALID {
		t.Fatalf("a short hash: %v; want an invalid-input error", err)
	}
}
