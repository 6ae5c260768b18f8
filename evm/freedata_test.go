package evm_test

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin/contracts/bindings/freedatavault"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/market"
)

const (
	day       = 24 * time.Hour
	vesting   = 7 * day
	kbPerGB   = 1 << 20
	minTerm   = 30 * day
	subscribe = "subscriber-"
)

func sid(s string) [32]byte {
	var b [32]byte
	copy(b[:], s)
	return b
}

// planDeposit deposits for owner under id, which the billing (the admin holds METER_ROLE) binds
// to owner first if it is not bound yet.
func planDeposit(n *evmtest.Net, owner *evm.Account, id [32]byte, amount *big.Int) (*types.Receipt, error) {
	n.T.Helper()
	bound := evmtest.Read(n, n.Suite.Plan, n.Suite.PlanABI.PackSubscriberOwner(id), n.Suite.PlanABI.UnpackSubscriberOwner)
	if bound == (common.Address{}) {
		if _, err := n.Suite.PlanBind(n.Ctx, n.Admin, id, owner.Address); err != nil && evm.RevertName(err) != "AlreadySubscribed" {
			return nil, err
		}
	}
	return n.Suite.PlanDeposit(n.Ctx, owner, id, amount)
}

// fund mints n tokens (18 decimals) to who from the development faucet.
func fund(n *evmtest.Net, who common.Address, amount *big.Int) {
	n.T.Helper()
	n.Must(n.Suite.MintToken(n.Ctx, n.Admin, who, amount))
}

func vaultState(n *evmtest.Net) *evm.VaultState {
	n.T.Helper()
	st, err := n.Suite.VaultState(n.Ctx)
	n.Must(err)
	return st
}

