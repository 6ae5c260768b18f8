package agent

import (
	"context"
	"sync"
	"time"

	"github.com/datpin/datpin"
)

// The store stage: put the packages in the content store.

// storeStep puts the packages of the packaged batches that are due, and
// records the stored ones in one transaction.
func (a *Agent) storeStep(ctx context.Context) (bool, error) {
	bs, err := a.out.Due(ctx, StatePackaged, a.cfg.Now(), 4*DefaultStoreParallel)
	if err != nil || len(bs) == 0 {
		return false, err
	}
	start := time.Now()
	errs := make([]error, len(bs))
	sem := make(chan struct{}, DefaultStoreParallel)
	var wg sync.WaitGroup
	for i, b := range bs {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			errs[i] = a.storeBatch(ctx, b)
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		return false, nil
	}
	var ids []int64
	var outage error
	for i, b := range bs {
		switch err := errs[i]; {
		case err == nil:
			ids = append(ids, b.ID)
		case datpin.ErrorCode(err) == datpin.EINVALID:
			a.fail(ctx, b, err)
		default:
			a.retry(ctx, "store", b, err)
			if transient(err) {
				outage = err
			}
		}
	}
	if len(ids) > 0 {
		if err := a.out.MarkStoredAll(context.WithoutCancel(ctx), ids); err != nil {
			return false, err
		}
		a.m.Batches.WithLabelValues(StateStored.String()).Add(float64(len(ids)))
		per := time.Since(start).Seconds() / float64(len(bs))
		for range ids {
			a.m.StageSeconds.WithLabelValues("store").Observe(per)
		}
		kick(a.kickAnchor)
		a.changed()
	}
	return outage == nil, outage
}

func (a *Agent) storeBatch(ctx context.Context, b *Batch) error {
	pkg, err := a.out.Package(ctx, b.ID)
	if err != nil {
		return err
	}
	cid, err := a.cfg.Store.Put(ctx, pkg)
	if err != nil {
		return err
	}
	if cid != b.CID {
		return datpin.Errorf(datpin.EINVALID, "store returned CID %s for package %s", cid, b.CID)
	}
	return nil
}
