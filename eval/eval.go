package eval

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/sim"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/validator"
)

// Behaviour is how a simulated validator scores.
type Behaviour string

// Validator behaviours.
const (
	Honest     Behaviour = "honest"      // validator.EvaluateBatch
	Lazy       Behaviour = "lazy"        // the edge's claimed score, unchecked
	AlwaysHigh Behaviour = "always-high" // 10000 for everything
	Colluding  Behaviour = "colluding"   // the cartel's agreed vector
)

// CartelBonus is what colluding validators add to every edge claim (capped at 10000).
const CartelBonus = 2500

// PenaltyShare: a token is penalized when its agreed score is below (1 - PenaltyShare) × its
// edge score.
const PenaltyShare = 0.10

// Options configure a scenario. Zero values take the defaults of DefaultOptions.
type Options struct {
	Seed       uint64
	Stations   int
	Devices    int
	Sensors    int
	Days       int
	Validators int // committee size; Lazy + AlwaysHigh + Colluding of them misbehave
	Lazy       int
	AlwaysHigh int
	Colluding  int
	// Adversaries counts station and sensor adversaries by kind (nil: DefaultAdversaries scaled
	// to the network).
	Adversaries map[sim.Kind]int
	Dir         string // state directory (default a temporary one, removed afterwards)
	Log         *slog.Logger
	Progress    func(stage string, done, total int)
}

// DefaultOptions is the default scenario: 60 stations, 300 handsets, 20 sensors, 2 days, five
// validators of which one lazy and one always-high, seed 1.
func DefaultOptions() Options {
	return Options{Seed: 1, Stations: 60, Devices: 300, Sensors: 20, Days: 2, Validators: 5, Lazy: 1, AlwaysHigh: 1}
}

// DefaultAdversaries gives every station adversary kind a fifteenth of the stations and every
// sensor kind a seventh of the sensors, at least one each where there is room.
func DefaultAdversaries(stations, sensors int) map[sim.Kind]int {
	m := map[sim.Kind]int{}
	ns := max(1, stations/15)
	for _, k := range []sim.Kind{sim.LocationSpoof, sim.ClaimInflation, sim.Replay, sim.Sybil} {
		if stations-1 >= 4*ns {
			m[k] = ns
		}
	}
	nz := max(1, sensors/7)
	for _, k := range []sim.Kind{sim.StuckSensor, sim.SpikingSensor, sim.OutOfRangeSensor} {
		if sensors >= 3*nz {
			m[k] = nz
		}
	}
	return m
}

