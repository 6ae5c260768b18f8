package evm

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	dat "github.com/datpin/datpin/contracts/bindings/dataanchoringtoken"
	"github.com/datpin/datpin/contracts/bindings/deviceregistry"
)

func u64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// send is Chain.Send to a suite contract.
func (s *Suite) send(ctx context.Context, from *Account, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	return s.Chain.Send(ctx, from, &to, data, value)
}

// Onboard registers device under operator with the device's Onboard signature.
func (s *Suite) Onboard(ctx context.Context, operator *Account, device common.Address, h3Cell uint64, deviceType datpin.DeviceType, deadline uint64, sig []byte) error {
	_, err := s.send(ctx, operator, s.Registry, s.RegistryABI.PackOnboard(device, h3Cell, uint8(deviceType), deadline, sig), nil)
	return err
}

// Onboarding is one device's onboarding in OnboardMany.
type Onboarding struct {
	Device     common.Address
	H3Cell     uint64
	DeviceType datpin.DeviceType
	Deadline   uint64
	Sig        []byte
}

// OnboardMany registers a fleet under operator in one transaction (the contract's onboardMany):
// devices already registered to operator are skipped, so a retried batch succeeds.
func (s *Suite) OnboardMany(ctx context.Context, operator *Account, items []Onboarding) error {
	bs := make([]deviceregistry.DeviceRegistryOnboarding, len(items))
	for i, o := range items {
		bs[i] = deviceregistry.DeviceRegistryOnboarding{Device: o.Device, H3Cell: o.H3Cell, DeviceType: uint8(o.DeviceType), Deadline: o.Deadline, Signature: o.Sig}
	}
	_, err := s.send(ctx, operator, s.Registry, s.RegistryABI.PackOnboardMany(bs), nil)
	return err
}

// ToBinding converts a domain contribution to the ABI struct.
func ToBinding(c *datpin.Contribution) dat.Contribution {
	return dat.Contribution{
		ClassId: c.ClassID, Device: c.Device, Epoch: c.Epoch, H3Cell: c.H3Cell, RecordCount: c.RecordCount,
		MerkleRoot: c.MerkleRoot, CidDigest: c.CIDDigest, Score: c.Score, ZkCommit: c.ZKCommit, Deadline: c.Deadline,
	}
}

// Anchor relays device-signed contributions in one transaction and returns the first token id and
// the receipt. Tokens are numbered consecutively in the order given.
func (s *Suite) Anchor(ctx context.Context, relayer *Account, cs []datpin.Contribution, sigs [][]byte) (uint64, *types.Receipt, error) {
	bs := make([]dat.Contribution, len(cs))
	for i := range cs {
		bs[i] = ToBinding(&cs[i])
	}
	r, err := s.send(ctx, relayer, s.DAT, s.DATABI.PackAnchor(bs, sigs), nil)
	if err != nil {
		return 0, r, err
	}
	for _, l := range r.Logs {
		if ev, err := s.DATABI.UnpackContributionAnchoredEvent(l); err == nil {
			return ev.TokenId.Uint64(), r, nil
		}
	}
	return 0, r, datpin.Errorf(datpin.EINTERNAL, "anchor receipt has no ContributionAnchored event")
}

// TokenOfRoot returns the first token that anchored a Merkle root, from any device (0 if none).
func (s *Suite) TokenOfRoot(ctx context.Context, root [32]byte) (uint64, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.DAT, s.DATABI.PackTokenOfRoot(root))
	if err != nil {
		return 0, err
	}
	v, err := s.DATABI.UnpackTokenOfRoot(out)
	if err != nil {
		return 0, datpin.Wrap(datpin.EINTERNAL, err, "decode tokenOfRoot")
	}
	return v.Uint64(), nil
}

// TokenOfDeviceRoot returns the token device anchored root with (0 if none). Unlike TokenOfRoot
// it is not fooled by another device anchoring a copy of the same root first.
func (s *Suite) TokenOfDeviceRoot(ctx context.Context, device common.Address, root [32]byte) (uint64, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.DAT, s.DATABI.PackTokenOfDeviceRoot(device, root))
	if err != nil {
		return 0, err
	}
	v, err := s.DATABI.UnpackTokenOfDeviceRoot(out)
	if err != nil {
		return 0, datpin.Wrap(datpin.EINTERNAL, err, "decode tokenOfDeviceRoot")
	}
	return v.Uint64(), nil
}

// TokenCount returns the number of tokens minted.
func (s *Suite) TokenCount(ctx context.Context) (uint64, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.DAT, s.DATABI.PackTokenCount())
	if err != nil {
		return 0, err
	}
	v, err := s.DATABI.UnpackTokenCount(out)
	if err != nil {
		return 0, datpin.Wrap(datpin.EINTERNAL, err, "decode tokenCount")
	}
	return v.Uint64(), nil
}

