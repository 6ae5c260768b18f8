// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package deviceregistry

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

// DeviceRegistryDevice is an auto generated low-level Go binding around an user-defined struct.
type DeviceRegistryDevice struct {
	Operator     common.Address
	H3Cell       uint64
	DeviceType   uint8
	Active       bool
	Suspended    bool
	RegisteredAt uint64
	Nonce        uint64
}

// DeviceRegistryOnboarding is an auto generated low-level Go binding around an user-defined struct.
type DeviceRegistryOnboarding struct {
	Device     common.Address
	H3Cell     uint64
	DeviceType uint8
	Deadline   uint64
	Signature  []byte
}

// DeviceRegistryMetaData contains all meta data concerning the DeviceRegistry contract.
var DeviceRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromClass\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toClass\",\"type\":\"uint256\"}],\"name\":\"ClassMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"ClassNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"DeviceAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"InvalidInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"NoShareInClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"OutsideWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"RootAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"SettlementTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxSnapshots\",\"type\":\"uint256\"}],\"name\":\"SnapshotLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"ThresholdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"TokenExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TokenNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TokenNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnsupportedAsset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenRound\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"WrongRound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"DeviceActiveSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"h3Cell\",\"type\":\"uint64\"}],\"name\":\"DeviceMoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"h3Cell\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"deviceType\",\"type\":\"uint8\"}],\"name\":\"DeviceOnboarded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"suspended\",\"type\":\"bool\"}],\"name\":\"DeviceSuspended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"OperatorTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MOVE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ONBOARD_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deviceCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"deviceOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"h3Cell\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"deviceType\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"suspended\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structDeviceRegistry.Device\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"deviceStatus\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"h3Cell\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"move\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"h3Cell\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"deviceType\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"onboard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"h3Cell\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"deviceType\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structDeviceRegistry.Onboarding[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"onboardMany\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"registered\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"suspended\",\"type\":\"bool\"}],\"name\":\"setSuspended\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DeviceRegistry",
	Bin: "0x61016080604052346101bd57604081611f4f803803809161002082856101c1565b8339810103126101bd5780519065ffffffffffff821682036101bd57602001516001600160a01b0381168082036101bd57604051906100606040836101c1565b6006825260208201653230ba3834b760d11b8152604051926100836040856101c1565b600184526020840192603160f81b8452156101aa57600180546001600160d01b031660d09790971b6001600160d01b03191696909617909555610158946100c9856101f8565b506100d38161026a565b610120526100e08461026a565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261014960c0826101c1565b5190206080523060c052610240565b50604051611bf1908161035e82396080518161176c015260a05181611829015260c05181611736015260e051816117bb015261010051816117e1015261012051816107220152610140518161074b0152f35b636116401160e11b5f525f60045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176101e457604052565b634e487b7160e01b5f52604160045260245ffd5b600254906001600160a01b038216610231576001600160a01b03199091166001600160a01b0382161760025561022e905f6102d5565b90565b631fe1e13d60e11b5f5260045ffd5b61022e907f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a50416102d5565b601f815111610295576020815191015160208210610286571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16610357575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a7146111f957508063022d63fb146111dc5780630aa6220b1461114a5780630fe5cc81146111105780631eb7596314610f9b578063248a9ca314610f7157806324ea54f414610f375780632ce962cf14610ecb5780632f2ff15d14610e8857806336568abe14610da55780633e63daa214610cfc5780634e81c85914610c9a57806352b9fa7914610b8e578063535bca9a14610b715780635f72155f14610a6e578063634e93da1461099b578063649a5ec71461080257806384b0196e1461070a57806384ef8ffc146106e25780638da5cb5b146106e257806391d148541461069a578063924f39ca146105ed578063a1eda53c1461058b578063a217fddf14610571578063ba708bc1146103a6578063cc8463c81461037c578063cefc1429146102d0578063cf6eefb714610296578063d547741f1461023d578063d602b9fd146101dc578063e00c961d146101a25763f698da251461017c575f80fd5b3461019e575f36600319011261019e576020610196611733565b604051908152f35b5f80fd5b3461019e575f36600319011261019e5760206040517f3dd710c7e6447d575f4110ef977757ca8e0ff8311bbad7f28c926e8d3cb6615d8152f35b3461019e575f36600319011261019e576101f461143d565b65ffffffffffff61020361141e565b90508160d01b600154166001551661021757005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1005b3461019e57604036600319011261019e57600435610259611266565b8115610287578161028061027b610285945f525f602052600160405f20015490565b61148c565b611900565b005b631fe1e13d60e11b5f5260045ffd5b3461019e575f36600319011261019e57604065ffffffffffff6102b761141e565b83516001600160a01b0390921682529091166020820152f35b3461019e575f36600319011261019e576102e861141e565b506001600160a01b031633036103695765ffffffffffff61030761141e565b91909116908115801561035f575b61034c576002546103399190610333906001600160a01b03166118ca565b5061184f565b50600180546001600160d01b0319169055005b506319ca5ebb60e01b5f5260045260245ffd5b5042821015610315565b636116401160e11b5f523360045260245ffd5b3461019e575f36600319011261019e5760206103966113e5565b65ffffffffffff60405191168152f35b3461019e57608036600319011261019e576103bf61127c565b6103c76112e5565b604435906001600160401b03821680920361019e576064356001600160401b03811161019e576103fb9036906004016112fb565b6104048561169c565b9142851061055a576020956104b46104ab60018601946104a586549561049d6001600160401b038860401c16966040519d8e01907f3882f41d9e1b76a9e842e6edda22349fa28297b6fb6653233f993c2b99e15c6a825260018060a01b03169d8e60408201526001600160401b038d169d8e606083015289608083015260a082015260a0815261049560c08261137f565b51902061170d565b9236916113a0565b906119ab565b909291926119e5565b6001600160a01b0316878103610544575067ffffffffffffffff60401b19909116600190910160401b67ffffffffffffffff60401b16179055805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b169190911790557fe353726bbc1789f28feabf19eb5ec60ea4e33f4b7b5e1e3d489cb8ef4ec62e7590602090604051908152a2005b876310b5d43760e21b5f5260045260245260445ffd5b84630bfedba560e41b5f526004524260245260445ffd5b3461019e575f36600319011261019e5760206040515f8152f35b3461019e575f36600319011261019e576002548060d01c90811515806105e3575b156105d95760a01c65ffffffffffff165b6040805165ffffffffffff928316815292909116602083015290f35b50505f5f906105bd565b50428210156105ac565b3461019e5760a036600319011261019e5761060661127c565b61060e6112e5565b6044359060ff8216820361019e576064356001600160401b038116810361019e576084356001600160401b03811161019e5761064e9036906004016112fb565b6001600160a01b038681165f8181526005602052604090208054909216979296939592919088610683575061028597506114c4565b88906377db65d360e01b5f5260045260245260445ffd5b3461019e57604036600319011261019e576106b3611266565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b3461019e575f36600319011261019e576002546040516001600160a01b039091168152602090f35b3461019e575f36600319011261019e576107a66107467f000000000000000000000000000000000000000000000000000000000000000061196d565b61076f7f000000000000000000000000000000000000000000000000000000000000000061196d565b60206107b460405192610782838561137f565b5f84525f368137604051958695600f60f81b875260e08588015260e08701906112c1565b9085820360408701526112c1565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b8281106107eb57505050500390f35b8351855286955093810193928101926001016107dc565b3461019e57602036600319011261019e5760043565ffffffffffff81169081810361019e5761082f61143d565b6108384261193e565b9165ffffffffffff6108486113e5565b168082111561094d57507ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9265ffffffffffff8262069780806108959510911802620697801816906116ef565b906002548060d01c806108f1575b5050600280546001600160a01b031660a083901b65ffffffffffff60a01b161760d084901b6001600160d01b0319161790556040805165ffffffffffff9283168152919092166020820152a1005b42111561092357600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b83806108a3565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a161091c565b0365ffffffffffff8111610987577ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9261089591906116ef565b634e487b7160e01b5f52601160045260245ffd5b3461019e57602036600319011261019e576109b461127c565b6109bc61143d565b7f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed660206109f96109eb4261193e565b6109f36113e5565b906116ef565b65ffffffffffff610a0861141e565b6001805460d085901b166001600160a01b0390981697881785851660a01b179055919091169050610a45575b65ffffffffffff60405191168152a2005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1610a34565b3461019e57610a7c36611292565b335f9081527f8a40f0b47fdc2a0ce293b772acfc7508c8315a4d462786c1adc3a56f92ca2d05602052604090205490919060ff1615610b3a576001600160a01b039081165f818152600560205260409020805491939092909190811615610b275760ff60f01b191690151560f081901b60ff60f01b16919091179091556040519081527f377962b21daae9701970a7ce8e56b96abafac55f0b920a687c80d5bbbba750bc90602090a2005b8363a6b01d5560e01b5f5260045260245ffd5b63e2517d3f60e01b5f52336004527f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504160245260445ffd5b3461019e575f36600319011261019e576020600654604051908152f35b3461019e57602036600319011261019e57610ba761127c565b5f60c0604051610bb681611350565b8281528260208201528260408201528260608201528260808201528260a0820152015260018060a01b03165f52600560205260e060405f206001600160401b0360405191610c0383611350565b8181549360018060a01b038516948582526020820193838260a01c16855260ff6040840181848b1c1681528560016060870194848760e81c161515865284608089019760f01c16151587520154978160c060a0890198828c168a52019960401c1689526040519a8b52511660208a01525116604088015251151560608701525115156080860152511660a0840152511660c0820152f35b3461019e57602036600319011261019e576001600160a01b03610cbb61127c565b165f5260056020526040805f205460ff8160e81c1680610cee575b82516001600160a01b03909216825215156020820152f35b5060ff8160f01c1615610cd6565b3461019e57604036600319011261019e57610d1561127c565b610d1d611266565b90610d278161169c565b6001600160a01b03909216918215610d7a5780546001600160a01b0319168317905533906001600160a01b03167fdcebe0e81660c57006564f1efcd9d75ef43153d5e5288167adbd81d8b146f1fa5f80a4005b60405163d647364f60e01b8152602060048201526002602482015261746f60f01b6044820152606490fd5b3461019e57604036600319011261019e57600435610dc1611266565b811580610e71575b610df6575b336001600160a01b03821603610de75761028591611900565b63334bd91960e11b5f5260045ffd5b610dfe61141e565b906001600160a01b031615801590610e61575b8015610e4f575b610e3457506001805465ffffffffffff60a01b19169055610dce565b65ffffffffffff906319ca5ebb60e01b5f521660045260245ffd5b504265ffffffffffff82161015610e18565b5065ffffffffffff811615610e11565b506002546001600160a01b03828116911614610dc9565b3461019e57604036600319011261019e57600435610ea4611266565b81156102875781610ec661027b610285945f525f602052600160405f20015490565b611888565b3461019e5760207f417def42b64ad6a1c2f15d12edfbf30a1dee0302b9296730c6086152a8611ef7610efc36611292565b9290610f078161169c565b805460ff60e81b191694151560e881901b60ff60e81b169590951790556040519384526001600160a01b031692a2005b3461019e575f36600319011261019e5760206040517f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a50418152f35b3461019e57602036600319011261019e5760206101966004355f525f602052600160405f20015490565b3461019e57602036600319011261019e576004356001600160401b03811161019e573660238201121561019e578060040135906001600160401b03821161019e573660248360051b8301011161019e57905f5f9260c21981360301915b838510156111055760248560051b830101358381121561019e5782019060248201906001600160a01b0361102b83611328565b165f52600560205260405f209160018060a01b038354163381146110f757806110d1575061105890611328565b916110656044850161133c565b93606481013560ff8116810361019e576110816084830161133c565b9160a4810135604219368390030181121561019e5701602401803592906001600160401b03841161019e5760200191833603831361019e5760019788976110c7966114c4565b01945b0193610ff8565b6110da82611328565b6377db65d360e01b5f5260018060a01b031660045260245260445ffd5b5050959050600191506110ca565b602090604051908152f35b3461019e575f36600319011261019e5760206040517f3882f41d9e1b76a9e842e6edda22349fa28297b6fb6653233f993c2b99e15c6a8152f35b3461019e575f36600319011261019e5761116261143d565b6002548060d01c80611180575b600280546001600160a01b03169055005b4211156111b257600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b808061116f565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a16111ab565b3461019e575f36600319011261019e576020604051620697808152f35b3461019e57602036600319011261019e576004359063ffffffff60e01b821680920361019e576020916318a4c3c360e11b811490811561123b575b5015158152f35b637965db0b60e01b811491508115611255575b5083611234565b6301ffc9a760e01b1490508361124e565b602435906001600160a01b038216820361019e57565b600435906001600160a01b038216820361019e57565b604090600319011261019e576004356001600160a01b038116810361019e5790602435801515810361019e5790565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b602435906001600160401b038216820361019e57565b9181601f8401121561019e578235916001600160401b03831161019e576020838186019501011161019e57565b356001600160a01b038116810361019e5790565b356001600160401b038116810361019e5790565b60e081019081106001600160401b0382111761136b57604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b0382111761136b57604052565b9291926001600160401b03821161136b57604051916113c9601f8201601f19166020018461137f565b82948184528183011161019e578281602093845f960137010152565b6002548060d01c8015159081611414575b501561140a5760a01c65ffffffffffff1690565b5060015460d01c90565b905042115f6113f6565b6001546001600160a01b0381169160a09190911c65ffffffffffff1690565b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff161561147557565b63e2517d3f60e01b5f52336004525f60245260445ffd5b5f8181526020818152604080832033845290915290205460ff16156114ae5750565b63e2517d3f60e01b5f523360045260245260445ffd5b929190936001600160401b0390969596169342851061055a576001600160a01b03169485158015611691575b611662576104ab61156a916104a56040519961049d8b8b604060208301927f3dd710c7e6447d575f4110ef977757ca8e0ff8311bbad7f28c926e8d3cb6615d845201528c6060339101526001600160401b0388169c8d608082015260ff8a169b8c60a083015260c082015260c0815261049560e08261137f565b6001600160a01b031685810361164c5750825467ffffffffffffffff60a01b1933166001600160e01b03199091161760a09190911b67ffffffffffffffff60a01b16178255815461ffff60e01b191660e09190911b60ff60e01b1617600160e81b1781556001600160401b034211611634576001016001600160401b0342166001600160401b031982541617905560016006540160065560405192835260208301527f9e3ee94408c1db3ba945a97f66b4f3026976e6d2f4f91033c1c1a7b860e9c73d60403393a3565b6306dfcc6560e41b5f5260406004524260245260445ffd5b856310b5d43760e21b5f5260045260245260445ffd5b60405163d647364f60e01b815260206004820152600660248201526564657669636560d01b6044820152606490fd5b5060ff8316156114f0565b6001600160a01b039081165f8181526005602052604090208054909392169081156116dd575033036116ca57565b63472511eb60e11b5f523360045260245ffd5b63a6b01d5560e01b5f5260045260245ffd5b9065ffffffffffff8091169116019065ffffffffffff821161098757565b604290611718611733565b906040519161190160f01b8352600283015260228201522090565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480611826575b1561178e577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261182060c08261137f565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614611765565b600254906001600160a01b038216610287576001600160a01b03199091166001600160a01b03821617600255611885905f611a59565b90565b908115611899575b61188591611a59565b600254916001600160a01b038316610287576001600160a01b03199092166001600160a01b03821617600255611890565b60025461188591906001600160a01b038083169116146118eb575b5f611ae1565b600280546001600160a01b03191690556118e5565b9061188591801580611927575b15611ae157600280546001600160a01b0319169055611ae1565b506002546001600160a01b0383811691161461190d565b65ffffffffffff81116119565765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b60ff811690601f821161199c576040519161198960408461137f565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b81519190604183036119db576119d49250602082015190606060408401519301515f1a90611b61565b9192909190565b50505f9160029190565b6004811015611a4557806119f7575050565b60018103611a0e5763f645eedf60e01b5f5260045ffd5b60028103611a29575063fce698f760e01b5f5260045260245ffd5b600314611a335750565b6335e2f38360e21b5f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16611adb575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615611adb575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b91906fa2a8918ca85bafe22016d0b997e4df60600160ff1b038411611bd9579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15611bce575f516001600160a01b03811615611bc457905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056fea164736f6c6343000825000a",
}

