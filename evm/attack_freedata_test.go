package evm_test

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin/contracts/bindings/freedatavault"
	"github.com/datpin/datpin/contracts/bindings/reentranterc20"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/market"
)

// fdShares reads who's vault shares.
func fdShares(n *evmtest.Net, who common.Address) *big.Int {
	n.T.Helper()
	v := n.Suite.VaultABI
	return evmtest.Read(n, n.Suite.Vault, v.PackBalanceOf(who), v.UnpackBalanceOf)
}

// fdTokens reads who's network-token balance.
func fdTokens(n *evmtest.Net, who common.Address) *big.Int {
	n.T.Helper()
	b, err := n.Suite.TokenBalance(n.Ctx, who)
	n.Must(err)
	return b
}

// fdDirectDeposit funds who with amount and deposits it straight into the vault (no plan).
func fdDirectDeposit(n *evmtest.Net, who *evm.Account, amount *big.Int) {
	n.T.Helper()
	fund(n, who.Address, amount)
	n.Approve(who, n.Suite.Token, n.Suite.Vault, amount)
	n.MustSend(who, n.Suite.Vault, n.Suite.VaultABI.PackDeposit(amount, who.Address), nil)
}

// fdRedeemAll redeems all of who's shares to who and returns the tokens received.
func fdRedeemAll(n *evmtest.Net, who *evm.Account) *big.Int {
	n.T.Helper()
	before := fdTokens(n, who.Address)
	n.MustSend(who, n.Suite.Vault, n.Suite.VaultABI.PackRedeem(fdShares(n, who.Address), who.Address, who.Address), nil)
	return new(big.Int).Sub(fdTokens(n, who.Address), before)
}

// fdSolvent fails the test unless the vault holds at least what it accounts for and counts no
// more than it holds.
func fdSolvent(n *evmtest.Net, what string) {
	n.T.Helper()
	st := vaultState(n)
	owed := new(big.Int).Add(new(big.Int).Add(st.StoredAssets, st.VestingAmount), st.EmissionReserve)
	if st.Balance.Cmp(owed) < 0 || st.TotalAssets.Cmp(st.Balance) > 0 {
		n.T.Fatalf("%s: the vault holds %v, owes %v, counts %v", what, st.Balance, owed, st.TotalAssets)
	}
}

// fdWhole fails the test unless owner's plan shares are worth at least its principal.
func fdWhole(n *evmtest.Net, owner common.Address, what string) {
	n.T.Helper()
	p, err := n.Suite.PlanOf(n.Ctx, owner)
	n.Must(err)
	v, _, err := n.Suite.PlanValue(n.Ctx, owner)
	n.Must(err)
	if v.Cmp(p.Principal) < 0 {
		n.T.Fatalf("%s: %s's shares are worth %v < principal %v", what, owner.Hex(), v, p.Principal)
	}
}

// fdMulDiv is a × b / c.
func fdMulDiv(a *big.Int, b, c int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(a, big.NewInt(b)), big.NewInt(c))
}

// A whale sandwiches revenue straight through the vault (ERC-4626 deposit and redeem are
// public): it deposits 100 times the vault's size just before a revenue payment, a donation
// folded by sync, and an emission funding with its rate, and redeems right after. Revenue vests
// and emission streams per second, so it takes only what vested while it stayed, and a
// subscriber that stays gets the rest.
func TestFreeDataAttack_SandwichRevenueThroughVault(t *testing.T) {
	n := adminNet(t)
	s := n.Suite
	fund(n, holder0.Address, evm.Ether(1000))
	_, err := planDeposit(n, holder0, sid(subscribe+"0"), evm.Ether(1000))
	n.Must(err)
	whale := new(big.Int).Mul(evm.Ether(1000), big.NewInt(100))
	revenue := evm.Ether(700)
	fund(n, buyer.Address, new(big.Int).Mul(revenue, big.NewInt(3)))
	// What may vest in the seconds the whale stays: revenue/VESTING a second.
	perSecond := fdMulDiv(revenue, 1, int64(vesting/time.Second))

	for i, pay := range []func(){
		func() {
			_, err := s.VaultRevenue(n.Ctx, buyer, revenue)
			n.Must(err)
		},
		func() {
			n.MustSend(buyer, s.Token, s.TokenABI.PackTransfer(s.Vault, revenue), nil)
			n.MustSend(stranger, s.Vault, s.VaultABI.PackSync(), nil)
		},
		func() {
			_, err := s.VaultFundEmission(n.Ctx, buyer, revenue)
			n.Must(err)
			// The emission streams at the revenue's vesting rate: the same bound.
			n.MustSend(n.Admin, s.Vault, s.VaultABI.PackSetEmissionRate(perSecond), nil)
		},
	} {
		start := n.Now()
		fdDirectDeposit(n, stranger, whale)
		pay()
		got := fdRedeemAll(n, stranger)
		stayed := int64(n.Now()-start) + 1
		limit := new(big.Int).Add(whale, new(big.Int).Mul(perSecond, big.NewInt(stayed)))
		if got.Cmp(limit) > 0 {
			t.Fatalf("sandwich %d: the whale got %v back for %v deposited over %d s (at most %v)", i, got, whale, stayed, limit)
		}
		t.Logf("sandwich %d: the whale's gain %v wei over %d s", i, new(big.Int).Sub(got, whale), stayed)
		fdSolvent(n, "after the sandwich")
		// The next round starts with nothing vesting or streaming.
		n.MustSend(n.Admin, s.Vault, s.VaultABI.PackSetEmissionRate(new(big.Int)), nil)
		n.Advance(vesting + time.Hour)
	}
	// The subscriber that stayed: after the vesting it has nearly all the revenue (it holds 1000
	// of 1001 tokens; the emission paid out only a sliver at perSecond).
	_, y, err := s.PlanValue(n.Ctx, holder0.Address)
	n.Must(err)
	want := fdMulDiv(new(big.Int).Mul(revenue, big.NewInt(2)), 1000, 1001)
	if y.Cmp(new(big.Int).Sub(want, evm.Ether(1))) < 0 {
		t.Fatalf("the subscriber's yield after the sandwiches %v; want about %v", y, want)
	}
	fdWhole(n, holder0.Address, "after the sandwiches")
}

