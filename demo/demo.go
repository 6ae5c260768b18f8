// Package demo runs datpin end to end in one process: an embedded chain, the contracts, a
// generated network of base stations whose day of connectivity samples goes through the edge
// agent (score, anonymize, package, store, anchor), independent validators that re-evaluate every
// contribution and commit and reveal their scores, finalization by the oracle, the epoch's reward
// settlement and the operator's claim.
package demo

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/validator"
	"github.com/datpin/datpin/zk"
)

// Options configure a demo run.
type Options struct {
	Stations   int    // base stations (default 200)
	Days       int    // days of data per station (default 1)
	Validators int    // validators, each with its own key and age identity (default 5)
	Seed       uint64 // seed of the generated network (default 1)
	StepSec    int    // seconds between samples of a station (default 300)
	Dir        string // state directory (default a temporary one, removed afterwards)
	Log        *slog.Logger
	Progress   func(stage string, done, total int)
	// Serve, when set, is called once the run is over, with the report and the still-open chain
	// and suite; Run returns when it does (`datpin demo --serve` keeps the dashboard up in it).
	Serve func(ctx context.Context, chain *evm.Chain, s *evm.Suite, rep *Report) error
	// ZK has the agent prove each contribution's radio score and region (docs/ZK.md) with the
	// development keys: seconds of proving per contribution, and minutes of key setup on first use.
	ZK bool
}

// StationResult is one station's outcome.
type StationResult struct {
	Station string `json:"station"`
	Profile string `json:"profile"`
	TokenID uint64 `json:"tokenId"`
	Score   uint16 `json:"score"`
	Status  string `json:"status"`
	Reward  string `json:"reward"` // network token units, 18 decimals
}

// ValidatorResult is one validator's record after the run.
type ValidatorResult struct {
	Address    string `json:"address"`
	Agreements uint32 `json:"agreements"`
	Faults     uint32 `json:"faults"`
}

// Report is what the demo prints.
type Report struct {
	Stations           int               `json:"stations"`
	Records            int               `json:"records"`
	Contributions      int               `json:"contributions"`
	Finalized          int               `json:"finalized"`
	Rejected           int               `json:"rejected"`
	RejectedByReason   map[string]int    `json:"rejectedByReason"`
	Validators         []ValidatorResult `json:"validators"`
	Top                []StationResult   `json:"top"`
	Bottom             []StationResult   `json:"bottom"`
	RewardsSettled     string            `json:"rewardsSettled"`
	RewardsClaimed     string            `json:"rewardsClaimed"`
	GasUsed            uint64            `json:"gasUsed"`
	GasPerContribution uint64            `json:"gasPerContribution"`
	WallSeconds        float64           `json:"wallSeconds"`
	ChainID            uint64            `json:"chainId"`
	Addresses          evm.Addresses     `json:"addresses"`
	// Proven counts the contributions carrying a verified zero-knowledge proof (ZK_ATTEST).
	Proven int `json:"proven"`
}

