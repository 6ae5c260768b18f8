// Package evmtest deploys datpin's contracts on a fresh embedded chain for tests, with funded
// development accounts and helpers to onboard devices, sign contributions and move time.
package evmtest

import (
	"context"
	"crypto/rand"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
)

// Net is a deployed suite on an embedded chain.
type Net struct {
	T      testing.TB
	Ctx    context.Context
	Chain  *evm.Chain
	Suite  *evm.Suite
	Config evm.Config
	Admin  *evm.Account
}

// Account returns the i-th funded development account of a role label.
func Account(label string, i uint32) *evm.Account { return evm.DevAccount("test/"+label, i) }

// Labels of the funded development accounts (indices 0..15 each).
var Labels = []string{"admin", "operator", "device", "validator", "relayer", "buyer", "attacker", "holder", "attester"}

// Alloc returns the genesis balances of the development accounts of Labels (1,000,000 ETH each).
func Alloc() types.GenesisAlloc {
	alloc := types.GenesisAlloc{}
	for _, label := range Labels {
		for i := uint32(0); i < 16; i++ {
			alloc[Account(label, i).Address] = types.Account{Balance: evm.Ether(1_000_000)}
		}
	}
	return alloc
}

// New starts an embedded chain, funds the development accounts of Labels and deploys the suite
// with cfg from Account("admin", 0).
func New(tb testing.TB, cfg evm.Config) *Net {
	tb.Helper()
	chain := evm.NewEmbedded(Alloc())
	tb.Cleanup(func() { chain.Close() })
	// The embedded chain's genesis block has timestamp 0, and evm.Deploy takes the rounds' and
	// epochs' genesis from the latest block: seal a block at the current time first, so epoch 0
	// is today and not 1970.
	if err := chain.AdjustTime(context.Background(), time.Second); err != nil {
		tb.Fatalf("start clock: %v", err)
	}
	return NewOn(tb, chain, Account("admin", 0), cfg)
}

// NewOn deploys the suite with cfg from admin on an existing chain (e.g. a node reached with
// evm.Dial). The caller funds the accounts it uses.
func NewOn(tb testing.TB, chain *evm.Chain, admin *evm.Account, cfg evm.Config) *Net {
	tb.Helper()
	ctx := context.Background()
	s, err := evm.Deploy(ctx, chain, admin, cfg)
	if err != nil {
		tb.Fatalf("deploy: %v", err)
	}
	return &Net{T: tb, Ctx: ctx, Chain: chain, Suite: s, Config: cfg, Admin: admin}
}

// Must fails the test on err.
func (n *Net) Must(err error) {
	n.T.Helper()
	if err != nil {
		n.T.Fatal(err)
	}
}

// Now is the chain's latest block time in Unix seconds.
func (n *Net) Now() uint64 {
	n.T.Helper()
	t, err := n.Chain.Now(n.Ctx)
	n.Must(err)
	return uint64(t.Unix())
}

// AdvanceTo moves the chain's clock to at least ts.
func (n *Net) AdvanceTo(ts uint64) {
	n.T.Helper()
	n.Must(n.Chain.AdvanceTo(n.Ctx, ts))
}

// Advance moves the chain's clock forward by d.
func (n *Net) Advance(d time.Duration) {
	n.T.Helper()
	n.Must(n.Chain.AdjustTime(n.Ctx, d))
}

// Domain returns the EIP-712 domain of a suite contract.
func (n *Net) Domain(contract common.Address) pack.Domain {
	return pack.Domain{ChainID: n.Chain.ChainID.Uint64(), VerifyingContract: contract}
}

// OnboardSig returns the device's Onboard signature naming operator.
func (n *Net) OnboardSig(device, operator *evm.Account, cell uint64, deadline uint64) []byte {
	n.T.Helper()
	sig, err := pack.SignOnboard(device.Key, n.Domain(n.Suite.Registry), &pack.Onboard{
		Device: device.Address, Operator: operator.Address, H3Cell: cell, DeviceType: datpin.DeviceStation, Deadline: deadline,
	})
	n.Must(err)
	return sig[:]
}

// Onboard registers device under operator.
func (n *Net) Onboard(operator, device *evm.Account, cell uint64) {
	n.T.Helper()
	deadline := n.Now() + 3600
	n.Must(n.Suite.Onboard(n.Ctx, operator, device.Address, cell, datpin.DeviceStation, deadline, n.OnboardSig(device, operator, cell, deadline)))
}

