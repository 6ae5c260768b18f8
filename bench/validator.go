package bench

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/sim"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/validator"
)

// GoalContributionsPerSecond is the validator throughput goal: contributions of 1,440 records
// verified per second by one validator.
const GoalContributionsPerSecond = 100

// ValidatorOptions configures Validator.
type ValidatorOptions struct {
	Contributions int // per round (default 200)
	Records       int // per contribution (default 1440: a station-day at one record a minute)
	Runs          int // timed runs, each with a fresh history; the median is reported (default 3)
	TempDir       string
}

// ValidatorResult is one validator's verification throughput.
type ValidatorResult struct {
	Contributions int     `json:"contributions"`
	RecordsEach   int     `json:"recordsEach"`
	PackageBytes  int     `json:"packageBytesAvg"`
	Runs          int     `json:"runs"`
	Seconds       float64 `json:"seconds"`   // median run: a fresh daemon's poll that evaluates and commits the round
	PerSecond     float64 `json:"perSecond"` // contributions verified per second
	RecordsPerSec float64 `json:"recordsPerSecond"`
	// OneCorePerSecond is EvaluateBatch on one core (GOMAXPROCS=1): EvaluateBatch opens the
	// tokens of a round on every core, this is the work itself.
	OneCorePerSecond float64 `json:"oneCorePerSecond"`
	// OpenPerSecond is Evaluate token by token (one core): the per-contribution checks and
	// re-scoring without the cross-verification of the round.
	OpenPerSecond   float64 `json:"openPerSecond"`
	SHA256PerSecond float64 `json:"sha256PerSecond"` // baseline: SHA-256 of the same package bytes
	AgePerSecond    float64 `json:"agePerSecond"`    // baseline: age decryption of the same payloads
	// Results counts the evaluations by reason ("" = reproduced and trusted).
	Results   map[string]int `json:"results"`
	Goal      float64        `json:"goal"`
	MeetsGoal bool           `json:"meetsGoal"`
	GoMaxProc int            `json:"gomaxprocs"`
	LoadAvg   string         `json:"loadAverage"` // of the machine when the timed runs began (1, 5, 15 min)
}

