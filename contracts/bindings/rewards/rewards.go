// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package rewards

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

// RewardsMetaData contains all meta data concerning the Rewards contract.
var RewardsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractIEpochSettling\",\"name\":\"dat_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"classId_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"genesis_\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"epochLength_\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"emissionPerEpoch_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromClass\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toClass\",\"type\":\"uint256\"}],\"name\":\"ClassMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"ClassNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"DeviceAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"InvalidInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"NoShareInClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"OutsideWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"RootAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"SettlementTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxSnapshots\",\"type\":\"uint256\"}],\"name\":\"SnapshotLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"ThresholdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"TokenExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TokenNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TokenNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnsupportedAsset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenRound\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"WrongRound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EmissionUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EpochSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"firstEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lastEpoch\",\"type\":\"uint256\"}],\"name\":\"EpochsForfeited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"firstEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lastEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EpochsSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dat\",\"outputs\":[{\"internalType\":\"contractIEpochSettling\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dueEpochs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"first\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"emissionPerEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"epochAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochLength\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesis\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"counted\",\"type\":\"bool\"}],\"name\":\"release\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"dueAt\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"setEmission\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"settleEpoch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"settled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEmitted\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Rewards",
	Bin: "0x610120346102a057601f611b8538819003918201601f19168301916001600160401b038311848410176102a457808492610100946040528339810103126102a057805165ffffffffffff811681036102a05760208201516001600160a01b03811691908281036102a0576040840151926001600160a01b0384168085036102a0576060860151956001600160a01b0387168088036102a057608082015160a0830151949093906001600160401b03861686036102a05760c08401519663ffffffff8816948589036102a05760e0015198821561028d57600180546001600160d01b031660d09290921b6001600160d01b031916919091179055600254916001600160a01b03831661027e576101209260018060a01b031916176002556102b8565b5015908115610275575b50610240571561020c577fb114240d54ce08081cbd18870dc3b6cd4091bb86ff29d2ad41906c2a2d6723d49560209560805260a05260c05260e0526101005280600355604051908152a16040516118239081610342823960805181818161019301528181610a490152611188015260a05181818161025c0152818161089d01528181610ac201526110b7015260c0518181816102a30152818161037b0152610a98015260e05181818161054c01528181610c8d01528181610ff501526115a00152610100518181816109bf01528181610c5d01528181611031015261110b0152f35b60405163d647364f60e01b815260206004820152600b60248201526a0cae0dec6d098cadccee8d60ab1b6044820152606490fd5b60405163d647364f60e01b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b9050155f61012a565b631fe1e13d60e11b5f5260045ffd5b636116401160e11b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f516020611b655f395f51905f52602052604090205460ff1661033c576001600160a01b03165f8181525f516020611b655f395f51905f5260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a714610f3d57508063022d63fb14610f205780630aa6220b14610e8e578063248a9ca314610e645780632834578014610e425780632f2ff15d14610df057806336568abe14610d0b5780634a439cfe14610ce55780634d35fa7e146109e357806357d775f8146109a2578063634e93da146108cc57806363eb963a14610887578063649a5ec7146106e75780636774d2f5146106c957806372a4d94b1461068857806374d9256d1461066157806384ef8ffc146106385780638da5cb5b1461063857806391d14854146105ef578063a1eda53c1461058c578063a217fddf14610570578063a7f0b3de1461052c578063aea0e78b1461050e578063cc8463c8146104e3578063cefc142914610437578063cf6eefb7146103fc578063d547741f1461039e578063d5ad684914610363578063d602b9fd146102ff578063ddce102f146101e3578063df0244b1146101c55763fc0c546a1461017e575f80fd5b346101c257806003193601126101c2576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b50346101c257806003193601126101c2576020600454604051908152f35b50346101c25760203660031901126101c2576004356102006114bc565b610208611543565b610210611446565b9050610259575b6020817fb114240d54ce08081cbd18870dc3b6cd4091bb86ff29d2ad41906c2a2d6723d492600355604051908152a1805f5160206117f75f395f51905f525d80f35b817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b156102f057818091602460405180948193634ef8875360e11b83527f000000000000000000000000000000000000000000000000000000000000000060048401525af180156102f4576102db575b5050610217565b816102e591611080565b6102f057815f6102d4565b5080fd5b6040513d84823e3d90fd5b50346101c257806003193601126101c2576103186114bc565b65ffffffffffff61032761149d565b90508160d01b600154166001551661033c5780f35b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051098180a180f35b50346101c257806003193601126101c25760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b50346101c25760403660031901126101c2576004356103bb610faa565b9080156103ed5790816103e46103df6103e9945f525f602052600160405f20015490565b61150b565b611687565b5080f35b631fe1e13d60e11b8352600483fd5b50346101c257806003193601126101c257604065ffffffffffff61041e61149d565b83516001600160a01b0390921682529091166020820152f35b50346101c257806003193601126101c25761045061149d565b506001600160a01b031633036104d05765ffffffffffff61046f61149d565b909116801580156104c6575b6104b457506002546104a0919061049a906001600160a01b0316611651565b506115d9565b50600180546001600160d01b031916905580f35b6319ca5ebb60e01b8352600452602482fd5b504281101561047b565b636116401160e11b815233600452602490fd5b50346101c257806003193601126101c25760206104fe611464565b65ffffffffffff60405191168152f35b50346101c257806003193601126101c2576020600554604051908152f35b50346101c257806003193601126101c25760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346101c257806003193601126101c257602090604051908152f35b50346101c257806003193601126101c2576002548060d01c91821515806105e5575b156105dc575060a01c65ffffffffffff165b6040805165ffffffffffff928316815292909116602083015290f35b915050806105c0565b50428310156105ae565b50346101c25760403660031901126101c257604061060b610faa565b91600435815280602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b50346101c257806003193601126101c2576002546040516001600160a01b039091168152602090f35b50346101c257806003193601126101c257604061067c611446565b82519182526020820152f35b50346101c25760203660031901126101c2576004359081151582036101c25760406001600160401b036106ba846110b5565b83519182529091166020820152f35b50346101c257806003193601126101c2576020600354604051908152f35b50346101c25760203660031901126101c25760043565ffffffffffff8116808203610883576107146114bc565b61071d426116c5565b9065ffffffffffff61072d611464565b168082111561083457507ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b929165ffffffffffff82620697808061077b951091180262069780181690611578565b906002548060d01c806107d8575b5050600280546001600160a01b031660a083901b65ffffffffffff60a01b161760d084901b6001600160d01b0319161790556040805165ffffffffffff9283168152919092166020820152a180f35b42111561080a57600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b5f80610789565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec58480a1610803565b0365ffffffffffff811161086f577ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b929161077b9190611578565b634e487b7160e01b84526011600452602484fd5b8280fd5b50346101c257806003193601126101c2576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346101c25760203660031901126101c2576004356001600160a01b038116908190036102f0576108fb6114bc565b7f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed6602061093861092a426116c5565b610932611464565b90611578565b65ffffffffffff61094761149d565b9050600154868360a01b8560a01b16918460d01b16171760015516610979575b65ffffffffffff60405191168152a280f35b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051098580a1610967565b50346101c257806003193601126101c257602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610b6c576020366003190112610b6c57600435610a00611543565b610a08611446565b9190610a148382611060565b821015610c34578110610c225750610a2e9060035461106d565b6040516370a0823160e01b81523060048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610b61575f91610bf0575b50818110610bdc57604051633c2ee45b60e21b81527f00000000000000000000000000000000000000000000000000000000000000006004820181905284917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316919060c081602481865afa908115610b61575f91610b82575b5015610b7057813b15610b6c575f91602483926040519485938492634ef8875360e11b845260048401525af18015610b6157610b4e575b50805f5160206117f75f395f51905f525d80f35b610b5a91505f90611080565b5f81610b3a565b6040513d5f823e3d90fd5b5f80fd5b636868e55560e11b5f5260045260245ffd5b905060c0813d60c011610bd4575b81610b9d60c09383611080565b81010312610b6c57805160608201519091906001600160a01b03811603610b6c576080015163ffffffff811603610b6c5784610b03565b3d9150610b90565b62fae2d560e21b5f5260045260245260445ffd5b90506020813d602011610c1a575b81610c0b60209383611080565b81010312610b6c57515f610a81565b3d9150610bfe565b63be07636760e01b5f5260045260245ffd5b506001600160401b03811015610cdd5760018101808211610cc957610c83610cb29163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000169061106d565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016611060565b905b63f562b22b60e01b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b5f1990610cb4565b34610b6c576020366003190112610b6c576020610d03600435610feb565b604051908152f35b34610b6c576040366003190112610b6c57600435610d27610faa565b811580610dd9575b610d5e575b336001600160a01b03821603610d4f57610d4d91611687565b005b63334bd91960e11b5f5260045ffd5b610d6661149d565b906001600160a01b031615801590610dc9575b8015610db7575b610d9c57506001805465ffffffffffff60a01b19169055610d34565b65ffffffffffff906319ca5ebb60e01b5f521660045260245ffd5b504265ffffffffffff82161015610d80565b5065ffffffffffff811615610d79565b506002546001600160a01b03828116911614610d2f565b34610b6c576040366003190112610b6c57600435610e0c610faa565b8115610e335781610e2e6103df610d4d945f525f602052600160405f20015490565b61160f565b631fe1e13d60e11b5f5260045ffd5b34610b6c576020366003190112610b6c57602060055460043510604051908152f35b34610b6c576020366003190112610b6c576020610d036004355f525f602052600160405f20015490565b34610b6c575f366003190112610b6c57610ea66114bc565b6002548060d01c80610ec4575b600280546001600160a01b03169055005b421115610ef657600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b8080610eb3565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a1610eef565b34610b6c575f366003190112610b6c576020604051620697808152f35b34610b6c576020366003190112610b6c576004359063ffffffff60e01b8216809203610b6c576020916318a4c3c360e11b8114908115610f7f575b5015158152f35b637965db0b60e01b811491508115610f99575b5083610f78565b6301ffc9a760e01b14905083610f92565b602435906001600160a01b0382168203610b6c57565b91908203918211610cc957565b8115610fd7570490565b634e487b7160e01b5f52601260045260245ffd5b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000169081811061105a576110579161102a91610fc0565b63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690610fcd565b90565b50505f90565b91908201809211610cc957565b81810292918115918404141715610cc957565b90601f801991011681019081106001600160401b038211176110a157604052565b634e487b7160e01b5f52604160045260245ffd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361143357600554916110f1611596565b9260018401808511610cc957610c836111319163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000169061106d565b6001600160401b03811161141c576001600160401b031692818511156114155784600555156113d75761117060035461116a8387610fc0565b9061106d565b6040516370a0823160e01b81523060048201529094907f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b03821690602081602481855afa908115610b61575f916113a5575b5087811061139d575b5086611257575b505060016111e88383610fc0565b0361121a57507ffc1ab2f07e0d89eb63ae0626ebdd0e00e2497fc8db2f3a10a4fea7588c71c6b96020604051868152a2565b5f198101908111610cc95760407f5889775e8947e42531034a4257b982aab4d8aa948f8cfb7d85c441bc09713319918151908152866020820152a2565b6040516370a0823160e01b815233600482015292969291602083602481855afa928315610b61575f93611369575b506040519363a9059cbb60e01b5f523360045260245260205f60448180855af19060015f511482161561134a575b50836040521561133857826024816020936370a0823160e01b82523360048301525afa8015610b61575f90611304575b6112ed9250610fc0565b936112fa85600454611060565b6004555f806111da565b506020823d602011611330575b8161131e60209383611080565b81010312610b6c576112ed91516112e3565b3d9150611311565b635274afe760e01b5f5260045260245ffd5b6001821516611360573b15153d1516165f6112b3565b843d5f823e3d90fd5b9092506020813d602011611395575b8161138560209383611080565b81010312610b6c5751915f611285565b3d9150611378565b96505f6111d3565b90506020813d6020116113cf575b816113c060209383611080565b81010312610b6c57515f6111ca565b3d91506113b3565b9091925f198101908111610cc95760207f248c78b8e342a811f1590eb8531a1a7d9a3e971e1fecf02ba8fc8cd60e571a1a91604051908152a25f9190565b505f935050565b6306dfcc6560e41b5f52604060045260245260445ffd5b63472511eb60e11b5f523360045260245ffd5b60055490611452611596565b828082111561105a5761105791610fc0565b6002548060d01c8015159081611493575b50156114895760a01c65ffffffffffff1690565b5060015460d01c90565b905042115f611475565b6001546001600160a01b0381169160a09190911c65ffffffffffff1690565b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff16156114f457565b63e2517d3f60e01b5f52336004525f60245260445ffd5b5f8181526020818152604080832033845290915290205460ff161561152d5750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f5160206117f75f395f51905f525c6115695760015f5160206117f75f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b9065ffffffffffff8091169116019065ffffffffffff8211610cc957565b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168042106115d45761102a6110579142610fc0565b505f90565b600254906001600160a01b038216610e33576001600160a01b03199091166001600160a01b03821617600255611057905f6116f4565b908115611620575b611057916116f4565b600254916001600160a01b038316610e33576001600160a01b03199092166001600160a01b03821617600255611617565b60025461105791906001600160a01b03808316911614611672575b5f611776565b600280546001600160a01b031916905561166c565b90611057918015806116ae575b1561177657600280546001600160a01b0319169055611776565b506002546001600160a01b03838116911614611694565b65ffffffffffff81116116dd5765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff1661105a575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b5f818152602081815260408083206001600160a01b038616845290915290205460ff161561105a575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a164736f6c6343000825000aad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
}