// A subscriber's deposit earns credit from revenue as it vests, never from its principal; usage
// beyond the credit throttles the plan; new yield lifts the throttle; the principal comes back
// whole after the minimum term, not before.
func TestFreeData_PlanFlow(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	price, term, err := s.PlanPrice(n.Ctx)
	n.Must(err)
	if term != uint64(minTerm/time.Second) {
		t.Fatalf("min term %d", term)
	}
	principal := evm.Ether(1000)
	fund(n, holder0.Address, principal)
	_, err = planDeposit(n, holder0, sid(subscribe+"0"), principal)
	n.Must(err)
	// Revenue of 70 tokens vests over seven days; half-way, about half of it counts.
	fund(n, buyer.Address, evm.Ether(70))
	_, err = s.VaultRevenue(n.Ctx, buyer, evm.Ether(70))
	n.Must(err)
	if v, y, err := s.PlanValue(n.Ctx, holder0.Address); err != nil || y.Sign() != 0 || v.Cmp(principal) > 0 {
		t.Fatalf("right after the revenue: value %v yield %v (%v); nothing may have vested", v, y, err)
	}
	n.Advance(vesting / 2)
	_, y, err := s.PlanValue(n.Ctx, holder0.Address)
	n.Must(err)
	// The subscriber holds 1000 of 1001 tokens of shares (the seed holds 1).
	want := new(big.Int).Div(new(big.Int).Mul(evm.Ether(35), big.NewInt(1000)), big.NewInt(1001))
	if diff := new(big.Int).Sub(y, want); diff.CmpAbs(evm.Ether(1)) > 0 {
		t.Fatalf("yield half-way %v; want about %v", y, want)
	}
	treasury := s.Timelock
	before, err := s.TokenBalance(n.Ctx, treasury)
	n.Must(err)
	_, err = s.PlanAccrue(n.Ctx, stranger, holder0.Address)
	n.Must(err)
	p, err := s.PlanOf(n.Ctx, holder0.Address)
	n.Must(err)
	after, err := s.TokenBalance(n.Ctx, treasury)
	n.Must(err)
	converted := new(big.Int).Sub(after, before)
	// The accrual is a few blocks (seconds) later than the view: allow a minute of vesting.
	margin := new(big.Int).Div(new(big.Int).Mul(evm.Ether(70), big.NewInt(60)), big.NewInt(int64(vesting/time.Second)))
	if converted.Cmp(p.YieldConverted) != 0 || converted.Cmp(new(big.Int).Add(y, margin)) > 0 || converted.Sign() == 0 {
		t.Fatalf("converted %v to the treasury, plan says %v, yield was %v", converted, p.YieldConverted, y)
	}
	wantKB := new(big.Int).Div(new(big.Int).Mul(converted, big.NewInt(kbPerGB)), price)
	if p.CreditKB.Cmp(wantKB) != 0 {
		t.Fatalf("credit %v KB; want %v", p.CreditKB, wantKB)
	}
	if v, _, err := s.PlanValue(n.Ctx, holder0.Address); err != nil || v.Cmp(principal) < 0 {
		t.Fatalf("principal %v not whole after a conversion: %v (%v)", principal, v, err)
	}
	// Usage within the credit, then beyond it.
	credit := p.CreditKB.Uint64()
	_, err = s.PlanMeter(n.Ctx, n.Admin, holder0.Address, credit/2)
	n.Must(err)
	_, err = s.PlanMeter(n.Ctx, stranger, holder0.Address, 1)
	evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", "")
	r, err := s.PlanMeter(n.Ctx, n.Admin, holder0.Address, credit)
	n.Must(err)
	if ev := evmtest.Events(r, s.PlanABI.UnpackThrottledEvent); len(ev) != 1 {
		t.Fatalf("no Throttled event past the credit")
	}
	if p, _ = s.PlanOf(n.Ctx, holder0.Address); !p.Throttled || p.UsedKB.Cmp(p.CreditKB) != 0 {
		t.Fatalf("plan %+v; want throttled with the credit used up", p)
	}
	// The rest of the revenue vests: the next meter converts it and lifts the throttle.
	n.Advance(vesting)
	r, err = s.PlanMeter(n.Ctx, n.Admin, holder0.Address, 1)
	n.Must(err)
	if ev := evmtest.Events(r, s.PlanABI.UnpackUnthrottledEvent); len(ev) != 1 {
		t.Fatalf("new yield did not lift the throttle")
	}
	// The principal, whole, after the term only.
	_, err = s.PlanWithdraw(n.Ctx, holder0, payee(0))
	evmtest.ExpectRevert(t, err, "TermNotOver", "")
	n.Advance(minTerm)
	_, err = s.PlanWithdraw(n.Ctx, holder0, payee(0))
	n.Must(err)
	got, err := s.TokenBalance(n.Ctx, payee(0))
	n.Must(err)
	if got.Cmp(principal) < 0 {
		t.Fatalf("withdrew %v of a principal of %v", got, principal)
	}
	_, err = s.PlanWithdraw(n.Ctx, holder0, payee(0))
	evmtest.ExpectRevert(t, err, "NoPlan", "")
}

// The inflation attack: the first depositor of 1 wei donates a fortune to steal the next
// deposit through rounding. The seeded deposit and the offset make the victim lose nothing
// measurable, and the donation vests instead of counting at once. An unseeded vault refuses
// deposits.
func TestFreeData_AttackInflation(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	vabi := s.VaultABI
	fund(n, stranger.Address, evm.Ether(10_001))
	n.Approve(stranger, s.Token, s.Vault, evm.Ether(10_001))
	n.MustSend(stranger, s.Vault, vabi.PackDeposit(big.NewInt(1), stranger.Address), nil)
	n.MustSend(stranger, s.Token, s.TokenABI.PackTransfer(s.Vault, evm.Ether(10_000)), nil)
	victimDeposit := evm.Ether(100)
	fund(n, holder1.Address, victimDeposit)
	n.Approve(holder1, s.Token, s.Vault, victimDeposit)
	n.MustSend(holder1, s.Vault, vabi.PackDeposit(victimDeposit, holder1.Address), nil)
	shares := evmtest.Read(n, s.Vault, vabi.PackBalanceOf(holder1.Address), vabi.UnpackBalanceOf)
	worth := evmtest.Read(n, s.Vault, vabi.PackConvertToAssets(shares), vabi.UnpackConvertToAssets)
	if loss := new(big.Int).Sub(victimDeposit, worth); loss.Sign() > 0 && loss.Cmp(big.NewInt(1_000_000)) > 0 {
		t.Fatalf("the victim's 100 tokens are worth %v right after the deposit", worth)
	}
	// Over the vesting the donation is shared by all shares: the victim gains, the attacker
	// (1 wei of shares) recovers nothing of what it gave.
	n.Advance(vesting + time.Hour)
	n.MustSend(stranger, s.Vault, vabi.PackSync(), nil)
	attShares := evmtest.Read(n, s.Vault, vabi.PackBalanceOf(stranger.Address), vabi.UnpackBalanceOf)
	attWorth := evmtest.Read(n, s.Vault, vabi.PackConvertToAssets(attShares), vabi.UnpackConvertToAssets)
	if attWorth.Cmp(evm.Ether(1)) > 0 {
		t.Fatalf("the attacker's shares are worth %v after donating 10,000", attWorth)
	}

	fresh := n.Deploy(n.Admin, freedatavault.FreeDataVaultMetaData.Bin, vabi.PackConstructor(big.NewInt(0), n.Admin.Address, s.Token, n.Admin.Address))
	n.Approve(holder1, s.Token, fresh, big.NewInt(1))
	_, err := n.Send(holder1, fresh, vabi.PackDeposit(big.NewInt(1), holder1.Address), nil)
	evmtest.ExpectRevert(t, err, "NotSeeded", "")
}

