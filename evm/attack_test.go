package evm_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/mockproofverifier"
	"github.com/datpin/datpin/contracts/bindings/qualityoracle"
	"github.com/datpin/datpin/contracts/bindings/reentranterc20"
	"github.com/datpin/datpin/contracts/bindings/reentrantreceiver"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/pack"
)

// Attacks that peer data-DAO systems fell to, each shown to fail here. Every test names the peer
// flaw it reproduces.

// revertName decodes raw revert data (as captured by the test attacker contracts).
func revertName(data []byte) string {
	if re, ok := evm.DecodeRevert(data); ok {
		return re.Name
	}
	return ""
}

// (a) LazAI's reference DataRegistry lets anyone call addProof and never checks that a signed
// proof names the file it is attached to, so a high-score proof for one file is replayed onto
// another. Here an attester's EIP-712 Proof binds the token id, the proof URI and the token's
// Merkle root (and the chain and contract in its domain), and a verifier proof binds the token id.
func TestAttack_ProofReplayOntoAnotherToken(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	attester := evmtest.Account("attester", 0)
	n.GrantRole(n.Suite.DAT, evm.RoleAttester, attester.Address)
	op, dev := onboarded(n, 0, 0)
	a, ca := anchorOne(n, dev, 10, 9000)
	b, _ := anchorOne(n, dev, 10, 1000)
	typ := [32]byte(crypto.Keccak256([]byte("QUALITY_AUDIT")))
	sigA := n.SignDigest(attester.Key, n.ProofDigest(n.Suite.DAT, a, typ, "ipfs://audit-a", ca.MerkleRoot))
	t.Run("OKOnItsOwnToken", func(t *testing.T) {
		n.MustSend(op, n.Suite.DAT, d.PackAddProof(evmtest.U(a), typ, "ipfs://audit-a", sigA), nil)
	})
	t.Run("ErrOnAnotherToken", func(t *testing.T) {
		_, err := n.Send(op, n.Suite.DAT, d.PackAddProof(evmtest.U(b), typ, "ipfs://audit-a", sigA), nil)
		evmtest.ExpectRevert(t, err, "InvalidProof", datpin.EUNAUTHORIZED)
		if evmtest.Read(n, n.Suite.DAT, d.PackHasProof(evmtest.U(b), typ), d.UnpackHasProof) {
			t.Fatalf("token b holds a proof it was never given")
		}
	})
	t.Run("ErrAsAnotherProofType", func(t *testing.T) {
		_, err := n.Send(op, n.Suite.DAT, d.PackAddProof(evmtest.U(a), [32]byte{1}, "ipfs://audit-a", sigA), nil)
		evmtest.ExpectRevert(t, err, "InvalidProof", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrOnAnotherDeployment", func(t *testing.T) {
		n2 := n.DeployAgain()
		n2.GrantRole(n2.Suite.DAT, evm.RoleAttester, attester.Address)
		n2.Onboard(evmtest.Account("operator", 0), dev, testCell)
		// Same token id and same Merkle root on the second deployment.
		c := ca
		c.Deadline = n2.Now() + 600
		id2 := n2.Anchor(evmtest.Account("relayer", 0), []*evm.Account{dev}, []datpin.Contribution{c})
		if id2 != a {
			t.Fatalf("setup: token id %d on the second deployment; want %d", id2, a)
		}
		_, err := n2.Send(op, n2.Suite.DAT, d.PackAddProof(evmtest.U(id2), typ, "ipfs://audit-a", sigA), nil)
		evmtest.ExpectRevert(t, err, "InvalidProof", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrVerifierProofOnAnotherToken", func(t *testing.T) {
		zk := [32]byte(crypto.Keccak256([]byte("ZK_ATTEST")))
		v := n.Deploy(n.Admin, mockproofverifier.MockProofVerifierMetaData.Bin, nil)
		n.MustSend(n.Admin, n.Suite.DAT, d.PackSetProofVerifier(zk, v), nil)
		commit := [32]byte{0xc0}
		cs := []datpin.Contribution{n.Contribution(dev, 10, 5000), n.Contribution(dev, 10, 5000)}
		cs[0].ZKCommit, cs[1].ZKCommit = commit, commit // even with the same commitment
		first := n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{dev}, cs)
		proof := zkProof(first, commit, 9000)
		n.MustSend(op, n.Suite.DAT, d.PackAddProof(evmtest.U(first), zk, "", proof), nil)
		_, err := n.Send(op, n.Suite.DAT, d.PackAddProof(evmtest.U(first+1), zk, "", proof), nil)
		evmtest.ExpectRevert(t, err, "InvalidProof", datpin.EUNAUTHORIZED)
		if th := evmtest.Read(n, n.Suite.DAT, d.PackProvenThreshold(evmtest.U(first+1)), d.UnpackProvenThreshold); th != 0 {
			t.Fatalf("provenThreshold of the other token = %d", th)
		}
	})
}

// (a) Vana's proofs were not bound to their pool, so one proof served several pools. A
// validator's commitment here binds chain, oracle, round, validator and the token range: its
// reveal cannot be replayed for another start id, another round or another oracle.
func TestAttack_CommitmentReplayOntoAnotherRange(t *testing.T) {
	n := adminNet(t)
	n2 := n.DeployAgain()
	_, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(1)
	v := vs[0]
	cs := []datpin.Contribution{n.Contribution(dev, 10, 9000), n.Contribution(dev, 10, 1000)}
	first := n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{dev}, cs)
	round, commitOpens, revealOpens, _ := roundOf(n, first)
	scores := []uint16{9500}
	s := salt()
	// The validator is registered on the second oracle too, before the commit window opens
	// (a validator registered later only commits from the next round on).
	n.Must(n2.Suite.MintToken(n.Ctx, n.Admin, v.Address, n.Config.MinStake))
	n.Must(n2.Suite.RegisterValidator(n.Ctx, v, n.Config.MinStake))
	n.AdvanceTo(commitOpens)
	c := n.Suite.Commitment(round, v.Address, first, scores, s)
	n.Must(n.Suite.Commit(n.Ctx, v, round, c))
	// It copies its commitment hash to the second oracle.
	// Both oracles' rounds are aligned to the same round length, so the same instant is in the
	// same windows of both (round numbers may differ if their genesis differ).
	st, err := n.Suite.TokenState(n.Ctx, first)
	n.Must(err)
	round2, err := n2.Suite.RoundAt(n.Ctx, uint64(st.Contrib.AnchoredAt))
	n.Must(err)
	n.Must(n2.Suite.Commit(n.Ctx, v, round2, c))
	n.AdvanceTo(revealOpens)
	t.Run("ErrAnotherStartId", func(t *testing.T) {
		err := n.Suite.Reveal(n.Ctx, v, round, first+1, scores, s)
		evmtest.ExpectRevert(t, err, "CommitmentMismatch", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrAnotherOracle", func(t *testing.T) {
		err := n2.Suite.Reveal(n.Ctx, v, round2, first, scores, s)
		evmtest.ExpectRevert(t, err, "CommitmentMismatch", datpin.EUNAUTHORIZED)
	})
	t.Run("OKWhereItWasMade", func(t *testing.T) {
		n.Must(n.Suite.Reveal(n.Ctx, v, round, first, scores, s))
	})
	t.Run("ErrAnotherRound", func(t *testing.T) {
		// Replay the revealed batch in the next round's reveal window.
		_, nextReveal, _, err := n.Suite.Windows(n.Ctx, round+1)
		n.Must(err)
		n.AdvanceTo(nextReveal)
		err = n.Suite.Reveal(n.Ctx, v, round+1, first, scores, s)
		evmtest.ExpectRevert(t, err, "CommitmentMismatch", datpin.EUNAUTHORIZED)
	})
}

// (a) A device's contribution signature replayed on another chain or another deployment: the
// EIP-712 domain binds the chain id and the DAT's address.
func TestAttack_ContributionSignatureReplay(t *testing.T) {
	n := adminNet(t)
	n2 := n.DeployAgain()
	op := evmtest.Account("operator", 0)
	dev := evmtest.Account("device", 0)
	n.Onboard(op, dev, testCell)
	n2.Onboard(op, dev, testCell)
	relayer := evmtest.Account("relayer", 0)
	t.Run("ErrAnotherChainID", func(t *testing.T) {
		c := n.Contribution(dev, 10, 9000)
		sig, err := pack.SignContribution(dev.Key, pack.Domain{ChainID: 1, VerifyingContract: n.Suite.DAT}, &c)
		n.Must(err)
		_, _, err = n.Suite.Anchor(n.Ctx, relayer, []datpin.Contribution{c}, [][]byte{sig[:]})
		evmtest.ExpectRevert(t, err, "InvalidSignature", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrAnotherDeployment", func(t *testing.T) {
		c := n.Contribution(dev, 10, 9000)
		sig := n.Sign(dev, &c) // for the first DAT
		_, _, err := n2.Suite.Anchor(n.Ctx, relayer, []datpin.Contribution{c}, [][]byte{sig})
		evmtest.ExpectRevert(t, err, "InvalidSignature", datpin.EUNAUTHORIZED)
		_, _, err = n.Suite.Anchor(n.Ctx, relayer, []datpin.Contribution{c}, [][]byte{sig})
		n.Must(err)
	})
	t.Run("ErrAlteredField", func(t *testing.T) {
		c := n.Contribution(dev, 10, 2000)
		sig := n.Sign(dev, &c)
		c.Score = 10_000 // a relayer inflates the tentative score
		_, _, err := n.Suite.Anchor(n.Ctx, relayer, []datpin.Contribution{c}, [][]byte{sig})
		evmtest.ExpectRevert(t, err, "InvalidSignature", datpin.EUNAUTHORIZED)
	})
}

// (b) LazAI's Settlement updated a memory copy of the user record, so deposits were not credited
// and a withdrawal never reduced the stored balance: withdraw could be repeated to drain the
// contract. Here stake is credited in storage, withdraw zeroes it, a second withdraw has nothing,
// and the oracle's token balance equals the sum of stakes plus the slashed pool throughout.
func TestAttack_DepositWithdrawDrain(t *testing.T) {
	n := adminNet(t)
	o := n.Suite.OracleABI
	_, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(3)
	checkBalance := func(step string) {
		t.Helper()
		sum := evmtest.Read(n, n.Suite.Oracle, o.PackSlashedPool(), o.UnpackSlashedPool)
		for _, v := range evmtest.Read(n, n.Suite.Oracle, o.PackValidators(), o.UnpackValidators) {
			sum = new(big.Int).Add(sum, validatorOf(n, v).Stake)
		}
		wantBig(t, step+": oracle balance", n.ERC20Balance(n.Suite.Token, n.Suite.Oracle), sum)
	}
	stake := new(big.Int).Mul(n.Config.MinStake, big.NewInt(2))
	for _, v := range vs {
		wantBig(t, "credited stake", validatorOf(n, v.Address).Stake, stake)
	}
	checkBalance("registered")
	n.Must(n.Suite.MintToken(n.Ctx, n.Admin, vs[0].Address, evm.Ether(5)))
	n.Approve(vs[0], n.Suite.Token, n.Suite.Oracle, evm.Ether(5))
	n.MustSend(vs[0], n.Suite.Oracle, o.PackAddStake(evm.Ether(5)), nil)
	wantBig(t, "stake after addStake", validatorOf(n, vs[0].Address).Stake, new(big.Int).Add(stake, evm.Ether(5)))
	checkBalance("added stake")
	// A fault slashes vs[2] into the pool.
	id, _ := anchorOne(n, dev, 10, 9000)
	n.Evaluate(id, vs, [][]uint16{{9000}, {9000}, {100}})
	finalize(n, id)
	if p := evmtest.Read(n, n.Suite.Oracle, o.PackSlashedPool(), o.UnpackSlashedPool); p.Sign() == 0 {
		t.Fatalf("setup: nothing slashed")
	}
	checkBalance("slashed")
	v := vs[2]
	n.MustSend(v, n.Suite.Oracle, o.PackRequestExit(), nil)
	n.Advance(n.Config.ExitDelay)
	// Its stake stays slashable until the tokens it revealed could be finalized: a validator
	// cannot reveal an outlier and leave before finalization penalizes it.
	_, err := n.Send(v, n.Suite.Oracle, o.PackWithdraw(), nil)
	evmtest.ExpectRevert(t, err, "ExitPending", datpin.ECONFLICT)
	n.Advance(n.Config.StaleAfter)
	credited := validatorOf(n, v.Address).Stake
	before := n.ERC20Balance(n.Suite.Token, v.Address)
	n.MustSend(v, n.Suite.Oracle, o.PackWithdraw(), nil)
	wantBig(t, "paid out", new(big.Int).Sub(n.ERC20Balance(n.Suite.Token, v.Address), before), credited)
	if got := validatorOf(n, v.Address); got.Stake.Sign() != 0 || got.Listed {
		t.Fatalf("stored record after withdraw = %+v; want zeroed", got)
	}
	checkBalance("withdrawn")
	_, err = n.Send(v, n.Suite.Oracle, o.PackWithdraw(), nil)
	evmtest.ExpectRevert(t, err, "NothingToWithdraw", datpin.ECONFLICT)
	wantBig(t, "after second withdraw", n.ERC20Balance(n.Suite.Token, v.Address), new(big.Int).Add(before, credited))
	checkBalance("second withdraw refused")
	// The slashed pool leaves only through the admin's sweep.
	pool := evmtest.Read(n, n.Suite.Oracle, o.PackSlashedPool(), o.UnpackSlashedPool)
	r := n.MustSend(n.Admin, n.Suite.Oracle, o.PackSweepSlashed(n.Suite.Rewards), nil)
	if ev := evmtest.Events(r, o.UnpackSlashedSweptEvent); len(ev) != 1 || !bigEq(ev[0].Amount, pool) {
		t.Fatalf("SlashedSwept = %+v", ev)
	}
	checkBalance("swept")
}

// (c) Double claim: a second claim pays nothing, and a batch with a repeated id pays it once.
func TestAttack_DoubleClaim(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	class := n.CreateClass("c", common.Address{})
	a := n.Mint(class, holder0.Address, 0, 1, 0)
	n.Mint(class, holder1.Address, 0, 1, 0)
	_, err := n.SettleETH(buyer, class, big.NewInt(2000))
	n.Must(err)
	to := payee(40)
	t.Run("ErrClaimTwice", func(t *testing.T) {
		_, err := n.Claim(holder0, a, ethAsset, to)
		n.Must(err)
		_, err = n.Claim(holder0, a, ethAsset, to)
		evmtest.ExpectRevert(t, err, "NothingToClaim", datpin.ECONFLICT)
		wantBig(t, "paid", n.ETH(to), big.NewInt(1000))
	})
	t.Run("OKClaimManyRepeatedPaysOnce", func(t *testing.T) {
		_, err := n.SettleETH(buyer, class, big.NewInt(2000))
		n.Must(err)
		list := []uint64{a, a, a, a, a, a, a, a}
		r := n.MustSend(holder0, n.Suite.DAT, d.PackClaimMany(ids(list...), ethAsset, to), nil)
		if ev := evmtest.Events(r, d.UnpackClaimedEvent); len(ev) != 1 || ev[0].Amount.Int64() != 1000 {
			t.Fatalf("Claimed = %+v; want once 1000", ev)
		}
		wantBig(t, "paid", n.ETH(to), big.NewInt(2000))
		wantBig(t, "DAT keeps the other holder's share", n.ETH(n.Suite.DAT), big.NewInt(2000))
	})
}

// (d) Reentrancy through a malicious ERC-20 used as the class's revenue asset: it calls back
// into claim during a settlement (between the DAT's balance reads) and during the claim's own
// payment. Both reentrant calls hit the guard; the settlement is credited in full and the claim
// pays once.
func TestAttack_ReentrantERC20Revenue(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	rabi := reentranterc20.NewReentrantERC20()
	re := n.Deploy(n.Admin, reentranterc20.ReentrantERC20MetaData.Bin, nil)
	class := n.CreateClass("reentrant", re)
	x := n.Mint(class, re, 0, 1, 0) // the attacking token contract holds a DAT
	y := n.Mint(class, holder0.Address, 0, 1, 0)
	n.MustSend(buyer, re, rabi.PackMint(buyer.Address, big.NewInt(10_000)), nil)
	n.MustSend(stranger, re, rabi.PackMint(stranger.Address, big.NewInt(10)), nil)
	_, err := n.SettleERC20(buyer, class, re, big.NewInt(1000))
	n.Must(err)
	claimX := d.PackClaim(evmtest.U(x), re, re)
	read := func(data []byte) *big.Int {
		return evmtest.Unpack(t, n.MustCall(re, data), func(b []byte) (*big.Int, error) { return new(big.Int).SetBytes(b), nil })
	}
	lastError := func() string {
		return revertName(evmtest.Read(n, re, rabi.PackLastError(), rabi.UnpackLastError))
	}
	t.Run("ErrClaimDuringSettlement", func(t *testing.T) {
		n.MustSend(stranger, re, rabi.PackArm(n.Suite.DAT, claimX, big.NewInt(1)), nil)
		r, err := n.SettleERC20(buyer, class, re, big.NewInt(1000))
		n.Must(err)
		if ev := evmtest.Events(r, d.UnpackRevenueSettledEvent); len(ev) != 1 || ev[0].Amount.Int64() != 1000 {
			t.Fatalf("RevenueSettled = %+v; want the full 1000", ev)
		}
		if read(rabi.PackAttempts()).Int64() != 1 || read(rabi.PackSuccesses()).Sign() != 0 || lastError() != "ReentrancyGuardReentrantCall" {
			t.Fatalf("reentrant claim: attempts %v successes %v error %q", read(rabi.PackAttempts()), read(rabi.PackSuccesses()), lastError())
		}
		wantBig(t, "x pending", n.Pending(x, re), big.NewInt(1000))
		wantBig(t, "y pending", n.Pending(y, re), big.NewInt(1000))
	})
	t.Run("ErrClaimDuringClaim", func(t *testing.T) {
		before := n.ERC20Balance(re, re)
		n.MustSend(stranger, re, rabi.PackArm(n.Suite.DAT, claimX, big.NewInt(2)), nil)
		// Any transfer fires the first callback: the token contract claims x (as its owner), and
		// the payment to it fires the second, nested claim.
		n.MustSend(stranger, re, rabi.PackTransfer(holder2.Address, big.NewInt(1)), nil)
		if read(rabi.PackAttempts()).Int64() != 3 || read(rabi.PackSuccesses()).Int64() != 1 || lastError() != "ReentrancyGuardReentrantCall" {
			t.Fatalf("attempts %v successes %v error %q; want the outer claim only", read(rabi.PackAttempts()), read(rabi.PackSuccesses()), lastError())
		}
		wantBig(t, "paid once", new(big.Int).Sub(n.ERC20Balance(re, re), before), big.NewInt(1000))
		wantBig(t, "DAT keeps y's share", n.ERC20Balance(re, n.Suite.DAT), big.NewInt(1000))
		if n.Pending(x, re).Sign() != 0 {
			t.Fatalf("x still has pending revenue")
		}
	})
}

// (d) Reentrancy through a malicious stake token, in a separate oracle deployment: the token
// contract registers itself as a validator, exits and, while being paid its stake, calls withdraw
// again. The nested withdraw fails and the stake is paid once; the other validator's stake stays.
func TestAttack_ReentrantStakeToken(t *testing.T) {
	n := adminNet(t)
	oabi := n.Suite.OracleABI
	rabi := reentranterc20.NewReentrantERC20()
	re := n.Deploy(n.Admin, reentranterc20.ReentrantERC20MetaData.Bin, nil)
	params := qualityoracle.QualityOracleParams{
		Quorum: 1, Threshold: 4000, Tolerance: 1500, ExitDelay: 60, StaleAfter: 3600,
		MinStake: big.NewInt(1000), SlashPerFault: big.NewInt(1),
	}
	oracle := n.Deploy(n.Admin, qualityoracle.QualityOracleMetaData.Bin,
		oabi.PackConstructor(n.Admin.Address, n.Suite.DAT, re, n.Suite.Genesis, 3600, 1800, 1800, params))
	stake := big.NewInt(5000)
	honest := evmtest.Account("validator", 0)
	n.MustSend(honest, re, rabi.PackMint(honest.Address, stake), nil)
	n.MustSend(honest, re, rabi.PackApprove(oracle, stake), nil)
	n.MustSend(honest, oracle, oabi.PackRegister(stake), nil)
	n.MustSend(stranger, re, rabi.PackMint(re, stake), nil)
	n.MustSend(stranger, re, rabi.PackMint(stranger.Address, big.NewInt(100)), nil)
	// act makes the token contract call `target` with `payload`, `times` deep.
	act := func(target common.Address, payload []byte, times int64) {
		t.Helper()
		n.MustSend(stranger, re, rabi.PackArm(target, payload, big.NewInt(times)), nil)
		n.MustSend(stranger, re, rabi.PackTransfer(holder2.Address, big.NewInt(1)), nil)
	}
	checkBalance := func(step string) {
		t.Helper()
		sum := evmtest.Read(n, oracle, oabi.PackSlashedPool(), oabi.UnpackSlashedPool)
		for _, v := range evmtest.Read(n, oracle, oabi.PackValidators(), oabi.UnpackValidators) {
			sum.Add(sum, evmtest.Read(n, oracle, oabi.PackValidatorOf(v), oabi.UnpackValidatorOf).Stake)
		}
		wantBig(t, step+": oracle balance", n.ERC20Balance(re, oracle), sum)
	}
	act(re, rabi.PackApprove(oracle, stake), 1)
	act(oracle, oabi.PackRegister(stake), 1)
	if got := evmtest.Read(n, oracle, oabi.PackValidatorOf(re), oabi.UnpackValidatorOf); !bigEq(got.Stake, stake) {
		t.Fatalf("setup: the token contract is not a validator: %+v", got)
	}
	checkBalance("registered")
	act(oracle, oabi.PackRequestExit(), 1)
	n.Advance(2 * time.Minute)
	before := n.ERC20Balance(re, re)
	successes := evmtest.Read(n, re, rabi.PackSuccesses(), func(b []byte) (*big.Int, error) { return new(big.Int).SetBytes(b), nil })
	act(oracle, oabi.PackWithdraw(), 2)
	after := evmtest.Read(n, re, rabi.PackSuccesses(), func(b []byte) (*big.Int, error) { return new(big.Int).SetBytes(b), nil })
	if new(big.Int).Sub(after, successes).Int64() != 1 {
		t.Fatalf("%v of the two withdraw calls succeeded; want only the outer one", new(big.Int).Sub(after, successes))
	}
	if name := revertName(evmtest.Read(n, re, rabi.PackLastError(), rabi.UnpackLastError)); name != "ReentrancyGuardReentrantCall" {
		t.Fatalf("nested withdraw failed with %q", name)
	}
	wantBig(t, "paid once", new(big.Int).Sub(n.ERC20Balance(re, re), before), stake)
	wantBig(t, "honest stake kept", n.ERC20Balance(re, oracle), stake)
	checkBalance("withdrawn")
}

// (d) Reentrancy through a malicious ETH receiver that owns a token: its receive hook claims
// again. The nested claim fails on the guard and the receiver is paid exactly once.
func TestAttack_ReentrantETHReceiver(t *testing.T) {
	n := adminNet(t)
	rabi := reentrantreceiver.NewReentrantReceiver()
	recv := n.Deploy(n.Admin, reentrantreceiver.ReentrantReceiverMetaData.Bin, rabi.PackConstructor(n.Suite.DAT))
	class := n.CreateClass("eth", common.Address{})
	x := n.Mint(class, recv, 0, 1, 0)
	n.Mint(class, holder0.Address, 0, 3, 0)
	_, err := n.SettleETH(buyer, class, big.NewInt(4000))
	n.Must(err)
	n.MustSend(stranger, recv, rabi.PackSetToken(evmtest.U(x)), nil)
	n.MustSend(stranger, recv, rabi.PackClaimETH(), nil)
	received := evmtest.Read(n, recv, rabi.PackReceived(), rabi.UnpackReceived)
	wantBig(t, "received", received, big.NewInt(1000))
	wantBig(t, "balance", n.ETH(recv), big.NewInt(1000))
	if evmtest.Read(n, recv, rabi.PackReentrySucceeded(), rabi.UnpackReentrySucceeded) {
		t.Fatalf("the reentrant claim succeeded")
	}
	if name := revertName(evmtest.Read(n, recv, rabi.PackLastError(), rabi.UnpackLastError)); name != "ReentrancyGuardReentrantCall" {
		t.Fatalf("reentrant claim failed with %q; want the guard", name)
	}
	_, err = n.Send(stranger, recv, rabi.PackClaimETH(), nil)
	evmtest.ExpectRevert(t, err, "NothingToClaim", datpin.ECONFLICT)
	wantBig(t, "DAT keeps the rest", n.ETH(n.Suite.DAT), big.NewInt(3000))
}

// (e) Unauthorized mint: the generic mint needs MINTER_ROLE, and an anchor needs the registered
// device's own signature.
func TestAttack_UnauthorizedMint(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	t.Run("ErrGenericMint", func(t *testing.T) {
		for _, who := range []*evm.Account{stranger, n.Admin} {
			_, err := n.Send(who, n.Suite.DAT, d.PackMint(evmtest.U(1), who.Address, big.NewInt(1), maxUint56, 0), nil)
			evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
		}
	})
	t.Run("ErrForgedAnchorSignature", func(t *testing.T) {
		_, dev := onboarded(n, 0, 0)
		c := n.Contribution(dev, 1_000_000, 10_000)
		forged := n.Sign(stranger, &c)
		_, _, err := n.Suite.Anchor(n.Ctx, stranger, []datpin.Contribution{c}, [][]byte{forged})
		evmtest.ExpectRevert(t, err, "InvalidSignature", datpin.EUNAUTHORIZED)
		if cnt, _ := n.Suite.TokenCount(n.Ctx); cnt != 0 {
			t.Fatalf("tokenCount = %d", cnt)
		}
	})
	t.Run("ErrGrantOwnRole", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.DAT, d.PackGrantRole(evm.RoleMinter, stranger.Address), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	})
}

// (e) Unauthorized evaluation: only the oracle (EVALUATOR_ROLE) applies verdicts; a validator, the
// token's owner or the admin calling settleEvaluations directly is refused.
func TestAttack_UnauthorizedEvaluate(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	op, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(1)
	id, _ := anchorOne(n, dev, 100, 1000)
	verdict := evm.PackVerdicts(evm.Verdict{TokenId: evmtest.U(id), Score: 10_000, Accepted: true, Value: 1 << 40, ShareRatio: 1 << 50})
	for name, who := range map[string]*evm.Account{"Validator": vs[0], "Owner": op, "Admin": n.Admin, "Stranger": stranger} {
		t.Run("Err"+name, func(t *testing.T) {
			_, err := n.Send(who, n.Suite.DAT, d.PackSettleEvaluations(verdict), nil)
			evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
		})
	}
	if st, _ := n.Suite.TokenState(n.Ctx, id); st.Status != datpin.StatusPending || st.ShareRatio.Sign() != 0 {
		t.Fatalf("token = %+v; want untouched", st)
	}
}

// (e) Unauthorized class administration.
func TestAttack_UnauthorizedClassAdmin(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	for name, data := range map[string][]byte{
		"CreateClass":         d.PackCreateClass("evil", [32]byte{}, 0, ""),
		"UpdateClassMetadata": d.PackUpdateClassMetadata(evmtest.U(1), "evil", [32]byte{}),
		"UpdateClassPolicy":   d.PackUpdateClassPolicy(evmtest.U(1), "evil"),
		"ConfigureClass":      d.PackConfigureClass(evmtest.U(1), 1, stranger.Address),
		"SetProofVerifier":    d.PackSetProofVerifier([32]byte{1}, stranger.Address),
		"GrantClassAdmin":     d.PackGrantRole(evm.RoleClassAdmin, stranger.Address),
	} {
		t.Run("Err"+name, func(t *testing.T) {
			_, err := n.Send(stranger, n.Suite.DAT, data, nil)
			evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
		})
	}
	meta := evmtest.Read(n, n.Suite.DAT, d.PackGetClassMeta(evmtest.U(1)), d.UnpackGetClassMeta)
	if meta.MetadataURI != n.Config.ClassURI || meta.PolicyURI != n.Config.ClassPolicy {
		t.Fatalf("class changed: %+v", meta)
	}
}

// (f) Copying another validator's reveal: a lazy validator that waits for the honest reveal
// cannot reveal the same scores, having no matching commitment made before they were public;
// copying the honest commitment hash in the commit window does not help either (the commitment
// binds the validator), and committing in the reveal window is refused.
func TestAttack_CopyRevealWithoutCommitment(t *testing.T) {
	n := adminNet(t)
	o := n.Suite.OracleABI
	_, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(2)
	honest, lazy := vs[0], vs[1]
	id, _ := anchorOne(n, dev, 100, 9000)
	round, commitOpens, revealOpens, _ := roundOf(n, id)
	n.AdvanceTo(commitOpens)
	s := salt()
	hc := n.Suite.Commitment(round, honest.Address, id, []uint16{8700}, s)
	r := n.MustSend(honest, n.Suite.Oracle, o.PackCommit(evmtest.U(round), hc), nil)
	seen := evmtest.Events(r, o.UnpackCommittedEvent)[0].Commitment
	n.Must(n.Suite.Commit(n.Ctx, lazy, round, seen)) // the lazy validator copies the hash
	n.AdvanceTo(revealOpens)
	r = n.MustSend(honest, n.Suite.Oracle, o.PackReveal(evmtest.U(round), evmtest.U(id), evm.PackScores([]uint16{8700}), s), nil)
	rev := evmtest.Events(r, o.UnpackRevealedEvent)[0]
	t.Run("ErrRevealCopy", func(t *testing.T) {
		// The salt is public only once revealed; even with it, the lazy validator has no match.
		err := n.Suite.Reveal(n.Ctx, lazy, round, rev.StartTokenId.Uint64(), evm.UnpackScores(rev.Scores), s)
		evmtest.ExpectRevert(t, err, "CommitmentMismatch", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrCommitInRevealWindow", func(t *testing.T) {
		late := n.Suite.Commitment(round, lazy.Address, id, evm.UnpackScores(rev.Scores), s)
		evmtest.ExpectRevert(t, n.Suite.Commit(n.Ctx, lazy, round, late), "OutsideWindow", datpin.ECONFLICT)
	})
	if got := evmtest.Read(n, n.Suite.Oracle, o.PackRevealedScore(lazy.Address, evmtest.U(id)), o.UnpackRevealedScore); got != abstain {
		t.Fatalf("the lazy validator has a score %d", got)
	}
}

// (g) Vana let anyone register an address as grantee first, front-running the real one. Here the
// device's Onboard signature names the operator, who must send it: an attacker replaying it from
// their own account is refused, and a registered device cannot be registered again.
func TestAttack_FrontRunDeviceRegistration(t *testing.T) {
	n := adminNet(t)
	op := evmtest.Account("operator", 0)
	dev := evmtest.Account("device", 0)
	deadline := n.Now() + 600
	sig := n.OnboardSig(dev, op, testCell, deadline)
	t.Run("ErrAttackerSubmitsOperatorsSignature", func(t *testing.T) {
		err := n.Suite.Onboard(n.Ctx, stranger, dev.Address, testCell, datpin.DeviceStation, deadline, sig)
		evmtest.ExpectRevert(t, err, "InvalidSignature", datpin.EUNAUTHORIZED)
		if o, _ := deviceStatus(n, dev.Address); o != (common.Address{}) {
			t.Fatalf("device registered to %s", o)
		}
	})
	t.Run("OKOperator", func(t *testing.T) {
		n.Must(n.Suite.Onboard(n.Ctx, op, dev.Address, testCell, datpin.DeviceStation, deadline, sig))
	})
	t.Run("ErrDeviceAlreadyRegistered", func(t *testing.T) {
		own := n.OnboardSig(dev, stranger, testCell, deadline) // even with a device signature naming the attacker
		err := n.Suite.Onboard(n.Ctx, stranger, dev.Address, testCell, datpin.DeviceStation, deadline, own)
		evmtest.ExpectRevert(t, err, "DeviceAlreadyRegistered", datpin.ECONFLICT)
		err = n.Suite.Onboard(n.Ctx, op, dev.Address, testCell, datpin.DeviceStation, deadline, sig)
		evmtest.ExpectRevert(t, err, "DeviceAlreadyRegistered", datpin.ECONFLICT)
	})
	t.Run("OKFrontRunRelayGainsNothing", func(t *testing.T) {
		c := n.Contribution(dev, 10, 9000)
		id, _, err := n.Suite.Anchor(n.Ctx, stranger, []datpin.Contribution{c}, [][]byte{n.Sign(dev, &c)})
		n.Must(err)
		if n.Owner(id) != op.Address {
			t.Fatalf("a front-running relayer got the token")
		}
	})
}

// (h) Using an expired token: value can neither leave nor enter it, nor be used.
func TestAttack_UseExpiredToken(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	expired := n.Mint(1, stranger.Address, 1000, 10, n.Now()+20)
	live := n.Mint(1, stranger.Address, 0, 10, 0)
	n.PastExpiry(expired)
	t.Run("ErrTransferValueOut", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.DAT, d.PackTransferValue(evmtest.U(expired), evmtest.U(live), big.NewInt(1)), nil)
		evmtest.ExpectRevert(t, err, "TokenExpired", datpin.EEXPIRED)
	})
	t.Run("ErrTransferValueIn", func(t *testing.T) {
		l2 := n.Mint(1, stranger.Address, 5, 10, 0)
		_, err := n.Send(stranger, n.Suite.DAT, d.PackTransferValue(evmtest.U(l2), evmtest.U(expired), big.NewInt(1)), nil)
		evmtest.ExpectRevert(t, err, "TokenExpired", datpin.EEXPIRED)
	})
	t.Run("ErrRecordUsage", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.DAT, d.PackRecordUsage(evmtest.U(expired), [32]byte{1}, big.NewInt(1)), nil)
		evmtest.ExpectRevert(t, err, "TokenExpired", datpin.EEXPIRED)
	})
	if n.Value(expired).Int64() != 1000 {
		t.Fatalf("value of the expired token changed")
	}
}

