package evm_test

import (
	"encoding/hex"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin/contracts/bindings/falsereturningerc20"
	"github.com/datpin/datpin/contracts/bindings/reentranterc20"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/market"
)

// Attacks on the DataMarket: each test names the attack and asserts that its victim (holders,
// buyers, other purchases' pools) is unharmed.

// listWith lists entries like marketNet.list, with change applied to the listing first.
func (m *marketNet) listWith(entries []market.Entry, asset common.Address, price int64, change func(*evm.Listing)) uint64 {
	m.T.Helper()
	l := evm.Listing{
		ClassId: m.Suite.ClassID, ManifestRoot: market.ManifestRoot(entries), ManifestCid: [32]byte{1}, CertificateHash: [32]byte{2},
		Asset: asset, PricePerUnit: big.NewInt(price), Purposes: big.NewInt(1 << research), AccessDuration: 30 * 86400,
		DeliveryWindow: 3600, LicenceURI: "ipfs://licence",
	}
	if change != nil {
		change(&l)
	}
	id, err := m.Suite.ListDataset(m.Ctx, m.Admin, l)
	m.Must(err)
	m.listed[id] = entries
	return id
}

// buyETH buys a listing in ETH for research, paying value, with no minimum and no price limit.
func (m *marketNet) buyETH(listing uint64, es []market.Entry, value int64) *evm.PurchaseResult {
	m.T.Helper()
	res, err := m.Suite.BuyDataset(m.Ctx, buyer, listing, es, research, recipient, 0, big.NewInt(value), big.NewInt(value))
	m.Must(err)
	return res
}

func (m *marketNet) credit(asset, who common.Address) *big.Int {
	m.T.Helper()
	c, err := m.Suite.MarketCredit(m.Ctx, asset, who)
	m.Must(err)
	return c
}

// ---------------------------------------------------------------- EVM test contracts
//
// Contracts the attacks need beyond contracts/src/testing, written as raw EVM code.

const (
	opSTOP           byte = 0x00
	opSUB            byte = 0x03
	opCALLVALUE      byte = 0x34
	opCALLDATALOAD   byte = 0x35
	opCALLDATASIZE   byte = 0x36
	opCALLDATACOPY   byte = 0x37
	opCODECOPY       byte = 0x39
	opRETURNDATASIZE byte = 0x3d
	opRETURNDATACOPY byte = 0x3e
	opJUMP           byte = 0x56
	opJUMPI          byte = 0x57
	opGAS            byte = 0x5a
	opJUMPDEST       byte = 0x5b
	opLOG1           byte = 0xa1
	opCALL           byte = 0xf1
	opRETURN         byte = 0xf3
	opREVERT         byte = 0xfd
)

type (
	asmLabel string // a jump destination (emits JUMPDEST)
	asmMark  string // a position, emitting nothing
	asmRef   string // PUSH2 of a label's or mark's offset
)

func push1(v byte) []byte { return []byte{0x60, v} }
func push2(v int) []byte  { return []byte{0x61, byte(v >> 8), byte(v)} }
func push20(a common.Address) []byte {
	return append([]byte{0x73}, a.Bytes()...)
}

// assemble lays out opcodes (byte), raw bytes, labels, marks and references to them.
func assemble(parts ...any) []byte {
	pos, size := map[string]int{}, 0
	for _, p := range parts {
		switch v := p.(type) {
		case byte:
			size++
		case []byte:
			size += len(v)
		case asmLabel:
			pos[string(v)] = size
			size++
		case asmMark:
			pos[string(v)] = size
		case asmRef:
			size += 3
		}
	}
	out := make([]byte, 0, size)
	for _, p := range parts {
		switch v := p.(type) {
		case byte:
			out = append(out, v)
		case []byte:
			out = append(out, v...)
		case asmLabel:
			out = append(out, opJUMPDEST)
		case asmRef:
			out = append(out, push2(pos[string(v)])...)
		}
	}
	return out
}

// creation wraps runtime code in creation code that returns it.
func creation(runtime []byte) string {
	init := assemble(push2(len(runtime)), byte(0x80), push1(12), push1(0), opCODECOPY, push1(0), opRETURN)
	return hex.EncodeToString(append(init, runtime...))
}

