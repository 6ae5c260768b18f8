// Package datpin turns the data of decentralized wireless networks into
// quality-scored, on-chain Data Anchoring Tokens (ERC-8028) and pays
// contributors by the value that independent validators agree it has.
//
// The root package holds the domain: the types exchanged between stages
// (records, scores, contributions, evaluations) and the small interfaces
// that the subpackages implement. It imports only the standard library.
//
// Stages, in the order a record travels:
//
//	telemetry  parse device and station data (G-NetTrack CSV, JSONL)
//	quality    score it with pure, deterministic integer maths
//	privacy    pseudonymize ids, coarsen positions to H3 cells, suppress small groups
//	pack       canonical encoding, Merkle tree, manifest, EIP-712 signature, encryption
//	store      content-addressed storage (local or IPFS Kubo), CIDv1
//	evm        the contracts on an embedded or JSON-RPC chain
//	agent      the edge agent: exactly-once anchoring through a durable outbox
//	validator  re-evaluation, cross-verification, commit and reveal
package datpin

// ScoreMax is the top of every score scale in datpin: scores are integers in
// basis points, 0..10000, so that every validator reproduces them bit for bit.
const ScoreMax = 10000