// A large revenue event raises the share price only as it vests, and a stream of dust donations
// does not hold it back.
func TestFreeData_RevenueVestsAndDustCannotDelayIt(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	fund(n, holder0.Address, evm.Ether(1000))
	_, err := planDeposit(n, holder0, sid(subscribe+"0"), evm.Ether(1000))
	n.Must(err)
	start := vaultState(n).TotalAssets
	fund(n, buyer.Address, evm.Ether(700))
	_, err = s.VaultRevenue(n.Ctx, buyer, evm.Ether(700))
	n.Must(err)
	if got := vaultState(n).TotalAssets; got.Cmp(start) != 0 {
		t.Fatalf("total assets %v right after the revenue; want %v", got, start)
	}
	fund(n, stranger.Address, big.NewInt(1000))
	n.Approve(stranger, s.Token, s.Vault, big.NewInt(1000))
	for i := 0; i < 6; i++ {
		n.Advance(day)
		n.MustSend(stranger, s.Vault, s.VaultABI.PackNotifyRevenue(big.NewInt(1)), nil)
	}
	n.Advance(day + time.Minute)
	st := vaultState(n)
	vested := new(big.Int).Sub(st.TotalAssets, start)
	if vested.Cmp(evm.Ether(699)) < 0 {
		t.Fatalf("after seven days and six dust donations %v of 700 vested", vested)
	}
}

// The price per GB moves by at most 10 % a week, through governance only.
func TestFreeData_PriceBounds(t *testing.T) {
	n := adminNet(t)
	s := n.Suite
	price, _, err := s.PlanPrice(n.Ctx)
	n.Must(err)
	up := func(pct int64) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(100+pct)), big.NewInt(100))
	}
	_, err = n.Send(stranger, s.Plan, s.PlanABI.PackSetPrice(up(5)), nil)
	evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", "")
	_, err = n.Send(n.Admin, s.Plan, s.PlanABI.PackSetPrice(up(5)), nil)
	evmtest.ExpectRevert(t, err, "PriceChangeTooSoon", "")
	n.Advance(vesting)
	_, err = n.Send(n.Admin, s.Plan, s.PlanABI.PackSetPrice(up(11)), nil)
	evmtest.ExpectRevert(t, err, "PriceChangeTooLarge", "")
	n.MustSend(n.Admin, s.Plan, s.PlanABI.PackSetPrice(up(10)), nil)
	_, err = n.Send(n.Admin, s.Plan, s.PlanABI.PackSetPrice(price), nil)
	evmtest.ExpectRevert(t, err, "PriceChangeTooSoon", "")
}

