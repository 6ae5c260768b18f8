package evm_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/networktoken"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// Review attacks: each test performs an attack found in review and asserts the SAFE behaviour,
// so it fails while the weakness is there.

// reviewAttackers returns n funded accounts (attester, attacker, buyer, holder, relayer labels).
func reviewAttackers(t *testing.T, n int) []*evm.Account {
	t.Helper()
	var out []*evm.Account
	for _, label := range []string{"attester", "attacker", "buyer", "holder", "relayer"} {
		for i := range uint32(16) {
			if len(out) == n {
				return out
			}
			out = append(out, evmtest.Account(label, i))
		}
	}
	if len(out) < n {
		t.Fatalf("only %d funded accounts for %d attackers", len(out), n)
	}
	return out
}

// Committer slots of a round (MAX_COMMITTERS = 64) are first come, first served, and a validator
// displaced during the commit window keeps its commitment. An attacker holding a small fraction of
// the stake fills the set with minimum stakes, then churns fresh addresses, each displacing the
// attacker's previous smallest one (stake + 1 wei) and committing, until the round holds 64
// commitments. The honest validators, with about six times the attacker's stake, cannot commit;
// the attacker alone sets the agreed score of an honest token (here 10,000 for data the honest
// validators score 2,000, below the threshold: value minted from nothing). Safe: only validators
// registered before the round's commit window opened (and still active) commit to it, so the
// churned registrations add no committer, every honest validator commits and the token is
// rejected.
func TestAttack_CommitterSlotExhaustion(t *testing.T) {
	n := newNet(t)
	o := n.Suite.OracleABI
	_, dev := onboarded(n, 0, 0)

	var honest []*evm.Account
	honestStake := mulStake(n, 100)
	for i := range uint32(4) {
		v := evmtest.Account("validator", i)
		registerWith(n, v, honestStake)
		honest = append(honest, v)
	}
	// Anchor at the start of a round, so that the attackers' registrations (a few hundred blocks,
	// a second each) all happen before its commit window opens, whatever the clock.
	cur, err := n.Suite.RoundAt(n.Ctx, n.Now())
	n.Must(err)
	next, _, _, err := n.Suite.Windows(n.Ctx, cur)
	n.Must(err)
	n.AdvanceTo(next)
	id, _ := anchorOne(n, dev, 100, 9000)
	round, commitOpens, revealOpens, closes := roundOf(n, id)

	max := int(evmtest.Read(n, n.Suite.Oracle, o.PackMAXCOMMITTERS(), o.UnpackMAXCOMMITTERS).Int64())
	listed := len(evmtest.Read(n, n.Suite.Oracle, o.PackValidators(), o.UnpackValidators))
	attackers := reviewAttackers(t, max)
	free := 32 - listed
	// Stakes: the first `free` take the minimum, each later one 1 wei more than the one before.
	stakes := make([]*big.Int, len(attackers))
	total := new(big.Int)
	for i, a := range attackers {
		stakes[i] = new(big.Int).Set(n.Config.MinStake)
		if i >= free {
			stakes[i].Add(stakes[i], big.NewInt(int64(i-free+1)))
		}
		total.Add(total, stakes[i])
		n.Must(n.Suite.MintToken(n.Ctx, n.Admin, a.Address, stakes[i]))
		n.Approve(a, n.Suite.Token, n.Suite.Oracle, stakes[i])
	}
	for _, a := range attackers[:free] {
		n.MustSend(a, n.Suite.Oracle, o.PackRegister(n.Config.MinStake), nil)
	}
	honestTotal := new(big.Int).Mul(honestStake, big.NewInt(int64(len(honest))))
	t.Logf("attacker stake %v (%d addresses) against honest stake %v", total, len(attackers), honestTotal)

	attackScore := []uint16{10_000}
	salts := make([][32]byte, len(attackers))
	n.AdvanceTo(commitOpens)
	isAttacker := map[common.Address]bool{}
	for _, a := range attackers {
		isAttacker[a.Address] = true
	}
	var revealing []int // attackers whose commitment the oracle took
	for i, a := range attackers {
		if i >= free {
			r := n.MustSend(a, n.Suite.Oracle, o.PackRegister(stakes[i]), nil)
			for _, ev := range evmtest.Events(r, o.UnpackValidatorDisplacedEvent) {
				if !isAttacker[ev.Validator] {
					t.Fatalf("the churn displaced honest validator %s", ev.Validator)
				}
			}
		}
		salts[i] = salt()
		err := n.Suite.Commit(n.Ctx, a, round, n.Suite.Commitment(round, a.Address, id, attackScore, salts[i]))
		if i < free {
			n.Must(err)
			revealing = append(revealing, i)
			continue
		}
		// A validator that registered once the commit window was open starts with the next round.
		evmtest.ExpectRevert(t, err, "NotValidator", datpin.EUNAUTHORIZED)
	}
	committers := evmtest.Read(n, n.Suite.Oracle, o.PackCommittersOf(evmtest.U(round)), o.UnpackCommittersOf)
	if len(committers) > 32 {
		t.Errorf("%d committers in the round: more than the 32 validators listed when its commit window opened", len(committers))
	}

	honestScore := []uint16{2000}
	hs := make([][32]byte, len(honest))
	var shut int
	var committed []*evm.Account
	for i, v := range honest {
		hs[i] = salt()
		err := n.Suite.Commit(n.Ctx, v, round, n.Suite.Commitment(round, v.Address, id, honestScore, hs[i]))
		if err != nil {
			shut++
			t.Errorf("honest validator %d (stake %v) cannot commit after the churn: %v", i, honestStake, err)
			continue
		}
		committed = append(committed, v)
	}
	n.AdvanceTo(revealOpens)
	for _, i := range revealing {
		n.Must(n.Suite.Reveal(n.Ctx, attackers[i], round, id, attackScore, salts[i]))
	}
	for i, v := range committed {
		n.Must(n.Suite.Reveal(n.Ctx, v, round, id, honestScore, hs[i]))
	}
	n.AdvanceTo(closes)
	res := finalize(n, id)
	if len(res.finalized) != 0 {
		t.Fatalf("%d of %d honest validators shut out; the token finalized at %d (honest score 2000, below the threshold): "+
			"an attacker with %v stake against %v set the agreed score alone",
			shut, len(honest), res.finalized[0].Score, total, honestTotal)
	}
}