// TokenInfo is the on-chain state of one token.
type TokenInfo struct {
	ID         uint64
	Owner      common.Address
	Status     datpin.Status
	Value      *big.Int
	ShareRatio *big.Int
	ExpireAt   uint64
	Contrib    dat.ContributionOfOutput
}

// TokenState reads a token's state.
func (s *Suite) TokenState(ctx context.Context, id uint64) (*TokenInfo, error) {
	call := func(data []byte) ([]byte, error) { return s.Chain.Call(ctx, common.Address{}, s.DAT, data) }
	out, err := call(s.DATABI.PackContributionOf(u64(id)))
	if err != nil {
		return nil, err
	}
	c, err := s.DATABI.UnpackContributionOf(out)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode contributionOf")
	}
	t := &TokenInfo{ID: id, Status: datpin.Status(c.Status), Contrib: c}
	if out, err = call(s.DATABI.PackOwnerOf(u64(id))); err != nil {
		return nil, err
	}
	if t.Owner, err = s.DATABI.UnpackOwnerOf(out); err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode ownerOf")
	}
	if out, err = call(s.DATABI.PackValueOf(u64(id))); err != nil {
		return nil, err
	}
	if t.Value, err = s.DATABI.UnpackValueOf(out); err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode valueOf")
	}
	if out, err = call(s.DATABI.PackShareRatioOf(u64(id))); err != nil {
		return nil, err
	}
	if t.ShareRatio, err = s.DATABI.UnpackShareRatioOf(out); err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode shareRatioOf")
	}
	if out, err = call(s.DATABI.PackExpireAtOf(u64(id))); err != nil {
		return nil, err
	}
	if t.ExpireAt, err = s.DATABI.UnpackExpireAtOf(out); err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode expireAtOf")
	}
	return t, nil
}

// Commitment computes a validator's commitment exactly as the oracle does.
func (s *Suite) Commitment(round uint64, validator common.Address, startTokenID uint64, scores []uint16, salt [32]byte) [32]byte {
	enc, err := commitArgs.Pack(s.Chain.ChainID, s.Oracle, u64(round), validator, u64(startTokenID), PackScores(scores), salt)
	if err != nil {
		panic(err) // the argument types are fixed
	}
	return [32]byte(crypto.Keccak256(enc))
}

// PackScores encodes scores as the oracle takes them: one big-endian uint16 per token.
func PackScores(scores []uint16) []byte {
	b := make([]byte, 2*len(scores))
	for i, v := range scores {
		b[2*i], b[2*i+1] = byte(v>>8), byte(v)
	}
	return b
}

// UnpackScores decodes PackScores (a trailing odd byte is ignored).
func UnpackScores(b []byte) []uint16 {
	out := make([]uint16, len(b)/2)
	for i := range out {
		out[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return out
}

// Commit submits a commitment for round.
func (s *Suite) Commit(ctx context.Context, v *Account, round uint64, commitment [32]byte) error {
	_, err := s.send(ctx, v, s.Oracle, s.OracleABI.PackCommit(u64(round), commitment), nil)
	return err
}

// Reveal reveals scores for tokens startTokenID.. of round.
func (s *Suite) Reveal(ctx context.Context, v *Account, round, startTokenID uint64, scores []uint16, salt [32]byte) error {
	_, err := s.send(ctx, v, s.Oracle, s.OracleABI.PackReveal(u64(round), u64(startTokenID), PackScores(scores), salt), nil)
	return err
}

// Finalize finalizes tokens whose reveal window has closed.
func (s *Suite) Finalize(ctx context.Context, from *Account, ids []uint64) (*types.Receipt, error) {
	bs := make([]*big.Int, len(ids))
	for i, id := range ids {
		bs[i] = u64(id)
	}
	return s.send(ctx, from, s.Oracle, s.OracleABI.PackFinalize(bs), nil)
}

// Windows returns when a round's commit window opens, its reveal window opens and closes.
func (s *Suite) Windows(ctx context.Context, round uint64) (commitOpens, revealOpens, revealCloses uint64, err error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.Oracle, s.OracleABI.PackWindows(u64(round)))
	if err != nil {
		return 0, 0, 0, err
	}
	w, err := s.OracleABI.UnpackWindows(out)
	if err != nil {
		return 0, 0, 0, datpin.Wrap(datpin.EINTERNAL, err, "decode windows")
	}
	return w.CommitOpens.Uint64(), w.RevealOpens.Uint64(), w.RevealCloses.Uint64(), nil
}

// RoundAt returns the evaluation round of a timestamp.
func (s *Suite) RoundAt(ctx context.Context, ts uint64) (uint64, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.Oracle, s.OracleABI.PackRoundAt(u64(ts)))
	if err != nil {
		return 0, err
	}
	v, err := s.OracleABI.UnpackRoundAt(out)
	if err != nil {
		return 0, datpin.Wrap(datpin.EINTERNAL, err, "decode roundAt")
	}
	return v.Uint64(), nil
}

