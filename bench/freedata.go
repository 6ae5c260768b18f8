package bench

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/freedata"
)

// GoalMeterGasPerSubscriber is FreeData's metering gas goal per subscriber in a batch of 100.
const GoalMeterGasPerSubscriber = 10_000

// FreeDataConfig sizes the FreeData benchmark.
type FreeDataConfig struct {
	Batch int // subscribers metered by one meterMany (100 for the goal)
	// SimSubscribers and SimYears size the simulation timed for subscriber-months per second.
	SimSubscribers, SimYears int
}

// DefaultFreeData is the benchmark the goal is stated for.
func DefaultFreeData() FreeDataConfig {
	return FreeDataConfig{Batch: 100, SimSubscribers: 10_000, SimYears: 5}
}

// FreeDataResult is the gas of the FreeData plan's operations (whole transactions, with the
// 21,000 of a transaction) and the simulation's speed.
type FreeDataResult struct {
	DepositGas uint64 `json:"depositGas"` // a subscriber's first deposit, mean over the batch
	MeterGas   uint64 `json:"meterGas"`   // one meter call converting yield, on a plan metered before
	Batch      int    `json:"batch"`
	// MeterManyGas is one meterMany of Batch subscribers metered before (the billing's periodic
	// run), each converting yield; MeterGasPerSubscriber is it divided by Batch.
	// FirstMeterGasPerSubscriber is the same for plans metered the first time (their credit,
	// usage and converted yield go from zero to non-zero: new storage).
	FirstMeterGas              uint64 `json:"firstMeterGas"`
	FirstMeterGasPerSubscriber uint64 `json:"firstMeterGasPerSubscriber"`
	MeterManyGas               uint64 `json:"meterManyGas"`
	MeterGasPerSubscriber      uint64 `json:"meterGasPerSubscriber"`
	GoalGasPerSubscriber       uint64 `json:"goalGasPerSubscriber"`
	MeetsGoal                  bool   `json:"meetsGoal"`
	WithdrawGas                uint64 `json:"withdrawGas"` // the whole deposit, after the minimum term
	// TransferGas is the baseline measured in the same run: a network-token transfer between two
	// holders.
	TransferGas uint64 `json:"transferGas"`
	// SimSubscriberMonthsPerSec is freedata.Simulate's speed on one core.
	SimSubscriberMonthsPerSec float64 `json:"simSubscriberMonthsPerSec"`
	SimSubscribers            int     `json:"simSubscribers"`
	SimYears                  int     `json:"simYears"`
}

// FreeData measures the FreeData plan on a fresh embedded chain: cfg.Batch+1 subscribers bind and
// deposit, revenue vests for a day, one is metered alone and the others by one meterMany (each
// converting its yield), and the first withdraws after the minimum term. Then it times the
// sustainability simulation.
func FreeData(ctx context.Context, cfg FreeDataConfig) (*FreeDataResult, error) {
	if cfg.Batch < 1 || cfg.Batch > evm.MaxMeterBatch || cfg.SimSubscribers < 1 || cfg.SimYears < 1 {
		return nil, datpin.Errorf(datpin.EINVALID, "freedata bench: batch 1..%d, simulation subscribers and years above zero", evm.MaxMeterBatch)
	}
	alloc := types.GenesisAlloc{}
	acct := func(label string, i uint32) *evm.Account {
		a := evm.DevAccount("bench/freedata-"+label, i)
		alloc[a.Address] = types.Account{Balance: evm.Ether(1_000_000)}
		return a
	}
	admin := acct("admin", 0)
	subs := make([]*evm.Account, cfg.Batch+1)
	for i := range subs {
		subs[i] = acct("subscriber", uint32(i))
	}
	chain := evm.NewEmbedded(alloc)
	defer chain.Close()
	if err := chain.AdjustTime(ctx, time.Second); err != nil { // the genesis block is at time 0
		return nil, err
	}
	s, err := evm.Deploy(ctx, chain, admin, evm.DefaultConfig())
	if err != nil {
		return nil, err
	}
	res := &FreeDataResult{Batch: cfg.Batch, GoalGasPerSubscriber: GoalMeterGasPerSubscriber,
		SimSubscribers: cfg.SimSubscribers, SimYears: cfg.SimYears}

	deposit := evm.Ether(1000)
	var depositGas uint64
	for i, a := range subs {
		if err := s.MintToken(ctx, admin, a.Address, deposit); err != nil {
			return nil, err
		}
		var id [32]byte
		copy(id[:], fmt.Sprintf("bench-subscriber-%d", i))
		if _, err := s.PlanBind(ctx, admin, id, a.Address); err != nil {
			return nil, err
		}
		r, err := s.PlanDeposit(ctx, a, id, deposit)
		if err != nil {
			return nil, err
		}
		depositGas += r.GasUsed
	}
	res.DepositGas = depositGas / uint64(len(subs))

	revenue := evm.Ether(10_000)
	if err := s.MintToken(ctx, admin, admin.Address, revenue); err != nil {
		return nil, err
	}
	if _, err := s.VaultRevenue(ctx, admin, revenue); err != nil {
		return nil, err
	}
	owners := make([]common.Address, cfg.Batch)
	kbs := make([]uint64, cfg.Batch)
	for i := range owners {
		owners[i], kbs[i] = subs[i+1].Address, 1000
	}
	// Twice, a day apart: the plans' first metering, then the periodic run.
	var r *types.Receipt
	for round := range 2 {
		if err := chain.AdjustTime(ctx, 24*time.Hour); err != nil {
			return nil, err
		}
		single, err := s.PlanMeter(ctx, admin, subs[0].Address, 1000)
		if err != nil {
			return nil, err
		}
		if r, err = s.PlanMeterMany(ctx, admin, owners, kbs); err != nil {
			return nil, err
		}
		if n := len(r.Logs); n < 2*cfg.Batch { // a YieldConverted and a Metered each
			return nil, datpin.Errorf(datpin.EINTERNAL, "freedata bench: meterMany logged %d events for %d subscribers, not a conversion each", n, cfg.Batch)
		}
		if round == 0 {
			res.FirstMeterGas = single.GasUsed
			res.FirstMeterGasPerSubscriber = r.GasUsed / uint64(cfg.Batch)
			continue
		}
		res.MeterGas = single.GasUsed
		res.MeterManyGas = r.GasUsed
		res.MeterGasPerSubscriber = r.GasUsed / uint64(cfg.Batch)
	}
	res.MeetsGoal = res.MeterGasPerSubscriber <= GoalMeterGasPerSubscriber

	_, term, err := s.PlanPrice(ctx)
	if err != nil {
		return nil, err
	}
	if err := chain.AdjustTime(ctx, time.Duration(term+1)*time.Second); err != nil {
		return nil, err
	}
	r, err = s.PlanWithdraw(ctx, subs[0], subs[0].Address)
	if err != nil {
		return nil, err
	}
	res.WithdrawGas = r.GasUsed
	// Baseline: subscriber 0, holding its withdrawn deposit, pays a holder of tokens.
	if err := s.MintToken(ctx, admin, subs[1].Address, big.NewInt(1)); err != nil {
		return nil, err
	}
	if r, err = chain.Send(ctx, subs[0], &s.Token, s.TokenABI.PackTransfer(subs[1].Address, evm.Ether(1)), nil); err != nil {
		return nil, err
	}
	res.TransferGas = r.GasUsed

	sim := freedata.DefaultSim()
	sim.Subscribers, sim.Years = cfg.SimSubscribers, cfg.SimYears
	months, start := 0, time.Now()
	for months == 0 || time.Since(start) < 300*time.Millisecond {
		if _, err := freedata.Simulate(sim); err != nil {
			return nil, err
		}
		months += sim.Subscribers * sim.Years * 12
	}
	res.SimSubscriberMonthsPerSec = float64(months) / time.Since(start).Seconds()
	return res, nil
}