// Contribution returns a contribution of device with a random Merkle root and CID digest.
func (n *Net) Contribution(device *evm.Account, records uint32, score uint16) datpin.Contribution {
	n.T.Helper()
	c := datpin.Contribution{
		ClassID: n.Suite.ClassID, Device: device.Address, Epoch: uint32(n.Now() / 86400), H3Cell: 0x8828308281fffff,
		RecordCount: records, Score: score, Deadline: n.Now() + 3600,
	}
	_, _ = rand.Read(c.MerkleRoot[:])
	_, _ = rand.Read(c.CIDDigest[:])
	return c
}

// Sign returns device's EIP-712 signature over c.
func (n *Net) Sign(device *evm.Account, c *datpin.Contribution) []byte {
	n.T.Helper()
	sig, err := pack.SignContribution(device.Key, n.Domain(n.Suite.DAT), c)
	n.Must(err)
	return sig[:]
}

// Anchor anchors contributions signed by their devices (keys looked up in devices by address)
// and returns the first token id.
func (n *Net) Anchor(relayer *evm.Account, devices []*evm.Account, cs []datpin.Contribution) uint64 {
	n.T.Helper()
	keys := map[common.Address]*evm.Account{}
	for _, d := range devices {
		keys[d.Address] = d
	}
	sigs := make([][]byte, len(cs))
	for i := range cs {
		sigs[i] = n.Sign(keys[cs[i].Device], &cs[i])
	}
	id, _, err := n.Suite.Anchor(n.Ctx, relayer, cs, sigs)
	n.Must(err)
	return id
}

// RegisterValidators mints stake to validators 0..k-1 and registers them.
func (n *Net) RegisterValidators(k int) []*evm.Account {
	n.T.Helper()
	vs := make([]*evm.Account, k)
	for i := range vs {
		vs[i] = Account("validator", uint32(i))
		stake := new(big.Int).Mul(n.Config.MinStake, big.NewInt(2))
		n.Must(n.Suite.MintToken(n.Ctx, n.Admin, vs[i].Address, stake))
		n.Must(n.Suite.RegisterValidator(n.Ctx, vs[i], stake))
	}
	return vs
}

// Evaluate runs one round of commit and reveal: validator i scores tokens start.. with
// scores[i], then the reveal window closes. All tokens must be anchored in the same round.
func (n *Net) Evaluate(start uint64, vs []*evm.Account, scores [][]uint16) {
	n.T.Helper()
	st, err := n.Suite.TokenState(n.Ctx, start)
	n.Must(err)
	round, err := n.Suite.RoundAt(n.Ctx, uint64(st.Contrib.AnchoredAt))
	n.Must(err)
	commitOpens, revealOpens, revealCloses, err := n.Suite.Windows(n.Ctx, round)
	n.Must(err)
	n.AdvanceTo(commitOpens)
	salts := make([][32]byte, len(vs))
	for i, v := range vs {
		_, _ = rand.Read(salts[i][:])
		n.Must(n.Suite.Commit(n.Ctx, v, round, n.Suite.Commitment(round, v.Address, start, scores[i], salts[i])))
	}
	n.AdvanceTo(revealOpens)
	for i, v := range vs {
		n.Must(n.Suite.Reveal(n.Ctx, v, round, start, scores[i], salts[i]))
	}
	n.AdvanceTo(revealCloses)
}

// IDs returns start, start+1, ..., start+k-1.
func IDs(start uint64, k int) []uint64 {
	out := make([]uint64, k)
	for i := range out {
		out[i] = start + uint64(i)
	}
	return out
}

// DeployAgain deploys a second, independent suite on the same chain with the same admin and
// configuration (other addresses, so other EIP-712 domains).
func (n *Net) DeployAgain() *Net {
	n.T.Helper()
	s, err := evm.Deploy(n.Ctx, n.Chain, n.Admin, n.Config)
	if err != nil {
		n.T.Fatalf("deploy again: %v", err)
	}
	return &Net{T: n.T, Ctx: n.Ctx, Chain: n.Chain, Suite: s, Config: n.Config, Admin: n.Admin}
}
