package evm

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datpin/datpin"
)

// Role ids of the timelock.
var (
	RoleProposer = roleHash("PROPOSER_ROLE")
	RoleExecutor = roleHash("EXECUTOR_ROLE")
)

// Operation is one call the timelock makes once its delay has passed.
type Operation struct {
	Target common.Address
	Value  *big.Int // wei sent with the call (nil: none)
	Data   []byte
	// Predecessor is an operation that must be done first (zero: none).
	Predecessor [32]byte
	// Salt tells apart two operations with the same call.
	Salt [32]byte
}

func (op Operation) value() *big.Int {
	if op.Value == nil {
		return new(big.Int)
	}
	return op.Value
}

// OperationState is the timelock's state of an operation.
type OperationState uint8

// The states of TimelockController.OperationState.
const (
	OpUnset OperationState = iota
	OpWaiting
	OpReady
	OpDone
)

// String names the state.
func (s OperationState) String() string {
	switch s {
	case OpUnset:
		return "unset"
	case OpWaiting:
		return "waiting"
	case OpReady:
		return "ready"
	case OpDone:
		return "done"
	}
	return "unknown"
}

// requireTimelock fails when the suite has no timelock (deployed with Config.DeployerAdmin).
func (s *Suite) requireTimelock() error {
	if s.Timelock == (common.Address{}) {
		return datpin.Errorf(datpin.EINVALID, "this deployment has no timelock: its deployer administers it directly")
	}
	return nil
}

// OperationID is the timelock's id of op (hashOperation).
func (s *Suite) OperationID(ctx context.Context, op Operation) ([32]byte, error) {
	if err := s.requireTimelock(); err != nil {
		return [32]byte{}, err
	}
	out, err := s.Chain.Call(ctx, common.Address{}, s.Timelock,
		s.TimelockABI.PackHashOperation(op.Target, op.value(), op.Data, op.Predecessor, op.Salt))
	if err != nil {
		return [32]byte{}, err
	}
	id, err := s.TimelockABI.UnpackHashOperation(out)
	if err != nil {
		return [32]byte{}, datpin.Wrap(datpin.EINTERNAL, err, "decode hashOperation")
	}
	return id, nil
}

// Schedule schedules op on the timelock from a proposer, to be executable after delay (at least
// the timelock's minimum delay). The timelock emits CallScheduled.
func (s *Suite) Schedule(ctx context.Context, proposer *Account, op Operation, delay time.Duration) (*types.Receipt, error) {
	if err := s.requireTimelock(); err != nil {
		return nil, err
	}
	return s.send(ctx, proposer, s.Timelock, s.TimelockABI.PackSchedule(op.Target, op.value(), op.Data,
		op.Predecessor, op.Salt, big.NewInt(int64(delay/time.Second))), nil)
}

// Execute executes a ready operation from an executor. The timelock emits CallExecuted and the
// target its own events.
func (s *Suite) Execute(ctx context.Context, executor *Account, op Operation) (*types.Receipt, error) {
	if err := s.requireTimelock(); err != nil {
		return nil, err
	}
	return s.send(ctx, executor, s.Timelock, s.TimelockABI.PackExecute(op.Target, op.value(), op.Data,
		op.Predecessor, op.Salt), op.value())
}

// OperationStatus returns the state of op and the time it becomes (or became) executable
// (Unix seconds; 0 if unset, 1 once done).
func (s *Suite) OperationStatus(ctx context.Context, op Operation) (OperationState, uint64, error) {
	id, err := s.OperationID(ctx, op)
	if err != nil {
		return 0, 0, err
	}
	out, err := s.Chain.Call(ctx, common.Address{}, s.Timelock, s.TimelockABI.PackGetOperationState(id))
	if err != nil {
		return 0, 0, err
	}
	st, err := s.TimelockABI.UnpackGetOperationState(out)
	if err != nil {
		return 0, 0, datpin.Wrap(datpin.EINTERNAL, err, "decode getOperationState")
	}
	out, err = s.Chain.Call(ctx, common.Address{}, s.Timelock, s.TimelockABI.PackGetTimestamp(id))
	if err != nil {
		return 0, 0, err
	}
	ts, err := s.TimelockABI.UnpackGetTimestamp(out)
	if err != nil {
		return 0, 0, datpin.Wrap(datpin.EINTERNAL, err, "decode getTimestamp")
	}
	return OperationState(st), ts.Uint64(), nil
}

