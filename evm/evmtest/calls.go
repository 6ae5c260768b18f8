package evmtest

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
)

// Send sends a transaction from `from` to `to` and waits for it. A revert is returned as the
// decoded *datpin.Error; the receipt is non-nil when the transaction was mined.
func (n *Net) Send(from *evm.Account, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	return n.Chain.Send(n.Ctx, from, &to, data, value)
}

// MustSend is Send that fails the test on error.
func (n *Net) MustSend(from *evm.Account, to common.Address, data []byte, value *big.Int) *types.Receipt {
	n.T.Helper()
	r, err := n.Send(from, to, data, value)
	if err != nil {
		n.T.Fatalf("send to %s: %v", to, err)
	}
	return r
}

// Call runs a read-only call from the zero address.
func (n *Net) Call(to common.Address, data []byte) ([]byte, error) {
	return n.Chain.Call(n.Ctx, common.Address{}, to, data)
}

// CallFrom runs a read-only call from `from`.
func (n *Net) CallFrom(from, to common.Address, data []byte) ([]byte, error) {
	return n.Chain.Call(n.Ctx, from, to, data)
}

// MustCall is Call that fails the test on error.
func (n *Net) MustCall(to common.Address, data []byte) []byte {
	n.T.Helper()
	out, err := n.Call(to, data)
	if err != nil {
		n.T.Fatalf("call %s: %v", to, err)
	}
	return out
}

// Deploy deploys a contract from `from` with the creation code bin (hex) and the packed
// constructor arguments.
func (n *Net) Deploy(from *evm.Account, bin string, ctor []byte) common.Address {
	n.T.Helper()
	code := append(common.FromHex(bin), ctor...)
	r, err := n.Chain.Send(n.Ctx, from, nil, code, nil)
	if err != nil {
		n.T.Fatalf("deploy: %v", err)
	}
	return r.ContractAddress
}

// Unpack decodes a call result, failing the test on error.
func Unpack[T any](tb testing.TB, out []byte, unpack func([]byte) (T, error)) T {
	tb.Helper()
	v, err := unpack(out)
	if err != nil {
		tb.Fatalf("decode: %v", err)
	}
	return v
}

// Read calls `to` with data and decodes the result with unpack.
func Read[T any](n *Net, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	n.T.Helper()
	return Unpack(n.T, n.MustCall(to, data), unpack)
}

// Events returns the logs of r that unpack decodes (logs of other events are skipped).
func Events[T any](r *types.Receipt, unpack func(*types.Log) (T, error)) []T {
	var out []T
	if r == nil {
		return nil
	}
	for _, l := range r.Logs {
		if v, err := unpack(l); err == nil {
			out = append(out, v)
		}
	}
	return out
}

// ExpectRevert fails the test unless err is a revert with the custom error `name` mapped to the
// datpin error code `code` (code "" skips the code check).
func ExpectRevert(tb testing.TB, err error, name, code string) {
	tb.Helper()
	if err == nil {
		tb.Fatalf("succeeded; want revert %s", name)
	}
	if got := evm.RevertName(err); got != name {
		tb.Fatalf("reverted with %q (%v); want %s", got, err, name)
	}
	if code != "" {
		if got := datpin.ErrorCode(err); got != code {
			tb.Fatalf("%s has code %q; want %q", name, got, code)
		}
	}
}

// BlockTime returns the timestamp of the block that included r.
func (n *Net) BlockTime(r *types.Receipt) uint64 {
	n.T.Helper()
	h, err := n.Chain.Client.HeaderByNumber(n.Ctx, r.BlockNumber)
	n.Must(err)
	return h.Time
}

// ETH returns the ETH balance of a.
func (n *Net) ETH(a common.Address) *big.Int {
	n.T.Helper()
	b, err := n.Chain.Balance(n.Ctx, a)
	n.Must(err)
	return b
}

