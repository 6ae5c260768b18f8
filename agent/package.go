package agent

import (
	"context"
	"crypto/ecdsa"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/store"
)

// The package stage: seal the batches whose epoch is over, then anonymize, score and package them.

// sealStep seals the open batches whose epoch is over.
func (a *Agent) sealStep(ctx context.Context) (bool, error) {
	n, err := a.out.SealDue(ctx, a.cfg.Now(), a.cfg.SealAfter)
	if err != nil {
		return false, err
	}
	if n > 0 {
		a.m.Batches.WithLabelValues(StateSealed.String()).Add(float64(n))
		a.log.Debug("sealed batches", "n", n)
		kick(a.kickPackage)
		a.changed()
	}
	return false, nil // sealing is driven by time: poll
}

// packageStep packages the sealed batches that are due, Workers at a time,
// and records the packages in one transaction.
func (a *Agent) packageStep(ctx context.Context) (bool, error) {
	bs, err := a.out.Due(ctx, StateSealed, a.cfg.Now(), 4*a.cfg.Workers)
	if err != nil || len(bs) == 0 {
		return false, err
	}
	start := time.Now()
	ps := make([]*Packaged, len(bs))
	errs := make([]error, len(bs))
	sem := make(chan struct{}, a.cfg.Workers)
	var wg sync.WaitGroup
	for i, b := range bs {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			ps[i], errs[i] = a.packageBatch(ctx, b)
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		return false, nil
	}
	var ids []int64
	var done []*Packaged
	for i, b := range bs {
		switch err := errs[i]; {
		case err != nil && datpin.ErrorCode(err) == datpin.EINVALID:
			a.fail(ctx, b, err)
		case err != nil:
			a.retry(ctx, "package", b, err)
		default:
			ids, done = append(ids, b.ID), append(done, ps[i])
		}
	}
	if len(ids) == 0 {
		return true, nil
	}
	if err := a.out.MarkPackagedAll(context.WithoutCancel(ctx), ids, done); err != nil {
		return false, err
	}
	a.m.Batches.WithLabelValues(StatePackaged.String()).Add(float64(len(ids)))
	per := time.Since(start).Seconds() / float64(len(bs))
	for i, b := range bs {
		if errs[i] == nil {
			a.m.StageSeconds.WithLabelValues("package").Observe(per)
			a.log.Debug("packaged", "batch", b.ID, "station", b.Station, "epoch", b.Epoch, "records", b.Records, "cid", ps[i].CID)
		}
	}
	kick(a.kickStore)
	a.changed()
	return true, nil
}

// packageBatch scores, anonymizes, encodes, signs and encrypts a sealed
// batch. It does not touch the chain or the store.
func (a *Agent) packageBatch(ctx context.Context, b *Batch) (*Packaged, error) {
	key, anon, pub, err := a.anonymize(ctx, b)
	if err != nil {
		return nil, err
	}
	// Scored after anonymization, on what validators will see.
	sc := scoreBatch(pub, b.Epoch, b.EpochLength)
	region := publicRegion(anon, pub, b.DeviceType, a.cfg.K)
	s := &pack.Sealer{Key: key, Domain: a.cfg.Chain.DATDomain(), Recipients: a.cfg.Recipients}
	p, err := s.Seal(pack.Manifest{
		ClassID: a.cfg.Chain.ClassID(), DeviceType: b.DeviceType, Epoch: b.Epoch, EpochLength: uint32(b.EpochLength),
		H3Region: region, Score: sc.Score, Explanation: sc.Explanation,
	}, pub)
	if err != nil {
		return nil, err
	}
	enc, err := p.Encode()
	if err != nil {
		return nil, err
	}
	return &Packaged{
		Device: crypto.PubkeyToAddress(key.PublicKey), Score: sc.Score, Explanation: sc.Explanation, Region: region,
		Root: p.Manifest.MerkleRoot, CID: store.CID(enc), Package: enc, ZK: a.zkCommit(pub, region),
	}, nil
}

// anonymize returns a batch's station key, its anonymizer and its public records. The same
// batch always gives the same public records (pseudonyms and cells are deterministic).
func (a *Agent) anonymize(ctx context.Context, b *Batch) (*ecdsa.PrivateKey, *privacy.Anonymizer, []datpin.PublicRecord, error) {
	key, err := a.cfg.Keys.Key(b.Station)
	if err != nil {
		return nil, nil, nil, err
	}
	recs, err := a.out.Records(ctx, b.ID)
	if err != nil {
		return nil, nil, nil, err
	}
	if len(recs) == 0 {
		return nil, nil, nil, datpin.Errorf(datpin.EINVALID, "batch %d has no records", b.ID)
	}
	anon, err := privacy.NewAnonymizer(privacy.Config{Secret: PseudonymSecret(key), EpochLength: b.EpochLength, K: a.cfg.K})
	if err != nil {
		return nil, nil, nil, err
	}
	pub, err := anon.Anonymize(b.Epoch, recs)
	if err != nil {
		return nil, nil, nil, err
	}
	return key, anon, pub, nil
}

// publicRegion is the region a batch shows in the clear. A station or a
// sensor is fixed infrastructure whose place is registered anyway; a
// handset's batch shows its region only if the region passes privacy's
// k-anonymity (privacy.KAnonymous: at least k distinct pseudonyms share it),
// so that the clear manifest never places a lone person.
func publicRegion(anon *privacy.Anonymizer, pub []datpin.PublicRecord, t datpin.DeviceType, k int) uint64 {
	if t == datpin.DeviceStation {
		// A station's place is where its heartbeats say it stands, not where the handsets it
		// served were: validators check the one against the other.
		var hb []datpin.PublicRecord
		for i := range pub {
			if pub[i].Kind == datpin.KindHeartbeat && pub[i].H3Cell != 0 {
				hb = append(hb, pub[i])
			}
		}
		if len(hb) > 0 {
			return anon.Region(hb)
		}
	}
	region := anon.Region(pub)
	if t != datpin.DeviceHandset || region == 0 {
		return region
	}
	// The records in the region, coarsened to it: one group, the region, whose pseudonyms
	// KAnonymous counts (a pseudonym's consecutive records once).
	res := anon.Config().RegionResolution
	var in []datpin.PublicRecord
	for i := range pub {
		if privacy.Parent(pub[i].H3Cell, res) == region && (len(in) == 0 || in[len(in)-1].Pseudonym != pub[i].Pseudonym) {
			in = append(in, datpin.PublicRecord{H3Cell: region, Pseudonym: pub[i].Pseudonym})
		}
	}
	groups, _, err := privacy.KAnonymous(in, privacy.ByCell, k)
	if err != nil || len(groups) != 1 {
		return 0
	}
	return region
}