// (i) Draining the rewards pool through settlement: an epoch settles once and only when over.
func TestAttack_RewardsSettlementDrain(t *testing.T) {
	n := adminNet(t)
	n.Mint(1, holder0.Address, 0, 1, 0)
	epochLen := uint64(n.Config.EpochLength / time.Second)
	n.AdvanceTo(n.Suite.Genesis + epochLen)
	pool := n.ERC20Balance(n.Suite.Token, n.Suite.Rewards)
	_, err := n.Suite.SettleEpoch(n.Ctx, stranger, 0)
	n.Must(err)
	t.Run("ErrSameEpochTwice", func(t *testing.T) {
		_, err := n.Suite.SettleEpoch(n.Ctx, stranger, 0)
		evmtest.ExpectRevert(t, err, "EpochAlreadySettled", datpin.ECONFLICT)
	})
	t.Run("ErrFutureEpoch", func(t *testing.T) {
		for _, e := range []uint64{1, 2, 1 << 40} {
			_, err := n.Suite.SettleEpoch(n.Ctx, stranger, e)
			evmtest.ExpectRevert(t, err, "EpochNotOver", datpin.ECONFLICT)
		}
	})
	wantBig(t, "pool", n.ERC20Balance(n.Suite.Token, n.Suite.Rewards), new(big.Int).Sub(pool, n.Config.EmissionPerEpoch))
}