// Rewards is an auto generated Go binding around an Ethereum contract.
type Rewards struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Rewards) GetABI() abi.ABI {
	return c.abi
}

// NewRewards creates a new instance of Rewards.
func NewRewards() *Rewards {
	parsed, err := RewardsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Rewards{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Rewards) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint48 adminDelay, address admin, address token_, address dat_, uint256 classId_, uint64 genesis_, uint32 epochLength_, uint256 emissionPerEpoch_) returns()
func (rewards *Rewards) PackConstructor(adminDelay *big.Int, admin common.Address, token_ common.Address, dat_ common.Address, classId_ *big.Int, genesis_ uint64, epochLength_ uint32, emissionPerEpoch_ *big.Int) []byte {
	enc, err := rewards.abi.Pack("", adminDelay, admin, token_, dat_, classId_, genesis_, epochLength_, emissionPerEpoch_)
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
func (rewards *Rewards) PackDEFAULTADMINROLE() []byte {
	enc, err := rewards.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (rewards *Rewards) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return rewards.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (rewards *Rewards) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := rewards.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (rewards *Rewards) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := rewards.abi.Pack("acceptDefaultAdminTransfer")
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
func (rewards *Rewards) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return rewards.abi.Pack("acceptDefaultAdminTransfer")
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (rewards *Rewards) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := rewards.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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
func (rewards *Rewards) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return rewards.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (rewards *Rewards) PackCancelDefaultAdminTransfer() []byte {
	enc, err := rewards.abi.Pack("cancelDefaultAdminTransfer")
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
func (rewards *Rewards) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return rewards.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (rewards *Rewards) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := rewards.abi.Pack("changeDefaultAdminDelay", newDelay)
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
func (rewards *Rewards) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return rewards.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackClassId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ad6849.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classId() view returns(uint256)
func (rewards *Rewards) PackClassId() []byte {
	enc, err := rewards.abi.Pack("classId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ad6849.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classId() view returns(uint256)
func (rewards *Rewards) TryPackClassId() ([]byte, error) {
	return rewards.abi.Pack("classId")
}

// UnpackClassId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5ad6849.
//
// Solidity: function classId() view returns(uint256)
func (rewards *Rewards) UnpackClassId(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("classId", data)
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
func (rewards *Rewards) PackDat() []byte {
	enc, err := rewards.abi.Pack("dat")
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
func (rewards *Rewards) TryPackDat() ([]byte, error) {
	return rewards.abi.Pack("dat")
}

// UnpackDat is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63eb963a.
//
// Solidity: function dat() view returns(address)
func (rewards *Rewards) UnpackDat(data []byte) (common.Address, error) {
	out, err := rewards.abi.Unpack("dat", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (rewards *Rewards) PackDefaultAdmin() []byte {
	enc, err := rewards.abi.Pack("defaultAdmin")
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
func (rewards *Rewards) TryPackDefaultAdmin() ([]byte, error) {
	return rewards.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (rewards *Rewards) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := rewards.abi.Unpack("defaultAdmin", data)
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
func (rewards *Rewards) PackDefaultAdminDelay() []byte {
	enc, err := rewards.abi.Pack("defaultAdminDelay")
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
func (rewards *Rewards) TryPackDefaultAdminDelay() ([]byte, error) {
	return rewards.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (rewards *Rewards) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("defaultAdminDelay", data)
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
func (rewards *Rewards) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := rewards.abi.Pack("defaultAdminDelayIncreaseWait")
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
func (rewards *Rewards) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return rewards.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (rewards *Rewards) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDueEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74d9256d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dueEpochs() view returns(uint256 first, uint256 count)
func (rewards *Rewards) PackDueEpochs() []byte {
	enc, err := rewards.abi.Pack("dueEpochs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDueEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74d9256d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dueEpochs() view returns(uint256 first, uint256 count)
func (rewards *Rewards) TryPackDueEpochs() ([]byte, error) {
	return rewards.abi.Pack("dueEpochs")
}

// DueEpochsOutput serves as a container for the return parameters of contract
// method DueEpochs.
type DueEpochsOutput struct {
	First *big.Int
	Count *big.Int
}

// UnpackDueEpochs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74d9256d.
//
// Solidity: function dueEpochs() view returns(uint256 first, uint256 count)
func (rewards *Rewards) UnpackDueEpochs(data []byte) (DueEpochsOutput, error) {
	out, err := rewards.abi.Unpack("dueEpochs", data)
	outstruct := new(DueEpochsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.First = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Count = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackEmissionPerEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6774d2f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function emissionPerEpoch() view returns(uint256)
func (rewards *Rewards) PackEmissionPerEpoch() []byte {
	enc, err := rewards.abi.Pack("emissionPerEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmissionPerEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6774d2f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function emissionPerEpoch() view returns(uint256)
func (rewards *Rewards) TryPackEmissionPerEpoch() ([]byte, error) {
	return rewards.abi.Pack("emissionPerEpoch")
}

// UnpackEmissionPerEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6774d2f5.
//
// Solidity: function emissionPerEpoch() view returns(uint256)
func (rewards *Rewards) UnpackEmissionPerEpoch(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("emissionPerEpoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEpochAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a439cfe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochAt(uint256 timestamp) view returns(uint256)
func (rewards *Rewards) PackEpochAt(timestamp *big.Int) []byte {
	enc, err := rewards.abi.Pack("epochAt", timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a439cfe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochAt(uint256 timestamp) view returns(uint256)
func (rewards *Rewards) TryPackEpochAt(timestamp *big.Int) ([]byte, error) {
	return rewards.abi.Pack("epochAt", timestamp)
}

// UnpackEpochAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a439cfe.
//
// Solidity: function epochAt(uint256 timestamp) view returns(uint256)
func (rewards *Rewards) UnpackEpochAt(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("epochAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochLength() view returns(uint32)
func (rewards *Rewards) PackEpochLength() []byte {
	enc, err := rewards.abi.Pack("epochLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochLength() view returns(uint32)
func (rewards *Rewards) TryPackEpochLength() ([]byte, error) {
	return rewards.abi.Pack("epochLength")
}

// UnpackEpochLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint32)
func (rewards *Rewards) UnpackEpochLength(data []byte) (uint32, error) {
	out, err := rewards.abi.Unpack("epochLength", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackGenesis is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7f0b3de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesis() view returns(uint64)
func (rewards *Rewards) PackGenesis() []byte {
	enc, err := rewards.abi.Pack("genesis")
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
func (rewards *Rewards) TryPackGenesis() ([]byte, error) {
	return rewards.abi.Pack("genesis")
}

// UnpackGenesis is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7f0b3de.
//
// Solidity: function genesis() view returns(uint64)
func (rewards *Rewards) UnpackGenesis(data []byte) (uint64, error) {
	out, err := rewards.abi.Unpack("genesis", data)
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
func (rewards *Rewards) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := rewards.abi.Pack("getRoleAdmin", role)
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
func (rewards *Rewards) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return rewards.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (rewards *Rewards) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := rewards.abi.Unpack("getRoleAdmin", data)
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
func (rewards *Rewards) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := rewards.abi.Pack("grantRole", role, account)
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
func (rewards *Rewards) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return rewards.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (rewards *Rewards) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := rewards.abi.Pack("hasRole", role, account)
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
func (rewards *Rewards) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return rewards.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (rewards *Rewards) UnpackHasRole(data []byte) (bool, error) {
	out, err := rewards.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackNextEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaea0e78b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextEpoch() view returns(uint256)
func (rewards *Rewards) PackNextEpoch() []byte {
	enc, err := rewards.abi.Pack("nextEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaea0e78b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextEpoch() view returns(uint256)
func (rewards *Rewards) TryPackNextEpoch() ([]byte, error) {
	return rewards.abi.Pack("nextEpoch")
}

// UnpackNextEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaea0e78b.
//
// Solidity: function nextEpoch() view returns(uint256)
func (rewards *Rewards) UnpackNextEpoch(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("nextEpoch", data)
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
func (rewards *Rewards) PackOwner() []byte {
	enc, err := rewards.abi.Pack("owner")
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
func (rewards *Rewards) TryPackOwner() ([]byte, error) {
	return rewards.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (rewards *Rewards) UnpackOwner(data []byte) (common.Address, error) {
	out, err := rewards.abi.Unpack("owner", data)
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
func (rewards *Rewards) PackPendingDefaultAdmin() []byte {
	enc, err := rewards.abi.Pack("pendingDefaultAdmin")
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
func (rewards *Rewards) TryPackPendingDefaultAdmin() ([]byte, error) {
	return rewards.abi.Pack("pendingDefaultAdmin")
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
func (rewards *Rewards) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := rewards.abi.Unpack("pendingDefaultAdmin", data)
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
func (rewards *Rewards) PackPendingDefaultAdminDelay() []byte {
	enc, err := rewards.abi.Pack("pendingDefaultAdminDelay")
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
func (rewards *Rewards) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return rewards.abi.Pack("pendingDefaultAdminDelay")
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
func (rewards *Rewards) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := rewards.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72a4d94b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(bool counted) returns(uint256 amount, uint64 dueAt)
func (rewards *Rewards) PackRelease(counted bool) []byte {
	enc, err := rewards.abi.Pack("release", counted)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72a4d94b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(bool counted) returns(uint256 amount, uint64 dueAt)
func (rewards *Rewards) TryPackRelease(counted bool) ([]byte, error) {
	return rewards.abi.Pack("release", counted)
}

// ReleaseOutput serves as a container for the return parameters of contract
// method Release.
type ReleaseOutput struct {
	Amount *big.Int
	DueAt  uint64
}

// UnpackRelease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72a4d94b.
//
// Solidity: function release(bool counted) returns(uint256 amount, uint64 dueAt)
func (rewards *Rewards) UnpackRelease(data []byte) (ReleaseOutput, error) {
	out, err := rewards.abi.Unpack("release", data)
	outstruct := new(ReleaseOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.DueAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (rewards *Rewards) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := rewards.abi.Pack("renounceRole", role, account)
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
func (rewards *Rewards) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return rewards.abi.Pack("renounceRole", role, account)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (rewards *Rewards) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := rewards.abi.Pack("revokeRole", role, account)
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
func (rewards *Rewards) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return rewards.abi.Pack("revokeRole", role, account)
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (rewards *Rewards) PackRollbackDefaultAdminDelay() []byte {
	enc, err := rewards.abi.Pack("rollbackDefaultAdminDelay")
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
func (rewards *Rewards) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return rewards.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSetEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddce102f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEmission(uint256 amount) returns()
func (rewards *Rewards) PackSetEmission(amount *big.Int) []byte {
	enc, err := rewards.abi.Pack("setEmission", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddce102f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEmission(uint256 amount) returns()
func (rewards *Rewards) TryPackSetEmission(amount *big.Int) ([]byte, error) {
	return rewards.abi.Pack("setEmission", amount)
}

// PackSettleEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d35fa7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleEpoch(uint256 epoch) returns()
func (rewards *Rewards) PackSettleEpoch(epoch *big.Int) []byte {
	enc, err := rewards.abi.Pack("settleEpoch", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d35fa7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleEpoch(uint256 epoch) returns()
func (rewards *Rewards) TryPackSettleEpoch(epoch *big.Int) ([]byte, error) {
	return rewards.abi.Pack("settleEpoch", epoch)
}

// PackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28345780.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settled(uint256 epoch) view returns(bool)
func (rewards *Rewards) PackSettled(epoch *big.Int) []byte {
	enc, err := rewards.abi.Pack("settled", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28345780.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settled(uint256 epoch) view returns(bool)
func (rewards *Rewards) TryPackSettled(epoch *big.Int) ([]byte, error) {
	return rewards.abi.Pack("settled", epoch)
}

// UnpackSettled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28345780.
//
// Solidity: function settled(uint256 epoch) view returns(bool)
func (rewards *Rewards) UnpackSettled(data []byte) (bool, error) {
	out, err := rewards.abi.Unpack("settled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (rewards *Rewards) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := rewards.abi.Pack("supportsInterface", interfaceId)
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
func (rewards *Rewards) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return rewards.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (rewards *Rewards) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := rewards.abi.Unpack("supportsInterface", data)
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
func (rewards *Rewards) PackToken() []byte {
	enc, err := rewards.abi.Pack("token")
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
func (rewards *Rewards) TryPackToken() ([]byte, error) {
	return rewards.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (rewards *Rewards) UnpackToken(data []byte) (common.Address, error) {
	out, err := rewards.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalEmitted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf0244b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalEmitted() view returns(uint256)
func (rewards *Rewards) PackTotalEmitted() []byte {
	enc, err := rewards.abi.Pack("totalEmitted")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalEmitted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf0244b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalEmitted() view returns(uint256)
func (rewards *Rewards) TryPackTotalEmitted() ([]byte, error) {
	return rewards.abi.Pack("totalEmitted")
}

// UnpackTotalEmitted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf0244b1.
//
// Solidity: function totalEmitted() view returns(uint256)
func (rewards *Rewards) UnpackTotalEmitted(data []byte) (*big.Int, error) {
	out, err := rewards.abi.Unpack("totalEmitted", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// RewardsDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the Rewards contract.
type RewardsDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const RewardsDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (RewardsDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return RewardsDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (rewards *Rewards) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*RewardsDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the Rewards contract.
type RewardsDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const RewardsDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (RewardsDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return RewardsDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (rewards *Rewards) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*RewardsDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the Rewards contract.
type RewardsDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const RewardsDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (RewardsDefaultAdminTransferCanceled) ContractEventName() string {
	return RewardsDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (rewards *Rewards) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*RewardsDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the Rewards contract.
type RewardsDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const RewardsDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (RewardsDefaultAdminTransferScheduled) ContractEventName() string {
	return RewardsDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (rewards *Rewards) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*RewardsDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsEmissionUpdated represents a EmissionUpdated event raised by the Rewards contract.
type RewardsEmissionUpdated struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RewardsEmissionUpdatedEventName = "EmissionUpdated"

// ContractEventName returns the user-defined event name.
func (RewardsEmissionUpdated) ContractEventName() string {
	return RewardsEmissionUpdatedEventName
}

// UnpackEmissionUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EmissionUpdated(uint256 amount)
func (rewards *Rewards) UnpackEmissionUpdatedEvent(log *types.Log) (*RewardsEmissionUpdated, error) {
	event := "EmissionUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsEmissionUpdated)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsEpochSettled represents a EpochSettled event raised by the Rewards contract.
type RewardsEpochSettled struct {
	Epoch  *big.Int
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RewardsEpochSettledEventName = "EpochSettled"

// ContractEventName returns the user-defined event name.
func (RewardsEpochSettled) ContractEventName() string {
	return RewardsEpochSettledEventName
}

// UnpackEpochSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochSettled(uint256 indexed epoch, uint256 amount)
func (rewards *Rewards) UnpackEpochSettledEvent(log *types.Log) (*RewardsEpochSettled, error) {
	event := "EpochSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsEpochSettled)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsEpochsForfeited represents a EpochsForfeited event raised by the Rewards contract.
type RewardsEpochsForfeited struct {
	FirstEpoch *big.Int
	LastEpoch  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RewardsEpochsForfeitedEventName = "EpochsForfeited"

// ContractEventName returns the user-defined event name.
func (RewardsEpochsForfeited) ContractEventName() string {
	return RewardsEpochsForfeitedEventName
}

// UnpackEpochsForfeitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochsForfeited(uint256 indexed firstEpoch, uint256 lastEpoch)
func (rewards *Rewards) UnpackEpochsForfeitedEvent(log *types.Log) (*RewardsEpochsForfeited, error) {
	event := "EpochsForfeited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsEpochsForfeited)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsEpochsSettled represents a EpochsSettled event raised by the Rewards contract.
type RewardsEpochsSettled struct {
	FirstEpoch *big.Int
	LastEpoch  *big.Int
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RewardsEpochsSettledEventName = "EpochsSettled"

// ContractEventName returns the user-defined event name.
func (RewardsEpochsSettled) ContractEventName() string {
	return RewardsEpochsSettledEventName
}

// UnpackEpochsSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochsSettled(uint256 indexed firstEpoch, uint256 lastEpoch, uint256 amount)
func (rewards *Rewards) UnpackEpochsSettledEvent(log *types.Log) (*RewardsEpochsSettled, error) {
	event := "EpochsSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsEpochsSettled)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsRoleAdminChanged represents a RoleAdminChanged event raised by the Rewards contract.
type RewardsRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const RewardsRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (RewardsRoleAdminChanged) ContractEventName() string {
	return RewardsRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (rewards *Rewards) UnpackRoleAdminChangedEvent(log *types.Log) (*RewardsRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsRoleGranted represents a RoleGranted event raised by the Rewards contract.
type RewardsRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RewardsRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (RewardsRoleGranted) ContractEventName() string {
	return RewardsRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (rewards *Rewards) UnpackRoleGrantedEvent(log *types.Log) (*RewardsRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsRoleGranted)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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

// RewardsRoleRevoked represents a RoleRevoked event raised by the Rewards contract.
type RewardsRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RewardsRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (RewardsRoleRevoked) ContractEventName() string {
	return RewardsRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (rewards *Rewards) UnpackRoleRevokedEvent(log *types.Log) (*RewardsRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardsRoleRevoked)
	if len(log.Data) > 0 {
		if err := rewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewards.abi.Events[event].Inputs {
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
func (rewards *Rewards) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rewards.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return rewards.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return rewards.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return rewards.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return rewards.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return rewards.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return rewards.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["AlreadyValidator"].ID.Bytes()[:4]) {
		return rewards.UnpackAlreadyValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["ClassMismatch"].ID.Bytes()[:4]) {
		return rewards.UnpackClassMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["ClassNotFound"].ID.Bytes()[:4]) {
		return rewards.UnpackClassNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return rewards.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["DeviceAlreadyRegistered"].ID.Bytes()[:4]) {
		return rewards.UnpackDeviceAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["DeviceInactive"].ID.Bytes()[:4]) {
		return rewards.UnpackDeviceInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["DeviceNotFound"].ID.Bytes()[:4]) {
		return rewards.UnpackDeviceNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["EpochAlreadySettled"].ID.Bytes()[:4]) {
		return rewards.UnpackEpochAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["EpochNotOver"].ID.Bytes()[:4]) {
		return rewards.UnpackEpochNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["ExitPending"].ID.Bytes()[:4]) {
		return rewards.UnpackExitPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["InsufficientFunds"].ID.Bytes()[:4]) {
		return rewards.UnpackInsufficientFundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return rewards.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["InsufficientValue"].ID.Bytes()[:4]) {
		return rewards.UnpackInsufficientValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["InvalidInput"].ID.Bytes()[:4]) {
		return rewards.UnpackInvalidInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return rewards.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return rewards.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return rewards.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return rewards.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["NoShareInClass"].ID.Bytes()[:4]) {
		return rewards.UnpackNoShareInClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["NotContributor"].ID.Bytes()[:4]) {
		return rewards.UnpackNotContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["NotOwnerOrOperator"].ID.Bytes()[:4]) {
		return rewards.UnpackNotOwnerOrOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return rewards.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["NotValidator"].ID.Bytes()[:4]) {
		return rewards.UnpackNotValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return rewards.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return rewards.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["OutsideWindow"].ID.Bytes()[:4]) {
		return rewards.UnpackOutsideWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return rewards.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["RootAlreadyAnchored"].ID.Bytes()[:4]) {
		return rewards.UnpackRootAlreadyAnchoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return rewards.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return rewards.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["SettlementTooSmall"].ID.Bytes()[:4]) {
		return rewards.UnpackSettlementTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return rewards.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["SnapshotLimit"].ID.Bytes()[:4]) {
		return rewards.UnpackSnapshotLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["ThresholdOutOfRange"].ID.Bytes()[:4]) {
		return rewards.UnpackThresholdOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["TokenExpired"].ID.Bytes()[:4]) {
		return rewards.UnpackTokenExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["TokenNotFinalized"].ID.Bytes()[:4]) {
		return rewards.UnpackTokenNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["TokenNotFound"].ID.Bytes()[:4]) {
		return rewards.UnpackTokenNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["TooManyValidators"].ID.Bytes()[:4]) {
		return rewards.UnpackTooManyValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return rewards.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return rewards.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["UnsupportedAsset"].ID.Bytes()[:4]) {
		return rewards.UnpackUnsupportedAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["ValueTooLarge"].ID.Bytes()[:4]) {
		return rewards.UnpackValueTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewards.abi.Errors["WrongRound"].ID.Bytes()[:4]) {
		return rewards.UnpackWrongRoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RewardsAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the Rewards contract.
type RewardsAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func RewardsAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (rewards *Rewards) UnpackAccessControlBadConfirmationError(raw []byte) (*RewardsAccessControlBadConfirmation, error) {
	out := new(RewardsAccessControlBadConfirmation)
	if err := rewards.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the Rewards contract.
type RewardsAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func RewardsAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (rewards *Rewards) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*RewardsAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(RewardsAccessControlEnforcedDefaultAdminDelay)
	if err := rewards.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the Rewards contract.
type RewardsAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func RewardsAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (rewards *Rewards) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*RewardsAccessControlEnforcedDefaultAdminRules, error) {
	out := new(RewardsAccessControlEnforcedDefaultAdminRules)
	if err := rewards.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the Rewards contract.
type RewardsAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func RewardsAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (rewards *Rewards) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*RewardsAccessControlInvalidDefaultAdmin, error) {
	out := new(RewardsAccessControlInvalidDefaultAdmin)
	if err := rewards.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the Rewards contract.
type RewardsAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func RewardsAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (rewards *Rewards) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*RewardsAccessControlUnauthorizedAccount, error) {
	out := new(RewardsAccessControlUnauthorizedAccount)
	if err := rewards.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsAlreadyCommitted represents a AlreadyCommitted error raised by the Rewards contract.
type RewardsAlreadyCommitted struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func RewardsAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xd42c3985415fe3c33d0f0749432682c56d039cfb7a2286e4db68b4b1a46aa79d")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func (rewards *Rewards) UnpackAlreadyCommittedError(raw []byte) (*RewardsAlreadyCommitted, error) {
	out := new(RewardsAlreadyCommitted)
	if err := rewards.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsAlreadyValidator represents a AlreadyValidator error raised by the Rewards contract.
type RewardsAlreadyValidator struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyValidator(address validator)
func RewardsAlreadyValidatorErrorID() common.Hash {
	return common.HexToHash("0x59615ad3a367eab8dcd25f6daa9f268c32bc6203d8155d625b9eb74607972291")
}

// UnpackAlreadyValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyValidator(address validator)
func (rewards *Rewards) UnpackAlreadyValidatorError(raw []byte) (*RewardsAlreadyValidator, error) {
	out := new(RewardsAlreadyValidator)
	if err := rewards.abi.UnpackIntoInterface(out, "AlreadyValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsClassMismatch represents a ClassMismatch error raised by the Rewards contract.
type RewardsClassMismatch struct {
	FromClass *big.Int
	ToClass   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func RewardsClassMismatchErrorID() common.Hash {
	return common.HexToHash("0x9011b828b69d781e3674d1eb38afb8ac58660ec360207e459b2bddd440b7f71d")
}

// UnpackClassMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func (rewards *Rewards) UnpackClassMismatchError(raw []byte) (*RewardsClassMismatch, error) {
	out := new(RewardsClassMismatch)
	if err := rewards.abi.UnpackIntoInterface(out, "ClassMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsClassNotFound represents a ClassNotFound error raised by the Rewards contract.
type RewardsClassNotFound struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassNotFound(uint256 classId)
func RewardsClassNotFoundErrorID() common.Hash {
	return common.HexToHash("0x87a1ee84636a0c7ca354e11f38293877f9b41d84757ac8dc95e2b2877029f435")
}

// UnpackClassNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassNotFound(uint256 classId)
func (rewards *Rewards) UnpackClassNotFoundError(raw []byte) (*RewardsClassNotFound, error) {
	out := new(RewardsClassNotFound)
	if err := rewards.abi.UnpackIntoInterface(out, "ClassNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsCommitmentMismatch represents a CommitmentMismatch error raised by the Rewards contract.
type RewardsCommitmentMismatch struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func RewardsCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func (rewards *Rewards) UnpackCommitmentMismatchError(raw []byte) (*RewardsCommitmentMismatch, error) {
	out := new(RewardsCommitmentMismatch)
	if err := rewards.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDeviceAlreadyRegistered represents a DeviceAlreadyRegistered error raised by the Rewards contract.
type RewardsDeviceAlreadyRegistered struct {
	Device   common.Address
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func RewardsDeviceAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x77db65d3bb2ac98d141dd141cdf52fa9ecfec8f895ee5a026c6f488e18d1ee04")
}

// UnpackDeviceAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func (rewards *Rewards) UnpackDeviceAlreadyRegisteredError(raw []byte) (*RewardsDeviceAlreadyRegistered, error) {
	out := new(RewardsDeviceAlreadyRegistered)
	if err := rewards.abi.UnpackIntoInterface(out, "DeviceAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDeviceInactive represents a DeviceInactive error raised by the Rewards contract.
type RewardsDeviceInactive struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceInactive(address device)
func RewardsDeviceInactiveErrorID() common.Hash {
	return common.HexToHash("0x9772084548a0cbb56bf5d6693df146e85de28894e799fd6a569c842fcf1f15bf")
}

// UnpackDeviceInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceInactive(address device)
func (rewards *Rewards) UnpackDeviceInactiveError(raw []byte) (*RewardsDeviceInactive, error) {
	out := new(RewardsDeviceInactive)
	if err := rewards.abi.UnpackIntoInterface(out, "DeviceInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsDeviceNotFound represents a DeviceNotFound error raised by the Rewards contract.
type RewardsDeviceNotFound struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceNotFound(address device)
func RewardsDeviceNotFoundErrorID() common.Hash {
	return common.HexToHash("0xa6b01d55f7528b060ca60ecc627c157cbdbdf396db3312d2de2fa68ea68ad8b0")
}

// UnpackDeviceNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceNotFound(address device)
func (rewards *Rewards) UnpackDeviceNotFoundError(raw []byte) (*RewardsDeviceNotFound, error) {
	out := new(RewardsDeviceNotFound)
	if err := rewards.abi.UnpackIntoInterface(out, "DeviceNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsEpochAlreadySettled represents a EpochAlreadySettled error raised by the Rewards contract.
type RewardsEpochAlreadySettled struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func RewardsEpochAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xbe076367f7cc6da37b43590ad1d0f9cae441a445cbfbde63a2125871c5538baa")
}

// UnpackEpochAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func (rewards *Rewards) UnpackEpochAlreadySettledError(raw []byte) (*RewardsEpochAlreadySettled, error) {
	out := new(RewardsEpochAlreadySettled)
	if err := rewards.abi.UnpackIntoInterface(out, "EpochAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsEpochNotOver represents a EpochNotOver error raised by the Rewards contract.
type RewardsEpochNotOver struct {
	Epoch  *big.Int
	EndsAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func RewardsEpochNotOverErrorID() common.Hash {
	return common.HexToHash("0xf562b22bef3c5419719d9f101f096339895b98e42bcc2fce94f611b3202c9f69")
}

// UnpackEpochNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func (rewards *Rewards) UnpackEpochNotOverError(raw []byte) (*RewardsEpochNotOver, error) {
	out := new(RewardsEpochNotOver)
	if err := rewards.abi.UnpackIntoInterface(out, "EpochNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsExitPending represents a ExitPending error raised by the Rewards contract.
type RewardsExitPending struct {
	Validator   common.Address
	AvailableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func RewardsExitPendingErrorID() common.Hash {
	return common.HexToHash("0x4ac6d28d41ff508efea2f41ac35f11d8b064887b16e82ab440b94dcaa89185b5")
}

// UnpackExitPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func (rewards *Rewards) UnpackExitPendingError(raw []byte) (*RewardsExitPending, error) {
	out := new(RewardsExitPending)
	if err := rewards.abi.UnpackIntoInterface(out, "ExitPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsInsufficientFunds represents a InsufficientFunds error raised by the Rewards contract.
type RewardsInsufficientFunds struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func RewardsInsufficientFundsErrorID() common.Hash {
	return common.HexToHash("0x03eb8b54a949acec2cd08fdb6d6bd4647a1f2c907d75d6900648effa92eb147f")
}

// UnpackInsufficientFundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func (rewards *Rewards) UnpackInsufficientFundsError(raw []byte) (*RewardsInsufficientFunds, error) {
	out := new(RewardsInsufficientFunds)
	if err := rewards.abi.UnpackIntoInterface(out, "InsufficientFunds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsInsufficientStake represents a InsufficientStake error raised by the Rewards contract.
type RewardsInsufficientStake struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func RewardsInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func (rewards *Rewards) UnpackInsufficientStakeError(raw []byte) (*RewardsInsufficientStake, error) {
	out := new(RewardsInsufficientStake)
	if err := rewards.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsInsufficientValue represents a InsufficientValue error raised by the Rewards contract.
type RewardsInsufficientValue struct {
	TokenId   *big.Int
	Available *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func RewardsInsufficientValueErrorID() common.Hash {
	return common.HexToHash("0x5e7ad06bc2adde71395af078bd0ebba7ccf934b2ec92b75fa4543515d42d3cca")
}

// UnpackInsufficientValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func (rewards *Rewards) UnpackInsufficientValueError(raw []byte) (*RewardsInsufficientValue, error) {
	out := new(RewardsInsufficientValue)
	if err := rewards.abi.UnpackIntoInterface(out, "InsufficientValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsInvalidInput represents a InvalidInput error raised by the Rewards contract.
type RewardsInvalidInput struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInput(string what)
func RewardsInvalidInputErrorID() common.Hash {
	return common.HexToHash("0xd647364f6372634b5b80f364ade32a6f36738fbd78295784181d4149356c4e7b")
}

// UnpackInvalidInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInput(string what)
func (rewards *Rewards) UnpackInvalidInputError(raw []byte) (*RewardsInvalidInput, error) {
	out := new(RewardsInvalidInput)
	if err := rewards.abi.UnpackIntoInterface(out, "InvalidInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsInvalidProof represents a InvalidProof error raised by the Rewards contract.
type RewardsInvalidProof struct {
	TokenId   *big.Int
	ProofType [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func RewardsInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x9996e7c96fb3025cd8786253959e62a4b21034ad7549bb1ef6e591e793c11711")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func (rewards *Rewards) UnpackInvalidProofError(raw []byte) (*RewardsInvalidProof, error) {
	out := new(RewardsInvalidProof)
	if err := rewards.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsInvalidSignature represents a InvalidSignature error raised by the Rewards contract.
type RewardsInvalidSignature struct {
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func RewardsInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x42d750dc54bbceaa353a28b4229a6ea77f66d73de45149ec99e1f81ce80ca45b")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func (rewards *Rewards) UnpackInvalidSignatureError(raw []byte) (*RewardsInvalidSignature, error) {
	out := new(RewardsInvalidSignature)
	if err := rewards.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsLengthMismatch represents a LengthMismatch error raised by the Rewards contract.
type RewardsLengthMismatch struct {
	A *big.Int
	B *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func RewardsLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func (rewards *Rewards) UnpackLengthMismatchError(raw []byte) (*RewardsLengthMismatch, error) {
	out := new(RewardsLengthMismatch)
	if err := rewards.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsNoCommitment represents a NoCommitment error raised by the Rewards contract.
type RewardsNoCommitment struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func RewardsNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x8c459fde07645d92528e3f45fdc0ab2be9322ec099b9d01ab03b8d6b70c5e2fa")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func (rewards *Rewards) UnpackNoCommitmentError(raw []byte) (*RewardsNoCommitment, error) {
	out := new(RewardsNoCommitment)
	if err := rewards.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsNoShareInClass represents a NoShareInClass error raised by the Rewards contract.
type RewardsNoShareInClass struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoShareInClass(uint256 classId)
func RewardsNoShareInClassErrorID() common.Hash {
	return common.HexToHash("0xd0d1caaaf830d253fcb74b2802e393ff3dcd35a126f6611201f693df7900f2ad")
}

// UnpackNoShareInClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoShareInClass(uint256 classId)
func (rewards *Rewards) UnpackNoShareInClassError(raw []byte) (*RewardsNoShareInClass, error) {
	out := new(RewardsNoShareInClass)
	if err := rewards.abi.UnpackIntoInterface(out, "NoShareInClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsNotContributor represents a NotContributor error raised by the Rewards contract.
type RewardsNotContributor struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func RewardsNotContributorErrorID() common.Hash {
	return common.HexToHash("0xc0fb39988c732c0bd01a7a022c4cf81f5a39219dce16e0f51a44e86355fb4cde")
}

// UnpackNotContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func (rewards *Rewards) UnpackNotContributorError(raw []byte) (*RewardsNotContributor, error) {
	out := new(RewardsNotContributor)
	if err := rewards.abi.UnpackIntoInterface(out, "NotContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsNotOwnerOrOperator represents a NotOwnerOrOperator error raised by the Rewards contract.
type RewardsNotOwnerOrOperator struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func RewardsNotOwnerOrOperatorErrorID() common.Hash {
	return common.HexToHash("0x479bf1ea80dc1cbb03744c5b07db4cd890071cdc412528d41073da00e1c6f78b")
}

// UnpackNotOwnerOrOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func (rewards *Rewards) UnpackNotOwnerOrOperatorError(raw []byte) (*RewardsNotOwnerOrOperator, error) {
	out := new(RewardsNotOwnerOrOperator)
	if err := rewards.abi.UnpackIntoInterface(out, "NotOwnerOrOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsNotPending represents a NotPending error raised by the Rewards contract.
type RewardsNotPending struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func RewardsNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func (rewards *Rewards) UnpackNotPendingError(raw []byte) (*RewardsNotPending, error) {
	out := new(RewardsNotPending)
	if err := rewards.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsNotValidator represents a NotValidator error raised by the Rewards contract.
type RewardsNotValidator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidator(address caller)
func RewardsNotValidatorErrorID() common.Hash {
	return common.HexToHash("0xed3db8ac0aff2f11d9c21259b57051cec9967e78c0d61c8321b092e63647d624")
}

// UnpackNotValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidator(address caller)
func (rewards *Rewards) UnpackNotValidatorError(raw []byte) (*RewardsNotValidator, error) {
	out := new(RewardsNotValidator)
	if err := rewards.abi.UnpackIntoInterface(out, "NotValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsNothingToClaim represents a NothingToClaim error raised by the Rewards contract.
type RewardsNothingToClaim struct {
	TokenId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func RewardsNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xb361b5fb505a1ba315c65f6d38503886d35e517bd61a26c7379c1b3a9527c464")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func (rewards *Rewards) UnpackNothingToClaimError(raw []byte) (*RewardsNothingToClaim, error) {
	out := new(RewardsNothingToClaim)
	if err := rewards.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsNothingToWithdraw represents a NothingToWithdraw error raised by the Rewards contract.
type RewardsNothingToWithdraw struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address validator)
func RewardsNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address validator)
func (rewards *Rewards) UnpackNothingToWithdrawError(raw []byte) (*RewardsNothingToWithdraw, error) {
	out := new(RewardsNothingToWithdraw)
	if err := rewards.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsOutsideWindow represents a OutsideWindow error raised by the Rewards contract.
type RewardsOutsideWindow struct {
	Round    *big.Int
	NowTs    *big.Int
	OpensAt  *big.Int
	ClosesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func RewardsOutsideWindowErrorID() common.Hash {
	return common.HexToHash("0x07af89b7c8de57c1aefe15ffeec6aa3991f4e84086fcd2901ed3b96b8774c0f4")
}

// UnpackOutsideWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func (rewards *Rewards) UnpackOutsideWindowError(raw []byte) (*RewardsOutsideWindow, error) {
	out := new(RewardsOutsideWindow)
	if err := rewards.abi.UnpackIntoInterface(out, "OutsideWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Rewards contract.
type RewardsReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func RewardsReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (rewards *Rewards) UnpackReentrancyGuardReentrantCallError(raw []byte) (*RewardsReentrancyGuardReentrantCall, error) {
	out := new(RewardsReentrancyGuardReentrantCall)
	if err := rewards.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsRootAlreadyAnchored represents a RootAlreadyAnchored error raised by the Rewards contract.
type RewardsRootAlreadyAnchored struct {
	MerkleRoot [32]byte
	TokenId    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func RewardsRootAlreadyAnchoredErrorID() common.Hash {
	return common.HexToHash("0x70f13f0496d98a6d01867956f871541e5a1b1705a8c34d208ecf45659d1b6dc0")
}

// UnpackRootAlreadyAnchoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func (rewards *Rewards) UnpackRootAlreadyAnchoredError(raw []byte) (*RewardsRootAlreadyAnchored, error) {
	out := new(RewardsRootAlreadyAnchored)
	if err := rewards.abi.UnpackIntoInterface(out, "RootAlreadyAnchored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the Rewards contract.
type RewardsSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func RewardsSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (rewards *Rewards) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*RewardsSafeCastOverflowedUintDowncast, error) {
	out := new(RewardsSafeCastOverflowedUintDowncast)
	if err := rewards.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Rewards contract.
type RewardsSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RewardsSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (rewards *Rewards) UnpackSafeERC20FailedOperationError(raw []byte) (*RewardsSafeERC20FailedOperation, error) {
	out := new(RewardsSafeERC20FailedOperation)
	if err := rewards.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsSettlementTooSmall represents a SettlementTooSmall error raised by the Rewards contract.
type RewardsSettlementTooSmall struct {
	Amount  *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func RewardsSettlementTooSmallErrorID() common.Hash {
	return common.HexToHash("0x305ce08841342db3d1d6d66c506af5df9b957b0575353614644e79ffb9274725")
}

// UnpackSettlementTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func (rewards *Rewards) UnpackSettlementTooSmallError(raw []byte) (*RewardsSettlementTooSmall, error) {
	out := new(RewardsSettlementTooSmall)
	if err := rewards.abi.UnpackIntoInterface(out, "SettlementTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsSignatureExpired represents a SignatureExpired error raised by the Rewards contract.
type RewardsSignatureExpired struct {
	Deadline uint64
	NowTs    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func RewardsSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xbfedba505f31ce2b5fc078ac87cf95474a68cb2e894d4efcb8f6e8e5fbba5b1e")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func (rewards *Rewards) UnpackSignatureExpiredError(raw []byte) (*RewardsSignatureExpired, error) {
	out := new(RewardsSignatureExpired)
	if err := rewards.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsSnapshotLimit represents a SnapshotLimit error raised by the Rewards contract.
type RewardsSnapshotLimit struct {
	ClassId      *big.Int
	MaxSnapshots *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func RewardsSnapshotLimitErrorID() common.Hash {
	return common.HexToHash("0xda15cba7986fc14490e1424c86146c915b10b0348a5fa089102f01c2444dc097")
}

// UnpackSnapshotLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func (rewards *Rewards) UnpackSnapshotLimitError(raw []byte) (*RewardsSnapshotLimit, error) {
	out := new(RewardsSnapshotLimit)
	if err := rewards.abi.UnpackIntoInterface(out, "SnapshotLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsThresholdOutOfRange represents a ThresholdOutOfRange error raised by the Rewards contract.
type RewardsThresholdOutOfRange struct {
	TokenId   *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func RewardsThresholdOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8c883479505792c6824fe707eaf690d680b3b6a767cdb95b00e496c0001e48b5")
}

// UnpackThresholdOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func (rewards *Rewards) UnpackThresholdOutOfRangeError(raw []byte) (*RewardsThresholdOutOfRange, error) {
	out := new(RewardsThresholdOutOfRange)
	if err := rewards.abi.UnpackIntoInterface(out, "ThresholdOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsTokenExpired represents a TokenExpired error raised by the Rewards contract.
type RewardsTokenExpired struct {
	TokenId  *big.Int
	ExpireAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func RewardsTokenExpiredErrorID() common.Hash {
	return common.HexToHash("0x891302ba9fe80b8e99f5bef58597fd8938d0e0005ae27745cd34f097e8db69c7")
}

// UnpackTokenExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func (rewards *Rewards) UnpackTokenExpiredError(raw []byte) (*RewardsTokenExpired, error) {
	out := new(RewardsTokenExpired)
	if err := rewards.abi.UnpackIntoInterface(out, "TokenExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsTokenNotFinalized represents a TokenNotFinalized error raised by the Rewards contract.
type RewardsTokenNotFinalized struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func RewardsTokenNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x3753b3f91524b52d85bfedbfa72f35a5f00618d283d299446160ace8d00875b5")
}

// UnpackTokenNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func (rewards *Rewards) UnpackTokenNotFinalizedError(raw []byte) (*RewardsTokenNotFinalized, error) {
	out := new(RewardsTokenNotFinalized)
	if err := rewards.abi.UnpackIntoInterface(out, "TokenNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsTokenNotFound represents a TokenNotFound error raised by the Rewards contract.
type RewardsTokenNotFound struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func RewardsTokenNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6caeb130d3a0b454045ba4dd4db925f61c465b67a276749b3f04383e5316246c")
}

// UnpackTokenNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func (rewards *Rewards) UnpackTokenNotFoundError(raw []byte) (*RewardsTokenNotFound, error) {
	out := new(RewardsTokenNotFound)
	if err := rewards.abi.UnpackIntoInterface(out, "TokenNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsTooManyValidators represents a TooManyValidators error raised by the Rewards contract.
type RewardsTooManyValidators struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyValidators(uint256 max)
func RewardsTooManyValidatorsErrorID() common.Hash {
	return common.HexToHash("0x628fb2b997b1baecc4ef1763c10c38f1af2e763429dfedc06287049ce877d5fe")
}

// UnpackTooManyValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyValidators(uint256 max)
func (rewards *Rewards) UnpackTooManyValidatorsError(raw []byte) (*RewardsTooManyValidators, error) {
	out := new(RewardsTooManyValidators)
	if err := rewards.abi.UnpackIntoInterface(out, "TooManyValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsTransferFailed represents a TransferFailed error raised by the Rewards contract.
type RewardsTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func RewardsTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (rewards *Rewards) UnpackTransferFailedError(raw []byte) (*RewardsTransferFailed, error) {
	out := new(RewardsTransferFailed)
	if err := rewards.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsUnauthorized represents a Unauthorized error raised by the Rewards contract.
type RewardsUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func RewardsUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (rewards *Rewards) UnpackUnauthorizedError(raw []byte) (*RewardsUnauthorized, error) {
	out := new(RewardsUnauthorized)
	if err := rewards.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsUnsupportedAsset represents a UnsupportedAsset error raised by the Rewards contract.
type RewardsUnsupportedAsset struct {
	ClassId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func RewardsUnsupportedAssetErrorID() common.Hash {
	return common.HexToHash("0x2925b16cc2fff5c14f9f6931ca0c594fc5d4523ba6075c2f2bd4c3a0b5e3b9d6")
}

// UnpackUnsupportedAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func (rewards *Rewards) UnpackUnsupportedAssetError(raw []byte) (*RewardsUnsupportedAsset, error) {
	out := new(RewardsUnsupportedAsset)
	if err := rewards.abi.UnpackIntoInterface(out, "UnsupportedAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsValueTooLarge represents a ValueTooLarge error raised by the Rewards contract.
type RewardsValueTooLarge struct {
	Value *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func RewardsValueTooLargeErrorID() common.Hash {
	return common.HexToHash("0x280b172ca53e20bb4a0ad96a42060f5f5e423bb4490f277df4246e71c3fb1a06")
}

// UnpackValueTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func (rewards *Rewards) UnpackValueTooLargeError(raw []byte) (*RewardsValueTooLarge, error) {
	out := new(RewardsValueTooLarge)
	if err := rewards.abi.UnpackIntoInterface(out, "ValueTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardsWrongRound represents a WrongRound error raised by the Rewards contract.
type RewardsWrongRound struct {
	TokenId    *big.Int
	TokenRound *big.Int
	Round      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func RewardsWrongRoundErrorID() common.Hash {
	return common.HexToHash("0x8f008d76aaff098a7d218ffd6923e67fae3b03b645af4a1f3ecc888b185006cd")
}

// UnpackWrongRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func (rewards *Rewards) UnpackWrongRoundError(raw []byte) (*RewardsWrongRound, error) {
	out := new(RewardsWrongRound)
	if err := rewards.abi.UnpackIntoInterface(out, "WrongRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}
