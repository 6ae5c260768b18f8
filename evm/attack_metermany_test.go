package evm_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin/contracts/bindings/dataplan"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// mmPlans returns the plans of owners.
func mmPlans(n *evmtest.Net, owners []common.Address) []evm.Plan {
	n.T.Helper()
	out := make([]evm.Plan, len(owners))
	for i, o := range owners {
		p, err := n.Suite.PlanOf(n.Ctx, o)
		n.Must(err)
		out[i] = p
	}
	return out
}

// mmTreasury is the plan's treasury.
func mmTreasury(n *evmtest.Net) common.Address {
	n.T.Helper()
	return evmtest.Read(n, n.Suite.Plan, n.Suite.PlanABI.PackTreasury(), n.Suite.PlanABI.UnpackTreasury)
}

// mmWantKB is the kilobytes a yield buys at price: whole kilobytes of the yield less one unit.
func mmWantKB(yield, price *big.Int) *big.Int {
	if yield.Cmp(big.NewInt(1)) <= 0 {
		return new(big.Int)
	}
	kb := new(big.Int).Sub(yield, big.NewInt(1))
	kb.Mul(kb, big.NewInt(kbPerGB))
	return kb.Div(kb, price)
}

// mmSumShares fails the test unless the plans' shares add up to what the plan contract holds in
// the vault (the batch burns exactly what it takes from the plans).
func mmSumShares(n *evmtest.Net, owners []common.Address, what string) {
	n.T.Helper()
	sum := new(big.Int)
	for _, p := range mmPlans(n, owners) {
		sum.Add(sum, p.Shares)
	}
	if held := fdShares(n, n.Suite.Plan); held.Cmp(sum) != 0 {
		n.T.Fatalf("%s: the plan holds %v vault shares, its plans account for %v", what, held, sum)
	}
}

// A batch credits each plan exactly the whole kilobytes of its yield (less one unit) at the
// batch's share price, never more, however the plans' sizes round; an owner listed many times is
// converted once and debited each time; the treasury receives at least the assets credited and
// at most a unit more per entry, paid from the plans' own burnt shares; the shares left cover
// every principal; the vault stays solvent and the plans' shares add up to the contract's.
func TestMeterManyAttack_CreditIsYieldOnly(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	// Odd principals round differently against the share price.
	principals := []*big.Int{evm.Ether(1000), big.NewInt(1_000_003), evmtest.Big("777777777777777777777"), big.NewInt(7)}
	var owners []common.Address
	for i, amount := range principals {
		sub := evmtest.Account("holder", uint32(i))
		fund(n, sub.Address, amount)
		_, err := planDeposit(n, sub, sid("mm-"+string(rune('a'+i))), amount)
		n.Must(err)
		owners = append(owners, sub.Address)
	}
	fund(n, buyer.Address, evm.Ether(70))
	_, err := s.VaultRevenue(n.Ctx, buyer, evm.Ether(70))
	n.Must(err)
	// The revenue has vested: the share price stays the same from block to block, so the
	// yield read before the batch is the yield the batch sees.
	n.Advance(2 * vesting)
	price, _, err := s.PlanPrice(n.Ctx)
	n.Must(err)
	want := make([]*big.Int, len(owners))
	for i, o := range owners {
		_, y, err := s.PlanValue(n.Ctx, o)
		n.Must(err)
		want[i] = mmWantKB(y, price)
	}
	before := mmPlans(n, owners)
	treasury := mmTreasury(n)
	treasuryBefore := fdTokens(n, treasury)

	// Every owner listed; the first one 200 more times.
	batch := append([]common.Address{}, owners...)
	kbs := make([]uint64, len(owners))
	for i := 0; i < 200; i++ {
		batch = append(batch, owners[0])
		kbs = append(kbs, 1)
	}
	r, err := s.PlanMeterMany(n.Ctx, n.Admin, batch, kbs)
	n.Must(err)

	converted := new(big.Int)
	seen := map[common.Address]int{}
	for _, ev := range evmtest.Events(r, s.PlanABI.UnpackYieldConvertedEvent) {
		converted.Add(converted, ev.Assets)
		seen[ev.Owner]++
	}
	for o, k := range seen {
		if k != 1 {
			t.Fatalf("%s converted %d times in one batch", o.Hex(), k)
		}
	}
	after := mmPlans(n, owners)
	for i := range owners {
		got := new(big.Int).Sub(after[i].CreditKB, before[i].CreditKB)
		if got.Cmp(want[i]) != 0 {
			t.Fatalf("plan %d credited %v KB; its yield buys %v KB", i, got, want[i])
		}
		fdWhole(n, owners[i], "after the batch")
	}
	if after[0].UsedKB.Uint64() != 200 {
		t.Fatalf("owner listed 201 times used %v KB; want 200", after[0].UsedKB)
	}
	if want[0].Sign() == 0 || want[3].Sign() != 0 {
		t.Fatalf("fixture: want %v (the large plan credited, the 7-unit one not)", want)
	}
	got := new(big.Int).Sub(fdTokens(n, treasury), treasuryBefore)
	limit := new(big.Int).Add(converted, big.NewInt(int64(len(batch))))
	if got.Cmp(converted) < 0 || got.Cmp(limit) > 0 {
		t.Fatalf("the treasury received %v for %v of credited yield", got, converted)
	}
	fdSolvent(n, "after the batch")
	mmSumShares(n, owners, "after the batch")

	// Nothing left to convert: a second batch at the same price credits nothing and redeems
	// nothing (no redeem of zero shares).
	r, err = s.PlanMeterMany(n.Ctx, n.Admin, owners, make([]uint64, len(owners)))
	n.Must(err)
	if ev := evmtest.Events(r, s.PlanABI.UnpackYieldConvertedEvent); len(ev) != 0 {
		t.Fatalf("a second batch converted again: %+v", ev)
	}
	if now := fdTokens(n, treasury); now.Cmp(new(big.Int).Add(treasuryBefore, got)) != 0 {
		t.Fatalf("a second batch paid the treasury %v", new(big.Int).Sub(now, treasuryBefore))
	}
}

