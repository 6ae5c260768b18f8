// Package validator re-evaluates anchored contributions and submits scores to the quality oracle.
//
// For each Pending token a Validator fetches the package by its CID, checks that the bytes match
// the on-chain digest, that the manifest's Merkle root, record count and device match the token,
// that the device signed the package, decrypts it with the validator's age identity, re-scores the
// records with package quality and compares with the edge's tentative score. The score it submits
// is the re-computed one; a contribution that fails a check scores 0 with a machine-readable
// reason. Scores of a round are committed in one batch and revealed in the reveal window.
package validator
