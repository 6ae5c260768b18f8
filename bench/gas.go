package bench

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/referencenft"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
)

// LazAIReferenceGas is the gas per contribution of LazAI's reference flow (addFile,
// addPermissionForFile, requestProof, completeJob, addProof, requestReward with its ERC-1155
// mint) with a single evaluating node, measured on anvil with realistic string sizes. It is
// quoted for scale; the in-run baseline is ReferenceNFT.
const LazAIReferenceGas = 1_630_000

// GasOp is the gas of one operation.
type GasOp struct {
	Name string `json:"name"`
	Gas  uint64 `json:"gas"`
	Note string `json:"note,omitempty"`
}

// GasLifecycle is the lifecycle cost at one batch size.
type GasLifecycle struct {
	Batch           int    `json:"batch"`
	Anchor          uint64 `json:"anchor"`
	Commit          uint64 `json:"commit"` // all validators
	Reveal          uint64 `json:"reveal"` // all validators
	Finalize        uint64 `json:"finalize"`
	Claim           uint64 `json:"claim"`
	Total           uint64 `json:"total"`
	PerContribution uint64 `json:"perContribution"`
}

// GasResult is what `datpin bench gas` reports.
type GasResult struct {
	Machine                     string         `json:"machine"`
	Validators                  int            `json:"validators"`
	Ops                         []GasOp        `json:"ops"`
	Lifecycle                   []GasLifecycle `json:"lifecycle"`
	LifecycleGasPerContribution uint64         `json:"lifecycleGasPerContribution"` // at 100 per batch
	GasPerRecord10k             float64        `json:"gasPerRecord10k"`             // per telemetry record, 10,000-record batches at 100 per batch
	ReferenceNFTMintGas         uint64         `json:"referenceNftMintGas"`
	RatioToReferenceNFT         float64        `json:"ratioToReferenceNft"`
	RatioToLazAIReference       float64        `json:"ratioToLazaiReference"`
}

type gasBench struct {
	ctx   context.Context
	chain *evm.Chain
	s     *evm.Suite
	cfg   evm.Config
	admin *evm.Account
	op    *evm.Account
	vals  []*evm.Account
	devs  []*evm.Account
	seq   uint64
	epoch uint64
}