// Validator measures how many contributions one validator verifies per second: a round of
// honest station-days from the simulator, each truncated to Records records, is anchored by the
// edge agent on the embedded chain into a local store; then, at the round's commit window, a
// fresh validator daemon (the one `datpin validator` runs, staked) polls once: it finds the
// round's tokens, evaluates them with EvaluateBatch (fetch from the store, CID check, root and
// device signature, age decryption, re-scoring, cross-verification against the round and a
// SQLite history) and commits. Baselines measured in the same run: SHA-256
// of the same package bytes, and age decryption of the same payloads.
func Validator(ctx context.Context, o ValidatorOptions) (*ValidatorResult, error) {
	if o.Contributions <= 0 {
		o.Contributions = 200
	}
	if o.Records <= 0 {
		o.Records = 1440
	}
	if o.Runs <= 0 {
		o.Runs = 3
	}
	dir, err := os.MkdirTemp(o.TempDir, "datpin-bench-validator-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))

	// Chain, suite and the validator's identity.
	admin := evm.DevAccount("bench/validator-admin", 0)
	operator := evm.DevAccount("bench/validator-operator", 0)
	me := evm.DevAccount("bench/validator", 0)
	chain := evm.NewEmbedded(types.GenesisAlloc{
		admin.Address: {Balance: evm.Ether(1_000_000_000)}, operator.Address: {Balance: evm.Ether(1_000_000_000)},
		me.Address: {Balance: evm.Ether(1_000_000)},
	})
	defer chain.Close()
	cfg := evm.DefaultConfig()
	s, err := evm.Deploy(ctx, chain, admin, cfg)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	// The measured validator is staked as on a network, so its daemon may commit.
	if err := s.MintToken(ctx, admin, me.Address, cfg.MinStake); err != nil {
		return nil, err
	}
	if err := s.RegisterValidator(ctx, me, cfg.MinStake); err != nil {
		return nil, fmt.Errorf("register validator: %w", err)
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return nil, err
	}
	st, err := store.NewLocal(filepath.Join(dir, "blocks"))
	if err != nil {
		return nil, err
	}

	// The round: honest station-days of a simulated network, truncated in time order.
	now, err := chain.Now(ctx)
	if err != nil {
		return nil, err
	}
	epoch := uint32(now.Unix()/86400) - 1
	batches, err := simulatedDays(o.Contributions, o.Records, epoch)
	if err != nil {
		return nil, err
	}
	ids, err := anchorDays(ctx, s, operator, st, id.Recipient(), batches, filepath.Join(dir, "outbox.db"), quiet)
	if err != nil {
		return nil, err
	}
	res := &ValidatorResult{Contributions: len(ids), RecordsEach: o.Records, Runs: o.Runs, Results: map[string]int{},
		Goal: GoalContributionsPerSecond, GoMaxProc: runtime.GOMAXPROCS(0)}

	// The packages, for the baselines.
	var blobs [][]byte
	var payloads [][]byte
	total := 0
	for _, tid := range ids {
		ts, err := s.TokenState(ctx, tid)
		if err != nil {
			return nil, err
		}
		blob, err := st.Get(ctx, store.CIDFromDigest(ts.Contrib.CidDigest))
		if err != nil {
			return nil, err
		}
		p, err := pack.Decode(blob)
		if err != nil {
			return nil, err
		}
		blobs, payloads = append(blobs, blob), append(payloads, p.Payload)
		total += len(blob)
	}
	res.PackageBytes = total / len(blobs)

	// Timed runs, each a fresh validator state as a new daemon would have.
	res.LoadAvg = LoadAverage()
	secs := make([]float64, 0, o.Runs)
	ones := make([]float64, 0, o.Runs)
	opens := make([]float64, 0, o.Runs)
	// The round's commit window: the daemon evaluates and commits there.
	round, err := roundOf(ctx, s, ids[0])
	if err != nil {
		return nil, err
	}
	if last, err := roundOf(ctx, s, ids[len(ids)-1]); err != nil {
		return nil, err
	} else if last != round {
		return nil, datpin.Errorf(datpin.EINTERNAL, "the round's tokens span rounds %d..%d", round, last)
	}
	commitOpens, _, _, err := s.Windows(ctx, round)
	if err != nil {
		return nil, err
	}
	if err := chain.AdvanceTo(ctx, commitOpens); err != nil {
		return nil, err
	}
	// evaluate is one poll of a fresh validator daemon (new state and history, as a new operator's
	// would have) at the round's commit window, on procs cores (0: all of them): it finds the
	// round's tokens on chain, evaluates them with EvaluateBatch and commits. Each run replaces
	// the previous run's commitment, as the oracle allows while the window is open.
	evaluate := func(name string, procs int) ([]validator.Evaluation, float64, error) {
		vs, err := validator.OpenState(filepath.Join(dir, name))
		if err != nil {
			return nil, 0, err
		}
		defer vs.Close()
		hist, err := validator.NewHistory(vs.DB())
		if err != nil {
			return nil, 0, err
		}
		v := &validator.Validator{Suite: s, Account: me, Identity: id, Store: st, History: hist, Log: quiet}
		d, err := validator.NewDaemon(ctx, validator.DaemonConfig{Suite: s, Account: me, Evaluator: v, State: vs, Log: quiet})
		if err != nil {
			return nil, 0, err
		}
		if procs > 0 {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		}
		runtime.GC()
		began := time.Now()
		if err := d.Step(ctx); err != nil {
			return nil, 0, err
		}
		el := time.Since(began).Seconds()
		rec, err := vs.Submission(ctx, round)
		if err != nil {
			return nil, 0, err
		}
		if rec == nil || rec.State != validator.SubCommitted {
			return nil, 0, datpin.Errorf(datpin.EINTERNAL, "the daemon did not commit round %d (%+v)", round, rec)
		}
		evs, _, err := vs.Evaluations(ctx, round)
		return evs, el, err
	}
	for run := 0; run < o.Runs; run++ {
		evs, el, err := evaluate(fmt.Sprintf("state-%d.db", run), 0)
		if err != nil {
			return nil, err
		}
		secs = append(secs, el)
		if _, el, err = evaluate(fmt.Sprintf("state-%d-one.db", run), 1); err != nil {
			return nil, err
		}
		ones = append(ones, el)
		// The same tokens one by one, without the round's cross-verification.
		single := &validator.Validator{Suite: s, Account: evm.DevAccount("bench/validator", 0), Identity: id, Store: st, Log: quiet}
		began := time.Now()
		for _, tid := range ids {
			if _, err := single.Evaluate(ctx, tid); err != nil {
				return nil, err
			}
		}
		opens = append(opens, time.Since(began).Seconds())
		if run == 0 {
			for _, ev := range evs {
				res.Results[ev.Reason]++
				if ev.Records != o.Records {
					return nil, datpin.Errorf(datpin.EINTERNAL, "token %d opened with %d records; want %d", ev.TokenID, ev.Records, o.Records)
				}
			}
		}
	}
	sort.Float64s(secs)
	sort.Float64s(ones)
	sort.Float64s(opens)
	res.Seconds = secs[len(secs)/2]
	res.OneCorePerSecond = float64(len(ids)) / ones[len(ones)/2]
	res.OpenPerSecond = float64(len(ids)) / opens[len(opens)/2]
	res.PerSecond = float64(len(ids)) / res.Seconds
	res.RecordsPerSec = res.PerSecond * float64(o.Records)
	res.MeetsGoal = res.PerSecond >= GoalContributionsPerSecond

	// Baselines over the same bytes.
	res.SHA256PerSecond = rate(len(blobs), func() {
		for _, b := range blobs {
			_ = sha256.Sum256(b)
		}
	})
	var derr error
	res.AgePerSecond = rate(len(payloads), func() {
		for _, p := range payloads {
			r, err := age.Decrypt(bytes.NewReader(p), id)
			if err == nil {
				_, err = io.Copy(io.Discard, r)
			}
			if err != nil && derr == nil {
				derr = err
			}
		}
	})
	if derr != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, derr, "age baseline")
	}
	return res, nil
}