// Deposits and withdrawals straight through the vault, in every ERC-4626 form and random sizes,
// with nothing vesting: the rounding always favours the vault, so an attacker that cycles them
// ends with no more tokens than it started with, and the vault stays solvent.
func TestFreeDataAttack_ERC4626RoundingFavoursVault(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	v := s.VaultABI
	start := evm.Ether(11_000)
	fund(n, stranger.Address, start)
	n.Approve(stranger, s.Token, s.Vault, start)
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 40; i++ {
		amt := new(big.Int).Rsh(evm.Ether(1000), uint(rng.IntN(80)))
		amt.Add(amt, big.NewInt(rng.Int64N(1000)+1))
		switch i % 4 {
		case 0:
			n.MustSend(stranger, s.Vault, v.PackDeposit(amt, stranger.Address), nil)
		case 1:
			n.MustSend(stranger, s.Vault, v.PackMint(amt, stranger.Address), nil)
		case 2:
			max := evmtest.Read(n, s.Vault, v.PackMaxWithdraw(stranger.Address), v.UnpackMaxWithdraw)
			if amt.Cmp(max) > 0 {
				amt = max
			}
			if amt.Sign() > 0 {
				n.MustSend(stranger, s.Vault, v.PackWithdraw(amt, stranger.Address, stranger.Address), nil)
			}
		case 3:
			max := fdShares(n, stranger.Address)
			if amt.Cmp(max) > 0 {
				amt = max
			}
			if amt.Sign() > 0 {
				n.MustSend(stranger, s.Vault, v.PackRedeem(amt, stranger.Address, stranger.Address), nil)
			}
		}
		fdSolvent(n, "cycle")
	}
	fdRedeemAll(n, stranger)
	if end := fdTokens(n, stranger.Address); end.Cmp(start) > 0 {
		t.Fatalf("the attacker cycled %v into %v", start, end)
	}
	// previewWithdraw and previewMint round up, previewRedeem and previewDeposit down.
	one := big.NewInt(1)
	if sh := evmtest.Read(n, s.Vault, v.PackPreviewWithdraw(one), v.UnpackPreviewWithdraw); sh.Sign() == 0 {
		t.Fatal("withdrawing 1 wei costs no shares")
	}
	if a := evmtest.Read(n, s.Vault, v.PackPreviewMint(one), v.UnpackPreviewMint); a.Sign() == 0 {
		t.Fatal("minting 1 share costs no assets")
	}
}