// Front-running a batch through the vault gains nothing: a whale's deposit, a plan's
// withdrawal and a direct redemption just before the batch leave every other plan's credit what
// its twin, metered before them at the same share price, received; a donation made just before
// counts only as it vests; the whale takes back no more than it put in and its share of what vested while it stayed.
func TestMeterManyAttack_FrontRun(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	subs := fdPlans(n, "holder", 5, evm.Ether(1000))
	n.Advance(2 * vesting)
	twins := []common.Address{subs[0].Address, subs[1].Address}
	targets := []common.Address{subs[2].Address, subs[3].Address}
	leaver := subs[4]

	_, err := s.PlanMeterMany(n.Ctx, n.Admin, twins, []uint64{0, 0})
	n.Must(err)

	whale := evmtest.Account("attacker", 1)
	put := evm.Ether(100_000)
	fdDirectDeposit(n, whale, put)
	_, err = s.PlanWithdraw(n.Ctx, leaver, leaver.Address)
	evmtest.ExpectRevert(t, err, "TermNotOver", "")
	stBefore := vaultState(n)
	donation := evm.Ether(500)
	fund(n, stranger.Address, donation)
	_, err = s.VaultRevenue(n.Ctx, stranger, donation)
	n.Must(err)
	stAfter := vaultState(n)
	// A donation counts only as it vests: a few seconds' worth, not the amount.
	if jump := new(big.Int).Sub(stAfter.TotalAssets, stBefore.TotalAssets); jump.Cmp(fdMulDiv(donation, 60, int64(vesting.Seconds()))) > 0 {
		t.Fatalf("a donation raised the counted assets by %v at once", jump)
	}
	// The batch must not see the donation: meter the targets in the block right after it, at
	// which point it has vested for seconds only; compare with the twins, metered without it.
	_, err = s.PlanMeterMany(n.Ctx, n.Admin, targets, []uint64{0, 0})
	n.Must(err)
	tw := mmPlans(n, twins)
	tg := mmPlans(n, targets)
	// One kilobyte is worth price/2^20 units; a few seconds of the donation's vesting, shared
	// over the vault, is far below a kilobyte per plan of this size.
	price, _, err := s.PlanPrice(n.Ctx)
	n.Must(err)
	kbWorth := new(big.Int).Div(price, big.NewInt(kbPerGB))
	for i := range targets {
		d := new(big.Int).Sub(tg[i].CreditKB, tw[i].CreditKB)
		share := fdMulDiv(donation, 60, int64(vesting.Seconds())) // at most what vested, to everyone
		if d.Sign() < 0 || new(big.Int).Mul(d, kbWorth).Cmp(new(big.Int).Add(share, kbWorth)) > 0 {
			t.Fatalf("target %d credited %v KB, its twin %v KB", i, tg[i].CreditKB, tw[i].CreditKB)
		}
		fdWhole(n, targets[i], "after the front-run batch")
	}
	back := fdRedeemAll(n, whale)
	if back.Cmp(new(big.Int).Add(put, fdMulDiv(donation, 60, int64(vesting.Seconds())))) > 0 {
		t.Fatalf("the whale put %v and took back %v", put, back)
	}
	fdSolvent(n, "after the front-run")
	mmSumShares(n, []common.Address{subs[0].Address, subs[1].Address, subs[2].Address, subs[3].Address, leaver.Address}, "after the front-run")
}