// ERC20Balance returns the balance of `who` in any ERC-20 `token`.
func (n *Net) ERC20Balance(token, who common.Address) *big.Int {
	n.T.Helper()
	return Read(n, token, n.Suite.TokenABI.PackBalanceOf(who), n.Suite.TokenABI.UnpackBalanceOf)
}

// Approve approves spender for amount of any ERC-20 token from owner.
func (n *Net) Approve(owner *evm.Account, token, spender common.Address, amount *big.Int) {
	n.T.Helper()
	n.MustSend(owner, token, n.Suite.TokenABI.PackApprove(spender, amount), nil)
}

// GrantRole grants an AccessControl role on any suite contract from the admin.
func (n *Net) GrantRole(contract common.Address, role [32]byte, who common.Address) {
	n.T.Helper()
	n.MustSend(n.Admin, contract, n.Suite.DATABI.PackGrantRole(role, who), nil)
}

// Minter returns Account("admin", 1) holding the DAT's MINTER_ROLE (granted on first use).
func (n *Net) Minter() *evm.Account {
	n.T.Helper()
	m := Account("admin", 1)
	has := Read(n, n.Suite.DAT, n.Suite.DATABI.PackHasRole(evm.RoleMinter, m.Address), n.Suite.DATABI.UnpackHasRole)
	if !has {
		n.GrantRole(n.Suite.DAT, evm.RoleMinter, m.Address)
	}
	return m
}

// Mint mints a generic ERC-8028 token from the minter and returns its id.
func (n *Net) Mint(classID uint64, to common.Address, value, share int64, expireAt uint64) uint64 {
	n.T.Helper()
	r := n.MustSend(n.Minter(), n.Suite.DAT, n.Suite.DATABI.PackMint(U(classID), to, big.NewInt(value), big.NewInt(share), expireAt), nil)
	ev := Events(r, n.Suite.DATABI.UnpackMintedEvent)
	if len(ev) != 1 {
		n.T.Fatalf("mint: %d Minted events", len(ev))
	}
	return ev[0].TokenId.Uint64()
}

// CreateClass creates a class from the admin and returns its id.
func (n *Net) CreateClass(uri string, erc20 common.Address) uint64 {
	n.T.Helper()
	r := n.MustSend(n.Admin, n.Suite.DAT, n.Suite.DATABI.PackCreateClass(uri, [32]byte{}, 0, ""), nil)
	ev := Events(r, n.Suite.DATABI.UnpackClassCreatedEvent)
	if len(ev) != 1 {
		n.T.Fatalf("createClass: %d ClassCreated events", len(ev))
	}
	id := ev[0].ClassId.Uint64()
	if erc20 != (common.Address{}) {
		n.MustSend(n.Admin, n.Suite.DAT, n.Suite.DATABI.PackConfigureClass(U(id), 0, erc20), nil)
	}
	return id
}

// ClassState reads a class's revenue state.
func (n *Net) ClassState(classID uint64) (totalShare, accEth, accErc20 *big.Int, snapshots uint64) {
	n.T.Helper()
	st := Read(n, n.Suite.DAT, n.Suite.DATABI.PackClassState(U(classID)), n.Suite.DATABI.UnpackClassState)
	return st.TotalShare, st.AccEth, st.AccErc20, st.Snapshots.Uint64()
}

// Pending reads a token's pending revenue in asset.
func (n *Net) Pending(id uint64, asset common.Address) *big.Int {
	n.T.Helper()
	p, err := n.Suite.PendingRevenue(n.Ctx, id, asset)
	n.Must(err)
	return p
}

// Value reads a token's value.
func (n *Net) Value(id uint64) *big.Int {
	n.T.Helper()
	return Read(n, n.Suite.DAT, n.Suite.DATABI.PackValueOf(U(id)), n.Suite.DATABI.UnpackValueOf)
}

// Owner reads a token's owner.
func (n *Net) Owner(id uint64) common.Address {
	n.T.Helper()
	return Read(n, n.Suite.DAT, n.Suite.DATABI.PackOwnerOf(U(id)), n.Suite.DATABI.UnpackOwnerOf)
}