func (o *Options) defaults() {
	if o.Stations <= 0 {
		o.Stations = 200
	}
	if o.Days <= 0 {
		o.Days = 1
	}
	if o.Validators <= 0 {
		o.Validators = 5
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.StepSec <= 0 {
		o.StepSec = 300
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if o.Progress == nil {
		o.Progress = func(string, int, int) {}
	}
}

// Run runs the demo.
func Run(ctx context.Context, o Options) (*Report, error) {
	o.defaults()
	began := time.Now()
	dir := o.Dir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "datpin-demo-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}

	// Throwaway development keys: public knowledge, alive only in this process.
	admin := evm.DevAccount("demo/admin", 0)
	operator := evm.DevAccount("demo/operator", 0)
	alloc := types.GenesisAlloc{
		admin.Address:    {Balance: evm.Ether(1_000_000_000)},
		operator.Address: {Balance: evm.Ether(1_000_000_000)},
	}
	vals := make([]*evm.Account, o.Validators)
	for i := range vals {
		vals[i] = evm.DevAccount("demo/validator", uint32(i))
		alloc[vals[i].Address] = types.Account{Balance: evm.Ether(1_000_000)}
	}
	chain := evm.NewEmbedded(alloc)
	defer chain.Close()
	cfg := evm.DefaultConfig()
	cfg.Quorum = uint8(min(3, o.Validators))
	s, err := evm.Deploy(ctx, chain, admin, cfg)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	o.Log.Info("deployed", "dat", s.DAT, "oracle", s.Oracle)

	// Validators: stake and an age identity each; packages are encrypted to all of them.
	ids := make([]*age.X25519Identity, len(vals))
	var recipients []age.Recipient
	for i, v := range vals {
		stake := new(big.Int).Mul(cfg.MinStake, big.NewInt(2))
		if err := s.MintToken(ctx, admin, v.Address, stake); err != nil {
			return nil, err
		}
		if err := s.RegisterValidator(ctx, v, stake); err != nil {
			return nil, fmt.Errorf("register validator: %w", err)
		}
		if ids[i], err = age.GenerateX25519Identity(); err != nil {
			return nil, err
		}
		recipients = append(recipients, ids[i].Recipient())
	}

	// The edge: one agent for the operator's stations.
	st, err := store.NewLocal(filepath.Join(dir, "blocks"))
	if err != nil {
		return nil, err
	}
	out, err := agent.OpenOutbox(filepath.Join(dir, "outbox.db"))
	if err != nil {
		return nil, err
	}
	defer out.Close()
	acfg := agent.Config{
		Outbox: out, Store: st, Chain: agent.NewSuiteChain(s, operator), Keys: agent.DevKeys{},
		Recipients: recipients, SealAfter: -1, AutoOnboard: true, AnchorBatch: 50, Log: o.Log,
	}
	if o.ZK {
		// Station-days fit 256 or 1,024 records; their keys are made (once, cached) before the
		// agent runs, since a setup swaps the process's randomness source.
		sizes := []int{256, 1024}
		for _, n := range sizes {
			if _, err := zk.DevKeys("", n); err != nil {
				return nil, err
			}
		}
		acfg.ZK = &agent.ZKConfig{Sizes: sizes}
	}
	ag, err := agent.New(acfg)
	if err != nil {
		return nil, err
	}
	runCtx, stopAgent := context.WithCancel(ctx)
	agentDone := make(chan struct{})
	go func() { _ = ag.Run(runCtx); close(agentDone) }()
	defer func() { stopAgent(); <-agentDone }()

	now, err := chain.Now(ctx)
	if err != nil {
		return nil, err
	}
	stations := Generate(o.Stations, o.Seed)
	lastEpoch := uint32(now.Unix()/86400) - 1 // yesterday: a complete day
	rep := &Report{Stations: len(stations), RejectedByReason: map[string]int{}, ChainID: s.ChainID, Addresses: s.Addresses}
	for i := range stations {
		for d := 0; d < o.Days; d++ {
			recs := stations[i].Day(lastEpoch-uint32(o.Days-1-d), o.StepSec, o.Seed+uint64(i))
			if _, err := ag.Ingest(ctx, recs); err != nil {
				return nil, err
			}
			rep.Records += len(recs)
		}
		o.Progress("ingest", i+1, len(stations))
	}
	gasBefore := chain.GasUsed()
	if err := ag.Flush(ctx); err != nil {
		return nil, fmt.Errorf("anchor: %w", err)
	}
	count, err := s.TokenCount(ctx)
	if err != nil {
		return nil, err
	}
	rep.Contributions = int(count)
	o.Log.Info("anchored", "contributions", count)
	for id := uint64(1); id <= count; id++ {
		ok, err := s.HasZKProof(ctx, id)
		if err != nil {
			return nil, err
		}
		if ok {
			rep.Proven++
		}
	}

	if err := evaluate(ctx, o, s, chain, vals, ids, st, count, rep); err != nil {
		return nil, err
	}
	if err := settleAndClaim(ctx, o, s, chain, admin, operator, count, stations, rep); err != nil {
		return nil, err
	}
	rep.GasUsed = chain.GasUsed() - gasBefore
	if rep.Contributions > 0 {
		rep.GasPerContribution = rep.GasUsed / uint64(rep.Contributions)
	}
	for _, v := range vals {
		out, err := chain.Call(ctx, common.Address{}, s.Oracle, s.OracleABI.PackValidatorOf(v.Address))
		if err != nil {
			return nil, err
		}
		vr, err := s.OracleABI.UnpackValidatorOf(out)
		if err != nil {
			return nil, err
		}
		rep.Validators = append(rep.Validators, ValidatorResult{Address: v.Address.Hex(), Agreements: vr.Agreements, Faults: vr.Faults})
	}
	rep.WallSeconds = time.Since(began).Seconds()
	if o.Serve != nil {
		if err := o.Serve(ctx, chain, s, rep); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// evaluate has every validator re-evaluate every token, commit per round, reveal, then finalizes.
// Rejections are counted by the reason the token contract gives in its Rejected events.
func evaluate(ctx context.Context, o Options, s *evm.Suite, chain *evm.Chain, vals []*evm.Account, ids []*age.X25519Identity, st datpin.ContentStore, count uint64, rep *Report) error {
	// Group tokens by round (anchoring may straddle a round boundary).
	rounds := map[uint64][]uint64{}
	var order []uint64
	for id := uint64(1); id <= count; id++ {
		ts, err := s.TokenState(ctx, id)
		if err != nil {
			return err
		}
		r, err := s.RoundAt(ctx, uint64(ts.Contrib.AnchoredAt))
		if err != nil {
			return err
		}
		if _, ok := rounds[r]; !ok {
			order = append(order, r)
		}
		rounds[r] = append(rounds[r], id)
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	// Each round runs to its end before the next: the next round's commit window opens only
	// after this one's reveal window has closed.
	vs := make([]*validator.Validator, len(vals))
	for i, acct := range vals {
		vs[i] = &validator.Validator{Suite: s, Account: acct, Identity: ids[i], Store: st, Log: o.Log}
	}
	for _, r := range order {
		tokens := rounds[r]
		commitOpens, revealOpens, revealCloses, err := s.Windows(ctx, r)
		if err != nil {
			return err
		}
		if err := chain.AdvanceTo(ctx, commitOpens); err != nil {
			return err
		}
		// The validators are independent processes in a real network: evaluate concurrently.
		evs := make([][]validator.Evaluation, len(vs))
		errs := make([]error, len(vs))
		var wg sync.WaitGroup
		for i, v := range vs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				evs[i], errs[i] = v.EvaluateBatch(ctx, tokens)
			}()
		}
		wg.Wait()
		subs := make([]*validator.Submission, len(vs))
		for i, v := range vs {
			if errs[i] != nil {
				return fmt.Errorf("validator %d: %w", i, errs[i])
			}
			scores := make([]uint16, len(evs[i]))
			for k, ev := range evs[i] {
				scores[k] = ev.Score
			}
			o.Progress("validate", i+1, len(vs))
			var err error
			if subs[i], err = v.Commit(ctx, r, tokens[0], scores); err != nil {
				return err
			}
		}
		if err := chain.AdvanceTo(ctx, revealOpens); err != nil {
			return err
		}
		for i, v := range vs {
			if err := v.Reveal(ctx, subs[i]); err != nil {
				return err
			}
		}
		if err := chain.AdvanceTo(ctx, revealCloses); err != nil {
			return err
		}
		for i := 0; i < len(tokens); i += 100 {
			r, err := s.Finalize(ctx, vals[0], tokens[i:min(i+100, len(tokens))])
			if err != nil {
				return fmt.Errorf("finalize: %w", err)
			}
			for _, l := range r.Logs {
				if ev, err := s.DATABI.UnpackRejectedEvent(l); err == nil {
					rep.RejectedByReason[string(bytes.TrimRight(ev.Reason[:], "\x00"))]++
				}
			}
		}
	}
	return nil
}

// settleAndClaim settles the rewards of the epochs that ended and claims them for the operator.
func settleAndClaim(ctx context.Context, o Options, s *evm.Suite, chain *evm.Chain, admin, operator *evm.Account, count uint64, stations []Station, rep *Report) error {
	epochLen := uint64(evm.DefaultConfig().EpochLength / time.Second)
	now, err := chain.Now(ctx)
	if err != nil {
		return err
	}
	epoch := (uint64(now.Unix()) - s.Genesis) / epochLen
	if err := chain.AdvanceTo(ctx, s.Genesis+(epoch+1)*epochLen); err != nil {
		return err
	}
	settled := new(big.Int)
	if _, err := s.SettleEpoch(ctx, admin, epoch); err != nil {
		if evm.RevertName(err) != "NoShareInClass" {
			return fmt.Errorf("settle epoch %d: %w", epoch, err)
		}
	} else {
		settled.Add(settled, evm.DefaultConfig().EmissionPerEpoch)
	}
	rep.RewardsSettled = settled.String()

	byStation := map[common.Address]*Station{}
	for i := range stations {
		byStation[agent.DevStationAccount(stations[i].ID).Address] = &stations[i]
	}
	var results []StationResult
	var claimable []uint64
	for id := uint64(1); id <= count; id++ {
		ts, err := s.TokenState(ctx, id)
		if err != nil {
			return err
		}
		reward, err := s.PendingRevenue(ctx, id, s.Token)
		if err != nil {
			return err
		}
		sr := StationResult{TokenID: id, Score: ts.Contrib.Score, Status: ts.Status.String(), Reward: reward.String()}
		if stn := byStation[ts.Contrib.Device]; stn != nil {
			sr.Station, sr.Profile = stn.ID, stn.Profile.Name
		}
		switch ts.Status {
		case datpin.StatusFinalized:
			rep.Finalized++
		case datpin.StatusRejected:
			rep.Rejected++
		}
		if reward.Sign() > 0 {
			claimable = append(claimable, id)
		}
		results = append(results, sr)
	}
	before, err := s.TokenBalance(ctx, operator.Address)
	if err != nil {
		return err
	}
	for i := 0; i < len(claimable); i += 100 {
		if _, err := s.ClaimMany(ctx, operator, claimable[i:min(i+100, len(claimable))], s.Token, operator.Address); err != nil {
			return fmt.Errorf("claim: %w", err)
		}
	}
	after, err := s.TokenBalance(ctx, operator.Address)
	if err != nil {
		return err
	}
	rep.RewardsClaimed = new(big.Int).Sub(after, before).String()
	sort.SliceStable(results, func(i, j int) bool { return results[i].Score > results[j].Score })
	rep.Top = results[:min(5, len(results))]
	rep.Bottom = results[max(0, len(results)-5):]
	return nil
}
