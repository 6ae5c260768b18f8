package evm_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/feeontransfererc20"
	"github.com/datpin/datpin/contracts/bindings/mockproofverifier"
	"github.com/datpin/datpin/contracts/bindings/rewards"
	"github.com/datpin/datpin/contracts/bindings/snapshotharnessdat"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// Attacks on the DataAnchoringToken's proof registry, anchoring and revenue accounting, each
// performed on the embedded chain; every test asserts that the victim is unharmed.

// A stranger cannot attach a proof to someone else's token, and no proof can store a threshold
// outside the score range (65,535 used to freeze every finalize batch holding the token).
func TestAttackToken_ProofRegistry(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	v := n.Deploy(n.Admin, mockproofverifier.MockProofVerifierMetaData.Bin, nil)
	n.MustSend(n.Admin, n.Suite.DAT, d.PackSetProofVerifier(evm.ProofZKAttest, v), nil)
	op, dev := onboarded(n, 0, 0)
	c := n.Contribution(dev, 10, 5000)
	c.ZKCommit = [32]byte{0xc1}
	id := n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{dev}, []datpin.Contribution{c})
	proven := func() uint16 {
		return evmtest.Read(n, n.Suite.DAT, d.PackProvenThreshold(evmtest.U(id)), d.UnpackProvenThreshold)
	}
	t.Run("ErrStrangerAttachesProof", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.DAT, d.PackAddProof(evmtest.U(id), evm.ProofZKAttest, "", zkProof(id, c.ZKCommit, 9000)), nil)
		evmtest.ExpectRevert(t, err, "NotContributor", datpin.EUNAUTHORIZED)
		if evmtest.Read(n, n.Suite.DAT, d.PackHasProof(evmtest.U(id), evm.ProofZKAttest), d.UnpackHasProof) || proven() != 0 {
			t.Fatalf("the stranger's proof was stored")
		}
	})
	t.Run("ErrThresholdAboveScoreRange", func(t *testing.T) {
		_, err := n.Send(op, n.Suite.DAT, d.PackAddProof(evmtest.U(id), evm.ProofZKAttest, "", zkProof(id, c.ZKCommit, 65535)), nil)
		evmtest.ExpectRevert(t, err, "ThresholdOutOfRange", datpin.EINVALID)
		if got := proven(); got != 0 {
			t.Fatalf("provenThreshold = %d after a refused proof", got)
		}
	})
	t.Run("OKContributorAttests", func(t *testing.T) {
		n.MustSend(op, n.Suite.DAT, d.PackAddProof(evmtest.U(id), evm.ProofZKAttest, "", zkProof(id, c.ZKCommit, 10000)), nil)
		if got := proven(); got != 10000 {
			t.Fatalf("provenThreshold = %d; want 10000", got)
		}
		st, err := n.Suite.TokenState(n.Ctx, id)
		n.Must(err)
		if st.Status != datpin.StatusPending || st.Value.Sign() != 0 {
			t.Fatalf("a proof changed the token: status %v value %v", st.Status, st.Value)
		}
	})
}

