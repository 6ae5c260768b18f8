package agent

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/store"
)

// The anchor stage: onboard the devices that are not registered and anchor the stored packages.

// anchorStep anchors up to AnchorBatch stored batches in one transaction.
// Before sending it asks the chain which roots are already anchored (a
// crash between a mined transaction and the outbox commit leaves exactly
// that), and records their tokens instead of anchoring them again.
func (a *Agent) anchorStep(ctx context.Context) (bool, error) {
	now := a.cfg.Now()
	// Count the batches on their way before listing the stored ones, so
	// that a batch stored in between is in the list.
	upstream, err := a.out.Upstream(ctx, now)
	if err != nil {
		return false, err
	}
	bs, err := a.out.Due(ctx, StateStored, now, a.cfg.AnchorBatch)
	if err != nil || len(bs) == 0 {
		return false, err
	}
	if len(bs) < a.cfg.AnchorBatch && upstream > 0 && a.cfg.AnchorLinger > 0 {
		// More batches are on their way: wait a little for a fuller
		// transaction (a transaction per contribution costs more gas).
		if a.lingerSince.IsZero() {
			a.lingerSince = now
		}
		if now.Sub(a.lingerSince) < a.cfg.AnchorLinger {
			return false, nil
		}
	}
	a.lingerSince = time.Time{}
	todo, err := a.settleAnchored(ctx, bs)
	if err != nil {
		return false, err
	}
	// Devices must be registered; onboard them if allowed, the new ones of this group together.
	if err := a.onboardMissing(ctx, todo); err != nil {
		if ctx.Err() != nil {
			return false, nil
		}
		if transient(err) {
			return false, err
		}
		// A contract refusal: onboard them one by one below, so that one bad device does not hold
		// back the others.
		a.log.Warn("batch onboarding refused; onboarding one by one", "err", err)
	}
	ready := todo[:0]
	for _, b := range todo {
		if err := a.ensureDevice(ctx, b); err != nil {
			if ctx.Err() != nil {
				return false, nil
			}
			if transient(err) && !errors.Is(err, ErrNotRegistered) {
				return false, err
			}
			// This station waits (an unregistered one for ever, until the
			// operator onboards it); the others go on.
			a.m.Retries.WithLabelValues("onboard").Inc()
			a.retry(ctx, "anchor", b, err)
			continue
		}
		ready = append(ready, b)
	}
	if len(ready) == 0 {
		return len(todo) < len(bs), nil
	}
	err = a.anchorGroup(ctx, ready)
	if err == nil || ctx.Err() != nil {
		return true, nil
	}
	switch {
	case errors.Is(err, evm.ErrRootAlreadyAnchored):
		// Anchored meanwhile (another relayer, or a transaction of ours that
		// was still pending): the next step records the tokens.
		a.log.Info("root already anchored; re-checking", "err", err)
		return true, nil
	case transient(err):
		for _, b := range ready {
			a.retry(ctx, "anchor", b, err)
		}
		return false, err
	}
	// A contract refusal. Anchor one by one so that one bad contribution
	// does not hold back the others.
	a.log.Warn("anchor refused; anchoring one by one", "batches", len(ready), "err", err)
	for _, b := range ready {
		if len(ready) == 1 {
			a.retry(ctx, "anchor", b, err)
			break
		}
		if err := a.anchorGroup(ctx, []*Batch{b}); err != nil {
			if ctx.Err() != nil {
				return false, nil
			}
			if errors.Is(err, evm.ErrRootAlreadyAnchored) {
				continue
			}
			a.retry(ctx, "anchor", b, err)
			if transient(err) {
				return false, err
			}
		}
	}
	return true, nil
}

// settleAnchored records the tokens of batches whose root is already on
// chain and returns the others. Only batches that an anchor transaction
// may have carried (Sent) can be on chain unbeknownst to the outbox: the
// contribution signature that anchoring needs is made just before sending.
func (a *Agent) settleAnchored(ctx context.Context, bs []*Batch) ([]*Batch, error) {
	var done []Anchored
	var todo []*Batch
	for _, b := range bs {
		if !b.Sent {
			todo = append(todo, b)
			continue
		}
		tok, err := a.cfg.Chain.TokenOfDeviceRoot(ctx, b.Device, b.Root)
		if err != nil {
			return nil, err
		}
		if tok != 0 {
			done = append(done, Anchored{ID: b.ID, Token: tok})
			continue
		}
		todo = append(todo, b)
	}
	if len(done) > 0 {
		if err := a.out.MarkAnchored(context.WithoutCancel(ctx), done); err != nil {
			return nil, err
		}
		a.log.Info("found anchored on chain", "batches", len(done))
		a.m.Batches.WithLabelValues(StateAnchored.String()).Add(float64(len(done)))
		a.m.Anchored.Add(float64(len(done)))
		a.anchored.Add(int64(len(done)))
		a.changed()
	}
	return todo, nil
}

