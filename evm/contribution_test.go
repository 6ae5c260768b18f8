package evm_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/mockproofverifier"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/pack"
)

// The contribution lifecycle on the DAT: anchoring device-signed contributions, the oracle's
// verdicts, proofs and record inclusion.

func TestDAT_Anchor(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	relayer := evmtest.Account("relayer", 0)
	op, dev := onboarded(n, 0, 0)
	anchor := func(cs []datpin.Contribution, sigs [][]byte) error {
		_, _, err := n.Suite.Anchor(n.Ctx, relayer, cs, sigs)
		return err
	}
	signed := func(c datpin.Contribution) ([]datpin.Contribution, [][]byte) {
		return []datpin.Contribution{c}, [][]byte{n.Sign(dev, &c)}
	}
	t.Run("OK", func(t *testing.T) {
		total0, _, _, _ := n.ClassState(1)
		cs := []datpin.Contribution{n.Contribution(dev, 1440, 9000), n.Contribution(dev, 720, 4000)}
		cs[1].ZKCommit = [32]byte{0xaa}
		sigs := [][]byte{n.Sign(dev, &cs[0]), n.Sign(dev, &cs[1])}
		first, r, err := n.Suite.Anchor(n.Ctx, relayer, cs, sigs)
		n.Must(err)
		now := n.BlockTime(r)
		ca := evmtest.Events(r, d.UnpackContributionAnchoredEvent)
		minted := evmtest.Events(r, d.UnpackMintedEvent)
		tr := evmtest.Events(r, d.UnpackTransferEvent)
		if len(ca) != 2 || len(minted) != 2 || len(tr) != 2 {
			t.Fatalf("events: %d anchored, %d minted, %d transfers; want 2 each", len(ca), len(minted), len(tr))
		}
		for i, c := range cs {
			id := first + uint64(i)
			e := ca[i]
			if e.TokenId.Uint64() != id || e.Device != dev.Address || e.MerkleRoot != c.MerkleRoot || e.CidDigest != c.CIDDigest {
				t.Fatalf("ContributionAnchored[%d] = %+v", i, e)
			}
			if st, err := n.Suite.TokenState(n.Ctx, id); err != nil || st.Contrib.Epoch != c.Epoch || st.Contrib.H3Cell != c.H3Cell ||
				st.Contrib.RecordCount != c.RecordCount || st.Contrib.Score != c.Score {
				t.Fatalf("contributionOf(%d) = %+v, %v", id, st, err)
			}
			wantExpire := windowEnd(now + uint64(n.Config.ClassTTL/time.Second))
			if m := minted[i]; m.TokenId.Uint64() != id || m.To != op.Address || m.Value.Sign() != 0 || m.ShareRatio.Sign() != 0 || m.ExpireAt != wantExpire {
				t.Fatalf("Minted[%d] = %+v; want value 0, share 0, expireAt %d", i, m, wantExpire)
			}
			if tr[i].From != (common.Address{}) || tr[i].To != op.Address {
				t.Fatalf("Transfer[%d] = %+v", i, tr[i])
			}
			st, err := n.Suite.TokenState(n.Ctx, id)
			n.Must(err)
			if st.Owner != op.Address || st.Status != datpin.StatusPending || st.ShareRatio.Sign() != 0 || st.Value.Sign() != 0 || uint64(st.Contrib.AnchoredAt) != now {
				t.Fatalf("token %d = %+v; want Pending with the operator, share 0", id, st)
			}
			if got, err := n.Suite.TokenOfRoot(n.Ctx, c.MerkleRoot); err != nil || got != id {
				t.Fatalf("tokenOfRoot = %d, %v", got, err)
			}
			if zk := evmtest.Read(n, n.Suite.DAT, d.PackZkCommitOf(evmtest.U(id)), d.UnpackZkCommitOf); zk != c.ZKCommit {
				t.Fatalf("zkCommitOf = %x", zk)
			}
			w := evmtest.Read(n, n.Suite.DAT, d.PackEvaluationWords([]*big.Int{evmtest.U(id)}), d.UnpackEvaluationWords)[0]
			status, anchoredAt, records := datpin.Status(w.Uint64()&0xff), w.Uint64()>>8&0xffffffff, uint32(new(big.Int).Rsh(w, 40).Uint64())
			if status != datpin.StatusPending || records != c.RecordCount || anchoredAt != now {
				t.Fatalf("evaluationWords = %x: status %v, anchoredAt %d, records %d", w, status, anchoredAt, records)
			}
		}
		// Pending tokens count 0.
		total, _, _, _ := n.ClassState(1)
		wantBig(t, "totalShare", total, total0)
		// The relayer gains nothing.
		if b := evmtest.Read(n, n.Suite.DAT, d.PackBalanceOf(relayer.Address), d.UnpackBalanceOf); b.Sign() != 0 {
			t.Fatalf("relayer holds %v tokens", b)
		}
	})
	t.Run("OKDomainAndTypeMatchGo", func(t *testing.T) {
		// The contract's EIP-712 domain (ERC-5267) and Contribution type are those pack signs
		// with; that the struct hashes agree is shown by every anchor above verifying.
		dom := evmtest.Read(n, n.Suite.DAT, d.PackEip712Domain(), d.UnpackEip712Domain)
		if dom.Name != pack.DomainName || dom.Version != pack.DomainVersion ||
			dom.ChainId.Cmp(n.Chain.ChainID) != 0 || dom.VerifyingContract != n.Suite.DAT {
			t.Fatalf("eip712Domain = %+v; want %s/%s on chain %v at %v", dom, pack.DomainName, pack.DomainVersion, n.Chain.ChainID, n.Suite.DAT)
		}
		th := evmtest.Read(n, n.Suite.DAT, d.PackCONTRIBUTIONTYPEHASH(), d.UnpackCONTRIBUTIONTYPEHASH)
		if th != pack.Keccak256([]byte(datpin.ContributionTypeString)) {
			t.Fatalf("CONTRIBUTION_TYPEHASH differs from datpin.ContributionTypeString")
		}
	})
	t.Run("ErrRootAlreadyAnchored", func(t *testing.T) {
		c := n.Contribution(dev, 10, 5000)
		n.Must(anchor(signed(c)))
		again := c
		again.Score, again.Epoch = 9999, c.Epoch+1 // a new signature over the same root
		evmtest.ExpectRevert(t, anchor(signed(again)), "RootAlreadyAnchored", datpin.ECONFLICT)
	})
	t.Run("ErrRootTwiceInOneBatch", func(t *testing.T) {
		before, err := n.Suite.TokenCount(n.Ctx)
		n.Must(err)
		a := n.Contribution(dev, 10, 5000)
		b := a
		b.RecordCount = 11
		err = anchor([]datpin.Contribution{a, b}, [][]byte{n.Sign(dev, &a), n.Sign(dev, &b)})
		evmtest.ExpectRevert(t, err, "RootAlreadyAnchored", datpin.ECONFLICT)
		if after, _ := n.Suite.TokenCount(n.Ctx); after != before {
			t.Fatalf("tokenCount %d -> %d after a reverted batch", before, after)
		}
	})
	t.Run("ErrSignatureExpired", func(t *testing.T) {
		c := n.Contribution(dev, 10, 5000)
		c.Deadline = n.Now() - 1
		evmtest.ExpectRevert(t, anchor(signed(c)), "SignatureExpired", datpin.EEXPIRED)
	})
	t.Run("ErrDeviceInactive", func(t *testing.T) {
		n.MustSend(op, n.Suite.Registry, n.Suite.RegistryABI.PackSetActive(dev.Address, false), nil)
		evmtest.ExpectRevert(t, anchor(signed(n.Contribution(dev, 10, 5000))), "DeviceInactive", datpin.EUNAUTHORIZED)
		n.MustSend(op, n.Suite.Registry, n.Suite.RegistryABI.PackSetActive(dev.Address, true), nil)
		n.Must(anchor(signed(n.Contribution(dev, 10, 5000))))
	})
	t.Run("ErrDeviceSuspended", func(t *testing.T) {
		n.MustSend(n.Admin, n.Suite.Registry, n.Suite.RegistryABI.PackSetSuspended(dev.Address, true), nil)
		evmtest.ExpectRevert(t, anchor(signed(n.Contribution(dev, 10, 5000))), "DeviceInactive", datpin.EUNAUTHORIZED)
		// The operator cannot lift a suspension.
		n.MustSend(op, n.Suite.Registry, n.Suite.RegistryABI.PackSetActive(dev.Address, true), nil)
		evmtest.ExpectRevert(t, anchor(signed(n.Contribution(dev, 10, 5000))), "DeviceInactive", datpin.EUNAUTHORIZED)
		n.MustSend(n.Admin, n.Suite.Registry, n.Suite.RegistryABI.PackSetSuspended(dev.Address, false), nil)
		n.Must(anchor(signed(n.Contribution(dev, 10, 5000))))
	})
	t.Run("ErrDeviceNotFound", func(t *testing.T) {
		ghost := evmtest.Account("device", 9)
		c := n.Contribution(ghost, 10, 5000)
		err := anchor([]datpin.Contribution{c}, [][]byte{n.Sign(ghost, &c)})
		evmtest.ExpectRevert(t, err, "DeviceNotFound", datpin.ENOTFOUND)
	})
	t.Run("ErrInvalidSignature", func(t *testing.T) {
		c := n.Contribution(dev, 10, 5000)
		err := anchor([]datpin.Contribution{c}, [][]byte{n.Sign(stranger, &c)})
		evmtest.ExpectRevert(t, err, "InvalidSignature", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrMalformedSignature", func(t *testing.T) {
		c := n.Contribution(dev, 10, 5000)
		err := anchor([]datpin.Contribution{c}, [][]byte{make([]byte, 64)})
		evmtest.ExpectRevert(t, err, "ECDSAInvalidSignatureLength", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrLengthMismatch", func(t *testing.T) {
		c := n.Contribution(dev, 10, 5000)
		err := anchor([]datpin.Contribution{c}, nil)
		evmtest.ExpectRevert(t, err, "LengthMismatch", datpin.EINVALID)
	})
	t.Run("ErrEmpty", func(t *testing.T) {
		evmtest.ExpectRevert(t, anchor(nil, nil), "InvalidInput", datpin.EINVALID)
	})
	for name, mutate := range map[string]func(*datpin.Contribution){
		"ErrScoreAbove10000": func(c *datpin.Contribution) { c.Score = 10_001 },
		"ErrNoRecords":       func(c *datpin.Contribution) { c.RecordCount = 0 },
		"ErrTooManyRecords":  func(c *datpin.Contribution) { c.RecordCount = 1 << 24 },
		"ErrZeroRoot":        func(c *datpin.Contribution) { c.MerkleRoot = [32]byte{} },
		"ErrZeroCID":         func(c *datpin.Contribution) { c.CIDDigest = [32]byte{} },
	} {
		t.Run(name, func(t *testing.T) {
			c := n.Contribution(dev, 10, 5000)
			mutate(&c)
			evmtest.ExpectRevert(t, anchor(signed(c)), "InvalidInput", datpin.EINVALID)
		})
	}
	t.Run("ErrClassNotFound", func(t *testing.T) {
		c := n.Contribution(dev, 10, 5000)
		c.ClassID = 9
		evmtest.ExpectRevert(t, anchor(signed(c)), "ClassNotFound", datpin.ENOTFOUND)
	})
	t.Run("OKLongTTLDoesNotWrap", func(t *testing.T) {
		// A time-to-live reaching past 2106 must not wrap expireAt into the past.
		class := n.CreateClass("long", common.Address{})
		n.MustSend(n.Admin, n.Suite.DAT, d.PackConfigureClass(evmtest.U(class), ^uint32(0), common.Address{}), nil)
		c := n.Contribution(dev, 10, 5000)
		c.ClassID = class
		id := n.Anchor(relayer, []*evm.Account{dev}, []datpin.Contribution{c})
		exp := evmtest.Read(n, n.Suite.DAT, d.PackExpireAtOf(evmtest.U(id)), d.UnpackExpireAtOf)
		if want := windowEnd(uint64(^uint32(0))); exp != want || want > uint64(^uint32(0)) || want%expiryGranularity != 0 {
			t.Fatalf("expireAt = %d; want it saturated at the last window end below 2^32 (%d), not wrapped", exp, want)
		}
	})
	t.Run("OKTokenGoesToCurrentOperator", func(t *testing.T) {
		newOp := evmtest.Account("operator", 1)
		n.MustSend(op, n.Suite.Registry, n.Suite.RegistryABI.PackTransferOperator(dev.Address, newOp.Address), nil)
		id, _ := anchorOne(n, dev, 10, 5000)
		if owner := n.Owner(id); owner != newOp.Address {
			t.Fatalf("token went to %s; want the new operator", owner)
		}
	})
}

func TestDAT_SettleEvaluations(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	evaluator := evmtest.Account("admin", 2)
	n.GrantRole(n.Suite.DAT, evm.RoleEvaluator, evaluator.Address)
	_, dev := onboarded(n, 0, 0)
	settle := func(from *evm.Account, vs ...evm.Verdict) error {
		_, err := n.Send(from, n.Suite.DAT, d.PackSettleEvaluations(evm.PackVerdicts(vs...)), nil)
		return err
	}
	t.Run("OKAccept", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 100, 7000)
		total0, _, _, _ := n.ClassState(1)
		r := n.MustSend(evaluator, n.Suite.DAT, d.PackSettleEvaluations(evm.PackVerdicts(evm.Verdict{TokenId: evmtest.U(id), Score: 7100, Accepted: true, Value: 71, ShareRatio: 710_000})), nil)
		ev := evmtest.Events(r, d.UnpackFinalizedEvent)
		if len(ev) != 1 || ev[0].Score != 7100 || ev[0].Value.Int64() != 71 || ev[0].ShareRatio.Int64() != 710_000 {
			t.Fatalf("Finalized = %+v", ev)
		}
		st, _ := n.Suite.TokenState(n.Ctx, id)
		if st.Status != datpin.StatusFinalized || st.Value.Int64() != 71 || st.ShareRatio.Int64() != 710_000 || st.Contrib.Score != 7100 {
			t.Fatalf("token = %+v", st)
		}
		total, _, _, _ := n.ClassState(1)
		wantBig(t, "totalShare", total, new(big.Int).Add(total0, big.NewInt(710_000)))
	})
	t.Run("OKReject", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 100, 7000)
		reason := bytes32("below-threshold")
		r := n.MustSend(evaluator, n.Suite.DAT, d.PackSettleEvaluations(evm.PackVerdicts(evm.Verdict{TokenId: evmtest.U(id), Score: 100, Value: 5, ShareRatio: 5, Reason: evm.ReasonBelowThreshold})), nil)
		ev := evmtest.Events(r, d.UnpackRejectedEvent)
		if len(ev) != 1 || ev[0].Score != 100 || ev[0].Reason != reason {
			t.Fatalf("Rejected = %+v", ev)
		}
		st, _ := n.Suite.TokenState(n.Ctx, id)
		if st.Status != datpin.StatusRejected || st.Value.Sign() != 0 || st.ShareRatio.Sign() != 0 {
			t.Fatalf("token = %+v; a rejection carries neither value nor share", st)
		}
	})
	t.Run("OKShareSaturates", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 100, 7000)
		n.MustSend(evaluator, n.Suite.DAT, d.PackSettleEvaluations(evm.PackVerdicts(evm.Verdict{TokenId: evmtest.U(id), Score: 1, Accepted: true, Value: 1, ShareRatio: ^uint64(0)})), nil)
		st, _ := n.Suite.TokenState(n.Ctx, id)
		wantBig(t, "shareRatio", st.ShareRatio, maxUint56)
	})
	t.Run("OKExpiredBeforeFinalizationNeverCounts", func(t *testing.T) {
		class := n.CreateClass("short", common.Address{})
		n.MustSend(n.Admin, n.Suite.DAT, d.PackConfigureClass(evmtest.U(class), 20, common.Address{}), nil)
		c := n.Contribution(dev, 10, 5000)
		c.ClassID = class
		id := n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{dev}, []datpin.Contribution{c})
		live := n.Mint(class, holder0.Address, 0, 10, 0)
		n.PastExpiry(id)
		n.MustSend(evaluator, n.Suite.DAT, d.PackSettleEvaluations(evm.PackVerdicts(evm.Verdict{TokenId: evmtest.U(id), Score: 5000, Accepted: true, Value: 5, ShareRatio: 50_000})), nil)
		if total, _, _, _ := n.ClassState(class); total.Int64() != 10 {
			t.Fatalf("totalShare %v; want only the live token's 10", total)
		}
		_, err := n.SettleETH(buyer, class, big.NewInt(1000))
		n.Must(err)
		if p := n.Pending(id, ethAsset); p.Sign() != 0 {
			t.Fatalf("expired-at-finalization token earns %v", p)
		}
		wantBig(t, "live token pending", n.Pending(live, ethAsset), big.NewInt(1000))
		r := n.MustSend(stranger, n.Suite.DAT, d.PackExpire(ids(id)), nil)
		if len(evmtest.Events(r, d.UnpackExpiredEvent)) != 0 {
			t.Fatalf("Expired for a token that never counted")
		}
	})
	t.Run("ErrNotPending", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 100, 7000)
		v := evm.Verdict{TokenId: evmtest.U(id), Score: 7000, Accepted: true, Value: 1, ShareRatio: 1}
		err := settle(evaluator, v)
		n.Must(err)
		err = settle(evaluator, v)
		evmtest.ExpectRevert(t, err, "NotPending", datpin.ECONFLICT)
		gen := n.Mint(1, holder0.Address, 1, 1, 0) // generic mints start Finalized
		err = settle(evaluator, evm.Verdict{TokenId: evmtest.U(gen), Score: 1, Accepted: true})
		evmtest.ExpectRevert(t, err, "NotPending", datpin.ECONFLICT)
	})
	t.Run("ErrScoreAbove10000", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 100, 7000)
		err := settle(evaluator, evm.Verdict{TokenId: evmtest.U(id), Score: 10_001, Accepted: true})
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrTokenNotFound", func(t *testing.T) {
		err := settle(evaluator, evm.Verdict{TokenId: evmtest.U(9999), Score: 1})
		evmtest.ExpectRevert(t, err, "TokenNotFound", datpin.ENOTFOUND)
	})
}

