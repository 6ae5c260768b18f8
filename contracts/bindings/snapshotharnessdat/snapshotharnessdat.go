// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package snapshotharnessdat

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

// SnapshotHarnessDATMetaData contains all meta data concerning the SnapshotHarnessDAT contract.
var SnapshotHarnessDATMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIDeviceRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromClass\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toClass\",\"type\":\"uint256\"}],\"name\":\"ClassMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"ClassNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"DeviceAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"InvalidInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"NoShareInClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"OutsideWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"RootAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"SettlementTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxSnapshots\",\"type\":\"uint256\"}],\"name\":\"SnapshotLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"ThresholdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"TokenExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TokenNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TokenNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnsupportedAsset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenRound\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"WrongRound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForClass\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"erc20\",\"type\":\"address\"}],\"name\":\"ClassConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"ClassCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"ClassPolicyUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"cidDigest\",\"type\":\"bytes32\"}],\"name\":\"ContributionAnchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"EpochEmissionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"score\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"MetadataUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minEth\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minErc20\",\"type\":\"uint256\"}],\"name\":\"MinSettlementSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"Minted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"ProofAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"ProofVerifierSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"score\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reason\",\"type\":\"bytes32\"}],\"name\":\"Rejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RevenueSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"share\",\"type\":\"uint256\"}],\"name\":\"SharesExpired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferToken\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"metricType\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"}],\"name\":\"UsageRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ValueTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTESTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLASS_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONTRIBUTION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EVALUATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXPIRY_GRANULARITY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SNAPSHOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROOF_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ZK_ATTEST\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"accRevenuePerShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"proofURI\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"addProof\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"classId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"h3Cell\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"recordCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"score\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommit\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structContribution[]\",\"name\":\"cs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"anchor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"firstTokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"approveForClass\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"cidOf\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amountClaimed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"tokenIds\",\"type\":\"uint256[]\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"claimMany\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"classOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"classState\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"totalShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accEth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accErc20\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"erc20\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"snapshots\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"erc20\",\"type\":\"address\"}],\"name\":\"configureClass\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"contributionOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"h3Cell\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"recordCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"score\",\"type\":\"uint16\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"anchoredAt\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"contributorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"unitDecimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"createClass\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"tokenIds\",\"type\":\"uint256[]\"}],\"name\":\"evaluationWords\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"tokenIds\",\"type\":\"uint256[]\"}],\"name\":\"expire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"expireAtOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"until\",\"type\":\"uint256\"}],\"name\":\"expireDue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"forceSnapshots\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"getClassMeta\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"unitDecimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"hasProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForClass\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"isCounted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"minSettlement\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"minEth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minErc20\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"pendingRevenue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"proofVerifier\",\"outputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"provenThreshold\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metricType\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"recordUsage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIDeviceRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renderer\",\"outputs\":[{\"internalType\":\"contractDATMetadataRenderer\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"rewardDebt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"contractIEpochEmission\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"setEpochEmission\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minEth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minErc20\",\"type\":\"uint256\"}],\"name\":\"setMinSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"internalType\":\"contractIProofVerifier\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"setProofVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"settleEpochEmission\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"verdicts\",\"type\":\"uint256[]\"}],\"name\":\"settleEvaluations\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"settleRevenueERC20\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"settleRevenueETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"shareRatioOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"statusOf\",\"outputs\":[{\"internalType\":\"enumStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"}],\"name\":\"tokenOfDeviceRoot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"}],\"name\":\"tokenOfRoot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferValue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"updateClassMetadata\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"updateClassPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"valueOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyRecord\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"zkCommitOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SnapshotHarnessDAT",
	Bin: "0x6101a0806040523461026b5760408161725f8038038091610020828561026f565b83398101031261026b578051906001600160a01b0382169081830361026b5760200151906001600160a01b0382169081830361026b576040519061006560408361026f565b6006825260208201653230ba3834b760d11b81526040519261008860408561026f565b600184526020840192603160f81b84521561025857600180546001600160d01b031690556100b587610292565b506100bf81610304565b610120526100cc84610304565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261013560c08261026f565b5190206080523060c052156102235761016052604051610f418082016001600160401b0381118382101761020f57829161631e833903905ff09081156102045761018291610180526102da565b50604051615f2690816103f8823960805181615b77015260a05181615c34015260c05181615b41015260e05181615bc601526101005181615bec015261012051816129400152610140518161296c01526101605181818161223501528181612a0a01526147cf015261018051818181611e5f015281816135010152614b670152f35b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b60405163d647364f60e01b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b636116401160e11b5f525f60045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761020f57604052565b600254906001600160a01b0382166102cb576001600160a01b03199091166001600160a01b038216176002556102c8905f61036f565b90565b631fe1e13d60e11b5f5260045ffd5b6102c8907f2b1978781a49e8a4f60a969bf85e4813e5a664996783914f3cdf6af027c5373061036f565b601f81511161032f576020815191015160208210610320571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff166103f1575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301b31075146143f25750806301ffc9a714614369578063022d63fb1461434c57806302c6142b1461431257806306fdde03146142b357806307e3ee1c1461428c5780630a4fda67146141fc5780630aa6220b1461416a5780630e89341c14610e3357806314050fab1461408957806314623a1b14613f425780631bfbd79b14613f06578063248a9ca314613edc578063286df5bd14613eb25780632cd1b11314613da75780632f2ff15d14613d645780632f81bb5814613d2a5780632fc2dbaf14613cf057806330d0ea3114613cb657806331ad24f814613c97578063323d18c214613c6957806336568abe14613b8657806336d98ca114613b5057806338b40dc2146139b45780633daec09d146139985780633e88be95146139685780633f5ba244146138555780634324aa211461382757806348904648146137555780634b7f8b11146136d55780634cda2cc2146135735780634d0917fd146134c65780634f2b75e21461335757806354e261791461319457806356606aeb146130e857806356626b7f146130b85780635e338ffe1461304b5780636130b15314613019578063634e93da14612f465780636352211e14612f16578063649a5ec714612d9157806370a0823114612d59578063741e372314612a9c578063766e346c14612a395780637b103999146129f557806384b0196e1461292857806384ef8ffc14611c1a5780638566f03114611e8e5780638ada6b0f14611e4a5780638b3e3bf614611e105780638ccd035014611c425780638da5cb5b14611c1a57806390f1e29d1461199757806391d148541461194f57806395d89b411461190a5780639602ffe5146118c05780639cb12162146115b55780639df10ea6146115685780639f181b5e1461154b578063a1eda53c146114e9578063a217fddf146114cf578063ab996317146114b2578063ad35efd41461147c578063b3a57ea914611441578063b9e2a2071461138b578063bad425901461129e578063bb0bc51414611247578063c40b037214610e6a578063c87b56dd14610e33578063cadf338f14610dfd578063cc8463c814610dd3578063ccbd2dd614610d59578063cefc142914610cad578063cf6eefb714610c73578063d539139314610c39578063d547741f14610be2578063d5c28db114610b97578063d602b9fd14610b36578063df2b981314610a5c578063dfcff7be146108dc578063e0fc0eca14610539578063e89dfa59146104d0578063ed7b6b94146104a6578063f0bb916c146104215763f1a40743146103c3575f80fd5b3461041d57604036600319011261041d5761040c6004356024356103e682614cc4565b906001600160401b03600883015460a01c1661040e575b428110904218024218916157a4565b005b61041882846154ed565b6103fd565b5f80fd5b3461041d57602036600319011261041d5760c060043561044081614cc4565b905f52600860205260405f2063ffffffff6003830154818160301c1692835f52602052600560405f209401549360018154910154906040519586526020860152604085015260018060a01b038160501c16606085015260101c16608083015260a0820152f35b3461041d57602036600319011261041d576004355f52600c602052602060405f2054604051908152f35b3461041d57604036600319011261041d57602061052a6004356105246104f4614464565b6104fd83614cc4565b835f526008865260405f2063ffffffff600383015460301c165f52865260405f2093614eb9565b90614873565b90549060031b1c604051908152f35b3461041d57608036600319011261041d576004356001600160401b03811161041d576105699036906004016144c0565b906024356044359260ff841680940361041d576064356001600160401b03811161041d5761059b9036906004016144c0565b916105a4614d46565b6105af6005546148e4565b938460055561ffff85116108c357845f52600760205260405f206001600160401b038311610805576105e1815461462b565b601f8111610889575b50825f601f8211600114610824575f91610819575b508360011b905f198560031b1c19161781555b816002820155600381019760ff1989541617885560018101976001600160401b038611610805578861064660209a5461462b565b601f81116107c4575b505f601f881160011461073557936106db899a93948a97956106e7948b7fcbf4ceec2e5c8865b509fd65a97a450ff709dd1d0c9aeae52f474abe06dfb974995f9161072a575b505f1960038e901b1c191660018d901b1790555b805461ff00191661010017905560080180546001600160e01b0316610e10420460e01b6001600160e01b031916179055565b6040519384938461473c565b0390a2816106fb575b505050604051908152f35b5f516020615eda5f395f51905f529161071f6040519283928884528884019161471c565b0390a28083806106f0565b90508b01355f610695565b601f19881690825f528b5f20915f5b8181106107ad5750948a9b946106e7947fcbf4ceec2e5c8865b509fd65a97a450ff709dd1d0c9aeae52f474abe06dfb97498946106db948d8f9c9a10610794575b505060018c811b0190556106a9565b8c01355f1960038f901b60f8161c191690558f80610785565b91928d60018192868d013581550194019201610744565b8781111561064f576107f790825f528b5f2090601f8a0160051c908d8b106107fd575b601f82910160051c039101614701565b8a61064f565b5f91506107e7565b634e487b7160e01b5f52604160045260245ffd5b9050870135896105ff565b5f8381526020812092508590601f198216905b8b82821061086f57505010610856575b5050600183811b018155610612565b8801355f19600386901b60f8161c191690558880610847565b840135855560019094019360209384019388935001610837565b838111156105ea576108bd90825f5260205f2090601f860160051c90602087106107fd57601f82910160051c039101614701565b886105ea565b84630a02c5cb60e21b5f5260045261ffff60245260445ffd5b3461041d57604036600319011261041d576004356024356001600160a01b0381169081900361041d5761090d614d46565b61091682614cc4565b811515806109fb575b61097c577f756e722bdfe5a2cd70c4ed380580e957f0f9909801916a83b87d75c48e38c5b291600882610954602094876154ed565b0180546001600160e01b03191667ffffffffffffffff60a01b198316179055604051908152a2005b604051637e062a3560e11b815283602082600481875afa9182156109f0575f926109bf575b50630a496c5b60e21b5f5260045260018060a01b031660245260445ffd5b6109e291925060203d6020116109e9575b6109da818361456b565b810190614ca5565b90826109a1565b503d6109d0565b6040513d5f823e3d90fd5b50604051637e062a3560e11b8152602081600481865afa9081156109f0575f91610a3d575b50600382015460501c6001600160a01b039081169116141561091f565b610a56915060203d6020116109e9576109da818361456b565b84610a20565b3461041d57604036600319011261041d57600435610a7861453a565b815f52600760205260405f20825f526008602052600360405f2091019063ffffffff825460301c165f5260205260405f209260405193845f905b60028210610b2057505050610ac860408561456b565b5f52600860205260405f2063ffffffff83165f5260205260405f205f5b60028110610b0c57825463ffffffff60301b1916603085901b63ffffffff60301b16178355005b600190602086519601958184015501610ae5565b6001602081928554815201930191019091610ab2565b3461041d575f36600319011261041d57610b4e614cf7565b65ffffffffffff610b5d614bf7565b90508160d01b6001541660015516610b7157005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1005b3461041d57606036600319011261041d576044356001600160401b03811161041d57610bd8610bcc6020923690600401614490565b90602435600435614c16565b6040519015158152f35b3461041d57604036600319011261041d57600435610bfe614464565b8115610c2a5781610c25610c2061040c945f525f602052600160405f20015490565b614db5565b615a93565b631fe1e13d60e11b5f5260045ffd5b3461041d575f36600319011261041d5760206040517f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68152f35b3461041d575f36600319011261041d57604065ffffffffffff610c94614bf7565b83516001600160a01b0390921682529091166020820152f35b3461041d575f36600319011261041d57610cc5614bf7565b506001600160a01b03163303610d465765ffffffffffff610ce4614bf7565b919091169081158015610d3c575b610d2957600254610d169190610d10906001600160a01b0316615a5d565b506159e5565b50600180546001600160d01b0319169055005b506319ca5ebb60e01b5f5260045260245ffd5b5042821015610cf2565b636116401160e11b5f523360045260245ffd5b3461041d57604036600319011261041d576004356024356001600160a01b0381169081900361041d5760207f64731f45ae2abdc6115dad0deb3646c10b74d4396c24d2fedb24141cd0ffe2f391610dae614cf7565b5f8481526013835260409081902080546001600160a01b0319168317905551908152a2005b3461041d575f36600319011261041d576020610ded614bbe565b65ffffffffffff60405191168152f35b3461041d57602036600319011261041d57602066ffffffffffffff6001610e25600435614e22565b015460281c16604051908152f35b3461041d57602036600319011261041d57610e66610e526004356149c4565b60405191829160208352602083019061442a565b0390f35b3461041d57608036600319011261041d576024356004356044356001600160401b03811161041d57610ea09036906004016144c0565b90926064356001600160401b03811161041d57610ec19036906004016144c0565b610eca85614e22565b956001600160a01b03610edc87614794565b1633036112305783156111fe575f848152601360205260409020546001600160a01b031680156110ce57865f52600e60205260405f205480156110b75760409081519283916314bcf3dd60e01b83528a60048401526024830152606060448301528180610f4d60648201898b61471c565b03915afa9081156109f0575f905f9261106b575b50156110545761ffff1696612710881161103d57611005939291610ff79188997fc0e7adc38a1c7019b393a30383bfb487d98ae418e0e57e1ff87b39e9265e2056995f52601260205261ffff60405f205416811161100a575b50505b885f52601160205260405f20865f5260205260405f20600160ff19825416179055604051968796875260606020880152606087019161471c565b91848303604086015261471c565b0390a2005b5f8b8152601260205260409020805461ffff1916909117905580546001600160f81b0316600160f81b1790558980610fba565b8787638c88347960e01b5f5260045260245260445ffd5b8487639996e7c960e01b5f5260045260245260445ffd5b9150506040813d6040116110af575b816110876040938361456b565b8101031261041d57602061109a82614759565b9101519061ffff8216820361041d5789610f61565b3d915061107a565b8588639996e7c960e01b5f5260045260245260445ffd5b509091929561114a61115b9160036110e736898761498e565b602081519101209101546040519060208201927f8d3f2dc39e393d05d244f2a32a11c53b72cab2cb07561d38ebc397684fa0770284528a60408401528b6060840152608083015260a082015260a0815261114260c08261456b565b519020615744565b61115536858761498e565b9061576a565b506111658161454d565b15908115916111bc575b506111a5579161100591610ff77fc0e7adc38a1c7019b393a30383bfb487d98ae418e0e57e1ff87b39e9265e2056969794610fbd565b8585639996e7c960e01b5f5260045260245260445ffd5b6001600160a01b03165f9081527fdeb762ebf58cc5e76b50c4e42193ae98659902e0f8ed75a6d772d48656524c47602052604090205460ff161590508761116f565b60405163d647364f60e01b815260206004820152600960248201526870726f6f665479706560b81b6044820152606490fd5b8563181f673360e31b5f523360045260245260445ffd5b3461041d57604036600319011261041d576020611296611265614464565b611270600435614e22565b9061129061ffff60018401541691825f526007865260405f208093614eb9565b91615659565b604051908152f35b3461041d57604036600319011261041d576004356112ba614464565b6112c382614e22565b9060018060a01b03825416906112e28461ffff60018601541684614e58565b6001600160a01b03169182156113605780546001600160a01b031916831790555f818152600f602052604080822080545f190190558382528120805460010190558290829085907f883cf583b77e18ff7c8e1a0e71a7cb0a9820e3af728c467709769c1a0e035c209080a45f516020615eba5f395f51905f525f80a4005b60405163d647364f60e01b8152602060048201526002602482015261746f60f01b6044820152606490fd5b3461041d57604036600319011261041d576020670de0b6b3a76400006114286113b2614464565b66ffffffffffffff61141760016113ca600435614e22565b0154926113e761ffff851691825f526007895260405f2083614eb9565b90816114315763ffffffff8560b81c16905b5f526008885263ffffffff60405f2091165f52875260405f20614873565b90549060031b1c9160601c1661495d565b04604051908152f35b63ffffffff8560d81c16906113f9565b3461041d57604036600319011261041d576004355f52601160205260405f206024355f52602052602060ff60405f2054166040519015158152f35b3461041d57602036600319011261041d57602060ff61149c600435614e22565b5460e01c16604051906114ae8161454d565b8152f35b3461041d575f36600319011261041d576020600554604051908152f35b3461041d575f36600319011261041d5760206040515f8152f35b3461041d575f36600319011261041d576002548060d01c9081151580611541575b156115375760a01c65ffffffffffff165b6040805165ffffffffffff928316815292909116602083015290f35b50505f5f9061151b565b504282101561150a565b3461041d575f36600319011261041d576020600654604051908152f35b3461041d57602036600319011261041d5760043561158581614cc4565b60088101546001600160a01b031633036115a25761040c916154ed565b63472511eb60e11b5f523360045260245ffd5b3461041d57602036600319011261041d576004356001600160401b03811161041d576115e5903690600401614490565b335f9081527f57eab3851ed836b4167edca507d53fd4a8df100270628b0b5280b859aab14931602052604090205460ff1615611889575f5b81811061162657005b6116318183856146e4565b35906001600160401b03821661ffff8360401c1661164e82614e22565b60ff815460e01c1661165f8161454d565b600181036118695750612710821161183b57805461ffff60e81b191660e883901b61ffff60e81b161781556001948560501b8116156117e557916060918366ffffffffffffff807f6c24ef35b25bfd29cc6abaf6b484b78becb48a7bd07b0f90e3fbb79e352de29296861c169160981c16918860e11b60ff60e01b1982541617815582898201916116f0848461484d565b811515806117bf575b156117325761ffff61171a93541690815f52600760205260405f209161525c565b60405192835260208301526040820152a25b0161161d565b5050805461ffff81165f9081526007602052604090206003015466ffffffffffffff60601b19909116606085901b66ffffffffffffff60601b161782556117ba919061179a9060301c63ffffffff1661178b81846148ff565b6117958184614922565b614945565b815463ffffffff60981b191660989190911b63ffffffff60981b16179055565b61171a565b5063ffffffff815460a01c1680159081156117db575b506116f9565b905042108e6117d5565b815460ff60e01b1916600360e01b179091557f4626a3c08bb0dc794c0189bb3b542b3700c82df50cf89b90404e7661549735449160409161182b9060581c60ff166154a5565b82519182526020820152a261172c565b60405163d647364f60e01b815260206004820152600560248201526473636f726560d81b6044820152606490fd5b6345945c7d60e11b5f5260048490526118818161454d565b60245260445ffd5b63e2517d3f60e01b5f52336004527f4848aa3d2c0568bab3ca9720f91818ee0957e95426fa0627cc4809e2e5ed8be060245260445ffd5b3461041d57602036600319011261041d5760206118de600435614e22565b6118e78161545a565b90816118f9575b506040519015158152f35b6119039150615486565b15826118ee565b3461041d575f36600319011261041d57610e6660405161192b60408261456b565b600381526211105560ea1b602082015260405191829160208352602083019061442a565b3461041d57604036600319011261041d57611968614464565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b3461041d57606036600319011261041d576004356119b3614464565b90604435916119c0614ded565b6119c982614cc4565b6001600160a01b039091169283158015611c00575b611be9578015611bba576119f282846154ed565b6119fd4283856157a4565b600582015415611ba7576040516370a0823160e01b8152306004820152602081602481885afa9081156109f0575f91611b75575b50604051916323b872dd60e01b5f52336004523060245260445260205f60648180895af160015f5114811615611b56575b826040525f60605215611b43576370a0823160e01b8252306004830152602082602481885afa80156109f0575f90611b0f575b611a9f92506148f2565b9081158015611aff575b611ae25781611ac95f516020615e9a5f395f51905f529360209386615374565b604051908152a35f5f516020615efa5f395f51905f525d005b6004015460801c9063060b9c1160e31b5f5260045260245260445ffd5b50600481015460801c8210611aa9565b506020823d602011611b3b575b81611b296020938361456b565b8101031261041d57611a9f9151611a95565b3d9150611b1c565b84635274afe760e01b5f5260045260245ffd5b6001811516611b6c57853b15153d151616611a62565b823d5f823e3d90fd5b90506020813d602011611b9f575b81611b906020938361456b565b8101031261041d575185611a31565b3d9150611b83565b82636868e55560e11b5f5260045260245ffd5b60405163d647364f60e01b8152602060048201526006602482015265185b5bdd5b9d60d21b6044820152606490fd5b5050630a496c5b60e21b5f5260045260245260445ffd5b50600382015460501c6001600160a01b03168414156119de565b3461041d575f36600319011261041d576002546040516001600160a01b039091168152602090f35b602036600319011261041d57600435611c59614ded565b3415611bba57611c6881614cc4565b60048101549091906001600160801b0316348111611dfa5750611c8b82826154ed565b611c964283836157a4565b6005820154918215611de757670de0b6b3a7640000340290348204670de0b6b3a764000003611dbd57600391611cd260068301918254906146f4565b94611cdd8187614970565b95069055019163ffffffff835460301c169263fffffffe80851015611dd15750825f52600860205260405f20845f5260205260405f20835f52600860205260405f2060018601809611611dbd575f86815260209190915260409020928154611d4591906146f4565b83556001908101549201919091555f92611d80919063ffffffff905b825463ffffffff60301b1916911660301b63ffffffff60301b16179055565b5f516020615e9a5f395f51905f526020604051348152a35f5f516020615efa5f395f51905f525d005b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8363da15cba760e01b5f5260045260245260445ffd5b50636868e55560e11b5f5260045260245ffd5b63060b9c1160e31b5f523460045260245260445ffd5b3461041d575f36600319011261041d5760206040517f8d3f2dc39e393d05d244f2a32a11c53b72cab2cb07561d38ebc397684fa077028152f35b3461041d575f36600319011261041d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461041d57604036600319011261041d576001600160401b036004351161041d5736602360043501121561041d57600435600401356001600160401b03811161041d57366024610140830260043501011161041d576024356001600160401b03811161041d57611f02903690600401614490565b8083036129125782156128e4576006549160018301809311611dbd575f905f925f935b8685101561289d5781851015611da9578460051b830135601e198436030181121561041d5783016001600160401b0381351161041d5780353603602082011361041d57611f7286886146f4565b426001600160401b03611f906101446101408b02600435010161532c565b161061286957611fbb6001600160401b03611fb560246101408b02600435010161532c565b16614cc4565b9063ffffffff611fd560a46101408b026004350101615340565b16158015612844575b6128105761271061ffff611ffd6101046101408c026004350101615351565b161161183b5760c461014089026004350101351580156127fc575b6127c85760c461014089026004350101355f52600c60205260405f2054915f93836126d7575b61205260246004356101408d02010161532c565b9061206760446004356101408e020101615360565b9161207c60646004356101408f020101615340565b8c61209160846004356101408402010161532c565b6120a560a460043561014085020101615340565b906120bb61010460043561014086020101615351565b926101400260043501610144016120d19061532c565b936040519760208901967fa66f2c811efe0d7a1c5ca2a9650c877bacd3e1a1876458f23997dae535b4986c88526001600160401b031660408a0152600160a01b6001900316606089015263ffffffff1660808801526001600160401b031660a087015263ffffffff1660c08601528d61014081026004350160c4013560e0870152610140026004350160e4013561010086015261ffff166101208501526101408d026004350161012401356101408501526001600160401b031661016084015261016083526121a26101808461456b565b813591602001925190206121b590615744565b916121bf92615dda565b6121c891615dfd565b6001600160a01b036121e460446004356101408e020101615360565b6001600160a01b03909216911681036126a6575061220c60446101408b026004350101615360565b60408051634e81c85960e01b81526001600160a01b0392831660048201529591869060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa9384156109f0575f955f95612670575b506001600160a01b03861694851561263c5715612608576125f6575060c46101408a026004350101355f52600c6020528160405f20555b818963ffffffff60035f94015460101c16806125b5575b505f828152600b60205260409020805463ffffffff60a01b1987166001600160c01b03199091161760a085901b63ffffffff60a01b161781555f516020615e7a5f395f51905f52916080916001600160401b039161250e916024916101409161234061232042615231565b825463ffffffff60c01b191660c09190911b63ffffffff60c01b16178255565b805460ff60e01b1916600160e01b1781556123836123676004358486020161010401615351565b825461ffff60e81b191660e89190911b61ffff60e81b16178255565b61ffff61239785858502600435010161532c565b1661ffff60018301911661ffff198254161781556123bd60a48585026004350101615340565b64ffffff000082549160101b169064ffffff0000191617905561247b6123eb60448585026004350101615360565b6002830180546001600160a01b0319166001600160a01b039092169190911781556124496124216004358688020160840161532c565b825467ffffffffffffffff60a01b191660a09190911b67ffffffffffffffff60a01b16178255565b61245b60648686026004350101615340565b81546001600160e01b031660e09190911b6001600160e01b031916179055565b600480358385020160c4810135600384015560e481013592909101919091556101240135612597575b6001600160a01b036124be60043583850201604401615360565b16887f3aa21a4fc012052ec51c547dd72c5212b508f4d1e2c954a4e8d7ce8e32e86afd6040805160c4878702600435010135815260e48787026004350101356020820152a302600435010161532c565b169363ffffffff604051918883525f60208401525f6040840152166060820152a3815f5f516020615eba5f395f51905f528180a46001600160a01b03861690819003612563575b505060019485019401611f25565b90945081612578575b50506001805f91612555565b5f52600f60205261258e60405f209182546146f4565b9055868061256c565b875f52600e60205261012482820260043501013560405f20556124a4565b5f516020615e7a5f395f51905f529193506001600160401b0361250e60246101406125ea6125e5608096426146f4565b6151ee565b979550505050506122b5565b5f52600d6020528160405f205561229e565b61261c60446101408d026004350101615360565b639772084560e01b5f9081526001600160a01b0391909116600452602490fd5b61265060446101408e026004350101615360565b63a6b01d5560e01b5f9081526001600160a01b0391909116600452602490fd5b90945061269591955060403d811161269f575b61268d818361456b565b810190614766565b949094938d612267565b503d612683565b6126ba60446101408c026004350101615360565b6310b5d43760e21b5f5260018060a01b031660045260245260445ffd5b5f848152600b60205260409020600201549094506004356101408b0201604401906001600160a01b039081169061270d83615360565b16146127a5576127596127676127238c93615360565b604080516001600160a01b0390921660208301908152600435610140969096029590950160c40135908201529182906060820190565b03601f19810183528261456b565b51902093845f52600d60205260405f205480612783575061203e565b60c46101408c631c3c4fc160e21b5f520260043501013560045260245260445ffd5b8360c46101408c631c3c4fc160e21b5f520260043501013560045260245260445ffd5b60405163d647364f60e01b815260206004820152600b60248201526a1c9bdbdd081bdc8818da5960aa1b6044820152606490fd5b5060e4610140890260043501013515612018565b60405163d647364f60e01b815260206004820152600b60248201526a1c9958dbdc9910dbdd5b9d60aa1b6044820152606490fd5b5062ffffff63ffffffff61286260a46101408c026004350101615340565b1611611fde565b6001600160401b036128866101446101408a02600435010161532c565b630bfedba560e41b5f52166004524260245260445ffd5b6128ca8787928660018060a01b03165f52600f6020526128c260405f209182546146f4565b9055826146f4565b5f19810191908211611dbd57602091600655604051908152f35b60405163d647364f60e01b8152602060048201526005602482015264656d70747960d81b6044820152606490fd5b826355c5b3e360e11b5f5260045260245260445ffd5b3461041d575f36600319011261041d576129c76129647f0000000000000000000000000000000000000000000000000000000000000000615b00565b610e666129907f0000000000000000000000000000000000000000000000000000000000000000615b00565b6129d5604051916129a260208461456b565b5f83525f368137604051958695600f60f81b875260e0602088015260e087019061442a565b90858203604087015261442a565b904660608501523060808501525f60a085015283820360c08501526144ed565b3461041d575f36600319011261041d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461041d57606036600319011261041d57612a5261444e565b612a5a61447a565b9060018060a01b03165f52601060205260405f206024355f5260205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b3461041d5760a036600319011261041d57600435612ab8614464565b60443560643592608435926001600160401b0384169384810361041d57335f9081527f0781d7cac9c378efa22a7481e4d4d29704a680ddf504b3bc50b517700ee11e6c602052604090205460ff1615612d2257928593612b1784614cc4565b6001600160a01b039093169586156113605766ffffffffffffff8311612d045780612c8b575b5066ffffffffffffff60209711612c7c575b5f516020615e7a5f395f51905f52916001600160401b03608092612b746006546148e4565b60068190555f818152600b8c5260409020805463ffffffff60a01b198c166001600160c01b03199091161760a084901b63ffffffff60a01b16178155909889979091908290612be5612bc542615231565b845463ffffffff60c01b191660c09190911b63ffffffff60c01b16178455565b825460ff60e01b1916600160e11b17835560018301805461ffff191661ffff8d16178155612c1d9066ffffffffffffff89169061484d565b81612c6a575b505050895f52600f8b5260405f2060018154019055604051938a85528b8501526040840152166060820152a380604051925f5f516020615eba5f395f51905f528180a48152f35b612c74928b61525c565b8b8181612c23565b66ffffffffffffff9450612b4f565b42811190811591612cf6575b8115612cda575b50612ca95787612b3d565b60405163d647364f60e01b8152602060048201526008602482015267195e1c1a5c99505d60c21b6044820152606490fd5b63ffffffff9250612ceb91506151ee565b164281111588612c9e565b63ffffffff81119150612c97565b82630a02c5cb60e21b5f5260045266ffffffffffffff60245260445ffd5b63e2517d3f60e01b5f52336004527f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a660245260445ffd5b3461041d57602036600319011261041d576001600160a01b03612d7a61444e565b165f52600f602052602060405f2054604051908152f35b3461041d57602036600319011261041d5760043565ffffffffffff81169081810361041d57612dbe614cf7565b612dc742615ad1565b9165ffffffffffff612dd7614bbe565b1680821115612edc57507ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9265ffffffffffff826206978080612e249510911802620697801816906151d0565b906002548060d01c80612e80575b5050600280546001600160a01b031660a083901b65ffffffffffff60a01b161760d084901b6001600160d01b0319161790556040805165ffffffffffff9283168152919092166020820152a1005b421115612eb257600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b8380612e32565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a1612eab565b0365ffffffffffff8111611dbd577ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b92612e2491906151d0565b3461041d57602036600319011261041d5760206001600160a01b03612f3c600435614e22565b5416604051908152f35b3461041d57602036600319011261041d57612f5f61444e565b612f67614cf7565b7f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed66020612fa4612f9642615ad1565b612f9e614bbe565b906151d0565b65ffffffffffff612fb3614bf7565b6001805460d085901b166001600160a01b0390981697881785851660a01b179055919091169050612ff0575b65ffffffffffff60405191168152a2005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1612fdf565b3461041d57602036600319011261041d576004355f526013602052602060018060a01b0360405f205416604051908152f35b3461041d57602036600319011261041d576004356001600160401b03811161041d5761307b903690600401614490565b5f5b81811061308657005b806130b26130a061309a60019486886146e4565b35614e22565b6130ab8386886146e4565b3590615125565b0161307d565b3461041d57602036600319011261041d57602063ffffffff6130db600435614e22565b5460a01c16604051908152f35b3461041d57602036600319011261041d57610120613107600435614e22565b63ffffffff60028201549162ffffff600182015460101c16600382015491600481015490549260ff8460e01c16926001600160401b036040519760018060a01b03811689528060e01c60208a015260a01c1660408801526060870152608086015260a085015261ffff8260e81c1660c08501526131838161454d565b60e084015260c01c16610100820152f35b3461041d576131a236614520565b6131ad839293614e22565b6131b684614e22565b60018201805461ffff8116600184019485549461ffff8616808403613341575089891461330e576131fe60ff926131f88b600196878060a01b03845416614e58565b8a6150c1565b613208818b6150c1565b5460e01c166132168161454d565b146132f65784156132c85760281c66ffffffffffffff16918483106132ad578466ffffffffffffff61324b9260281c166146f4565b9166ffffffffffffff8311612d04579266ffffffffffffff859361329d6132a49483602098817f08fdc9b4581fc254e3e52b2c48704fb0d46ce55b2994a2ee7387f87229a1396d9b169003169061484d565b169061484d565b604051908152a3005b848387635e7ad06b60e01b5f5260045260245260445260645ffd5b60405163d647364f60e01b815260206004820152600560248201526476616c756560d81b6044820152606490fd5b86633753b3f960e01b5f52600452600160245260445ffd5b60405163d647364f60e01b815260206004820152600a60248201526939b0b6b2903a37b5b2b760b11b6044820152606490fd5b83631202370560e31b5f5260045260245260445ffd5b3461041d57604036600319011261041d576004356024356001600160401b03811161041d5761338a9036906004016144c0565b9190613394614d46565b600161339f83614cc4565b01926001600160401b038111610805576133b9845461462b565b601f811161348c575b505f93601f821160011461341d57815f516020615eda5f395f51905f5294955f91613412575b508260011b905f198460031b1c19161790555b61100560405192839260208452602084019161471c565b9050830135866133e8565b601f19821694815f5260205f20905f5b8781106134745750835f516020615eda5f395f51905f5296971061345b575b5050600182811b0190556133fb565b8401355f19600385901b60f8161c19169055858061344c565b9091602060018192858901358155019301910161342d565b818111156133c2576134c090855f5260205f2090601f840160051c90602085106107fd57601f82910160051c039101614701565b846133c2565b3461041d57602036600319011261041d5760046134e38135614e22565b015460405163e602ddfd60e01b815260048101919091525f816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa80156109f057610e66915f91613551575b5060405191829160208352602083019061442a565b61356d91503d805f833e613565818361456b565b810190614882565b8261353c565b3461041d57606036600319011261041d5760043561358f61453a565b61359761447a565b61359f614d46565b6135a883614cc4565b60038101805493916001600160a01b038481169291605087901c909116838114159190826136cb575b5081613687575b5061364a577f535078d2d2c6adaa86eb7eecd3608ba24138e0ea5180fa18286c51aa0b67a2c294604094600160501b600160f01b039060501b169065ffffffff00008560101b169069ffffffff00000000ffff61ffff60f01b01161717905563ffffffff8351921682526020820152a2005b60405163d647364f60e01b8152602060048201526014602482015273657263323020616c726561647920696e2075736560601b6044820152606490fd5b9050865f52600860205260405f2063ffffffff8760301c165f52602052600160405f20015415908115916136bd575b50876135d8565b6007915001541515876136b6565b15159150886135d1565b3461041d5760407fbe213a36a43cf3c8177109f6b3b0a01f21b3c60a157949b7c9de5ab036c2952261370636614520565b613711949294614d46565b61371a85614cc4565b6004613725846150f4565b6001600160801b0319613737856150f4565b60801b169060018060801b03161791015582519182526020820152a2005b3461041d57606036600319011261041d5760043560443561377582614e22565b60018060a01b0381541661379f60018301926137998685549461ffff861690614e58565b856150c1565b8215611bba5760281c66ffffffffffffff1682811061380c57916137f560609266ffffffffffffff7fbcb77240b51e5ddedd76eb0d4dc554941237485a5801d9083681e97b2fe3e531958185169003169061484d565b6040519060243582526020820152336040820152a2005b905082635e7ad06b60e01b5f5260045260245260445260645ffd5b3461041d57602036600319011261041d57602061ffff600161384a600435614e22565b015416604051908152f35b3461041d57602036600319011261041d576004356001600160401b03811161041d57613885903690600401614490565b61388e81614836565b9061389c604051928361456b565b808252601f196138ab82614836565b013660208401375f5b8181106138d15760405160208082528190610e66908201866144ed565b6138df61309a8284876146e4565b9081548060f81c5f14613961576138f78285886146e4565b355f52601260205261ffff60405f205416925b64ffffffff0067ffffff0000000000600160ff8560e01c169361392c8561454d565b015460181b169260b81c1617178451821015611da95760019261ffff60481b9060481b161760208260051b86010152016138b4565b5f9261390a565b3461041d57602036600319011261041d576020613986600435614794565b6040516001600160a01b039091168152f35b3461041d575f36600319011261041d576020604051610e108152f35b3461041d57606036600319011261041d576004356024356001600160401b03811161041d576139e79036906004016144c0565b60443592916139f4614d46565b6139fd83614cc4565b6001600160401b03831161080557613a15815461462b565b601f8111613b16575b505f601f8411600114613a8a579480600261100593867feab02659d82f207d7ba3d346964d09c280396a4798fae5bd584257ca1437647598995f91613a7f575b508760011b905f198960031b1c19161781555b01556040519384938461473c565b90508601358a613a5e565b601f19841690825f5260205f20915f5b818110613afe57506110059388937feab02659d82f207d7ba3d346964d09c280396a4798fae5bd584257ca143764759899938860029410613ae5575b5050600187811b018155613a71565b8701355f1960038a901b60f8161c191690558980613ad6565b91926020600181928689013581550194019201613a9a565b83811115613a1e57613b4a90825f5260205f2090601f860160051c90602087106107fd57601f82910160051c039101614701565b85613a1e565b3461041d57602036600319011261041d57602066ffffffffffffff6001613b78600435614e22565b015460601c16604051908152f35b3461041d57604036600319011261041d57600435613ba2614464565b811580613c52575b613bd7575b336001600160a01b03821603613bc85761040c91615a93565b63334bd91960e11b5f5260045ffd5b613bdf614bf7565b906001600160a01b031615801590613c42575b8015613c30575b613c1557506001805465ffffffffffff60a01b19169055613baf565b65ffffffffffff906319ca5ebb60e01b5f521660045260245ffd5b504265ffffffffffff82161015613bf9565b5065ffffffffffff811615613bf2565b506002546001600160a01b03828116911614613baa565b3461041d57602036600319011261041d576004355f526012602052602061ffff60405f205416604051908152f35b3461041d575f36600319011261041d57602063fffffffe604051908152f35b3461041d575f36600319011261041d5760206040517f4848aa3d2c0568bab3ca9720f91818ee0957e95426fa0627cc4809e2e5ed8be08152f35b3461041d575f36600319011261041d5760206040517fa66f2c811efe0d7a1c5ca2a9650c877bacd3e1a1876458f23997dae535b4986c8152f35b3461041d575f36600319011261041d5760206040517fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa98152f35b3461041d57604036600319011261041d57600435613d80614464565b8115610c2a5781613da2610c2061040c945f525f602052600160405f20015490565b615a1b565b3461041d57606036600319011261041d57600435613dc3614464565b90613dcc61447a565b613dd4614ded565b6001600160a01b03811691821561136057613e2d613df182614e22565b8260018060a01b03825416613e108261ffff6001860154168093614e58565b805f526007602052613e278860405f208093614eb9565b92614f08565b928315613e8f57916020948492613e7794604051918583527fce3bcb6e219596cf26007ffdfaae8953bc3f76e3f36c0a79b23e28020da3222e8960018060a01b03861694a4614fe3565b5f5f516020615efa5f395f51905f525d604051908152f35b63b361b5fb60e01b5f90815260048390526001600160a01b038616602452604490fd5b3461041d57602036600319011261041d576004355f52600e602052602060405f2054604051908152f35b3461041d57602036600319011261041d5760206112966004355f525f602052600160405f20015490565b3461041d57602036600319011261041d5760406004613f258135614cc4565b015481516001600160801b038216815260809190911c6020820152f35b3461041d57606036600319011261041d576004356001600160401b03811161041d57613f72903690600401614490565b613f7a614464565b91613f8361447a565b90613f8c614ded565b5f926001600160a01b038316908115611360575f5b818110613fe257505050508115613fbf5781613e7791602094614fe3565b63b361b5fb60e01b5f90815260048190526001600160a01b038416602452604490fd5b613fed8183866146e4565b3561402f613ffa82614e22565b8261ffff600183015416614018828260018060a01b03865416614e58565b805f526007602052613e278c60405f208093614eb9565b8061403f575b5050600101613fa1565b8461404e82600195949a6146f4565b986040519283527fce3bcb6e219596cf26007ffdfaae8953bc3f76e3f36c0a79b23e28020da3222e6020868060a01b038d1694a49088614035565b3461041d57606036600319011261041d576004356140a5614464565b906044359182151580930361041d576140bd82614cc4565b506001600160a01b03169182158015614161575b61413057335f52601060205260405f20825f5260205260405f20835f5260205260405f2060ff1981541660ff83161790556040519081527f5c3b9a34af8ecb94c7bef73773568e163cf361fa5d76fa5d52dab8f4498817cf60203392a4005b60405163d647364f60e01b815260206004820152600860248201526737b832b930ba37b960c11b6044820152606490fd5b503383146140d1565b3461041d575f36600319011261041d57614182614cf7565b6002548060d01c806141a0575b600280546001600160a01b03169055005b4211156141d257600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b808061418f565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a16141cb565b3461041d57602036600319011261041d5761427461421b600435614cc4565b610e666002820154600160ff60038501541661426060405195614249876142428184614663565b038861456b565b6142596040518095819301614663565b038361456b565b60405195869560808752608087019061442a565b9260208601526040850152838203606085015261442a565b3461041d57604036600319011261041d5760206112966142aa61444e565b602435906145a7565b3461041d575f36600319011261041d57610e666040516142d460408261456b565b601b81527f64617470696e204461746120416e63686f72696e6720546f6b656e0000000000602082015260405191829160208352602083019061442a565b3461041d575f36600319011261041d5760206040517f2b1978781a49e8a4f60a969bf85e4813e5a664996783914f3cdf6af027c537308152f35b3461041d575f36600319011261041d576020604051620697808152f35b3461041d57602036600319011261041d5760043563ffffffff60e01b811680910361041d57602090637400358f60e11b81149081156143ad57506040519015158152f35b6318a4c3c360e11b8114915081156143c7575b50826118ee565b637965db0b60e01b8114915081156143e1575b50826143c0565b6301ffc9a760e01b149050826143da565b3461041d575f36600319011261041d57807f182364ae264e23af8151668e463002a5a57aa71602658a91a5c79be20fce301460209252f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361041d57565b602435906001600160a01b038216820361041d57565b604435906001600160a01b038216820361041d57565b9181601f8401121561041d578235916001600160401b03831161041d576020808501948460051b01011161041d57565b9181601f8401121561041d578235916001600160401b03831161041d576020838186019501011161041d57565b90602080835192838152019201905f5b81811061450a5750505090565b82518452602093840193909201916001016144fd565b606090600319011261041d57600435906024359060443590565b6024359063ffffffff8216820361041d57565b6004111561455757565b634e487b7160e01b5f52602160045260245ffd5b90601f801991011681019081106001600160401b0382111761080557604052565b6001600160401b03811161080557601f01601f191660200190565b90805f52600c60205260405f205480151580614606575b6146005750604080516001600160a01b039093166020840190815290830191909152906145ee8160608101612759565b5190205f52600d60205260405f205490565b91505090565b505f818152600b60205260409020600201546001600160a01b038481169116146145be565b90600182811c92168015614659575b602083101461464557565b634e487b7160e01b5f52602260045260245ffd5b91607f169161463a565b5f92918154916146728361462b565b80835292600181169081156146c7575060011461468e57505050565b5f9081526020812093945091925b8383106146ad575060209250010190565b60018160209294939454838587010152019101919061469c565b915050602093945060ff929192191683830152151560051b010190565b9190811015611da95760051b0190565b91908201809211611dbd57565b5f5b82811061470f57505050565b5f82820155600101614703565b908060209392818452848401375f828201840152601f01601f1916010190565b9392916020916147549160408752604087019161471c565b930152565b5190811515820361041d57565b919082604091031261041d5781516001600160a01b038116810361041d576020614791919301614759565b90565b61479d90614e22565b60028101546001600160a01b0316908115614827575060408051634e81c85960e01b81526004810192909252816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156109f0575f9161480a575090565b614823915060403d60401161269f5761268d818361456b565b5090565b546001600160a01b0316919050565b6001600160401b0381116108055760051b60200190565b9066ffffffffffffff60281b82549160281b169066ffffffffffffff60281b1916179055565b6002821015611da95701905f90565b60208183031261041d578051906001600160401b03821161041d570181601f8201121561041d578051906148b58261458c565b926148c3604051948561456b565b8284526020838301011161041d57815f9260208093018386015e8301015290565b5f198114611dbd5760010190565b91908203918211611dbd57565b805463ffffffff60b81b191660b89290921b63ffffffff60b81b16919091179055565b805463ffffffff60d81b191660d89290921b63ffffffff60d81b16919091179055565b63ffffffff60019116019063ffffffff8211611dbd57565b81810292918115918404141715611dbd57565b811561497a570490565b634e487b7160e01b5f52601260045260245ffd5b92919261499a8261458c565b916149a8604051938461456b565b82948184528183011161041d578281602093845f960137010152565b6149cd81614e22565b90600182015461ffff811683549360ff8560e01c169260028201546004600384015493015493604051966101a088018881106001600160401b0382111761080557604052875260208701978189526040880196614a298161454d565b875260608801908460281c66ffffffffffffff168252608089018560601c66ffffffffffffff16815260a08a01908260e81c61ffff16825260c08b019260a01c63ffffffff16835260e08b0193600160a01b60019003871685526101008c01958760e01c87526101208d019760a01c6001600160401b031688526101408d019860101c62ffffff1689526101608d01998a526101808d019a8b525f52600760205260405f209a604051809e819e62627a6d60e41b835251600483015251906024015251614af58161454d565b60448d01525160648c01525160848b01525160a48a01525160c4890152516001600160a01b031660e488015251610104870152516001600160401b03166101248601525161014485015251610164840152516101848301526101c06101a4830152614b65906101c4830190614663565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691839103815a935f94fa9081156109f0575f91614baa575090565b61479191503d805f833e613565818361456b565b6002548060d01c8015159081614bed575b5015614be35760a01c65ffffffffffff1690565b5060015460d01c90565b905042115f614bcf565b6001546001600160a01b0381169160a09190911c65ffffffffffff1690565b614c2560039194939294614e22565b0154928315614c9d576040929192516020810191825260208152614c4a60408261456b565b519020915f915b808310614c5f575050501490565b909192614c6d8483856146e4565b359081811015614c8c575f52602052600160405f205b93019190614c51565b905f52602052600160405f20614c83565b505050505f90565b9081602091031261041d57516001600160a01b038116810361041d5790565b90815f52600760205260405f209160ff600384015460081c1615614ce55750565b6321e87ba160e21b5f5260045260245ffd5b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff1615614d2f57565b63e2517d3f60e01b5f52336004525f60245260445ffd5b335f9081527fad997de767a157d53b573570d23aafa9e59a2f9157f0a7dd3c42e608721f74f2602052604090205460ff1615614d7e57565b63e2517d3f60e01b5f52336004527f2b1978781a49e8a4f60a969bf85e4813e5a664996783914f3cdf6af027c5373060245260445ffd5b5f8181526020818152604080832033845290915290205460ff1615614dd75750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f516020615efa5f395f51905f525c614e135760015f516020615efa5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b5f818152600b602052604090208054909291906001600160a01b031615614e465750565b6306caeb1360e41b5f5260045260245ffd5b60018060a01b031690813314159182614e8b575b5050614e755750565b6323cdf8f560e11b5f523360045260245260445ffd5b5f90815260106020908152604080832093835292815282822033835290529081205460ff1615915080614e6c565b6001600160a01b0390921692908315614f00576003015460501c6001600160a01b03168314614ef85750630a496c5b60e21b5f5260045260245260445ffd5b915050600190565b509150505f90565b909392600182019266ffffffffffffff845460601c16928315614fd95790614f2f91615125565b825494609886901c63ffffffff16908115614fc457505f190163ffffffff8111611dbd57915b8115958615614fb45763ffffffff8160b81c16915b63ffffffff80861693169183831015614fa8579061ffff614f8e9594939216615978565b9315614f9f57614f9d916148ff565b565b614f9d91614922565b505f9750505050505050565b63ffffffff8160d81c1691614f6a565b63ffffffff91506003015460301c1691614f55565b505f955050505050565b6001600160a01b03168061504e57506001600160a01b03165f80808085855af13d15615049573d6150138161458c565b90615021604051928361456b565b81525f60203d92013e5b15615034575050565b630e21dcbb60e11b5f5260045260245260445ffd5b61502b565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f51148216156150a0575b6040521561508e5750565b635274afe760e01b5f5260045260245ffd5b9060018115166150b857823b15153d15161690615083565b503d5f823e3d90fd5b906150cb81615486565b6150d3575050565b63ffffffff905460a01c1690634489815d60e11b5f5260045260245260445ffd5b6001600160801b03811161510e576001600160801b031690565b6306dfcc6560e41b5f52608060045260245260445ffd5b61512e8161545a565b806151c1575b61513c575050565b8061179a600161519b93019163ffffffff61ffff84541691825f52600760205261517560405f2061516d81866154ed565b4290856157a4565b5460a01c16905f526009602052610e1060405f2091045f5260205260405f205460e01c90565b7ff80dbaea4785589e52984ca36a31de106adc77759539a5c7d92883bf49692fe95f80a2565b506151cb81615486565b615134565b9065ffffffffffff8091169116019065ffffffffffff8211611dbd57565b6001610e105f198301040190151502610e10810290808204610e101490151715611dbd5763ffffffff9063fffff960908181111561522b57501690565b90501690565b63ffffffff81116152455763ffffffff1690565b6306dfcc6560e41b5f52602060045260245260445ffd5b9190600563ffffffff9261527081866154ed565b61527b4282876157a4565b600381015460018401805466ffffffffffffff60601b1916606089901b66ffffffffffffff60601b161781556152c09160301c8616906152bb82826148ff565b614922565b016152cc8582546146f4565b90555460a01c16806152dd57505050565b610e10900491815f52600960205260405f20835f5260205261530460405f209182546146f4565b90555f52600a60205260405f208160081c5f52602052600160ff60405f2092161b8154179055565b356001600160401b038116810361041d5790565b3563ffffffff8116810361041d5790565b3561ffff8116810361041d5790565b356001600160a01b038116810361041d5790565b90916005830154928315611ba757670de0b6b3a7640000820291808304670de0b6b3a76400001490151715611dbd576003916153b660078301918254906146f4565b946153c18187614970565b95069055019063ffffffff825460301c169063fffffffe808310156154445750805f52600860205260405f20825f5260205260405f20905f52600860205260405f2060018301809311611dbd575f8381526020919091526040902093600182015461542c91906146f4565b600185015554909255614f9d9163ffffffff90611d61565b9063da15cba760e01b5f5260045260245260445ffd5b6001015466ffffffffffffff8160601c1615159081615477575090565b63ffffffff915060981c161590565b5460a01c63ffffffff16801515908161549d575090565b905042101590565b60ff16600181146154d6576002146154c657671c995a9958dd195960c21b90565b686e6f2d71756f72756d60b81b90565b506e18995b1bddcb5d1a1c995cda1bdb19608a1b90565b6008820180546001600160a01b03811693919060a01c6001600160401b031684158015615650575b615649575f94604091806156405750615530425b85876157a4565b6005840154151580615626575b82516372a4d94b60e01b8152901515600482015295869160249183915af19081156109f0575f945f926155d6575b50805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b169190911790555b826155a057505050565b6020816155bc855f516020615e9a5f395f51905f529486615374565b6003015460405194855260501c6001600160a01b031693a3565b915093506040813d60401161561e575b816155f36040938361456b565b8101031261041d5760208151910151936001600160401b038516850361041d5761559691949161556b565b3d91506155e6565b50600384015460301c63ffffffff1663fffffffe1161553d565b61553090615529565b5050505050565b50804210615515565b9190600183015466ffffffffffffff8160601c1691821561573b57600363ffffffff91015460301c169163ffffffff8260981c169485158061572c575b6156ed575b50846156d6575b6147919450836156c35761ffff63ffffffff808460b81c165b169216615978565b61ffff63ffffffff808460d81c166156bb565b91505f198401938411611dbd5761479193916156a2565b63ffffffff80929650615724915460a01c1661ffff84165f526009602052610e1060405f2091045f5260205260405f205460e01c90565b16935f61569b565b5061573681615486565b615696565b50505050505f90565b60429061574f615b3e565b906040519161190160f01b8352600283015260228201522090565b815191906041830361579a576157939250602082015190606060408401519301515f1a90615c5a565b9192909190565b50505f9160029190565b9091610e109004916008810191825460e01c8481116156495760058301918254936157df63ffffffff60038160e01b93015460301c16614945565b60e01b16815f52600960205260405f20825f52600a60205260405f20935b888111156158395750505050505560018201809211611dbd5780546001600160e01b031660e09290921b6001600160e01b031916919091179055565b8060081c5f528460205260405f205460ff82161c805b615878575b5060ff1760018101809111156157fd57634e487b7160e01b5f52601160045260245ffd5b801960018101809111611dbd578116906158f060018060801b03831160071b6001600160401b0384821c1160061b1763ffffffff84821c1160051b1761ffff84821c1160041b1760ff84821c1160031b17600f84821c1160021b176d010102020202030303030303030360801b84821c1a17846146f4565b988b8a11615970575f8a81526020869052604090208054878117909155906159199082906148f2565b99610e10810290808204610e101490151715611dbd5760407faef8ee553a8b2ca898c78832d0fc11d90110d494b71efbbea624e76ca50f9f5a9189936001600160401b038351921682526020820152a2188061584f565b985050615854565b939290918181101561573b576159ce6159e1946159db93670de0b6b3a7640000975f52600860205260405f20905f52806020526159b88260405f20614873565b90549060031b1c935f5260205260405f20614873565b90549060031b1c906148f2565b9061495d565b0490565b600254906001600160a01b038216610c2a576001600160a01b03199091166001600160a01b03821617600255614791905f615cd2565b908115615a2c575b61479191615cd2565b600254916001600160a01b038316610c2a576001600160a01b03199092166001600160a01b03821617600255615a23565b60025461479191906001600160a01b03808316911614615a7e575b5f615d5a565b600280546001600160a01b0319169055615a78565b9061479191801580615aba575b15615d5a57600280546001600160a01b0319169055615d5a565b506002546001600160a01b03838116911614615aa0565b65ffffffffffff8111615ae95765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b60ff811690601f8211615b2f5760405191615b1c60408461456b565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480615c31575b15615b99577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152615c2b60c08261456b565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614615b70565b91906fa2a8918ca85bafe22016d0b997e4df60600160ff1b038411615cc7579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156109f0575f516001600160a01b03811615615cbd57905f905f90565b505f906001905f90565b5050505f9160039190565b5f818152602081815260408083206001600160a01b038616845290915290205460ff16615d54575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615615d54575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b906041830361579a576157939250602081013591604082359201355f1a90615c5a565b615e068161454d565b80615e0f575050565b615e188161454d565b60018103615e2f5763f645eedf60e01b5f5260045ffd5b615e388161454d565b60028103615e53575063fce698f760e01b5f5260045260245ffd5b600390615e5f8161454d565b14615e675750565b6335e2f38360e21b5f5260045260245ffdfe04cd2cb07f7dd64bac6ce0436354822231650e9bf1a1e4d74932a3efa6a6e5528066141f58a3e577c2951d2908ae9e935232ae42f3f2a18c5dfc13b5d2aae98fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef24f901353f9b15125ed7f539fcad3b7fc50110d676d3b4298d3d3808df39e65b9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a164736f6c6343000825000a60808060405234601557610f27908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80630627a6d0146100625763e602ddfd1461002f575f80fd5b3461005e57602036600319011261005e5761005a61004e600435610a03565b60405191829182610968565b0390f35b5f80fd5b3461005e5736600319016101c0811261005e576101a01361005e576101a43567ffffffffffffffff811161005e573660238201121561005e57806004013567ffffffffffffffff811161005e57366024828401011161005e575f60206100c9600435610bb8565b928060246100d6826109c8565b966100e46040519889610992565b8288520183870137840101526040515f925f5b81518110156102ce578181016020015160f881901c906b1000000000000004ffffffff6001831b16156102be57605c6020610131896109f5565b98870101536008820361015c57505060019060626020610150886109f5565b97860101535b016100f7565b6009820361018057505060019060746020610176886109f5565b9786010153610156565b600a820361019a575050600190606e6020610176886109f5565b600c82036101b457505060019060666020610176886109f5565b600d82036101ce57505060019060726020610176886109f5565b605c82036101e8575050600190605c6020610176886109f5565b6022820361020257505060019060226020610176886109f5565b91909560756020610212836109f5565b928701015360306020610224836109f5565b928701015360306020610236836109f5565b9287010153610244816109f5565b9260fc1c60108110156102aa576f181899199a1a9b1b9c1cb0b131b232b360811b901a90850160200153600f610279836109f5565b96169160108310156102aa576001926f181899199a1a9b1b9c1cb0b131b232b360811b901a90850160200153610156565b634e487b7160e01b5f52603260045260245ffd5b50906001916020610176886109f5565b50506020838083528201016040526102e7602435610bb8565b90604435600481101561005e576102fd90610d25565b610308606435610bb8565b610313608435610bb8565b9160405194859460208601976d7b226e616d65223a22444154202360901b895280516020819201602e89015e7f222c226465736372697074696f6e223a2264617470696e204461746120416e63602e918801918201527f686f72696e6720546f6b656e3a2061207175616c6974792d73636f7265642063604e8201527f6f6e747269627574696f6e20746f206120646563656e7472616c697a65642077606e8201527f6972656c657373206e6574776f726b2e222c2265787465726e616c5f75726c22608e820152611d1160f11b60ae820152815191829060200160b083015e01602e0177111611383937b832b93a34b2b9911d3d9131b630b9b9911d60411b608282015281516020819301609a83015e016082016a161139ba30ba3ab9911d1160a91b601882015281516020819301602383015e01601801691116113b30b63ab2911d60b11b600b82015281516020819301601583015e01600b016d161139b430b932a930ba34b7911d60911b600a82015281516020819301601883015e01600a01600e81015f905203600e01601f19810182526104b29082610992565b6104bd60a435610bb8565b906104c960c435610bb8565b60e4356001600160a01b03811694919085900361005e57846104eb602a6109c8565b906104f96040519283610992565b602a8252610507602a6109c8565b602083019790601f19013689378251156102aa57603088538251600110156102aa576078602184015360295b600181116109305750610919575061054d61010435610bb8565b906101243567ffffffffffffffff8116810361005e57916040978851926105748a85610992565b600f84526020840194601f198b01368737600f90815b6108ab5750506101443561059d90610bb8565b958a51998a9860208a019a5180918c5e890168161139b1b7b932911d60b91b602082015281516020819301602983015e016020016b161132bc3834b932a0ba111d60a11b600982015281516020819301601583015e01600901906a16113232bb34b1b2911d1160a91b600c830152518092601783015e01600c016911161132b837b1b4111d60b11b600b82015281516020819301601583015e01600b01906a16113419a1b2b636111d1160a91b600a830152518092601583015e01600a016f1116113932b1b7b93221b7bab73a111d60811b600b82015281516020819301601b83015e01600b01601081015f905203601001601f19810183526106a09083610992565b816101643580610745575b61005a60208661073b603d6106f1846106ec6002828d88519481869251918291018484015e8101617d7d60f01b838201520301601d19810184520182610992565b610dfb565b83519485917f646174613a6170706c69636174696f6e2f6a736f6e3b6261736536342c000000828401528051918291018484015e81015f838201520301601f198101845283610992565b5191829182610968565b909192508061075460426109c8565b9061076186519283610992565b6042825261076f60426109c8565b602083019390601f19013685378251156102aa57603084538251600110156102aa576078602184015360415b60018111610869575061085257506106f160206106ec6002828098610843600160098d9b600f61005a9f87908161073b9f603d9f6107db61018435610a03565b93519a8b97518091858a015e8701906e161136b2b935b632a937b7ba111d1160891b84830152518092602f83015e0101906811161131b4b2111d1160b91b84830152805192839101601883015e0101601160f91b838201520301601e19810184520182610992565b985050505050508294506106ab565b63e22e27eb60e01b5f52600452602060245260445ffd5b90600f81169060108210156102aa576108a6916f181899199a1a9b1b9c1cb0b131b232b360811b901a61089c84876109e4565b5360041c91610def565b61079b565b600f811660108110156102aa575f19830191838311610905576108fe92670fffffffffffffff926f181899199a1a9b1b9c1cb0b131b232b360811b901a906108f3908a6109e4565b5360041c1691610def565b908161058a565b634e487b7160e01b5f52601160045260245ffd5b63e22e27eb60e01b5f52600452601460245260445ffd5b90600f81169060108210156102aa57610963916f181899199a1a9b1b9c1cb0b131b232b360811b901a61089c84876109e4565b610533565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b90601f8019910116810190811067ffffffffffffffff8211176109b457604052565b634e487b7160e01b5f52604160045260245ffd5b67ffffffffffffffff81116109b457601f01601f191660200190565b9081518110156102aa570160200190565b5f1981146109055760010190565b908115610ba25760405191620aa89160e51b6020840152602483015260248252610a2e604483610992565b81518060031b908082046008149015171561090557600481018091116109055760059004600101918260011161090557610a67836109c8565b92610a756040519485610992565b808452610a84601f19916109c8565b013660208501378251156102aa57606260208401535f5f6001925f925b8151841015610b3657610ab484836109e4565b5160f81c9060081b17916008810180911161090557925b6005841015610ade576001019291610aa1565b600419840193841161090557601f83851c169460208610156102aa57610b307f6162636465666768696a6b6c6d6e6f707172737475767778797a323334353637610b27836109f5565b971a91896109e4565b53610acb565b92505093929380610b48575b50505090565b600503906005821161090557601f911b1660208110156102aa577f6162636465666768696a6b6c6d6e6f707172737475767778797a323334353637610b9991610b90846109f5565b501a91836109e4565b535f8080610b42565b9050604051610bb2602082610992565b5f815290565b5f908072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b811015610d02575b806d04ee2d6d415b85acef8100000000600a921015610ce7575b662386f26fc10000811015610cd3575b6305f5e100811015610cc2575b612710811015610cb3575b6064811015610ca5575b1015610c9a575b600a60216001840193610c3f856109c8565b94610c4d6040519687610992565b808652610c5c601f19916109c8565b013660208701378401015b5f1901916f181899199a1a9b1b9c1cb0b131b232b360811b8282061a8353048015610c9557600a9091610c67565b505090565b600190910190610c2d565b606460029104930192610c26565b61271060049104930192610c1c565b6305f5e10060089104930192610c11565b662386f26fc1000060109104930192610c04565b6d04ee2d6d415b85acef810000000060209104930192610bf4565b506040915072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8104610bda565b6004811015610ddb5760018114610db55760028114610d8d57600314610d6757604051610d53604082610992565b60048152636e6f6e6560e01b602082015290565b604051610d75604082610992565b60088152671c995a9958dd195960c21b602082015290565b50604051610d9c604082610992565b6009815268199a5b985b1a5e995960ba1b602082015290565b50604051610dc4604082610992565b600781526670656e64696e6760c81b602082015290565b634e487b7160e01b5f52602160045260245ffd5b8015610905575f190190565b90815115610ba2578151600281018091116109055760039004600281901b91906001600160fe1b0381160361090557604051917f4142434445464748494a4b4c4d4e4f505152535455565758595a616263646566601f527f6768696a6b6c6d6e6f707172737475767778797a303132333435363738392b2f603f52602083018480518101602081018051915f82525b808910610ede5750602095969750906003929152510680600114610ec957600214610ebc575b50808452830101604052565b603d905f1901535f610eb0565b50603d90815f1982015360011901535f610eb0565b939760036004910198603f8a51818160121c165183538181600c1c16516001840153818160061c16516002840153165160038201530193610e8a56fea164736f6c6343000825000a",
}