// Withholding costs faultsPerWithhold × slashPerFault once per round, whatever the round holds,
// while a reveal far from the agreed score costs slashPerFault per token. A validator that
// committed outlying scores and sees the honest reveals can therefore withhold and pay less than
// its reveal would have cost: not revealing is a cheap option, kept open until the end of the
// reveal window (and, over several sybil validators, a choice of which reveals to open).
func TestAttack_WithholdingCheaperThanFaults(t *testing.T) {
	n := newNet(t)
	_, dev := onboarded(n, 0, 0)
	vs := n.RegisterValidators(4)
	const tokens = 20
	cs := make([]datpin.Contribution, tokens)
	for i := range cs {
		cs[i] = n.Contribution(dev, 100, 9000)
	}
	first := n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{dev}, cs)
	round, commitOpens, revealOpens, closes := roundOf(n, first)
	honest := make([]uint16, tokens)
	outlier := make([]uint16, tokens)
	for i := range honest {
		honest[i] = 8000
	}
	n.AdvanceTo(commitOpens)
	salts := make([][32]byte, len(vs))
	for i, v := range vs {
		sc := honest
		if i == 3 {
			sc = outlier
		}
		salts[i] = salt()
		n.Must(n.Suite.Commit(n.Ctx, v, round, n.Suite.Commitment(round, v.Address, first, sc, salts[i])))
	}
	n.AdvanceTo(revealOpens)
	for i, v := range vs[:3] {
		n.Must(n.Suite.Reveal(n.Ctx, v, round, first, honest, salts[i]))
	}
	// The outlier sees the honest reveals and keeps its own closed.
	before := validatorOf(n, vs[3].Address).Stake
	n.AdvanceTo(closes)
	_, err := n.Suite.Finalize(n.Ctx, stranger, evmtest.IDs(first, tokens))
	n.Must(err)
	paid := new(big.Int).Sub(before, validatorOf(n, vs[3].Address).Stake)
	revealCost := new(big.Int).Mul(n.Config.SlashPerFault, big.NewInt(tokens))
	if paid.Cmp(revealCost) < 0 {
		t.Errorf("withholding cost %v; revealing its %d outlying scores would have cost %v: withholding is the cheaper way out", paid, tokens, revealCost)
	}
	o := n.Suite.OracleABI
	if got := evmtest.Read(n, n.Suite.Oracle, o.PackRoundTokenCount(evmtest.U(round)), o.UnpackRoundTokenCount); got.Uint64() != tokens {
		t.Errorf("roundTokenCount(%d) = %v; want the %d tokens anchored in it", round, got, tokens)
	}
}

// A validator registered while a round's commit window is open (a displacer included) may not
// commit to that round, only to later ones: registering during the window adds no committer.
func TestAttack_LateRegistrationStartsNextRound(t *testing.T) {
	n := newNet(t)
	o := n.Suite.OracleABI
	_, dev := onboarded(n, 0, 0)
	n.RegisterValidators(3)
	id, _ := anchorOne(n, dev, 100, 9000)
	round, commitOpens, _, _ := roundOf(n, id)
	n.AdvanceTo(commitOpens)
	late := evmtest.Account("validator", 9)
	registerWith(n, late, n.Config.MinStake)
	may := func(r uint64) bool {
		return evmtest.Read(n, n.Suite.Oracle, o.PackMayCommit(evmtest.U(r), late.Address), o.UnpackMayCommit)
	}
	if may(round) {
		t.Errorf("mayCommit(round %d) for a validator registered once its commit window was open", round)
	}
	if !may(round + 1) {
		t.Errorf("mayCommit(round %d) = false for a validator registered before its commit window", round+1)
	}
	err := n.Suite.Commit(n.Ctx, late, round, n.Suite.Commitment(round, late.Address, id, []uint16{9000}, salt()))
	evmtest.ExpectRevert(t, err, "NotValidator", datpin.EUNAUTHORIZED)
}

