package evm

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/dataplan"
)

// Plan is a subscriber's FreeData plan as the DataPlan keeps it.
type Plan = dataplan.DataPlanPlan

// VaultState is the FreeData vault's accounts.
type VaultState struct {
	TotalAssets     *big.Int // vested and counted: what the shares are worth
	TotalSupply     *big.Int
	StoredAssets    *big.Int
	VestingAmount   *big.Int
	VestingEnd      uint64
	EmissionRate    *big.Int // per second
	EmissionReserve *big.Int
	Balance         *big.Int // the vault's token balance
}

// planGas is the gas a plan or vault call may need beyond its estimate: converting yield
// (a vault redemption and sync) or folding new revenue may become due between the estimate and
// the block the call is mined in.
const planGas = 200_000

// sendPlan sends a plan or vault call with planGas of extra headroom.
func (s *Suite) sendPlan(ctx context.Context, from *Account, to common.Address, data []byte) (*types.Receipt, error) {
	return s.Chain.SendExtraGas(ctx, from, &to, data, nil, planGas)
}

// readBig calls a view of to that returns one uint256.
func (s *Suite) readBig(ctx context.Context, to common.Address, data []byte, what string) (*big.Int, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, to, data)
	if err != nil {
		return nil, err
	}
	if len(out) < 32 {
		return nil, datpin.Errorf(datpin.EINTERNAL, "decode %s: %d bytes", what, len(out))
	}
	return new(big.Int).SetBytes(out[:32]), nil
}

// VaultState reads the FreeData vault's accounts.
func (s *Suite) VaultState(ctx context.Context) (*VaultState, error) {
	v := s.VaultABI
	st := &VaultState{}
	var err error
	for _, f := range []struct {
		dst  **big.Int
		data []byte
		what string
	}{
		{&st.TotalAssets, v.PackTotalAssets(), "totalAssets"},
		{&st.TotalSupply, v.PackTotalSupply(), "totalSupply"},
		{&st.StoredAssets, v.PackStoredAssets(), "storedAssets"},
		{&st.VestingAmount, v.PackVestingAmount(), "vestingAmount"},
		{&st.EmissionRate, v.PackEmissionRate(), "emissionRate"},
		{&st.EmissionReserve, v.PackEmissionReserve(), "emissionReserve"},
	} {
		if *f.dst, err = s.readBig(ctx, s.Vault, f.data, f.what); err != nil {
			return nil, err
		}
	}
	end, err := s.readBig(ctx, s.Vault, v.PackVestingEnd(), "vestingEnd")
	if err != nil {
		return nil, err
	}
	st.VestingEnd = end.Uint64()
	if st.Balance, err = s.TokenBalance(ctx, s.Vault); err != nil {
		return nil, err
	}
	return st, nil
}

// PlanBind binds subscriberID to owner's address (a METER_ROLE account: the billing); a deposit
// under an id needs it.
func (s *Suite) PlanBind(ctx context.Context, meter *Account, subscriberID [32]byte, owner common.Address) (*types.Receipt, error) {
	return s.send(ctx, meter, s.Plan, s.PlanABI.PackBind(subscriberID, owner), nil)
}

// PlanDeposit deposits assets of the network token into owner's plan bound to subscriberID,
// approving the plan first.
func (s *Suite) PlanDeposit(ctx context.Context, owner *Account, subscriberID [32]byte, assets *big.Int) (*types.Receipt, error) {
	if _, err := s.send(ctx, owner, s.Token, s.TokenABI.PackApprove(s.Plan, assets), nil); err != nil {
		return nil, err
	}
	return s.sendPlan(ctx, owner, s.Plan, s.PlanABI.PackDeposit(subscriberID, assets))
}

// PlanAccrue converts owner's yield into data credit (anyone may send it).
func (s *Suite) PlanAccrue(ctx context.Context, from *Account, owner common.Address) (*types.Receipt, error) {
	return s.sendPlan(ctx, from, s.Plan, s.PlanABI.PackAccrue(owner))
}

// PlanMeter debits kb of data used by owner (a METER_ROLE account: the billing).
func (s *Suite) PlanMeter(ctx context.Context, meter *Account, owner common.Address, kb uint64) (*types.Receipt, error) {
	return s.sendPlan(ctx, meter, s.Plan, s.PlanABI.PackMeter(owner, u64(kb)))
}

