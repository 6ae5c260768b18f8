package evm

import (
	"context"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/zkattestverifier"
	"github.com/datpin/datpin/contracts/bindings/zkgroth16verifier"
	"github.com/datpin/datpin/zk"
)

// ProofZKAttest is the DAT's proof type of zero-knowledge attestations, keccak256("ZK_ATTEST").
var ProofZKAttest = [32]byte(crypto.Keccak256([]byte("ZK_ATTEST")))

// ZKKeySetDev is the on-chain label (ZKAttestVerifier.keySet) of the development keys.
const ZKKeySetDev = "dev"

// IsDevChain reports whether a chain id is a local development chain (the embedded chain, 1337,
// and anvil's and Hardhat's default, 31337): the only chains that take development keys unless
// told otherwise.
func IsDevChain(chainID uint64) bool { return chainID == EmbeddedChainID || chainID == 31337 }

// ZKKeys are the verifying keys a deployment's ZK verifiers check proofs against, one per batch
// size, and where they come from.
type ZKKeys struct {
	// Set is ZKKeySetDev or the CID of the ceremony transcript the keys come from; it is stored
	// on chain (ZKAttestVerifier.keySet) and shown by `datpin status`.
	Set  string
	Keys map[int]zk.VerifierKey
	// InsecureAnyChain lets development keys be deployed on a chain that is not a local
	// development chain. Anyone can forge proofs for development keys.
	InsecureAnyChain bool
}

// DevZKKeys are the public development keys of every batch size (zk.DevVerifierKey).
func DevZKKeys() ZKKeys {
	k := ZKKeys{Set: ZKKeySetDev, Keys: map[int]zk.VerifierKey{}}
	for _, n := range append([]int{zk.TestSize}, zk.Sizes...) {
		if vk, ok := zk.DevVerifierKey(n); ok {
			k.Keys[n] = vk
		}
	}
	return k
}

// UsesDevKeys reports whether the keys are, or include, development keys, whatever their label.
func (k ZKKeys) UsesDevKeys() bool {
	if k.Set == ZKKeySetDev {
		return true
	}
	for n, vk := range k.Keys {
		if dv, ok := zk.DevVerifierKey(n); ok && dv.Equal(vk) {
			return true
		}
	}
	return false
}

// CheckZKKeys refuses (EUNAUTHORIZED) development keys on a chain that is not a local
// development chain, unless keys.InsecureAnyChain, and keys with no size.
func CheckZKKeys(chainID uint64, keys ZKKeys) error {
	if len(keys.Keys) == 0 {
		return datpin.Errorf(datpin.EINVALID, "zk: no verifying keys to deploy")
	}
	if keys.UsesDevKeys() && !IsDevChain(chainID) && !keys.InsecureAnyChain {
		return datpin.Errorf(datpin.EUNAUTHORIZED, "zk: refusing the public development keys on chain %d: anyone can forge "+
			"proofs with them; deploy the keys of a ceremony (`datpin deploy --zk-keys DIR`, docs/ZK.md)", chainID)
	}
	return nil
}

// zkKeysKey carries DeployWithZKKeys's keys through Deploy to its ZK step.
type zkKeysKey struct{}

// DeployWithZKKeys is Deploy with the ZK verifiers of the given keys (a ceremony's: see
// zk.Ceremony.VerifierKeys) instead of the development keys. It checks the keys (CheckZKKeys)
// before sending anything. The verifiers are deployed and registered inside Deploy, while the
// deployer still administers the DAT, before the hand-over.
func DeployWithZKKeys(ctx context.Context, c *Chain, admin *Account, cfg Config, keys ZKKeys) (*Suite, error) {
	if err := CheckZKKeys(c.ChainID.Uint64(), keys); err != nil {
		return nil, err
	}
	cfg.ZK = true
	return Deploy(context.WithValue(ctx, zkKeysKey{}, keys), c, admin, cfg)
}

// deployZK is Deploy's ZK step: the keys of DeployWithZKKeys, else the development keys (on
// development chains only).
func deployZK(ctx context.Context, c *Chain, admin *Account, s *Suite) error {
	keys, ok := ctx.Value(zkKeysKey{}).(ZKKeys)
	if !ok {
		keys = DevZKKeys()
	}
	return s.installZK(ctx, admin, keys)
}