// A subscriber that has a plan past its term tops it up 100-fold just before revenue and
// withdraws right after (the term runs from the first deposit only): what it gets back is its
// deposit, the yield of the seconds it stayed going to credit, and the subscriber that stays
// keeps its share.
func TestFreeDataAttack_PlanTopUpSandwich(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	fund(n, holder0.Address, evm.Ether(1000))
	_, err := planDeposit(n, holder0, sid(subscribe+"0"), evm.Ether(1000))
	n.Must(err)
	fund(n, stranger.Address, evm.Ether(1))
	_, err = planDeposit(n, stranger, sid("attacker"), evm.Ether(1))
	n.Must(err)
	n.Advance(minTerm + time.Hour)
	topUp := evm.Ether(100_000)
	fund(n, stranger.Address, topUp)
	_, err = planDeposit(n, stranger, sid("attacker"), topUp)
	n.Must(err)
	revenue := evm.Ether(700)
	fund(n, buyer.Address, revenue)
	_, err = s.VaultRevenue(n.Ctx, buyer, revenue)
	n.Must(err)
	before := fdTokens(n, stranger.Address)
	_, err = s.PlanWithdraw(n.Ctx, stranger, stranger.Address)
	n.Must(err)
	got := new(big.Int).Sub(fdTokens(n, stranger.Address), before)
	// Back: both deposits, and at most the yield worth less than one kilobyte of credit (only
	// whole kilobytes are converted) and a few units of rounding.
	deposited := new(big.Int).Add(topUp, evm.Ether(1))
	kbPrice, _, err := s.PlanPrice(n.Ctx)
	n.Must(err)
	kbPrice.Div(kbPrice, big.NewInt(kbPerGB))
	if limit := new(big.Int).Add(deposited, new(big.Int).Add(kbPrice, big.NewInt(1000))); got.Cmp(limit) > 0 {
		t.Fatalf("the top-up sandwich returned %v for %v deposited", got, deposited)
	}
	p, err := s.PlanOf(n.Ctx, stranger.Address)
	n.Must(err)
	price, _, err := s.PlanPrice(n.Ctx)
	n.Must(err)
	// Credit: at most what vested in a minute, all of it.
	maxKB := new(big.Int).Div(new(big.Int).Mul(fdMulDiv(revenue, 60, int64(vesting/time.Second)), big.NewInt(kbPerGB)), price)
	if p.CreditKB.Cmp(maxKB) > 0 {
		t.Fatalf("the top-up sandwich earned %v KB (at most %v)", p.CreditKB, maxKB)
	}
	n.Advance(vesting + time.Hour)
	_, y, err := s.PlanValue(n.Ctx, holder0.Address)
	n.Must(err)
	if want := fdMulDiv(revenue, 1000, 1001); y.Cmp(new(big.Int).Sub(want, evm.Ether(1))) < 0 {
		t.Fatalf("the staying subscriber's yield %v; want about %v", y, want)
	}
}

// Anyone may call accrue(owner). Called every block on a small plan, each conversion's yield is
// worth less than a kilobyte: the yield is redeemed to the treasury and the credit, rounded
// down, is zero. The victim should end with the credit of an identical plan accrued once (less
// a kilobyte of rounding).
func TestFreeDataAttack_AccrueDustGriefing(t *testing.T) {
	n := adminNet(t)
	s := n.Suite
	deposit := evm.Ether(10)
	fund(n, holder0.Address, deposit)
	fund(n, holder1.Address, deposit)
	_, err := planDeposit(n, holder0, sid(subscribe+"victim"), deposit)
	n.Must(err)
	_, err = planDeposit(n, holder1, sid(subscribe+"control"), deposit)
	n.Must(err)
	// Emission of 1e11 wei a second over 21 tokens: each plan earns about 4.8e10 wei a second,
	// half a kilobyte at 0.1 token per GB (a kilobyte is 9.5e10 wei).
	fund(n, buyer.Address, evm.Ether(10))
	_, err = s.VaultFundEmission(n.Ctx, buyer, evm.Ether(10))
	n.Must(err)
	n.MustSend(n.Admin, s.Vault, s.VaultABI.PackSetEmissionRate(big.NewInt(1e11)), nil)
	for i := 0; i < 60; i++ {
		_, err = s.PlanAccrue(n.Ctx, stranger, holder0.Address)
		n.Must(err)
	}
	_, err = s.PlanAccrue(n.Ctx, stranger, holder0.Address)
	n.Must(err)
	_, err = s.PlanAccrue(n.Ctx, stranger, holder1.Address)
	n.Must(err)
	victim, err := s.PlanOf(n.Ctx, holder0.Address)
	n.Must(err)
	control, err := s.PlanOf(n.Ctx, holder1.Address)
	n.Must(err)
	t.Logf("victim: %v wei converted into %v KB; control: %v wei into %v KB",
		victim.YieldConverted, victim.CreditKB, control.YieldConverted, control.CreditKB)
	fdWhole(n, holder0.Address, "after the griefing")
	if victim.CreditKB.Cmp(new(big.Int).Sub(control.CreditKB, big.NewInt(1))) < 0 {
		t.Fatalf("accrue called every block left the victim %v KB of credit for %v wei of yield sent to the treasury; the same plan accrued once has %v KB",
			victim.CreditKB, victim.YieldConverted, control.CreditKB)
	}
}