// Gas runs the gas benchmark on a fresh embedded chain with `validators` validators.
func Gas(ctx context.Context, validators int) (*GasResult, error) {
	if validators < 1 {
		validators = 3
	}
	alloc := types.GenesisAlloc{}
	acct := func(label string, i uint32) *evm.Account {
		a := evm.DevAccount("bench/"+label, i)
		alloc[a.Address] = types.Account{Balance: evm.Ether(1_000_000)}
		return a
	}
	b := &gasBench{ctx: ctx, admin: acct("admin", 0), op: acct("operator", 0)}
	for i := 0; i < validators; i++ {
		b.vals = append(b.vals, acct("validator", uint32(i)))
	}
	for i := 0; i < 100; i++ {
		b.devs = append(b.devs, acct("device", uint32(i)))
	}
	b.chain = evm.NewEmbedded(alloc)
	defer b.chain.Close()
	b.cfg = evm.DefaultConfig()
	b.cfg.Quorum = uint8(min(validators, 3))
	b.cfg.EpochLength = b.cfg.RoundLength // one emission per round, so every lifecycle can claim
	// The benchmark grants itself MINTER for the generic ERC-8028 mint; who administers the
	// contracts changes none of the measured calls.
	b.cfg.DeployerAdmin = true
	var err error
	if b.s, err = evm.Deploy(ctx, b.chain, b.admin, b.cfg); err != nil {
		return nil, err
	}
	res := &GasResult{Machine: Machine(), Validators: validators}
	add := func(name string, gas uint64, note string) { res.Ops = append(res.Ops, GasOp{name, gas, note}) }

	// Onboarding (one per device).
	for i, d := range b.devs {
		g, err := b.onboard(d)
		if err != nil {
			return nil, fmt.Errorf("onboard: %w", err)
		}
		if i == 0 {
			add("DeviceRegistry.onboard", g, "device EIP-712 signature, operator sends")
		}
	}
	// A fleet of 100 onboarded in one onboardMany transaction.
	const fleet = 100
	items := make([]evm.Onboarding, fleet)
	deadline := b.now() + 3600
	for i := range items {
		d := evm.DevAccount("bench/fleet", uint32(i))
		cell := uint64(0x8828308281fffff)
		sig, err := pack.SignOnboard(d.Key, pack.Domain{ChainID: b.chain.ChainID.Uint64(), VerifyingContract: b.s.Registry},
			&pack.Onboard{Device: d.Address, Operator: b.op.Address, H3Cell: cell, DeviceType: datpin.DeviceStation, Deadline: deadline})
		if err != nil {
			return nil, err
		}
		items[i] = evm.Onboarding{Device: d.Address, H3Cell: cell, DeviceType: datpin.DeviceStation, Deadline: deadline, Sig: sig[:]}
	}
	g, err := b.measure(func() error { return b.s.OnboardMany(ctx, b.op, items) })
	if err != nil {
		return nil, fmt.Errorf("onboardMany: %w", err)
	}
	add("DeviceRegistry.onboardMany, per device", g/fleet, fmt.Sprintf("%d devices in one transaction", fleet))

	for i, v := range b.vals {
		stake := new(big.Int).Mul(b.cfg.MinStake, big.NewInt(2))
		if err := b.s.MintToken(ctx, b.admin, v.Address, stake); err != nil {
			return nil, err
		}
		before := b.chain.GasUsed()
		if err := b.s.RegisterValidator(ctx, v, stake); err != nil {
			return nil, err
		}
		if i == 0 {
			add("QualityOracle.register (approve + register)", b.chain.GasUsed()-before, "stake in the network token")
		}
	}

	for _, batch := range []int{1, 10, 100} {
		lc, err := b.lifecycle(batch)
		if err != nil {
			return nil, fmt.Errorf("lifecycle at %d per batch: %w", batch, err)
		}
		res.Lifecycle = append(res.Lifecycle, *lc)
		if batch == 1 {
			add("DataAnchoringToken.anchor (1 contribution)", lc.Anchor, "verify device signature, mint Pending")
			add("QualityOracle.commit", lc.Commit/uint64(validators), "per validator")
			add("QualityOracle.reveal (1 token)", lc.Reveal/uint64(validators), "per validator")
			add("QualityOracle.finalize (1 token)", lc.Finalize, "median, penalties, DAT update")
			add("DataAnchoringToken.claimMany (1 token)", lc.Claim, "ERC-20 payout")
		}
		if batch == 100 {
			add("DataAnchoringToken.anchor (100 contributions), per contribution", lc.Anchor/100, "")
			res.LifecycleGasPerContribution = lc.PerContribution
			res.GasPerRecord10k = float64(lc.PerContribution) / 10_000
		}
	}
	if g, err := b.extras(add); err != nil {
		return nil, err
	} else {
		res.ReferenceNFTMintGas = g
	}
	res.RatioToReferenceNFT = float64(res.LifecycleGasPerContribution) / float64(res.ReferenceNFTMintGas)
	res.RatioToLazAIReference = float64(res.LifecycleGasPerContribution) / LazAIReferenceGas
	return res, nil
}

func (b *gasBench) now() uint64 {
	t, _ := b.chain.Now(b.ctx)
	return uint64(t.Unix())
}

func (b *gasBench) advanceTo(ts uint64) error { return b.chain.AdvanceTo(b.ctx, ts) }

func (b *gasBench) measure(f func() error) (uint64, error) {
	before := b.chain.GasUsed()
	err := f()
	return b.chain.GasUsed() - before, err
}

func (b *gasBench) onboard(d *evm.Account) (uint64, error) {
	deadline := b.now() + 3600
	cell := uint64(0x8828308281fffff)
	sig, err := pack.SignOnboard(d.Key, pack.Domain{ChainID: b.chain.ChainID.Uint64(), VerifyingContract: b.s.Registry},
		&pack.Onboard{Device: d.Address, Operator: b.op.Address, H3Cell: cell, DeviceType: datpin.DeviceStation, Deadline: deadline})
	if err != nil {
		return 0, err
	}
	return b.measure(func() error {
		return b.s.Onboard(b.ctx, b.op, d.Address, cell, datpin.DeviceStation, deadline, sig[:])
	})
}

// contribution returns a realistic contribution: a station-day of 10,000 records.
func (b *gasBench) contribution(d *evm.Account) (datpin.Contribution, []byte, error) {
	b.seq++
	var seed [8]byte
	binary.BigEndian.PutUint64(seed[:], b.seq)
	c := datpin.Contribution{
		ClassID: b.s.ClassID, Device: d.Address, Epoch: uint32(b.now() / 86400), H3Cell: 0x8828308281fffff,
		RecordCount: 10_000, Score: 8700, Deadline: b.now() + 3600,
		MerkleRoot: sha256.Sum256(append([]byte("root"), seed[:]...)),
		CIDDigest:  sha256.Sum256(append([]byte("cid"), seed[:]...)),
	}
	sig, err := pack.SignContribution(d.Key, pack.Domain{ChainID: b.chain.ChainID.Uint64(), VerifyingContract: b.s.DAT}, &c)
	return c, sig[:], err
}

