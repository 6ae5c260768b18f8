package validator_test

import (
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/sim/adversary"
	"github.com/datpin/datpin/validator"
)

// TestConsensus_HonestMajority runs five validator daemons, each with its own key, age identity
// and state: three honest, one lazy (submits the edge's claim unchecked) and one always-high,
// over honest and fraudulent contributions. The finalized scores are the honest validators'; the
// always-high validator is faulted and slashed on every token it is far from the median on, the
// lazy one on every fraud it passed; and a sixth validator that waits for the reveals to copy
// them cannot commit any more.
func TestConsensus_HonestMajority(t *testing.T) {
	f := newFleet(t, 5, 1)
	n := f.n
	policies := []validator.Policy{validator.Honest, validator.Honest, validator.Honest, adversary.Lazy, adversary.AlwaysHigh}
	copier := f.vals[5]

	kinds := []kind{honest, inflated, undecryptable, honest, wrongRoot, missing, inflated, honest}
	var ids []uint64
	want := map[uint64]uint16{}
	edge := map[uint64]uint16{}
	for _, k := range kinds {
		id, s := f.anchor(k)
		ids = append(ids, id)
		want[id] = s
		st, err := n.Suite.TokenState(n.Ctx, id)
		n.Must(err)
		edge[id] = st.Contrib.Score
	}
	round, commitOpens, revealOpens, revealCloses := f.windows(ids[0])
	if r, _, _, _ := f.windows(ids[len(ids)-1]); r != round {
		t.Fatalf("setup: tokens straddle rounds %d and %d", round, r)
	}

	daemons := make([]*validator.Daemon, len(policies))
	for i, p := range policies {
		daemons[i], _ = f.daemon(i, filepath.Join(t.TempDir(), "state.db"), p, i == 0, nil)
	}
	n.AdvanceTo(commitOpens)
	for _, d := range daemons {
		step(t, d)
	}
	n.AdvanceTo(revealOpens)
	for _, d := range daemons {
		step(t, d)
	}

	// The copier reads validator 0's revealed scores and tries to submit them as its own.
	var copied []uint16
	var start uint64
	logs, err := n.Chain.Client.FilterLogs(n.Ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{n.Suite.Oracle}})
	n.Must(err)
	for i := range logs {
		if ev, err := n.Suite.OracleABI.UnpackRevealedEvent(&logs[i]); err == nil && ev.Validator == f.vals[0].Address {
			copied, start = evm.UnpackScores(ev.Scores), ev.StartTokenId.Uint64()
		}
	}
	if len(copied) != len(ids) {
		t.Fatalf("setup: validator 0 revealed %d scores; want %d", len(copied), len(ids))
	}
	var salt [32]byte
	err = n.Suite.Commit(n.Ctx, copier, round, n.Suite.Commitment(round, copier.Address, start, copied, salt))
	evmtest.ExpectRevert(t, err, "OutsideWindow", datpin.ECONFLICT)
	// Nor can it reveal what it never committed.
	err = n.Suite.Reveal(n.Ctx, copier, round, start, copied, salt)
	evmtest.ExpectRevert(t, err, "CommitmentMismatch", datpin.EUNAUTHORIZED)

	n.AdvanceTo(revealCloses)
	step(t, daemons[0]) // the finalizer

	for _, id := range ids {
		st, err := n.Suite.TokenState(n.Ctx, id)
		n.Must(err)
		wantStatus := datpin.StatusFinalized
		if want[id] < n.Config.Threshold {
			wantStatus = datpin.StatusRejected
		}
		if st.Status != wantStatus || st.Contrib.Score != want[id] {
			t.Errorf("token %d: %s with score %d; want %s with the honest score %d", id, st.Status, st.Contrib.Score, wantStatus, want[id])
		}
	}

	// Faults: a reveal further than the tolerance from the median (the honest score).
	far := func(s, m uint16) bool {
		d := int(s) - int(m)
		return d > int(n.Config.Tolerance) || -d > int(n.Config.Tolerance)
	}
	wantFaults := make([]uint32, len(policies))
	for _, id := range ids {
		if far(datpin.ScoreMax, want[id]) {
			wantFaults[4]++
		}
		if far(edge[id], want[id]) {
			wantFaults[3]++
		}
	}
	if wantFaults[4] != uint32(len(ids)) || wantFaults[3] == 0 {
		t.Fatalf("setup: expected faults %v do not exercise the outliers", wantFaults)
	}
	stake := new(big.Int).Mul(n.Config.MinStake, big.NewInt(2))
	slashed := new(big.Int)
	for i, v := range f.vals[:len(policies)] {
		rec := evmtest.Read(n, n.Suite.Oracle, n.Suite.OracleABI.PackValidatorOf(v.Address), n.Suite.OracleABI.UnpackValidatorOf)
		if rec.Faults != wantFaults[i] || rec.Agreements != uint32(len(ids))-wantFaults[i] {
			t.Errorf("validator %d (%s): %d agreements, %d faults; want %d, %d", i, policies[i].Name(), rec.Agreements, rec.Faults, uint32(len(ids))-wantFaults[i], wantFaults[i])
		}
		cut := new(big.Int).Mul(n.Config.SlashPerFault, big.NewInt(int64(wantFaults[i])))
		if want := new(big.Int).Sub(stake, cut); rec.Stake.Cmp(want) != 0 {
			t.Errorf("validator %d (%s): stake %s; want %s", i, policies[i].Name(), rec.Stake, want)
		}
		slashed.Add(slashed, cut)
	}
	if pool := evmtest.Read(n, n.Suite.Oracle, n.Suite.OracleABI.PackSlashedPool(), n.Suite.OracleABI.UnpackSlashedPool); pool.Cmp(slashed) != 0 {
		t.Errorf("slashed pool %s; want %s", pool, slashed)
	}
	if rec := evmtest.Read(n, n.Suite.Oracle, n.Suite.OracleABI.PackValidatorOf(copier.Address), n.Suite.OracleABI.UnpackValidatorOf); rec.Agreements != 0 || rec.Faults != 0 {
		t.Errorf("the copier was counted: %+v", rec)
	}
	for _, id := range ids {
		if s := f.revealed(copier.Address, id); s != validator.Abstain {
			t.Errorf("the copier has score %d on token %d", s, id)
		}
	}
}

// TestPolicy_Scores pins what each policy submits for an honest, an inflated and a rejected
// evaluation.
func TestPolicy_Scores(t *testing.T) {
	evs := []validator.Evaluation{
		{TokenID: 1, EdgeScore: 6000, Score: 6000},
		{TokenID: 2, EdgeScore: 8000, Score: 6000, Reason: validator.ReasonScoreMismatch},
		{TokenID: 3, EdgeScore: 7000, Score: 0, Reason: validator.ReasonUndecryptable},
	}
	cases := []struct {
		p    validator.Policy
		want []uint16
	}{
		{validator.Honest, []uint16{6000, 6000, 0}},
		{adversary.Lazy, []uint16{6000, 8000, 7000}},
		{adversary.AlwaysHigh, []uint16{10000, 10000, 10000}},
		{adversary.Colluding(map[uint64]uint16{3: 9000, 1: 0}), []uint16{0, 6000, 9000}},
	}
	for _, c := range cases {
		t.Run(c.p.Name(), func(t *testing.T) {
			for i, ev := range evs {
				if got := c.p.Score(ev); got != c.want[i] {
					t.Errorf("token %d: %d; want %d", ev.TokenID, got, c.want[i])
				}
			}
		})
	}
}
