package evm_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
)

// adminNet deploys with the deployer as the contracts' direct admin and no minimum settlement:
// for tests of the contracts' own behaviour that call admin functions (create classes, grant
// the minter role) and settle small exact amounts.
func adminNet(t testing.TB) *evmtest.Net {
	cfg := evm.DefaultConfig()
	cfg.DeployerAdmin = true
	cfg.MinSettlement = nil
	return evmtest.New(t, cfg)
}

// After a default deployment the timelock is the only admin of DAT, Registry, Rewards and Oracle;
// the deployer's direct calls revert, and the same change scheduled on the timelock takes effect
// only after the delay, with its events.
func TestGovernance_TimelockAdministersTheSuite(t *testing.T) {
	cfg := evm.DefaultConfig()
	cfg.TimelockDelay = time.Hour
	n := evmtest.New(t, cfg)
	s := n.Suite
	d := s.DATABI
	if s.Timelock == (common.Address{}) {
		t.Fatal("no timelock in the addresses")
	}
	t.Run("OKTimelockIsTheOnlyAdmin", func(t *testing.T) {
		for name, c := range map[string]common.Address{"dat": s.DAT, "registry": s.Registry, "rewards": s.Rewards, "oracle": s.Oracle} {
			if got := evmtest.Read(n, c, d.PackDefaultAdmin(), d.UnpackDefaultAdmin); got != s.Timelock {
				t.Errorf("%s defaultAdmin = %s; want the timelock", name, got.Hex())
			}
			for _, role := range [][32]byte{{}, evm.RoleClassAdmin, evm.RoleGuardian, evm.RoleMinter, evm.RoleEvaluator} {
				if evmtest.Read(n, c, d.PackHasRole(role, n.Admin.Address), d.UnpackHasRole) {
					t.Errorf("deployer still holds role %x on %s", role[:4], name)
				}
			}
		}
		delay, err := s.MinDelay(n.Ctx)
		n.Must(err)
		if delay != time.Hour {
			t.Fatalf("timelock minDelay = %v; want 1h", delay)
		}
	})
	grant := evm.Operation{Target: s.DAT, Data: d.PackGrantRole(evm.RoleMinter, n.Admin.Address), Salt: evm.SaltOf("t")}
	t.Run("ErrDirectAdminCalls", func(t *testing.T) {
		_, err := n.Send(n.Admin, s.DAT, grant.Data, nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
		_, err = n.Send(n.Admin, s.Rewards, s.RewardsABI.PackSetEmission(big.NewInt(1)), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
		_, err = n.Send(n.Admin, s.Registry, s.RegistryABI.PackSetSuspended(evmtest.Account("device", 0).Address, true), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
		_, err = n.Send(n.Admin, s.DAT, d.PackSetMinSettlement(evmtest.U(s.ClassID), new(big.Int), new(big.Int)), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrStrangerSchedules", func(t *testing.T) {
		_, err := s.Schedule(n.Ctx, stranger, grant, time.Hour)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrShorterThanTheDelay", func(t *testing.T) {
		_, err := s.Schedule(n.Ctx, n.Admin, grant, time.Minute)
		evmtest.ExpectRevert(t, err, "TimelockInsufficientDelay", datpin.EINVALID)
	})
	t.Run("OKScheduledGrantAfterTheDelay", func(t *testing.T) {
		r, err := s.Schedule(n.Ctx, n.Admin, grant, time.Hour)
		n.Must(err)
		if ev := evmtest.Events(r, s.TimelockABI.UnpackCallScheduledEvent); len(ev) != 1 || ev[0].Target != s.DAT {
			t.Fatalf("CallScheduled events %+v", ev)
		}
		_, err = s.Execute(n.Ctx, n.Admin, grant)
		evmtest.ExpectRevert(t, err, "TimelockUnexpectedOperationState", datpin.ECONFLICT)
		if evmtest.Read(n, s.DAT, d.PackHasRole(evm.RoleMinter, n.Admin.Address), d.UnpackHasRole) {
			t.Fatal("granted before the delay")
		}
		state, _, err := s.OperationStatus(n.Ctx, grant)
		n.Must(err)
		if state != evm.OpWaiting {
			t.Fatalf("state %v; want waiting", state)
		}
		n.Advance(time.Hour)
		r, err = s.Execute(n.Ctx, n.Admin, grant)
		n.Must(err)
		ev := evmtest.Events(r, d.UnpackRoleGrantedEvent)
		if len(ev) != 1 || ev[0].Role != evm.RoleMinter || ev[0].Account != n.Admin.Address || ev[0].Sender != s.Timelock {
			t.Fatalf("RoleGranted events %+v; want one MINTER grant by the timelock", ev)
		}
		if len(evmtest.Events(r, s.TimelockABI.UnpackCallExecutedEvent)) != 1 {
			t.Fatal("no CallExecuted event")
		}
		if state, _, err := s.OperationStatus(n.Ctx, grant); err != nil || state != evm.OpDone {
			t.Fatalf("state %v, %v; want done", state, err)
		}
	})
	t.Run("ErrAdminTransferNeedsTwoSteps", func(t *testing.T) {
		// Even through the timelock, a new admin only takes over after accepting, once the
		// transfer delay (raised to the timelock delay at hand-over) has passed.
		_, err := n.Send(n.Admin, s.DAT, d.PackBeginDefaultAdminTransfer(n.Admin.Address), nil)
		evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
		_, err = n.Send(n.Admin, s.DAT, d.PackAcceptDefaultAdminTransfer(), nil)
		evmtest.ExpectRevert(t, err, "AccessControlInvalidDefaultAdmin", datpin.EUNAUTHORIZED)
	})
}

// Amounts are never truncated into narrower storage.
func TestGovernance_SafeCast(t *testing.T) {
	n := adminNet(t)
	d := n.Suite.DATABI
	huge := new(big.Int).Lsh(big.NewInt(1), 128)
	_, err := n.Send(n.Admin, n.Suite.DAT, d.PackSetMinSettlement(evmtest.U(n.Suite.ClassID), huge, new(big.Int)), nil)
	evmtest.ExpectRevert(t, err, "SafeCastOverflowedUintDowncast", datpin.EINVALID)
	n.MustSend(n.Admin, n.Suite.DAT, d.PackSetMinSettlement(evmtest.U(n.Suite.ClassID), big.NewInt(7), big.NewInt(9)), nil)
	got := evmtest.Read(n, n.Suite.DAT, d.PackMinSettlement(evmtest.U(n.Suite.ClassID)), d.UnpackMinSettlement)
	if got.MinEth.Int64() != 7 || got.MinErc20.Int64() != 9 {
		t.Fatalf("minSettlement = %v, %v; want 7, 9", got.MinEth, got.MinErc20)
	}
}
