package evm_test

import (
	"encoding/base32"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// Accounts used across the tests (funded by evmtest.New).
var (
	holder0  = evmtest.Account("holder", 0)
	holder1  = evmtest.Account("holder", 1)
	holder2  = evmtest.Account("holder", 2)
	stranger = evmtest.Account("attacker", 0)
	buyer    = evmtest.Account("buyer", 0)
)

const testCell = 0x8828308281fffff

var (
	maxUint56 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 56), big.NewInt(1))
	ethAsset  = common.Address{}
)

// expiryGranularity is the DAT's EXPIRY_GRANULARITY (checked by TestDAT_Views): every window
// ends on a multiple of it.
const expiryGranularity = 3600

// windowEnd is where the DAT ends a window asked to end at ts: the next granularity boundary,
// saturating at the last one that fits 32 bits.
func windowEnd(ts uint64) uint64 {
	last := uint64(^uint32(0)) / expiryGranularity * expiryGranularity
	return min((ts+expiryGranularity-1)/expiryGranularity*expiryGranularity, last)
}

// payee returns a fresh address that never sends a transaction, so its ETH balance changes only
// by what it is paid.
func payee(i uint32) common.Address { return evmtest.Account("payee", i).Address }

// newNet deploys the suite with the default configuration on a fresh embedded chain.
func newNet(t testing.TB) *evmtest.Net { return evmtest.New(t, evm.DefaultConfig()) }

// onboarded returns an operator and a device registered under it.
func onboarded(n *evmtest.Net, opIdx, devIdx uint32) (op, dev *evm.Account) {
	op, dev = evmtest.Account("operator", opIdx), evmtest.Account("device", devIdx)
	n.Onboard(op, dev, testCell)
	return op, dev
}

// anchorOne anchors one contribution of dev and returns its token id and the contribution.
func anchorOne(n *evmtest.Net, dev *evm.Account, records uint32, score uint16) (uint64, datpin.Contribution) {
	n.T.Helper()
	c := n.Contribution(dev, records, score)
	id := n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{dev}, []datpin.Contribution{c})
	return id, c
}

// cidString is the CIDv1 (raw codec, sha2-256) of a digest: "b" + base32lower(0x01 0x55 0x12 0x20 ‖ digest).
func cidString(digest [32]byte) string {
	raw := append([]byte{0x01, 0x55, 0x12, 0x20}, digest[:]...)
	return "b" + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(raw))
}

func bigEq(a, b *big.Int) bool { return a.Cmp(b) == 0 }

func wantBig(t testing.TB, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %v; want %v", what, got, want)
	}
}

func ids(vs ...uint64) []*big.Int {
	out := make([]*big.Int, len(vs))
	for i, v := range vs {
		out[i] = evmtest.U(v)
	}
	return out
}
