package zk

import (
	"bytes"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"

	"github.com/datpin/datpin"
)

// Claim is what a proof establishes about a committed batch: for the token, the batch's score is
// at least Threshold and every record lies in Region (an H3 cell).
type Claim struct {
	TokenID   *big.Int
	Threshold uint16
	Region    uint64
}

// Proof is a Groth16 proof in the layout of the Solidity verifier (A, B, C: 256 bytes).
type Proof [256]byte

// Check reports why a batch cannot prove a claim: a threshold above its score (EINVALID), a
// record outside the region or a region that is not an H3 cell (EINVALID).
func (b *Batch) Check(c Claim) error {
	if c.TokenID == nil || c.TokenID.Sign() < 0 || c.TokenID.Cmp(ecc.BN254.ScalarField()) >= 0 {
		return datpin.Errorf(datpin.EINVALID, "zk: token id out of range")
	}
	if s := b.Score(); s < c.Threshold {
		return datpin.Errorf(datpin.EINVALID, "zk: batch scores %d, below the claimed threshold %d", s, c.Threshold)
	}
	res := int(c.Region >> h3ResLo & 15)
	for i, s := range b.Slots {
		if s.Valid && !inRegion(s.Cell, c.Region, res) {
			return datpin.Errorf(datpin.EINVALID, "zk: record %d (cell %x) is outside region %x", i, s.Cell, c.Region)
		}
	}
	return nil
}

// inRegion mirrors the circuit: same mode and base cell, at least the region's resolution and the
// same digits up to it.
func inRegion(cell, region uint64, res int) bool {
	if cell>>h3TopLo != region>>h3TopLo || (cell>>h3BaseLo)&127 != (region>>h3BaseLo)&127 {
		return false
	}
	if int(cell>>h3ResLo&15) < res {
		return false
	}
	for j := 1; j <= res; j++ {
		lo := uint(3 * (15 - j))
		if (cell>>lo)&7 != (region>>lo)&7 {
			return false
		}
	}
	return true
}

// Region returns the finest H3 cell, at resolution maxRes or coarser, that contains every record
// of the batch, and false when there is none (a record without a cell, or cells in different base
// cells).
func (b *Batch) Region(maxRes int) (uint64, bool) {
	var first uint64
	for _, s := range b.Slots {
		if s.Valid {
			if s.Cell == 0 {
				return 0, false
			}
			if first == 0 {
				first = s.Cell
			}
		}
	}
	if first == 0 {
		return 0, false
	}
	if r := int(first >> h3ResLo & 15); r < maxRes {
		maxRes = r
	}
	for res := maxRes; res >= 0; res-- {
		region := parent(first, res)
		ok := true
		for _, s := range b.Slots {
			if s.Valid && !inRegion(s.Cell, region, res) {
				ok = false
				break
			}
		}
		if ok {
			return region, true
		}
	}
	return 0, false
}

// parent is the H3 parent of cell at resolution res: the resolution field set, the finer digits 7.
func parent(cell uint64, res int) uint64 {
	cell = cell&^(15<<h3ResLo) | uint64(res)<<h3ResLo
	for j := res + 1; j <= 15; j++ {
		cell |= 7 << uint(3*(15-j))
	}
	return cell
}

func (b *Batch) assignment(c Claim) *Circuit {
	els := b.elements()
	cm := b.Commit()
	a := &Circuit{
		Commit:    new(big.Int).SetBytes(cm[:]),
		TokenID:   c.TokenID,
		Threshold: c.Threshold,
		Region:    new(big.Int).SetUint64(c.Region),
		Pairs:     make([]frontend.Variable, len(els)-1),
	}
	for i := range a.Pairs {
		a.Pairs[i] = els[i+1].BigInt(new(big.Int))
	}
	return a
}

// Prove proves the claim for the batch with keys of its size. It refuses (EINVALID) a claim the
// batch does not support (Check) before spending the proving time.
func Prove(k *Keys, b *Batch, c Claim) (Proof, error) {
	if k.Size != b.Size {
		return Proof{}, datpin.Errorf(datpin.EINVALID, "zk: keys for %d records, batch of %d", k.Size, b.Size)
	}
	if err := b.Check(c); err != nil {
		return Proof{}, err
	}
	return prove(k, b.assignment(c))
}

func prove(k *Keys, a *Circuit) (Proof, error) {
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		return Proof{}, datpin.Wrap(datpin.EINVALID, err, "zk: witness")
	}
	p, err := groth16.Prove(k.CCS, k.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return Proof{}, datpin.Wrap(datpin.EINVALID, err, "zk: prove")
	}
	var out Proof
	copy(out[:], p.(*groth16bn254.Proof).MarshalSolidity())
	return out, nil
}

// PublicWitness is the public inputs of a claim about a commitment, in the circuit's order.
func PublicWitness(commit [32]byte, c Claim) (witness.Witness, error) {
	a := &Circuit{
		Commit: new(big.Int).SetBytes(commit[:]), TokenID: c.TokenID, Threshold: c.Threshold,
		Region: new(big.Int).SetUint64(c.Region),
	}
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return nil, datpin.Wrap(datpin.EINVALID, err, "zk: public witness")
	}
	return w, nil
}

// Verify checks a proof off chain with the verifying key, as the Solidity verifier does on chain.
func Verify(vk groth16.VerifyingKey, commit [32]byte, c Claim, p Proof) error {
	w, err := PublicWitness(commit, c)
	if err != nil {
		return err
	}
	var proof groth16bn254.Proof
	dec := bn254.NewDecoder(bytes.NewReader(p[:]))
	for _, pt := range []any{&proof.Ar, &proof.Bs, &proof.Krs} {
		if err := dec.Decode(pt); err != nil {
			return datpin.Wrap(datpin.EINVALID, err, "zk: decode proof")
		}
	}
	if err := groth16.Verify(&proof, vk, w, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return datpin.Wrap(datpin.EINVALID, err, "zk: verify")
	}
	return nil
}

// Payload is the proof as DataAnchoringToken.addProof carries it for ZK_ATTEST and the
// ZKAttestVerifier contract decodes it: a 32-byte header (batch size in bits 0..31, threshold in
// 32..47, region in 48..111) followed by the 256-byte proof. The token id and the commitment are
// not in it: the verifier takes them from the token.
func Payload(size int, c Claim, p Proof) []byte {
	h := new(big.Int).SetUint64(c.Region)
	h.Lsh(h, 16).Or(h, big.NewInt(int64(c.Threshold)))
	h.Lsh(h, 32).Or(h, big.NewInt(int64(uint32(size))))
	out := make([]byte, 32+len(p))
	h.FillBytes(out[:32])
	copy(out[32:], p[:])
	return out
}