// PlanMeterMany debits kbs[i] of data used by owners[i] for each i in one transaction (a
// METER_ROLE account: the billing's periodic run, at most MaxMeterBatch owners).
func (s *Suite) PlanMeterMany(ctx context.Context, meter *Account, owners []common.Address, kbs []uint64) (*types.Receipt, error) {
	if len(owners) != len(kbs) {
		return nil, datpin.Errorf(datpin.EINVALID, "meter batch: %d owners, %d amounts", len(owners), len(kbs))
	}
	amounts := make([]*big.Int, len(kbs))
	for i, kb := range kbs {
		amounts[i] = u64(kb)
	}
	return s.Chain.SendExtraGas(ctx, meter, &s.Plan, s.PlanABI.PackMeterMany(owners, amounts), nil, planGas+meterManyGas*uint64(len(owners)))
}

// MaxMeterBatch is the most owners one PlanMeterMany may debit (the DataPlan's MAX_BATCH).
const MaxMeterBatch = 256

// meterManyGas is the headroom per owner of a batch beyond its estimate (a conversion may become
// due between the estimate and the block).
const meterManyGas = 30_000

// PlanWithdraw withdraws owner's deposit to `to` once the minimum term is over.
func (s *Suite) PlanWithdraw(ctx context.Context, owner *Account, to common.Address) (*types.Receipt, error) {
	return s.sendPlan(ctx, owner, s.Plan, s.PlanABI.PackWithdraw(to))
}

// PlanOf reads owner's plan.
func (s *Suite) PlanOf(ctx context.Context, owner common.Address) (Plan, error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.Plan, s.PlanABI.PackPlanOf(owner))
	if err != nil {
		return Plan{}, err
	}
	p, err := s.PlanABI.UnpackPlanOf(out)
	if err != nil {
		return Plan{}, datpin.Wrap(datpin.EINTERNAL, err, "decode planOf")
	}
	return p, nil
}

// PlanValue reads what owner's shares are worth and the yield not yet converted.
func (s *Suite) PlanValue(ctx context.Context, owner common.Address) (assets, yield *big.Int, err error) {
	out, err := s.Chain.Call(ctx, common.Address{}, s.Plan, s.PlanABI.PackValueOf(owner))
	if err != nil {
		return nil, nil, err
	}
	v, err := s.PlanABI.UnpackValueOf(out)
	if err != nil {
		return nil, nil, datpin.Wrap(datpin.EINTERNAL, err, "decode valueOf")
	}
	return v.Assets, v.Yield, nil
}

// PlanPrice reads the price per GB and the plan's minimum term in seconds.
func (s *Suite) PlanPrice(ctx context.Context) (pricePerGB *big.Int, minTerm uint64, err error) {
	if pricePerGB, err = s.readBig(ctx, s.Plan, s.PlanABI.PackPricePerGB(), "pricePerGB"); err != nil {
		return nil, 0, err
	}
	t, err := s.readBig(ctx, s.Plan, s.PlanABI.PackMinTerm(), "minTerm")
	if err != nil {
		return nil, 0, err
	}
	return pricePerGB, t.Uint64(), nil
}

// VaultRevenue pays amount of the network token into the vault as revenue (it vests).
func (s *Suite) VaultRevenue(ctx context.Context, from *Account, amount *big.Int) (*types.Receipt, error) {
	if _, err := s.send(ctx, from, s.Token, s.TokenABI.PackApprove(s.Vault, amount), nil); err != nil {
		return nil, err
	}
	return s.sendPlan(ctx, from, s.Vault, s.VaultABI.PackNotifyRevenue(amount))
}

// VaultFundEmission adds amount to the vault's emission reserve.
func (s *Suite) VaultFundEmission(ctx context.Context, from *Account, amount *big.Int) (*types.Receipt, error) {
	if _, err := s.send(ctx, from, s.Token, s.TokenABI.PackApprove(s.Vault, amount), nil); err != nil {
		return nil, err
	}
	return s.sendPlan(ctx, from, s.Vault, s.VaultABI.PackFundEmission(amount))
}

// VaultCollectFees collects the data market's fee credit in asset into the vault (the network
// token) or to the treasury (any other asset).
func (s *Suite) VaultCollectFees(ctx context.Context, from *Account, asset common.Address) (*types.Receipt, error) {
	return s.sendPlan(ctx, from, s.Vault, s.VaultABI.PackCollectFees(asset))
}
