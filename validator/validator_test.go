package validator_test

import (
	"context"
	"slices"
	"testing"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/sim"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/validator"
	"github.com/datpin/datpin/zk"
)

// rig anchors packages built by hand so each check of the validator can be provoked.
type rig struct {
	n     *evmtest.Net
	st    *store.Local
	id    *age.X25519Identity
	other *age.X25519Identity
	op    *evm.Account
	dev   *evm.Account
	epoch uint32
	recs  []datpin.PublicRecord
	score uint16
}

func newRig(t *testing.T) *rig {
	n := evmtest.New(t, evm.DefaultConfig())
	st, err := store.NewLocal(t.TempDir())
	n.Must(err)
	id, err := age.GenerateX25519Identity()
	n.Must(err)
	other, err := age.GenerateX25519Identity()
	n.Must(err)
	r := &rig{n: n, st: st, id: id, other: other, op: evmtest.Account("operator", 0), dev: evmtest.Account("device", 0)}
	n.Onboard(r.op, r.dev, 0x8828308281fffff)
	r.epoch = uint32(n.Now()/86400) - 1
	net, err := sim.Run(sim.Config{Seed: 3, Stations: 4, Devices: 24, Days: 1, StartEpoch: r.epoch})
	n.Must(err)
	var raw []datpin.Record
	for _, b := range net.Records() {
		if !b.Sensor && len(b.Records) > len(raw) {
			raw = b.Records
		}
	}
	anon, err := privacy.NewAnonymizer(privacy.Config{Secret: []byte("device secret, sixteen bytes+")})
	n.Must(err)
	r.recs, err = anon.Anonymize(r.epoch, raw)
	n.Must(err)
	r.score = quality.ScoreContribution(datpin.ScoringRecords(r.recs), quality.Epoch(r.epoch)).Score
	return r
}

// anchor seals the records to recipients with the claimed score, stores the package unless
// skipStore, and anchors the contribution c (after mutate) signed by the device.
func (r *rig) anchor(claimed uint16, recipient age.Recipient, skipStore bool, mutate func(*datpin.Contribution)) uint64 {
	n := r.n
	s := &pack.Sealer{Key: r.dev.Key, Domain: n.Domain(n.Suite.DAT), Recipients: []age.Recipient{recipient}}
	p, err := s.Seal(pack.Manifest{ClassID: n.Suite.ClassID, DeviceType: datpin.DeviceStation, Epoch: r.epoch, Score: claimed}, r.recs)
	n.Must(err)
	enc, err := p.Encode()
	n.Must(err)
	if !skipStore {
		_, err = r.st.Put(context.Background(), enc)
		n.Must(err)
	}
	digest, err := store.Digest(store.CID(enc))
	n.Must(err)
	c := p.Manifest.Contribution(digest, n.Now()+3600)
	if mutate != nil {
		mutate(&c)
	}
	return n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{r.dev}, []datpin.Contribution{c})
}