// The data market's protocol fee in the network token becomes the vault's revenue; a fee in ETH
// goes to the treasury.
func TestFreeData_MarketFeeFeedsVault(t *testing.T) {
	m := newMarketNet(t)
	s := m.Suite
	m.MustSend(m.Admin, s.Market, s.MarketABI.PackSetFees(1000, 0, s.Vault), nil)
	m.consent(holder0)
	m.accept(s.Token, holder0)
	fund(m.Net, buyer.Address, big.NewInt(1000))
	m.Approve(buyer, s.Token, s.Market, big.NewInt(1000))
	es := []market.Entry{{TokenID: m.a, Units: 10}}
	l := m.list(es, s.Token, 10)
	res, err := s.BuyDataset(m.Ctx, buyer, l, es, research, recipient, 0, big.NewInt(100), nil)
	m.Must(err)
	_, err = m.deliver(m.gateway, res.ID, [32]byte{1})
	m.Must(err)
	before := vaultState(m.Net)
	_, err = s.VaultCollectFees(m.Ctx, stranger, s.Token)
	m.Must(err)
	after := vaultState(m.Net)
	if got := new(big.Int).Sub(after.VestingAmount, before.VestingAmount); got.Int64() != 10 {
		t.Fatalf("the protocol fee added %v to the vesting revenue; want 10", got)
	}
	_, err = s.VaultCollectFees(m.Ctx, stranger, s.Token)
	evmtest.ExpectRevert(t, err, "NothingToWithdraw", "")

	// ETH: the fee of an ETH listing goes on to the treasury.
	l2 := m.list(es, ethAsset, 10)
	res, err = s.BuyDataset(m.Ctx, buyer, l2, es, research, recipient, 0, big.NewInt(100), big.NewInt(100))
	m.Must(err)
	_, err = m.deliver(m.gateway, res.ID, [32]byte{1})
	m.Must(err)
	treasury := evmtest.Read(m.Net, s.Vault, s.VaultABI.PackTreasury(), s.VaultABI.UnpackTreasury)
	was := m.ETH(treasury)
	_, err = s.VaultCollectFees(m.Ctx, stranger, ethAsset)
	m.Must(err)
	wantBig(t, "treasury's ETH", new(big.Int).Sub(m.ETH(treasury), was), big.NewInt(10))
	// Nobody else can send the vault ETH.
	_, err = m.Send(stranger, s.Vault, nil, big.NewInt(1))
	evmtest.ExpectRevert(t, err, "Unauthorized", "")
}

