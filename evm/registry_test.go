package evm_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/deviceregistry"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/evm/evmtest"
	"github.com/datpin/datpin/pack"
)

// The DeviceRegistry: onboarding bound to the device's key and the operator, moves, activation,
// operator hand-over and guardian suspension.

func deviceOf(n *evmtest.Net, dev common.Address) deviceregistry.DeviceRegistryDevice {
	n.T.Helper()
	r := n.Suite.RegistryABI
	return evmtest.Read(n, n.Suite.Registry, r.PackDeviceOf(dev), r.UnpackDeviceOf)
}

func deviceStatus(n *evmtest.Net, dev common.Address) (common.Address, bool) {
	n.T.Helper()
	r := n.Suite.RegistryABI
	st := evmtest.Read(n, n.Suite.Registry, r.PackDeviceStatus(dev), r.UnpackDeviceStatus)
	return st.Operator, st.Active
}

func TestDeviceRegistry_Onboard(t *testing.T) {
	n := adminNet(t)
	reg := n.Suite.RegistryABI
	op := evmtest.Account("operator", 0)
	onboard := func(from *evm.Account, dev common.Address, cell uint64, typ uint8, deadline uint64, sig []byte) error {
		_, err := n.Send(from, n.Suite.Registry, reg.PackOnboard(dev, cell, typ, deadline, sig), nil)
		return err
	}
	t.Run("OK", func(t *testing.T) {
		dev := evmtest.Account("device", 0)
		deadline := n.Now() + 600
		sig := n.OnboardSig(dev, op, testCell, deadline)
		r := n.MustSend(op, n.Suite.Registry, reg.PackOnboard(dev.Address, testCell, uint8(datpin.DeviceStation), deadline, sig), nil)
		ev := evmtest.Events(r, reg.UnpackDeviceOnboardedEvent)
		if len(ev) != 1 || ev[0].Device != dev.Address || ev[0].Operator != op.Address || ev[0].H3Cell != testCell || ev[0].DeviceType != uint8(datpin.DeviceStation) {
			t.Fatalf("DeviceOnboarded = %+v", ev)
		}
		d := deviceOf(n, dev.Address)
		if d.Operator != op.Address || d.H3Cell != testCell || !d.Active || d.Suspended || d.RegisteredAt != n.BlockTime(r) || d.Nonce != 0 {
			t.Fatalf("deviceOf = %+v", d)
		}
		if o, active := deviceStatus(n, dev.Address); o != op.Address || !active {
			t.Fatalf("deviceStatus = %s, %v", o, active)
		}
		if c := evmtest.Read(n, n.Suite.Registry, reg.PackDeviceCount(), reg.UnpackDeviceCount); c.Uint64() != 1 {
			t.Fatalf("deviceCount = %v", c)
		}
		sep := evmtest.Read(n, n.Suite.Registry, reg.PackDomainSeparator(), reg.UnpackDomainSeparator)
		if sep != n.Domain(n.Suite.Registry).Separator() {
			t.Fatalf("domainSeparator differs from pack's")
		}
	})
	t.Run("ErrDeviceAlreadyRegistered", func(t *testing.T) {
		dev := evmtest.Account("device", 0)
		other := evmtest.Account("operator", 1)
		deadline := n.Now() + 600
		err := onboard(other, dev.Address, testCell, 1, deadline, n.OnboardSig(dev, other, testCell, deadline))
		evmtest.ExpectRevert(t, err, "DeviceAlreadyRegistered", datpin.ECONFLICT)
	})
	t.Run("ErrSignatureExpired", func(t *testing.T) {
		dev := evmtest.Account("device", 1)
		deadline := n.Now() - 1
		err := onboard(op, dev.Address, testCell, 1, deadline, n.OnboardSig(dev, op, testCell, deadline))
		evmtest.ExpectRevert(t, err, "SignatureExpired", datpin.EEXPIRED)
	})
	t.Run("ErrNotTheDevicesKey", func(t *testing.T) {
		dev := evmtest.Account("device", 1)
		deadline := n.Now() + 600
		sig, err := pack.SignOnboard(stranger.Key, n.Domain(n.Suite.Registry), &pack.Onboard{
			Device: dev.Address, Operator: op.Address, H3Cell: testCell, DeviceType: datpin.DeviceStation, Deadline: deadline,
		})
		n.Must(err)
		evmtest.ExpectRevert(t, onboard(op, dev.Address, testCell, 1, deadline, sig[:]), "InvalidSignature", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrOtherCell", func(t *testing.T) {
		dev := evmtest.Account("device", 1)
		deadline := n.Now() + 600
		err := onboard(op, dev.Address, testCell+1, 1, deadline, n.OnboardSig(dev, op, testCell, deadline))
		evmtest.ExpectRevert(t, err, "InvalidSignature", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrDeviceTypeZero", func(t *testing.T) {
		dev := evmtest.Account("device", 1)
		evmtest.ExpectRevert(t, onboard(op, dev.Address, testCell, 0, n.Now()+600, nil), "InvalidInput", datpin.EINVALID)
	})
	t.Run("ErrZeroDevice", func(t *testing.T) {
		evmtest.ExpectRevert(t, onboard(op, common.Address{}, testCell, 1, n.Now()+600, nil), "InvalidInput", datpin.EINVALID)
	})
}

func TestDeviceRegistry_Move(t *testing.T) {
	n := adminNet(t)
	reg := n.Suite.RegistryABI
	op, dev := onboarded(n, 0, 0)
	const newCell = 0x8828308283fffff
	move := func(from *evm.Account, cell, deadline uint64, sig []byte) error {
		_, err := n.Send(from, n.Suite.Registry, reg.PackMove(dev.Address, cell, deadline, sig), nil)
		return err
	}
	deadline := n.Now() + 600
	sig0 := n.SignDigest(dev.Key, n.MoveDigest(dev.Address, newCell, 0, deadline))
	t.Run("ErrNotOperator", func(t *testing.T) {
		evmtest.ExpectRevert(t, move(stranger, newCell, deadline, sig0), "Unauthorized", datpin.EUNAUTHORIZED)
	})
	t.Run("OK", func(t *testing.T) {
		r := n.MustSend(op, n.Suite.Registry, reg.PackMove(dev.Address, newCell, deadline, sig0), nil)
		ev := evmtest.Events(r, reg.UnpackDeviceMovedEvent)
		if len(ev) != 1 || ev[0].Device != dev.Address || ev[0].H3Cell != newCell {
			t.Fatalf("DeviceMoved = %+v", ev)
		}
		if d := deviceOf(n, dev.Address); d.H3Cell != newCell || d.Nonce != 1 {
			t.Fatalf("deviceOf = %+v", d)
		}
	})
	t.Run("ErrReplay", func(t *testing.T) {
		// The nonce moved on: the same signature no longer verifies.
		evmtest.ExpectRevert(t, move(op, newCell, deadline, sig0), "InvalidSignature", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrSignedByOperatorNotDevice", func(t *testing.T) {
		sig := n.SignDigest(op.Key, n.MoveDigest(dev.Address, testCell, 1, deadline))
		evmtest.ExpectRevert(t, move(op, testCell, deadline, sig), "InvalidSignature", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrSignatureExpired", func(t *testing.T) {
		past := n.Now() - 1
		sig := n.SignDigest(dev.Key, n.MoveDigest(dev.Address, testCell, 1, past))
		evmtest.ExpectRevert(t, move(op, testCell, past, sig), "SignatureExpired", datpin.EEXPIRED)
	})
	t.Run("ErrDeviceNotFound", func(t *testing.T) {
		_, err := n.Send(op, n.Suite.Registry, reg.PackMove(stranger.Address, testCell, deadline, sig0), nil)
		evmtest.ExpectRevert(t, err, "DeviceNotFound", datpin.ENOTFOUND)
	})
}

func TestDeviceRegistry_SetActive(t *testing.T) {
	n := adminNet(t)
	reg := n.Suite.RegistryABI
	op, dev := onboarded(n, 0, 0)
	t.Run("OK", func(t *testing.T) {
		r := n.MustSend(op, n.Suite.Registry, reg.PackSetActive(dev.Address, false), nil)
		ev := evmtest.Events(r, reg.UnpackDeviceActiveSetEvent)
		if len(ev) != 1 || ev[0].Device != dev.Address || ev[0].Active {
			t.Fatalf("DeviceActiveSet = %+v", ev)
		}
		if _, active := deviceStatus(n, dev.Address); active {
			t.Fatalf("still active")
		}
		n.MustSend(op, n.Suite.Registry, reg.PackSetActive(dev.Address, true), nil)
		if _, active := deviceStatus(n, dev.Address); !active {
			t.Fatalf("not reactivated")
		}
	})
	t.Run("ErrNotOperator", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.Registry, reg.PackSetActive(dev.Address, false), nil)
		evmtest.ExpectRevert(t, err, "Unauthorized", datpin.EUNAUTHORIZED)
		_, err = n.Send(n.Admin, n.Suite.Registry, reg.PackSetActive(dev.Address, false), nil)
		evmtest.ExpectRevert(t, err, "Unauthorized", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrDeviceNotFound", func(t *testing.T) {
		_, err := n.Send(op, n.Suite.Registry, reg.PackSetActive(stranger.Address, false), nil)
		evmtest.ExpectRevert(t, err, "DeviceNotFound", datpin.ENOTFOUND)
	})
}

func TestDeviceRegistry_TransferOperator(t *testing.T) {
	n := adminNet(t)
	reg := n.Suite.RegistryABI
	op, dev := onboarded(n, 0, 0)
	next := evmtest.Account("operator", 1)
	t.Run("ErrNotOperator", func(t *testing.T) {
		_, err := n.Send(stranger, n.Suite.Registry, reg.PackTransferOperator(dev.Address, stranger.Address), nil)
		evmtest.ExpectRevert(t, err, "Unauthorized", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrZero", func(t *testing.T) {
		_, err := n.Send(op, n.Suite.Registry, reg.PackTransferOperator(dev.Address, common.Address{}), nil)
		evmtest.ExpectRevert(t, err, "InvalidInput", datpin.EINVALID)
	})
	t.Run("OK", func(t *testing.T) {
		r := n.MustSend(op, n.Suite.Registry, reg.PackTransferOperator(dev.Address, next.Address), nil)
		ev := evmtest.Events(r, reg.UnpackOperatorTransferredEvent)
		if len(ev) != 1 || ev[0].Device != dev.Address || ev[0].From != op.Address || ev[0].To != next.Address {
			t.Fatalf("OperatorTransferred = %+v", ev)
		}
		if o, _ := deviceStatus(n, dev.Address); o != next.Address {
			t.Fatalf("operator = %s", o)
		}
		// The former operator lost control.
		_, err := n.Send(op, n.Suite.Registry, reg.PackSetActive(dev.Address, false), nil)
		evmtest.ExpectRevert(t, err, "Unauthorized", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrDeviceNotFound", func(t *testing.T) {
		_, err := n.Send(op, n.Suite.Registry, reg.PackTransferOperator(stranger.Address, next.Address), nil)
		evmtest.ExpectRevert(t, err, "DeviceNotFound", datpin.ENOTFOUND)
	})
}

func TestDeviceRegistry_SetSuspended(t *testing.T) {
	n := adminNet(t)
	reg := n.Suite.RegistryABI
	op, dev := onboarded(n, 0, 0)
	t.Run("ErrNotGuardian", func(t *testing.T) {
		for _, who := range []*evm.Account{stranger, op} {
			_, err := n.Send(who, n.Suite.Registry, reg.PackSetSuspended(dev.Address, true), nil)
			evmtest.ExpectRevert(t, err, "AccessControlUnauthorizedAccount", datpin.EUNAUTHORIZED)
		}
	})
	t.Run("OK", func(t *testing.T) {
		r := n.MustSend(n.Admin, n.Suite.Registry, reg.PackSetSuspended(dev.Address, true), nil)
		ev := evmtest.Events(r, reg.UnpackDeviceSuspendedEvent)
		if len(ev) != 1 || ev[0].Device != dev.Address || !ev[0].Suspended {
			t.Fatalf("DeviceSuspended = %+v", ev)
		}
		if _, active := deviceStatus(n, dev.Address); active {
			t.Fatalf("a suspended device is active")
		}
		n.MustSend(op, n.Suite.Registry, reg.PackSetActive(dev.Address, true), nil)
		if _, active := deviceStatus(n, dev.Address); active {
			t.Fatalf("the operator lifted a suspension")
		}
	})
	t.Run("OKDelegatedGuardian", func(t *testing.T) {
		g := evmtest.Account("admin", 3)
		n.GrantRole(n.Suite.Registry, evm.RoleGuardian, g.Address)
		n.MustSend(g, n.Suite.Registry, reg.PackSetSuspended(dev.Address, false), nil)
		if _, active := deviceStatus(n, dev.Address); !active {
			t.Fatalf("reinstated device inactive")
		}
	})
	t.Run("ErrDeviceNotFound", func(t *testing.T) {
		_, err := n.Send(n.Admin, n.Suite.Registry, reg.PackSetSuspended(stranger.Address, true), nil)
		evmtest.ExpectRevert(t, err, "DeviceNotFound", datpin.ENOTFOUND)
	})
}

// onboardMany registers a fleet in one transaction with the same checks as onboard; devices
// already the caller's are skipped (a retried batch succeeds), and one item that fails — another
// operator's device, a signature naming someone else, an expired deadline — reverts the batch.
func TestDeviceRegistry_OnboardMany(t *testing.T) {
	n := adminNet(t)
	reg := n.Suite.RegistryABI
	op := evmtest.Account("operator", 1)
	deadline := n.Now() + 600
	fleet := func(from, to int, signFor *evm.Account) []evm.Onboarding {
		var items []evm.Onboarding
		for i := from; i < to; i++ {
			dev := evmtest.Account("fleet device", uint32(i))
			items = append(items, evm.Onboarding{Device: dev.Address, H3Cell: testCell + uint64(i), DeviceType: datpin.DeviceStation,
				Deadline: deadline, Sig: n.OnboardSig(dev, signFor, testCell+uint64(i), deadline)})
		}
		return items
	}
	count := func() uint64 {
		return evmtest.Read(n, n.Suite.Registry, reg.PackDeviceCount(), reg.UnpackDeviceCount).Uint64()
	}
	before := count()

	t.Run("OK", func(t *testing.T) {
		n.Must(n.Suite.OnboardMany(n.Ctx, op, fleet(0, 20, op)))
		for i := range 20 {
			d := deviceOf(n, evmtest.Account("fleet device", uint32(i)).Address)
			if d.Operator != op.Address || d.H3Cell != testCell+uint64(i) || !d.Active {
				t.Fatalf("device %d: %+v", i, d)
			}
		}
		if got := count(); got != before+20 {
			t.Fatalf("deviceCount %d; want %d", got, before+20)
		}
	})
	t.Run("OKRetrySkipsOwnDevices", func(t *testing.T) {
		n.Must(n.Suite.OnboardMany(n.Ctx, op, fleet(10, 25, op))) // 10 already registered, 5 new
		if got := count(); got != before+25 {
			t.Fatalf("deviceCount %d; want %d", got, before+25)
		}
	})
	t.Run("ErrAnotherOperatorsDevice", func(t *testing.T) {
		items := append(fleet(30, 32, stranger), fleet(0, 1, stranger)...) // device 0 is op's
		evmtest.ExpectRevert(t, n.Suite.OnboardMany(n.Ctx, stranger, items), "DeviceAlreadyRegistered", datpin.ECONFLICT)
		if o, _ := deviceStatus(n, evmtest.Account("fleet device", 30).Address); o != (common.Address{}) {
			t.Fatal("a reverted batch registered a device")
		}
	})
	t.Run("ErrFrontRunWithOperatorsSignatures", func(t *testing.T) {
		// The signatures name op: an attacker sending them registers nothing.
		evmtest.ExpectRevert(t, n.Suite.OnboardMany(n.Ctx, stranger, fleet(40, 42, op)), "InvalidSignature", datpin.EUNAUTHORIZED)
	})
	t.Run("ErrExpired", func(t *testing.T) {
		items := fleet(50, 52, op)
		items[1].Deadline = n.Now() - 1
		items[1].Sig = n.OnboardSig(evmtest.Account("fleet device", 51), op, items[1].H3Cell, items[1].Deadline)
		evmtest.ExpectRevert(t, n.Suite.OnboardMany(n.Ctx, op, items), "SignatureExpired", datpin.EEXPIRED)
		if got := count(); got != before+25 {
			t.Fatalf("deviceCount %d after reverted batches; want %d", got, before+25)
		}
	})
}
