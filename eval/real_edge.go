package eval

import (
	"context"
	"fmt"
	"time"

	"filippo.io/age"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
	"github.com/datpin/datpin/quality"
	"github.com/datpin/datpin/store"
)

// cheatingEdge anchors what the honest agent would refuse: records outside physical limits,
// anonymized, scored, packaged, encrypted to the committee and signed exactly as the agent does
// with the station's development key, but without the input checks.
type cheatingEdge struct {
	sc     *Scenario
	chain  *agent.SuiteChain
	recips []age.Recipient
}

func newCheatingEdge(sc *Scenario) *cheatingEdge {
	c := &cheatingEdge{sc: sc, chain: agent.NewSuiteChain(sc.Suite, sc.Operator)}
	for _, v := range sc.Committee {
		if id, ok := v.Identity.(*age.X25519Identity); ok {
			c.recips = append(c.recips, id.Recipient())
		}
	}
	return c
}

// edgePublic anonymizes records of one station and epoch as the agent does (development keys,
// default epoch length) and returns them with the station's key material and the edge's score.
func edgePublic(station string, epoch uint32, recs []datpin.Record) (*privacy.Anonymizer, []datpin.PublicRecord, quality.Contribution, error) {
	key, err := agent.DevKeys{}.Key(station)
	if err != nil {
		return nil, nil, quality.Contribution{}, err
	}
	anon, err := privacy.NewAnonymizer(privacy.Config{Secret: agent.PseudonymSecret(key), EpochLength: realEpochSeconds})
	if err != nil {
		return nil, nil, quality.Contribution{}, err
	}
	pub, err := anon.Anonymize(epoch, recs)
	if err != nil {
		return nil, nil, quality.Contribution{}, err
	}
	return anon, pub, quality.ScorePackage(pub, epoch, realEpochSeconds), nil
}

// edgeScore is the score the edge gives records of one station and epoch.
func edgeScore(station string, epoch uint32, recs []datpin.Record) (uint16, error) {
	_, _, sc, err := edgePublic(station, epoch, recs)
	return sc.Score, err
}

// anchor anchors a unit's records, one contribution per station and epoch, and returns the tokens.
func (c *cheatingEdge) anchor(ctx context.Context, u *realUnit) ([]uint64, error) {
	groups := map[groupKey][]datpin.Record{}
	var order []groupKey
	for _, r := range u.recs {
		k := keyOf(&r)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], r)
	}
	var toks []uint64
	for _, k := range order {
		id, err := c.anchorOne(ctx, k, groups[k])
		if err != nil {
			return nil, fmt.Errorf("cheating edge, %s unit of %s: %w", u.kind, k.station, err)
		}
		toks = append(toks, id)
	}
	return toks, nil
}

func (c *cheatingEdge) anchorOne(ctx context.Context, k groupKey, recs []datpin.Record) (uint64, error) {
	_, dtype := agent.StationKey(&recs[0])
	anon, pub, score, err := edgePublic(k.station, k.epoch, recs)
	if err != nil {
		return 0, err
	}
	key, _ := agent.DevKeys{}.Key(k.station)
	region := anon.Region(pub)
	if err := agent.Onboard(ctx, c.chain, key, region, dtype, time.Hour); err != nil {
		return 0, fmt.Errorf("onboard: %w", err)
	}
	s := &pack.Sealer{Key: key, Domain: c.chain.DATDomain(), Recipients: c.recips}
	p, err := s.Seal(pack.Manifest{ClassID: c.chain.ClassID(), DeviceType: dtype, Epoch: k.epoch, EpochLength: realEpochSeconds,
		H3Region: region, Score: score.Score, Explanation: score.Explanation}, pub)
	if err != nil {
		return 0, err
	}
	enc, err := p.Encode()
	if err != nil {
		return 0, err
	}
	cid, err := c.sc.Store.Put(ctx, enc)
	if err != nil {
		return 0, err
	}
	digest, err := store.Digest(cid)
	if err != nil {
		return 0, err
	}
	now, err := c.chain.Now(ctx)
	if err != nil {
		return 0, err
	}
	con := p.Manifest.Contribution(digest, now+3600)
	sig, err := pack.SignContribution(key, c.chain.DATDomain(), &con)
	if err != nil {
		return 0, err
	}
	first, _, err := c.chain.Anchor(ctx, []datpin.Contribution{con}, [][]byte{sig[:]})
	if err != nil {
		return 0, fmt.Errorf("anchor: %w", err)
	}
	return first, nil
}