// Markdown renders the result as the BENCHMARKS.md section.
func (r *FreeDataResult) Markdown(stamp string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## FreeData (`datpin bench freedata`)\n\n%s\n\n", stamp)
	b.WriteString("Gas of the FreeData plan's transactions on the embedded chain (mainnet gas rules, the 21,000 of a transaction included): " +
		"a subscriber's first deposit into a vault holding the others' (mean), one meter and one meterMany a day after the plans' " +
		"first metering (the billing's periodic run: every subscriber converts a day's yield into credit, then is debited), a withdrawal of the whole deposit after the minimum term. " +
		fmt.Sprintf("The goal is %d gas per subscriber metered in a batch of 100. Baseline measured in the same run: a network-token transfer between two holders.\n\n", r.GoalGasPerSubscriber))
	b.WriteString("| operation | gas |\n|---|---:|\n")
	fmt.Fprintf(&b, "| deposit | %d |\n| meter, one subscriber | %d |\n| meterMany, %d subscribers | %d |\n| meterMany, per subscriber | %d |\n"+
		"| first metering of a plan: meter | %d |\n| first metering of a plan: meterMany, per subscriber | %d |\n| withdraw | %d |\n| token transfer (baseline) | %d |\n\n",
		r.DepositGas, r.MeterGas, r.Batch, r.MeterManyGas, r.MeterGasPerSubscriber, r.FirstMeterGas, r.FirstMeterGasPerSubscriber, r.WithdrawGas, r.TransferGas)
	verdict := "meets"
	if !r.MeetsGoal {
		verdict = "does not meet"
	}
	fmt.Fprintf(&b, "- Batched metering costs %d gas per subscriber at %d per batch (%s the goal of %d; %.1f× less than a meter call alone, %.2f× a token transfer). "+
		"The vault's share price and the price per GB are read once and the credit's shares are redeemed to the treasury once per batch; "+
		"what remains per subscriber is its plan's storage (shares, principal, credit, usage, converted yield: cold reads and writes) and its two events.\n",
		r.MeterGasPerSubscriber, r.Batch, verdict, r.GoalGasPerSubscriber, float64(r.MeterGas)/float64(max(r.MeterGasPerSubscriber, 1)),
		float64(r.MeterGasPerSubscriber)/float64(max(r.TransferGas, 1)))
	fmt.Fprintf(&b, "- Simulation: %.3g subscriber-months per second on one core (freedata.Simulate, %d subscribers over %d years).\n",
		r.SimSubscriberMonthsPerSec, r.SimSubscribers, r.SimYears)
	return b.String()
}