// MintToken mints network tokens (development chains; admin holds the minter role).
func (s *Suite) MintToken(ctx context.Context, admin *Account, to common.Address, amount *big.Int) error {
	_, err := s.send(ctx, admin, s.Token, s.TokenABI.PackMint(to, amount), nil)
	return err
}

// RegisterValidator approves and stakes `stake` network tokens from v.
func (s *Suite) RegisterValidator(ctx context.Context, v *Account, stake *big.Int) error {
	if _, err := s.send(ctx, v, s.Token, s.TokenABI.PackApprove(s.Oracle, stake), nil); err != nil {
		return err
	}
	_, err := s.send(ctx, v, s.Oracle, s.OracleABI.PackRegister(stake), nil)
	return err
}

// SettleEpoch settles an epoch's emission into the class.
func (s *Suite) SettleEpoch(ctx context.Context, from *Account, epoch uint64) (*types.Receipt, error) {
	return s.send(ctx, from, s.Rewards, s.RewardsABI.PackSettleEpoch(u64(epoch)), nil)
}

// EpochNow returns the reward epoch in progress on the chain's clock.
func (s *Suite) EpochNow(ctx context.Context) (uint64, error) {
	now, err := s.Chain.Now(ctx)
	if err != nil {
		return 0, err
	}
	out, err := s.Chain.Call(ctx, common.Address{}, s.Rewards, s.RewardsABI.PackEpochAt(big.NewInt(now.Unix())))
	if err != nil {
		return 0, err
	}
	v, err := s.RewardsABI.UnpackEpochAt(out)
	if err != nil {
		return 0, datpin.Wrap(datpin.EINTERNAL, err, "decode epochAt")
	}
	return v.Uint64(), nil
}

// IsAlreadySettled reports whether err is Rewards refusing an epoch that was settled before
// (the DAT settles every ended epoch itself when the next token of its class is finalized).
func IsAlreadySettled(err error) bool { return errors.Is(err, ErrEpochAlreadySettled) }

// PendingRevenue returns a token's unclaimed revenue in asset (zero address for ETH).
func (s *Suite) PendingRevenue(ctx context.Context, id uint64, asset common.Address) (*big.Int, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.DAT, s.DATABI.PackPendingRevenue(u64(id), asset))
	if err != nil {
		return nil, err
	}
	v, err := s.DATABI.UnpackPendingRevenue(out)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode pendingRevenue")
	}
	return v, nil
}

// ClaimMany claims one asset for many tokens of holder, paid to `to`.
func (s *Suite) ClaimMany(ctx context.Context, holder *Account, ids []uint64, asset, to common.Address) (*types.Receipt, error) {
	bs := make([]*big.Int, len(ids))
	for i, id := range ids {
		bs[i] = u64(id)
	}
	return s.send(ctx, holder, s.DAT, s.DATABI.PackClaimMany(bs, asset, to), nil)
}

// TokenBalance returns the network-token balance of a.
func (s *Suite) TokenBalance(ctx context.Context, a common.Address) (*big.Int, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.Token, s.TokenABI.PackBalanceOf(a))
	if err != nil {
		return nil, err
	}
	v, err := s.TokenABI.UnpackBalanceOf(out)
	if err != nil {
		return nil, datpin.Wrap(datpin.EINTERNAL, err, "decode balanceOf")
	}
	return v, nil
}

// Verdict is the oracle's decision on one token, as DataAnchoringToken.settleEvaluations takes it.
type Verdict struct {
	TokenId    *big.Int
	Score      uint16
	Accepted   bool
	Reason     uint8 // 1 below threshold, 2 no quorum
	Value      uint64
	ShareRatio uint64
}

// Rejection reason codes of a Verdict.
const (
	ReasonBelowThreshold = 1
	ReasonNoQuorum       = 2
)

// PackVerdicts packs verdicts into settleEvaluations' words: token id (bits 0..63), score
// (64..79), accepted (bit 80), reason (88..95), value (96..151), shareRatio (152..207). Value and
// shareRatio saturate at 2^56-1, the widths the token stores.
func PackVerdicts(vs ...Verdict) []*big.Int {
	const max56 = 1<<56 - 1
	out := make([]*big.Int, len(vs))
	for i, v := range vs {
		w := new(big.Int).Set(v.TokenId)
		w.Or(w, new(big.Int).Lsh(big.NewInt(int64(v.Score)), 64))
		if v.Accepted {
			w.SetBit(w, 80, 1)
		}
		w.Or(w, new(big.Int).Lsh(big.NewInt(int64(v.Reason)), 88))
		w.Or(w, new(big.Int).Lsh(new(big.Int).SetUint64(min(v.Value, max56)), 96))
		w.Or(w, new(big.Int).Lsh(new(big.Int).SetUint64(min(v.ShareRatio, max56)), 152))
		out[i] = w
	}
	return out
}
