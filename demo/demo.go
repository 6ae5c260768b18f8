// Package demo runs datpin end to end in one process: a simulated network of base stations
// (package sim: stations on H3 cells served by roaming handsets, optionally IoT sensors and
// labelled adversaries) whose days of records go through the edge agent (score, anonymize,
// package, store, anchor) onto an embedded chain with the contracts, independent validators that
// re-evaluate every contribution and commit and reveal their scores, finalization by the oracle,
// the epoch's reward settlement and the holder's claim; then a data sale (a dataset of one
// region listed, bought, delivered by a validator, verified record by record and paid to the
// holder) and FreeData subscribers whose plans the sale's fee and the network's revenue pay for.
//
// The chain, the agent and the committee are those of package eval's scenario runner; the demo
// adds settlement, claims, the market, the plans and a report.
package demo

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/eval"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/explain"
	"github.com/datpin/datpin/sim"
	"github.com/datpin/datpin/validator"
)

// Options configure a demo run.
type Options struct {
	Stations   int    // base stations (default 200)
	Devices    int    // roaming handsets that measure them (default: as many as stations, at least 20)
	Sensors    int    // IoT weather sensors (default none)
	Days       int    // days of data (default 1)
	Validators int    // validators, each with its own key and age identity (default 5)
	Seed       uint64 // seed of the simulated network (default 1)
	// Adversaries adds labelled cheats among the stations and sensors in eval's default mix
	// (location spoofing, claim inflation, replays, Sybil copies; stuck, spiking and out-of-range
	// sensors). Off, the network is honest.
	Adversaries bool
	// Cheaters adds this many labelled cheating stations of each kind the validators must catch
	// (location spoofing, claim inflation, a replayed day, a Sybil copy), so that a run shows
	// fraud caught and why; Adversaries, when set, takes eval's larger mix instead.
	Cheaters int
	// TownSize is the most stations simulated around one town centre (default 80, what the simulator
	// places on distinct H3 cells); a larger
	// network is several towns 20 km apart.
	TownSize int
	Dir      string // state directory (default a temporary one, removed afterwards)
	Log      *slog.Logger
	Progress func(stage string, done, total int)
	// Serve, when set, is called once the run is over, with the report and the still-open chain
	// and suite; Run returns when it does (`datpin demo --serve` keeps the dashboard up in it).
	Serve func(ctx context.Context, chain *evm.Chain, s *evm.Suite, rep *Report) error
	// ZK has the agent prove each contribution's radio score and region (docs/ZK.md) with the
	// development keys: seconds of proving per contribution, and minutes of key setup on first use.
	ZK bool
	// NoMarket skips the data sale and the FreeData subscribers that follow the settlement.
	NoMarket bool
}

// StationResult is one contribution's outcome: a station's (or sensor's) day.
type StationResult struct {
	Station     string   `json:"station"`
	TrueQuality int      `json:"trueQuality"`      // the simulator's service quality, basis points (stations)
	Labels      []string `json:"labels,omitempty"` // adversary kinds (with Adversaries)
	TokenID     uint64   `json:"tokenId"`
	Epoch       uint32   `json:"epoch"`
	Records     uint32   `json:"records"`
	EdgeScore   uint16   `json:"edgeScore"`
	Score       uint16   `json:"score"` // the agreed (median) score
	Status      string   `json:"status"`
	Reason      string   `json:"reason,omitempty"` // of a rejection, as in Report.RejectedByReason
	Value       uint64   `json:"value"`            // usage units
	ShareRatio  uint64   `json:"shareRatio"`       // share of the class's revenue
	Reward      string   `json:"reward"`           // network token units, 18 decimals
}

// ValidatorResult is one validator's record after the run.
type ValidatorResult struct {
	Address    string `json:"address"`
	Agreements uint32 `json:"agreements"`
	Faults     uint32 `json:"faults"`
}

