// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package dataanchoringtoken

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

// Contribution is an auto generated low-level Go binding around an user-defined struct.
type Contribution struct {
	ClassId     uint64
	Device      common.Address
	Epoch       uint32
	H3Cell      uint64
	RecordCount uint32
	MerkleRoot  [32]byte
	CidDigest   [32]byte
	Score       uint16
	ZkCommit    [32]byte
	Deadline    uint64
}

// DataAnchoringTokenMetaData contains all meta data concerning the DataAnchoringToken contract.
var DataAnchoringTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIDeviceRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromClass\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toClass\",\"type\":\"uint256\"}],\"name\":\"ClassMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"ClassNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"DeviceAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"InvalidInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"NoShareInClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"OutsideWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"RootAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"SettlementTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxSnapshots\",\"type\":\"uint256\"}],\"name\":\"SnapshotLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"ThresholdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"TokenExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TokenNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TokenNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnsupportedAsset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenRound\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"WrongRound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForClass\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"erc20\",\"type\":\"address\"}],\"name\":\"ClassConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"ClassCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"ClassPolicyUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"cidDigest\",\"type\":\"bytes32\"}],\"name\":\"ContributionAnchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"EpochEmissionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"score\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"MetadataUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minEth\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minErc20\",\"type\":\"uint256\"}],\"name\":\"MinSettlementSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"Minted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"ProofAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"ProofVerifierSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"score\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reason\",\"type\":\"bytes32\"}],\"name\":\"Rejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RevenueSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"share\",\"type\":\"uint256\"}],\"name\":\"SharesExpired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferToken\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"metricType\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"}],\"name\":\"UsageRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ValueTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTESTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLASS_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONTRIBUTION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EVALUATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXPIRY_GRANULARITY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SNAPSHOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROOF_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ZK_ATTEST\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"accRevenuePerShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"proofURI\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"addProof\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"classId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"h3Cell\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"recordCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"score\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommit\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structContribution[]\",\"name\":\"cs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"anchor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"firstTokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"approveForClass\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"cidOf\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amountClaimed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"tokenIds\",\"type\":\"uint256[]\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"claimMany\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"classOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"classState\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"totalShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accEth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accErc20\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"erc20\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"snapshots\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"erc20\",\"type\":\"address\"}],\"name\":\"configureClass\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"contributionOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"h3Cell\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"recordCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"score\",\"type\":\"uint16\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"anchoredAt\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"contributorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"unitDecimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"createClass\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"tokenIds\",\"type\":\"uint256[]\"}],\"name\":\"evaluationWords\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"tokenIds\",\"type\":\"uint256[]\"}],\"name\":\"expire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"expireAtOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"until\",\"type\":\"uint256\"}],\"name\":\"expireDue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"getClassMeta\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"unitDecimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"hasProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForClass\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"isCounted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"minSettlement\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"minEth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minErc20\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"pendingRevenue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"proofVerifier\",\"outputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"provenThreshold\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metricType\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"recordUsage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIDeviceRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renderer\",\"outputs\":[{\"internalType\":\"contractDATMetadataRenderer\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"rewardDebt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"contractIEpochEmission\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"setEpochEmission\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minEth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minErc20\",\"type\":\"uint256\"}],\"name\":\"setMinSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"internalType\":\"contractIProofVerifier\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"setProofVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"settleEpochEmission\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"verdicts\",\"type\":\"uint256[]\"}],\"name\":\"settleEvaluations\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"settleRevenueERC20\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"settleRevenueETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"shareRatioOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"statusOf\",\"outputs\":[{\"internalType\":\"enumStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"}],\"name\":\"tokenOfDeviceRoot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"}],\"name\":\"tokenOfRoot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferValue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"updateClassMetadata\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"updateClassPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"valueOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyRecord\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"zkCommitOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DataAnchoringToken",
	Bin: "0x6101a08060405234610293576060816171c880380380916100208285610297565b83398101031261029357805165ffffffffffff81168103610293576020820151916001600160a01b038316908184036102935760400151916001600160a01b0383169182840361029357604051610078604082610297565b600681526020810190653230ba3834b760d11b82526040519361009c604086610297565b600185526020850193603160f81b85521561028057600180546001600160d01b031660d09290921b6001600160d01b0319169190911790556100dd876102ba565b506100e78161032c565b610120526100f48461032c565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261015d60c082610297565b5190206080523060c0521561024b5761016052604051610f418082016001600160401b03811183821017610237578291616287833903905ff090811561022c576101aa9161018052610302565b50604051615e679081610420823960805181615ab8015260a05181615b75015260c05181615a82015260e05181615b0701526101005181615b2d015261012051816128710152610140518161289d0152610160518181816121660152818161293b0152614701015261018051818181611d90015281816134490152614a990152f35b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b60405163d647364f60e01b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b636116401160e11b5f525f60045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761023757604052565b600254906001600160a01b0382166102f3576001600160a01b03199091166001600160a01b038216176002556102f0905f610397565b90565b631fe1e13d60e11b5f5260045ffd5b6102f0907f2b1978781a49e8a4f60a969bf85e4813e5a664996783914f3cdf6af027c53730610397565b601f815111610357576020815191015160208210610348571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16610419575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301b31075146143525750806301ffc9a7146142c9578063022d63fb146142ac57806302c6142b1461427257806306fdde031461421357806307e3ee1c146141ec5780630a4fda671461415c5780630aa6220b146140ca5780630e89341c14610d7457806314050fab14613fe957806314623a1b14613ea25780631bfbd79b14613e66578063248a9ca314613e3c578063286df5bd14613e125780632cd1b11314613d075780632f2ff15d14613cc45780632f81bb5814613c8a5780632fc2dbaf14613c5057806330d0ea3114613c1657806331ad24f814613bf7578063323d18c214613bc957806336568abe14613ae657806336d98ca114613ab057806338b40dc2146138fd5780633daec09d146138e15780633e88be95146138b15780633f5ba2441461379e5780634324aa2114613770578063489046481461369e5780634b7f8b111461361e5780634cda2cc2146134bb5780634d0917fd1461340e5780634f2b75e21461328857806354e26179146130c557806356606aeb1461301957806356626b7f14612fe95780635e338ffe14612f7c5780636130b15314612f4a578063634e93da14612e775780636352211e14612e47578063649a5ec714612cc257806370a0823114612c8a578063741e3723146129cd578063766e346c1461296a5780637b1039991461292657806384b0196e1461285957806384ef8ffc14611b5b5780638566f03114611dbf5780638ada6b0f14611d7b5780638b3e3bf614611d415780638ccd035014611b835780638da5cb5b14611b5b57806390f1e29d146118d857806391d148541461189057806395d89b411461184b5780639602ffe5146118015780639cb12162146114f65780639df10ea6146114a95780639f181b5e1461148c578063a1eda53c1461142a578063a217fddf14611410578063ab996317146113f3578063ad35efd4146113bd578063b3a57ea914611382578063b9e2a207146112cc578063bad42590146111df578063bb0bc51414611188578063c40b037214610dab578063c87b56dd14610d74578063cadf338f14610d3e578063cc8463c814610d14578063ccbd2dd614610c9a578063cefc142914610bee578063cf6eefb714610bb4578063d539139314610b7a578063d547741f14610b23578063d5c28db114610ad8578063d602b9fd14610a77578063dfcff7be146108f7578063e0fc0eca1461052e578063e89dfa59146104c5578063ed7b6b941461049b578063f0bb916c146104165763f1a40743146103b8575f80fd5b34610412576040366003190112610412576104016004356024356103db82614bf6565b906001600160401b03600883015460a01c16610403575b428110904218024218916156e5565b005b61040d828461542e565b6103f2565b5f80fd5b346104125760203660031901126104125760c060043561043581614bf6565b905f52600860205260405f2063ffffffff6003830154818160301c1692835f52602052600560405f209401549360018154910154906040519586526020860152604085015260018060a01b038160501c16606085015260101c16608083015260a0820152f35b34610412576020366003190112610412576004355f52600c602052602060405f2054604051908152f35b3461041257604036600319011261041257602061051f6004356105196104e96143c4565b6104f283614bf6565b835f526008865260405f2063ffffffff600383015460301c165f52865260405f2093614deb565b906147a5565b90549060031b1c604051908152f35b34610412576080366003190112610412576004356001600160401b0381116104125761055e903690600401614420565b906024356044359260ff8416809403610412576064356001600160401b03811161041257610590903690600401614420565b91610599614c78565b6105a4600554614816565b938460055561ffff85116108de57845f52600760205260405f206001600160401b038311610809576105d68154614578565b601f811161088d575b50825f601f8211600114610828575f9161081d575b508360011b905f198560031b1c19161781555b816002820155600381019760ff1989541617885560018101976001600160401b038611610809576106388954614578565b98601f8a116107ba575b602099505f601f881160011461072b57936106d1899a93948a97956106dd948b7fcbf4ceec2e5c8865b509fd65a97a450ff709dd1d0c9aeae52f474abe06dfb974995f91610720575b505f1960038e901b1c191660018d901b1790555b805461ff00191661010017905560080180546001600160e01b0316610e10420460e01b6001600160e01b031916179055565b6040519384938461466e565b0390a2816106f1575b505050604051908152f35b5f516020615e1b5f395f51905f52916107156040519283928884528884019161464e565b0390a28083806106e6565b90508b01355f61068b565b601f19881690825f528b5f20915f5b8181106107a35750948a9b946106dd947fcbf4ceec2e5c8865b509fd65a97a450ff709dd1d0c9aeae52f474abe06dfb97498946106d1948d8f9c9a1061078a575b505060018c811b01905561069f565b8c01355f1960038f901b60f8161c191690558f8061077b565b91928d60018192868d01358155019401920161073a565b868a111561064257805f5260205f20601f880160051c9060208910610801575b81019a601f0160051c035f5b8181106107f4575050610642565b5f8c8201556001016107e6565b5f91506107da565b634e487b7160e01b5f52604160045260245ffd5b9050870135896105f4565b5f8381526020812092508590601f198216905b8b8282106108735750501061085a575b5050600183811b018155610607565b8801355f19600386901b60f8161c19169055888061084b565b84013585556001909401936020938401938893500161083b565b838111156105df57815f5260205f20601f850160051c90602086106108d6575b81601f9101920160051c03905f5b8281106108c95750506105df565b5f828201556001016108bb565b5f91506108ad565b84630a02c5cb60e21b5f5260045261ffff60245260445ffd5b34610412576040366003190112610412576004356024356001600160a01b0381169081900361041257610928614c78565b61093182614bf6565b81151580610a16575b610997577f756e722bdfe5a2cd70c4ed380580e957f0f9909801916a83b87d75c48e38c5b29160088261096f6020948761542e565b0180546001600160e01b03191667ffffffffffffffff60a01b198316179055604051908152a2005b604051637e062a3560e11b815283602082600481875afa918215610a0b575f926109da575b50630a496c5b60e21b5f5260045260018060a01b031660245260445ffd5b6109fd91925060203d602011610a04575b6109f581836144b8565b810190614bd7565b90826109bc565b503d6109eb565b6040513d5f823e3d90fd5b50604051637e062a3560e11b8152602081600481865afa908115610a0b575f91610a58575b50600382015460501c6001600160a01b039081169116141561093a565b610a71915060203d602011610a04576109f581836144b8565b84610a3b565b34610412575f36600319011261041257610a8f614c29565b65ffffffffffff610a9e614b29565b90508160d01b6001541660015516610ab257005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1005b34610412576060366003190112610412576044356001600160401b03811161041257610b19610b0d60209236906004016143f0565b90602435600435614b48565b6040519015158152f35b3461041257604036600319011261041257600435610b3f6143c4565b8115610b6b5781610b66610b61610401945f525f602052600160405f20015490565b614ce7565b6159d4565b631fe1e13d60e11b5f5260045ffd5b34610412575f3660031901126104125760206040517f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68152f35b34610412575f36600319011261041257604065ffffffffffff610bd5614b29565b83516001600160a01b0390921682529091166020820152f35b34610412575f36600319011261041257610c06614b29565b506001600160a01b03163303610c875765ffffffffffff610c25614b29565b919091169081158015610c7d575b610c6a57600254610c579190610c51906001600160a01b031661599e565b50615926565b50600180546001600160d01b0319169055005b506319ca5ebb60e01b5f5260045260245ffd5b5042821015610c33565b636116401160e11b5f523360045260245ffd5b34610412576040366003190112610412576004356024356001600160a01b038116908190036104125760207f64731f45ae2abdc6115dad0deb3646c10b74d4396c24d2fedb24141cd0ffe2f391610cef614c29565b5f8481526013835260409081902080546001600160a01b0319168317905551908152a2005b34610412575f366003190112610412576020610d2e614af0565b65ffffffffffff60405191168152f35b3461041257602036600319011261041257602066ffffffffffffff6001610d66600435614d54565b015460281c16604051908152f35b3461041257602036600319011261041257610da7610d936004356148f6565b60405191829160208352602083019061438a565b0390f35b34610412576080366003190112610412576024356004356044356001600160401b03811161041257610de1903690600401614420565b90926064356001600160401b03811161041257610e02903690600401614420565b610e0b85614d54565b956001600160a01b03610e1d876146c6565b16330361117157831561113f575f848152601360205260409020546001600160a01b0316801561100f57865f52600e60205260405f20548015610ff85760409081519283916314bcf3dd60e01b83528a60048401526024830152606060448301528180610e8e60648201898b61464e565b03915afa908115610a0b575f905f92610fac575b5015610f955761ffff16966127108811610f7e57610f46939291610f389188997fc0e7adc38a1c7019b393a30383bfb487d98ae418e0e57e1ff87b39e9265e2056995f52601260205261ffff60405f2054168111610f4b575b50505b885f52601160205260405f20865f5260205260405f20600160ff19825416179055604051968796875260606020880152606087019161464e565b91848303604086015261464e565b0390a2005b5f8b8152601260205260409020805461ffff1916909117905580546001600160f81b0316600160f81b1790558980610efb565b8787638c88347960e01b5f5260045260245260445ffd5b8487639996e7c960e01b5f5260045260245260445ffd5b9150506040813d604011610ff0575b81610fc8604093836144b8565b81010312610412576020610fdb8261468b565b9101519061ffff821682036104125789610ea2565b3d9150610fbb565b8588639996e7c960e01b5f5260045260245260445ffd5b509091929561108b61109c9160036110283689876148c0565b602081519101209101546040519060208201927f8d3f2dc39e393d05d244f2a32a11c53b72cab2cb07561d38ebc397684fa0770284528a60408401528b6060840152608083015260a082015260a0815261108360c0826144b8565b519020615685565b6110963685876148c0565b906156ab565b506110a68161449a565b15908115916110fd575b506110e65791610f4691610f387fc0e7adc38a1c7019b393a30383bfb487d98ae418e0e57e1ff87b39e9265e2056969794610efe565b8585639996e7c960e01b5f5260045260245260445ffd5b6001600160a01b03165f9081527fdeb762ebf58cc5e76b50c4e42193ae98659902e0f8ed75a6d772d48656524c47602052604090205460ff16159050876110b0565b60405163d647364f60e01b815260206004820152600960248201526870726f6f665479706560b81b6044820152606490fd5b8563181f673360e31b5f523360045260245260445ffd5b346104125760403660031901126104125760206111d76111a66143c4565b6111b1600435614d54565b906111d161ffff60018401541691825f526007865260405f208093614deb565b9161559a565b604051908152f35b34610412576040366003190112610412576004356111fb6143c4565b61120482614d54565b9060018060a01b03825416906112238461ffff60018601541684614d8a565b6001600160a01b03169182156112a15780546001600160a01b031916831790555f818152600f602052604080822080545f190190558382528120805460010190558290829085907f883cf583b77e18ff7c8e1a0e71a7cb0a9820e3af728c467709769c1a0e035c209080a45f516020615dfb5f395f51905f525f80a4005b60405163d647364f60e01b8152602060048201526002602482015261746f60f01b6044820152606490fd5b34610412576040366003190112610412576020670de0b6b3a76400006113696112f36143c4565b66ffffffffffffff611358600161130b600435614d54565b01549261132861ffff851691825f526007895260405f2083614deb565b90816113725763ffffffff8560b81c16905b5f526008885263ffffffff60405f2091165f52875260405f206147a5565b90549060031b1c9160601c1661488f565b04604051908152f35b63ffffffff8560d81c169061133a565b34610412576040366003190112610412576004355f52601160205260405f206024355f52602052602060ff60405f2054166040519015158152f35b3461041257602036600319011261041257602060ff6113dd600435614d54565b5460e01c16604051906113ef8161449a565b8152f35b34610412575f366003190112610412576020600554604051908152f35b34610412575f3660031901126104125760206040515f8152f35b34610412575f366003190112610412576002548060d01c9081151580611482575b156114785760a01c65ffffffffffff165b6040805165ffffffffffff928316815292909116602083015290f35b50505f5f9061145c565b504282101561144b565b34610412575f366003190112610412576020600654604051908152f35b34610412576020366003190112610412576004356114c681614bf6565b60088101546001600160a01b031633036114e3576104019161542e565b63472511eb60e11b5f523360045260245ffd5b34610412576020366003190112610412576004356001600160401b038111610412576115269036906004016143f0565b335f9081527f57eab3851ed836b4167edca507d53fd4a8df100270628b0b5280b859aab14931602052604090205460ff16156117ca575f5b81811061156757005b611572818385614631565b35906001600160401b03821661ffff8360401c1661158f82614d54565b60ff815460e01c166115a08161449a565b600181036117aa5750612710821161177c57805461ffff60e81b191660e883901b61ffff60e81b161781556001948560501b81161561172657916060918366ffffffffffffff807f6c24ef35b25bfd29cc6abaf6b484b78becb48a7bd07b0f90e3fbb79e352de29296861c169160981c16918860e11b60ff60e01b198254161781558289820191611631848461477f565b81151580611700575b156116735761ffff61165b93541690815f52600760205260405f209161518e565b60405192835260208301526040820152a25b0161155e565b5050805461ffff81165f9081526007602052604090206003015466ffffffffffffff60601b19909116606085901b66ffffffffffffff60601b161782556116fb91906116db9060301c63ffffffff166116cc8184614831565b6116d68184614854565b614877565b815463ffffffff60981b191660989190911b63ffffffff60981b16179055565b61165b565b5063ffffffff815460a01c16801590811561171c575b5061163a565b905042108e611716565b815460ff60e01b1916600360e01b179091557f4626a3c08bb0dc794c0189bb3b542b3700c82df50cf89b90404e7661549735449160409161176c9060581c60ff166153e6565b82519182526020820152a261166d565b60405163d647364f60e01b815260206004820152600560248201526473636f726560d81b6044820152606490fd5b6345945c7d60e11b5f5260048490526117c28161449a565b60245260445ffd5b63e2517d3f60e01b5f52336004527f4848aa3d2c0568bab3ca9720f91818ee0957e95426fa0627cc4809e2e5ed8be060245260445ffd5b3461041257602036600319011261041257602061181f600435614d54565b6118288161539b565b908161183a575b506040519015158152f35b61184491506153c7565b158261182f565b34610412575f36600319011261041257610da760405161186c6040826144b8565b600381526211105560ea1b602082015260405191829160208352602083019061438a565b34610412576040366003190112610412576118a96143c4565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610412576060366003190112610412576004356118f46143c4565b9060443591611901614d1f565b61190a82614bf6565b6001600160a01b039091169283158015611b41575b611b2a578015611afb57611933828461542e565b61193e4283856156e5565b600582015415611ae8576040516370a0823160e01b8152306004820152602081602481885afa908115610a0b575f91611ab6575b50604051916323b872dd60e01b5f52336004523060245260445260205f60648180895af160015f5114811615611a97575b826040525f60605215611a84576370a0823160e01b8252306004830152602082602481885afa8015610a0b575f90611a50575b6119e09250614824565b9081158015611a40575b611a235781611a0a5f516020615ddb5f395f51905f5293602093866152a6565b604051908152a35f5f516020615e3b5f395f51905f525d005b6004015460801c9063060b9c1160e31b5f5260045260245260445ffd5b50600481015460801c82106119ea565b506020823d602011611a7c575b81611a6a602093836144b8565b81010312610412576119e091516119d6565b3d9150611a5d565b84635274afe760e01b5f5260045260245ffd5b6001811516611aad57853b15153d1516166119a3565b823d5f823e3d90fd5b90506020813d602011611ae0575b81611ad1602093836144b8565b81010312610412575185611972565b3d9150611ac4565b82636868e55560e11b5f5260045260245ffd5b60405163d647364f60e01b8152602060048201526006602482015265185b5bdd5b9d60d21b6044820152606490fd5b5050630a496c5b60e21b5f5260045260245260445ffd5b50600382015460501c6001600160a01b031684141561191f565b34610412575f366003190112610412576002546040516001600160a01b039091168152602090f35b602036600319011261041257600435611b9a614d1f565b3415611afb57611ba981614bf6565b60048101549091906001600160801b0316348111611d2b5750611bcc828261542e565b611bd74283836156e5565b6005820154918215611d1857670de0b6b3a7640000340290348204670de0b6b3a764000003611cee57600391611c136006830191825490614641565b94611c1e81876148a2565b950690550163ffffffff815460301c1663fffffffe80821015611d025750825f52600860205260405f20815f5260205260405f20835f52600860205260405f2060018301809311611cee575f83815260209190915260409020948154611c849190614641565b85556001015493600101939093555f9263ffffffff60301b82549160301b169063ffffffff60301b19161790555f516020615ddb5f395f51905f526020604051348152a35f5f516020615e3b5f395f51905f525d005b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8363da15cba760e01b5f5260045260245260445ffd5b50636868e55560e11b5f5260045260245ffd5b63060b9c1160e31b5f523460045260245260445ffd5b34610412575f3660031901126104125760206040517f8d3f2dc39e393d05d244f2a32a11c53b72cab2cb07561d38ebc397684fa077028152f35b34610412575f366003190112610412576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610412576040366003190112610412576001600160401b03600435116104125736602360043501121561041257600435600401356001600160401b038111610412573660246101408302600435010111610412576024356001600160401b03811161041257611e339036906004016143f0565b808303612843578215612815576006549160018301809311611cee575f905f925f935b868510156127ce5781851015611cda578460051b830135601e19843603018112156104125783016001600160401b038135116104125780353603602082011361041257611ea38688614641565b426001600160401b03611ec16101446101408b02600435010161525e565b161061279a57611eec6001600160401b03611ee660246101408b02600435010161525e565b16614bf6565b9063ffffffff611f0660a46101408b026004350101615272565b16158015612775575b6127415761271061ffff611f2e6101046101408c026004350101615283565b161161177c5760c4610140890260043501013515801561272d575b6126f95760c461014089026004350101355f52600c60205260405f2054915f9383612608575b611f8360246004356101408d02010161525e565b90611f9860446004356101408e020101615292565b91611fad60646004356101408f020101615272565b8c611fc260846004356101408402010161525e565b611fd660a460043561014085020101615272565b90611fec61010460043561014086020101615283565b926101400260043501610144016120029061525e565b936040519760208901967fa66f2c811efe0d7a1c5ca2a9650c877bacd3e1a1876458f23997dae535b4986c88526001600160401b031660408a0152600160a01b6001900316606089015263ffffffff1660808801526001600160401b031660a087015263ffffffff1660c08601528d61014081026004350160c4013560e0870152610140026004350160e4013561010086015261ffff166101208501526101408d026004350161012401356101408501526001600160401b031661016084015261016083526120d3610180846144b8565b813591602001925190206120e690615685565b916120f092615d1b565b6120f991615d3e565b6001600160a01b0361211560446004356101408e020101615292565b6001600160a01b03909216911681036125d7575061213d60446101408b026004350101615292565b60408051634e81c85960e01b81526001600160a01b0392831660048201529591869060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa938415610a0b575f955f956125a1575b506001600160a01b03861694851561256d571561253957612527575060c46101408a026004350101355f52600c6020528160405f20555b818963ffffffff60035f94015460101c16806124e6575b505f828152600b60205260409020805463ffffffff60a01b1987166001600160c01b03199091161760a085901b63ffffffff60a01b161781555f516020615dbb5f395f51905f52916080916001600160401b039161243f916024916101409161227161225142615163565b825463ffffffff60c01b191660c09190911b63ffffffff60c01b16178255565b805460ff60e01b1916600160e01b1781556122b46122986004358486020161010401615283565b825461ffff60e81b191660e89190911b61ffff60e81b16178255565b61ffff6122c885858502600435010161525e565b1661ffff60018301911661ffff198254161781556122ee60a48585026004350101615272565b64ffffff000082549160101b169064ffffff000019161790556123ac61231c60448585026004350101615292565b6002830180546001600160a01b0319166001600160a01b0390921691909117815561237a6123526004358688020160840161525e565b825467ffffffffffffffff60a01b191660a09190911b67ffffffffffffffff60a01b16178255565b61238c60648686026004350101615272565b81546001600160e01b031660e09190911b6001600160e01b031916179055565b600480358385020160c4810135600384015560e4810135929091019190915561012401356124c8575b6001600160a01b036123ef60043583850201604401615292565b16887f3aa21a4fc012052ec51c547dd72c5212b508f4d1e2c954a4e8d7ce8e32e86afd6040805160c4878702600435010135815260e48787026004350101356020820152a302600435010161525e565b169363ffffffff604051918883525f60208401525f6040840152166060820152a3815f5f516020615dfb5f395f51905f528180a46001600160a01b03861690819003612494575b505060019485019401611e56565b909450816124a9575b50506001805f91612486565b5f52600f6020526124bf60405f20918254614641565b9055868061249d565b875f52600e60205261012482820260043501013560405f20556123d5565b5f516020615dbb5f395f51905f529193506001600160401b0361243f602461014061251b61251660809642614641565b615120565b979550505050506121e6565b5f52600d6020528160405f20556121cf565b61254d60446101408d026004350101615292565b639772084560e01b5f9081526001600160a01b0391909116600452602490fd5b61258160446101408e026004350101615292565b63a6b01d5560e01b5f9081526001600160a01b0391909116600452602490fd5b9094506125c691955060403d81116125d0575b6125be81836144b8565b810190614698565b949094938d612198565b503d6125b4565b6125eb60446101408c026004350101615292565b6310b5d43760e21b5f5260018060a01b031660045260245260445ffd5b5f848152600b60205260409020600201549094506004356101408b0201604401906001600160a01b039081169061263e83615292565b16146126d65761268a6126986126548c93615292565b604080516001600160a01b0390921660208301908152600435610140969096029590950160c40135908201529182906060820190565b03601f1981018352826144b8565b51902093845f52600d60205260405f2054806126b45750611f6f565b60c46101408c631c3c4fc160e21b5f520260043501013560045260245260445ffd5b8360c46101408c631c3c4fc160e21b5f520260043501013560045260245260445ffd5b60405163d647364f60e01b815260206004820152600b60248201526a1c9bdbdd081bdc8818da5960aa1b6044820152606490fd5b5060e4610140890260043501013515611f49565b60405163d647364f60e01b815260206004820152600b60248201526a1c9958dbdc9910dbdd5b9d60aa1b6044820152606490fd5b5062ffffff63ffffffff61279360a46101408c026004350101615272565b1611611f0f565b6001600160401b036127b76101446101408a02600435010161525e565b630bfedba560e41b5f52166004524260245260445ffd5b6127fb8787928660018060a01b03165f52600f6020526127f360405f20918254614641565b905582614641565b5f19810191908211611cee57602091600655604051908152f35b60405163d647364f60e01b8152602060048201526005602482015264656d70747960d81b6044820152606490fd5b826355c5b3e360e11b5f5260045260245260445ffd5b34610412575f366003190112610412576128f86128957f0000000000000000000000000000000000000000000000000000000000000000615a41565b610da76128c17f0000000000000000000000000000000000000000000000000000000000000000615a41565b612906604051916128d36020846144b8565b5f83525f368137604051958695600f60f81b875260e0602088015260e087019061438a565b90858203604087015261438a565b904660608501523060808501525f60a085015283820360c085015261444d565b34610412575f366003190112610412576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610412576060366003190112610412576129836143ae565b61298b6143da565b9060018060a01b03165f52601060205260405f206024355f5260205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346104125760a0366003190112610412576004356129e96143c4565b60443560643592608435926001600160401b0384169384810361041257335f9081527f0781d7cac9c378efa22a7481e4d4d29704a680ddf504b3bc50b517700ee11e6c602052604090205460ff1615612c5357928593612a4884614bf6565b6001600160a01b039093169586156112a15766ffffffffffffff8311612c355780612bbc575b5066ffffffffffffff60209711612bad575b5f516020615dbb5f395f51905f52916001600160401b03608092612aa5600654614816565b60068190555f818152600b8c5260409020805463ffffffff60a01b198c166001600160c01b03199091161760a084901b63ffffffff60a01b16178155909889979091908290612b16612af642615163565b845463ffffffff60c01b191660c09190911b63ffffffff60c01b16178455565b825460ff60e01b1916600160e11b17835560018301805461ffff191661ffff8d16178155612b4e9066ffffffffffffff89169061477f565b81612b9b575b505050895f52600f8b5260405f2060018154019055604051938a85528b8501526040840152166060820152a380604051925f5f516020615dfb5f395f51905f528180a48152f35b612ba5928b61518e565b8b8181612b54565b66ffffffffffffff9450612a80565b42811190811591612c27575b8115612c0b575b50612bda5787612a6e565b60405163d647364f60e01b8152602060048201526008602482015267195e1c1a5c99505d60c21b6044820152606490fd5b63ffffffff9250612c1c9150615120565b164281111588612bcf565b63ffffffff81119150612bc8565b82630a02c5cb60e21b5f5260045266ffffffffffffff60245260445ffd5b63e2517d3f60e01b5f52336004527f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a660245260445ffd5b34610412576020366003190112610412576001600160a01b03612cab6143ae565b165f52600f602052602060405f2054604051908152f35b346104125760203660031901126104125760043565ffffffffffff81169081810361041257612cef614c29565b612cf842615a12565b9165ffffffffffff612d08614af0565b1680821115612e0d57507ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9265ffffffffffff826206978080612d55951091180262069780181690615102565b906002548060d01c80612db1575b5050600280546001600160a01b031660a083901b65ffffffffffff60a01b161760d084901b6001600160d01b0319161790556040805165ffffffffffff9283168152919092166020820152a1005b421115612de357600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b8380612d63565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a1612ddc565b0365ffffffffffff8111611cee577ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b92612d559190615102565b346104125760203660031901126104125760206001600160a01b03612e6d600435614d54565b5416604051908152f35b3461041257602036600319011261041257612e906143ae565b612e98614c29565b7f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed66020612ed5612ec742615a12565b612ecf614af0565b90615102565b65ffffffffffff612ee4614b29565b6001805460d085901b166001600160a01b0390981697881785851660a01b179055919091169050612f21575b65ffffffffffff60405191168152a2005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1612f10565b34610412576020366003190112610412576004355f526013602052602060018060a01b0360405f205416604051908152f35b34610412576020366003190112610412576004356001600160401b03811161041257612fac9036906004016143f0565b5f5b818110612fb757005b80612fe3612fd1612fcb6001948688614631565b35614d54565b612fdc838688614631565b3590615057565b01612fae565b3461041257602036600319011261041257602063ffffffff61300c600435614d54565b5460a01c16604051908152f35b3461041257602036600319011261041257610120613038600435614d54565b63ffffffff60028201549162ffffff600182015460101c16600382015491600481015490549260ff8460e01c16926001600160401b036040519760018060a01b03811689528060e01c60208a015260a01c1660408801526060870152608086015260a085015261ffff8260e81c1660c08501526130b48161449a565b60e084015260c01c16610100820152f35b34610412576130d336614480565b6130de839293614d54565b6130e784614d54565b60018201805461ffff8116600184019485549461ffff8616808403613272575089891461323f5761312f60ff926131298b600196878060a01b03845416614d8a565b8a614ff3565b613139818b614ff3565b5460e01c166131478161449a565b146132275784156131f95760281c66ffffffffffffff16918483106131de578466ffffffffffffff61317c9260281c16614641565b9166ffffffffffffff8311612c35579266ffffffffffffff85936131ce6131d59483602098817f08fdc9b4581fc254e3e52b2c48704fb0d46ce55b2994a2ee7387f87229a1396d9b169003169061477f565b169061477f565b604051908152a3005b848387635e7ad06b60e01b5f5260045260245260445260645ffd5b60405163d647364f60e01b815260206004820152600560248201526476616c756560d81b6044820152606490fd5b86633753b3f960e01b5f52600452600160245260445ffd5b60405163d647364f60e01b815260206004820152600a60248201526939b0b6b2903a37b5b2b760b11b6044820152606490fd5b83631202370560e31b5f5260045260245260445ffd5b34610412576040366003190112610412576004356024356001600160401b038111610412576132bb903690600401614420565b91906132c5614c78565b60016132d083614bf6565b01926001600160401b038111610809576132ea8454614578565b601f81116133bd575b505f93601f821160011461334e57815f516020615e1b5f395f51905f5294955f91613343575b508260011b905f198460031b1c19161790555b610f4660405192839260208452602084019161464e565b905083013586613319565b601f19821694815f5260205f20905f5b8781106133a55750835f516020615e1b5f395f51905f5296971061338c575b5050600182811b01905561332c565b8401355f19600385901b60f8161c19169055858061337d565b9091602060018192858901358155019301910161335e565b818111156132f357845f5260205f20601f830160051c9060208410613406575b81601f9101920160051c03905f5b8281106133f95750506132f3565b5f828201556001016133eb565b5f91506133dd565b3461041257602036600319011261041257600461342b8135614d54565b015460405163e602ddfd60e01b815260048101919091525f816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610a0b57610da7915f91613499575b5060405191829160208352602083019061438a565b6134b591503d805f833e6134ad81836144b8565b8101906147b4565b82613484565b346104125760603660031901126104125760043560243563ffffffff8116808203610412576134e86143da565b906134f1614c78565b6134fa84614bf6565b600381018054946001600160a01b0385811693605088901c90911684811415919082613614575b50816135d0575b50613593577f535078d2d2c6adaa86eb7eecd3608ba24138e0ea5180fa18286c51aa0b67a2c29565ffffffff0000604096600160501b600160f01b039060501b169260101b169069ffffffff00000000ffff61ffff60f01b01161717905582519182526020820152a2005b60405163d647364f60e01b8152602060048201526014602482015273657263323020616c726561647920696e2075736560601b6044820152606490fd5b9050875f52600860205260405f2063ffffffff8860301c165f52602052600160405f2001541590811591613606575b5088613528565b6007915001541515886135ff565b1515915089613521565b346104125760407fbe213a36a43cf3c8177109f6b3b0a01f21b3c60a157949b7c9de5ab036c2952261364f36614480565b61365a949294614c78565b61366385614bf6565b600461366e84615026565b6001600160801b031961368085615026565b60801b169060018060801b03161791015582519182526020820152a2005b34610412576060366003190112610412576004356044356136be82614d54565b60018060a01b038154166136e860018301926136e28685549461ffff861690614d8a565b85614ff3565b8215611afb5760281c66ffffffffffffff16828110613755579161373e60609266ffffffffffffff7fbcb77240b51e5ddedd76eb0d4dc554941237485a5801d9083681e97b2fe3e531958185169003169061477f565b6040519060243582526020820152336040820152a2005b905082635e7ad06b60e01b5f5260045260245260445260645ffd5b3461041257602036600319011261041257602061ffff6001613793600435614d54565b015416604051908152f35b34610412576020366003190112610412576004356001600160401b038111610412576137ce9036906004016143f0565b6137d781614768565b906137e560405192836144b8565b808252601f196137f482614768565b013660208401375f5b81811061381a5760405160208082528190610da79082018661444d565b613828612fcb828487614631565b9081548060f81c5f146138aa57613840828588614631565b355f52601260205261ffff60405f205416925b64ffffffff0067ffffff0000000000600160ff8560e01c16936138758561449a565b015460181b169260b81c1617178451821015611cda5760019261ffff60481b9060481b161760208260051b86010152016137fd565b5f92613853565b346104125760203660031901126104125760206138cf6004356146c6565b6040516001600160a01b039091168152f35b34610412575f366003190112610412576020604051610e108152f35b34610412576060366003190112610412576004356024356001600160401b03811161041257613930903690600401614420565b604435929161393d614c78565b61394683614bf6565b6001600160401b0383116108095761395e8154614578565b601f8111613a5f575b505f601f84116001146139d35794806002610f4693867feab02659d82f207d7ba3d346964d09c280396a4798fae5bd584257ca1437647598995f916139c8575b508760011b905f198960031b1c19161781555b01556040519384938461466e565b90508601358a6139a7565b601f19841690825f5260205f20915f5b818110613a475750610f469388937feab02659d82f207d7ba3d346964d09c280396a4798fae5bd584257ca143764759899938860029410613a2e575b5050600187811b0181556139ba565b8701355f1960038a901b60f8161c191690558980613a1f565b919260206001819286890135815501940192016139e3565b8381111561396757815f5260205f20601f850160051c9060208610613aa8575b81601f9101920160051c03905f5b828110613a9b575050613967565b5f82820155600101613a8d565b5f9150613a7f565b3461041257602036600319011261041257602066ffffffffffffff6001613ad8600435614d54565b015460601c16604051908152f35b3461041257604036600319011261041257600435613b026143c4565b811580613bb2575b613b37575b336001600160a01b03821603613b2857610401916159d4565b63334bd91960e11b5f5260045ffd5b613b3f614b29565b906001600160a01b031615801590613ba2575b8015613b90575b613b7557506001805465ffffffffffff60a01b19169055613b0f565b65ffffffffffff906319ca5ebb60e01b5f521660045260245ffd5b504265ffffffffffff82161015613b59565b5065ffffffffffff811615613b52565b506002546001600160a01b03828116911614613b0a565b34610412576020366003190112610412576004355f526012602052602061ffff60405f205416604051908152f35b34610412575f36600319011261041257602063fffffffe604051908152f35b34610412575f3660031901126104125760206040517f4848aa3d2c0568bab3ca9720f91818ee0957e95426fa0627cc4809e2e5ed8be08152f35b34610412575f3660031901126104125760206040517fa66f2c811efe0d7a1c5ca2a9650c877bacd3e1a1876458f23997dae535b4986c8152f35b34610412575f3660031901126104125760206040517fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa98152f35b3461041257604036600319011261041257600435613ce06143c4565b8115610b6b5781613d02610b61610401945f525f602052600160405f20015490565b61595c565b3461041257606036600319011261041257600435613d236143c4565b90613d2c6143da565b613d34614d1f565b6001600160a01b0381169182156112a157613d8d613d5182614d54565b8260018060a01b03825416613d708261ffff6001860154168093614d8a565b805f526007602052613d878860405f208093614deb565b92614e3a565b928315613def57916020948492613dd794604051918583527fce3bcb6e219596cf26007ffdfaae8953bc3f76e3f36c0a79b23e28020da3222e8960018060a01b03861694a4614f15565b5f5f516020615e3b5f395f51905f525d604051908152f35b63b361b5fb60e01b5f90815260048390526001600160a01b038616602452604490fd5b34610412576020366003190112610412576004355f52600e602052602060405f2054604051908152f35b346104125760203660031901126104125760206111d76004355f525f602052600160405f20015490565b346104125760203660031901126104125760406004613e858135614bf6565b015481516001600160801b038216815260809190911c6020820152f35b34610412576060366003190112610412576004356001600160401b03811161041257613ed29036906004016143f0565b613eda6143c4565b91613ee36143da565b90613eec614d1f565b5f926001600160a01b0383169081156112a1575f5b818110613f4257505050508115613f1f5781613dd791602094614f15565b63b361b5fb60e01b5f90815260048190526001600160a01b038416602452604490fd5b613f4d818386614631565b35613f8f613f5a82614d54565b8261ffff600183015416613f78828260018060a01b03865416614d8a565b805f526007602052613d878c60405f208093614deb565b80613f9f575b5050600101613f01565b84613fae82600195949a614641565b986040519283527fce3bcb6e219596cf26007ffdfaae8953bc3f76e3f36c0a79b23e28020da3222e6020868060a01b038d1694a49088613f95565b34610412576060366003190112610412576004356140056143c4565b90604435918215158093036104125761401d82614bf6565b506001600160a01b031691821580156140c1575b61409057335f52601060205260405f20825f5260205260405f20835f5260205260405f2060ff1981541660ff83161790556040519081527f5c3b9a34af8ecb94c7bef73773568e163cf361fa5d76fa5d52dab8f4498817cf60203392a4005b60405163d647364f60e01b815260206004820152600860248201526737b832b930ba37b960c11b6044820152606490fd5b50338314614031565b34610412575f366003190112610412576140e2614c29565b6002548060d01c80614100575b600280546001600160a01b03169055005b42111561413257600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b80806140ef565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a161412b565b34610412576020366003190112610412576141d461417b600435614bf6565b610da76002820154600160ff6003850154166141c0604051956141a9876141a281846145b0565b03886144b8565b6141b960405180958193016145b0565b03836144b8565b60405195869560808752608087019061438a565b9260208601526040850152838203606085015261438a565b346104125760403660031901126104125760206111d761420a6143ae565b602435906144f4565b34610412575f36600319011261041257610da76040516142346040826144b8565b601b81527f64617470696e204461746120416e63686f72696e6720546f6b656e0000000000602082015260405191829160208352602083019061438a565b34610412575f3660031901126104125760206040517f2b1978781a49e8a4f60a969bf85e4813e5a664996783914f3cdf6af027c537308152f35b34610412575f366003190112610412576020604051620697808152f35b346104125760203660031901126104125760043563ffffffff60e01b811680910361041257602090637400358f60e11b811490811561430d57506040519015158152f35b6318a4c3c360e11b811491508115614327575b508261182f565b637965db0b60e01b811491508115614341575b5082614320565b6301ffc9a760e01b1490508261433a565b34610412575f36600319011261041257807f182364ae264e23af8151668e463002a5a57aa71602658a91a5c79be20fce301460209252f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361041257565b602435906001600160a01b038216820361041257565b604435906001600160a01b038216820361041257565b9181601f84011215610412578235916001600160401b038311610412576020808501948460051b01011161041257565b9181601f84011215610412578235916001600160401b038311610412576020838186019501011161041257565b90602080835192838152019201905f5b81811061446a5750505090565b825184526020938401939092019160010161445d565b606090600319011261041257600435906024359060443590565b600411156144a457565b634e487b7160e01b5f52602160045260245ffd5b90601f801991011681019081106001600160401b0382111761080957604052565b6001600160401b03811161080957601f01601f191660200190565b90805f52600c60205260405f205480151580614553575b61454d5750604080516001600160a01b0390931660208401908152908301919091529061453b816060810161268a565b5190205f52600d60205260405f205490565b91505090565b505f818152600b60205260409020600201546001600160a01b0384811691161461450b565b90600182811c921680156145a6575b602083101461459257565b634e487b7160e01b5f52602260045260245ffd5b91607f1691614587565b5f92918154916145bf83614578565b808352926001811690811561461457506001146145db57505050565b5f9081526020812093945091925b8383106145fa575060209250010190565b6001816020929493945483858701015201910191906145e9565b915050602093945060ff929192191683830152151560051b010190565b9190811015611cda5760051b0190565b91908201809211611cee57565b908060209392818452848401375f828201840152601f01601f1916010190565b9392916020916146869160408752604087019161464e565b930152565b5190811515820361041257565b91908260409103126104125781516001600160a01b03811681036104125760206146c391930161468b565b90565b6146cf90614d54565b60028101546001600160a01b0316908115614759575060408051634e81c85960e01b81526004810192909252816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610a0b575f9161473c575090565b614755915060403d6040116125d0576125be81836144b8565b5090565b546001600160a01b0316919050565b6001600160401b0381116108095760051b60200190565b9066ffffffffffffff60281b82549160281b169066ffffffffffffff60281b1916179055565b6002821015611cda5701905f90565b602081830312610412578051906001600160401b038211610412570181601f82011215610412578051906147e7826144d9565b926147f560405194856144b8565b8284526020838301011161041257815f9260208093018386015e8301015290565b5f198114611cee5760010190565b91908203918211611cee57565b805463ffffffff60b81b191660b89290921b63ffffffff60b81b16919091179055565b805463ffffffff60d81b191660d89290921b63ffffffff60d81b16919091179055565b63ffffffff60019116019063ffffffff8211611cee57565b81810292918115918404141715611cee57565b81156148ac570490565b634e487b7160e01b5f52601260045260245ffd5b9291926148cc826144d9565b916148da60405193846144b8565b829481845281830111610412578281602093845f960137010152565b6148ff81614d54565b90600182015461ffff811683549360ff8560e01c169260028201546004600384015493015493604051966101a088018881106001600160401b038211176108095760405287526020870197818952604088019661495b8161449a565b875260608801908460281c66ffffffffffffff168252608089018560601c66ffffffffffffff16815260a08a01908260e81c61ffff16825260c08b019260a01c63ffffffff16835260e08b0193600160a01b60019003871685526101008c01958760e01c87526101208d019760a01c6001600160401b031688526101408d019860101c62ffffff1689526101608d01998a526101808d019a8b525f52600760205260405f209a604051809e819e62627a6d60e41b835251600483015251906024015251614a278161449a565b60448d01525160648c01525160848b01525160a48a01525160c4890152516001600160a01b031660e488015251610104870152516001600160401b03166101248601525161014485015251610164840152516101848301526101c06101a4830152614a97906101c48301906145b0565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691839103815a935f94fa908115610a0b575f91614adc575090565b6146c391503d805f833e6134ad81836144b8565b6002548060d01c8015159081614b1f575b5015614b155760a01c65ffffffffffff1690565b5060015460d01c90565b905042115f614b01565b6001546001600160a01b0381169160a09190911c65ffffffffffff1690565b614b5760039194939294614d54565b0154928315614bcf576040929192516020810191825260208152614b7c6040826144b8565b519020915f915b808310614b91575050501490565b909192614b9f848385614631565b359081811015614bbe575f52602052600160405f205b93019190614b83565b905f52602052600160405f20614bb5565b505050505f90565b9081602091031261041257516001600160a01b03811681036104125790565b90815f52600760205260405f209160ff600384015460081c1615614c175750565b6321e87ba160e21b5f5260045260245ffd5b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff1615614c6157565b63e2517d3f60e01b5f52336004525f60245260445ffd5b335f9081527fad997de767a157d53b573570d23aafa9e59a2f9157f0a7dd3c42e608721f74f2602052604090205460ff1615614cb057565b63e2517d3f60e01b5f52336004527f2b1978781a49e8a4f60a969bf85e4813e5a664996783914f3cdf6af027c5373060245260445ffd5b5f8181526020818152604080832033845290915290205460ff1615614d095750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f516020615e3b5f395f51905f525c614d455760015f516020615e3b5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b5f818152600b602052604090208054909291906001600160a01b031615614d785750565b6306caeb1360e41b5f5260045260245ffd5b60018060a01b031690813314159182614dbd575b5050614da75750565b6323cdf8f560e11b5f523360045260245260445ffd5b5f90815260106020908152604080832093835292815282822033835290529081205460ff1615915080614d9e565b6001600160a01b0390921692908315614e32576003015460501c6001600160a01b03168314614e2a5750630a496c5b60e21b5f5260045260245260445ffd5b915050600190565b509150505f90565b909392600182019266ffffffffffffff845460601c16928315614f0b5790614e6191615057565b825494609886901c63ffffffff16908115614ef657505f190163ffffffff8111611cee57915b8115958615614ee65763ffffffff8160b81c16915b63ffffffff80861693169183831015614eda579061ffff614ec095949392166158b9565b9315614ed157614ecf91614831565b565b614ecf91614854565b505f9750505050505050565b63ffffffff8160d81c1691614e9c565b63ffffffff91506003015460301c1691614e87565b505f955050505050565b6001600160a01b031680614f8057506001600160a01b03165f80808085855af13d15614f7b573d614f45816144d9565b90614f5360405192836144b8565b81525f60203d92013e5b15614f66575050565b630e21dcbb60e11b5f5260045260245260445ffd5b614f5d565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f5114821615614fd2575b60405215614fc05750565b635274afe760e01b5f5260045260245ffd5b906001811516614fea57823b15153d15161690614fb5565b503d5f823e3d90fd5b90614ffd816153c7565b615005575050565b63ffffffff905460a01c1690634489815d60e11b5f5260045260245260445ffd5b6001600160801b038111615040576001600160801b031690565b6306dfcc6560e41b5f52608060045260245260445ffd5b6150608161539b565b806150f3575b61506e575050565b806116db60016150cd93019163ffffffff61ffff84541691825f5260076020526150a760405f2061509f818661542e565b4290856156e5565b5460a01c16905f526009602052610e1060405f2091045f5260205260405f205460e01c90565b7ff80dbaea4785589e52984ca36a31de106adc77759539a5c7d92883bf49692fe95f80a2565b506150fd816153c7565b615066565b9065ffffffffffff8091169116019065ffffffffffff8211611cee57565b6001610e105f198301040190151502610e10810290808204610e101490151715611cee5763ffffffff9063fffff960908181111561515d57501690565b90501690565b63ffffffff81116151775763ffffffff1690565b6306dfcc6560e41b5f52602060045260245260445ffd5b9190600563ffffffff926151a2818661542e565b6151ad4282876156e5565b600381015460018401805466ffffffffffffff60601b1916606089901b66ffffffffffffff60601b161781556151f29160301c8616906151ed8282614831565b614854565b016151fe858254614641565b90555460a01c168061520f57505050565b610e10900491815f52600960205260405f20835f5260205261523660405f20918254614641565b90555f52600a60205260405f208160081c5f52602052600160ff60405f2092161b8154179055565b356001600160401b03811681036104125790565b3563ffffffff811681036104125790565b3561ffff811681036104125790565b356001600160a01b03811681036104125790565b90916005830154928315611ae857670de0b6b3a7640000820291808304670de0b6b3a76400001490151715611cee576003916152e86007830191825490614641565b946152f381876148a2565b95069055019163ffffffff835460301c169163fffffffe808410156153855750805f52600860205260405f20835f5260205260405f20905f52600860205260405f2060018401809411611cee575f8481526020919091526040902091600182015461535e9190614641565b600183015554905563ffffffff60301b82549160301b169063ffffffff60301b1916179055565b9063da15cba760e01b5f5260045260245260445ffd5b6001015466ffffffffffffff8160601c16151590816153b8575090565b63ffffffff915060981c161590565b5460a01c63ffffffff1680151590816153de575090565b905042101590565b60ff16600181146154175760021461540757671c995a9958dd195960c21b90565b686e6f2d71756f72756d60b81b90565b506e18995b1bddcb5d1a1c995cda1bdb19608a1b90565b6008820180546001600160a01b03811693919060a01c6001600160401b031684158015615591575b61558a575f94604091806155815750615471425b85876156e5565b6005840154151580615567575b82516372a4d94b60e01b8152901515600482015295869160249183915af1908115610a0b575f945f92615517575b50805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b169190911790555b826154e157505050565b6020816154fd855f516020615ddb5f395f51905f5294866152a6565b6003015460405194855260501c6001600160a01b031693a3565b915093506040813d60401161555f575b81615534604093836144b8565b810103126104125760208151910151936001600160401b0385168503610412576154d79194916154ac565b3d9150615527565b50600384015460301c63ffffffff1663fffffffe1161547e565b6154719061546a565b5050505050565b50804210615456565b9190600183015466ffffffffffffff8160601c1691821561567c57600363ffffffff91015460301c169163ffffffff8260981c169485158061566d575b61562e575b5084615617575b6146c39450836156045761ffff63ffffffff808460b81c165b1692166158b9565b61ffff63ffffffff808460d81c166155fc565b91505f198401938411611cee576146c393916155e3565b63ffffffff80929650615665915460a01c1661ffff84165f526009602052610e1060405f2091045f5260205260405f205460e01c90565b16935f6155dc565b50615677816153c7565b6155d7565b50505050505f90565b604290615690615a7f565b906040519161190160f01b8352600283015260228201522090565b81519190604183036156db576156d49250602082015190606060408401519301515f1a90615b9b565b9192909190565b50505f9160029190565b9091610e109004916008810191825460e01c84811161558a57600583019182549361572063ffffffff60038160e01b93015460301c16614877565b60e01b16815f52600960205260405f20825f52600a60205260405f20935b8881111561577a5750505050505560018201809211611cee5780546001600160e01b031660e09290921b6001600160e01b031916919091179055565b8060081c5f528460205260405f205460ff82161c805b6157b9575b5060ff17600181018091111561573e57634e487b7160e01b5f52601160045260245ffd5b801960018101809111611cee5781169061583160018060801b03831160071b6001600160401b0384821c1160061b1763ffffffff84821c1160051b1761ffff84821c1160041b1760ff84821c1160031b17600f84821c1160021b176d010102020202030303030303030360801b84821c1a1784614641565b988b8a116158b1575f8a815260208690526040902080548781179091559061585a908290614824565b99610e10810290808204610e101490151715611cee5760407faef8ee553a8b2ca898c78832d0fc11d90110d494b71efbbea624e76ca50f9f5a9189936001600160401b038351921682526020820152a21880615790565b985050615795565b939290918181101561567c5761590f6159229461591c93670de0b6b3a7640000975f52600860205260405f20905f52806020526158f98260405f206147a5565b90549060031b1c935f5260205260405f206147a5565b90549060031b1c90614824565b9061488f565b0490565b600254906001600160a01b038216610b6b576001600160a01b03199091166001600160a01b038216176002556146c3905f615c13565b90811561596d575b6146c391615c13565b600254916001600160a01b038316610b6b576001600160a01b03199092166001600160a01b03821617600255615964565b6002546146c391906001600160a01b038083169116146159bf575b5f615c9b565b600280546001600160a01b03191690556159b9565b906146c3918015806159fb575b15615c9b57600280546001600160a01b0319169055615c9b565b506002546001600160a01b038381169116146159e1565b65ffffffffffff8111615a2a5765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b60ff811690601f8211615a705760405191615a5d6040846144b8565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480615b72575b15615ada577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152615b6c60c0826144b8565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614615ab1565b91906fa2a8918ca85bafe22016d0b997e4df60600160ff1b038411615c08579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610a0b575f516001600160a01b03811615615bfe57905f905f90565b505f906001905f90565b5050505f9160039190565b5f818152602081815260408083206001600160a01b038616845290915290205460ff16615c95575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615615c95575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b90604183036156db576156d49250602081013591604082359201355f1a90615b9b565b615d478161449a565b80615d50575050565b615d598161449a565b60018103615d705763f645eedf60e01b5f5260045ffd5b615d798161449a565b60028103615d94575063fce698f760e01b5f5260045260245ffd5b600390615da08161449a565b14615da85750565b6335e2f38360e21b5f5260045260245ffdfe04cd2cb07f7dd64bac6ce0436354822231650e9bf1a1e4d74932a3efa6a6e5528066141f58a3e577c2951d2908ae9e935232ae42f3f2a18c5dfc13b5d2aae98fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef24f901353f9b15125ed7f539fcad3b7fc50110d676d3b4298d3d3808df39e65b9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a164736f6c6343000825000a60808060405234601557610f27908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80630627a6d0146100625763e602ddfd1461002f575f80fd5b3461005e57602036600319011261005e5761005a61004e600435610a03565b60405191829182610968565b0390f35b5f80fd5b3461005e5736600319016101c0811261005e576101a01361005e576101a43567ffffffffffffffff811161005e573660238201121561005e57806004013567ffffffffffffffff811161005e57366024828401011161005e575f60206100c9600435610bb8565b928060246100d6826109c8565b966100e46040519889610992565b8288520183870137840101526040515f925f5b81518110156102ce578181016020015160f881901c906b1000000000000004ffffffff6001831b16156102be57605c6020610131896109f5565b98870101536008820361015c57505060019060626020610150886109f5565b97860101535b016100f7565b6009820361018057505060019060746020610176886109f5565b9786010153610156565b600a820361019a575050600190606e6020610176886109f5565b600c82036101b457505060019060666020610176886109f5565b600d82036101ce57505060019060726020610176886109f5565b605c82036101e8575050600190605c6020610176886109f5565b6022820361020257505060019060226020610176886109f5565b91909560756020610212836109f5565b928701015360306020610224836109f5565b928701015360306020610236836109f5565b9287010153610244816109f5565b9260fc1c60108110156102aa576f181899199a1a9b1b9c1cb0b131b232b360811b901a90850160200153600f610279836109f5565b96169160108310156102aa576001926f181899199a1a9b1b9c1cb0b131b232b360811b901a90850160200153610156565b634e487b7160e01b5f52603260045260245ffd5b50906001916020610176886109f5565b50506020838083528201016040526102e7602435610bb8565b90604435600481101561005e576102fd90610d25565b610308606435610bb8565b610313608435610bb8565b9160405194859460208601976d7b226e616d65223a22444154202360901b895280516020819201602e89015e7f222c226465736372697074696f6e223a2264617470696e204461746120416e63602e918801918201527f686f72696e6720546f6b656e3a2061207175616c6974792d73636f7265642063604e8201527f6f6e747269627574696f6e20746f206120646563656e7472616c697a65642077606e8201527f6972656c657373206e6574776f726b2e222c2265787465726e616c5f75726c22608e820152611d1160f11b60ae820152815191829060200160b083015e01602e0177111611383937b832b93a34b2b9911d3d9131b630b9b9911d60411b608282015281516020819301609a83015e016082016a161139ba30ba3ab9911d1160a91b601882015281516020819301602383015e01601801691116113b30b63ab2911d60b11b600b82015281516020819301601583015e01600b016d161139b430b932a930ba34b7911d60911b600a82015281516020819301601883015e01600a01600e81015f905203600e01601f19810182526104b29082610992565b6104bd60a435610bb8565b906104c960c435610bb8565b60e4356001600160a01b03811694919085900361005e57846104eb602a6109c8565b906104f96040519283610992565b602a8252610507602a6109c8565b602083019790601f19013689378251156102aa57603088538251600110156102aa576078602184015360295b600181116109305750610919575061054d61010435610bb8565b906101243567ffffffffffffffff8116810361005e57916040978851926105748a85610992565b600f84526020840194601f198b01368737600f90815b6108ab5750506101443561059d90610bb8565b958a51998a9860208a019a5180918c5e890168161139b1b7b932911d60b91b602082015281516020819301602983015e016020016b161132bc3834b932a0ba111d60a11b600982015281516020819301601583015e01600901906a16113232bb34b1b2911d1160a91b600c830152518092601783015e01600c016911161132b837b1b4111d60b11b600b82015281516020819301601583015e01600b01906a16113419a1b2b636111d1160a91b600a830152518092601583015e01600a016f1116113932b1b7b93221b7bab73a111d60811b600b82015281516020819301601b83015e01600b01601081015f905203601001601f19810183526106a09083610992565b816101643580610745575b61005a60208661073b603d6106f1846106ec6002828d88519481869251918291018484015e8101617d7d60f01b838201520301601d19810184520182610992565b610dfb565b83519485917f646174613a6170706c69636174696f6e2f6a736f6e3b6261736536342c000000828401528051918291018484015e81015f838201520301601f198101845283610992565b5191829182610968565b909192508061075460426109c8565b9061076186519283610992565b6042825261076f60426109c8565b602083019390601f19013685378251156102aa57603084538251600110156102aa576078602184015360415b60018111610869575061085257506106f160206106ec6002828098610843600160098d9b600f61005a9f87908161073b9f603d9f6107db61018435610a03565b93519a8b97518091858a015e8701906e161136b2b935b632a937b7ba111d1160891b84830152518092602f83015e0101906811161131b4b2111d1160b91b84830152805192839101601883015e0101601160f91b838201520301601e19810184520182610992565b985050505050508294506106ab565b63e22e27eb60e01b5f52600452602060245260445ffd5b90600f81169060108210156102aa576108a6916f181899199a1a9b1b9c1cb0b131b232b360811b901a61089c84876109e4565b5360041c91610def565b61079b565b600f811660108110156102aa575f19830191838311610905576108fe92670fffffffffffffff926f181899199a1a9b1b9c1cb0b131b232b360811b901a906108f3908a6109e4565b5360041c1691610def565b908161058a565b634e487b7160e01b5f52601160045260245ffd5b63e22e27eb60e01b5f52600452601460245260445ffd5b90600f81169060108210156102aa57610963916f181899199a1a9b1b9c1cb0b131b232b360811b901a61089c84876109e4565b610533565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b90601f8019910116810190811067ffffffffffffffff8211176109b457604052565b634e487b7160e01b5f52604160045260245ffd5b67ffffffffffffffff81116109b457601f01601f191660200190565b9081518110156102aa570160200190565b5f1981146109055760010190565b908115610ba25760405191620aa89160e51b6020840152602483015260248252610a2e604483610992565b81518060031b908082046008149015171561090557600481018091116109055760059004600101918260011161090557610a67836109c8565b92610a756040519485610992565b808452610a84601f19916109c8565b013660208501378251156102aa57606260208401535f5f6001925f925b8151841015610b3657610ab484836109e4565b5160f81c9060081b17916008810180911161090557925b6005841015610ade576001019291610aa1565b600419840193841161090557601f83851c169460208610156102aa57610b307f6162636465666768696a6b6c6d6e6f707172737475767778797a323334353637610b27836109f5565b971a91896109e4565b53610acb565b92505093929380610b48575b50505090565b600503906005821161090557601f911b1660208110156102aa577f6162636465666768696a6b6c6d6e6f707172737475767778797a323334353637610b9991610b90846109f5565b501a91836109e4565b535f8080610b42565b9050604051610bb2602082610992565b5f815290565b5f908072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b811015610d02575b806d04ee2d6d415b85acef8100000000600a921015610ce7575b662386f26fc10000811015610cd3575b6305f5e100811015610cc2575b612710811015610cb3575b6064811015610ca5575b1015610c9a575b600a60216001840193610c3f856109c8565b94610c4d6040519687610992565b808652610c5c601f19916109c8565b013660208701378401015b5f1901916f181899199a1a9b1b9c1cb0b131b232b360811b8282061a8353048015610c9557600a9091610c67565b505090565b600190910190610c2d565b606460029104930192610c26565b61271060049104930192610c1c565b6305f5e10060089104930192610c11565b662386f26fc1000060109104930192610c04565b6d04ee2d6d415b85acef810000000060209104930192610bf4565b506040915072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8104610bda565b6004811015610ddb5760018114610db55760028114610d8d57600314610d6757604051610d53604082610992565b60048152636e6f6e6560e01b602082015290565b604051610d75604082610992565b60088152671c995a9958dd195960c21b602082015290565b50604051610d9c604082610992565b6009815268199a5b985b1a5e995960ba1b602082015290565b50604051610dc4604082610992565b600781526670656e64696e6760c81b602082015290565b634e487b7160e01b5f52602160045260245ffd5b8015610905575f190190565b90815115610ba2578151600281018091116109055760039004600281901b91906001600160fe1b0381160361090557604051917f4142434445464748494a4b4c4d4e4f505152535455565758595a616263646566601f527f6768696a6b6c6d6e6f707172737475767778797a303132333435363738392b2f603f52602083018480518101602081018051915f82525b808910610ede5750602095969750906003929152510680600114610ec957600214610ebc575b50808452830101604052565b603d905f1901535f610eb0565b50603d90815f1982015360011901535f610eb0565b939760036004910198603f8a51818160121c165183538181600c1c16516001840153818160061c16516002840153165160038201530193610e8a56fea164736f6c6343000825000a",
}