func (b *gasBench) lifecycle(batch int) (*GasLifecycle, error) {
	ctx, s := b.ctx, b.s
	// Start in a fresh round so the batch is evaluated together.
	round, err := s.RoundAt(ctx, b.now())
	if err != nil {
		return nil, err
	}
	if err := b.advanceTo(s.Genesis + (round+1)*uint64(b.cfg.RoundLength.Seconds())); err != nil {
		return nil, err
	}
	cs := make([]datpin.Contribution, batch)
	sigs := make([][]byte, batch)
	for i := range cs {
		if cs[i], sigs[i], err = b.contribution(b.devs[i]); err != nil {
			return nil, err
		}
	}
	lc := &GasLifecycle{Batch: batch}
	var first uint64
	if lc.Anchor, err = b.measure(func() error {
		first, _, err = s.Anchor(ctx, b.op, cs, sigs)
		return err
	}); err != nil {
		return nil, err
	}
	st, err := s.TokenState(ctx, first)
	if err != nil {
		return nil, err
	}
	round, err = s.RoundAt(ctx, uint64(st.Contrib.AnchoredAt))
	if err != nil {
		return nil, err
	}
	commitOpens, revealOpens, revealCloses, err := s.Windows(ctx, round)
	if err != nil {
		return nil, err
	}
	scores := make([][]uint16, len(b.vals))
	salts := make([][32]byte, len(b.vals))
	for v := range b.vals {
		scores[v] = make([]uint16, batch)
		for i := range scores[v] {
			scores[v][i] = uint16(8500 + 100*v)
		}
		salts[v] = sha256.Sum256([]byte(fmt.Sprint("salt", round, v)))
	}
	if err := b.advanceTo(commitOpens); err != nil {
		return nil, err
	}
	for v, acct := range b.vals {
		g, err := b.measure(func() error {
			return s.Commit(ctx, acct, round, s.Commitment(round, acct.Address, first, scores[v], salts[v]))
		})
		if err != nil {
			return nil, err
		}
		lc.Commit += g
	}
	if err := b.advanceTo(revealOpens); err != nil {
		return nil, err
	}
	for v, acct := range b.vals {
		g, err := b.measure(func() error { return s.Reveal(ctx, acct, round, first, scores[v], salts[v]) })
		if err != nil {
			return nil, err
		}
		lc.Reveal += g
	}
	if err := b.advanceTo(revealCloses); err != nil {
		return nil, err
	}
	ids := make([]uint64, batch)
	for i := range ids {
		ids[i] = first + uint64(i)
	}
	if lc.Finalize, err = b.measure(func() error { _, err := s.Finalize(ctx, b.admin, ids); return err }); err != nil {
		return nil, err
	}
	// One emission settles into the class (shared by every counted token; not per contribution).
	nowEpoch, err := b.endEpoch()
	if err != nil {
		return nil, err
	}
	if _, err := s.SettleEpoch(ctx, b.admin, nowEpoch); err != nil {
		return nil, err
	}
	if lc.Claim, err = b.measure(func() error {
		_, err := s.ClaimMany(ctx, b.op, ids, s.Token, b.op.Address)
		return err
	}); err != nil {
		return nil, err
	}
	lc.Total = lc.Anchor + lc.Commit + lc.Reveal + lc.Finalize + lc.Claim
	lc.PerContribution = lc.Total / uint64(batch)
	return lc, nil
}