// anchorGroup signs and anchors batches in one transaction and records
// their tokens.
func (a *Agent) anchorGroup(ctx context.Context, bs []*Batch) error {
	start := time.Now()
	now, err := a.cfg.Chain.Now(ctx)
	if err != nil {
		return err
	}
	deadline := now + uint64(a.cfg.Deadline/time.Second)
	dom := a.cfg.Chain.DATDomain()
	cs := make([]datpin.Contribution, len(bs))
	sigs := make([][]byte, len(bs))
	for i, b := range bs {
		key, err := a.cfg.Keys.Key(b.Station)
		if err != nil {
			return err
		}
		digest, err := store.Digest(b.CID)
		if err != nil {
			return err
		}
		cs[i] = datpin.Contribution{
			ClassID: a.cfg.Chain.ClassID(), Device: b.Device, Epoch: b.Epoch, H3Cell: b.Region,
			RecordCount: uint32(b.Records), MerkleRoot: b.Root, CIDDigest: digest, Score: b.Score, Deadline: deadline,
		}
		// The commitment was decided when the batch was packaged; it is signed with the rest.
		if z, err := a.out.ZK(ctx, b.ID); err == nil {
			cs[i].ZKCommit = z.Commit
		} else if datpin.ErrorCode(err) != datpin.ENOTFOUND {
			return err
		}
		sig, err := pack.SignContribution(key, dom, &cs[i])
		if err != nil {
			return err
		}
		sigs[i] = sig[:]
	}
	// Record the intent first: after a crash from here on, the roots are
	// looked up on chain before anything is sent again.
	ids := make([]int64, len(bs))
	for i, b := range bs {
		ids[i] = b.ID
	}
	if err := a.out.MarkSent(ctx, ids); err != nil {
		return err
	}
	first, tx, err := a.cfg.Chain.Anchor(ctx, cs, sigs)
	if err != nil {
		return err
	}
	as := make([]Anchored, len(bs))
	for i, b := range bs {
		as[i] = Anchored{ID: b.ID, Token: first + uint64(i), Tx: tx}
	}
	// The transaction is mined: record it even if we are shutting down.
	if err := a.out.MarkAnchored(context.WithoutCancel(ctx), as); err != nil {
		return err
	}
	a.m.AnchorTxs.Inc()
	a.m.Anchored.Add(float64(len(bs)))
	a.txs.Add(1)
	a.anchored.Add(int64(len(bs)))
	a.m.Batches.WithLabelValues(StateAnchored.String()).Add(float64(len(bs)))
	a.m.StageSeconds.WithLabelValues("anchor").Observe(time.Since(start).Seconds())
	a.log.Info("anchored", "contributions", len(bs), "firstToken", first, "tx", tx)
	kick(a.kickProve)
	a.changed()
	return nil
}

// ensureDevice checks that the batch's device is registered, onboarding it
// from the operator account if AutoOnboard is set.
func (a *Agent) ensureDevice(ctx context.Context, b *Batch) error {
	if ok, err := a.out.Registered(ctx, b.Station); err != nil || ok {
		return err
	}
	op, _, err := a.cfg.Chain.DeviceStatus(ctx, b.Device)
	if err != nil {
		return err
	}
	if op != ([20]byte{}) {
		if op != a.cfg.Chain.Operator() {
			a.log.Warn("station is registered to another operator; its tokens go there", "station", b.Station, "operator", hex.EncodeToString(op[:]))
		}
		return a.out.MarkRegistered(ctx, b.Station, b.Device)
	}
	if !a.cfg.AutoOnboard {
		return datpin.Wrap(datpin.ENOTFOUND, ErrNotRegistered, "station %s (device 0x%x): onboard it with `datpin onboard`", b.Station, b.Device)
	}
	key, err := a.cfg.Keys.Key(b.Station)
	if err != nil {
		return err
	}
	if err := Onboard(ctx, a.cfg.Chain, key, b.Region, b.DeviceType, a.cfg.Deadline); err != nil {
		return err
	}
	a.m.Onboarded.Inc()
	a.onboarded.Add(1)
	a.log.Info("onboarded", "station", b.Station, "device", fmt.Sprintf("0x%x", b.Device), "cell", fmt.Sprintf("%x", b.Region))
	return a.out.MarkRegistered(context.WithoutCancel(ctx), b.Station, b.Device)
}

// onboardChunk is the most devices one onboardMany transaction registers (about 55k gas each,
// against 98k for a transaction of its own).
const onboardChunk = 100