// (j) A validator scoring one token twice through two commitments (or overlapping ranges), to
// weigh twice in the median. A validator holds one commitment per round: a second one replaces
// the first, the replaced one can no longer be revealed, and the surviving one reveals once.
func TestAttack_DoubleRevealForToken(t *testing.T) {
	n := adminNet(t)
	_, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(1)
	v := vs[0]
	cs := []datpin.Contribution{n.Contribution(dev, 10, 9000), n.Contribution(dev, 10, 9000), n.Contribution(dev, 10, 9000)}
	first := n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{dev}, cs)
	round, commitOpens, revealOpens, closes := roundOf(n, first)
	n.AdvanceTo(commitOpens)
	type batch struct {
		start  uint64
		scores []uint16
		salt   [32]byte
	}
	a := batch{first, []uint16{9000}, salt()}
	b := batch{first, []uint16{9100, 9100}, salt()} // overlaps a on first
	o := n.Suite.OracleABI
	n.Must(n.Suite.Commit(n.Ctx, v, round, n.Suite.Commitment(round, v.Address, a.start, a.scores, a.salt)))
	r := n.MustSend(v, n.Suite.Oracle, o.PackCommit(evmtest.U(round), n.Suite.Commitment(round, v.Address, b.start, b.scores, b.salt)), nil)
	if ev := evmtest.Events(r, o.UnpackCommitmentReplacedEvent); len(ev) != 1 {
		t.Fatalf("second commitment: CommitmentReplaced %+v; want one (it replaces the first)", ev)
	}
	n.AdvanceTo(revealOpens)
	t.Run("ErrRevealReplacedCommitment", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Reveal(n.Ctx, v, round, a.start, a.scores, a.salt), "CommitmentMismatch", datpin.EUNAUTHORIZED)
	})
	n.Must(n.Suite.Reveal(n.Ctx, v, round, b.start, b.scores, b.salt))
	t.Run("ErrSameCommitmentTwice", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Reveal(n.Ctx, v, round, b.start, b.scores, b.salt), "AlreadyRevealed", datpin.ECONFLICT)
	})
	t.Run("ErrReplacedAfterReveal", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Reveal(n.Ctx, v, round, a.start, a.scores, a.salt), "AlreadyRevealed", datpin.ECONFLICT)
	})
	t.Run("ErrNewCommitmentInRevealWindow", func(t *testing.T) {
		c := batch{first + 2, []uint16{9000}, salt()}
		err := n.Suite.Commit(n.Ctx, v, round, n.Suite.Commitment(round, v.Address, c.start, c.scores, c.salt))
		evmtest.ExpectRevert(t, err, "OutsideWindow", datpin.ECONFLICT)
	})
	for id, want := range map[uint64]uint16{first: 9100, first + 1: 9100, first + 2: abstain} {
		if got := evmtest.Read(n, n.Suite.Oracle, o.PackRevealedScore(v.Address, evmtest.U(id)), o.UnpackRevealedScore); got != want {
			t.Fatalf("revealedScore(%d) = %d; want %d from the one surviving commitment", id, got, want)
		}
	}
	// The validator weighs once: the token counts one reveal, not two.
	n.AdvanceTo(closes)
	res := finalize(n, first)
	if len(res.pending) != 1 || res.pending[0].Reveals != 1 || len(res.finalized)+len(res.rejected) != 0 {
		t.Fatalf("QuorumPending %+v, finalized %+v, rejected %+v; want one token pending with 1 reveal", res.pending, res.finalized, res.rejected)
	}
}