func TestDAT_AddProof(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	attester := evmtest.Account("attester", 0)
	n.GrantRole(n.Suite.DAT, evm.RoleAttester, attester.Address)
	op, dev := onboarded(n, 0, 0)
	proofType := [32]byte(crypto.Keccak256([]byte("COVERAGE_AUDIT")))
	addProof := func(id uint64, typ [32]byte, uri string, sig []byte) error {
		_, err := n.Send(op, n.Suite.DAT, d.PackAddProof(evmtest.U(id), typ, uri, sig), nil)
		return err
	}
	t.Run("OKAttesterSignatureAddedByTheContributor", func(t *testing.T) {
		id, c := anchorOne(n, dev, 10, 5000)
		sig := n.SignDigest(attester.Key, n.ProofDigest(n.Suite.DAT, id, proofType, "ipfs://audit", c.MerkleRoot))
		r := n.MustSend(op, n.Suite.DAT, d.PackAddProof(evmtest.U(id), proofType, "ipfs://audit", sig), nil)
		ev := evmtest.Events(r, d.UnpackProofAddedEvent)
		if len(ev) != 1 || ev[0].TokenId.Uint64() != id || ev[0].ProofType != proofType || ev[0].Uri != "ipfs://audit" || string(ev[0].Signature) != string(sig) {
			t.Fatalf("ProofAdded = %+v", ev)
		}
		if !evmtest.Read(n, n.Suite.DAT, d.PackHasProof(evmtest.U(id), proofType), d.UnpackHasProof) {
			t.Fatalf("hasProof = false")
		}
	})
	t.Run("ErrNotAttester", func(t *testing.T) {
		id, c := anchorOne(n, dev, 10, 5000)
		sig := n.SignDigest(stranger.Key, n.ProofDigest(n.Suite.DAT, id, proofType, "ipfs://audit", c.MerkleRoot))
		err := addProof(id, proofType, "ipfs://audit", sig)
		evmtest.ExpectRevert(t, err, "InvalidProof", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrOtherURI", func(t *testing.T) {
		id, c := anchorOne(n, dev, 10, 5000)
		sig := n.SignDigest(attester.Key, n.ProofDigest(n.Suite.DAT, id, proofType, "ipfs://audit", c.MerkleRoot))
		err := addProof(id, proofType, "ipfs://forged", sig)
		evmtest.ExpectRevert(t, err, "InvalidProof", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrMalformedSignature", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 10, 5000)
		err := addProof(id, proofType, "x", []byte{1, 2, 3})
		evmtest.ExpectRevert(t, err, "InvalidProof", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrZeroProofType", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 10, 5000)
		err := addProof(id, [32]byte{}, "x", nil)
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrTokenNotFound", func(t *testing.T) {
		err := addProof(9999, proofType, "x", nil)
		evmtest.ExpectRevert(t, err, "TokenNotFound", datpin.ENOTFOUND)
	})
	zk := [32]byte(crypto.Keccak256([]byte("ZK_ATTEST")))
	verifier := n.Deploy(n.Admin, mockproofverifier.MockProofVerifierMetaData.Bin, nil)
	t.Run("ErrSetProofVerifierUnauthorized", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.DAT, d.PackSetProofVerifier(zk, verifier), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	})
	r := n.MustSend(n.Admin, n.Suite.DAT, d.PackSetProofVerifier(zk, verifier), nil)
	if ev := evmtest.Events(r, d.UnpackProofVerifierSetEvent); len(ev) != 1 || ev[0].Verifier != verifier || ev[0].ProofType != zk {
		t.Fatalf("ProofVerifierSet = %+v", ev)
	}
	t.Run("OKVerifier", func(t *testing.T) {
		c := n.Contribution(dev, 10, 5000)
		c.ZKCommit = [32]byte{0x5a}
		id := n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{dev}, []datpin.Contribution{c})
		err := addProof(id, zk, "", zkProof(id, c.ZKCommit, 6500))
		n.Must(err)
		if th := evmtest.Read(n, n.Suite.DAT, d.PackProvenThreshold(evmtest.U(id)), d.UnpackProvenThreshold); th != 6500 {
			t.Fatalf("provenThreshold = %d; want 6500", th)
		}
		// A lower proven threshold does not lower it.
		err = addProof(id, zk, "", zkProof(id, c.ZKCommit, 100))
		n.Must(err)
		if th := evmtest.Read(n, n.Suite.DAT, d.PackProvenThreshold(evmtest.U(id)), d.UnpackProvenThreshold); th != 6500 {
			t.Fatalf("provenThreshold = %d; want 6500", th)
		}
	})
	t.Run("ErrVerifierNoCommitment", func(t *testing.T) {
		id, _ := anchorOne(n, dev, 10, 5000)
		err := addProof(id, zk, "", zkProof(id, [32]byte{}, 6500))
		evmtest.ExpectRevert(t, err, "InvalidProof", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrVerifierRejects", func(t *testing.T) {
		c := n.Contribution(dev, 10, 5000)
		c.ZKCommit = [32]byte{0x5b}
		id := n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{dev}, []datpin.Contribution{c})
		err := addProof(id, zk, "", zkProof(id, [32]byte{0x5c}, 6500))
		evmtest.ExpectRevert(t, err, "InvalidProof", datpin.EUNAUTHORIZED)
	})
}

// zkProof is the MockProofVerifier proof for a token and commitment: abi.encode(keccak256(
// abi.encode(tokenId, zkCommit)), threshold).
func zkProof(tokenID uint64, commit [32]byte, threshold uint16) []byte {
	binding := crypto.Keccak256(append(common.LeftPadBytes(evmtest.U(tokenID).Bytes(), 32), commit[:]...))
	return append(binding, common.LeftPadBytes(big.NewInt(int64(threshold)).Bytes(), 32)...)
}

// sampleRecords makes n distinct public records.
func sampleRecords(n int) []datpin.PublicRecord {
	recs := make([]datpin.PublicRecord, n)
	for i := range recs {
		recs[i] = datpin.PublicRecord{
			Kind: datpin.KindSession, Time: 1_767_225_600_000 + int64(i)*60_000,
			Pseudonym: [16]byte{byte(i), byte(i >> 8)}, StationID: fmt.Sprintf("%05X", 0x1A2B0+i%7),
			CellID: fmt.Sprint(1 + i%3), H3Cell: testCell, SpeedKmh: int32(i % 90), Mode: datpin.ModeLTE,
			RSRPdBm10: int32(-1150 + i), RSRQdB10: -100, SINRdB10: 120, RSSIdBm10: -700, CQI: int32(i % 16),
			NRRSRPdBm10: datpin.Missing, NRRSRQdB10: datpin.Missing, DownKbps: int32(1000 * i), UpKbps: 500,
			LatencyMs10: 300, JitterMs10: 20, LossPermille: 1, Sessions: datpin.Missing, Devices: datpin.Missing,
		}
	}
	return recs
}

// The Go Merkle tree of package pack and OpenZeppelin's MerkleProof agree: every record of a
// batch anchored on chain verifies with the Go proof, and a wrong leaf or proof does not.
func TestDAT_VerifyRecord(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	_, dev := onboarded(n, 0, 0)
	verify := func(id uint64, recordHash [32]byte, proof [][32]byte) bool {
		return evmtest.Read(n, n.Suite.DAT, d.PackVerifyRecord(evmtest.U(id), recordHash, proof), d.UnpackVerifyRecord)
	}
	var otherTree *pack.Tree
	for _, size := range []int{1, 2, 3, 7, 100} {
		t.Run(fmt.Sprintf("OK%dLeaves", size), func(t *testing.T) {
			recs := sampleRecords(size)
			leaves, err := pack.Leaves(recs)
			n.Must(err)
			_, root, err := pack.EncodeBatch(recs)
			n.Must(err)
			tree := pack.NewTree(leaves)
			if tree.Root() != root {
				t.Fatalf("Tree root differs from EncodeBatch root")
			}
			if size == 1 && root != leaves[0] {
				t.Fatalf("a one-leaf tree's root is not its leaf")
			}
			c := n.Contribution(dev, uint32(size), 5000)
			c.MerkleRoot = root
			id := n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{dev}, []datpin.Contribution{c})
			hashes := make([][32]byte, size)
			for i := range recs {
				enc, err := pack.EncodeRecord(&recs[i])
				n.Must(err)
				hashes[i] = pack.RecordHash(enc)
				if pack.LeafHash(hashes[i]) != leaves[i] {
					t.Fatalf("leaf %d is not keccak256(recordHash)", i)
				}
				proof, err := tree.Proof(i)
				n.Must(err)
				if !verify(id, hashes[i], proof) {
					t.Fatalf("record %d of %d does not verify on chain", i, size)
				}
			}
			proof0, _ := tree.Proof(0)
			if verify(id, [32]byte(crypto.Keccak256([]byte("not a record"))), proof0) {
				t.Fatalf("a foreign record verifies")
			}
			if verify(id, leaves[0], proof0) {
				t.Fatalf("the leaf itself verifies as a record hash (single hashing)")
			}
			if size > 1 {
				bad := append([][32]byte(nil), proof0...)
				bad[0][0] ^= 1
				if verify(id, hashes[0], bad) {
					t.Fatalf("a corrupted proof verifies")
				}
				if size > 2 {
					proof2, _ := tree.Proof(2)
					if verify(id, hashes[0], proof2) {
						t.Fatalf("another leaf's proof verifies")
					}
				}
			}
			if otherTree != nil && size > 1 {
				p, _ := otherTree.Proof(0)
				if verify(id, hashes[0], p) {
					t.Fatalf("a proof from another tree verifies")
				}
			}
			otherTree = tree
		})
	}
	t.Run("OKGenericMintVerifiesNothing", func(t *testing.T) {
		id := n.Mint(1, holder0.Address, 1, 1, 0)
		if verify(id, [32]byte{}, nil) {
			t.Fatalf("a token without a root verifies a record")
		}
	})
	t.Run("ErrTokenNotFound", func(t *testing.T) {
		_, err := n.Call(n.Suite.DAT, d.PackVerifyRecord(evmtest.U(9999), [32]byte{}, nil))
		evmtest.ExpectRevert(t, err, "TokenNotFound", datpin.ENOTFOUND)
	})
}