// Random deposits, withdrawals, revenue, donations, emission, metering, price changes and time:
// after every step every principal is withdrawable in full, credit never exceeds the yield
// converted, the vault holds what it owes, and the share price never falls and rises at most by
// what vested and streamed.
func TestFreeData_Invariants(t *testing.T) {
	n := adminNet(t)
	s := n.Suite
	rng := rand.New(rand.NewPCG(7, 8))
	subs := []*evm.Account{holder0, holder1, holder2, evmtest.Account("holder", 3)}
	for _, a := range append(append([]*evm.Account{}, subs...), buyer, stranger) {
		fund(n, a.Address, evm.Ether(1_000_000))
	}
	n.Approve(stranger, s.Token, s.Vault, evm.Ether(1_000_000))
	n.MustSend(n.Admin, s.Plan, s.PlanABI.PackGrantRole(evm.RoleMeter, n.Admin.Address), nil)
	minPrice, _, err := s.PlanPrice(n.Ctx)
	n.Must(err)
	priceOf := func(st *evm.VaultState) *big.Rat {
		return new(big.Rat).SetFrac(new(big.Int).Add(st.TotalAssets, big.NewInt(1)), new(big.Int).Add(st.TotalSupply, big.NewInt(1_000_000)))
	}
	prev, prevNow := vaultState(n), n.Now()
	for step := 0; step < 250; step++ {
		a := subs[rng.IntN(len(subs))]
		var op string
		var opErr error
		flows := false // deposits and withdrawals move assets and supply together
		switch k := rng.IntN(9); k {
		case 0, 1:
			op = "deposit"
			_, opErr = planDeposit(n, a, sid(subscribe+a.Address.Hex()[:10]), new(big.Int).Mul(big.NewInt(rng.Int64N(5000)+1), big.NewInt(1e15)))
			flows = true
		case 2:
			op = "withdraw"
			_, opErr = s.PlanWithdraw(n.Ctx, a, a.Address)
			flows = true
		case 3:
			op = "revenue"
			_, opErr = s.VaultRevenue(n.Ctx, buyer, new(big.Int).Mul(big.NewInt(rng.Int64N(500)+1), big.NewInt(1e16)))
		case 4:
			op = "donation"
			_, opErr = n.Send(stranger, s.Token, s.TokenABI.PackTransfer(s.Vault, big.NewInt(rng.Int64N(1e18)+1)), nil)
		case 5:
			op = "emission"
			if _, opErr = s.VaultFundEmission(n.Ctx, buyer, evm.Ether(rng.Int64N(50)+1)); opErr == nil {
				_, opErr = n.Send(n.Admin, s.Vault, s.VaultABI.PackSetEmissionRate(big.NewInt(rng.Int64N(1e13))), nil)
			}
		case 6:
			op = "meter"
			_, opErr = s.PlanMeter(n.Ctx, n.Admin, a.Address, uint64(rng.IntN(200_000)))
		case 7:
			op = "price"
			p, _, _ := s.PlanPrice(n.Ctx)
			np := new(big.Int).Div(new(big.Int).Mul(p, big.NewInt(int64(91+rng.IntN(19)))), big.NewInt(100))
			if _, opErr = n.Send(n.Admin, s.Plan, s.PlanABI.PackSetPrice(np), nil); opErr == nil && np.Cmp(minPrice) < 0 {
				minPrice = np
			}
		case 8:
			op = "time"
			n.Advance(time.Duration(rng.Int64N(int64(10 * day))))
		}
		// Refusals are part of the walk (a withdrawal before the term, a price change too soon,
		// a plan that does not exist); anything else is a failure.
		if opErr != nil {
			switch evm.RevertName(opErr) {
			case "TermNotOver", "NoPlan", "PriceChangeTooSoon", "PriceChangeTooLarge":
			default:
				p, _ := s.PlanOf(n.Ctx, a.Address)
				v, y, _ := s.PlanValue(n.Ctx, a.Address)
				t.Fatalf("step %d %s: %v (plan %+v value %v yield %v vault %+v)", step, op, opErr, p, v, y, vaultState(n))
			}
		}
		st := vaultState(n)
		owed := new(big.Int).Add(new(big.Int).Add(st.StoredAssets, st.VestingAmount), st.EmissionReserve)
		if st.Balance.Cmp(owed) < 0 || st.TotalAssets.Cmp(st.Balance) > 0 {
			t.Fatalf("step %d %s: the vault holds %v and owes %v (total assets %v)", step, op, st.Balance, owed, st.TotalAssets)
		}
		for _, sub := range subs {
			p, err := s.PlanOf(n.Ctx, sub.Address)
			n.Must(err)
			v, _, err := s.PlanValue(n.Ctx, sub.Address)
			n.Must(err)
			if v.Cmp(p.Principal) < 0 {
				t.Fatalf("step %d %s: %s's shares are worth %v < principal %v", step, op, sub.Address, v, p.Principal)
			}
			maxKB := new(big.Int).Div(new(big.Int).Mul(p.YieldConverted, big.NewInt(kbPerGB)), minPrice)
			if p.CreditKB.Cmp(maxKB) > 0 {
				t.Fatalf("step %d %s: credit %v KB for %v converted (at most %v KB)", step, op, p.CreditKB, p.YieldConverted, maxKB)
			}
			if p.UsedKB.Cmp(p.CreditKB) > 0 {
				t.Fatalf("step %d %s: used %v KB of a credit of %v", step, op, p.UsedKB, p.CreditKB)
			}
		}
		before, after := priceOf(prev), priceOf(st)
		if after.Cmp(before) < 0 && !flows {
			t.Fatalf("step %d %s: share price fell from %s to %s", step, op, before.FloatString(18), after.FloatString(18))
		}
		if !flows {
			// The counted assets rise at most by what was already vesting, at its rate, and what
			// the emission streamed over the step's time: revenue and donations of this step only
			// start vesting.
			now := n.Now()
			dt := big.NewInt(int64(now - prevNow))
			left := int64(1)
			if prev.VestingEnd > prevNow {
				left = int64(prev.VestingEnd - prevNow)
			}
			bound := new(big.Int).Div(new(big.Int).Mul(prev.VestingAmount, dt), big.NewInt(left))
			bound.Add(bound, new(big.Int).Mul(prev.EmissionRate, dt))
			bound.Add(bound, new(big.Int).Mul(st.EmissionRate, dt))
			bound.Add(bound, big.NewInt(2))
			if rise := new(big.Int).Sub(st.TotalAssets, prev.TotalAssets); rise.Cmp(bound) > 0 {
				t.Fatalf("step %d %s: counted assets rose by %v in %v s; at most %v may have vested or streamed", step, op, rise, dt, bound)
			}
		}
		prev, prevNow = st, n.Now()
	}
}

