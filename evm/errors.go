package evm

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/contracts/bindings/dataanchoringtoken"
	"github.com/datpin/datpin/contracts/bindings/datamarket"
	"github.com/datpin/datpin/contracts/bindings/dataplan"
	"github.com/datpin/datpin/contracts/bindings/datpintimelock"
	"github.com/datpin/datpin/contracts/bindings/deviceregistry"
	"github.com/datpin/datpin/contracts/bindings/freedatavault"
	"github.com/datpin/datpin/contracts/bindings/networktoken"
	"github.com/datpin/datpin/contracts/bindings/qualityoracle"
	"github.com/datpin/datpin/contracts/bindings/rewards"
)

// errorCodes maps each custom error of the contracts to datpin's error codes: unauthorized when the
// caller may not act, invalid when an argument is malformed or out of range, conflict when the
// contract's state forbids the action now, not_found and expired as named. decodeError falls
// back to invalid for a name missing here; TestErrors_EveryContractErrorHasACode keeps the map
// complete.
var errorCodes = map[string]string{
	"Unauthorized":                           datpin.EUNAUTHORIZED,
	"AccessControlBadConfirmation":           datpin.EUNAUTHORIZED,
	"NotOwnerOrOperator":                     datpin.EUNAUTHORIZED,
	"AccessControlUnauthorizedAccount":       datpin.EUNAUTHORIZED,
	"NotValidator":                           datpin.EUNAUTHORIZED,
	"InvalidSignature":                       datpin.EUNAUTHORIZED,
	"InvalidProof":                           datpin.EUNAUTHORIZED,
	"DeviceInactive":                         datpin.EUNAUTHORIZED,
	"ECDSAInvalidSignature":                  datpin.EUNAUTHORIZED,
	"ECDSAInvalidSignatureLength":            datpin.EUNAUTHORIZED,
	"ECDSAInvalidSignatureS":                 datpin.EUNAUTHORIZED,
	"CommitmentMismatch":                     datpin.EUNAUTHORIZED,
	"NotContributor":                         datpin.EUNAUTHORIZED,
	"TimelockUnauthorizedCaller":             datpin.EUNAUTHORIZED,
	"AccessControlEnforcedDefaultAdminRules": datpin.EUNAUTHORIZED,
	"AccessControlInvalidDefaultAdmin":       datpin.EUNAUTHORIZED,
	"ThresholdOutOfRange":                    datpin.EINVALID,
	"ParamOutOfRange":                        datpin.EINVALID,
	"InvalidInput":                           datpin.EINVALID,
	"LengthMismatch":                         datpin.EINVALID,
	"EmptyBatch":                             datpin.EINVALID,
	"BatchTooLong":                           datpin.EINVALID,
	"ValueTooLarge":                          datpin.EINVALID,
	"ClassMismatch":                          datpin.EINVALID,
	"UnsupportedAsset":                       datpin.EINVALID,
	"InsufficientValue":                      datpin.EINVALID,
	"InsufficientStake":                      datpin.EINVALID,
	"InvalidShortString":                     datpin.EINVALID,
	"StringTooLong":                          datpin.EINVALID,
	"TimelockInvalidOperationLength":         datpin.EINVALID,
	"ERC20InsufficientAllowance":             datpin.EINVALID,
	"ERC20InsufficientBalance":               datpin.EINVALID,
	"ERC20InvalidApprover":                   datpin.EINVALID,
	"ERC20InvalidReceiver":                   datpin.EINVALID,
	"ERC20InvalidSender":                     datpin.EINVALID,
	"ERC20InvalidSpender":                    datpin.EINVALID,
	"SettlementTooSmall":                     datpin.EINVALID,
	"SafeCastOverflowedUintDowncast":         datpin.EINVALID,
	"TimelockInsufficientDelay":              datpin.EINVALID,
	"TokenNotFinalized":                      datpin.ECONFLICT,
	"SnapshotLimit":                          datpin.ECONFLICT,
	"TimelockUnexpectedOperationState":       datpin.ECONFLICT,
	"TimelockUnexecutedPredecessor":          datpin.ECONFLICT,
	"AccessControlEnforcedDefaultAdminDelay": datpin.ECONFLICT,
	"ClassNotFound":                          datpin.ENOTFOUND,
	"TokenNotFound":                          datpin.ENOTFOUND,
	"DeviceNotFound":                         datpin.ENOTFOUND,
	"NoCommitment":                           datpin.ENOTFOUND,
	"RootAlreadyAnchored":                    datpin.ECONFLICT,
	"AlreadyCommitted":                       datpin.ECONFLICT,
	"AlreadyRevealed":                        datpin.ECONFLICT,
	"NotWithheld":                            datpin.ECONFLICT,
	"InsufficientFunds":                      datpin.ECONFLICT,
	"TransferFailed":                         datpin.ECONFLICT,
	"FailedCall":                             datpin.ECONFLICT,
	"SafeERC20FailedOperation":               datpin.ECONFLICT,
	"AlreadyValidator":                       datpin.ECONFLICT,
	"DeviceAlreadyRegistered":                datpin.ECONFLICT,
	"EpochAlreadySettled":                    datpin.ECONFLICT,
	"NotPending":                             datpin.ECONFLICT,
	"OutsideWindow":                          datpin.ECONFLICT,
	"EpochNotOver":                           datpin.ECONFLICT,
	"ExitPending":                            datpin.ECONFLICT,
	"NoShareInClass":                         datpin.ECONFLICT,
	"NothingToClaim":                         datpin.ECONFLICT,
	"NothingToWithdraw":                      datpin.ECONFLICT,
	"ReentrancyGuardReentrantCall":           datpin.ECONFLICT,
	"TooManyValidators":                      datpin.ECONFLICT,
	"WrongRound":                             datpin.ECONFLICT,
	"TokenExpired":                           datpin.EEXPIRED,
	"SignatureExpired":                       datpin.EEXPIRED,
	// DataMarket.
	"NotBuyer":         datpin.EUNAUTHORIZED,
	"ManifestMismatch": datpin.EINVALID,
	"PurposeNotListed": datpin.EINVALID,
	"WrongPayment":     datpin.EINVALID,
	"FeesTooHigh":      datpin.EINVALID,
	"PriceAboveLimit":  datpin.ECONFLICT,
	"NothingIncluded":  datpin.ECONFLICT,
	"ListingNotOpen":   datpin.ECONFLICT,
	"NotInState":       datpin.ECONFLICT,
	"DeliveryOpen":     datpin.ECONFLICT,
	"AlreadyClaimed":   datpin.ECONFLICT,
	"NotSold":          datpin.EINVALID,
	"DeliveryClosed":   datpin.EEXPIRED,
	"PurchaseNotFound": datpin.ENOTFOUND,
	// FreeDataVault and DataPlan.
	"NotSeeded":                  datpin.ECONFLICT,
	"AlreadySeeded":              datpin.ECONFLICT,
	"ERC4626ExceededMaxDeposit":  datpin.EINVALID,
	"ERC4626ExceededMaxMint":     datpin.EINVALID,
	"ERC4626ExceededMaxRedeem":   datpin.EINVALID,
	"ERC4626ExceededMaxWithdraw": datpin.EINVALID,
	"AlreadySubscribed":          datpin.ECONFLICT,
	"NoPlan":                     datpin.ENOTFOUND,
	"NotBound":                   datpin.EUNAUTHORIZED,
	"TermNotOver":                datpin.ECONFLICT,
	"PriceChangeTooLarge":        datpin.EINVALID,
	"PriceChangeTooSoon":         datpin.ECONFLICT,
}