// relayCode is a contract that (1) called with data, calls the address in the data's first word
// with the rest as calldata and the value it was sent, and reverts with the callee's revert data
// if that call fails; (2) sent plain ETH, calls target with payload, logs the outcome (topic:
// success, data: the return or revert data) and accepts the ETH either way.
func relayCode(target common.Address, payload []byte) string {
	return creation(assemble(
		opCALLDATASIZE, asmRef("exec"), opJUMPI,
		// plain ETH: call target with payload, log the outcome, accept
		push2(len(payload)), asmRef("payload"), push1(0), opCODECOPY,
		push1(0), push1(0), push2(len(payload)), push1(0), push1(0), push20(target), opGAS, opCALL,
		opRETURNDATASIZE, push1(0), push1(0), opRETURNDATACOPY,
		opRETURNDATASIZE, push1(0), opLOG1,
		opSTOP,
		asmLabel("exec"),
		push1(32), opCALLDATASIZE, opSUB, push1(32), push1(0), opCALLDATACOPY,
		push1(0), push1(0), push1(32), opCALLDATASIZE, opSUB, push1(0), opCALLVALUE, push1(0), opCALLDATALOAD, opGAS, opCALL,
		asmRef("ok"), opJUMPI,
		opRETURNDATASIZE, push1(0), push1(0), opRETURNDATACOPY,
		opRETURNDATASIZE, push1(0), opREVERT,
		asmLabel("ok"), opSTOP,
		asmMark("payload"), payload,
	))
}

// burnerCode is a contract whose every call, plain ETH included, loops until it runs out of gas.
func burnerCode() string {
	return creation(assemble(asmLabel("loop"), asmRef("loop"), opJUMP))
}

// relayCall has relay call to with data and value (from stranger).
func (m *marketNet) relayCall(relay, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	return m.Send(stranger, relay, append(common.LeftPadBytes(to.Bytes(), 32), data...), value)
}

// relayLogs returns the outcomes relay logged for its reentrant calls in r.
func relayLogs(r *types.Receipt, relay common.Address) (ok []bool, data [][]byte) {
	for _, lg := range r.Logs {
		if lg.Address == relay && len(lg.Topics) == 1 {
			ok = append(ok, lg.Topics[0] != (common.Hash{}))
			data = append(data, lg.Data)
		}
	}
	return ok, data
}

// ---------------------------------------------------------------- draining and forged claims