// DataAnchoringToken is an auto generated Go binding around an Ethereum contract.
type DataAnchoringToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DataAnchoringToken) GetABI() abi.ABI {
	return c.abi
}

// NewDataAnchoringToken creates a new instance of DataAnchoringToken.
func NewDataAnchoringToken() *DataAnchoringToken {
	parsed, err := DataAnchoringTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DataAnchoringToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DataAnchoringToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint48 adminDelay, address admin, address registry_) returns()
func (dataAnchoringToken *DataAnchoringToken) PackConstructor(adminDelay *big.Int, admin common.Address, registry_ common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("", adminDelay, admin, registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTESTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f81bb58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTER_ROLE() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) PackATTESTERROLE() []byte {
	enc, err := dataAnchoringToken.abi.Pack("ATTESTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f81bb58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTER_ROLE() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) TryPackATTESTERROLE() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("ATTESTER_ROLE")
}

// UnpackATTESTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f81bb58.
//
// Solidity: function ATTESTER_ROLE() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) UnpackATTESTERROLE(data []byte) ([32]byte, error) {
	out, err := dataAnchoringToken.abi.Unpack("ATTESTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCLASSADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02c6142b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLASS_ADMIN_ROLE() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) PackCLASSADMINROLE() []byte {
	enc, err := dataAnchoringToken.abi.Pack("CLASS_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLASSADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02c6142b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLASS_ADMIN_ROLE() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) TryPackCLASSADMINROLE() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("CLASS_ADMIN_ROLE")
}

// UnpackCLASSADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02c6142b.
//
// Solidity: function CLASS_ADMIN_ROLE() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) UnpackCLASSADMINROLE(data []byte) ([32]byte, error) {
	out, err := dataAnchoringToken.abi.Unpack("CLASS_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCONTRIBUTIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fc2dbaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONTRIBUTION_TYPEHASH() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) PackCONTRIBUTIONTYPEHASH() []byte {
	enc, err := dataAnchoringToken.abi.Pack("CONTRIBUTION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONTRIBUTIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fc2dbaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONTRIBUTION_TYPEHASH() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) TryPackCONTRIBUTIONTYPEHASH() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("CONTRIBUTION_TYPEHASH")
}

// UnpackCONTRIBUTIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fc2dbaf.
//
// Solidity: function CONTRIBUTION_TYPEHASH() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) UnpackCONTRIBUTIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := dataAnchoringToken.abi.Unpack("CONTRIBUTION_TYPEHASH", data)
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
func (dataAnchoringToken *DataAnchoringToken) PackDEFAULTADMINROLE() []byte {
	enc, err := dataAnchoringToken.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (dataAnchoringToken *DataAnchoringToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := dataAnchoringToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEVALUATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30d0ea31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EVALUATOR_ROLE() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) PackEVALUATORROLE() []byte {
	enc, err := dataAnchoringToken.abi.Pack("EVALUATOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEVALUATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30d0ea31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EVALUATOR_ROLE() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) TryPackEVALUATORROLE() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("EVALUATOR_ROLE")
}

// UnpackEVALUATORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30d0ea31.
//
// Solidity: function EVALUATOR_ROLE() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) UnpackEVALUATORROLE(data []byte) ([32]byte, error) {
	out, err := dataAnchoringToken.abi.Unpack("EVALUATOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEXPIRYGRANULARITY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3daec09d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXPIRY_GRANULARITY() view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) PackEXPIRYGRANULARITY() []byte {
	enc, err := dataAnchoringToken.abi.Pack("EXPIRY_GRANULARITY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXPIRYGRANULARITY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3daec09d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXPIRY_GRANULARITY() view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) TryPackEXPIRYGRANULARITY() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("EXPIRY_GRANULARITY")
}

// UnpackEXPIRYGRANULARITY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3daec09d.
//
// Solidity: function EXPIRY_GRANULARITY() view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) UnpackEXPIRYGRANULARITY(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("EXPIRY_GRANULARITY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSNAPSHOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31ad24f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SNAPSHOTS() view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) PackMAXSNAPSHOTS() []byte {
	enc, err := dataAnchoringToken.abi.Pack("MAX_SNAPSHOTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSNAPSHOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31ad24f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SNAPSHOTS() view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) TryPackMAXSNAPSHOTS() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("MAX_SNAPSHOTS")
}

// UnpackMAXSNAPSHOTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31ad24f8.
//
// Solidity: function MAX_SNAPSHOTS() view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) UnpackMAXSNAPSHOTS(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("MAX_SNAPSHOTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) PackMINTERROLE() []byte {
	enc, err := dataAnchoringToken.abi.Pack("MINTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) TryPackMINTERROLE() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := dataAnchoringToken.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPROOFTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b3e3bf6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROOF_TYPEHASH() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) PackPROOFTYPEHASH() []byte {
	enc, err := dataAnchoringToken.abi.Pack("PROOF_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROOFTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b3e3bf6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROOF_TYPEHASH() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) TryPackPROOFTYPEHASH() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("PROOF_TYPEHASH")
}

// UnpackPROOFTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b3e3bf6.
//
// Solidity: function PROOF_TYPEHASH() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) UnpackPROOFTYPEHASH(data []byte) ([32]byte, error) {
	out, err := dataAnchoringToken.abi.Unpack("PROOF_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackZKATTEST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01b31075.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ZK_ATTEST() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) PackZKATTEST() []byte {
	enc, err := dataAnchoringToken.abi.Pack("ZK_ATTEST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackZKATTEST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01b31075.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ZK_ATTEST() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) TryPackZKATTEST() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("ZK_ATTEST")
}

// UnpackZKATTEST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01b31075.
//
// Solidity: function ZK_ATTEST() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) UnpackZKATTEST(data []byte) ([32]byte, error) {
	out, err := dataAnchoringToken.abi.Unpack("ZK_ATTEST", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAccRevenuePerShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe89dfa59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accRevenuePerShare(uint256 classId, address asset) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) PackAccRevenuePerShare(classId *big.Int, asset common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("accRevenuePerShare", classId, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccRevenuePerShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe89dfa59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accRevenuePerShare(uint256 classId, address asset) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) TryPackAccRevenuePerShare(classId *big.Int, asset common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("accRevenuePerShare", classId, asset)
}

// UnpackAccRevenuePerShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe89dfa59.
//
// Solidity: function accRevenuePerShare(uint256 classId, address asset) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) UnpackAccRevenuePerShare(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("accRevenuePerShare", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (dataAnchoringToken *DataAnchoringToken) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := dataAnchoringToken.abi.Pack("acceptDefaultAdminTransfer")
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
func (dataAnchoringToken *DataAnchoringToken) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("acceptDefaultAdminTransfer")
}

// PackAddProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc40b0372.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addProof(uint256 tokenId, bytes32 proofType, string proofURI, bytes signature) returns()
func (dataAnchoringToken *DataAnchoringToken) PackAddProof(tokenId *big.Int, proofType [32]byte, proofURI string, signature []byte) []byte {
	enc, err := dataAnchoringToken.abi.Pack("addProof", tokenId, proofType, proofURI, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc40b0372.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addProof(uint256 tokenId, bytes32 proofType, string proofURI, bytes signature) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackAddProof(tokenId *big.Int, proofType [32]byte, proofURI string, signature []byte) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("addProof", tokenId, proofType, proofURI, signature)
}

// PackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8566f031.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchor((uint64,address,uint32,uint64,uint32,bytes32,bytes32,uint16,bytes32,uint64)[] cs, bytes[] signatures) returns(uint256 firstTokenId)
func (dataAnchoringToken *DataAnchoringToken) PackAnchor(cs []Contribution, signatures [][]byte) []byte {
	enc, err := dataAnchoringToken.abi.Pack("anchor", cs, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8566f031.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchor((uint64,address,uint32,uint64,uint32,bytes32,bytes32,uint16,bytes32,uint64)[] cs, bytes[] signatures) returns(uint256 firstTokenId)
func (dataAnchoringToken *DataAnchoringToken) TryPackAnchor(cs []Contribution, signatures [][]byte) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("anchor", cs, signatures)
}

// UnpackAnchor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8566f031.
//
// Solidity: function anchor((uint64,address,uint32,uint64,uint32,bytes32,bytes32,uint16,bytes32,uint64)[] cs, bytes[] signatures) returns(uint256 firstTokenId)
func (dataAnchoringToken *DataAnchoringToken) UnpackAnchor(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("anchor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApproveForClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14050fab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveForClass(uint256 classId, address operator, bool approved) returns()
func (dataAnchoringToken *DataAnchoringToken) PackApproveForClass(classId *big.Int, operator common.Address, approved bool) []byte {
	enc, err := dataAnchoringToken.abi.Pack("approveForClass", classId, operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveForClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14050fab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveForClass(uint256 classId, address operator, bool approved) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackApproveForClass(classId *big.Int, operator common.Address, approved bool) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("approveForClass", classId, operator, approved)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) PackBalanceOf(owner common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("balanceOf", data)
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
func (dataAnchoringToken *DataAnchoringToken) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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
func (dataAnchoringToken *DataAnchoringToken) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (dataAnchoringToken *DataAnchoringToken) PackCancelDefaultAdminTransfer() []byte {
	enc, err := dataAnchoringToken.abi.Pack("cancelDefaultAdminTransfer")
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
func (dataAnchoringToken *DataAnchoringToken) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (dataAnchoringToken *DataAnchoringToken) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("changeDefaultAdminDelay", newDelay)
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
func (dataAnchoringToken *DataAnchoringToken) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackCidOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d0917fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cidOf(uint256 tokenId) view returns(string)
func (dataAnchoringToken *DataAnchoringToken) PackCidOf(tokenId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("cidOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCidOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d0917fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cidOf(uint256 tokenId) view returns(string)
func (dataAnchoringToken *DataAnchoringToken) TryPackCidOf(tokenId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("cidOf", tokenId)
}

// UnpackCidOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d0917fd.
//
// Solidity: function cidOf(uint256 tokenId) view returns(string)
func (dataAnchoringToken *DataAnchoringToken) UnpackCidOf(data []byte) (string, error) {
	out, err := dataAnchoringToken.abi.Unpack("cidOf", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2cd1b113.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 tokenId, address asset, address to) returns(uint256 amountClaimed)
func (dataAnchoringToken *DataAnchoringToken) PackClaim(tokenId *big.Int, asset common.Address, to common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("claim", tokenId, asset, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2cd1b113.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 tokenId, address asset, address to) returns(uint256 amountClaimed)
func (dataAnchoringToken *DataAnchoringToken) TryPackClaim(tokenId *big.Int, asset common.Address, to common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("claim", tokenId, asset, to)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2cd1b113.
//
// Solidity: function claim(uint256 tokenId, address asset, address to) returns(uint256 amountClaimed)
func (dataAnchoringToken *DataAnchoringToken) UnpackClaim(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("claim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14623a1b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimMany(uint256[] tokenIds, address asset, address to) returns(uint256 total)
func (dataAnchoringToken *DataAnchoringToken) PackClaimMany(tokenIds []*big.Int, asset common.Address, to common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("claimMany", tokenIds, asset, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14623a1b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimMany(uint256[] tokenIds, address asset, address to) returns(uint256 total)
func (dataAnchoringToken *DataAnchoringToken) TryPackClaimMany(tokenIds []*big.Int, asset common.Address, to common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("claimMany", tokenIds, asset, to)
}

// UnpackClaimMany is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14623a1b.
//
// Solidity: function claimMany(uint256[] tokenIds, address asset, address to) returns(uint256 total)
func (dataAnchoringToken *DataAnchoringToken) UnpackClaimMany(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("claimMany", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClassCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab996317.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classCount() view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) PackClassCount() []byte {
	enc, err := dataAnchoringToken.abi.Pack("classCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab996317.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classCount() view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) TryPackClassCount() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("classCount")
}

// UnpackClassCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab996317.
//
// Solidity: function classCount() view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) UnpackClassCount(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("classCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClassOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4324aa21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classOf(uint256 tokenId) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) PackClassOf(tokenId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("classOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4324aa21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classOf(uint256 tokenId) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) TryPackClassOf(tokenId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("classOf", tokenId)
}

// UnpackClassOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4324aa21.
//
// Solidity: function classOf(uint256 tokenId) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) UnpackClassOf(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("classOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClassState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0bb916c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classState(uint256 classId) view returns(uint256 totalShare, uint256 accEth, uint256 accErc20, address erc20, uint32 ttl, uint256 snapshots)
func (dataAnchoringToken *DataAnchoringToken) PackClassState(classId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("classState", classId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0bb916c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classState(uint256 classId) view returns(uint256 totalShare, uint256 accEth, uint256 accErc20, address erc20, uint32 ttl, uint256 snapshots)
func (dataAnchoringToken *DataAnchoringToken) TryPackClassState(classId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("classState", classId)
}

// ClassStateOutput serves as a container for the return parameters of contract
// method ClassState.
type ClassStateOutput struct {
	TotalShare *big.Int
	AccEth     *big.Int
	AccErc20   *big.Int
	Erc20      common.Address
	Ttl        uint32
	Snapshots  *big.Int
}

// UnpackClassState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0bb916c.
//
// Solidity: function classState(uint256 classId) view returns(uint256 totalShare, uint256 accEth, uint256 accErc20, address erc20, uint32 ttl, uint256 snapshots)
func (dataAnchoringToken *DataAnchoringToken) UnpackClassState(data []byte) (ClassStateOutput, error) {
	out, err := dataAnchoringToken.abi.Unpack("classState", data)
	outstruct := new(ClassStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.TotalShare = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.AccEth = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.AccErc20 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Erc20 = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)
	outstruct.Ttl = *abi.ConvertType(out[4], new(uint32)).(*uint32)
	outstruct.Snapshots = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackConfigureClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cda2cc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configureClass(uint256 classId, uint32 ttl, address erc20) returns()
func (dataAnchoringToken *DataAnchoringToken) PackConfigureClass(classId *big.Int, ttl uint32, erc20 common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("configureClass", classId, ttl, erc20)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigureClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cda2cc2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configureClass(uint256 classId, uint32 ttl, address erc20) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackConfigureClass(classId *big.Int, ttl uint32, erc20 common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("configureClass", classId, ttl, erc20)
}

// PackContributionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56606aeb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributionOf(uint256 tokenId) view returns(address device, uint32 epoch, uint64 h3Cell, uint32 recordCount, bytes32 merkleRoot, bytes32 cidDigest, uint16 score, uint8 status, uint32 anchoredAt)
func (dataAnchoringToken *DataAnchoringToken) PackContributionOf(tokenId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("contributionOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56606aeb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributionOf(uint256 tokenId) view returns(address device, uint32 epoch, uint64 h3Cell, uint32 recordCount, bytes32 merkleRoot, bytes32 cidDigest, uint16 score, uint8 status, uint32 anchoredAt)
func (dataAnchoringToken *DataAnchoringToken) TryPackContributionOf(tokenId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("contributionOf", tokenId)
}

// ContributionOfOutput serves as a container for the return parameters of contract
// method ContributionOf.
type ContributionOfOutput struct {
	Device      common.Address
	Epoch       uint32
	H3Cell      uint64
	RecordCount uint32
	MerkleRoot  [32]byte
	CidDigest   [32]byte
	Score       uint16
	Status      uint8
	AnchoredAt  uint32
}

// UnpackContributionOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56606aeb.
//
// Solidity: function contributionOf(uint256 tokenId) view returns(address device, uint32 epoch, uint64 h3Cell, uint32 recordCount, bytes32 merkleRoot, bytes32 cidDigest, uint16 score, uint8 status, uint32 anchoredAt)
func (dataAnchoringToken *DataAnchoringToken) UnpackContributionOf(data []byte) (ContributionOfOutput, error) {
	out, err := dataAnchoringToken.abi.Unpack("contributionOf", data)
	outstruct := new(ContributionOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Device = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Epoch = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.H3Cell = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.RecordCount = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	outstruct.MerkleRoot = *abi.ConvertType(out[4], new([32]byte)).(*[32]byte)
	outstruct.CidDigest = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Score = *abi.ConvertType(out[6], new(uint16)).(*uint16)
	outstruct.Status = *abi.ConvertType(out[7], new(uint8)).(*uint8)
	outstruct.AnchoredAt = *abi.ConvertType(out[8], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackContributorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e88be95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributorOf(uint256 tokenId) view returns(address)
func (dataAnchoringToken *DataAnchoringToken) PackContributorOf(tokenId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("contributorOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e88be95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributorOf(uint256 tokenId) view returns(address)
func (dataAnchoringToken *DataAnchoringToken) TryPackContributorOf(tokenId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("contributorOf", tokenId)
}

// UnpackContributorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e88be95.
//
// Solidity: function contributorOf(uint256 tokenId) view returns(address)
func (dataAnchoringToken *DataAnchoringToken) UnpackContributorOf(data []byte) (common.Address, error) {
	out, err := dataAnchoringToken.abi.Unpack("contributorOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCreateClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0fc0eca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createClass(string metadataURI, bytes32 integrityHash, uint8 unitDecimals, string policyURI) returns(uint256 classId)
func (dataAnchoringToken *DataAnchoringToken) PackCreateClass(metadataURI string, integrityHash [32]byte, unitDecimals uint8, policyURI string) []byte {
	enc, err := dataAnchoringToken.abi.Pack("createClass", metadataURI, integrityHash, unitDecimals, policyURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0fc0eca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createClass(string metadataURI, bytes32 integrityHash, uint8 unitDecimals, string policyURI) returns(uint256 classId)
func (dataAnchoringToken *DataAnchoringToken) TryPackCreateClass(metadataURI string, integrityHash [32]byte, unitDecimals uint8, policyURI string) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("createClass", metadataURI, integrityHash, unitDecimals, policyURI)
}

// UnpackCreateClass is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0fc0eca.
//
// Solidity: function createClass(string metadataURI, bytes32 integrityHash, uint8 unitDecimals, string policyURI) returns(uint256 classId)
func (dataAnchoringToken *DataAnchoringToken) UnpackCreateClass(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("createClass", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (dataAnchoringToken *DataAnchoringToken) PackDefaultAdmin() []byte {
	enc, err := dataAnchoringToken.abi.Pack("defaultAdmin")
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
func (dataAnchoringToken *DataAnchoringToken) TryPackDefaultAdmin() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (dataAnchoringToken *DataAnchoringToken) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := dataAnchoringToken.abi.Unpack("defaultAdmin", data)
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
func (dataAnchoringToken *DataAnchoringToken) PackDefaultAdminDelay() []byte {
	enc, err := dataAnchoringToken.abi.Pack("defaultAdminDelay")
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
func (dataAnchoringToken *DataAnchoringToken) TryPackDefaultAdminDelay() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (dataAnchoringToken *DataAnchoringToken) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("defaultAdminDelay", data)
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
func (dataAnchoringToken *DataAnchoringToken) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := dataAnchoringToken.abi.Pack("defaultAdminDelayIncreaseWait")
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
func (dataAnchoringToken *DataAnchoringToken) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (dataAnchoringToken *DataAnchoringToken) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (dataAnchoringToken *DataAnchoringToken) PackEip712Domain() []byte {
	enc, err := dataAnchoringToken.abi.Pack("eip712Domain")
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
func (dataAnchoringToken *DataAnchoringToken) TryPackEip712Domain() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("eip712Domain")
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
func (dataAnchoringToken *DataAnchoringToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := dataAnchoringToken.abi.Unpack("eip712Domain", data)
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

// PackEvaluationWords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f5ba244.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evaluationWords(uint256[] tokenIds) view returns(uint256[] words)
func (dataAnchoringToken *DataAnchoringToken) PackEvaluationWords(tokenIds []*big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("evaluationWords", tokenIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvaluationWords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f5ba244.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evaluationWords(uint256[] tokenIds) view returns(uint256[] words)
func (dataAnchoringToken *DataAnchoringToken) TryPackEvaluationWords(tokenIds []*big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("evaluationWords", tokenIds)
}

// UnpackEvaluationWords is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f5ba244.
//
// Solidity: function evaluationWords(uint256[] tokenIds) view returns(uint256[] words)
func (dataAnchoringToken *DataAnchoringToken) UnpackEvaluationWords(data []byte) ([]*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("evaluationWords", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e338ffe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expire(uint256[] tokenIds) returns()
func (dataAnchoringToken *DataAnchoringToken) PackExpire(tokenIds []*big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("expire", tokenIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e338ffe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expire(uint256[] tokenIds) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackExpire(tokenIds []*big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("expire", tokenIds)
}

// PackExpireAtOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56626b7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expireAtOf(uint256 tokenId) view returns(uint64)
func (dataAnchoringToken *DataAnchoringToken) PackExpireAtOf(tokenId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("expireAtOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpireAtOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56626b7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expireAtOf(uint256 tokenId) view returns(uint64)
func (dataAnchoringToken *DataAnchoringToken) TryPackExpireAtOf(tokenId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("expireAtOf", tokenId)
}

// UnpackExpireAtOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56626b7f.
//
// Solidity: function expireAtOf(uint256 tokenId) view returns(uint64)
func (dataAnchoringToken *DataAnchoringToken) UnpackExpireAtOf(data []byte) (uint64, error) {
	out, err := dataAnchoringToken.abi.Unpack("expireAtOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackExpireDue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1a40743.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expireDue(uint256 classId, uint256 until) returns()
func (dataAnchoringToken *DataAnchoringToken) PackExpireDue(classId *big.Int, until *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("expireDue", classId, until)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpireDue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1a40743.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expireDue(uint256 classId, uint256 until) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackExpireDue(classId *big.Int, until *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("expireDue", classId, until)
}

// PackGetClassMeta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a4fda67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getClassMeta(uint256 classId) view returns(string metadataURI, bytes32 integrityHash, uint8 unitDecimals, string policyURI)
func (dataAnchoringToken *DataAnchoringToken) PackGetClassMeta(classId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("getClassMeta", classId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetClassMeta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a4fda67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getClassMeta(uint256 classId) view returns(string metadataURI, bytes32 integrityHash, uint8 unitDecimals, string policyURI)
func (dataAnchoringToken *DataAnchoringToken) TryPackGetClassMeta(classId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("getClassMeta", classId)
}

// GetClassMetaOutput serves as a container for the return parameters of contract
// method GetClassMeta.
type GetClassMetaOutput struct {
	MetadataURI   string
	IntegrityHash [32]byte
	UnitDecimals  uint8
	PolicyURI     string
}

// UnpackGetClassMeta is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a4fda67.
//
// Solidity: function getClassMeta(uint256 classId) view returns(string metadataURI, bytes32 integrityHash, uint8 unitDecimals, string policyURI)
func (dataAnchoringToken *DataAnchoringToken) UnpackGetClassMeta(data []byte) (GetClassMetaOutput, error) {
	out, err := dataAnchoringToken.abi.Unpack("getClassMeta", data)
	outstruct := new(GetClassMetaOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MetadataURI = *abi.ConvertType(out[0], new(string)).(*string)
	outstruct.IntegrityHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.UnitDecimals = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.PolicyURI = *abi.ConvertType(out[3], new(string)).(*string)
	return *outstruct, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := dataAnchoringToken.abi.Pack("getRoleAdmin", role)
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
func (dataAnchoringToken *DataAnchoringToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := dataAnchoringToken.abi.Unpack("getRoleAdmin", data)
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
func (dataAnchoringToken *DataAnchoringToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("grantRole", role, account)
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
func (dataAnchoringToken *DataAnchoringToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("grantRole", role, account)
}

// PackHasProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3a57ea9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasProof(uint256 tokenId, bytes32 proofType) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) PackHasProof(tokenId *big.Int, proofType [32]byte) []byte {
	enc, err := dataAnchoringToken.abi.Pack("hasProof", tokenId, proofType)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3a57ea9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasProof(uint256 tokenId, bytes32 proofType) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) TryPackHasProof(tokenId *big.Int, proofType [32]byte) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("hasProof", tokenId, proofType)
}

// UnpackHasProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3a57ea9.
//
// Solidity: function hasProof(uint256 tokenId, bytes32 proofType) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) UnpackHasProof(data []byte) (bool, error) {
	out, err := dataAnchoringToken.abi.Unpack("hasProof", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("hasRole", role, account)
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
func (dataAnchoringToken *DataAnchoringToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := dataAnchoringToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsApprovedForClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766e346c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForClass(address owner, uint256 classId, address operator) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) PackIsApprovedForClass(owner common.Address, classId *big.Int, operator common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("isApprovedForClass", owner, classId, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766e346c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForClass(address owner, uint256 classId, address operator) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) TryPackIsApprovedForClass(owner common.Address, classId *big.Int, operator common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("isApprovedForClass", owner, classId, operator)
}

// UnpackIsApprovedForClass is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x766e346c.
//
// Solidity: function isApprovedForClass(address owner, uint256 classId, address operator) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) UnpackIsApprovedForClass(data []byte) (bool, error) {
	out, err := dataAnchoringToken.abi.Unpack("isApprovedForClass", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsCounted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9602ffe5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isCounted(uint256 tokenId) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) PackIsCounted(tokenId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("isCounted", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsCounted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9602ffe5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isCounted(uint256 tokenId) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) TryPackIsCounted(tokenId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("isCounted", tokenId)
}

// UnpackIsCounted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9602ffe5.
//
// Solidity: function isCounted(uint256 tokenId) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) UnpackIsCounted(data []byte) (bool, error) {
	out, err := dataAnchoringToken.abi.Unpack("isCounted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMinSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bfbd79b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minSettlement(uint256 classId) view returns(uint256 minEth, uint256 minErc20)
func (dataAnchoringToken *DataAnchoringToken) PackMinSettlement(classId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("minSettlement", classId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bfbd79b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minSettlement(uint256 classId) view returns(uint256 minEth, uint256 minErc20)
func (dataAnchoringToken *DataAnchoringToken) TryPackMinSettlement(classId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("minSettlement", classId)
}

// MinSettlementOutput serves as a container for the return parameters of contract
// method MinSettlement.
type MinSettlementOutput struct {
	MinEth   *big.Int
	MinErc20 *big.Int
}

// UnpackMinSettlement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1bfbd79b.
//
// Solidity: function minSettlement(uint256 classId) view returns(uint256 minEth, uint256 minErc20)
func (dataAnchoringToken *DataAnchoringToken) UnpackMinSettlement(data []byte) (MinSettlementOutput, error) {
	out, err := dataAnchoringToken.abi.Unpack("minSettlement", data)
	outstruct := new(MinSettlementOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MinEth = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.MinErc20 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x741e3723.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt) returns(uint256 tokenId)
func (dataAnchoringToken *DataAnchoringToken) PackMint(classId *big.Int, to common.Address, value *big.Int, shareRatio *big.Int, expireAt uint64) []byte {
	enc, err := dataAnchoringToken.abi.Pack("mint", classId, to, value, shareRatio, expireAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x741e3723.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt) returns(uint256 tokenId)
func (dataAnchoringToken *DataAnchoringToken) TryPackMint(classId *big.Int, to common.Address, value *big.Int, shareRatio *big.Int, expireAt uint64) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("mint", classId, to, value, shareRatio, expireAt)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x741e3723.
//
// Solidity: function mint(uint256 classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt) returns(uint256 tokenId)
func (dataAnchoringToken *DataAnchoringToken) UnpackMint(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("mint", data)
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
// Solidity: function name() pure returns(string)
func (dataAnchoringToken *DataAnchoringToken) PackName() []byte {
	enc, err := dataAnchoringToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() pure returns(string)
func (dataAnchoringToken *DataAnchoringToken) TryPackName() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (dataAnchoringToken *DataAnchoringToken) UnpackName(data []byte) (string, error) {
	out, err := dataAnchoringToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (dataAnchoringToken *DataAnchoringToken) PackOwner() []byte {
	enc, err := dataAnchoringToken.abi.Pack("owner")
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
func (dataAnchoringToken *DataAnchoringToken) TryPackOwner() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (dataAnchoringToken *DataAnchoringToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := dataAnchoringToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (dataAnchoringToken *DataAnchoringToken) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (dataAnchoringToken *DataAnchoringToken) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (dataAnchoringToken *DataAnchoringToken) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := dataAnchoringToken.abi.Unpack("ownerOf", data)
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
func (dataAnchoringToken *DataAnchoringToken) PackPendingDefaultAdmin() []byte {
	enc, err := dataAnchoringToken.abi.Pack("pendingDefaultAdmin")
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
func (dataAnchoringToken *DataAnchoringToken) TryPackPendingDefaultAdmin() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("pendingDefaultAdmin")
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
func (dataAnchoringToken *DataAnchoringToken) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := dataAnchoringToken.abi.Unpack("pendingDefaultAdmin", data)
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
func (dataAnchoringToken *DataAnchoringToken) PackPendingDefaultAdminDelay() []byte {
	enc, err := dataAnchoringToken.abi.Pack("pendingDefaultAdminDelay")
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
func (dataAnchoringToken *DataAnchoringToken) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("pendingDefaultAdminDelay")
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
func (dataAnchoringToken *DataAnchoringToken) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := dataAnchoringToken.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb0bc514.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingRevenue(uint256 tokenId, address asset) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) PackPendingRevenue(tokenId *big.Int, asset common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("pendingRevenue", tokenId, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb0bc514.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingRevenue(uint256 tokenId, address asset) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) TryPackPendingRevenue(tokenId *big.Int, asset common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("pendingRevenue", tokenId, asset)
}

// UnpackPendingRevenue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb0bc514.
//
// Solidity: function pendingRevenue(uint256 tokenId, address asset) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) UnpackPendingRevenue(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("pendingRevenue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProofVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6130b153.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proofVerifier(bytes32 proofType) view returns(address)
func (dataAnchoringToken *DataAnchoringToken) PackProofVerifier(proofType [32]byte) []byte {
	enc, err := dataAnchoringToken.abi.Pack("proofVerifier", proofType)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProofVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6130b153.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proofVerifier(bytes32 proofType) view returns(address)
func (dataAnchoringToken *DataAnchoringToken) TryPackProofVerifier(proofType [32]byte) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("proofVerifier", proofType)
}

// UnpackProofVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6130b153.
//
// Solidity: function proofVerifier(bytes32 proofType) view returns(address)
func (dataAnchoringToken *DataAnchoringToken) UnpackProofVerifier(data []byte) (common.Address, error) {
	out, err := dataAnchoringToken.abi.Unpack("proofVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProvenThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x323d18c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function provenThreshold(uint256 tokenId) view returns(uint16)
func (dataAnchoringToken *DataAnchoringToken) PackProvenThreshold(tokenId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("provenThreshold", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProvenThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x323d18c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function provenThreshold(uint256 tokenId) view returns(uint16)
func (dataAnchoringToken *DataAnchoringToken) TryPackProvenThreshold(tokenId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("provenThreshold", tokenId)
}

// UnpackProvenThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x323d18c2.
//
// Solidity: function provenThreshold(uint256 tokenId) view returns(uint16)
func (dataAnchoringToken *DataAnchoringToken) UnpackProvenThreshold(data []byte) (uint16, error) {
	out, err := dataAnchoringToken.abi.Unpack("provenThreshold", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackRecordUsage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48904648.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordUsage(uint256 tokenId, bytes32 metricType, uint256 amount) returns()
func (dataAnchoringToken *DataAnchoringToken) PackRecordUsage(tokenId *big.Int, metricType [32]byte, amount *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("recordUsage", tokenId, metricType, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordUsage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48904648.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordUsage(uint256 tokenId, bytes32 metricType, uint256 amount) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackRecordUsage(tokenId *big.Int, metricType [32]byte, amount *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("recordUsage", tokenId, metricType, amount)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (dataAnchoringToken *DataAnchoringToken) PackRegistry() []byte {
	enc, err := dataAnchoringToken.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (dataAnchoringToken *DataAnchoringToken) TryPackRegistry() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (dataAnchoringToken *DataAnchoringToken) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := dataAnchoringToken.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenderer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ada6b0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renderer() view returns(address)
func (dataAnchoringToken *DataAnchoringToken) PackRenderer() []byte {
	enc, err := dataAnchoringToken.abi.Pack("renderer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenderer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ada6b0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renderer() view returns(address)
func (dataAnchoringToken *DataAnchoringToken) TryPackRenderer() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("renderer")
}

// UnpackRenderer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ada6b0f.
//
// Solidity: function renderer() view returns(address)
func (dataAnchoringToken *DataAnchoringToken) UnpackRenderer(data []byte) (common.Address, error) {
	out, err := dataAnchoringToken.abi.Unpack("renderer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (dataAnchoringToken *DataAnchoringToken) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("renounceRole", role, account)
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
func (dataAnchoringToken *DataAnchoringToken) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("renounceRole", role, account)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (dataAnchoringToken *DataAnchoringToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("revokeRole", role, account)
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
func (dataAnchoringToken *DataAnchoringToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("revokeRole", role, account)
}

// PackRewardDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9e2a207.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardDebt(uint256 tokenId, address asset) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) PackRewardDebt(tokenId *big.Int, asset common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("rewardDebt", tokenId, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9e2a207.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardDebt(uint256 tokenId, address asset) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) TryPackRewardDebt(tokenId *big.Int, asset common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("rewardDebt", tokenId, asset)
}

// UnpackRewardDebt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9e2a207.
//
// Solidity: function rewardDebt(uint256 tokenId, address asset) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) UnpackRewardDebt(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("rewardDebt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (dataAnchoringToken *DataAnchoringToken) PackRollbackDefaultAdminDelay() []byte {
	enc, err := dataAnchoringToken.abi.Pack("rollbackDefaultAdminDelay")
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
func (dataAnchoringToken *DataAnchoringToken) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSetEpochEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfcff7be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEpochEmission(uint256 classId, address source) returns()
func (dataAnchoringToken *DataAnchoringToken) PackSetEpochEmission(classId *big.Int, source common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("setEpochEmission", classId, source)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEpochEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfcff7be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEpochEmission(uint256 classId, address source) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackSetEpochEmission(classId *big.Int, source common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("setEpochEmission", classId, source)
}

// PackSetMinSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b7f8b11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinSettlement(uint256 classId, uint256 minEth, uint256 minErc20) returns()
func (dataAnchoringToken *DataAnchoringToken) PackSetMinSettlement(classId *big.Int, minEth *big.Int, minErc20 *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("setMinSettlement", classId, minEth, minErc20)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b7f8b11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinSettlement(uint256 classId, uint256 minEth, uint256 minErc20) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackSetMinSettlement(classId *big.Int, minEth *big.Int, minErc20 *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("setMinSettlement", classId, minEth, minErc20)
}

// PackSetProofVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccbd2dd6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProofVerifier(bytes32 proofType, address verifier) returns()
func (dataAnchoringToken *DataAnchoringToken) PackSetProofVerifier(proofType [32]byte, verifier common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("setProofVerifier", proofType, verifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetProofVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccbd2dd6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setProofVerifier(bytes32 proofType, address verifier) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackSetProofVerifier(proofType [32]byte, verifier common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("setProofVerifier", proofType, verifier)
}

// PackSettleEpochEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9df10ea6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleEpochEmission(uint256 classId) returns()
func (dataAnchoringToken *DataAnchoringToken) PackSettleEpochEmission(classId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("settleEpochEmission", classId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleEpochEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9df10ea6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleEpochEmission(uint256 classId) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackSettleEpochEmission(classId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("settleEpochEmission", classId)
}

// PackSettleEvaluations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb12162.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleEvaluations(uint256[] verdicts) returns()
func (dataAnchoringToken *DataAnchoringToken) PackSettleEvaluations(verdicts []*big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("settleEvaluations", verdicts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleEvaluations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb12162.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleEvaluations(uint256[] verdicts) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackSettleEvaluations(verdicts []*big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("settleEvaluations", verdicts)
}

// PackSettleRevenueERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90f1e29d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleRevenueERC20(uint256 classId, address asset, uint256 amount) returns()
func (dataAnchoringToken *DataAnchoringToken) PackSettleRevenueERC20(classId *big.Int, asset common.Address, amount *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("settleRevenueERC20", classId, asset, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleRevenueERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90f1e29d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleRevenueERC20(uint256 classId, address asset, uint256 amount) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackSettleRevenueERC20(classId *big.Int, asset common.Address, amount *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("settleRevenueERC20", classId, asset, amount)
}

// PackSettleRevenueETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ccd0350.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleRevenueETH(uint256 classId) payable returns()
func (dataAnchoringToken *DataAnchoringToken) PackSettleRevenueETH(classId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("settleRevenueETH", classId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleRevenueETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ccd0350.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleRevenueETH(uint256 classId) payable returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackSettleRevenueETH(classId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("settleRevenueETH", classId)
}

// PackShareRatioOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36d98ca1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function shareRatioOf(uint256 tokenId) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) PackShareRatioOf(tokenId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("shareRatioOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShareRatioOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36d98ca1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function shareRatioOf(uint256 tokenId) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) TryPackShareRatioOf(tokenId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("shareRatioOf", tokenId)
}

// UnpackShareRatioOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36d98ca1.
//
// Solidity: function shareRatioOf(uint256 tokenId) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) UnpackShareRatioOf(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("shareRatioOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad35efd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function statusOf(uint256 tokenId) view returns(uint8)
func (dataAnchoringToken *DataAnchoringToken) PackStatusOf(tokenId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("statusOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad35efd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function statusOf(uint256 tokenId) view returns(uint8)
func (dataAnchoringToken *DataAnchoringToken) TryPackStatusOf(tokenId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("statusOf", tokenId)
}

// UnpackStatusOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad35efd4.
//
// Solidity: function statusOf(uint256 tokenId) view returns(uint8)
func (dataAnchoringToken *DataAnchoringToken) UnpackStatusOf(data []byte) (uint8, error) {
	out, err := dataAnchoringToken.abi.Unpack("statusOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := dataAnchoringToken.abi.Pack("supportsInterface", interfaceId)
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
func (dataAnchoringToken *DataAnchoringToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := dataAnchoringToken.abi.Unpack("supportsInterface", data)
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
// Solidity: function symbol() pure returns(string)
func (dataAnchoringToken *DataAnchoringToken) PackSymbol() []byte {
	enc, err := dataAnchoringToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() pure returns(string)
func (dataAnchoringToken *DataAnchoringToken) TryPackSymbol() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (dataAnchoringToken *DataAnchoringToken) UnpackSymbol(data []byte) (string, error) {
	out, err := dataAnchoringToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f181b5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenCount() view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) PackTokenCount() []byte {
	enc, err := dataAnchoringToken.abi.Pack("tokenCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f181b5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenCount() view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) TryPackTokenCount() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("tokenCount")
}

// UnpackTokenCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f181b5e.
//
// Solidity: function tokenCount() view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) UnpackTokenCount(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("tokenCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenOfDeviceRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07e3ee1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenOfDeviceRoot(address device, bytes32 merkleRoot) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) PackTokenOfDeviceRoot(device common.Address, merkleRoot [32]byte) []byte {
	enc, err := dataAnchoringToken.abi.Pack("tokenOfDeviceRoot", device, merkleRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenOfDeviceRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07e3ee1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenOfDeviceRoot(address device, bytes32 merkleRoot) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) TryPackTokenOfDeviceRoot(device common.Address, merkleRoot [32]byte) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("tokenOfDeviceRoot", device, merkleRoot)
}

// UnpackTokenOfDeviceRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07e3ee1c.
//
// Solidity: function tokenOfDeviceRoot(address device, bytes32 merkleRoot) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) UnpackTokenOfDeviceRoot(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("tokenOfDeviceRoot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenOfRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed7b6b94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenOfRoot(bytes32 merkleRoot) view returns(uint256 tokenId)
func (dataAnchoringToken *DataAnchoringToken) PackTokenOfRoot(merkleRoot [32]byte) []byte {
	enc, err := dataAnchoringToken.abi.Pack("tokenOfRoot", merkleRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenOfRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed7b6b94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenOfRoot(bytes32 merkleRoot) view returns(uint256 tokenId)
func (dataAnchoringToken *DataAnchoringToken) TryPackTokenOfRoot(merkleRoot [32]byte) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("tokenOfRoot", merkleRoot)
}

// UnpackTokenOfRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed7b6b94.
//
// Solidity: function tokenOfRoot(bytes32 merkleRoot) view returns(uint256 tokenId)
func (dataAnchoringToken *DataAnchoringToken) UnpackTokenOfRoot(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("tokenOfRoot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (dataAnchoringToken *DataAnchoringToken) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (dataAnchoringToken *DataAnchoringToken) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (dataAnchoringToken *DataAnchoringToken) UnpackTokenURI(data []byte) (string, error) {
	out, err := dataAnchoringToken.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbad42590.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferToken(uint256 tokenId, address to) returns()
func (dataAnchoringToken *DataAnchoringToken) PackTransferToken(tokenId *big.Int, to common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("transferToken", tokenId, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbad42590.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferToken(uint256 tokenId, address to) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackTransferToken(tokenId *big.Int, to common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("transferToken", tokenId, to)
}

// PackTransferValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54e26179.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferValue(uint256 fromTokenId, uint256 toTokenId, uint256 value) returns()
func (dataAnchoringToken *DataAnchoringToken) PackTransferValue(fromTokenId *big.Int, toTokenId *big.Int, value *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("transferValue", fromTokenId, toTokenId, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54e26179.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferValue(uint256 fromTokenId, uint256 toTokenId, uint256 value) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackTransferValue(fromTokenId *big.Int, toTokenId *big.Int, value *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("transferValue", fromTokenId, toTokenId, value)
}

// PackUpdateClassMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38b40dc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateClassMetadata(uint256 classId, string metadataURI, bytes32 integrityHash) returns()
func (dataAnchoringToken *DataAnchoringToken) PackUpdateClassMetadata(classId *big.Int, metadataURI string, integrityHash [32]byte) []byte {
	enc, err := dataAnchoringToken.abi.Pack("updateClassMetadata", classId, metadataURI, integrityHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateClassMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38b40dc2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateClassMetadata(uint256 classId, string metadataURI, bytes32 integrityHash) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackUpdateClassMetadata(classId *big.Int, metadataURI string, integrityHash [32]byte) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("updateClassMetadata", classId, metadataURI, integrityHash)
}

// PackUpdateClassPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f2b75e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateClassPolicy(uint256 classId, string policyURI) returns()
func (dataAnchoringToken *DataAnchoringToken) PackUpdateClassPolicy(classId *big.Int, policyURI string) []byte {
	enc, err := dataAnchoringToken.abi.Pack("updateClassPolicy", classId, policyURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateClassPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f2b75e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateClassPolicy(uint256 classId, string policyURI) returns()
func (dataAnchoringToken *DataAnchoringToken) TryPackUpdateClassPolicy(classId *big.Int, policyURI string) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("updateClassPolicy", classId, policyURI)
}

// PackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uri(uint256 tokenId) view returns(string)
func (dataAnchoringToken *DataAnchoringToken) PackUri(tokenId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("uri", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uri(uint256 tokenId) view returns(string)
func (dataAnchoringToken *DataAnchoringToken) TryPackUri(tokenId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("uri", tokenId)
}

// UnpackUri is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e89341c.
//
// Solidity: function uri(uint256 tokenId) view returns(string)
func (dataAnchoringToken *DataAnchoringToken) UnpackUri(data []byte) (string, error) {
	out, err := dataAnchoringToken.abi.Unpack("uri", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackValueOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcadf338f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valueOf(uint256 tokenId) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) PackValueOf(tokenId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("valueOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValueOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcadf338f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function valueOf(uint256 tokenId) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) TryPackValueOf(tokenId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("valueOf", tokenId)
}

// UnpackValueOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcadf338f.
//
// Solidity: function valueOf(uint256 tokenId) view returns(uint256)
func (dataAnchoringToken *DataAnchoringToken) UnpackValueOf(data []byte) (*big.Int, error) {
	out, err := dataAnchoringToken.abi.Unpack("valueOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerifyRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5c28db1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyRecord(uint256 tokenId, bytes32 recordHash, bytes32[] proof) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) PackVerifyRecord(tokenId *big.Int, recordHash [32]byte, proof [][32]byte) []byte {
	enc, err := dataAnchoringToken.abi.Pack("verifyRecord", tokenId, recordHash, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5c28db1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyRecord(uint256 tokenId, bytes32 recordHash, bytes32[] proof) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) TryPackVerifyRecord(tokenId *big.Int, recordHash [32]byte, proof [][32]byte) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("verifyRecord", tokenId, recordHash, proof)
}

// UnpackVerifyRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5c28db1.
//
// Solidity: function verifyRecord(uint256 tokenId, bytes32 recordHash, bytes32[] proof) view returns(bool)
func (dataAnchoringToken *DataAnchoringToken) UnpackVerifyRecord(data []byte) (bool, error) {
	out, err := dataAnchoringToken.abi.Unpack("verifyRecord", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackZkCommitOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x286df5bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function zkCommitOf(uint256 tokenId) view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) PackZkCommitOf(tokenId *big.Int) []byte {
	enc, err := dataAnchoringToken.abi.Pack("zkCommitOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackZkCommitOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x286df5bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function zkCommitOf(uint256 tokenId) view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) TryPackZkCommitOf(tokenId *big.Int) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("zkCommitOf", tokenId)
}

// UnpackZkCommitOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x286df5bd.
//
// Solidity: function zkCommitOf(uint256 tokenId) view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) UnpackZkCommitOf(data []byte) ([32]byte, error) {
	out, err := dataAnchoringToken.abi.Unpack("zkCommitOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// DataAnchoringTokenApprovalForClass represents a ApprovalForClass event raised by the DataAnchoringToken contract.
type DataAnchoringTokenApprovalForClass struct {
	Owner    common.Address
	ClassId  *big.Int
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenApprovalForClassEventName = "ApprovalForClass"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenApprovalForClass) ContractEventName() string {
	return DataAnchoringTokenApprovalForClassEventName
}

// UnpackApprovalForClassEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForClass(address indexed owner, uint256 indexed classId, address indexed operator, bool approved)
func (dataAnchoringToken *DataAnchoringToken) UnpackApprovalForClassEvent(log *types.Log) (*DataAnchoringTokenApprovalForClass, error) {
	event := "ApprovalForClass"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenApprovalForClass)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenClaimed represents a Claimed event raised by the DataAnchoringToken contract.
type DataAnchoringTokenClaimed struct {
	TokenId *big.Int
	To      common.Address
	Asset   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenClaimed) ContractEventName() string {
	return DataAnchoringTokenClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(uint256 indexed tokenId, address indexed to, address indexed asset, uint256 amount)
func (dataAnchoringToken *DataAnchoringToken) UnpackClaimedEvent(log *types.Log) (*DataAnchoringTokenClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenClaimed)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenClassConfigured represents a ClassConfigured event raised by the DataAnchoringToken contract.
type DataAnchoringTokenClassConfigured struct {
	ClassId *big.Int
	Ttl     uint32
	Erc20   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenClassConfiguredEventName = "ClassConfigured"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenClassConfigured) ContractEventName() string {
	return DataAnchoringTokenClassConfiguredEventName
}

// UnpackClassConfiguredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClassConfigured(uint256 indexed classId, uint32 ttl, address erc20)
func (dataAnchoringToken *DataAnchoringToken) UnpackClassConfiguredEvent(log *types.Log) (*DataAnchoringTokenClassConfigured, error) {
	event := "ClassConfigured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenClassConfigured)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenClassCreated represents a ClassCreated event raised by the DataAnchoringToken contract.
type DataAnchoringTokenClassCreated struct {
	ClassId       *big.Int
	MetadataURI   string
	IntegrityHash [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenClassCreatedEventName = "ClassCreated"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenClassCreated) ContractEventName() string {
	return DataAnchoringTokenClassCreatedEventName
}

// UnpackClassCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClassCreated(uint256 indexed classId, string metadataURI, bytes32 integrityHash)
func (dataAnchoringToken *DataAnchoringToken) UnpackClassCreatedEvent(log *types.Log) (*DataAnchoringTokenClassCreated, error) {
	event := "ClassCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenClassCreated)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenClassPolicyUpdated represents a ClassPolicyUpdated event raised by the DataAnchoringToken contract.
type DataAnchoringTokenClassPolicyUpdated struct {
	ClassId   *big.Int
	PolicyURI string
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenClassPolicyUpdatedEventName = "ClassPolicyUpdated"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenClassPolicyUpdated) ContractEventName() string {
	return DataAnchoringTokenClassPolicyUpdatedEventName
}

// UnpackClassPolicyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClassPolicyUpdated(uint256 indexed classId, string policyURI)
func (dataAnchoringToken *DataAnchoringToken) UnpackClassPolicyUpdatedEvent(log *types.Log) (*DataAnchoringTokenClassPolicyUpdated, error) {
	event := "ClassPolicyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenClassPolicyUpdated)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenContributionAnchored represents a ContributionAnchored event raised by the DataAnchoringToken contract.
type DataAnchoringTokenContributionAnchored struct {
	TokenId    *big.Int
	Device     common.Address
	MerkleRoot [32]byte
	CidDigest  [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenContributionAnchoredEventName = "ContributionAnchored"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenContributionAnchored) ContractEventName() string {
	return DataAnchoringTokenContributionAnchoredEventName
}

// UnpackContributionAnchoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionAnchored(uint256 indexed tokenId, address indexed device, bytes32 merkleRoot, bytes32 cidDigest)
func (dataAnchoringToken *DataAnchoringToken) UnpackContributionAnchoredEvent(log *types.Log) (*DataAnchoringTokenContributionAnchored, error) {
	event := "ContributionAnchored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenContributionAnchored)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the DataAnchoringToken contract.
type DataAnchoringTokenDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return DataAnchoringTokenDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (dataAnchoringToken *DataAnchoringToken) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*DataAnchoringTokenDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the DataAnchoringToken contract.
type DataAnchoringTokenDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return DataAnchoringTokenDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (dataAnchoringToken *DataAnchoringToken) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*DataAnchoringTokenDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the DataAnchoringToken contract.
type DataAnchoringTokenDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenDefaultAdminTransferCanceled) ContractEventName() string {
	return DataAnchoringTokenDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (dataAnchoringToken *DataAnchoringToken) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*DataAnchoringTokenDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the DataAnchoringToken contract.
type DataAnchoringTokenDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenDefaultAdminTransferScheduled) ContractEventName() string {
	return DataAnchoringTokenDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (dataAnchoringToken *DataAnchoringToken) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*DataAnchoringTokenDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the DataAnchoringToken contract.
type DataAnchoringTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenEIP712DomainChanged) ContractEventName() string {
	return DataAnchoringTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (dataAnchoringToken *DataAnchoringToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*DataAnchoringTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenEpochEmissionSet represents a EpochEmissionSet event raised by the DataAnchoringToken contract.
type DataAnchoringTokenEpochEmissionSet struct {
	ClassId *big.Int
	Source  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenEpochEmissionSetEventName = "EpochEmissionSet"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenEpochEmissionSet) ContractEventName() string {
	return DataAnchoringTokenEpochEmissionSetEventName
}

// UnpackEpochEmissionSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochEmissionSet(uint256 indexed classId, address source)
func (dataAnchoringToken *DataAnchoringToken) UnpackEpochEmissionSetEvent(log *types.Log) (*DataAnchoringTokenEpochEmissionSet, error) {
	event := "EpochEmissionSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenEpochEmissionSet)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenExpired represents a Expired event raised by the DataAnchoringToken contract.
type DataAnchoringTokenExpired struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenExpiredEventName = "Expired"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenExpired) ContractEventName() string {
	return DataAnchoringTokenExpiredEventName
}

// UnpackExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Expired(uint256 indexed tokenId)
func (dataAnchoringToken *DataAnchoringToken) UnpackExpiredEvent(log *types.Log) (*DataAnchoringTokenExpired, error) {
	event := "Expired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenExpired)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenFinalized represents a Finalized event raised by the DataAnchoringToken contract.
type DataAnchoringTokenFinalized struct {
	TokenId    *big.Int
	Score      uint16
	Value      *big.Int
	ShareRatio *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenFinalized) ContractEventName() string {
	return DataAnchoringTokenFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized(uint256 indexed tokenId, uint16 score, uint256 value, uint256 shareRatio)
func (dataAnchoringToken *DataAnchoringToken) UnpackFinalizedEvent(log *types.Log) (*DataAnchoringTokenFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenFinalized)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenMetadataUpdated represents a MetadataUpdated event raised by the DataAnchoringToken contract.
type DataAnchoringTokenMetadataUpdated struct {
	ClassId       *big.Int
	MetadataURI   string
	IntegrityHash [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenMetadataUpdatedEventName = "MetadataUpdated"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenMetadataUpdated) ContractEventName() string {
	return DataAnchoringTokenMetadataUpdatedEventName
}

// UnpackMetadataUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdated(uint256 indexed classId, string metadataURI, bytes32 integrityHash)
func (dataAnchoringToken *DataAnchoringToken) UnpackMetadataUpdatedEvent(log *types.Log) (*DataAnchoringTokenMetadataUpdated, error) {
	event := "MetadataUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenMetadataUpdated)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenMinSettlementSet represents a MinSettlementSet event raised by the DataAnchoringToken contract.
type DataAnchoringTokenMinSettlementSet struct {
	ClassId  *big.Int
	MinEth   *big.Int
	MinErc20 *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenMinSettlementSetEventName = "MinSettlementSet"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenMinSettlementSet) ContractEventName() string {
	return DataAnchoringTokenMinSettlementSetEventName
}

// UnpackMinSettlementSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinSettlementSet(uint256 indexed classId, uint256 minEth, uint256 minErc20)
func (dataAnchoringToken *DataAnchoringToken) UnpackMinSettlementSetEvent(log *types.Log) (*DataAnchoringTokenMinSettlementSet, error) {
	event := "MinSettlementSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenMinSettlementSet)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenMinted represents a Minted event raised by the DataAnchoringToken contract.
type DataAnchoringTokenMinted struct {
	TokenId    *big.Int
	ClassId    *big.Int
	To         common.Address
	Value      *big.Int
	ShareRatio *big.Int
	ExpireAt   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenMintedEventName = "Minted"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenMinted) ContractEventName() string {
	return DataAnchoringTokenMintedEventName
}

// UnpackMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Minted(uint256 indexed tokenId, uint256 indexed classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt)
func (dataAnchoringToken *DataAnchoringToken) UnpackMintedEvent(log *types.Log) (*DataAnchoringTokenMinted, error) {
	event := "Minted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenMinted)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenProofAdded represents a ProofAdded event raised by the DataAnchoringToken contract.
type DataAnchoringTokenProofAdded struct {
	TokenId   *big.Int
	ProofType [32]byte
	Uri       string
	Signature []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenProofAddedEventName = "ProofAdded"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenProofAdded) ContractEventName() string {
	return DataAnchoringTokenProofAddedEventName
}

// UnpackProofAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProofAdded(uint256 indexed tokenId, bytes32 proofType, string uri, bytes signature)
func (dataAnchoringToken *DataAnchoringToken) UnpackProofAddedEvent(log *types.Log) (*DataAnchoringTokenProofAdded, error) {
	event := "ProofAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenProofAdded)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenProofVerifierSet represents a ProofVerifierSet event raised by the DataAnchoringToken contract.
type DataAnchoringTokenProofVerifierSet struct {
	ProofType [32]byte
	Verifier  common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenProofVerifierSetEventName = "ProofVerifierSet"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenProofVerifierSet) ContractEventName() string {
	return DataAnchoringTokenProofVerifierSetEventName
}

// UnpackProofVerifierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProofVerifierSet(bytes32 indexed proofType, address verifier)
func (dataAnchoringToken *DataAnchoringToken) UnpackProofVerifierSetEvent(log *types.Log) (*DataAnchoringTokenProofVerifierSet, error) {
	event := "ProofVerifierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenProofVerifierSet)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenRejected represents a Rejected event raised by the DataAnchoringToken contract.
type DataAnchoringTokenRejected struct {
	TokenId *big.Int
	Score   uint16
	Reason  [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenRejectedEventName = "Rejected"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenRejected) ContractEventName() string {
	return DataAnchoringTokenRejectedEventName
}

// UnpackRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Rejected(uint256 indexed tokenId, uint16 score, bytes32 reason)
func (dataAnchoringToken *DataAnchoringToken) UnpackRejectedEvent(log *types.Log) (*DataAnchoringTokenRejected, error) {
	event := "Rejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenRejected)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenRevenueSettled represents a RevenueSettled event raised by the DataAnchoringToken contract.
type DataAnchoringTokenRevenueSettled struct {
	ClassId *big.Int
	Asset   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenRevenueSettledEventName = "RevenueSettled"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenRevenueSettled) ContractEventName() string {
	return DataAnchoringTokenRevenueSettledEventName
}

// UnpackRevenueSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueSettled(uint256 indexed classId, address indexed asset, uint256 amount)
func (dataAnchoringToken *DataAnchoringToken) UnpackRevenueSettledEvent(log *types.Log) (*DataAnchoringTokenRevenueSettled, error) {
	event := "RevenueSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenRevenueSettled)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenRoleAdminChanged represents a RoleAdminChanged event raised by the DataAnchoringToken contract.
type DataAnchoringTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenRoleAdminChanged) ContractEventName() string {
	return DataAnchoringTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (dataAnchoringToken *DataAnchoringToken) UnpackRoleAdminChangedEvent(log *types.Log) (*DataAnchoringTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenRoleGranted represents a RoleGranted event raised by the DataAnchoringToken contract.
type DataAnchoringTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenRoleGranted) ContractEventName() string {
	return DataAnchoringTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (dataAnchoringToken *DataAnchoringToken) UnpackRoleGrantedEvent(log *types.Log) (*DataAnchoringTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenRoleRevoked represents a RoleRevoked event raised by the DataAnchoringToken contract.
type DataAnchoringTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenRoleRevoked) ContractEventName() string {
	return DataAnchoringTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (dataAnchoringToken *DataAnchoringToken) UnpackRoleRevokedEvent(log *types.Log) (*DataAnchoringTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenSharesExpired represents a SharesExpired event raised by the DataAnchoringToken contract.
type DataAnchoringTokenSharesExpired struct {
	ClassId  *big.Int
	ExpireAt uint64
	Share    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenSharesExpiredEventName = "SharesExpired"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenSharesExpired) ContractEventName() string {
	return DataAnchoringTokenSharesExpiredEventName
}

// UnpackSharesExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SharesExpired(uint256 indexed classId, uint64 expireAt, uint256 share)
func (dataAnchoringToken *DataAnchoringToken) UnpackSharesExpiredEvent(log *types.Log) (*DataAnchoringTokenSharesExpired, error) {
	event := "SharesExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenSharesExpired)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenTransfer represents a Transfer event raised by the DataAnchoringToken contract.
type DataAnchoringTokenTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenTransfer) ContractEventName() string {
	return DataAnchoringTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (dataAnchoringToken *DataAnchoringToken) UnpackTransferEvent(log *types.Log) (*DataAnchoringTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenTransfer)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenTransferToken represents a TransferToken event raised by the DataAnchoringToken contract.
type DataAnchoringTokenTransferToken struct {
	TokenId *big.Int
	From    common.Address
	To      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenTransferTokenEventName = "TransferToken"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenTransferToken) ContractEventName() string {
	return DataAnchoringTokenTransferTokenEventName
}

// UnpackTransferTokenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferToken(uint256 indexed tokenId, address indexed from, address indexed to)
func (dataAnchoringToken *DataAnchoringToken) UnpackTransferTokenEvent(log *types.Log) (*DataAnchoringTokenTransferToken, error) {
	event := "TransferToken"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenTransferToken)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenUsageRecorded represents a UsageRecorded event raised by the DataAnchoringToken contract.
type DataAnchoringTokenUsageRecorded struct {
	TokenId    *big.Int
	MetricType [32]byte
	Amount     *big.Int
	Actor      common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenUsageRecordedEventName = "UsageRecorded"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenUsageRecorded) ContractEventName() string {
	return DataAnchoringTokenUsageRecordedEventName
}

// UnpackUsageRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UsageRecorded(uint256 indexed tokenId, bytes32 metricType, uint256 amount, address actor)
func (dataAnchoringToken *DataAnchoringToken) UnpackUsageRecordedEvent(log *types.Log) (*DataAnchoringTokenUsageRecorded, error) {
	event := "UsageRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenUsageRecorded)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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

// DataAnchoringTokenValueTransferred represents a ValueTransferred event raised by the DataAnchoringToken contract.
type DataAnchoringTokenValueTransferred struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
	Value       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DataAnchoringTokenValueTransferredEventName = "ValueTransferred"

// ContractEventName returns the user-defined event name.
func (DataAnchoringTokenValueTransferred) ContractEventName() string {
	return DataAnchoringTokenValueTransferredEventName
}

// UnpackValueTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValueTransferred(uint256 indexed fromTokenId, uint256 indexed toTokenId, uint256 value)
func (dataAnchoringToken *DataAnchoringToken) UnpackValueTransferredEvent(log *types.Log) (*DataAnchoringTokenValueTransferred, error) {
	event := "ValueTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAnchoringToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAnchoringTokenValueTransferred)
	if len(log.Data) > 0 {
		if err := dataAnchoringToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAnchoringToken.abi.Events[event].Inputs {
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
func (dataAnchoringToken *DataAnchoringToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["AlreadyValidator"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackAlreadyValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["ClassMismatch"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackClassMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["ClassNotFound"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackClassNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["DeviceAlreadyRegistered"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackDeviceAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["DeviceInactive"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackDeviceInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["DeviceNotFound"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackDeviceNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["EpochAlreadySettled"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackEpochAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["EpochNotOver"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackEpochNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["ExitPending"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackExitPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["InsufficientFunds"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackInsufficientFundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["InsufficientValue"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackInsufficientValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["InvalidInput"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackInvalidInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["NoShareInClass"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackNoShareInClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["NotContributor"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackNotContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["NotOwnerOrOperator"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackNotOwnerOrOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["NotValidator"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackNotValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["OutsideWindow"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackOutsideWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["RootAlreadyAnchored"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackRootAlreadyAnchoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["SettlementTooSmall"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackSettlementTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["SnapshotLimit"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackSnapshotLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["ThresholdOutOfRange"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackThresholdOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["TokenExpired"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackTokenExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["TokenNotFinalized"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackTokenNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["TokenNotFound"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackTokenNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["TooManyValidators"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackTooManyValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["UnsupportedAsset"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackUnsupportedAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["ValueTooLarge"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackValueTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["WrongRound"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackWrongRoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DataAnchoringTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the DataAnchoringToken contract.
type DataAnchoringTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func DataAnchoringTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (dataAnchoringToken *DataAnchoringToken) UnpackAccessControlBadConfirmationError(raw []byte) (*DataAnchoringTokenAccessControlBadConfirmation, error) {
	out := new(DataAnchoringTokenAccessControlBadConfirmation)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the DataAnchoringToken contract.
type DataAnchoringTokenAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func DataAnchoringTokenAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (dataAnchoringToken *DataAnchoringToken) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*DataAnchoringTokenAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(DataAnchoringTokenAccessControlEnforcedDefaultAdminDelay)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the DataAnchoringToken contract.
type DataAnchoringTokenAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func DataAnchoringTokenAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (dataAnchoringToken *DataAnchoringToken) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*DataAnchoringTokenAccessControlEnforcedDefaultAdminRules, error) {
	out := new(DataAnchoringTokenAccessControlEnforcedDefaultAdminRules)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the DataAnchoringToken contract.
type DataAnchoringTokenAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func DataAnchoringTokenAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (dataAnchoringToken *DataAnchoringToken) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*DataAnchoringTokenAccessControlInvalidDefaultAdmin, error) {
	out := new(DataAnchoringTokenAccessControlInvalidDefaultAdmin)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the DataAnchoringToken contract.
type DataAnchoringTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func DataAnchoringTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (dataAnchoringToken *DataAnchoringToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*DataAnchoringTokenAccessControlUnauthorizedAccount, error) {
	out := new(DataAnchoringTokenAccessControlUnauthorizedAccount)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenAlreadyCommitted represents a AlreadyCommitted error raised by the DataAnchoringToken contract.
type DataAnchoringTokenAlreadyCommitted struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func DataAnchoringTokenAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xd42c3985415fe3c33d0f0749432682c56d039cfb7a2286e4db68b4b1a46aa79d")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func (dataAnchoringToken *DataAnchoringToken) UnpackAlreadyCommittedError(raw []byte) (*DataAnchoringTokenAlreadyCommitted, error) {
	out := new(DataAnchoringTokenAlreadyCommitted)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenAlreadyValidator represents a AlreadyValidator error raised by the DataAnchoringToken contract.
type DataAnchoringTokenAlreadyValidator struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyValidator(address validator)
func DataAnchoringTokenAlreadyValidatorErrorID() common.Hash {
	return common.HexToHash("0x59615ad3a367eab8dcd25f6daa9f268c32bc6203d8155d625b9eb74607972291")
}

// UnpackAlreadyValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyValidator(address validator)
func (dataAnchoringToken *DataAnchoringToken) UnpackAlreadyValidatorError(raw []byte) (*DataAnchoringTokenAlreadyValidator, error) {
	out := new(DataAnchoringTokenAlreadyValidator)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "AlreadyValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenClassMismatch represents a ClassMismatch error raised by the DataAnchoringToken contract.
type DataAnchoringTokenClassMismatch struct {
	FromClass *big.Int
	ToClass   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func DataAnchoringTokenClassMismatchErrorID() common.Hash {
	return common.HexToHash("0x9011b828b69d781e3674d1eb38afb8ac58660ec360207e459b2bddd440b7f71d")
}

// UnpackClassMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func (dataAnchoringToken *DataAnchoringToken) UnpackClassMismatchError(raw []byte) (*DataAnchoringTokenClassMismatch, error) {
	out := new(DataAnchoringTokenClassMismatch)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "ClassMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenClassNotFound represents a ClassNotFound error raised by the DataAnchoringToken contract.
type DataAnchoringTokenClassNotFound struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassNotFound(uint256 classId)
func DataAnchoringTokenClassNotFoundErrorID() common.Hash {
	return common.HexToHash("0x87a1ee84636a0c7ca354e11f38293877f9b41d84757ac8dc95e2b2877029f435")
}

// UnpackClassNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassNotFound(uint256 classId)
func (dataAnchoringToken *DataAnchoringToken) UnpackClassNotFoundError(raw []byte) (*DataAnchoringTokenClassNotFound, error) {
	out := new(DataAnchoringTokenClassNotFound)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "ClassNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenCommitmentMismatch represents a CommitmentMismatch error raised by the DataAnchoringToken contract.
type DataAnchoringTokenCommitmentMismatch struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func DataAnchoringTokenCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func (dataAnchoringToken *DataAnchoringToken) UnpackCommitmentMismatchError(raw []byte) (*DataAnchoringTokenCommitmentMismatch, error) {
	out := new(DataAnchoringTokenCommitmentMismatch)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenDeviceAlreadyRegistered represents a DeviceAlreadyRegistered error raised by the DataAnchoringToken contract.
type DataAnchoringTokenDeviceAlreadyRegistered struct {
	Device   common.Address
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func DataAnchoringTokenDeviceAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x77db65d3bb2ac98d141dd141cdf52fa9ecfec8f895ee5a026c6f488e18d1ee04")
}

// UnpackDeviceAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func (dataAnchoringToken *DataAnchoringToken) UnpackDeviceAlreadyRegisteredError(raw []byte) (*DataAnchoringTokenDeviceAlreadyRegistered, error) {
	out := new(DataAnchoringTokenDeviceAlreadyRegistered)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "DeviceAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenDeviceInactive represents a DeviceInactive error raised by the DataAnchoringToken contract.
type DataAnchoringTokenDeviceInactive struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceInactive(address device)
func DataAnchoringTokenDeviceInactiveErrorID() common.Hash {
	return common.HexToHash("0x9772084548a0cbb56bf5d6693df146e85de28894e799fd6a569c842fcf1f15bf")
}

// UnpackDeviceInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceInactive(address device)
func (dataAnchoringToken *DataAnchoringToken) UnpackDeviceInactiveError(raw []byte) (*DataAnchoringTokenDeviceInactive, error) {
	out := new(DataAnchoringTokenDeviceInactive)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "DeviceInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenDeviceNotFound represents a DeviceNotFound error raised by the DataAnchoringToken contract.
type DataAnchoringTokenDeviceNotFound struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceNotFound(address device)
func DataAnchoringTokenDeviceNotFoundErrorID() common.Hash {
	return common.HexToHash("0xa6b01d55f7528b060ca60ecc627c157cbdbdf396db3312d2de2fa68ea68ad8b0")
}

// UnpackDeviceNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceNotFound(address device)
func (dataAnchoringToken *DataAnchoringToken) UnpackDeviceNotFoundError(raw []byte) (*DataAnchoringTokenDeviceNotFound, error) {
	out := new(DataAnchoringTokenDeviceNotFound)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "DeviceNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the DataAnchoringToken contract.
type DataAnchoringTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func DataAnchoringTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (dataAnchoringToken *DataAnchoringToken) UnpackECDSAInvalidSignatureError(raw []byte) (*DataAnchoringTokenECDSAInvalidSignature, error) {
	out := new(DataAnchoringTokenECDSAInvalidSignature)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the DataAnchoringToken contract.
type DataAnchoringTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func DataAnchoringTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (dataAnchoringToken *DataAnchoringToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*DataAnchoringTokenECDSAInvalidSignatureLength, error) {
	out := new(DataAnchoringTokenECDSAInvalidSignatureLength)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the DataAnchoringToken contract.
type DataAnchoringTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func DataAnchoringTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (dataAnchoringToken *DataAnchoringToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*DataAnchoringTokenECDSAInvalidSignatureS, error) {
	out := new(DataAnchoringTokenECDSAInvalidSignatureS)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenEpochAlreadySettled represents a EpochAlreadySettled error raised by the DataAnchoringToken contract.
type DataAnchoringTokenEpochAlreadySettled struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func DataAnchoringTokenEpochAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xbe076367f7cc6da37b43590ad1d0f9cae441a445cbfbde63a2125871c5538baa")
}

// UnpackEpochAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func (dataAnchoringToken *DataAnchoringToken) UnpackEpochAlreadySettledError(raw []byte) (*DataAnchoringTokenEpochAlreadySettled, error) {
	out := new(DataAnchoringTokenEpochAlreadySettled)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "EpochAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenEpochNotOver represents a EpochNotOver error raised by the DataAnchoringToken contract.
type DataAnchoringTokenEpochNotOver struct {
	Epoch  *big.Int
	EndsAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func DataAnchoringTokenEpochNotOverErrorID() common.Hash {
	return common.HexToHash("0xf562b22bef3c5419719d9f101f096339895b98e42bcc2fce94f611b3202c9f69")
}

// UnpackEpochNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func (dataAnchoringToken *DataAnchoringToken) UnpackEpochNotOverError(raw []byte) (*DataAnchoringTokenEpochNotOver, error) {
	out := new(DataAnchoringTokenEpochNotOver)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "EpochNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenExitPending represents a ExitPending error raised by the DataAnchoringToken contract.
type DataAnchoringTokenExitPending struct {
	Validator   common.Address
	AvailableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func DataAnchoringTokenExitPendingErrorID() common.Hash {
	return common.HexToHash("0x4ac6d28d41ff508efea2f41ac35f11d8b064887b16e82ab440b94dcaa89185b5")
}

// UnpackExitPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func (dataAnchoringToken *DataAnchoringToken) UnpackExitPendingError(raw []byte) (*DataAnchoringTokenExitPending, error) {
	out := new(DataAnchoringTokenExitPending)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "ExitPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenInsufficientFunds represents a InsufficientFunds error raised by the DataAnchoringToken contract.
type DataAnchoringTokenInsufficientFunds struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func DataAnchoringTokenInsufficientFundsErrorID() common.Hash {
	return common.HexToHash("0x03eb8b54a949acec2cd08fdb6d6bd4647a1f2c907d75d6900648effa92eb147f")
}

// UnpackInsufficientFundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func (dataAnchoringToken *DataAnchoringToken) UnpackInsufficientFundsError(raw []byte) (*DataAnchoringTokenInsufficientFunds, error) {
	out := new(DataAnchoringTokenInsufficientFunds)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "InsufficientFunds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenInsufficientStake represents a InsufficientStake error raised by the DataAnchoringToken contract.
type DataAnchoringTokenInsufficientStake struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func DataAnchoringTokenInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func (dataAnchoringToken *DataAnchoringToken) UnpackInsufficientStakeError(raw []byte) (*DataAnchoringTokenInsufficientStake, error) {
	out := new(DataAnchoringTokenInsufficientStake)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenInsufficientValue represents a InsufficientValue error raised by the DataAnchoringToken contract.
type DataAnchoringTokenInsufficientValue struct {
	TokenId   *big.Int
	Available *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func DataAnchoringTokenInsufficientValueErrorID() common.Hash {
	return common.HexToHash("0x5e7ad06bc2adde71395af078bd0ebba7ccf934b2ec92b75fa4543515d42d3cca")
}

// UnpackInsufficientValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func (dataAnchoringToken *DataAnchoringToken) UnpackInsufficientValueError(raw []byte) (*DataAnchoringTokenInsufficientValue, error) {
	out := new(DataAnchoringTokenInsufficientValue)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "InsufficientValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenInvalidInput represents a InvalidInput error raised by the DataAnchoringToken contract.
type DataAnchoringTokenInvalidInput struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInput(string what)
func DataAnchoringTokenInvalidInputErrorID() common.Hash {
	return common.HexToHash("0xd647364f6372634b5b80f364ade32a6f36738fbd78295784181d4149356c4e7b")
}

// UnpackInvalidInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInput(string what)
func (dataAnchoringToken *DataAnchoringToken) UnpackInvalidInputError(raw []byte) (*DataAnchoringTokenInvalidInput, error) {
	out := new(DataAnchoringTokenInvalidInput)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "InvalidInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenInvalidProof represents a InvalidProof error raised by the DataAnchoringToken contract.
type DataAnchoringTokenInvalidProof struct {
	TokenId   *big.Int
	ProofType [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func DataAnchoringTokenInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x9996e7c96fb3025cd8786253959e62a4b21034ad7549bb1ef6e591e793c11711")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func (dataAnchoringToken *DataAnchoringToken) UnpackInvalidProofError(raw []byte) (*DataAnchoringTokenInvalidProof, error) {
	out := new(DataAnchoringTokenInvalidProof)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenInvalidShortString represents a InvalidShortString error raised by the DataAnchoringToken contract.
type DataAnchoringTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func DataAnchoringTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (dataAnchoringToken *DataAnchoringToken) UnpackInvalidShortStringError(raw []byte) (*DataAnchoringTokenInvalidShortString, error) {
	out := new(DataAnchoringTokenInvalidShortString)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenInvalidSignature represents a InvalidSignature error raised by the DataAnchoringToken contract.
type DataAnchoringTokenInvalidSignature struct {
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func DataAnchoringTokenInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x42d750dc54bbceaa353a28b4229a6ea77f66d73de45149ec99e1f81ce80ca45b")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func (dataAnchoringToken *DataAnchoringToken) UnpackInvalidSignatureError(raw []byte) (*DataAnchoringTokenInvalidSignature, error) {
	out := new(DataAnchoringTokenInvalidSignature)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenLengthMismatch represents a LengthMismatch error raised by the DataAnchoringToken contract.
type DataAnchoringTokenLengthMismatch struct {
	A *big.Int
	B *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func DataAnchoringTokenLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func (dataAnchoringToken *DataAnchoringToken) UnpackLengthMismatchError(raw []byte) (*DataAnchoringTokenLengthMismatch, error) {
	out := new(DataAnchoringTokenLengthMismatch)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenNoCommitment represents a NoCommitment error raised by the DataAnchoringToken contract.
type DataAnchoringTokenNoCommitment struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func DataAnchoringTokenNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x8c459fde07645d92528e3f45fdc0ab2be9322ec099b9d01ab03b8d6b70c5e2fa")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func (dataAnchoringToken *DataAnchoringToken) UnpackNoCommitmentError(raw []byte) (*DataAnchoringTokenNoCommitment, error) {
	out := new(DataAnchoringTokenNoCommitment)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenNoShareInClass represents a NoShareInClass error raised by the DataAnchoringToken contract.
type DataAnchoringTokenNoShareInClass struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoShareInClass(uint256 classId)
func DataAnchoringTokenNoShareInClassErrorID() common.Hash {
	return common.HexToHash("0xd0d1caaaf830d253fcb74b2802e393ff3dcd35a126f6611201f693df7900f2ad")
}

// UnpackNoShareInClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoShareInClass(uint256 classId)
func (dataAnchoringToken *DataAnchoringToken) UnpackNoShareInClassError(raw []byte) (*DataAnchoringTokenNoShareInClass, error) {
	out := new(DataAnchoringTokenNoShareInClass)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "NoShareInClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenNotContributor represents a NotContributor error raised by the DataAnchoringToken contract.
type DataAnchoringTokenNotContributor struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func DataAnchoringTokenNotContributorErrorID() common.Hash {
	return common.HexToHash("0xc0fb39988c732c0bd01a7a022c4cf81f5a39219dce16e0f51a44e86355fb4cde")
}

// UnpackNotContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func (dataAnchoringToken *DataAnchoringToken) UnpackNotContributorError(raw []byte) (*DataAnchoringTokenNotContributor, error) {
	out := new(DataAnchoringTokenNotContributor)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "NotContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenNotOwnerOrOperator represents a NotOwnerOrOperator error raised by the DataAnchoringToken contract.
type DataAnchoringTokenNotOwnerOrOperator struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func DataAnchoringTokenNotOwnerOrOperatorErrorID() common.Hash {
	return common.HexToHash("0x479bf1ea80dc1cbb03744c5b07db4cd890071cdc412528d41073da00e1c6f78b")
}

// UnpackNotOwnerOrOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func (dataAnchoringToken *DataAnchoringToken) UnpackNotOwnerOrOperatorError(raw []byte) (*DataAnchoringTokenNotOwnerOrOperator, error) {
	out := new(DataAnchoringTokenNotOwnerOrOperator)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "NotOwnerOrOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenNotPending represents a NotPending error raised by the DataAnchoringToken contract.
type DataAnchoringTokenNotPending struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func DataAnchoringTokenNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func (dataAnchoringToken *DataAnchoringToken) UnpackNotPendingError(raw []byte) (*DataAnchoringTokenNotPending, error) {
	out := new(DataAnchoringTokenNotPending)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenNotValidator represents a NotValidator error raised by the DataAnchoringToken contract.
type DataAnchoringTokenNotValidator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidator(address caller)
func DataAnchoringTokenNotValidatorErrorID() common.Hash {
	return common.HexToHash("0xed3db8ac0aff2f11d9c21259b57051cec9967e78c0d61c8321b092e63647d624")
}

// UnpackNotValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidator(address caller)
func (dataAnchoringToken *DataAnchoringToken) UnpackNotValidatorError(raw []byte) (*DataAnchoringTokenNotValidator, error) {
	out := new(DataAnchoringTokenNotValidator)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "NotValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenNothingToClaim represents a NothingToClaim error raised by the DataAnchoringToken contract.
type DataAnchoringTokenNothingToClaim struct {
	TokenId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func DataAnchoringTokenNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xb361b5fb505a1ba315c65f6d38503886d35e517bd61a26c7379c1b3a9527c464")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func (dataAnchoringToken *DataAnchoringToken) UnpackNothingToClaimError(raw []byte) (*DataAnchoringTokenNothingToClaim, error) {
	out := new(DataAnchoringTokenNothingToClaim)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenNothingToWithdraw represents a NothingToWithdraw error raised by the DataAnchoringToken contract.
type DataAnchoringTokenNothingToWithdraw struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address validator)
func DataAnchoringTokenNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address validator)
func (dataAnchoringToken *DataAnchoringToken) UnpackNothingToWithdrawError(raw []byte) (*DataAnchoringTokenNothingToWithdraw, error) {
	out := new(DataAnchoringTokenNothingToWithdraw)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenOutsideWindow represents a OutsideWindow error raised by the DataAnchoringToken contract.
type DataAnchoringTokenOutsideWindow struct {
	Round    *big.Int
	NowTs    *big.Int
	OpensAt  *big.Int
	ClosesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func DataAnchoringTokenOutsideWindowErrorID() common.Hash {
	return common.HexToHash("0x07af89b7c8de57c1aefe15ffeec6aa3991f4e84086fcd2901ed3b96b8774c0f4")
}

// UnpackOutsideWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func (dataAnchoringToken *DataAnchoringToken) UnpackOutsideWindowError(raw []byte) (*DataAnchoringTokenOutsideWindow, error) {
	out := new(DataAnchoringTokenOutsideWindow)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "OutsideWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the DataAnchoringToken contract.
type DataAnchoringTokenReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func DataAnchoringTokenReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (dataAnchoringToken *DataAnchoringToken) UnpackReentrancyGuardReentrantCallError(raw []byte) (*DataAnchoringTokenReentrancyGuardReentrantCall, error) {
	out := new(DataAnchoringTokenReentrancyGuardReentrantCall)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenRootAlreadyAnchored represents a RootAlreadyAnchored error raised by the DataAnchoringToken contract.
type DataAnchoringTokenRootAlreadyAnchored struct {
	MerkleRoot [32]byte
	TokenId    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func DataAnchoringTokenRootAlreadyAnchoredErrorID() common.Hash {
	return common.HexToHash("0x70f13f0496d98a6d01867956f871541e5a1b1705a8c34d208ecf45659d1b6dc0")
}

// UnpackRootAlreadyAnchoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func (dataAnchoringToken *DataAnchoringToken) UnpackRootAlreadyAnchoredError(raw []byte) (*DataAnchoringTokenRootAlreadyAnchored, error) {
	out := new(DataAnchoringTokenRootAlreadyAnchored)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "RootAlreadyAnchored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the DataAnchoringToken contract.
type DataAnchoringTokenSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func DataAnchoringTokenSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (dataAnchoringToken *DataAnchoringToken) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*DataAnchoringTokenSafeCastOverflowedUintDowncast, error) {
	out := new(DataAnchoringTokenSafeCastOverflowedUintDowncast)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the DataAnchoringToken contract.
type DataAnchoringTokenSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DataAnchoringTokenSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (dataAnchoringToken *DataAnchoringToken) UnpackSafeERC20FailedOperationError(raw []byte) (*DataAnchoringTokenSafeERC20FailedOperation, error) {
	out := new(DataAnchoringTokenSafeERC20FailedOperation)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenSettlementTooSmall represents a SettlementTooSmall error raised by the DataAnchoringToken contract.
type DataAnchoringTokenSettlementTooSmall struct {
	Amount  *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func DataAnchoringTokenSettlementTooSmallErrorID() common.Hash {
	return common.HexToHash("0x305ce08841342db3d1d6d66c506af5df9b957b0575353614644e79ffb9274725")
}

// UnpackSettlementTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func (dataAnchoringToken *DataAnchoringToken) UnpackSettlementTooSmallError(raw []byte) (*DataAnchoringTokenSettlementTooSmall, error) {
	out := new(DataAnchoringTokenSettlementTooSmall)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "SettlementTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenSignatureExpired represents a SignatureExpired error raised by the DataAnchoringToken contract.
type DataAnchoringTokenSignatureExpired struct {
	Deadline uint64
	NowTs    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func DataAnchoringTokenSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xbfedba505f31ce2b5fc078ac87cf95474a68cb2e894d4efcb8f6e8e5fbba5b1e")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func (dataAnchoringToken *DataAnchoringToken) UnpackSignatureExpiredError(raw []byte) (*DataAnchoringTokenSignatureExpired, error) {
	out := new(DataAnchoringTokenSignatureExpired)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenSnapshotLimit represents a SnapshotLimit error raised by the DataAnchoringToken contract.
type DataAnchoringTokenSnapshotLimit struct {
	ClassId      *big.Int
	MaxSnapshots *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func DataAnchoringTokenSnapshotLimitErrorID() common.Hash {
	return common.HexToHash("0xda15cba7986fc14490e1424c86146c915b10b0348a5fa089102f01c2444dc097")
}

// UnpackSnapshotLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func (dataAnchoringToken *DataAnchoringToken) UnpackSnapshotLimitError(raw []byte) (*DataAnchoringTokenSnapshotLimit, error) {
	out := new(DataAnchoringTokenSnapshotLimit)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "SnapshotLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenStringTooLong represents a StringTooLong error raised by the DataAnchoringToken contract.
type DataAnchoringTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func DataAnchoringTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (dataAnchoringToken *DataAnchoringToken) UnpackStringTooLongError(raw []byte) (*DataAnchoringTokenStringTooLong, error) {
	out := new(DataAnchoringTokenStringTooLong)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenThresholdOutOfRange represents a ThresholdOutOfRange error raised by the DataAnchoringToken contract.
type DataAnchoringTokenThresholdOutOfRange struct {
	TokenId   *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func DataAnchoringTokenThresholdOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8c883479505792c6824fe707eaf690d680b3b6a767cdb95b00e496c0001e48b5")
}

// UnpackThresholdOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func (dataAnchoringToken *DataAnchoringToken) UnpackThresholdOutOfRangeError(raw []byte) (*DataAnchoringTokenThresholdOutOfRange, error) {
	out := new(DataAnchoringTokenThresholdOutOfRange)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "ThresholdOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenTokenExpired represents a TokenExpired error raised by the DataAnchoringToken contract.
type DataAnchoringTokenTokenExpired struct {
	TokenId  *big.Int
	ExpireAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func DataAnchoringTokenTokenExpiredErrorID() common.Hash {
	return common.HexToHash("0x891302ba9fe80b8e99f5bef58597fd8938d0e0005ae27745cd34f097e8db69c7")
}

// UnpackTokenExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func (dataAnchoringToken *DataAnchoringToken) UnpackTokenExpiredError(raw []byte) (*DataAnchoringTokenTokenExpired, error) {
	out := new(DataAnchoringTokenTokenExpired)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "TokenExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenTokenNotFinalized represents a TokenNotFinalized error raised by the DataAnchoringToken contract.
type DataAnchoringTokenTokenNotFinalized struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func DataAnchoringTokenTokenNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x3753b3f91524b52d85bfedbfa72f35a5f00618d283d299446160ace8d00875b5")
}

// UnpackTokenNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func (dataAnchoringToken *DataAnchoringToken) UnpackTokenNotFinalizedError(raw []byte) (*DataAnchoringTokenTokenNotFinalized, error) {
	out := new(DataAnchoringTokenTokenNotFinalized)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "TokenNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenTokenNotFound represents a TokenNotFound error raised by the DataAnchoringToken contract.
type DataAnchoringTokenTokenNotFound struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func DataAnchoringTokenTokenNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6caeb130d3a0b454045ba4dd4db925f61c465b67a276749b3f04383e5316246c")
}

// UnpackTokenNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func (dataAnchoringToken *DataAnchoringToken) UnpackTokenNotFoundError(raw []byte) (*DataAnchoringTokenTokenNotFound, error) {
	out := new(DataAnchoringTokenTokenNotFound)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "TokenNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenTooManyValidators represents a TooManyValidators error raised by the DataAnchoringToken contract.
type DataAnchoringTokenTooManyValidators struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyValidators(uint256 max)
func DataAnchoringTokenTooManyValidatorsErrorID() common.Hash {
	return common.HexToHash("0x628fb2b997b1baecc4ef1763c10c38f1af2e763429dfedc06287049ce877d5fe")
}

// UnpackTooManyValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyValidators(uint256 max)
func (dataAnchoringToken *DataAnchoringToken) UnpackTooManyValidatorsError(raw []byte) (*DataAnchoringTokenTooManyValidators, error) {
	out := new(DataAnchoringTokenTooManyValidators)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "TooManyValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenTransferFailed represents a TransferFailed error raised by the DataAnchoringToken contract.
type DataAnchoringTokenTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func DataAnchoringTokenTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (dataAnchoringToken *DataAnchoringToken) UnpackTransferFailedError(raw []byte) (*DataAnchoringTokenTransferFailed, error) {
	out := new(DataAnchoringTokenTransferFailed)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenUnauthorized represents a Unauthorized error raised by the DataAnchoringToken contract.
type DataAnchoringTokenUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func DataAnchoringTokenUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (dataAnchoringToken *DataAnchoringToken) UnpackUnauthorizedError(raw []byte) (*DataAnchoringTokenUnauthorized, error) {
	out := new(DataAnchoringTokenUnauthorized)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenUnsupportedAsset represents a UnsupportedAsset error raised by the DataAnchoringToken contract.
type DataAnchoringTokenUnsupportedAsset struct {
	ClassId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func DataAnchoringTokenUnsupportedAssetErrorID() common.Hash {
	return common.HexToHash("0x2925b16cc2fff5c14f9f6931ca0c594fc5d4523ba6075c2f2bd4c3a0b5e3b9d6")
}

// UnpackUnsupportedAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func (dataAnchoringToken *DataAnchoringToken) UnpackUnsupportedAssetError(raw []byte) (*DataAnchoringTokenUnsupportedAsset, error) {
	out := new(DataAnchoringTokenUnsupportedAsset)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "UnsupportedAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenValueTooLarge represents a ValueTooLarge error raised by the DataAnchoringToken contract.
type DataAnchoringTokenValueTooLarge struct {
	Value *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func DataAnchoringTokenValueTooLargeErrorID() common.Hash {
	return common.HexToHash("0x280b172ca53e20bb4a0ad96a42060f5f5e423bb4490f277df4246e71c3fb1a06")
}

// UnpackValueTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func (dataAnchoringToken *DataAnchoringToken) UnpackValueTooLargeError(raw []byte) (*DataAnchoringTokenValueTooLarge, error) {
	out := new(DataAnchoringTokenValueTooLarge)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "ValueTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAnchoringTokenWrongRound represents a WrongRound error raised by the DataAnchoringToken contract.
type DataAnchoringTokenWrongRound struct {
	TokenId    *big.Int
	TokenRound *big.Int
	Round      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func DataAnchoringTokenWrongRoundErrorID() common.Hash {
	return common.HexToHash("0x8f008d76aaff098a7d218ffd6923e67fae3b03b645af4a1f3ecc888b185006cd")
}

// UnpackWrongRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func (dataAnchoringToken *DataAnchoringToken) UnpackWrongRoundError(raw []byte) (*DataAnchoringTokenWrongRound, error) {
	out := new(DataAnchoringTokenWrongRound)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "WrongRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}