// extras measures the remaining single operations and the ReferenceNFT baseline.
func (b *gasBench) extras(add func(string, uint64, string)) (uint64, error) {
	ctx, s := b.ctx, b.s
	epoch, err := b.endEpoch()
	if err != nil {
		return 0, err
	}
	g, err := b.measure(func() error { _, err := s.SettleEpoch(ctx, b.admin, epoch); return err })
	if err != nil {
		return 0, fmt.Errorf("settleEpoch: %w", err)
	}
	add("Rewards.settleEpoch", g, "emission into the class, once per epoch")
	cls := new(big.Int).SetUint64(s.ClassID)
	if g, err = b.measure(func() error {
		_, err := b.chain.Send(ctx, b.admin, &s.DAT, s.DATABI.PackSettleRevenueETH(cls), evm.Ether(1))
		return err
	}); err != nil {
		return 0, fmt.Errorf("settleRevenueETH: %w", err)
	}
	add("DataAnchoringToken.settleRevenueETH", g, "a data buyer's payment")
	if _, err = b.chain.Send(ctx, b.admin, &s.DAT, s.DATABI.PackGrantRole(evm.RoleMinter, b.admin.Address), nil); err != nil {
		return 0, err
	}
	if g, err = b.measure(func() error {
		_, err := b.chain.Send(ctx, b.admin, &s.DAT, s.DATABI.PackMint(cls, b.op.Address, big.NewInt(1000), big.NewInt(1000), 0), nil)
		return err
	}); err != nil {
		return 0, fmt.Errorf("mint: %w", err)
	}
	add("DataAnchoringToken.mint (generic ERC-8028)", g, "")
	count, err := s.TokenCount(ctx)
	if err != nil {
		return 0, err
	}
	id := new(big.Int).SetUint64(count)
	for _, op := range []struct {
		name string
		data []byte
	}{
		{"DataAnchoringToken.recordUsage", s.DATABI.PackRecordUsage(id, [32]byte{'q'}, big.NewInt(10))},
		{"DataAnchoringToken.transferValue", s.DATABI.PackTransferValue(id, big.NewInt(1), big.NewInt(10))},
		{"DataAnchoringToken.transferToken", s.DATABI.PackTransferToken(id, b.admin.Address)},
	} {
		if g, err = b.measure(func() error { _, err := b.chain.Send(ctx, b.op, &s.DAT, op.data, nil); return err }); err != nil {
			return 0, fmt.Errorf("%s: %w", op.name, err)
		}
		add(op.name, g, "")
	}

	// Baseline: an OpenZeppelin ERC-721 mint with the package's ipfs:// URI.
	ref := referencenft.NewReferenceNFT()
	r, err := b.chain.Send(ctx, b.admin, nil, common.FromHex(referencenft.ReferenceNFTMetaData.Bin), nil)
	if err != nil {
		return 0, err
	}
	addr := r.ContractAddress
	uri := "ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
	var refGas uint64
	for i := 0; i < 2; i++ { // the second mint is the steady-state cost
		if refGas, err = b.measure(func() error {
			_, err := b.chain.Send(ctx, b.op, &addr, ref.PackMint(b.op.Address, uri), nil)
			return err
		}); err != nil {
			return 0, err
		}
	}
	add("ReferenceNFT.mint (baseline: OZ ERC-721 + ipfs URI)", refGas, "in-run baseline")
	return refGas, nil
}

// endEpoch moves the clock to the end of the current reward epoch and returns that epoch, which
// can then be settled.
func (b *gasBench) endEpoch() (uint64, error) {
	length := uint64(b.cfg.EpochLength.Seconds())
	e := (b.now() - b.s.Genesis) / length
	return e, b.advanceTo(b.s.Genesis + (e+1)*length)
}

// Markdown renders the result as a BENCHMARKS.md section.
func (r *GasResult) Markdown(stamp string) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "## Gas (`datpin bench gas`)\n\n%s Embedded chain with mainnet (Osaka) gas rules; %d validators.\n\n", stamp, r.Validators)
	sb.WriteString("### One contribution's lifecycle\n\nanchor (device-signed mint) + every validator's commit and reveal + finalize + claim, per contribution:\n\n")
	sb.WriteString("| contributions per tx | anchor | commits | reveals | finalize | claim | total | **per contribution** |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, l := range r.Lifecycle {
		fmt.Fprintf(&sb, "| %d | %d | %d | %d | %d | %d | %d | **%d** |\n", l.Batch, l.Anchor, l.Commit, l.Reveal, l.Finalize, l.Claim, l.Total, l.PerContribution)
	}
	fmt.Fprintf(&sb, "\n- Lifecycle at 100 per batch: **%d gas per contribution** (goal ≤ 200,000).\n", r.LifecycleGasPerContribution)
	fmt.Fprintf(&sb, "- Per telemetry record in 10,000-record batches: **%.1f gas**.\n", r.GasPerRecord10k)
	fmt.Fprintf(&sb, "- Baseline measured in the same run, an OpenZeppelin ERC-721 mint with an ipfs:// URI: %d gas; the whole datpin lifecycle costs **%.2f×** that bare mint.\n", r.ReferenceNFTMintGas, r.RatioToReferenceNFT)
	fmt.Fprintf(&sb, "- For scale, LazAI's reference flow costs about %d gas per contribution with one evaluator (quoted): datpin's lifecycle is **%.2f×** of it.\n\n", LazAIReferenceGas, r.RatioToLazAIReference)
	sb.WriteString("### Operations\n\n| operation | gas | note |\n|---|---:|---|\n")
	for _, o := range r.Ops {
		fmt.Fprintf(&sb, "| %s | %d | %s |\n", o.Name, o.Gas, o.Note)
	}
	return sb.String()
}