var (
	errorsOnce  sync.Once
	errorsBySel map[[4]byte]abi.Error
)

func loadErrors() {
	errorsBySel = map[[4]byte]abi.Error{}
	for _, md := range []string{
		dataanchoringtoken.DataAnchoringTokenMetaData.ABI,
		deviceregistry.DeviceRegistryMetaData.ABI,
		qualityoracle.QualityOracleMetaData.ABI,
		rewards.RewardsMetaData.ABI,
		networktoken.NetworkTokenMetaData.ABI,
		datpintimelock.DatpinTimelockMetaData.ABI,
		datamarket.DataMarketMetaData.ABI,
		freedatavault.FreeDataVaultMetaData.ABI,
		dataplan.DataPlanMetaData.ABI,
	} {
		parsed, err := abi.JSON(strings.NewReader(md))
		if err != nil {
			panic(err)
		}
		for _, e := range parsed.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			errorsBySel[sel] = e
		}
	}
}

// RevertError describes a decoded revert: the custom error's name and its arguments. A chain
// call's error wraps it, so that callers compare reverts with errors.Is and the sentinels below
// (errors.Is(err, evm.ErrRootAlreadyAnchored)) instead of comparing names.
type RevertError struct {
	Name  string
	Args  map[string]any
	Data  []byte
	Cause error // the RPC error the revert was decoded from
}

func (r *RevertError) Error() string { return r.String() }
func (r *RevertError) Unwrap() error { return r.Cause }

// Is reports whether target is the sentinel of this revert's custom error.
func (r *RevertError) Is(target error) bool {
	k, ok := target.(revertKind)
	return ok && string(k) == r.Name
}