// rate runs f (which handles n items) for at least half a second and returns items per second.
func rate(n int, f func()) float64 {
	began := time.Now()
	reps := 0
	for reps == 0 || time.Since(began) < 500*time.Millisecond {
		f()
		reps++
	}
	return float64(n*reps) / time.Since(began).Seconds()
}

// simulatedDays returns k station-days of an honest simulated network, each cut to its first
// `records` records in time order (sessions and heartbeats alike, so its claims still match).
func simulatedDays(k, records int, epoch uint32) ([]sim.Batch, error) {
	for stations := k + k/4; stations <= 8*k; stations *= 2 {
		net, err := sim.Run(sim.Config{Seed: 11, Stations: stations, Devices: stations * 8, Days: 1, StartEpoch: epoch})
		if err != nil {
			return nil, err
		}
		var out []sim.Batch
		for _, b := range net.Records() {
			if b.Sensor || b.Epoch != epoch || len(b.Records) < records {
				continue
			}
			b.Records = b.Records[:records]
			out = append(out, b)
			if len(out) == k {
				return out, nil
			}
		}
	}
	return nil, datpin.Errorf(datpin.EINTERNAL, "the simulator gives fewer than %d station-days of %d records", k, records)
}

// roundOf is the oracle round token id was anchored in.
func roundOf(ctx context.Context, s *evm.Suite, id uint64) (uint64, error) {
	ts, err := s.TokenState(ctx, id)
	if err != nil {
		return 0, err
	}
	return s.RoundAt(ctx, uint64(ts.Contrib.AnchoredAt))
}

