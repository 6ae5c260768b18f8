// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package freedatavault

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

// FreeDataVaultMetaData contains all meta data concerning the FreeDataVault contract.
var FreeDataVaultMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadySeeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromClass\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toClass\",\"type\":\"uint256\"}],\"name\":\"ClassMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"ClassNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"DeviceAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxMint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxRedeem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"InvalidInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"NoShareInClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSeeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"OutsideWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"RootAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"SettlementTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxSnapshots\",\"type\":\"uint256\"}],\"name\":\"SnapshotLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"ThresholdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"TokenExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TokenNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TokenNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnsupportedAsset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenRound\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"WrongRound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserve\",\"type\":\"uint256\"}],\"name\":\"EmissionFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rate\",\"type\":\"uint256\"}],\"name\":\"EmissionRateSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeSource\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"FeeSourceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"FeesCollected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"vestingAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"vestingEnd\",\"type\":\"uint64\"}],\"name\":\"RevenueVesting\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Seeded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"storedAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"vestingAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"vestingEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"emissionReserve\",\"type\":\"uint256\"}],\"name\":\"Synced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEAD\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EMISSION_RATE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VESTING\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feeAsset\",\"type\":\"address\"}],\"name\":\"collectFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"convertToAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"convertToShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"emissionRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"emissionReserve\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeSource\",\"outputs\":[{\"internalType\":\"contractIFeeSource\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fundEmission\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastSync\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"maxMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"notifyRevenue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"seed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"seeded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rate\",\"type\":\"uint256\"}],\"name\":\"setEmissionRate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIFeeSource\",\"name\":\"src\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"name\":\"setFeeSource\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"storedAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sync\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vestingAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vestingEnd\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "FreeDataVault",
	Bin: "0x60c06040523461056857612f336080813803918261001c8161056c565b9384928339810103126105685780519065ffffffffffff821682036105685761004760208201610591565b6040820151926001600160a01b0384169290919083850361056857606061006e9101610591565b93610079604061056c565b601b81527f64617470696e204672656544617461207661756c74207368617265000000000060208201526100ad604061056c565b60068152653332222824a760d11b6020820152815190916001600160401b0382116104635760035490600182811c9216801561055e575b60208310146104455781601f8493116104e8575b50602090601f8311600114610482575f92610477575b50508160011b915f199060031b1c1916176003555b8051906001600160401b0382116104635760045490600182811c92168015610459575b60208310146104455781601f8493116103cf575b50602090601f8311600114610369575f9261035e575b50508160011b915f199060031b1c1916176004555b63313ce56760e01b5f5260205f600481845afa5f5190601f3d1116610100821016801561035557025b60a0526080526001600160a01b03811691821561034257600680546001600160d01b031660d09290921b6001600160d01b031916919091179055600754916001600160a01b038316610333576102109260018060a01b031916176007556105a5565b50158015610322575b6102ed57600e80546001600160a01b0319166001600160a01b039092169182179055600a8054600160401b600160801b03191642604090811b6fffffffffffffffff0000000000000000169190911790915580515f815260208101929092527f43cfec5636f0eef795b0f9bb00f4f1aa94a1b1e5bd262d26f7e56b16eee0a0a891a16040516128e4908161062f823960805181818161080c01528181610d1901528181610ee5015281816113140152818161147f01528181611c6701528181612304015261265b015260a051816114dc0152f35b60405163d647364f60e01b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b506001600160a01b03811615610219565b631fe1e13d60e11b5f5260045ffd5b636116401160e11b5f525f60045260245ffd5b505060126101ae565b015190505f80610170565b60045f9081528281209350601f198516905b8181106103b7575090846001959493921061039f575b505050811b01600455610185565b01515f1960f88460031b161c191690555f8080610391565b9293602060018192878601518155019501930161037b565b8281111561015a5760045f52909150601f830160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b6020851061043d575b849392601f0160051c82900391015f5b82811061042d57505061015a565b5f8183015585945060010161041f565b5f915061040f565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610146565b634e487b7160e01b5f52604160045260245ffd5b015190505f8061010e565b60035f9081528281209350601f198516905b8181106104d057509084600195949392106104b8575b505050811b01600355610123565b01515f1960f88460031b161c191690555f80806104aa565b92936020600181928786015181550195019301610494565b828111156100f85760035f52909150601f830160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208510610556575b849392601f0160051c82900391015f5b8281106105465750506100f8565b5f81830155859450600101610538565b5f9150610528565b91607f16916100e4565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761046357604052565b51906001600160a01b038216820361056857565b6001600160a01b0381165f9081525f516020612f135f395f51905f52602052604090205460ff16610629576001600160a01b03165f8181525f516020612f135f395f51905f5260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe6080806040526004361015610041575b50361561001a575f80fd5b600d546001600160a01b0316330361002e57005b63472511eb60e11b5f523360045260245ffd5b5f905f3560e01c908162728f76146119ea5750806301e1d114146119bb57806301ffc9a71461194b578063022d63fb1461192e57806303fd2a451461191257806306fdde031461185757806307a2d13a146112d7578063095ea7b3146117af5780630a28a477146117915780630aa6220b146116ff578063156ca894146116e257806315f600a7146116c557806318160ddd146116a85780632247414a146115c957806323b872dd14611591578063248a9ca3146115665780632f2ff15d14611513578063313ce567146114c657806332996c0f1461144d578063334041a61461142857806336568abe1461134357806338d52e0f146112ff578063402d267d146105c3578063436cc3d6146112dc5780634cdad506146112d757806361d027b3146112af578063634e93da146111dc578063649a5ec71461103c5780636917516b146110135780636e553f6514610fd857806370a0823114610fba57806384a1931f14610f9457806384ef8ffc14610e8b57806386d8ceb914610eb35780638da5cb5b14610e8b57806391d1485414610e4257806394bf804d14610def5780639556483714610c5057806395d89b4114610b5057806396afc45014610b33578063a1bdb15e14610aaf578063a1eda53c14610a47578063a217fddf14610a2d578063a480ca791461074c578063a9059cbb1461071a578063b3d7f6b9146106fb578063b460af9414610678578063b47a9bfa1461064f578063ba087652146105c8578063c63d75b6146105c3578063c6e6f5921461032e578063cc8463c814610598578063ce96cb7714610571578063cefc1429146104c5578063cf6eefb71461048a578063d547741f1461042b578063d602b9fd146103c7578063d905777e14610386578063dd62ed3e14610333578063ef8b30f71461032e578063f2f07973146103105763fff6cae90361000f573461030d578060031936011261030d5761030a611bcd565b80f35b80fd5b503461030d578060031936011261030d576020600854604051908152f35b611ad7565b503461030d57604036600319011261030d57604061034f611a4c565b91610358611a62565b9260018060a01b031681526001602052209060018060a01b03165f52602052602060405f2054604051908152f35b503461030d57602036600319011261030d5760206103bf6103a5611a4c565b6001600160a01b03165f9081526020819052604090205490565b604051908152f35b503461030d578060031936011261030d576103e061201a565b65ffffffffffff6103ef611b70565b90508160d01b60065416600655166104045780f35b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051098180a180f35b503461030d57604036600319011261030d57600435610448611a62565b90801561047b57908161047261046d610477945f526005602052600160405f20015490565b612069565b612545565b5080f35b631fe1e13d60e11b8352600483fd5b503461030d578060031936011261030d57604065ffffffffffff6104ac611b70565b83516001600160a01b0390921682529091166020820152f35b503461030d578060031936011261030d576104de611b70565b506001600160a01b0316330361055e5765ffffffffffff6104fd611b70565b90911680158015610554575b610542575060075461052e9190610528906001600160a01b031661250f565b50612497565b50600680546001600160d01b031916905580f35b6319ca5ebb60e01b8352600452602482fd5b5042811015610509565b636116401160e11b815233600452602490fd5b503461030d57602036600319011261030d5760206103bf6105936103a5611a4c565b611f80565b503461030d578060031936011261030d5760206105b3611b37565b65ffffffffffff60405191168152f35b611a78565b503461030d576105d736611a9d565b916105e39391936121f0565b6001600160a01b03831680835260208390526040832054908183116106345750508060209461061461061d93611f80565b948591336125b2565b5f5160206128b85f395f51905f525d604051908152f35b632e52afbb60e21b8452600452602491909152604452606490fd5b503461030d578060031936011261030d57600d546040516001600160a01b039091168152602090f35b503461030d5761068736611a9d565b916106939391936121f0565b6001600160a01b0383165f908152602081905260409020546106b490611f80565b8082116106d55750602093816106cc61061d93611faf565b948592336125b2565b633fa733bb60e21b83526001600160a01b03909316600452602452604491909152606490fd5b503461030d57602036600319011261030d5760206103bf600435611f47565b503461030d57604036600319011261030d57610741610737611a4c565b6024359033612146565b602060405160018152f35b50346109b05760203660031901126109b057610766611a4c565b61076e6121f0565b600d546001600160a01b03169081156109fb5760405163cc1f0d2d60e01b81526001600160a01b038216600482015230602482015290602082604481865afa9182156109a5575f926109c7575b5081156109b4576107ca611bcd565b823b156109b0576040516351cff8d960e01b81526001600160a01b0390911660048201819052925f908290602490829084905af180156109a557610990575b507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031682036108815761086a5f5160206128785f395f51905f5291610854611bcd565b6040805191825230602083015290918291820190565b0390a25b805f5160206128b85f395f51905f525d80f35b8161094557828080808460018060a01b03600e54165af13d15610940573d6001600160401b03811161092c57604051906108c5601f8201601f191660200183611b02565b81528460203d92013e5b1561090b57600e54604080519283526001600160a01b0390911660208301525f5160206128785f395f51905f529190819081015b0390a261086e565b600e54630e21dcbb60e11b84526001600160a01b0316600452602452604482fd5b634e487b7160e01b85526041600452602485fd5b6108cf565b600e545f5160206128785f395f51905f52919061096d9082906001600160a01b031685612387565b600e54604080519283526001600160a01b03909116602083015281908101610903565b61099d9193505f90611b02565b5f915f610809565b6040513d5f823e3d90fd5b5f80fd5b636e34ee0b60e11b5f523060045260245ffd5b9091506020813d6020116109f3575b816109e360209383611b02565b810103126109b05751905f6107bb565b3d91506109d6565b60405163d647364f60e01b8152602060048201526009602482015268666565536f7572636560b81b6044820152606490fd5b346109b0575f3660031901126109b05760206040515f8152f35b346109b0575f3660031901126109b0576007548060d01c9081151580610aa5575b15610a9b5760a01c65ffffffffffff165b6040805165ffffffffffff9283168152929091166020830152819081015b0390f35b50505f5f90610a79565b5042821015610a68565b346109b05760203660031901126109b057600435610acb61201a565b683635c9adc5dea000008111610b145760207f010a8b7cb1faab491acf8e175333e56c4bf4ad24ae1927dc38925ac085085f7191610b07611bcd565b80600b55604051908152a1005b630a02c5cb60e21b5f52600452683635c9adc5dea0000060245260445ffd5b346109b0575f3660031901126109b0576020600b54604051908152f35b346109b0575f3660031901126109b0576040515f6004548060011c90600181168015610c46575b602083108114610c3257828552908115610c0e5750600114610bb0575b610a9783610ba481850382611b02565b60405191829182611a04565b60045f9081527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b939250905b808210610bf457509091508101602001610ba4610b94565b919260018160209254838588010152019101909291610bdc565b60ff191660208086019190915291151560051b84019091019150610ba49050610b94565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610b77565b346109b05760203660031901126109b057600435610c6c61201a565b610c746121f0565b600e5460ff8160a01c16610de0578115610db15760ff60a01b1916600160a01b17600e55600a805467ffffffffffffffff60401b19164260401b67ffffffffffffffff60401b16179055610cc781611fe5565b60ff600e5460a01c1615610da2577f67f9b61bf7b39fd24dd60467083f89ea77979db358db2804069474590a36c03591604091610d02611bcd565b610d0e82600854611af5565b600855610d468230337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612225565b610d528161dead61243d565b61dead83518381528260208201527fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d7853392a382519182526020820152a15f5f5160206128b85f395f51905f525d005b630f473f7560e01b5f5260045ffd5b60405163d647364f60e01b815260206004820152600660248201526561737365747360d01b6044820152606490fd5b6308627e3960e31b5f5260045ffd5b346109b05760403660031901126109b0576020600435610e2a610e10611a62565b91610e196121f0565b610e2281611f47565b8093336122d5565b5f5f5160206128b85f395f51905f525d604051908152f35b346109b05760403660031901126109b057610e5b611a62565b6004355f52600560205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346109b0575f3660031901126109b0576007546040516001600160a01b039091168152602090f35b346109b05760203660031901126109b057600435610ecf6121f0565b8015610f6557610edd611bcd565b610f128130337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612225565b610f1e81600c54611af5565b80600c5560405191825260208201527f743a81427ea21a64a7b36cc7c21bf40b750b7def8c8cb1db6c3097a6407ccd3760403392a25f5f5160206128b85f395f51905f525d005b60405163d647364f60e01b8152602060048201526006602482015265185b5bdd5b9d60d21b6044820152606490fd5b346109b0575f3660031901126109b05760206001600160401b03600a5416604051908152f35b346109b05760203660031901126109b05760206103bf6103a5611a4c565b346109b05760403660031901126109b0576020600435610e2a610ff9611a62565b6110016121f0565b61100a83611fe5565b928391336122d5565b346109b0575f3660031901126109b05760206001600160401b03600a5460401c16604051908152f35b346109b05760203660031901126109b05760043565ffffffffffff8116908181036109b05761106961201a565b61107242612583565b9165ffffffffffff611082611b37565b168082111561118e57507ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9265ffffffffffff8262069780806110cf9510911802620697801816906122b7565b906007548060d01c80611132575b5050600780546001600160a01b031660a083901b65ffffffffffff60a01b161760d084901b6001600160d01b0319161790556040805165ffffffffffff9283168152929091166020830152819081015b0390a1005b42111561116457600680546001600160d01b031660309290921b6001600160d01b0319169190911790555b83806110dd565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a161115d565b0365ffffffffffff81116111c8577ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b926110cf91906122b7565b634e487b7160e01b5f52601160045260245ffd5b346109b05760203660031901126109b0576111f5611a4c565b6111fd61201a565b7f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed6602061123a61122c42612583565b611234611b37565b906122b7565b65ffffffffffff611249611b70565b6006805460d085901b166001600160a01b0390981697881785851660a01b179055919091169050611286575b65ffffffffffff60405191168152a2005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1611275565b346109b0575f3660031901126109b057600e546040516001600160a01b039091168152602090f35b611a2e565b346109b0575f3660031901126109b0576020604051683635c9adc5dea000008152f35b346109b0575f3660031901126109b0576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346109b05760403660031901126109b05760043561135f611a62565b811580611411575b611396575b336001600160a01b038216036113875761138591612545565b005b63334bd91960e11b5f5260045ffd5b61139e611b70565b906001600160a01b031615801590611401575b80156113ef575b6113d457506006805465ffffffffffff60a01b1916905561136c565b65ffffffffffff906319ca5ebb60e01b5f521660045260245ffd5b504265ffffffffffff821610156113b8565b5065ffffffffffff8116156113b1565b506007546001600160a01b03828116911614611367565b346109b0575f3660031901126109b057602060ff600e5460a01c166040519015158152f35b346109b05760203660031901126109b0576004356114696121f0565b8015610f65576114ac9061147b611bcd565b30337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612225565b6114b4611bcd565b5f5f5160206128b85f395f51905f525d005b346109b0575f3660031901126109b057600660ff7f0000000000000000000000000000000000000000000000000000000000000000160160ff81116111c85760209060ff60405191168152f35b346109b05760403660031901126109b05760043561152f611a62565b8115611557578161155261046d611385945f526005602052600160405f20015490565b6124cd565b631fe1e13d60e11b5f5260045ffd5b346109b05760203660031901126109b05760206103bf6004355f526005602052600160405f20015490565b346109b05760603660031901126109b0576107416115ad611a4c565b6115b5611a62565b604435916115c48333836120a3565b612146565b346109b05760403660031901126109b0576004356001600160a01b038116908190036109b0576115f7611a62565b6115ff61201a565b6001600160a01b03811691821561167757600d80546001600160a01b03199081168317909155600e8054909116909317909255604080516001600160a01b0393841681529190921660208201527f43cfec5636f0eef795b0f9bb00f4f1aa94a1b1e5bd262d26f7e56b16eee0a0a8918190810161112d565b60405163d647364f60e01b8152602060048201526008602482015267747265617375727960c01b6044820152606490fd5b346109b0575f3660031901126109b0576020600254604051908152f35b346109b0575f3660031901126109b0576020600c54604051908152f35b346109b0575f3660031901126109b057602060405162093a808152f35b346109b0575f3660031901126109b05761171761201a565b6007548060d01c80611735575b600780546001600160a01b03169055005b42111561176757600680546001600160d01b031660309290921b6001600160d01b0319169190911790555b8080611724565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a1611760565b346109b05760203660031901126109b05760206103bf600435611faf565b346109b05760403660031901126109b0576117c8611a4c565b602435903315611844576001600160a01b031690811561183157335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b346109b0575f3660031901126109b0576040515f6003548060011c90600181168015611908575b602083108114610c3257828552908115610c0e57506001146118aa57610a9783610ba481850382611b02565b60035f9081527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b939250905b8082106118ee57509091508101602001610ba4610b94565b9192600181602092548385880101520191019092916118d6565b91607f169161187e565b346109b0575f3660031901126109b057602060405161dead8152f35b346109b0575f3660031901126109b0576020604051620697808152f35b346109b05760203660031901126109b05760043563ffffffff60e01b81168091036109b0576020906318a4c3c360e11b8114908115611990575b506040519015158152f35b637965db0b60e01b8114915081156119aa575b5082611985565b6301ffc9a760e01b149050826119a3565b346109b0575f3660031901126109b05760206103bf6119e56119db611ea6565b9190600854611af5565b611af5565b346109b0575f3660031901126109b0576020906009548152f35b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b346109b05760203660031901126109b05760206103bf600435611f80565b600435906001600160a01b03821682036109b057565b602435906001600160a01b03821682036109b057565b346109b05760203660031901126109b057611a91611a4c565b5060206040515f198152f35b60609060031901126109b057600435906024356001600160a01b03811681036109b057906044356001600160a01b03811681036109b05790565b346109b05760203660031901126109b05760206103bf600435611fe5565b919082018092116111c857565b90601f801991011681019081106001600160401b03821117611b2357604052565b634e487b7160e01b5f52604160045260245ffd5b6007548060d01c8015159081611b66575b5015611b5c5760a01c65ffffffffffff1690565b5060065460d01c90565b905042115f611b48565b6006546001600160a01b0381169160a09190911c65ffffffffffff1690565b919082039182116111c857565b818102929181159184041417156111c857565b8115611bb9570490565b634e487b7160e01b5f52601260045260245ffd5b60ff600e5460a01c1615611ea457611be3611ea6565b90611c19611c0c611bff611bf78585611af5565b600854611af5565b9283600855600954611b8f565b9283600955600c54611b8f565b600c819055600a805467ffffffffffffffff60401b19811642604090811b67ffffffffffffffff60401b1691821790935591516370a0823160e01b81523060048201529194916020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156109a5575f91611e72575b50611cae846119e58588611af5565b90818111611d0a575b505050507fcad221d24254b821ebbe47ba965207733b9ed3f4d6062668cffd76031b3fcb979250906080916009546001600160401b03600a541690604051938452602084015260408301526060820152a1565b90611d1491611b8f565b946001600160401b03821642811115611e6857611d35611d49914290611b8f565b611d3f8886611af5565b9485600955611b9c565b62093a80870287810462093a8014881517156111c857611d7d85611d78611d83936001600160401b0395611af5565b611baf565b42611af5565b166001600160801b03199290921617818117600a5590421015611e14575b50907fbe08f4929e208d1a0eeb34ef5c41608748fe909fd43278b12436c3d004a3e9d460607fcad221d24254b821ebbe47ba965207733b9ed3f4d6062668cffd76031b3fcb9795608095946001600160401b03600a54169060405192835260208301526040820152a190915f8080611cb7565b60016001600160401b03949392944216016001600160401b0381116111c8576001600160401b031617600a5590917fbe08f4929e208d1a0eeb34ef5c41608748fe909fd43278b12436c3d004a3e9d4611da1565b50611d495f611d35565b90506020813d602011611e9c575b81611e8d60209383611b02565b810103126109b057515f611c9f565b3d9150611e80565b565b5f90600a546001600160401b03808260401c16911681811180611f3c575b611ef3575b50611ee190611edb600b549142611b8f565b90611b9c565b90600c54808311611eef5750565b9150565b611ee1919350611f28908042105f14611f2f57611f2285611f1c425b611edb8360095492611b8f565b92611b8f565b90611baf565b9290611ec9565b611f2285611f1c83611f0f565b506009541515611ec4565b611f556119e56119db611ea6565b600181018091116111c857611f7d91600191611f77600254620f424090611af5565b916123df565b90565b611f8e6119e56119db611ea6565b600181018091116111c857611f7d915f91611f77600254620f424090611af5565b611fbf600254620f424090611af5565b90611fce6119e56119db611ea6565b600181018091116111c857611f7d926001926123df565b611ff5600254620f424090611af5565b906120046119e56119db611ea6565b600181018091116111c857611f7d925f926123df565b335f9081527f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc602052604090205460ff161561205257565b63e2517d3f60e01b5f52336004525f60245260445ffd5b5f81815260056020908152604080832033845290915290205460ff161561208d5750565b63e2517d3f60e01b5f523360045260245260445ffd5b6001600160a01b039081165f818152600160209081526040808320948616835293905291909120549291905f1984106120dd575b50505050565b828410612123578015611844576001600160a01b03821615611831575f52600160205260405f209060018060a01b03165f5260205260405f20910390555f8080806120d7565b508290637dc7a0d960e11b5f5260018060a01b031660045260245260445260645ffd5b6001600160a01b03169081156121dd576001600160a01b03169182156121ca57815f525f60205260405f20548181106121b157815f5160206128985f395f51905f5292602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b8263391434e360e21b5f5260045260245260445260645ffd5b63ec442f0560e01b5f525f60045260245ffd5b634b637e8f60e11b5f525f60045260245ffd5b5f5160206128b85f395f51905f525c6122165760015f5160206128b85f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b6040516323b872dd60e01b5f9081526001600160a01b039384166004529290931660245260449390935260209060648180865af19060015f5114821615612296575b6040525f606052156122765750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b9060018115166122ae57823b15153d15161690612267565b503d5f823e3d90fd5b9065ffffffffffff8091169116019065ffffffffffff82116111c857565b929060ff600e5460a01c1615610da2576122ed611bcd565b6122f983600854611af5565b6008556123318330867f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612225565b6001600160a01b0381169384156121ca57826123707fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d79460409461243d565b825194855260208501526001600160a01b031692a3565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f51148216156123c7575b604052156122765750565b9060018115166122ae57823b15153d151616906123bc565b92916123ec8183866126c9565b926004811015612429576001809116149182612412575b5050611f7d9250151590611af5565b9080925015611bb957611f7d930915155f80612403565b634e487b7160e01b5f52602160045260245ffd5b5f5160206128985f395f51905f5260205f9261245b85600254611af5565b6002556001600160a01b031693841584146124825780600254036002555b604051908152a3565b84845283825260408420818154019055612479565b600754906001600160a01b038216611557576001600160a01b03199091166001600160a01b03821617600755611f7d905f612767565b9081156124de575b611f7d91612767565b600754916001600160a01b038316611557576001600160a01b03199092166001600160a01b038216176007556124d5565b600754611f7d91906001600160a01b03808316911614612530575b5f6127f3565b600780546001600160a01b031916905561252a565b90611f7d9180158061256c575b156127f357600780546001600160a01b03191690556127f3565b506007546001600160a01b03838116911614612552565b65ffffffffffff811161259b5765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b91936125bc611bcd565b6125c884600854611b8f565b6008556001600160a01b03858116959084169382908786036126b8575b50505084156121dd57845f525f60205260405f205481811061269f5791816040927ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db94885f525f60205203835f205580600254036002555f875f5160206128985f395f51905f5260208651858152a361268886837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612387565b825195865260208601526001600160a01b031693a4565b8563391434e360e21b5f5260045260245260445260645ffd5b6126c1926120a3565b5f81816125e5565b90915f19838309928083029283808610950394808603951461275a57848311156127425790829109815f0382168092046002816003021880820260020302808202600203028082026002030280820260020302808202600203028091026002030293600183805f03040190848311900302920304170290565b82634e487b715f52156003026011186020526024601cfd5b505090611f7d9250611baf565b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff166127ed575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff16156127ed575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056febb64cfa7f75512208a9b73fb4034b028a5972cba07a53b641e16ba38571f1331ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a164736f6c6343000825000a05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc",
}