// DeviceRegistry is an auto generated Go binding around an Ethereum contract.
type DeviceRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DeviceRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewDeviceRegistry creates a new instance of DeviceRegistry.
func NewDeviceRegistry() *DeviceRegistry {
	parsed, err := DeviceRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DeviceRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DeviceRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint48 adminDelay, address admin) returns()
func (deviceRegistry *DeviceRegistry) PackConstructor(adminDelay *big.Int, admin common.Address) []byte {
	enc, err := deviceRegistry.abi.Pack("", adminDelay, admin)
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
func (deviceRegistry *DeviceRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := deviceRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (deviceRegistry *DeviceRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return deviceRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (deviceRegistry *DeviceRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := deviceRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (deviceRegistry *DeviceRegistry) PackGUARDIANROLE() []byte {
	enc, err := deviceRegistry.abi.Pack("GUARDIAN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (deviceRegistry *DeviceRegistry) TryPackGUARDIANROLE() ([]byte, error) {
	return deviceRegistry.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (deviceRegistry *DeviceRegistry) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := deviceRegistry.abi.Unpack("GUARDIAN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMOVETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fe5cc81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MOVE_TYPEHASH() view returns(bytes32)
func (deviceRegistry *DeviceRegistry) PackMOVETYPEHASH() []byte {
	enc, err := deviceRegistry.abi.Pack("MOVE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMOVETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fe5cc81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MOVE_TYPEHASH() view returns(bytes32)
func (deviceRegistry *DeviceRegistry) TryPackMOVETYPEHASH() ([]byte, error) {
	return deviceRegistry.abi.Pack("MOVE_TYPEHASH")
}

// UnpackMOVETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0fe5cc81.
//
// Solidity: function MOVE_TYPEHASH() view returns(bytes32)
func (deviceRegistry *DeviceRegistry) UnpackMOVETYPEHASH(data []byte) ([32]byte, error) {
	out, err := deviceRegistry.abi.Unpack("MOVE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackONBOARDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe00c961d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ONBOARD_TYPEHASH() view returns(bytes32)
func (deviceRegistry *DeviceRegistry) PackONBOARDTYPEHASH() []byte {
	enc, err := deviceRegistry.abi.Pack("ONBOARD_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackONBOARDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe00c961d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ONBOARD_TYPEHASH() view returns(bytes32)
func (deviceRegistry *DeviceRegistry) TryPackONBOARDTYPEHASH() ([]byte, error) {
	return deviceRegistry.abi.Pack("ONBOARD_TYPEHASH")
}

// UnpackONBOARDTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe00c961d.
//
// Solidity: function ONBOARD_TYPEHASH() view returns(bytes32)
func (deviceRegistry *DeviceRegistry) UnpackONBOARDTYPEHASH(data []byte) ([32]byte, error) {
	out, err := deviceRegistry.abi.Unpack("ONBOARD_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (deviceRegistry *DeviceRegistry) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := deviceRegistry.abi.Pack("acceptDefaultAdminTransfer")
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
func (deviceRegistry *DeviceRegistry) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return deviceRegistry.abi.Pack("acceptDefaultAdminTransfer")
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (deviceRegistry *DeviceRegistry) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := deviceRegistry.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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
func (deviceRegistry *DeviceRegistry) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return deviceRegistry.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (deviceRegistry *DeviceRegistry) PackCancelDefaultAdminTransfer() []byte {
	enc, err := deviceRegistry.abi.Pack("cancelDefaultAdminTransfer")
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
func (deviceRegistry *DeviceRegistry) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return deviceRegistry.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (deviceRegistry *DeviceRegistry) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := deviceRegistry.abi.Pack("changeDefaultAdminDelay", newDelay)
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
func (deviceRegistry *DeviceRegistry) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return deviceRegistry.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (deviceRegistry *DeviceRegistry) PackDefaultAdmin() []byte {
	enc, err := deviceRegistry.abi.Pack("defaultAdmin")
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
func (deviceRegistry *DeviceRegistry) TryPackDefaultAdmin() ([]byte, error) {
	return deviceRegistry.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (deviceRegistry *DeviceRegistry) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := deviceRegistry.abi.Unpack("defaultAdmin", data)
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
func (deviceRegistry *DeviceRegistry) PackDefaultAdminDelay() []byte {
	enc, err := deviceRegistry.abi.Pack("defaultAdminDelay")
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
func (deviceRegistry *DeviceRegistry) TryPackDefaultAdminDelay() ([]byte, error) {
	return deviceRegistry.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (deviceRegistry *DeviceRegistry) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := deviceRegistry.abi.Unpack("defaultAdminDelay", data)
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
func (deviceRegistry *DeviceRegistry) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := deviceRegistry.abi.Pack("defaultAdminDelayIncreaseWait")
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
func (deviceRegistry *DeviceRegistry) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return deviceRegistry.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (deviceRegistry *DeviceRegistry) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := deviceRegistry.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeviceCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x535bca9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deviceCount() view returns(uint256)
func (deviceRegistry *DeviceRegistry) PackDeviceCount() []byte {
	enc, err := deviceRegistry.abi.Pack("deviceCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeviceCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x535bca9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deviceCount() view returns(uint256)
func (deviceRegistry *DeviceRegistry) TryPackDeviceCount() ([]byte, error) {
	return deviceRegistry.abi.Pack("deviceCount")
}

// UnpackDeviceCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x535bca9a.
//
// Solidity: function deviceCount() view returns(uint256)
func (deviceRegistry *DeviceRegistry) UnpackDeviceCount(data []byte) (*big.Int, error) {
	out, err := deviceRegistry.abi.Unpack("deviceCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeviceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52b9fa79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deviceOf(address device) view returns((address,uint64,uint8,bool,bool,uint64,uint64))
func (deviceRegistry *DeviceRegistry) PackDeviceOf(device common.Address) []byte {
	enc, err := deviceRegistry.abi.Pack("deviceOf", device)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeviceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52b9fa79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deviceOf(address device) view returns((address,uint64,uint8,bool,bool,uint64,uint64))
func (deviceRegistry *DeviceRegistry) TryPackDeviceOf(device common.Address) ([]byte, error) {
	return deviceRegistry.abi.Pack("deviceOf", device)
}

// UnpackDeviceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52b9fa79.
//
// Solidity: function deviceOf(address device) view returns((address,uint64,uint8,bool,bool,uint64,uint64))
func (deviceRegistry *DeviceRegistry) UnpackDeviceOf(data []byte) (DeviceRegistryDevice, error) {
	out, err := deviceRegistry.abi.Unpack("deviceOf", data)
	if err != nil {
		return *new(DeviceRegistryDevice), err
	}
	out0 := *abi.ConvertType(out[0], new(DeviceRegistryDevice)).(*DeviceRegistryDevice)
	return out0, nil
}

// PackDeviceStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e81c859.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deviceStatus(address device) view returns(address operator, bool active)
func (deviceRegistry *DeviceRegistry) PackDeviceStatus(device common.Address) []byte {
	enc, err := deviceRegistry.abi.Pack("deviceStatus", device)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeviceStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e81c859.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deviceStatus(address device) view returns(address operator, bool active)
func (deviceRegistry *DeviceRegistry) TryPackDeviceStatus(device common.Address) ([]byte, error) {
	return deviceRegistry.abi.Pack("deviceStatus", device)
}

// DeviceStatusOutput serves as a container for the return parameters of contract
// method DeviceStatus.
type DeviceStatusOutput struct {
	Operator common.Address
	Active   bool
}

// UnpackDeviceStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e81c859.
//
// Solidity: function deviceStatus(address device) view returns(address operator, bool active)
func (deviceRegistry *DeviceRegistry) UnpackDeviceStatus(data []byte) (DeviceStatusOutput, error) {
	out, err := deviceRegistry.abi.Unpack("deviceStatus", data)
	outstruct := new(DeviceStatusOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Operator = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Active = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (deviceRegistry *DeviceRegistry) PackDomainSeparator() []byte {
	enc, err := deviceRegistry.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (deviceRegistry *DeviceRegistry) TryPackDomainSeparator() ([]byte, error) {
	return deviceRegistry.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (deviceRegistry *DeviceRegistry) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := deviceRegistry.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (deviceRegistry *DeviceRegistry) PackEip712Domain() []byte {
	enc, err := deviceRegistry.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (deviceRegistry *DeviceRegistry) TryPackEip712Domain() ([]byte, error) {
	return deviceRegistry.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (deviceRegistry *DeviceRegistry) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := deviceRegistry.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (deviceRegistry *DeviceRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := deviceRegistry.abi.Pack("getRoleAdmin", role)
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
func (deviceRegistry *DeviceRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return deviceRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (deviceRegistry *DeviceRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := deviceRegistry.abi.Unpack("getRoleAdmin", data)
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
func (deviceRegistry *DeviceRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := deviceRegistry.abi.Pack("grantRole", role, account)
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
func (deviceRegistry *DeviceRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return deviceRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (deviceRegistry *DeviceRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := deviceRegistry.abi.Pack("hasRole", role, account)
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
func (deviceRegistry *DeviceRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return deviceRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (deviceRegistry *DeviceRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := deviceRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba708bc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function move(address device, uint64 h3Cell, uint64 deadline, bytes signature) returns()
func (deviceRegistry *DeviceRegistry) PackMove(device common.Address, h3Cell uint64, deadline uint64, signature []byte) []byte {
	enc, err := deviceRegistry.abi.Pack("move", device, h3Cell, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba708bc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function move(address device, uint64 h3Cell, uint64 deadline, bytes signature) returns()
func (deviceRegistry *DeviceRegistry) TryPackMove(device common.Address, h3Cell uint64, deadline uint64, signature []byte) ([]byte, error) {
	return deviceRegistry.abi.Pack("move", device, h3Cell, deadline, signature)
}

// PackOnboard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x924f39ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onboard(address device, uint64 h3Cell, uint8 deviceType, uint64 deadline, bytes signature) returns()
func (deviceRegistry *DeviceRegistry) PackOnboard(device common.Address, h3Cell uint64, deviceType uint8, deadline uint64, signature []byte) []byte {
	enc, err := deviceRegistry.abi.Pack("onboard", device, h3Cell, deviceType, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnboard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x924f39ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onboard(address device, uint64 h3Cell, uint8 deviceType, uint64 deadline, bytes signature) returns()
func (deviceRegistry *DeviceRegistry) TryPackOnboard(device common.Address, h3Cell uint64, deviceType uint8, deadline uint64, signature []byte) ([]byte, error) {
	return deviceRegistry.abi.Pack("onboard", device, h3Cell, deviceType, deadline, signature)
}

// PackOnboardMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1eb75963.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onboardMany((address,uint64,uint8,uint64,bytes)[] items) returns(uint256 registered)
func (deviceRegistry *DeviceRegistry) PackOnboardMany(items []DeviceRegistryOnboarding) []byte {
	enc, err := deviceRegistry.abi.Pack("onboardMany", items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnboardMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1eb75963.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onboardMany((address,uint64,uint8,uint64,bytes)[] items) returns(uint256 registered)
func (deviceRegistry *DeviceRegistry) TryPackOnboardMany(items []DeviceRegistryOnboarding) ([]byte, error) {
	return deviceRegistry.abi.Pack("onboardMany", items)
}

// UnpackOnboardMany is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1eb75963.
//
// Solidity: function onboardMany((address,uint64,uint8,uint64,bytes)[] items) returns(uint256 registered)
func (deviceRegistry *DeviceRegistry) UnpackOnboardMany(data []byte) (*big.Int, error) {
	out, err := deviceRegistry.abi.Unpack("onboardMany", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (deviceRegistry *DeviceRegistry) PackOwner() []byte {
	enc, err := deviceRegistry.abi.Pack("owner")
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
func (deviceRegistry *DeviceRegistry) TryPackOwner() ([]byte, error) {
	return deviceRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (deviceRegistry *DeviceRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := deviceRegistry.abi.Unpack("owner", data)
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
func (deviceRegistry *DeviceRegistry) PackPendingDefaultAdmin() []byte {
	enc, err := deviceRegistry.abi.Pack("pendingDefaultAdmin")
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
func (deviceRegistry *DeviceRegistry) TryPackPendingDefaultAdmin() ([]byte, error) {
	return deviceRegistry.abi.Pack("pendingDefaultAdmin")
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
func (deviceRegistry *DeviceRegistry) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := deviceRegistry.abi.Unpack("pendingDefaultAdmin", data)
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
func (deviceRegistry *DeviceRegistry) PackPendingDefaultAdminDelay() []byte {
	enc, err := deviceRegistry.abi.Pack("pendingDefaultAdminDelay")
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
func (deviceRegistry *DeviceRegistry) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return deviceRegistry.abi.Pack("pendingDefaultAdminDelay")
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
func (deviceRegistry *DeviceRegistry) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := deviceRegistry.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (deviceRegistry *DeviceRegistry) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := deviceRegistry.abi.Pack("renounceRole", role, account)
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
func (deviceRegistry *DeviceRegistry) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return deviceRegistry.abi.Pack("renounceRole", role, account)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (deviceRegistry *DeviceRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := deviceRegistry.abi.Pack("revokeRole", role, account)
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
func (deviceRegistry *DeviceRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return deviceRegistry.abi.Pack("revokeRole", role, account)
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (deviceRegistry *DeviceRegistry) PackRollbackDefaultAdminDelay() []byte {
	enc, err := deviceRegistry.abi.Pack("rollbackDefaultAdminDelay")
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
func (deviceRegistry *DeviceRegistry) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return deviceRegistry.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSetActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ce962cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setActive(address device, bool active) returns()
func (deviceRegistry *DeviceRegistry) PackSetActive(device common.Address, active bool) []byte {
	enc, err := deviceRegistry.abi.Pack("setActive", device, active)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ce962cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setActive(address device, bool active) returns()
func (deviceRegistry *DeviceRegistry) TryPackSetActive(device common.Address, active bool) ([]byte, error) {
	return deviceRegistry.abi.Pack("setActive", device, active)
}

// PackSetSuspended is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f72155f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSuspended(address device, bool suspended) returns()
func (deviceRegistry *DeviceRegistry) PackSetSuspended(device common.Address, suspended bool) []byte {
	enc, err := deviceRegistry.abi.Pack("setSuspended", device, suspended)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSuspended is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f72155f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSuspended(address device, bool suspended) returns()
func (deviceRegistry *DeviceRegistry) TryPackSetSuspended(device common.Address, suspended bool) ([]byte, error) {
	return deviceRegistry.abi.Pack("setSuspended", device, suspended)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (deviceRegistry *DeviceRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := deviceRegistry.abi.Pack("supportsInterface", interfaceId)
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
func (deviceRegistry *DeviceRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return deviceRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (deviceRegistry *DeviceRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := deviceRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e63daa2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOperator(address device, address to) returns()
func (deviceRegistry *DeviceRegistry) PackTransferOperator(device common.Address, to common.Address) []byte {
	enc, err := deviceRegistry.abi.Pack("transferOperator", device, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e63daa2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOperator(address device, address to) returns()
func (deviceRegistry *DeviceRegistry) TryPackTransferOperator(device common.Address, to common.Address) ([]byte, error) {
	return deviceRegistry.abi.Pack("transferOperator", device, to)
}

// DeviceRegistryDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the DeviceRegistry contract.
type DeviceRegistryDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return DeviceRegistryDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (deviceRegistry *DeviceRegistry) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*DeviceRegistryDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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

// DeviceRegistryDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the DeviceRegistry contract.
type DeviceRegistryDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return DeviceRegistryDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (deviceRegistry *DeviceRegistry) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*DeviceRegistryDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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

// DeviceRegistryDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the DeviceRegistry contract.
type DeviceRegistryDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryDefaultAdminTransferCanceled) ContractEventName() string {
	return DeviceRegistryDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (deviceRegistry *DeviceRegistry) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*DeviceRegistryDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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

// DeviceRegistryDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the DeviceRegistry contract.
type DeviceRegistryDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryDefaultAdminTransferScheduled) ContractEventName() string {
	return DeviceRegistryDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (deviceRegistry *DeviceRegistry) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*DeviceRegistryDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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

// DeviceRegistryDeviceActiveSet represents a DeviceActiveSet event raised by the DeviceRegistry contract.
type DeviceRegistryDeviceActiveSet struct {
	Device common.Address
	Active bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryDeviceActiveSetEventName = "DeviceActiveSet"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryDeviceActiveSet) ContractEventName() string {
	return DeviceRegistryDeviceActiveSetEventName
}

// UnpackDeviceActiveSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeviceActiveSet(address indexed device, bool active)
func (deviceRegistry *DeviceRegistry) UnpackDeviceActiveSetEvent(log *types.Log) (*DeviceRegistryDeviceActiveSet, error) {
	event := "DeviceActiveSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryDeviceActiveSet)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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

// DeviceRegistryDeviceMoved represents a DeviceMoved event raised by the DeviceRegistry contract.
type DeviceRegistryDeviceMoved struct {
	Device common.Address
	H3Cell uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryDeviceMovedEventName = "DeviceMoved"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryDeviceMoved) ContractEventName() string {
	return DeviceRegistryDeviceMovedEventName
}

// UnpackDeviceMovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeviceMoved(address indexed device, uint64 h3Cell)
func (deviceRegistry *DeviceRegistry) UnpackDeviceMovedEvent(log *types.Log) (*DeviceRegistryDeviceMoved, error) {
	event := "DeviceMoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryDeviceMoved)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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

// DeviceRegistryDeviceOnboarded represents a DeviceOnboarded event raised by the DeviceRegistry contract.
type DeviceRegistryDeviceOnboarded struct {
	Device     common.Address
	Operator   common.Address
	H3Cell     uint64
	DeviceType uint8
	Raw        *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryDeviceOnboardedEventName = "DeviceOnboarded"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryDeviceOnboarded) ContractEventName() string {
	return DeviceRegistryDeviceOnboardedEventName
}

// UnpackDeviceOnboardedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeviceOnboarded(address indexed device, address indexed operator, uint64 h3Cell, uint8 deviceType)
func (deviceRegistry *DeviceRegistry) UnpackDeviceOnboardedEvent(log *types.Log) (*DeviceRegistryDeviceOnboarded, error) {
	event := "DeviceOnboarded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryDeviceOnboarded)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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

// DeviceRegistryDeviceSuspended represents a DeviceSuspended event raised by the DeviceRegistry contract.
type DeviceRegistryDeviceSuspended struct {
	Device    common.Address
	Suspended bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryDeviceSuspendedEventName = "DeviceSuspended"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryDeviceSuspended) ContractEventName() string {
	return DeviceRegistryDeviceSuspendedEventName
}

// UnpackDeviceSuspendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeviceSuspended(address indexed device, bool suspended)
func (deviceRegistry *DeviceRegistry) UnpackDeviceSuspendedEvent(log *types.Log) (*DeviceRegistryDeviceSuspended, error) {
	event := "DeviceSuspended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryDeviceSuspended)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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

// DeviceRegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the DeviceRegistry contract.
type DeviceRegistryEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryEIP712DomainChanged) ContractEventName() string {
	return DeviceRegistryEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (deviceRegistry *DeviceRegistry) UnpackEIP712DomainChangedEvent(log *types.Log) (*DeviceRegistryEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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

// DeviceRegistryOperatorTransferred represents a OperatorTransferred event raised by the DeviceRegistry contract.
type DeviceRegistryOperatorTransferred struct {
	Device common.Address
	From   common.Address
	To     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryOperatorTransferredEventName = "OperatorTransferred"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryOperatorTransferred) ContractEventName() string {
	return DeviceRegistryOperatorTransferredEventName
}

// UnpackOperatorTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorTransferred(address indexed device, address indexed from, address indexed to)
func (deviceRegistry *DeviceRegistry) UnpackOperatorTransferredEvent(log *types.Log) (*DeviceRegistryOperatorTransferred, error) {
	event := "OperatorTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryOperatorTransferred)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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

// DeviceRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the DeviceRegistry contract.
type DeviceRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryRoleAdminChanged) ContractEventName() string {
	return DeviceRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (deviceRegistry *DeviceRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*DeviceRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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

// DeviceRegistryRoleGranted represents a RoleGranted event raised by the DeviceRegistry contract.
type DeviceRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryRoleGranted) ContractEventName() string {
	return DeviceRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (deviceRegistry *DeviceRegistry) UnpackRoleGrantedEvent(log *types.Log) (*DeviceRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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

// DeviceRegistryRoleRevoked represents a RoleRevoked event raised by the DeviceRegistry contract.
type DeviceRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryRoleRevoked) ContractEventName() string {
	return DeviceRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (deviceRegistry *DeviceRegistry) UnpackRoleRevokedEvent(log *types.Log) (*DeviceRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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
func (deviceRegistry *DeviceRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["AlreadyValidator"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackAlreadyValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["ClassMismatch"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackClassMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["ClassNotFound"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackClassNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["DeviceAlreadyRegistered"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackDeviceAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["DeviceInactive"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackDeviceInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["DeviceNotFound"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackDeviceNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["EpochAlreadySettled"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackEpochAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["EpochNotOver"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackEpochNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["ExitPending"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackExitPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["InsufficientFunds"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackInsufficientFundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["InsufficientValue"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackInsufficientValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["InvalidInput"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackInvalidInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["NoShareInClass"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackNoShareInClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["NotContributor"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackNotContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["NotOwnerOrOperator"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackNotOwnerOrOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["NotValidator"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackNotValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["OutsideWindow"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackOutsideWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["RootAlreadyAnchored"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackRootAlreadyAnchoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["SettlementTooSmall"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackSettlementTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["SnapshotLimit"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackSnapshotLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["ThresholdOutOfRange"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackThresholdOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["TokenExpired"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackTokenExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["TokenNotFinalized"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackTokenNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["TokenNotFound"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackTokenNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["TooManyValidators"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackTooManyValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["UnsupportedAsset"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackUnsupportedAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["ValueTooLarge"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackValueTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["WrongRound"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackWrongRoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DeviceRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the DeviceRegistry contract.
type DeviceRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func DeviceRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (deviceRegistry *DeviceRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*DeviceRegistryAccessControlBadConfirmation, error) {
	out := new(DeviceRegistryAccessControlBadConfirmation)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the DeviceRegistry contract.
type DeviceRegistryAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func DeviceRegistryAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (deviceRegistry *DeviceRegistry) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*DeviceRegistryAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(DeviceRegistryAccessControlEnforcedDefaultAdminDelay)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the DeviceRegistry contract.
type DeviceRegistryAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func DeviceRegistryAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (deviceRegistry *DeviceRegistry) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*DeviceRegistryAccessControlEnforcedDefaultAdminRules, error) {
	out := new(DeviceRegistryAccessControlEnforcedDefaultAdminRules)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the DeviceRegistry contract.
type DeviceRegistryAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func DeviceRegistryAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (deviceRegistry *DeviceRegistry) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*DeviceRegistryAccessControlInvalidDefaultAdmin, error) {
	out := new(DeviceRegistryAccessControlInvalidDefaultAdmin)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the DeviceRegistry contract.
type DeviceRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func DeviceRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (deviceRegistry *DeviceRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*DeviceRegistryAccessControlUnauthorizedAccount, error) {
	out := new(DeviceRegistryAccessControlUnauthorizedAccount)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryAlreadyCommitted represents a AlreadyCommitted error raised by the DeviceRegistry contract.
type DeviceRegistryAlreadyCommitted struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func DeviceRegistryAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xd42c3985415fe3c33d0f0749432682c56d039cfb7a2286e4db68b4b1a46aa79d")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func (deviceRegistry *DeviceRegistry) UnpackAlreadyCommittedError(raw []byte) (*DeviceRegistryAlreadyCommitted, error) {
	out := new(DeviceRegistryAlreadyCommitted)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryAlreadyValidator represents a AlreadyValidator error raised by the DeviceRegistry contract.
type DeviceRegistryAlreadyValidator struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyValidator(address validator)
func DeviceRegistryAlreadyValidatorErrorID() common.Hash {
	return common.HexToHash("0x59615ad3a367eab8dcd25f6daa9f268c32bc6203d8155d625b9eb74607972291")
}

// UnpackAlreadyValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyValidator(address validator)
func (deviceRegistry *DeviceRegistry) UnpackAlreadyValidatorError(raw []byte) (*DeviceRegistryAlreadyValidator, error) {
	out := new(DeviceRegistryAlreadyValidator)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "AlreadyValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryClassMismatch represents a ClassMismatch error raised by the DeviceRegistry contract.
type DeviceRegistryClassMismatch struct {
	FromClass *big.Int
	ToClass   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func DeviceRegistryClassMismatchErrorID() common.Hash {
	return common.HexToHash("0x9011b828b69d781e3674d1eb38afb8ac58660ec360207e459b2bddd440b7f71d")
}

// UnpackClassMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func (deviceRegistry *DeviceRegistry) UnpackClassMismatchError(raw []byte) (*DeviceRegistryClassMismatch, error) {
	out := new(DeviceRegistryClassMismatch)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "ClassMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryClassNotFound represents a ClassNotFound error raised by the DeviceRegistry contract.
type DeviceRegistryClassNotFound struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassNotFound(uint256 classId)
func DeviceRegistryClassNotFoundErrorID() common.Hash {
	return common.HexToHash("0x87a1ee84636a0c7ca354e11f38293877f9b41d84757ac8dc95e2b2877029f435")
}

// UnpackClassNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassNotFound(uint256 classId)
func (deviceRegistry *DeviceRegistry) UnpackClassNotFoundError(raw []byte) (*DeviceRegistryClassNotFound, error) {
	out := new(DeviceRegistryClassNotFound)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "ClassNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryCommitmentMismatch represents a CommitmentMismatch error raised by the DeviceRegistry contract.
type DeviceRegistryCommitmentMismatch struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func DeviceRegistryCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func (deviceRegistry *DeviceRegistry) UnpackCommitmentMismatchError(raw []byte) (*DeviceRegistryCommitmentMismatch, error) {
	out := new(DeviceRegistryCommitmentMismatch)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryDeviceAlreadyRegistered represents a DeviceAlreadyRegistered error raised by the DeviceRegistry contract.
type DeviceRegistryDeviceAlreadyRegistered struct {
	Device   common.Address
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func DeviceRegistryDeviceAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x77db65d3bb2ac98d141dd141cdf52fa9ecfec8f895ee5a026c6f488e18d1ee04")
}

// UnpackDeviceAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func (deviceRegistry *DeviceRegistry) UnpackDeviceAlreadyRegisteredError(raw []byte) (*DeviceRegistryDeviceAlreadyRegistered, error) {
	out := new(DeviceRegistryDeviceAlreadyRegistered)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "DeviceAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryDeviceInactive represents a DeviceInactive error raised by the DeviceRegistry contract.
type DeviceRegistryDeviceInactive struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceInactive(address device)
func DeviceRegistryDeviceInactiveErrorID() common.Hash {
	return common.HexToHash("0x9772084548a0cbb56bf5d6693df146e85de28894e799fd6a569c842fcf1f15bf")
}

// UnpackDeviceInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceInactive(address device)
func (deviceRegistry *DeviceRegistry) UnpackDeviceInactiveError(raw []byte) (*DeviceRegistryDeviceInactive, error) {
	out := new(DeviceRegistryDeviceInactive)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "DeviceInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryDeviceNotFound represents a DeviceNotFound error raised by the DeviceRegistry contract.
type DeviceRegistryDeviceNotFound struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceNotFound(address device)
func DeviceRegistryDeviceNotFoundErrorID() common.Hash {
	return common.HexToHash("0xa6b01d55f7528b060ca60ecc627c157cbdbdf396db3312d2de2fa68ea68ad8b0")
}

// UnpackDeviceNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceNotFound(address device)
func (deviceRegistry *DeviceRegistry) UnpackDeviceNotFoundError(raw []byte) (*DeviceRegistryDeviceNotFound, error) {
	out := new(DeviceRegistryDeviceNotFound)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "DeviceNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the DeviceRegistry contract.
type DeviceRegistryECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func DeviceRegistryECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (deviceRegistry *DeviceRegistry) UnpackECDSAInvalidSignatureError(raw []byte) (*DeviceRegistryECDSAInvalidSignature, error) {
	out := new(DeviceRegistryECDSAInvalidSignature)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the DeviceRegistry contract.
type DeviceRegistryECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func DeviceRegistryECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (deviceRegistry *DeviceRegistry) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*DeviceRegistryECDSAInvalidSignatureLength, error) {
	out := new(DeviceRegistryECDSAInvalidSignatureLength)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the DeviceRegistry contract.
type DeviceRegistryECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func DeviceRegistryECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (deviceRegistry *DeviceRegistry) UnpackECDSAInvalidSignatureSError(raw []byte) (*DeviceRegistryECDSAInvalidSignatureS, error) {
	out := new(DeviceRegistryECDSAInvalidSignatureS)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryEpochAlreadySettled represents a EpochAlreadySettled error raised by the DeviceRegistry contract.
type DeviceRegistryEpochAlreadySettled struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func DeviceRegistryEpochAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xbe076367f7cc6da37b43590ad1d0f9cae441a445cbfbde63a2125871c5538baa")
}

// UnpackEpochAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func (deviceRegistry *DeviceRegistry) UnpackEpochAlreadySettledError(raw []byte) (*DeviceRegistryEpochAlreadySettled, error) {
	out := new(DeviceRegistryEpochAlreadySettled)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "EpochAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryEpochNotOver represents a EpochNotOver error raised by the DeviceRegistry contract.
type DeviceRegistryEpochNotOver struct {
	Epoch  *big.Int
	EndsAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func DeviceRegistryEpochNotOverErrorID() common.Hash {
	return common.HexToHash("0xf562b22bef3c5419719d9f101f096339895b98e42bcc2fce94f611b3202c9f69")
}

// UnpackEpochNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func (deviceRegistry *DeviceRegistry) UnpackEpochNotOverError(raw []byte) (*DeviceRegistryEpochNotOver, error) {
	out := new(DeviceRegistryEpochNotOver)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "EpochNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryExitPending represents a ExitPending error raised by the DeviceRegistry contract.
type DeviceRegistryExitPending struct {
	Validator   common.Address
	AvailableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func DeviceRegistryExitPendingErrorID() common.Hash {
	return common.HexToHash("0x4ac6d28d41ff508efea2f41ac35f11d8b064887b16e82ab440b94dcaa89185b5")
}

// UnpackExitPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func (deviceRegistry *DeviceRegistry) UnpackExitPendingError(raw []byte) (*DeviceRegistryExitPending, error) {
	out := new(DeviceRegistryExitPending)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "ExitPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryInsufficientFunds represents a InsufficientFunds error raised by the DeviceRegistry contract.
type DeviceRegistryInsufficientFunds struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func DeviceRegistryInsufficientFundsErrorID() common.Hash {
	return common.HexToHash("0x03eb8b54a949acec2cd08fdb6d6bd4647a1f2c907d75d6900648effa92eb147f")
}

// UnpackInsufficientFundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func (deviceRegistry *DeviceRegistry) UnpackInsufficientFundsError(raw []byte) (*DeviceRegistryInsufficientFunds, error) {
	out := new(DeviceRegistryInsufficientFunds)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "InsufficientFunds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryInsufficientStake represents a InsufficientStake error raised by the DeviceRegistry contract.
type DeviceRegistryInsufficientStake struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func DeviceRegistryInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func (deviceRegistry *DeviceRegistry) UnpackInsufficientStakeError(raw []byte) (*DeviceRegistryInsufficientStake, error) {
	out := new(DeviceRegistryInsufficientStake)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryInsufficientValue represents a InsufficientValue error raised by the DeviceRegistry contract.
type DeviceRegistryInsufficientValue struct {
	TokenId   *big.Int
	Available *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func DeviceRegistryInsufficientValueErrorID() common.Hash {
	return common.HexToHash("0x5e7ad06bc2adde71395af078bd0ebba7ccf934b2ec92b75fa4543515d42d3cca")
}

// UnpackInsufficientValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func (deviceRegistry *DeviceRegistry) UnpackInsufficientValueError(raw []byte) (*DeviceRegistryInsufficientValue, error) {
	out := new(DeviceRegistryInsufficientValue)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "InsufficientValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryInvalidInput represents a InvalidInput error raised by the DeviceRegistry contract.
type DeviceRegistryInvalidInput struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInput(string what)
func DeviceRegistryInvalidInputErrorID() common.Hash {
	return common.HexToHash("0xd647364f6372634b5b80f364ade32a6f36738fbd78295784181d4149356c4e7b")
}

// UnpackInvalidInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInput(string what)
func (deviceRegistry *DeviceRegistry) UnpackInvalidInputError(raw []byte) (*DeviceRegistryInvalidInput, error) {
	out := new(DeviceRegistryInvalidInput)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "InvalidInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryInvalidProof represents a InvalidProof error raised by the DeviceRegistry contract.
type DeviceRegistryInvalidProof struct {
	TokenId   *big.Int
	ProofType [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func DeviceRegistryInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x9996e7c96fb3025cd8786253959e62a4b21034ad7549bb1ef6e591e793c11711")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func (deviceRegistry *DeviceRegistry) UnpackInvalidProofError(raw []byte) (*DeviceRegistryInvalidProof, error) {
	out := new(DeviceRegistryInvalidProof)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryInvalidShortString represents a InvalidShortString error raised by the DeviceRegistry contract.
type DeviceRegistryInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func DeviceRegistryInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (deviceRegistry *DeviceRegistry) UnpackInvalidShortStringError(raw []byte) (*DeviceRegistryInvalidShortString, error) {
	out := new(DeviceRegistryInvalidShortString)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryInvalidSignature represents a InvalidSignature error raised by the DeviceRegistry contract.
type DeviceRegistryInvalidSignature struct {
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func DeviceRegistryInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x42d750dc54bbceaa353a28b4229a6ea77f66d73de45149ec99e1f81ce80ca45b")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func (deviceRegistry *DeviceRegistry) UnpackInvalidSignatureError(raw []byte) (*DeviceRegistryInvalidSignature, error) {
	out := new(DeviceRegistryInvalidSignature)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryLengthMismatch represents a LengthMismatch error raised by the DeviceRegistry contract.
type DeviceRegistryLengthMismatch struct {
	A *big.Int
	B *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func DeviceRegistryLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func (deviceRegistry *DeviceRegistry) UnpackLengthMismatchError(raw []byte) (*DeviceRegistryLengthMismatch, error) {
	out := new(DeviceRegistryLengthMismatch)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryNoCommitment represents a NoCommitment error raised by the DeviceRegistry contract.
type DeviceRegistryNoCommitment struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func DeviceRegistryNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x8c459fde07645d92528e3f45fdc0ab2be9322ec099b9d01ab03b8d6b70c5e2fa")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func (deviceRegistry *DeviceRegistry) UnpackNoCommitmentError(raw []byte) (*DeviceRegistryNoCommitment, error) {
	out := new(DeviceRegistryNoCommitment)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryNoShareInClass represents a NoShareInClass error raised by the DeviceRegistry contract.
type DeviceRegistryNoShareInClass struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoShareInClass(uint256 classId)
func DeviceRegistryNoShareInClassErrorID() common.Hash {
	return common.HexToHash("0xd0d1caaaf830d253fcb74b2802e393ff3dcd35a126f6611201f693df7900f2ad")
}

// UnpackNoShareInClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoShareInClass(uint256 classId)
func (deviceRegistry *DeviceRegistry) UnpackNoShareInClassError(raw []byte) (*DeviceRegistryNoShareInClass, error) {
	out := new(DeviceRegistryNoShareInClass)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "NoShareInClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryNotContributor represents a NotContributor error raised by the DeviceRegistry contract.
type DeviceRegistryNotContributor struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func DeviceRegistryNotContributorErrorID() common.Hash {
	return common.HexToHash("0xc0fb39988c732c0bd01a7a022c4cf81f5a39219dce16e0f51a44e86355fb4cde")
}

// UnpackNotContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func (deviceRegistry *DeviceRegistry) UnpackNotContributorError(raw []byte) (*DeviceRegistryNotContributor, error) {
	out := new(DeviceRegistryNotContributor)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "NotContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryNotOwnerOrOperator represents a NotOwnerOrOperator error raised by the DeviceRegistry contract.
type DeviceRegistryNotOwnerOrOperator struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func DeviceRegistryNotOwnerOrOperatorErrorID() common.Hash {
	return common.HexToHash("0x479bf1ea80dc1cbb03744c5b07db4cd890071cdc412528d41073da00e1c6f78b")
}

// UnpackNotOwnerOrOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func (deviceRegistry *DeviceRegistry) UnpackNotOwnerOrOperatorError(raw []byte) (*DeviceRegistryNotOwnerOrOperator, error) {
	out := new(DeviceRegistryNotOwnerOrOperator)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "NotOwnerOrOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryNotPending represents a NotPending error raised by the DeviceRegistry contract.
type DeviceRegistryNotPending struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func DeviceRegistryNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func (deviceRegistry *DeviceRegistry) UnpackNotPendingError(raw []byte) (*DeviceRegistryNotPending, error) {
	out := new(DeviceRegistryNotPending)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryNotValidator represents a NotValidator error raised by the DeviceRegistry contract.
type DeviceRegistryNotValidator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidator(address caller)
func DeviceRegistryNotValidatorErrorID() common.Hash {
	return common.HexToHash("0xed3db8ac0aff2f11d9c21259b57051cec9967e78c0d61c8321b092e63647d624")
}

// UnpackNotValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidator(address caller)
func (deviceRegistry *DeviceRegistry) UnpackNotValidatorError(raw []byte) (*DeviceRegistryNotValidator, error) {
	out := new(DeviceRegistryNotValidator)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "NotValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryNothingToClaim represents a NothingToClaim error raised by the DeviceRegistry contract.
type DeviceRegistryNothingToClaim struct {
	TokenId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func DeviceRegistryNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xb361b5fb505a1ba315c65f6d38503886d35e517bd61a26c7379c1b3a9527c464")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func (deviceRegistry *DeviceRegistry) UnpackNothingToClaimError(raw []byte) (*DeviceRegistryNothingToClaim, error) {
	out := new(DeviceRegistryNothingToClaim)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryNothingToWithdraw represents a NothingToWithdraw error raised by the DeviceRegistry contract.
type DeviceRegistryNothingToWithdraw struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address validator)
func DeviceRegistryNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address validator)
func (deviceRegistry *DeviceRegistry) UnpackNothingToWithdrawError(raw []byte) (*DeviceRegistryNothingToWithdraw, error) {
	out := new(DeviceRegistryNothingToWithdraw)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryOutsideWindow represents a OutsideWindow error raised by the DeviceRegistry contract.
type DeviceRegistryOutsideWindow struct {
	Round    *big.Int
	NowTs    *big.Int
	OpensAt  *big.Int
	ClosesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func DeviceRegistryOutsideWindowErrorID() common.Hash {
	return common.HexToHash("0x07af89b7c8de57c1aefe15ffeec6aa3991f4e84086fcd2901ed3b96b8774c0f4")
}

// UnpackOutsideWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func (deviceRegistry *DeviceRegistry) UnpackOutsideWindowError(raw []byte) (*DeviceRegistryOutsideWindow, error) {
	out := new(DeviceRegistryOutsideWindow)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "OutsideWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryRootAlreadyAnchored represents a RootAlreadyAnchored error raised by the DeviceRegistry contract.
type DeviceRegistryRootAlreadyAnchored struct {
	MerkleRoot [32]byte
	TokenId    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func DeviceRegistryRootAlreadyAnchoredErrorID() common.Hash {
	return common.HexToHash("0x70f13f0496d98a6d01867956f871541e5a1b1705a8c34d208ecf45659d1b6dc0")
}

// UnpackRootAlreadyAnchoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func (deviceRegistry *DeviceRegistry) UnpackRootAlreadyAnchoredError(raw []byte) (*DeviceRegistryRootAlreadyAnchored, error) {
	out := new(DeviceRegistryRootAlreadyAnchored)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "RootAlreadyAnchored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistrySafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the DeviceRegistry contract.
type DeviceRegistrySafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func DeviceRegistrySafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (deviceRegistry *DeviceRegistry) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*DeviceRegistrySafeCastOverflowedUintDowncast, error) {
	out := new(DeviceRegistrySafeCastOverflowedUintDowncast)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistrySettlementTooSmall represents a SettlementTooSmall error raised by the DeviceRegistry contract.
type DeviceRegistrySettlementTooSmall struct {
	Amount  *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func DeviceRegistrySettlementTooSmallErrorID() common.Hash {
	return common.HexToHash("0x305ce08841342db3d1d6d66c506af5df9b957b0575353614644e79ffb9274725")
}

// UnpackSettlementTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func (deviceRegistry *DeviceRegistry) UnpackSettlementTooSmallError(raw []byte) (*DeviceRegistrySettlementTooSmall, error) {
	out := new(DeviceRegistrySettlementTooSmall)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "SettlementTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistrySignatureExpired represents a SignatureExpired error raised by the DeviceRegistry contract.
type DeviceRegistrySignatureExpired struct {
	Deadline uint64
	NowTs    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func DeviceRegistrySignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xbfedba505f31ce2b5fc078ac87cf95474a68cb2e894d4efcb8f6e8e5fbba5b1e")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func (deviceRegistry *DeviceRegistry) UnpackSignatureExpiredError(raw []byte) (*DeviceRegistrySignatureExpired, error) {
	out := new(DeviceRegistrySignatureExpired)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistrySnapshotLimit represents a SnapshotLimit error raised by the DeviceRegistry contract.
type DeviceRegistrySnapshotLimit struct {
	ClassId      *big.Int
	MaxSnapshots *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func DeviceRegistrySnapshotLimitErrorID() common.Hash {
	return common.HexToHash("0xda15cba7986fc14490e1424c86146c915b10b0348a5fa089102f01c2444dc097")
}

// UnpackSnapshotLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func (deviceRegistry *DeviceRegistry) UnpackSnapshotLimitError(raw []byte) (*DeviceRegistrySnapshotLimit, error) {
	out := new(DeviceRegistrySnapshotLimit)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "SnapshotLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryStringTooLong represents a StringTooLong error raised by the DeviceRegistry contract.
type DeviceRegistryStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func DeviceRegistryStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (deviceRegistry *DeviceRegistry) UnpackStringTooLongError(raw []byte) (*DeviceRegistryStringTooLong, error) {
	out := new(DeviceRegistryStringTooLong)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryThresholdOutOfRange represents a ThresholdOutOfRange error raised by the DeviceRegistry contract.
type DeviceRegistryThresholdOutOfRange struct {
	TokenId   *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func DeviceRegistryThresholdOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8c883479505792c6824fe707eaf690d680b3b6a767cdb95b00e496c0001e48b5")
}

// UnpackThresholdOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func (deviceRegistry *DeviceRegistry) UnpackThresholdOutOfRangeError(raw []byte) (*DeviceRegistryThresholdOutOfRange, error) {
	out := new(DeviceRegistryThresholdOutOfRange)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "ThresholdOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryTokenExpired represents a TokenExpired error raised by the DeviceRegistry contract.
type DeviceRegistryTokenExpired struct {
	TokenId  *big.Int
	ExpireAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func DeviceRegistryTokenExpiredErrorID() common.Hash {
	return common.HexToHash("0x891302ba9fe80b8e99f5bef58597fd8938d0e0005ae27745cd34f097e8db69c7")
}

// UnpackTokenExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func (deviceRegistry *DeviceRegistry) UnpackTokenExpiredError(raw []byte) (*DeviceRegistryTokenExpired, error) {
	out := new(DeviceRegistryTokenExpired)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "TokenExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryTokenNotFinalized represents a TokenNotFinalized error raised by the DeviceRegistry contract.
type DeviceRegistryTokenNotFinalized struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func DeviceRegistryTokenNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x3753b3f91524b52d85bfedbfa72f35a5f00618d283d299446160ace8d00875b5")
}

// UnpackTokenNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func (deviceRegistry *DeviceRegistry) UnpackTokenNotFinalizedError(raw []byte) (*DeviceRegistryTokenNotFinalized, error) {
	out := new(DeviceRegistryTokenNotFinalized)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "TokenNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryTokenNotFound represents a TokenNotFound error raised by the DeviceRegistry contract.
type DeviceRegistryTokenNotFound struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func DeviceRegistryTokenNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6caeb130d3a0b454045ba4dd4db925f61c465b67a276749b3f04383e5316246c")
}

// UnpackTokenNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func (deviceRegistry *DeviceRegistry) UnpackTokenNotFoundError(raw []byte) (*DeviceRegistryTokenNotFound, error) {
	out := new(DeviceRegistryTokenNotFound)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "TokenNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryTooManyValidators represents a TooManyValidators error raised by the DeviceRegistry contract.
type DeviceRegistryTooManyValidators struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyValidators(uint256 max)
func DeviceRegistryTooManyValidatorsErrorID() common.Hash {
	return common.HexToHash("0x628fb2b997b1baecc4ef1763c10c38f1af2e763429dfedc06287049ce877d5fe")
}

// UnpackTooManyValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyValidators(uint256 max)
func (deviceRegistry *DeviceRegistry) UnpackTooManyValidatorsError(raw []byte) (*DeviceRegistryTooManyValidators, error) {
	out := new(DeviceRegistryTooManyValidators)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "TooManyValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryTransferFailed represents a TransferFailed error raised by the DeviceRegistry contract.
type DeviceRegistryTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func DeviceRegistryTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (deviceRegistry *DeviceRegistry) UnpackTransferFailedError(raw []byte) (*DeviceRegistryTransferFailed, error) {
	out := new(DeviceRegistryTransferFailed)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryUnauthorized represents a Unauthorized error raised by the DeviceRegistry contract.
type DeviceRegistryUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func DeviceRegistryUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (deviceRegistry *DeviceRegistry) UnpackUnauthorizedError(raw []byte) (*DeviceRegistryUnauthorized, error) {
	out := new(DeviceRegistryUnauthorized)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryUnsupportedAsset represents a UnsupportedAsset error raised by the DeviceRegistry contract.
type DeviceRegistryUnsupportedAsset struct {
	ClassId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func DeviceRegistryUnsupportedAssetErrorID() common.Hash {
	return common.HexToHash("0x2925b16cc2fff5c14f9f6931ca0c594fc5d4523ba6075c2f2bd4c3a0b5e3b9d6")
}

// UnpackUnsupportedAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func (deviceRegistry *DeviceRegistry) UnpackUnsupportedAssetError(raw []byte) (*DeviceRegistryUnsupportedAsset, error) {
	out := new(DeviceRegistryUnsupportedAsset)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "UnsupportedAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryValueTooLarge represents a ValueTooLarge error raised by the DeviceRegistry contract.
type DeviceRegistryValueTooLarge struct {
	Value *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func DeviceRegistryValueTooLargeErrorID() common.Hash {
	return common.HexToHash("0x280b172ca53e20bb4a0ad96a42060f5f5e423bb4490f277df4246e71c3fb1a06")
}

// UnpackValueTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func (deviceRegistry *DeviceRegistry) UnpackValueTooLargeError(raw []byte) (*DeviceRegistryValueTooLarge, error) {
	out := new(DeviceRegistryValueTooLarge)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "ValueTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryWrongRound represents a WrongRound error raised by the DeviceRegistry contract.
type DeviceRegistryWrongRound struct {
	TokenId    *big.Int
	TokenRound *big.Int
	Round      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func DeviceRegistryWrongRoundErrorID() common.Hash {
	return common.HexToHash("0x8f008d76aaff098a7d218ffd6923e67fae3b03b645af4a1f3ecc888b185006cd")
}

// UnpackWrongRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func (deviceRegistry *DeviceRegistry) UnpackWrongRoundError(raw []byte) (*DeviceRegistryWrongRound, error) {
	out := new(DeviceRegistryWrongRound)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "WrongRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}