// Subscriber ids cannot be squatted: an attacker who sees a subscriber's id (it is in the
// deposit's calldata) can neither deposit under it nor bind it; only the billing (METER_ROLE)
// binds an id to its owner's address, and the owner then subscribes with it.
func TestFreeDataAttack_SubscriberIdSquatting(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	id := sid(subscribe + "victim")
	fund(n, stranger.Address, big.NewInt(1))
	_, err := s.PlanDeposit(n.Ctx, stranger, id, big.NewInt(1))
	evmtest.ExpectRevert(t, err, "NotBound", "")
	_, err = s.PlanBind(n.Ctx, stranger, id, stranger.Address)
	evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", "")
	_, err = s.PlanBind(n.Ctx, n.Admin, id, holder0.Address)
	n.Must(err)
	_, err = s.PlanDeposit(n.Ctx, stranger, id, big.NewInt(1))
	evmtest.ExpectRevert(t, err, "NotBound", "")
	_, err = s.PlanBind(n.Ctx, n.Admin, id, stranger.Address)
	evmtest.ExpectRevert(t, err, "AlreadySubscribed", "")
	fund(n, holder0.Address, evm.Ether(100))
	_, err = s.PlanDeposit(n.Ctx, holder0, id, evm.Ether(100))
	n.Must(err)
}

// Nobody touches another subscriber's principal or gets it out before the term: accrue by a
// stranger converts only the yield (to the treasury, never to the caller); the plan's vault
// shares cannot be redeemed, withdrawn or transferred by anyone but the plan; metering needs
// METER_ROLE; withdrawing before the term fails, and a deposit after a withdrawal restarts the
// term and keeps the credit already issued.
func TestFreeDataAttack_PrincipalAndTerm(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	v := s.VaultABI
	principal := evm.Ether(1000)
	fund(n, holder0.Address, principal)
	_, err := planDeposit(n, holder0, sid(subscribe+"0"), principal)
	n.Must(err)
	fund(n, buyer.Address, evm.Ether(70))
	_, err = s.VaultRevenue(n.Ctx, buyer, evm.Ether(70))
	n.Must(err)
	n.Advance(vesting / 2)

	strangerBefore := fdTokens(n, stranger.Address)
	for i := 0; i < 3; i++ {
		_, err = s.PlanAccrue(n.Ctx, stranger, holder0.Address)
		n.Must(err)
		fdWhole(n, holder0.Address, "after a stranger's accrue")
	}
	wantBig(t, "stranger's tokens after accruing another's plan", fdTokens(n, stranger.Address), strangerBefore)
	_, err = s.PlanAccrue(n.Ctx, stranger, stranger.Address)
	evmtest.ExpectRevert(t, err, "NoPlan", "")
	_, err = s.PlanWithdraw(n.Ctx, stranger, stranger.Address)
	evmtest.ExpectRevert(t, err, "NoPlan", "")
	_, err = s.PlanMeter(n.Ctx, stranger, holder0.Address, 1<<30)
	evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", "")

	planShares := fdShares(n, s.Plan)
	_, err = n.Send(stranger, s.Vault, v.PackRedeem(planShares, stranger.Address, s.Plan), nil)
	evmtest.ExpectRevert(t, err, "ERC20InsufficientAllowance", "")
	_, err = n.Send(stranger, s.Vault, v.PackWithdraw(evm.Ether(1), stranger.Address, s.Plan), nil)
	evmtest.ExpectRevert(t, err, "ERC20InsufficientAllowance", "")
	_, err = n.Send(stranger, s.Vault, v.PackTransferFrom(s.Plan, stranger.Address, big.NewInt(1)), nil)
	evmtest.ExpectRevert(t, err, "ERC20InsufficientAllowance", "")
	wantBig(t, "the plan's shares", fdShares(n, s.Plan), planShares)

	// Before the term: refused, even after a top-up.
	_, err = s.PlanWithdraw(n.Ctx, holder0, holder0.Address)
	evmtest.ExpectRevert(t, err, "TermNotOver", "")
	n.Advance(minTerm)
	_, err = s.PlanWithdraw(n.Ctx, holder0, holder0.Address)
	n.Must(err)
	if got := fdTokens(n, holder0.Address); got.Cmp(principal) < 0 {
		t.Fatalf("withdrew %v of %v", got, principal)
	}
	credit, err := s.PlanOf(n.Ctx, holder0.Address)
	n.Must(err)
	if credit.CreditKB.Sign() == 0 {
		t.Fatal("no credit issued from the vested revenue")
	}
	// A new deposit restarts the term and keeps the credit.
	_, err = planDeposit(n, holder0, sid(subscribe+"0"), evm.Ether(10))
	n.Must(err)
	p, err := s.PlanOf(n.Ctx, holder0.Address)
	n.Must(err)
	if p.CreditKB.Cmp(credit.CreditKB) < 0 || p.Since < n.Now()-60 {
		t.Fatalf("after a new deposit: credit %v (was %v), since %d (now %d)", p.CreditKB, credit.CreditKB, p.Since, n.Now())
	}
	_, err = s.PlanWithdraw(n.Ctx, holder0, holder0.Address)
	evmtest.ExpectRevert(t, err, "TermNotOver", "")
	// Another id for the same address, or the same id from another address: refused.
	fund(n, holder0.Address, evm.Ether(1))
	_, err = planDeposit(n, holder0, sid(subscribe+"other"), evm.Ether(1))
	evmtest.ExpectRevert(t, err, "NotBound", "")
	_, err = s.PlanBind(n.Ctx, n.Admin, sid(subscribe+"other"), holder0.Address)
	evmtest.ExpectRevert(t, err, "AlreadySubscribed", "")
	fund(n, holder1.Address, evm.Ether(1))
	_, err = planDeposit(n, holder1, sid(subscribe+"0"), evm.Ether(1))
	evmtest.ExpectRevert(t, err, "NotBound", "")
}

