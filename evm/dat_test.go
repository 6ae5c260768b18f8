package evm_test

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/falsereturningerc20"
	"github.com/datpin/datpin/contracts/bindings/feeontransfererc20"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// ERC-8028 behaviour of the DataAnchoringToken: every required behaviour and MUST-revert of the
// draft, on the embedded chain.

func TestDAT_CreateClass(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	t.Run("OK", func(t *testing.T) {
		hash := [32]byte(crypto.Keccak256([]byte("schema")))
		r := n.MustSend(n.Admin, n.Suite.DAT, d.PackCreateClass("ipfs://meta", hash, 6, "ipfs://policy"), nil)
		created := evmtest.Events(r, d.UnpackClassCreatedEvent)
		policy := evmtest.Events(r, d.UnpackClassPolicyUpdatedEvent)
		if len(created) != 1 || created[0].ClassId.Uint64() != 2 || created[0].MetadataURI != "ipfs://meta" || created[0].IntegrityHash != hash {
			t.Fatalf("ClassCreated = %+v; want class 2 with its URI and hash", created)
		}
		if len(policy) != 1 || policy[0].ClassId.Uint64() != 2 || policy[0].PolicyURI != "ipfs://policy" {
			t.Fatalf("ClassPolicyUpdated = %+v", policy)
		}
		meta := evmtest.Read(n, n.Suite.DAT, d.PackGetClassMeta(evmtest.U(2)), d.UnpackGetClassMeta)
		if meta.MetadataURI != "ipfs://meta" || meta.IntegrityHash != hash || meta.UnitDecimals != 6 || meta.PolicyURI != "ipfs://policy" {
			t.Fatalf("getClassMeta = %+v", meta)
		}
		if c := evmtest.Read(n, n.Suite.DAT, d.PackClassCount(), d.UnpackClassCount); c.Uint64() != 2 {
			t.Fatalf("classCount = %v; want 2", c)
		}
	})
	t.Run("OKWithoutPolicy", func(t *testing.T) {
		r := n.MustSend(n.Admin, n.Suite.DAT, d.PackCreateClass("ipfs://m2", [32]byte{}, 0, ""), nil)
		if len(evmtest.Events(r, d.UnpackClassCreatedEvent)) != 1 || len(evmtest.Events(r, d.UnpackClassPolicyUpdatedEvent)) != 0 {
			t.Fatalf("want ClassCreated only")
		}
	})
	t.Run("ErrUnauthorized", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.DAT, d.PackCreateClass("x", [32]byte{}, 0, ""), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrMinterIsNotClassAdmin", func(t *testing.T) {
		_, err := n.Send(n.Minter(), n.Suite.DAT, d.PackCreateClass("x", [32]byte{}, 0, ""), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	})
}

func TestDAT_UpdateClassMetadata(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	hash := [32]byte{1, 2, 3}
	t.Run("OK", func(t *testing.T) {
		r := n.MustSend(n.Admin, n.Suite.DAT, d.PackUpdateClassMetadata(evmtest.U(1), "ipfs://v2", hash), nil)
		ev := evmtest.Events(r, d.UnpackMetadataUpdatedEvent)
		if len(ev) != 1 || ev[0].ClassId.Uint64() != 1 || ev[0].MetadataURI != "ipfs://v2" || ev[0].IntegrityHash != hash {
			t.Fatalf("MetadataUpdated = %+v", ev)
		}
		meta := evmtest.Read(n, n.Suite.DAT, d.PackGetClassMeta(evmtest.U(1)), d.UnpackGetClassMeta)
		if meta.MetadataURI != "ipfs://v2" || meta.IntegrityHash != hash || meta.PolicyURI != n.Config.ClassPolicy {
			t.Fatalf("getClassMeta = %+v", meta)
		}
	})
	t.Run("ErrUnauthorized", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.DAT, d.PackUpdateClassMetadata(evmtest.U(1), "evil", hash), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrClassNotFound", func(t *testing.T) {
		_, err := n.Send(n.Admin, n.Suite.DAT, d.PackUpdateClassMetadata(evmtest.U(99), "x", hash), nil)
		evmtest.ExpectRevert(t, err, "ClassNotFound", datpin.ENOTFOUND)
	})
}

func TestDAT_UpdateClassPolicy(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	t.Run("OK", func(t *testing.T) {
		r := n.MustSend(n.Admin, n.Suite.DAT, d.PackUpdateClassPolicy(evmtest.U(1), "ipfs://policy2"), nil)
		ev := evmtest.Events(r, d.UnpackClassPolicyUpdatedEvent)
		if len(ev) != 1 || ev[0].ClassId.Uint64() != 1 || ev[0].PolicyURI != "ipfs://policy2" {
			t.Fatalf("ClassPolicyUpdated = %+v", ev)
		}
		meta := evmtest.Read(n, n.Suite.DAT, d.PackGetClassMeta(evmtest.U(1)), d.UnpackGetClassMeta)
		if meta.PolicyURI != "ipfs://policy2" || meta.MetadataURI != n.Config.ClassURI {
			t.Fatalf("getClassMeta = %+v", meta)
		}
	})
	t.Run("ErrUnauthorized", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.DAT, d.PackUpdateClassPolicy(evmtest.U(1), "evil"), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrClassNotFound", func(t *testing.T) {
		_, err := n.Send(n.Admin, n.Suite.DAT, d.PackUpdateClassPolicy(evmtest.U(0), "x"), nil)
		evmtest.ExpectRevert(t, err, "ClassNotFound", datpin.ENOTFOUND)
	})
}

