package eval

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"

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

// Setup describes a scenario's chain, edge and committee.
type Setup struct {
	// Label names the scenario's development keys (admin, operator, validators): public
	// knowledge, alive only in the process.
	Label string
	// Behaviours is the committee, one validator per entry, each with its own key, stake and age
	// identity.
	Behaviours []Behaviour
	Dir        string // state directory (default a temporary one, removed by Close)
	// AnchorBatch is the most contributions per anchor transaction (default 100).
	AnchorBatch int
	// ZK has the agent prove each contribution's radio score and region (docs/ZK.md).
	ZK       bool
	Log      *slog.Logger
	Progress func(stage string, done, total int)
}

// Scenario is a network on the embedded chain: the datpin contracts, one edge agent for the
// operator with every station and sensor under its own device key, and a committee of staked
// validators. `datpin eval` scores a scenario against its simulator's answer key; `datpin demo`
// settles its rewards and reports them.
type Scenario struct {
	Chain     *evm.Chain
	Suite     *evm.Suite
	Admin     *evm.Account // deployer: mints, settles
	Operator  *evm.Account // runs the agent; its stations' tokens are minted to it
	Committee []*validator.Validator
	Behaviour []Behaviour
	Store     datpin.ContentStore
	Agent     *agent.Agent

	members     []*member // the committee's daemons, by index
	firstHonest int       // index of the first honest member (-1: none)
	progress    func(string, int, int)
	closers     []func()
	gasBefore   uint64
}

// Outcome is what the oracle decided for a token, from its Finalized or Rejected event.
type Outcome struct {
	Finalized  bool
	Agreed     uint16
	Reason     string // the token contract's rejection reason
	Value      uint64 // usage units (finalized)
	ShareRatio uint64 // finalized
}

// Token is an anchored contribution as the scenario saw it on chain.
type Token struct {
	ID         uint64
	Device     common.Address
	Epoch      uint32
	Records    uint32
	EdgeScore  uint16
	AnchoredAt uint64
}

// Verdicts are the committee's work on the scenario's tokens.
type Verdicts struct {
	Tokens   []Token            // by id
	Outcomes map[uint64]Outcome // by token id
	// Reasons are the first honest validator's reasons, by token (empty: nothing wrong).
	Reasons map[uint64]string
	Rounds  int
	// EvalSeconds is the wall time of the rounds' evaluations, the validators running at once
	// (commits, reveals and finalization excluded).
	EvalSeconds float64
}

