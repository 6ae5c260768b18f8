package explain

import (
	"context"
	"log/slog"
	"math/big"
	"slices"
	"sync"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/validator"
)

// Receipt explains one contribution's score and what it earned: every input the chain and the
// package hold, and whether computing the score again gives what the chain holds.
type Receipt struct {
	Token        uint64       `json:"token"`
	Status       string       `json:"status"` // pending, finalized, rejected, or minted (not a contribution)
	Rules        RulesCheck   `json:"rules"`
	Contribution Contribution `json:"contribution"`
	Edge         Edge         `json:"edge"`
	Round        Round        `json:"round"`
	// Validators are the round's committers, in the order they committed, with what each
	// revealed for the token.
	Validators []Reveal    `json:"validators"`
	Median     *Median     `json:"median,omitempty"` // nil without a revealed score
	Decision   Decision    `json:"decision"`
	Recomputed *Recomputed `json:"recomputed"`
	Earnings   Earnings    `json:"earnings"`

	edgeFromManifest bool // the anchoring transaction could not be decoded: the edge score is the manifest's
}

// RulesCheck compares the scoring rules registered on chain for the token's round with the rule
// set of this build.
type RulesCheck struct {
	Name  string `json:"name"`  // quality.Rules of this build
	Hash  string `json:"hash"`  // quality.RulesHash of this build
	Chain string `json:"chain"` // rulesOf(the token's round), "" if none is registered
	Match bool   `json:"match"`
}

// Contribution is the token's contribution as anchored.
type Contribution struct {
	Device     string `json:"device"`
	Owner      string `json:"owner"`
	Epoch      uint32 `json:"epoch"`
	Cell       string `json:"cell,omitempty"` // H3, hex
	Records    uint32 `json:"records"`
	MerkleRoot string `json:"merkleRoot"`
	CID        string `json:"cid"`
	AnchoredAt uint64 `json:"anchoredAt"`
}

// Edge is the station's own, tentative score.
type Edge struct {
	Score       uint16 `json:"score"`                 // anchored with the contribution
	Explanation string `json:"explanation,omitempty"` // the package manifest's (when the package was fetched)
	// Recomputed is the edge's score computed again from the plaintext the station's agent
	// keeps (only with its state).
	Recomputed *EdgeRecomputed `json:"recomputed,omitempty"`
}

// EdgeRecomputed is the edge score recomputed from the operator's plaintext.
type EdgeRecomputed struct {
	Score       uint16 `json:"score"`
	Explanation string `json:"explanation"`
	Records     int    `json:"records"`
	RootMatches bool   `json:"rootMatches"` // the plaintext anonymizes to the records the token's Merkle root commits to
	Matches     bool   `json:"matches"`     // the root matches and the score is the one anchored
}

// Round is the oracle round the token was evaluated in (Unix seconds).
type Round struct {
	Number       uint64 `json:"number"`
	CommitOpens  uint64 `json:"commitOpens"`
	RevealOpens  uint64 `json:"revealOpens"`
	RevealCloses uint64 `json:"revealCloses"`
}

// Reveal is one committer of the token's round and its score for the token.
type Reveal struct {
	Validator string  `json:"validator"`
	Weight    string  `json:"weight"`   // its stake when it first committed to the round
	Revealed  bool    `json:"revealed"` // it revealed its commitment of the round
	Withheld  bool    `json:"withheld"` // it committed, did not reveal, and was penalized for it
	Score     *uint16 `json:"score"`    // what it revealed for the token (nil: no score)
	// Deviation is Score minus the agreed score; Fault says it is more than the tolerance away,
	// which cost the validator Params.SlashPerFault of stake and a fault.
	Deviation *int `json:"deviation,omitempty"`
	Fault     bool `json:"fault"`
	// MatchesRecomputed says whether the score is the one recomputed here.
	MatchesRecomputed *bool `json:"matchesRecomputed,omitempty"`
}

