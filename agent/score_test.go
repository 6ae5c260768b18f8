package agent

import (
	"os"
	"testing"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/telemetry"
)

// importedBatch parses a G-NetTrack fixture as the import does (the device is the file name)
// and anonymizes it as the edge seals it.
func importedBatch(t *testing.T, name string) ([]datpin.PublicRecord, uint32) {
	t.Helper()
	f, err := os.Open("../quality/testdata/gnettrack/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []datpin.Record
	if _, err := telemetry.ParseGNetTrack(f, name, name, func(r datpin.Record) error {
		recs = append(recs, r)
		return nil
	}, func(e *datpin.RowError) { t.Fatalf("fixture row set aside: %v", e) }); err != nil {
		t.Fatal(err)
	}
	epoch, err := privacy.EpochOf(recs[0].Time, DefaultEpochLength)
	if err != nil {
		t.Fatal(err)
	}
	anon, err := privacy.NewAnonymizer(privacy.Config{Secret: []byte("fixture pseudonym secret, 32 b.")})
	if err != nil {
		t.Fatal(err)
	}
	pub, err := anon.Anonymize(epoch, recs)
	if err != nil {
		t.Fatal(err)
	}
	return pub, epoch
}

// TestScoreBatch_CrowdSessionAsTheValidatorsScoreIt: the edge scores a batch of drive tests as a
// crowd measurement, and a validator that opens the sealed package computes the same score.
func TestScoreBatch_CrowdSessionAsTheValidatorsScoreIt(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	var scores []uint16
	for _, name := range []string{"drive_full.csv", "drive_half.csv"} {
		pub, epoch := importedBatch(t, name)
		edge := scoreBatch(pub, epoch, DefaultEpochLength)
		if edge.Type != quality.CrowdMeasurement {
			t.Fatalf("%s: scored as %v", name, edge.Type)
		}
		s := &pack.Sealer{Key: key, Domain: pack.Domain{ChainID: 31337}, Recipients: []age.Recipient{id.Recipient()}}
		p, err := s.Seal(pack.Manifest{ClassID: 1, DeviceType: datpin.DeviceStation, Epoch: epoch, EpochLength: uint32(DefaultEpochLength), Score: edge.Score}, pub)
		if err != nil {
			t.Fatal(err)
		}
		enc, err := p.Encode()
		if err != nil {
			t.Fatal(err)
		}
		q, err := pack.Decode(enc)
		if err != nil {
			t.Fatal(err)
		}
		opened, err := q.Open(id)
		if err != nil {
			t.Fatal(err)
		}
		// What validator.Validator does with an opened package.
		v := quality.ScoreContribution(datpin.ScoringRecords(opened), quality.EpochWindow(q.Manifest.Epoch, int64(q.Manifest.EpochLength)))
		if v != edge {
			t.Fatalf("%s: validator %+v, edge %+v", name, v, edge)
		}
		scores = append(scores, edge.Score)
	}
	if scores[0] < 4000 || scores[1] >= scores[0] {
		t.Fatalf("full session %d (want at least the default threshold 4000), half of it %d", scores[0], scores[1])
	}
}