// Donations cannot bend the vesting: a donation counts for nothing until it is synced and then
// vests, a large one does not bring the end of what was vesting earlier, dust does not push it
// back measurably, and in the end exactly what arrived is counted. Measured, not asserted: the
// weighted end releases a fresh amount merged into a schedule near its end faster than its own
// seven days (the remainder slower), so whoever times a collection (anyone may) moves some of
// it earlier.
func TestFreeDataAttack_VestingManipulation(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	fund(n, holder0.Address, evm.Ether(1000))
	_, err := planDeposit(n, holder0, sid(subscribe+"0"), evm.Ether(1000))
	n.Must(err)
	revenue := evm.Ether(7000)
	fund(n, buyer.Address, revenue)
	_, err = s.VaultRevenue(n.Ctx, buyer, revenue)
	n.Must(err)
	st0, t0 := vaultState(n), n.Now()
	n.Advance(6 * day)
	// A tenth of it arrives a day before the end, plain then synced.
	donation := evm.Ether(700)
	fund(n, stranger.Address, donation)
	counted := vaultState(n).TotalAssets
	n.MustSend(stranger, s.Token, s.TokenABI.PackTransfer(s.Vault, donation), nil)
	if got := vaultState(n).TotalAssets; got.Cmp(new(big.Int).Add(counted, fdMulDiv(revenue, 60, int64(vesting/time.Second)))) > 0 {
		t.Fatalf("an unsynced donation counted: %v then %v", counted, got)
	}
	n.MustSend(stranger, s.Vault, s.VaultABI.PackSync(), nil)
	st1, t1 := vaultState(n), n.Now()
	if st1.VestingEnd < st0.VestingEnd {
		t.Fatalf("a donation brought the vesting end from %d to %d", st0.VestingEnd, st1.VestingEnd)
	}
	t.Logf("vesting end moved from %.2f to %.2f days after the first revenue", float64(st0.VestingEnd-t0)/86400, float64(st1.VestingEnd-t0)/86400)
	// What separate schedules (the revenue's own end, the donation's seven days) would count.
	separate := func(now uint64) *big.Int {
		first := new(big.Int).Set(revenue)
		if now < st0.VestingEnd {
			first = new(big.Int).Div(new(big.Int).Mul(revenue, big.NewInt(int64(now-t0))), big.NewInt(int64(st0.VestingEnd-t0)))
		}
		second := new(big.Int).Set(donation)
		if el := now - t1; el < uint64(vesting/time.Second) {
			second = fdMulDiv(donation, int64(el), int64(vesting/time.Second))
		}
		return new(big.Int).Add(new(big.Int).Add(st0.TotalAssets, first), second)
	}
	early := new(big.Int)
	for i := 0; i < 16; i++ {
		n.Advance(12 * time.Hour)
		st := vaultState(n)
		if ex := new(big.Int).Sub(st.TotalAssets, separate(n.Now())); ex.Cmp(early) > 0 {
			early = ex
		}
		fdSolvent(n, "vesting")
	}
	t.Logf("the merged schedule counted at most %v wei (%.1f %% of the donation) ahead of separate schedules",
		early, 100*float64(new(big.Int).Div(early, big.NewInt(1e12)).Int64())/float64(new(big.Int).Div(donation, big.NewInt(1e12)).Int64()))
	if got, want := vaultState(n).TotalAssets, separate(n.Now()); got.Cmp(want) != 0 {
		t.Fatalf("after both schedules the vault counts %v; want %v", got, want)
	}
	// Dust every hour while a fresh revenue vests: the end moves back by less than a minute in all.
	fund(n, buyer.Address, revenue)
	_, err = s.VaultRevenue(n.Ctx, buyer, revenue)
	n.Must(err)
	end := vaultState(n).VestingEnd
	fund(n, stranger.Address, big.NewInt(100))
	n.Approve(stranger, s.Token, s.Vault, big.NewInt(100))
	for i := 0; i < 24; i++ {
		n.Advance(time.Hour)
		n.MustSend(stranger, s.Vault, s.VaultABI.PackNotifyRevenue(big.NewInt(1)), nil)
	}
	if got := vaultState(n).VestingEnd; got > end+60 {
		t.Fatalf("dust moved the vesting end from %d to %d", end, got)
	}
}