// A copier who sees a pending anchor and anchors the same Merkle root (and CID) first from its own
// device cannot make the victim's anchor revert, and its own token is a Pending token worth
// nothing until validators, who find the package signed for another device, reject it.
func TestAttackToken_RootFrontRun(t *testing.T) {
	n := newNet(t)
	relayer := evmtest.Account("relayer", 0)
	victimOp, victimDev := onboarded(n, 0, 0)
	_, copierDev := onboarded(n, 1, 1)
	c := n.Contribution(victimDev, 10, 5000)
	copied := c
	copied.Device = copierDev.Address
	copyID := n.Anchor(stranger, []*evm.Account{copierDev}, []datpin.Contribution{copied})

	victimID := n.Anchor(relayer, []*evm.Account{victimDev}, []datpin.Contribution{c})
	if victimID == copyID || n.Owner(victimID) != victimOp.Address {
		t.Fatalf("victim's token %d owned by %s; want a new token of %s", victimID, n.Owner(victimID).Hex(), victimOp.Address.Hex())
	}
	for dev, want := range map[common.Address]uint64{victimDev.Address: victimID, copierDev.Address: copyID} {
		got, err := n.Suite.TokenOfDeviceRoot(n.Ctx, dev, c.MerkleRoot)
		n.Must(err)
		if got != want {
			t.Fatalf("tokenOfDeviceRoot(%s) = %d; want %d", dev.Hex(), got, want)
		}
	}
	st, err := n.Suite.TokenState(n.Ctx, copyID)
	n.Must(err)
	if st.Status != datpin.StatusPending || st.Value.Sign() != 0 || st.ShareRatio.Sign() != 0 {
		t.Fatalf("the copy gained something: %+v", st)
	}
	t.Run("ErrSameDeviceAgain", func(t *testing.T) {
		for _, x := range []struct {
			dev *evm.Account
			c   datpin.Contribution
		}{{victimDev, c}, {copierDev, copied}} {
			again := x.c
			again.Deadline++ // a fresh signature over the same root
			_, _, err := n.Suite.Anchor(n.Ctx, relayer, []datpin.Contribution{again}, [][]byte{n.Sign(x.dev, &again)})
			evmtest.ExpectRevert(t, err, "RootAlreadyAnchored", datpin.ECONFLICT)
		}
	})
}

// Dust settlements cannot lock claims: the network class refuses settlements below its minimum,
// and a class whose snapshot index was driven to the limit (forced by the test harness; it would
// take 2^32 paying settlements) refuses further settlements while claim, claimMany and expire
// keep working and pay exactly what the accumulator says.
func TestAttackToken_SnapshotIndexExhaustion(t *testing.T) {
	n := newNet(t)
	t.Run("ErrDustOnTheNetworkClass", func(t *testing.T) {
		_, err := n.SettleETH(stranger, n.Suite.ClassID, big.NewInt(1))
		evmtest.ExpectRevert(t, err, "SettlementTooSmall", datpin.EINVALID)
	})

	h := snapshotharnessdat.NewSnapshotHarnessDAT()
	addr := n.Deploy(n.Admin, snapshotharnessdat.SnapshotHarnessDATMetaData.Bin, h.PackConstructor(n.Admin.Address, n.Suite.Registry))
	r := n.MustSend(n.Admin, addr, h.PackCreateClass("dust", [32]byte{}, 0, ""), nil)
	class := evmtest.Events(r, h.UnpackClassCreatedEvent)[0].ClassId
	n.MustSend(n.Admin, addr, h.PackGrantRole(evm.RoleMinter, n.Admin.Address), nil)
	mint := func(to common.Address, share int64, expireAt uint64) *big.Int {
		r := n.MustSend(n.Admin, addr, h.PackMint(class, to, new(big.Int), big.NewInt(share), expireAt), nil)
		return evmtest.Events(r, h.UnpackMintedEvent)[0].TokenId
	}
	a := mint(holder0.Address, 1, 0)
	b := mint(holder1.Address, 3, 0)
	e := mint(holder2.Address, 4, n.Now()+600)
	maxSnaps := evmtest.Read(n, addr, h.PackMAXSNAPSHOTS(), h.UnpackMAXSNAPSHOTS)
	const dust = 39
	n.MustSend(n.Admin, addr, h.PackForceSnapshots(class, uint32(maxSnaps.Uint64()-dust-1)), nil)
	settle := func(wei int64) error {
		_, err := n.Send(stranger, addr, h.PackSettleRevenueETH(class), big.NewInt(wei))
		return err
	}
	n.Must(settle(800))
	for i := 0; i < dust; i++ {
		n.Must(settle(1))
	}
	st := evmtest.Read(n, addr, h.PackClassState(class), h.UnpackClassState)
	if st.Snapshots.Cmp(maxSnaps) != 0 {
		t.Fatalf("snapshots = %v; want the limit %v", st.Snapshots, maxSnaps)
	}
	evmtest.ExpectRevert(t, settle(1000), "SnapshotLimit", datpin.ECONFLICT)

	// Each share unit earned (800 + 39) / 8 wei, scaled 1e18, rounded down per token.
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	perShare := new(big.Int).Add(new(big.Int).Div(new(big.Int).Mul(big.NewInt(800), scale), big.NewInt(8)),
		new(big.Int).Mul(big.NewInt(dust), new(big.Int).Div(scale, big.NewInt(8))))
	want := func(share int64) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(big.NewInt(share), perShare), scale)
	}
	n.AdvanceTo(evmtest.Read(n, addr, h.PackExpireAtOf(e), h.UnpackExpireAtOf)) // past e's window
	t.Run("OKExpire", func(t *testing.T) {
		r := n.MustSend(stranger, addr, h.PackExpire([]*big.Int{e}), nil)
		if ev := evmtest.Events(r, h.UnpackExpiredEvent); len(ev) != 1 {
			t.Fatalf("Expired events = %d; want 1", len(ev))
		}
	})
	t.Run("OKClaimAndClaimMany", func(t *testing.T) {
		for _, x := range []struct {
			who   *evm.Account
			id    *big.Int
			share int64
			many  bool
		}{{holder0, a, 1, false}, {holder1, b, 3, true}, {holder2, e, 4, false}} {
			to := payee(uint32(70 + x.share))
			data := h.PackClaim(x.id, ethAsset, to)
			if x.many {
				data = h.PackClaimMany([]*big.Int{x.id}, ethAsset, to)
			}
			n.MustSend(x.who, addr, data, nil)
			wantBig(t, "paid", n.ETH(to), want(x.share))
		}
	})
}