func TestDAT_ConfigureClass(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	other := n.Deploy(n.Admin, feeontransfererc20.FeeOnTransferERC20MetaData.Bin, nil)
	t.Run("OK", func(t *testing.T) {
		class := n.CreateClass("c", common.Address{})
		r := n.MustSend(n.Admin, n.Suite.DAT, d.PackConfigureClass(evmtest.U(class), 3600, n.Suite.Token), nil)
		ev := evmtest.Events(r, d.UnpackClassConfiguredEvent)
		if len(ev) != 1 || ev[0].Ttl != 3600 || ev[0].Erc20 != n.Suite.Token {
			t.Fatalf("ClassConfigured = %+v", ev)
		}
		st := evmtest.Read(n, n.Suite.DAT, d.PackClassState(evmtest.U(class)), d.UnpackClassState)
		if st.Ttl != 3600 || st.Erc20 != n.Suite.Token {
			t.Fatalf("classState = %+v", st)
		}
	})
	t.Run("ErrUnauthorized", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.DAT, d.PackConfigureClass(evmtest.U(1), 0, other), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrERC20InUse", func(t *testing.T) {
		class := n.CreateClass("c", n.Suite.Token)
		n.Mint(class, holder0.Address, 0, 1000, 0)
		n.Must(n.Suite.MintToken(n.Ctx, n.Admin, buyer.Address, evm.Ether(10)))
		_, err := n.SettleERC20(buyer, class, n.Suite.Token, evm.Ether(1))
		n.Must(err)
		_, err = n.Send(n.Admin, n.Suite.DAT, d.PackConfigureClass(evmtest.U(class), 0, other), nil)
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
	// A settlement too small to move the accumulator (amount*1e18 < totalShare) still leaves
	// the asset's revenue in the class (as the carried remainder): the asset is in use.
	t.Run("ErrERC20InUseByDust", func(t *testing.T) {
		class := n.CreateClass("c", n.Suite.Token)
		for range 20 { // totalShare = 20 * (2^56-1) > 1e18
			n.Mint(class, holder0.Address, 0, maxUint56.Int64(), 0)
		}
		n.Must(n.Suite.MintToken(n.Ctx, n.Admin, buyer.Address, big.NewInt(1)))
		_, err := n.SettleERC20(buyer, class, n.Suite.Token, big.NewInt(1))
		n.Must(err)
		if _, _, acc, _ := n.ClassState(class); acc.Sign() != 0 {
			t.Fatalf("accErc20 = %v; want 0 for a dust settlement", acc)
		}
		_, err = n.Send(n.Admin, n.Suite.DAT, d.PackConfigureClass(evmtest.U(class), 0, other), nil)
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
}

func TestDAT_Mint(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	minter := n.Minter()
	mint := func(from *evm.Account, class uint64, to common.Address, value, share *big.Int, expireAt uint64) error {
		_, err := n.Send(from, n.Suite.DAT, d.PackMint(evmtest.U(class), to, value, share, expireAt), nil)
		return err
	}
	t.Run("OK", func(t *testing.T) {
		total0, _, _, _ := n.ClassState(1)
		expireAt := n.Now() + 1000
		r := n.MustSend(minter, n.Suite.DAT, d.PackMint(evmtest.U(1), holder0.Address, big.NewInt(500), big.NewInt(700), expireAt), nil)
		m := evmtest.Events(r, d.UnpackMintedEvent)
		tr := evmtest.Events(r, d.UnpackTransferEvent)
		if len(m) != 1 || m[0].ClassId.Uint64() != 1 || m[0].To != holder0.Address || m[0].Value.Int64() != 500 || m[0].ShareRatio.Int64() != 700 || m[0].ExpireAt != windowEnd(expireAt) {
			t.Fatalf("Minted = %+v", m)
		}
		id := m[0].TokenId.Uint64()
		if len(tr) != 1 || tr[0].From != (common.Address{}) || tr[0].To != holder0.Address || tr[0].TokenId.Uint64() != id {
			t.Fatalf("Transfer = %+v; want mint from zero", tr)
		}
		st, err := n.Suite.TokenState(n.Ctx, id)
		n.Must(err)
		if st.Owner != holder0.Address || st.Value.Int64() != 500 || st.ShareRatio.Int64() != 700 || st.ExpireAt != windowEnd(expireAt) || st.Status != datpin.StatusFinalized {
			t.Fatalf("token = %+v", st)
		}
		total, _, _, _ := n.ClassState(1)
		wantBig(t, "totalShare", total, new(big.Int).Add(total0, big.NewInt(700)))
		if !evmtest.Read(n, n.Suite.DAT, d.PackIsCounted(evmtest.U(id)), d.UnpackIsCounted) {
			t.Fatalf("isCounted = false")
		}
		if b := evmtest.Read(n, n.Suite.DAT, d.PackBalanceOf(holder0.Address), d.UnpackBalanceOf); b.Sign() == 0 {
			t.Fatalf("balanceOf = 0")
		}
	})
	t.Run("OKZeroShareDoesNotCount", func(t *testing.T) {
		total0, _, _, _ := n.ClassState(1)
		id := n.Mint(1, holder0.Address, 10, 0, 0)
		total, _, _, _ := n.ClassState(1)
		wantBig(t, "totalShare", total, total0)
		if evmtest.Read(n, n.Suite.DAT, d.PackIsCounted(evmtest.U(id)), d.UnpackIsCounted) {
			t.Fatalf("a zero-share token counts")
		}
	})
	t.Run("OKShareSaturates", func(t *testing.T) {
		total0, _, _, _ := n.ClassState(1)
		huge := new(big.Int).Lsh(big.NewInt(1), 200)
		r := n.MustSend(minter, n.Suite.DAT, d.PackMint(evmtest.U(1), holder0.Address, big.NewInt(1), huge, 0), nil)
		m := evmtest.Events(r, d.UnpackMintedEvent)[0]
		wantBig(t, "Minted.shareRatio", m.ShareRatio, maxUint56)
		got := evmtest.Read(n, n.Suite.DAT, d.PackShareRatioOf(m.TokenId), d.UnpackShareRatioOf)
		wantBig(t, "shareRatioOf", got, maxUint56)
		total, _, _, _ := n.ClassState(1)
		wantBig(t, "totalShare", total, new(big.Int).Add(total0, maxUint56))
	})
	t.Run("OKMaxValue", func(t *testing.T) {
		n.Must(mint(minter, 1, holder0.Address, maxUint56, big.NewInt(1), 0))
	})
	t.Run("ErrNoMinterRole", func(t *testing.T) {
		// Not even the admin mints without MINTER_ROLE.
		for _, who := range []*evm.Account{stranger, n.Admin} {
			err := mint(who, 1, who.Address, big.NewInt(1), big.NewInt(1), 0)
			evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
		}
	})
	t.Run("ErrValueTooLarge", func(t *testing.T) {
		err := mint(minter, 1, holder0.Address, new(big.Int).Add(maxUint56, big.NewInt(1)), big.NewInt(1), 0)
		evmtest.ExpectRevert(t, err, "ValueTooLarge", datpin.EINVALID)
	})
	t.Run("ErrExpireAtNotInFuture", func(t *testing.T) {
		err := mint(minter, 1, holder0.Address, big.NewInt(1), big.NewInt(1), n.Now()-10)
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrExpireAtBeyondUint32", func(t *testing.T) {
		err := mint(minter, 1, holder0.Address, big.NewInt(1), big.NewInt(1), 1<<32)
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrClassNotFound", func(t *testing.T) {
		err := mint(minter, 42, holder0.Address, big.NewInt(1), big.NewInt(1), 0)
		evmtest.ExpectRevert(t, err, "ClassNotFound", datpin.ENOTFOUND)
	})
	t.Run("ErrZeroRecipient", func(t *testing.T) {
		err := mint(minter, 1, common.Address{}, big.NewInt(1), big.NewInt(1), 0)
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
}

func TestDAT_TransferToken(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	class2 := n.CreateClass("c2", common.Address{})
	operator := evmtest.Account("holder", 5)
	n.MustSend(holder0, n.Suite.DAT, d.PackApproveForClass(evmtest.U(1), operator.Address, true), nil)
	balance := func(a common.Address) int64 {
		return evmtest.Read(n, n.Suite.DAT, d.PackBalanceOf(a), d.UnpackBalanceOf).Int64()
	}
	transfer := func(from *evm.Account, id uint64, to common.Address) error {
		_, err := n.Send(from, n.Suite.DAT, d.PackTransferToken(evmtest.U(id), to), nil)
		return err
	}
	t.Run("OKOwner", func(t *testing.T) {
		id := n.Mint(1, holder0.Address, 10, 10, 0)
		b0, b1 := balance(holder0.Address), balance(holder1.Address)
		r := n.MustSend(holder0, n.Suite.DAT, d.PackTransferToken(evmtest.U(id), holder1.Address), nil)
		tt := evmtest.Events(r, d.UnpackTransferTokenEvent)
		tr := evmtest.Events(r, d.UnpackTransferEvent)
		if len(tt) != 1 || tt[0].TokenId.Uint64() != id || tt[0].From != holder0.Address || tt[0].To != holder1.Address {
			t.Fatalf("TransferToken = %+v", tt)
		}
		if len(tr) != 1 || tr[0].TokenId.Uint64() != id || tr[0].From != holder0.Address || tr[0].To != holder1.Address {
			t.Fatalf("Transfer = %+v", tr)
		}
		if n.Owner(id) != holder1.Address || balance(holder0.Address) != b0-1 || balance(holder1.Address) != b1+1 {
			t.Fatalf("owner/balances not moved")
		}
	})
	t.Run("OKClassOperator", func(t *testing.T) {
		id := n.Mint(1, holder0.Address, 10, 10, 0)
		n.Must(transfer(operator, id, holder2.Address))
		if n.Owner(id) != holder2.Address {
			t.Fatalf("operator transfer did not move the token")
		}
	})
	t.Run("OKExpiredTokenKeepsItsRevenue", func(t *testing.T) {
		class := n.CreateClass("exp", common.Address{})
		id := n.Mint(class, holder0.Address, 10, 10, n.Now()+50)
		_, err := n.SettleETH(buyer, class, big.NewInt(1000))
		n.Must(err)
		n.PastExpiry(id)
		n.Must(transfer(holder0, id, holder1.Address))
		wantBig(t, "pending after transfer", n.Pending(id, ethAsset), big.NewInt(1000))
		r, err := n.Claim(holder1, id, ethAsset, payee(0))
		n.Must(err)
		if len(evmtest.Events(r, d.UnpackExpiredEvent)) != 1 {
			t.Fatalf("claim of an expired token did not record its expiry")
		}
	})
	t.Run("ErrStranger", func(t *testing.T) {
		id := n.Mint(1, holder0.Address, 10, 10, 0)
		evmtest.ExpectRevert(t, transfer(stranger, id, stranger.Address), "NotOwnerOrOperator", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrOperatorOfAnotherClass", func(t *testing.T) {
		id := n.Mint(class2, holder0.Address, 10, 10, 0)
		evmtest.ExpectRevert(t, transfer(operator, id, operator.Address), "NotOwnerOrOperator", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrRevokedOperator", func(t *testing.T) {
		op := evmtest.Account("holder", 6)
		n.MustSend(holder0, n.Suite.DAT, d.PackApproveForClass(evmtest.U(1), op.Address, true), nil)
		n.MustSend(holder0, n.Suite.DAT, d.PackApproveForClass(evmtest.U(1), op.Address, false), nil)
		id := n.Mint(1, holder0.Address, 10, 10, 0)
		evmtest.ExpectRevert(t, transfer(op, id, op.Address), "NotOwnerOrOperator", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrZeroAddress", func(t *testing.T) {
		id := n.Mint(1, holder0.Address, 10, 10, 0)
		evmtest.ExpectRevert(t, transfer(holder0, id, common.Address{}), "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrTokenNotFound", func(t *testing.T) {
		evmtest.ExpectRevert(t, transfer(holder0, 9999, holder1.Address), "TokenNotFound", datpin.ENOTFOUND)
	})
}

func TestDAT_ApproveForClass(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	approved := func(owner common.Address, class uint64, op common.Address) bool {
		return evmtest.Read(n, n.Suite.DAT, d.PackIsApprovedForClass(owner, evmtest.U(class), op), d.UnpackIsApprovedForClass)
	}
	t.Run("OK", func(t *testing.T) {
		r := n.MustSend(holder0, n.Suite.DAT, d.PackApproveForClass(evmtest.U(1), holder1.Address, true), nil)
		ev := evmtest.Events(r, d.UnpackApprovalForClassEvent)
		if len(ev) != 1 || ev[0].Owner != holder0.Address || ev[0].ClassId.Uint64() != 1 || ev[0].Operator != holder1.Address || !ev[0].Approved {
			t.Fatalf("ApprovalForClass = %+v", ev)
		}
		if !approved(holder0.Address, 1, holder1.Address) || approved(holder1.Address, 1, holder0.Address) {
			t.Fatalf("isApprovedForClass wrong")
		}
	})
	t.Run("OKRevoke", func(t *testing.T) {
		r := n.MustSend(holder0, n.Suite.DAT, d.PackApproveForClass(evmtest.U(1), holder1.Address, false), nil)
		ev := evmtest.Events(r, d.UnpackApprovalForClassEvent)
		if len(ev) != 1 || ev[0].Approved || approved(holder0.Address, 1, holder1.Address) {
			t.Fatalf("revoke: %+v", ev)
		}
	})
	t.Run("ErrSelf", func(t *testing.T) {
		_, err := n.Send(holder0, n.Suite.DAT, d.PackApproveForClass(evmtest.U(1), holder0.Address, true), nil)
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrZeroOperator", func(t *testing.T) {
		_, err := n.Send(holder0, n.Suite.DAT, d.PackApproveForClass(evmtest.U(1), common.Address{}, true), nil)
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrClassNotFound", func(t *testing.T) {
		_, err := n.Send(holder0, n.Suite.DAT, d.PackApproveForClass(evmtest.U(7), holder1.Address, true), nil)
		evmtest.ExpectRevert(t, err, "ClassNotFound", datpin.ENOTFOUND)
	})
}

func TestDAT_TransferValue(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	class2 := n.CreateClass("c2", common.Address{})
	operator := evmtest.Account("holder", 5)
	n.MustSend(holder0, n.Suite.DAT, d.PackApproveForClass(evmtest.U(1), operator.Address, true), nil)
	move := func(from *evm.Account, a, b uint64, v int64) error {
		_, err := n.Send(from, n.Suite.DAT, d.PackTransferValue(evmtest.U(a), evmtest.U(b), big.NewInt(v)), nil)
		return err
	}
	t.Run("OK", func(t *testing.T) {
		a := n.Mint(1, holder0.Address, 100, 1, 0)
		b := n.Mint(1, holder1.Address, 5, 1, 0)
		r := n.MustSend(holder0, n.Suite.DAT, d.PackTransferValue(evmtest.U(a), evmtest.U(b), big.NewInt(30)), nil)
		ev := evmtest.Events(r, d.UnpackValueTransferredEvent)
		if len(ev) != 1 || ev[0].FromTokenId.Uint64() != a || ev[0].ToTokenId.Uint64() != b || ev[0].Value.Int64() != 30 {
			t.Fatalf("ValueTransferred = %+v", ev)
		}
		if n.Value(a).Int64() != 70 || n.Value(b).Int64() != 35 {
			t.Fatalf("values %v, %v; want 70, 35", n.Value(a), n.Value(b))
		}
	})
	t.Run("OKAll", func(t *testing.T) {
		a := n.Mint(1, holder0.Address, 9, 1, 0)
		b := n.Mint(1, holder0.Address, 0, 1, 0)
		n.Must(move(holder0, a, b, 9))
		if n.Value(a).Sign() != 0 || n.Value(b).Int64() != 9 {
			t.Fatalf("values %v, %v", n.Value(a), n.Value(b))
		}
	})
	t.Run("OKClassOperator", func(t *testing.T) {
		a := n.Mint(1, holder0.Address, 10, 1, 0)
		b := n.Mint(1, holder2.Address, 0, 1, 0)
		n.Must(move(operator, a, b, 4))
		if n.Value(a).Int64() != 6 || n.Value(b).Int64() != 4 {
			t.Fatalf("values %v, %v", n.Value(a), n.Value(b))
		}
	})
	t.Run("ErrClassMismatch", func(t *testing.T) {
		a := n.Mint(1, holder0.Address, 10, 1, 0)
		c := n.Mint(class2, holder0.Address, 10, 1, 0)
		evmtest.ExpectRevert(t, move(holder0, a, c, 1), "ClassMismatch", datpin.EINVALID)
	})
	t.Run("ErrUnderflow", func(t *testing.T) {
		a := n.Mint(1, holder0.Address, 10, 1, 0)
		b := n.Mint(1, holder0.Address, 0, 1, 0)
		evmtest.ExpectRevert(t, move(holder0, a, b, 11), "InsufficientValue", datpin.EINVALID)
	})
	t.Run("ErrZeroValue", func(t *testing.T) {
		a := n.Mint(1, holder0.Address, 10, 1, 0)
		b := n.Mint(1, holder0.Address, 0, 1, 0)
		evmtest.ExpectRevert(t, move(holder0, a, b, 0), "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrSameToken", func(t *testing.T) {
		a := n.Mint(1, holder0.Address, 10, 1, 0)
		evmtest.ExpectRevert(t, move(holder0, a, a, 1), "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrStranger", func(t *testing.T) {
		a := n.Mint(1, holder0.Address, 10, 1, 0)
		b := n.Mint(1, stranger.Address, 0, 1, 0)
		evmtest.ExpectRevert(t, move(stranger, a, b, 1), "NotOwnerOrOperator", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrOverflow", func(t *testing.T) {
		a := n.Mint(1, holder0.Address, 1, 1, 0)
		r := n.MustSend(n.Minter(), n.Suite.DAT, d.PackMint(evmtest.U(1), holder0.Address, maxUint56, big.NewInt(1), 0), nil)
		b := evmtest.Events(r, d.UnpackMintedEvent)[0].TokenId.Uint64()
		evmtest.ExpectRevert(t, move(holder0, a, b, 1), "ValueTooLarge", datpin.EINVALID)
	})
	t.Run("ErrFromExpired", func(t *testing.T) {
		a := n.Mint(1, holder0.Address, 10, 1, n.Now()+30)
		b := n.Mint(1, holder0.Address, 0, 1, 0)
		n.PastExpiry(a)
		evmtest.ExpectRevert(t, move(holder0, a, b, 1), "TokenExpired", datpin.EEXPIRED)
	})
	t.Run("ErrToExpired", func(t *testing.T) {
		a := n.Mint(1, holder0.Address, 10, 1, 0)
		b := n.Mint(1, holder0.Address, 0, 1, n.Now()+30)
		n.PastExpiry(b)
		evmtest.ExpectRevert(t, move(holder0, a, b, 1), "TokenExpired", datpin.EEXPIRED)
	})
	t.Run("ErrTokenNotFound", func(t *testing.T) {
		a := n.Mint(1, holder0.Address, 10, 1, 0)
		evmtest.ExpectRevert(t, move(holder0, a, 9999, 1), "TokenNotFound", datpin.ENOTFOUND)
	})
}

func TestDAT_RecordUsage(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	operator := evmtest.Account("holder", 5)
	n.MustSend(holder0, n.Suite.DAT, d.PackApproveForClass(evmtest.U(1), operator.Address, true), nil)
	metric := [32]byte(crypto.Keccak256([]byte("query")))
	use := func(from *evm.Account, id uint64, amount int64) error {
		_, err := n.Send(from, n.Suite.DAT, d.PackRecordUsage(evmtest.U(id), metric, big.NewInt(amount)), nil)
		return err
	}
	t.Run("OKOwner", func(t *testing.T) {
		id := n.Mint(1, holder0.Address, 10, 1, 0)
		r := n.MustSend(holder0, n.Suite.DAT, d.PackRecordUsage(evmtest.U(id), metric, big.NewInt(4)), nil)
		ev := evmtest.Events(r, d.UnpackUsageRecordedEvent)
		if len(ev) != 1 || ev[0].TokenId.Uint64() != id || ev[0].MetricType != metric || ev[0].Amount.Int64() != 4 || ev[0].Actor != holder0.Address {
			t.Fatalf("UsageRecorded = %+v", ev)
		}
		if n.Value(id).Int64() != 6 {
			t.Fatalf("value %v; want 6 (hard quota)", n.Value(id))
		}
	})
	t.Run("OKOperatorIsActor", func(t *testing.T) {
		id := n.Mint(1, holder0.Address, 10, 1, 0)
		r := n.MustSend(operator, n.Suite.DAT, d.PackRecordUsage(evmtest.U(id), metric, big.NewInt(10)), nil)
		ev := evmtest.Events(r, d.UnpackUsageRecordedEvent)
		if len(ev) != 1 || ev[0].Actor != operator.Address {
			t.Fatalf("UsageRecorded actor = %+v; want the operator (msg.sender)", ev)
		}
		if n.Value(id).Sign() != 0 {
			t.Fatalf("value %v; want 0", n.Value(id))
		}
	})
	t.Run("ErrUnderflow", func(t *testing.T) {
		id := n.Mint(1, holder0.Address, 10, 1, 0)
		err := use(holder0, id, 11)
		evmtest.ExpectRevert(t, err, "InsufficientValue", datpin.EINVALID)
	})
	t.Run("ErrZero", func(t *testing.T) {
		id := n.Mint(1, holder0.Address, 10, 1, 0)
		err := use(holder0, id, 0)
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrStranger", func(t *testing.T) {
		id := n.Mint(1, holder0.Address, 10, 1, 0)
		err := use(stranger, id, 1)
		evmtest.ExpectRevert(t, err, "NotOwnerOrOperator", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrExpired", func(t *testing.T) {
		id := n.Mint(1, holder0.Address, 10, 1, n.Now()+30)
		n.PastExpiry(id)
		err := use(holder0, id, 1)
		evmtest.ExpectRevert(t, err, "TokenExpired", datpin.EEXPIRED)
	})
	t.Run("ErrTokenNotFound", func(t *testing.T) {
		err := use(holder0, 9999, 1)
		evmtest.ExpectRevert(t, err, "TokenNotFound", datpin.ENOTFOUND)
	})
}

// Expiry: a window ends on the hour boundary at or after expireAt; from then on no settlement
// reaches the token, whoever settles and whether or not anyone observed the expiry. The shares
// ending at one boundary leave totalShare together (SharesExpired) at the next settlement, join,
// expire or claim; expire and claim record each token's own end (Expired, once). The token is
// not burned: it keeps owner, value, share and what it earned while it counted.
func TestDAT_Expire(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	class := n.CreateClass("expiry", common.Address{})
	asked := n.Now() + 100
	a := n.Mint(class, holder0.Address, 50, 300, asked)
	b := n.Mint(class, holder1.Address, 50, 100, 0)
	expireAt := n.ExpireAt(a)
	if expireAt != windowEnd(asked) || expireAt%expiryGranularity != 0 || expireAt < asked {
		t.Fatalf("expireAt %d: want the boundary at or after the %d asked", expireAt, asked)
	}
	counted := func(id uint64) bool {
		return evmtest.Read(n, n.Suite.DAT, d.PackIsCounted(evmtest.U(id)), d.UnpackIsCounted)
	}
	expire := func(ids ...uint64) int {
		r := n.MustSend(stranger, n.Suite.DAT, d.PackExpire(idsOf(ids)), nil)
		return len(evmtest.Events(r, d.UnpackExpiredEvent))
	}
	t.Run("OKBeforeExpireAt", func(t *testing.T) {
		if k := expire(a, b); k != 0 {
			t.Fatalf("%d Expired events before expireAt", k)
		}
		_, err := n.SettleETH(buyer, class, big.NewInt(4000))
		n.Must(err)
		if total, _, _, _ := n.ClassState(class); total.Int64() != 400 || !counted(a) {
			t.Fatalf("totalShare %v; want 400", total)
		}
		wantBig(t, "pending of the token before its end", n.Pending(a, ethAsset), big.NewInt(3000))
	})
	t.Run("OKSettlementAfterExpiryPaysLiveTokensOnly", func(t *testing.T) {
		n.AdvanceTo(expireAt)
		if counted(a) {
			t.Fatalf("isCounted at expireAt")
		}
		// Nobody observed the expiry: the settlement takes the ended share out first.
		r, err := n.SettleETH(buyer, class, big.NewInt(1000))
		n.Must(err)
		ev := evmtest.Events(r, d.UnpackSharesExpiredEvent)
		if len(ev) != 1 || ev[0].ClassId.Uint64() != class || ev[0].ExpireAt != expireAt || ev[0].Share.Int64() != 300 {
			t.Fatalf("SharesExpired = %+v; want one of 300 at %d", ev, expireAt)
		}
		if total, _, _, _ := n.ClassState(class); total.Int64() != 100 {
			t.Fatalf("totalShare %v; want 100", total)
		}
		wantBig(t, "pending of the expired token", n.Pending(a, ethAsset), big.NewInt(3000))
		wantBig(t, "pending of the live token", n.Pending(b, ethAsset), big.NewInt(2000))
	})
	t.Run("OKExpireOnce", func(t *testing.T) {
		r := n.MustSend(stranger, n.Suite.DAT, d.PackExpire(idsOf([]uint64{a, b, a})), nil)
		ev := evmtest.Events(r, d.UnpackExpiredEvent)
		if len(ev) != 1 || ev[0].TokenId.Uint64() != a {
			t.Fatalf("Expired = %+v; want once for token %d", ev, a)
		}
		if k := expire(a); k != 0 {
			t.Fatalf("Expired emitted again")
		}
		st, err := n.Suite.TokenState(n.Ctx, a)
		n.Must(err)
		if st.Owner != holder0.Address || st.Value.Int64() != 50 || st.ShareRatio.Int64() != 300 || st.ExpireAt != expireAt {
			t.Fatalf("expired token = %+v", st)
		}
		_, err = n.SettleETH(buyer, class, big.NewInt(1000))
		n.Must(err)
		wantBig(t, "pending of the expired token", n.Pending(a, ethAsset), big.NewInt(3000))
		wantBig(t, "pending of the live token", n.Pending(b, ethAsset), big.NewInt(3000))
	})
	t.Run("OKClaimObservesExpiry", func(t *testing.T) {
		c := n.Mint(class, holder2.Address, 0, 100, n.Now()+20)
		_, err := n.SettleETH(buyer, class, big.NewInt(2000))
		n.Must(err)
		n.PastExpiry(c)
		r, err := n.Claim(holder2, c, ethAsset, payee(1))
		n.Must(err)
		ev := evmtest.Events(r, d.UnpackExpiredEvent)
		cl := evmtest.Events(r, d.UnpackClaimedEvent)
		if len(ev) != 1 || ev[0].TokenId.Uint64() != c || len(cl) != 1 || cl[0].Amount.Int64() != 1000 {
			t.Fatalf("claim: Expired %+v, Claimed %+v", ev, cl)
		}
		if len(evmtest.Events(r, d.UnpackSharesExpiredEvent)) != 1 {
			t.Fatalf("the claim did not take the ended share out")
		}
		if total, _, _, _ := n.ClassState(class); total.Int64() != 100 {
			t.Fatalf("totalShare %v; want 100", total)
		}
		if k := expire(c); k != 0 {
			t.Fatalf("Expired emitted twice")
		}
	})
	t.Run("OKIdleForMonths", func(t *testing.T) {
		// Buckets months apart, in different words of the bitmap, all taken out by one settlement.
		day := uint64(24 * 3600)
		x := n.Mint(class, holder0.Address, 0, 7, n.Now()+20*day)
		y := n.Mint(class, holder0.Address, 0, 11, n.Now()+90*day)
		z := n.Mint(class, holder0.Address, 0, 13, n.Now()+400*day)
		n.PastExpiry(x, y)
		r, err := n.SettleETH(buyer, class, big.NewInt(1130))
		n.Must(err)
		ev := evmtest.Events(r, d.UnpackSharesExpiredEvent)
		if len(ev) != 2 || ev[0].Share.Int64() != 7 || ev[1].Share.Int64() != 11 {
			t.Fatalf("SharesExpired = %+v; want 7 then 11", ev)
		}
		wantBig(t, "pending of a token ended months ago", n.Pending(y, ethAsset), big.NewInt(0))
		wantBig(t, "pending of the token still counting", n.Pending(z, ethAsset), big.NewInt(130))
	})
	t.Run("ErrTokenNotFound", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.DAT, d.PackExpire(ids(a, 9999)), nil)
		evmtest.ExpectRevert(t, err, "TokenNotFound", datpin.ENOTFOUND)
	})
}

func idsOf(v []uint64) []*big.Int { return ids(v...) }

func TestDAT_SettleRevenueETH(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	class := n.CreateClass("eth", common.Address{})
	t.Run("ErrNoShareInClass", func(t *testing.T) {
		n.Mint(class, holder0.Address, 10, 0, 0) // a token that does not count
		_, err := n.SettleETH(buyer, class, big.NewInt(100))
		evmtest.ExpectRevert(t, err, "NoShareInClass", datpin.ECONFLICT)
	})
	t.Run("OK", func(t *testing.T) {
		n.Mint(class, holder0.Address, 10, 3, 0)
		r, err := n.SettleETH(buyer, class, big.NewInt(100))
		n.Must(err)
		ev := evmtest.Events(r, d.UnpackRevenueSettledEvent)
		if len(ev) != 1 || ev[0].ClassId.Uint64() != class || ev[0].Asset != ethAsset || ev[0].Amount.Int64() != 100 {
			t.Fatalf("RevenueSettled = %+v", ev)
		}
		_, acc, _, snaps := n.ClassState(class)
		want := new(big.Int).Quo(new(big.Int).Mul(big.NewInt(100), scale), big.NewInt(3))
		wantBig(t, "accEth", acc, want)
		wantBig(t, "accRevenuePerShare", evmtest.Read(n, n.Suite.DAT, d.PackAccRevenuePerShare(evmtest.U(class), ethAsset), d.UnpackAccRevenuePerShare), want)
		if snaps != 1 {
			t.Fatalf("snapshots %d; want 1", snaps)
		}
		wantBig(t, "DAT ETH balance", n.ETH(n.Suite.DAT), big.NewInt(100))
	})
	t.Run("ErrZeroAmount", func(t *testing.T) {
		_, err := n.SettleETH(buyer, class, new(big.Int))
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrClassNotFound", func(t *testing.T) {
		_, err := n.SettleETH(buyer, 77, big.NewInt(1))
		evmtest.ExpectRevert(t, err, "ClassNotFound", datpin.ENOTFOUND)
	})
	t.Run("ErrPlainETHTransfer", func(t *testing.T) {
		_, err := n.Send(buyer, n.Suite.DAT, nil, big.NewInt(1))
		if err == nil {
			t.Fatalf("the DAT accepted ETH outside a settlement")
		}
	})
}

func TestDAT_SettleRevenueERC20(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	n.Must(n.Suite.MintToken(n.Ctx, n.Admin, buyer.Address, evm.Ether(1000)))
	t.Run("ErrNoShareInClass", func(t *testing.T) {
		class := n.CreateClass("erc20", n.Suite.Token)
		_, err := n.SettleERC20(buyer, class, n.Suite.Token, big.NewInt(100))
		evmtest.ExpectRevert(t, err, "NoShareInClass", datpin.ECONFLICT)
	})
	t.Run("OK", func(t *testing.T) {
		class := n.CreateClass("erc20", n.Suite.Token)
		n.Mint(class, holder0.Address, 0, 7, 0)
		before := n.ERC20Balance(n.Suite.Token, n.Suite.DAT)
		r, err := n.SettleERC20(buyer, class, n.Suite.Token, big.NewInt(1000))
		n.Must(err)
		ev := evmtest.Events(r, d.UnpackRevenueSettledEvent)
		if len(ev) != 1 || ev[0].Asset != n.Suite.Token || ev[0].Amount.Int64() != 1000 {
			t.Fatalf("RevenueSettled = %+v", ev)
		}
		_, _, acc, _ := n.ClassState(class)
		wantBig(t, "accErc20", acc, new(big.Int).Quo(new(big.Int).Mul(big.NewInt(1000), scale), big.NewInt(7)))
		wantBig(t, "DAT token balance", new(big.Int).Sub(n.ERC20Balance(n.Suite.Token, n.Suite.DAT), before), big.NewInt(1000))
	})
	t.Run("ErrAssetNotTheClasss", func(t *testing.T) {
		class := n.CreateClass("erc20", n.Suite.Token)
		n.Mint(class, holder0.Address, 0, 7, 0)
		fee := n.Deploy(n.Admin, feeontransfererc20.FeeOnTransferERC20MetaData.Bin, nil)
		n.MustSend(buyer, fee, feeontransfererc20.NewFeeOnTransferERC20().PackMint(buyer.Address, big.NewInt(1000)), nil)
		_, err := n.SettleERC20(buyer, class, fee, big.NewInt(100))
		evmtest.ExpectRevert(t, err, "UnsupportedAsset", datpin.EINVALID)
		_, err = n.Send(buyer, n.Suite.DAT, d.PackSettleRevenueERC20(evmtest.U(class), ethAsset, big.NewInt(1)), nil)
		evmtest.ExpectRevert(t, err, "UnsupportedAsset", datpin.EINVALID)
	})
	t.Run("ErrNoERC20Configured", func(t *testing.T) {
		class := n.CreateClass("eth-only", common.Address{})
		n.Mint(class, holder0.Address, 0, 7, 0)
		_, err := n.SettleERC20(buyer, class, n.Suite.Token, big.NewInt(100))
		evmtest.ExpectRevert(t, err, "UnsupportedAsset", datpin.EINVALID)
	})
	t.Run("ErrZeroAmount", func(t *testing.T) {
		_, err := n.SettleERC20(buyer, 1, n.Suite.Token, new(big.Int))
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
	t.Run("OKFeeOnTransferCreditsWhatArrived", func(t *testing.T) {
		fabi := feeontransfererc20.NewFeeOnTransferERC20()
		fee := n.Deploy(n.Admin, feeontransfererc20.FeeOnTransferERC20MetaData.Bin, nil)
		n.MustSend(buyer, fee, fabi.PackMint(buyer.Address, big.NewInt(1_000_000)), nil)
		class := n.CreateClass("fee", fee)
		id := n.Mint(class, holder0.Address, 0, 7, 0)
		r, err := n.SettleERC20(buyer, class, fee, big.NewInt(10_000))
		n.Must(err)
		ev := evmtest.Events(r, d.UnpackRevenueSettledEvent)
		if len(ev) != 1 || ev[0].Amount.Int64() != 9_900 {
			t.Fatalf("RevenueSettled = %+v; want the 9900 received (1%% fee)", ev)
		}
		wantBig(t, "DAT balance", n.ERC20Balance(fee, n.Suite.DAT), big.NewInt(9_900))
		p := n.Pending(id, fee)
		wantBig(t, "pending", p, big.NewInt(9_899)) // 7 * floor(9900e18/7) / 1e18, rounded down
		_, err = n.Claim(holder0, id, fee, payee(2))
		n.Must(err)
		wantBig(t, "DAT balance after claim", n.ERC20Balance(fee, n.Suite.DAT), big.NewInt(9_900-9_899))
	})
	t.Run("ErrFalseReturningERC20", func(t *testing.T) {
		fabi := falsereturningerc20.NewFalseReturningERC20()
		bad := n.Deploy(n.Admin, falsereturningerc20.FalseReturningERC20MetaData.Bin, nil)
		n.MustSend(buyer, bad, fabi.PackMint(buyer.Address, big.NewInt(1000)), nil)
		class := n.CreateClass("false", bad)
		n.Mint(class, holder0.Address, 0, 3, 0)
		_, err := n.SettleERC20(buyer, class, bad, big.NewInt(100))
		evmtest.ExpectRevert(t, err, "SafeERC20FailedOperation", "")
		_, _, acc, snaps := n.ClassState(class)
		if acc.Sign() != 0 || snaps != 0 {
			t.Fatalf("a failed transfer was credited: acc %v, snapshots %d", acc, snaps)
		}
	})
}

// pending = shareRatio·acc/1e18 − rewardDebt, checked exactly against a big.Int model over several
// tokens, both assets, joins, claims and an expiry.
func TestDAT_PendingRevenue(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	n.Must(n.Suite.MintToken(n.Ctx, n.Admin, buyer.Address, evm.Ether(1_000_000)))
	class := n.CreateClass("maths", n.Suite.Token)
	m := newRevenueModel()
	assets := [2]common.Address{ethAsset, n.Suite.Token}
	owners := map[uint64]*evm.Account{}
	mint := func(owner *evm.Account, share int64, expireAt uint64) uint64 {
		id := n.Mint(class, owner.Address, 0, share, expireAt)
		m.join(id, big.NewInt(share))
		owners[id] = owner
		return id
	}
	settled := [2]*big.Int{new(big.Int), new(big.Int)}
	claimed := [2]*big.Int{new(big.Int), new(big.Int)}
	settle := func(i int, amount *big.Int) {
		t.Helper()
		settled[i].Add(settled[i], amount)
		var err error
		if i == 0 {
			_, err = n.SettleETH(buyer, class, amount)
		} else {
			_, err = n.SettleERC20(buyer, class, n.Suite.Token, amount)
		}
		n.Must(err)
		m.settle(i, amount)
	}
	check := func(step string) {
		t.Helper()
		total, accEth, accErc20, snaps := n.ClassState(class)
		wantBig(t, step+": totalShare", total, m.total)
		wantBig(t, step+": accEth", accEth, m.acc(0))
		wantBig(t, step+": accErc20", accErc20, m.acc(1))
		if int(snaps) != m.snapshots() {
			t.Fatalf("%s: snapshots %d; want %d", step, snaps, m.snapshots())
		}
		for id := range m.toks {
			for i, asset := range assets {
				got := n.Pending(id, asset)
				wantBig(t, fmt.Sprintf("%s: pending(%d, %d)", step, id, i), got, m.pending(id, i))
				debt := evmtest.Read(n, n.Suite.DAT, d.PackRewardDebt(evmtest.U(id), asset), d.UnpackRewardDebt)
				wantBig(t, fmt.Sprintf("%s: rewardDebt(%d, %d)", step, id, i), debt, m.rewardDebt(id, i))
				if !m.counting(id) {
					continue
				}
				// The draft's formula with the contract's own accumulator and rewardDebt: ours
				// never pays more, and at most 1 unit less (rounding in the holders' disfavour).
				draft := new(big.Int).Mul(m.toks[id].share, m.acc(i))
				draft.Quo(draft, scale).Sub(draft, debt)
				diff := new(big.Int).Sub(draft, got)
				if diff.Sign() < 0 || diff.Cmp(big.NewInt(1)) > 0 {
					t.Fatalf("%s: token %d asset %d: pending %v, draft formula %v", step, id, i, got, draft)
				}
			}
		}
	}
	a := mint(holder0, 3, 0)
	b := mint(holder1, 7, 0)
	c := mint(holder2, 1_000_001, 0)
	settle(0, big.NewInt(1000))
	check("first ETH settlement")
	settle(0, evmtest.Big("1000000000000000007"))
	settle(1, big.NewInt(12_345))
	check("ETH and ERC-20")
	dID := mint(holder0, 13, n.Now()+500) // joins late: earns only from now on
	settle(1, evm.Ether(3))
	settle(0, big.NewInt(999))
	check("late joiner")
	claim := func(id uint64, i int) {
		t.Helper()
		want := m.take(id, i)
		claimed[i].Add(claimed[i], want)
		to := payee(uint32(10 + id))
		var before *big.Int
		if i == 0 {
			before = n.ETH(to)
		} else {
			before = n.ERC20Balance(n.Suite.Token, to)
		}
		r, err := n.Claim(owners[id], id, assets[i], to)
		n.Must(err)
		ev := evmtest.Events(r, d.UnpackClaimedEvent)
		if len(ev) != 1 || ev[0].TokenId.Uint64() != id || ev[0].To != to || ev[0].Asset != assets[i] {
			t.Fatalf("Claimed = %+v", ev)
		}
		wantBig(t, "Claimed.amount", ev[0].Amount, want)
		var after *big.Int
		if i == 0 {
			after = n.ETH(to)
		} else {
			after = n.ERC20Balance(n.Suite.Token, to)
		}
		wantBig(t, "paid", new(big.Int).Sub(after, before), want)
	}
	claim(a, 0)
	claim(c, 1)
	check("after claims")
	settle(0, big.NewInt(123_456_789))
	n.PastExpiry(dID)
	m.exit(dID)              // nobody observed the expiry: the settlement takes the share out first
	settle(1, big.NewInt(5)) // and does not reach dID
	check("settlement after expiry")
	n.MustSend(stranger, n.Suite.DAT, d.PackExpire(ids(dID)), nil)
	check("after expiry")
	settle(0, big.NewInt(77_777))
	settle(1, big.NewInt(31))
	check("settlements after expiry")
	for _, id := range []uint64{a, b, c, dID} {
		for i := range assets {
			if m.pending(id, i).Sign() != 0 {
				claim(id, i)
			}
		}
	}
	check("all claimed")
	// Solvency: what is left in the DAT is exactly what was settled and not yet claimed.
	wantBig(t, "DAT ETH balance", n.ETH(n.Suite.DAT), new(big.Int).Sub(settled[0], claimed[0]))
	wantBig(t, "DAT token balance", n.ERC20Balance(n.Suite.Token, n.Suite.DAT), new(big.Int).Sub(settled[1], claimed[1]))
	if claimed[0].Cmp(settled[0]) > 0 || claimed[1].Cmp(settled[1]) > 0 {
		t.Fatalf("claimed %v more than settled %v", claimed, settled)
	}
}

func TestDAT_Claim(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	n.Must(n.Suite.MintToken(n.Ctx, n.Admin, buyer.Address, evm.Ether(1000)))
	class := n.CreateClass("claim", n.Suite.Token)
	operator := evmtest.Account("holder", 5)
	n.MustSend(holder0, n.Suite.DAT, d.PackApproveForClass(evmtest.U(class), operator.Address, true), nil)
	a := n.Mint(class, holder0.Address, 0, 1, 0)
	b := n.Mint(class, holder1.Address, 0, 3, 0)
	_, err := n.SettleETH(buyer, class, big.NewInt(4000))
	n.Must(err)
	_, err = n.SettleERC20(buyer, class, n.Suite.Token, big.NewInt(400))
	n.Must(err)
	t.Run("OKETH", func(t *testing.T) {
		to := payee(20)
		want := n.Pending(b, ethAsset)
		wantBig(t, "pending", want, big.NewInt(3000))
		r, err := n.Claim(holder1, b, ethAsset, to)
		n.Must(err)
		ev := evmtest.Events(r, d.UnpackClaimedEvent)
		if len(ev) != 1 || ev[0].TokenId.Uint64() != b || ev[0].To != to || ev[0].Asset != ethAsset || !bigEq(ev[0].Amount, want) {
			t.Fatalf("Claimed = %+v", ev)
		}
		wantBig(t, "paid", n.ETH(to), want)
		if n.Pending(b, ethAsset).Sign() != 0 {
			t.Fatalf("pending after claim")
		}
	})
	t.Run("OKERC20ByOperator", func(t *testing.T) {
		to := payee(21)
		want := n.Pending(a, n.Suite.Token)
		wantBig(t, "pending", want, big.NewInt(100))
		_, err := n.Claim(operator, a, n.Suite.Token, to)
		n.Must(err)
		wantBig(t, "paid", n.ERC20Balance(n.Suite.Token, to), want)
	})
	t.Run("ErrNothingToClaim", func(t *testing.T) {
		_, err := n.Claim(holder1, b, ethAsset, payee(20))
		evmtest.ExpectRevert(t, err, "NothingToClaim", datpin.ECONFLICT)
	})
	t.Run("ErrStranger", func(t *testing.T) {
		_, err := n.Claim(stranger, a, ethAsset, stranger.Address)
		evmtest.ExpectRevert(t, err, "NotOwnerOrOperator", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrUnsupportedAsset", func(t *testing.T) {
		_, err := n.Claim(holder0, a, common.HexToAddress("0x1234"), holder0.Address)
		evmtest.ExpectRevert(t, err, "UnsupportedAsset", datpin.EINVALID)
	})
	t.Run("ErrZeroRecipient", func(t *testing.T) {
		_, err := n.Claim(holder0, a, ethAsset, common.Address{})
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrTokenNotFound", func(t *testing.T) {
		_, err := n.Claim(holder0, 999, ethAsset, holder0.Address)
		evmtest.ExpectRevert(t, err, "TokenNotFound", datpin.ENOTFOUND)
	})
	t.Run("ErrRecipientRefusesETH", func(t *testing.T) {
		// A contract without a receive function cannot be paid in ETH: the claim reverts whole.
		_, err := n.Claim(holder0, a, ethAsset, n.Suite.Registry)
		evmtest.ExpectRevert(t, err, "TransferFailed", "")
		wantBig(t, "pending kept", n.Pending(a, ethAsset), big.NewInt(1000))
	})
}

func TestDAT_ClaimMany(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	class := n.CreateClass("many", common.Address{})
	a := n.Mint(class, holder0.Address, 0, 1, 0)
	b := n.Mint(class, holder0.Address, 0, 2, 0)
	z := n.Mint(class, holder0.Address, 0, 0, 0) // earns nothing
	o := n.Mint(class, holder1.Address, 0, 1, 0)
	_, err := n.SettleETH(buyer, class, big.NewInt(4000))
	n.Must(err)
	claimMany := func(from *evm.Account, to common.Address, list ...uint64) error {
		_, err := n.Send(from, n.Suite.DAT, d.PackClaimMany(ids(list...), ethAsset, to), nil)
		return err
	}
	t.Run("ErrOneNotOwned", func(t *testing.T) {
		err := claimMany(holder0, payee(30), a, o)
		evmtest.ExpectRevert(t, err, "NotOwnerOrOperator", datpin.EUNAUTHORIZED)
		wantBig(t, "pending kept", n.Pending(a, ethAsset), big.NewInt(1000))
	})
	t.Run("OKDuplicatesPayOnce", func(t *testing.T) {
		to := payee(31)
		r := n.MustSend(holder0, n.Suite.DAT, d.PackClaimMany(ids(a, b, z, a, b), ethAsset, to), nil)
		ev := evmtest.Events(r, d.UnpackClaimedEvent)
		if len(ev) != 2 || ev[0].TokenId.Uint64() != a || ev[0].Amount.Int64() != 1000 || ev[1].TokenId.Uint64() != b || ev[1].Amount.Int64() != 2000 {
			t.Fatalf("Claimed = %+v; want one per paying token", ev)
		}
		wantBig(t, "paid", n.ETH(to), big.NewInt(3000))
	})
	t.Run("ErrNothingToClaim", func(t *testing.T) {
		err := claimMany(holder0, payee(32), a, b, z)
		evmtest.ExpectRevert(t, err, "NothingToClaim", datpin.ECONFLICT)
	})
	t.Run("ErrZeroRecipient", func(t *testing.T) {
		err := claimMany(holder1, common.Address{}, o)
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
}

func TestDAT_Views(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	expireAt := n.Now() + 10_000
	id := n.Mint(1, holder0.Address, 123, 456, expireAt)
	call := func(data []byte) []byte { return n.MustCall(n.Suite.DAT, data) }
	t.Run("OK", func(t *testing.T) {
		if v := evmtest.Unpack(t, call(d.PackClassOf(evmtest.U(id))), d.UnpackClassOf); v.Uint64() != 1 {
			t.Fatalf("classOf %v", v)
		}
		if v := evmtest.Unpack(t, call(d.PackValueOf(evmtest.U(id))), d.UnpackValueOf); v.Uint64() != 123 {
			t.Fatalf("valueOf %v", v)
		}
		if v := evmtest.Unpack(t, call(d.PackShareRatioOf(evmtest.U(id))), d.UnpackShareRatioOf); v.Uint64() != 456 {
			t.Fatalf("shareRatioOf %v", v)
		}
		if v := evmtest.Unpack(t, call(d.PackExpireAtOf(evmtest.U(id))), d.UnpackExpireAtOf); v != windowEnd(expireAt) {
			t.Fatalf("expireAtOf %v", v)
		}
		if v := evmtest.Unpack(t, call(d.PackEXPIRYGRANULARITY()), d.UnpackEXPIRYGRANULARITY); v.Uint64() != expiryGranularity {
			t.Fatalf("EXPIRY_GRANULARITY %v; the tests assume %d", v, expiryGranularity)
		}
		if v := evmtest.Unpack(t, call(d.PackOwnerOf(evmtest.U(id))), d.UnpackOwnerOf); v != holder0.Address {
			t.Fatalf("ownerOf %v", v)
		}
		if v := evmtest.Unpack(t, call(d.PackStatusOf(evmtest.U(id))), d.UnpackStatusOf); datpin.Status(v) != datpin.StatusFinalized {
			t.Fatalf("statusOf %v", v)
		}
		meta := evmtest.Unpack(t, call(d.PackGetClassMeta(evmtest.U(1))), d.UnpackGetClassMeta)
		if meta.MetadataURI != n.Config.ClassURI || meta.PolicyURI != n.Config.ClassPolicy {
			t.Fatalf("getClassMeta %+v", meta)
		}
		if v := evmtest.Unpack(t, call(d.PackName()), d.UnpackName); v != "datpin Data Anchoring Token" {
			t.Fatalf("name %q", v)
		}
		if v := evmtest.Unpack(t, call(d.PackSymbol()), d.UnpackSymbol); v != "DAT" {
			t.Fatalf("symbol %q", v)
		}
	})
	t.Run("ErrTokenNotFound", func(t *testing.T) {
		for name, data := range map[string][]byte{
			"classOf": d.PackClassOf(evmtest.U(0)), "valueOf": d.PackValueOf(evmtest.U(99)),
			"shareRatioOf": d.PackShareRatioOf(evmtest.U(99)), "expireAtOf": d.PackExpireAtOf(evmtest.U(99)),
			"ownerOf": d.PackOwnerOf(evmtest.U(99)), "pendingRevenue": d.PackPendingRevenue(evmtest.U(99), ethAsset),
			"tokenURI": d.PackTokenURI(evmtest.U(99)),
		} {
			_, err := n.Call(n.Suite.DAT, data)
			if evm.RevertName(err) != "TokenNotFound" || datpin.ErrorCode(err) != datpin.ENOTFOUND {
				t.Fatalf("%s of a missing token: %v", name, err)
			}
		}
	})
	t.Run("ErrClassNotFound", func(t *testing.T) {
		_, err := n.Call(n.Suite.DAT, d.PackGetClassMeta(evmtest.U(5)))
		evmtest.ExpectRevert(t, err, "ClassNotFound", datpin.ENOTFOUND)
	})
}

// selector is the first four bytes of keccak256 of a function signature.
func selector(sig string) [4]byte { return [4]byte(crypto.Keccak256([]byte(sig))[:4]) }

// interfaceID is the ERC-165 id of an interface: the XOR of its function selectors.
func interfaceID(sigs ...string) [4]byte {
	var id [4]byte
	for _, s := range sigs {
		sel := selector(s)
		for i := range id {
			id[i] ^= sel[i]
		}
	}
	return id
}

// The functions of ERC-8028 as the draft declares them.
var erc8028Functions = []string{
	"getClassMeta(uint256)", "classOf(uint256)", "valueOf(uint256)", "shareRatioOf(uint256)",
	"expireAtOf(uint256)", "ownerOf(uint256)", "pendingRevenue(uint256,address)",
	"createClass(string,bytes32,uint8,string)", "updateClassMetadata(uint256,string,bytes32)",
	"updateClassPolicy(uint256,string)", "mint(uint256,address,uint256,uint256,uint64)",
	"transferToken(uint256,address)", "approveForClass(uint256,address,bool)",
	"isApprovedForClass(address,uint256,address)", "transferValue(uint256,uint256,uint256)",
	"recordUsage(uint256,bytes32,uint256)", "settleRevenueETH(uint256)",
	"settleRevenueERC20(uint256,address,uint256)", "claim(uint256,address,address)",
	"addProof(uint256,bytes32,string,bytes)",
}

func TestDAT_SupportsInterface(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	// Each function of the draft is in the contract's ABI with exactly that signature.
	byID := map[[4]byte]string{}
	for name, m := range d.GetABI().Methods {
		byID[[4]byte(m.ID)] = name
	}
	for _, sig := range erc8028Functions {
		if _, ok := byID[selector(sig)]; !ok {
			t.Fatalf("the DAT's ABI lacks %s", sig)
		}
	}
	supports := func(id [4]byte) bool {
		return evmtest.Read(n, n.Suite.DAT, d.PackSupportsInterface(id), d.UnpackSupportsInterface)
	}
	for _, c := range []struct {
		name string
		id   [4]byte
		want bool
	}{
		{"ERC165", interfaceID("supportsInterface(bytes4)"), true},
		{"IERC8028", interfaceID(erc8028Functions...), true},
		{"IAccessControl", interfaceID("hasRole(bytes32,address)", "getRoleAdmin(bytes32)", "grantRole(bytes32,address)", "revokeRole(bytes32,address)", "renounceRole(bytes32,address)"), true},
		{"Invalid", [4]byte{0xff, 0xff, 0xff, 0xff}, false},
		{"ERC721", [4]byte{0x80, 0xac, 0x58, 0xcd}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := supports(c.id); got != c.want {
				t.Fatalf("supportsInterface(%x) = %v; want %v", c.id, got, c.want)
			}
		})
	}
	if id := interfaceID("supportsInterface(bytes4)"); id != [4]byte{0x01, 0xff, 0xc9, 0xa7} {
		t.Fatalf("ERC-165 id %x", id)
	}
}

// decodeTokenURI decodes a data:application/json;base64 URI into a JSON object.
func decodeTokenURI(t *testing.T, uri string) map[string]any {
	t.Helper()
	const prefix = "data:application/json;base64,"
	if !strings.HasPrefix(uri, prefix) {
		t.Fatalf("tokenURI %q is not a base64 JSON data URI", uri)
	}
	raw, err := base64.StdEncoding.DecodeString(uri[len(prefix):])
	if err != nil {
		t.Fatalf("tokenURI base64: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var out map[string]any
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("tokenURI JSON: %v\n%s", err, raw)
	}
	return out
}

func TestDAT_TokenURI(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	_, dev := onboarded(n, 0, 0)
	t.Run("OKAnchored", func(t *testing.T) {
		id, c := anchorOne(n, dev, 1440, 8765)
		uri := evmtest.Read(n, n.Suite.DAT, d.PackTokenURI(evmtest.U(id)), d.UnpackTokenURI)
		if u := evmtest.Read(n, n.Suite.DAT, d.PackUri(evmtest.U(id)), d.UnpackUri); u != uri {
			t.Fatalf("uri() differs from tokenURI()")
		}
		j := decodeTokenURI(t, uri)
		if j["name"] != fmt.Sprintf("DAT #%d", id) || j["external_url"] != n.Config.ClassURI {
			t.Fatalf("name/external_url: %v", j)
		}
		p, ok := j["properties"].(map[string]any)
		if !ok {
			t.Fatalf("no properties: %v", j)
		}
		want := map[string]string{
			"class": "1", "status": "pending", "value": "0", "shareRatio": "0", "score": "8765",
			"device": strings.ToLower(dev.Address.Hex()), "epoch": fmt.Sprint(c.Epoch),
			"h3Cell": fmt.Sprintf("%015x", c.H3Cell), "recordCount": "1440",
			"merkleRoot": "0x" + hex.EncodeToString(c.MerkleRoot[:]), "cid": cidString(c.CIDDigest),
		}
		for k, v := range want {
			if got := fmt.Sprint(p[k]); got != v {
				t.Fatalf("properties.%s = %s; want %s", k, got, v)
			}
		}
		if exp := evmtest.Read(n, n.Suite.DAT, d.PackExpireAtOf(evmtest.U(id)), d.UnpackExpireAtOf); fmt.Sprint(p["expireAt"]) != fmt.Sprint(exp) {
			t.Fatalf("properties.expireAt %v; want %d", p["expireAt"], exp)
		}
		if cid := evmtest.Read(n, n.Suite.DAT, d.PackCidOf(evmtest.U(id)), d.UnpackCidOf); cid != cidString(c.CIDDigest) {
			t.Fatalf("cidOf = %s; want %s", cid, cidString(c.CIDDigest))
		}
	})
	t.Run("OKGenericMintHasNoCID", func(t *testing.T) {
		id := n.Mint(1, holder0.Address, 5, 6, 0)
		p := decodeTokenURI(t, evmtest.Read(n, n.Suite.DAT, d.PackTokenURI(evmtest.U(id)), d.UnpackTokenURI))["properties"].(map[string]any)
		if _, ok := p["cid"]; ok || fmt.Sprint(p["status"]) != "finalized" || fmt.Sprint(p["value"]) != "5" || fmt.Sprint(p["shareRatio"]) != "6" {
			t.Fatalf("properties = %v", p)
		}
		if cid := evmtest.Read(n, n.Suite.DAT, d.PackCidOf(evmtest.U(id)), d.UnpackCidOf); cid != "" {
			t.Fatalf("cidOf = %q; want empty", cid)
		}
	})
	t.Run("OKMetadataURIIsEscaped", func(t *testing.T) {
		nasty := `ipfs://x"},"name":"forged\` + "\n"
		class := n.CreateClass(nasty, common.Address{})
		id := n.Mint(class, holder0.Address, 1, 1, 0)
		j := decodeTokenURI(t, evmtest.Read(n, n.Suite.DAT, d.PackTokenURI(evmtest.U(id)), d.UnpackTokenURI))
		if j["external_url"] != nasty || j["name"] != fmt.Sprintf("DAT #%d", id) {
			t.Fatalf("external_url %q name %q", j["external_url"], j["name"])
		}
	})
	t.Run("OKCIDKnownVector", func(t *testing.T) {
		// sha2-256("") = e3b0c442...; its raw-codec CIDv1 is well known.
		digest := [32]byte(common.FromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))
		if got := cidString(digest); got != "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku" {
			t.Fatalf("Go CID of the empty block = %s", got)
		}
		c := n.Contribution(dev, 1, 1)
		c.CIDDigest = digest
		id := n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{dev}, []datpin.Contribution{c})
		if cid := evmtest.Read(n, n.Suite.DAT, d.PackCidOf(evmtest.U(id)), d.UnpackCidOf); cid != cidString(digest) {
			t.Fatalf("cidOf = %s", cid)
		}
	})
}

// The DAT's runtime code stays below the EIP-170 limit.
func TestDAT_CodeSize(t *testing.T) {
	n := adminNet(t)
	for name, a := range map[string]common.Address{"DataAnchoringToken": n.Suite.DAT, "QualityOracle": n.Suite.Oracle, "DeviceRegistry": n.Suite.Registry, "Rewards": n.Suite.Rewards} {
		code, err := n.Chain.Client.CodeAt(n.Ctx, a, nil)
		n.Must(err)
		t.Logf("%s runtime code: %d bytes", name, len(code))
		if len(code) > 24_576 {
			t.Fatalf("%s runtime code is %d bytes, above the EIP-170 limit", name, len(code))
		}
	}
}