// A batch mixing operators credits each operator's balance and numbers the tokens in order.
func TestDAT_AnchorMixedOperators(t *testing.T) {
	n := adminNet(t)
	opA, devA := onboarded(n, 0, 0)
	opB, devB := onboarded(n, 1, 1)
	before, err := n.Suite.TokenCount(n.Ctx)
	n.Must(err)
	cs := []datpin.Contribution{n.Contribution(devA, 10, 5000), n.Contribution(devB, 10, 5000), n.Contribution(devA, 10, 5000)}
	first := n.Anchor(evmtest.Account("relayer", 0), []*evm.Account{devA, devB}, cs)
	if first != before+1 {
		t.Fatalf("first token %d, want %d", first, before+1)
	}
	if count, _ := n.Suite.TokenCount(n.Ctx); count != before+3 {
		t.Fatalf("tokenCount %d, want %d", count, before+3)
	}
	d := n.Suite.DATABI
	for _, c := range []struct {
		op   *evm.Account
		want int64
	}{{opA, 2}, {opB, 1}} {
		if b := evmtest.Read(n, n.Suite.DAT, d.PackBalanceOf(c.op.Address), d.UnpackBalanceOf); b.Int64() != c.want {
			t.Fatalf("balanceOf(%s) = %v, want %d", c.op, b, c.want)
		}
	}
	for i, want := range []*evm.Account{opA, opB, opA} {
		if owner := n.Owner(first + uint64(i)); owner != want.Address {
			t.Fatalf("token %d owned by %s, want %s", first+uint64(i), owner, want)
		}
	}
}
