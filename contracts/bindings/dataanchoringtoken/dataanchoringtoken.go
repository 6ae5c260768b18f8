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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIDeviceRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromClass\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toClass\",\"type\":\"uint256\"}],\"name\":\"ClassMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"ClassNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"DeviceAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"InvalidInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"NoShareInClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"OutsideWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"RootAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"StringsInsufficientHexLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"TokenExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TokenNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnsupportedAsset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenRound\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"WrongRound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForClass\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"erc20\",\"type\":\"address\"}],\"name\":\"ClassConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"ClassCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"ClassPolicyUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"cidDigest\",\"type\":\"bytes32\"}],\"name\":\"ContributionAnchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"score\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"MetadataUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"Minted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"ProofAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"ProofVerifierSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"score\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reason\",\"type\":\"bytes32\"}],\"name\":\"Rejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RevenueSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferToken\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"metricType\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"}],\"name\":\"UsageRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ValueTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTESTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLASS_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONTRIBUTION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EVALUATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROOF_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ZK_ATTEST\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"accRevenuePerShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"proofURI\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"addProof\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"classId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"h3Cell\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"recordCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"score\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommit\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structContribution[]\",\"name\":\"cs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"anchor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"firstTokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"approveForClass\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"cidOf\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amountClaimed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"tokenIds\",\"type\":\"uint256[]\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"claimMany\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"classOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"classState\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"totalShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accEth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accErc20\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"erc20\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"snapshots\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"erc20\",\"type\":\"address\"}],\"name\":\"configureClass\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"contributionOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"h3Cell\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"recordCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"score\",\"type\":\"uint16\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"anchoredAt\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"unitDecimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"createClass\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"tokenIds\",\"type\":\"uint256[]\"}],\"name\":\"evaluationWords\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"tokenIds\",\"type\":\"uint256[]\"}],\"name\":\"expire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"expireAtOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"getClassMeta\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"unitDecimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"hasProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"classId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"h3Cell\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"recordCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"score\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommit\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structContribution\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"hashContribution\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForClass\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"isCounted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"pendingRevenue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"proofVerifier\",\"outputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"provenThreshold\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metricType\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"recordUsage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIDeviceRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"rewardDebt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"internalType\":\"contractIProofVerifier\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"setProofVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"verdicts\",\"type\":\"uint256[]\"}],\"name\":\"settleEvaluations\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"settleRevenueERC20\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"settleRevenueETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"shareRatioOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"statusOf\",\"outputs\":[{\"internalType\":\"enumStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"}],\"name\":\"tokenOfRoot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferValue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"updateClassMetadata\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"updateClassPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"valueOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyRecord\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"zkCommitOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DataAnchoringToken",
	Bin: "0x61018080604052346101e657604081615ace803803809161002082856101ea565b8339810103126101e65780516001600160a01b038116918282036101e65760200151916001600160a01b038316908184036101e6576040516100636040826101ea565b600681526020810190653230ba3834b760d11b8252604051916100876040846101ea565b600183526020830191603160f81b83526100a08161032a565b610120526100ad8461032a565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261011660c0826101ea565b5190206080523060c052159081156101dd575b506101a857610145916101605261013f81610221565b50610297565b506040516156d890816103968239608051816152b4015260a05181615371015260c0518161527e015260e0518161530301526101005181615329015261012051816122700152610140518161229c015261016051818181611cb1015261233a0152f35b60405163d647364f60e01b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b9050155f610129565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761020d57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f516020615aae5f395f51905f52602052604090205460ff16610292576001600160a01b03165f8181525f516020615aae5f395f51905f5260205260408120805460ff191660011790553391905f516020615a6e5f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f516020615a8e5f395f51905f52602052604090205460ff16610292576001600160a01b03165f8181525f516020615a8e5f395f51905f5260205260408120805460ff191660011790553391907f2b1978781a49e8a4f60a969bf85e4813e5a664996783914f3cdf6af027c53730905f516020615a6e5f395f51905f529080a4600190565b601f815111610355576020815191015160208210610346571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301b31075146139ef5750806301ffc9a71461398057806302c6142b1461394657806306fdde03146138e75780630a4fda67146138765780630e89341c1461385757806314050fab1461377657806314623a1b1461362f578063248a9ca314613605578063286df5bd146135db5780632cd1b113146134d05780632f2ff15d146134935780632f81bb58146134595780632fc2dbaf1461341f57806330d0ea31146133e5578063323d18c2146133b757806336568abe1461337157806336d98ca11461333b57806338b40dc2146131885780633f5ba244146130705780634324aa21146130425780634890464814612f585780634cda2cc214612df05780634d0917fd14612dd15780634f2b75e214612c0c57806354e2617914612a3157806356606aeb1461298557806356626b7f14612955578063594b8323146128245780635e338ffe146127065780636130b153146126d45780636352211e146126a457806370a082311461266c578063741e3723146123cc578063766e346c146123695780637b1039991461232557806384b0196e146122585780638566f031146119845780638b3e3bf61461194a5780638ccd0350146117e457806390f1e29d1461148057806391d148541461143757806395d89b41146113f05780639602ffe5146113a55780639cb121621461105b5780639f181b5e1461103d578063a217fddf14611021578063ab99631714611003578063ad35efd414610fcc578063b3a57ea914610f93578063b9e2a20714610ee1578063bad4259014610dde578063bb0bc51414610d8d578063c40b0372146109db578063c87b56dd146109a3578063cadf338f1461096c578063ccbd2dd6146108be578063d539139314610883578063d547741f1461083c578063d5c28db1146107f0578063e0fc0eca1461042f578063e89dfa59146103c4578063ed7b6b941461039a578063f0bb916c1461030e5763f698da25146102e9575f80fd5b3461030b578060031936011261030b57602061030361527b565b604051908152f35b80fd5b503461030b57602036600319011261030b5760c0906004359061033082614894565b918152600660205263ffffffff60408220916004604060038601549262ffffff8460301c1695868252602052209401549360018154910154906040519586526020860152604085015260018060a01b038160481c16606085015260101c16608083015260a0820152f35b503461030b57602036600319011261030b5760406020916004358152600883522054604051908152f35b503461030b57604036600319011261030b5761042060209161041a600435916103eb613a4b565b9060406103f785614894565b918581526006885281812062ffffff600385015460301c16825288522093614993565b90613cc0565b90549060031b1c604051908152f35b503461030b57608036600319011261030b576004356001600160401b0381116107ec57610460903690600401613abd565b602435906044359160ff83168093036107e8576064356001600160401b0381116107e457610492903690600401613abd565b92909161049d614c56565b6104a8600354613eb5565b948560035561ffff86116107ca578588526005602052604088206001600160401b0384116106f1576104da8154613b77565b601f8111610778575b50889084601f8111600114610710576001928b91610705575b505f19600387901b1c191685831b1781555b836002820155600381019260ff19845416178355016001600160401b0386116106f15761053b8154613b77565b98601f8a116106a1575b6020995080601f8811600114610617579388999293899694896105b6947fcbf4ceec2e5c8865b509fd65a97a450ff709dd1d0c9aeae52f474abe06dfb974989161060c575b508a60011b905f198c60031b1c19161790555b805461ff00191661010017905560405193849384613c8c565b0390a2816105ca575b505050604051908152f35b7f24f901353f9b15125ed7f539fcad3b7fc50110d676d3b4298d3d3808df39e65b9161060160405192839288845288840191613c6c565b0390a2805f806105bf565b90508901355f61058a565b90601f1988168383528b8320925b81811061068a575093899a936105b6937fcbf4ceec2e5c8865b509fd65a97a450ff709dd1d0c9aeae52f474abe06dfb97497938b8d9a9810610671575b505060018a811b01905561059d565b8a01355f1960038d901b60f8161c191690555f80610662565b91928c60018192868c013581550194019201610625565b868a11156105455781815260208120601f880160051c90602089106106e9575b81019a601f0160051c03815b8181106106db575050610545565b80836001928e0155016106cd565b8291506106c1565b634e487b7160e01b89526041600452602489fd5b90508901355f6104fc565b50808a5260208a208a9286601f1981165b8c81871061075b57506001955010610742575b50508185811b01815561050e565b8a01355f19600388901b60f8161c191690555f80610734565b830135845560209586019560019094019390920191889150610721565b848111156104e357818a5260208a20601f860160051c90602087106107c2575b81601f9101920160051c03908a5b8281106107b45750506104e3565b808c600192840155016107a6565b8b9150610798565b630a02c5cb60e21b8852600486905261ffff602452604488fd5b8580fd5b8480fd5b5080fd5b503461030b57606036600319011261030b57604435906001600160401b03821161030b5760206108326108263660048601613a8d565b90602435600435614805565b6040519015158152f35b503461030b57604036600319011261030b5761087f60043561085c613a4b565b9061087a610875825f525f602052600160405f20015490565b614cc5565b614d85565b5080f35b503461030b578060031936011261030b5760206040517f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68152f35b503461030b57604036600319011261030b576004356024356001600160a01b038116908190036109685782805260208381526040808520335f908152925290205460ff161561095057818352600e6020908152604080852080546001600160a01b03191684179055519182527f64731f45ae2abdc6115dad0deb3646c10b74d4396c24d2fedb24141cd0ffe2f391a280f35b63e2517d3f60e01b8352336004526024839052604483fd5b8280fd5b503461030b57602036600319011261030b57602066ffffffffffffff60016109956004356148fc565b015460281c16604051908152f35b503461030b57602036600319011261030b576109d76109c3600435613f5a565b604051918291602083526020830190613a27565b0390f35b503461030b57608036600319011261030b576004356024356044356001600160401b038111610d8957610a12903690600401613abd565b91906064356001600160401b0381116107e457610a33903690600401613abd565b9091610a3e866148fc565b8415610d5757848852600e60205260408820546001600160a01b03168015610c2357878952600960205260408920548015610c0c5760409081519283916314bcf3dd60e01b83528b60048401526024830152606060448301528180610aa7606482018a8c613c6c565b03915afa908115610c015789908a92610bad575b5015610b96577fc0e7adc38a1c7019b393a30383bfb487d98ae418e0e57e1ff87b39e9265e205696959492610b569492610b48928a8c52600d60205261ffff60408d20541661ffff821611610b5c575b50505b888a52600c60205260408a20868b5260205260408a20600160ff198254161790556040519687968752606060208801526060870191613c6c565b918483036040860152613c6c565b0390a280f35b8a8c52600d60205260408c20805461ffff191661ffff9290921691909117905580546001600160f81b0316600160f81b1790555f80610b0b565b604489878a639996e7c960e01b8352600452602452fd5b9150506040813d604011610bf9575b81610bc960409383613b3b565b81010312610bf5576020610bdc82613f4d565b9101519061ffff82168203610bf1575f610abb565b8980fd5b8880fd5b3d9150610bbc565b6040513d8b823e3d90fd5b60448a888b639996e7c960e01b8352600452602452fd5b50610c9b610cac916003610c38368a87613f17565b602081519101209101546040519060208201927f8d3f2dc39e393d05d244f2a32a11c53b72cab2cb07561d38ebc397684fa0770284528b6040840152896060840152608083015260a082015260a08152610c9360c082613b3b565b519020614ffe565b610ca6368587613f17565b90615024565b50610cb681613b1d565b1590811591610d0d575b50610cf65791610b5691610b487fc0e7adc38a1c7019b393a30383bfb487d98ae418e0e57e1ff87b39e9265e2056969594610b0e565b6044878588639996e7c960e01b8352600452602452fd5b90507fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa9885287602052604088209060018060a01b03165f5260205260ff60405f205416155f610cc0565b60405163d647364f60e01b815260206004820152600960248201526870726f6f665479706560b81b6044820152606490fd5b8380fd5b503461030b57604036600319011261030b57610303602091610dad613a4b565b90610dd8610dbc6004356148fc565b92604061ffff6001860154169384815260058852208093614993565b91614f7c565b503461030b57604036600319011261030b57600435610dfb613a4b565b610e04826148fc565b9060018060a01b0382541690610e238461ffff60018601541684614932565b6001600160a01b0316918215610eb65780546001600160a01b03191683179055808452600a6020818152604080872080545f190190558487529190528420805460010190558181847f883cf583b77e18ff7c8e1a0e71a7cb0a9820e3af728c467709769c1a0e035c208780a47fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8480a480f35b60405163d647364f60e01b8152602060048201526002602482015261746f60f01b6044820152606490fd5b503461030b57604036600319011261030b57670de0b6b3a7640000610f7b60209266ffffffffffffff610f6a610f15613a4b565b60406001610f246004356148fc565b015494610f4061ffff87169384835260058b5283832085614993565b9283610f845762ffffff8760b01c16905b825260068a5262ffffff83832091168252895220613cc0565b90549060031b1c9160601c16613ee6565b04604051908152f35b62ffffff8760c81c1690610f51565b503461030b57604036600319011261030b5760ff60406020926004358152600c8452818120602435825284522054166040519015158152f35b503461030b57602036600319011261030b57602060ff610fed6004356148fc565b5460e01c1660405190610fff81613b1d565b8152f35b503461030b578060031936011261030b576020600354604051908152f35b503461030b578060031936011261030b57602090604051908152f35b503461030b578060031936011261030b576020600454604051908152f35b503461030b57602036600319011261030b576004356001600160401b0381116107ec5761108c903690600401613a8d565b7f4848aa3d2c0568bab3ca9720f91818ee0957e95426fa0627cc4809e2e5ed8be0835260208381526040808520335f908152925290205460ff161561136e57825b8181106110d8578380f35b6110e3818385613c4f565b35906001600160401b03821661ffff8360401c16611100826148fc565b60ff815460e01c1661111181613b1d565b6001810361134e5750612710821161132057805461ffff60e81b191660e883901b61ffff60e81b161781556001948560501b8116156112ca5791606091838a66ffffffffffffff807f6c24ef35b25bfd29cc6abaf6b484b78becb48a7bd07b0f90e3fbb79e352de29297871c169260981c1680938a60e11b60ff60e01b198254161781558a81016111c385829066ffffffffffffff60281b82549160281b169066ffffffffffffff60281b1916179055565b821515806112a4575b15611203576111eb9361ffff6040925416815260056020522090614e7b565b60405192835260208301526040820152a25b016110cd565b805461ffff81168552600560205260409094206003015462ffffff60c81b609882901b166fffffffffffff000000ffffffffffffff60601b1990951666ffffffffffffff60601b606089901b161762ffffff60b01b608083901b161794909417815561129f93909250611281915062ffffff60309190911c16613ed0565b815462ffffff60981b191660989190911b62ffffff60981b16179055565b6111eb565b5063ffffffff825460a01c1680159081156112c0575b506111cc565b905042105f6112ba565b815460ff60e01b1916600360e01b179091557f4626a3c08bb0dc794c0189bb3b542b3700c82df50cf89b90404e766154973544916040916113109060581c60ff16614f34565b82519182526020820152a26111fd565b60405163d647364f60e01b815260206004820152600560248201526473636f726560d81b6044820152606490fd5b88604491856345945c7d60e11b835260045261136981613b1d565b602452fd5b63e2517d3f60e01b8352336004527f4848aa3d2c0568bab3ca9720f91818ee0957e95426fa0627cc4809e2e5ed8be0602452604483fd5b503461030b57602036600319011261030b5760206113c46004356148fc565b6113cd81614eea565b90816113df575b506040519015158152f35b6113e99150614f15565b15826113d4565b503461030b578060031936011261030b57506109d7604051611413604082613b3b565b600381526211105560ea1b6020820152604051918291602083526020830190613a27565b503461030b57604036600319011261030b576040611453613a4b565b91600435815280602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346117095760603660031901126117095760043561149c613a4b565b90604435916114a96148c7565b6114b282614894565b6001600160a01b0390911692831580156117ca575b6117b35780156117845760048201908154156116ca576040516370a0823160e01b8152306004820152602081602481895afa908115611715575f91611752575b50604051916323b872dd60e01b5f52336004523060245260445260205f606481808a5af160015f5114811615611733575b826040525f60605215611720576370a0823160e01b8252306004830152602082602481895afa8015611715575f906116dd575b6115759250613ec3565b90549182156116ca57670de0b6b3a7640000820290828204670de0b6b3a7640000148315171561169c576003916115b26006830191825490613c5f565b946115bd8187613ef9565b95069055019062ffffff825460301c16916001830192838111908161169c5762ffffff85116116b0575f8781526006602081815260408084209484528482528320928a9052529161169c575f858152602091909152604090209460018201546116269190613c5f565b6001860155549093557f8066141f58a3e577c2951d2908ae9e935232ae42f3f2a18c5dfc13b5d2aae98f9260209262ffffff60301b82549160301b169062ffffff60301b1916179055604051908152a35f5f5160206156ac5f395f51905f525d005b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b84630a02c5cb60e21b5f5260045262ffffff60245260445ffd5b83636868e55560e11b5f5260045260245ffd5b506020823d60201161170d575b816116f760209383613b3b565b8101031261170957611575915161156b565b5f80fd5b3d91506116ea565b6040513d5f823e3d90fd5b85635274afe760e01b5f5260045260245ffd5b600181151661174957863b15153d151616611538565b823d5f823e3d90fd5b90506020813d60201161177c575b8161176d60209383613b3b565b81010312611709575186611507565b3d9150611760565b60405163d647364f60e01b8152602060048201526006602482015265185b5bdd5b9d60d21b6044820152606490fd5b5050630a496c5b60e21b5f5260045260245260445ffd5b50600382015460481c6001600160a01b03168414156114c7565b6020366003190112611709576004356117fb6148c7565b34156117845761180a81614894565b90600482015491821561193757670de0b6b3a7640000340290348204670de0b6b3a76400000361169c576003916118476005830191825490613c5f565b946118528187613ef9565b950690550162ffffff815460301c166001810190818111908161169c5762ffffff831161191d575f858152600660208181526040808420948452848252832092889052529161169c575f838152602091909152604090209481546118b69190613c5f565b85556001015493600101939093555f9262ffffff60301b82549160301b169062ffffff60301b19161790557f8066141f58a3e577c2951d2908ae9e935232ae42f3f2a18c5dfc13b5d2aae98f6020604051348152a35f5f5160206156ac5f395f51905f525d005b82630a02c5cb60e21b5f5260045262ffffff60245260445ffd5b50636868e55560e11b5f5260045260245ffd5b34611709575f3660031901126117095760206040517f8d3f2dc39e393d05d244f2a32a11c53b72cab2cb07561d38ebc397684fa077028152f35b34611709576040366003190112611709576001600160401b036004351161170957366023600435011215611709576001600160401b036004356004013511611709573660246101406004356004013502600435010111611709576024356001600160401b038111611709576119fd903690600401613a8d565b9081600435600401350361223b57600435600401351561220d5760045460018101811161169c575f80805b600435600401358310156121bb5761014083026004350186841015611688578360051b860135601e19873603018112156117095786018035906001600160401b0382116117095760200190803603821361170957611a898660018901613c5f565b91610144840191426001600160401b03611aa285613e6d565b161061219357611ac56001600160401b03611abf60248801613e6d565b16614894565b9263ffffffff611ad760a48801613e95565b16158015612176575b6121425761271061ffff611af76101048901613ea6565b16116113205760c4860135158015612136575b6121025760c48601355f52600860205260405f2054806120e85750611b3160248701613e6d565b90611b3e60448801613e81565b90611b4b60648901613e95565b90611b5860848a01613e6d565b611b6460a48b01613e95565b90611b726101048c01613ea6565b92611b7c90613e6d565b936040519560208701977fa66f2c811efe0d7a1c5ca2a9650c877bacd3e1a1876458f23997dae535b4986c89526001600160401b03166040880152600160a01b6001900316606087015263ffffffff1660808601526001600160401b031660a085015263ffffffff1660c084015260c489013560e084015260e489013561010084015261ffff166101208301526101248801356101408301526001600160401b03166101608201526101608152611c3561018082613b3b565b519020611c4190614ffe565b91611c4b926155ec565b611c549161560f565b6001600160a01b03611c6860448601613e81565b6001600160a01b03909216911681036120bf5750611c8860448401613e81565b60408051634e81c85960e01b81526001600160a01b0392831660048201529491859060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa8015611715575f945f9161206f575b506001600160a01b038516156120435715612017578060c4849201355f5260086020528160405f205563ffffffff60035f94015460101c1680611fa7575b505f8281526007602052604090208054600160e01b6001600160e81b03199091166001600160a01b0388161763ffffffff60a01b60a087901b161763ffffffff60c01b4260c01b16171781555f51602061568c5f395f51905f52916080916001600160401b0391611edf9160249190611dbb611d9f6101048401613ea6565b825461ffff60e81b191660e89190911b61ffff60e81b16178255565b61ffff611dc9848401613e6d565b1661ffff60018301911661ffff19825416178155611de960a48401613e95565b64ffffff000082549160101b169064ffffff00001916179055611e0e60448301613e81565b6002820180546001600160a01b0319166001600160a01b03909216919091178155611e3b60848401613e6d565b81546001600160e01b0319611e5260648701613e95565b60e01b16918860a01b9060a01b169060018060a01b03161717905560c48201356003820155600460e4830135910155610124810135611f8f575b6001600160a01b03611ea060448301613e81565b16877f3aa21a4fc012052ec51c547dd72c5212b508f4d1e2c954a4e8d7ce8e32e86afd6040805160c4860135815260e48601356020820152a301613e6d565b169363ffffffff6040519160018060a01b03891683525f60208401525f6040840152166060820152a36001600160a01b0382165f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8180a46001600160a01b03838116908216819003611f5b575b505060019283019201611a28565b90925081611f70575b50506001805f91611f4d565b5f52600a602052611f8660405f20918254613c5f565b90558580611f64565b865f52600960205261012481013560405f2055611e8c565b611fb391935042613c5f565b63ffffffff811115611fee57505f51602061568c5f395f51905f5260806001600160401b03611edf602463ffffffff5b969450505050611d20565b60806001600160401b03611edf602463ffffffff5f51602061568c5f395f51905f529516611fe3565b60446120239101613e81565b639772084560e01b5f9081526001600160a01b0391909116600452602490fd5b61204f60448301613e81565b63a6b01d5560e01b5f9081526001600160a01b0391909116600452602490fd5b9450506040843d82116120b7575b8161208a60409383613b3b565b81010312611709578351936001600160a01b03851685036117095760206120b19101613f4d565b8b611ce2565b3d915061207d565b6120cb60448501613e81565b6310b5d43760e21b5f5260018060a01b031660045260245260445ffd5b60c487631c3c4fc160e21b5f52013560045260245260445ffd5b60405163d647364f60e01b815260206004820152600b60248201526a1c9bdbdd081bdc8818da5960aa1b6044820152606490fd5b5060e486013515611b0a565b60405163d647364f60e01b815260206004820152600b60248201526a1c9958dbdc9910dbdd5b9d60aa1b6044820152606490fd5b5062ffffff63ffffffff61218c60a48901613e95565b1611611ae0565b6001600160401b036121a484613e6d565b630bfedba560e41b5f52166004524260245260445ffd5b915060018060a01b03165f52600a6020526121db60405f20918254613c5f565b90556121f06004356004013560018301613c5f565b5f1981019190821161169c57602091600455600160405191018152f35b60405163d647364f60e01b8152602060048201526005602482015264656d70747960d81b6044820152606490fd5b506355c5b3e360e11b5f526004356004013560045260245260445ffd5b34611709575f366003190112611709576122f76122947f000000000000000000000000000000000000000000000000000000000000000061540d565b6109d76122c07f000000000000000000000000000000000000000000000000000000000000000061540d565b612305604051916122d2602084613b3b565b5f83525f368137604051958695600f60f81b875260e0602088015260e0870190613a27565b908582036040870152613a27565b904660608501523060808501525f60a085015283820360c0850152613aea565b34611709575f366003190112611709576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461170957606036600319011261170957612382613a77565b61238a613a61565b9060018060a01b03165f52600b60205260405f206024355f5260205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346117095760a0366003190112611709576004356123e8613a4b565b60443590606435926084356001600160401b0381169485820361170957335f9081527f0781d7cac9c378efa22a7481e4d4d29704a680ddf504b3bc50b517700ee11e6c602052604090205460ff161561263557809361244684614894565b6001600160a01b03909116958615610eb65766ffffffffffffff81116126185787151580612601575b6125d05760209763ffffffff968860809466ffffffffffffff5f51602061568c5f395f51905f5297116125c1575b82906124fa6124ad600454613eb5565b9b8c9a8b6004558b5f528f6007905260405f20956bffffffffffffffffffffffff60a01b87541617865516849081549063ffffffff60a01b9060a01b169063ffffffff60a01b1916179055565b825464ffffffffff60c01b191663ffffffff60c01b4260c01b1617600160e11b17835560018301805466ffffffffffffff60281b602889901b1661ffff8d166bffffffffffffff000000ffff1990921691909117179055816125b0575b505050885f52600a8a5260405f2060018154019055604051928984528a84015260408301526060820152a380604051925f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8180a48152f35b6125b992614e7b565b8a8181612557565b66ffffffffffffff925061249d565b60405163d647364f60e01b8152602060048201526008602482015267195e1c1a5c99505d60c21b6044820152606490fd5b50428811158061246f575063ffffffff881161246f565b630a02c5cb60e21b5f5260045266ffffffffffffff60245260445ffd5b63e2517d3f60e01b5f52336004527f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a660245260445ffd5b34611709576020366003190112611709576001600160a01b0361268d613a77565b165f52600a602052602060405f2054604051908152f35b346117095760203660031901126117095760206001600160a01b036126ca6004356148fc565b5416604051908152f35b34611709576020366003190112611709576004355f52600e602052602060018060a01b0360405f205416604051908152f35b34611709576020366003190112611709576004356001600160401b03811161170957612736903690600401613a8d565b905f5b82811061274257005b806127596127536001938686613c4f565b356148fc565b612764828686613c4f565b359061276f81614eea565b80612815575b612782575b505001612739565b830161ffff8154165f5260056020526127e8600466ffffffffffffff60405f20936127d96127bb62ffffff600388015460301c16613ed0565b825462ffffff60981b191660989190911b62ffffff60981b16178255565b5460601c169201918254613ec3565b90557ff80dbaea4785589e52984ca36a31de106adc77759539a5c7d92883bf49692fe95f80a2848061277a565b5061281f81614f15565b612775565b3461170957610140366003190112611709576004356001600160401b0381169081810361170957506024356001600160a01b038116919082810361170957506044359163ffffffff8316928381036117095750606435926001600160401b03841693848103611709575060843563ffffffff811690818103611709575060e4359061ffff821691828103611709575061012435956001600160401b03871693848803611709576020975060405195888701977fa66f2c811efe0d7a1c5ca2a9650c877bacd3e1a1876458f23997dae535b4986c895260408801526060870152608086015260a085015260c084015260a43560e084015260c43561010084015261012083015261010435610140830152610160820152610160815261294a61018082613b3b565b519020604051908152f35b3461170957602036600319011261170957602063ffffffff6129786004356148fc565b5460a01c16604051908152f35b34611709576020366003190112611709576101206129a46004356148fc565b63ffffffff60028201549162ffffff600182015460101c16600382015491600481015490549260ff8460e01c16926001600160401b036040519760018060a01b03811689528060e01c60208a015260a01c1660408801526060870152608086015260a085015261ffff8260e81c1660c0850152612a2081613b1d565b60e084015260c01c16610100820152f35b3461170957606036600319011261170957602435600435604435612a54826148fc565b612a5d846148fc565b9060018101805461ffff811692600185019485549461ffff8616808203612bf65750898914612bc357612aad92612aa18a612aa79360018060a01b03845416614932565b89614e05565b88614e05565b8415612b955760281c66ffffffffffffff1691848310612b7a578466ffffffffffffff612add9260281c16613c5f565b9166ffffffffffffff8311612b5c57815466ffffffffffffff60281b66ffffffffffffff8716909203602890811b83166bffffffffffffff0000000000199283161790935584549390921b1691161790557f08fdc9b4581fc254e3e52b2c48704fb0d46ce55b2994a2ee7387f87229a1396d90602090604051908152a3005b82630a02c5cb60e21b5f5260045266ffffffffffffff60245260445ffd5b848387635e7ad06b60e01b5f5260045260245260445260645ffd5b60405163d647364f60e01b815260206004820152600560248201526476616c756560d81b6044820152606490fd5b60405163d647364f60e01b815260206004820152600a60248201526939b0b6b2903a37b5b2b760b11b6044820152606490fd5b90631202370560e31b5f5260045260245260445ffd5b34611709576040366003190112611709576004356024356001600160401b03811161170957612c3f903690600401613abd565b9190612c49614c56565b6001612c5483614894565b01926001600160401b038111612dbd57612c6e8454613b77565b601f8111612d6c575b505f93601f8211600114612cea57817f24f901353f9b15125ed7f539fcad3b7fc50110d676d3b4298d3d3808df39e65b94955f91612cdf575b508260011b905f198460031b1c19161790555b612cda604051928392602084526020840191613c6c565b0390a2005b905083013586612cb0565b601f19821694815f5260205f20905f5b878110612d545750837f24f901353f9b15125ed7f539fcad3b7fc50110d676d3b4298d3d3808df39e65b969710612d3b575b5050600182811b019055612cc3565b8401355f19600385901b60f8161c191690558580612d2c565b90916020600181928589013581550193019101612cfa565b81811115612c7757845f5260205f20601f830160051c9060208410612db5575b81601f9101920160051c03905f5b828110612da8575050612c77565b5f82820155600101612d9a565b5f9150612d8c565b634e487b7160e01b5f52604160045260245ffd5b34611709576020366003190112611709576109d76109c3600435613ccf565b346117095760603660031901126117095760043560243563ffffffff811680820361170957612e1d613a61565b90612e26614c56565b612e2f84614894565b600381018054946001600160a01b0385811693604888901c90911684811415919082612f4e575b5081612f0b575b50612ece577f535078d2d2c6adaa86eb7eecd3608ba24138e0ea5180fa18286c51aa0b67a2c29565ffffffff00006040966901000000000000000000600160e81b039060481b169260101b169068ffffff00000000ffff62ffffff60e81b01161717905582519182526020820152a2005b60405163d647364f60e01b8152602060048201526014602482015273657263323020616c726561647920696e2075736560601b6044820152606490fd5b9050875f52600660205260405f2062ffffff8860301c165f52602052600160405f2001541590811591612f40575b5088612e5d565b600691500154151588612f39565b1515915089612e56565b3461170957606036600319011261170957600435604435612f78826148fc565b60018060a01b03815416612fa26001830192612f9c8685549461ffff861690614932565b85614e05565b82156117845760281c66ffffffffffffff168281106130275781546bffffffffffffff0000000000191666ffffffffffffff841690910360281b66ffffffffffffff60281b161790557fbcb77240b51e5ddedd76eb0d4dc554941237485a5801d9083681e97b2fe3e531906060906040519060243582526020820152336040820152a2005b905082635e7ad06b60e01b5f5260045260245260445260645ffd5b3461170957602036600319011261170957602061ffff60016130656004356148fc565b015416604051908152f35b34611709576020366003190112611709576004356001600160401b038111611709576130a0903690600401613a8d565b6130a981613ca9565b906130b76040519283613b3b565b808252601f196130c682613ca9565b013660208401375f5b8181106130ec57604051602080825281906109d790820186613aea565b6130fa612753828487613c4f565b9081548060f81c5f1461318157613112828588613c4f565b355f52600d60205261ffff60405f205416925b64ffffffff0067ffffff0000000000600160ff8560e01c169361314785613b1d565b015460181b169260b81c1617178451821015611688576affff00000000000000000060019360481b161760208260051b86010152016130cf565b5f92613125565b34611709576060366003190112611709576004356024356001600160401b038111611709576131bb903690600401613abd565b60443592916131c8614c56565b6131d183614894565b6001600160401b038311612dbd576131e98154613b77565b601f81116132ea575b505f601f841160011461325e5794806002612cda93867feab02659d82f207d7ba3d346964d09c280396a4798fae5bd584257ca1437647598995f91613253575b508760011b905f198960031b1c19161781555b015560405193849384613c8c565b90508601358a613232565b601f19841690825f5260205f20915f5b8181106132d25750612cda9388937feab02659d82f207d7ba3d346964d09c280396a4798fae5bd584257ca1437647598999388600294106132b9575b5050600187811b018155613245565b8701355f1960038a901b60f8161c1916905589806132aa565b9192602060018192868901358155019401920161326e565b838111156131f257815f5260205f20601f850160051c9060208610613333575b81601f9101920160051c03905f5b8281106133265750506131f2565b5f82820155600101613318565b5f915061330a565b3461170957602036600319011261170957602066ffffffffffffff60016133636004356148fc565b015460601c16604051908152f35b346117095760403660031901126117095761338a613a4b565b336001600160a01b038216036133a8576133a690600435614d85565b005b63334bd91960e11b5f5260045ffd5b34611709576020366003190112611709576004355f52600d602052602061ffff60405f205416604051908152f35b34611709575f3660031901126117095760206040517f4848aa3d2c0568bab3ca9720f91818ee0957e95426fa0627cc4809e2e5ed8be08152f35b34611709575f3660031901126117095760206040517fa66f2c811efe0d7a1c5ca2a9650c877bacd3e1a1876458f23997dae535b4986c8152f35b34611709575f3660031901126117095760206040517fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa98152f35b34611709576040366003190112611709576133a66004356134b2613a4b565b906134cb610875825f525f602052600160405f20015490565b614cfd565b34611709576060366003190112611709576004356134ec613a4b565b906134f5613a61565b6134fd6148c7565b6001600160a01b038116918215610eb65761355661351a826148fc565b8260018060a01b038254166135398261ffff6001860154168093614932565b805f5260056020526135508860405f208093614993565b926149f8565b9283156135b8579160209484926135a094604051918583527fce3bcb6e219596cf26007ffdfaae8953bc3f76e3f36c0a79b23e28020da3222e8960018060a01b03861694a4614b78565b5f5f5160206156ac5f395f51905f525d604051908152f35b63b361b5fb60e01b5f90815260048390526001600160a01b038616602452604490fd5b34611709576020366003190112611709576004355f526009602052602060405f2054604051908152f35b346117095760203660031901126117095760206103036004355f525f602052600160405f20015490565b34611709576060366003190112611709576004356001600160401b0381116117095761365f903690600401613a8d565b613667613a4b565b91613670613a61565b906136796148c7565b5f926001600160a01b038316908115610eb6575f5b8181106136cf575050505081156136ac57816135a091602094614b78565b63b361b5fb60e01b5f90815260048190526001600160a01b038416602452604490fd5b6136da818386613c4f565b3561371c6136e7826148fc565b8261ffff600183015416613705828260018060a01b03865416614932565b805f5260056020526135508c60405f208093614993565b8061372c575b505060010161368e565b8461373b82600195949a613c5f565b986040519283527fce3bcb6e219596cf26007ffdfaae8953bc3f76e3f36c0a79b23e28020da3222e6020868060a01b038d1694a49088613722565b3461170957606036600319011261170957600435613792613a4b565b9060443591821515809303611709576137aa82614894565b506001600160a01b0316918215801561384e575b61381d57335f52600b60205260405f20825f5260205260405f20835f5260205260405f2060ff1981541660ff83161790556040519081527f5c3b9a34af8ecb94c7bef73773568e163cf361fa5d76fa5d52dab8f4498817cf60203392a4005b60405163d647364f60e01b815260206004820152600860248201526737b832b930ba37b960c11b6044820152606490fd5b503383146137be565b34611709576020366003190112611709576109d76109c3600435613f5a565b34611709576020366003190112611709576138cf613895600435614894565b6109d7600282015460ff6003840154166138ba60016138b386613baf565b9501613baf565b90604051958695608087526080870190613a27565b92602086015260408501528382036060850152613a27565b34611709575f366003190112611709576109d7604051613908604082613b3b565b601b81527f64617470696e204461746120416e63686f72696e6720546f6b656e00000000006020820152604051918291602083526020830190613a27565b34611709575f3660031901126117095760206040517f2b1978781a49e8a4f60a969bf85e4813e5a664996783914f3cdf6af027c537308152f35b346117095760203660031901126117095760043563ffffffff60e01b811680910361170957602090637400358f60e11b81149081156139c457506040519015158152f35b637965db0b60e01b8114915081156139de575b50826113d4565b6301ffc9a760e01b149050826139d7565b34611709575f36600319011261170957807f182364ae264e23af8151668e463002a5a57aa71602658a91a5c79be20fce301460209252f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b602435906001600160a01b038216820361170957565b604435906001600160a01b038216820361170957565b600435906001600160a01b038216820361170957565b9181601f84011215611709578235916001600160401b038311611709576020808501948460051b01011161170957565b9181601f84011215611709578235916001600160401b038311611709576020838186019501011161170957565b90602080835192838152019201905f5b818110613b075750505090565b8251845260209384019390920191600101613afa565b60041115613b2757565b634e487b7160e01b5f52602160045260245ffd5b90601f801991011681019081106001600160401b03821117612dbd57604052565b6001600160401b038111612dbd57601f01601f191660200190565b90600182811c92168015613ba5575b6020831014613b9157565b634e487b7160e01b5f52602260045260245ffd5b91607f1691613b86565b9060405191825f825492613bc284613b77565b8084529360018116908115613c2d5750600114613be9575b50613be792500383613b3b565b565b90505f9291925260205f20905f915b818310613c11575050906020613be7928201015f613bda565b6020919350806001915483858901015201910190918492613bf8565b905060209250613be794915060ff191682840152151560051b8201015f613bda565b91908110156116885760051b0190565b9190820180921161169c57565b908060209392818452848401375f828201840152601f01601f1916010190565b939291602091613ca491604087526040870191613c6c565b930152565b6001600160401b038111612dbd5760051b60200190565b60028210156116885701905f90565b613cda6004916148fc565b0154908115613e575760405191620aa89160e51b6020840152602483015260248252613d07604483613b3b565b81518060031b908082046008149015171561169c576004810180911161169c57600590046001018060011161169c57613d3f90614e38565b9182511561168857606260208401535f5f6001925f925b8151841015613deb57613d698483614e6a565b5160f81c9060081b17916008810180911161169c57925b6005841015613d93576001019291613d56565b600419840193841161169c57601f83851c1694602086101561168857613de57f6162636465666768696a6b6c6d6e6f707172737475767778797a323334353637613ddc83613eb5565b971a9189614e6a565b53613d80565b92505093929380613dfd575b50505090565b600503906005821161169c57601f911b166020811015611688577f6162636465666768696a6b6c6d6e6f707172737475767778797a323334353637613e4e91613e4584613eb5565b501a9183614e6a565b535f8080613df7565b9050604051613e67602082613b3b565b5f815290565b356001600160401b03811681036117095790565b356001600160a01b03811681036117095790565b3563ffffffff811681036117095790565b3561ffff811681036117095790565b5f19811461169c5760010190565b9190820391821161169c57565b62ffffff60019116019062ffffff821161169c57565b8181029291811591840414171561169c57565b8115613f03570490565b634e487b7160e01b5f52601260045260245ffd5b929192613f2382613b5c565b91613f316040519384613b3b565b829481845281830111611709578281602093845f960137010152565b5190811515820361170957565b90613f64826148fc565b91613f6e8161505e565b9260018101549061ffff821693845f526005602052613f8f60405f20613baf565b92604051945f975f5b865181101561415f578681016020015160f881901c908b6b1000000000000004ffffffff6001841b161561414d576020613fd4605c929e613eb5565b9d8c01015360088203613fff57505060019060626020613ff38d613eb5565b9c8b0101535b01613f98565b60098203614023575050600190607460206140198d613eb5565b9c8b010153613ff9565b600a820361403d575050600190606e60206140198d613eb5565b600c8203614057575050600190606660206140198d613eb5565b600d8203614071575050600190607260206140198d613eb5565b605c820361408b575050600190605c60206140198d613eb5565b602282036140a5575050600190602260206140198d613eb5565b91909a607560206140b583613eb5565b928c010153603060206140c783613eb5565b928c010153603060206140d983613eb5565b928c0101536140e781613eb5565b9260fc1c6010811015611688576f181899199a1a9b1b9c1cb0b131b232b360811b901a908a0160200153600f61411c83613eb5565b9b16916010831015611688576001926f181899199a1a9b1b9c1cb0b131b232b360811b901a908a0160200153613ff9565b6001939291506140196020919d613eb5565b5093979094509590949195808352820160200160405261417e9061505e565b918654918260e01c60ff16614192906151a6565b8660281c66ffffffffffffff166141a89061505e565b8760601c66ffffffffffffff166141be9061505e565b9160405196879460208601966d7b226e616d65223a22444154202360901b885280516020819201602e89015e7f222c226465736372697074696f6e223a2264617470696e204461746120416e63602e918801918201527f686f72696e6720546f6b656e3a2061207175616c6974792d73636f7265642063604e8201527f6f6e747269627574696f6e20746f206120646563656e7472616c697a65642077606e8201527f6972656c657373206e6574776f726b2e222c2265787465726e616c5f75726c22608e820152611d1160f11b60ae820152815191829060200160b083015e01602e01608281017f222c2270726f70657274696573223a7b22636c617373223a0000000000000000905281516020819301609a83015e016082016a161139ba30ba3ab9911d1160a91b601882015281516020819301602383015e01601801691116113b30b63ab2911d60b11b600b82015281516020819301601583015e01600b016d161139b430b932a930ba34b7911d60911b600a82015281516020819301601883015e01600a01600e81015f905203600e01601f19810184526143639084613b3b565b8160e81c61ffff166143749061505e565b9160a01c63ffffffff166143879061505e565b60028801546001600160a01b0381169687916143a3602a613b5c565b98604051996143b2908b613b3b565b602a8a526143c0602a613b5c565b60208b019490601f19013686378a511561168857603085538a516001101561168857607860218c015360295b600181116147cd57506147b657506001600160401b0361440e8260e01c61505e565b9160a01c16926040998a51936144248c86613b3b565b600f85526020850195601f198d01368837600f90815b61475c57505060101c62ffffff166144519061505e565b958b5198899860208a019b5180918d5e890168161139b1b7b932911d60b91b602082015281516020819301602983015e016020016b161132bc3834b932a0ba111d60a11b600982015281516020819301601583015e01600901906a16113232bb34b1b2911d1160a91b600c830152518092601783015e01600c016911161132b837b1b4111d60b11b600b82015281516020819301601583015e01600b01906a16113419a1b2b636111d1160a91b600a830152518092601583015e01600a016f1116113932b1b7b93221b7bab73a111d60811b600b82015281516020819301601b83015e01600b01601081015f905203601001601f19810182526145549082613b3b565b80956003015492836145f6575b50505050603d816145a960206145a46002828098996145f398519481869251918291018484015e8101617d7d60f01b838201520301601d19810184520182613b3b565b6154cd565b90519384917f646174613a6170706c69636174696f6e2f6a736f6e3b6261736536342c000000828401528051918291018484015e81015f838201520301601f198101835282613b3b565b90565b909192955085906146076042613b5c565b9061461486519283613b3b565b604282526146226042613b5c565b602083019390601f19013685378251156116885760308453825160011015611688576078602184015360415b6001811161471a5750614702576020969750600287603d966146f4600160098b99600f866145f39e816145a99d8d61468c839f9e6145a49f50613ccf565b93519a8b97518091858a015e8701906e161136b2b935b632a937b7ba111d1160891b84830152518092602f83015e0101906811161131b4b2111d1160b91b84830152805192839101601883015e0101601160f91b838201520301601e19810184520182613b3b565b999850505050829450614561565b8763e22e27eb60e01b5f52600452602060245260445ffd5b90600f811690601082101561168857614757916f181899199a1a9b1b9c1cb0b131b232b360811b901a61474d8487614e6a565b5360041c9161526f565b61464e565b600f81166010811015611688575f1983019183831161169c576147af92670fffffffffffffff926f181899199a1a9b1b9c1cb0b131b232b360811b901a906147a4908b614e6a565b5360041c169161526f565b908161443a565b63e22e27eb60e01b5f52600452601460245260445ffd5b90600f811690601082101561168857614800916f181899199a1a9b1b9c1cb0b131b232b360811b901a61474d848f614e6a565b6143ec565b614814600391949392946148fc565b015492831561488c576040929192516020810191825260208152614839604082613b3b565b519020915f915b80831061484e575050501490565b90919261485c848385613c4f565b35908181101561487b575f52602052600160405f205b93019190614840565b905f52602052600160405f20614872565b505050505f90565b90815f52600560205260405f209160ff600384015460081c16156148b55750565b6321e87ba160e21b5f5260045260245ffd5b5f5160206156ac5f395f51905f525c6148ed5760015f5160206156ac5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b5f8181526007602052604090208054909291906001600160a01b0316156149205750565b6306caeb1360e41b5f5260045260245ffd5b60018060a01b031690813314159182614965575b505061494f5750565b6323cdf8f560e11b5f523360045260245260445ffd5b5f908152600b6020908152604080832093835292815282822033835290529081205460ff1615915080614946565b6001600160a01b03909216929083156149da576003015460481c6001600160a01b031683146149d25750630a496c5b60e21b5f5260045260245260445ffd5b915050600190565b509150505f90565b62ffffff5f199116019062ffffff821161169c57565b91939290600183019283549166ffffffffffffff8360601c16968715614ac85762ffffff80600384015460301c169460981c16928315614aea575b50505062ffffff811615614ae357614a4b91506149e2565b905b8015948515614ad35762ffffff845460b01c16905b62ffffff80851692169082821015614ac85790614a8693929161ffff875416615397565b9315614aaa57815462ffffff60b01b191660b09190911b62ffffff60b01b16179055565b815462ffffff60c81b191660c89190911b62ffffff60c81b16179055565b505f96505050505050565b62ffffff845460c81c1690614a62565b5090614a4d565b5460a01c63ffffffff168015159081614b6d575b50614b0a575b80614a33565b9091506004614b1884613ed0565b865462ffffff60981b1916609882901b62ffffff60981b161787559201614b40888254613ec3565b90557ff80dbaea4785589e52984ca36a31de106adc77759539a5c7d92883bf49692fe95f80a25f80614b04565b90504210155f614afe565b6001600160a01b031680614be357506001600160a01b03165f80808085855af13d15614bde573d614ba881613b5c565b90614bb66040519283613b3b565b81525f60203d92013e5b15614bc9575050565b630e21dcbb60e11b5f5260045260245260445ffd5b614bc0565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f5114821615614c35575b60405215614c235750565b635274afe760e01b5f5260045260245ffd5b906001811516614c4d57823b15153d15161690614c18565b503d5f823e3d90fd5b335f9081527fad997de767a157d53b573570d23aafa9e59a2f9157f0a7dd3c42e608721f74f2602052604090205460ff1615614c8e57565b63e2517d3f60e01b5f52336004527f2b1978781a49e8a4f60a969bf85e4813e5a664996783914f3cdf6af027c5373060245260445ffd5b5f8181526020818152604080832033845290915290205460ff1615614ce75750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16614d7f575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615614d7f575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b90614e0f81614f15565b614e17575050565b63ffffffff905460a01c1690634489815d60e11b5f5260045260245260445ffd5b90614e4282613b5c565b614e4f6040519182613b3b565b8281528092614e60601f1991613b5c565b0190602036910137565b908151811015611688570160200190565b60038201546001919091018054608083901b62ffffff60b01b16606086901b66ffffffffffffff60601b166fffffffffffff000000ffffffffffffff60601b19909216919091171760989290921b62ffffff60c81b16919091179055614ee690600401918254613c5f565b9055565b6001015466ffffffffffffff8160601c1615159081614f07575090565b62ffffff915060981c161590565b5460a01c63ffffffff168015159081614f2c575090565b905042101590565b60ff1660018114614f6557600214614f5557671c995a9958dd195960c21b90565b686e6f2d71756f72756d60b81b90565b506e18995b1bddcb5d1a1c995cda1bdb19608a1b90565b600190929192015466ffffffffffffff8160601c1690811561488c576145f393609882901c62ffffff168015614feb57614fb691506149e2565b915b83614fd75761ffff62ffffff80808560b01c16955b1694169216615397565b61ffff62ffffff80808560c81c1695614fcd565b506003015460301c62ffffff1691614fb8565b60429061500961527b565b906040519161190160f01b8352600283015260228201522090565b81519190604183036150545761504d9250602082015190606060408401519301515f1a9061544b565b9192909190565b50505f9160029190565b805f9172184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b821015615183575b806d04ee2d6d415b85acef8100000000600a921015615168575b662386f26fc10000811015615154575b6305f5e100811015615143575b612710811015615134575b6064811015615126575b101561511b575b600a60216150e360018501614e38565b938401015b5f1901916f181899199a1a9b1b9c1cb0b131b232b360811b8282061a835304801561511657600a90916150e8565b505090565b6001909101906150d3565b6064600291049301926150cc565b612710600491049301926150c2565b6305f5e100600891049301926150b7565b662386f26fc10000601091049301926150aa565b6d04ee2d6d415b85acef81000000006020910493019261509a565b506040915072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8104615080565b6151af81613b1d565b60018114615249576151c081613b1d565b60028114615221576003906151d481613b1d565b146151fb576040516151e7604082613b3b565b60048152636e6f6e6560e01b602082015290565b604051615209604082613b3b565b60088152671c995a9958dd195960c21b602082015290565b50604051615230604082613b3b565b6009815268199a5b985b1a5e995960ba1b602082015290565b50604051615258604082613b3b565b600781526670656e64696e6760c81b602082015290565b801561169c575f190190565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316148061536e575b156152d6577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261536860c082613b3b565b51902090565b507f000000000000000000000000000000000000000000000000000000000000000046146152ad565b9392909181811015615404576153ed615400946153fa93670de0b6b3a7640000975f52600660205260405f20905f52806020526153d78260405f20613cc0565b90549060031b1c935f5260205260405f20613cc0565b90549060031b1c90613ec3565b90613ee6565b0490565b50505050505f90565b60ff811690601f821161543c5760405191615429604084613b3b565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116154c2579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15611715575f516001600160a01b038116156154b857905f905f90565b505f906001905f90565b5050505f9160039190565b90815115613e575781516002810180911161169c5760039004600281901b91906001600160fe1b0381160361169c57604051917f4142434445464748494a4b4c4d4e4f505152535455565758595a616263646566601f527f6768696a6b6c6d6e6f707172737475767778797a303132333435363738392b2f603f52602083018480518101602081018051915f82525b8089106155b0575060209596975090600392915251068060011461559b5760021461558e575b50808452830101604052565b603d905f1901535f615582565b50603d90815f1982015360011901535f615582565b939760036004910198603f8a51818160121c165183538181600c1c16516001840153818160061c1651600284015316516003820153019361555c565b90604183036150545761504d9250602081013591604082359201355f1a9061544b565b61561881613b1d565b80615621575050565b61562a81613b1d565b600181036156415763f645eedf60e01b5f5260045ffd5b61564a81613b1d565b60028103615665575063fce698f760e01b5f5260045260245ffd5b60039061567181613b1d565b146156795750565b6335e2f38360e21b5f5260045260245ffdfe04cd2cb07f7dd64bac6ce0436354822231650e9bf1a1e4d74932a3efa6a6e5529b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a164736f6c6343000825000a2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0dad997de767a157d53b573570d23aafa9e59a2f9157f0a7dd3c42e608721f74f2ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
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
// Solidity: constructor(address admin, address registry_) returns()
func (dataAnchoringToken *DataAnchoringToken) PackConstructor(admin common.Address, registry_ common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("", admin, registry_)
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

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) PackDomainSeparator() []byte {
	enc, err := dataAnchoringToken.abi.Pack("domainSeparator")
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
func (dataAnchoringToken *DataAnchoringToken) TryPackDomainSeparator() ([]byte, error) {
	return dataAnchoringToken.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := dataAnchoringToken.abi.Unpack("domainSeparator", data)
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

// PackHashContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x594b8323.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashContribution((uint64,address,uint32,uint64,uint32,bytes32,bytes32,uint16,bytes32,uint64) c) pure returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) PackHashContribution(c Contribution) []byte {
	enc, err := dataAnchoringToken.abi.Pack("hashContribution", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x594b8323.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashContribution((uint64,address,uint32,uint64,uint32,bytes32,bytes32,uint16,bytes32,uint64) c) pure returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) TryPackHashContribution(c Contribution) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("hashContribution", c)
}

// UnpackHashContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x594b8323.
//
// Solidity: function hashContribution((uint64,address,uint32,uint64,uint32,bytes32,bytes32,uint16,bytes32,uint64) c) pure returns(bytes32)
func (dataAnchoringToken *DataAnchoringToken) UnpackHashContribution(data []byte) ([32]byte, error) {
	out, err := dataAnchoringToken.abi.Unpack("hashContribution", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (dataAnchoringToken *DataAnchoringToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := dataAnchoringToken.abi.Pack("renounceRole", role, callerConfirmation)
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
func (dataAnchoringToken *DataAnchoringToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return dataAnchoringToken.abi.Pack("renounceRole", role, callerConfirmation)
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
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["StringsInsufficientHexLength"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackStringsInsufficientHexLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAnchoringToken.abi.Errors["TokenExpired"].ID.Bytes()[:4]) {
		return dataAnchoringToken.UnpackTokenExpiredError(raw[4:])
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

// DataAnchoringTokenStringsInsufficientHexLength represents a StringsInsufficientHexLength error raised by the DataAnchoringToken contract.
type DataAnchoringTokenStringsInsufficientHexLength struct {
	Value  *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func DataAnchoringTokenStringsInsufficientHexLengthErrorID() common.Hash {
	return common.HexToHash("0xe22e27eb9593f9947dc34771120a3349dd201c662753f0b60502fc1d8e422233")
}

// UnpackStringsInsufficientHexLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func (dataAnchoringToken *DataAnchoringToken) UnpackStringsInsufficientHexLengthError(raw []byte) (*DataAnchoringTokenStringsInsufficientHexLength, error) {
	out := new(DataAnchoringTokenStringsInsufficientHexLength)
	if err := dataAnchoringToken.abi.UnpackIntoInterface(out, "StringsInsufficientHexLength", raw); err != nil {
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