// onboardMissing registers, with onboardMany, the devices of bs that are neither known to be
// registered nor registered on chain, when AutoOnboard is set: a fleet's first anchors cost one
// onboarding transaction instead of one per station. A lone new device, and whatever this skips
// (a missing key, another operator's device), is left to ensureDevice.
func (a *Agent) onboardMissing(ctx context.Context, bs []*Batch) error {
	if !a.cfg.AutoOnboard || len(bs) < 2 {
		return nil
	}
	type pending struct {
		station string
		device  [20]byte
		cell    uint64
	}
	var (
		items []evm.Onboarding
		who   []pending
		seen  = map[string]bool{}
	)
	now, err := a.cfg.Chain.Now(ctx)
	if err != nil {
		return err
	}
	for _, b := range bs {
		if seen[b.Station] {
			continue
		}
		seen[b.Station] = true
		if ok, err := a.out.Registered(ctx, b.Station); err != nil || ok {
			if err != nil {
				return err
			}
			continue
		}
		op, _, err := a.cfg.Chain.DeviceStatus(ctx, b.Device)
		if err != nil {
			return err
		}
		if op != ([20]byte{}) {
			continue
		}
		key, err := a.cfg.Keys.Key(b.Station)
		if err != nil {
			continue
		}
		o := &pack.Onboard{Device: crypto.PubkeyToAddress(key.PublicKey), Operator: a.cfg.Chain.Operator(), H3Cell: b.Region,
			DeviceType: b.DeviceType, Deadline: now + uint64(a.cfg.Deadline/time.Second)}
		sig, err := pack.SignOnboard(key, a.cfg.Chain.RegistryDomain(), o)
		if err != nil {
			return err
		}
		items = append(items, evm.Onboarding{Device: o.Device, H3Cell: o.H3Cell, DeviceType: o.DeviceType, Deadline: o.Deadline, Sig: sig[:]})
		who = append(who, pending{b.Station, o.Device, o.H3Cell})
	}
	if len(items) < 2 {
		return nil
	}
	for i := 0; i < len(items); i += onboardChunk {
		j := min(i+onboardChunk, len(items))
		if err := a.cfg.Chain.OnboardMany(ctx, items[i:j]); err != nil {
			return err
		}
		for _, p := range who[i:j] {
			if err := a.out.MarkRegistered(context.WithoutCancel(ctx), p.station, p.device); err != nil {
				return err
			}
			a.log.Info("onboarded", "station", p.station, "device", fmt.Sprintf("0x%x", p.device), "cell", fmt.Sprintf("%x", p.cell))
		}
		a.m.Onboarded.Add(float64(j - i))
		a.onboarded.Add(int64(j - i))
	}
	return nil
}

// Onboard registers the device of key under the chain's operator, at H3
// cell (the region of a station), with the device's EIP-712 Onboard
// signature valid for validity after the chain's current time. A device
// already registered (DeviceAlreadyRegistered) is not an error.
func Onboard(ctx context.Context, c Chain, k *ecdsa.PrivateKey, cell uint64, t datpin.DeviceType, validity time.Duration) error {
	now, err := c.Now(ctx)
	if err != nil {
		return err
	}
	o := &pack.Onboard{
		Device: crypto.PubkeyToAddress(k.PublicKey), Operator: c.Operator(), H3Cell: cell, DeviceType: t,
		Deadline: now + uint64(validity/time.Second),
	}
	sig, err := pack.SignOnboard(k, c.RegistryDomain(), o)
	if err != nil {
		return err
	}
	err = c.Onboard(ctx, o.Device, o.H3Cell, o.DeviceType, o.Deadline, sig[:])
	if errors.Is(err, evm.ErrDeviceAlreadyRegistered) {
		return nil
	}
	return err
}

// Unregistered returns the stations of the given batches whose devices are
// not registered on chain, with their addresses (hex), so that a caller can
// ask the operator to onboard them before anchoring. Batches not packaged
// yet have no device address: their station key gives it.
func (a *Agent) Unregistered(ctx context.Context, bs []*Batch) (map[string]string, error) {
	out := map[string]string{}
	seen := map[string]bool{}
	for _, b := range bs {
		if seen[b.Station] || b.State >= StateAnchored {
			continue
		}
		seen[b.Station] = true
		if ok, err := a.out.Registered(ctx, b.Station); err != nil {
			return nil, err
		} else if ok {
			continue
		}
		key, err := a.cfg.Keys.Key(b.Station)
		if err != nil {
			return nil, err
		}
		addr := crypto.PubkeyToAddress(key.PublicKey)
		op, _, err := a.cfg.Chain.DeviceStatus(ctx, addr)
		if err != nil {
			return nil, err
		}
		if op == ([20]byte{}) {
			out[b.Station] = addr.Hex()
		} else if err := a.out.MarkRegistered(ctx, b.Station, addr); err != nil {
			return nil, err
		}
	}
	return out, nil
}
