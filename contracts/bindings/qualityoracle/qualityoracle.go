// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package qualityoracle

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// QualityOracleParams is an auto generated low-level Go binding around an user-defined struct.
type QualityOracleParams struct {
	Quorum        uint8
	Threshold     uint16
	Tolerance     uint16
	ExitDelay     uint32
	StaleAfter    uint32
	MinStake      *big.Int
	SlashPerFault *big.Int
}

// QualityOracleValidator is an auto generated low-level Go binding around an user-defined struct.
type QualityOracleValidator struct {
	Stake        *big.Int
	Active       bool
	Listed       bool
	ExitAt       uint64
	Agreements   uint32
	Faults       uint32
	LastRevealed uint32
}

// QualityOracleMetaData contains all meta data concerning the QualityOracle contract.
var QualityOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIDatpinEvaluable\",\"name\":\"dat_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"stakeToken_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"genesis_\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundLength_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow_\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"tolerance\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"exitDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"staleAfter\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashPerFault\",\"type\":\"uint256\"}],\"internalType\":\"structQualityOracle.Params\",\"name\":\"params_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromClass\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toClass\",\"type\":\"uint256\"}],\"name\":\"ClassMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"ClassNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"DeviceAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"InvalidInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"NoShareInClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"OutsideWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"RootAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"TokenExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TokenNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnsupportedAsset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenRound\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"WrongRound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"tolerance\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"exitDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"staleAfter\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashPerFault\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structQualityOracle.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reveals\",\"type\":\"uint8\"}],\"name\":\"QuorumPending\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"scores\",\"type\":\"bytes\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SlashedSwept\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"ValidatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"agreements\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"faults\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"ValidatorScored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ABSTAIN\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BELOW_THRESHOLD\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VALIDATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NO_QUORUM\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commitWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"scores\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"committed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentRound\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dat\",\"outputs\":[{\"internalType\":\"contractIDatpinEvaluable\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"tokenIds\",\"type\":\"uint256[]\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesis\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"tolerance\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"exitDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"staleAfter\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashPerFault\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"scores\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revealWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"revealedScore\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"roundAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"roundLength\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"tolerance\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"exitDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"staleAfter\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashPerFault\",\"type\":\"uint256\"}],\"internalType\":\"structQualityOracle.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashedPool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"sweepSlashed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"validatorOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"stake\",\"type\":\"uint128\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"listed\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"exitAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"agreements\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"faults\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"lastRevealed\",\"type\":\"uint32\"}],\"internalType\":\"structQualityOracle.Validator\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"windows\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"commitOpens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealOpens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealCloses\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "QualityOracle",
	Bin: "0x6101406040523461044757604051612ffb38819003601f8101601f191683016001600160401b0381118482101761044b578392829160405283398101036101c081126104475781516001600160a01b038116808203610447576020840151936001600160a01b03851693848603610447576040820151956001600160a01b03871690818803610447576060840151956001600160401b0387168703610447576100aa6080860161045f565b936100b760a0870161045f565b60e06100c560c0890161045f565b9260df190112610447576040519560e087016001600160401b0381118882101761044b5760405260e088015160ff8116810361044757875261010a6101008901610470565b99602088019a8b5261011f6101208a01610470565b9c604089019d8e526101346101408b0161045f565b9c60608a019d8e526101496101608c0161045f565b9860808b01998a526101a06101808d01519c60a08d019d8e5201519c60c08c019d8e521591821561043e575b508115610435575b506104005763ffffffff83161580156103f2575b80156103e4575b6103b4576101b99660805260a05260c05260e052610100526101205261047f565b5060ff82511680159081156103a9575b508015610399575b8015610389575b61035a5763ffffffff60e09661ffff7fe82d0618764575059fb496aef154d8d78889f56dbab0c4f6b892d0003dc32b6c998160ff859751169960015462ffff00825160081b1664ffff000000855160181b168d68ffffffff0000000000895160281b16926cffffffff0000000000000000008c5160481b16946cffffffff000000000000000000199268ffffffff0000000000199164ffffffffff191617161716171717600155885160025589516003556040519a8b52511660208a01525116604088015251166060860152511660808401525160a08301525160c0820152a1604051612ad29081610509823960805181818161088601528181610ef601528181610f480152818161167801526128a8015260a05181818161177e01528181611b5701528181611eb7015261295b015260c05181818161136d0152818161210f0152612264015260e0518181816114b8015281816121460152612234015261010051818181611dba015261229401526101205181818161151301526122c50152f35b60405163d647364f60e01b8152602060048201526006602482015265706172616d7360d01b6044820152606490fd5b5061271061ffff885116116101d8565b5061271061ffff865116116101d1565b60209150115f6101c9565b60405163d647364f60e01b815260206004820152600760248201526677696e646f777360c81b6044820152606490fd5b5063ffffffff851615610198565b5063ffffffff841615610191565b60405163d647364f60e01b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b9050155f61017d565b1591505f610175565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b519063ffffffff8216820361044757565b519061ffff8216820361044757565b6001600160a01b0381165f9081525f516020612fdb5f395f51905f52602052604090205460ff16610503576001600160a01b03165f8181525f516020612fdb5f395f51905f5260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe610200806040526004361015610013575f80fd5b5f610160525f3560e01c90816301ffc9a71461204c575080630e5a4ff31461202e578063248a9ca3146120045780632f2ff15d14611fc757806336568abe14611f835780633ccfd60b14611dde5780634069900514611d9e57806342a977c814611d715780634df6ef2a14611b8657806351ed6a3014611b4257806354beecf2146117d45780635e871a71146116f557806362ada8ec146116d8578063637e7006146116a757806363eb963a14611663578063714897df146116495780637a61a24e146115f45780637f8e3b4e14611537578063863d22c7146114f75780638a19c8bc146114dc5780638b649b941461149c57806391d14854146114545780639d73bac3146113c7578063a1731a2b146113ab578063a217fddf14611391578063a7f0b3de1461134e578063ca1e7819146112e9578063ca9e4306146112c2578063cb5755561461126b578063cff0ab9614611206578063d547741f146111c2578063e17e082b146106da578063eb4f16b5146105f7578063f207564e1461047f578063f2f03877146102e45763f666d1b2146101ae575f80fd5b346102dd5760203660031901126102dd576101c76120b5565b6040516101d381612198565b6101605181526101605160208201526101605160408201526101605160608201526101605160808201526101605160a082015260c06101605191015260018060a01b03166101605152600660205260e06040610160512063ffffffff6040519161023c83612198565b81815493816001600160801b038616958683526001600160401b03602084019560ff8360801c16151587526040850160ff8460881c161515815260016060870192848660901c16845286608089019660d01c1686520154978560c060a0890198828c168a52019960201c1689526040519a8b5251151560208b015251151560408a01525116606088015251166080860152511660a0840152511660c0820152f35b6101605180fd5b346102dd5760403660031901126102dd57600435602435903361016051526006602052604061016051205460ff8160801c1615610466576001600160801b03166002549081811061044b57505061033a8161221b565b508142108015610441575b61041557505080610160515260076020526040610160512060018060a01b0333165f5260205260405f2082610160515260205260ff6040610160512054166103f95780610160515260076020526040610160512060018060a01b0333165f5260205260405f2082610160515260205260406101605120600160ff198254161790556040519182527f26a454697a4923cb3646779d831b5e4696bd3fab14b67dd6dfe23d72354f57dd60203393a36101605180f35b63d42c398560e01b610160515260045233602452604461016051fd5b6040516307af89b760e01b81526004810184905242602482015260448101929092526064820152608490fd5b5080421015610345565b6322df051360e11b6101605152600452602452604461016051fd5b633b4f6e2b60e21b610160515233600452602461016051fd5b346102dd5760203660031901126102dd576104986126ca565b33610160515260066020526040610160512060ff815460881c166105de57602060055410156105c4576104cc600435612946565b906002548083106105a85750805471ffffffffffffffffffffffffffffffffffff19166001600160801b0383161761010160801b1790556005546801000000000000000081101561058e5761052a8160016105489301600555612529565b81546001600160a01b0360039290921b91821b19163390911b179055565b6040519081527fb4a7f5c563a0e35593d156394ed681bdc9c39467d7d722749d23862c2e4b712c60203392a2610160515f516020612aa65f395f51905f525d6101605180f35b634e487b7160e01b61016051526041600452602461016051fd5b826322df051360e11b6101605152600452602452604461016051fd5b63628fb2b960e01b61016051526020600452602461016051fd5b6359615ad360e01b610160515233600452602461016051fd5b346102dd5760203660031901126102dd576106106126ca565b33610160515260066020526040610160512060ff815460881c16156104665761063a600435612946565b906001600160801b0382166001600160801b0382541601906001600160801b0382116106c0576001600160801b038092168219825416178155541660405191825260208201527f270d6dd254edd1d985c81cf7861b8f28fb06b6d719df04d90464034d4341244060403392a2610160515f516020612aa65f395f51905f525d6101605180f35b634e487b7160e01b61016051526011600452602461016051fd5b34610fa3576020366003190112610fa3576001600160401b0360043511610fa357366023600435011215610fa3576001600160401b036004356004013511610fa3573660246004356004013560051b600435010111610fa35761073b6126ca565b6107436122ee565b610100526101005151610755816123bb565b61075e826123bb565b60c052610770600435600401356123bb565b60a0525f6101e052610794610784836123a4565b6040516101a0526101a0516121c7565b816101a05152601f196107a6836123a4565b013660206101a05101376107b9826123bb565b610180526040516080526107ce608051612198565b63ffffffff60015460ff81166080515261ffff8160081c166020608051015261ffff8160181c1660406080510152818160281c166060608051015260481c1660808051015260025460a0608051015260035460c0608051015260405190630fd6e89160e21b82526020600483015260043560040135602483015260018060fb1b036004356004013511610fa3576004356004013560051b60246004350160448401375f8260048035013560051b8101819003604401817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215610f98575f9261119e575b506108c8836123bb565b60e0525f195f5b60043560040135811015610ebe576108e78185612487565b519060ff82166004811015610eaa575f1901610ea15761090f63ffffffff8360081c16612105565b6109188161221b565b92915050814210610e7757508360248360051b60043501013560041c03610e07575b5f6101205260048035600584901b0160240135600f8116801560109290931b60f01604141715610a98575f610140525b866101405110610cc15760ff60805151166101205110610c3257506001806101205116145f14610bea5761ffff6109aa6101205160011c6101a051612487565b51165b5f5b610120518110610b05575061ffff8360481c1661ffff8216818115918215610afa575b505015610af25750915b6080516020015161ffff8481169291168210610aac579063ffffffff610a059260281c166121e8565b612710810190818111610a985761270f8101918211610a985760019361ffff60401b808660501b9366ffffffffffffff60981b9060981b169461271066ffffffffffffff60601b910460601b169260401b16166001600160401b0360248660051b6004350101351617171717610a906101e051610a846101e05161249b565b6101e05260a051612487565b525b016108cf565b634e487b7160e01b5f52601160045260245ffd5b505060019161ffff60401b808460581b9260401b16166001600160401b0360248460051b600435010135161717610aec6101e051610a846101e05161249b565b52610a92565b9050916109dc565b10159050818a6109d2565b8061ffff610b186001936101a051612487565b511661ffff84161015610bca57610b408361ffff610b39846101a051612487565b51166124a9565b61ffff8060406080510151169116115f14610b9657610b628161018051612487565b5163ffffffff610b8b610b8282610b7b8560c051612487565b51166124bf565b9260c051612487565b911690525b016109af565b610ba38161018051612487565b5163ffffffff610bc1610bba82610b7b858d612487565b928a612487565b91169052610b90565b610be561ffff610bdd836101a051612487565b5116846124a9565b610b40565b6101205160011c5f198101818111610a985761ffff9182610c2181610c15610c29956101a051612487565b5116926101a051612487565b51169061218b565b60011c166109ad565b60019250610c4c9063ffffffff608080510151169061218b565b4210610c7f578160591b6001600160401b0360248360051b6004350101351617610aec6101e051610a846101e05161249b565b60405160ff610120511681527f7e3be781f215a5a447d7d5c897cd10493f18e75b5ca2adc960f10e7b10f3a8cc602060248460051b60043501013592a2610a92565b919461ffff610cd9610140969593965160e051612487565b5160f060248860051b60043501013560041b161c166101c0526101c05115610dfc576101c0515f19810111610a9857610120515b80151580610dcf575b15610d7b575f19810190808211610a985761ffff610d37836101a051612487565b5116610d46826101a051612487565b52610d548261018051612487565b51610d628261018051612487565b52610d0d57634e487b7160e01b5f52601160045260245ffd5b959290959491939461ffff5f196101c0510116610d9b826101a051612487565b52610dad610140519161018051612487565b52610dba6101205161249b565b610120525b600161014051016101405261096a565b505f198101818111610a985761ffff610df4815f196101c0510116926101a051612487565b511611610d16565b949193909293610dbf565b925060248160051b60043501013560041c925f5b878110610e28575061093a565b600190818060a01b03610e3e8261010051612487565b51165f52600860205260405f2060248560051b60043501013560041c5f5260205260405f2054610e708260e051612487565b5201610e1b565b608491604051916307af89b760e01b8352600483015242602483015260448201525f196064820152fd5b60019150610a92565b634e487b7160e01b5f52602160045260245ffd5b82855f5b818110610fa7576101e051610eec575b610160515f516020612aa65f395f51905f525d6101605180f35b6101e05160a051527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163b15610fa357604051634e5890b160e11b81525f8180610f4360a051600483016124f0565b0381837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af18015610f9857610f83575b50610ed2565b5f610f8d916121c7565b5f6101605280610f7d565b6040513d5f823e3d90fd5b5f80fd5b63ffffffff610fb68285612487565b51161580611184575b61117c57610100516001600160a01b0390610fdb908390612487565b51165f52600660205260405f209063ffffffff610ff88286612487565b51169180549261101963ffffffff60d01b9163ffffffff8660d01c166124d6565b60d01b1663ffffffff60d01b19841617815563ffffffff61103c8360c051612487565b511692600182019363ffffffff6110578654928284166124d6565b169063ffffffff19161784556001600160801b0361108e63ffffffff61107f8660c051612487565b511660c06080510151906121e8565b9116808211611174575b81611102575b5060606001947fb9f113eba9ebea6887194b88e033573d64afd32fcef61a5a9c495ca995c588b59263ffffffff80888060a01b036110df8961010051612487565b5116965460d01c1692541660405192835260208301526040820152a25b01610ec2565b6001600160801b03821690036001600160801b038111610a98576001947fb9f113eba9ebea6887194b88e033573d64afd32fcef61a5a9c495ca995c588b5926001600160801b03606093166001600160801b03198654161785556111688160045461218b565b6004559250945061109e565b905080611098565b6001906110fc565b5063ffffffff6111968260c051612487565b511615610fbf565b6111bb9192503d805f833e6111b381836121c7565b8101906123ed565b90836108be565b34610fa3576040366003190112610fa3576112046004356111e161209f565b906111ff6111fa825f525f602052600160405f20015490565b612590565b61264a565b005b34610fa3575f366003190112610fa35760e06001546002546003549063ffffffff6040519360ff8116855261ffff8160081c16602086015261ffff8160181c166040860152818160281c16606086015260481c16608084015260a083015260c0820152f35b34610fa35760a0366003190112610fa35761128461209f565b6064356001600160401b038111610fa3576020916112a96112ba9236906004016120cb565b906084359260443590600435612341565b604051908152f35b34610fa3575f366003190112610fa357604051686e6f2d71756f72756d60b81b8152602090f35b34610fa3575f366003190112610fa3576113016122ee565b6040518091602082016020835281518091526020604084019201905f5b81811061132c575050500390f35b82516001600160a01b031684528594506020938401939092019160010161131e565b34610fa3575f366003190112610fa35760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610fa3575f366003190112610fa35760206040515f8152f35b34610fa3575f366003190112610fa357602060405161ffff8152f35b34610fa3576040366003190112610fa3576113e06120b5565b6024359060018060a01b03165f52600860205260405f208160041c5f5260205260405f205460f0600f83169260041b169180830460101490151715610a9857901c61ffff168061143d5750602061ffff5b61ffff60405191168152f35b5f198101908111610a985761ffff60209116611431565b34610fa3576040366003190112610fa35761146d61209f565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610fa3575f366003190112610fa357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610fa3575f366003190112610fa35760206112ba42612105565b34610fa3575f366003190112610fa357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610fa3575f366003190112610fa357335f52600660205260405f20805460ff8160801c16156115e15760ff60801b198116825560015467ffffffffffffffff60901b9061158e9060281c63ffffffff164261218b565b60901b169069ffffffffffffffff00ff60801b1916178091556001600160401b036040519160901c1681527fd9217a461a0f7f84171a8866118c3d92e943ba7c1ba89b819371f729b5cabcbc60203392a2005b633b4f6e2b60e21b5f523360045260245ffd5b34610fa3576060366003190112610fa35761160d61209f565b6004355f52600760205260405f209060018060a01b03165f5260205260405f206044355f52602052602060ff60405f2054166040519015158152f35b34610fa3575f366003190112610fa3576020604051818152f35b34610fa3575f366003190112610fa3576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610fa3576020366003190112610fa35760606116c560043561221b565b9060405192835260208301526040820152f35b34610fa3575f366003190112610fa3576020600454604051908152f35b34610fa3576020366003190112610fa35761170e6120b5565b611716612541565b61171e6126ca565b6001600160a01b03811680156117a957600454905f6004557ff0d4e46e051cc59908d016f791f6fe8e27c76b535de7d84b0922b886c8a2c5c66020604051848152a280611778575b5f5f516020612aa65f395f51905f525d005b6117a2917f00000000000000000000000000000000000000000000000000000000000000006127de565b8080611766565b60405163d647364f60e01b8152602060048201526002602482015261746f60f01b6044820152606490fd5b34610fa3576080366003190112610fa3576024356004356044356001600160401b038111610fa35761180a9036906004016120cb565b91906118158261221b565b9080925042108015611b38575b611b0c5750506118386064358483873387612341565b5f838152600760209081526040808320338452825280832084845290915290205460ff1615611af5575f838152600760209081526040808320338452825280832093835292905220805460ff19169055600183901c9384158015611ae9575b8015611ae1575b611ab3576118ac838261285f565b60018511611a8f575b335f52600660205260405f206001840190818511610a98576001019081549063ffffffff8260201c168111611a6a575b505050335f52600860205260405f20948160041c95865f528060205260405f2054915f905b8082106119645750507f42f04e7ebc32f303a188114b55cd6b9377e13032598fbdf7e52c427786c7872f9495965f5260205260405f205561195f604051928392835260406020840152339660408401916121fb565b0390a3005b9092611970848661218b565b908160041c8a8103611a4c575b508460011b87013560f01c61ffff8114611a41576127108111611a135760f0600f84169360041b169280840460101490151715610a985761ffff82841c166119d85760018101809111610a98576001921b17935b019061190a565b60405163d647364f60e01b8152602060048201526012602482015271746f6b656e2073636f72656420747769636560701b6044820152606490fd5b60405163d647364f60e01b815260206004820152600560248201526473636f726560d81b6044820152606490fd5b5093600191506119d1565b995f528360205260405f2055885f528260205260405f20548a61197d565b67ffffffff000000009060201b169067ffffffff0000000019161790558580806118e5565b611a99858261218b565b5f198101908111610a985783611aae9161285f565b6118b5565b60405163d647364f60e01b815260206004820152600560248201526472616e676560d81b6044820152606490fd5b50801561189e565b50600184161515611897565b82631ee8b01f60e11b5f526004523360245260445ffd5b6040516307af89b760e01b81526004810185905242602482015260448101929092526064820152608490fd5b5080421015611822565b34610fa3575f366003190112610fa3576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610fa35760e0366003190112610fa357611b9f612541565b604051611bab81612198565b60043560ff811690818103610fa357825260243561ffff8116808203610fa357602084019182526044359361ffff851690818603610fa357604081019586526064359463ffffffff86168603610fa357606082019586526084359063ffffffff82168203610fa3576080830191825260a083019360a435855260c084019560c43587528215928315611d66575b508215611d5a575b508115611d4e575b50611d1f5763ffffffff60e09661ffff7fe82d0618764575059fb496aef154d8d78889f56dbab0c4f6b892d0003dc32b6c998160ff859751169960015462ffff00825160081b1664ffff000000855160181b168d68ffffffff0000000000895160281b169263ffffffff60481b8c5160481b169463ffffffff60481b199268ffffffff0000000000199164ffffffffff191617161716171717600155885160025589516003556040519a8b52511660208a01525116604088015251166060860152511660808401525160a08301525160c0820152a1005b60405163d647364f60e01b8152602060048201526006602482015265706172616d7360d01b6044820152606490fd5b61271091501188611c48565b61271010915089611c40565b60201092508a611c38565b34610fa3575f366003190112610fa3576040516e18995b1bddcb5d1a1c995cda1bdb19608a1b8152602090f35b34610fa3575f366003190112610fa357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610fa3575f366003190112610fa357611df66126ca565b335f52600660205260405f20805460ff8160881c16158015611f76575b8015611f62575b611f4f5763ffffffff60016001600160401b038360901c1693015460201c1680611ef8575b50814210611ee1576001600160801b0316335f5260066020525f6001604082208281550155611e6d336126ff565b6040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a280611eb0575f5f516020612aa65f395f51905f525d005b611edb90337f00000000000000000000000000000000000000000000000000000000000000006127de565b80611766565b50634ac6d28d60e01b5f523360045260245260445ffd5b5f190163ffffffff8111610a985763ffffffff611f15911661221b565b91505063ffffffff60015460481c169083611f30838361218b565b11611f3c575b50611e3f565b611f4792935061218b565b908280611f36565b636e34ee0b60e11b5f523360045260245ffd5b506001600160401b038160901c1615611e1a565b5060ff8160801c16611e13565b34610fa3576040366003190112610fa357611f9c61209f565b336001600160a01b03821603611fb8576112049060043561264a565b63334bd91960e11b5f5260045ffd5b34610fa3576040366003190112610fa357611204600435611fe661209f565b90611fff6111fa825f525f602052600160405f20015490565b6125c8565b34610fa3576020366003190112610fa35760206112ba6004355f525f602052600160405f20015490565b34610fa3576020366003190112610fa35760206112ba600435612105565b34610fa3576020366003190112610fa3576004359063ffffffff60e01b8216809203610fa357602091637965db0b60e01b811490811561208e575b5015158152f35b6301ffc9a760e01b14905083612087565b602435906001600160a01b0382168203610fa357565b600435906001600160a01b0382168203610fa357565b9181601f84011215610fa3578235916001600160401b038311610fa35760208381860195010111610fa357565b91908203918211610a9857565b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168082106121855761213f916120f8565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016908115612171570490565b634e487b7160e01b5f52601260045260245ffd5b50505f90565b91908201809211610a9857565b60e081019081106001600160401b038211176121b357604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b038211176121b357604052565b81810292918115918404141715610a9857565b908060209392818452848401375f828201840152601f01601f1916010190565b60018101809111610a985761225a6122899163ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906121e8565b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001661218b565b906122ba63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168361218b565b906122eb63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168361218b565b90565b60405190600554808352826020810160055f5260205f20925f5b81811061231f57505061231d925003836121c7565b565b84546001600160a01b0316835260019485019487945060209093019201612308565b9490919361239e9361238a916040519687956020870199468b52306040890152606088015260018060a01b0316608087015260a086015260e060c08601526101008501916121fb565b9060e083015203601f1981018352826121c7565b51902090565b6001600160401b0381116121b35760051b60200190565b906123c5826123a4565b6123d260405191826121c7565b82815280926123e3601f19916123a4565b0190602036910137565b602081830312610fa3578051906001600160401b038211610fa357019080601f83011215610fa3578151612420816123a4565b9261242e60405194856121c7565b81845260208085019260051b820101928311610fa357602001905b8282106124565750505090565b8151815260209182019101612449565b8051156124735760200190565b634e487b7160e01b5f52603260045260245ffd5b80518210156124735760209160051b010190565b5f198114610a985760010190565b9061ffff8091169116039061ffff8211610a9857565b63ffffffff1663ffffffff8114610a985760010190565b9063ffffffff8091169116019063ffffffff8211610a9857565b60206040818301928281528451809452019201905f5b8181106125135750505090565b8251845260209384019390920191600101612506565b6005548110156124735760055f5260205f2001905f90565b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff161561257957565b63e2517d3f60e01b5f52336004525f60245260445ffd5b5f8181526020818152604080832033845290915290205460ff16156125b25750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16612185575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615612185575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b5f516020612aa65f395f51905f525c6126f05760015f516020612aa65f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b6005546001600160a01b03909116905f5b81811061271c57505050565b8261272682612529565b905460039190911b1c6001600160a01b03161461274557600101612710565b5f1982019250908211610a985761277961276161279d93612529565b905460039190911b1c6001600160a01b031691612529565b81546001600160a01b0393841660039290921b91821b9390911b1916919091179055565b60055480156127ca575f19016127b281612529565b81549060018060a01b039060031b1b19169055600555565b634e487b7160e01b5f52603160045260245ffd5b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f511482161561283e575b6040521561281e5750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b90600181151661285657823b15153d15161690612813565b503d5f823e3d90fd5b60406128a45f825161287184826121c7565b60018152601f1984013660208301378461288a82612466565b52835180938192630fd6e89160e21b8352600483016124f0565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa91821561293d57506128f46128fe9263ffffffff925f91612923575b50612466565b5160081c16612105565b9082820361290b57505050565b63478046bb60e11b5f5260045260245260445260645ffd5b61293791503d805f833e6111b381836121c7565b5f6128ee565b513d5f823e3d90fd5b6040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03811690602083602481855afa928315610f98575f93612a71575b50604051936323b872dd60e01b5f52336004523060245260445260205f60648180855af19060015f5114821615612a52575b50836040525f60605215612a4057826024816020936370a0823160e01b82523060048301525afa8015610f98575f90612a0c575b6122eb92506120f8565b506020823d602011612a38575b81612a26602093836121c7565b81010312610fa3576122eb9151612a02565b3d9150612a19565b635274afe760e01b5f5260045260245ffd5b6001821516612a68573b15153d1516165f6129ce565b843d5f823e3d90fd5b9092506020813d602011612a9d575b81612a8d602093836121c7565b81010312610fa35751915f61299c565b3d9150612a8056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a164736f6c6343000825000aad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
}

