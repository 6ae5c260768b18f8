package validator_test

import (
	"context"
	"testing"

	"filippo.io/age"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/demo"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/store"
	"github.com/datpin/datpin/validator"
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
	stn := demo.Generate(1, 3)[0]
	raw := stn.Day(r.epoch, 600, 3)
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
}