// Decision is what the oracle decided, from the token's Finalized or Rejected event, with the
// oracle's parameters (as they are now).
type Decision struct {
	Decided  bool    `json:"decided"`
	Accepted bool    `json:"accepted"`
	Score    *uint16 `json:"score"` // the agreed score
	// Reasons are the reason codes of a rejection: the oracle's (below-threshold, no-quorum)
	// then, when recomputed, the validators' check that failed (docs/CRITERIA.md).
	Reasons       []string `json:"reasons,omitempty"`
	Value         string   `json:"value"`
	ShareRatio    string   `json:"shareRatio"`
	Quorum        uint8    `json:"quorum"`
	Threshold     uint16   `json:"threshold"`
	Tolerance     uint16   `json:"tolerance"`
	SlashPerFault string   `json:"slashPerFault"`
	Block         uint64   `json:"block,omitempty"`
	Tx            string   `json:"tx,omitempty"`
}

// Recomputed is the score computed again, with the code validators run, from the package's
// records fetched by CID.
type Recomputed struct {
	Available bool   `json:"available"`
	Why       string `json:"why,omitempty"` // why not
	// Quality is quality.ScorePackage over the package's records, rule by rule (nil when the
	// package could not be opened).
	Quality *Quality `json:"quality,omitempty"`
	// Validator is an honest validator's evaluation: the integrity checks, the quality score and,
	// when Replayed, the cross-checks against the round's other contributions and the history
	// of the rounds before it.
	Validator ValidatorScore `json:"validator"`
	// Score is what an honest committee agrees on: the validator's score.
	Score uint16 `json:"score"`
	// Matches: the agreed score on chain is Score (for a token decided by its reveals; a
	// rejection for want of reveals, no-quorum, has no agreed score to match), and the decision
	// (accepted at or above the threshold) follows from it.
	Matches bool `json:"matches"`
	// MatchesEdge: Score is the edge's tentative score.
	MatchesEdge bool `json:"matchesEdge"`
}

// ValidatorScore is an honest validator's evaluation of the token, recomputed.
type ValidatorScore struct {
	Score      uint16 `json:"score"`
	Trust      uint16 `json:"trust"`
	Reason     string `json:"reason,omitempty"`
	ReasonText string `json:"reasonText,omitempty"`
	Records    int    `json:"records"`
	Replayed   bool   `json:"replayed"` // the cross-checks were recomputed by replaying the rounds
	Rounds     int    `json:"rounds,omitempty"`
	// Unopened counts the replayed rounds' packages the identity could not open: the
	// cross-checks against them are not those the committee ran.
	Unopened int `json:"unopened,omitempty"`
}

// Earnings are what the token received.
type Earnings struct {
	// Rewards are the class's revenue (the network token's emission, ETH settlements) by asset:
	// claimed (Claimed events) and claimable now.
	Rewards []Amount `json:"rewards"`
	// Sales are the data market's sale proceeds claimed for the token, by asset.
	Sales      []Amount `json:"sales"`
	SaleClaims int      `json:"saleClaims"`
}

// Amount is an amount of an asset (the zero address: ETH), in its smallest unit.
type Amount struct {
	Asset   string `json:"asset"`
	Claimed string `json:"claimed"`
	Pending string `json:"pending,omitempty"`
}

// AgentState is the station's agent state: the plaintext records of its batches and the keys
// their pseudonyms derive from.
type AgentState struct {
	Outbox *agent.Outbox
	Keys   agent.Keys
	K      int // the agent's k-anonymity parameter (0: the default)
}

// Options configure an Explainer. Without Store and Identity a receipt holds what the chain
// says; with them it recomputes the score from the package.
type Options struct {
	Store datpin.ContentStore
	// Identity opens packages: a validator's (every package of the committee), or the station
	// operator's (its own packages only; then the cross-checks against the others cannot be
	// recomputed and Unopened says how many were out of reach).
	Identity age.Identity
	Agent    *AgentState
	// NoReplay recomputes the token's integrity checks and quality score only, not the
	// cross-checks (which need the round's other packages and the history before it).
	NoReplay bool
	Log      *slog.Logger
}

// Explainer builds receipts for one deployment. It is safe for concurrent use; its replay of the
// validators' evaluations is kept, so explaining more tokens replays only the rounds not yet
// replayed.
type Explainer struct {
	s   *evm.Suite
	opt Options
	val *validator.Validator

	mu     sync.Mutex
	replay *replayer
}