// Start deploys the contracts on a new embedded chain, stakes the committee and starts the edge
// agent, whose packages are encrypted to every validator.
func Start(ctx context.Context, o Setup) (_ *Scenario, err error) {
	if o.Label == "" {
		o.Label = "eval"
	}
	if o.AnchorBatch <= 0 {
		o.AnchorBatch = 100
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Progress == nil {
		o.Progress = func(string, int, int) {}
	}
	if len(o.Behaviours) == 0 || len(o.Behaviours) > 32 {
		return nil, datpin.Errorf(datpin.EINVALID, "scenario: %d validators; 1 to 32", len(o.Behaviours))
	}
	sc := &Scenario{Behaviour: o.Behaviours, progress: o.Progress}
	defer func() {
		if err != nil {
			sc.Close()
		}
	}()
	dir := o.Dir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "datpin-"+o.Label+"-")
		if err != nil {
			return nil, err
		}
		sc.closers = append(sc.closers, func() { os.RemoveAll(tmp) })
		dir = tmp
	}

	sc.Admin = evm.DevAccount(o.Label+"/admin", 0)
	sc.Operator = evm.DevAccount(o.Label+"/operator", 0)
	alloc := types.GenesisAlloc{
		sc.Admin.Address:    {Balance: evm.Ether(1_000_000_000)},
		sc.Operator.Address: {Balance: evm.Ether(1_000_000_000)},
	}
	accts := make([]*evm.Account, len(o.Behaviours))
	for i := range accts {
		accts[i] = evm.DevAccount(o.Label+"/validator", uint32(i))
		alloc[accts[i].Address] = types.Account{Balance: evm.Ether(1_000_000)}
	}
	sc.Chain = evm.NewEmbedded(alloc)
	sc.closers = append(sc.closers, func() { sc.Chain.Close() })
	cfg := evm.DefaultConfig()
	cfg.Quorum = uint8(min(3, len(accts)))
	if sc.Suite, err = evm.Deploy(ctx, sc.Chain, sc.Admin, cfg); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	o.Log.Info("deployed", "dat", sc.Suite.DAT, "oracle", sc.Suite.Oracle)
	if sc.Store, err = store.NewLocal(filepath.Join(dir, "blocks")); err != nil {
		return nil, err
	}

	// The committee: stake and an age identity each; packages are encrypted to all of them.
	var recipients []age.Recipient
	stake := new(big.Int).Mul(cfg.MinStake, big.NewInt(2))
	for _, a := range accts {
		if err := sc.Suite.MintToken(ctx, sc.Admin, a.Address, stake); err != nil {
			return nil, err
		}
		if err := sc.Suite.RegisterValidator(ctx, a, stake); err != nil {
			return nil, fmt.Errorf("register validator: %w", err)
		}
		id, err := age.GenerateX25519Identity()
		if err != nil {
			return nil, err
		}
		recipients = append(recipients, id.Recipient())
		sc.Committee = append(sc.Committee, &validator.Validator{Suite: sc.Suite, Account: a, Identity: id, Store: sc.Store,
			Log: o.Log, History: validator.NewMemHistory()})
	}
	// Each member runs the validator daemon an operator runs, with its own state.
	sc.closers = append(sc.closers, sc.closeMembers)
	for i, v := range sc.Committee {
		m, err := newMember(ctx, sc, i, v, dir, o.Log)
		if err != nil {
			return nil, err
		}
		sc.members = append(sc.members, m)
	}
	sc.firstHonest = slices.Index(sc.Behaviour, Honest)

	// The edge: one agent for the operator, every station and sensor under its own key.
	out, err := agent.OpenOutbox(filepath.Join(dir, "outbox.db"))
	if err != nil {
		return nil, err
	}
	acfg := agent.Config{
		Outbox: out, Store: sc.Store, Chain: agent.NewSuiteChain(sc.Suite, sc.Operator), Keys: agent.DevKeys{},
		Recipients: recipients, SealAfter: -1, AutoOnboard: true, AnchorBatch: o.AnchorBatch, Log: o.Log,
	}
	if o.ZK {
		// Station-days fit 256 or 1,024 records; their keys are made (once, cached) before the
		// agent runs, since a setup swaps the process's randomness source.
		sizes := []int{256, 1024}
		for _, n := range sizes {
			if _, err := zk.DevKeys("", n); err != nil {
				out.Close()
				return nil, err
			}
		}
		acfg.ZK = &agent.ZKConfig{Sizes: sizes}
	}
	if sc.Agent, err = agent.New(acfg); err != nil {
		out.Close()
		return nil, err
	}
	runCtx, stopAgent := context.WithCancel(context.WithoutCancel(ctx))
	agentDone := make(chan struct{})
	go func() { _ = sc.Agent.Run(runCtx); close(agentDone) }()
	// Closers run last first: the agent stops before its outbox closes, both before the chain.
	sc.closers = append(sc.closers, func() { out.Close() }, func() { stopAgent(); <-agentDone })
	sc.gasBefore = sc.Chain.GasUsed()
	return sc, nil
}

// Close stops the agent and releases the chain and the state directory.
func (sc *Scenario) Close() {
	for i := len(sc.closers) - 1; i >= 0; i-- {
		sc.closers[i]()
	}
	sc.closers = nil
}

// GasUsed is the gas spent since the committee was staked: onboarding, anchoring, commits,
// reveals, finalization and whatever the caller sent since.
func (sc *Scenario) GasUsed() uint64 { return sc.Chain.GasUsed() - sc.gasBefore }

// LastEpoch is the day (epoch) before the chain's current one: a network's last complete day.
func (sc *Scenario) LastEpoch(ctx context.Context) (uint32, error) {
	now, err := sc.Chain.Now(ctx)
	if err != nil {
		return 0, err
	}
	return uint32(now.Unix()/86400) - 1, nil
}

// Anchor feeds the network's records through the edge agent, a day at a time: each day is
// anchored in an evaluation round of its own, as stations anchor daily, so validators judge the
// later days against their history of the earlier ones. Within a day, towns are fed as their
// simulation ends, and each town's station-days are sealed once fed, so the agent packages and
// anchors them while the next towns are simulated and fed. It returns the records ingested.
func (sc *Scenario) Anchor(ctx context.Context, simu *Simulation) (int, error) {
	records := 0
	for d := range simu.Days() {
		if d > 0 {
			if err := sc.advanceRound(ctx); err != nil {
				return 0, err
			}
		}
		epoch := simu.StartEpoch() + uint32(d)
		for t := range simu.Towns {
			bs, err := simu.Town(ctx, t)
			if err != nil {
				return 0, datpin.Wrap(datpin.EINVALID, err, "simulate")
			}
			// One ingest per town: the outbox makes each ingest durable with a sync, and a town's
			// station-days are one delivery here.
			var recs []datpin.Record
			for _, b := range bs {
				if b.Epoch == epoch {
					recs = append(recs, b.Records...)
				}
			}
			if _, err := sc.Agent.Ingest(ctx, recs); err != nil {
				return 0, err
			}
			records += len(recs)
			// A town's batches hold whole station-days: nothing more will come for them.
			if _, err := sc.Agent.Outbox().SealAll(ctx); err != nil {
				return 0, err
			}
			sc.progress("ingest", t+1, simu.Towns)
		}
		if err := sc.Agent.Flush(ctx); err != nil {
			return 0, fmt.Errorf("anchor: %w", err)
		}
	}
	return records, nil
}