// A plan withdrawn to zero shares stays metered without reverting the batch: a subscriber
// leaving cannot brick the billing's run, and its entry only throttles.
func TestMeterManyAttack_WithdrawnPlanCannotBrick(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	subs := fdPlans(n, "holder", 3, evm.Ether(1000))
	n.Advance(minTerm)
	_, err := s.PlanWithdraw(n.Ctx, subs[0], subs[0].Address)
	n.Must(err)
	owners := []common.Address{subs[0].Address, subs[1].Address, subs[2].Address, subs[0].Address}
	r, err := s.PlanMeterMany(n.Ctx, n.Admin, owners, []uint64{5, 5, 5, 5})
	n.Must(err)
	for _, ev := range evmtest.Events(r, s.PlanABI.UnpackYieldConvertedEvent) {
		if ev.Owner == subs[0].Address {
			t.Fatalf("a withdrawn plan converted %+v", ev)
		}
	}
	p, err := s.PlanOf(n.Ctx, subs[0].Address)
	n.Must(err)
	if p.Shares.Sign() != 0 || p.UsedKB.Cmp(p.CreditKB) > 0 {
		t.Fatalf("withdrawn plan after a batch %+v", p)
	}
	fdSolvent(n, "after metering a withdrawn plan")
	mmSumShares(n, owners[:3], "after metering a withdrawn plan")
}

// mmFixedRateVault is the runtime code of a stand-in vault: asset() is token, decimals() 24,
// totalAssets() and totalSupply() zero, and convertToAssets(x) x / 10^6 + extra. With extra 0 it
// converts as an empty ERC-4626 vault of 6 decimals of offset; with extra 1 it does not.
func mmFixedRateVault(token common.Address, extra byte) []byte {
	const (
		push1, push2, push3, push4, push20 = 0x60, 0x61, 0x62, 0x63, 0x73
		dup1, eq, jumpi, jumpdest, revert  = 0x80, 0x14, 0x57, 0x5b, 0xfd
		calldataload, shr, div, add        = 0x35, 0x1c, 0x04, 0x01
		mstore, ret, jump                  = 0x52, 0xf3, 0x56
	)
	selectors := [][4]byte{
		{0x38, 0xd5, 0x2e, 0x0f}, // asset()
		{0x31, 0x3c, 0xe5, 0x67}, // decimals()
		{0x01, 0xe1, 0xd1, 0x14}, // totalAssets()
		{0x18, 0x16, 0x0d, 0xdd}, // totalSupply()
		{0x07, 0xa2, 0xd1, 0x3a}, // convertToAssets(uint256)
	}
	// Dispatcher: 6 bytes of selector load, 11 bytes per case, 4 bytes of revert.
	head := 6 + 11*len(selectors) + 4
	bodies := [][]byte{
		append([]byte{jumpdest, push20}, token.Bytes()...),
		{jumpdest, push1, 24},
		{jumpdest, push1, 0},
		{jumpdest, push1, 0},
		{jumpdest, push3, 0x0f, 0x42, 0x40, push1, 4, calldataload, div, push1, extra, add},
	}
	// Each body ends with a jump to the shared return.
	retAt := head
	for _, b := range bodies {
		retAt += len(b) + 4
	}
	code := []byte{push1, 0, calldataload, push1, 0xe0, shr}
	at := head
	for i, sel := range selectors {
		code = append(code, dup1, push4, sel[0], sel[1], sel[2], sel[3], eq, push2, byte(at>>8), byte(at), jumpi)
		at += len(bodies[i]) + 4
	}
	code = append(code, push1, 0, dup1, revert)
	for _, b := range bodies {
		code = append(code, b...)
		code = append(code, push2, byte(retAt>>8), byte(retAt), jump)
	}
	code = append(code, jumpdest, push1, 0, mstore, push1, 0x20, push1, 0, ret)
	// Creation code: copy the runtime code after this 12-byte prefix and return it.
	init := []byte{push2, byte(len(code) >> 8), byte(len(code)), dup1, push1, 12, push1, 0, 0x39, push1, 0, ret}
	return append(init, code...)
}

// The constructor's probe: the deployed FreeDataVault passes it in a lived-in state (seeded,
// deposits, vested revenue, a redemption), and a vault whose conversion is off by a unit, or a
// contract that is no vault, is refused.
func TestMeterManyAttack_ConstructorProbe(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	fdPlans(n, "holder", 2, evmtest.Big("333333333333333333333"))
	n.Advance(vesting / 3)
	fdDirectDeposit(n, stranger, big.NewInt(123_456_789))
	fdRedeemAll(n, stranger)
	abi := dataplan.NewDataPlan()
	price := evm.Ether(1)
	ctor := func(vault common.Address) []byte {
		return abi.PackConstructor(new(big.Int), n.Admin.Address, vault, n.Admin.Address, price, uint64(minTerm.Seconds()))
	}
	if a := n.Deploy(n.Admin, dataplan.DataPlanMetaData.Bin, ctor(s.Vault)); a == (common.Address{}) {
		t.Fatal("no plan deployed over the live vault")
	}
	off := n.Deploy(n.Admin, common.Bytes2Hex(mmFixedRateVault(s.Token, 1)), nil)
	_, err := n.Chain.Send(n.Ctx, n.Admin, nil, append(common.FromHex(dataplan.DataPlanMetaData.Bin), ctor(off)...), nil)
	evmtest.ExpectRevert(t, err, "InvalidInput", "")
	_, err = n.Chain.Send(n.Ctx, n.Admin, nil, append(common.FromHex(dataplan.DataPlanMetaData.Bin), ctor(s.Token)...), nil)
	if err == nil {
		t.Fatal("a plan was deployed over the network token")
	}
}