// A manifest listing the same token three times (different units) spends and pays each delivered
// entry once; the entry whose units are no longer there at delivery is dropped, its price goes
// back to the buyer, and it cannot be claimed; forged
// claims (another duplicate's units, another index, another position, the same entry twice in a
// batch, an entry of another purchase of the same listing) revert; the claims of all purchases
// never take more than their pools: the market keeps exactly the fees, the rounding dust and the
// pools not yet claimed.
func TestMarketAttack_DuplicateEntriesAndForgedClaims(t *testing.T) {
	m := newMarketNet(t)
	m.consent(holder0, holder1)
	m.MustSend(m.Admin, m.Suite.Market, m.Suite.MarketABI.PackSetFees(500, 100, payee(7)), nil)
	// a has 100: each entry fits on its own, so both purchases include all four and escrow 160
	// units; units are spent at delivery, where p1 keeps entries 0, 1 and 2 (a 70, c 50) and drops
	// entry 3 (40 of the 30 left), and p2 keeps entry 1 only (a 30).
	es := []market.Entry{{TokenID: m.a, Units: 40}, {TokenID: m.a, Units: 30}, {TokenID: m.c, Units: 50}, {TokenID: m.a, Units: 40}}
	listing := m.list(es, ethAsset, 7)
	p1 := m.buyETH(listing, es, 10_000)
	p2 := m.buyETH(listing, es, 10_000)
	for _, p := range []*evm.PurchaseResult{p1, p2} {
		if p.Tokens != 4 || p.Units != 160 || p.Amount.Int64() != 1120 || len(p.Excluded) != 0 {
			t.Fatalf("purchase %+v", p)
		}
	}
	wantBig(t, "a before delivery", m.Value(m.a), big.NewInt(100))
	for _, id := range []uint64{p1.ID, p2.ID} {
		_, err := m.deliver(m.gateway, id, [32]byte{1})
		m.Must(err)
	}
	wantBig(t, "a after the deliveries", m.Value(m.a), big.NewInt(0))
	wantBig(t, "c after the deliveries", m.Value(m.c), big.NewInt(30))
	for id, want := range map[uint64][2]int64{p1.ID: {3, 120}, p2.ID: {1, 30}} {
		p, err := m.Suite.PurchaseOf(m.Ctx, id)
		m.Must(err)
		if int64(p.Tokens) != want[0] || int64(p.TotalUnits) != want[1] {
			t.Fatalf("purchase %d delivered %d tokens, %d units; want %v", id, p.Tokens, p.TotalUnits, want)
		}
	}
	// Pools: 840 - 42 - 8 = 790 and 210 - 10 - 2 = 198.
	sold1 := claims(es, []int{0, 1, 2})
	sold2 := claims(es, []int{1})
	forge := func(c evm.SaleClaim, change func(*evm.SaleClaim)) []evm.SaleClaim {
		change(&c)
		return []evm.SaleClaim{c}
	}
	cases := []struct {
		name   string
		p      uint64
		claims []evm.SaleClaim
		want   string
	}{
		{"excluded entry", p1.ID, forge(sold1[2], func(c *evm.SaleClaim) { c.Entry, c.Index = es[3:][0], 3 }), "NotSold"},
		{"other duplicate's units", p1.ID, forge(sold1[1], func(c *evm.SaleClaim) { c.Entry.Units = 40 }), "NotSold"},
		{"other index", p1.ID, forge(sold1[0], func(c *evm.SaleClaim) { c.Index = 3 }), "NotSold"},
		{"other position", p1.ID, forge(sold1[0], func(c *evm.SaleClaim) { c.Position = 1 }), "NotSold"},
		{"position past the sold", p1.ID, forge(sold1[2], func(c *evm.SaleClaim) { c.Position = 3 }), "NotSold"},
		{"twice in one batch", p1.ID, []evm.SaleClaim{sold1[0], sold1[0]}, "AlreadyClaimed"},
		{"purchase 1's entry on purchase 2", p2.ID, sold1[1:2], "NotSold"},
		{"purchase 2's entry on purchase 1", p1.ID, sold2, "NotSold"},
	}
	for _, c := range cases {
		_, err := m.Suite.ClaimSales(m.Ctx, stranger, c.p, c.claims)
		if err == nil {
			t.Fatalf("%s: claim succeeded", c.name)
		}
		if got := evm.RevertName(err); got != c.want {
			t.Fatalf("%s: reverted with %q; want %s", c.name, got, c.want)
		}
	}
	before0, before1 := m.ETH(holder0.Address), m.ETH(holder1.Address)
	_, err := m.Suite.ClaimSales(m.Ctx, stranger, p1.ID, sold1)
	m.Must(err)
	_, err = m.Suite.ClaimSales(m.Ctx, stranger, p2.ID, sold2)
	m.Must(err)
	// holder0: 790·40/120 + 790·30/120 + 198 = 263 + 197 + 198; holder1: 790·50/120 = 329.
	wantBig(t, "holder0 paid", new(big.Int).Sub(m.ETH(holder0.Address), before0), big.NewInt(263+197+198))
	wantBig(t, "holder1 paid", new(big.Int).Sub(m.ETH(holder1.Address), before1), big.NewInt(329))
	for _, c := range append(append([]evm.SaleClaim{}, sold1...), sold2...) {
		p := p1.ID
		if c.Index == 1 && c.Position == 0 {
			p = p2.ID
		}
		_, err := m.Suite.ClaimSales(m.Ctx, stranger, p, []evm.SaleClaim{c})
		evmtest.ExpectRevert(t, err, "AlreadyClaimed", "")
	}
	// The buyer's change, the fees (42 + 10 protocol, 8 + 2 delivery) and one wei of rounding
	// dust stay.
	wantBig(t, "buyer's change", m.credit(ethAsset, buyer.Address), big.NewInt(10_000-840+10_000-210))
	wantBig(t, "protocol fees", m.credit(ethAsset, payee(7)), big.NewInt(52))
	wantBig(t, "delivery fees", m.credit(ethAsset, m.gateway.Address), big.NewInt(10))
	wantBig(t, "market balance", m.ETH(m.Suite.Market), big.NewInt(18_950+52+10+1))
}