// FreeDataVault is an auto generated Go binding around an Ethereum contract.
type FreeDataVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FreeDataVault) GetABI() abi.ABI {
	return c.abi
}

// NewFreeDataVault creates a new instance of FreeDataVault.
func NewFreeDataVault() *FreeDataVault {
	parsed, err := FreeDataVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FreeDataVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FreeDataVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint48 adminDelay, address admin, address token, address treasury_) returns()
func (freeDataVault *FreeDataVault) PackConstructor(adminDelay *big.Int, admin common.Address, token common.Address, treasury_ common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("", adminDelay, admin, token, treasury_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03fd2a45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEAD() view returns(address)
func (freeDataVault *FreeDataVault) PackDEAD() []byte {
	enc, err := freeDataVault.abi.Pack("DEAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03fd2a45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEAD() view returns(address)
func (freeDataVault *FreeDataVault) TryPackDEAD() ([]byte, error) {
	return freeDataVault.abi.Pack("DEAD")
}

// UnpackDEAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03fd2a45.
//
// Solidity: function DEAD() view returns(address)
func (freeDataVault *FreeDataVault) UnpackDEAD(data []byte) (common.Address, error) {
	out, err := freeDataVault.abi.Unpack("DEAD", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (freeDataVault *FreeDataVault) PackDEFAULTADMINROLE() []byte {
	enc, err := freeDataVault.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (freeDataVault *FreeDataVault) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return freeDataVault.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (freeDataVault *FreeDataVault) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := freeDataVault.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXEMISSIONRATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x436cc3d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_EMISSION_RATE() view returns(uint256)
func (freeDataVault *FreeDataVault) PackMAXEMISSIONRATE() []byte {
	enc, err := freeDataVault.abi.Pack("MAX_EMISSION_RATE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXEMISSIONRATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x436cc3d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_EMISSION_RATE() view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackMAXEMISSIONRATE() ([]byte, error) {
	return freeDataVault.abi.Pack("MAX_EMISSION_RATE")
}

// UnpackMAXEMISSIONRATE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x436cc3d6.
//
// Solidity: function MAX_EMISSION_RATE() view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackMAXEMISSIONRATE(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("MAX_EMISSION_RATE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVESTING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156ca894.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VESTING() view returns(uint64)
func (freeDataVault *FreeDataVault) PackVESTING() []byte {
	enc, err := freeDataVault.abi.Pack("VESTING")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVESTING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156ca894.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VESTING() view returns(uint64)
func (freeDataVault *FreeDataVault) TryPackVESTING() ([]byte, error) {
	return freeDataVault.abi.Pack("VESTING")
}

// UnpackVESTING is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x156ca894.
//
// Solidity: function VESTING() view returns(uint64)
func (freeDataVault *FreeDataVault) UnpackVESTING(data []byte) (uint64, error) {
	out, err := freeDataVault.abi.Unpack("VESTING", data)
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
func (freeDataVault *FreeDataVault) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := freeDataVault.abi.Pack("acceptDefaultAdminTransfer")
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
func (freeDataVault *FreeDataVault) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return freeDataVault.abi.Pack("acceptDefaultAdminTransfer")
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (freeDataVault *FreeDataVault) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (freeDataVault *FreeDataVault) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := freeDataVault.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (freeDataVault *FreeDataVault) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return freeDataVault.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (freeDataVault *FreeDataVault) UnpackApprove(data []byte) (bool, error) {
	out, err := freeDataVault.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset() view returns(address)
func (freeDataVault *FreeDataVault) PackAsset() []byte {
	enc, err := freeDataVault.abi.Pack("asset")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function asset() view returns(address)
func (freeDataVault *FreeDataVault) TryPackAsset() ([]byte, error) {
	return freeDataVault.abi.Pack("asset")
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (freeDataVault *FreeDataVault) UnpackAsset(data []byte) (common.Address, error) {
	out, err := freeDataVault.abi.Unpack("asset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (freeDataVault *FreeDataVault) PackBalanceOf(account common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("balanceOf", data)
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
func (freeDataVault *FreeDataVault) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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
func (freeDataVault *FreeDataVault) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (freeDataVault *FreeDataVault) PackCancelDefaultAdminTransfer() []byte {
	enc, err := freeDataVault.abi.Pack("cancelDefaultAdminTransfer")
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
func (freeDataVault *FreeDataVault) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return freeDataVault.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (freeDataVault *FreeDataVault) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := freeDataVault.abi.Pack("changeDefaultAdminDelay", newDelay)
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
func (freeDataVault *FreeDataVault) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return freeDataVault.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackCollectFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa480ca79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collectFees(address feeAsset) returns()
func (freeDataVault *FreeDataVault) PackCollectFees(feeAsset common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("collectFees", feeAsset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollectFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa480ca79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collectFees(address feeAsset) returns()
func (freeDataVault *FreeDataVault) TryPackCollectFees(feeAsset common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("collectFees", feeAsset)
}

// PackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (freeDataVault *FreeDataVault) PackConvertToAssets(shares *big.Int) []byte {
	enc, err := freeDataVault.abi.Pack("convertToAssets", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackConvertToAssets(shares *big.Int) ([]byte, error) {
	return freeDataVault.abi.Pack("convertToAssets", shares)
}

// UnpackConvertToAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07a2d13a.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackConvertToAssets(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("convertToAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (freeDataVault *FreeDataVault) PackConvertToShares(assets *big.Int) []byte {
	enc, err := freeDataVault.abi.Pack("convertToShares", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackConvertToShares(assets *big.Int) ([]byte, error) {
	return freeDataVault.abi.Pack("convertToShares", assets)
}

// UnpackConvertToShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6e6f592.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackConvertToShares(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("convertToShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (freeDataVault *FreeDataVault) PackDecimals() []byte {
	enc, err := freeDataVault.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (freeDataVault *FreeDataVault) TryPackDecimals() ([]byte, error) {
	return freeDataVault.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (freeDataVault *FreeDataVault) UnpackDecimals(data []byte) (uint8, error) {
	out, err := freeDataVault.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (freeDataVault *FreeDataVault) PackDefaultAdmin() []byte {
	enc, err := freeDataVault.abi.Pack("defaultAdmin")
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
func (freeDataVault *FreeDataVault) TryPackDefaultAdmin() ([]byte, error) {
	return freeDataVault.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (freeDataVault *FreeDataVault) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := freeDataVault.abi.Unpack("defaultAdmin", data)
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
func (freeDataVault *FreeDataVault) PackDefaultAdminDelay() []byte {
	enc, err := freeDataVault.abi.Pack("defaultAdminDelay")
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
func (freeDataVault *FreeDataVault) TryPackDefaultAdminDelay() ([]byte, error) {
	return freeDataVault.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (freeDataVault *FreeDataVault) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("defaultAdminDelay", data)
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
func (freeDataVault *FreeDataVault) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := freeDataVault.abi.Pack("defaultAdminDelayIncreaseWait")
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
func (freeDataVault *FreeDataVault) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return freeDataVault.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (freeDataVault *FreeDataVault) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e553f65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (freeDataVault *FreeDataVault) PackDeposit(assets *big.Int, receiver common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("deposit", assets, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e553f65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (freeDataVault *FreeDataVault) TryPackDeposit(assets *big.Int, receiver common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("deposit", assets, receiver)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (freeDataVault *FreeDataVault) UnpackDeposit(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("deposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEmissionRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96afc450.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function emissionRate() view returns(uint256)
func (freeDataVault *FreeDataVault) PackEmissionRate() []byte {
	enc, err := freeDataVault.abi.Pack("emissionRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmissionRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96afc450.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function emissionRate() view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackEmissionRate() ([]byte, error) {
	return freeDataVault.abi.Pack("emissionRate")
}

// UnpackEmissionRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96afc450.
//
// Solidity: function emissionRate() view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackEmissionRate(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("emissionRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEmissionReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15f600a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function emissionReserve() view returns(uint256)
func (freeDataVault *FreeDataVault) PackEmissionReserve() []byte {
	enc, err := freeDataVault.abi.Pack("emissionReserve")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmissionReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15f600a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function emissionReserve() view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackEmissionReserve() ([]byte, error) {
	return freeDataVault.abi.Pack("emissionReserve")
}

// UnpackEmissionReserve is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15f600a7.
//
// Solidity: function emissionReserve() view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackEmissionReserve(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("emissionReserve", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeSource is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb47a9bfa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeSource() view returns(address)
func (freeDataVault *FreeDataVault) PackFeeSource() []byte {
	enc, err := freeDataVault.abi.Pack("feeSource")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeSource is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb47a9bfa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeSource() view returns(address)
func (freeDataVault *FreeDataVault) TryPackFeeSource() ([]byte, error) {
	return freeDataVault.abi.Pack("feeSource")
}

// UnpackFeeSource is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb47a9bfa.
//
// Solidity: function feeSource() view returns(address)
func (freeDataVault *FreeDataVault) UnpackFeeSource(data []byte) (common.Address, error) {
	out, err := freeDataVault.abi.Unpack("feeSource", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFundEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d8ceb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundEmission(uint256 amount) returns()
func (freeDataVault *FreeDataVault) PackFundEmission(amount *big.Int) []byte {
	enc, err := freeDataVault.abi.Pack("fundEmission", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d8ceb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundEmission(uint256 amount) returns()
func (freeDataVault *FreeDataVault) TryPackFundEmission(amount *big.Int) ([]byte, error) {
	return freeDataVault.abi.Pack("fundEmission", amount)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (freeDataVault *FreeDataVault) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := freeDataVault.abi.Pack("getRoleAdmin", role)
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
func (freeDataVault *FreeDataVault) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return freeDataVault.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (freeDataVault *FreeDataVault) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := freeDataVault.abi.Unpack("getRoleAdmin", data)
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
func (freeDataVault *FreeDataVault) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("grantRole", role, account)
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
func (freeDataVault *FreeDataVault) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (freeDataVault *FreeDataVault) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("hasRole", role, account)
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
func (freeDataVault *FreeDataVault) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (freeDataVault *FreeDataVault) UnpackHasRole(data []byte) (bool, error) {
	out, err := freeDataVault.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastSync is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6917516b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastSync() view returns(uint64)
func (freeDataVault *FreeDataVault) PackLastSync() []byte {
	enc, err := freeDataVault.abi.Pack("lastSync")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastSync is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6917516b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastSync() view returns(uint64)
func (freeDataVault *FreeDataVault) TryPackLastSync() ([]byte, error) {
	return freeDataVault.abi.Pack("lastSync")
}

// UnpackLastSync is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6917516b.
//
// Solidity: function lastSync() view returns(uint64)
func (freeDataVault *FreeDataVault) UnpackLastSync(data []byte) (uint64, error) {
	out, err := freeDataVault.abi.Unpack("lastSync", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d267d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (freeDataVault *FreeDataVault) PackMaxDeposit(arg0 common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("maxDeposit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d267d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackMaxDeposit(arg0 common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("maxDeposit", arg0)
}

// UnpackMaxDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x402d267d.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackMaxDeposit(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("maxDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc63d75b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxMint(address ) view returns(uint256)
func (freeDataVault *FreeDataVault) PackMaxMint(arg0 common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("maxMint", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc63d75b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxMint(address ) view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackMaxMint(arg0 common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("maxMint", arg0)
}

// UnpackMaxMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc63d75b6.
//
// Solidity: function maxMint(address ) view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackMaxMint(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("maxMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd905777e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (freeDataVault *FreeDataVault) PackMaxRedeem(owner common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("maxRedeem", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd905777e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackMaxRedeem(owner common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("maxRedeem", owner)
}

// UnpackMaxRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd905777e.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackMaxRedeem(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("maxRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce96cb77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (freeDataVault *FreeDataVault) PackMaxWithdraw(owner common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("maxWithdraw", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce96cb77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackMaxWithdraw(owner common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("maxWithdraw", owner)
}

// UnpackMaxWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce96cb77.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackMaxWithdraw(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("maxWithdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94bf804d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (freeDataVault *FreeDataVault) PackMint(shares *big.Int, receiver common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("mint", shares, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94bf804d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (freeDataVault *FreeDataVault) TryPackMint(shares *big.Int, receiver common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("mint", shares, receiver)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94bf804d.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (freeDataVault *FreeDataVault) UnpackMint(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (freeDataVault *FreeDataVault) PackName() []byte {
	enc, err := freeDataVault.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (freeDataVault *FreeDataVault) TryPackName() ([]byte, error) {
	return freeDataVault.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (freeDataVault *FreeDataVault) UnpackName(data []byte) (string, error) {
	out, err := freeDataVault.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNotifyRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32996c0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function notifyRevenue(uint256 amount) returns()
func (freeDataVault *FreeDataVault) PackNotifyRevenue(amount *big.Int) []byte {
	enc, err := freeDataVault.abi.Pack("notifyRevenue", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNotifyRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32996c0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function notifyRevenue(uint256 amount) returns()
func (freeDataVault *FreeDataVault) TryPackNotifyRevenue(amount *big.Int) ([]byte, error) {
	return freeDataVault.abi.Pack("notifyRevenue", amount)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (freeDataVault *FreeDataVault) PackOwner() []byte {
	enc, err := freeDataVault.abi.Pack("owner")
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
func (freeDataVault *FreeDataVault) TryPackOwner() ([]byte, error) {
	return freeDataVault.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (freeDataVault *FreeDataVault) UnpackOwner(data []byte) (common.Address, error) {
	out, err := freeDataVault.abi.Unpack("owner", data)
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
func (freeDataVault *FreeDataVault) PackPendingDefaultAdmin() []byte {
	enc, err := freeDataVault.abi.Pack("pendingDefaultAdmin")
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
func (freeDataVault *FreeDataVault) TryPackPendingDefaultAdmin() ([]byte, error) {
	return freeDataVault.abi.Pack("pendingDefaultAdmin")
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
func (freeDataVault *FreeDataVault) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := freeDataVault.abi.Unpack("pendingDefaultAdmin", data)
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
func (freeDataVault *FreeDataVault) PackPendingDefaultAdminDelay() []byte {
	enc, err := freeDataVault.abi.Pack("pendingDefaultAdminDelay")
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
func (freeDataVault *FreeDataVault) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return freeDataVault.abi.Pack("pendingDefaultAdminDelay")
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
func (freeDataVault *FreeDataVault) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := freeDataVault.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPreviewDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef8b30f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (freeDataVault *FreeDataVault) PackPreviewDeposit(assets *big.Int) []byte {
	enc, err := freeDataVault.abi.Pack("previewDeposit", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef8b30f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackPreviewDeposit(assets *big.Int) ([]byte, error) {
	return freeDataVault.abi.Pack("previewDeposit", assets)
}

// UnpackPreviewDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef8b30f7.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackPreviewDeposit(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("previewDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (freeDataVault *FreeDataVault) PackPreviewMint(shares *big.Int) []byte {
	enc, err := freeDataVault.abi.Pack("previewMint", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackPreviewMint(shares *big.Int) ([]byte, error) {
	return freeDataVault.abi.Pack("previewMint", shares)
}

// UnpackPreviewMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackPreviewMint(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("previewMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (freeDataVault *FreeDataVault) PackPreviewRedeem(shares *big.Int) []byte {
	enc, err := freeDataVault.abi.Pack("previewRedeem", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackPreviewRedeem(shares *big.Int) ([]byte, error) {
	return freeDataVault.abi.Pack("previewRedeem", shares)
}

// UnpackPreviewRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackPreviewRedeem(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("previewRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a28a477.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (freeDataVault *FreeDataVault) PackPreviewWithdraw(assets *big.Int) []byte {
	enc, err := freeDataVault.abi.Pack("previewWithdraw", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a28a477.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackPreviewWithdraw(assets *big.Int) ([]byte, error) {
	return freeDataVault.abi.Pack("previewWithdraw", assets)
}

// UnpackPreviewWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a28a477.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackPreviewWithdraw(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("previewWithdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba087652.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (freeDataVault *FreeDataVault) PackRedeem(shares *big.Int, receiver common.Address, owner common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("redeem", shares, receiver, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba087652.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (freeDataVault *FreeDataVault) TryPackRedeem(shares *big.Int, receiver common.Address, owner common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("redeem", shares, receiver, owner)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba087652.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (freeDataVault *FreeDataVault) UnpackRedeem(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("redeem", data)
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
func (freeDataVault *FreeDataVault) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("renounceRole", role, account)
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
func (freeDataVault *FreeDataVault) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("renounceRole", role, account)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (freeDataVault *FreeDataVault) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("revokeRole", role, account)
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
func (freeDataVault *FreeDataVault) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("revokeRole", role, account)
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (freeDataVault *FreeDataVault) PackRollbackDefaultAdminDelay() []byte {
	enc, err := freeDataVault.abi.Pack("rollbackDefaultAdminDelay")
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
func (freeDataVault *FreeDataVault) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return freeDataVault.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95564837.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seed(uint256 assets) returns()
func (freeDataVault *FreeDataVault) PackSeed(assets *big.Int) []byte {
	enc, err := freeDataVault.abi.Pack("seed", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95564837.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seed(uint256 assets) returns()
func (freeDataVault *FreeDataVault) TryPackSeed(assets *big.Int) ([]byte, error) {
	return freeDataVault.abi.Pack("seed", assets)
}

// PackSeeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x334041a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seeded() view returns(bool)
func (freeDataVault *FreeDataVault) PackSeeded() []byte {
	enc, err := freeDataVault.abi.Pack("seeded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x334041a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seeded() view returns(bool)
func (freeDataVault *FreeDataVault) TryPackSeeded() ([]byte, error) {
	return freeDataVault.abi.Pack("seeded")
}

// UnpackSeeded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x334041a6.
//
// Solidity: function seeded() view returns(bool)
func (freeDataVault *FreeDataVault) UnpackSeeded(data []byte) (bool, error) {
	out, err := freeDataVault.abi.Unpack("seeded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetEmissionRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1bdb15e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEmissionRate(uint256 rate) returns()
func (freeDataVault *FreeDataVault) PackSetEmissionRate(rate *big.Int) []byte {
	enc, err := freeDataVault.abi.Pack("setEmissionRate", rate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEmissionRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1bdb15e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEmissionRate(uint256 rate) returns()
func (freeDataVault *FreeDataVault) TryPackSetEmissionRate(rate *big.Int) ([]byte, error) {
	return freeDataVault.abi.Pack("setEmissionRate", rate)
}

// PackSetFeeSource is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2247414a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeSource(address src, address treasury_) returns()
func (freeDataVault *FreeDataVault) PackSetFeeSource(src common.Address, treasury common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("setFeeSource", src, treasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeSource is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2247414a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeSource(address src, address treasury_) returns()
func (freeDataVault *FreeDataVault) TryPackSetFeeSource(src common.Address, treasury common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("setFeeSource", src, treasury)
}

// PackStoredAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2f07973.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function storedAssets() view returns(uint256)
func (freeDataVault *FreeDataVault) PackStoredAssets() []byte {
	enc, err := freeDataVault.abi.Pack("storedAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStoredAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2f07973.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function storedAssets() view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackStoredAssets() ([]byte, error) {
	return freeDataVault.abi.Pack("storedAssets")
}

// UnpackStoredAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2f07973.
//
// Solidity: function storedAssets() view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackStoredAssets(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("storedAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (freeDataVault *FreeDataVault) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := freeDataVault.abi.Pack("supportsInterface", interfaceId)
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
func (freeDataVault *FreeDataVault) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return freeDataVault.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (freeDataVault *FreeDataVault) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := freeDataVault.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (freeDataVault *FreeDataVault) PackSymbol() []byte {
	enc, err := freeDataVault.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (freeDataVault *FreeDataVault) TryPackSymbol() ([]byte, error) {
	return freeDataVault.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (freeDataVault *FreeDataVault) UnpackSymbol(data []byte) (string, error) {
	out, err := freeDataVault.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSync is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfff6cae9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sync() returns()
func (freeDataVault *FreeDataVault) PackSync() []byte {
	enc, err := freeDataVault.abi.Pack("sync")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSync is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfff6cae9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sync() returns()
func (freeDataVault *FreeDataVault) TryPackSync() ([]byte, error) {
	return freeDataVault.abi.Pack("sync")
}

// PackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalAssets() view returns(uint256)
func (freeDataVault *FreeDataVault) PackTotalAssets() []byte {
	enc, err := freeDataVault.abi.Pack("totalAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalAssets() view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackTotalAssets() ([]byte, error) {
	return freeDataVault.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("totalAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (freeDataVault *FreeDataVault) PackTotalSupply() []byte {
	enc, err := freeDataVault.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackTotalSupply() ([]byte, error) {
	return freeDataVault.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (freeDataVault *FreeDataVault) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := freeDataVault.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (freeDataVault *FreeDataVault) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return freeDataVault.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (freeDataVault *FreeDataVault) UnpackTransfer(data []byte) (bool, error) {
	out, err := freeDataVault.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (freeDataVault *FreeDataVault) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := freeDataVault.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (freeDataVault *FreeDataVault) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return freeDataVault.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (freeDataVault *FreeDataVault) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := freeDataVault.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (freeDataVault *FreeDataVault) PackTreasury() []byte {
	enc, err := freeDataVault.abi.Pack("treasury")
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
func (freeDataVault *FreeDataVault) TryPackTreasury() ([]byte, error) {
	return freeDataVault.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (freeDataVault *FreeDataVault) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := freeDataVault.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVestingAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00728f76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vestingAmount() view returns(uint256)
func (freeDataVault *FreeDataVault) PackVestingAmount() []byte {
	enc, err := freeDataVault.abi.Pack("vestingAmount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVestingAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00728f76.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vestingAmount() view returns(uint256)
func (freeDataVault *FreeDataVault) TryPackVestingAmount() ([]byte, error) {
	return freeDataVault.abi.Pack("vestingAmount")
}

// UnpackVestingAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00728f76.
//
// Solidity: function vestingAmount() view returns(uint256)
func (freeDataVault *FreeDataVault) UnpackVestingAmount(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("vestingAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVestingEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84a1931f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vestingEnd() view returns(uint64)
func (freeDataVault *FreeDataVault) PackVestingEnd() []byte {
	enc, err := freeDataVault.abi.Pack("vestingEnd")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVestingEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84a1931f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vestingEnd() view returns(uint64)
func (freeDataVault *FreeDataVault) TryPackVestingEnd() ([]byte, error) {
	return freeDataVault.abi.Pack("vestingEnd")
}

// UnpackVestingEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84a1931f.
//
// Solidity: function vestingEnd() view returns(uint64)
func (freeDataVault *FreeDataVault) UnpackVestingEnd(data []byte) (uint64, error) {
	out, err := freeDataVault.abi.Unpack("vestingEnd", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb460af94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (freeDataVault *FreeDataVault) PackWithdraw(assets *big.Int, receiver common.Address, owner common.Address) []byte {
	enc, err := freeDataVault.abi.Pack("withdraw", assets, receiver, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb460af94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (freeDataVault *FreeDataVault) TryPackWithdraw(assets *big.Int, receiver common.Address, owner common.Address) ([]byte, error) {
	return freeDataVault.abi.Pack("withdraw", assets, receiver, owner)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (freeDataVault *FreeDataVault) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := freeDataVault.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// FreeDataVaultApproval represents a Approval event raised by the FreeDataVault contract.
type FreeDataVaultApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultApproval) ContractEventName() string {
	return FreeDataVaultApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (freeDataVault *FreeDataVault) UnpackApprovalEvent(log *types.Log) (*FreeDataVaultApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultApproval)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the FreeDataVault contract.
type FreeDataVaultDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return FreeDataVaultDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (freeDataVault *FreeDataVault) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*FreeDataVaultDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the FreeDataVault contract.
type FreeDataVaultDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return FreeDataVaultDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (freeDataVault *FreeDataVault) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*FreeDataVaultDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the FreeDataVault contract.
type FreeDataVaultDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultDefaultAdminTransferCanceled) ContractEventName() string {
	return FreeDataVaultDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (freeDataVault *FreeDataVault) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*FreeDataVaultDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the FreeDataVault contract.
type FreeDataVaultDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultDefaultAdminTransferScheduled) ContractEventName() string {
	return FreeDataVaultDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (freeDataVault *FreeDataVault) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*FreeDataVaultDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultDeposit represents a Deposit event raised by the FreeDataVault contract.
type FreeDataVaultDeposit struct {
	Sender common.Address
	Owner  common.Address
	Assets *big.Int
	Shares *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultDeposit) ContractEventName() string {
	return FreeDataVaultDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares)
func (freeDataVault *FreeDataVault) UnpackDepositEvent(log *types.Log) (*FreeDataVaultDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultDeposit)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultEmissionFunded represents a EmissionFunded event raised by the FreeDataVault contract.
type FreeDataVaultEmissionFunded struct {
	From    common.Address
	Amount  *big.Int
	Reserve *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultEmissionFundedEventName = "EmissionFunded"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultEmissionFunded) ContractEventName() string {
	return FreeDataVaultEmissionFundedEventName
}

// UnpackEmissionFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EmissionFunded(address indexed from, uint256 amount, uint256 reserve)
func (freeDataVault *FreeDataVault) UnpackEmissionFundedEvent(log *types.Log) (*FreeDataVaultEmissionFunded, error) {
	event := "EmissionFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultEmissionFunded)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultEmissionRateSet represents a EmissionRateSet event raised by the FreeDataVault contract.
type FreeDataVaultEmissionRateSet struct {
	Rate *big.Int
	Raw  *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultEmissionRateSetEventName = "EmissionRateSet"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultEmissionRateSet) ContractEventName() string {
	return FreeDataVaultEmissionRateSetEventName
}

// UnpackEmissionRateSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EmissionRateSet(uint256 rate)
func (freeDataVault *FreeDataVault) UnpackEmissionRateSetEvent(log *types.Log) (*FreeDataVaultEmissionRateSet, error) {
	event := "EmissionRateSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultEmissionRateSet)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultFeeSourceSet represents a FeeSourceSet event raised by the FreeDataVault contract.
type FreeDataVaultFeeSourceSet struct {
	FeeSource common.Address
	Treasury  common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultFeeSourceSetEventName = "FeeSourceSet"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultFeeSourceSet) ContractEventName() string {
	return FreeDataVaultFeeSourceSetEventName
}

// UnpackFeeSourceSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeSourceSet(address feeSource, address treasury)
func (freeDataVault *FreeDataVault) UnpackFeeSourceSetEvent(log *types.Log) (*FreeDataVaultFeeSourceSet, error) {
	event := "FeeSourceSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultFeeSourceSet)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultFeesCollected represents a FeesCollected event raised by the FreeDataVault contract.
type FreeDataVaultFeesCollected struct {
	Asset  common.Address
	Amount *big.Int
	To     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultFeesCollectedEventName = "FeesCollected"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultFeesCollected) ContractEventName() string {
	return FreeDataVaultFeesCollectedEventName
}

// UnpackFeesCollectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesCollected(address indexed asset, uint256 amount, address to)
func (freeDataVault *FreeDataVault) UnpackFeesCollectedEvent(log *types.Log) (*FreeDataVaultFeesCollected, error) {
	event := "FeesCollected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultFeesCollected)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultRevenueVesting represents a RevenueVesting event raised by the FreeDataVault contract.
type FreeDataVaultRevenueVesting struct {
	Amount        *big.Int
	VestingAmount *big.Int
	VestingEnd    uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultRevenueVestingEventName = "RevenueVesting"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultRevenueVesting) ContractEventName() string {
	return FreeDataVaultRevenueVestingEventName
}

// UnpackRevenueVestingEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueVesting(uint256 amount, uint256 vestingAmount, uint64 vestingEnd)
func (freeDataVault *FreeDataVault) UnpackRevenueVestingEvent(log *types.Log) (*FreeDataVaultRevenueVesting, error) {
	event := "RevenueVesting"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultRevenueVesting)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultRoleAdminChanged represents a RoleAdminChanged event raised by the FreeDataVault contract.
type FreeDataVaultRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultRoleAdminChanged) ContractEventName() string {
	return FreeDataVaultRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (freeDataVault *FreeDataVault) UnpackRoleAdminChangedEvent(log *types.Log) (*FreeDataVaultRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultRoleGranted represents a RoleGranted event raised by the FreeDataVault contract.
type FreeDataVaultRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultRoleGranted) ContractEventName() string {
	return FreeDataVaultRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (freeDataVault *FreeDataVault) UnpackRoleGrantedEvent(log *types.Log) (*FreeDataVaultRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultRoleGranted)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultRoleRevoked represents a RoleRevoked event raised by the FreeDataVault contract.
type FreeDataVaultRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultRoleRevoked) ContractEventName() string {
	return FreeDataVaultRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (freeDataVault *FreeDataVault) UnpackRoleRevokedEvent(log *types.Log) (*FreeDataVaultRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultRoleRevoked)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultSeeded represents a Seeded event raised by the FreeDataVault contract.
type FreeDataVaultSeeded struct {
	Assets *big.Int
	Shares *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultSeededEventName = "Seeded"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultSeeded) ContractEventName() string {
	return FreeDataVaultSeededEventName
}

// UnpackSeededEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Seeded(uint256 assets, uint256 shares)
func (freeDataVault *FreeDataVault) UnpackSeededEvent(log *types.Log) (*FreeDataVaultSeeded, error) {
	event := "Seeded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultSeeded)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultSynced represents a Synced event raised by the FreeDataVault contract.
type FreeDataVaultSynced struct {
	StoredAssets    *big.Int
	VestingAmount   *big.Int
	VestingEnd      uint64
	EmissionReserve *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultSyncedEventName = "Synced"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultSynced) ContractEventName() string {
	return FreeDataVaultSyncedEventName
}

// UnpackSyncedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Synced(uint256 storedAssets, uint256 vestingAmount, uint64 vestingEnd, uint256 emissionReserve)
func (freeDataVault *FreeDataVault) UnpackSyncedEvent(log *types.Log) (*FreeDataVaultSynced, error) {
	event := "Synced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultSynced)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultTransfer represents a Transfer event raised by the FreeDataVault contract.
type FreeDataVaultTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultTransfer) ContractEventName() string {
	return FreeDataVaultTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (freeDataVault *FreeDataVault) UnpackTransferEvent(log *types.Log) (*FreeDataVaultTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultTransfer)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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

// FreeDataVaultWithdraw represents a Withdraw event raised by the FreeDataVault contract.
type FreeDataVaultWithdraw struct {
	Sender   common.Address
	Receiver common.Address
	Owner    common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const FreeDataVaultWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (FreeDataVaultWithdraw) ContractEventName() string {
	return FreeDataVaultWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed sender, address indexed receiver, address indexed owner, uint256 assets, uint256 shares)
func (freeDataVault *FreeDataVault) UnpackWithdrawEvent(log *types.Log) (*FreeDataVaultWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != freeDataVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FreeDataVaultWithdraw)
	if len(log.Data) > 0 {
		if err := freeDataVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range freeDataVault.abi.Events[event].Inputs {
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
func (freeDataVault *FreeDataVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["AlreadySeeded"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackAlreadySeededError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["AlreadyValidator"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackAlreadyValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ClassMismatch"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackClassMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ClassNotFound"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackClassNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["DeviceAlreadyRegistered"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackDeviceAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["DeviceInactive"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackDeviceInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["DeviceNotFound"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackDeviceNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ERC4626ExceededMaxDeposit"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackERC4626ExceededMaxDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ERC4626ExceededMaxMint"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackERC4626ExceededMaxMintError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ERC4626ExceededMaxRedeem"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackERC4626ExceededMaxRedeemError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ERC4626ExceededMaxWithdraw"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackERC4626ExceededMaxWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["EpochAlreadySettled"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackEpochAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["EpochNotOver"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackEpochNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ExitPending"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackExitPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["InsufficientFunds"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackInsufficientFundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["InsufficientValue"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackInsufficientValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["InvalidInput"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackInvalidInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["NoShareInClass"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackNoShareInClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["NotContributor"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackNotContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["NotOwnerOrOperator"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackNotOwnerOrOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["NotSeeded"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackNotSeededError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["NotValidator"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackNotValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["OutsideWindow"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackOutsideWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["RootAlreadyAnchored"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackRootAlreadyAnchoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["SettlementTooSmall"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackSettlementTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["SnapshotLimit"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackSnapshotLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ThresholdOutOfRange"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackThresholdOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["TokenExpired"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackTokenExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["TokenNotFinalized"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackTokenNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["TokenNotFound"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackTokenNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["TooManyValidators"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackTooManyValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["UnsupportedAsset"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackUnsupportedAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["ValueTooLarge"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackValueTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], freeDataVault.abi.Errors["WrongRound"].ID.Bytes()[:4]) {
		return freeDataVault.UnpackWrongRoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FreeDataVaultAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the FreeDataVault contract.
type FreeDataVaultAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func FreeDataVaultAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (freeDataVault *FreeDataVault) UnpackAccessControlBadConfirmationError(raw []byte) (*FreeDataVaultAccessControlBadConfirmation, error) {
	out := new(FreeDataVaultAccessControlBadConfirmation)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the FreeDataVault contract.
type FreeDataVaultAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func FreeDataVaultAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (freeDataVault *FreeDataVault) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*FreeDataVaultAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(FreeDataVaultAccessControlEnforcedDefaultAdminDelay)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the FreeDataVault contract.
type FreeDataVaultAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func FreeDataVaultAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (freeDataVault *FreeDataVault) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*FreeDataVaultAccessControlEnforcedDefaultAdminRules, error) {
	out := new(FreeDataVaultAccessControlEnforcedDefaultAdminRules)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the FreeDataVault contract.
type FreeDataVaultAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func FreeDataVaultAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (freeDataVault *FreeDataVault) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*FreeDataVaultAccessControlInvalidDefaultAdmin, error) {
	out := new(FreeDataVaultAccessControlInvalidDefaultAdmin)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the FreeDataVault contract.
type FreeDataVaultAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func FreeDataVaultAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (freeDataVault *FreeDataVault) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*FreeDataVaultAccessControlUnauthorizedAccount, error) {
	out := new(FreeDataVaultAccessControlUnauthorizedAccount)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultAlreadyCommitted represents a AlreadyCommitted error raised by the FreeDataVault contract.
type FreeDataVaultAlreadyCommitted struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func FreeDataVaultAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xd42c3985415fe3c33d0f0749432682c56d039cfb7a2286e4db68b4b1a46aa79d")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func (freeDataVault *FreeDataVault) UnpackAlreadyCommittedError(raw []byte) (*FreeDataVaultAlreadyCommitted, error) {
	out := new(FreeDataVaultAlreadyCommitted)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultAlreadySeeded represents a AlreadySeeded error raised by the FreeDataVault contract.
type FreeDataVaultAlreadySeeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySeeded()
func FreeDataVaultAlreadySeededErrorID() common.Hash {
	return common.HexToHash("0x4313f1c8bc5ea67fdff2074bee21e45f0b4fa6c59c419a19880dca27bafc1f7c")
}

// UnpackAlreadySeededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySeeded()
func (freeDataVault *FreeDataVault) UnpackAlreadySeededError(raw []byte) (*FreeDataVaultAlreadySeeded, error) {
	out := new(FreeDataVaultAlreadySeeded)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "AlreadySeeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultAlreadyValidator represents a AlreadyValidator error raised by the FreeDataVault contract.
type FreeDataVaultAlreadyValidator struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyValidator(address validator)
func FreeDataVaultAlreadyValidatorErrorID() common.Hash {
	return common.HexToHash("0x59615ad3a367eab8dcd25f6daa9f268c32bc6203d8155d625b9eb74607972291")
}

// UnpackAlreadyValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyValidator(address validator)
func (freeDataVault *FreeDataVault) UnpackAlreadyValidatorError(raw []byte) (*FreeDataVaultAlreadyValidator, error) {
	out := new(FreeDataVaultAlreadyValidator)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "AlreadyValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultClassMismatch represents a ClassMismatch error raised by the FreeDataVault contract.
type FreeDataVaultClassMismatch struct {
	FromClass *big.Int
	ToClass   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func FreeDataVaultClassMismatchErrorID() common.Hash {
	return common.HexToHash("0x9011b828b69d781e3674d1eb38afb8ac58660ec360207e459b2bddd440b7f71d")
}

// UnpackClassMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func (freeDataVault *FreeDataVault) UnpackClassMismatchError(raw []byte) (*FreeDataVaultClassMismatch, error) {
	out := new(FreeDataVaultClassMismatch)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ClassMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultClassNotFound represents a ClassNotFound error raised by the FreeDataVault contract.
type FreeDataVaultClassNotFound struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassNotFound(uint256 classId)
func FreeDataVaultClassNotFoundErrorID() common.Hash {
	return common.HexToHash("0x87a1ee84636a0c7ca354e11f38293877f9b41d84757ac8dc95e2b2877029f435")
}

// UnpackClassNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassNotFound(uint256 classId)
func (freeDataVault *FreeDataVault) UnpackClassNotFoundError(raw []byte) (*FreeDataVaultClassNotFound, error) {
	out := new(FreeDataVaultClassNotFound)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ClassNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultCommitmentMismatch represents a CommitmentMismatch error raised by the FreeDataVault contract.
type FreeDataVaultCommitmentMismatch struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func FreeDataVaultCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func (freeDataVault *FreeDataVault) UnpackCommitmentMismatchError(raw []byte) (*FreeDataVaultCommitmentMismatch, error) {
	out := new(FreeDataVaultCommitmentMismatch)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultDeviceAlreadyRegistered represents a DeviceAlreadyRegistered error raised by the FreeDataVault contract.
type FreeDataVaultDeviceAlreadyRegistered struct {
	Device   common.Address
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func FreeDataVaultDeviceAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x77db65d3bb2ac98d141dd141cdf52fa9ecfec8f895ee5a026c6f488e18d1ee04")
}

// UnpackDeviceAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func (freeDataVault *FreeDataVault) UnpackDeviceAlreadyRegisteredError(raw []byte) (*FreeDataVaultDeviceAlreadyRegistered, error) {
	out := new(FreeDataVaultDeviceAlreadyRegistered)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "DeviceAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultDeviceInactive represents a DeviceInactive error raised by the FreeDataVault contract.
type FreeDataVaultDeviceInactive struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceInactive(address device)
func FreeDataVaultDeviceInactiveErrorID() common.Hash {
	return common.HexToHash("0x9772084548a0cbb56bf5d6693df146e85de28894e799fd6a569c842fcf1f15bf")
}

// UnpackDeviceInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceInactive(address device)
func (freeDataVault *FreeDataVault) UnpackDeviceInactiveError(raw []byte) (*FreeDataVaultDeviceInactive, error) {
	out := new(FreeDataVaultDeviceInactive)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "DeviceInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultDeviceNotFound represents a DeviceNotFound error raised by the FreeDataVault contract.
type FreeDataVaultDeviceNotFound struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceNotFound(address device)
func FreeDataVaultDeviceNotFoundErrorID() common.Hash {
	return common.HexToHash("0xa6b01d55f7528b060ca60ecc627c157cbdbdf396db3312d2de2fa68ea68ad8b0")
}

// UnpackDeviceNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceNotFound(address device)
func (freeDataVault *FreeDataVault) UnpackDeviceNotFoundError(raw []byte) (*FreeDataVaultDeviceNotFound, error) {
	out := new(FreeDataVaultDeviceNotFound)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "DeviceNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the FreeDataVault contract.
type FreeDataVaultERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func FreeDataVaultERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (freeDataVault *FreeDataVault) UnpackERC20InsufficientAllowanceError(raw []byte) (*FreeDataVaultERC20InsufficientAllowance, error) {
	out := new(FreeDataVaultERC20InsufficientAllowance)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the FreeDataVault contract.
type FreeDataVaultERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func FreeDataVaultERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (freeDataVault *FreeDataVault) UnpackERC20InsufficientBalanceError(raw []byte) (*FreeDataVaultERC20InsufficientBalance, error) {
	out := new(FreeDataVaultERC20InsufficientBalance)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultERC20InvalidApprover represents a ERC20InvalidApprover error raised by the FreeDataVault contract.
type FreeDataVaultERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func FreeDataVaultERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (freeDataVault *FreeDataVault) UnpackERC20InvalidApproverError(raw []byte) (*FreeDataVaultERC20InvalidApprover, error) {
	out := new(FreeDataVaultERC20InvalidApprover)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the FreeDataVault contract.
type FreeDataVaultERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func FreeDataVaultERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (freeDataVault *FreeDataVault) UnpackERC20InvalidReceiverError(raw []byte) (*FreeDataVaultERC20InvalidReceiver, error) {
	out := new(FreeDataVaultERC20InvalidReceiver)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultERC20InvalidSender represents a ERC20InvalidSender error raised by the FreeDataVault contract.
type FreeDataVaultERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func FreeDataVaultERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (freeDataVault *FreeDataVault) UnpackERC20InvalidSenderError(raw []byte) (*FreeDataVaultERC20InvalidSender, error) {
	out := new(FreeDataVaultERC20InvalidSender)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultERC20InvalidSpender represents a ERC20InvalidSpender error raised by the FreeDataVault contract.
type FreeDataVaultERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func FreeDataVaultERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (freeDataVault *FreeDataVault) UnpackERC20InvalidSpenderError(raw []byte) (*FreeDataVaultERC20InvalidSpender, error) {
	out := new(FreeDataVaultERC20InvalidSpender)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultERC4626ExceededMaxDeposit represents a ERC4626ExceededMaxDeposit error raised by the FreeDataVault contract.
type FreeDataVaultERC4626ExceededMaxDeposit struct {
	Receiver common.Address
	Assets   *big.Int
	Max      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC4626ExceededMaxDeposit(address receiver, uint256 assets, uint256 max)
func FreeDataVaultERC4626ExceededMaxDepositErrorID() common.Hash {
	return common.HexToHash("0x79012fb2819fcdc1de669c08773dbcd6bdc757862642f75fb1c584dadf259dfe")
}

// UnpackERC4626ExceededMaxDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC4626ExceededMaxDeposit(address receiver, uint256 assets, uint256 max)
func (freeDataVault *FreeDataVault) UnpackERC4626ExceededMaxDepositError(raw []byte) (*FreeDataVaultERC4626ExceededMaxDeposit, error) {
	out := new(FreeDataVaultERC4626ExceededMaxDeposit)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ERC4626ExceededMaxDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultERC4626ExceededMaxMint represents a ERC4626ExceededMaxMint error raised by the FreeDataVault contract.
type FreeDataVaultERC4626ExceededMaxMint struct {
	Receiver common.Address
	Shares   *big.Int
	Max      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC4626ExceededMaxMint(address receiver, uint256 shares, uint256 max)
func FreeDataVaultERC4626ExceededMaxMintErrorID() common.Hash {
	return common.HexToHash("0x284ff667dc615a39438518c22e8955b9470327d9de8a4d7e21c926b260d65176")
}

// UnpackERC4626ExceededMaxMintError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC4626ExceededMaxMint(address receiver, uint256 shares, uint256 max)
func (freeDataVault *FreeDataVault) UnpackERC4626ExceededMaxMintError(raw []byte) (*FreeDataVaultERC4626ExceededMaxMint, error) {
	out := new(FreeDataVaultERC4626ExceededMaxMint)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ERC4626ExceededMaxMint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultERC4626ExceededMaxRedeem represents a ERC4626ExceededMaxRedeem error raised by the FreeDataVault contract.
type FreeDataVaultERC4626ExceededMaxRedeem struct {
	Owner  common.Address
	Shares *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC4626ExceededMaxRedeem(address owner, uint256 shares, uint256 max)
func FreeDataVaultERC4626ExceededMaxRedeemErrorID() common.Hash {
	return common.HexToHash("0xb94abeec0557d36b5f0bc8f115deec7b184dcbff94ac66d55e37c8f301e75269")
}

// UnpackERC4626ExceededMaxRedeemError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC4626ExceededMaxRedeem(address owner, uint256 shares, uint256 max)
func (freeDataVault *FreeDataVault) UnpackERC4626ExceededMaxRedeemError(raw []byte) (*FreeDataVaultERC4626ExceededMaxRedeem, error) {
	out := new(FreeDataVaultERC4626ExceededMaxRedeem)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ERC4626ExceededMaxRedeem", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultERC4626ExceededMaxWithdraw represents a ERC4626ExceededMaxWithdraw error raised by the FreeDataVault contract.
type FreeDataVaultERC4626ExceededMaxWithdraw struct {
	Owner  common.Address
	Assets *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC4626ExceededMaxWithdraw(address owner, uint256 assets, uint256 max)
func FreeDataVaultERC4626ExceededMaxWithdrawErrorID() common.Hash {
	return common.HexToHash("0xfe9cceec2bd1f9b68641914cc354eacaeb1cc2169f5ba0639930f241e87142f0")
}

// UnpackERC4626ExceededMaxWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC4626ExceededMaxWithdraw(address owner, uint256 assets, uint256 max)
func (freeDataVault *FreeDataVault) UnpackERC4626ExceededMaxWithdrawError(raw []byte) (*FreeDataVaultERC4626ExceededMaxWithdraw, error) {
	out := new(FreeDataVaultERC4626ExceededMaxWithdraw)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ERC4626ExceededMaxWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultEpochAlreadySettled represents a EpochAlreadySettled error raised by the FreeDataVault contract.
type FreeDataVaultEpochAlreadySettled struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func FreeDataVaultEpochAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xbe076367f7cc6da37b43590ad1d0f9cae441a445cbfbde63a2125871c5538baa")
}

// UnpackEpochAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func (freeDataVault *FreeDataVault) UnpackEpochAlreadySettledError(raw []byte) (*FreeDataVaultEpochAlreadySettled, error) {
	out := new(FreeDataVaultEpochAlreadySettled)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "EpochAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultEpochNotOver represents a EpochNotOver error raised by the FreeDataVault contract.
type FreeDataVaultEpochNotOver struct {
	Epoch  *big.Int
	EndsAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func FreeDataVaultEpochNotOverErrorID() common.Hash {
	return common.HexToHash("0xf562b22bef3c5419719d9f101f096339895b98e42bcc2fce94f611b3202c9f69")
}

// UnpackEpochNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func (freeDataVault *FreeDataVault) UnpackEpochNotOverError(raw []byte) (*FreeDataVaultEpochNotOver, error) {
	out := new(FreeDataVaultEpochNotOver)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "EpochNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultExitPending represents a ExitPending error raised by the FreeDataVault contract.
type FreeDataVaultExitPending struct {
	Validator   common.Address
	AvailableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func FreeDataVaultExitPendingErrorID() common.Hash {
	return common.HexToHash("0x4ac6d28d41ff508efea2f41ac35f11d8b064887b16e82ab440b94dcaa89185b5")
}

// UnpackExitPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func (freeDataVault *FreeDataVault) UnpackExitPendingError(raw []byte) (*FreeDataVaultExitPending, error) {
	out := new(FreeDataVaultExitPending)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ExitPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultInsufficientFunds represents a InsufficientFunds error raised by the FreeDataVault contract.
type FreeDataVaultInsufficientFunds struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func FreeDataVaultInsufficientFundsErrorID() common.Hash {
	return common.HexToHash("0x03eb8b54a949acec2cd08fdb6d6bd4647a1f2c907d75d6900648effa92eb147f")
}

// UnpackInsufficientFundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func (freeDataVault *FreeDataVault) UnpackInsufficientFundsError(raw []byte) (*FreeDataVaultInsufficientFunds, error) {
	out := new(FreeDataVaultInsufficientFunds)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "InsufficientFunds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultInsufficientStake represents a InsufficientStake error raised by the FreeDataVault contract.
type FreeDataVaultInsufficientStake struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func FreeDataVaultInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func (freeDataVault *FreeDataVault) UnpackInsufficientStakeError(raw []byte) (*FreeDataVaultInsufficientStake, error) {
	out := new(FreeDataVaultInsufficientStake)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultInsufficientValue represents a InsufficientValue error raised by the FreeDataVault contract.
type FreeDataVaultInsufficientValue struct {
	TokenId   *big.Int
	Available *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func FreeDataVaultInsufficientValueErrorID() common.Hash {
	return common.HexToHash("0x5e7ad06bc2adde71395af078bd0ebba7ccf934b2ec92b75fa4543515d42d3cca")
}

// UnpackInsufficientValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func (freeDataVault *FreeDataVault) UnpackInsufficientValueError(raw []byte) (*FreeDataVaultInsufficientValue, error) {
	out := new(FreeDataVaultInsufficientValue)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "InsufficientValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultInvalidInput represents a InvalidInput error raised by the FreeDataVault contract.
type FreeDataVaultInvalidInput struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInput(string what)
func FreeDataVaultInvalidInputErrorID() common.Hash {
	return common.HexToHash("0xd647364f6372634b5b80f364ade32a6f36738fbd78295784181d4149356c4e7b")
}

// UnpackInvalidInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInput(string what)
func (freeDataVault *FreeDataVault) UnpackInvalidInputError(raw []byte) (*FreeDataVaultInvalidInput, error) {
	out := new(FreeDataVaultInvalidInput)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "InvalidInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultInvalidProof represents a InvalidProof error raised by the FreeDataVault contract.
type FreeDataVaultInvalidProof struct {
	TokenId   *big.Int
	ProofType [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func FreeDataVaultInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x9996e7c96fb3025cd8786253959e62a4b21034ad7549bb1ef6e591e793c11711")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func (freeDataVault *FreeDataVault) UnpackInvalidProofError(raw []byte) (*FreeDataVaultInvalidProof, error) {
	out := new(FreeDataVaultInvalidProof)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultInvalidSignature represents a InvalidSignature error raised by the FreeDataVault contract.
type FreeDataVaultInvalidSignature struct {
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func FreeDataVaultInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x42d750dc54bbceaa353a28b4229a6ea77f66d73de45149ec99e1f81ce80ca45b")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func (freeDataVault *FreeDataVault) UnpackInvalidSignatureError(raw []byte) (*FreeDataVaultInvalidSignature, error) {
	out := new(FreeDataVaultInvalidSignature)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultLengthMismatch represents a LengthMismatch error raised by the FreeDataVault contract.
type FreeDataVaultLengthMismatch struct {
	A *big.Int
	B *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func FreeDataVaultLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func (freeDataVault *FreeDataVault) UnpackLengthMismatchError(raw []byte) (*FreeDataVaultLengthMismatch, error) {
	out := new(FreeDataVaultLengthMismatch)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultNoCommitment represents a NoCommitment error raised by the FreeDataVault contract.
type FreeDataVaultNoCommitment struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func FreeDataVaultNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x8c459fde07645d92528e3f45fdc0ab2be9322ec099b9d01ab03b8d6b70c5e2fa")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func (freeDataVault *FreeDataVault) UnpackNoCommitmentError(raw []byte) (*FreeDataVaultNoCommitment, error) {
	out := new(FreeDataVaultNoCommitment)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultNoShareInClass represents a NoShareInClass error raised by the FreeDataVault contract.
type FreeDataVaultNoShareInClass struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoShareInClass(uint256 classId)
func FreeDataVaultNoShareInClassErrorID() common.Hash {
	return common.HexToHash("0xd0d1caaaf830d253fcb74b2802e393ff3dcd35a126f6611201f693df7900f2ad")
}

// UnpackNoShareInClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoShareInClass(uint256 classId)
func (freeDataVault *FreeDataVault) UnpackNoShareInClassError(raw []byte) (*FreeDataVaultNoShareInClass, error) {
	out := new(FreeDataVaultNoShareInClass)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "NoShareInClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultNotContributor represents a NotContributor error raised by the FreeDataVault contract.
type FreeDataVaultNotContributor struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func FreeDataVaultNotContributorErrorID() common.Hash {
	return common.HexToHash("0xc0fb39988c732c0bd01a7a022c4cf81f5a39219dce16e0f51a44e86355fb4cde")
}

// UnpackNotContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func (freeDataVault *FreeDataVault) UnpackNotContributorError(raw []byte) (*FreeDataVaultNotContributor, error) {
	out := new(FreeDataVaultNotContributor)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "NotContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultNotOwnerOrOperator represents a NotOwnerOrOperator error raised by the FreeDataVault contract.
type FreeDataVaultNotOwnerOrOperator struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func FreeDataVaultNotOwnerOrOperatorErrorID() common.Hash {
	return common.HexToHash("0x479bf1ea80dc1cbb03744c5b07db4cd890071cdc412528d41073da00e1c6f78b")
}

// UnpackNotOwnerOrOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func (freeDataVault *FreeDataVault) UnpackNotOwnerOrOperatorError(raw []byte) (*FreeDataVaultNotOwnerOrOperator, error) {
	out := new(FreeDataVaultNotOwnerOrOperator)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "NotOwnerOrOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultNotPending represents a NotPending error raised by the FreeDataVault contract.
type FreeDataVaultNotPending struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func FreeDataVaultNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func (freeDataVault *FreeDataVault) UnpackNotPendingError(raw []byte) (*FreeDataVaultNotPending, error) {
	out := new(FreeDataVaultNotPending)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultNotSeeded represents a NotSeeded error raised by the FreeDataVault contract.
type FreeDataVaultNotSeeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSeeded()
func FreeDataVaultNotSeededErrorID() common.Hash {
	return common.HexToHash("0x0f473f759f667df94c8367f58e002819308d118f555d892e37676fcaeb12ec57")
}

// UnpackNotSeededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSeeded()
func (freeDataVault *FreeDataVault) UnpackNotSeededError(raw []byte) (*FreeDataVaultNotSeeded, error) {
	out := new(FreeDataVaultNotSeeded)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "NotSeeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultNotValidator represents a NotValidator error raised by the FreeDataVault contract.
type FreeDataVaultNotValidator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidator(address caller)
func FreeDataVaultNotValidatorErrorID() common.Hash {
	return common.HexToHash("0xed3db8ac0aff2f11d9c21259b57051cec9967e78c0d61c8321b092e63647d624")
}

// UnpackNotValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidator(address caller)
func (freeDataVault *FreeDataVault) UnpackNotValidatorError(raw []byte) (*FreeDataVaultNotValidator, error) {
	out := new(FreeDataVaultNotValidator)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "NotValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultNothingToClaim represents a NothingToClaim error raised by the FreeDataVault contract.
type FreeDataVaultNothingToClaim struct {
	TokenId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func FreeDataVaultNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xb361b5fb505a1ba315c65f6d38503886d35e517bd61a26c7379c1b3a9527c464")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func (freeDataVault *FreeDataVault) UnpackNothingToClaimError(raw []byte) (*FreeDataVaultNothingToClaim, error) {
	out := new(FreeDataVaultNothingToClaim)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultNothingToWithdraw represents a NothingToWithdraw error raised by the FreeDataVault contract.
type FreeDataVaultNothingToWithdraw struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address validator)
func FreeDataVaultNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address validator)
func (freeDataVault *FreeDataVault) UnpackNothingToWithdrawError(raw []byte) (*FreeDataVaultNothingToWithdraw, error) {
	out := new(FreeDataVaultNothingToWithdraw)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultOutsideWindow represents a OutsideWindow error raised by the FreeDataVault contract.
type FreeDataVaultOutsideWindow struct {
	Round    *big.Int
	NowTs    *big.Int
	OpensAt  *big.Int
	ClosesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func FreeDataVaultOutsideWindowErrorID() common.Hash {
	return common.HexToHash("0x07af89b7c8de57c1aefe15ffeec6aa3991f4e84086fcd2901ed3b96b8774c0f4")
}

// UnpackOutsideWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func (freeDataVault *FreeDataVault) UnpackOutsideWindowError(raw []byte) (*FreeDataVaultOutsideWindow, error) {
	out := new(FreeDataVaultOutsideWindow)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "OutsideWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the FreeDataVault contract.
type FreeDataVaultReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func FreeDataVaultReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (freeDataVault *FreeDataVault) UnpackReentrancyGuardReentrantCallError(raw []byte) (*FreeDataVaultReentrancyGuardReentrantCall, error) {
	out := new(FreeDataVaultReentrancyGuardReentrantCall)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultRootAlreadyAnchored represents a RootAlreadyAnchored error raised by the FreeDataVault contract.
type FreeDataVaultRootAlreadyAnchored struct {
	MerkleRoot [32]byte
	TokenId    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func FreeDataVaultRootAlreadyAnchoredErrorID() common.Hash {
	return common.HexToHash("0x70f13f0496d98a6d01867956f871541e5a1b1705a8c34d208ecf45659d1b6dc0")
}

// UnpackRootAlreadyAnchoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func (freeDataVault *FreeDataVault) UnpackRootAlreadyAnchoredError(raw []byte) (*FreeDataVaultRootAlreadyAnchored, error) {
	out := new(FreeDataVaultRootAlreadyAnchored)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "RootAlreadyAnchored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the FreeDataVault contract.
type FreeDataVaultSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func FreeDataVaultSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (freeDataVault *FreeDataVault) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*FreeDataVaultSafeCastOverflowedUintDowncast, error) {
	out := new(FreeDataVaultSafeCastOverflowedUintDowncast)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the FreeDataVault contract.
type FreeDataVaultSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func FreeDataVaultSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (freeDataVault *FreeDataVault) UnpackSafeERC20FailedOperationError(raw []byte) (*FreeDataVaultSafeERC20FailedOperation, error) {
	out := new(FreeDataVaultSafeERC20FailedOperation)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultSettlementTooSmall represents a SettlementTooSmall error raised by the FreeDataVault contract.
type FreeDataVaultSettlementTooSmall struct {
	Amount  *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func FreeDataVaultSettlementTooSmallErrorID() common.Hash {
	return common.HexToHash("0x305ce08841342db3d1d6d66c506af5df9b957b0575353614644e79ffb9274725")
}

// UnpackSettlementTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func (freeDataVault *FreeDataVault) UnpackSettlementTooSmallError(raw []byte) (*FreeDataVaultSettlementTooSmall, error) {
	out := new(FreeDataVaultSettlementTooSmall)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "SettlementTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultSignatureExpired represents a SignatureExpired error raised by the FreeDataVault contract.
type FreeDataVaultSignatureExpired struct {
	Deadline uint64
	NowTs    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func FreeDataVaultSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xbfedba505f31ce2b5fc078ac87cf95474a68cb2e894d4efcb8f6e8e5fbba5b1e")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func (freeDataVault *FreeDataVault) UnpackSignatureExpiredError(raw []byte) (*FreeDataVaultSignatureExpired, error) {
	out := new(FreeDataVaultSignatureExpired)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultSnapshotLimit represents a SnapshotLimit error raised by the FreeDataVault contract.
type FreeDataVaultSnapshotLimit struct {
	ClassId      *big.Int
	MaxSnapshots *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func FreeDataVaultSnapshotLimitErrorID() common.Hash {
	return common.HexToHash("0xda15cba7986fc14490e1424c86146c915b10b0348a5fa089102f01c2444dc097")
}

// UnpackSnapshotLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func (freeDataVault *FreeDataVault) UnpackSnapshotLimitError(raw []byte) (*FreeDataVaultSnapshotLimit, error) {
	out := new(FreeDataVaultSnapshotLimit)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "SnapshotLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultThresholdOutOfRange represents a ThresholdOutOfRange error raised by the FreeDataVault contract.
type FreeDataVaultThresholdOutOfRange struct {
	TokenId   *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func FreeDataVaultThresholdOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8c883479505792c6824fe707eaf690d680b3b6a767cdb95b00e496c0001e48b5")
}

// UnpackThresholdOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func (freeDataVault *FreeDataVault) UnpackThresholdOutOfRangeError(raw []byte) (*FreeDataVaultThresholdOutOfRange, error) {
	out := new(FreeDataVaultThresholdOutOfRange)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ThresholdOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultTokenExpired represents a TokenExpired error raised by the FreeDataVault contract.
type FreeDataVaultTokenExpired struct {
	TokenId  *big.Int
	ExpireAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func FreeDataVaultTokenExpiredErrorID() common.Hash {
	return common.HexToHash("0x891302ba9fe80b8e99f5bef58597fd8938d0e0005ae27745cd34f097e8db69c7")
}

// UnpackTokenExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func (freeDataVault *FreeDataVault) UnpackTokenExpiredError(raw []byte) (*FreeDataVaultTokenExpired, error) {
	out := new(FreeDataVaultTokenExpired)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "TokenExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultTokenNotFinalized represents a TokenNotFinalized error raised by the FreeDataVault contract.
type FreeDataVaultTokenNotFinalized struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func FreeDataVaultTokenNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x3753b3f91524b52d85bfedbfa72f35a5f00618d283d299446160ace8d00875b5")
}

// UnpackTokenNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func (freeDataVault *FreeDataVault) UnpackTokenNotFinalizedError(raw []byte) (*FreeDataVaultTokenNotFinalized, error) {
	out := new(FreeDataVaultTokenNotFinalized)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "TokenNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultTokenNotFound represents a TokenNotFound error raised by the FreeDataVault contract.
type FreeDataVaultTokenNotFound struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func FreeDataVaultTokenNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6caeb130d3a0b454045ba4dd4db925f61c465b67a276749b3f04383e5316246c")
}

// UnpackTokenNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func (freeDataVault *FreeDataVault) UnpackTokenNotFoundError(raw []byte) (*FreeDataVaultTokenNotFound, error) {
	out := new(FreeDataVaultTokenNotFound)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "TokenNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultTooManyValidators represents a TooManyValidators error raised by the FreeDataVault contract.
type FreeDataVaultTooManyValidators struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyValidators(uint256 max)
func FreeDataVaultTooManyValidatorsErrorID() common.Hash {
	return common.HexToHash("0x628fb2b997b1baecc4ef1763c10c38f1af2e763429dfedc06287049ce877d5fe")
}

// UnpackTooManyValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyValidators(uint256 max)
func (freeDataVault *FreeDataVault) UnpackTooManyValidatorsError(raw []byte) (*FreeDataVaultTooManyValidators, error) {
	out := new(FreeDataVaultTooManyValidators)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "TooManyValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultTransferFailed represents a TransferFailed error raised by the FreeDataVault contract.
type FreeDataVaultTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func FreeDataVaultTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (freeDataVault *FreeDataVault) UnpackTransferFailedError(raw []byte) (*FreeDataVaultTransferFailed, error) {
	out := new(FreeDataVaultTransferFailed)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultUnauthorized represents a Unauthorized error raised by the FreeDataVault contract.
type FreeDataVaultUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func FreeDataVaultUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (freeDataVault *FreeDataVault) UnpackUnauthorizedError(raw []byte) (*FreeDataVaultUnauthorized, error) {
	out := new(FreeDataVaultUnauthorized)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultUnsupportedAsset represents a UnsupportedAsset error raised by the FreeDataVault contract.
type FreeDataVaultUnsupportedAsset struct {
	ClassId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func FreeDataVaultUnsupportedAssetErrorID() common.Hash {
	return common.HexToHash("0x2925b16cc2fff5c14f9f6931ca0c594fc5d4523ba6075c2f2bd4c3a0b5e3b9d6")
}

// UnpackUnsupportedAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func (freeDataVault *FreeDataVault) UnpackUnsupportedAssetError(raw []byte) (*FreeDataVaultUnsupportedAsset, error) {
	out := new(FreeDataVaultUnsupportedAsset)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "UnsupportedAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultValueTooLarge represents a ValueTooLarge error raised by the FreeDataVault contract.
type FreeDataVaultValueTooLarge struct {
	Value *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func FreeDataVaultValueTooLargeErrorID() common.Hash {
	return common.HexToHash("0x280b172ca53e20bb4a0ad96a42060f5f5e423bb4490f277df4246e71c3fb1a06")
}

// UnpackValueTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func (freeDataVault *FreeDataVault) UnpackValueTooLargeError(raw []byte) (*FreeDataVaultValueTooLarge, error) {
	out := new(FreeDataVaultValueTooLarge)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "ValueTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FreeDataVaultWrongRound represents a WrongRound error raised by the FreeDataVault contract.
type FreeDataVaultWrongRound struct {
	TokenId    *big.Int
	TokenRound *big.Int
	Round      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func FreeDataVaultWrongRoundErrorID() common.Hash {
	return common.HexToHash("0x8f008d76aaff098a7d218ffd6923e67fae3b03b645af4a1f3ecc888b185006cd")
}

// UnpackWrongRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func (freeDataVault *FreeDataVault) UnpackWrongRoundError(raw []byte) (*FreeDataVaultWrongRound, error) {
	out := new(FreeDataVaultWrongRound)
	if err := freeDataVault.abi.UnpackIntoInterface(out, "WrongRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}
