package market

import (
	"context"
	"log/slog"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/store"
)

// DownloadOptions configures a buyer's download of a purchase.
type DownloadOptions struct {
	Suite *evm.Suite
	Store datpin.ContentStore
	// Identities unwrap the bundle's keys: the identity of the recipient the purchase named.
	Identities []age.Identity
	Manifest   *Manifest // the listing's manifest, as bought
	Purchase   uint64
	Interval   time.Duration // how often to poll for the delivery (default 2 s)
	// Progress, if set, is told of each stage: "waiting" (done 0, total 1) while the purchase is
	// paid and not delivered, then "verifying" per package.
	Progress func(stage string, done, total int)
	Log      *slog.Logger
}

// TokenDownload is one delivered package as the buyer received and checked it.
type TokenDownload struct {
	TokenID  uint64 `json:"tokenId"`
	CID      string `json:"cid"`
	Device   string `json:"device"`
	Epoch    uint32 `json:"epoch"`
	Records  uint32 `json:"records"`  // as anchored
	Verified int    `json:"verified"` // records that verified against the anchored Merkle root
	Error    string `json:"error,omitempty"`

	records []datpin.PublicRecord
}

// DownloadResult is a verified download: what was delivered and what verified.
type DownloadResult struct {
	Purchase uint64          `json:"purchase"`
	Listing  uint64          `json:"listing"`
	Gateway  string          `json:"gateway"`
	Bundle   string          `json:"bundle"`
	Tokens   []TokenDownload `json:"tokens"`
	Records  uint64          `json:"records"`    // anchored records of the delivered tokens
	Verified uint64          `json:"verified"`   // records that verified
	Failed   uint64          `json:"unverified"` // records that did not (their tokens carry the error)
	// VerifySeconds is the time spent fetching, decrypting and verifying the packages.
	VerifySeconds float64 `json:"verifySeconds"`
}

// WaitDelivered polls a purchase until it is delivered. A refunded purchase is ECONFLICT; one
// still paid past its deadline is EEXPIRED (its buyer may take the escrow back).
func WaitDelivered(ctx context.Context, s *evm.Suite, purchase uint64, interval time.Duration, progress func(string, int, int)) (evm.MarketPurchase, error) {
	if interval <= 0 {
		interval = 2 * time.Second
	}
	for {
		p, err := s.PurchaseOf(ctx, purchase)
		if err != nil {
			return p, err
		}
		switch p.State {
		case evm.PurchaseDelivered:
			return p, nil
		case evm.PurchaseRefunded:
			return p, datpin.Errorf(datpin.ECONFLICT, "purchase %d was refunded", purchase)
		}
		now, err := s.Chain.Now(ctx)
		if err != nil {
			return p, err
		}
		if uint64(now.Unix()) > p.Deadline {
			return p, datpin.Errorf(datpin.EEXPIRED, "purchase %d was not delivered by its deadline (%s): its buyer may take the escrow back",
				purchase, time.Unix(int64(p.Deadline), 0).UTC().Format(time.RFC3339))
		}
		if progress != nil {
			progress("waiting", 0, 1)
		}
		select {
		case <-ctx.Done():
			return p, datpin.Wrap(datpin.EUNAVAILABLE, ctx.Err(), "waiting for the delivery of purchase %d", purchase)
		case <-time.After(interval):
		}
	}
}

// Download waits for a purchase's delivery, fetches its bundle and every delivered package by
// CID, unwraps each data key with the buyer's identity, decrypts, and verifies every record
// against its token's Merkle root as anchored on chain. The bundle must cover exactly what the
// purchase delivered (its entries give the purchase's sold root). A package that cannot be
// fetched, opened or verified is reported on its token; its records count as unverified, and
// Download then returns the result together with an EINVALID error.
func Download(ctx context.Context, o DownloadOptions) (*DownloadResult, error) {
	s := o.Suite
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Progress == nil {
		o.Progress = func(string, int, int) {}
	}
	if o.Manifest == nil || len(o.Identities) == 0 || o.Store == nil {
		return nil, datpin.Errorf(datpin.EINVALID, "download needs the manifest, the buyer's identity and a store")
	}
	p, err := WaitDelivered(ctx, s, o.Purchase, o.Interval, o.Progress)
	if err != nil {
		return nil, err
	}
	l, err := s.ListingOf(ctx, p.ListingId)
	if err != nil {
		return nil, err
	}
	if err := CheckListing(o.Manifest, l); err != nil {
		return nil, err
	}
	res := &DownloadResult{Purchase: o.Purchase, Listing: p.ListingId, Gateway: p.Gateway.Hex(), Bundle: store.CIDFromDigest(p.BundleCid)}
	raw, err := o.Store.Get(ctx, res.Bundle)
	if err != nil {
		return nil, err
	}
	b, err := ParseBundle(raw)
	if err != nil {
		return nil, err
	}
	if b.Purchase != o.Purchase || crypto.Keccak256Hash([]byte(b.Recipient)) != p.RecipientHash {
		return nil, datpin.Errorf(datpin.EINVALID, "bundle %s is for purchase %d and another recipient, not purchase %d's", res.Bundle, b.Purchase, o.Purchase)
	}
	keys, err := deliveredKeys(ctx, s, o.Purchase, p, o.Manifest, b)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	dom := datDomain(s)
	for i, k := range keys {
		t := verifyPackage(ctx, s, o.Store, dom, k, o.Identities)
		res.Records += uint64(t.Records)
		res.Verified += uint64(t.Verified)
		if t.Error != "" {
			res.Failed += uint64(t.Records) - uint64(t.Verified)
			o.Log.Warn("package did not verify", "token", t.TokenID, "cid", t.CID, "err", t.Error)
		}
		res.Tokens = append(res.Tokens, t)
		o.Progress("verifying", i+1, len(keys))
	}
	res.VerifySeconds = time.Since(start).Seconds()
	if res.Failed > 0 {
		bad := 0
		for _, t := range res.Tokens {
			if t.Error != "" {
				bad++
			}
		}
		return res, datpin.Errorf(datpin.EINVALID, "%d records of %d tokens did not verify against the chain", res.Failed, bad)
	}
	return res, nil
}