// Value moved into a Pending token used to be overwritten when the oracle evaluated it; now the
// move is refused and the sender keeps it.
func TestAttackToken_TransferValueIntoPending(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	op, dev := onboarded(n, 0, 0)
	pending, _ := anchorOne(n, dev, 10, 5000)
	from := n.Mint(n.Suite.ClassID, op.Address, 500, 0, 0)
	_, err := n.Send(op, n.Suite.DAT, d.PackTransferValue(evmtest.U(from), evmtest.U(pending), big.NewInt(200)), nil)
	evmtest.ExpectRevert(t, err, "TokenNotFinalized", datpin.ECONFLICT)
	wantBig(t, "sender's value", n.Value(from), big.NewInt(500))
	wantBig(t, "pending token's value", n.Value(pending), new(big.Int))
}

// lateSettlementNet runs one epoch of the network class: token A (share 3) counts through epoch
// 0, token C (share 1) counts through it and its window closes 600 s after it, and token B is
// anchored and evaluated in epoch 0 but finalized only 20 minutes after the epoch ended. With
// onTime, epoch 0 is settled at that moment before anything else; otherwise C's expiry is
// observed and B finalized first, and the settlement comes last (as late as an attacker likes).
func lateSettlementNet(t *testing.T, onTime bool) (n *evmtest.Net, a, b, c uint64) {
	t.Helper()
	n = adminNet(t)
	vs := n.RegisterValidators(3)
	_, dev := onboarded(n, 0, 0)
	end0 := n.Suite.Genesis + uint64(n.Config.EpochLength/time.Second)
	a = n.Mint(n.Suite.ClassID, holder0.Address, 0, 3, 0)
	c = n.Mint(n.Suite.ClassID, holder1.Address, 0, 1, end0+600)
	n.AdvanceTo(end0 - 3*3600)
	b, _ = anchorOne(n, dev, 100, 9000)
	n.Evaluate(b, vs, [][]uint16{{9000}, {9000}, {9000}})
	n.AdvanceTo(end0 + 1200)
	if onTime {
		_, err := n.Suite.SettleEpoch(n.Ctx, stranger, 0)
		n.Must(err)
	}
	n.MustSend(stranger, n.Suite.DAT, n.Suite.DATABI.PackExpire(ids(c)), nil)
	_, err := n.Suite.Finalize(n.Ctx, stranger, []uint64{b})
	n.Must(err)
	if !onTime {
		// The epoch may already be settled by the finalization (it must have been, for B to get
		// nothing of it): a late settlement then has nothing left to do.
		if _, err := n.Suite.SettleEpoch(n.Ctx, stranger, 0); err != nil && evm.RevertName(err) != "EpochAlreadySettled" {
			t.Fatalf("late settleEpoch(0): %v", err)
		}
	}
	if st, err := n.Suite.TokenState(n.Ctx, b); err != nil || st.ShareRatio.Sign() == 0 {
		t.Fatalf("token B not finalized with a share: %+v %v", st, err)
	}
	return n, a, b, c
}

