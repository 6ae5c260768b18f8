package agent_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// countingChain counts the onboarding transactions the agent sends.
type countingChain struct {
	agent.Chain
	single, many, devices atomic.Int32
}

func (c *countingChain) Onboard(ctx context.Context, d [20]byte, cell uint64, t datpin.DeviceType, deadline uint64, sig []byte) error {
	c.single.Add(1)
	return c.Chain.Onboard(ctx, d, cell, t, deadline, sig)
}

func (c *countingChain) OnboardMany(ctx context.Context, items []evm.Onboarding) error {
	c.many.Add(1)
	c.devices.Add(int32(len(items)))
	return c.Chain.OnboardMany(ctx, items)
}

// A fleet's first anchor group onboards its new stations in one onboardMany transaction, each
// under the operator at its region; later batches of the same stations onboard nothing.
func TestAgent_OnboardsAFleetInOneTransaction(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	op := evmtest.Account("operator", 0)
	chain := &countingChain{Chain: agent.NewSuiteChain(n.Suite, op)}
	r := newRig(t, chain, nil, nil, func(c *agent.Config) {
		c.SealAfter = 50 * time.Millisecond
		c.AnchorLinger = 200 * time.Millisecond
	})
	ctx := context.Background()
	const stations = 6
	recs := workload(rand.New(rand.NewPCG(3, 4)), stations, 2, 20)
	_, err := r.agent.Ingest(ctx, recs)
	must(t, err)
	waitFor(t, 30*time.Second, "every batch anchored", func() bool {
		s, err := r.agent.Status(ctx)
		return err == nil && s.Pending == 0
	})
	if got := chain.single.Load(); got != 0 {
		t.Errorf("%d single onboard transactions; want none", got)
	}
	if chain.many.Load() < 1 || chain.devices.Load() != stations {
		t.Fatalf("%d onboardMany transactions for %d devices; want the %d stations", chain.many.Load(), chain.devices.Load(), stations)
	}
	for s := range stations {
		key, err := agent.DevKeys{}.Key(stationName(s))
		must(t, err)
		o, active, err := chain.DeviceStatus(ctx, devAddr(key))
		must(t, err)
		if o != op.Address || !active {
			t.Errorf("station %s: operator %x, active %v", stationName(s), o, active)
		}
	}
	tokens, err := n.Suite.TokenCount(ctx)
	must(t, err)
	if tokens != stations*2 {
		t.Fatalf("%d tokens; want %d station-days", tokens, stations*2)
	}
}

func stationName(s int) string { return fmt.Sprintf("ST%02d", s) } // as workload names them

func devAddr(k *ecdsa.PrivateKey) [20]byte { return crypto.PubkeyToAddress(k.PublicKey) }
