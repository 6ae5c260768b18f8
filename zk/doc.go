// Package zk proves facts about a contribution's records without showing them: a Groth16 proof on
// BN254 (gnark) that a committed batch's radio quality score is at least a threshold and that every
// record lies in an H3 region. docs/ZK.md states the circuit, the commitment, the padding rules,
// what a proof means on chain (an attestation; it never raises the agreed score) and the key
// ceremony.
//
// Edge side, before signing the contribution and after anchoring it:
//
//	b, commit, err := zk.Commit(pub)             // pub: the batch's public records, in package order
//	c.ZKCommit = commit                          // signed with the contribution
//	keys, err := zk.LoadCeremonyKeys(dir, b.Size) // a finalized ceremony's keys (zk.DevKeys on dev chains)
//	region, _ := b.Region(7)
//	claim := zk.Claim{TokenID: tokenID, Threshold: b.Score(), Region: region}
//	proof, err := zk.Prove(keys, b, claim)
//	payload := zk.Payload(b.Size, claim, proof)  // DataAnchoringToken.addProof(tokenId, ZK_ATTEST, "", payload)
//
// Validators check that a token's zkCommit is zk.Commit of the records they decrypted.
//
// Batch sizes are fixed (Sizes, and TestSize for tests); a batch is padded to the smallest that
// holds it. Development keys are deterministic and public: anyone can forge proofs with them.
// Real keys come from a multi-party ceremony (Ceremony: InitCeremony, Contribute, ClosePhase1,
// Finalize, Verify), sound if one contributor was honest; SolidityKey turns a verifying key into
// the constructor arguments of the on-chain verifier.
package zk

import "github.com/consensys/gnark/logger"

// gnark logs every compilation and proof; datpin reports what it does itself.
func init() { logger.Disable() }