// SnapshotHarnessDAT is an auto generated Go binding around an Ethereum contract.
type SnapshotHarnessDAT struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SnapshotHarnessDAT) GetABI() abi.ABI {
	return c.abi
}

// NewSnapshotHarnessDAT creates a new instance of SnapshotHarnessDAT.
func NewSnapshotHarnessDAT() *SnapshotHarnessDAT {
	parsed, err := SnapshotHarnessDATMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SnapshotHarnessDAT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SnapshotHarnessDAT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address registry_) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackConstructor(admin common.Address, registry_ common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("", admin, registry_)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackATTESTERROLE() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("ATTESTER_ROLE")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackATTESTERROLE() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("ATTESTER_ROLE")
}

// UnpackATTESTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f81bb58.
//
// Solidity: function ATTESTER_ROLE() view returns(bytes32)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackATTESTERROLE(data []byte) ([32]byte, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("ATTESTER_ROLE", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackCLASSADMINROLE() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("CLASS_ADMIN_ROLE")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackCLASSADMINROLE() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("CLASS_ADMIN_ROLE")
}

// UnpackCLASSADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02c6142b.
//
// Solidity: function CLASS_ADMIN_ROLE() view returns(bytes32)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackCLASSADMINROLE(data []byte) ([32]byte, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("CLASS_ADMIN_ROLE", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackCONTRIBUTIONTYPEHASH() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("CONTRIBUTION_TYPEHASH")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackCONTRIBUTIONTYPEHASH() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("CONTRIBUTION_TYPEHASH")
}

// UnpackCONTRIBUTIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fc2dbaf.
//
// Solidity: function CONTRIBUTION_TYPEHASH() view returns(bytes32)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackCONTRIBUTIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("CONTRIBUTION_TYPEHASH", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackDEFAULTADMINROLE() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackEVALUATORROLE() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("EVALUATOR_ROLE")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackEVALUATORROLE() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("EVALUATOR_ROLE")
}

// UnpackEVALUATORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30d0ea31.
//
// Solidity: function EVALUATOR_ROLE() view returns(bytes32)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackEVALUATORROLE(data []byte) ([32]byte, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("EVALUATOR_ROLE", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackEXPIRYGRANULARITY() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("EXPIRY_GRANULARITY")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackEXPIRYGRANULARITY() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("EXPIRY_GRANULARITY")
}

// UnpackEXPIRYGRANULARITY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3daec09d.
//
// Solidity: function EXPIRY_GRANULARITY() view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackEXPIRYGRANULARITY(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("EXPIRY_GRANULARITY", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackMAXSNAPSHOTS() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("MAX_SNAPSHOTS")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackMAXSNAPSHOTS() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("MAX_SNAPSHOTS")
}

// UnpackMAXSNAPSHOTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31ad24f8.
//
// Solidity: function MAX_SNAPSHOTS() view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackMAXSNAPSHOTS(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("MAX_SNAPSHOTS", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackMINTERROLE() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("MINTER_ROLE")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackMINTERROLE() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("MINTER_ROLE", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackPROOFTYPEHASH() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("PROOF_TYPEHASH")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackPROOFTYPEHASH() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("PROOF_TYPEHASH")
}

// UnpackPROOFTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b3e3bf6.
//
// Solidity: function PROOF_TYPEHASH() view returns(bytes32)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackPROOFTYPEHASH(data []byte) ([32]byte, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("PROOF_TYPEHASH", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackZKATTEST() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("ZK_ATTEST")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackZKATTEST() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("ZK_ATTEST")
}

// UnpackZKATTEST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01b31075.
//
// Solidity: function ZK_ATTEST() view returns(bytes32)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackZKATTEST(data []byte) ([32]byte, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("ZK_ATTEST", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackAccRevenuePerShare(classId *big.Int, asset common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("accRevenuePerShare", classId, asset)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackAccRevenuePerShare(classId *big.Int, asset common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("accRevenuePerShare", classId, asset)
}

// UnpackAccRevenuePerShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe89dfa59.
//
// Solidity: function accRevenuePerShare(uint256 classId, address asset) view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackAccRevenuePerShare(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("accRevenuePerShare", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("acceptDefaultAdminTransfer")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("acceptDefaultAdminTransfer")
}

// PackAddProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc40b0372.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addProof(uint256 tokenId, bytes32 proofType, string proofURI, bytes signature) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackAddProof(tokenId *big.Int, proofType [32]byte, proofURI string, signature []byte) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("addProof", tokenId, proofType, proofURI, signature)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackAddProof(tokenId *big.Int, proofType [32]byte, proofURI string, signature []byte) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("addProof", tokenId, proofType, proofURI, signature)
}

// PackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8566f031.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchor((uint64,address,uint32,uint64,uint32,bytes32,bytes32,uint16,bytes32,uint64)[] cs, bytes[] signatures) returns(uint256 firstTokenId)
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackAnchor(cs []Contribution, signatures [][]byte) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("anchor", cs, signatures)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackAnchor(cs []Contribution, signatures [][]byte) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("anchor", cs, signatures)
}

// UnpackAnchor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8566f031.
//
// Solidity: function anchor((uint64,address,uint32,uint64,uint32,bytes32,bytes32,uint16,bytes32,uint64)[] cs, bytes[] signatures) returns(uint256 firstTokenId)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackAnchor(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("anchor", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackApproveForClass(classId *big.Int, operator common.Address, approved bool) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("approveForClass", classId, operator, approved)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackApproveForClass(classId *big.Int, operator common.Address, approved bool) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("approveForClass", classId, operator, approved)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackBalanceOf(owner common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("balanceOf", owner)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("balanceOf", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackCancelDefaultAdminTransfer() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("cancelDefaultAdminTransfer")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("changeDefaultAdminDelay", newDelay)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackCidOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d0917fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cidOf(uint256 tokenId) view returns(string)
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackCidOf(tokenId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("cidOf", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackCidOf(tokenId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("cidOf", tokenId)
}

// UnpackCidOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d0917fd.
//
// Solidity: function cidOf(uint256 tokenId) view returns(string)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackCidOf(data []byte) (string, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("cidOf", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackClaim(tokenId *big.Int, asset common.Address, to common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("claim", tokenId, asset, to)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackClaim(tokenId *big.Int, asset common.Address, to common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("claim", tokenId, asset, to)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2cd1b113.
//
// Solidity: function claim(uint256 tokenId, address asset, address to) returns(uint256 amountClaimed)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackClaim(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("claim", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackClaimMany(tokenIds []*big.Int, asset common.Address, to common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("claimMany", tokenIds, asset, to)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackClaimMany(tokenIds []*big.Int, asset common.Address, to common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("claimMany", tokenIds, asset, to)
}

// UnpackClaimMany is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14623a1b.
//
// Solidity: function claimMany(uint256[] tokenIds, address asset, address to) returns(uint256 total)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackClaimMany(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("claimMany", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackClassCount() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("classCount")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackClassCount() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("classCount")
}

// UnpackClassCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab996317.
//
// Solidity: function classCount() view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackClassCount(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("classCount", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackClassOf(tokenId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("classOf", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackClassOf(tokenId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("classOf", tokenId)
}

// UnpackClassOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4324aa21.
//
// Solidity: function classOf(uint256 tokenId) view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackClassOf(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("classOf", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackClassState(classId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("classState", classId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackClassState(classId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("classState", classId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackClassState(data []byte) (ClassStateOutput, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("classState", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackConfigureClass(classId *big.Int, ttl uint32, erc20 common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("configureClass", classId, ttl, erc20)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackConfigureClass(classId *big.Int, ttl uint32, erc20 common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("configureClass", classId, ttl, erc20)
}

// PackContributionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56606aeb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributionOf(uint256 tokenId) view returns(address device, uint32 epoch, uint64 h3Cell, uint32 recordCount, bytes32 merkleRoot, bytes32 cidDigest, uint16 score, uint8 status, uint32 anchoredAt)
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackContributionOf(tokenId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("contributionOf", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackContributionOf(tokenId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("contributionOf", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackContributionOf(data []byte) (ContributionOfOutput, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("contributionOf", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackContributorOf(tokenId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("contributorOf", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackContributorOf(tokenId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("contributorOf", tokenId)
}

// UnpackContributorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e88be95.
//
// Solidity: function contributorOf(uint256 tokenId) view returns(address)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackContributorOf(data []byte) (common.Address, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("contributorOf", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackCreateClass(metadataURI string, integrityHash [32]byte, unitDecimals uint8, policyURI string) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("createClass", metadataURI, integrityHash, unitDecimals, policyURI)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackCreateClass(metadataURI string, integrityHash [32]byte, unitDecimals uint8, policyURI string) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("createClass", metadataURI, integrityHash, unitDecimals, policyURI)
}

// UnpackCreateClass is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0fc0eca.
//
// Solidity: function createClass(string metadataURI, bytes32 integrityHash, uint8 unitDecimals, string policyURI) returns(uint256 classId)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackCreateClass(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("createClass", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackDefaultAdmin() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("defaultAdmin")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackDefaultAdmin() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("defaultAdmin", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackDefaultAdminDelay() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("defaultAdminDelay")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackDefaultAdminDelay() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("defaultAdminDelay", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("defaultAdminDelayIncreaseWait")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("defaultAdminDelayIncreaseWait", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackEip712Domain() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("eip712Domain")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackEip712Domain() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("eip712Domain")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("eip712Domain", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackEvaluationWords(tokenIds []*big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("evaluationWords", tokenIds)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackEvaluationWords(tokenIds []*big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("evaluationWords", tokenIds)
}

// UnpackEvaluationWords is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f5ba244.
//
// Solidity: function evaluationWords(uint256[] tokenIds) view returns(uint256[] words)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackEvaluationWords(data []byte) ([]*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("evaluationWords", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackExpire(tokenIds []*big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("expire", tokenIds)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackExpire(tokenIds []*big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("expire", tokenIds)
}

// PackExpireAtOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56626b7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expireAtOf(uint256 tokenId) view returns(uint64)
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackExpireAtOf(tokenId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("expireAtOf", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackExpireAtOf(tokenId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("expireAtOf", tokenId)
}

// UnpackExpireAtOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56626b7f.
//
// Solidity: function expireAtOf(uint256 tokenId) view returns(uint64)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackExpireAtOf(data []byte) (uint64, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("expireAtOf", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackExpireDue(classId *big.Int, until *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("expireDue", classId, until)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackExpireDue(classId *big.Int, until *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("expireDue", classId, until)
}

// PackForceSnapshots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf2b9813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forceSnapshots(uint256 classId, uint32 index) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackForceSnapshots(classId *big.Int, index uint32) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("forceSnapshots", classId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForceSnapshots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf2b9813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forceSnapshots(uint256 classId, uint32 index) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackForceSnapshots(classId *big.Int, index uint32) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("forceSnapshots", classId, index)
}

// PackGetClassMeta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a4fda67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getClassMeta(uint256 classId) view returns(string metadataURI, bytes32 integrityHash, uint8 unitDecimals, string policyURI)
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackGetClassMeta(classId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("getClassMeta", classId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackGetClassMeta(classId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("getClassMeta", classId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackGetClassMeta(data []byte) (GetClassMetaOutput, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("getClassMeta", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("getRoleAdmin", role)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("getRoleAdmin", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("grantRole", role, account)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("grantRole", role, account)
}

// PackHasProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3a57ea9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasProof(uint256 tokenId, bytes32 proofType) view returns(bool)
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackHasProof(tokenId *big.Int, proofType [32]byte) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("hasProof", tokenId, proofType)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackHasProof(tokenId *big.Int, proofType [32]byte) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("hasProof", tokenId, proofType)
}

// UnpackHasProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3a57ea9.
//
// Solidity: function hasProof(uint256 tokenId, bytes32 proofType) view returns(bool)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackHasProof(data []byte) (bool, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("hasProof", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("hasRole", role, account)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackHasRole(data []byte) (bool, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("hasRole", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackIsApprovedForClass(owner common.Address, classId *big.Int, operator common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("isApprovedForClass", owner, classId, operator)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackIsApprovedForClass(owner common.Address, classId *big.Int, operator common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("isApprovedForClass", owner, classId, operator)
}

// UnpackIsApprovedForClass is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x766e346c.
//
// Solidity: function isApprovedForClass(address owner, uint256 classId, address operator) view returns(bool)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackIsApprovedForClass(data []byte) (bool, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("isApprovedForClass", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackIsCounted(tokenId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("isCounted", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackIsCounted(tokenId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("isCounted", tokenId)
}

// UnpackIsCounted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9602ffe5.
//
// Solidity: function isCounted(uint256 tokenId) view returns(bool)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackIsCounted(data []byte) (bool, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("isCounted", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackMinSettlement(classId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("minSettlement", classId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackMinSettlement(classId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("minSettlement", classId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackMinSettlement(data []byte) (MinSettlementOutput, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("minSettlement", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackMint(classId *big.Int, to common.Address, value *big.Int, shareRatio *big.Int, expireAt uint64) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("mint", classId, to, value, shareRatio, expireAt)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackMint(classId *big.Int, to common.Address, value *big.Int, shareRatio *big.Int, expireAt uint64) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("mint", classId, to, value, shareRatio, expireAt)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x741e3723.
//
// Solidity: function mint(uint256 classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt) returns(uint256 tokenId)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackMint(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("mint", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackName() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("name")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackName() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackName(data []byte) (string, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("name", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackOwner() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("owner")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackOwner() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackOwner(data []byte) (common.Address, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("owner", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("ownerOf", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("ownerOf", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackPendingDefaultAdmin() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("pendingDefaultAdmin")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackPendingDefaultAdmin() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("pendingDefaultAdmin")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("pendingDefaultAdmin", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackPendingDefaultAdminDelay() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("pendingDefaultAdminDelay")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("pendingDefaultAdminDelay")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("pendingDefaultAdminDelay", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackPendingRevenue(tokenId *big.Int, asset common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("pendingRevenue", tokenId, asset)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackPendingRevenue(tokenId *big.Int, asset common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("pendingRevenue", tokenId, asset)
}

// UnpackPendingRevenue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb0bc514.
//
// Solidity: function pendingRevenue(uint256 tokenId, address asset) view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackPendingRevenue(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("pendingRevenue", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackProofVerifier(proofType [32]byte) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("proofVerifier", proofType)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackProofVerifier(proofType [32]byte) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("proofVerifier", proofType)
}

// UnpackProofVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6130b153.
//
// Solidity: function proofVerifier(bytes32 proofType) view returns(address)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackProofVerifier(data []byte) (common.Address, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("proofVerifier", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackProvenThreshold(tokenId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("provenThreshold", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackProvenThreshold(tokenId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("provenThreshold", tokenId)
}

// UnpackProvenThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x323d18c2.
//
// Solidity: function provenThreshold(uint256 tokenId) view returns(uint16)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackProvenThreshold(data []byte) (uint16, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("provenThreshold", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackRecordUsage(tokenId *big.Int, metricType [32]byte, amount *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("recordUsage", tokenId, metricType, amount)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackRecordUsage(tokenId *big.Int, metricType [32]byte, amount *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("recordUsage", tokenId, metricType, amount)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackRegistry() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("registry")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackRegistry() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("registry", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackRenderer() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("renderer")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackRenderer() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("renderer")
}

// UnpackRenderer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ada6b0f.
//
// Solidity: function renderer() view returns(address)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackRenderer(data []byte) (common.Address, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("renderer", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("renounceRole", role, account)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("renounceRole", role, account)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("revokeRole", role, account)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("revokeRole", role, account)
}

// PackRewardDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9e2a207.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardDebt(uint256 tokenId, address asset) view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackRewardDebt(tokenId *big.Int, asset common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("rewardDebt", tokenId, asset)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackRewardDebt(tokenId *big.Int, asset common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("rewardDebt", tokenId, asset)
}

// UnpackRewardDebt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9e2a207.
//
// Solidity: function rewardDebt(uint256 tokenId, address asset) view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackRewardDebt(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("rewardDebt", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackRollbackDefaultAdminDelay() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("rollbackDefaultAdminDelay")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSetEpochEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfcff7be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEpochEmission(uint256 classId, address source) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackSetEpochEmission(classId *big.Int, source common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("setEpochEmission", classId, source)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackSetEpochEmission(classId *big.Int, source common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("setEpochEmission", classId, source)
}

// PackSetMinSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b7f8b11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinSettlement(uint256 classId, uint256 minEth, uint256 minErc20) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackSetMinSettlement(classId *big.Int, minEth *big.Int, minErc20 *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("setMinSettlement", classId, minEth, minErc20)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackSetMinSettlement(classId *big.Int, minEth *big.Int, minErc20 *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("setMinSettlement", classId, minEth, minErc20)
}

// PackSetProofVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccbd2dd6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProofVerifier(bytes32 proofType, address verifier) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackSetProofVerifier(proofType [32]byte, verifier common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("setProofVerifier", proofType, verifier)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackSetProofVerifier(proofType [32]byte, verifier common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("setProofVerifier", proofType, verifier)
}

// PackSettleEpochEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9df10ea6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleEpochEmission(uint256 classId) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackSettleEpochEmission(classId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("settleEpochEmission", classId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackSettleEpochEmission(classId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("settleEpochEmission", classId)
}

// PackSettleEvaluations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb12162.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleEvaluations(uint256[] verdicts) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackSettleEvaluations(verdicts []*big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("settleEvaluations", verdicts)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackSettleEvaluations(verdicts []*big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("settleEvaluations", verdicts)
}

// PackSettleRevenueERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90f1e29d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleRevenueERC20(uint256 classId, address asset, uint256 amount) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackSettleRevenueERC20(classId *big.Int, asset common.Address, amount *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("settleRevenueERC20", classId, asset, amount)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackSettleRevenueERC20(classId *big.Int, asset common.Address, amount *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("settleRevenueERC20", classId, asset, amount)
}

// PackSettleRevenueETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ccd0350.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleRevenueETH(uint256 classId) payable returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackSettleRevenueETH(classId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("settleRevenueETH", classId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackSettleRevenueETH(classId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("settleRevenueETH", classId)
}

// PackShareRatioOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36d98ca1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function shareRatioOf(uint256 tokenId) view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackShareRatioOf(tokenId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("shareRatioOf", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackShareRatioOf(tokenId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("shareRatioOf", tokenId)
}

// UnpackShareRatioOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36d98ca1.
//
// Solidity: function shareRatioOf(uint256 tokenId) view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackShareRatioOf(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("shareRatioOf", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackStatusOf(tokenId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("statusOf", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackStatusOf(tokenId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("statusOf", tokenId)
}

// UnpackStatusOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad35efd4.
//
// Solidity: function statusOf(uint256 tokenId) view returns(uint8)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackStatusOf(data []byte) (uint8, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("statusOf", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("supportsInterface", interfaceId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("supportsInterface", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackSymbol() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("symbol")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackSymbol() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackSymbol(data []byte) (string, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("symbol", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackTokenCount() []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("tokenCount")
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackTokenCount() ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("tokenCount")
}

// UnpackTokenCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f181b5e.
//
// Solidity: function tokenCount() view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackTokenCount(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("tokenCount", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackTokenOfDeviceRoot(device common.Address, merkleRoot [32]byte) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("tokenOfDeviceRoot", device, merkleRoot)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackTokenOfDeviceRoot(device common.Address, merkleRoot [32]byte) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("tokenOfDeviceRoot", device, merkleRoot)
}

// UnpackTokenOfDeviceRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07e3ee1c.
//
// Solidity: function tokenOfDeviceRoot(address device, bytes32 merkleRoot) view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackTokenOfDeviceRoot(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("tokenOfDeviceRoot", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackTokenOfRoot(merkleRoot [32]byte) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("tokenOfRoot", merkleRoot)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackTokenOfRoot(merkleRoot [32]byte) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("tokenOfRoot", merkleRoot)
}

// UnpackTokenOfRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed7b6b94.
//
// Solidity: function tokenOfRoot(bytes32 merkleRoot) view returns(uint256 tokenId)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackTokenOfRoot(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("tokenOfRoot", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("tokenURI", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackTokenURI(data []byte) (string, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("tokenURI", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackTransferToken(tokenId *big.Int, to common.Address) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("transferToken", tokenId, to)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackTransferToken(tokenId *big.Int, to common.Address) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("transferToken", tokenId, to)
}

// PackTransferValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54e26179.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferValue(uint256 fromTokenId, uint256 toTokenId, uint256 value) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackTransferValue(fromTokenId *big.Int, toTokenId *big.Int, value *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("transferValue", fromTokenId, toTokenId, value)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackTransferValue(fromTokenId *big.Int, toTokenId *big.Int, value *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("transferValue", fromTokenId, toTokenId, value)
}

// PackUpdateClassMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38b40dc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateClassMetadata(uint256 classId, string metadataURI, bytes32 integrityHash) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackUpdateClassMetadata(classId *big.Int, metadataURI string, integrityHash [32]byte) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("updateClassMetadata", classId, metadataURI, integrityHash)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackUpdateClassMetadata(classId *big.Int, metadataURI string, integrityHash [32]byte) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("updateClassMetadata", classId, metadataURI, integrityHash)
}

// PackUpdateClassPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f2b75e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateClassPolicy(uint256 classId, string policyURI) returns()
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackUpdateClassPolicy(classId *big.Int, policyURI string) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("updateClassPolicy", classId, policyURI)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackUpdateClassPolicy(classId *big.Int, policyURI string) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("updateClassPolicy", classId, policyURI)
}

// PackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uri(uint256 tokenId) view returns(string)
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackUri(tokenId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("uri", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackUri(tokenId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("uri", tokenId)
}

// UnpackUri is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e89341c.
//
// Solidity: function uri(uint256 tokenId) view returns(string)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackUri(data []byte) (string, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("uri", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackValueOf(tokenId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("valueOf", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackValueOf(tokenId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("valueOf", tokenId)
}

// UnpackValueOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcadf338f.
//
// Solidity: function valueOf(uint256 tokenId) view returns(uint256)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackValueOf(data []byte) (*big.Int, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("valueOf", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackVerifyRecord(tokenId *big.Int, recordHash [32]byte, proof [][32]byte) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("verifyRecord", tokenId, recordHash, proof)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackVerifyRecord(tokenId *big.Int, recordHash [32]byte, proof [][32]byte) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("verifyRecord", tokenId, recordHash, proof)
}

// UnpackVerifyRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5c28db1.
//
// Solidity: function verifyRecord(uint256 tokenId, bytes32 recordHash, bytes32[] proof) view returns(bool)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackVerifyRecord(data []byte) (bool, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("verifyRecord", data)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) PackZkCommitOf(tokenId *big.Int) []byte {
	enc, err := snapshotHarnessDAT.abi.Pack("zkCommitOf", tokenId)
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) TryPackZkCommitOf(tokenId *big.Int) ([]byte, error) {
	return snapshotHarnessDAT.abi.Pack("zkCommitOf", tokenId)
}

// UnpackZkCommitOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x286df5bd.
//
// Solidity: function zkCommitOf(uint256 tokenId) view returns(bytes32)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackZkCommitOf(data []byte) ([32]byte, error) {
	out, err := snapshotHarnessDAT.abi.Unpack("zkCommitOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// SnapshotHarnessDATApprovalForClass represents a ApprovalForClass event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATApprovalForClass struct {
	Owner    common.Address
	ClassId  *big.Int
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATApprovalForClassEventName = "ApprovalForClass"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATApprovalForClass) ContractEventName() string {
	return SnapshotHarnessDATApprovalForClassEventName
}

// UnpackApprovalForClassEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForClass(address indexed owner, uint256 indexed classId, address indexed operator, bool approved)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackApprovalForClassEvent(log *types.Log) (*SnapshotHarnessDATApprovalForClass, error) {
	event := "ApprovalForClass"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATApprovalForClass)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATClaimed represents a Claimed event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATClaimed struct {
	TokenId *big.Int
	To      common.Address
	Asset   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATClaimed) ContractEventName() string {
	return SnapshotHarnessDATClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(uint256 indexed tokenId, address indexed to, address indexed asset, uint256 amount)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackClaimedEvent(log *types.Log) (*SnapshotHarnessDATClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATClaimed)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATClassConfigured represents a ClassConfigured event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATClassConfigured struct {
	ClassId *big.Int
	Ttl     uint32
	Erc20   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATClassConfiguredEventName = "ClassConfigured"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATClassConfigured) ContractEventName() string {
	return SnapshotHarnessDATClassConfiguredEventName
}

// UnpackClassConfiguredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClassConfigured(uint256 indexed classId, uint32 ttl, address erc20)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackClassConfiguredEvent(log *types.Log) (*SnapshotHarnessDATClassConfigured, error) {
	event := "ClassConfigured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATClassConfigured)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATClassCreated represents a ClassCreated event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATClassCreated struct {
	ClassId       *big.Int
	MetadataURI   string
	IntegrityHash [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATClassCreatedEventName = "ClassCreated"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATClassCreated) ContractEventName() string {
	return SnapshotHarnessDATClassCreatedEventName
}

// UnpackClassCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClassCreated(uint256 indexed classId, string metadataURI, bytes32 integrityHash)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackClassCreatedEvent(log *types.Log) (*SnapshotHarnessDATClassCreated, error) {
	event := "ClassCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATClassCreated)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATClassPolicyUpdated represents a ClassPolicyUpdated event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATClassPolicyUpdated struct {
	ClassId   *big.Int
	PolicyURI string
	Raw       *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATClassPolicyUpdatedEventName = "ClassPolicyUpdated"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATClassPolicyUpdated) ContractEventName() string {
	return SnapshotHarnessDATClassPolicyUpdatedEventName
}

// UnpackClassPolicyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClassPolicyUpdated(uint256 indexed classId, string policyURI)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackClassPolicyUpdatedEvent(log *types.Log) (*SnapshotHarnessDATClassPolicyUpdated, error) {
	event := "ClassPolicyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATClassPolicyUpdated)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATContributionAnchored represents a ContributionAnchored event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATContributionAnchored struct {
	TokenId    *big.Int
	Device     common.Address
	MerkleRoot [32]byte
	CidDigest  [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATContributionAnchoredEventName = "ContributionAnchored"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATContributionAnchored) ContractEventName() string {
	return SnapshotHarnessDATContributionAnchoredEventName
}

// UnpackContributionAnchoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionAnchored(uint256 indexed tokenId, address indexed device, bytes32 merkleRoot, bytes32 cidDigest)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackContributionAnchoredEvent(log *types.Log) (*SnapshotHarnessDATContributionAnchored, error) {
	event := "ContributionAnchored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATContributionAnchored)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return SnapshotHarnessDATDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*SnapshotHarnessDATDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return SnapshotHarnessDATDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*SnapshotHarnessDATDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATDefaultAdminTransferCanceled) ContractEventName() string {
	return SnapshotHarnessDATDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*SnapshotHarnessDATDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATDefaultAdminTransferScheduled) ContractEventName() string {
	return SnapshotHarnessDATDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*SnapshotHarnessDATDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATEIP712DomainChanged represents a EIP712DomainChanged event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATEIP712DomainChanged) ContractEventName() string {
	return SnapshotHarnessDATEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackEIP712DomainChangedEvent(log *types.Log) (*SnapshotHarnessDATEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATEpochEmissionSet represents a EpochEmissionSet event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATEpochEmissionSet struct {
	ClassId *big.Int
	Source  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATEpochEmissionSetEventName = "EpochEmissionSet"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATEpochEmissionSet) ContractEventName() string {
	return SnapshotHarnessDATEpochEmissionSetEventName
}

// UnpackEpochEmissionSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochEmissionSet(uint256 indexed classId, address source)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackEpochEmissionSetEvent(log *types.Log) (*SnapshotHarnessDATEpochEmissionSet, error) {
	event := "EpochEmissionSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATEpochEmissionSet)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATExpired represents a Expired event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATExpired struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATExpiredEventName = "Expired"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATExpired) ContractEventName() string {
	return SnapshotHarnessDATExpiredEventName
}

// UnpackExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Expired(uint256 indexed tokenId)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackExpiredEvent(log *types.Log) (*SnapshotHarnessDATExpired, error) {
	event := "Expired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATExpired)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATFinalized represents a Finalized event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATFinalized struct {
	TokenId    *big.Int
	Score      uint16
	Value      *big.Int
	ShareRatio *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATFinalized) ContractEventName() string {
	return SnapshotHarnessDATFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized(uint256 indexed tokenId, uint16 score, uint256 value, uint256 shareRatio)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackFinalizedEvent(log *types.Log) (*SnapshotHarnessDATFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATFinalized)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATMetadataUpdated represents a MetadataUpdated event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATMetadataUpdated struct {
	ClassId       *big.Int
	MetadataURI   string
	IntegrityHash [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATMetadataUpdatedEventName = "MetadataUpdated"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATMetadataUpdated) ContractEventName() string {
	return SnapshotHarnessDATMetadataUpdatedEventName
}

// UnpackMetadataUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdated(uint256 indexed classId, string metadataURI, bytes32 integrityHash)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackMetadataUpdatedEvent(log *types.Log) (*SnapshotHarnessDATMetadataUpdated, error) {
	event := "MetadataUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATMetadataUpdated)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATMinSettlementSet represents a MinSettlementSet event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATMinSettlementSet struct {
	ClassId  *big.Int
	MinEth   *big.Int
	MinErc20 *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATMinSettlementSetEventName = "MinSettlementSet"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATMinSettlementSet) ContractEventName() string {
	return SnapshotHarnessDATMinSettlementSetEventName
}

// UnpackMinSettlementSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinSettlementSet(uint256 indexed classId, uint256 minEth, uint256 minErc20)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackMinSettlementSetEvent(log *types.Log) (*SnapshotHarnessDATMinSettlementSet, error) {
	event := "MinSettlementSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATMinSettlementSet)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATMinted represents a Minted event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATMinted struct {
	TokenId    *big.Int
	ClassId    *big.Int
	To         common.Address
	Value      *big.Int
	ShareRatio *big.Int
	ExpireAt   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATMintedEventName = "Minted"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATMinted) ContractEventName() string {
	return SnapshotHarnessDATMintedEventName
}

// UnpackMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Minted(uint256 indexed tokenId, uint256 indexed classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackMintedEvent(log *types.Log) (*SnapshotHarnessDATMinted, error) {
	event := "Minted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATMinted)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATProofAdded represents a ProofAdded event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATProofAdded struct {
	TokenId   *big.Int
	ProofType [32]byte
	Uri       string
	Signature []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATProofAddedEventName = "ProofAdded"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATProofAdded) ContractEventName() string {
	return SnapshotHarnessDATProofAddedEventName
}

// UnpackProofAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProofAdded(uint256 indexed tokenId, bytes32 proofType, string uri, bytes signature)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackProofAddedEvent(log *types.Log) (*SnapshotHarnessDATProofAdded, error) {
	event := "ProofAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATProofAdded)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATProofVerifierSet represents a ProofVerifierSet event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATProofVerifierSet struct {
	ProofType [32]byte
	Verifier  common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATProofVerifierSetEventName = "ProofVerifierSet"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATProofVerifierSet) ContractEventName() string {
	return SnapshotHarnessDATProofVerifierSetEventName
}

// UnpackProofVerifierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProofVerifierSet(bytes32 indexed proofType, address verifier)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackProofVerifierSetEvent(log *types.Log) (*SnapshotHarnessDATProofVerifierSet, error) {
	event := "ProofVerifierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATProofVerifierSet)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATRejected represents a Rejected event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATRejected struct {
	TokenId *big.Int
	Score   uint16
	Reason  [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATRejectedEventName = "Rejected"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATRejected) ContractEventName() string {
	return SnapshotHarnessDATRejectedEventName
}

// UnpackRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Rejected(uint256 indexed tokenId, uint16 score, bytes32 reason)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackRejectedEvent(log *types.Log) (*SnapshotHarnessDATRejected, error) {
	event := "Rejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATRejected)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATRevenueSettled represents a RevenueSettled event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATRevenueSettled struct {
	ClassId *big.Int
	Asset   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATRevenueSettledEventName = "RevenueSettled"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATRevenueSettled) ContractEventName() string {
	return SnapshotHarnessDATRevenueSettledEventName
}

// UnpackRevenueSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueSettled(uint256 indexed classId, address indexed asset, uint256 amount)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackRevenueSettledEvent(log *types.Log) (*SnapshotHarnessDATRevenueSettled, error) {
	event := "RevenueSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATRevenueSettled)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATRoleAdminChanged represents a RoleAdminChanged event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATRoleAdminChanged) ContractEventName() string {
	return SnapshotHarnessDATRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackRoleAdminChangedEvent(log *types.Log) (*SnapshotHarnessDATRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATRoleGranted represents a RoleGranted event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATRoleGranted) ContractEventName() string {
	return SnapshotHarnessDATRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackRoleGrantedEvent(log *types.Log) (*SnapshotHarnessDATRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATRoleGranted)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATRoleRevoked represents a RoleRevoked event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATRoleRevoked) ContractEventName() string {
	return SnapshotHarnessDATRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackRoleRevokedEvent(log *types.Log) (*SnapshotHarnessDATRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATRoleRevoked)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATSharesExpired represents a SharesExpired event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATSharesExpired struct {
	ClassId  *big.Int
	ExpireAt uint64
	Share    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATSharesExpiredEventName = "SharesExpired"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATSharesExpired) ContractEventName() string {
	return SnapshotHarnessDATSharesExpiredEventName
}

// UnpackSharesExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SharesExpired(uint256 indexed classId, uint64 expireAt, uint256 share)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackSharesExpiredEvent(log *types.Log) (*SnapshotHarnessDATSharesExpired, error) {
	event := "SharesExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATSharesExpired)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATTransfer represents a Transfer event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATTransfer) ContractEventName() string {
	return SnapshotHarnessDATTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackTransferEvent(log *types.Log) (*SnapshotHarnessDATTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATTransfer)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATTransferToken represents a TransferToken event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATTransferToken struct {
	TokenId *big.Int
	From    common.Address
	To      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATTransferTokenEventName = "TransferToken"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATTransferToken) ContractEventName() string {
	return SnapshotHarnessDATTransferTokenEventName
}

// UnpackTransferTokenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferToken(uint256 indexed tokenId, address indexed from, address indexed to)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackTransferTokenEvent(log *types.Log) (*SnapshotHarnessDATTransferToken, error) {
	event := "TransferToken"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATTransferToken)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATUsageRecorded represents a UsageRecorded event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATUsageRecorded struct {
	TokenId    *big.Int
	MetricType [32]byte
	Amount     *big.Int
	Actor      common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATUsageRecordedEventName = "UsageRecorded"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATUsageRecorded) ContractEventName() string {
	return SnapshotHarnessDATUsageRecordedEventName
}

// UnpackUsageRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UsageRecorded(uint256 indexed tokenId, bytes32 metricType, uint256 amount, address actor)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackUsageRecordedEvent(log *types.Log) (*SnapshotHarnessDATUsageRecorded, error) {
	event := "UsageRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATUsageRecorded)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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

// SnapshotHarnessDATValueTransferred represents a ValueTransferred event raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATValueTransferred struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
	Value       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const SnapshotHarnessDATValueTransferredEventName = "ValueTransferred"

// ContractEventName returns the user-defined event name.
func (SnapshotHarnessDATValueTransferred) ContractEventName() string {
	return SnapshotHarnessDATValueTransferredEventName
}

// UnpackValueTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValueTransferred(uint256 indexed fromTokenId, uint256 indexed toTokenId, uint256 value)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackValueTransferredEvent(log *types.Log) (*SnapshotHarnessDATValueTransferred, error) {
	event := "ValueTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != snapshotHarnessDAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SnapshotHarnessDATValueTransferred)
	if len(log.Data) > 0 {
		if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range snapshotHarnessDAT.abi.Events[event].Inputs {
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
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["AlreadyValidator"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackAlreadyValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["ClassMismatch"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackClassMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["ClassNotFound"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackClassNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["DeviceAlreadyRegistered"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackDeviceAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["DeviceInactive"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackDeviceInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["DeviceNotFound"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackDeviceNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["EpochAlreadySettled"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackEpochAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["EpochNotOver"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackEpochNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["ExitPending"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackExitPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["InsufficientFunds"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackInsufficientFundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["InsufficientValue"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackInsufficientValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["InvalidInput"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackInvalidInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["NoShareInClass"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackNoShareInClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["NotContributor"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackNotContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["NotOwnerOrOperator"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackNotOwnerOrOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["NotValidator"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackNotValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["OutsideWindow"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackOutsideWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["RootAlreadyAnchored"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackRootAlreadyAnchoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["SettlementTooSmall"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackSettlementTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["SnapshotLimit"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackSnapshotLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["ThresholdOutOfRange"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackThresholdOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["TokenExpired"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackTokenExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["TokenNotFinalized"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackTokenNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["TokenNotFound"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackTokenNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["TooManyValidators"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackTooManyValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["UnsupportedAsset"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackUnsupportedAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["ValueTooLarge"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackValueTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], snapshotHarnessDAT.abi.Errors["WrongRound"].ID.Bytes()[:4]) {
		return snapshotHarnessDAT.UnpackWrongRoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SnapshotHarnessDATAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func SnapshotHarnessDATAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackAccessControlBadConfirmationError(raw []byte) (*SnapshotHarnessDATAccessControlBadConfirmation, error) {
	out := new(SnapshotHarnessDATAccessControlBadConfirmation)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func SnapshotHarnessDATAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*SnapshotHarnessDATAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(SnapshotHarnessDATAccessControlEnforcedDefaultAdminDelay)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func SnapshotHarnessDATAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*SnapshotHarnessDATAccessControlEnforcedDefaultAdminRules, error) {
	out := new(SnapshotHarnessDATAccessControlEnforcedDefaultAdminRules)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func SnapshotHarnessDATAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*SnapshotHarnessDATAccessControlInvalidDefaultAdmin, error) {
	out := new(SnapshotHarnessDATAccessControlInvalidDefaultAdmin)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func SnapshotHarnessDATAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*SnapshotHarnessDATAccessControlUnauthorizedAccount, error) {
	out := new(SnapshotHarnessDATAccessControlUnauthorizedAccount)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATAlreadyCommitted represents a AlreadyCommitted error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATAlreadyCommitted struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func SnapshotHarnessDATAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xd42c3985415fe3c33d0f0749432682c56d039cfb7a2286e4db68b4b1a46aa79d")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackAlreadyCommittedError(raw []byte) (*SnapshotHarnessDATAlreadyCommitted, error) {
	out := new(SnapshotHarnessDATAlreadyCommitted)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATAlreadyValidator represents a AlreadyValidator error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATAlreadyValidator struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyValidator(address validator)
func SnapshotHarnessDATAlreadyValidatorErrorID() common.Hash {
	return common.HexToHash("0x59615ad3a367eab8dcd25f6daa9f268c32bc6203d8155d625b9eb74607972291")
}

// UnpackAlreadyValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyValidator(address validator)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackAlreadyValidatorError(raw []byte) (*SnapshotHarnessDATAlreadyValidator, error) {
	out := new(SnapshotHarnessDATAlreadyValidator)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "AlreadyValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATClassMismatch represents a ClassMismatch error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATClassMismatch struct {
	FromClass *big.Int
	ToClass   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func SnapshotHarnessDATClassMismatchErrorID() common.Hash {
	return common.HexToHash("0x9011b828b69d781e3674d1eb38afb8ac58660ec360207e459b2bddd440b7f71d")
}

// UnpackClassMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackClassMismatchError(raw []byte) (*SnapshotHarnessDATClassMismatch, error) {
	out := new(SnapshotHarnessDATClassMismatch)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "ClassMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATClassNotFound represents a ClassNotFound error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATClassNotFound struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassNotFound(uint256 classId)
func SnapshotHarnessDATClassNotFoundErrorID() common.Hash {
	return common.HexToHash("0x87a1ee84636a0c7ca354e11f38293877f9b41d84757ac8dc95e2b2877029f435")
}

// UnpackClassNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassNotFound(uint256 classId)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackClassNotFoundError(raw []byte) (*SnapshotHarnessDATClassNotFound, error) {
	out := new(SnapshotHarnessDATClassNotFound)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "ClassNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATCommitmentMismatch represents a CommitmentMismatch error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATCommitmentMismatch struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func SnapshotHarnessDATCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackCommitmentMismatchError(raw []byte) (*SnapshotHarnessDATCommitmentMismatch, error) {
	out := new(SnapshotHarnessDATCommitmentMismatch)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATDeviceAlreadyRegistered represents a DeviceAlreadyRegistered error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATDeviceAlreadyRegistered struct {
	Device   common.Address
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func SnapshotHarnessDATDeviceAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x77db65d3bb2ac98d141dd141cdf52fa9ecfec8f895ee5a026c6f488e18d1ee04")
}

// UnpackDeviceAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackDeviceAlreadyRegisteredError(raw []byte) (*SnapshotHarnessDATDeviceAlreadyRegistered, error) {
	out := new(SnapshotHarnessDATDeviceAlreadyRegistered)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "DeviceAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATDeviceInactive represents a DeviceInactive error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATDeviceInactive struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceInactive(address device)
func SnapshotHarnessDATDeviceInactiveErrorID() common.Hash {
	return common.HexToHash("0x9772084548a0cbb56bf5d6693df146e85de28894e799fd6a569c842fcf1f15bf")
}

// UnpackDeviceInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceInactive(address device)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackDeviceInactiveError(raw []byte) (*SnapshotHarnessDATDeviceInactive, error) {
	out := new(SnapshotHarnessDATDeviceInactive)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "DeviceInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATDeviceNotFound represents a DeviceNotFound error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATDeviceNotFound struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceNotFound(address device)
func SnapshotHarnessDATDeviceNotFoundErrorID() common.Hash {
	return common.HexToHash("0xa6b01d55f7528b060ca60ecc627c157cbdbdf396db3312d2de2fa68ea68ad8b0")
}

// UnpackDeviceNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceNotFound(address device)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackDeviceNotFoundError(raw []byte) (*SnapshotHarnessDATDeviceNotFound, error) {
	out := new(SnapshotHarnessDATDeviceNotFound)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "DeviceNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func SnapshotHarnessDATECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackECDSAInvalidSignatureError(raw []byte) (*SnapshotHarnessDATECDSAInvalidSignature, error) {
	out := new(SnapshotHarnessDATECDSAInvalidSignature)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func SnapshotHarnessDATECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*SnapshotHarnessDATECDSAInvalidSignatureLength, error) {
	out := new(SnapshotHarnessDATECDSAInvalidSignatureLength)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func SnapshotHarnessDATECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackECDSAInvalidSignatureSError(raw []byte) (*SnapshotHarnessDATECDSAInvalidSignatureS, error) {
	out := new(SnapshotHarnessDATECDSAInvalidSignatureS)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATEpochAlreadySettled represents a EpochAlreadySettled error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATEpochAlreadySettled struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func SnapshotHarnessDATEpochAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xbe076367f7cc6da37b43590ad1d0f9cae441a445cbfbde63a2125871c5538baa")
}

// UnpackEpochAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackEpochAlreadySettledError(raw []byte) (*SnapshotHarnessDATEpochAlreadySettled, error) {
	out := new(SnapshotHarnessDATEpochAlreadySettled)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "EpochAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATEpochNotOver represents a EpochNotOver error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATEpochNotOver struct {
	Epoch  *big.Int
	EndsAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func SnapshotHarnessDATEpochNotOverErrorID() common.Hash {
	return common.HexToHash("0xf562b22bef3c5419719d9f101f096339895b98e42bcc2fce94f611b3202c9f69")
}

// UnpackEpochNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackEpochNotOverError(raw []byte) (*SnapshotHarnessDATEpochNotOver, error) {
	out := new(SnapshotHarnessDATEpochNotOver)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "EpochNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATExitPending represents a ExitPending error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATExitPending struct {
	Validator   common.Address
	AvailableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func SnapshotHarnessDATExitPendingErrorID() common.Hash {
	return common.HexToHash("0x4ac6d28d41ff508efea2f41ac35f11d8b064887b16e82ab440b94dcaa89185b5")
}

// UnpackExitPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackExitPendingError(raw []byte) (*SnapshotHarnessDATExitPending, error) {
	out := new(SnapshotHarnessDATExitPending)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "ExitPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATInsufficientFunds represents a InsufficientFunds error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATInsufficientFunds struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func SnapshotHarnessDATInsufficientFundsErrorID() common.Hash {
	return common.HexToHash("0x03eb8b54a949acec2cd08fdb6d6bd4647a1f2c907d75d6900648effa92eb147f")
}

// UnpackInsufficientFundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackInsufficientFundsError(raw []byte) (*SnapshotHarnessDATInsufficientFunds, error) {
	out := new(SnapshotHarnessDATInsufficientFunds)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "InsufficientFunds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATInsufficientStake represents a InsufficientStake error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATInsufficientStake struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func SnapshotHarnessDATInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackInsufficientStakeError(raw []byte) (*SnapshotHarnessDATInsufficientStake, error) {
	out := new(SnapshotHarnessDATInsufficientStake)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATInsufficientValue represents a InsufficientValue error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATInsufficientValue struct {
	TokenId   *big.Int
	Available *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func SnapshotHarnessDATInsufficientValueErrorID() common.Hash {
	return common.HexToHash("0x5e7ad06bc2adde71395af078bd0ebba7ccf934b2ec92b75fa4543515d42d3cca")
}

// UnpackInsufficientValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackInsufficientValueError(raw []byte) (*SnapshotHarnessDATInsufficientValue, error) {
	out := new(SnapshotHarnessDATInsufficientValue)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "InsufficientValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATInvalidInput represents a InvalidInput error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATInvalidInput struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInput(string what)
func SnapshotHarnessDATInvalidInputErrorID() common.Hash {
	return common.HexToHash("0xd647364f6372634b5b80f364ade32a6f36738fbd78295784181d4149356c4e7b")
}

// UnpackInvalidInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInput(string what)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackInvalidInputError(raw []byte) (*SnapshotHarnessDATInvalidInput, error) {
	out := new(SnapshotHarnessDATInvalidInput)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "InvalidInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATInvalidProof represents a InvalidProof error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATInvalidProof struct {
	TokenId   *big.Int
	ProofType [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func SnapshotHarnessDATInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x9996e7c96fb3025cd8786253959e62a4b21034ad7549bb1ef6e591e793c11711")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackInvalidProofError(raw []byte) (*SnapshotHarnessDATInvalidProof, error) {
	out := new(SnapshotHarnessDATInvalidProof)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATInvalidShortString represents a InvalidShortString error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func SnapshotHarnessDATInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackInvalidShortStringError(raw []byte) (*SnapshotHarnessDATInvalidShortString, error) {
	out := new(SnapshotHarnessDATInvalidShortString)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATInvalidSignature represents a InvalidSignature error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATInvalidSignature struct {
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func SnapshotHarnessDATInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x42d750dc54bbceaa353a28b4229a6ea77f66d73de45149ec99e1f81ce80ca45b")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackInvalidSignatureError(raw []byte) (*SnapshotHarnessDATInvalidSignature, error) {
	out := new(SnapshotHarnessDATInvalidSignature)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATLengthMismatch represents a LengthMismatch error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATLengthMismatch struct {
	A *big.Int
	B *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func SnapshotHarnessDATLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackLengthMismatchError(raw []byte) (*SnapshotHarnessDATLengthMismatch, error) {
	out := new(SnapshotHarnessDATLengthMismatch)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATNoCommitment represents a NoCommitment error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATNoCommitment struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func SnapshotHarnessDATNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x8c459fde07645d92528e3f45fdc0ab2be9322ec099b9d01ab03b8d6b70c5e2fa")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackNoCommitmentError(raw []byte) (*SnapshotHarnessDATNoCommitment, error) {
	out := new(SnapshotHarnessDATNoCommitment)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATNoShareInClass represents a NoShareInClass error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATNoShareInClass struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoShareInClass(uint256 classId)
func SnapshotHarnessDATNoShareInClassErrorID() common.Hash {
	return common.HexToHash("0xd0d1caaaf830d253fcb74b2802e393ff3dcd35a126f6611201f693df7900f2ad")
}

// UnpackNoShareInClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoShareInClass(uint256 classId)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackNoShareInClassError(raw []byte) (*SnapshotHarnessDATNoShareInClass, error) {
	out := new(SnapshotHarnessDATNoShareInClass)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "NoShareInClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATNotContributor represents a NotContributor error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATNotContributor struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func SnapshotHarnessDATNotContributorErrorID() common.Hash {
	return common.HexToHash("0xc0fb39988c732c0bd01a7a022c4cf81f5a39219dce16e0f51a44e86355fb4cde")
}

// UnpackNotContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackNotContributorError(raw []byte) (*SnapshotHarnessDATNotContributor, error) {
	out := new(SnapshotHarnessDATNotContributor)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "NotContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATNotOwnerOrOperator represents a NotOwnerOrOperator error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATNotOwnerOrOperator struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func SnapshotHarnessDATNotOwnerOrOperatorErrorID() common.Hash {
	return common.HexToHash("0x479bf1ea80dc1cbb03744c5b07db4cd890071cdc412528d41073da00e1c6f78b")
}

// UnpackNotOwnerOrOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackNotOwnerOrOperatorError(raw []byte) (*SnapshotHarnessDATNotOwnerOrOperator, error) {
	out := new(SnapshotHarnessDATNotOwnerOrOperator)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "NotOwnerOrOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATNotPending represents a NotPending error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATNotPending struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func SnapshotHarnessDATNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackNotPendingError(raw []byte) (*SnapshotHarnessDATNotPending, error) {
	out := new(SnapshotHarnessDATNotPending)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATNotValidator represents a NotValidator error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATNotValidator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidator(address caller)
func SnapshotHarnessDATNotValidatorErrorID() common.Hash {
	return common.HexToHash("0xed3db8ac0aff2f11d9c21259b57051cec9967e78c0d61c8321b092e63647d624")
}

// UnpackNotValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidator(address caller)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackNotValidatorError(raw []byte) (*SnapshotHarnessDATNotValidator, error) {
	out := new(SnapshotHarnessDATNotValidator)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "NotValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATNothingToClaim represents a NothingToClaim error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATNothingToClaim struct {
	TokenId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func SnapshotHarnessDATNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xb361b5fb505a1ba315c65f6d38503886d35e517bd61a26c7379c1b3a9527c464")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackNothingToClaimError(raw []byte) (*SnapshotHarnessDATNothingToClaim, error) {
	out := new(SnapshotHarnessDATNothingToClaim)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATNothingToWithdraw represents a NothingToWithdraw error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATNothingToWithdraw struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address validator)
func SnapshotHarnessDATNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address validator)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackNothingToWithdrawError(raw []byte) (*SnapshotHarnessDATNothingToWithdraw, error) {
	out := new(SnapshotHarnessDATNothingToWithdraw)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATOutsideWindow represents a OutsideWindow error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATOutsideWindow struct {
	Round    *big.Int
	NowTs    *big.Int
	OpensAt  *big.Int
	ClosesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func SnapshotHarnessDATOutsideWindowErrorID() common.Hash {
	return common.HexToHash("0x07af89b7c8de57c1aefe15ffeec6aa3991f4e84086fcd2901ed3b96b8774c0f4")
}

// UnpackOutsideWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackOutsideWindowError(raw []byte) (*SnapshotHarnessDATOutsideWindow, error) {
	out := new(SnapshotHarnessDATOutsideWindow)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "OutsideWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func SnapshotHarnessDATReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackReentrancyGuardReentrantCallError(raw []byte) (*SnapshotHarnessDATReentrancyGuardReentrantCall, error) {
	out := new(SnapshotHarnessDATReentrancyGuardReentrantCall)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATRootAlreadyAnchored represents a RootAlreadyAnchored error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATRootAlreadyAnchored struct {
	MerkleRoot [32]byte
	TokenId    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func SnapshotHarnessDATRootAlreadyAnchoredErrorID() common.Hash {
	return common.HexToHash("0x70f13f0496d98a6d01867956f871541e5a1b1705a8c34d208ecf45659d1b6dc0")
}

// UnpackRootAlreadyAnchoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackRootAlreadyAnchoredError(raw []byte) (*SnapshotHarnessDATRootAlreadyAnchored, error) {
	out := new(SnapshotHarnessDATRootAlreadyAnchored)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "RootAlreadyAnchored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func SnapshotHarnessDATSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*SnapshotHarnessDATSafeCastOverflowedUintDowncast, error) {
	out := new(SnapshotHarnessDATSafeCastOverflowedUintDowncast)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func SnapshotHarnessDATSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackSafeERC20FailedOperationError(raw []byte) (*SnapshotHarnessDATSafeERC20FailedOperation, error) {
	out := new(SnapshotHarnessDATSafeERC20FailedOperation)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATSettlementTooSmall represents a SettlementTooSmall error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATSettlementTooSmall struct {
	Amount  *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func SnapshotHarnessDATSettlementTooSmallErrorID() common.Hash {
	return common.HexToHash("0x305ce08841342db3d1d6d66c506af5df9b957b0575353614644e79ffb9274725")
}

// UnpackSettlementTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackSettlementTooSmallError(raw []byte) (*SnapshotHarnessDATSettlementTooSmall, error) {
	out := new(SnapshotHarnessDATSettlementTooSmall)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "SettlementTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATSignatureExpired represents a SignatureExpired error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATSignatureExpired struct {
	Deadline uint64
	NowTs    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func SnapshotHarnessDATSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xbfedba505f31ce2b5fc078ac87cf95474a68cb2e894d4efcb8f6e8e5fbba5b1e")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackSignatureExpiredError(raw []byte) (*SnapshotHarnessDATSignatureExpired, error) {
	out := new(SnapshotHarnessDATSignatureExpired)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATSnapshotLimit represents a SnapshotLimit error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATSnapshotLimit struct {
	ClassId      *big.Int
	MaxSnapshots *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func SnapshotHarnessDATSnapshotLimitErrorID() common.Hash {
	return common.HexToHash("0xda15cba7986fc14490e1424c86146c915b10b0348a5fa089102f01c2444dc097")
}

// UnpackSnapshotLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackSnapshotLimitError(raw []byte) (*SnapshotHarnessDATSnapshotLimit, error) {
	out := new(SnapshotHarnessDATSnapshotLimit)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "SnapshotLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATStringTooLong represents a StringTooLong error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func SnapshotHarnessDATStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackStringTooLongError(raw []byte) (*SnapshotHarnessDATStringTooLong, error) {
	out := new(SnapshotHarnessDATStringTooLong)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATThresholdOutOfRange represents a ThresholdOutOfRange error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATThresholdOutOfRange struct {
	TokenId   *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func SnapshotHarnessDATThresholdOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8c883479505792c6824fe707eaf690d680b3b6a767cdb95b00e496c0001e48b5")
}

// UnpackThresholdOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackThresholdOutOfRangeError(raw []byte) (*SnapshotHarnessDATThresholdOutOfRange, error) {
	out := new(SnapshotHarnessDATThresholdOutOfRange)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "ThresholdOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATTokenExpired represents a TokenExpired error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATTokenExpired struct {
	TokenId  *big.Int
	ExpireAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func SnapshotHarnessDATTokenExpiredErrorID() common.Hash {
	return common.HexToHash("0x891302ba9fe80b8e99f5bef58597fd8938d0e0005ae27745cd34f097e8db69c7")
}

// UnpackTokenExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackTokenExpiredError(raw []byte) (*SnapshotHarnessDATTokenExpired, error) {
	out := new(SnapshotHarnessDATTokenExpired)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "TokenExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATTokenNotFinalized represents a TokenNotFinalized error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATTokenNotFinalized struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func SnapshotHarnessDATTokenNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x3753b3f91524b52d85bfedbfa72f35a5f00618d283d299446160ace8d00875b5")
}

// UnpackTokenNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackTokenNotFinalizedError(raw []byte) (*SnapshotHarnessDATTokenNotFinalized, error) {
	out := new(SnapshotHarnessDATTokenNotFinalized)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "TokenNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATTokenNotFound represents a TokenNotFound error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATTokenNotFound struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func SnapshotHarnessDATTokenNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6caeb130d3a0b454045ba4dd4db925f61c465b67a276749b3f04383e5316246c")
}

// UnpackTokenNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackTokenNotFoundError(raw []byte) (*SnapshotHarnessDATTokenNotFound, error) {
	out := new(SnapshotHarnessDATTokenNotFound)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "TokenNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATTooManyValidators represents a TooManyValidators error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATTooManyValidators struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyValidators(uint256 max)
func SnapshotHarnessDATTooManyValidatorsErrorID() common.Hash {
	return common.HexToHash("0x628fb2b997b1baecc4ef1763c10c38f1af2e763429dfedc06287049ce877d5fe")
}

// UnpackTooManyValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyValidators(uint256 max)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackTooManyValidatorsError(raw []byte) (*SnapshotHarnessDATTooManyValidators, error) {
	out := new(SnapshotHarnessDATTooManyValidators)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "TooManyValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATTransferFailed represents a TransferFailed error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func SnapshotHarnessDATTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackTransferFailedError(raw []byte) (*SnapshotHarnessDATTransferFailed, error) {
	out := new(SnapshotHarnessDATTransferFailed)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATUnauthorized represents a Unauthorized error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func SnapshotHarnessDATUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackUnauthorizedError(raw []byte) (*SnapshotHarnessDATUnauthorized, error) {
	out := new(SnapshotHarnessDATUnauthorized)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATUnsupportedAsset represents a UnsupportedAsset error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATUnsupportedAsset struct {
	ClassId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func SnapshotHarnessDATUnsupportedAssetErrorID() common.Hash {
	return common.HexToHash("0x2925b16cc2fff5c14f9f6931ca0c594fc5d4523ba6075c2f2bd4c3a0b5e3b9d6")
}

// UnpackUnsupportedAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackUnsupportedAssetError(raw []byte) (*SnapshotHarnessDATUnsupportedAsset, error) {
	out := new(SnapshotHarnessDATUnsupportedAsset)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "UnsupportedAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATValueTooLarge represents a ValueTooLarge error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATValueTooLarge struct {
	Value *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func SnapshotHarnessDATValueTooLargeErrorID() common.Hash {
	return common.HexToHash("0x280b172ca53e20bb4a0ad96a42060f5f5e423bb4490f277df4246e71c3fb1a06")
}

// UnpackValueTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackValueTooLargeError(raw []byte) (*SnapshotHarnessDATValueTooLarge, error) {
	out := new(SnapshotHarnessDATValueTooLarge)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "ValueTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SnapshotHarnessDATWrongRound represents a WrongRound error raised by the SnapshotHarnessDAT contract.
type SnapshotHarnessDATWrongRound struct {
	TokenId    *big.Int
	TokenRound *big.Int
	Round      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func SnapshotHarnessDATWrongRoundErrorID() common.Hash {
	return common.HexToHash("0x8f008d76aaff098a7d218ffd6923e67fae3b03b645af4a1f3ecc888b185006cd")
}

// UnpackWrongRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func (snapshotHarnessDAT *SnapshotHarnessDAT) UnpackWrongRoundError(raw []byte) (*SnapshotHarnessDATWrongRound, error) {
	out := new(SnapshotHarnessDATWrongRound)
	if err := snapshotHarnessDAT.abi.UnpackIntoInterface(out, "WrongRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}