// Entries whose tokens may not be sold are neither spent nor paid, whatever the mix in one
// manifest: a token of another class, an expired, a pending and an unknown token, a holder that
// denies the buyer, one that consented to another purpose, one that approved the market on the
// DAT without consenting, one that consented without approving; after transfers, consent follows
// the new holder both ways.
func TestMarketAttack_ConsentBypasses(t *testing.T) {
	m := newMarketNet(t)
	cls := m.Suite.ClassID
	holder3, holder4 := evmtest.Account("holder", 3), evmtest.Account("holder", 4)
	other := m.CreateClass("ipfs://other", common.Address{})
	e := m.Mint(other, holder0.Address, 100, 100, 0)
	f := m.Mint(cls, holder0.Address, 100, 100, m.Now()+2*3600)
	op, dev := onboarded(m.Net, 0, 0)
	g, _ := anchorOne(m.Net, dev, 10, 9000) // Pending
	h := m.Mint(cls, holder3.Address, 100, 100, 0)
	i := m.Mint(cls, holder4.Address, 100, 100, 0)
	const unknown = 9999

	m.consent(holder0, holder1, op)
	m.Must(m.Suite.GrantConsent(m.Ctx, holder0, other, allPurposes, false))
	m.Must(m.Suite.SetBuyerRule(m.Ctx, holder1, cls, buyer.Address, 2))
	m.Must(m.Suite.GrantConsent(m.Ctx, holder2, cls, big.NewInt(1<<evm.PurposeCommercial), false))
	m.MustSend(holder3, m.Suite.DAT, m.Suite.DATABI.PackApproveForClass(evmtest.U(cls), m.Suite.Market, true), nil)
	m.MustSend(holder4, m.Suite.Market, m.Suite.MarketABI.PackSetConsent(evmtest.U(cls), allPurposes, false), nil)
	m.AdvanceTo(m.ExpireAt(f))

	es := []market.Entry{{TokenID: m.a, Units: 10}, {TokenID: e, Units: 10}, {TokenID: f, Units: 10}, {TokenID: g, Units: 10},
		{TokenID: unknown, Units: 10}, {TokenID: m.c, Units: 10}, {TokenID: m.d, Units: 10}, {TokenID: h, Units: 10},
		{TokenID: i, Units: 10}, {TokenID: m.b, Units: 10}}
	listing := m.list(es, ethAsset, 10)
	res := m.buyETH(listing, es, 10_000)
	want := map[uint64]uint8{e: evm.ExcludedNotSellable, f: evm.ExcludedNoValue, g: evm.ExcludedNotSellable,
		unknown: evm.ExcludedNotSellable, m.c: evm.ExcludedNoConsent, m.d: evm.ExcludedNoConsent, h: evm.ExcludedNoConsent,
		i: evm.ExcludedNoConsent}
	if res.Tokens != 2 || res.Units != 20 || res.Amount.Int64() != 200 || len(res.Excluded) != len(want) {
		t.Fatalf("purchase %+v", res)
	}
	for id, why := range want {
		if res.Excluded[id] != why {
			t.Errorf("token %d excluded %d; want %d", id, res.Excluded[id], why)
		}
	}
	_, err := m.deliver(m.gateway, res.ID, [32]byte{1})
	m.Must(err)
	for id, v := range map[uint64]int64{m.a: 90, m.b: 40, m.c: 80, m.d: 60, e: 100, f: 100, h: 100, i: 100} {
		wantBig(t, "value", m.Value(id), big.NewInt(v))
	}

	// holder0 sells b to holder2 (no research consent) and buys d from holder2: b is excluded,
	// d is now holder0's to sell.
	m.MustSend(holder0, m.Suite.DAT, m.Suite.DATABI.PackTransferToken(evmtest.U(m.b), holder2.Address), nil)
	m.MustSend(holder2, m.Suite.DAT, m.Suite.DATABI.PackTransferToken(evmtest.U(m.d), holder0.Address), nil)
	res = m.buyETH(listing, es, 10_000)
	if res.Tokens != 2 || res.Units != 20 || res.Excluded[m.b] != evm.ExcludedNoConsent || res.Excluded[m.d] != 0 {
		t.Fatalf("purchase after transfers %+v", res)
	}
	_, err = m.deliver(m.gateway, res.ID, [32]byte{2})
	m.Must(err)
	wantBig(t, "b after its holder changed", m.Value(m.b), big.NewInt(40))
	wantBig(t, "d after its holder changed", m.Value(m.d), big.NewInt(50))
}

// Purpose codes are bits 0..255: bit 255 of a consent covers purpose 255 and nothing else, bit
// 255 of a listing does not widen a consent of bits 0..7, and a purpose above 255 cannot be
// encoded (the call reverts in decoding).
func TestMarketAttack_PurposeBits(t *testing.T) {
	m := newMarketNet(t)
	cls := m.Suite.ClassID
	top := new(big.Int).Lsh(big.NewInt(1), 255)
	es := []market.Entry{{TokenID: m.a, Units: 10}}
	listing := m.listWith(es, ethAsset, 10, func(l *evm.Listing) { l.Purposes = new(big.Int).Or(top, big.NewInt(1<<research)) })
	buy := func(purpose uint8) (*evm.PurchaseResult, error) {
		return m.Suite.BuyDataset(m.Ctx, buyer, listing, es, purpose, recipient, 0, big.NewInt(1000), big.NewInt(1000))
	}
	m.consent(holder0) // bits 0..7
	_, err := buy(255)
	evmtest.ExpectRevert(t, err, "NothingIncluded", "")
	m.Must(m.Suite.GrantConsent(m.Ctx, holder0, cls, top, false))
	_, err = buy(research)
	evmtest.ExpectRevert(t, err, "NothingIncluded", "")
	wantBig(t, "a before a purpose-255 sale", m.Value(m.a), big.NewInt(100))
	res, err := buy(255)
	m.Must(err)
	if res.Units != 10 {
		t.Fatalf("purpose 255 bought %d units", res.Units)
	}
	_, err = m.deliver(m.gateway, res.ID, [32]byte{1})
	m.Must(err)
	// purpose 256 = purpose 0 with the high byte of its word set.
	data := m.Suite.MarketABI.PackPurchase(evmtest.U(listing), marketEntriesABI(es), research, recipient, evmtest.U(0), big.NewInt(1000))
	data[4+2*32+30] = 1
	if _, err := m.Send(buyer, m.Suite.Market, data, big.NewInt(1000)); err == nil {
		t.Fatal("purpose 256 accepted")
	}
	wantBig(t, "a after purpose 256", m.Value(m.a), big.NewInt(90))
	// A manifest above MAX_ENTRIES is refused before anything is read.
	huge := make([]market.Entry, 2049)
	for k := range huge {
		huge[k] = market.Entry{TokenID: m.a, Units: 1}
	}
	_, err = m.Suite.BuyDataset(m.Ctx, buyer, listing, huge, research, recipient, 0, big.NewInt(1000), big.NewInt(1000))
	evmtest.ExpectRevert(t, err, "InvalidInput", "")
}