// New returns an Explainer for suite.
func New(suite *evm.Suite, o Options) *Explainer {
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	e := &Explainer{s: suite, opt: o}
	if o.Store != nil && o.Identity != nil {
		e.val = &validator.Validator{Suite: suite, Identity: o.Identity, Store: o.Store, Log: o.Log, History: validator.NewMemHistory()}
		e.replay = newReplayer(e.val)
	}
	return e
}

// Receipt explains one token.
func (e *Explainer) Receipt(ctx context.Context, id uint64) (*Receipt, error) {
	rs, err := e.Receipts(ctx, []uint64{id})
	if err != nil {
		return nil, err
	}
	return rs[0], nil
}

// Receipts explains tokens, in the order given. An unknown token is an ENOTFOUND error.
func (e *Explainer) Receipts(ctx context.Context, ids []uint64) ([]*Receipt, error) {
	count, err := e.s.TokenCount(ctx)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		if id == 0 || id > count {
			return nil, datpin.Errorf(datpin.ENOTFOUND, "no token %d", id)
		}
	}
	c, err := e.chain(ctx)
	if err != nil {
		return nil, err
	}
	ev, err := c.events(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*Receipt, len(ids))
	for i, id := range ids {
		if out[i], err = e.receipt(ctx, c, ev, id); err != nil {
			return nil, err
		}
	}
	// The validators' evaluations, recomputed: the rounds replayed up to the last round asked.
	var evs map[uint64]validator.Evaluation
	var rounds, unopened int
	if e.val != nil && !e.opt.NoReplay {
		var last uint64
		for _, r := range out {
			if r.Status != statusMinted && r.Round.Number > last {
				last = r.Round.Number
			}
		}
		e.mu.Lock()
		err := e.replay.through(ctx, c, last)
		if err == nil {
			evs, rounds, unopened = cloneEvals(e.replay.evals, ids), e.replay.rounds, e.replay.unopened
		}
		e.mu.Unlock()
		if err != nil {
			return nil, err
		}
	}
	for _, r := range out {
		if r.Status == statusMinted {
			continue
		}
		if err := e.recompute(ctx, r, evs, rounds, unopened); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func cloneEvals(all map[uint64]validator.Evaluation, ids []uint64) map[uint64]validator.Evaluation {
	out := make(map[uint64]validator.Evaluation, len(ids))
	for _, id := range ids {
		if ev, ok := all[id]; ok {
			out[id] = ev
		}
	}
	return out
}

const (
	statusMinted   = "minted"
	reasonNoQuorum = "no-quorum" // the oracle's rejection for want of reveals
)

// receipt fills what the chain says about token id.
func (e *Explainer) receipt(ctx context.Context, c *chainView, ev *tokenEvents, id uint64) (*Receipt, error) {
	s := e.s
	t, err := s.TokenState(ctx, id)
	if err != nil {
		return nil, err
	}
	con := t.Contrib
	r := &Receipt{Token: id, Validators: []Reveal{}, Earnings: Earnings{Rewards: []Amount{}, Sales: []Amount{}}}
	r.Rules = RulesCheck{Name: quality.Rules, Hash: hexHash(quality.RulesHash())}
	r.Contribution = Contribution{
		Device: con.Device.Hex(), Owner: t.Owner.Hex(), Epoch: con.Epoch, Records: con.RecordCount,
		MerkleRoot: hexHash(con.MerkleRoot), AnchoredAt: uint64(con.AnchoredAt),
	}
	if con.H3Cell != 0 {
		r.Contribution.Cell = cellString(con.H3Cell)
	}
	if t.Status == datpin.StatusNone {
		r.Status = statusMinted
		r.Recomputed = &Recomputed{Why: "not a contribution: a token minted directly, with no package and no evaluation"}
		return r, e.earnings(ctx, r, ev)
	}
	r.Status = t.Status.String()
	r.Contribution.CID = store.CIDFromDigest(con.CidDigest)
	// The edge's tentative score is the contribution's score while it is pending; the oracle's
	// verdict overwrites it, so it is read from the anchoring transaction.
	r.Edge.Score = con.Score
	if t.Status != datpin.StatusPending {
		anchored, err := s.AnchoredContribution(ctx, id, con.MerkleRoot)
		switch datpin.ErrorCode(err) {
		case "":
			r.Edge.Score = anchored.Score
		case datpin.ENOTFOUND:
			r.Edge.Score, r.edgeFromManifest = 0, true // the package's manifest says it, once fetched
		default:
			return nil, err
		}
	}
	round := c.roundAt(uint64(con.AnchoredAt))
	commitOpens, revealOpens, revealCloses := c.windows(round)
	r.Round = Round{Number: round, CommitOpens: commitOpens, RevealOpens: revealOpens, RevealCloses: revealCloses}
	rules, err := s.RulesOf(ctx, round)
	if err != nil {
		return nil, err
	}
	if rules != ([32]byte{}) {
		r.Rules.Chain = hexHash(rules)
	}
	r.Rules.Match = rules == quality.RulesHash()

	p := c.params
	r.Decision = Decision{Quorum: p.Quorum, Threshold: p.Threshold, Tolerance: p.Tolerance, SlashPerFault: p.SlashPerFault.String(),
		Value: "0", ShareRatio: "0"}
	if v := ev.verdicts[id]; v != nil {
		sc := v.score
		r.Decision.Decided, r.Decision.Accepted, r.Decision.Score = true, v.accepted, &sc
		r.Decision.Value, r.Decision.ShareRatio = t.Value.String(), t.ShareRatio.String()
		if !v.accepted && v.reason != "" {
			r.Decision.Reasons = []string{v.reason}
		}
		r.Decision.Block, r.Decision.Tx = v.block, v.tx
	}

	// The round's committers and what each revealed for the token.
	committers, err := c.committers(ctx, round)
	if err != nil {
		return nil, err
	}
	var votes []Vote
	for _, cm := range committers {
		rv := Reveal{Validator: cm.validator.Hex(), Weight: cm.weight.String(), Revealed: cm.revealed, Withheld: cm.withheld}
		score, err := c.revealedScore(ctx, cm.validator, id)
		if err != nil {
			return nil, err
		}
		if score != validator.Abstain {
			sc := score
			rv.Score = &sc
			votes = append(votes, Vote{Validator: rv.Validator, Score: score, Weight: cm.weight})
		}
		r.Validators = append(r.Validators, rv)
	}
	if m, ok := WeightedMedian(votes); ok {
		r.Median = &m
	}
	// Faults are counted against an agreed score; a rejection for want of reveals has none.
	if agreed := r.Decision.Score; agreed != nil && !slices.Contains(r.Decision.Reasons, reasonNoQuorum) {
		for i := range r.Validators {
			v := &r.Validators[i]
			if v.Score == nil {
				continue
			}
			d := int(*v.Score) - int(*agreed)
			v.Deviation = &d
			v.Fault = max(d, -d) > int(p.Tolerance)
		}
	}
	return r, e.earnings(ctx, r, ev)
}

// earnings fills the token's rewards and sale proceeds.
func (e *Explainer) earnings(ctx context.Context, r *Receipt, ev *tokenEvents) error {
	s := e.s
	for _, asset := range []common.Address{s.Token, {}} {
		pending, err := s.PendingRevenue(ctx, r.Token, asset)
		if err != nil {
			return err
		}
		claimed := ev.claimed[claimKey{r.Token, asset}]
		if claimed == nil {
			claimed = new(big.Int)
		}
		r.Earnings.Rewards = append(r.Earnings.Rewards, Amount{Asset: asset.Hex(), Claimed: claimed.String(), Pending: pending.String()})
	}
	sales := ev.sales[r.Token]
	r.Earnings.SaleClaims = len(sales)
	byAsset := map[common.Address]*big.Int{}
	var order []common.Address
	for _, sc := range sales {
		if byAsset[sc.asset] == nil {
			byAsset[sc.asset] = new(big.Int)
			order = append(order, sc.asset)
		}
		byAsset[sc.asset].Add(byAsset[sc.asset], sc.amount)
	}
	for _, a := range order {
		r.Earnings.Sales = append(r.Earnings.Sales, Amount{Asset: a.Hex(), Claimed: byAsset[a].String()})
	}
	return nil
}

// recompute fetches and opens the token's package, explains its quality score rule by rule,
// takes the honest validator's evaluation (replayed, or the token's own checks) and compares.
func (e *Explainer) recompute(ctx context.Context, r *Receipt, evs map[uint64]validator.Evaluation, rounds, unopened int) error {
	rc := &Recomputed{}
	r.Recomputed = rc
	if e.opt.Agent != nil {
		if err := e.edge(ctx, r); err != nil {
			return err
		}
	}
	if e.val == nil {
		rc.Why = "no content store and identity to fetch and open the package with"
		return nil
	}
	// The package, for the manifest and the rule-by-rule breakdown. The store checks the bytes
	// against the CID, so a package fetched and opened now is the one the replay evaluated.
	opened := false
	digest, err := store.Digest(r.Contribution.CID)
	if err != nil {
		return err
	}
	blob, err := e.opt.Store.Get(ctx, store.CIDFromDigest(digest))
	if err == nil {
		if p, err := pack.Decode(blob); err == nil {
			r.Edge.Explanation = p.Manifest.Explanation
			if r.edgeFromManifest {
				r.Edge.Score = p.Manifest.Score
			}
			if recs, err := p.Open(e.opt.Identity); err == nil {
				q := Breakdown(recs, p.Manifest.Epoch, int64(p.Manifest.EpochLength))
				rc.Quality, opened = &q, true
			}
		}
	} else if c := datpin.ErrorCode(err); c != datpin.ENOTFOUND && c != datpin.EINVALID {
		return err
	}

	ev, replayed := evs[r.Token]
	if !replayed || (!opened && ev.Reason == validator.ReasonOK) {
		// Not replayed (NoReplay, or the round's commit window has not opened), or the package
		// the replay evaluated can no longer be fetched or opened: the token's own checks and
		// score as they stand, without the cross-checks.
		if ev, err = e.val.Evaluate(ctx, r.Token); err != nil {
			return err
		}
		replayed = false
	}
	rc.Available = true
	rc.Validator = ValidatorScore{Score: ev.Score, Trust: ev.Trust, Reason: ev.Reason, ReasonText: ReasonText(ev.Reason),
		Records: ev.Records, Replayed: replayed}
	if replayed {
		rc.Validator.Rounds, rc.Validator.Unopened = rounds, unopened
	}
	rc.Score = ev.Score
	rc.MatchesEdge = ev.Score == r.Edge.Score
	if d := r.Decision; d.Decided && !slices.Contains(d.Reasons, reasonNoQuorum) {
		rc.Matches = d.Score != nil && *d.Score == rc.Score && d.Accepted == (rc.Score >= d.Threshold)
		if !d.Accepted && ev.Reason != "" && ev.Reason != validator.ReasonScoreMismatch {
			r.Decision.Reasons = append(r.Decision.Reasons, ev.Reason)
		}
	}
	for i := range r.Validators {
		if v := &r.Validators[i]; v.Score != nil {
			m := *v.Score == rc.Score
			v.MatchesRecomputed = &m
		}
	}
	return nil
}

// edge recomputes the edge's score from the agent's plaintext.
func (e *Explainer) edge(ctx context.Context, r *Receipt) error {
	a := e.opt.Agent
	res, err := agent.Rescore(ctx, a.Outbox, a.Keys, a.K, r.Token)
	if datpin.ErrorCode(err) == datpin.ENOTFOUND {
		return nil // not one of this agent's batches
	}
	if err != nil {
		return err
	}
	r.Edge.Recomputed = &EdgeRecomputed{Score: res.Score.Score, Explanation: res.Score.Explanation, Records: res.Records,
		RootMatches: res.RootMatches && hexHash(res.Root) == r.Contribution.MerkleRoot}
	r.Edge.Recomputed.Matches = r.Edge.Recomputed.RootMatches && res.Score.Score == r.Edge.Score
	return nil
}

func hexHash(h [32]byte) string { return common.Hash(h).Hex() }

func cellString(c uint64) string { return big.NewInt(0).SetUint64(c).Text(16) }
