// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package dataplan

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

// DataPlanPlan is an auto generated low-level Go binding around an user-defined struct.
type DataPlanPlan struct {
	SubscriberId   [32]byte
	Shares         *big.Int
	Principal      *big.Int
	CreditKB       *big.Int
	UsedKB         *big.Int
	YieldConverted *big.Int
	Since          uint64
	Throttled      bool
}

// DataPlanMetaData contains all meta data concerning the DataPlan contract.
var DataPlanMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIERC4626\",\"name\":\"vault_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"pricePerGB_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"minTerm_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subscriberId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"AlreadySubscribed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"BatchTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromClass\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toClass\",\"type\":\"uint256\"}],\"name\":\"ClassMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"ClassNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"DeviceAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"InvalidInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NoPlan\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"NoShareInClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subscriberId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotBound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"OutsideWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"to\",\"type\":\"uint256\"}],\"name\":\"PriceChangeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"allowedAt\",\"type\":\"uint64\"}],\"name\":\"PriceChangeTooSoon\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"RootAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"SettlementTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxSnapshots\",\"type\":\"uint256\"}],\"name\":\"SnapshotLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"endsAt\",\"type\":\"uint64\"}],\"name\":\"TermNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"ThresholdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"TokenExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TokenNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TokenNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnsupportedAsset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenRound\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"WrongRound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"kb\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"usedKB\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"creditKB\",\"type\":\"uint256\"}],\"name\":\"Metered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerGB\",\"type\":\"uint256\"}],\"name\":\"PriceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subscriberId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"principal\",\"type\":\"uint256\"}],\"name\":\"Subscribed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subscriberId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"SubscriberBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shortKB\",\"type\":\"uint256\"}],\"name\":\"Throttled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasurySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"creditKB\",\"type\":\"uint256\"}],\"name\":\"Unthrottled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"creditKB\",\"type\":\"uint256\"}],\"name\":\"YieldConverted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BATCH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PRICE_CHANGE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"METER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRICE_INTERVAL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"accrue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"creditKB\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subscriberId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"bind\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subscriberId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"kb\",\"type\":\"uint256\"}],\"name\":\"meter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"owners\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"kbs\",\"type\":\"uint256[]\"}],\"name\":\"meterMany\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minTerm\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"planOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"subscriberId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"principal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"creditKB\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"usedKB\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yieldConverted\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"since\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"throttled\",\"type\":\"bool\"}],\"internalType\":\"structDataPlan.Plan\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"priceChangedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pricePerGB\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"setPrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"subscriberOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"valueOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yield_\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"contractIERC4626\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DataPlan",
	Bin: "0x61010080604052346103b05760c081612b9c80380380916100208285610558565b8339810103126103b05780519065ffffffffffff821682036103b0576100486020820161058f565b60408201516001600160a01b03811693908481036103b05761006c6060850161058f565b9160a060808601519501519360018060401b03851685036103b0576001600160a01b03811691821561054557600180546001600160d01b031660d09290921b6001600160d01b031916919091179055600254916001600160a01b038316610536576100e39260018060a01b03191617600255610693565b5084158015610525575b6104f05783156104bd576080526040516338d52e0f60e01b8152602081600481885afa9081156103bc575f91610483575b506001600160a01b031660a081905260405163313ce56760e01b815290602082600481895afa9182156103bc575f9261045e575b5060206004916040519283809263313ce56760e01b82525afa9081156103bc5760ff9182915f9161042f575b501691160360ff81116103725760ff16604d811161037257600a0a93604051906303d1689d60e11b82526c0c9f2c9cd04674edea400000006004830152602082602481845afa9182156103bc575f926103fb575b506040516278744560e21b815290602082600481845afa9182156103bc575f926103c7575b5060018201809211610372576020600491604051928380926318160ddd60e01b82525afa9081156103bc575f91610386575b508681018091116103725761023d916105bc565b036103445760e093909352600380546001600160a01b0319166001600160a01b039094169384179055600482905560c052600580546001600160401b031916426001600160401b03161790556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f916020917f6bfd5e75539a9d2626425a2e2922675256b219fe546d63dad56011759b9a2f66908390a1604051908152a160405161245f908161071d82396080518181816102260152818161064f01528181611042015281816114d701528181611b120152611ddc015260a0518181816101de0152611471015260c0518181816105a60152610fc3015260e051816106c50152f35b60405163d647364f60e01b81526020600482015260056024820152641d985d5b1d60da1b6044820152606490fd5b634e487b7160e01b5f52601160045260245ffd5b90506020813d6020116103b4575b816103a160209383610558565b810103126103b057515f610229565b5f80fd5b3d9150610394565b6040513d5f823e3d90fd5b9091506020813d6020116103f3575b816103e360209383610558565b810103126103b05751905f6101f7565b3d91506103d6565b9091506020813d602011610427575b8161041760209383610558565b810103126103b05751905f6101d2565b3d915061040a565b610451915060203d602011610457575b6104498183610558565b8101906105a3565b5f61017e565b503d61043f565b600491925061047b602091823d8411610457576104498183610558565b929150610152565b90506020813d6020116104b5575b8161049e60209383610558565b810103126103b0576104af9061058f565b5f61011e565b3d9150610491565b60405163d647364f60e01b815260206004820152600a602482015269383934b1b2a832b923a160b11b6044820152606490fd5b60405163d647364f60e01b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b506001600160a01b038216156100ed565b631fe1e13d60e11b5f5260045ffd5b636116401160e11b5f525f60045260245ffd5b601f909101601f19168101906001600160401b0382119082101761057b57604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b03821682036103b057565b908160209103126103b0575160ff811681036103b05790565b5f19816c0c9f2c9cd04674edea400000000991816c0c9f2c9cd04674edea400000000291828085109403938085039414610672578382111561065a5781906c0c9f2c9cd04674edea4000000009815f0382168092046002816003021880820260020302808202600203028082026002030280820260020302808202600203028091026002030293600183805f03040190848311900302920304170290565b50634e487b715f52156003026011186020526024601cfd5b508092501561067f570490565b634e487b7160e01b5f52601260045260245ffd5b6001600160a01b0381165f9081525f516020612b7c5f395f51905f52602052604090205460ff16610717576001600160a01b03165f8181525f516020612b7c5f395f51905f5260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a71461193d57508063022d63fb146119205780630aa6220b1461188e5780630e8e5de01461185c5780631cf308411461183f5780631de26e16146113f15780631f5a71ab146112d6578063248a9ca3146112a457806324954964146112875780632f2ff15d1461124457806336568abe1461116157806351cff8d914610f5b57806361d027b314610f33578063634e93da14610e60578063649a5ec714610cdb5780636680ac0b14610c74578063765dfcb414610c4e57806384ef8ffc14610b7657806388962a6014610bd85780638d53fcf414610b9e5780638da5cb5b14610b7657806391b7f5ed14610a4857806391d1485414610a0057806394a78483146108ed578063950bff9f146108d15780639825d579146105ca5780639c201cc314610587578063a1eda53c14610525578063a217fddf1461050b578063a48028aa146104dc578063b65d1ea8146104c0578063cc8463c814610496578063cefc1429146103ea578063cf6eefb7146103b0578063d547741f14610357578063d602b9fd146102f6578063f0f4426014610255578063fbfa77cf146102115763fc0c546a146101c9575f80fd5b3461020d575f36600319011261020d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b3461020d575f36600319011261020d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461020d57602036600319011261020d5761026e6119c0565b610276611bee565b6001600160a01b031680156102c557600380546001600160a01b031916821790556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f90602090a1005b60405163d647364f60e01b8152602060048201526008602482015267747265617375727960c01b6044820152606490fd5b3461020d575f36600319011261020d5761030e611bee565b65ffffffffffff61031d611bcf565b90508160d01b600154166001551661033157005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1005b3461020d57604036600319011261020d576004356103736119aa565b81156103a1578161039a61039561039f945f525f602052600160405f20015490565b611cac565b612205565b005b631fe1e13d60e11b5f5260045ffd5b3461020d575f36600319011261020d57604065ffffffffffff6103d1611bcf565b83516001600160a01b0390921682529091166020820152f35b3461020d575f36600319011261020d57610402611bcf565b506001600160a01b031633036104835765ffffffffffff610421611bcf565b919091169081158015610479575b61046657600254610453919061044d906001600160a01b03166121cf565b50612157565b50600180546001600160d01b0319169055005b506319ca5ebb60e01b5f5260045260245ffd5b504282101561042f565b636116401160e11b5f523360045260245ffd5b3461020d575f36600319011261020d5760206104b0611b96565b65ffffffffffff60405191168152f35b3461020d575f36600319011261020d5760206040516103e88152f35b3461020d57602036600319011261020d5760406104ff6104fa6119c0565b611ad7565b82519182526020820152f35b3461020d575f36600319011261020d5760206040515f8152f35b3461020d575f36600319011261020d576002548060d01c908115158061057d575b156105735760a01c65ffffffffffff165b6040805165ffffffffffff928316815292909116602083015290f35b50505f5f90610557565b5042821015610546565b3461020d575f36600319011261020d5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461020d57604036600319011261020d576004356001600160401b03811161020d576105fa9036906004016119d6565b906024356001600160401b03811161020d5761061a9036906004016119d6565b91610623611c3d565b61062b611ce4565b8284036108ba5783156108ab576101008411610892576040516278744560e21b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031693602082600481885afa91821561078e575f9261085e575b506001820180921161084a576040516318160ddd60e01b8152602081600481895afa801561078e575f90610816575b6106ea91507f000000000000000000000000000000000000000000000000000000000000000090611a66565b936004545f975f5b81811061079957898981610713575b5f5f5160206124135f395f51905f525d005b600354604051635d043b2960e11b8152926020928492909183915f91839161074a9130916001600160a01b03169060048501611a73565b03925af1801561078e5761075f575b80610701565b6107809060203d602011610787575b6107788183611a36565b810190611a57565b5080610759565b503d61076e565b6040513d5f823e3d90fd5b6107a4818389611ab3565b356001600160a01b0381169a8b820361020d578b5f52600660205260405f209b8c54156108045750816107eb6107fe926107e58f8e8d8b9260019a99612078565b90611a66565b9c6107f7848a8a611ab3565b3591611f72565b016106f2565b63076aeee760e11b5f5260045260245ffd5b506020813d602011610842575b8161083060209383611a36565b8101031261020d576106ea90516106be565b3d9150610823565b634e487b7160e01b5f52601160045260245ffd5b9091506020813d60201161088a575b8161087a60209383611a36565b8101031261020d5751908661068f565b3d915061086d565b83631c40d86b60e11b5f5260045261010060245260445ffd5b63c2e5347d60e01b5f5260045ffd5b82846355c5b3e360e11b5f5260045260245260445ffd5b3461020d575f36600319011261020d5760206040516101008152f35b3461020d57602036600319011261020d576109066119c0565b5f60e060405161091581611a06565b8281528260208201528260408201528260608201528260808201528260a08201528260c0820152015260018060a01b03165f52600660205261010060405f206040519061096182611a06565b6001600160401b038154928381526001830154926020820193845260028101546040830190815260038201546060840190815260048301549160808501928352600660058501549460a0870195865201549660ff60e060c0880197898b168952019860401c16151588526040519889525160208901525160408801525160608701525160808601525160a0850152511660c083015251151560e0820152f35b3461020d57604036600319011261020d57610a196119aa565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b3461020d57602036600319011261020d57600435610a64611bee565b600454600554906001600160401b03821662093a80810180911161084a57804210610b4c575080831115610b3d57610a9c8184611a93565b8315908115610b0d575b50610af6577f6bfd5e75539a9d2626425a2e2922675256b219fe546d63dad56011759b9a2f6660208484816004556001600160401b034216906001600160401b03191617600555604051908152a1005b905063089e191b60e01b5f5260045260245260445ffd5b6127108082029250811591830414171561084a576103e88202908282046103e8148315171561084a571184610aa6565b610b478382611a93565b610a9c565b6001600160401b03811161084a576001600160401b0390633ca9e70960e21b5f521660045260245ffd5b3461020d575f36600319011261020d576002546040516001600160a01b039091168152602090f35b3461020d575f36600319011261020d5760206040517f30d900da8391f4d463d3ff4cb60cbfc9f6ece244db262efd5166f6c2a21c42968152f35b3461020d57604036600319011261020d57610bf16119c0565b610bf9611c3d565b610c01611ce4565b6001600160a01b0381165f818152600660205260409020805491929115610c3b576107019250610c318183611d37565b5060243591611f72565b8263076aeee760e11b5f5260045260245ffd5b3461020d575f36600319011261020d5760206001600160401b0360055416604051908152f35b3461020d57602036600319011261020d57610c8d6119c0565b610c95611ce4565b6001600160a01b0381165f81815260066020526040902080549092919015610804576020610cc38484611d37565b5f5f5160206124135f395f51905f525d604051908152f35b3461020d57602036600319011261020d5760043565ffffffffffff81169081810361020d57610d08611bee565b610d1142612243565b9165ffffffffffff610d21611b96565b1680821115610e2657507ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9265ffffffffffff826206978080610d6e951091180262069780181690611f54565b906002548060d01c80610dca575b5050600280546001600160a01b031660a083901b65ffffffffffff60a01b161760d084901b6001600160d01b0319161790556040805165ffffffffffff9283168152919092166020820152a1005b421115610dfc57600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b8380610d7c565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a1610df5565b0365ffffffffffff811161084a577ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b92610d6e9190611f54565b3461020d57602036600319011261020d57610e796119c0565b610e81611bee565b7f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed66020610ebe610eb042612243565b610eb8611b96565b90611f54565b65ffffffffffff610ecd611bcf565b6001805460d085901b166001600160a01b0390981697881785851660a01b179055919091169050610f0a575b65ffffffffffff60405191168152a2005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1610ef9565b3461020d575f36600319011261020d576003546040516001600160a01b039091168152602090f35b3461020d57602036600319011261020d57610f746119c0565b610f7c611ce4565b335f52600660205260405f20600281019081541580611155575b611142576001600160a01b038316908115611117576001600160401b036006820154166001600160401b037f000000000000000000000000000000000000000000000000000000000000000016016001600160401b03811161084a576001600160401b0316804210611101575061103d935f60018361101760209533611d37565b50019481865496555560405180958192635d043b2960e11b835230908760048501611a73565b03815f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af191821561078e575f926110cc575b60209350604051918252828483015260408201527f91fb9d98b786c57d74c099ccd2beca1739e9f6a81fb49001ca465c4b7591bbe260603392a25f5f5160206124135f395f51905f525d604051908152f35b91506020833d6020116110f9575b816110e760209383611a36565b8101031261020d57602092519161107a565b3d91506110da565b630ab12e7360e11b5f523360045260245260445ffd5b60405163d647364f60e01b8152602060048201526002602482015261746f60f01b6044820152606490fd5b63076aeee760e11b5f523360045260245ffd5b50600181015415610f96565b3461020d57604036600319011261020d5760043561117d6119aa565b81158061122d575b6111b2575b336001600160a01b038216036111a35761039f91612205565b63334bd91960e11b5f5260045ffd5b6111ba611bcf565b906001600160a01b03161580159061121d575b801561120b575b6111f057506001805465ffffffffffff60a01b1916905561118a565b65ffffffffffff906319ca5ebb60e01b5f521660045260245ffd5b504265ffffffffffff821610156111d4565b5065ffffffffffff8116156111cd565b506002546001600160a01b03828116911614611185565b3461020d57604036600319011261020d576004356112606119aa565b81156103a1578161128261039561039f945f525f602052600160405f20015490565b61218d565b3461020d575f36600319011261020d57602060405162093a808152f35b3461020d57602036600319011261020d5760206112ce6004355f525f602052600160405f20015490565b604051908152f35b3461020d57604036600319011261020d576004356112f26119aa565b6112fa611c3d565b811580156113e0575b6113b4575f828152600760205260409020546001600160a01b03168061139e57506001600160a01b03165f818152600660205260409020549091908061138757505f81815260076020526040812080546001600160a01b031916841790557fcad1f0658ec891abab0121a088e5a97e9bc7bb79000435c5764acdc92417b6ee9080a3005b905063d27d19d360e01b5f5260045260245260445ffd5b8263d27d19d360e01b5f5260045260245260445ffd5b606460405163d647364f60e01b8152602060048201526004602482015263189a5b9960e21b6044820152fd5b506001600160a01b03811615611303565b3461020d57604036600319011261020d57602435600435611410611ce4565b81156118105780156117db57335f52600660205260405f2090805f5260076020523360018060a01b0360405f205416036117c5578154801515806117bb575b6117a557508082556002820192835415611782575b61146e8333611d37565b507f0000000000000000000000000000000000000000000000000000000000000000936040516323b872dd60e01b5f5233600452306024528260445260205f606481808a5af19060015f511482161561176a575b6040525f6060521561174c5760018060a01b037f0000000000000000000000000000000000000000000000000000000000000000169460405163095ea7b360e01b5f52866004528360245260205f60448180865af19060015f511482161561173d575b6040521561167a575b50604051636e553f6560e01b815260048101839052306024820152936020856044815f8a5af194851561078e575f95611645575b50602495600160209201611577878254611a66565b9055604051968780926303d1689d60e11b82528860048301525afa94851561078e575f9561160f575b506115f4816115d36020977febc9268987716aed212c25a39f3c821204916df5a0a2ff80ee4ddb97466098249454611a66565b90819055604080519485526020850187905284015233929081906060820190565b0390a35f5f5160206124135f395f51905f525d604051908152f35b94506020853d60201161163d575b8161162a60209383611a36565b8101031261020d579351936115f46115a0565b3d915061161d565b9094506020813d602011611672575b8161166160209383611a36565b8101031261020d5751936024611562565b3d9150611654565b60405163095ea7b360e01b5f52866004525f60245260205f60448180865af19060015f5114821615611725575b604052156116e45760405163095ea7b360e01b5f52866004528360245260205f60448180865af19060015f5114821615611704575b60405261152e575b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b90600181151661171c57823b15153d151616906116dc565b503d5f823e3d90fd5b90600181151661171c57823b15153d151616906116a7565b90823b15153d15161690611525565b635274afe760e01b5f9081526001600160a01b038616600452602490fd5b90600181151661171c57863b15153d151616906114c2565b60068301805467ffffffffffffffff1916426001600160401b0316179055611464565b63d27d19d360e01b5f526004523360245260445ffd5b508181141561144f565b63f164d40d60e01b5f526004523360245260445ffd5b60405163d647364f60e01b815260206004820152600c60248201526b1cdd589cd8dc9a58995c925960a21b6044820152606490fd5b60405163d647364f60e01b815260206004820152600660248201526561737365747360d01b6044820152606490fd5b3461020d575f36600319011261020d576020600454604051908152f35b3461020d57602036600319011261020d576004355f526007602052602060018060a01b0360405f205416604051908152f35b3461020d575f36600319011261020d576118a6611bee565b6002548060d01c806118c4575b600280546001600160a01b03169055005b4211156118f657600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b80806118b3565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a16118ef565b3461020d575f36600319011261020d576020604051620697808152f35b3461020d57602036600319011261020d576004359063ffffffff60e01b821680920361020d576020916318a4c3c360e11b811490811561197f575b5015158152f35b637965db0b60e01b811491508115611999575b5083611978565b6301ffc9a760e01b14905083611992565b602435906001600160a01b038216820361020d57565b600435906001600160a01b038216820361020d57565b9181601f8401121561020d578235916001600160401b03831161020d576020808501948460051b01011161020d57565b61010081019081106001600160401b03821117611a2257604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b03821117611a2257604052565b9081602091031261020d575190565b9190820180921161084a57565b9081526001600160a01b0391821660208201529116604082015260600190565b9190820391821161084a57565b8181029291811591840414171561084a57565b9190811015611ac35760051b0190565b634e487b7160e01b5f52603260045260245ffd5b60018060a01b03165f52600660205260405f20906001820154604051906303d1689d60e11b8252600482015260208160248160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa90811561078e575f91611b64575b506002819301548082115f14611b5e57611b5b91611a93565b90565b50505f90565b90506020813d602011611b8e575b81611b7f60209383611a36565b8101031261020d57515f611b42565b3d9150611b72565b6002548060d01c8015159081611bc5575b5015611bbb5760a01c65ffffffffffff1690565b5060015460d01c90565b905042115f611ba7565b6001546001600160a01b0381169160a09190911c65ffffffffffff1690565b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff1615611c2657565b63e2517d3f60e01b5f52336004525f60245260445ffd5b335f9081527ff977a382d4093652e57e15ea9113ed8f875ce6ff8b6e6f555abfb430b94e4ca2602052604090205460ff1615611c7557565b63e2517d3f60e01b5f52336004527f30d900da8391f4d463d3ff4cb60cbfc9f6ece244db262efd5166f6c2a21c429660245260445ffd5b5f8181526020818152604080832033845290915290205460ff1615611cce5750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f5160206124135f395f51905f525c611d0a5760015f5160206124135f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b8115611d23570490565b634e487b7160e01b5f52601260045260245ffd5b919091611d4381611ad7565b9390506001841115611f4d57600454935f19810190811161084a578060141b9080820462100000149015171561084a5784611d7d91611d19565b938415611f455790611da7611d96611dd7949387611aa0565b60015f19820160141c019015150290565b600354604051632d182be560e21b8152919691946020918691829130906001600160a01b03168b60048501611a73565b03815f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af193841561078e575f94611f04575b505f5160206124335f395f51905f52611e869460018401611e36828254611a93565b905582976003850195611e4a858854611a66565b80975560058601611e5c838254611a66565b905560018060a01b0316968794604051938493846040919493926060820195825260208201520152565b0390a26006810180549260ff8460401c1680611ef7575b611ea9575b5050505050565b60ff60401b199093169055600401547f9d87c39f2b60592817c1ee70ff79894d7c5ea3af4410a65cbd1d748a8a54fd2691602091611ee691611a93565b604051908152a25f80808080611ea2565b5060048301548111611e9d565b93506020843d602011611f3d575b81611f1f60209383611a36565b8101031261020d579251925f5160206124335f395f51905f52611e14565b3d9150611f12565b505f93505050565b505f925050565b9065ffffffffffff8091169116019065ffffffffffff821161084a57565b907f1e511eeabfaa49b426fcea891f4914dd790d0780acdb96fc38b58165f7bad7ed916003820154846004840193845490611fad8285611a93565b808411611ff3575050611fee9291611fc491611a66565b80945b5560405193849360018060a01b031696846040919493926060820195825260208201520152565b0390a2565b84611fee959450600697929350968793019081549160ff8360401c161561201d575b505050611fc7565b60ff60401b19909216600160401b179091556120399089611a93565b6040519081526001600160a01b038616907f710a0904ef91c56ce58d340823af4ed491643e2089991b0cac3126466e9ff84990602090a25f8080612015565b91929493600182019384546002840154612093898484612272565b6001820180831161084a5781111561214a57906120af91611a93565b5f19810190811161084a578060141b9080820462100000149015171561084a57836120d991611d19565b92831561213e57611d966120ed9185611aa0565b6120f8838a83612272565b968315611d2357612123611e86985f5160206124335f395f51905f529561212c9c8509151590611a66565b998a8094611a93565b90556003850195611e4a858854611a66565b505f9750505050505050565b505f985050505050505050565b600254906001600160a01b0382166103a1576001600160a01b03199091166001600160a01b03821617600255611b5b905f612310565b90811561219e575b611b5b91612310565b600254916001600160a01b0383166103a1576001600160a01b03199092166001600160a01b03821617600255612195565b600254611b5b91906001600160a01b038083169116146121f0575b5f612392565b600280546001600160a01b03191690556121ea565b90611b5b9180158061222c575b1561239257600280546001600160a01b0319169055612392565b506002546001600160a01b03838116911614612212565b65ffffffffffff811161225b5765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b90915f19838309928083029283808610950394808603951461230357848311156122eb5790829109815f0382168092046002816003021880820260020302808202600203028082026002030280820260020302808202600203028091026002030293600183805f03040190848311900302920304170290565b82634e487b715f52156003026011186020526024601cfd5b505090611b5b9250611d19565b5f818152602081815260408083206001600160a01b038616845290915290205460ff16611b5e575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615611b5e575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00680673bc344f62a9b62f0c95cf37bd4c55df0cd8007225b4e241e6217f9d87e6a164736f6c6343000825000aad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
}

