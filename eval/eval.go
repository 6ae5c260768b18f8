package eval

import (
	"context"
	"log/slog"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/sim"
)

// Behaviour names the scoring policy a committee member's daemon runs (sim/adversary.ByName).
type Behaviour string

// Validator behaviours.
const (
	Honest     Behaviour = "honest"      // validator.Honest: its own evaluation
	Lazy       Behaviour = "lazy"        // adversary.Lazy: the edge's claimed score, unchecked
	AlwaysHigh Behaviour = "always-high" // adversary.AlwaysHigh: 10000 for everything
	Colluding  Behaviour = "colluding"   // adversary.Cartel: every claim plus adversary.CartelBonus
)

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
	// TownSize, when set, simulates a network of more stations as several towns of at most
	// TownSize stations (see StartSimulation); 0 is one town.
	TownSize int
	Dir      string // state directory (default a temporary one, removed afterwards)
	Log      *slog.Logger
	Progress func(stage string, done, total int)
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
	// RoundsRevealed counts the rounds its daemon committed and revealed, from the daemon's own
	// state: every round of the run when the committee ran through the daemons.
	RoundsRevealed int `json:"roundsRevealed"`
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
	EvalSeconds    float64                `json:"evaluateSeconds"` // the rounds' evaluations, validators at once (wall)
}

// Run runs a scenario.
func Run(ctx context.Context, o Options) (*Result, error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	began := time.Now()
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
	sc, err := Start(ctx, Setup{Label: "eval", Behaviours: behaviour, Dir: o.Dir, Log: o.Log, Progress: o.Progress})
	if err != nil {
		return nil, err
	}
	defer sc.Close()

	// The network, its days ending yesterday on the chain's clock.
	last, err := sc.LastEpoch(ctx)
	if err != nil {
		return nil, err
	}
	simu := StartSimulation(sim.Config{Seed: o.Seed, Stations: o.Stations, Devices: o.Devices, Sensors: o.Sensors,
		Days: o.Days, StartEpoch: last - uint32(o.Days-1), Adversaries: o.Adversaries}, o.TownSize)
	res := &Result{Options: o, Reasons: map[string]int{}}
	if res.Records, err = sc.Anchor(ctx, simu); err != nil {
		return nil, err
	}
	net, err := simu.Network(ctx)
	if err != nil {
		return nil, err
	}
	o.Progress("simulate", 1, 1)
	vd, err := sc.Evaluate(ctx)
	if err != nil {
		return nil, err
	}
	res.Rounds, res.EvalSeconds = vd.Rounds, vd.EvalSeconds
	res.GasUsed = sc.GasUsed()
	if res.Validators, err = sc.ValidatorRecords(ctx); err != nil {
		return nil, err
	}
	for _, t := range vd.Tokens {
		oc := vd.Outcomes[t.ID]
		why := vd.Reasons[t.ID]
		if why != "" {
			res.Reasons[why]++
		}
		res.Tokens = append(res.Tokens, TokenResult{TokenID: t.ID, Validator: why, AgreedScore: oc.Agreed, Reason: oc.Reason, EdgeScore: t.EdgeScore})
	}
	score(res, net.Truth, vd)
	res.WallSeconds = time.Since(began).Seconds()
	return res, nil
}