// A holder that revokes its consent, or raises its floor, just before a purchase cannot make the
// buyer pay for less than it asked: minUnits reverts the purchase and nothing is spent.
func TestMarketAttack_FrontRunRevocation(t *testing.T) {
	m := newMarketNet(t)
	cls := m.Suite.ClassID
	m.consent(holder0, holder1)
	es := []market.Entry{{TokenID: m.a, Units: 40}, {TokenID: m.c, Units: 40}}
	listing := m.list(es, ethAsset, 10)
	buy := func() error {
		_, err := m.Suite.BuyDataset(m.Ctx, buyer, listing, es, research, recipient, 80, big.NewInt(800), big.NewInt(800))
		return err
	}
	m.Must(m.Suite.GrantConsent(m.Ctx, holder1, cls, new(big.Int), false))
	evmtest.ExpectRevert(t, buy(), "NothingIncluded", "")
	m.consent(holder1)
	m.Must(m.Suite.SetFloor(m.Ctx, holder1, cls, ethAsset, big.NewInt(11)))
	evmtest.ExpectRevert(t, buy(), "NothingIncluded", "")
	wantBig(t, "a unspent", m.Value(m.a), big.NewInt(100))
	wantBig(t, "c unspent", m.Value(m.c), big.NewInt(80))
	wantBig(t, "buyer's credit", m.credit(ethAsset, buyer.Address), big.NewInt(0))
}

// ---------------------------------------------------------------- consent gaps (open)

// A holder that priced its tokens in ETH is sold at any price in an asset it never priced: the
// floor of an asset nobody set is zero, and a curator chooses the asset. Here a listing in a
// token anyone can mint, at 1 per unit, spends a's units though holder0's floor is 1000 wei.
func TestMarketAttack_FloorInAnotherAsset(t *testing.T) {
	m := newMarketNet(t)
	m.consent(holder0)
	m.Must(m.Suite.SetFloor(m.Ctx, holder0, m.Suite.ClassID, ethAsset, big.NewInt(1000)))
	junk := m.Deploy(m.Admin, reentranterc20.ReentrantERC20MetaData.Bin, nil)
	m.MustSend(buyer, junk, reentranterc20.NewReentrantERC20().PackMint(buyer.Address, big.NewInt(50)), nil)
	m.Approve(buyer, junk, m.Suite.Market, big.NewInt(50))
	es := []market.Entry{{TokenID: m.a, Units: 50}}
	listing := m.list(es, junk, 1)
	res, err := m.Suite.BuyDataset(m.Ctx, buyer, listing, es, research, recipient, 0, big.NewInt(50), nil)
	if err == nil {
		t.Fatalf("sold %d units of a at 1 junk token each; holder0's floor is 1000 wei a unit", res.Units)
	}
	evmtest.ExpectRevert(t, err, "NothingIncluded", "")
	wantBig(t, "a's value", m.Value(m.a), big.NewInt(100))
}

// A purchase nobody delivers is refunded in full, and the units it spent stay spent: a buyer
// that is not delivered to (gateways down, colluding, or without a delivery fee to earn) takes
// holders' value for free. The holder should be whole after the refund.
func TestMarketAttack_RefundLeavesUnitsSpent(t *testing.T) {
	m := newMarketNet(t)
	m.consent(holder0)
	es := []market.Entry{{TokenID: m.a, Units: 100}}
	listing := m.list(es, ethAsset, 10)
	res := m.buyETH(listing, es, 1000)
	m.AdvanceTo(m.Now() + 3601)
	_, err := m.Suite.RefundPurchase(m.Ctx, buyer, res.ID)
	m.Must(err)
	wantBig(t, "market after the refund", m.ETH(m.Suite.Market), big.NewInt(0))
	wantBig(t, "a's value after a refunded purchase", m.Value(m.a), big.NewInt(100))
}