// DataPlan is an auto generated Go binding around an Ethereum contract.
type DataPlan struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DataPlan) GetABI() abi.ABI {
	return c.abi
}

// NewDataPlan creates a new instance of DataPlan.
func NewDataPlan() *DataPlan {
	parsed, err := DataPlanMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DataPlan{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DataPlan) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint48 adminDelay, address admin, address vault_, address treasury_, uint256 pricePerGB_, uint64 minTerm_) returns()
func (dataPlan *DataPlan) PackConstructor(adminDelay *big.Int, admin common.Address, vault_ common.Address, treasury_ common.Address, pricePerGB_ *big.Int, minTerm_ uint64) []byte {
	enc, err := dataPlan.abi.Pack("", adminDelay, admin, vault_, treasury_, pricePerGB_, minTerm_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (dataPlan *DataPlan) PackDEFAULTADMINROLE() []byte {
	enc, err := dataPlan.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (dataPlan *DataPlan) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return dataPlan.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (dataPlan *DataPlan) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := dataPlan.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950bff9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BATCH() view returns(uint256)
func (dataPlan *DataPlan) PackMAXBATCH() []byte {
	enc, err := dataPlan.abi.Pack("MAX_BATCH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950bff9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BATCH() view returns(uint256)
func (dataPlan *DataPlan) TryPackMAXBATCH() ([]byte, error) {
	return dataPlan.abi.Pack("MAX_BATCH")
}

// UnpackMAXBATCH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x950bff9f.
//
// Solidity: function MAX_BATCH() view returns(uint256)
func (dataPlan *DataPlan) UnpackMAXBATCH(data []byte) (*big.Int, error) {
	out, err := dataPlan.abi.Unpack("MAX_BATCH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPRICECHANGEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb65d1ea8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PRICE_CHANGE_BPS() view returns(uint16)
func (dataPlan *DataPlan) PackMAXPRICECHANGEBPS() []byte {
	enc, err := dataPlan.abi.Pack("MAX_PRICE_CHANGE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPRICECHANGEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb65d1ea8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PRICE_CHANGE_BPS() view returns(uint16)
func (dataPlan *DataPlan) TryPackMAXPRICECHANGEBPS() ([]byte, error) {
	return dataPlan.abi.Pack("MAX_PRICE_CHANGE_BPS")
}

// UnpackMAXPRICECHANGEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb65d1ea8.
//
// Solidity: function MAX_PRICE_CHANGE_BPS() view returns(uint16)
func (dataPlan *DataPlan) UnpackMAXPRICECHANGEBPS(data []byte) (uint16, error) {
	out, err := dataPlan.abi.Unpack("MAX_PRICE_CHANGE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMETERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d53fcf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function METER_ROLE() view returns(bytes32)
func (dataPlan *DataPlan) PackMETERROLE() []byte {
	enc, err := dataPlan.abi.Pack("METER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMETERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d53fcf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function METER_ROLE() view returns(bytes32)
func (dataPlan *DataPlan) TryPackMETERROLE() ([]byte, error) {
	return dataPlan.abi.Pack("METER_ROLE")
}

// UnpackMETERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d53fcf4.
//
// Solidity: function METER_ROLE() view returns(bytes32)
func (dataPlan *DataPlan) UnpackMETERROLE(data []byte) ([32]byte, error) {
	out, err := dataPlan.abi.Unpack("METER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPRICEINTERVAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24954964.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PRICE_INTERVAL() view returns(uint64)
func (dataPlan *DataPlan) PackPRICEINTERVAL() []byte {
	enc, err := dataPlan.abi.Pack("PRICE_INTERVAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPRICEINTERVAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24954964.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PRICE_INTERVAL() view returns(uint64)
func (dataPlan *DataPlan) TryPackPRICEINTERVAL() ([]byte, error) {
	return dataPlan.abi.Pack("PRICE_INTERVAL")
}

// UnpackPRICEINTERVAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24954964.
//
// Solidity: function PRICE_INTERVAL() view returns(uint64)
func (dataPlan *DataPlan) UnpackPRICEINTERVAL(data []byte) (uint64, error) {
	out, err := dataPlan.abi.Unpack("PRICE_INTERVAL", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (dataPlan *DataPlan) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := dataPlan.abi.Pack("acceptDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (dataPlan *DataPlan) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return dataPlan.abi.Pack("acceptDefaultAdminTransfer")
}

// PackAccrue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6680ac0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accrue(address owner) returns(uint256 creditKB)
func (dataPlan *DataPlan) PackAccrue(owner common.Address) []byte {
	enc, err := dataPlan.abi.Pack("accrue", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccrue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6680ac0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accrue(address owner) returns(uint256 creditKB)
func (dataPlan *DataPlan) TryPackAccrue(owner common.Address) ([]byte, error) {
	return dataPlan.abi.Pack("accrue", owner)
}

// UnpackAccrue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6680ac0b.
//
// Solidity: function accrue(address owner) returns(uint256 creditKB)
func (dataPlan *DataPlan) UnpackAccrue(data []byte) (*big.Int, error) {
	out, err := dataPlan.abi.Unpack("accrue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (dataPlan *DataPlan) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := dataPlan.abi.Pack("beginDefaultAdminTransfer", newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (dataPlan *DataPlan) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return dataPlan.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackBind is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f5a71ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bind(bytes32 subscriberId, address owner) returns()
func (dataPlan *DataPlan) PackBind(subscriberId [32]byte, owner common.Address) []byte {
	enc, err := dataPlan.abi.Pack("bind", subscriberId, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBind is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f5a71ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bind(bytes32 subscriberId, address owner) returns()
func (dataPlan *DataPlan) TryPackBind(subscriberId [32]byte, owner common.Address) ([]byte, error) {
	return dataPlan.abi.Pack("bind", subscriberId, owner)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (dataPlan *DataPlan) PackCancelDefaultAdminTransfer() []byte {
	enc, err := dataPlan.abi.Pack("cancelDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (dataPlan *DataPlan) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return dataPlan.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (dataPlan *DataPlan) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := dataPlan.abi.Pack("changeDefaultAdminDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (dataPlan *DataPlan) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return dataPlan.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (dataPlan *DataPlan) PackDefaultAdmin() []byte {
	enc, err := dataPlan.abi.Pack("defaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdmin() view returns(address)
func (dataPlan *DataPlan) TryPackDefaultAdmin() ([]byte, error) {
	return dataPlan.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (dataPlan *DataPlan) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := dataPlan.abi.Unpack("defaultAdmin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (dataPlan *DataPlan) PackDefaultAdminDelay() []byte {
	enc, err := dataPlan.abi.Pack("defaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (dataPlan *DataPlan) TryPackDefaultAdminDelay() ([]byte, error) {
	return dataPlan.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (dataPlan *DataPlan) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := dataPlan.abi.Unpack("defaultAdminDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (dataPlan *DataPlan) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := dataPlan.abi.Pack("defaultAdminDelayIncreaseWait")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (dataPlan *DataPlan) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return dataPlan.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (dataPlan *DataPlan) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := dataPlan.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1de26e16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(bytes32 subscriberId, uint256 assets) returns(uint256 shares)
func (dataPlan *DataPlan) PackDeposit(subscriberId [32]byte, assets *big.Int) []byte {
	enc, err := dataPlan.abi.Pack("deposit", subscriberId, assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1de26e16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(bytes32 subscriberId, uint256 assets) returns(uint256 shares)
func (dataPlan *DataPlan) TryPackDeposit(subscriberId [32]byte, assets *big.Int) ([]byte, error) {
	return dataPlan.abi.Pack("deposit", subscriberId, assets)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1de26e16.
//
// Solidity: function deposit(bytes32 subscriberId, uint256 assets) returns(uint256 shares)
func (dataPlan *DataPlan) UnpackDeposit(data []byte) (*big.Int, error) {
	out, err := dataPlan.abi.Unpack("deposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dataPlan *DataPlan) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := dataPlan.abi.Pack("getRoleAdmin", role)
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
func (dataPlan *DataPlan) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return dataPlan.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dataPlan *DataPlan) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := dataPlan.abi.Unpack("getRoleAdmin", data)
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
func (dataPlan *DataPlan) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := dataPlan.abi.Pack("grantRole", role, account)
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
func (dataPlan *DataPlan) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataPlan.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dataPlan *DataPlan) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := dataPlan.abi.Pack("hasRole", role, account)
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
func (dataPlan *DataPlan) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataPlan.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dataPlan *DataPlan) UnpackHasRole(data []byte) (bool, error) {
	out, err := dataPlan.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMeter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88962a60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function meter(address owner, uint256 kb) returns()
func (dataPlan *DataPlan) PackMeter(owner common.Address, kb *big.Int) []byte {
	enc, err := dataPlan.abi.Pack("meter", owner, kb)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMeter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88962a60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function meter(address owner, uint256 kb) returns()
func (dataPlan *DataPlan) TryPackMeter(owner common.Address, kb *big.Int) ([]byte, error) {
	return dataPlan.abi.Pack("meter", owner, kb)
}

// PackMeterMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9825d579.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function meterMany(address[] owners, uint256[] kbs) returns()
func (dataPlan *DataPlan) PackMeterMany(owners []common.Address, kbs []*big.Int) []byte {
	enc, err := dataPlan.abi.Pack("meterMany", owners, kbs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMeterMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9825d579.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function meterMany(address[] owners, uint256[] kbs) returns()
func (dataPlan *DataPlan) TryPackMeterMany(owners []common.Address, kbs []*big.Int) ([]byte, error) {
	return dataPlan.abi.Pack("meterMany", owners, kbs)
}

// PackMinTerm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c201cc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minTerm() view returns(uint64)
func (dataPlan *DataPlan) PackMinTerm() []byte {
	enc, err := dataPlan.abi.Pack("minTerm")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinTerm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c201cc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minTerm() view returns(uint64)
func (dataPlan *DataPlan) TryPackMinTerm() ([]byte, error) {
	return dataPlan.abi.Pack("minTerm")
}

// UnpackMinTerm is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c201cc3.
//
// Solidity: function minTerm() view returns(uint64)
func (dataPlan *DataPlan) UnpackMinTerm(data []byte) (uint64, error) {
	out, err := dataPlan.abi.Unpack("minTerm", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (dataPlan *DataPlan) PackOwner() []byte {
	enc, err := dataPlan.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (dataPlan *DataPlan) TryPackOwner() ([]byte, error) {
	return dataPlan.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (dataPlan *DataPlan) UnpackOwner(data []byte) (common.Address, error) {
	out, err := dataPlan.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (dataPlan *DataPlan) PackPendingDefaultAdmin() []byte {
	enc, err := dataPlan.abi.Pack("pendingDefaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (dataPlan *DataPlan) TryPackPendingDefaultAdmin() ([]byte, error) {
	return dataPlan.abi.Pack("pendingDefaultAdmin")
}

// PendingDefaultAdminOutput serves as a container for the return parameters of contract
// method PendingDefaultAdmin.
type PendingDefaultAdminOutput struct {
	NewAdmin common.Address
	Schedule *big.Int
}

// UnpackPendingDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf6eefb7.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (dataPlan *DataPlan) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := dataPlan.abi.Unpack("pendingDefaultAdmin", data)
	outstruct := new(PendingDefaultAdminOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewAdmin = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (dataPlan *DataPlan) PackPendingDefaultAdminDelay() []byte {
	enc, err := dataPlan.abi.Pack("pendingDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (dataPlan *DataPlan) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return dataPlan.abi.Pack("pendingDefaultAdminDelay")
}

// PendingDefaultAdminDelayOutput serves as a container for the return parameters of contract
// method PendingDefaultAdminDelay.
type PendingDefaultAdminDelayOutput struct {
	NewDelay *big.Int
	Schedule *big.Int
}

// UnpackPendingDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1eda53c.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (dataPlan *DataPlan) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := dataPlan.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPlanOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94a78483.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function planOf(address owner) view returns((bytes32,uint256,uint256,uint256,uint256,uint256,uint64,bool))
func (dataPlan *DataPlan) PackPlanOf(owner common.Address) []byte {
	enc, err := dataPlan.abi.Pack("planOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlanOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94a78483.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function planOf(address owner) view returns((bytes32,uint256,uint256,uint256,uint256,uint256,uint64,bool))
func (dataPlan *DataPlan) TryPackPlanOf(owner common.Address) ([]byte, error) {
	return dataPlan.abi.Pack("planOf", owner)
}

// UnpackPlanOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94a78483.
//
// Solidity: function planOf(address owner) view returns((bytes32,uint256,uint256,uint256,uint256,uint256,uint64,bool))
func (dataPlan *DataPlan) UnpackPlanOf(data []byte) (DataPlanPlan, error) {
	out, err := dataPlan.abi.Unpack("planOf", data)
	if err != nil {
		return *new(DataPlanPlan), err
	}
	out0 := *abi.ConvertType(out[0], new(DataPlanPlan)).(*DataPlanPlan)
	return out0, nil
}

// PackPriceChangedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x765dfcb4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priceChangedAt() view returns(uint64)
func (dataPlan *DataPlan) PackPriceChangedAt() []byte {
	enc, err := dataPlan.abi.Pack("priceChangedAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriceChangedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x765dfcb4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priceChangedAt() view returns(uint64)
func (dataPlan *DataPlan) TryPackPriceChangedAt() ([]byte, error) {
	return dataPlan.abi.Pack("priceChangedAt")
}

// UnpackPriceChangedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x765dfcb4.
//
// Solidity: function priceChangedAt() view returns(uint64)
func (dataPlan *DataPlan) UnpackPriceChangedAt(data []byte) (uint64, error) {
	out, err := dataPlan.abi.Unpack("priceChangedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPricePerGB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cf30841.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pricePerGB() view returns(uint256)
func (dataPlan *DataPlan) PackPricePerGB() []byte {
	enc, err := dataPlan.abi.Pack("pricePerGB")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPricePerGB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cf30841.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pricePerGB() view returns(uint256)
func (dataPlan *DataPlan) TryPackPricePerGB() ([]byte, error) {
	return dataPlan.abi.Pack("pricePerGB")
}

// UnpackPricePerGB is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cf30841.
//
// Solidity: function pricePerGB() view returns(uint256)
func (dataPlan *DataPlan) UnpackPricePerGB(data []byte) (*big.Int, error) {
	out, err := dataPlan.abi.Unpack("pricePerGB", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (dataPlan *DataPlan) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := dataPlan.abi.Pack("renounceRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (dataPlan *DataPlan) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataPlan.abi.Pack("renounceRole", role, account)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (dataPlan *DataPlan) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := dataPlan.abi.Pack("revokeRole", role, account)
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
func (dataPlan *DataPlan) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataPlan.abi.Pack("revokeRole", role, account)
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (dataPlan *DataPlan) PackRollbackDefaultAdminDelay() []byte {
	enc, err := dataPlan.abi.Pack("rollbackDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (dataPlan *DataPlan) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return dataPlan.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSetPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91b7f5ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPrice(uint256 price) returns()
func (dataPlan *DataPlan) PackSetPrice(price *big.Int) []byte {
	enc, err := dataPlan.abi.Pack("setPrice", price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91b7f5ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPrice(uint256 price) returns()
func (dataPlan *DataPlan) TryPackSetPrice(price *big.Int) ([]byte, error) {
	return dataPlan.abi.Pack("setPrice", price)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address treasury_) returns()
func (dataPlan *DataPlan) PackSetTreasury(treasury common.Address) []byte {
	enc, err := dataPlan.abi.Pack("setTreasury", treasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTreasury(address treasury_) returns()
func (dataPlan *DataPlan) TryPackSetTreasury(treasury common.Address) ([]byte, error) {
	return dataPlan.abi.Pack("setTreasury", treasury)
}

// PackSubscriberOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e8e5de0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subscriberOwner(bytes32 ) view returns(address)
func (dataPlan *DataPlan) PackSubscriberOwner(arg0 [32]byte) []byte {
	enc, err := dataPlan.abi.Pack("subscriberOwner", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubscriberOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e8e5de0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subscriberOwner(bytes32 ) view returns(address)
func (dataPlan *DataPlan) TryPackSubscriberOwner(arg0 [32]byte) ([]byte, error) {
	return dataPlan.abi.Pack("subscriberOwner", arg0)
}

// UnpackSubscriberOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e8e5de0.
//
// Solidity: function subscriberOwner(bytes32 ) view returns(address)
func (dataPlan *DataPlan) UnpackSubscriberOwner(data []byte) (common.Address, error) {
	out, err := dataPlan.abi.Unpack("subscriberOwner", data)
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
func (dataPlan *DataPlan) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := dataPlan.abi.Pack("supportsInterface", interfaceId)
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
func (dataPlan *DataPlan) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return dataPlan.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dataPlan *DataPlan) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := dataPlan.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (dataPlan *DataPlan) PackToken() []byte {
	enc, err := dataPlan.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (dataPlan *DataPlan) TryPackToken() ([]byte, error) {
	return dataPlan.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (dataPlan *DataPlan) UnpackToken(data []byte) (common.Address, error) {
	out, err := dataPlan.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (dataPlan *DataPlan) PackTreasury() []byte {
	enc, err := dataPlan.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (dataPlan *DataPlan) TryPackTreasury() ([]byte, error) {
	return dataPlan.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (dataPlan *DataPlan) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := dataPlan.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackValueOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa48028aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valueOf(address owner) view returns(uint256 assets, uint256 yield_)
func (dataPlan *DataPlan) PackValueOf(owner common.Address) []byte {
	enc, err := dataPlan.abi.Pack("valueOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValueOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa48028aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function valueOf(address owner) view returns(uint256 assets, uint256 yield_)
func (dataPlan *DataPlan) TryPackValueOf(owner common.Address) ([]byte, error) {
	return dataPlan.abi.Pack("valueOf", owner)
}

// ValueOfOutput serves as a container for the return parameters of contract
// method ValueOf.
type ValueOfOutput struct {
	Assets *big.Int
	Yield  *big.Int
}

// UnpackValueOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa48028aa.
//
// Solidity: function valueOf(address owner) view returns(uint256 assets, uint256 yield_)
func (dataPlan *DataPlan) UnpackValueOf(data []byte) (ValueOfOutput, error) {
	out, err := dataPlan.abi.Unpack("valueOf", data)
	outstruct := new(ValueOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Assets = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Yield = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vault() view returns(address)
func (dataPlan *DataPlan) PackVault() []byte {
	enc, err := dataPlan.abi.Pack("vault")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vault() view returns(address)
func (dataPlan *DataPlan) TryPackVault() ([]byte, error) {
	return dataPlan.abi.Pack("vault")
}

// UnpackVault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (dataPlan *DataPlan) UnpackVault(data []byte) (common.Address, error) {
	out, err := dataPlan.abi.Unpack("vault", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address to) returns(uint256 assets)
func (dataPlan *DataPlan) PackWithdraw(to common.Address) []byte {
	enc, err := dataPlan.abi.Pack("withdraw", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address to) returns(uint256 assets)
func (dataPlan *DataPlan) TryPackWithdraw(to common.Address) ([]byte, error) {
	return dataPlan.abi.Pack("withdraw", to)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51cff8d9.
//
// Solidity: function withdraw(address to) returns(uint256 assets)
func (dataPlan *DataPlan) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := dataPlan.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// DataPlanDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the DataPlan contract.
type DataPlanDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DataPlanDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (DataPlanDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return DataPlanDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (dataPlan *DataPlan) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*DataPlanDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the DataPlan contract.
type DataPlanDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DataPlanDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (DataPlanDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return DataPlanDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (dataPlan *DataPlan) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*DataPlanDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the DataPlan contract.
type DataPlanDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DataPlanDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (DataPlanDefaultAdminTransferCanceled) ContractEventName() string {
	return DataPlanDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (dataPlan *DataPlan) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*DataPlanDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the DataPlan contract.
type DataPlanDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DataPlanDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (DataPlanDefaultAdminTransferScheduled) ContractEventName() string {
	return DataPlanDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (dataPlan *DataPlan) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*DataPlanDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanMetered represents a Metered event raised by the DataPlan contract.
type DataPlanMetered struct {
	Owner    common.Address
	Kb       *big.Int
	UsedKB   *big.Int
	CreditKB *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DataPlanMeteredEventName = "Metered"

// ContractEventName returns the user-defined event name.
func (DataPlanMetered) ContractEventName() string {
	return DataPlanMeteredEventName
}

// UnpackMeteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Metered(address indexed owner, uint256 kb, uint256 usedKB, uint256 creditKB)
func (dataPlan *DataPlan) UnpackMeteredEvent(log *types.Log) (*DataPlanMetered, error) {
	event := "Metered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanMetered)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanPriceSet represents a PriceSet event raised by the DataPlan contract.
type DataPlanPriceSet struct {
	PricePerGB *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataPlanPriceSetEventName = "PriceSet"

// ContractEventName returns the user-defined event name.
func (DataPlanPriceSet) ContractEventName() string {
	return DataPlanPriceSetEventName
}

// UnpackPriceSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriceSet(uint256 pricePerGB)
func (dataPlan *DataPlan) UnpackPriceSetEvent(log *types.Log) (*DataPlanPriceSet, error) {
	event := "PriceSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanPriceSet)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanRoleAdminChanged represents a RoleAdminChanged event raised by the DataPlan contract.
type DataPlanRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DataPlanRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DataPlanRoleAdminChanged) ContractEventName() string {
	return DataPlanRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (dataPlan *DataPlan) UnpackRoleAdminChangedEvent(log *types.Log) (*DataPlanRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanRoleGranted represents a RoleGranted event raised by the DataPlan contract.
type DataPlanRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataPlanRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DataPlanRoleGranted) ContractEventName() string {
	return DataPlanRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (dataPlan *DataPlan) UnpackRoleGrantedEvent(log *types.Log) (*DataPlanRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanRoleGranted)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanRoleRevoked represents a RoleRevoked event raised by the DataPlan contract.
type DataPlanRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataPlanRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DataPlanRoleRevoked) ContractEventName() string {
	return DataPlanRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (dataPlan *DataPlan) UnpackRoleRevokedEvent(log *types.Log) (*DataPlanRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanRoleRevoked)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanSubscribed represents a Subscribed event raised by the DataPlan contract.
type DataPlanSubscribed struct {
	Owner        common.Address
	SubscriberId [32]byte
	Assets       *big.Int
	Shares       *big.Int
	Principal    *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const DataPlanSubscribedEventName = "Subscribed"

// ContractEventName returns the user-defined event name.
func (DataPlanSubscribed) ContractEventName() string {
	return DataPlanSubscribedEventName
}

// UnpackSubscribedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Subscribed(address indexed owner, bytes32 indexed subscriberId, uint256 assets, uint256 shares, uint256 principal)
func (dataPlan *DataPlan) UnpackSubscribedEvent(log *types.Log) (*DataPlanSubscribed, error) {
	event := "Subscribed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanSubscribed)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanSubscriberBound represents a SubscriberBound event raised by the DataPlan contract.
type DataPlanSubscriberBound struct {
	SubscriberId [32]byte
	Owner        common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const DataPlanSubscriberBoundEventName = "SubscriberBound"

// ContractEventName returns the user-defined event name.
func (DataPlanSubscriberBound) ContractEventName() string {
	return DataPlanSubscriberBoundEventName
}

// UnpackSubscriberBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SubscriberBound(bytes32 indexed subscriberId, address indexed owner)
func (dataPlan *DataPlan) UnpackSubscriberBoundEvent(log *types.Log) (*DataPlanSubscriberBound, error) {
	event := "SubscriberBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanSubscriberBound)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanThrottled represents a Throttled event raised by the DataPlan contract.
type DataPlanThrottled struct {
	Owner   common.Address
	ShortKB *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataPlanThrottledEventName = "Throttled"

// ContractEventName returns the user-defined event name.
func (DataPlanThrottled) ContractEventName() string {
	return DataPlanThrottledEventName
}

// UnpackThrottledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Throttled(address indexed owner, uint256 shortKB)
func (dataPlan *DataPlan) UnpackThrottledEvent(log *types.Log) (*DataPlanThrottled, error) {
	event := "Throttled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanThrottled)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanTreasurySet represents a TreasurySet event raised by the DataPlan contract.
type DataPlanTreasurySet struct {
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const DataPlanTreasurySetEventName = "TreasurySet"

// ContractEventName returns the user-defined event name.
func (DataPlanTreasurySet) ContractEventName() string {
	return DataPlanTreasurySetEventName
}

// UnpackTreasurySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasurySet(address treasury)
func (dataPlan *DataPlan) UnpackTreasurySetEvent(log *types.Log) (*DataPlanTreasurySet, error) {
	event := "TreasurySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanTreasurySet)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanUnthrottled represents a Unthrottled event raised by the DataPlan contract.
type DataPlanUnthrottled struct {
	Owner    common.Address
	CreditKB *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DataPlanUnthrottledEventName = "Unthrottled"

// ContractEventName returns the user-defined event name.
func (DataPlanUnthrottled) ContractEventName() string {
	return DataPlanUnthrottledEventName
}

// UnpackUnthrottledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unthrottled(address indexed owner, uint256 creditKB)
func (dataPlan *DataPlan) UnpackUnthrottledEvent(log *types.Log) (*DataPlanUnthrottled, error) {
	event := "Unthrottled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanUnthrottled)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanWithdrawn represents a Withdrawn event raised by the DataPlan contract.
type DataPlanWithdrawn struct {
	Owner  common.Address
	To     common.Address
	Assets *big.Int
	Shares *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DataPlanWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (DataPlanWithdrawn) ContractEventName() string {
	return DataPlanWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed owner, address to, uint256 assets, uint256 shares)
func (dataPlan *DataPlan) UnpackWithdrawnEvent(log *types.Log) (*DataPlanWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanWithdrawn)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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

// DataPlanYieldConverted represents a YieldConverted event raised by the DataPlan contract.
type DataPlanYieldConverted struct {
	Owner    common.Address
	Assets   *big.Int
	Shares   *big.Int
	CreditKB *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DataPlanYieldConvertedEventName = "YieldConverted"

// ContractEventName returns the user-defined event name.
func (DataPlanYieldConverted) ContractEventName() string {
	return DataPlanYieldConvertedEventName
}

// UnpackYieldConvertedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event YieldConverted(address indexed owner, uint256 assets, uint256 shares, uint256 creditKB)
func (dataPlan *DataPlan) UnpackYieldConvertedEvent(log *types.Log) (*DataPlanYieldConverted, error) {
	event := "YieldConverted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataPlan.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataPlanYieldConverted)
	if len(log.Data) > 0 {
		if err := dataPlan.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataPlan.abi.Events[event].Inputs {
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
func (dataPlan *DataPlan) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return dataPlan.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return dataPlan.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return dataPlan.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return dataPlan.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return dataPlan.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return dataPlan.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["AlreadySubscribed"].ID.Bytes()[:4]) {
		return dataPlan.UnpackAlreadySubscribedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["AlreadyValidator"].ID.Bytes()[:4]) {
		return dataPlan.UnpackAlreadyValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["BatchTooLong"].ID.Bytes()[:4]) {
		return dataPlan.UnpackBatchTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["ClassMismatch"].ID.Bytes()[:4]) {
		return dataPlan.UnpackClassMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["ClassNotFound"].ID.Bytes()[:4]) {
		return dataPlan.UnpackClassNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return dataPlan.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["DeviceAlreadyRegistered"].ID.Bytes()[:4]) {
		return dataPlan.UnpackDeviceAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["DeviceInactive"].ID.Bytes()[:4]) {
		return dataPlan.UnpackDeviceInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["DeviceNotFound"].ID.Bytes()[:4]) {
		return dataPlan.UnpackDeviceNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return dataPlan.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["EpochAlreadySettled"].ID.Bytes()[:4]) {
		return dataPlan.UnpackEpochAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["EpochNotOver"].ID.Bytes()[:4]) {
		return dataPlan.UnpackEpochNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["ExitPending"].ID.Bytes()[:4]) {
		return dataPlan.UnpackExitPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["InsufficientFunds"].ID.Bytes()[:4]) {
		return dataPlan.UnpackInsufficientFundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return dataPlan.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["InsufficientValue"].ID.Bytes()[:4]) {
		return dataPlan.UnpackInsufficientValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["InvalidInput"].ID.Bytes()[:4]) {
		return dataPlan.UnpackInvalidInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return dataPlan.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return dataPlan.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return dataPlan.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return dataPlan.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["NoPlan"].ID.Bytes()[:4]) {
		return dataPlan.UnpackNoPlanError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["NoShareInClass"].ID.Bytes()[:4]) {
		return dataPlan.UnpackNoShareInClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["NotBound"].ID.Bytes()[:4]) {
		return dataPlan.UnpackNotBoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["NotContributor"].ID.Bytes()[:4]) {
		return dataPlan.UnpackNotContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["NotOwnerOrOperator"].ID.Bytes()[:4]) {
		return dataPlan.UnpackNotOwnerOrOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return dataPlan.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["NotValidator"].ID.Bytes()[:4]) {
		return dataPlan.UnpackNotValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return dataPlan.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return dataPlan.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["OutsideWindow"].ID.Bytes()[:4]) {
		return dataPlan.UnpackOutsideWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["PriceChangeTooLarge"].ID.Bytes()[:4]) {
		return dataPlan.UnpackPriceChangeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["PriceChangeTooSoon"].ID.Bytes()[:4]) {
		return dataPlan.UnpackPriceChangeTooSoonError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return dataPlan.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["RootAlreadyAnchored"].ID.Bytes()[:4]) {
		return dataPlan.UnpackRootAlreadyAnchoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return dataPlan.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return dataPlan.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["SettlementTooSmall"].ID.Bytes()[:4]) {
		return dataPlan.UnpackSettlementTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return dataPlan.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["SnapshotLimit"].ID.Bytes()[:4]) {
		return dataPlan.UnpackSnapshotLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["TermNotOver"].ID.Bytes()[:4]) {
		return dataPlan.UnpackTermNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["ThresholdOutOfRange"].ID.Bytes()[:4]) {
		return dataPlan.UnpackThresholdOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["TokenExpired"].ID.Bytes()[:4]) {
		return dataPlan.UnpackTokenExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["TokenNotFinalized"].ID.Bytes()[:4]) {
		return dataPlan.UnpackTokenNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["TokenNotFound"].ID.Bytes()[:4]) {
		return dataPlan.UnpackTokenNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["TooManyValidators"].ID.Bytes()[:4]) {
		return dataPlan.UnpackTooManyValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return dataPlan.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return dataPlan.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["UnsupportedAsset"].ID.Bytes()[:4]) {
		return dataPlan.UnpackUnsupportedAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["ValueTooLarge"].ID.Bytes()[:4]) {
		return dataPlan.UnpackValueTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataPlan.abi.Errors["WrongRound"].ID.Bytes()[:4]) {
		return dataPlan.UnpackWrongRoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DataPlanAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the DataPlan contract.
type DataPlanAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func DataPlanAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (dataPlan *DataPlan) UnpackAccessControlBadConfirmationError(raw []byte) (*DataPlanAccessControlBadConfirmation, error) {
	out := new(DataPlanAccessControlBadConfirmation)
	if err := dataPlan.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the DataPlan contract.
type DataPlanAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func DataPlanAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (dataPlan *DataPlan) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*DataPlanAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(DataPlanAccessControlEnforcedDefaultAdminDelay)
	if err := dataPlan.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the DataPlan contract.
type DataPlanAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func DataPlanAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (dataPlan *DataPlan) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*DataPlanAccessControlEnforcedDefaultAdminRules, error) {
	out := new(DataPlanAccessControlEnforcedDefaultAdminRules)
	if err := dataPlan.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the DataPlan contract.
type DataPlanAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func DataPlanAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (dataPlan *DataPlan) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*DataPlanAccessControlInvalidDefaultAdmin, error) {
	out := new(DataPlanAccessControlInvalidDefaultAdmin)
	if err := dataPlan.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the DataPlan contract.
type DataPlanAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func DataPlanAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (dataPlan *DataPlan) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*DataPlanAccessControlUnauthorizedAccount, error) {
	out := new(DataPlanAccessControlUnauthorizedAccount)
	if err := dataPlan.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanAlreadyCommitted represents a AlreadyCommitted error raised by the DataPlan contract.
type DataPlanAlreadyCommitted struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func DataPlanAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xd42c3985415fe3c33d0f0749432682c56d039cfb7a2286e4db68b4b1a46aa79d")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func (dataPlan *DataPlan) UnpackAlreadyCommittedError(raw []byte) (*DataPlanAlreadyCommitted, error) {
	out := new(DataPlanAlreadyCommitted)
	if err := dataPlan.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanAlreadySubscribed represents a AlreadySubscribed error raised by the DataPlan contract.
type DataPlanAlreadySubscribed struct {
	SubscriberId [32]byte
	Owner        common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySubscribed(bytes32 subscriberId, address owner)
func DataPlanAlreadySubscribedErrorID() common.Hash {
	return common.HexToHash("0xd27d19d39d8959f6fa2d82c0bdb44284382ed002b1a6ce5d411ba8dac11bcea8")
}

// UnpackAlreadySubscribedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySubscribed(bytes32 subscriberId, address owner)
func (dataPlan *DataPlan) UnpackAlreadySubscribedError(raw []byte) (*DataPlanAlreadySubscribed, error) {
	out := new(DataPlanAlreadySubscribed)
	if err := dataPlan.abi.UnpackIntoInterface(out, "AlreadySubscribed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanAlreadyValidator represents a AlreadyValidator error raised by the DataPlan contract.
type DataPlanAlreadyValidator struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyValidator(address validator)
func DataPlanAlreadyValidatorErrorID() common.Hash {
	return common.HexToHash("0x59615ad3a367eab8dcd25f6daa9f268c32bc6203d8155d625b9eb74607972291")
}

// UnpackAlreadyValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyValidator(address validator)
func (dataPlan *DataPlan) UnpackAlreadyValidatorError(raw []byte) (*DataPlanAlreadyValidator, error) {
	out := new(DataPlanAlreadyValidator)
	if err := dataPlan.abi.UnpackIntoInterface(out, "AlreadyValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanBatchTooLong represents a BatchTooLong error raised by the DataPlan contract.
type DataPlanBatchTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchTooLong(uint256 length, uint256 max)
func DataPlanBatchTooLongErrorID() common.Hash {
	return common.HexToHash("0x3881b0d6b20456becf59d66e53f6885130147f4e0e0723c0fe41bed06c0b6d50")
}

// UnpackBatchTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchTooLong(uint256 length, uint256 max)
func (dataPlan *DataPlan) UnpackBatchTooLongError(raw []byte) (*DataPlanBatchTooLong, error) {
	out := new(DataPlanBatchTooLong)
	if err := dataPlan.abi.UnpackIntoInterface(out, "BatchTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanClassMismatch represents a ClassMismatch error raised by the DataPlan contract.
type DataPlanClassMismatch struct {
	FromClass *big.Int
	ToClass   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func DataPlanClassMismatchErrorID() common.Hash {
	return common.HexToHash("0x9011b828b69d781e3674d1eb38afb8ac58660ec360207e459b2bddd440b7f71d")
}

// UnpackClassMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func (dataPlan *DataPlan) UnpackClassMismatchError(raw []byte) (*DataPlanClassMismatch, error) {
	out := new(DataPlanClassMismatch)
	if err := dataPlan.abi.UnpackIntoInterface(out, "ClassMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanClassNotFound represents a ClassNotFound error raised by the DataPlan contract.
type DataPlanClassNotFound struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassNotFound(uint256 classId)
func DataPlanClassNotFoundErrorID() common.Hash {
	return common.HexToHash("0x87a1ee84636a0c7ca354e11f38293877f9b41d84757ac8dc95e2b2877029f435")
}

// UnpackClassNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassNotFound(uint256 classId)
func (dataPlan *DataPlan) UnpackClassNotFoundError(raw []byte) (*DataPlanClassNotFound, error) {
	out := new(DataPlanClassNotFound)
	if err := dataPlan.abi.UnpackIntoInterface(out, "ClassNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanCommitmentMismatch represents a CommitmentMismatch error raised by the DataPlan contract.
type DataPlanCommitmentMismatch struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func DataPlanCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func (dataPlan *DataPlan) UnpackCommitmentMismatchError(raw []byte) (*DataPlanCommitmentMismatch, error) {
	out := new(DataPlanCommitmentMismatch)
	if err := dataPlan.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanDeviceAlreadyRegistered represents a DeviceAlreadyRegistered error raised by the DataPlan contract.
type DataPlanDeviceAlreadyRegistered struct {
	Device   common.Address
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func DataPlanDeviceAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x77db65d3bb2ac98d141dd141cdf52fa9ecfec8f895ee5a026c6f488e18d1ee04")
}

// UnpackDeviceAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func (dataPlan *DataPlan) UnpackDeviceAlreadyRegisteredError(raw []byte) (*DataPlanDeviceAlreadyRegistered, error) {
	out := new(DataPlanDeviceAlreadyRegistered)
	if err := dataPlan.abi.UnpackIntoInterface(out, "DeviceAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanDeviceInactive represents a DeviceInactive error raised by the DataPlan contract.
type DataPlanDeviceInactive struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceInactive(address device)
func DataPlanDeviceInactiveErrorID() common.Hash {
	return common.HexToHash("0x9772084548a0cbb56bf5d6693df146e85de28894e799fd6a569c842fcf1f15bf")
}

// UnpackDeviceInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceInactive(address device)
func (dataPlan *DataPlan) UnpackDeviceInactiveError(raw []byte) (*DataPlanDeviceInactive, error) {
	out := new(DataPlanDeviceInactive)
	if err := dataPlan.abi.UnpackIntoInterface(out, "DeviceInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanDeviceNotFound represents a DeviceNotFound error raised by the DataPlan contract.
type DataPlanDeviceNotFound struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceNotFound(address device)
func DataPlanDeviceNotFoundErrorID() common.Hash {
	return common.HexToHash("0xa6b01d55f7528b060ca60ecc627c157cbdbdf396db3312d2de2fa68ea68ad8b0")
}

// UnpackDeviceNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceNotFound(address device)
func (dataPlan *DataPlan) UnpackDeviceNotFoundError(raw []byte) (*DataPlanDeviceNotFound, error) {
	out := new(DataPlanDeviceNotFound)
	if err := dataPlan.abi.UnpackIntoInterface(out, "DeviceNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanEmptyBatch represents a EmptyBatch error raised by the DataPlan contract.
type DataPlanEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func DataPlanEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (dataPlan *DataPlan) UnpackEmptyBatchError(raw []byte) (*DataPlanEmptyBatch, error) {
	out := new(DataPlanEmptyBatch)
	if err := dataPlan.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanEpochAlreadySettled represents a EpochAlreadySettled error raised by the DataPlan contract.
type DataPlanEpochAlreadySettled struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func DataPlanEpochAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xbe076367f7cc6da37b43590ad1d0f9cae441a445cbfbde63a2125871c5538baa")
}

// UnpackEpochAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func (dataPlan *DataPlan) UnpackEpochAlreadySettledError(raw []byte) (*DataPlanEpochAlreadySettled, error) {
	out := new(DataPlanEpochAlreadySettled)
	if err := dataPlan.abi.UnpackIntoInterface(out, "EpochAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanEpochNotOver represents a EpochNotOver error raised by the DataPlan contract.
type DataPlanEpochNotOver struct {
	Epoch  *big.Int
	EndsAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func DataPlanEpochNotOverErrorID() common.Hash {
	return common.HexToHash("0xf562b22bef3c5419719d9f101f096339895b98e42bcc2fce94f611b3202c9f69")
}

// UnpackEpochNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func (dataPlan *DataPlan) UnpackEpochNotOverError(raw []byte) (*DataPlanEpochNotOver, error) {
	out := new(DataPlanEpochNotOver)
	if err := dataPlan.abi.UnpackIntoInterface(out, "EpochNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanExitPending represents a ExitPending error raised by the DataPlan contract.
type DataPlanExitPending struct {
	Validator   common.Address
	AvailableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func DataPlanExitPendingErrorID() common.Hash {
	return common.HexToHash("0x4ac6d28d41ff508efea2f41ac35f11d8b064887b16e82ab440b94dcaa89185b5")
}

// UnpackExitPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func (dataPlan *DataPlan) UnpackExitPendingError(raw []byte) (*DataPlanExitPending, error) {
	out := new(DataPlanExitPending)
	if err := dataPlan.abi.UnpackIntoInterface(out, "ExitPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanInsufficientFunds represents a InsufficientFunds error raised by the DataPlan contract.
type DataPlanInsufficientFunds struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func DataPlanInsufficientFundsErrorID() common.Hash {
	return common.HexToHash("0x03eb8b54a949acec2cd08fdb6d6bd4647a1f2c907d75d6900648effa92eb147f")
}

// UnpackInsufficientFundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func (dataPlan *DataPlan) UnpackInsufficientFundsError(raw []byte) (*DataPlanInsufficientFunds, error) {
	out := new(DataPlanInsufficientFunds)
	if err := dataPlan.abi.UnpackIntoInterface(out, "InsufficientFunds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanInsufficientStake represents a InsufficientStake error raised by the DataPlan contract.
type DataPlanInsufficientStake struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func DataPlanInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func (dataPlan *DataPlan) UnpackInsufficientStakeError(raw []byte) (*DataPlanInsufficientStake, error) {
	out := new(DataPlanInsufficientStake)
	if err := dataPlan.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanInsufficientValue represents a InsufficientValue error raised by the DataPlan contract.
type DataPlanInsufficientValue struct {
	TokenId   *big.Int
	Available *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func DataPlanInsufficientValueErrorID() common.Hash {
	return common.HexToHash("0x5e7ad06bc2adde71395af078bd0ebba7ccf934b2ec92b75fa4543515d42d3cca")
}

// UnpackInsufficientValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func (dataPlan *DataPlan) UnpackInsufficientValueError(raw []byte) (*DataPlanInsufficientValue, error) {
	out := new(DataPlanInsufficientValue)
	if err := dataPlan.abi.UnpackIntoInterface(out, "InsufficientValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanInvalidInput represents a InvalidInput error raised by the DataPlan contract.
type DataPlanInvalidInput struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInput(string what)
func DataPlanInvalidInputErrorID() common.Hash {
	return common.HexToHash("0xd647364f6372634b5b80f364ade32a6f36738fbd78295784181d4149356c4e7b")
}

// UnpackInvalidInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInput(string what)
func (dataPlan *DataPlan) UnpackInvalidInputError(raw []byte) (*DataPlanInvalidInput, error) {
	out := new(DataPlanInvalidInput)
	if err := dataPlan.abi.UnpackIntoInterface(out, "InvalidInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanInvalidProof represents a InvalidProof error raised by the DataPlan contract.
type DataPlanInvalidProof struct {
	TokenId   *big.Int
	ProofType [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func DataPlanInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x9996e7c96fb3025cd8786253959e62a4b21034ad7549bb1ef6e591e793c11711")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func (dataPlan *DataPlan) UnpackInvalidProofError(raw []byte) (*DataPlanInvalidProof, error) {
	out := new(DataPlanInvalidProof)
	if err := dataPlan.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanInvalidSignature represents a InvalidSignature error raised by the DataPlan contract.
type DataPlanInvalidSignature struct {
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func DataPlanInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x42d750dc54bbceaa353a28b4229a6ea77f66d73de45149ec99e1f81ce80ca45b")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func (dataPlan *DataPlan) UnpackInvalidSignatureError(raw []byte) (*DataPlanInvalidSignature, error) {
	out := new(DataPlanInvalidSignature)
	if err := dataPlan.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanLengthMismatch represents a LengthMismatch error raised by the DataPlan contract.
type DataPlanLengthMismatch struct {
	A *big.Int
	B *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func DataPlanLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func (dataPlan *DataPlan) UnpackLengthMismatchError(raw []byte) (*DataPlanLengthMismatch, error) {
	out := new(DataPlanLengthMismatch)
	if err := dataPlan.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanNoCommitment represents a NoCommitment error raised by the DataPlan contract.
type DataPlanNoCommitment struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func DataPlanNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x8c459fde07645d92528e3f45fdc0ab2be9322ec099b9d01ab03b8d6b70c5e2fa")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func (dataPlan *DataPlan) UnpackNoCommitmentError(raw []byte) (*DataPlanNoCommitment, error) {
	out := new(DataPlanNoCommitment)
	if err := dataPlan.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanNoPlan represents a NoPlan error raised by the DataPlan contract.
type DataPlanNoPlan struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPlan(address owner)
func DataPlanNoPlanErrorID() common.Hash {
	return common.HexToHash("0x0ed5ddcee1ccc57d99ad8613223e12da267907cb1ee8711cd9e379bef1c57989")
}

// UnpackNoPlanError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPlan(address owner)
func (dataPlan *DataPlan) UnpackNoPlanError(raw []byte) (*DataPlanNoPlan, error) {
	out := new(DataPlanNoPlan)
	if err := dataPlan.abi.UnpackIntoInterface(out, "NoPlan", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanNoShareInClass represents a NoShareInClass error raised by the DataPlan contract.
type DataPlanNoShareInClass struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoShareInClass(uint256 classId)
func DataPlanNoShareInClassErrorID() common.Hash {
	return common.HexToHash("0xd0d1caaaf830d253fcb74b2802e393ff3dcd35a126f6611201f693df7900f2ad")
}

// UnpackNoShareInClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoShareInClass(uint256 classId)
func (dataPlan *DataPlan) UnpackNoShareInClassError(raw []byte) (*DataPlanNoShareInClass, error) {
	out := new(DataPlanNoShareInClass)
	if err := dataPlan.abi.UnpackIntoInterface(out, "NoShareInClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanNotBound represents a NotBound error raised by the DataPlan contract.
type DataPlanNotBound struct {
	SubscriberId [32]byte
	Caller       common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBound(bytes32 subscriberId, address caller)
func DataPlanNotBoundErrorID() common.Hash {
	return common.HexToHash("0xf164d40da321b6cb0b6b7d3b896ad1bce7a8cb4fa1bf8a6da9a44e2cebf136a8")
}

// UnpackNotBoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBound(bytes32 subscriberId, address caller)
func (dataPlan *DataPlan) UnpackNotBoundError(raw []byte) (*DataPlanNotBound, error) {
	out := new(DataPlanNotBound)
	if err := dataPlan.abi.UnpackIntoInterface(out, "NotBound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanNotContributor represents a NotContributor error raised by the DataPlan contract.
type DataPlanNotContributor struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func DataPlanNotContributorErrorID() common.Hash {
	return common.HexToHash("0xc0fb39988c732c0bd01a7a022c4cf81f5a39219dce16e0f51a44e86355fb4cde")
}

// UnpackNotContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func (dataPlan *DataPlan) UnpackNotContributorError(raw []byte) (*DataPlanNotContributor, error) {
	out := new(DataPlanNotContributor)
	if err := dataPlan.abi.UnpackIntoInterface(out, "NotContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanNotOwnerOrOperator represents a NotOwnerOrOperator error raised by the DataPlan contract.
type DataPlanNotOwnerOrOperator struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func DataPlanNotOwnerOrOperatorErrorID() common.Hash {
	return common.HexToHash("0x479bf1ea80dc1cbb03744c5b07db4cd890071cdc412528d41073da00e1c6f78b")
}

// UnpackNotOwnerOrOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func (dataPlan *DataPlan) UnpackNotOwnerOrOperatorError(raw []byte) (*DataPlanNotOwnerOrOperator, error) {
	out := new(DataPlanNotOwnerOrOperator)
	if err := dataPlan.abi.UnpackIntoInterface(out, "NotOwnerOrOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanNotPending represents a NotPending error raised by the DataPlan contract.
type DataPlanNotPending struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func DataPlanNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func (dataPlan *DataPlan) UnpackNotPendingError(raw []byte) (*DataPlanNotPending, error) {
	out := new(DataPlanNotPending)
	if err := dataPlan.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanNotValidator represents a NotValidator error raised by the DataPlan contract.
type DataPlanNotValidator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidator(address caller)
func DataPlanNotValidatorErrorID() common.Hash {
	return common.HexToHash("0xed3db8ac0aff2f11d9c21259b57051cec9967e78c0d61c8321b092e63647d624")
}

// UnpackNotValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidator(address caller)
func (dataPlan *DataPlan) UnpackNotValidatorError(raw []byte) (*DataPlanNotValidator, error) {
	out := new(DataPlanNotValidator)
	if err := dataPlan.abi.UnpackIntoInterface(out, "NotValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanNothingToClaim represents a NothingToClaim error raised by the DataPlan contract.
type DataPlanNothingToClaim struct {
	TokenId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func DataPlanNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xb361b5fb505a1ba315c65f6d38503886d35e517bd61a26c7379c1b3a9527c464")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func (dataPlan *DataPlan) UnpackNothingToClaimError(raw []byte) (*DataPlanNothingToClaim, error) {
	out := new(DataPlanNothingToClaim)
	if err := dataPlan.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanNothingToWithdraw represents a NothingToWithdraw error raised by the DataPlan contract.
type DataPlanNothingToWithdraw struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address validator)
func DataPlanNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address validator)
func (dataPlan *DataPlan) UnpackNothingToWithdrawError(raw []byte) (*DataPlanNothingToWithdraw, error) {
	out := new(DataPlanNothingToWithdraw)
	if err := dataPlan.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanOutsideWindow represents a OutsideWindow error raised by the DataPlan contract.
type DataPlanOutsideWindow struct {
	Round    *big.Int
	NowTs    *big.Int
	OpensAt  *big.Int
	ClosesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func DataPlanOutsideWindowErrorID() common.Hash {
	return common.HexToHash("0x07af89b7c8de57c1aefe15ffeec6aa3991f4e84086fcd2901ed3b96b8774c0f4")
}

// UnpackOutsideWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func (dataPlan *DataPlan) UnpackOutsideWindowError(raw []byte) (*DataPlanOutsideWindow, error) {
	out := new(DataPlanOutsideWindow)
	if err := dataPlan.abi.UnpackIntoInterface(out, "OutsideWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanPriceChangeTooLarge represents a PriceChangeTooLarge error raised by the DataPlan contract.
type DataPlanPriceChangeTooLarge struct {
	From *big.Int
	To   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceChangeTooLarge(uint256 from, uint256 to)
func DataPlanPriceChangeTooLargeErrorID() common.Hash {
	return common.HexToHash("0x089e191b8a54d91e92c962e584404f96ee0ebd09a23020ee617cbeb73a116565")
}

// UnpackPriceChangeTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceChangeTooLarge(uint256 from, uint256 to)
func (dataPlan *DataPlan) UnpackPriceChangeTooLargeError(raw []byte) (*DataPlanPriceChangeTooLarge, error) {
	out := new(DataPlanPriceChangeTooLarge)
	if err := dataPlan.abi.UnpackIntoInterface(out, "PriceChangeTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanPriceChangeTooSoon represents a PriceChangeTooSoon error raised by the DataPlan contract.
type DataPlanPriceChangeTooSoon struct {
	AllowedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceChangeTooSoon(uint64 allowedAt)
func DataPlanPriceChangeTooSoonErrorID() common.Hash {
	return common.HexToHash("0xf2a79c242b6b702ab1389edf6e87582087d89d7dd916f06e9ca46b105f7a1b34")
}

// UnpackPriceChangeTooSoonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceChangeTooSoon(uint64 allowedAt)
func (dataPlan *DataPlan) UnpackPriceChangeTooSoonError(raw []byte) (*DataPlanPriceChangeTooSoon, error) {
	out := new(DataPlanPriceChangeTooSoon)
	if err := dataPlan.abi.UnpackIntoInterface(out, "PriceChangeTooSoon", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the DataPlan contract.
type DataPlanReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func DataPlanReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (dataPlan *DataPlan) UnpackReentrancyGuardReentrantCallError(raw []byte) (*DataPlanReentrancyGuardReentrantCall, error) {
	out := new(DataPlanReentrancyGuardReentrantCall)
	if err := dataPlan.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanRootAlreadyAnchored represents a RootAlreadyAnchored error raised by the DataPlan contract.
type DataPlanRootAlreadyAnchored struct {
	MerkleRoot [32]byte
	TokenId    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func DataPlanRootAlreadyAnchoredErrorID() common.Hash {
	return common.HexToHash("0x70f13f0496d98a6d01867956f871541e5a1b1705a8c34d208ecf45659d1b6dc0")
}

// UnpackRootAlreadyAnchoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func (dataPlan *DataPlan) UnpackRootAlreadyAnchoredError(raw []byte) (*DataPlanRootAlreadyAnchored, error) {
	out := new(DataPlanRootAlreadyAnchored)
	if err := dataPlan.abi.UnpackIntoInterface(out, "RootAlreadyAnchored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the DataPlan contract.
type DataPlanSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func DataPlanSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (dataPlan *DataPlan) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*DataPlanSafeCastOverflowedUintDowncast, error) {
	out := new(DataPlanSafeCastOverflowedUintDowncast)
	if err := dataPlan.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the DataPlan contract.
type DataPlanSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DataPlanSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (dataPlan *DataPlan) UnpackSafeERC20FailedOperationError(raw []byte) (*DataPlanSafeERC20FailedOperation, error) {
	out := new(DataPlanSafeERC20FailedOperation)
	if err := dataPlan.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanSettlementTooSmall represents a SettlementTooSmall error raised by the DataPlan contract.
type DataPlanSettlementTooSmall struct {
	Amount  *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func DataPlanSettlementTooSmallErrorID() common.Hash {
	return common.HexToHash("0x305ce08841342db3d1d6d66c506af5df9b957b0575353614644e79ffb9274725")
}

// UnpackSettlementTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func (dataPlan *DataPlan) UnpackSettlementTooSmallError(raw []byte) (*DataPlanSettlementTooSmall, error) {
	out := new(DataPlanSettlementTooSmall)
	if err := dataPlan.abi.UnpackIntoInterface(out, "SettlementTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanSignatureExpired represents a SignatureExpired error raised by the DataPlan contract.
type DataPlanSignatureExpired struct {
	Deadline uint64
	NowTs    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func DataPlanSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xbfedba505f31ce2b5fc078ac87cf95474a68cb2e894d4efcb8f6e8e5fbba5b1e")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func (dataPlan *DataPlan) UnpackSignatureExpiredError(raw []byte) (*DataPlanSignatureExpired, error) {
	out := new(DataPlanSignatureExpired)
	if err := dataPlan.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanSnapshotLimit represents a SnapshotLimit error raised by the DataPlan contract.
type DataPlanSnapshotLimit struct {
	ClassId      *big.Int
	MaxSnapshots *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func DataPlanSnapshotLimitErrorID() common.Hash {
	return common.HexToHash("0xda15cba7986fc14490e1424c86146c915b10b0348a5fa089102f01c2444dc097")
}

// UnpackSnapshotLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func (dataPlan *DataPlan) UnpackSnapshotLimitError(raw []byte) (*DataPlanSnapshotLimit, error) {
	out := new(DataPlanSnapshotLimit)
	if err := dataPlan.abi.UnpackIntoInterface(out, "SnapshotLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanTermNotOver represents a TermNotOver error raised by the DataPlan contract.
type DataPlanTermNotOver struct {
	Owner  common.Address
	EndsAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TermNotOver(address owner, uint64 endsAt)
func DataPlanTermNotOverErrorID() common.Hash {
	return common.HexToHash("0x15625ce688c4be60e354ae82fee44c35bb84a8c9805a84e7f79f7d8ef04901c7")
}

// UnpackTermNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TermNotOver(address owner, uint64 endsAt)
func (dataPlan *DataPlan) UnpackTermNotOverError(raw []byte) (*DataPlanTermNotOver, error) {
	out := new(DataPlanTermNotOver)
	if err := dataPlan.abi.UnpackIntoInterface(out, "TermNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanThresholdOutOfRange represents a ThresholdOutOfRange error raised by the DataPlan contract.
type DataPlanThresholdOutOfRange struct {
	TokenId   *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func DataPlanThresholdOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8c883479505792c6824fe707eaf690d680b3b6a767cdb95b00e496c0001e48b5")
}

// UnpackThresholdOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func (dataPlan *DataPlan) UnpackThresholdOutOfRangeError(raw []byte) (*DataPlanThresholdOutOfRange, error) {
	out := new(DataPlanThresholdOutOfRange)
	if err := dataPlan.abi.UnpackIntoInterface(out, "ThresholdOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanTokenExpired represents a TokenExpired error raised by the DataPlan contract.
type DataPlanTokenExpired struct {
	TokenId  *big.Int
	ExpireAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func DataPlanTokenExpiredErrorID() common.Hash {
	return common.HexToHash("0x891302ba9fe80b8e99f5bef58597fd8938d0e0005ae27745cd34f097e8db69c7")
}

// UnpackTokenExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func (dataPlan *DataPlan) UnpackTokenExpiredError(raw []byte) (*DataPlanTokenExpired, error) {
	out := new(DataPlanTokenExpired)
	if err := dataPlan.abi.UnpackIntoInterface(out, "TokenExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanTokenNotFinalized represents a TokenNotFinalized error raised by the DataPlan contract.
type DataPlanTokenNotFinalized struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func DataPlanTokenNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x3753b3f91524b52d85bfedbfa72f35a5f00618d283d299446160ace8d00875b5")
}

// UnpackTokenNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func (dataPlan *DataPlan) UnpackTokenNotFinalizedError(raw []byte) (*DataPlanTokenNotFinalized, error) {
	out := new(DataPlanTokenNotFinalized)
	if err := dataPlan.abi.UnpackIntoInterface(out, "TokenNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanTokenNotFound represents a TokenNotFound error raised by the DataPlan contract.
type DataPlanTokenNotFound struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func DataPlanTokenNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6caeb130d3a0b454045ba4dd4db925f61c465b67a276749b3f04383e5316246c")
}

// UnpackTokenNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func (dataPlan *DataPlan) UnpackTokenNotFoundError(raw []byte) (*DataPlanTokenNotFound, error) {
	out := new(DataPlanTokenNotFound)
	if err := dataPlan.abi.UnpackIntoInterface(out, "TokenNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanTooManyValidators represents a TooManyValidators error raised by the DataPlan contract.
type DataPlanTooManyValidators struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyValidators(uint256 max)
func DataPlanTooManyValidatorsErrorID() common.Hash {
	return common.HexToHash("0x628fb2b997b1baecc4ef1763c10c38f1af2e763429dfedc06287049ce877d5fe")
}

// UnpackTooManyValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyValidators(uint256 max)
func (dataPlan *DataPlan) UnpackTooManyValidatorsError(raw []byte) (*DataPlanTooManyValidators, error) {
	out := new(DataPlanTooManyValidators)
	if err := dataPlan.abi.UnpackIntoInterface(out, "TooManyValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanTransferFailed represents a TransferFailed error raised by the DataPlan contract.
type DataPlanTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func DataPlanTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (dataPlan *DataPlan) UnpackTransferFailedError(raw []byte) (*DataPlanTransferFailed, error) {
	out := new(DataPlanTransferFailed)
	if err := dataPlan.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanUnauthorized represents a Unauthorized error raised by the DataPlan contract.
type DataPlanUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func DataPlanUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (dataPlan *DataPlan) UnpackUnauthorizedError(raw []byte) (*DataPlanUnauthorized, error) {
	out := new(DataPlanUnauthorized)
	if err := dataPlan.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanUnsupportedAsset represents a UnsupportedAsset error raised by the DataPlan contract.
type DataPlanUnsupportedAsset struct {
	ClassId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func DataPlanUnsupportedAssetErrorID() common.Hash {
	return common.HexToHash("0x2925b16cc2fff5c14f9f6931ca0c594fc5d4523ba6075c2f2bd4c3a0b5e3b9d6")
}

// UnpackUnsupportedAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func (dataPlan *DataPlan) UnpackUnsupportedAssetError(raw []byte) (*DataPlanUnsupportedAsset, error) {
	out := new(DataPlanUnsupportedAsset)
	if err := dataPlan.abi.UnpackIntoInterface(out, "UnsupportedAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanValueTooLarge represents a ValueTooLarge error raised by the DataPlan contract.
type DataPlanValueTooLarge struct {
	Value *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func DataPlanValueTooLargeErrorID() common.Hash {
	return common.HexToHash("0x280b172ca53e20bb4a0ad96a42060f5f5e423bb4490f277df4246e71c3fb1a06")
}

// UnpackValueTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func (dataPlan *DataPlan) UnpackValueTooLargeError(raw []byte) (*DataPlanValueTooLarge, error) {
	out := new(DataPlanValueTooLarge)
	if err := dataPlan.abi.UnpackIntoInterface(out, "ValueTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataPlanWrongRound represents a WrongRound error raised by the DataPlan contract.
type DataPlanWrongRound struct {
	TokenId    *big.Int
	TokenRound *big.Int
	Round      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func DataPlanWrongRoundErrorID() common.Hash {
	return common.HexToHash("0x8f008d76aaff098a7d218ffd6923e67fae3b03b645af4a1f3ecc888b185006cd")
}

// UnpackWrongRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func (dataPlan *DataPlan) UnpackWrongRoundError(raw []byte) (*DataPlanWrongRound, error) {
	out := new(DataPlanWrongRound)
	if err := dataPlan.abi.UnpackIntoInterface(out, "WrongRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}