// (k) Revealing scores for tokens of another round (e.g. to re-score tokens whose round already
// closed, or to stretch a range into the next round).
func TestAttack_RevealTokensOfAnotherRound(t *testing.T) {
	n := adminNet(t)
	_, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(1)
	v := vs[0]
	t1, _ := anchorOne(n, dev, 10, 9000)
	round, commitOpens, revealOpens, _ := roundOf(n, t1)
	n.AdvanceTo(commitOpens) // round+1 has begun
	t2, _ := anchorOne(n, dev, 10, 9000)
	if r2, _, _, _ := roundOf(n, t2); r2 != round+1 {
		t.Fatalf("setup: t2 in round %d; want %d", r2, round+1)
	}
	span := []uint16{9000, 9000}
	s := salt()
	n.Must(n.Suite.Commit(n.Ctx, v, round, n.Suite.Commitment(round, v.Address, t1, span, s)))
	n.AdvanceTo(revealOpens)
	t.Run("ErrRangeIntoNextRound", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Reveal(n.Ctx, v, round, t1, span, s), "WrongRound", datpin.ECONFLICT)
	})
	_, nextCommit, nextReveal, _ := roundOf(n, t2)
	n.AdvanceTo(nextCommit)
	old := []uint16{100}
	s2 := salt()
	n.Must(n.Suite.Commit(n.Ctx, v, round+1, n.Suite.Commitment(round+1, v.Address, t1, old, s2)))
	n.AdvanceTo(nextReveal)
	t.Run("ErrTokenOfPreviousRound", func(t *testing.T) {
		evmtest.ExpectRevert(t, n.Suite.Reveal(n.Ctx, v, round+1, t1, old, s2), "WrongRound", datpin.ECONFLICT)
	})
}