// deliveredKeys returns the bundle's keys of the entries the purchase delivered, after checking
// that they are manifest entries and give the purchase's (post-delivery) sold root: the bundle
// covers what was paid for, no more and no less.
func deliveredKeys(ctx context.Context, s *evm.Suite, purchase uint64, p evm.MarketPurchase, m *Manifest, b *Bundle) ([]BundleKey, error) {
	excluded, err := s.PurchaseExclusions(ctx, purchase)
	if err != nil {
		return nil, err
	}
	out := make(map[uint64]bool, len(excluded))
	for _, id := range excluded {
		out[id] = true
	}
	var keys []BundleKey
	var leaves [][32]byte
	for _, k := range b.Keys {
		if k.Index >= uint64(len(m.Entries)) {
			return nil, datpin.Errorf(datpin.EINVALID, "bundle names manifest entry %d of %d", k.Index, len(m.Entries))
		}
		me := m.Entries[k.Index]
		if me.TokenID != k.TokenID || me.Units != k.Units || me.CID != k.CID {
			return nil, datpin.Errorf(datpin.EINVALID, "bundle's entry %d (token %d) differs from the manifest's", k.Index, k.TokenID)
		}
		if out[k.TokenID] {
			continue // dropped at delivery: not paid for
		}
		keys = append(keys, k)
		leaves = append(leaves, Leaf(int(k.Index), Entry{TokenID: k.TokenID, Units: k.Units}))
	}
	if uint64(len(keys)) != uint64(p.Tokens) || (len(leaves) > 0 && NewTree(leaves).Root() != p.SoldRoot) {
		return nil, datpin.Errorf(datpin.EINVALID, "the bundle's keys do not cover the %d entries purchase %d delivered", p.Tokens, purchase)
	}
	return keys, nil
}

// verifyPackage fetches, opens and verifies one delivered package.
func verifyPackage(ctx context.Context, s *evm.Suite, cs datpin.ContentStore, dom pack.Domain, k BundleKey, ids []age.Identity) TokenDownload {
	t := TokenDownload{TokenID: k.TokenID, CID: k.CID}
	c, err := ContributionOf(ctx, s, k.TokenID)
	if err != nil {
		t.Error = datpin.ErrorMessage(err)
		return t
	}
	t.Device, t.Epoch, t.Records = c.Device.Hex(), c.Epoch, c.RecordCount
	fail := func(err error) TokenDownload {
		t.Error = datpin.ErrorMessage(err)
		t.Verified = 0
		return t
	}
	if store.CIDFromDigest(c.CIDDigest) != k.CID {
		return fail(datpin.Errorf(datpin.EINVALID, "the bundle's CID is not the one anchored"))
	}
	raw, err := cs.Get(ctx, k.CID)
	if err != nil {
		return fail(err)
	}
	pkg, err := pack.Decode(raw)
	if err != nil {
		return fail(err)
	}
	if err := pkg.Verify(dom); err != nil {
		return fail(err)
	}
	if pkg.Manifest.MerkleRoot != c.MerkleRoot || pkg.Manifest.RecordCount != c.RecordCount || pkg.Manifest.Station != c.Device {
		return fail(datpin.Errorf(datpin.EINVALID, "the package's manifest is not the anchored contribution"))
	}
	dk, err := pack.UnwrapDataKey(k.Key, ids...)
	if err != nil {
		return fail(err)
	}
	// OpenWithKey decrypts, re-hashes every record into its Merkle leaf and compares the root
	// with the package's, which is the anchored one (checked above): a record that is not the
	// one anchored changes the root, and the whole package fails.
	recs, err := pkg.OpenWithKey(dk)
	if err != nil {
		return fail(err)
	}
	leaves, err := pack.Leaves(recs)
	if err != nil {
		return fail(err)
	}
	if uint32(len(recs)) != c.RecordCount || pack.Root(leaves) != c.MerkleRoot {
		return fail(datpin.Errorf(datpin.EINVALID, "the records do not give the anchored Merkle root"))
	}
	t.Verified, t.records = len(recs), recs
	return t
}