// A listing whose licence is shorter than its delivery window (list accepts any non-zero
// durations) can never be delivered one block after the purchase: every purchase of it ends in a
// refund that leaves the units spent.
func TestMarketAttack_LicenceShorterThanDeliveryWindow(t *testing.T) {
	m := newMarketNet(t)
	m.consent(holder0)
	es := []market.Entry{{TokenID: m.a, Units: 10}}
	l := evm.Listing{ClassId: m.Suite.ClassID, ManifestRoot: market.ManifestRoot(es), PricePerUnit: big.NewInt(10),
		Purposes: big.NewInt(1 << research), AccessDuration: 1, DeliveryWindow: 3600}
	listing, err := m.Suite.ListDataset(m.Ctx, m.Admin, l)
	if err != nil { // refusing such a listing protects holders too
		evmtest.ExpectRevert(t, err, "InvalidInput", "")
		return
	}
	res := m.buyETH(listing, es, 100)
	m.Advance(12 * time.Second) // one mainnet slot
	_, err = m.deliver(m.gateway, res.ID, [32]byte{1})
	if err != nil {
		t.Fatalf("a gateway could not deliver 12 s into a 3600 s delivery window: %v", err)
	}
}

// ---------------------------------------------------------------- reentrancy and griefing

// ETH paid by a claim, a refund and a withdrawal to a contract that calls the market back from
// its receive: every reentrant call is stopped by the guard, and each party is paid exactly once.
func TestMarketAttack_ETHReentrancy(t *testing.T) {
	m := newMarketNet(t)
	mk := m.Suite.MarketABI
	guard := "ReentrancyGuardReentrantCall"
	m.consent(holder0, holder1)
	es := []market.Entry{{TokenID: m.a, Units: 30}, {TokenID: m.c, Units: 10}}
	listing := m.list(es, ethAsset, 10)
	res := m.buyETH(listing, es, 400)
	_, err := m.deliver(m.gateway, res.ID, [32]byte{1})
	m.Must(err)
	all := claims(es, []int{0, 1})
	// c goes to a contract that claims the whole purchase again when paid.
	again := mk.PackClaimSales(evmtest.U(res.ID), marketEntriesABI(es), ids(0, 1), ids(0, 1), [][][32]byte{all[0].Proof, all[1].Proof})
	holderRelay := m.Deploy(m.Admin, relayCode(m.Suite.Market, again), nil)
	m.MustSend(holder1, m.Suite.DAT, m.Suite.DATABI.PackTransferToken(evmtest.U(m.c), holderRelay), nil)
	before0 := m.ETH(holder0.Address)
	r, err := m.Suite.ClaimSales(m.Ctx, stranger, res.ID, all)
	m.Must(err)
	ok, data := relayLogs(r, holderRelay)
	if len(ok) != 1 || ok[0] || revertName(data[0]) != guard {
		t.Fatalf("reentrant claim: ok %v data %x; want one call stopped by the guard", ok, data)
	}
	wantBig(t, "contract holder paid once", m.ETH(holderRelay), big.NewInt(100))
	wantBig(t, "holder0 paid once", new(big.Int).Sub(m.ETH(holder0.Address), before0), big.NewInt(300))

	// A contract buyer overpays (credit) and is refunded; paid, it withdraws again.
	buyerRelay := m.Deploy(m.Admin, relayCode(m.Suite.Market, mk.PackWithdraw(ethAsset)), nil)
	es3 := []market.Entry{{TokenID: m.b, Units: 10}}
	l3 := m.list(es3, ethAsset, 10)
	_, err = m.relayCall(buyerRelay, m.Suite.Market, mk.PackPurchase(evmtest.U(l3), marketEntriesABI(es3), research, recipient, evmtest.U(0), big.NewInt(100)), big.NewInt(105))
	m.Must(err)
	wantBig(t, "contract buyer's change", m.credit(ethAsset, buyerRelay), big.NewInt(5))
	m.AdvanceTo(m.Now() + 3601)
	r, err = m.relayCall(buyerRelay, m.Suite.Market, mk.PackRefund(evmtest.U(res.ID+1)), nil)
	m.Must(err)
	ok, data = relayLogs(r, buyerRelay)
	if len(ok) != 1 || ok[0] || revertName(data[0]) != guard {
		t.Fatalf("withdraw during refund: ok %v data %x; want one call stopped by the guard", ok, data)
	}
	wantBig(t, "contract buyer refunded", m.ETH(buyerRelay), big.NewInt(100))
	r, err = m.relayCall(buyerRelay, m.Suite.Market, mk.PackWithdraw(ethAsset), nil)
	m.Must(err)
	ok, data = relayLogs(r, buyerRelay)
	if len(ok) != 1 || ok[0] || revertName(data[0]) != guard {
		t.Fatalf("withdraw during withdraw: ok %v data %x; want one call stopped by the guard", ok, data)
	}
	wantBig(t, "contract buyer after refund and change", m.ETH(buyerRelay), big.NewInt(105))
	_, err = m.relayCall(buyerRelay, m.Suite.Market, mk.PackRefund(evmtest.U(res.ID+1)), nil)
	evmtest.ExpectRevert(t, err, "NotInState", "")
	wantBig(t, "market keeps nothing of it", m.ETH(m.Suite.Market), big.NewInt(0))
}