// anchorDays runs the edge agent over the batches (development station keys, onboarded on the
// way) and returns the token ids.
func anchorDays(ctx context.Context, s *evm.Suite, operator *evm.Account, st datpin.ContentStore, to age.Recipient, batches []sim.Batch, outbox string, log *slog.Logger) ([]uint64, error) {
	out, err := agent.OpenOutbox(outbox)
	if err != nil {
		return nil, err
	}
	defer out.Close()
	ag, err := agent.New(agent.Config{
		Outbox: out, Store: st, Chain: agent.NewSuiteChain(s, operator), Keys: agent.DevKeys{},
		Recipients: []age.Recipient{to}, SealAfter: -1, AutoOnboard: true, AnchorBatch: 50, Log: log,
	})
	if err != nil {
		return nil, err
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { _ = ag.Run(runCtx); close(done) }()
	defer func() { stop(); <-done }()
	for _, b := range batches {
		if _, err := ag.Ingest(ctx, b.Records); err != nil {
			return nil, err
		}
	}
	if err := ag.Flush(ctx); err != nil {
		return nil, fmt.Errorf("anchor: %w", err)
	}
	count, err := s.TokenCount(ctx)
	if err != nil {
		return nil, err
	}
	if count != uint64(len(batches)) {
		return nil, datpin.Errorf(datpin.EINTERNAL, "%d batches anchored as %d tokens", len(batches), count)
	}
	ids := make([]uint64, count)
	for i := range ids {
		ids[i] = uint64(i + 1)
	}
	return ids, nil
}

// Markdown renders the "validator" section of BENCHMARKS.md.
func (r *ValidatorResult) Markdown(stamp string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## Validator throughput (`datpin bench validator`)\n\n%s\n\n", stamp)
	fmt.Fprintf(&b, "One validator verifies a round of %d honest station-days of %d records each (simulated network, anchored by the edge agent on the embedded chain; packages of %d bytes on average in a local store), by one poll of a fresh validator daemon at the round's commit window: it finds the round's tokens on chain, evaluates them with `EvaluateBatch` (fetch, CID check, Merkle root and device signature, age decryption, re-scoring, cross-verification against the round and a SQLite history) and commits. Median of %d runs, GOMAXPROCS=%d, load average %s when the runs began (the machine is shared).\n\n",
		r.Contributions, r.RecordsEach, r.PackageBytes, r.Runs, r.GoMaxProc, r.LoadAvg)
	b.WriteString("| measure | contributions/s | records/s |\n|---|---:|---:|\n")
	fmt.Fprintf(&b, "| **verification** (daemon poll: EvaluateBatch and commit) | **%.0f** | %.0f |\n", r.PerSecond, r.RecordsPerSec)
	fmt.Fprintf(&b, "| verification on one core (daemon poll, GOMAXPROCS=1) | %.0f | %.0f |\n", r.OneCorePerSecond, r.OneCorePerSecond*float64(r.RecordsEach))
	fmt.Fprintf(&b, "| per-contribution checks only (Evaluate token by token, one core: fetch, CID, root, signature, decryption, re-score) | %.0f | %.0f |\n", r.OpenPerSecond, r.OpenPerSecond*float64(r.RecordsEach))
	fmt.Fprintf(&b, "| baseline: age decryption of the same payloads | %.0f | %.0f |\n", r.AgePerSecond, r.AgePerSecond*float64(r.RecordsEach))
	fmt.Fprintf(&b, "| baseline: SHA-256 of the same packages | %.0f | %.0f |\n\n", r.SHA256PerSecond, r.SHA256PerSecond*float64(r.RecordsEach))
	verdict := "meets"
	if !r.MeetsGoal {
		verdict = "does not meet"
	}
	fmt.Fprintf(&b, "- %.0f contributions/s %s the goal of ≥ %.0f/s. EvaluateBatch opens a round's tokens on every core, then cross-verifies the round; on one core it verifies %.0f/s, of which the round's cross-verification takes %.0f %% of the time (the per-contribution checks alone run at %.0f/s).\n",
		r.PerSecond, verdict, r.Goal, r.OneCorePerSecond, 100*max(0, 1-r.OneCorePerSecond/r.OpenPerSecond), r.OpenPerSecond)
	reasons := make([]string, 0, len(r.Results))
	for k := range r.Results {
		reasons = append(reasons, k)
	}
	sort.Strings(reasons)
	var parts []string
	for _, k := range reasons {
		name := k
		if name == "" {
			name = "accepted"
		}
		parts = append(parts, fmt.Sprintf("%s %d", name, r.Results[k]))
	}
	fmt.Fprintf(&b, "- Verdicts of the measured round: %s.\n", strings.Join(parts, ", "))
	return b.String()
}