// SettleETH settles amount wei of ETH revenue into a class from `from`.
func (n *Net) SettleETH(from *evm.Account, classID uint64, amount *big.Int) (*types.Receipt, error) {
	return n.Send(from, n.Suite.DAT, n.Suite.DATABI.PackSettleRevenueETH(U(classID)), amount)
}

// SettleERC20 approves and settles amount of an ERC-20 into a class from `from`.
func (n *Net) SettleERC20(from *evm.Account, classID uint64, asset common.Address, amount *big.Int) (*types.Receipt, error) {
	n.T.Helper()
	n.Approve(from, asset, n.Suite.DAT, amount)
	return n.Send(from, n.Suite.DAT, n.Suite.DATABI.PackSettleRevenueERC20(U(classID), asset, amount), nil)
}

// Claim claims a token's revenue in asset, paid to `to`.
func (n *Net) Claim(from *evm.Account, id uint64, asset, to common.Address) (*types.Receipt, error) {
	return n.Send(from, n.Suite.DAT, n.Suite.DATABI.PackClaim(U(id), asset, to), nil)
}

// SignDigest signs an EIP-712 digest (r ‖ s ‖ v, v 27/28).
func (n *Net) SignDigest(key *ecdsa.PrivateKey, digest [32]byte) []byte {
	n.T.Helper()
	sig, err := pack.SignDigest(key, digest)
	n.Must(err)
	return sig[:]
}

// ProofDigest is the EIP-712 digest of the DAT's Proof(tokenId, proofType, uriHash, merkleRoot).
func (n *Net) ProofDigest(dat common.Address, tokenID uint64, proofType [32]byte, uri string, merkleRoot [32]byte) [32]byte {
	th := crypto.Keccak256([]byte("Proof(uint256 tokenId,bytes32 proofType,bytes32 uriHash,bytes32 merkleRoot)"))
	enc := append([]byte{}, th...)
	enc = append(enc, common.LeftPadBytes(U(tokenID).Bytes(), 32)...)
	enc = append(enc, proofType[:]...)
	enc = append(enc, crypto.Keccak256([]byte(uri))...)
	enc = append(enc, merkleRoot[:]...)
	return n.Domain(dat).Digest([32]byte(crypto.Keccak256(enc)))
}

// MoveDigest is the EIP-712 digest of the registry's Move(device, h3Cell, nonce, deadline).
func (n *Net) MoveDigest(device common.Address, cell, nonce, deadline uint64) [32]byte {
	th := crypto.Keccak256([]byte("Move(address device,uint64 h3Cell,uint64 nonce,uint64 deadline)"))
	enc := append([]byte{}, th...)
	enc = append(enc, common.LeftPadBytes(device[:], 32)...)
	enc = append(enc, common.LeftPadBytes(U(cell).Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(U(nonce).Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(U(deadline).Bytes(), 32)...)
	return n.Domain(n.Suite.Registry).Digest([32]byte(crypto.Keccak256(enc)))
}

// U converts a uint64 to a *big.Int.
func U(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// Big parses a decimal integer, panicking on malformed input (test constants only).
func Big(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("evmtest: bad integer " + s)
	}
	return v
}

// ExpireAt returns a token's end of window (0 = never; the DAT rounds each up to an hour boundary).
func (n *Net) ExpireAt(id uint64) uint64 {
	n.T.Helper()
	return Read(n, n.Suite.DAT, n.Suite.DATABI.PackExpireAtOf(U(id)), n.Suite.DATABI.UnpackExpireAtOf)
}

// PastExpiry moves the chain's clock to the end of the tokens' windows (the latest expireAt),
// where they stop counting.
func (n *Net) PastExpiry(ids ...uint64) {
	n.T.Helper()
	var last uint64
	for _, id := range ids {
		last = max(last, n.ExpireAt(id))
	}
	if last == 0 {
		n.T.Fatalf("PastExpiry: tokens %v never expire", ids)
	}
	n.AdvanceTo(last)
}