// An ERC-20 listing whose token calls the market back while it pays a claim or a refund: the
// guard stops the reentrant claim and refund, and each is paid once.
func TestMarketAttack_ERC20ReentrancyOnClaimAndRefund(t *testing.T) {
	m := newMarketNet(t)
	rabi := reentranterc20.NewReentrantERC20()
	re := m.Deploy(m.Admin, reentranterc20.ReentrantERC20MetaData.Bin, nil)
	m.MustSend(buyer, re, rabi.PackMint(buyer.Address, big.NewInt(1000)), nil)
	m.Approve(buyer, re, m.Suite.Market, big.NewInt(1000))
	m.consent(holder0)
	m.accept(re, holder0)
	es := []market.Entry{{TokenID: m.a, Units: 10}}
	listing := m.list(es, re, 10)
	buy := func() uint64 {
		res, err := m.Suite.BuyDataset(m.Ctx, buyer, listing, es, research, recipient, 0, big.NewInt(100), nil)
		m.Must(err)
		return res.ID
	}
	p1, p2 := buy(), buy()
	_, err := m.deliver(m.gateway, p1, [32]byte{1})
	m.Must(err)
	cl := claims(es, []int{0})
	again := m.Suite.MarketABI.PackClaimSales(evmtest.U(p1), marketEntriesABI(es), ids(0), ids(0), [][][32]byte{cl[0].Proof})
	m.MustSend(stranger, re, rabi.PackArm(m.Suite.Market, again, big.NewInt(1)), nil)
	_, err = m.Suite.ClaimSales(m.Ctx, stranger, p1, cl)
	m.Must(err)
	if last := evmtest.Read(m.Net, re, rabi.PackLastError(), rabi.UnpackLastError); revertName(last) != "ReentrancyGuardReentrantCall" {
		t.Fatalf("reentrant claim failed with %q", revertName(last))
	}
	wantBig(t, "holder0 paid once", m.ERC20Balance(re, holder0.Address), big.NewInt(100))

	m.AdvanceTo(m.Now() + 3601)
	m.MustSend(stranger, re, rabi.PackArm(m.Suite.Market, m.Suite.MarketABI.PackRefund(evmtest.U(p2)), big.NewInt(1)), nil)
	_, err = m.Suite.RefundPurchase(m.Ctx, buyer, p2)
	m.Must(err)
	if last := evmtest.Read(m.Net, re, rabi.PackLastError(), rabi.UnpackLastError); revertName(last) != "ReentrancyGuardReentrantCall" {
		t.Fatalf("reentrant refund failed with %q", revertName(last))
	}
	wantBig(t, "buyer refunded once", m.ERC20Balance(re, buyer.Address), big.NewInt(900))
	wantBig(t, "market holds nothing", m.ERC20Balance(re, m.Suite.Market), big.NewInt(0))
}

// Holders that cannot be paid do not block a batch of claims: one whose receive reverts and one
// whose receive burns all the gas it gets are credited instead, and the others are paid.
func TestMarketAttack_UnpayableHoldersInABatch(t *testing.T) {
	m := newMarketNet(t)
	m.consent(holder0, holder1)
	es := []market.Entry{{TokenID: m.a, Units: 10}, {TokenID: m.b, Units: 20}, {TokenID: m.c, Units: 30}}
	listing := m.list(es, ethAsset, 10)
	res := m.buyETH(listing, es, 600)
	_, err := m.deliver(m.gateway, res.ID, [32]byte{1})
	m.Must(err)
	reverter := m.Deploy(m.Admin, falsereturningerc20.FalseReturningERC20MetaData.Bin, nil) // no receive
	burner := m.Deploy(m.Admin, burnerCode(), nil)
	m.MustSend(holder0, m.Suite.DAT, m.Suite.DATABI.PackTransferToken(evmtest.U(m.a), reverter), nil)
	m.MustSend(holder0, m.Suite.DAT, m.Suite.DATABI.PackTransferToken(evmtest.U(m.b), burner), nil)
	before := m.ETH(holder1.Address)
	_, err = m.Suite.ClaimSales(m.Ctx, stranger, res.ID, claims(es, []int{0, 1, 2}))
	m.Must(err)
	wantBig(t, "holder1 paid", new(big.Int).Sub(m.ETH(holder1.Address), before), big.NewInt(300))
	wantBig(t, "reverting holder credited", m.credit(ethAsset, reverter), big.NewInt(100))
	wantBig(t, "burning holder credited", m.credit(ethAsset, burner), big.NewInt(200))
}