// Report is what the demo prints.
type Report struct {
	Stations      int `json:"stations"`
	Devices       int `json:"devices"`
	Sensors       int `json:"sensors"`
	Towns         int `json:"towns"`
	Days          int `json:"days"`
	Records       int `json:"records"`
	Contributions int `json:"contributions"`
	Finalized     int `json:"finalized"`
	Rejected      int `json:"rejected"`
	// RejectedByReason counts rejections by the first validator's reason where it gave one (a
	// failed check or cross-check, docs/FRAUD.md), else by the token contract's
	// (below-threshold, no-quorum).
	RejectedByReason map[string]int    `json:"rejectedByReason"`
	Validators       []ValidatorResult `json:"validators"`
	Top              []StationResult   `json:"top"`    // highest shareRatio: the largest rewards
	Bottom           []StationResult   `json:"bottom"` // lowest agreed scores
	// Cheaters are the contributions of labelled cheating stations and sensors, with what the
	// validators made of them; Caught counts those rejected or cut by more than a tenth.
	Cheaters           []StationResult `json:"cheaters"`
	Caught             int             `json:"caught"`
	RewardsSettled     string          `json:"rewardsSettled"`
	RewardsClaimed     string          `json:"rewardsClaimed"`
	GasUsed            uint64          `json:"gasUsed"`
	GasPerContribution uint64          `json:"gasPerContribution"`
	WallSeconds        float64         `json:"wallSeconds"`
	// Seconds spent in each stage: deploy (contracts, validators' stakes), simulate+anchor (the
	// simulation, and the agent's ingest, packaging, onboarding and anchoring, which overlap),
	// evaluate (evaluation, commits, reveals, finalization), settle (settlement and claims),
	// receipts (every finalized token's receipt recomputed) and market (the data sale and the
	// FreeData plans).
	StageSeconds map[string]float64 `json:"stageSeconds"`
	ChainID      uint64             `json:"chainId"`
	Addresses    evm.Addresses      `json:"addresses"`
	// Proven counts the contributions carrying a verified zero-knowledge proof (ZK_ATTEST).
	Proven int `json:"proven"`
	// Market is the data sale after the settlement and FreeData the subscribers' plans it and
	// the network's revenue pay for (absent with NoMarket).
	Market   *MarketResult   `json:"market,omitempty"`
	FreeData *FreeDataResult `json:"freedata,omitempty"`
	// Receipts counts the finalized contributions whose receipt the demo recomputed from the chain
	// and the packages (package explain, the code of `datpin explain`) and those whose recomputed
	// score is the chain's.
	Receipts ReceiptsResult `json:"receipts"`

	explainer *explain.Explainer
}

// ReceiptsResult counts recomputed receipts.
type ReceiptsResult struct {
	Recomputed int `json:"recomputed"`
	Matching   int `json:"matching"`
}

// Explainer is the explainer the demo recomputed its receipts with: the demo's store and a
// validator's identity, its replay of the rounds kept (nil before the receipts are made).
func (r *Report) Explainer() *explain.Explainer { return r.explainer }

