// Package store keeps packages under their content address: a CIDv1 with
// the raw codec and a sha2-256 multihash, so that the 32-byte digest the
// chain stores (cidDigest) names the same bytes everywhere.
//
// Two implementations of datpin.ContentStore give the same CID for the same
// bytes:
//
//	local, err := store.NewLocal(dir)                        // a directory of block files
//	kubo, err := store.NewKubo("http://127.0.0.1:5001")      // an IPFS Kubo daemon
//	cid, err := kubo.Put(ctx, pkg)                           // pinned
//	d, err := store.Digest(cid)                              // the on-chain cidDigest
//
// Both check what they read: Get never returns bytes that do not hash to
// the CID asked for (EINVALID instead). CIDs must be in canonical form
// ("bafkrei…"); other spellings are EINVALID.
//
// Local writes through a temporary file, fsync and rename, so a crash
// leaves either no block or a whole one. Kubo talks to the daemon's RPC
// API, which has admin rights over the node: keep it on loopback or behind
// authentication (set Kubo.Authorization). A daemon that is down gives
// EUNAVAILABLE; retry later. Build a Kubo binary with scripts/kubo.sh.
package store
