// Package indextest builds a small datpin network on the embedded chain for tests of the index,
// the API and the dashboard: stations in several H3 regions, contributions over two epochs, one
// evaluation round with a dissenting validator, finalization, a settled reward epoch and claims.
package indextest

import (
	"crypto/rand"
	"math/big"
	"testing"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/privacy"
)

// Station is one station of the fixture.
type Station struct {
	Device *evm.Account
	Cell   uint64 // registered cell, resolution 8
	Region uint64 // its contributions' cell, resolution 7
	Scores [2]uint16
}

// Fixture is the network built by Build.
type Fixture struct {
	*evmtest.Net
	Operator   *evm.Account
	Stations   []Station
	Validators []*evm.Account
	Epochs     [2]uint32
	First      uint64   // first token id
	Records    uint32   // records per contribution
	Dissenter  int      // index of the validator that scored token First far from the others
	Claimed    []uint64 // tokens whose network-token revenue the fixture claimed
}

// Positions of the fixture's stations (1e-7 degrees), around Cork, a few km apart so that
// they fall in distinct resolution-7 regions, except the last two which share one.
var positions = [][2]int32{
	{518_985_000, -84_756_000}, {519_200_000, -84_200_000}, {518_700_000, -85_300_000},
	{519_500_000, -85_000_000}, {518_500_000, -84_300_000}, {518_510_000, -84_310_000},
}

// Agreed scores per station and epoch; station 5 falls from 8200 to 2500, station 2 is weak.
var scores = [][2]uint16{{9000, 9100}, {7500, 7400}, {3000, 3200}, {6500, 6600}, {8000, 8100}, {8200, 2500}}

// Build deploys a suite on a fresh embedded chain and runs the fixture's network on it, with
// development accounts; the first and seventh tokens' revenue is claimed.
func Build(tb testing.TB) *Fixture {
	tb.Helper()
	n := evmtest.New(tb, evm.DefaultConfig())
	vs := []*evm.Account{evmtest.Account("validator", 0), evmtest.Account("validator", 1), evmtest.Account("validator", 2)}
	f := BuildOn(tb, n, evmtest.Account("operator", 0), vs)
	f.Claimed = []uint64{f.First, f.First + uint64(len(f.Stations))}
	_, err := n.Suite.ClaimMany(n.Ctx, f.Operator, f.Claimed, n.Suite.Token, f.Operator.Address)
	n.Must(err)
	return f
}

// BuildOn runs the fixture's network on a deployed suite: operator (funded) onboards and anchors,
// the three validators (funded with ETH; stake is minted by the admin) evaluate, the admin settles.
// Nothing is claimed.
func BuildOn(tb testing.TB, n *evmtest.Net, operator *evm.Account, validators []*evm.Account) *Fixture {
	tb.Helper()
	cfg := n.Config
	f := &Fixture{Net: n, Operator: operator, Validators: validators, Records: 200}
	for i, p := range positions {
		cell, err := privacy.Cell(p[0], p[1], 8)
		n.Must(err)
		st := Station{Device: evmtest.Account("device", uint32(i)), Cell: cell, Region: privacy.Parent(cell, 7), Scores: scores[i]}
		n.Onboard(f.Operator, st.Device, cell)
		f.Stations = append(f.Stations, st)
	}
	for _, v := range validators {
		stake := new(big.Int).Mul(cfg.MinStake, big.NewInt(2))
		n.Must(n.Suite.MintToken(n.Ctx, n.Admin, v.Address, stake))
		n.Must(n.Suite.RegisterValidator(n.Ctx, v, stake))
	}

	day := uint32(n.Now() / 86400)
	f.Epochs = [2]uint32{day - 2, day - 1}
	var cs []datpin.Contribution
	var devices []*evm.Account
	for e := range 2 {
		for _, st := range f.Stations {
			c := datpin.Contribution{
				ClassID: n.Suite.ClassID, Device: st.Device.Address, Epoch: f.Epochs[e], H3Cell: st.Region,
				RecordCount: f.Records, Score: st.Scores[e], Deadline: n.Now() + 3600,
			}
			_, _ = rand.Read(c.MerkleRoot[:])
			_, _ = rand.Read(c.CIDDigest[:])
			cs = append(cs, c)
			devices = append(devices, st.Device)
		}
	}
	f.First = n.Anchor(f.Operator, devices, cs)

	// Each validator reveals the contribution's own score; validator 2 dissents on the first
	// token by 3000 points (beyond the tolerance of 1500), which earns it a fault.
	f.Dissenter = 2
	sc := make([][]uint16, len(f.Validators))
	for i := range sc {
		sc[i] = make([]uint16, len(cs))
		for k, c := range cs {
			sc[i][k] = c.Score
		}
	}
	sc[f.Dissenter][0] = cs[0].Score - 3000
	n.Evaluate(f.First, f.Validators, sc)
	_, err := n.Suite.Finalize(n.Ctx, f.Validators[0], evmtest.IDs(f.First, len(cs)))
	n.Must(err)

	// Settle the reward epoch that contains now.
	epochLen := uint64(cfg.EpochLength.Seconds())
	epoch := (n.Now() - n.Suite.Genesis) / epochLen
	n.AdvanceTo(n.Suite.Genesis + (epoch+1)*epochLen)
	_, err = n.Suite.SettleEpoch(n.Ctx, n.Admin, epoch)
	n.Must(err)
	return f
}

// Tokens is the number of contributions the fixture anchors.
func (f *Fixture) Tokens() int { return 2 * len(f.Stations) }

// Expected returns the fixture's expected status and agreed score of token id.
func (f *Fixture) Expected(id uint64) (status string, score uint16) {
	k := int(id - f.First)
	st := f.Stations[k%len(f.Stations)]
	score = st.Scores[k/len(f.Stations)]
	if score >= evm.DefaultConfig().Threshold {
		return "finalized", score
	}
	return "rejected", score
}

// Emission is the reward settled for the fixture's epoch.
func Emission() *big.Int { return evm.DefaultConfig().EmissionPerEpoch }