// QualityOracle is an auto generated Go binding around an Ethereum contract.
type QualityOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *QualityOracle) GetABI() abi.ABI {
	return c.abi
}

// NewQualityOracle creates a new instance of QualityOracle.
func NewQualityOracle() *QualityOracle {
	parsed, err := QualityOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &QualityOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *QualityOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address dat_, address stakeToken_, uint64 genesis_, uint32 roundLength_, uint32 commitWindow_, uint32 revealWindow_, (uint8,uint16,uint16,uint32,uint32,uint256,uint256) params_) returns()
func (qualityOracle *QualityOracle) PackConstructor(admin common.Address, dat_ common.Address, stakeToken_ common.Address, genesis_ uint64, roundLength_ uint32, commitWindow_ uint32, revealWindow_ uint32, params_ QualityOracleParams) []byte {
	enc, err := qualityOracle.abi.Pack("", admin, dat_, stakeToken_, genesis_, roundLength_, commitWindow_, revealWindow_, params_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackABSTAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1731a2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ABSTAIN() view returns(uint16)
func (qualityOracle *QualityOracle) PackABSTAIN() []byte {
	enc, err := qualityOracle.abi.Pack("ABSTAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackABSTAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1731a2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ABSTAIN() view returns(uint16)
func (qualityOracle *QualityOracle) TryPackABSTAIN() ([]byte, error) {
	return qualityOracle.abi.Pack("ABSTAIN")
}

// UnpackABSTAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1731a2b.
//
// Solidity: function ABSTAIN() view returns(uint16)
func (qualityOracle *QualityOracle) UnpackABSTAIN(data []byte) (uint16, error) {
	out, err := qualityOracle.abi.Unpack("ABSTAIN", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackBELOWTHRESHOLD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42a977c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BELOW_THRESHOLD() view returns(bytes32)
func (qualityOracle *QualityOracle) PackBELOWTHRESHOLD() []byte {
	enc, err := qualityOracle.abi.Pack("BELOW_THRESHOLD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBELOWTHRESHOLD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42a977c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BELOW_THRESHOLD() view returns(bytes32)
func (qualityOracle *QualityOracle) TryPackBELOWTHRESHOLD() ([]byte, error) {
	return qualityOracle.abi.Pack("BELOW_THRESHOLD")
}

// UnpackBELOWTHRESHOLD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42a977c8.
//
// Solidity: function BELOW_THRESHOLD() view returns(bytes32)
func (qualityOracle *QualityOracle) UnpackBELOWTHRESHOLD(data []byte) ([32]byte, error) {
	out, err := qualityOracle.abi.Unpack("BELOW_THRESHOLD", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (qualityOracle *QualityOracle) PackDEFAULTADMINROLE() []byte {
	enc, err := qualityOracle.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (qualityOracle *QualityOracle) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return qualityOracle.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (qualityOracle *QualityOracle) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := qualityOracle.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXVALIDATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x714897df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (qualityOracle *QualityOracle) PackMAXVALIDATORS() []byte {
	enc, err := qualityOracle.abi.Pack("MAX_VALIDATORS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVALIDATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x714897df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (qualityOracle *QualityOracle) TryPackMAXVALIDATORS() ([]byte, error) {
	return qualityOracle.abi.Pack("MAX_VALIDATORS")
}

// UnpackMAXVALIDATORS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x714897df.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (qualityOracle *QualityOracle) UnpackMAXVALIDATORS(data []byte) (*big.Int, error) {
	out, err := qualityOracle.abi.Unpack("MAX_VALIDATORS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNOQUORUM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca9e4306.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NO_QUORUM() view returns(bytes32)
func (qualityOracle *QualityOracle) PackNOQUORUM() []byte {
	enc, err := qualityOracle.abi.Pack("NO_QUORUM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNOQUORUM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca9e4306.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NO_QUORUM() view returns(bytes32)
func (qualityOracle *QualityOracle) TryPackNOQUORUM() ([]byte, error) {
	return qualityOracle.abi.Pack("NO_QUORUM")
}

// UnpackNOQUORUM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca9e4306.
//
// Solidity: function NO_QUORUM() view returns(bytes32)
func (qualityOracle *QualityOracle) UnpackNOQUORUM(data []byte) ([32]byte, error) {
	out, err := qualityOracle.abi.Unpack("NO_QUORUM", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb4f16b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addStake(uint256 amount) returns()
func (qualityOracle *QualityOracle) PackAddStake(amount *big.Int) []byte {
	enc, err := qualityOracle.abi.Pack("addStake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb4f16b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addStake(uint256 amount) returns()
func (qualityOracle *QualityOracle) TryPackAddStake(amount *big.Int) ([]byte, error) {
	return qualityOracle.abi.Pack("addStake", amount)
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2f03877.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(uint256 round, bytes32 commitment) returns()
func (qualityOracle *QualityOracle) PackCommit(round *big.Int, commitment [32]byte) []byte {
	enc, err := qualityOracle.abi.Pack("commit", round, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2f03877.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(uint256 round, bytes32 commitment) returns()
func (qualityOracle *QualityOracle) TryPackCommit(round *big.Int, commitment [32]byte) ([]byte, error) {
	return qualityOracle.abi.Pack("commit", round, commitment)
}

// PackCommitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40699005.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitWindow() view returns(uint32)
func (qualityOracle *QualityOracle) PackCommitWindow() []byte {
	enc, err := qualityOracle.abi.Pack("commitWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40699005.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitWindow() view returns(uint32)
func (qualityOracle *QualityOracle) TryPackCommitWindow() ([]byte, error) {
	return qualityOracle.abi.Pack("commitWindow")
}

// UnpackCommitWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x40699005.
//
// Solidity: function commitWindow() view returns(uint32)
func (qualityOracle *QualityOracle) UnpackCommitWindow(data []byte) (uint32, error) {
	out, err := qualityOracle.abi.Unpack("commitWindow", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb575556.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf(uint256 round, address validator, uint256 startTokenId, bytes scores, bytes32 salt) view returns(bytes32)
func (qualityOracle *QualityOracle) PackCommitmentOf(round *big.Int, validator common.Address, startTokenId *big.Int, scores []byte, salt [32]byte) []byte {
	enc, err := qualityOracle.abi.Pack("commitmentOf", round, validator, startTokenId, scores, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb575556.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf(uint256 round, address validator, uint256 startTokenId, bytes scores, bytes32 salt) view returns(bytes32)
func (qualityOracle *QualityOracle) TryPackCommitmentOf(round *big.Int, validator common.Address, startTokenId *big.Int, scores []byte, salt [32]byte) ([]byte, error) {
	return qualityOracle.abi.Pack("commitmentOf", round, validator, startTokenId, scores, salt)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb575556.
//
// Solidity: function commitmentOf(uint256 round, address validator, uint256 startTokenId, bytes scores, bytes32 salt) view returns(bytes32)
func (qualityOracle *QualityOracle) UnpackCommitmentOf(data []byte) ([32]byte, error) {
	out, err := qualityOracle.abi.Unpack("commitmentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommitted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a61a24e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committed(uint256 round, address validator, bytes32 commitment) view returns(bool)
func (qualityOracle *QualityOracle) PackCommitted(round *big.Int, validator common.Address, commitment [32]byte) []byte {
	enc, err := qualityOracle.abi.Pack("committed", round, validator, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a61a24e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committed(uint256 round, address validator, bytes32 commitment) view returns(bool)
func (qualityOracle *QualityOracle) TryPackCommitted(round *big.Int, validator common.Address, commitment [32]byte) ([]byte, error) {
	return qualityOracle.abi.Pack("committed", round, validator, commitment)
}

// UnpackCommitted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a61a24e.
//
// Solidity: function committed(uint256 round, address validator, bytes32 commitment) view returns(bool)
func (qualityOracle *QualityOracle) UnpackCommitted(data []byte) (bool, error) {
	out, err := qualityOracle.abi.Unpack("committed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCurrentRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a19c8bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentRound() view returns(uint256)
func (qualityOracle *QualityOracle) PackCurrentRound() []byte {
	enc, err := qualityOracle.abi.Pack("currentRound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a19c8bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentRound() view returns(uint256)
func (qualityOracle *QualityOracle) TryPackCurrentRound() ([]byte, error) {
	return qualityOracle.abi.Pack("currentRound")
}

// UnpackCurrentRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a19c8bc.
//
// Solidity: function currentRound() view returns(uint256)
func (qualityOracle *QualityOracle) UnpackCurrentRound(data []byte) (*big.Int, error) {
	out, err := qualityOracle.abi.Unpack("currentRound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63eb963a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dat() view returns(address)
func (qualityOracle *QualityOracle) PackDat() []byte {
	enc, err := qualityOracle.abi.Pack("dat")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63eb963a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dat() view returns(address)
func (qualityOracle *QualityOracle) TryPackDat() ([]byte, error) {
	return qualityOracle.abi.Pack("dat")
}

// UnpackDat is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63eb963a.
//
// Solidity: function dat() view returns(address)
func (qualityOracle *QualityOracle) UnpackDat(data []byte) (common.Address, error) {
	out, err := qualityOracle.abi.Unpack("dat", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe17e082b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256[] tokenIds) returns()
func (qualityOracle *QualityOracle) PackFinalize(tokenIds []*big.Int) []byte {
	enc, err := qualityOracle.abi.Pack("finalize", tokenIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe17e082b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256[] tokenIds) returns()
func (qualityOracle *QualityOracle) TryPackFinalize(tokenIds []*big.Int) ([]byte, error) {
	return qualityOracle.abi.Pack("finalize", tokenIds)
}

// PackGenesis is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7f0b3de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesis() view returns(uint64)
func (qualityOracle *QualityOracle) PackGenesis() []byte {
	enc, err := qualityOracle.abi.Pack("genesis")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenesis is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7f0b3de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function genesis() view returns(uint64)
func (qualityOracle *QualityOracle) TryPackGenesis() ([]byte, error) {
	return qualityOracle.abi.Pack("genesis")
}

// UnpackGenesis is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7f0b3de.
//
// Solidity: function genesis() view returns(uint64)
func (qualityOracle *QualityOracle) UnpackGenesis(data []byte) (uint64, error) {
	out, err := qualityOracle.abi.Unpack("genesis", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (qualityOracle *QualityOracle) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := qualityOracle.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (qualityOracle *QualityOracle) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return qualityOracle.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (qualityOracle *QualityOracle) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := qualityOracle.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (qualityOracle *QualityOracle) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := qualityOracle.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (qualityOracle *QualityOracle) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return qualityOracle.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (qualityOracle *QualityOracle) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := qualityOracle.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (qualityOracle *QualityOracle) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return qualityOracle.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (qualityOracle *QualityOracle) UnpackHasRole(data []byte) (bool, error) {
	out, err := qualityOracle.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns(uint8 quorum, uint16 threshold, uint16 tolerance, uint32 exitDelay, uint32 staleAfter, uint256 minStake, uint256 slashPerFault)
func (qualityOracle *QualityOracle) PackParams() []byte {
	enc, err := qualityOracle.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns(uint8 quorum, uint16 threshold, uint16 tolerance, uint32 exitDelay, uint32 staleAfter, uint256 minStake, uint256 slashPerFault)
func (qualityOracle *QualityOracle) TryPackParams() ([]byte, error) {
	return qualityOracle.abi.Pack("params")
}

// ParamsOutput serves as a container for the return parameters of contract
// method Params.
type ParamsOutput struct {
	Quorum        uint8
	Threshold     uint16
	Tolerance     uint16
	ExitDelay     uint32
	StaleAfter    uint32
	MinStake      *big.Int
	SlashPerFault *big.Int
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns(uint8 quorum, uint16 threshold, uint16 tolerance, uint32 exitDelay, uint32 staleAfter, uint256 minStake, uint256 slashPerFault)
func (qualityOracle *QualityOracle) UnpackParams(data []byte) (ParamsOutput, error) {
	out, err := qualityOracle.abi.Unpack("params", data)
	outstruct := new(ParamsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Quorum = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Threshold = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	outstruct.Tolerance = *abi.ConvertType(out[2], new(uint16)).(*uint16)
	outstruct.ExitDelay = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	outstruct.StaleAfter = *abi.ConvertType(out[4], new(uint32)).(*uint32)
	outstruct.MinStake = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.SlashPerFault = abi.ConvertType(out[6], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf207564e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(uint256 amount) returns()
func (qualityOracle *QualityOracle) PackRegister(amount *big.Int) []byte {
	enc, err := qualityOracle.abi.Pack("register", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf207564e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(uint256 amount) returns()
func (qualityOracle *QualityOracle) TryPackRegister(amount *big.Int) ([]byte, error) {
	return qualityOracle.abi.Pack("register", amount)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (qualityOracle *QualityOracle) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := qualityOracle.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (qualityOracle *QualityOracle) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return qualityOracle.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequestExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f8e3b4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestExit() returns()
func (qualityOracle *QualityOracle) PackRequestExit() []byte {
	enc, err := qualityOracle.abi.Pack("requestExit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f8e3b4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestExit() returns()
func (qualityOracle *QualityOracle) TryPackRequestExit() ([]byte, error) {
	return qualityOracle.abi.Pack("requestExit")
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54beecf2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 round, uint256 startTokenId, bytes scores, bytes32 salt) returns()
func (qualityOracle *QualityOracle) PackReveal(round *big.Int, startTokenId *big.Int, scores []byte, salt [32]byte) []byte {
	enc, err := qualityOracle.abi.Pack("reveal", round, startTokenId, scores, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54beecf2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 round, uint256 startTokenId, bytes scores, bytes32 salt) returns()
func (qualityOracle *QualityOracle) TryPackReveal(round *big.Int, startTokenId *big.Int, scores []byte, salt [32]byte) ([]byte, error) {
	return qualityOracle.abi.Pack("reveal", round, startTokenId, scores, salt)
}

// PackRevealWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x863d22c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealWindow() view returns(uint32)
func (qualityOracle *QualityOracle) PackRevealWindow() []byte {
	enc, err := qualityOracle.abi.Pack("revealWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x863d22c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealWindow() view returns(uint32)
func (qualityOracle *QualityOracle) TryPackRevealWindow() ([]byte, error) {
	return qualityOracle.abi.Pack("revealWindow")
}

// UnpackRevealWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x863d22c7.
//
// Solidity: function revealWindow() view returns(uint32)
func (qualityOracle *QualityOracle) UnpackRevealWindow(data []byte) (uint32, error) {
	out, err := qualityOracle.abi.Unpack("revealWindow", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackRevealedScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d73bac3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealedScore(address validator, uint256 tokenId) view returns(uint16)
func (qualityOracle *QualityOracle) PackRevealedScore(validator common.Address, tokenId *big.Int) []byte {
	enc, err := qualityOracle.abi.Pack("revealedScore", validator, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealedScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d73bac3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealedScore(address validator, uint256 tokenId) view returns(uint16)
func (qualityOracle *QualityOracle) TryPackRevealedScore(validator common.Address, tokenId *big.Int) ([]byte, error) {
	return qualityOracle.abi.Pack("revealedScore", validator, tokenId)
}

// UnpackRevealedScore is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d73bac3.
//
// Solidity: function revealedScore(address validator, uint256 tokenId) view returns(uint16)
func (qualityOracle *QualityOracle) UnpackRevealedScore(data []byte) (uint16, error) {
	out, err := qualityOracle.abi.Unpack("revealedScore", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (qualityOracle *QualityOracle) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := qualityOracle.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (qualityOracle *QualityOracle) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return qualityOracle.abi.Pack("revokeRole", role, account)
}

// PackRoundAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e5a4ff3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roundAt(uint256 timestamp) view returns(uint256)
func (qualityOracle *QualityOracle) PackRoundAt(timestamp *big.Int) []byte {
	enc, err := qualityOracle.abi.Pack("roundAt", timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoundAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e5a4ff3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roundAt(uint256 timestamp) view returns(uint256)
func (qualityOracle *QualityOracle) TryPackRoundAt(timestamp *big.Int) ([]byte, error) {
	return qualityOracle.abi.Pack("roundAt", timestamp)
}

// UnpackRoundAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e5a4ff3.
//
// Solidity: function roundAt(uint256 timestamp) view returns(uint256)
func (qualityOracle *QualityOracle) UnpackRoundAt(data []byte) (*big.Int, error) {
	out, err := qualityOracle.abi.Unpack("roundAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRoundLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b649b94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roundLength() view returns(uint32)
func (qualityOracle *QualityOracle) PackRoundLength() []byte {
	enc, err := qualityOracle.abi.Pack("roundLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoundLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b649b94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roundLength() view returns(uint32)
func (qualityOracle *QualityOracle) TryPackRoundLength() ([]byte, error) {
	return qualityOracle.abi.Pack("roundLength")
}

// UnpackRoundLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b649b94.
//
// Solidity: function roundLength() view returns(uint32)
func (qualityOracle *QualityOracle) UnpackRoundLength(data []byte) (uint32, error) {
	out, err := qualityOracle.abi.Unpack("roundLength", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4df6ef2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((uint8,uint16,uint16,uint32,uint32,uint256,uint256) p) returns()
func (qualityOracle *QualityOracle) PackSetParams(p QualityOracleParams) []byte {
	enc, err := qualityOracle.abi.Pack("setParams", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4df6ef2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((uint8,uint16,uint16,uint32,uint32,uint256,uint256) p) returns()
func (qualityOracle *QualityOracle) TryPackSetParams(p QualityOracleParams) ([]byte, error) {
	return qualityOracle.abi.Pack("setParams", p)
}

// PackSlashedPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62ada8ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashedPool() view returns(uint256)
func (qualityOracle *QualityOracle) PackSlashedPool() []byte {
	enc, err := qualityOracle.abi.Pack("slashedPool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashedPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62ada8ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashedPool() view returns(uint256)
func (qualityOracle *QualityOracle) TryPackSlashedPool() ([]byte, error) {
	return qualityOracle.abi.Pack("slashedPool")
}

// UnpackSlashedPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62ada8ec.
//
// Solidity: function slashedPool() view returns(uint256)
func (qualityOracle *QualityOracle) UnpackSlashedPool(data []byte) (*big.Int, error) {
	out, err := qualityOracle.abi.Unpack("slashedPool", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStakeToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51ed6a30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeToken() view returns(address)
func (qualityOracle *QualityOracle) PackStakeToken() []byte {
	enc, err := qualityOracle.abi.Pack("stakeToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51ed6a30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeToken() view returns(address)
func (qualityOracle *QualityOracle) TryPackStakeToken() ([]byte, error) {
	return qualityOracle.abi.Pack("stakeToken")
}

// UnpackStakeToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51ed6a30.
//
// Solidity: function stakeToken() view returns(address)
func (qualityOracle *QualityOracle) UnpackStakeToken(data []byte) (common.Address, error) {
	out, err := qualityOracle.abi.Unpack("stakeToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (qualityOracle *QualityOracle) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := qualityOracle.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (qualityOracle *QualityOracle) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return qualityOracle.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (qualityOracle *QualityOracle) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := qualityOracle.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSweepSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e871a71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweepSlashed(address to) returns()
func (qualityOracle *QualityOracle) PackSweepSlashed(to common.Address) []byte {
	enc, err := qualityOracle.abi.Pack("sweepSlashed", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweepSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e871a71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweepSlashed(address to) returns()
func (qualityOracle *QualityOracle) TryPackSweepSlashed(to common.Address) ([]byte, error) {
	return qualityOracle.abi.Pack("sweepSlashed", to)
}

// PackValidatorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf666d1b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorOf(address validator) view returns((uint128,bool,bool,uint64,uint32,uint32,uint32))
func (qualityOracle *QualityOracle) PackValidatorOf(validator common.Address) []byte {
	enc, err := qualityOracle.abi.Pack("validatorOf", validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf666d1b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorOf(address validator) view returns((uint128,bool,bool,uint64,uint32,uint32,uint32))
func (qualityOracle *QualityOracle) TryPackValidatorOf(validator common.Address) ([]byte, error) {
	return qualityOracle.abi.Pack("validatorOf", validator)
}

// UnpackValidatorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf666d1b2.
//
// Solidity: function validatorOf(address validator) view returns((uint128,bool,bool,uint64,uint32,uint32,uint32))
func (qualityOracle *QualityOracle) UnpackValidatorOf(data []byte) (QualityOracleValidator, error) {
	out, err := qualityOracle.abi.Unpack("validatorOf", data)
	if err != nil {
		return *new(QualityOracleValidator), err
	}
	out0 := *abi.ConvertType(out[0], new(QualityOracleValidator)).(*QualityOracleValidator)
	return out0, nil
}

// PackValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca1e7819.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validators() view returns(address[])
func (qualityOracle *QualityOracle) PackValidators() []byte {
	enc, err := qualityOracle.abi.Pack("validators")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca1e7819.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validators() view returns(address[])
func (qualityOracle *QualityOracle) TryPackValidators() ([]byte, error) {
	return qualityOracle.abi.Pack("validators")
}

// UnpackValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca1e7819.
//
// Solidity: function validators() view returns(address[])
func (qualityOracle *QualityOracle) UnpackValidators(data []byte) ([]common.Address, error) {
	out, err := qualityOracle.abi.Unpack("validators", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackWindows is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x637e7006.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function windows(uint256 round) view returns(uint256 commitOpens, uint256 revealOpens, uint256 revealCloses)
func (qualityOracle *QualityOracle) PackWindows(round *big.Int) []byte {
	enc, err := qualityOracle.abi.Pack("windows", round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWindows is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x637e7006.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function windows(uint256 round) view returns(uint256 commitOpens, uint256 revealOpens, uint256 revealCloses)
func (qualityOracle *QualityOracle) TryPackWindows(round *big.Int) ([]byte, error) {
	return qualityOracle.abi.Pack("windows", round)
}

// WindowsOutput serves as a container for the return parameters of contract
// method Windows.
type WindowsOutput struct {
	CommitOpens  *big.Int
	RevealOpens  *big.Int
	RevealCloses *big.Int
}

// UnpackWindows is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x637e7006.
//
// Solidity: function windows(uint256 round) view returns(uint256 commitOpens, uint256 revealOpens, uint256 revealCloses)
func (qualityOracle *QualityOracle) UnpackWindows(data []byte) (WindowsOutput, error) {
	out, err := qualityOracle.abi.Unpack("windows", data)
	outstruct := new(WindowsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.CommitOpens = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.RevealOpens = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.RevealCloses = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (qualityOracle *QualityOracle) PackWithdraw() []byte {
	enc, err := qualityOracle.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (qualityOracle *QualityOracle) TryPackWithdraw() ([]byte, error) {
	return qualityOracle.abi.Pack("withdraw")
}

// QualityOracleCommitted represents a Committed event raised by the QualityOracle contract.
type QualityOracleCommitted struct {
	Round      *big.Int
	Validator  common.Address
	Commitment [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const QualityOracleCommittedEventName = "Committed"

// ContractEventName returns the user-defined event name.
func (QualityOracleCommitted) ContractEventName() string {
	return QualityOracleCommittedEventName
}

// UnpackCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Committed(uint256 indexed round, address indexed validator, bytes32 commitment)
func (qualityOracle *QualityOracle) UnpackCommittedEvent(log *types.Log) (*QualityOracleCommitted, error) {
	event := "Committed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleCommitted)
	if len(log.Data) > 0 {
		if err := qualityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range qualityOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// QualityOracleExitRequested represents a ExitRequested event raised by the QualityOracle contract.
type QualityOracleExitRequested struct {
	Validator   common.Address
	AvailableAt *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const QualityOracleExitRequestedEventName = "ExitRequested"

// ContractEventName returns the user-defined event name.
func (QualityOracleExitRequested) ContractEventName() string {
	return QualityOracleExitRequestedEventName
}

// UnpackExitRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitRequested(address indexed validator, uint256 availableAt)
func (qualityOracle *QualityOracle) UnpackExitRequestedEvent(log *types.Log) (*QualityOracleExitRequested, error) {
	event := "ExitRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleExitRequested)
	if len(log.Data) > 0 {
		if err := qualityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range qualityOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// QualityOracleParamsUpdated represents a ParamsUpdated event raised by the QualityOracle contract.
type QualityOracleParamsUpdated struct {
	Params QualityOracleParams
	Raw    *types.Log // Blockchain specific contextual infos
}

const QualityOracleParamsUpdatedEventName = "ParamsUpdated"

// ContractEventName returns the user-defined event name.
func (QualityOracleParamsUpdated) ContractEventName() string {
	return QualityOracleParamsUpdatedEventName
}

// UnpackParamsUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsUpdated((uint8,uint16,uint16,uint32,uint32,uint256,uint256) params)
func (qualityOracle *QualityOracle) UnpackParamsUpdatedEvent(log *types.Log) (*QualityOracleParamsUpdated, error) {
	event := "ParamsUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleParamsUpdated)
	if len(log.Data) > 0 {
		if err := qualityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range qualityOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// QualityOracleQuorumPending represents a QuorumPending event raised by the QualityOracle contract.
type QualityOracleQuorumPending struct {
	TokenId *big.Int
	Reveals uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const QualityOracleQuorumPendingEventName = "QuorumPending"

// ContractEventName returns the user-defined event name.
func (QualityOracleQuorumPending) ContractEventName() string {
	return QualityOracleQuorumPendingEventName
}

// UnpackQuorumPendingEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumPending(uint256 indexed tokenId, uint8 reveals)
func (qualityOracle *QualityOracle) UnpackQuorumPendingEvent(log *types.Log) (*QualityOracleQuorumPending, error) {
	event := "QuorumPending"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleQuorumPending)
	if len(log.Data) > 0 {
		if err := qualityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range qualityOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// QualityOracleRevealed represents a Revealed event raised by the QualityOracle contract.
type QualityOracleRevealed struct {
	Round        *big.Int
	Validator    common.Address
	StartTokenId *big.Int
	Scores       []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const QualityOracleRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (QualityOracleRevealed) ContractEventName() string {
	return QualityOracleRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(uint256 indexed round, address indexed validator, uint256 startTokenId, bytes scores)
func (qualityOracle *QualityOracle) UnpackRevealedEvent(log *types.Log) (*QualityOracleRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleRevealed)
	if len(log.Data) > 0 {
		if err := qualityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range qualityOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// QualityOracleRoleAdminChanged represents a RoleAdminChanged event raised by the QualityOracle contract.
type QualityOracleRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const QualityOracleRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (QualityOracleRoleAdminChanged) ContractEventName() string {
	return QualityOracleRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (qualityOracle *QualityOracle) UnpackRoleAdminChangedEvent(log *types.Log) (*QualityOracleRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := qualityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range qualityOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// QualityOracleRoleGranted represents a RoleGranted event raised by the QualityOracle contract.
type QualityOracleRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const QualityOracleRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (QualityOracleRoleGranted) ContractEventName() string {
	return QualityOracleRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (qualityOracle *QualityOracle) UnpackRoleGrantedEvent(log *types.Log) (*QualityOracleRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleRoleGranted)
	if len(log.Data) > 0 {
		if err := qualityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range qualityOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// QualityOracleRoleRevoked represents a RoleRevoked event raised by the QualityOracle contract.
type QualityOracleRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const QualityOracleRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (QualityOracleRoleRevoked) ContractEventName() string {
	return QualityOracleRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (qualityOracle *QualityOracle) UnpackRoleRevokedEvent(log *types.Log) (*QualityOracleRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleRoleRevoked)
	if len(log.Data) > 0 {
		if err := qualityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range qualityOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// QualityOracleSlashedSwept represents a SlashedSwept event raised by the QualityOracle contract.
type QualityOracleSlashedSwept struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const QualityOracleSlashedSweptEventName = "SlashedSwept"

// ContractEventName returns the user-defined event name.
func (QualityOracleSlashedSwept) ContractEventName() string {
	return QualityOracleSlashedSweptEventName
}

// UnpackSlashedSweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlashedSwept(address indexed to, uint256 amount)
func (qualityOracle *QualityOracle) UnpackSlashedSweptEvent(log *types.Log) (*QualityOracleSlashedSwept, error) {
	event := "SlashedSwept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleSlashedSwept)
	if len(log.Data) > 0 {
		if err := qualityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range qualityOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// QualityOracleStakeAdded represents a StakeAdded event raised by the QualityOracle contract.
type QualityOracleStakeAdded struct {
	Validator common.Address
	Amount    *big.Int
	Stake     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const QualityOracleStakeAddedEventName = "StakeAdded"

// ContractEventName returns the user-defined event name.
func (QualityOracleStakeAdded) ContractEventName() string {
	return QualityOracleStakeAddedEventName
}

// UnpackStakeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeAdded(address indexed validator, uint256 amount, uint256 stake)
func (qualityOracle *QualityOracle) UnpackStakeAddedEvent(log *types.Log) (*QualityOracleStakeAdded, error) {
	event := "StakeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleStakeAdded)
	if len(log.Data) > 0 {
		if err := qualityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range qualityOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// QualityOracleValidatorRegistered represents a ValidatorRegistered event raised by the QualityOracle contract.
type QualityOracleValidatorRegistered struct {
	Validator common.Address
	Stake     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const QualityOracleValidatorRegisteredEventName = "ValidatorRegistered"

// ContractEventName returns the user-defined event name.
func (QualityOracleValidatorRegistered) ContractEventName() string {
	return QualityOracleValidatorRegisteredEventName
}

// UnpackValidatorRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorRegistered(address indexed validator, uint256 stake)
func (qualityOracle *QualityOracle) UnpackValidatorRegisteredEvent(log *types.Log) (*QualityOracleValidatorRegistered, error) {
	event := "ValidatorRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleValidatorRegistered)
	if len(log.Data) > 0 {
		if err := qualityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range qualityOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// QualityOracleValidatorScored represents a ValidatorScored event raised by the QualityOracle contract.
type QualityOracleValidatorScored struct {
	Validator  common.Address
	Agreements uint32
	Faults     uint32
	Slashed    *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const QualityOracleValidatorScoredEventName = "ValidatorScored"

// ContractEventName returns the user-defined event name.
func (QualityOracleValidatorScored) ContractEventName() string {
	return QualityOracleValidatorScoredEventName
}

// UnpackValidatorScoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorScored(address indexed validator, uint32 agreements, uint32 faults, uint256 slashed)
func (qualityOracle *QualityOracle) UnpackValidatorScoredEvent(log *types.Log) (*QualityOracleValidatorScored, error) {
	event := "ValidatorScored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleValidatorScored)
	if len(log.Data) > 0 {
		if err := qualityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range qualityOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// QualityOracleWithdrawn represents a Withdrawn event raised by the QualityOracle contract.
type QualityOracleWithdrawn struct {
	Validator common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const QualityOracleWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (QualityOracleWithdrawn) ContractEventName() string {
	return QualityOracleWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed validator, uint256 amount)
func (qualityOracle *QualityOracle) UnpackWithdrawnEvent(log *types.Log) (*QualityOracleWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleWithdrawn)
	if len(log.Data) > 0 {
		if err := qualityOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range qualityOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (qualityOracle *QualityOracle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["AlreadyValidator"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackAlreadyValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["ClassMismatch"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackClassMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["ClassNotFound"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackClassNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["DeviceAlreadyRegistered"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackDeviceAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["DeviceInactive"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackDeviceInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["DeviceNotFound"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackDeviceNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["EpochAlreadySettled"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackEpochAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["EpochNotOver"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackEpochNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["ExitPending"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackExitPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["InsufficientFunds"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackInsufficientFundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["InsufficientValue"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackInsufficientValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["InvalidInput"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackInvalidInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["NoShareInClass"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackNoShareInClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["NotOwnerOrOperator"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackNotOwnerOrOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["NotValidator"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackNotValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["OutsideWindow"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackOutsideWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["RootAlreadyAnchored"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackRootAlreadyAnchoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["TokenExpired"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackTokenExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["TokenNotFound"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackTokenNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["TooManyValidators"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackTooManyValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["UnsupportedAsset"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackUnsupportedAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["ValueTooLarge"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackValueTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["WrongRound"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackWrongRoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// QualityOracleAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the QualityOracle contract.
type QualityOracleAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func QualityOracleAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (qualityOracle *QualityOracle) UnpackAccessControlBadConfirmationError(raw []byte) (*QualityOracleAccessControlBadConfirmation, error) {
	out := new(QualityOracleAccessControlBadConfirmation)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the QualityOracle contract.
type QualityOracleAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func QualityOracleAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (qualityOracle *QualityOracle) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*QualityOracleAccessControlUnauthorizedAccount, error) {
	out := new(QualityOracleAccessControlUnauthorizedAccount)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleAlreadyCommitted represents a AlreadyCommitted error raised by the QualityOracle contract.
type QualityOracleAlreadyCommitted struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func QualityOracleAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xd42c3985415fe3c33d0f0749432682c56d039cfb7a2286e4db68b4b1a46aa79d")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func (qualityOracle *QualityOracle) UnpackAlreadyCommittedError(raw []byte) (*QualityOracleAlreadyCommitted, error) {
	out := new(QualityOracleAlreadyCommitted)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleAlreadyValidator represents a AlreadyValidator error raised by the QualityOracle contract.
type QualityOracleAlreadyValidator struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyValidator(address validator)
func QualityOracleAlreadyValidatorErrorID() common.Hash {
	return common.HexToHash("0x59615ad3a367eab8dcd25f6daa9f268c32bc6203d8155d625b9eb74607972291")
}

// UnpackAlreadyValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyValidator(address validator)
func (qualityOracle *QualityOracle) UnpackAlreadyValidatorError(raw []byte) (*QualityOracleAlreadyValidator, error) {
	out := new(QualityOracleAlreadyValidator)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "AlreadyValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleClassMismatch represents a ClassMismatch error raised by the QualityOracle contract.
type QualityOracleClassMismatch struct {
	FromClass *big.Int
	ToClass   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func QualityOracleClassMismatchErrorID() common.Hash {
	return common.HexToHash("0x9011b828b69d781e3674d1eb38afb8ac58660ec360207e459b2bddd440b7f71d")
}

// UnpackClassMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func (qualityOracle *QualityOracle) UnpackClassMismatchError(raw []byte) (*QualityOracleClassMismatch, error) {
	out := new(QualityOracleClassMismatch)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "ClassMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleClassNotFound represents a ClassNotFound error raised by the QualityOracle contract.
type QualityOracleClassNotFound struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassNotFound(uint256 classId)
func QualityOracleClassNotFoundErrorID() common.Hash {
	return common.HexToHash("0x87a1ee84636a0c7ca354e11f38293877f9b41d84757ac8dc95e2b2877029f435")
}

// UnpackClassNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassNotFound(uint256 classId)
func (qualityOracle *QualityOracle) UnpackClassNotFoundError(raw []byte) (*QualityOracleClassNotFound, error) {
	out := new(QualityOracleClassNotFound)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "ClassNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleCommitmentMismatch represents a CommitmentMismatch error raised by the QualityOracle contract.
type QualityOracleCommitmentMismatch struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func QualityOracleCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func (qualityOracle *QualityOracle) UnpackCommitmentMismatchError(raw []byte) (*QualityOracleCommitmentMismatch, error) {
	out := new(QualityOracleCommitmentMismatch)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleDeviceAlreadyRegistered represents a DeviceAlreadyRegistered error raised by the QualityOracle contract.
type QualityOracleDeviceAlreadyRegistered struct {
	Device   common.Address
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func QualityOracleDeviceAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x77db65d3bb2ac98d141dd141cdf52fa9ecfec8f895ee5a026c6f488e18d1ee04")
}

// UnpackDeviceAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func (qualityOracle *QualityOracle) UnpackDeviceAlreadyRegisteredError(raw []byte) (*QualityOracleDeviceAlreadyRegistered, error) {
	out := new(QualityOracleDeviceAlreadyRegistered)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "DeviceAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleDeviceInactive represents a DeviceInactive error raised by the QualityOracle contract.
type QualityOracleDeviceInactive struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceInactive(address device)
func QualityOracleDeviceInactiveErrorID() common.Hash {
	return common.HexToHash("0x9772084548a0cbb56bf5d6693df146e85de28894e799fd6a569c842fcf1f15bf")
}

// UnpackDeviceInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceInactive(address device)
func (qualityOracle *QualityOracle) UnpackDeviceInactiveError(raw []byte) (*QualityOracleDeviceInactive, error) {
	out := new(QualityOracleDeviceInactive)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "DeviceInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleDeviceNotFound represents a DeviceNotFound error raised by the QualityOracle contract.
type QualityOracleDeviceNotFound struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceNotFound(address device)
func QualityOracleDeviceNotFoundErrorID() common.Hash {
	return common.HexToHash("0xa6b01d55f7528b060ca60ecc627c157cbdbdf396db3312d2de2fa68ea68ad8b0")
}

// UnpackDeviceNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceNotFound(address device)
func (qualityOracle *QualityOracle) UnpackDeviceNotFoundError(raw []byte) (*QualityOracleDeviceNotFound, error) {
	out := new(QualityOracleDeviceNotFound)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "DeviceNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleEpochAlreadySettled represents a EpochAlreadySettled error raised by the QualityOracle contract.
type QualityOracleEpochAlreadySettled struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func QualityOracleEpochAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xbe076367f7cc6da37b43590ad1d0f9cae441a445cbfbde63a2125871c5538baa")
}

// UnpackEpochAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func (qualityOracle *QualityOracle) UnpackEpochAlreadySettledError(raw []byte) (*QualityOracleEpochAlreadySettled, error) {
	out := new(QualityOracleEpochAlreadySettled)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "EpochAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleEpochNotOver represents a EpochNotOver error raised by the QualityOracle contract.
type QualityOracleEpochNotOver struct {
	Epoch  *big.Int
	EndsAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func QualityOracleEpochNotOverErrorID() common.Hash {
	return common.HexToHash("0xf562b22bef3c5419719d9f101f096339895b98e42bcc2fce94f611b3202c9f69")
}

// UnpackEpochNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func (qualityOracle *QualityOracle) UnpackEpochNotOverError(raw []byte) (*QualityOracleEpochNotOver, error) {
	out := new(QualityOracleEpochNotOver)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "EpochNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleExitPending represents a ExitPending error raised by the QualityOracle contract.
type QualityOracleExitPending struct {
	Validator   common.Address
	AvailableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func QualityOracleExitPendingErrorID() common.Hash {
	return common.HexToHash("0x4ac6d28d41ff508efea2f41ac35f11d8b064887b16e82ab440b94dcaa89185b5")
}

// UnpackExitPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func (qualityOracle *QualityOracle) UnpackExitPendingError(raw []byte) (*QualityOracleExitPending, error) {
	out := new(QualityOracleExitPending)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "ExitPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleInsufficientFunds represents a InsufficientFunds error raised by the QualityOracle contract.
type QualityOracleInsufficientFunds struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func QualityOracleInsufficientFundsErrorID() common.Hash {
	return common.HexToHash("0x03eb8b54a949acec2cd08fdb6d6bd4647a1f2c907d75d6900648effa92eb147f")
}

// UnpackInsufficientFundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func (qualityOracle *QualityOracle) UnpackInsufficientFundsError(raw []byte) (*QualityOracleInsufficientFunds, error) {
	out := new(QualityOracleInsufficientFunds)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "InsufficientFunds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleInsufficientStake represents a InsufficientStake error raised by the QualityOracle contract.
type QualityOracleInsufficientStake struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func QualityOracleInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func (qualityOracle *QualityOracle) UnpackInsufficientStakeError(raw []byte) (*QualityOracleInsufficientStake, error) {
	out := new(QualityOracleInsufficientStake)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleInsufficientValue represents a InsufficientValue error raised by the QualityOracle contract.
type QualityOracleInsufficientValue struct {
	TokenId   *big.Int
	Available *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func QualityOracleInsufficientValueErrorID() common.Hash {
	return common.HexToHash("0x5e7ad06bc2adde71395af078bd0ebba7ccf934b2ec92b75fa4543515d42d3cca")
}

// UnpackInsufficientValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func (qualityOracle *QualityOracle) UnpackInsufficientValueError(raw []byte) (*QualityOracleInsufficientValue, error) {
	out := new(QualityOracleInsufficientValue)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "InsufficientValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleInvalidInput represents a InvalidInput error raised by the QualityOracle contract.
type QualityOracleInvalidInput struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInput(string what)
func QualityOracleInvalidInputErrorID() common.Hash {
	return common.HexToHash("0xd647364f6372634b5b80f364ade32a6f36738fbd78295784181d4149356c4e7b")
}

// UnpackInvalidInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInput(string what)
func (qualityOracle *QualityOracle) UnpackInvalidInputError(raw []byte) (*QualityOracleInvalidInput, error) {
	out := new(QualityOracleInvalidInput)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "InvalidInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleInvalidProof represents a InvalidProof error raised by the QualityOracle contract.
type QualityOracleInvalidProof struct {
	TokenId   *big.Int
	ProofType [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func QualityOracleInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x9996e7c96fb3025cd8786253959e62a4b21034ad7549bb1ef6e591e793c11711")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func (qualityOracle *QualityOracle) UnpackInvalidProofError(raw []byte) (*QualityOracleInvalidProof, error) {
	out := new(QualityOracleInvalidProof)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleInvalidSignature represents a InvalidSignature error raised by the QualityOracle contract.
type QualityOracleInvalidSignature struct {
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func QualityOracleInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x42d750dc54bbceaa353a28b4229a6ea77f66d73de45149ec99e1f81ce80ca45b")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func (qualityOracle *QualityOracle) UnpackInvalidSignatureError(raw []byte) (*QualityOracleInvalidSignature, error) {
	out := new(QualityOracleInvalidSignature)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleLengthMismatch represents a LengthMismatch error raised by the QualityOracle contract.
type QualityOracleLengthMismatch struct {
	A *big.Int
	B *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func QualityOracleLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func (qualityOracle *QualityOracle) UnpackLengthMismatchError(raw []byte) (*QualityOracleLengthMismatch, error) {
	out := new(QualityOracleLengthMismatch)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleNoCommitment represents a NoCommitment error raised by the QualityOracle contract.
type QualityOracleNoCommitment struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func QualityOracleNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x8c459fde07645d92528e3f45fdc0ab2be9322ec099b9d01ab03b8d6b70c5e2fa")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func (qualityOracle *QualityOracle) UnpackNoCommitmentError(raw []byte) (*QualityOracleNoCommitment, error) {
	out := new(QualityOracleNoCommitment)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleNoShareInClass represents a NoShareInClass error raised by the QualityOracle contract.
type QualityOracleNoShareInClass struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoShareInClass(uint256 classId)
func QualityOracleNoShareInClassErrorID() common.Hash {
	return common.HexToHash("0xd0d1caaaf830d253fcb74b2802e393ff3dcd35a126f6611201f693df7900f2ad")
}

// UnpackNoShareInClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoShareInClass(uint256 classId)
func (qualityOracle *QualityOracle) UnpackNoShareInClassError(raw []byte) (*QualityOracleNoShareInClass, error) {
	out := new(QualityOracleNoShareInClass)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "NoShareInClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleNotOwnerOrOperator represents a NotOwnerOrOperator error raised by the QualityOracle contract.
type QualityOracleNotOwnerOrOperator struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func QualityOracleNotOwnerOrOperatorErrorID() common.Hash {
	return common.HexToHash("0x479bf1ea80dc1cbb03744c5b07db4cd890071cdc412528d41073da00e1c6f78b")
}

// UnpackNotOwnerOrOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func (qualityOracle *QualityOracle) UnpackNotOwnerOrOperatorError(raw []byte) (*QualityOracleNotOwnerOrOperator, error) {
	out := new(QualityOracleNotOwnerOrOperator)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "NotOwnerOrOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleNotPending represents a NotPending error raised by the QualityOracle contract.
type QualityOracleNotPending struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func QualityOracleNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func (qualityOracle *QualityOracle) UnpackNotPendingError(raw []byte) (*QualityOracleNotPending, error) {
	out := new(QualityOracleNotPending)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleNotValidator represents a NotValidator error raised by the QualityOracle contract.
type QualityOracleNotValidator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidator(address caller)
func QualityOracleNotValidatorErrorID() common.Hash {
	return common.HexToHash("0xed3db8ac0aff2f11d9c21259b57051cec9967e78c0d61c8321b092e63647d624")
}

// UnpackNotValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidator(address caller)
func (qualityOracle *QualityOracle) UnpackNotValidatorError(raw []byte) (*QualityOracleNotValidator, error) {
	out := new(QualityOracleNotValidator)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "NotValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleNothingToClaim represents a NothingToClaim error raised by the QualityOracle contract.
type QualityOracleNothingToClaim struct {
	TokenId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func QualityOracleNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xb361b5fb505a1ba315c65f6d38503886d35e517bd61a26c7379c1b3a9527c464")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func (qualityOracle *QualityOracle) UnpackNothingToClaimError(raw []byte) (*QualityOracleNothingToClaim, error) {
	out := new(QualityOracleNothingToClaim)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleNothingToWithdraw represents a NothingToWithdraw error raised by the QualityOracle contract.
type QualityOracleNothingToWithdraw struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address validator)
func QualityOracleNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address validator)
func (qualityOracle *QualityOracle) UnpackNothingToWithdrawError(raw []byte) (*QualityOracleNothingToWithdraw, error) {
	out := new(QualityOracleNothingToWithdraw)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleOutsideWindow represents a OutsideWindow error raised by the QualityOracle contract.
type QualityOracleOutsideWindow struct {
	Round    *big.Int
	NowTs    *big.Int
	OpensAt  *big.Int
	ClosesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func QualityOracleOutsideWindowErrorID() common.Hash {
	return common.HexToHash("0x07af89b7c8de57c1aefe15ffeec6aa3991f4e84086fcd2901ed3b96b8774c0f4")
}

// UnpackOutsideWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func (qualityOracle *QualityOracle) UnpackOutsideWindowError(raw []byte) (*QualityOracleOutsideWindow, error) {
	out := new(QualityOracleOutsideWindow)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "OutsideWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the QualityOracle contract.
type QualityOracleReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func QualityOracleReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (qualityOracle *QualityOracle) UnpackReentrancyGuardReentrantCallError(raw []byte) (*QualityOracleReentrancyGuardReentrantCall, error) {
	out := new(QualityOracleReentrancyGuardReentrantCall)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleRootAlreadyAnchored represents a RootAlreadyAnchored error raised by the QualityOracle contract.
type QualityOracleRootAlreadyAnchored struct {
	MerkleRoot [32]byte
	TokenId    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func QualityOracleRootAlreadyAnchoredErrorID() common.Hash {
	return common.HexToHash("0x70f13f0496d98a6d01867956f871541e5a1b1705a8c34d208ecf45659d1b6dc0")
}

// UnpackRootAlreadyAnchoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func (qualityOracle *QualityOracle) UnpackRootAlreadyAnchoredError(raw []byte) (*QualityOracleRootAlreadyAnchored, error) {
	out := new(QualityOracleRootAlreadyAnchored)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "RootAlreadyAnchored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the QualityOracle contract.
type QualityOracleSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func QualityOracleSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (qualityOracle *QualityOracle) UnpackSafeERC20FailedOperationError(raw []byte) (*QualityOracleSafeERC20FailedOperation, error) {
	out := new(QualityOracleSafeERC20FailedOperation)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleSignatureExpired represents a SignatureExpired error raised by the QualityOracle contract.
type QualityOracleSignatureExpired struct {
	Deadline uint64
	NowTs    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func QualityOracleSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xbfedba505f31ce2b5fc078ac87cf95474a68cb2e894d4efcb8f6e8e5fbba5b1e")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func (qualityOracle *QualityOracle) UnpackSignatureExpiredError(raw []byte) (*QualityOracleSignatureExpired, error) {
	out := new(QualityOracleSignatureExpired)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleTokenExpired represents a TokenExpired error raised by the QualityOracle contract.
type QualityOracleTokenExpired struct {
	TokenId  *big.Int
	ExpireAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func QualityOracleTokenExpiredErrorID() common.Hash {
	return common.HexToHash("0x891302ba9fe80b8e99f5bef58597fd8938d0e0005ae27745cd34f097e8db69c7")
}

// UnpackTokenExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func (qualityOracle *QualityOracle) UnpackTokenExpiredError(raw []byte) (*QualityOracleTokenExpired, error) {
	out := new(QualityOracleTokenExpired)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "TokenExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleTokenNotFound represents a TokenNotFound error raised by the QualityOracle contract.
type QualityOracleTokenNotFound struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func QualityOracleTokenNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6caeb130d3a0b454045ba4dd4db925f61c465b67a276749b3f04383e5316246c")
}

// UnpackTokenNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func (qualityOracle *QualityOracle) UnpackTokenNotFoundError(raw []byte) (*QualityOracleTokenNotFound, error) {
	out := new(QualityOracleTokenNotFound)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "TokenNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleTooManyValidators represents a TooManyValidators error raised by the QualityOracle contract.
type QualityOracleTooManyValidators struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyValidators(uint256 max)
func QualityOracleTooManyValidatorsErrorID() common.Hash {
	return common.HexToHash("0x628fb2b997b1baecc4ef1763c10c38f1af2e763429dfedc06287049ce877d5fe")
}

// UnpackTooManyValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyValidators(uint256 max)
func (qualityOracle *QualityOracle) UnpackTooManyValidatorsError(raw []byte) (*QualityOracleTooManyValidators, error) {
	out := new(QualityOracleTooManyValidators)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "TooManyValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleTransferFailed represents a TransferFailed error raised by the QualityOracle contract.
type QualityOracleTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func QualityOracleTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (qualityOracle *QualityOracle) UnpackTransferFailedError(raw []byte) (*QualityOracleTransferFailed, error) {
	out := new(QualityOracleTransferFailed)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleUnauthorized represents a Unauthorized error raised by the QualityOracle contract.
type QualityOracleUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func QualityOracleUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (qualityOracle *QualityOracle) UnpackUnauthorizedError(raw []byte) (*QualityOracleUnauthorized, error) {
	out := new(QualityOracleUnauthorized)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleUnsupportedAsset represents a UnsupportedAsset error raised by the QualityOracle contract.
type QualityOracleUnsupportedAsset struct {
	ClassId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func QualityOracleUnsupportedAssetErrorID() common.Hash {
	return common.HexToHash("0x2925b16cc2fff5c14f9f6931ca0c594fc5d4523ba6075c2f2bd4c3a0b5e3b9d6")
}

// UnpackUnsupportedAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func (qualityOracle *QualityOracle) UnpackUnsupportedAssetError(raw []byte) (*QualityOracleUnsupportedAsset, error) {
	out := new(QualityOracleUnsupportedAsset)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "UnsupportedAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleValueTooLarge represents a ValueTooLarge error raised by the QualityOracle contract.
type QualityOracleValueTooLarge struct {
	Value *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func QualityOracleValueTooLargeErrorID() common.Hash {
	return common.HexToHash("0x280b172ca53e20bb4a0ad96a42060f5f5e423bb4490f277df4246e71c3fb1a06")
}

// UnpackValueTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func (qualityOracle *QualityOracle) UnpackValueTooLargeError(raw []byte) (*QualityOracleValueTooLarge, error) {
	out := new(QualityOracleValueTooLarge)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "ValueTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleWrongRound represents a WrongRound error raised by the QualityOracle contract.
type QualityOracleWrongRound struct {
	TokenId    *big.Int
	TokenRound *big.Int
	Round      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func QualityOracleWrongRoundErrorID() common.Hash {
	return common.HexToHash("0x8f008d76aaff098a7d218ffd6923e67fae3b03b645af4a1f3ecc888b185006cd")
}

// UnpackWrongRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func (qualityOracle *QualityOracle) UnpackWrongRoundError(raw []byte) (*QualityOracleWrongRound, error) {
	out := new(QualityOracleWrongRound)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "WrongRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}