// The emission reserve streams at its rate to every share and no further: at the highest rate
// a whale's shares earn their part of the reserve, the reserve never pays out more than it
// holds, and every subscriber's principal stays whole.
func TestFreeDataAttack_EmissionReserveDrain(t *testing.T) {
	n := adminNet(t)
	s := n.Suite
	fund(n, holder0.Address, evm.Ether(1000))
	_, err := planDeposit(n, holder0, sid(subscribe+"0"), evm.Ether(1000))
	n.Must(err)
	reserve := evm.Ether(50)
	fund(n, buyer.Address, reserve)
	_, err = s.VaultFundEmission(n.Ctx, buyer, reserve)
	n.Must(err)
	max := evmtest.Read(n, s.Vault, s.VaultABI.PackMAXEMISSIONRATE(), s.VaultABI.UnpackMAXEMISSIONRATE)
	_, err = n.Send(n.Admin, s.Vault, s.VaultABI.PackSetEmissionRate(new(big.Int).Add(max, big.NewInt(1))), nil)
	evmtest.ExpectRevert(t, err, "ValueTooLarge", "")
	_, err = n.Send(stranger, s.Vault, s.VaultABI.PackSetEmissionRate(big.NewInt(1)), nil)
	evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", "")
	n.MustSend(n.Admin, s.Vault, s.VaultABI.PackSetEmissionRate(max), nil)
	before := vaultState(n).TotalAssets
	whale := evm.Ether(9000)
	fdDirectDeposit(n, stranger, whale)
	n.Advance(day)
	st := vaultState(n)
	if rise := new(big.Int).Sub(st.TotalAssets, new(big.Int).Add(before, whale)); rise.Cmp(reserve) > 0 {
		t.Fatalf("the emission counted %v from a reserve of %v", rise, reserve)
	}
	if st.EmissionReserve.Sign() != 0 && st.TotalAssets.Cmp(st.Balance) > 0 {
		t.Fatalf("vault %+v", st)
	}
	got := fdRedeemAll(n, stranger)
	// The whale joined after the rate was set: at most its 9000 of 10,001 tokens' share of the
	// whole reserve.
	if limit := new(big.Int).Add(whale, fdMulDiv(reserve, 9000, 10_001)); got.Cmp(limit) > 0 {
		t.Fatalf("the whale drew %v (at most %v)", got, limit)
	}
	fdSolvent(n, "after the reserve ran out")
	fdWhole(n, holder0.Address, "after the reserve ran out")
	_, err = s.PlanAccrue(n.Ctx, stranger, holder0.Address)
	n.Must(err)
	fdWhole(n, holder0.Address, "after converting the emission")
	fdSolvent(n, "after converting the emission")
}