// installZK deploys a ZKGroth16Verifier per batch size with its key and the ZKAttestVerifier
// adapter over them (labelled with keys.Set), and registers the adapter as the DAT's ZK_ATTEST
// verifier; admin must still administer the DAT. It checks the keys first (CheckZKKeys).
func (s *Suite) installZK(ctx context.Context, admin *Account, keys ZKKeys) error {
	if err := CheckZKKeys(s.ChainID, keys); err != nil {
		return err
	}
	sizes := slices.Sorted(maps.Keys(keys.Keys))
	abi := zkgroth16verifier.NewZKGroth16Verifier()
	addrs := make([]common.Address, len(sizes))
	sizes32 := make([]uint32, len(sizes))
	for i, n := range sizes {
		vk := keys.Keys[n]
		var words [zk.VerifierKeyWords]*big.Int
		copy(words[:], vk[:])
		code := append(common.FromHex(zkgroth16verifier.ZKGroth16VerifierMetaData.Bin), abi.PackConstructor(words)...)
		r, err := s.Chain.Send(ctx, admin, nil, code, nil)
		if err != nil {
			return err
		}
		addrs[i], sizes32[i] = r.ContractAddress, uint32(n)
	}
	att := zkattestverifier.NewZKAttestVerifier()
	code := append(common.FromHex(zkattestverifier.ZKAttestVerifierMetaData.Bin), att.PackConstructor(sizes32, addrs, keys.Set)...)
	r, err := s.Chain.Send(ctx, admin, nil, code, nil)
	if err != nil {
		return err
	}
	s.ZKVerifier = r.ContractAddress
	_, err = s.Chain.Send(ctx, admin, &s.DAT, s.DATABI.PackSetProofVerifier(ProofZKAttest, s.ZKVerifier), nil)
	return err
}

// ZKDeployment is what a deployment's ZK verifier says about its keys.
type ZKDeployment struct {
	// Keys is "dev" when any size's key is a development key (whatever the label says),
	// "ceremony" otherwise, "none" without a ZK verifier.
	Keys string `json:"keys"`
	// KeySet is the adapter's label: "dev" or the ceremony transcript's CID.
	KeySet string `json:"keySet,omitempty"`
	// Sizes maps each deployed batch size to its verifier's key hash (ZKGroth16Verifier.vkHash).
	Sizes map[int]common.Hash `json:"sizes,omitempty"`
}

// ZKKeyHash is the on-chain hash of a verifying key: keccak256 of its ABI encoding, as
// ZKGroth16Verifier.vkHash.
func ZKKeyHash(vk zk.VerifierKey) common.Hash {
	b := make([]byte, 0, 32*zk.VerifierKeyWords)
	for _, w := range vk {
		b = append(b, common.BigToHash(w).Bytes()...)
	}
	return crypto.Keccak256Hash(b)
}

// ZKKeysInUse reads which keys the suite's ZK verifier uses: its label and, for every known batch
// size, the verifier's key hash, compared with the development keys'.
func (s *Suite) ZKKeysInUse(ctx context.Context) (ZKDeployment, error) {
	if s.ZKVerifier == (common.Address{}) {
		return ZKDeployment{Keys: "none"}, nil
	}
	att := zkattestverifier.NewZKAttestVerifier()
	out, err := s.Chain.Call(ctx, common.Address{}, s.ZKVerifier, att.PackKeySet())
	if err != nil {
		return ZKDeployment{}, err
	}
	d := ZKDeployment{Keys: "ceremony", Sizes: map[int]common.Hash{}}
	if d.KeySet, err = att.UnpackKeySet(out); err != nil {
		return ZKDeployment{}, datpin.Wrap(datpin.EINTERNAL, err, "decode keySet")
	}
	if d.KeySet == ZKKeySetDev {
		d.Keys = "dev"
	}
	v := zkgroth16verifier.NewZKGroth16Verifier()
	for _, n := range append([]int{zk.TestSize}, zk.Sizes...) {
		out, err := s.Chain.Call(ctx, common.Address{}, s.ZKVerifier, att.PackVerifierOf(big.NewInt(int64(n))))
		if err != nil {
			return ZKDeployment{}, err
		}
		addr, err := att.UnpackVerifierOf(out)
		if err != nil {
			return ZKDeployment{}, datpin.Wrap(datpin.EINTERNAL, err, "decode verifierOf")
		}
		if addr == (common.Address{}) {
			continue
		}
		if out, err = s.Chain.Call(ctx, common.Address{}, addr, v.PackVkHash()); err != nil {
			return ZKDeployment{}, err
		}
		h, err := v.UnpackVkHash(out)
		if err != nil {
			return ZKDeployment{}, datpin.Wrap(datpin.EINTERNAL, err, "decode vkHash")
		}
		d.Sizes[n] = h
		if dv, ok := zk.DevVerifierKey(n); ok && ZKKeyHash(dv) == common.Hash(h) {
			d.Keys = "dev"
		}
	}
	return d, nil
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