// Settling an epoch late paid its emission to the tokens counting at settlement time: tokens
// finalized after the epoch ended took most of it, and a token whose expiry was observed in
// between lost its part. Now the epoch pays exactly what settling it on time pays: A and C share
// it 3:1 and B, which did not count during the epoch, gets nothing.
func TestAttackToken_LateSettlement(t *testing.T) {
	emission := evm.DefaultConfig().EmissionPerEpoch
	quarter := new(big.Int).Div(emission, big.NewInt(4))
	onTime, oa, ob, oc := lateSettlementNet(t, true)
	late, la, lb, lc := lateSettlementNet(t, false)
	for _, x := range []struct {
		name             string
		onTimeID, lateID uint64
		want             *big.Int
	}{
		{"A (share 3, counted all epoch)", oa, la, new(big.Int).Mul(quarter, big.NewInt(3))},
		{"C (share 1, expired after the epoch)", oc, lc, quarter},
		{"B (finalized after the epoch)", ob, lb, new(big.Int)},
	} {
		wantBig(t, "on time: "+x.name, onTime.Pending(x.onTimeID, onTime.Suite.Token), x.want)
		wantBig(t, "late: "+x.name, late.Pending(x.lateID, late.Suite.Token), x.want)
	}
	pool := evm.DefaultConfig().RewardsFunding
	for name, n := range map[string]*evmtest.Net{"on time": onTime, "late": late} {
		wantBig(t, name+": rewards pool", n.ERC20Balance(n.Suite.Token, n.Suite.Rewards), new(big.Int).Sub(pool, emission))
		wantBig(t, name+": DAT holds", n.ERC20Balance(n.Suite.Token, n.Suite.DAT), emission)
	}
	t.Run("ErrSettleTwice", func(t *testing.T) {
		_, err := late.Suite.SettleEpoch(late.Ctx, stranger, 0)
		evmtest.ExpectRevert(t, err, "EpochAlreadySettled", datpin.ECONFLICT)
	})
	t.Run("ErrFutureEpoch", func(t *testing.T) {
		for _, e := range []uint64{1, 2, 1 << 40, 1<<64 - 1} {
			_, err := late.Suite.SettleEpoch(late.Ctx, stranger, e)
			evmtest.ExpectRevert(t, err, "EpochNotOver", datpin.ECONFLICT)
		}
	})
	t.Run("ErrStrangerReleasesEmission", func(t *testing.T) {
		_, err := late.Send(stranger, late.Suite.Rewards, late.Suite.RewardsABI.PackRelease(true), nil)
		evmtest.ExpectRevert(t, err, "Unauthorized", datpin.EUNAUTHORIZED)
		_, err = late.Send(stranger, late.Suite.DAT, late.Suite.DATABI.PackSettleEpochEmission(evmtest.U(late.Suite.ClassID)), nil)
		evmtest.ExpectRevert(t, err, "Unauthorized", datpin.EUNAUTHORIZED)
		wantBig(t, "rewards pool", late.ERC20Balance(late.Suite.Token, late.Suite.Rewards), new(big.Int).Sub(pool, emission))
	})
	// Three more epochs end with A and B counting: one settlement pays the three at once.
	t.Run("OKSeveralEpochsAtOnce", func(t *testing.T) {
		n := late
		epochLen := uint64(n.Config.EpochLength / time.Second)
		n.AdvanceTo(n.Suite.Genesis + 4*epochLen)
		before := []*big.Int{n.Pending(la, n.Suite.Token), n.Pending(lb, n.Suite.Token)}
		r, err := n.Suite.SettleEpoch(n.Ctx, stranger, 2)
		n.Must(err)
		ev := evmtest.Events(r, n.Suite.RewardsABI.UnpackEpochsSettledEvent)
		three := new(big.Int).Mul(emission, big.NewInt(3))
		if len(ev) != 1 || ev[0].FirstEpoch.Uint64() != 1 || ev[0].LastEpoch.Uint64() != 3 || !bigEq(ev[0].Amount, three) {
			t.Fatalf("EpochsSettled = %+v; want epochs 1..3 paying %v", ev, three)
		}
		if rs := evmtest.Events(r, n.Suite.DATABI.UnpackRevenueSettledEvent); len(rs) != 1 || !bigEq(rs[0].Amount, three) {
			t.Fatalf("RevenueSettled = %+v; want one settlement of %v", rs, three)
		}
		shareB, err := n.Suite.TokenState(n.Ctx, lb)
		n.Must(err)
		total := new(big.Int).Add(big.NewInt(3), shareB.ShareRatio)
		scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
		perShare := new(big.Int).Div(new(big.Int).Mul(three, scale), total)
		for i, x := range []struct {
			id    uint64
			share *big.Int
		}{{la, big.NewInt(3)}, {lb, shareB.ShareRatio}} {
			want := new(big.Int).Add(before[i], new(big.Int).Div(new(big.Int).Mul(x.share, perShare), scale))
			wantBig(t, "pending after epochs 1..3", n.Pending(x.id, n.Suite.Token), want)
		}
		for _, e := range []uint64{1, 3} {
			_, err := n.Suite.SettleEpoch(n.Ctx, stranger, e)
			evmtest.ExpectRevert(t, err, "EpochAlreadySettled", datpin.ECONFLICT)
		}
		_, err = n.Suite.SettleEpoch(n.Ctx, stranger, 4)
		evmtest.ExpectRevert(t, err, "EpochNotOver", datpin.ECONFLICT)
		wantBig(t, "rewards pool", n.ERC20Balance(n.Suite.Token, n.Suite.Rewards), new(big.Int).Sub(pool, new(big.Int).Mul(emission, big.NewInt(4))))
	})
}