// Governance calls of the vault and plan: strangers are refused; the seed is made once; the
// emission rate is bounded; the billing alone binds subscriber ids.
func TestFreeData_AdminCalls(t *testing.T) {
	n := adminNet(t)
	s := n.Suite
	v, p := s.VaultABI, s.PlanABI
	for _, c := range []struct {
		to   common.Address
		data []byte
	}{
		{s.Vault, v.PackSeed(big.NewInt(1))},
		{s.Vault, v.PackSetEmissionRate(big.NewInt(1))},
		{s.Vault, v.PackSetFeeSource(s.Market, stranger.Address)},
		{s.Plan, p.PackSetTreasury(stranger.Address)},
		{s.Plan, p.PackBind(sid("x"), stranger.Address)},
	} {
		_, err := n.Send(stranger, c.to, c.data, nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", "")
	}
	_, err := n.Send(n.Admin, s.Vault, v.PackSeed(big.NewInt(1)), nil)
	evmtest.ExpectRevert(t, err, "AlreadySeeded", "")
	max := evmtest.Read(n, s.Vault, v.PackMAXEMISSIONRATE(), v.UnpackMAXEMISSIONRATE)
	_, err = n.Send(n.Admin, s.Vault, v.PackSetEmissionRate(new(big.Int).Add(max, big.NewInt(1))), nil)
	evmtest.ExpectRevert(t, err, "ValueTooLarge", "")
	_, err = n.Send(n.Admin, s.Vault, v.PackSetFeeSource(s.Market, common.Address{}), nil)
	evmtest.ExpectRevert(t, err, "InvalidInput", "")
}

// fdPlans deposits principal for each of k fresh subscribers and pays revenue that vests over
// the next seven days; it returns their accounts.
func fdPlans(n *evmtest.Net, label string, k int, principal *big.Int) []*evm.Account {
	n.T.Helper()
	subs := make([]*evm.Account, k)
	for i := range subs {
		subs[i] = evmtest.Account(label, uint32(i))
		fund(n, subs[i].Address, principal)
		_, err := planDeposit(n, subs[i], sid(label+string(rune('a'+i))), principal)
		n.Must(err)
	}
	fund(n, buyer.Address, evm.Ether(70))
	_, err := n.Suite.VaultRevenue(n.Ctx, buyer, evm.Ether(70))
	n.Must(err)
	return subs
}

// A batch has the effect of the same single meters: two groups of subscribers with the same
// deposits are metered once the revenue has vested (so the seconds between blocks change no
// value), one by meterMany, the other by a meter call each; every
// plan ends with the same credit, usage, throttle and principal as its twin, and the same shares
// within rounding units.
func TestFreeData_PlanMeterManyEqualsSingles(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	subs := fdPlans(n, "holder", 6, evm.Ether(1000))
	n.Advance(2 * vesting)
	// Debits: within the credit, far beyond it, nothing (conversion only).
	kbs := []uint64{1000, 1 << 40, 0}
	var batch, single []common.Address
	for i := 0; i < 3; i++ {
		batch = append(batch, subs[i].Address)
		single = append(single, subs[3+i].Address)
	}
	for i, kb := range kbs {
		_, err := s.PlanMeter(n.Ctx, n.Admin, single[i], kb)
		n.Must(err)
	}
	r, err := s.PlanMeterMany(n.Ctx, n.Admin, batch, kbs)
	n.Must(err)
	if ev := evmtest.Events(r, s.PlanABI.UnpackMeteredEvent); len(ev) != 3 {
		t.Fatalf("%d Metered events; want one per subscriber", len(ev))
	}
	if ev := evmtest.Events(r, s.PlanABI.UnpackYieldConvertedEvent); len(ev) != 3 {
		t.Fatalf("%d YieldConverted events; want one per subscriber", len(ev))
	}
	if ev := evmtest.Events(r, s.PlanABI.UnpackThrottledEvent); len(ev) != 1 || ev[0].Owner != batch[1] {
		t.Fatalf("Throttled events %+v; want the one past its credit", ev)
	}
	for i := range kbs {
		b, err := s.PlanOf(n.Ctx, batch[i])
		n.Must(err)
		q, err := s.PlanOf(n.Ctx, single[i])
		n.Must(err)
		if b.CreditKB.Sign() == 0 || b.CreditKB.Cmp(q.CreditKB) != 0 || b.UsedKB.Cmp(q.UsedKB) != 0 ||
			b.Throttled != q.Throttled || b.Principal.Cmp(q.Principal) != 0 || b.YieldConverted.Cmp(q.YieldConverted) != 0 {
			t.Fatalf("subscriber %d: batch %+v, singles %+v", i, b, q)
		}
		if d := new(big.Int).Sub(b.Shares, q.Shares); d.CmpAbs(big.NewInt(10)) > 0 {
			t.Fatalf("subscriber %d: shares %v (batch) vs %v (single)", i, b.Shares, q.Shares)
		}
		fdWhole(n, batch[i], "after the batch")
		fdWhole(n, single[i], "after the single meters")
	}
	if p, _ := s.PlanOf(n.Ctx, batch[1]); !p.Throttled || p.UsedKB.Cmp(p.CreditKB) != 0 {
		t.Fatalf("plan past its credit %+v; want throttled with the credit used up", p)
	}
	if p, _ := s.PlanOf(n.Ctx, batch[0]); p.UsedKB.Uint64() != kbs[0] {
		t.Fatalf("plan within its credit %+v; want %d KB used", p, kbs[0])
	}
}

// New yield lifts a throttle in a batch as it does in a single meter, and an owner listed twice
// is debited twice.
func TestFreeData_PlanMeterManyThrottleAndRepeat(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	subs := fdPlans(n, "holder", 2, evm.Ether(1000))
	n.Advance(vesting / 4)
	a, b := subs[0].Address, subs[1].Address
	r, err := s.PlanMeterMany(n.Ctx, n.Admin, []common.Address{a, b}, []uint64{1 << 40, 10})
	n.Must(err)
	if ev := evmtest.Events(r, s.PlanABI.UnpackThrottledEvent); len(ev) != 1 || ev[0].Owner != a {
		t.Fatalf("Throttled %+v", ev)
	}
	n.Advance(vesting / 4)
	r, err = s.PlanMeterMany(n.Ctx, n.Admin, []common.Address{a, b, b}, []uint64{1, 10, 10})
	n.Must(err)
	if ev := evmtest.Events(r, s.PlanABI.UnpackUnthrottledEvent); len(ev) != 1 || ev[0].Owner != a {
		t.Fatalf("Unthrottled %+v; want the throttled plan lifted by new yield", ev)
	}
	if ev := evmtest.Events(r, s.PlanABI.UnpackMeteredEvent); len(ev) != 3 {
		t.Fatalf("%d Metered events; want 3", len(ev))
	}
	pa, err := s.PlanOf(n.Ctx, a)
	n.Must(err)
	pb, err := s.PlanOf(n.Ctx, b)
	n.Must(err)
	if pa.Throttled || pa.UsedKB.Cmp(pa.CreditKB) >= 0 || pb.UsedKB.Uint64() != 30 {
		t.Fatalf("plans %+v %+v; want a unthrottled, b debited 10+10+10", pa, pb)
	}
}