func (o *Options) defaults() {
	if o.Stations <= 0 {
		o.Stations = 200
	}
	if o.Devices <= 0 {
		o.Devices = max(20, o.Stations)
	}
	o.Sensors = max(0, o.Sensors)
	if o.Days <= 0 {
		o.Days = 1
	}
	if o.Validators <= 0 {
		o.Validators = 5
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.TownSize <= 0 {
		o.TownSize = 80
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
	restoreGC := func() {}
	if os.Getenv("GOGC") == "" {
		// A run allocates the network's records many times over (simulation, outbox, packages,
		// every validator's decryption): collecting less often saves a tenth of its CPU time for
		// a few hundred megabytes. Restored before serving.
		old := debug.SetGCPercent(400)
		restoreGC = sync.OnceFunc(func() { debug.SetGCPercent(old) })
		defer restoreGC()
	}
	stages := map[string]float64{}
	lap := began
	stage := func(name string) {
		now := time.Now()
		stages[name] += now.Sub(lap).Seconds()
		lap = now
	}
	committee := make([]eval.Behaviour, o.Validators)
	for i := range committee {
		committee[i] = eval.Honest
	}
	sc, err := eval.Start(ctx, eval.Setup{Label: "demo", Behaviours: committee, Dir: o.Dir, ZK: o.ZK, Log: o.Log, Progress: o.Progress})
	if err != nil {
		return nil, err
	}
	defer sc.Close()
	stage("deploy")

	// The network, its days ending yesterday on the chain's clock.
	last, err := sc.LastEpoch(ctx)
	if err != nil {
		return nil, err
	}
	var adv map[sim.Kind]int
	switch {
	case o.Adversaries:
		adv = eval.DefaultAdversaries(o.Stations, o.Sensors)
	case min(o.Cheaters, o.Stations/8) > 0:
		adv = map[sim.Kind]int{}
		for _, k := range []sim.Kind{sim.LocationSpoof, sim.ClaimInflation, sim.Replay, sim.Sybil} {
			adv[k] = min(o.Cheaters, o.Stations/8)
		}
	}
	simu := eval.StartSimulation(sim.Config{Seed: o.Seed, Stations: o.Stations, Devices: o.Devices, Sensors: o.Sensors,
		Days: o.Days, StartEpoch: last - uint32(o.Days-1), Adversaries: adv}, o.TownSize)
	s := sc.Suite
	rep := &Report{Stations: o.Stations, Devices: o.Devices, Sensors: o.Sensors, Towns: simu.Towns, Days: o.Days,
		RejectedByReason: map[string]int{}, ChainID: s.ChainID, Addresses: s.Addresses, StageSeconds: stages}
	// The first towns are anchored while the others are still simulated.
	if rep.Records, err = sc.Anchor(ctx, simu); err != nil {
		return nil, err
	}
	net, err := simu.Network(ctx)
	if err != nil {
		return nil, err
	}
	stage("simulate+anchor")
	vd, err := sc.Evaluate(ctx)
	if err != nil {
		return nil, err
	}
	rep.Contributions = len(vd.Tokens)
	o.Log.Info("evaluated", "contributions", rep.Contributions, "rounds", vd.Rounds)
	if o.ZK {
		for _, t := range vd.Tokens {
			ok, err := s.HasZKProof(ctx, t.ID)
			if err != nil {
				return nil, err
			}
			if ok {
				rep.Proven++
			}
		}
	}
	stage("evaluate")
	if err := settleAndClaim(ctx, sc, net.Truth, vd, rep); err != nil {
		return nil, err
	}
	rep.GasUsed = sc.GasUsed()
	if rep.Contributions > 0 {
		rep.GasPerContribution = rep.GasUsed / uint64(rep.Contributions)
	}
	vals, err := sc.ValidatorRecords(ctx)
	if err != nil {
		return nil, err
	}
	for _, v := range vals {
		rep.Validators = append(rep.Validators, ValidatorResult{Address: v.Address, Agreements: v.Agreements, Faults: v.Faults})
	}
	stage("settle")
	// Receipts: every finalized token's score recomputed by a replay of the validators' work
	// from the chain and the packages alone, and compared with the chain.
	rep.explainer = explain.New(s, explain.Options{Store: sc.Store, Identity: sc.Committee[0].Identity, Log: o.Log})
	var finalized []uint64
	for _, t := range vd.Tokens {
		if vd.Outcomes[t.ID].Finalized {
			finalized = append(finalized, t.ID)
		}
	}
	if len(finalized) > 0 {
		rs, err := rep.explainer.Receipts(ctx, finalized)
		if err != nil {
			return nil, fmt.Errorf("receipts: %w", err)
		}
		for _, r := range rs {
			if r.Recomputed.Available {
				rep.Receipts.Recomputed++
			}
			if r.Recomputed.Matches {
				rep.Receipts.Matching++
			} else {
				o.Log.Warn("a receipt does not match the chain", "token", r.Token, "recomputed", r.Recomputed.Score, "reason", r.Recomputed.Validator.Reason)
			}
		}
	}
	stage("receipts")
	if !o.NoMarket {
		dir := ""
		if o.Dir != "" {
			dir = filepath.Join(o.Dir, "market")
		}
		if err := marketAndFreeData(ctx, sc, dir, rep); err != nil {
			return nil, fmt.Errorf("market: %w", err)
		}
		stage("market")
	}
	rep.WallSeconds = time.Since(began).Seconds()
	restoreGC()
	if o.Serve != nil {
		if err := o.Serve(ctx, sc.Chain, s, rep); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// settleAndClaim settles the reward of the epoch in which the tokens were finalized once it is
// over, and claims it for the holder (the operator) of every finalized token.
func settleAndClaim(ctx context.Context, sc *eval.Scenario, gt sim.GroundTruth, vd *eval.Verdicts, rep *Report) error {
	s, chain := sc.Suite, sc.Chain
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
	if _, err := s.SettleEpoch(ctx, sc.Admin, epoch); err != nil {
		if !errors.Is(err, evm.ErrNoShareInClass) {
			return fmt.Errorf("settle epoch %d: %w", epoch, err)
		}
	} else {
		settled.Add(settled, evm.DefaultConfig().EmissionPerEpoch)
	}
	rep.RewardsSettled = settled.String()

	type who struct {
		id      string
		quality int
		labels  []sim.Kind
	}
	byDevice := map[common.Address]who{}
	for _, t := range gt.Stations {
		byDevice[agent.DevStationAccount(t.ID).Address] = who{t.ID, t.QualityBP, t.Labels}
	}
	for _, t := range gt.Sensors {
		byDevice[agent.DevStationAccount(t.ID).Address] = who{id: t.ID, labels: t.Labels}
	}
	results := make([]StationResult, 0, len(vd.Tokens))
	var claimable []uint64
	for _, t := range vd.Tokens {
		oc := vd.Outcomes[t.ID]
		w := byDevice[t.Device]
		sr := StationResult{Station: w.id, TrueQuality: w.quality, TokenID: t.ID, Epoch: t.Epoch, Records: t.Records,
			EdgeScore: t.EdgeScore, Score: oc.Agreed, Reason: oc.Reason, Value: oc.Value, ShareRatio: oc.ShareRatio, Reward: "0"}
		for _, l := range w.labels {
			sr.Labels = append(sr.Labels, string(l))
		}
		switch _, decided := vd.Outcomes[t.ID]; {
		case oc.Finalized:
			sr.Status = datpin.StatusFinalized.String()
			rep.Finalized++
			if oc.ShareRatio > 0 {
				claimable = append(claimable, t.ID)
			}
		case decided:
			sr.Status = datpin.StatusRejected.String()
			rep.Rejected++
			if why := vd.Reasons[t.ID]; why != "" && why != validator.ReasonScoreMismatch {
				sr.Reason = why
			}
			rep.RejectedByReason[sr.Reason]++
		default:
			sr.Status = datpin.StatusPending.String()
		}
		results = append(results, sr)
		if len(sr.Labels) > 0 {
			rep.Cheaters = append(rep.Cheaters, sr)
			if sr.Status == datpin.StatusRejected.String() || (sr.Status == datpin.StatusFinalized.String() && 10*int(sr.Score) < 9*int(sr.EdgeScore)) {
				rep.Caught++
			}
		}
	}
	// The rewards shown are read before the claims empty them.
	slices.SortStableFunc(results, func(a, b StationResult) int {
		return cmp.Or(cmp.Compare(b.ShareRatio, a.ShareRatio), cmp.Compare(b.Score, a.Score), cmp.Compare(a.TokenID, b.TokenID))
	})
	rep.Top = slices.Clone(results[:min(5, len(results))])
	slices.SortStableFunc(results, func(a, b StationResult) int {
		return cmp.Or(cmp.Compare(a.Score, b.Score), cmp.Compare(a.TokenID, b.TokenID))
	})
	rep.Bottom = slices.Clone(results[:min(5, len(results))])
	for _, list := range [][]StationResult{rep.Top, rep.Bottom} {
		for i := range list {
			r, err := s.PendingRevenue(ctx, list[i].TokenID, s.Token)
			if err != nil {
				return err
			}
			list[i].Reward = r.String()
		}
	}
	before, err := s.TokenBalance(ctx, sc.Operator.Address)
	if err != nil {
		return err
	}
	for i := 0; i < len(claimable); i += 100 {
		if _, err := s.ClaimMany(ctx, sc.Operator, claimable[i:min(i+100, len(claimable))], s.Token, sc.Operator.Address); err != nil {
			return fmt.Errorf("claim: %w", err)
		}
	}
	after, err := s.TokenBalance(ctx, sc.Operator.Address)
	if err != nil {
		return err
	}
	rep.RewardsClaimed = new(big.Int).Sub(after, before).String()
	return nil
}
