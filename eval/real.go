package eval

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/telemetry"
)

// RealOptions configure a real-data evaluation (RunReal). The committee fields of Options
// (Validators, Lazy, AlwaysHigh, Colluding), Seed, Dir, Log and Progress apply; the simulator's
// are ignored.
type RealOptions struct {
	Options
	// Data is the directory of real traces: G-NetTrack Pro CSV exports and hourly weather series
	// (the formats of `datpin import`), read recursively.
	Data string
	// Holdout is the share of the G-NetTrack files kept out of the honest set as unseen sources,
	// used only to fabricate adversaries (default 0.25).
	Holdout float64
	// PerKind is how many adversaries of each kind are built (default 16; fewer when the data
	// has too little material for a kind).
	PerKind int
	// RoundDays is how many days of data one evaluation round anchors (default 7): rounds follow
	// the data's calendar, as a network anchors its days as they end.
	RoundDays int
	// MaxDays, when positive, keeps only the first MaxDays days of each weather series.
	MaxDays int
	// OrderCheck runs the same contributions a second time on a new chain, anchored in another
	// order and in rounds twice as long, and compares the verdicts (RealResult.Order).
	OrderCheck bool
}

// DefaultRealOptions is RunReal's default: DefaultOptions' committee and seed, a quarter of the
// files held out, 16 adversaries of each kind, a round a week of data.
func DefaultRealOptions() RealOptions {
	return RealOptions{Options: DefaultOptions(), Holdout: 0.25, PerKind: 16, RoundDays: 7}
}

func (o *RealOptions) defaults() error {
	if o.Data == "" {
		return datpin.Errorf(datpin.EINVALID, "eval --real: no data directory")
	}
	d := DefaultRealOptions()
	if o.Holdout <= 0 || o.Holdout >= 1 {
		if o.Holdout != 0 {
			return datpin.Errorf(datpin.EINVALID, "eval --real: holdout %.2f is outside (0, 1)", o.Holdout)
		}
		o.Holdout = d.Holdout
	}
	if o.PerKind <= 0 {
		o.PerKind = d.PerKind
	}
	if o.RoundDays <= 0 {
		o.RoundDays = d.RoundDays
	}
	return o.Options.defaults()
}

// Real adversary kinds: radio (crowd measurements) and sensor series.
const (
	RealReplay      = "replay"               // a whole session re-sent days later under another device
	RealReplayPart  = "replay-partial"       // 20–40 % of a session's rows copied into another session
	RealReplayWarp  = "replay-time-warped"   // a session resampled and stretched in time, days later
	RealReplayCross = "replay-cross-station" // a session copied to another station, days later
	RealInflation   = "throughput-inflation" // throughput multiplied by 1.3–20 with the radio unchanged
	RealTeleport    = "teleport"             // the GPS track jumps hundreds of km mid-drive
	RealStuckRadio  = "stuck-radio"          // radio values frozen while the phone moves
	RealRadioRange  = "out-of-range-radio"   // values the importer sets aside, anchored by a cheating edge
	RealFabricated  = "fabricated"           // an unseen source's session passed off as a station's heard 5 km away or more
	RealSybil       = "sybil"                // a second identity anchoring a copy of the same source at the same time
	// Sensor faults, injected by telemetry.InjectFault (see its kinds for the sizes).
	RealSensorStuck    = "stuck-sensor"            // one quantity stuck for hours
	RealSensorStuckDay = "stuck-day-sensor"        // one quantity stuck all day
	RealSensorSpike    = "spiking-sensor"          // isolated spikes on one quantity
	RealSensorRange    = "out-of-range-sensor"     // hours out of physical range, anchored by a cheating edge
	RealSensorRangeDay = "out-of-range-day-sensor" // a day out of physical range, anchored by a cheating edge
	RealSensorGap      = "missing-hours-sensor"    // consecutive hours missing
	RealSensorClock    = "clock-jump-sensor"       // the clock jumps hours ahead mid-day
	realEpochSeconds   = agent.DefaultEpochLength
)