// A holder whose receive burns all the gas it is given makes whoever claims its entry pay for
// that gas: the payment forwards all but 1/64 of what is left. A claim of two entries, one of
// them such a holder's, should cost about what it costs for two ordinary holders.
func TestMarketAttack_GasBurningHolderChargesTheClaimer(t *testing.T) {
	m := newMarketNet(t)
	m.consent(holder0, holder1)
	es := []market.Entry{{TokenID: m.a, Units: 10}, {TokenID: m.c, Units: 10}}
	listing := m.list(es, ethAsset, 10)
	p1, p2 := m.buyETH(listing, es, 200), m.buyETH(listing, es, 200)
	for _, p := range []uint64{p1.ID, p2.ID} {
		_, err := m.deliver(m.gateway, p, [32]byte{1})
		m.Must(err)
	}
	r, err := m.Suite.ClaimSales(m.Ctx, stranger, p1.ID, claims(es, []int{0, 1}))
	m.Must(err)
	ordinary := r.GasUsed
	burner := m.Deploy(m.Admin, burnerCode(), nil)
	m.MustSend(holder0, m.Suite.DAT, m.Suite.DATABI.PackTransferToken(evmtest.U(m.a), burner), nil)
	r, err = m.Suite.ClaimSales(m.Ctx, stranger, p2.ID, claims(es, []int{0, 1}))
	m.Must(err)
	t.Logf("claim of 2 entries: %d gas; with a gas-burning holder: %d gas", ordinary, r.GasUsed)
	if r.GasUsed > ordinary+200_000 {
		t.Fatalf("a gas-burning holder made the claimer pay %d gas (ordinary claim %d)", r.GasUsed, ordinary)
	}
}

// ---------------------------------------------------------------- delivery

// A validator that requested its exit can no longer deliver; another active validator can.
func TestMarketAttack_DeliveryByExitedValidator(t *testing.T) {
	m := newMarketNet(t)
	m.consent(holder0)
	es := []market.Entry{{TokenID: m.a, Units: 10}}
	res := m.buyETH(m.list(es, ethAsset, 10), es, 100)
	m.MustSend(m.gateway, m.Suite.Oracle, m.Suite.OracleABI.PackRequestExit(), nil)
	_, err := m.deliver(m.gateway, res.ID, [32]byte{1})
	evmtest.ExpectRevert(t, err, "Unauthorized", "")
	v := evmtest.Account("validator", 1)
	stake := new(big.Int).Mul(m.Config.MinStake, big.NewInt(2))
	m.Must(m.Suite.MintToken(m.Ctx, m.Admin, v.Address, stake))
	m.Must(m.Suite.RegisterValidator(m.Ctx, v, stake))
	_, err = m.deliver(v, res.ID, [32]byte{1})
	m.Must(err)
}

// ---------------------------------------------------------------- gas

// A listing of MAX_ENTRIES sellable tokens (all of one holder, the cheapest case) can be bought
// in one transaction under the per-transaction gas cap: otherwise the listing can never be
// bought, since a purchase must pass the whole manifest.
func TestMarketAttack_MaxEntriesPurchaseFitsATransaction(t *testing.T) {
	m := newMarketNet(t)
	max := evmtest.Read(m.Net, m.Suite.Market, m.Suite.MarketABI.PackMAXENTRIES(), m.Suite.MarketABI.UnpackMAXENTRIES).Uint64()
	m.consent(holder0)
	es := make([]market.Entry, max)
	for k := range es {
		es[k] = market.Entry{TokenID: m.Mint(m.Suite.ClassID, holder0.Address, 100, 1, 0), Units: 1}
	}
	listing := m.list(es, ethAsset, 1)
	data := m.Suite.MarketABI.PackPurchase(evmtest.U(listing), marketEntriesABI(es), research, recipient, evmtest.U(0), evmtest.U(max))
	gas, err := m.Chain.Client.EstimateGas(m.Ctx, ethereum.CallMsg{From: buyer.Address, To: &m.Suite.Market, Data: data, Value: evmtest.U(max)})
	if err != nil || gas > evm.MaxTxGas {
		t.Fatalf("a purchase of MAX_ENTRIES (%d) tokens does not fit the transaction cap %d: gas %d, %v", max, uint64(evm.MaxTxGas), gas, err)
	}
	res := m.buyETH(listing, es, int64(max))
	if res.Units != max {
		t.Fatalf("bought %d units", res.Units)
	}
}