// evm.Deploy always deployed a NetworkToken whose DEFAULT_ADMIN_ROLE and MINTER_ROLE stayed with
// the deployer, and that token is both the validators' stake and the rewards' asset. After the
// hand-over to the timelock the deployer could still, without any delay, mint itself more stake
// than every validator holds, register, and displace or outweigh the whole set (and mint rewards).
// Safe: the timelock holds both roles and the deployer neither; the deployer keeps only the
// development faucet, which mints on the local development chains (no value) and is refused on
// any other chain.
func TestAttack_DeployerKeepsStakeTokenMint(t *testing.T) {
	n := newNet(t)
	tok := n.Suite.TokenABI
	for _, role := range [][32]byte{{}, evm.RoleMinter} {
		if evmtest.Read(n, n.Suite.Token, tok.PackHasRole(role, n.Admin.Address), tok.UnpackHasRole) {
			t.Errorf("after the hand-over to the timelock the deployer still holds role %x of the stake and reward token", role)
		}
		if !evmtest.Read(n, n.Suite.Token, tok.PackHasRole(role, n.Suite.Timelock), tok.UnpackHasRole) {
			t.Errorf("the timelock does not hold role %x of the stake and reward token", role)
		}
	}
	// The harm: one undelayed mint buys a stake majority. The deployer's faucet is what is left,
	// and off the development chains it mints nothing.
	stake := new(big.Int).Mul(n.Config.MinStake, big.NewInt(100))
	for _, c := range []struct {
		chainID int64
		mints   bool
	}{{8453, false}, {1, false}, {31337, true}, {evm.EmbeddedChainID, true}} {
		err := faucetMint(t, c.chainID, stake)
		if c.mints && err != nil {
			t.Errorf("chain %d (development): the faucet does not mint: %v", c.chainID, err)
		}
		if !c.mints && err == nil {
			t.Errorf("chain %d: the deployer's faucet minted %v stake token outside the timelock", c.chainID, stake)
		}
	}
}

// faucetMint deploys a NetworkToken on a fresh chain with the given id as evm.Deploy leaves it
// (the deployer holds FAUCET_ROLE only), and returns the error of the deployer minting `amount`.
func faucetMint(t *testing.T, chainID int64, amount *big.Int) error {
	t.Helper()
	ctx := context.Background()
	admin := evmtest.Account("admin", 3)
	id := big.NewInt(chainID)
	sim := simulated.NewBackend(types.GenesisAlloc{admin.Address: {Balance: evm.Ether(100)}},
		func(_ *node.Config, ec *ethconfig.Config) {
			cfg := *ec.Genesis.Config // the embedded chain's rules (evm.NewEmbedded), another id
			cfg.ChainID = id
			cfg.AmsterdamTime = nil
			cfg.BogotaTime = nil
			ec.Genesis.Config = &cfg
			ec.Genesis.GasLimit = 60_000_000
			ec.Miner.GasCeil = 60_000_000
		})
	defer sim.Close()
	c := sim.Client()
	signer := types.LatestSignerForChainID(id)
	send := func(to *common.Address, data []byte) *types.Receipt {
		nonce, err := c.PendingNonceAt(ctx, admin.Address)
		if err != nil {
			t.Fatal(err)
		}
		tx := types.MustSignNewTx(admin.Key, signer, &types.DynamicFeeTx{
			ChainID: id, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11),
			Gas: 5_000_000, To: to, Data: data,
		})
		if err := c.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("chain %d: send: %v", chainID, err)
		}
		sim.Commit()
		r, err := c.TransactionReceipt(ctx, tx.Hash())
		for try := 0; err != nil && try < 200; try++ { // the receipt index lags the commit
			time.Sleep(10 * time.Millisecond)
			r, err = c.TransactionReceipt(ctx, tx.Hash())
		}
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("chain %d: transaction failed: %v", chainID, err)
		}
		return r
	}
	tok := networktoken.NewNetworkToken()
	addr := send(nil, append(common.FromHex(networktoken.NetworkTokenMetaData.Bin),
		tok.PackConstructor(admin.Address, "t", "T")...)).ContractAddress
	send(&addr, tok.PackGrantRole(crypto.Keccak256Hash([]byte("FAUCET_ROLE")), admin.Address))
	send(&addr, tok.PackRenounceRole(evm.RoleMinter, admin.Address))
	send(&addr, tok.PackRenounceRole([32]byte{}, admin.Address))
	_, err := c.CallContract(ctx, ethereum.CallMsg{From: admin.Address, To: &addr, Data: tok.PackMint(admin.Address, amount)}, nil)
	return err
}