// RealRadioKinds and RealSensorKinds are the real-data adversary kinds in table order.
var (
	RealRadioKinds = []string{RealReplay, RealReplayPart, RealReplayWarp, RealReplayCross, RealInflation, RealTeleport,
		RealStuckRadio, RealRadioRange, RealFabricated, RealSybil}
	RealSensorKinds = []string{RealSensorStuck, RealSensorStuckDay, RealSensorSpike, RealSensorRange, RealSensorRangeDay,
		RealSensorGap, RealSensorClock}
)

// HonestCounts are the honest contributions' fate: how many there were, how many finalized and
// how many were flagged (penalized: the agreed score more than PenaltyShare below the edge's).
type HonestCounts struct {
	Contributions int `json:"contributions"`
	Finalized     int `json:"finalized"`
	Flagged       int `json:"flagged"`
}

// RealResult is a real-data evaluation's outcome: Result's fields (Spearman compares, over the
// weather days, the agreed score with the share of the day left unspoiled by injected faults)
// and the honest contributions' fate.
type RealResult struct {
	Result
	RealOptions RealOptions `json:"-"`
	// Honest counts every honest contribution; HonestRadio and HonestSensor split it by class.
	Honest       HonestCounts `json:"honest"`
	HonestRadio  HonestCounts `json:"honestRadio"`
	HonestSensor HonestCounts `json:"honestSensor"`
	// HonestHour counts the honest contributions whose records span at least an hour.
	HonestHour HonestCounts `json:"honestHour"`
	// HonestFlaggedTokens are the flagged honest contributions, for inspection.
	HonestFlaggedTokens []TokenResult `json:"honestFlaggedTokens"`
	// Order compares the verdicts with a second run in another order (RealOptions.OrderCheck).
	Order *OrderCheck `json:"order,omitempty"`
	// MissedTokens are the adversaries' contributions that were not penalized, for inspection.
	MissedTokens []TokenResult `json:"missedTokens"`
	Files        int           `json:"files"`        // files read
	HeldOut      []string      `json:"heldOut"`      // G-NetTrack files kept as unseen sources
	Quarantined  int           `json:"quarantined"`  // rows the importer set aside
	Skipped      []string      `json:"skippedFiles"` // files in no format the importer reads
	// FaultQuarantined counts the rows of the sensor series with injected faults that the
	// importer's parser set aside (e.g. rows a clock jump stamped ahead).
	FaultQuarantined int `json:"faultQuarantined"`
	// ReasonsByKind counts the first honest validator's reasons by label ("honest" or a kind).
	ReasonsByKind map[string]map[string]int `json:"reasonsByKind"`
	// Short lists adversary kinds built fewer than PerKind times for lack of material.
	Short map[string]int `json:"short,omitempty"`
}

// realUnit is one contribution as the harness builds it: honest (kind "") or an adversary.
type realUnit struct {
	kind   string
	sensor bool
	recs   []datpin.Record
	direct bool   // anchored by a cheating edge, bypassing the agent's input checks
	src    int    // the unit it was copied from (anchored first), -1 if none
	note   string // what an honest unit is, when it is not an imported station-day (e.g. a Sybil's source)
	// ref is the records of the clean version of a sensor fault's day: the fault is caught when
	// the agreed score falls more than PenaltyShare below the clean day's score.
	ref     []datpin.Record
	spoiled float64 // share of the day a sensor fault spoils
	epoch   uint32  // the last epoch of its records: the round it is anchored in
	tokens  []uint64
}

// segment is one file's records of one station and epoch.
type segment struct {
	file    string
	station string
	epoch   uint32
	recs    []datpin.Record
	unit    int // the honest unit holding it, -1 for an unseen source
}