func (o *Options) defaults() error {
	d := DefaultOptions()
	if o.Seed == 0 {
		o.Seed = d.Seed
	}
	if o.Stations <= 0 {
		o.Stations = d.Stations
	}
	if o.Devices <= 0 {
		o.Devices = d.Devices
	}
	if o.Sensors < 0 {
		o.Sensors = 0
	}
	if o.Days <= 0 {
		o.Days = d.Days
	}
	if o.Validators <= 0 {
		o.Validators, o.Lazy, o.AlwaysHigh = d.Validators, d.Lazy, d.AlwaysHigh
	}
	if o.Lazy < 0 || o.AlwaysHigh < 0 || o.Colluding < 0 || o.Lazy+o.AlwaysHigh+o.Colluding >= o.Validators {
		return datpin.Errorf(datpin.EINVALID, "eval: %d validators cannot hold %d lazy, %d always-high and %d colluding and an honest one",
			o.Validators, o.Lazy, o.AlwaysHigh, o.Colluding)
	}
	if o.Validators > 32 {
		return datpin.Errorf(datpin.EINVALID, "eval: at most 32 validators")
	}
	if o.Adversaries == nil {
		o.Adversaries = DefaultAdversaries(o.Stations, o.Sensors)
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Progress == nil {
		o.Progress = func(string, int, int) {}
	}
	return nil
}

// TokenResult is one contribution's outcome.
type TokenResult struct {
	TokenID     uint64   `json:"tokenId"`
	ID          string   `json:"id"` // station or sensor
	Sensor      bool     `json:"sensor,omitempty"`
	Epoch       uint32   `json:"epoch"`
	Labels      []string `json:"labels,omitempty"`
	Instance    []string `json:"instance,omitempty"` // adversary kinds this token is an instance of
	EdgeScore   uint16   `json:"edgeScore"`
	Status      string   `json:"status"`
	AgreedScore uint16   `json:"agreedScore"`
	Reason      string   `json:"reason,omitempty"`          // the token contract's rejection reason
	Validator   string   `json:"validatorReason,omitempty"` // the first honest validator's reason
	Penalized   bool     `json:"penalized"`
	TrueQuality int      `json:"trueQuality,omitempty"` // stations: the simulator's QualityBP
}

// KindResult is the detection of one adversary kind.
type KindResult struct {
	Instances int     `json:"instances"`
	Penalized int     `json:"penalized"` // instances penalized
	FalsePos  int     `json:"falsePositives"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

// ValidatorResult is one validator's record after the run.
type ValidatorResult struct {
	Address    string    `json:"address"`
	Behaviour  Behaviour `json:"behaviour"`
	Agreements uint32    `json:"agreements"`
	Faults     uint32    `json:"faults"`
}

// Result is a scenario's outcome.
type Result struct {
	Options        Options                `json:"-"`
	Adversaries    map[string]*KindResult `json:"adversaries"`
	Spearman       float64                `json:"spearman"`
	HonestStations int                    `json:"honestStations"`
	HonestTokens   int                    `json:"honestTokens"`
	HonestFlagged  int                    `json:"honestPenalized"`
	Tokens         []TokenResult          `json:"tokens"`
	Validators     []ValidatorResult      `json:"validators"`
	Reasons        map[string]int         `json:"reasons"` // honest validators' reasons, by token
	Records        int                    `json:"records"`
	Rounds         int                    `json:"rounds"`
	GasUsed        uint64                 `json:"gasUsed"`
	WallSeconds    float64                `json:"wallSeconds"`
	EvalSeconds    float64                `json:"evaluateSeconds"` // honest validators' EvaluateBatch, summed
}

// Run runs a scenario.
func Run(ctx context.Context, o Options) (*Result, error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	began := time.Now()
	dir := o.Dir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "datpin-eval-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}

	// Throwaway development keys: public knowledge, alive only in this process.
	admin := evm.DevAccount("eval/admin", 0)
	operator := evm.DevAccount("eval/operator", 0)
	alloc := types.GenesisAlloc{
		admin.Address:    {Balance: evm.Ether(1_000_000_000)},
		operator.Address: {Balance: evm.Ether(1_000_000_000)},
	}
	accts := make([]*evm.Account, o.Validators)
	for i := range accts {
		accts[i] = evm.DevAccount("eval/validator", uint32(i))
		alloc[accts[i].Address] = types.Account{Balance: evm.Ether(1_000_000)}
	}
	chain := evm.NewEmbedded(alloc)
	defer chain.Close()
	cfg := evm.DefaultConfig()
	cfg.Quorum = uint8(min(3, o.Validators))
	s, err := evm.Deploy(ctx, chain, admin, cfg)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}

	// The committee: stake and an age identity each; packages are encrypted to all of them.
	behaviour := make([]Behaviour, o.Validators)
	for i := range behaviour {
		switch {
		case i < o.Lazy:
			behaviour[i] = Lazy
		case i < o.Lazy+o.AlwaysHigh:
			behaviour[i] = AlwaysHigh
		case i < o.Lazy+o.AlwaysHigh+o.Colluding:
			behaviour[i] = Colluding
		default:
			behaviour[i] = Honest
		}
	}
	st, err := store.NewLocal(filepath.Join(dir, "blocks"))
	if err != nil {
		return nil, err
	}
	vals := make([]*validator.Validator, o.Validators)
	var recipients []age.Recipient
	for i, a := range accts {
		stake := new(big.Int).Mul(cfg.MinStake, big.NewInt(2))
		if err := s.MintToken(ctx, admin, a.Address, stake); err != nil {
			return nil, err
		}
		if err := s.RegisterValidator(ctx, a, stake); err != nil {
			return nil, fmt.Errorf("register validator: %w", err)
		}
		id, err := age.GenerateX25519Identity()
		if err != nil {
			return nil, err
		}
		recipients = append(recipients, id.Recipient())
		vals[i] = &validator.Validator{Suite: s, Account: a, Identity: id, Store: st, Log: o.Log, History: validator.NewMemHistory()}
	}

	// The network, its days ending yesterday on the chain's clock.
	now, err := chain.Now(ctx)
	if err != nil {
		return nil, err
	}
	lastEpoch := uint32(now.Unix()/86400) - 1
	net, err := sim.Run(sim.Config{Seed: o.Seed, Stations: o.Stations, Devices: o.Devices, Sensors: o.Sensors,
		Days: o.Days, StartEpoch: lastEpoch - uint32(o.Days-1), Adversaries: o.Adversaries})
	if err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "simulate")
	}
	o.Progress("simulate", 1, 1)

	// The edge: one agent for the operator, every station and sensor under its own key.
	out, err := agent.OpenOutbox(filepath.Join(dir, "outbox.db"))
	if err != nil {
		return nil, err
	}
	defer out.Close()
	ag, err := agent.New(agent.Config{
		Outbox: out, Store: st, Chain: agent.NewSuiteChain(s, operator), Keys: agent.DevKeys{},
		Recipients: recipients, SealAfter: -1, AutoOnboard: true, AnchorBatch: 50, Log: o.Log,
	})
	if err != nil {
		return nil, err
	}
	runCtx, stopAgent := context.WithCancel(ctx)
	agentDone := make(chan struct{})
	go func() { _ = ag.Run(runCtx); close(agentDone) }()
	defer func() { stopAgent(); <-agentDone }()

	// Each day is anchored in an evaluation round of its own, as stations anchor daily: the
	// validators judge the later days against their history of the earlier ones.
	res := &Result{Options: o, Reasons: map[string]int{}}
	batches := net.Records()
	gasBefore := chain.GasUsed()
	for d := range o.Days {
		if d > 0 {
			if err := advanceRound(ctx, s, chain); err != nil {
				return nil, err
			}
		}
		for i, b := range batches {
			if b.Epoch != net.GroundTruth().StartEpoch+uint32(d) {
				continue
			}
			if _, err := ag.Ingest(ctx, b.Records); err != nil {
				return nil, err
			}
			res.Records += len(b.Records)
			o.Progress("ingest", i+1, len(batches))
		}
		if err := ag.Flush(ctx); err != nil {
			return nil, fmt.Errorf("anchor: %w", err)
		}
	}
	count, err := s.TokenCount(ctx)
	if err != nil {
		return nil, err
	}
	o.Log.Info("anchored", "contributions", count)

	verdicts, err := evaluate(ctx, o, res, s, chain, vals, behaviour, count)
	if err != nil {
		return nil, err
	}
	res.GasUsed = chain.GasUsed() - gasBefore
	for i, a := range accts {
		data, err := chain.Call(ctx, common.Address{}, s.Oracle, s.OracleABI.PackValidatorOf(a.Address))
		if err != nil {
			return nil, err
		}
		vr, err := s.OracleABI.UnpackValidatorOf(data)
		if err != nil {
			return nil, err
		}
		res.Validators = append(res.Validators, ValidatorResult{Address: a.Address.Hex(), Behaviour: behaviour[i], Agreements: vr.Agreements, Faults: vr.Faults})
	}
	if err := score(ctx, res, s, net, count, verdicts); err != nil {
		return nil, err
	}
	res.WallSeconds = time.Since(began).Seconds()
	return res, nil
}

// advanceRound moves the chain's clock to the start of the next evaluation round.
func advanceRound(ctx context.Context, s *evm.Suite, chain *evm.Chain) error {
	now, err := chain.Now(ctx)
	if err != nil {
		return err
	}
	r, err := s.RoundAt(ctx, uint64(now.Unix()))
	if err != nil {
		return err
	}
	next, _, _, err := s.Windows(ctx, r) // a round's commit window opens as it ends
	if err != nil {
		return err
	}
	return chain.AdvanceTo(ctx, next)
}

// outcome is what the oracle decided for a token.
type outcome struct {
	agreed uint16
	reason string
}

// evaluate runs the committee round by round: evaluate, commit, reveal, finalize. It returns the
// oracle's decision per token and records the first honest validator's reasons in res.
func evaluate(ctx context.Context, o Options, res *Result, s *evm.Suite, chain *evm.Chain, vals []*validator.Validator,
	behaviour []Behaviour, count uint64) (map[uint64]outcome, error) {
	rounds := map[uint64][]uint64{}
	var order []uint64
	edge := map[uint64]uint16{}
	for id := uint64(1); id <= count; id++ {
		ts, err := s.TokenState(ctx, id)
		if err != nil {
			return nil, err
		}
		edge[id] = ts.Contrib.Score
		r, err := s.RoundAt(ctx, uint64(ts.Contrib.AnchoredAt))
		if err != nil {
			return nil, err
		}
		if _, ok := rounds[r]; !ok {
			order = append(order, r)
		}
		rounds[r] = append(rounds[r], id)
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	res.Rounds = len(order)
	firstHonest := -1
	for i, b := range behaviour {
		if b == Honest && firstHonest < 0 {
			firstHonest = i
		}
	}
	why := map[uint64]string{}
	out := map[uint64]outcome{}
	// Round by round, to the end: a round's reveal window closes as the next one's commit
	// window opens, so rounds cannot be committed ahead and revealed later.
	for k, r := range order {
		tokens := rounds[r]
		commitOpens, revealOpens, revealCloses, err := s.Windows(ctx, r)
		if err != nil {
			return nil, err
		}
		if err := chain.AdvanceTo(ctx, commitOpens); err != nil {
			return nil, err
		}
		subs := make([]*validator.Submission, len(vals))
		for i, v := range vals {
			scores := make([]uint16, len(tokens))
			switch behaviour[i] {
			case Honest:
				t0 := time.Now()
				evs, err := v.EvaluateBatch(ctx, tokens)
				if err != nil {
					return nil, fmt.Errorf("validator %d: %w", i, err)
				}
				res.EvalSeconds += time.Since(t0).Seconds()
				for k, ev := range evs {
					scores[k] = ev.Score
					if i == firstHonest {
						why[ev.TokenID] = ev.Reason
						if ev.Reason != "" {
							res.Reasons[ev.Reason]++
						}
					}
				}
			case Lazy:
				for k, id := range tokens {
					scores[k] = edge[id]
				}
			case AlwaysHigh:
				for k := range tokens {
					scores[k] = datpin.ScoreMax
				}
			case Colluding:
				for k, id := range tokens {
					scores[k] = uint16(min(int(edge[id])+CartelBonus, datpin.ScoreMax))
				}
			}
			if subs[i], err = v.Commit(ctx, r, tokens[0], scores); err != nil {
				return nil, err
			}
			o.Progress("commit", i+1, len(vals))
		}
		if err := chain.AdvanceTo(ctx, revealOpens); err != nil {
			return nil, err
		}
		for i, v := range vals {
			if err := v.Reveal(ctx, subs[i]); err != nil {
				return nil, err
			}
		}
		if err := chain.AdvanceTo(ctx, revealCloses); err != nil {
			return nil, err
		}
		for i := 0; i < len(tokens); i += 100 {
			rc, err := s.Finalize(ctx, vals[0].Account, tokens[i:min(i+100, len(tokens))])
			if err != nil {
				return nil, fmt.Errorf("finalize: %w", err)
			}
			for _, l := range rc.Logs {
				if ev, err := s.DATABI.UnpackRejectedEvent(l); err == nil {
					out[ev.TokenId.Uint64()] = outcome{agreed: ev.Score, reason: string(bytes.TrimRight(ev.Reason[:], "\x00"))}
				} else if ev, err := s.DATABI.UnpackFinalizedEvent(l); err == nil {
					out[ev.TokenId.Uint64()] = outcome{agreed: ev.Score}
				}
			}
		}
		o.Progress("round", k+1, len(order))
	}
	for id, w := range why {
		oc := out[id]
		res.Tokens = append(res.Tokens, TokenResult{TokenID: id, Validator: w, AgreedScore: oc.agreed, Reason: oc.reason, EdgeScore: edge[id]})
	}
	sort.Slice(res.Tokens, func(i, j int) bool { return res.Tokens[i].TokenID < res.Tokens[j].TokenID })
	return out, nil
}