func TestValidator_Evaluate(t *testing.T) {
	r := newRig(t)
	v := &validator.Validator{Suite: r.n.Suite, Account: evmtest.Account("validator", 0), Identity: r.id, Store: r.st}
	check := func(t *testing.T, id uint64, wantScore uint16, wantReason string) {
		t.Helper()
		ev, err := v.Evaluate(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if ev.Score != wantScore || ev.Reason != wantReason {
			t.Fatalf("evaluation %+v; want score %d reason %q", ev, wantScore, wantReason)
		}
	}
	if r.score == 0 {
		t.Fatal("setup: the generated day scores 0")
	}
	t.Run("OK", func(t *testing.T) {
		check(t, r.anchor(r.score, r.id.Recipient(), false, nil), r.score, validator.ReasonOK)
	})
	t.Run("ErrInflatedEdgeScore", func(t *testing.T) {
		// The device claims a better score than its data earns: the validator scores the data.
		r.recs[0].Time++ // a new root
		r.score = quality.ScoreContribution(datpin.ScoringRecords(r.recs), quality.Epoch(r.epoch)).Score
		check(t, r.anchor(min(r.score+2000, datpin.ScoreMax), r.id.Recipient(), false, nil), r.score, validator.ReasonScoreMismatch)
	})
	t.Run("ErrPackageMissing", func(t *testing.T) {
		r.recs[0].Time++
		check(t, r.anchor(r.score, r.id.Recipient(), true, nil), 0, validator.ReasonMissing)
	})
	t.Run("ErrNotEncryptedToValidator", func(t *testing.T) {
		r.recs[0].Time++
		check(t, r.anchor(r.score, r.other.Recipient(), false, nil), 0, validator.ReasonUndecryptable)
	})
	t.Run("ErrRootMismatch", func(t *testing.T) {
		// The token claims a Merkle root that is not the package's.
		r.recs[0].Time++
		check(t, r.anchor(r.score, r.id.Recipient(), false, func(c *datpin.Contribution) { c.MerkleRoot[0] ^= 1 }), 0, validator.ReasonRootMismatch)
	})
	t.Run("ZKCommitToTheseRecords", func(t *testing.T) {
		r.recs[0].Time++
		_, commit, err := zk.Commit(r.recs)
		r.n.Must(err)
		check(t, r.anchor(r.score, r.id.Recipient(), false, func(c *datpin.Contribution) { c.ZKCommit = commit }), r.score, validator.ReasonOK)
	})
	t.Run("ErrZKCommitToOtherRecords", func(t *testing.T) {
		// A device commits (and could prove) a made-up batch while anchoring another.
		r.recs[0].Time++
		fake := append([]datpin.PublicRecord{}, r.recs...)
		fake[1].RSRPdBm10 += 100
		_, commit, err := zk.Commit(fake)
		r.n.Must(err)
		check(t, r.anchor(r.score, r.id.Recipient(), false, func(c *datpin.Contribution) { c.ZKCommit = commit }), 0, validator.ReasonZKCommit)
	})
}

// TestEvaluateBatch_SimulatedStations anchors a simulated day of stations with one adversary of
// each station kind, every station under its own device key, and evaluates the round: honest
// stations get exactly their edge score, each adversary is rejected with its reason, and a second
// validator evaluating the tokens in the reverse order, with its own key, identity and history,
// agrees token for token.
func TestEvaluateBatch_SimulatedStations(t *testing.T) {
	n := evmtest.New(t, evm.DefaultConfig())
	st, err := store.NewLocal(t.TempDir())
	n.Must(err)
	ids := []*age.X25519Identity{}
	var recips []age.Recipient
	for range 2 {
		id, err := age.GenerateX25519Identity()
		n.Must(err)
		ids, recips = append(ids, id), append(recips, id.Recipient())
	}
	epoch := uint32(n.Now()/86400) - 1
	net, err := sim.Run(sim.Config{Seed: 3, Stations: 10, Devices: 80, Days: 1, StartEpoch: epoch,
		Adversaries: map[sim.Kind]int{sim.LocationSpoof: 1, sim.ClaimInflation: 1, sim.Replay: 1, sim.Sybil: 1}})
	n.Must(err)
	labels := map[string][]sim.Kind{}
	for _, s := range net.GroundTruth().Stations {
		labels[s.ID] = s.Labels
	}
	op := evmtest.Account("operator", 0)
	var devs []*evm.Account
	var cs []datpin.Contribution
	var stations []string
	for _, b := range net.Records() {
		dev := evmtest.Account("station/"+b.ID, 0)
		secret := crypto.Keccak256([]byte("pseudonym secret of " + b.ID))
		anon, err := privacy.NewAnonymizer(privacy.Config{Secret: secret})
		n.Must(err)
		pub, err := anon.Anonymize(b.Epoch, b.Records)
		n.Must(err)
		region := privacy.Region(pub, privacy.DefaultRegionResolution)
		n.Onboard(op, dev, region)
		score := quality.ScoreContribution(datpin.ScoringRecords(pub), quality.Epoch(b.Epoch)).Score
		s := &pack.Sealer{Key: dev.Key, Domain: n.Domain(n.Suite.DAT), Recipients: recips}
		p, err := s.Seal(pack.Manifest{ClassID: n.Suite.ClassID, DeviceType: datpin.DeviceStation, Epoch: b.Epoch, H3Region: region, Score: score}, pub)
		n.Must(err)
		enc, err := p.Encode()
		n.Must(err)
		cid, err := st.Put(context.Background(), enc)
		n.Must(err)
		digest, err := store.Digest(cid)
		n.Must(err)
		devs, cs = append(devs, dev), append(cs, p.Manifest.Contribution(digest, n.Now()+3600))
		stations = append(stations, b.ID)
	}
	first := n.Anchor(evmtest.Account("relayer", 0), devs, cs)
	tokens := evmtest.IDs(first, len(cs))

	v := &validator.Validator{Suite: n.Suite, Account: evmtest.Account("validator", 0), Identity: ids[0], Store: st}
	evs, err := v.EvaluateBatch(context.Background(), tokens)
	n.Must(err)
	want := map[sim.Kind]string{sim.LocationSpoof: validator.ReasonLocation, sim.ClaimInflation: validator.ReasonClaims,
		sim.Replay: validator.ReasonReplay, sim.Sybil: validator.ReasonSybil}
	for i, ev := range evs {
		ls := labels[stations[i]]
		if ev.TokenID != tokens[i] || ev.Records != int(cs[i].RecordCount) {
			t.Fatalf("evaluation %d: %+v", i, ev)
		}
		if len(ls) == 0 {
			if ev.Score != cs[i].Score || ev.Reason != "" || ev.Trust != datpin.ScoreMax {
				t.Errorf("honest %s: %+v, want its edge score %d", stations[i], ev, cs[i].Score)
			}
			continue
		}
		if ev.Score != 0 || ev.Reason != want[ls[0]] {
			t.Errorf("%s (%s): %+v, want rejected for %s", stations[i], ls[0], ev, want[ls[0]])
		}
	}

	w := &validator.Validator{Suite: n.Suite, Account: evmtest.Account("validator", 1), Identity: ids[1], Store: st}
	rev := slices.Clone(tokens)
	slices.Reverse(rev)
	evs2, err := w.EvaluateBatch(context.Background(), rev)
	n.Must(err)
	for i := range rev {
		if evs2[i] != evs[len(evs)-1-i] {
			t.Fatalf("token %d: %+v in reverse order, %+v in order", rev[i], evs2[i], evs[len(evs)-1-i])
		}
	}
}