// realData is what a directory of traces holds.
type realData struct {
	files       int
	quarantined int
	skipped     []string                   // files of no format the importer reads
	sessions    map[string][]datpin.Record // by file: G-NetTrack (and JSONL session) records
	sensors     map[string][]datpin.Record // by file: sensor readings
}

// loadReal parses every .csv, .jsonl and .ndjson file under dir with the importer's parsers
// (each file's device, or weather station, is its name without the extension). Bad rows are
// counted, as the importer quarantines them.
func loadReal(dir string) (*realData, error) {
	var files []string
	for _, f := range []telemetry.Format{telemetry.FormatGNetTrack, telemetry.FormatJSONL} {
		fs, _, err := agent.Files([]string{dir}, f)
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	slices.Sort(files)
	d := &realData{sessions: map[string][]datpin.Record{}, sensors: map[string][]datpin.Record{}}
	for _, p := range files {
		if err := d.parse(p); err != nil {
			return nil, err
		}
	}
	if len(d.sessions) == 0 && len(d.sensors) == 0 {
		return nil, datpin.Errorf(datpin.EINVALID, "eval --real: no G-NetTrack or weather records under %s", dir)
	}
	return d, nil
}

func (d *realData) parse(path string) error {
	fh, err := os.Open(path)
	if err != nil {
		return datpin.Wrap(datpin.ENOTFOUND, err, "open %s", path)
	}
	defer fh.Close()
	base := filepath.Base(path)
	var recs []datpin.Record
	f, _, err := telemetry.Parse(fh, path, strings.TrimSuffix(base, filepath.Ext(base)),
		func(r datpin.Record) error { recs = append(recs, r); return nil },
		func(*datpin.RowError) { d.quarantined++ })
	if f == telemetry.FormatUnknown {
		d.skipped = append(d.skipped, path)
		return nil
	}
	if err != nil {
		return fmt.Errorf("eval --real: %w", err)
	}
	d.files++
	for _, r := range recs {
		if r.Kind == datpin.KindSensor {
			d.sensors[path] = append(d.sensors[path], r)
		} else {
			d.sessions[path] = append(d.sessions[path], r)
		}
	}
	return nil
}

// groupKey is how the agent batches a record: its station (agent.StationKey) and epoch.
type groupKey struct {
	station string
	epoch   uint32
}

func keyOf(r *datpin.Record) groupKey {
	st, _ := agent.StationKey(r)
	e, _ := privacy.EpochOf(r.Time, realEpochSeconds)
	return groupKey{st, e}
}

// segments splits a file's records by station and epoch, in first-seen order.
func segmentsOf(file string, recs []datpin.Record) []*segment {
	var out []*segment
	idx := map[groupKey]*segment{}
	for _, r := range recs {
		k := keyOf(&r)
		s := idx[k]
		if s == nil {
			s = &segment{file: file, station: k.station, epoch: k.epoch, unit: -1}
			idx[k] = s
			out = append(out, s)
		}
		s.recs = append(s.recs, r)
	}
	return out
}

// realBuild is the labelled set: honest units, then adversaries.
type realBuild struct {
	units   []*realUnit
	heldOut []string
	short   map[string]int
	// faultQuarantined counts the rows of the series with injected faults the parser set aside.
	faultQuarantined int
}

// buildReal groups the honest records as `datpin import` does (one contribution per station and
// epoch, all files together), holds out a share of the G-NetTrack files, and builds the
// adversaries.
func buildReal(d *realData, o *RealOptions) (*realBuild, error) {
	rng := rand.New(rand.NewPCG(o.Seed, 0xda7))
	b := &realBuild{short: map[string]int{}}
	files := make([]string, 0, len(d.sessions))
	for f := range d.sessions {
		files = append(files, f)
	}
	slices.Sort(files)
	rng.Shuffle(len(files), func(i, j int) { files[i], files[j] = files[j], files[i] })
	nHold := 0
	if len(files) >= 2 {
		nHold = max(1, int(float64(len(files))*o.Holdout+0.5))
		nHold = min(nHold, len(files)-1)
	}
	held := files[:nHold]
	seenFiles := slices.Clone(files[nHold:])
	slices.Sort(seenFiles)
	for _, f := range held {
		b.heldOut = append(b.heldOut, filepath.Base(f))
	}
	slices.Sort(b.heldOut)

	// Honest radio units: the seen files' records by station and epoch.
	var seen, unseen []*segment
	byKey := map[groupKey]int{}
	for _, f := range seenFiles {
		for _, s := range segmentsOf(f, d.sessions[f]) {
			k := groupKey{s.station, s.epoch}
			u, ok := byKey[k]
			if !ok {
				u = len(b.units)
				byKey[k] = u
				b.units = append(b.units, &realUnit{src: -1, epoch: s.epoch})
			}
			b.units[u].recs = append(b.units[u].recs, s.recs...)
			s.unit = u
			seen = append(seen, s)
		}
	}
	heldSorted := slices.Clone(held)
	slices.Sort(heldSorted)
	for _, f := range heldSorted {
		unseen = append(unseen, segmentsOf(f, d.sessions[f])...)
	}
	g := &radioGen{rng: rng, b: b, seen: seen, pieces: cutPieces(unseen), per: o.PerKind}
	g.build()

	// Sensor series: a unit per station-day; some days get a fault.
	sensorFiles := make([]string, 0, len(d.sensors))
	for f := range d.sensors {
		sensorFiles = append(sensorFiles, f)
	}
	slices.Sort(sensorFiles)
	w := &sensorGen{rng: rng, b: b, per: o.PerKind, made: map[string]int{}}
	for _, f := range sensorFiles {
		segs := segmentsOf(f, d.sensors[f])
		if o.MaxDays > 0 && len(segs) > o.MaxDays {
			segs = segs[:o.MaxDays]
		}
		days := make([][]datpin.Record, len(segs))
		for i, s := range segs {
			days[i] = s.recs
		}
		if err := w.build(f, days); err != nil {
			return nil, err
		}
	}
	if len(sensorFiles) > 0 {
		for _, k := range RealSensorKinds {
			if w.made[k] < o.PerKind {
				b.short[k] = w.made[k]
			}
		}
	}
	b.faultQuarantined = w.quarantined
	for _, u := range b.units {
		u.epoch = lastEpoch(u.recs)
	}
	return b, nil
}

func lastEpoch(recs []datpin.Record) uint32 {
	var e uint32
	for i := range recs {
		if x, err := privacy.EpochOf(recs[i].Time, realEpochSeconds); err == nil {
			e = max(e, x)
		}
	}
	return e
}

// schedule orders the units into rounds: each round anchors RoundDays days of data, as a network
// anchors its days as they end; within a round the order is shuffled by the seed (so it does not
// give the labels away), except that a copy comes after the unit it copies.
func schedule(units []*realUnit, roundDays int, rng *rand.Rand) [][]int {
	if len(units) == 0 {
		return nil
	}
	first := units[0].epoch
	for _, u := range units {
		first = min(first, u.epoch)
	}
	byRound := map[uint32][]int{}
	var rounds []uint32
	for i, u := range units {
		r := (u.epoch - first) / uint32(roundDays)
		if _, ok := byRound[r]; !ok {
			rounds = append(rounds, r)
		}
		byRound[r] = append(byRound[r], i)
	}
	slices.Sort(rounds)
	out := make([][]int, 0, len(rounds))
	for _, r := range rounds {
		ids := byRound[r]
		rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
		out = append(out, afterSources(ids, units))
	}
	return out
}

// afterSources moves every unit whose source is in the same list to just after it.
func afterSources(ids []int, units []*realUnit) []int {
	pos := map[int]int{}
	for i, id := range ids {
		pos[id] = i
	}
	placed := map[int]bool{}
	out := make([]int, 0, len(ids))
	var place func(id int)
	place = func(id int) {
		if placed[id] {
			return
		}
		if s := units[id].src; s >= 0 {
			if _, same := pos[s]; same && !placed[s] {
				place(s)
			}
		}
		placed[id] = true
		out = append(out, id)
	}
	for _, id := range ids {
		place(id)
	}
	return out
}

// RunReal evaluates fraud detection on real traces: it reads every trace under o.Data, builds
// labelled adversaries from them (see the Real* kinds), feeds the honest contributions and the
// adversaries through the edge agent (a cheating edge anchors the out-of-range ones directly) onto
// the embedded chain, round by round in the data's calendar order, has the committee evaluate,
// commit, reveal and finalize, and sets every token against its label.
func RunReal(ctx context.Context, o RealOptions) (*RealResult, error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	began := time.Now()
	d, err := loadReal(o.Data)
	if err != nil {
		return nil, err
	}
	b, err := buildReal(d, &o)
	if err != nil {
		return nil, err
	}
	o.Progress("build", 1, 1)
	res := &RealResult{RealOptions: o, Files: d.files, HeldOut: b.heldOut, Quarantined: d.quarantined, Skipped: d.skipped, Short: b.short,
		FaultQuarantined: b.faultQuarantined}
	res.Result.Options = o.Options
	res.Reasons = map[string]int{}
	run, err := runChain(ctx, &o, b.units, o.Seed, o.RoundDays)
	if err != nil {
		return nil, err
	}
	vd := run.vd
	res.Records, res.Rounds, res.EvalSeconds, res.GasUsed, res.Validators = run.records, vd.Rounds, vd.EvalSeconds, run.gas, run.validators
	scoreReal(res, b.units, vd)
	if o.OrderCheck {
		// The same units again on a new chain, anchored in another order and rounds twice as long.
		again := make([]*realUnit, len(b.units))
		for i, u := range b.units {
			c := *u
			c.tokens = nil
			again[i] = &c
		}
		run2, err := runChain(ctx, &o, again, o.Seed+1, 2*o.RoundDays)
		if err != nil {
			return nil, err
		}
		res.Order = compareOrders(b.units, vd, again, run2.vd, 2*o.RoundDays)
	}
	if len(res.Short) == 0 {
		res.Short = nil
	}
	res.WallSeconds = time.Since(began).Seconds()
	return res, nil
}

// chainRun is one pass of the units over a new chain and committee.
type chainRun struct {
	vd         *Verdicts
	records    int
	gas        uint64
	validators []ValidatorResult
}

// runChain starts a scenario (chain, edge, committee) and anchors and evaluates the units on it,
// shuffled within rounds of roundDays days by orderSeed.
func runChain(ctx context.Context, o *RealOptions, units []*realUnit, orderSeed uint64, roundDays int) (*chainRun, error) {
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
	sc, err := Start(ctx, Setup{Label: "eval-real", Behaviours: behaviour, Dir: o.Dir, Log: o.Log, Progress: o.Progress})
	if err != nil {
		return nil, err
	}
	defer sc.Close()
	rng := rand.New(rand.NewPCG(orderSeed, 0x0dd))
	ev := newRoundEvaluator(sc)
	run := &chainRun{}
	if run.records, err = anchorUnits(ctx, sc, ev, units, schedule(units, roundDays, rng)); err != nil {
		return nil, err
	}
	run.vd = ev.verdicts()
	run.gas = sc.GasUsed()
	if run.validators, err = sc.ValidatorRecords(ctx); err != nil {
		return nil, err
	}
	return run, nil
}

// OrderCheck compares the verdicts of two runs of the same contributions anchored in different
// orders and rounds: a contribution's verdict is whether any of its tokens was penalized (agreed
// score more than PenaltyShare below the edge's claim) and the honest validators' reasons.
type OrderCheck struct {
	RoundDays int         `json:"roundDays"` // of the second run
	Units     int         `json:"contributions"`
	Same      int         `json:"same"`
	Differ    []OrderDiff `json:"differ,omitempty"`
}

// OrderDiff is a contribution judged differently by the two runs.
type OrderDiff struct {
	Label   string `json:"label"`
	Station string `json:"station"`
	Epoch   uint32 `json:"epoch"`
	First   string `json:"first"`
	Second  string `json:"second"`
}

func compareOrders(a []*realUnit, va *Verdicts, b []*realUnit, vb *Verdicts, roundDays int) *OrderCheck {
	oc := &OrderCheck{RoundDays: roundDays}
	for i := range a {
		if len(a[i].tokens) == 0 && len(b[i].tokens) == 0 {
			continue
		}
		oc.Units++
		x, y := unitVerdict(a[i], va), unitVerdict(b[i], vb)
		if x == y {
			oc.Same++
			continue
		}
		k := keyOf(&a[i].recs[0])
		oc.Differ = append(oc.Differ, OrderDiff{Label: kindName(a[i].kind), Station: k.station, Epoch: k.epoch, First: x, Second: y})
	}
	return oc
}

// unitVerdict is "penalized" or "kept", with the validators' reasons.
func unitVerdict(u *realUnit, vd *Verdicts) string {
	edge := map[uint64]uint16{}
	for _, t := range vd.Tokens {
		edge[t.ID] = t.EdgeScore
	}
	pen := false
	var why []string
	for _, t := range u.tokens {
		if float64(vd.Outcomes[t].Agreed) < (1-PenaltyShare)*float64(edge[t]) {
			pen = true
		}
		if r := vd.Reasons[t]; r != "" && !slices.Contains(why, r) {
			why = append(why, r)
		}
	}
	slices.Sort(why)
	v := "kept"
	if pen {
		v = "penalized"
	}
	if len(why) > 0 {
		v += " (" + strings.Join(why, ", ") + ")"
	}
	return v
}

// anchorUnits feeds the units round by round and has the committee evaluate each round once it
// is anchored. Each unit is ingested alone and sealed, so it becomes contributions of its own
// whatever the agent's batching; a cheating edge's unit is anchored directly once the agent has
// anchored what came before it. It returns the records fed.
func anchorUnits(ctx context.Context, sc *Scenario, ev *roundEvaluator, units []*realUnit, rounds [][]int) (int, error) {
	records := 0
	ch := newCheatingEdge(sc)
	for k, ids := range rounds {
		batches := map[int][]int64{}
		for _, id := range ids {
			u := units[id]
			records += len(u.recs)
			if u.direct {
				if err := sc.Agent.Flush(ctx); err != nil {
					return 0, fmt.Errorf("anchor: %w", err)
				}
				toks, err := ch.anchor(ctx, u)
				if err != nil {
					return 0, err
				}
				u.tokens = toks
				continue
			}
			res, err := sc.Agent.Ingest(ctx, u.recs)
			if err != nil {
				return 0, fmt.Errorf("ingest %s unit: %w", kindName(u.kind), err)
			}
			if _, err := sc.Agent.Outbox().SealAll(ctx); err != nil {
				return 0, err
			}
			batches[id] = res.Batches
		}
		if err := sc.Agent.Flush(ctx); err != nil {
			return 0, fmt.Errorf("anchor: %w", err)
		}
		for id, bs := range batches {
			list, err := sc.Agent.Outbox().List(ctx, bs)
			if err != nil {
				return 0, err
			}
			for _, bt := range list {
				if bt.Token != 0 {
					units[id].tokens = append(units[id].tokens, bt.Token)
				}
			}
		}
		sc.progress("anchor", k+1, len(rounds))
		if err := ev.evaluateNew(ctx); err != nil {
			return 0, err
		}
		sc.progress("round", k+1, len(rounds))
	}
	return records, nil
}

func kindName(k string) string {
	if k == "" {
		return "honest"
	}
	return k
}