// advanceRound moves the chain's clock to the start of the next evaluation round.
func (sc *Scenario) advanceRound(ctx context.Context) error {
	now, err := sc.Chain.Now(ctx)
	if err != nil {
		return err
	}
	r, err := sc.Suite.RoundAt(ctx, uint64(now.Unix()))
	if err != nil {
		return err
	}
	next, _, _, err := sc.Suite.Windows(ctx, r) // a round's commit window opens as it ends
	if err != nil {
		return err
	}
	return sc.Chain.AdvanceTo(ctx, next)
}

// Tokens reads every anchored token's contribution: one call per token.
func (sc *Scenario) Tokens(ctx context.Context) ([]Token, error) {
	s := sc.Suite
	count, err := s.TokenCount(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Token, 0, count)
	for id := uint64(1); id <= count; id++ {
		data, err := sc.Chain.Call(ctx, common.Address{}, s.DAT, s.DATABI.PackContributionOf(new(big.Int).SetUint64(id)))
		if err != nil {
			return nil, err
		}
		c, err := s.DATABI.UnpackContributionOf(data)
		if err != nil {
			return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode contributionOf")
		}
		out = append(out, Token{ID: id, Device: c.Device, Epoch: c.Epoch, Records: c.RecordCount, EdgeScore: c.Score, AnchoredAt: uint64(c.AnchoredAt)})
	}
	return out, nil
}

// Evaluate runs the committee over every anchored token, round by round: each validator's
// daemon evaluates, commits and reveals, the first one finalizes (Scenario.round). The
// validators are independent parties: each fetches, decrypts and judges every token itself, and
// they do so concurrently, as separate processes would.
func (sc *Scenario) Evaluate(ctx context.Context) (*Verdicts, error) {
	toks, err := sc.Tokens(ctx)
	if err != nil {
		return nil, err
	}
	v := &Verdicts{Tokens: toks, Outcomes: map[uint64]Outcome{}, Reasons: map[uint64]string{}}
	rounds, order, err := sc.byRound(ctx, toks)
	if err != nil {
		return nil, err
	}
	// Round by round, to the end: a round's reveal window closes as the next one's commit window
	// opens, so rounds cannot be committed ahead and revealed later.
	for k, r := range order {
		if err := sc.round(ctx, r, rounds[r], v); err != nil {
			return nil, err
		}
		sc.progress("round", k+1, len(order))
	}
	return v, nil
}

// byRound groups tokens by oracle round, rounds in order.
func (sc *Scenario) byRound(ctx context.Context, toks []Token) (map[uint64][]uint64, []uint64, error) {
	rounds := map[uint64][]uint64{}
	roundOf := map[uint64]uint64{} // anchoring time → round: a block holds many tokens
	var order []uint64
	for _, t := range toks {
		r, ok := roundOf[t.AnchoredAt]
		if !ok {
			var err error
			if r, err = sc.Suite.RoundAt(ctx, t.AnchoredAt); err != nil {
				return nil, nil, err
			}
			roundOf[t.AnchoredAt] = r
		}
		if _, ok := rounds[r]; !ok {
			order = append(order, r)
		}
		rounds[r] = append(rounds[r], t.ID)
	}
	slices.Sort(order)
	return rounds, order, nil
}

// ValidatorRecords reads each committee member's agreements and faults from the oracle.
func (sc *Scenario) ValidatorRecords(ctx context.Context) ([]ValidatorResult, error) {
	var out []ValidatorResult
	for i, val := range sc.Committee {
		data, err := sc.Chain.Call(ctx, common.Address{}, sc.Suite.Oracle, sc.Suite.OracleABI.PackValidatorOf(val.Account.Address))
		if err != nil {
			return nil, err
		}
		vr, err := sc.Suite.OracleABI.UnpackValidatorOf(data)
		if err != nil {
			return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode validatorOf")
		}
		revealed, err := sc.members[i].state.Submissions(ctx, validator.SubRevealed)
		if err != nil {
			return nil, err
		}
		out = append(out, ValidatorResult{Address: val.Account.Address.Hex(), Behaviour: sc.Behaviour[i], Agreements: vr.Agreements, Faults: vr.Faults,
			RoundsRevealed: len(revealed)})
	}
	return out, nil
}