// An epoch that ends with no share counting pays nobody, then or later: a token joining after it
// cannot collect its emission, which stays in the pool. A change of the emission rate applies
// from the current epoch on; the epochs that ended are settled at the former rate first.
func TestAttackToken_EmptyEpochAndRateChange(t *testing.T) {
	n := adminNet(t)
	rw := n.Suite.RewardsABI
	emission := n.Config.EmissionPerEpoch
	pool := n.ERC20Balance(n.Suite.Token, n.Suite.Rewards)
	epochLen := uint64(n.Config.EpochLength / time.Second)
	n.AdvanceTo(n.Suite.Genesis + 2*epochLen + 10) // epochs 0 and 1 end with nothing counting
	_, err := n.Suite.SettleEpoch(n.Ctx, stranger, 0)
	evmtest.ExpectRevert(t, err, "NoShareInClass", datpin.ECONFLICT)

	r := n.MustSend(n.Minter(), n.Suite.DAT, n.Suite.DATABI.PackMint(evmtest.U(n.Suite.ClassID), holder0.Address, new(big.Int), big.NewInt(5), 0), nil)
	a := evmtest.Events(r, n.Suite.DATABI.UnpackMintedEvent)[0].TokenId.Uint64()
	if ev := evmtest.Events(r, rw.UnpackEpochsForfeitedEvent); len(ev) != 1 || ev[0].FirstEpoch.Uint64() != 0 || ev[0].LastEpoch.Uint64() != 1 {
		t.Fatalf("EpochsForfeited = %+v; want epochs 0..1", ev)
	}
	for _, e := range []uint64{0, 1} {
		_, err := n.Suite.SettleEpoch(n.Ctx, stranger, e)
		evmtest.ExpectRevert(t, err, "EpochAlreadySettled", datpin.ECONFLICT)
	}
	wantBig(t, "pending of the late joiner", n.Pending(a, n.Suite.Token), new(big.Int))
	wantBig(t, "rewards pool", n.ERC20Balance(n.Suite.Token, n.Suite.Rewards), pool)

	// Epoch 2 ends with A counting; the rate doubles after it: epoch 2 pays the old rate.
	n.AdvanceTo(n.Suite.Genesis + 3*epochLen + 10)
	double := new(big.Int).Mul(emission, big.NewInt(2))
	r = n.MustSend(n.Admin, n.Suite.Rewards, rw.PackSetEmission(double), nil)
	if ev := evmtest.Events(r, rw.UnpackEpochSettledEvent); len(ev) != 1 || ev[0].Epoch.Uint64() != 2 || !bigEq(ev[0].Amount, emission) {
		t.Fatalf("EpochSettled at the rate change = %+v; want epoch 2 at %v", ev, emission)
	}
	n.AdvanceTo(n.Suite.Genesis + 4*epochLen)
	_, err = n.Suite.SettleEpoch(n.Ctx, stranger, 3)
	n.Must(err)
	wantBig(t, "pending", n.Pending(a, n.Suite.Token), new(big.Int).Add(emission, double))
	wantBig(t, "totalEmitted", evmtest.Read(n, n.Suite.Rewards, rw.PackTotalEmitted(), rw.UnpackTotalEmitted), new(big.Int).Add(emission, double))
}

