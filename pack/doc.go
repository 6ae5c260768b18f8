// Package pack turns a batch of public records into one signed, encrypted,
// content-addressable package, and back.
//
// A device seals a batch:
//
//	s := &pack.Sealer{Key: deviceKey, Domain: datDomain, Recipients: committee}
//	p, err := s.Seal(pack.Manifest{ClassID: 1, DeviceType: datpin.DeviceHandset,
//		Epoch: epoch, H3Region: region, Score: score, Explanation: why}, records)
//	b, err := p.Encode()       // store b; its CID's digest goes on chain
//	c := p.Manifest.Contribution(sha256.Sum256(b), deadline)
//	sig, err := pack.SignContribution(deviceKey, datDomain, &c)
//
// and a validator reads it back:
//
//	p, err := pack.Decode(b)   // strict; the manifest is readable now
//	err = p.Verify(datDomain)  // the station signed it
//	records, err := p.Open(validatorIdentity) // decrypted, checked against the root
//
// # Record encoding
//
// A record is encoded in a fixed-width big-endian layout: a version byte, the
// one-byte enums (kind, mode, flags, quantity), then every integer at a fixed
// offset (time, pseudonym, H3 cell, fifteen int32 measurements, the sensor
// value), and last the station and cell ids with one-byte lengths; see the
// constants in record.go. It is
//
//   - deterministic: one record has exactly one encoding, and the decoder
//     refuses every other byte string, so hashes of records are well defined;
//   - fast: an encoder is a few stores into a pre-sized buffer, with no
//     reflection, maps or allocation;
//   - unambiguous: no field can be read as another, and a truncated or
//     padded record is an error;
//   - cheap to re-hash in a SNARK: numeric fields sit at fixed offsets, so a
//     circuit can pick them without parsing, and the strings come last.
//
// A batch's record stream is a uint32 count followed by the records.
//
// # Merkle tree
//
// Leaves are keccak256(keccak256(record)), in record order; an inner node is
// keccak256 of its two children, the smaller first; an odd last node moves
// up unchanged; one leaf is its own root. Proofs verify with OpenZeppelin's
// MerkleProof.verify and DataAnchoringToken.verifyRecord, which takes the
// record hash keccak256(record).
//
// # Signatures
//
// Contribution and Onboard are signed by EIP-712 with the domain {name
// "datpin", version "1", chainId, verifyingContract}; signatures are r ‖ s ‖
// v with v 27 or 28. The package carries the device's signature of the
// off-chain type PackageTypeString over its manifest and ciphertext: it
// cannot carry the Contribution signature, which covers the package's own
// digest.
//
// # Encryption
//
// The record stream is compressed (DEFLATE) and encrypted with age to every
// recipient. Encryption is randomized, so sealing the same batch twice gives
// different packages with different CIDs but the same Merkle root.
package pack