// Front-running the seed of a vault deployed where governance seeds it: deposits and mints are
// refused until the seed; a donation synced and vested before the seed goes to the seed's dead
// shares, and the first real depositor loses nothing measurable.
func TestFreeDataAttack_SeedFrontRun(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	vabi := s.VaultABI
	fresh := n.Deploy(n.Admin, freedatavault.FreeDataVaultMetaData.Bin, vabi.PackConstructor(big.NewInt(0), n.Admin.Address, s.Token, n.Admin.Address))
	fund(n, stranger.Address, evm.Ether(10_001))
	n.Approve(stranger, s.Token, fresh, evm.Ether(10_001))
	_, err := n.Send(stranger, fresh, vabi.PackDeposit(big.NewInt(1), stranger.Address), nil)
	evmtest.ExpectRevert(t, err, "NotSeeded", "")
	_, err = n.Send(stranger, fresh, vabi.PackMint(big.NewInt(1), stranger.Address), nil)
	evmtest.ExpectRevert(t, err, "NotSeeded", "")
	_, err = n.Send(stranger, fresh, vabi.PackSeed(big.NewInt(1)), nil)
	evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", "")
	n.MustSend(stranger, s.Token, s.TokenABI.PackTransfer(fresh, evm.Ether(10_000)), nil)
	n.MustSend(stranger, fresh, vabi.PackSync(), nil)
	n.Advance(vesting + time.Hour)
	fund(n, n.Admin.Address, evm.Ether(1))
	n.Approve(n.Admin, s.Token, fresh, evm.Ether(1))
	n.MustSend(n.Admin, fresh, vabi.PackSeed(evm.Ether(1)), nil)
	_, err = n.Send(n.Admin, fresh, vabi.PackSeed(evm.Ether(1)), nil)
	evmtest.ExpectRevert(t, err, "AlreadySeeded", "")

	victim := evm.Ether(100)
	fund(n, holder1.Address, victim)
	n.Approve(holder1, s.Token, fresh, victim)
	n.MustSend(holder1, fresh, vabi.PackDeposit(victim, holder1.Address), nil)
	sh := evmtest.Read(n, fresh, vabi.PackBalanceOf(holder1.Address), vabi.UnpackBalanceOf)
	worth := evmtest.Read(n, fresh, vabi.PackConvertToAssets(sh), vabi.UnpackConvertToAssets)
	if loss := new(big.Int).Sub(victim, worth); loss.Cmp(big.NewInt(1_000_000)) > 0 {
		seedShares := evmtest.Read(n, fresh, vabi.PackBalanceOf(common.HexToAddress("0xdEaD")), vabi.UnpackBalanceOf)
		t.Fatalf("the first depositor's 100 tokens are worth %v after a donation synced and vested before the seed (loss %v wei; the 1-token seed got %v shares instead of 1e24)",
			worth, loss, seedShares)
	}
	if a := evmtest.Read(n, fresh, vabi.PackBalanceOf(stranger.Address), vabi.UnpackBalanceOf); a.Sign() != 0 {
		t.Fatalf("the front-runner holds %v shares", a)
	}
}

// collectFees with a fee asset whose token calls back while the market pays the vault and while
// the vault pays the treasury: the vault's guard stops a second collection and a deposit, the
// treasury is paid the fee once, and the vault's own accounts do not move.
func TestFreeDataAttack_CollectFeesReentrancy(t *testing.T) {
	m := newMarketNet(t)
	s := m.Suite
	m.MustSend(m.Admin, s.Market, s.MarketABI.PackSetFees(1000, 0, s.Vault), nil)
	rabi := reentranterc20.NewReentrantERC20()
	re := m.Deploy(m.Admin, reentranterc20.ReentrantERC20MetaData.Bin, nil)
	m.MustSend(buyer, re, rabi.PackMint(buyer.Address, big.NewInt(1000)), nil)
	m.Approve(buyer, re, s.Market, big.NewInt(1000))
	m.consent(holder0)
	m.accept(re, holder0)
	es := []market.Entry{{TokenID: m.a, Units: 10}}
	l := m.list(es, re, 10)
	treasury := evmtest.Read(m.Net, s.Vault, s.VaultABI.PackTreasury(), s.VaultABI.UnpackTreasury)
	before := vaultState(m.Net)
	for i, payload := range [][]byte{
		s.VaultABI.PackCollectFees(re),
		s.VaultABI.PackDeposit(big.NewInt(1), stranger.Address),
	} {
		res, err := s.BuyDataset(m.Ctx, buyer, l, es, research, recipient, 0, big.NewInt(100), nil)
		m.Must(err)
		_, err = m.deliver(m.gateway, res.ID, [32]byte{byte(i + 1)})
		m.Must(err)
		// The token calls the vault during the market's payment and the treasury's.
		m.MustSend(stranger, re, rabi.PackArm(s.Vault, payload, big.NewInt(2)), nil)
		_, err = s.VaultCollectFees(m.Ctx, stranger, re)
		m.Must(err)
		if got := evmtest.Read(m.Net, re, rabi.PackAttempts(), rabi.UnpackAttempts); got.Int64() != int64(2*(i+1)) {
			t.Fatalf("%d reentrant calls; want %d", got, 2*(i+1))
		}
		if got := evmtest.Read(m.Net, re, rabi.PackSuccesses(), rabi.UnpackSuccesses); got.Sign() != 0 {
			t.Fatalf("%d reentrant calls into the vault succeeded", got)
		}
		if last := evmtest.Read(m.Net, re, rabi.PackLastError(), rabi.UnpackLastError); revertName(last) != "ReentrancyGuardReentrantCall" {
			t.Fatalf("reentrant call failed with %q; want the guard", revertName(last))
		}
	}
	_, err := s.VaultCollectFees(m.Ctx, stranger, re)
	evmtest.ExpectRevert(t, err, "NothingToWithdraw", "")
	wantBig(t, "treasury's fees", m.ERC20Balance(re, treasury), big.NewInt(20))
	wantBig(t, "vault's fee-asset balance", m.ERC20Balance(re, s.Vault), big.NewInt(0))
	after := vaultState(m.Net)
	if after.Balance.Cmp(before.Balance) != 0 || after.TotalSupply.Cmp(before.TotalSupply) != 0 {
		t.Fatalf("the vault moved: %+v → %+v", before, after)
	}
}