// Only the class admin wires a class to an emission source, and only to one paying in the class's
// ERC-20: a source paying another asset would credit the class's accumulator with tokens the DAT
// does not hold for it.
func TestAttackToken_EpochEmissionWiring(t *testing.T) {
	n := adminNet(t)
	d, rw := n.Suite.DATABI, n.Suite.RewardsABI
	class := evmtest.U(n.Suite.ClassID)
	t.Run("ErrStrangerSetsSource", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.DAT, d.PackSetEpochEmission(class, stranger.Address), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrSourcePaysAnotherAsset", func(t *testing.T) {
		other := n.Deploy(n.Admin, feeontransfererc20.FeeOnTransferERC20MetaData.Bin, nil)
		src := n.Deploy(n.Admin, rewards.RewardsMetaData.Bin, rw.PackConstructor(new(big.Int), n.Admin.Address, other, n.Suite.DAT, class, n.Suite.Genesis, 3600, evm.Ether(1)))
		_, err := n.Send(n.Admin, n.Suite.DAT, d.PackSetEpochEmission(class, src), nil)
		evmtest.ExpectRevert(t, err, "UnsupportedAsset", "")
	})
	t.Run("OKDeploymentWired", func(t *testing.T) {
		// The deployment's class pays its emission: a token counting through epoch 0 gets all of
		// it when the next token joins, without anyone calling settleEpoch.
		a := n.Mint(n.Suite.ClassID, holder0.Address, 0, 1, 0)
		n.AdvanceTo(n.Suite.Genesis + uint64(n.Config.EpochLength/time.Second))
		n.Mint(n.Suite.ClassID, holder1.Address, 0, 1, 0)
		wantBig(t, "pending", n.Pending(a, n.Suite.Token), n.Config.EmissionPerEpoch)
		if !evmtest.Read(n, n.Suite.Rewards, rw.PackSettled(evmtest.U(0)), rw.UnpackSettled) {
			t.Fatalf("epoch 0 not marked settled")
		}
	})
}