// revertKind is the sentinel of one custom error of the contracts, matched by name.
type revertKind string

func (k revertKind) Error() string { return "reverted with " + string(k) }

// Sentinels of the contracts' custom errors that callers act on. Each name is checked against the
// compiled ABIs by a test, so a renamed error fails there and not silently here.
var (
	ErrRootAlreadyAnchored     error = revertKind("RootAlreadyAnchored")
	ErrDeviceAlreadyRegistered error = revertKind("DeviceAlreadyRegistered")
	ErrInvalidProof            error = revertKind("InvalidProof")
	ErrAlreadyCommitted        error = revertKind("AlreadyCommitted")
	ErrAlreadyRevealed         error = revertKind("AlreadyRevealed")
	ErrCommitmentMismatch      error = revertKind("CommitmentMismatch")
	ErrOutsideWindow           error = revertKind("OutsideWindow")
	ErrNoShareInClass          error = revertKind("NoShareInClass")
	ErrEpochAlreadySettled     error = revertKind("EpochAlreadySettled")
)

// sentinels lists the sentinels above, for the test that checks their names.
var sentinels = []error{ErrRootAlreadyAnchored, ErrDeviceAlreadyRegistered, ErrInvalidProof, ErrAlreadyCommitted,
	ErrAlreadyRevealed, ErrCommitmentMismatch, ErrOutsideWindow, ErrNoShareInClass, ErrEpochAlreadySettled}

// IsRevert reports whether err is a contract's refusal (a decoded revert), as opposed to a failure
// to reach the chain or a node's refusal (nonce, funds).
func IsRevert(err error) bool {
	var r *RevertError
	return errors.As(err, &r)
}

// DecodeRevert decodes revert data into the contracts' custom errors, Error(string) or
// Panic(uint256).
func DecodeRevert(data []byte) (*RevertError, bool) {
	if len(data) < 4 {
		return nil, false
	}
	errorsOnce.Do(loadErrors)
	var sel [4]byte
	copy(sel[:], data[:4])
	if e, ok := errorsBySel[sel]; ok {
		vals, err := e.Inputs.Unpack(data[4:])
		if err != nil {
			return nil, false
		}
		args := make(map[string]any, len(vals))
		for i, in := range e.Inputs {
			args[in.Name] = vals[i]
		}
		return &RevertError{Name: e.Name, Args: args, Data: data}, true
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return &RevertError{Name: "Error", Args: map[string]any{"reason": reason}, Data: data}, true
	}
	return nil, false
}

// decodeError turns an RPC error into a *datpin.Error, decoding revert data when present.
func decodeError(err error) error {
	if err == nil {
		return nil
	}
	data, ok := revertData(err)
	if !ok {
		msg := err.Error()
		switch {
		case strings.Contains(msg, "insufficient funds"):
			return datpin.Wrap(datpin.EINVALID, err, "account cannot pay for gas")
		case strings.Contains(msg, "execution reverted"):
			return datpin.Wrap(datpin.EINVALID, err, "transaction reverted")
		}
		return datpin.Wrap(datpin.EUNAVAILABLE, err, "chain call failed")
	}
	re, ok := DecodeRevert(data)
	if !ok {
		return datpin.Wrap(datpin.EINVALID, err, "reverted with unknown data 0x%s", hex.EncodeToString(data))
	}
	code, ok := errorCodes[re.Name]
	if !ok {
		code = datpin.EINVALID
	}
	detail := map[string]any{"error": re.Name}
	for k, v := range re.Args {
		detail[k] = fmt.Sprint(v)
	}
	re.Cause = err
	return &datpin.Error{Code: code, Message: re.String(), Detail: detail, Err: re}
}

// String renders the error as Name(arg=value, ...) in the ABI's argument order.
func (r *RevertError) String() string {
	errorsOnce.Do(loadErrors)
	var sel [4]byte
	copy(sel[:], r.Data)
	e, ok := errorsBySel[sel]
	if !ok {
		return fmt.Sprintf("%s(%v)", r.Name, r.Args["reason"])
	}
	parts := make([]string, 0, len(e.Inputs))
	for _, in := range e.Inputs {
		parts = append(parts, fmt.Sprintf("%s=%v", in.Name, r.Args[in.Name]))
	}
	return r.Name + "(" + strings.Join(parts, ", ") + ")"
}

// RevertName returns the custom error name carried by err, or "".
func RevertName(err error) string {
	var e *datpin.Error
	if !errors.As(err, &e) || e.Detail == nil {
		return ""
	}
	n, _ := e.Detail["error"].(string)
	return n
}
