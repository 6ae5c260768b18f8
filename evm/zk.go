package evm

import (
	"context"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/zkattestverifier"
	"github.com/datpin/datpin/contracts/bindings/zkbatchverifier1024"
	"github.com/datpin/datpin/contracts/bindings/zkbatchverifier256"
	"github.com/datpin/datpin/contracts/bindings/zkbatchverifier4096"
	"github.com/datpin/datpin/contracts/bindings/zkbatchverifier8"
)

// ProofZKAttest is the DAT's proof type of zero-knowledge attestations, keccak256("ZK_ATTEST").
var ProofZKAttest = [32]byte(crypto.Keccak256([]byte("ZK_ATTEST")))

// zkVerifierBins are the Groth16 verifiers of the batch sizes the suite accepts (package zk's
// TestSize and Sizes), generated from the development keys.
var zkVerifierBins = []struct {
	size uint32
	bin  string
}{
	{8, zkbatchverifier8.ZKBatchVerifier8MetaData.Bin},
	{256, zkbatchverifier256.ZKBatchVerifier256MetaData.Bin},
	{1024, zkbatchverifier1024.ZKBatchVerifier1024MetaData.Bin},
	{4096, zkbatchverifier4096.ZKBatchVerifier4096MetaData.Bin},
}

// deployZK deploys a verifier per batch size and the ZKAttestVerifier adapter over them, and
// registers the adapter as the DAT's ZK_ATTEST verifier.
func deployZK(ctx context.Context, c *Chain, admin *Account, s *Suite) error {
	sizes := make([]uint32, len(zkVerifierBins))
	addrs := make([]common.Address, len(zkVerifierBins))
	for i, v := range zkVerifierBins {
		r, err := c.Send(ctx, admin, nil, common.FromHex(v.bin), nil)
		if err != nil {
			return err
		}
		sizes[i], addrs[i] = v.size, r.ContractAddress
	}
	abi := zkattestverifier.NewZKAttestVerifier()
	code := append(common.FromHex(zkattestverifier.ZKAttestVerifierMetaData.Bin), abi.PackConstructor(sizes, addrs)...)
	r, err := c.Send(ctx, admin, nil, code, nil)
	if err != nil {
		return err
	}
	s.ZKVerifier = r.ContractAddress
	_, err = c.Send(ctx, admin, &s.DAT, s.DATABI.PackSetProofVerifier(ProofZKAttest, s.ZKVerifier), nil)
	return err
}

// AddZKProof submits a ZK_ATTEST proof payload (zk.Payload) for a token. Anyone may submit it;
// the DAT checks it against the token's id and zkCommit and reverts with InvalidProof
// (EUNAUTHORIZED) when it does not verify.
func (s *Suite) AddZKProof(ctx context.Context, from *Account, tokenID uint64, payload []byte) (*types.Receipt, error) {
	return s.send(ctx, from, s.DAT, s.DATABI.PackAddProof(u64(tokenID), ProofZKAttest, "", payload), nil)
}

// ProvenThreshold is the highest threshold a verified ZK_ATTEST proof established for the token.
func (s *Suite) ProvenThreshold(ctx context.Context, tokenID uint64) (uint16, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.DAT, s.DATABI.PackProvenThreshold(u64(tokenID)))
	if err != nil {
		return 0, err
	}
	th, err := s.DATABI.UnpackProvenThreshold(out)
	if err != nil {
		return 0, datpin.Wrap(datpin.EINTERNAL, err, "decode provenThreshold")
	}
	return th, nil
}

// HasZKProof reports whether a ZK_ATTEST proof was added to the token.
func (s *Suite) HasZKProof(ctx context.Context, tokenID uint64) (bool, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.DAT, s.DATABI.PackHasProof(u64(tokenID), ProofZKAttest))
	if err != nil {
		return false, err
	}
	ok, err := s.DATABI.UnpackHasProof(out)
	if err != nil {
		return false, datpin.Wrap(datpin.EINTERNAL, err, "decode hasProof")
	}
	return ok, nil
}

// ZKVerifyGas is the gas the adapter's verifyProof spends on a payload for a token with a
// commitment, as an eth_estimateGas of the view call (the DAT's addProof adds its own storage).
func (s *Suite) ZKVerifyGas(ctx context.Context, tokenID uint64, commit [32]byte, payload []byte) (uint64, bool, error) {
	abi := zkattestverifier.NewZKAttestVerifier()
	data := abi.PackVerifyProof(u64(tokenID), commit, payload)
	gas, err := s.Chain.Client.EstimateGas(ctx, ethereum.CallMsg{To: &s.ZKVerifier, Data: data})
	if err != nil {
		return 0, false, datpin.Wrap(datpin.EUNAVAILABLE, err, "estimate verifyProof")
	}
	out, err := s.Chain.Call(ctx, common.Address{}, s.ZKVerifier, data)
	if err != nil {
		return 0, false, err
	}
	res, err := abi.UnpackVerifyProof(out)
	if err != nil {
		return 0, false, datpin.Wrap(datpin.EINTERNAL, err, "decode verifyProof")
	}
	return gas, res.Ok, nil
}