// MinDelay is the timelock's minimum delay.
func (s *Suite) MinDelay(ctx context.Context) (time.Duration, error) {
	if err := s.requireTimelock(); err != nil {
		return 0, err
	}
	out, err := s.Chain.Call(ctx, common.Address{}, s.Timelock, s.TimelockABI.PackGetMinDelay())
	if err != nil {
		return 0, err
	}
	d, err := s.TimelockABI.UnpackGetMinDelay(out)
	if err != nil {
		return 0, datpin.Wrap(datpin.EINTERNAL, err, "decode getMinDelay")
	}
	return time.Duration(d.Int64()) * time.Second, nil
}

// SaltOf is a salt derived from a label, so that scheduling and executing the same change name
// the same operation.
func SaltOf(label string) [32]byte {
	return [32]byte(crypto.Keccak256([]byte("datpin/governance/" + label)))
}

// handOver makes the timelock the only admin of the DAT, the registry and the rewards contract
// (the oracle got it in its constructor), has it register the scoring rules in the oracle, and
// then raises the timelock's minimum delay and the contracts' admin transfer delays to delay. The deployer renounces every role it held on them;
// it remains the timelock's proposer and executor (and canceller), so it can still propose
// changes, each one public for delay before it takes effect.
func (s *Suite) handOver(ctx context.Context, admin *Account, delay time.Duration, rules [32]byte) error {
	secs := big.NewInt(int64(delay / time.Second))
	type call struct {
		to   common.Address
		data []byte
	}
	var calls []call
	for _, c := range []struct {
		addr  common.Address
		roles [][32]byte // roles the deployer held besides DEFAULT_ADMIN_ROLE
	}{
		{s.DAT, [][32]byte{RoleClassAdmin}},
		{s.Registry, [][32]byte{RoleGuardian}},
		{s.Rewards, nil},
		{s.Market, nil},
		{s.Vault, nil},
		{s.Plan, nil},
	} {
		// The bindings of the three contracts share AccessControlDefaultAdminRules' ABI.
		abi := s.DATABI
		for _, r := range c.roles {
			calls = append(calls, call{c.addr, abi.PackGrantRole(r, s.Timelock)},
				call{c.addr, abi.PackRenounceRole(r, admin.Address)})
		}
		// The delay change takes effect later (an increase waits for itself); the transfer below
		// is scheduled with the current delay of zero, so the timelock accepts it now.
		calls = append(calls, call{c.addr, abi.PackChangeDefaultAdminDelay(secs)},
			call{c.addr, abi.PackBeginDefaultAdminTransfer(s.Timelock)})
	}
	for _, c := range calls {
		if _, err := s.send(ctx, admin, c.to, c.data, nil); err != nil {
			return err
		}
	}
	// A transfer is accepted strictly after the block that began it. Public chains' block times
	// always increase; a development node may mine several blocks in one second, so move its
	// clock (a public node refuses, and needs nothing).
	if !s.Chain.Embedded() {
		_ = s.Chain.AdjustTime(ctx, time.Second)
	}
	// One timelock batch (minimum delay still zero): accept the six transfers, register the
	// scoring rules, then raise the timelock's own minimum delay.
	targets := []common.Address{s.DAT, s.Registry, s.Rewards, s.Market, s.Vault, s.Plan, s.Oracle, s.Timelock}
	accept := s.DATABI.PackAcceptDefaultAdminTransfer()
	payloads := [][]byte{accept, accept, accept, accept, accept, accept, s.OracleABI.PackSetRules(rules), s.TimelockABI.PackUpdateDelay(secs)}
	values := make([]*big.Int, len(targets))
	for i := range values {
		values[i] = new(big.Int)
	}
	salt := SaltOf("hand-over")
	if _, err := s.send(ctx, admin, s.Timelock, s.TimelockABI.PackScheduleBatch(targets, values, payloads, [32]byte{}, salt, new(big.Int)), nil); err != nil {
		return datpin.Wrap(datpin.ErrorCode(err), err, "schedule the hand-over to the timelock")
	}
	if _, err := s.send(ctx, admin, s.Timelock, s.TimelockABI.PackExecuteBatch(targets, values, payloads, [32]byte{}, salt), nil); err != nil {
		return datpin.Wrap(datpin.ErrorCode(err), err, "execute the hand-over to the timelock")
	}
	return nil
}