// meterMany is the billing's alone; malformed batches are refused with their own errors; an
// owner without a plan (bound, never deposited) reverts the whole batch, so nothing is debited
// from the others; a huge debit cannot overflow and only throttles; principals stay whole and
// the vault solvent.
func TestFreeDataAttack_MeterMany(t *testing.T) {
	n := newNet(t)
	s := n.Suite
	subs := fdPlans(n, "holder", 2, evm.Ether(1000))
	n.Advance(vesting / 2)
	a, b := subs[0].Address, subs[1].Address

	_, err := s.PlanMeterMany(n.Ctx, stranger, []common.Address{a}, []uint64{1 << 30})
	evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", "")
	_, err = n.Send(n.Admin, s.Plan, s.PlanABI.PackMeterMany([]common.Address{a, b}, []*big.Int{big.NewInt(1)}), nil)
	evmtest.ExpectRevert(t, err, "LengthMismatch", "")
	_, err = n.Send(n.Admin, s.Plan, s.PlanABI.PackMeterMany(nil, nil), nil)
	evmtest.ExpectRevert(t, err, "EmptyBatch", "")
	long := make([]common.Address, evm.MaxMeterBatch+1)
	kbs := make([]*big.Int, len(long))
	for i := range long {
		long[i], kbs[i] = a, big.NewInt(1)
	}
	_, err = n.Send(n.Admin, s.Plan, s.PlanABI.PackMeterMany(long, kbs), nil)
	evmtest.ExpectRevert(t, err, "BatchTooLong", "")

	// Bound but never deposited: the batch reverts and the first entry is not debited.
	pending := evmtest.Account("holder", 9)
	_, err = s.PlanBind(n.Ctx, n.Admin, sid("pending"), pending.Address)
	n.Must(err)
	_, err = s.PlanMeterMany(n.Ctx, n.Admin, []common.Address{a, pending.Address}, []uint64{5, 5})
	evmtest.ExpectRevert(t, err, "NoPlan", "")
	if p, _ := s.PlanOf(n.Ctx, a); p.UsedKB.Sign() != 0 || p.CreditKB.Sign() != 0 {
		t.Fatalf("a reverted batch changed a plan: %+v", p)
	}

	// The largest debit there is: no overflow, a throttle, the principal whole.
	maxKB := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	_, err = n.Send(n.Admin, s.Plan, s.PlanABI.PackMeterMany([]common.Address{a, b}, []*big.Int{maxKB, big.NewInt(1)}), nil)
	n.Must(err)
	pa, err := s.PlanOf(n.Ctx, a)
	n.Must(err)
	if !pa.Throttled || pa.UsedKB.Cmp(pa.CreditKB) != 0 || pa.CreditKB.Sign() == 0 {
		t.Fatalf("plan after the largest debit %+v", pa)
	}
	strangerBefore := fdTokens(n, stranger.Address)
	for i := 0; i < 3; i++ {
		n.Advance(day)
		_, err = s.PlanMeterMany(n.Ctx, n.Admin, []common.Address{a, b, a, b}, []uint64{1, 1, 1, 1})
		n.Must(err)
		fdWhole(n, a, "after a batch")
		fdWhole(n, b, "after a batch")
		fdSolvent(n, "after a batch")
	}
	wantBig(t, "stranger's tokens", fdTokens(n, stranger.Address), strangerBefore)
	// Withdrawal after the term gives back at least each principal.
	n.Advance(minTerm)
	for i, sub := range subs {
		_, err = s.PlanWithdraw(n.Ctx, sub, payee(uint32(20+i)))
		n.Must(err)
		if got := fdTokens(n, payee(uint32(20+i))); got.Cmp(evm.Ether(1000)) < 0 {
			t.Fatalf("subscriber %d withdrew %v of 1000 tokens", i, got)
		}
	}
}
