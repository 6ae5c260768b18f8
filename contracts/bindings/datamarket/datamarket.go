// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package datamarket

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

// DataMarketEntry is an auto generated low-level Go binding around an user-defined struct.
type DataMarketEntry struct {
	TokenId *big.Int
	Units   *big.Int
}

// DataMarketListing is an auto generated low-level Go binding around an user-defined struct.
type DataMarketListing struct {
	Seller          common.Address
	ClassId         uint64
	Open            bool
	Asset           common.Address
	AccessDuration  uint64
	DeliveryWindow  uint32
	PricePerUnit    *big.Int
	Purposes        *big.Int
	ManifestRoot    [32]byte
	ManifestCid     [32]byte
	CertificateHash [32]byte
	LicenceURI      string
}

// DataMarketPurchase is an auto generated low-level Go binding around an user-defined struct.
type DataMarketPurchase struct {
	Buyer          common.Address
	ListingId      uint64
	State          uint8
	Purpose        uint8
	ProtocolFeeBps uint16
	DeliveryFeeBps uint16
	Asset          common.Address
	Deadline       uint64
	LicenceEnds    uint64
	Amount         *big.Int
	Pool           *big.Int
	PricePerUnit   *big.Int
	TotalUnits     uint64
	Tokens         uint32
	Gateway        common.Address
	SoldRoot       [32]byte
	RecipientHash  [32]byte
	BundleCid      [32]byte
}

// DataMarketMetaData contains all meta data concerning the DataMarket contract.
var DataMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIMarketDAT\",\"name\":\"dat_\",\"type\":\"address\"},{\"internalType\":\"contractIMarketValidators\",\"name\":\"validators_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromClass\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toClass\",\"type\":\"uint256\"}],\"name\":\"ClassMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"ClassNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeliveryClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeliveryOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"DeviceAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"FeesTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"InvalidInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"}],\"name\":\"ManifestMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"NoShareInClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"}],\"name\":\"NotBuyer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"},{\"internalType\":\"enumDataMarket.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"NotInState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NotSold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"units\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minUnits\",\"type\":\"uint256\"}],\"name\":\"NothingIncluded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"OutsideWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxAmount\",\"type\":\"uint256\"}],\"name\":\"PriceAboveLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"}],\"name\":\"PurchaseNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"}],\"name\":\"PurposeNotListed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"RootAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"SettlementTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxSnapshots\",\"type\":\"uint256\"}],\"name\":\"SnapshotLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"ThresholdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"TokenExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TokenNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TokenNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnsupportedAsset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"WrongPayment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenRound\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"WrongRound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"rule\",\"type\":\"uint8\"}],\"name\":\"BuyerRuleSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"purposes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowListOnly\",\"type\":\"bool\"}],\"name\":\"ConsentSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"gateway\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"bundleCid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokens\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"units\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"why\",\"type\":\"uint8\"}],\"name\":\"EntryExcluded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"deliveryFeeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"name\":\"FeesUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerUnit\",\"type\":\"uint256\"}],\"name\":\"FloorSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"manifestCid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"certificateHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerUnit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"purposes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"accessDuration\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"deliveryWindow\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"licenceURI\",\"type\":\"string\"}],\"name\":\"Listed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokens\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"units\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"soldRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"licenceEnds\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"ageRecipient\",\"type\":\"string\"}],\"name\":\"Purchased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SaleClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CURATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ACCESS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ENTRIES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAY_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"USAGE_METRIC\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"units\",\"type\":\"uint256\"}],\"internalType\":\"structDataMarket.Entry[]\",\"name\":\"entries\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"positions\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[][]\",\"name\":\"proofs\",\"type\":\"bytes32[][]\"}],\"name\":\"claimSales\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"closeListing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"consentOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"purposes\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"allowListOnly\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"pricePerUnit\",\"type\":\"uint256\"}],\"name\":\"consents\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dat\",\"outputs\":[{\"internalType\":\"contractIMarketDAT\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"bundleCid\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"units\",\"type\":\"uint256\"}],\"internalType\":\"structDataMarket.Entry[]\",\"name\":\"entries\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"deliver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deliveryFeeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"floorOf\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifestCid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"certificateHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"pricePerUnit\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"purposes\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"accessDuration\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"deliveryWindow\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"licenceURI\",\"type\":\"string\"}],\"name\":\"list\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"listingCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"listingOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"classId\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"accessDuration\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"deliveryWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"pricePerUnit\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"purposes\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifestCid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"certificateHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"licenceURI\",\"type\":\"string\"}],\"internalType\":\"structDataMarket.Listing\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"units\",\"type\":\"uint256\"}],\"internalType\":\"structDataMarket.Entry[]\",\"name\":\"entries\",\"type\":\"tuple[]\"}],\"name\":\"merkleRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"protocolFeeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"units\",\"type\":\"uint256\"}],\"internalType\":\"structDataMarket.Entry[]\",\"name\":\"entries\",\"type\":\"tuple[]\"},{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"ageRecipient\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"minUnits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxAmount\",\"type\":\"uint256\"}],\"name\":\"purchase\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"purchaseCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"}],\"name\":\"purchaseOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"listingId\",\"type\":\"uint64\"},{\"internalType\":\"enumDataMarket.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"deliveryFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"licenceEnds\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"pool\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"pricePerUnit\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"totalUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"tokens\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"gateway\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"soldRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"recipientHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"bundleCid\",\"type\":\"bytes32\"}],\"internalType\":\"structDataMarket.Purchase\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"purchaseId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"rule\",\"type\":\"uint8\"}],\"name\":\"setBuyerRule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"purposes\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"allowListOnly\",\"type\":\"bool\"}],\"name\":\"setConsent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"protocolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"deliveryBps\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"setFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"pricePerUnit\",\"type\":\"uint256\"}],\"name\":\"setFloor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validators\",\"outputs\":[{\"internalType\":\"contractIMarketValidators\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DataMarket",
	Bin: "0x60c03461024157601f61483e38819003918201601f19168301916001600160401b038311848410176102455780849260a0946040528339810103126102415780519065ffffffffffff821682036102415761005c60208201610259565b6040820151916001600160a01b038316808403610241576060820151946001600160a01b038616928387036102415760806100979101610259565b936001600160a01b03811691821561022e57600180546001600160d01b031660d09290921b6001600160d01b031916919091179055600254916001600160a01b03831661021f576100f49260018060a01b0319161760025561026d565b5015908115610216575b508015610205575b6101d0577f5b74eeb327a91468e0991d794fcabbb22bbdfa59685fbebee85516e80fe9d9049260609260805260a052600354640100000000600160c01b038260201b1690640100000000600160c01b03191617600355604051905f82525f602083015260018060a01b03166040820152a160405161452790816102f782396080518181816115c201528181612043015281816120b50152818161210a015281816122d10152818161291c01528181612f2a01526142d2015260a051818181610aad0152612e1b0152f35b60405163d647364f60e01b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b506001600160a01b03811615610106565b9050155f6100fe565b631fe1e13d60e11b5f5260045ffd5b636116401160e11b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b038216820361024157565b6001600160a01b0381165f9081525f51602061481e5f395f51905f52602052604090205460ff166102f1576001600160a01b03165f8181525f51602061481e5f395f51905f5260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe6101c0806040526004361015610013575f80fd5b5f3560e01c90816301ffc9a71461379557508063022d63fb146137785780630aa6220b146136e657806320d9ffc31461368f578063248a9ca314613665578063278ecde114613548578063297a10b614612d9d5780632b85ed9c14612d805780632f2ff15d14612d3d57806335659fb814612d1c57806336568abe14612c3957806344aa8b4a14612b8e5780634690484014612b665780634a2cfb5414612b2c5780634a7ebc6e14612b105780634f7de49514612ae657806351cff8d914612a1e578063634e93da1461294b57806363eb963a14612907578063649a5ec7146127825780637a7d541f146124955780637d4cb964146124795780638087e3b71461184457806384ef8ffc146117ba5780638d128cc0146117e25780638da5cb5b146117ba57806391d14854146117725780639c4c304e14611330578063a1eda53c146112c8578063a217fddf146112ae578063a54ab4571461126d578063a9b07c2614611250578063ace2d86e1461118e578063b4e8452d14610b1f578063bededd4c14610adc578063ca1e781914610a98578063cc1f0d2d14610a48578063cc8463c814610a1e578063cefc142914610972578063cf6eefb714610938578063cf83ba031461091a578063d4c9c29b14610886578063d547741f1461082d578063d55be8c614610811578063d602b9fd146107b0578063dfb6385f1461068e578063e340498114610400578063e5a255cb14610331578063f8b4447a1461026b5763f94f550a14610243575f80fd5b34610267575f36600319011261026757602061ffff60035460101c16604051908152f35b5f80fd5b3461026757606036600319011261026757600435610287613844565b9060ff61029261385a565b16916002831161030557335f52600c60205260405f20825f5260205260405f2060018060a01b0382165f5260205260405f208360ff1982541617905560405192835260018060a01b0316917f7a38d939d9e7d0805cab4988b3b852d25a30c604e2ccc70611fb4b12b49b0ea760203392a4005b606460405163d647364f60e01b815260206004820152600460248201526372756c6560e01b6044820152fd5b346102675760203660031901126102675760043561034e81613fe0565b8054336001600160a01b0382161415806103c8575b6103b55760ff8160e01c16156103a25760ff60e01b191690557fe99def7a5a3c84553486ad726f7c64fbeea0bdbcbe46d5ee07958a8bf5d8e2dd5f80a2005b826334cf627560e21b5f5260045260245ffd5b63472511eb60e11b5f523360045260245ffd5b50335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff1615610363565b3461026757602036600319011261026757606061016060405161042281613a2b565b5f81525f60208201525f60408201525f838201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f6101208201525f6101408201520152610470600435613fe0565b60405161047c81613a2b565b815460018060a01b038116825260208201926001600160401b038260a01c16845260ff604084019260e01c16151582526001810154606084019060018060a01b038116825260808501906001600160401b038160a01c16825260a086019060e01c815260018060801b0360028501541660c0870190815260038501549160e0880192835260048601549361010089019485526005870154956101208a0196875260076006890154986101408c01998a520198604051809a5f9080549061054182613bee565b80855291600181169081156106705750600114610634575b505003610566908b613a47565b6101608b01998a526040519b8c9b60208d52600160a01b6001900390511660208d0152516001600160401b031660408c015251151560608b0152600160a01b6001900390511660808a0152516001600160401b031660a08901525163ffffffff1660c0880152600160801b6001900390511660e087015251610100860152516101208501525161014084015251610160830152516101808201610180905280518091816101a08501526020016101c084015e8082016101c0015f9052601f1990601f01168101036101c00190f35b5f908152602081209092505b81831061065557505081016020018e80610559565b80602092948385600194549201015201910190918c92610640565b9150506020925060ff191682840152151560051b8201018e80610559565b346102675760603660031901126102675760043561ffff81168091036102675760243561ffff811691828203610267576106c6613818565b926106cf613cda565b6107d06106dc8284613af3565b1161078f576001600160a01b03841690811561075d577f5b74eeb327a91468e0991d794fcabbb22bbdfa59685fbebee85516e80fe9d9049460609463ffff00008560035493640100000000600160c01b039060201b16936001600160401b0360c01b16179160101b16171760035560405192835260208301526040820152a1005b60405163d647364f60e01b81526020600482015260096024820152681c9958da5c1a595b9d60ba1b6044820152606490fd5b61079891613af3565b637db814ed60e11b5f526004526107d060245260445ffd5b34610267575f366003190112610267576107c8613cda565b65ffffffffffff6107d7613cbb565b90508160d01b60015416600155166107eb57005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1005b34610267575f3660031901126102675760206040516107d08152f35b3461026757604036600319011261026757600435610849613844565b8115610877578161087061086b610875945f525f602052600160405f20015490565b613d29565b61424d565b005b631fe1e13d60e11b5f5260045ffd5b346102675760603660031901126102675761089f613802565b6108a7613818565b6001600160a01b039182165f908152600b6020908152604080832060243584528252808320939094168252919091522054801580156108f357604091505f5b8251911582526020820152f35b5f198201918211610906576040916108e6565b634e487b7160e01b5f52601160045260245ffd5b34610267575f36600319011261026757602060405163bbf81e008152f35b34610267575f36600319011261026757604065ffffffffffff610959613cbb565b83516001600160a01b0390921682529091166020820152f35b34610267575f3660031901126102675761098a613cbb565b506001600160a01b03163303610a0b5765ffffffffffff6109a9613cbb565b919091169081158015610a01575b6109ee576002546109db91906109d5906001600160a01b0316614217565b5061419f565b50600180546001600160d01b0319169055005b506319ca5ebb60e01b5f5260045260245ffd5b50428210156109b7565b636116401160e11b5f523360045260245ffd5b34610267575f366003190112610267576020610a38613c82565b65ffffffffffff60405191168152f35b3461026757604036600319011261026757610a61613802565b610a69613844565b6001600160a01b039182165f908152600960209081526040808320949093168252928352819020549051908152f35b34610267575f366003190112610267576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610267576020366003190112610267576004356001600160401b03811161026757610b17610b11602092369060040161386a565b90613c26565b604051908152f35b346102675761014036600319011261026757610b3961382e565b60a4356001600160801b03811681036102675760e4356001600160401b0381168103610267576101043563ffffffff8116810361026757610124356001600160401b03811161026757610b909036906004016138e8565b335f9081527ff484c8d36633aa70eae8ee4883885db3af58778e0f4e89a6e23f032f4a7089716020526040902054919390929160ff16156111575760243515611122576001600160801b038516156110ed5760c435156110bc576001600160401b038116156110385763ffffffff8216156110855763ffffffff82166001600160401b0382161180159061106f575b611038576001600160401b036004351161100857610c3e600454613ae5565b9485600455604051610c4f81613a2b565b3381526001600160401b0360043581166020830152600160408301526001600160a01b03891660608301528316608082015263ffffffff841660a08201526001600160801b03821660c082015260c43560e0820152602435610100820152604435610120820152606435610140820152610cca368688613b4e565b610160828101919091525f888152600660209081526040909120835181546001600160a01b0319166001600160a01b039190911617815590830151909290610d1b906001600160401b031684613b84565b6040810151835460ff60e01b191690151560e01b60ff60e01b1617835560608101516001840180546001600160a01b0319166001600160a01b03929092169190911781556080820151610d77906001600160401b031682613b84565b60a082015181546001600160e01b031660e091821b6001600160e01b0319161790915560c08201516002850180546001600160801b0319166001600160801b0392909216919091179055810151600384015561010081015160048401556101208101516005840155610140810151600684015501518051906001600160401b038211610ff457610e0a6007840154613bee565b601f8111610fa1575b50918895939160209a95938b90601f8311600114610efa579260078363ffffffff97947f7506f86d27b92dfeee087416425bc219826c1cc688a2b334c9efceeb25422af09a9997946001600160401b03975f92610eef575b50508160011b915f199060031b1c1916179101555b6040519560243587526044358d880152606435604088015260018060a01b0316606087015260018060801b0316608086015260c43560a08601521660c08401521660e082015261012061010082015280610ee4600435963396610120840191613baf565b0390a4604051908152f35b015190505f80610e6b565b9796959493929190600783015f52805f20985f5b601f1984168110610f8757506001837f7506f86d27b92dfeee087416425bc219826c1cc688a2b334c9efceeb25422af09a9b63ffffffff999896946007946001600160401b039997601f19811610610f6f575b505050811b01910155610e80565b01515f1960f88460031b161c191690555f8080610f61565b828201518b556001909a01998d9950918e01918e01610f0e565b82811115610e1357600784015f5260205f20601f840160051c9060208510610fec575b5f5b82601f850160051c038110610fdd57505050610e13565b5f828401820155600101610fc6565b5f9150610fc4565b634e487b7160e01b5f52604160045260245ffd5b60405163d647364f60e01b815260206004820152600760248201526618db185cdcd25960ca1b6044820152606490fd5b60405163d647364f60e01b815260206004820152600e60248201526d30b1b1b2b9b9a23ab930ba34b7b760911b6044820152606490fd5b5063bbf81e006001600160401b03821611610c1f565b60405163d647364f60e01b815260206004820152600e60248201526d64656c697665727957696e646f7760901b6044820152606490fd5b60405163d647364f60e01b8152602060048201526008602482015267707572706f73657360c01b6044820152606490fd5b60405163d647364f60e01b815260206004820152600c60248201526b1c1c9a58d954195c955b9a5d60a21b6044820152606490fd5b60405163d647364f60e01b815260206004820152600c60248201526b1b585b9a59995cdd149bdbdd60a21b6044820152606490fd5b63e2517d3f60e01b5f52336004527f850d585eb7f024ccee5e68e55f2c26cc72e1e6ee456acf62135757a5eb9d4a1060245260445ffd5b346102675760603660031901126102675760043560243560443580151590818103610267576040519060408201928284106001600160401b03851117610ff457600161124b937fc3c2351b1546aed4a262fc3d2c7e3c17b4bdb97854af260227d6e6e3b95775349560405286815260208101928352335f52600a60205260405f20885f5260205260405f2090518155019051151560ff80198354169116179055604051918291339583909291602090604083019483521515910152565b0390a3005b34610267575f366003190112610267576020600454604051908152f35b346102675760403660031901126102675760206024356004355f526008825260405f208160081c5f52825260405f2054600160ff60405193161b1615158152f35b34610267575f3660031901126102675760206040515f8152f35b34610267575f366003190112610267576002548060d01c9081151580611326575b1561131c5760a01c65ffffffffffff165b6040805165ffffffffffff9283168152929091166020830152819081015b0390f35b50505f5f906112fa565b50428210156112e9565b346102675760a0366003190112610267576024356001600160401b0381116102675761136090369060040161386a565b60e05260c0526044356001600160401b0381116102675761138590369060040161389a565b906064356001600160401b038111610267576113a590369060040161389a565b916084356001600160401b038111610267576113c590369060040161389a565b90946113cf613d61565b5f946113dc600435613d96565b9660ff885460e01c166113ee816138ca565b60028103611751575060e0518314801590611745575b8015611739575b61172057600388015460048901546001600160401b0316608052600189015460101c6001600160a01b031660a05260058901546001600160801b03919091169590925f5b60e05181106114735760208a5f5f5160206144fb5f395f51905f525d604051908152f35b61147e81838b613ab1565b3563ffffffff60048d015460401c1680821015611707576114cd6114a3848a88613ab1565b356114b38560e05160c051613ac1565b3560206114c58760e05160c051613ac1565b013591613ef2565b90898410156116f3578360051b870135601e19883603018112156102675787018035906001600160401b03821161026757602001928160051b360384136102675789859261151a9561402d565b156116db576004355f52600860205260405f208160081c5f5260205260405f205490600160ff82161b82166116c35760ff6001916004355f52600860205260405f208160081c5f52602052161b1760405f205561158960206115818360e05160c051613ac1565b013589613b00565b608051156116af5760805190046115a58260e05160c051613ac1565b6040516331a9108f60e11b8152903560048201529a60208c6024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9b8c156116a4575f9c611663575b508161160c6001949361165d93613af3565b9c61161c8460e05160c051613ac1565b3560405190838252868060a01b038316917f9fcfa52a80dd4cc039bb3ce093abb766822fd84742f995ede583acf932e88bd4602060043592a460a0516140e8565b0161144f565b61165d919c509161160c816116916001969560203d811161169d575b6116898183613a47565b810190613bcf565b9e9350939450506115fa565b503d61167f565b6040513d5f823e3d90fd5b634e487b7160e01b5f52601260045260245ffd5b636bd4745f60e01b5f5260043560045260245260445ffd5b6367436e5760e01b5f5260043560045260245260445ffd5b634e487b7160e01b5f52603260045260245ffd5b506367436e5760e01b5f5260043560045260245260445ffd5b826355c5b3e360e11b5f5260e05160045260245260445ffd5b5060e05184141561140b565b5060e051821415611404565b63e9ce433360e01b5f5260048035905261176a816138ca565b60245260445ffd5b346102675760403660031901126102675761178b613844565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610267575f366003190112610267576002546040516001600160a01b039091168152602090f35b34610267576040366003190112610267576001600160a01b03611803613802565b165f52600a60205260405f206024355f5260205260405f2060ff60018254920154169061131860405192839283909291602090604083019483521515910152565b60c0366003190112610267576024356001600160401b0381116102675761186f90369060040161386a565b6101a05261187b61385a565b610120526064356001600160401b0381116102675761189e9036906004016138e8565b91906118a8613d61565b6118b3600435613fe0565b6101405260ff610140515460e01c1615612464576003610140510154600160ff61012051161b1615612445576101a051158015612437575b6124075782156123d2576119026101a05183613c26565b60046101405101548082036123bd57505061191e600554613ae5565b61016052610160516005555f610180525f610180525f925f926001600160401b03610140515460a01c169060016101405101546101005260018060801b03600261014051015416906003549261ffff84166127100361ffff81116109065761ffff808660101c1691160361ffff8111610906576119a261ffff612710921685613b00565b046119af6101a051613a7f565b925f915f5f945b6101a0518610611fe95750505050505085815285611fd6575b5085158015611fcb575b611fac576119e78187613b00565b9560a4358711611f93576001600160801b0387118015611f83575b611f62576001600160401b0392839182421691611a38611a286101005160e01c85613b13565b93856101005160a01c1690613b13565b94611a4436898b613b4e565b602081519101209061ffff60405193611a5c85613a0f565b338552876004351660208601526001604086015260ff61012051166060860152818116608086015260101c1660a084015260018060a01b03610100511660c084015285851660e084015285871661010084015260018060801b038c166101208401525f61014084015261016083015284831661018083015263ffffffff8a166101a08301525f6101c0830152610180516101e08301526102008201525f610220820152610160515f526007602052600761022060405f209260018060a01b0360018060a01b038251161660018060a01b0319855416178455611b448760208301511685613b84565b6040810151611b52816138ca565b611b5b816138ca565b8454606083015160808401516001600160e01b0390921660e093841b60ff60e01b161760e89190911b60ff60e81b161760f09190911b6001600160f01b031990811691909117865560a083015160018701805460c086015194860151931661ffff929092169190911760109390931b62010000600160b01b03169290921790891660b01b179055610100810151600285018054610120840151600160401b600160c01b03198b1992909216938b16939093171660409290921b600160401b600160c01b031691909117905561014081015161016082015160801b6001600160801b0319166001600160801b03919091161760038501556101808101516004850180546101a084015163ffffffff60401b198b1992909216938b16939093171660409290921b63ffffffff60401b16919091178155611cb9906101c083015181546001600160601b031660609190911b6001600160601b031916179055565b6101e08101516005850155610200810151600685015501519101556040519760ff61012051168952602089015260408801528760608801526101805160808801521660a08601521660c084015261010060e08401527fc06fe77fb916b55337fd17b50cf0305280df07452da239a04fc6b2e3f9606c84339380611d49600435956101605195610100840191613baf565b0390a461014051600101546001600160a01b031680611df35750803410611ddd57803411611d91575b505b5f5f5160206144fb5f395f51905f525d6020604051610160518152f35b611d9b9034613915565b335f9081527fec8156718a8372b1db44bb411437d0870f3e3790d4a08526d024ce1b0b668f6b6020526040902080549091611dd591613af3565b905580611d72565b630374cb4760e21b5f523460045260245260445ffd5b34611f4b576040516370a0823160e01b8152306004820152602081602481855afa9081156116a4575f91611f19575b50604051916323b872dd60e01b5f5233600452306024528360445260205f60648180855af160015f5114811615611efa575b836040525f60605215611ee857826024816020936370a0823160e01b82523060048301525afa80156116a4575f90611eb4575b611e919250613915565b818103611e9f575050611d74565b630374cb4760e21b5f5260045260245260445ffd5b506020823d602011611ee0575b81611ece60209383613a47565b8101031261026757611e919151611e87565b3d9150611ec1565b635274afe760e01b5f5260045260245ffd5b6001811516611f1057813b15153d151616611e54565b833d5f823e3d90fd5b90506020813d602011611f43575b81611f3460209383613a47565b81010312610267575183611e22565b3d9150611f27565b630374cb4760e21b5f52346004525f60245260445ffd5b630a02c5cb60e21b5f90815260048890526001600160801b03602452604490fd5b506001600160401b038111611a02565b86636120c45f60e01b5f5260045260a43560245260445ffd5b85631d8c9a7160e01b5f5260043560045260245260843560445260645ffd5b5060843586106119d9565b611fdf90613f1d565b61018052866119cf565b90919293949b8c602061200f612003836101a0518a613ac1565b35926101a05189613ac1565b013590811561238f5761202284826142ba565b15612367576040516331a9108f60e11b8152600481018290526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156116a4575f91612349575b506001600160a01b03818116908a16810361226e575b50508415612247576040516356626b7f60e01b8152600481018290526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156116a4575f9161220e575b5060405163cadf338f60e01b8152600481018390526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa80156116a45784915f916121da575b50109081156121b4575b5061218c57818f9161215e92613ef2565b6121678e613ae5565b9d612172908a613ad1565b5261217c91613af3565b9b6001905b0194939291906119b6565b6001929e9150604051600381525f5160206144db5f395f51905f5260206101605192a3612181565b6001600160401b03168015159150816121cf575b505f61214d565b90504210155f6121c8565b9150506020813d8211612206575b816121f560209383613a47565b81010312610267578390515f612143565b3d91506121e8565b90506020813d821161223f575b8161222860209383613a47565b810103126102675761223990613ebe565b5f6120ed565b3d915061221b565b6001929e91506040518381525f5160206144db5f395f51905f5260206101605192a3612181565b6101005161012051929a50929650916122959188916001600160a01b03169033888d613922565b90816122a5575b50938f80612091565b604051631d9b8d1b60e21b815260048101919091526024810185905230604482015290506020816064817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156116a4575f91612310575b508f61229c565b90506020813d8211612341575b8161232a60209383613a47565b810103126102675761233b90613eb1565b8f612309565b3d915061231d565b612361915060203d811161169d576116898183613a47565b5f61207b565b6001929e9150604051600281525f5160206144db5f395f51905f5260206101605192a3612181565b60405163d647364f60e01b8152602060048201526005602482015264756e69747360d81b6044820152606490fd5b63703d2c4360e11b5f5260045260245260445ffd5b60405163d647364f60e01b815260206004820152600c60248201526b1859d9549958da5c1a595b9d60a21b6044820152606490fd5b60405163d647364f60e01b8152602060048201526007602482015266656e747269657360c81b6044820152606490fd5b506102006101a051116118eb565b630f529e3760e31b5f5260043560045260ff610120511660245260445ffd5b6334cf627560e21b5f5260043560045260245ffd5b34610267575f3660031901126102675760206040516102008152f35b34610267576020366003190112610267575f6102206040516124b681613a0f565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e0820152826102008201520152610240612532600435613d96565b60076040519161254183613a0f565b80546001600160a01b038116845260a081901c6001600160401b0316602085015260e081901c60ff16612573816138ca565b604085015260ff8160e81c16606085015260f01c60808401526001600160401b03600182015461ffff811660a086015260018060a01b038160101c1660c086015260b01c1660e084015260028101546001600160401b03811661010085015260018060801b039060401c16610120840152600381015460018060801b03811661014085015260801c61016084015260048101546001600160401b03811661018085015263ffffffff8160401c166101a085015260601c6101c084015260058101546101e0840152600681015461020084015201546102208201526102206040519160018060a01b0381511683526001600160401b0360208201511660208401526040810151612681816138ca565b604084015260ff606082015116606084015261ffff608082015116608084015261ffff60a08201511660a084015260018060a01b0360c08201511660c08401526001600160401b0360e08201511660e08401526001600160401b036101008201511661010084015260018060801b036101208201511661012084015260018060801b036101408201511661014084015260018060801b03610160820151166101608401526001600160401b036101808201511661018084015263ffffffff6101a0820151166101a084015260018060a01b036101c0820151166101c08401526101e08101516101e08401526102008101516102008401520151610220820152f35b346102675760203660031901126102675760043565ffffffffffff811690818103610267576127af613cda565b6127b84261428b565b9165ffffffffffff6127c8613c82565b16808211156128cd57507ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9265ffffffffffff826206978080612815951091180262069780181690613fc2565b906002548060d01c80612871575b5050600280546001600160a01b031660a083901b65ffffffffffff60a01b161760d084901b6001600160d01b0319161790556040805165ffffffffffff9283168152919092166020820152a1005b4211156128a357600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b8380612823565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a161289c565b0365ffffffffffff8111610906577ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b926128159190613fc2565b34610267575f366003190112610267576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461026757602036600319011261026757612964613802565b61296c613cda565b7f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed660206129a961299b4261428b565b6129a3613c82565b90613fc2565b65ffffffffffff6129b8613cbb565b6001805460d085901b166001600160a01b0390981697881785851660a01b1790559190911690506129f5575b65ffffffffffff60405191168152a2005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a16129e4565b3461026757602036600319011261026757612a37613802565b612a3f613d61565b6001600160a01b0381165f81815260096020908152604080832033845290915290205490918115612ad35782612ac1935f52600960205260405f2060018060a01b0333165f526020525f60408120556040518381527fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb60203392a33390613dfe565b5f5f5160206144fb5f395f51905f525d005b636e34ee0b60e11b5f523360045260245ffd5b34610267575f366003190112610267576040516b646174617365742d73616c6560a01b8152602090f35b34610267575f3660031901126102675760206040516175308152f35b34610267575f3660031901126102675760206040517f850d585eb7f024ccee5e68e55f2c26cc72e1e6ee456acf62135757a5eb9d4a108152f35b34610267575f36600319011261026757600354604051602091821c6001600160a01b03168152f35b3461026757606036600319011261026757600435612baa613844565b60443591905f198303612c19575f5b335f52600b60205260405f20835f5260205260405f2060018060a01b0383165f5260205260405f205560405192835260018060a01b0316917f6178aa8a37d8e4ba37869a9c5bed914f5ae5c5223e9d219f24e515e72bebaa6660203392a4005b6001830180841115612bb957634e487b7160e01b5f52601160045260245ffd5b3461026757604036600319011261026757600435612c55613844565b811580612d05575b612c8a575b336001600160a01b03821603612c7b576108759161424d565b63334bd91960e11b5f5260045ffd5b612c92613cbb565b906001600160a01b031615801590612cf5575b8015612ce3575b612cc857506001805465ffffffffffff60a01b19169055612c62565b65ffffffffffff906319ca5ebb60e01b5f521660045260245ffd5b504265ffffffffffff82161015612cac565b5065ffffffffffff811615612ca5565b506002546001600160a01b03828116911614612c5d565b34610267575f36600319011261026757602061ffff60035416604051908152f35b3461026757604036600319011261026757600435612d59613844565b81156108775781612d7b61086b610875945f525f602052600160405f20015490565b6141d5565b34610267575f366003190112610267576020600554604051908152f35b34610267576080366003190112610267576024356004356044356001600160401b03811161026757612dd390369060040161386a565b906064356001600160401b03811161026757612df390369060040161389a565b9092612dfd613d61565b612e0685613d96565b604051637b3368d960e11b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661012082602481845afa9182156116a4575f92613449575b50610120600491604051928380926367f855cb60e11b82525afa9081156116a4575f916133b9575b506020820151159182156133a2575b821561338e575b50506103b55760ff815460e01c16612eb0816138ca565b60018103613376575060018101916001600160401b03835460b01c168042116133605750871561332e576004820163ffffffff815460401c16808314801590613324575b61330e5750612f0282613a7f565b965f5b8381106132d15750612f1688613f1d565b9260058501938454036132bb575f978897917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690895b8181106131a9575050505050508487528860028401600160801b60019003815460401c169360038601998a5460801c612f8e908b613b00565b9487549b8c60f01c612fa09088613b00565b6127109004948a5461ffff16612fb69089613b00565b61271090049687612fc7888b613915565b90612fd191613915565b60ff60e01b19909f16600160e11b178b5583546001600160601b03163360601b6001600160601b03191617845560078b01558054600160401b600160c01b031916604089901b600160401b600160c01b031617905580546001600160801b0319166001600160801b038e16179055805463ffffffff60401b191660408b901b63ffffffff60401b16178155805467ffffffffffffffff19166001600160401b038c1617905588156131a15761308590613f1d565b905b55855460101c6001600160a01b039081165f908152600960209081526040808320600354831c909416835292905220805490916130c391613af3565b9055845460101c6001600160a01b03165f9081526009602090815260408083203384529091529020805490916130f891613af3565b9055808211613153575b505050506040519485526020850152604084015260608301527fe89735aa3daf69b635685c059da5b9efe2a415fbcbbee0fbd769d02c858348b360803393a35f5f5160206144fb5f395f51905f525d005b61315c91613915565b915460101c6001600160a01b039081165f908152600960209081526040808320945490931682529290925290208054909161319691613af3565b905585808080613102565b505f90613087565b6131b4818386613ac1565b3560206131c2838588613ac1565b013590843b15610267578f916040519163091208c960e31b835260048301526b646174617365742d73616c6560a01b602483015260448201525f8160648183895af190816132ab575b50613240579060019161321f828588613ac1565b35905f5160206144db5f395f51905f52602060405160038152a35b01612f55565b509a61324d8c8688613ab1565b358c61325a818588613ac1565b3590613267908588613ac1565b602001359061327592613ef2565b8d61327f8d613ae5565b9c61328991613ad1565b526132958c8386613ac1565b602001356132a291613af3565b9a60019061323a565b5f6132b591613a47565b5f61320b565b896367436e5760e01b5f5260045260245260445ffd5b806132fd6132e26001938a86613ab1565b358a60206114c5858a6132f6828287613ac1565b3594613ac1565b613307828c613ad1565b5201612f05565b826355c5b3e360e11b5f5260045260245260445ffd5b5082861415612ef4565b60405163d647364f60e01b8152602060048201526009602482015268189d5b991b1950da5960ba1b6044820152606490fd5b87632b5bb6fd60e21b5f5260045260245260445ffd5b63e9ce433360e01b5f52600487905261176a816138ca565b516001600160601b03161090508880612e99565b60608101516001600160401b031615159250612e92565b9050610120813d8211613441575b816133d56101209383613a47565b8101031261026757805160ff81160361026757806133f7602060e09301613ee3565b5061340460408201613ee3565b5061341160608201613ed2565b5061341e60808201613ed2565b5061342b60a08201613ed2565b5061343860c08201613ee3565b50015189612e83565b3d91506133c7565b909150610120813d8211613540575b816134666101209383613a47565b810103126102675760405161012081018181106001600160401b03821117610ff45760405281516001600160601b03811681036102675781526134ab60208301613eb1565b60208201526134bc60408301613eb1565b60408201526134cd60608301613ebe565b60608201526134de60808301613ed2565b608082015260a08201519065ffffffffffff82168203610267576135326101006004946101209460a085015261351660c08201613ed2565b60c085015261352760e08201613ed2565b60e085015201613ed2565b610100820152929150612e5b565b3d9150613458565b3461026757602036600319011261026757600435613564613d61565b61356d81613d96565b805490916001600160a01b038216330361364f5760ff8260e01c16613591816138ca565b6001810361363857506001830154906001600160401b038260b01c16938442111561362157600281015460ff60e01b19909416600360e01b1790556040805193901c6001600160801b0316808452612ac19450923391907f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c490602090a3339060101c6001600160a01b0316613dfe565b848263055dec4b60e11b5f5260045260245260445ffd5b9063e9ce433360e01b5f5260045261176a816138ca565b630fd4087960e01b5f523360045260245260445ffd5b34610267576020366003190112610267576020610b176004355f525f602052600160405f20015490565b346102675760c0366003190112610267576136a8613802565b6136b0613818565b906064359060ff82168203610267576020926136dc926136ce61382e565b9160a4359360243590613922565b6040519015158152f35b34610267575f366003190112610267576136fe613cda565b6002548060d01c8061371c575b600280546001600160a01b03169055005b42111561374e57600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b808061370b565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a1613747565b34610267575f366003190112610267576020604051620697808152f35b34610267576020366003190112610267576004359063ffffffff60e01b8216809203610267576020916318a4c3c360e11b81149081156137d7575b5015158152f35b637965db0b60e01b8114915081156137f1575b50836137d0565b6301ffc9a760e01b149050836137ea565b600435906001600160a01b038216820361026757565b604435906001600160a01b038216820361026757565b608435906001600160a01b038216820361026757565b602435906001600160a01b038216820361026757565b6044359060ff8216820361026757565b9181601f84011215610267578235916001600160401b038311610267576020808501948460061b01011161026757565b9181601f84011215610267578235916001600160401b038311610267576020808501948460051b01011161026757565b600411156138d457565b634e487b7160e01b5f52602160045260245ffd5b9181601f84011215610267578235916001600160401b038311610267576020838186019501011161026757565b9190820391821161090657565b92909260018060a01b031691825f52600a60205260405f20845f5260205260405f2091600160ff845492161b1615613a0557825f52600c60205260405f20845f5260205260405f209060018060a01b03165f5260205260ff60405f205416600281149182156139e2575b50506139da575f52600b60205260405f20905f5260205260405f209060018060a01b03165f5260205260405f205480151591826139c857505090565b5f198201925090821161090657101590565b505050505f90565b6001015460ff169150816139f9575b505f8061398c565b6001915014155f6139f1565b5050505050505f90565b61024081019081106001600160401b03821117610ff457604052565b61018081019081106001600160401b03821117610ff457604052565b90601f801991011681019081106001600160401b03821117610ff457604052565b6001600160401b038111610ff45760051b60200190565b90613a8982613a68565b613a966040519182613a47565b8281528092613aa7601f1991613a68565b0190602036910137565b91908110156116f35760051b0190565b91908110156116f35760061b0190565b80518210156116f35760209160051b010190565b5f1981146109065760010190565b9190820180921161090657565b8181029291811591840414171561090657565b906001600160401b03809116911601906001600160401b03821161090657565b6001600160401b038111610ff457601f01601f191660200190565b929192613b5a82613b33565b91613b686040519384613a47565b829481845281830111610267578281602093845f960137010152565b805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b16919091179055565b908060209392818452848401375f828201840152601f01601f1916010190565b9081602091031261026757516001600160a01b03811681036102675790565b90600182811c92168015613c1c575b6020831014613c0857565b634e487b7160e01b5f52602260045260245ffd5b91607f1691613bfd565b90613c3081613a7f565b915f5b828110613c4957505050613c4690613f1d565b90565b80613c71613c5a6001938686613ac1565b356020613c68848888613ac1565b01359083613ef2565b613c7b8287613ad1565b5201613c33565b6002548060d01c8015159081613cb1575b5015613ca75760a01c65ffffffffffff1690565b5060015460d01c90565b905042115f613c93565b6001546001600160a01b0381169160a09190911c65ffffffffffff1690565b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff1615613d1257565b63e2517d3f60e01b5f52336004525f60245260445ffd5b5f8181526020818152604080832033845290915290205460ff1615613d4b5750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f5160206144fb5f395f51905f525c613d875760015f5160206144fb5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b90815f52600760205260405f209160ff835460e01c16613db5816138ca565b15613dbd5750565b63d5f38fab60e01b5f5260045260245ffd5b3d15613df9573d90613de082613b33565b91613dee6040519384613a47565b82523d5f602084013e565b606090565b8215613eac576001600160a01b031680613e4b57506001600160a01b03165f80808085855af1613e2c613dcf565b5015613e36575050565b630e21dcbb60e11b5f5260045260245260445ffd5b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f5114821615613e8b575b60405215611ee85750565b906001811516613ea357823b15153d15161690613e80565b503d5f823e3d90fd5b505050565b5190811515820361026757565b51906001600160401b038216820361026757565b519063ffffffff8216820361026757565b519061ffff8216820361026757565b9160405191602083019384526040830152606082015260608152613f17608082613a47565b51902090565b80515b60018111613f3757508051156116f3576020015190565b5f905f5b818110613f49575050613f20565b600181018082116109065782811015613fb157613f71613f698387613ad1565b519186613ad1565b51905f5260205260405f205b613f90613f8985613ae5565b9486613ad1565b526002810180911115613f3b57634e487b7160e01b5f52601160045260245ffd5b50613fbc8185613ad1565b51613f7d565b9065ffffffffffff8091169116019065ffffffffffff821161090657565b5f52600660205260405f209060018060a01b0382541615613ffd57565b60405163d647364f60e01b81526020600482015260076024820152666c697374696e6760c81b6044820152606490fd5b9491939092945f925b600181116140535750505014918261404d57505090565b14919050565b9091956001808816145f146140af57848410156140a45761407e61407685613ae5565b948685613ab1565b355f5260205260405f20955b60011c90600181018091116109065760011c919091614036565b505050505050505f90565b95600181018082116109065782111561408a5795848410156140a4576140d761407685613ae5565b35905f5260205260405f209561408a565b8215613eac576001600160a01b03168061414f575f808080866001600160a01b038716617530f1614117613dcf565b505b1561412357505050565b5f52600960205260405f209060018060a01b03165f5260205261414b60405f20918254613af3565b9055565b60405163a9059cbb60e01b5f9081526001600160a01b038416600452602485905260209060448180865af19060015f5114821615614190575b604052614119565b90823b15153d15161690614188565b600254906001600160a01b038216610877576001600160a01b03199091166001600160a01b03821617600255613c46905f6143d2565b9081156141e6575b613c46916143d2565b600254916001600160a01b038316610877576001600160a01b03199092166001600160a01b038216176002556141dd565b600254613c4691906001600160a01b03808316911614614238575b5f61445a565b600280546001600160a01b0319169055614232565b90613c4691801580614274575b1561445a57600280546001600160a01b031916905561445a565b506002546001600160a01b0383811691161461425a565b65ffffffffffff81116142a35765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b604051634324aa2160e01b81526004810182905290917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691602081602481865afa5f918161439e575b5061431957505050505f90565b14918261432557505090565b6020919250602460405180948193632b4d7bf560e21b835260048301525afa80156116a4575f90614362575b6002915061435e816138ca565b1490565b506020813d602011614396575b8161437c60209383613a47565b810103126102675751600481101561026757600290614351565b3d915061436f565b9091506020813d6020116143ca575b816143ba60209383613a47565b810103126102675751905f61430c565b3d91506143ad565b5f818152602081815260408083206001600160a01b038616845290915290205460ff16614454575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615614454575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fe7acf51ee53a8f17566b1d0a46b7c97b7a00f21b036ce4bc301d6c9b5ee6e75ff9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a164736f6c6343000825000aad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
}

// DataMarket is an auto generated Go binding around an Ethereum contract.
type DataMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DataMarket) GetABI() abi.ABI {
	return c.abi
}

// NewDataMarket creates a new instance of DataMarket.
func NewDataMarket() *DataMarket {
	parsed, err := DataMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DataMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DataMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint48 adminDelay, address admin, address dat_, address validators_, address feeRecipient_) returns()
func (dataMarket *DataMarket) PackConstructor(adminDelay *big.Int, admin common.Address, dat_ common.Address, validators_ common.Address, feeRecipient_ common.Address) []byte {
	enc, err := dataMarket.abi.Pack("", adminDelay, admin, dat_, validators_, feeRecipient_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCURATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a2cfb54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CURATOR_ROLE() view returns(bytes32)
func (dataMarket *DataMarket) PackCURATORROLE() []byte {
	enc, err := dataMarket.abi.Pack("CURATOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCURATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a2cfb54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CURATOR_ROLE() view returns(bytes32)
func (dataMarket *DataMarket) TryPackCURATORROLE() ([]byte, error) {
	return dataMarket.abi.Pack("CURATOR_ROLE")
}

// UnpackCURATORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a2cfb54.
//
// Solidity: function CURATOR_ROLE() view returns(bytes32)
func (dataMarket *DataMarket) UnpackCURATORROLE(data []byte) ([32]byte, error) {
	out, err := dataMarket.abi.Unpack("CURATOR_ROLE", data)
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
func (dataMarket *DataMarket) PackDEFAULTADMINROLE() []byte {
	enc, err := dataMarket.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (dataMarket *DataMarket) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return dataMarket.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (dataMarket *DataMarket) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := dataMarket.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXACCESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf83ba03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ACCESS() view returns(uint64)
func (dataMarket *DataMarket) PackMAXACCESS() []byte {
	enc, err := dataMarket.abi.Pack("MAX_ACCESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXACCESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf83ba03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ACCESS() view returns(uint64)
func (dataMarket *DataMarket) TryPackMAXACCESS() ([]byte, error) {
	return dataMarket.abi.Pack("MAX_ACCESS")
}

// UnpackMAXACCESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf83ba03.
//
// Solidity: function MAX_ACCESS() view returns(uint64)
func (dataMarket *DataMarket) UnpackMAXACCESS(data []byte) (uint64, error) {
	out, err := dataMarket.abi.Unpack("MAX_ACCESS", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXENTRIES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d4cb964.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ENTRIES() view returns(uint256)
func (dataMarket *DataMarket) PackMAXENTRIES() []byte {
	enc, err := dataMarket.abi.Pack("MAX_ENTRIES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXENTRIES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d4cb964.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ENTRIES() view returns(uint256)
func (dataMarket *DataMarket) TryPackMAXENTRIES() ([]byte, error) {
	return dataMarket.abi.Pack("MAX_ENTRIES")
}

// UnpackMAXENTRIES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d4cb964.
//
// Solidity: function MAX_ENTRIES() view returns(uint256)
func (dataMarket *DataMarket) UnpackMAXENTRIES(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("MAX_ENTRIES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (dataMarket *DataMarket) PackMAXFEEBPS() []byte {
	enc, err := dataMarket.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (dataMarket *DataMarket) TryPackMAXFEEBPS() ([]byte, error) {
	return dataMarket.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (dataMarket *DataMarket) UnpackMAXFEEBPS(data []byte) (uint16, error) {
	out, err := dataMarket.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackPAYGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a7ebc6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAY_GAS() view returns(uint256)
func (dataMarket *DataMarket) PackPAYGAS() []byte {
	enc, err := dataMarket.abi.Pack("PAY_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAYGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a7ebc6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAY_GAS() view returns(uint256)
func (dataMarket *DataMarket) TryPackPAYGAS() ([]byte, error) {
	return dataMarket.abi.Pack("PAY_GAS")
}

// UnpackPAYGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a7ebc6e.
//
// Solidity: function PAY_GAS() view returns(uint256)
func (dataMarket *DataMarket) UnpackPAYGAS(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("PAY_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUSAGEMETRIC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f7de495.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function USAGE_METRIC() view returns(bytes32)
func (dataMarket *DataMarket) PackUSAGEMETRIC() []byte {
	enc, err := dataMarket.abi.Pack("USAGE_METRIC")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUSAGEMETRIC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f7de495.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function USAGE_METRIC() view returns(bytes32)
func (dataMarket *DataMarket) TryPackUSAGEMETRIC() ([]byte, error) {
	return dataMarket.abi.Pack("USAGE_METRIC")
}

// UnpackUSAGEMETRIC is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f7de495.
//
// Solidity: function USAGE_METRIC() view returns(bytes32)
func (dataMarket *DataMarket) UnpackUSAGEMETRIC(data []byte) ([32]byte, error) {
	out, err := dataMarket.abi.Unpack("USAGE_METRIC", data)
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
func (dataMarket *DataMarket) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := dataMarket.abi.Pack("acceptDefaultAdminTransfer")
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
func (dataMarket *DataMarket) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return dataMarket.abi.Pack("acceptDefaultAdminTransfer")
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (dataMarket *DataMarket) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := dataMarket.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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
func (dataMarket *DataMarket) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (dataMarket *DataMarket) PackCancelDefaultAdminTransfer() []byte {
	enc, err := dataMarket.abi.Pack("cancelDefaultAdminTransfer")
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
func (dataMarket *DataMarket) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return dataMarket.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (dataMarket *DataMarket) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("changeDefaultAdminDelay", newDelay)
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
func (dataMarket *DataMarket) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackClaimSales is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c4c304e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimSales(uint256 purchaseId, (uint256,uint256)[] entries, uint256[] indexes, uint256[] positions, bytes32[][] proofs) returns(uint256 total)
func (dataMarket *DataMarket) PackClaimSales(purchaseId *big.Int, entries []DataMarketEntry, indexes []*big.Int, positions []*big.Int, proofs [][][32]byte) []byte {
	enc, err := dataMarket.abi.Pack("claimSales", purchaseId, entries, indexes, positions, proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimSales is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c4c304e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimSales(uint256 purchaseId, (uint256,uint256)[] entries, uint256[] indexes, uint256[] positions, bytes32[][] proofs) returns(uint256 total)
func (dataMarket *DataMarket) TryPackClaimSales(purchaseId *big.Int, entries []DataMarketEntry, indexes []*big.Int, positions []*big.Int, proofs [][][32]byte) ([]byte, error) {
	return dataMarket.abi.Pack("claimSales", purchaseId, entries, indexes, positions, proofs)
}

// UnpackClaimSales is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c4c304e.
//
// Solidity: function claimSales(uint256 purchaseId, (uint256,uint256)[] entries, uint256[] indexes, uint256[] positions, bytes32[][] proofs) returns(uint256 total)
func (dataMarket *DataMarket) UnpackClaimSales(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("claimSales", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa54ab457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimed(uint256 purchaseId, uint256 position) view returns(bool)
func (dataMarket *DataMarket) PackClaimed(purchaseId *big.Int, position *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("claimed", purchaseId, position)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa54ab457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimed(uint256 purchaseId, uint256 position) view returns(bool)
func (dataMarket *DataMarket) TryPackClaimed(purchaseId *big.Int, position *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("claimed", purchaseId, position)
}

// UnpackClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa54ab457.
//
// Solidity: function claimed(uint256 purchaseId, uint256 position) view returns(bool)
func (dataMarket *DataMarket) UnpackClaimed(data []byte) (bool, error) {
	out, err := dataMarket.abi.Unpack("claimed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCloseListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5a255cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeListing(uint256 listingId) returns()
func (dataMarket *DataMarket) PackCloseListing(listingId *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("closeListing", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5a255cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeListing(uint256 listingId) returns()
func (dataMarket *DataMarket) TryPackCloseListing(listingId *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("closeListing", listingId)
}

// PackConsentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d128cc0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consentOf(address holder, uint256 classId) view returns(uint256 purposes, bool allowListOnly)
func (dataMarket *DataMarket) PackConsentOf(holder common.Address, classId *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("consentOf", holder, classId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d128cc0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consentOf(address holder, uint256 classId) view returns(uint256 purposes, bool allowListOnly)
func (dataMarket *DataMarket) TryPackConsentOf(holder common.Address, classId *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("consentOf", holder, classId)
}

// ConsentOfOutput serves as a container for the return parameters of contract
// method ConsentOf.
type ConsentOfOutput struct {
	Purposes      *big.Int
	AllowListOnly bool
}

// UnpackConsentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d128cc0.
//
// Solidity: function consentOf(address holder, uint256 classId) view returns(uint256 purposes, bool allowListOnly)
func (dataMarket *DataMarket) UnpackConsentOf(data []byte) (ConsentOfOutput, error) {
	out, err := dataMarket.abi.Unpack("consentOf", data)
	outstruct := new(ConsentOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Purposes = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.AllowListOnly = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackConsents is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20d9ffc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consents(address holder, uint256 classId, address buyer, uint8 purpose, address asset, uint256 pricePerUnit) view returns(bool)
func (dataMarket *DataMarket) PackConsents(holder common.Address, classId *big.Int, buyer common.Address, purpose uint8, asset common.Address, pricePerUnit *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("consents", holder, classId, buyer, purpose, asset, pricePerUnit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsents is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20d9ffc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consents(address holder, uint256 classId, address buyer, uint8 purpose, address asset, uint256 pricePerUnit) view returns(bool)
func (dataMarket *DataMarket) TryPackConsents(holder common.Address, classId *big.Int, buyer common.Address, purpose uint8, asset common.Address, pricePerUnit *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("consents", holder, classId, buyer, purpose, asset, pricePerUnit)
}

// UnpackConsents is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20d9ffc3.
//
// Solidity: function consents(address holder, uint256 classId, address buyer, uint8 purpose, address asset, uint256 pricePerUnit) view returns(bool)
func (dataMarket *DataMarket) UnpackConsents(data []byte) (bool, error) {
	out, err := dataMarket.abi.Unpack("consents", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc1f0d2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address , address ) view returns(uint256)
func (dataMarket *DataMarket) PackCredit(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := dataMarket.abi.Pack("credit", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc1f0d2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address , address ) view returns(uint256)
func (dataMarket *DataMarket) TryPackCredit(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("credit", arg0, arg1)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc1f0d2d.
//
// Solidity: function credit(address , address ) view returns(uint256)
func (dataMarket *DataMarket) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("credit", data)
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
func (dataMarket *DataMarket) PackDat() []byte {
	enc, err := dataMarket.abi.Pack("dat")
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
func (dataMarket *DataMarket) TryPackDat() ([]byte, error) {
	return dataMarket.abi.Pack("dat")
}

// UnpackDat is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63eb963a.
//
// Solidity: function dat() view returns(address)
func (dataMarket *DataMarket) UnpackDat(data []byte) (common.Address, error) {
	out, err := dataMarket.abi.Unpack("dat", data)
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
func (dataMarket *DataMarket) PackDefaultAdmin() []byte {
	enc, err := dataMarket.abi.Pack("defaultAdmin")
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
func (dataMarket *DataMarket) TryPackDefaultAdmin() ([]byte, error) {
	return dataMarket.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (dataMarket *DataMarket) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := dataMarket.abi.Unpack("defaultAdmin", data)
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
func (dataMarket *DataMarket) PackDefaultAdminDelay() []byte {
	enc, err := dataMarket.abi.Pack("defaultAdminDelay")
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
func (dataMarket *DataMarket) TryPackDefaultAdminDelay() ([]byte, error) {
	return dataMarket.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (dataMarket *DataMarket) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("defaultAdminDelay", data)
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
func (dataMarket *DataMarket) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := dataMarket.abi.Pack("defaultAdminDelayIncreaseWait")
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
func (dataMarket *DataMarket) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return dataMarket.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (dataMarket *DataMarket) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x297a10b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliver(uint256 purchaseId, bytes32 bundleCid, (uint256,uint256)[] entries, uint256[] indexes) returns()
func (dataMarket *DataMarket) PackDeliver(purchaseId *big.Int, bundleCid [32]byte, entries []DataMarketEntry, indexes []*big.Int) []byte {
	enc, err := dataMarket.abi.Pack("deliver", purchaseId, bundleCid, entries, indexes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x297a10b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliver(uint256 purchaseId, bytes32 bundleCid, (uint256,uint256)[] entries, uint256[] indexes) returns()
func (dataMarket *DataMarket) TryPackDeliver(purchaseId *big.Int, bundleCid [32]byte, entries []DataMarketEntry, indexes []*big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("deliver", purchaseId, bundleCid, entries, indexes)
}

// PackDeliveryFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf94f550a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliveryFeeBps() view returns(uint16)
func (dataMarket *DataMarket) PackDeliveryFeeBps() []byte {
	enc, err := dataMarket.abi.Pack("deliveryFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliveryFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf94f550a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliveryFeeBps() view returns(uint16)
func (dataMarket *DataMarket) TryPackDeliveryFeeBps() ([]byte, error) {
	return dataMarket.abi.Pack("deliveryFeeBps")
}

// UnpackDeliveryFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf94f550a.
//
// Solidity: function deliveryFeeBps() view returns(uint16)
func (dataMarket *DataMarket) UnpackDeliveryFeeBps(data []byte) (uint16, error) {
	out, err := dataMarket.abi.Unpack("deliveryFeeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (dataMarket *DataMarket) PackFeeRecipient() []byte {
	enc, err := dataMarket.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (dataMarket *DataMarket) TryPackFeeRecipient() ([]byte, error) {
	return dataMarket.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (dataMarket *DataMarket) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := dataMarket.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFloorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c9c29b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function floorOf(address holder, uint256 classId, address asset) view returns(bool accepted, uint256 price)
func (dataMarket *DataMarket) PackFloorOf(holder common.Address, classId *big.Int, asset common.Address) []byte {
	enc, err := dataMarket.abi.Pack("floorOf", holder, classId, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFloorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c9c29b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function floorOf(address holder, uint256 classId, address asset) view returns(bool accepted, uint256 price)
func (dataMarket *DataMarket) TryPackFloorOf(holder common.Address, classId *big.Int, asset common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("floorOf", holder, classId, asset)
}

// FloorOfOutput serves as a container for the return parameters of contract
// method FloorOf.
type FloorOfOutput struct {
	Accepted bool
	Price    *big.Int
}

// UnpackFloorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4c9c29b.
//
// Solidity: function floorOf(address holder, uint256 classId, address asset) view returns(bool accepted, uint256 price)
func (dataMarket *DataMarket) UnpackFloorOf(data []byte) (FloorOfOutput, error) {
	out, err := dataMarket.abi.Unpack("floorOf", data)
	outstruct := new(FloorOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Accepted = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Price = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dataMarket *DataMarket) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := dataMarket.abi.Pack("getRoleAdmin", role)
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
func (dataMarket *DataMarket) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return dataMarket.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dataMarket *DataMarket) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := dataMarket.abi.Unpack("getRoleAdmin", data)
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
func (dataMarket *DataMarket) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := dataMarket.abi.Pack("grantRole", role, account)
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
func (dataMarket *DataMarket) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dataMarket *DataMarket) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := dataMarket.abi.Pack("hasRole", role, account)
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
func (dataMarket *DataMarket) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dataMarket *DataMarket) UnpackHasRole(data []byte) (bool, error) {
	out, err := dataMarket.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4e8452d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function list(uint256 classId, bytes32 manifestRoot, bytes32 manifestCid, bytes32 certificateHash, address asset, uint128 pricePerUnit, uint256 purposes, uint64 accessDuration, uint32 deliveryWindow, string licenceURI) returns(uint256 listingId)
func (dataMarket *DataMarket) PackList(classId *big.Int, manifestRoot [32]byte, manifestCid [32]byte, certificateHash [32]byte, asset common.Address, pricePerUnit *big.Int, purposes *big.Int, accessDuration uint64, deliveryWindow uint32, licenceURI string) []byte {
	enc, err := dataMarket.abi.Pack("list", classId, manifestRoot, manifestCid, certificateHash, asset, pricePerUnit, purposes, accessDuration, deliveryWindow, licenceURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4e8452d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function list(uint256 classId, bytes32 manifestRoot, bytes32 manifestCid, bytes32 certificateHash, address asset, uint128 pricePerUnit, uint256 purposes, uint64 accessDuration, uint32 deliveryWindow, string licenceURI) returns(uint256 listingId)
func (dataMarket *DataMarket) TryPackList(classId *big.Int, manifestRoot [32]byte, manifestCid [32]byte, certificateHash [32]byte, asset common.Address, pricePerUnit *big.Int, purposes *big.Int, accessDuration uint64, deliveryWindow uint32, licenceURI string) ([]byte, error) {
	return dataMarket.abi.Pack("list", classId, manifestRoot, manifestCid, certificateHash, asset, pricePerUnit, purposes, accessDuration, deliveryWindow, licenceURI)
}

// UnpackList is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4e8452d.
//
// Solidity: function list(uint256 classId, bytes32 manifestRoot, bytes32 manifestCid, bytes32 certificateHash, address asset, uint128 pricePerUnit, uint256 purposes, uint64 accessDuration, uint32 deliveryWindow, string licenceURI) returns(uint256 listingId)
func (dataMarket *DataMarket) UnpackList(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("list", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackListingCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9b07c26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listingCount() view returns(uint256)
func (dataMarket *DataMarket) PackListingCount() []byte {
	enc, err := dataMarket.abi.Pack("listingCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListingCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9b07c26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listingCount() view returns(uint256)
func (dataMarket *DataMarket) TryPackListingCount() ([]byte, error) {
	return dataMarket.abi.Pack("listingCount")
}

// UnpackListingCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9b07c26.
//
// Solidity: function listingCount() view returns(uint256)
func (dataMarket *DataMarket) UnpackListingCount(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("listingCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackListingOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3404981.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listingOf(uint256 listingId) view returns((address,uint64,bool,address,uint64,uint32,uint128,uint256,bytes32,bytes32,bytes32,string))
func (dataMarket *DataMarket) PackListingOf(listingId *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("listingOf", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListingOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3404981.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listingOf(uint256 listingId) view returns((address,uint64,bool,address,uint64,uint32,uint128,uint256,bytes32,bytes32,bytes32,string))
func (dataMarket *DataMarket) TryPackListingOf(listingId *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("listingOf", listingId)
}

// UnpackListingOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3404981.
//
// Solidity: function listingOf(uint256 listingId) view returns((address,uint64,bool,address,uint64,uint32,uint128,uint256,bytes32,bytes32,bytes32,string))
func (dataMarket *DataMarket) UnpackListingOf(data []byte) (DataMarketListing, error) {
	out, err := dataMarket.abi.Unpack("listingOf", data)
	if err != nil {
		return *new(DataMarketListing), err
	}
	out0 := *abi.ConvertType(out[0], new(DataMarketListing)).(*DataMarketListing)
	return out0, nil
}

// PackMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbededd4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function merkleRoot((uint256,uint256)[] entries) pure returns(bytes32)
func (dataMarket *DataMarket) PackMerkleRoot(entries []DataMarketEntry) []byte {
	enc, err := dataMarket.abi.Pack("merkleRoot", entries)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbededd4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function merkleRoot((uint256,uint256)[] entries) pure returns(bytes32)
func (dataMarket *DataMarket) TryPackMerkleRoot(entries []DataMarketEntry) ([]byte, error) {
	return dataMarket.abi.Pack("merkleRoot", entries)
}

// UnpackMerkleRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbededd4c.
//
// Solidity: function merkleRoot((uint256,uint256)[] entries) pure returns(bytes32)
func (dataMarket *DataMarket) UnpackMerkleRoot(data []byte) ([32]byte, error) {
	out, err := dataMarket.abi.Unpack("merkleRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (dataMarket *DataMarket) PackOwner() []byte {
	enc, err := dataMarket.abi.Pack("owner")
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
func (dataMarket *DataMarket) TryPackOwner() ([]byte, error) {
	return dataMarket.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (dataMarket *DataMarket) UnpackOwner(data []byte) (common.Address, error) {
	out, err := dataMarket.abi.Unpack("owner", data)
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
func (dataMarket *DataMarket) PackPendingDefaultAdmin() []byte {
	enc, err := dataMarket.abi.Pack("pendingDefaultAdmin")
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
func (dataMarket *DataMarket) TryPackPendingDefaultAdmin() ([]byte, error) {
	return dataMarket.abi.Pack("pendingDefaultAdmin")
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
func (dataMarket *DataMarket) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := dataMarket.abi.Unpack("pendingDefaultAdmin", data)
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
func (dataMarket *DataMarket) PackPendingDefaultAdminDelay() []byte {
	enc, err := dataMarket.abi.Pack("pendingDefaultAdminDelay")
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
func (dataMarket *DataMarket) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return dataMarket.abi.Pack("pendingDefaultAdminDelay")
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
func (dataMarket *DataMarket) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := dataMarket.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackProtocolFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35659fb8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function protocolFeeBps() view returns(uint16)
func (dataMarket *DataMarket) PackProtocolFeeBps() []byte {
	enc, err := dataMarket.abi.Pack("protocolFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProtocolFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35659fb8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function protocolFeeBps() view returns(uint16)
func (dataMarket *DataMarket) TryPackProtocolFeeBps() ([]byte, error) {
	return dataMarket.abi.Pack("protocolFeeBps")
}

// UnpackProtocolFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35659fb8.
//
// Solidity: function protocolFeeBps() view returns(uint16)
func (dataMarket *DataMarket) UnpackProtocolFeeBps(data []byte) (uint16, error) {
	out, err := dataMarket.abi.Unpack("protocolFeeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackPurchase is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8087e3b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function purchase(uint256 listingId, (uint256,uint256)[] entries, uint8 purpose, string ageRecipient, uint256 minUnits, uint256 maxAmount) payable returns(uint256 purchaseId)
func (dataMarket *DataMarket) PackPurchase(listingId *big.Int, entries []DataMarketEntry, purpose uint8, ageRecipient string, minUnits *big.Int, maxAmount *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("purchase", listingId, entries, purpose, ageRecipient, minUnits, maxAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPurchase is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8087e3b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function purchase(uint256 listingId, (uint256,uint256)[] entries, uint8 purpose, string ageRecipient, uint256 minUnits, uint256 maxAmount) payable returns(uint256 purchaseId)
func (dataMarket *DataMarket) TryPackPurchase(listingId *big.Int, entries []DataMarketEntry, purpose uint8, ageRecipient string, minUnits *big.Int, maxAmount *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("purchase", listingId, entries, purpose, ageRecipient, minUnits, maxAmount)
}

// UnpackPurchase is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8087e3b7.
//
// Solidity: function purchase(uint256 listingId, (uint256,uint256)[] entries, uint8 purpose, string ageRecipient, uint256 minUnits, uint256 maxAmount) payable returns(uint256 purchaseId)
func (dataMarket *DataMarket) UnpackPurchase(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("purchase", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPurchaseCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b85ed9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function purchaseCount() view returns(uint256)
func (dataMarket *DataMarket) PackPurchaseCount() []byte {
	enc, err := dataMarket.abi.Pack("purchaseCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPurchaseCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b85ed9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function purchaseCount() view returns(uint256)
func (dataMarket *DataMarket) TryPackPurchaseCount() ([]byte, error) {
	return dataMarket.abi.Pack("purchaseCount")
}

// UnpackPurchaseCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b85ed9c.
//
// Solidity: function purchaseCount() view returns(uint256)
func (dataMarket *DataMarket) UnpackPurchaseCount(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("purchaseCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPurchaseOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a7d541f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function purchaseOf(uint256 purchaseId) view returns((address,uint64,uint8,uint8,uint16,uint16,address,uint64,uint64,uint128,uint128,uint128,uint64,uint32,address,bytes32,bytes32,bytes32))
func (dataMarket *DataMarket) PackPurchaseOf(purchaseId *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("purchaseOf", purchaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPurchaseOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a7d541f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function purchaseOf(uint256 purchaseId) view returns((address,uint64,uint8,uint8,uint16,uint16,address,uint64,uint64,uint128,uint128,uint128,uint64,uint32,address,bytes32,bytes32,bytes32))
func (dataMarket *DataMarket) TryPackPurchaseOf(purchaseId *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("purchaseOf", purchaseId)
}

// UnpackPurchaseOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a7d541f.
//
// Solidity: function purchaseOf(uint256 purchaseId) view returns((address,uint64,uint8,uint8,uint16,uint16,address,uint64,uint64,uint128,uint128,uint128,uint64,uint32,address,bytes32,bytes32,bytes32))
func (dataMarket *DataMarket) UnpackPurchaseOf(data []byte) (DataMarketPurchase, error) {
	out, err := dataMarket.abi.Unpack("purchaseOf", data)
	if err != nil {
		return *new(DataMarketPurchase), err
	}
	out0 := *abi.ConvertType(out[0], new(DataMarketPurchase)).(*DataMarketPurchase)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(uint256 purchaseId) returns()
func (dataMarket *DataMarket) PackRefund(purchaseId *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("refund", purchaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(uint256 purchaseId) returns()
func (dataMarket *DataMarket) TryPackRefund(purchaseId *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("refund", purchaseId)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (dataMarket *DataMarket) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := dataMarket.abi.Pack("renounceRole", role, account)
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
func (dataMarket *DataMarket) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("renounceRole", role, account)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (dataMarket *DataMarket) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := dataMarket.abi.Pack("revokeRole", role, account)
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
func (dataMarket *DataMarket) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("revokeRole", role, account)
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (dataMarket *DataMarket) PackRollbackDefaultAdminDelay() []byte {
	enc, err := dataMarket.abi.Pack("rollbackDefaultAdminDelay")
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
func (dataMarket *DataMarket) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return dataMarket.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSetBuyerRule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8b4447a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBuyerRule(uint256 classId, address buyer, uint8 rule) returns()
func (dataMarket *DataMarket) PackSetBuyerRule(classId *big.Int, buyer common.Address, rule uint8) []byte {
	enc, err := dataMarket.abi.Pack("setBuyerRule", classId, buyer, rule)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBuyerRule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8b4447a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBuyerRule(uint256 classId, address buyer, uint8 rule) returns()
func (dataMarket *DataMarket) TryPackSetBuyerRule(classId *big.Int, buyer common.Address, rule uint8) ([]byte, error) {
	return dataMarket.abi.Pack("setBuyerRule", classId, buyer, rule)
}

// PackSetConsent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xace2d86e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setConsent(uint256 classId, uint256 purposes, bool allowListOnly) returns()
func (dataMarket *DataMarket) PackSetConsent(classId *big.Int, purposes *big.Int, allowListOnly bool) []byte {
	enc, err := dataMarket.abi.Pack("setConsent", classId, purposes, allowListOnly)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetConsent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xace2d86e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setConsent(uint256 classId, uint256 purposes, bool allowListOnly) returns()
func (dataMarket *DataMarket) TryPackSetConsent(classId *big.Int, purposes *big.Int, allowListOnly bool) ([]byte, error) {
	return dataMarket.abi.Pack("setConsent", classId, purposes, allowListOnly)
}

// PackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfb6385f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFees(uint16 protocolBps, uint16 deliveryBps, address recipient) returns()
func (dataMarket *DataMarket) PackSetFees(protocolBps uint16, deliveryBps uint16, recipient common.Address) []byte {
	enc, err := dataMarket.abi.Pack("setFees", protocolBps, deliveryBps, recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfb6385f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFees(uint16 protocolBps, uint16 deliveryBps, address recipient) returns()
func (dataMarket *DataMarket) TryPackSetFees(protocolBps uint16, deliveryBps uint16, recipient common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("setFees", protocolBps, deliveryBps, recipient)
}

// PackSetFloor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44aa8b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFloor(uint256 classId, address asset, uint256 pricePerUnit) returns()
func (dataMarket *DataMarket) PackSetFloor(classId *big.Int, asset common.Address, pricePerUnit *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("setFloor", classId, asset, pricePerUnit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFloor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44aa8b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFloor(uint256 classId, address asset, uint256 pricePerUnit) returns()
func (dataMarket *DataMarket) TryPackSetFloor(classId *big.Int, asset common.Address, pricePerUnit *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("setFloor", classId, asset, pricePerUnit)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dataMarket *DataMarket) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := dataMarket.abi.Pack("supportsInterface", interfaceId)
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
func (dataMarket *DataMarket) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return dataMarket.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dataMarket *DataMarket) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := dataMarket.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca1e7819.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validators() view returns(address)
func (dataMarket *DataMarket) PackValidators() []byte {
	enc, err := dataMarket.abi.Pack("validators")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca1e7819.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validators() view returns(address)
func (dataMarket *DataMarket) TryPackValidators() ([]byte, error) {
	return dataMarket.abi.Pack("validators")
}

// UnpackValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca1e7819.
//
// Solidity: function validators() view returns(address)
func (dataMarket *DataMarket) UnpackValidators(data []byte) (common.Address, error) {
	out, err := dataMarket.abi.Unpack("validators", data)
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
// Solidity: function withdraw(address asset) returns()
func (dataMarket *DataMarket) PackWithdraw(asset common.Address) []byte {
	enc, err := dataMarket.abi.Pack("withdraw", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address asset) returns()
func (dataMarket *DataMarket) TryPackWithdraw(asset common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("withdraw", asset)
}

// DataMarketBuyerRuleSet represents a BuyerRuleSet event raised by the DataMarket contract.
type DataMarketBuyerRuleSet struct {
	Holder  common.Address
	ClassId *big.Int
	Buyer   common.Address
	Rule    uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataMarketBuyerRuleSetEventName = "BuyerRuleSet"

// ContractEventName returns the user-defined event name.
func (DataMarketBuyerRuleSet) ContractEventName() string {
	return DataMarketBuyerRuleSetEventName
}

// UnpackBuyerRuleSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BuyerRuleSet(address indexed holder, uint256 indexed classId, address indexed buyer, uint8 rule)
func (dataMarket *DataMarket) UnpackBuyerRuleSetEvent(log *types.Log) (*DataMarketBuyerRuleSet, error) {
	event := "BuyerRuleSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketBuyerRuleSet)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketConsentSet represents a ConsentSet event raised by the DataMarket contract.
type DataMarketConsentSet struct {
	Holder        common.Address
	ClassId       *big.Int
	Purposes      *big.Int
	AllowListOnly bool
	Raw           *types.Log // Blockchain specific contextual infos
}

const DataMarketConsentSetEventName = "ConsentSet"

// ContractEventName returns the user-defined event name.
func (DataMarketConsentSet) ContractEventName() string {
	return DataMarketConsentSetEventName
}

// UnpackConsentSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConsentSet(address indexed holder, uint256 indexed classId, uint256 purposes, bool allowListOnly)
func (dataMarket *DataMarket) UnpackConsentSetEvent(log *types.Log) (*DataMarketConsentSet, error) {
	event := "ConsentSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketConsentSet)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the DataMarket contract.
type DataMarketDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DataMarketDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (DataMarketDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return DataMarketDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (dataMarket *DataMarket) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*DataMarketDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the DataMarket contract.
type DataMarketDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DataMarketDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (DataMarketDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return DataMarketDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (dataMarket *DataMarket) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*DataMarketDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the DataMarket contract.
type DataMarketDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DataMarketDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (DataMarketDefaultAdminTransferCanceled) ContractEventName() string {
	return DataMarketDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (dataMarket *DataMarket) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*DataMarketDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the DataMarket contract.
type DataMarketDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DataMarketDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (DataMarketDefaultAdminTransferScheduled) ContractEventName() string {
	return DataMarketDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (dataMarket *DataMarket) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*DataMarketDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketDelivered represents a Delivered event raised by the DataMarket contract.
type DataMarketDelivered struct {
	PurchaseId *big.Int
	Gateway    common.Address
	BundleCid  [32]byte
	Tokens     *big.Int
	Units      *big.Int
	Pool       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataMarketDeliveredEventName = "Delivered"

// ContractEventName returns the user-defined event name.
func (DataMarketDelivered) ContractEventName() string {
	return DataMarketDeliveredEventName
}

// UnpackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delivered(uint256 indexed purchaseId, address indexed gateway, bytes32 bundleCid, uint256 tokens, uint256 units, uint256 pool)
func (dataMarket *DataMarket) UnpackDeliveredEvent(log *types.Log) (*DataMarketDelivered, error) {
	event := "Delivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketDelivered)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketEntryExcluded represents a EntryExcluded event raised by the DataMarket contract.
type DataMarketEntryExcluded struct {
	PurchaseId *big.Int
	TokenId    *big.Int
	Why        uint8
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataMarketEntryExcludedEventName = "EntryExcluded"

// ContractEventName returns the user-defined event name.
func (DataMarketEntryExcluded) ContractEventName() string {
	return DataMarketEntryExcludedEventName
}

// UnpackEntryExcludedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EntryExcluded(uint256 indexed purchaseId, uint256 indexed tokenId, uint8 why)
func (dataMarket *DataMarket) UnpackEntryExcludedEvent(log *types.Log) (*DataMarketEntryExcluded, error) {
	event := "EntryExcluded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketEntryExcluded)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketFeesUpdated represents a FeesUpdated event raised by the DataMarket contract.
type DataMarketFeesUpdated struct {
	ProtocolFeeBps uint16
	DeliveryFeeBps uint16
	FeeRecipient   common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const DataMarketFeesUpdatedEventName = "FeesUpdated"

// ContractEventName returns the user-defined event name.
func (DataMarketFeesUpdated) ContractEventName() string {
	return DataMarketFeesUpdatedEventName
}

// UnpackFeesUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesUpdated(uint16 protocolFeeBps, uint16 deliveryFeeBps, address feeRecipient)
func (dataMarket *DataMarket) UnpackFeesUpdatedEvent(log *types.Log) (*DataMarketFeesUpdated, error) {
	event := "FeesUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketFeesUpdated)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketFloorSet represents a FloorSet event raised by the DataMarket contract.
type DataMarketFloorSet struct {
	Holder       common.Address
	ClassId      *big.Int
	Asset        common.Address
	PricePerUnit *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const DataMarketFloorSetEventName = "FloorSet"

// ContractEventName returns the user-defined event name.
func (DataMarketFloorSet) ContractEventName() string {
	return DataMarketFloorSetEventName
}

// UnpackFloorSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FloorSet(address indexed holder, uint256 indexed classId, address indexed asset, uint256 pricePerUnit)
func (dataMarket *DataMarket) UnpackFloorSetEvent(log *types.Log) (*DataMarketFloorSet, error) {
	event := "FloorSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketFloorSet)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketListed represents a Listed event raised by the DataMarket contract.
type DataMarketListed struct {
	ListingId       *big.Int
	Seller          common.Address
	ClassId         *big.Int
	ManifestRoot    [32]byte
	ManifestCid     [32]byte
	CertificateHash [32]byte
	Asset           common.Address
	PricePerUnit    *big.Int
	Purposes        *big.Int
	AccessDuration  uint64
	DeliveryWindow  uint32
	LicenceURI      string
	Raw             *types.Log // Blockchain specific contextual infos
}

const DataMarketListedEventName = "Listed"

// ContractEventName returns the user-defined event name.
func (DataMarketListed) ContractEventName() string {
	return DataMarketListedEventName
}

// UnpackListedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Listed(uint256 indexed listingId, address indexed seller, uint256 indexed classId, bytes32 manifestRoot, bytes32 manifestCid, bytes32 certificateHash, address asset, uint256 pricePerUnit, uint256 purposes, uint64 accessDuration, uint32 deliveryWindow, string licenceURI)
func (dataMarket *DataMarket) UnpackListedEvent(log *types.Log) (*DataMarketListed, error) {
	event := "Listed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketListed)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketListingClosed represents a ListingClosed event raised by the DataMarket contract.
type DataMarketListingClosed struct {
	ListingId *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataMarketListingClosedEventName = "ListingClosed"

// ContractEventName returns the user-defined event name.
func (DataMarketListingClosed) ContractEventName() string {
	return DataMarketListingClosedEventName
}

// UnpackListingClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingClosed(uint256 indexed listingId)
func (dataMarket *DataMarket) UnpackListingClosedEvent(log *types.Log) (*DataMarketListingClosed, error) {
	event := "ListingClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketListingClosed)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketPurchased represents a Purchased event raised by the DataMarket contract.
type DataMarketPurchased struct {
	PurchaseId   *big.Int
	ListingId    *big.Int
	Buyer        common.Address
	Purpose      uint8
	Tokens       *big.Int
	Units        *big.Int
	Amount       *big.Int
	SoldRoot     [32]byte
	Deadline     uint64
	LicenceEnds  uint64
	AgeRecipient string
	Raw          *types.Log // Blockchain specific contextual infos
}

const DataMarketPurchasedEventName = "Purchased"

// ContractEventName returns the user-defined event name.
func (DataMarketPurchased) ContractEventName() string {
	return DataMarketPurchasedEventName
}

// UnpackPurchasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Purchased(uint256 indexed purchaseId, uint256 indexed listingId, address indexed buyer, uint8 purpose, uint256 tokens, uint256 units, uint256 amount, bytes32 soldRoot, uint64 deadline, uint64 licenceEnds, string ageRecipient)
func (dataMarket *DataMarket) UnpackPurchasedEvent(log *types.Log) (*DataMarketPurchased, error) {
	event := "Purchased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketPurchased)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketRefunded represents a Refunded event raised by the DataMarket contract.
type DataMarketRefunded struct {
	PurchaseId *big.Int
	Buyer      common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataMarketRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (DataMarketRefunded) ContractEventName() string {
	return DataMarketRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(uint256 indexed purchaseId, address indexed buyer, uint256 amount)
func (dataMarket *DataMarket) UnpackRefundedEvent(log *types.Log) (*DataMarketRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketRefunded)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketRoleAdminChanged represents a RoleAdminChanged event raised by the DataMarket contract.
type DataMarketRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DataMarketRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DataMarketRoleAdminChanged) ContractEventName() string {
	return DataMarketRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (dataMarket *DataMarket) UnpackRoleAdminChangedEvent(log *types.Log) (*DataMarketRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketRoleGranted represents a RoleGranted event raised by the DataMarket contract.
type DataMarketRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataMarketRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DataMarketRoleGranted) ContractEventName() string {
	return DataMarketRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (dataMarket *DataMarket) UnpackRoleGrantedEvent(log *types.Log) (*DataMarketRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketRoleGranted)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketRoleRevoked represents a RoleRevoked event raised by the DataMarket contract.
type DataMarketRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataMarketRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DataMarketRoleRevoked) ContractEventName() string {
	return DataMarketRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (dataMarket *DataMarket) UnpackRoleRevokedEvent(log *types.Log) (*DataMarketRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketRoleRevoked)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketSaleClaimed represents a SaleClaimed event raised by the DataMarket contract.
type DataMarketSaleClaimed struct {
	PurchaseId *big.Int
	TokenId    *big.Int
	Holder     common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataMarketSaleClaimedEventName = "SaleClaimed"

// ContractEventName returns the user-defined event name.
func (DataMarketSaleClaimed) ContractEventName() string {
	return DataMarketSaleClaimedEventName
}

// UnpackSaleClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SaleClaimed(uint256 indexed purchaseId, uint256 indexed tokenId, address indexed holder, uint256 amount)
func (dataMarket *DataMarket) UnpackSaleClaimedEvent(log *types.Log) (*DataMarketSaleClaimed, error) {
	event := "SaleClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketSaleClaimed)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketWithdrawn represents a Withdrawn event raised by the DataMarket contract.
type DataMarketWithdrawn struct {
	Account common.Address
	Asset   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataMarketWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (DataMarketWithdrawn) ContractEventName() string {
	return DataMarketWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address indexed asset, uint256 amount)
func (dataMarket *DataMarket) UnpackWithdrawnEvent(log *types.Log) (*DataMarketWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketWithdrawn)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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
func (dataMarket *DataMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return dataMarket.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return dataMarket.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return dataMarket.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return dataMarket.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return dataMarket.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return dataMarket.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return dataMarket.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["AlreadyValidator"].ID.Bytes()[:4]) {
		return dataMarket.UnpackAlreadyValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ClassMismatch"].ID.Bytes()[:4]) {
		return dataMarket.UnpackClassMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ClassNotFound"].ID.Bytes()[:4]) {
		return dataMarket.UnpackClassNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return dataMarket.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["DeliveryClosed"].ID.Bytes()[:4]) {
		return dataMarket.UnpackDeliveryClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["DeliveryOpen"].ID.Bytes()[:4]) {
		return dataMarket.UnpackDeliveryOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["DeviceAlreadyRegistered"].ID.Bytes()[:4]) {
		return dataMarket.UnpackDeviceAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["DeviceInactive"].ID.Bytes()[:4]) {
		return dataMarket.UnpackDeviceInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["DeviceNotFound"].ID.Bytes()[:4]) {
		return dataMarket.UnpackDeviceNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["EpochAlreadySettled"].ID.Bytes()[:4]) {
		return dataMarket.UnpackEpochAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["EpochNotOver"].ID.Bytes()[:4]) {
		return dataMarket.UnpackEpochNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ExitPending"].ID.Bytes()[:4]) {
		return dataMarket.UnpackExitPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["FeesTooHigh"].ID.Bytes()[:4]) {
		return dataMarket.UnpackFeesTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["InsufficientFunds"].ID.Bytes()[:4]) {
		return dataMarket.UnpackInsufficientFundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return dataMarket.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["InsufficientValue"].ID.Bytes()[:4]) {
		return dataMarket.UnpackInsufficientValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["InvalidInput"].ID.Bytes()[:4]) {
		return dataMarket.UnpackInvalidInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return dataMarket.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return dataMarket.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return dataMarket.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ListingNotOpen"].ID.Bytes()[:4]) {
		return dataMarket.UnpackListingNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ManifestMismatch"].ID.Bytes()[:4]) {
		return dataMarket.UnpackManifestMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NoShareInClass"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNoShareInClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NotBuyer"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNotBuyerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NotContributor"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNotContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NotInState"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNotInStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NotOwnerOrOperator"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNotOwnerOrOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NotSold"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNotSoldError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NotValidator"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNotValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NothingIncluded"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNothingIncludedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["OutsideWindow"].ID.Bytes()[:4]) {
		return dataMarket.UnpackOutsideWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["PriceAboveLimit"].ID.Bytes()[:4]) {
		return dataMarket.UnpackPriceAboveLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["PurchaseNotFound"].ID.Bytes()[:4]) {
		return dataMarket.UnpackPurchaseNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["PurposeNotListed"].ID.Bytes()[:4]) {
		return dataMarket.UnpackPurposeNotListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return dataMarket.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["RootAlreadyAnchored"].ID.Bytes()[:4]) {
		return dataMarket.UnpackRootAlreadyAnchoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return dataMarket.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return dataMarket.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["SettlementTooSmall"].ID.Bytes()[:4]) {
		return dataMarket.UnpackSettlementTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return dataMarket.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["SnapshotLimit"].ID.Bytes()[:4]) {
		return dataMarket.UnpackSnapshotLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ThresholdOutOfRange"].ID.Bytes()[:4]) {
		return dataMarket.UnpackThresholdOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["TokenExpired"].ID.Bytes()[:4]) {
		return dataMarket.UnpackTokenExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["TokenNotFinalized"].ID.Bytes()[:4]) {
		return dataMarket.UnpackTokenNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["TokenNotFound"].ID.Bytes()[:4]) {
		return dataMarket.UnpackTokenNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["TooManyValidators"].ID.Bytes()[:4]) {
		return dataMarket.UnpackTooManyValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return dataMarket.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return dataMarket.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["UnsupportedAsset"].ID.Bytes()[:4]) {
		return dataMarket.UnpackUnsupportedAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ValueTooLarge"].ID.Bytes()[:4]) {
		return dataMarket.UnpackValueTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["WrongPayment"].ID.Bytes()[:4]) {
		return dataMarket.UnpackWrongPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["WrongRound"].ID.Bytes()[:4]) {
		return dataMarket.UnpackWrongRoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DataMarketAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the DataMarket contract.
type DataMarketAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func DataMarketAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (dataMarket *DataMarket) UnpackAccessControlBadConfirmationError(raw []byte) (*DataMarketAccessControlBadConfirmation, error) {
	out := new(DataMarketAccessControlBadConfirmation)
	if err := dataMarket.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the DataMarket contract.
type DataMarketAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func DataMarketAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (dataMarket *DataMarket) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*DataMarketAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(DataMarketAccessControlEnforcedDefaultAdminDelay)
	if err := dataMarket.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the DataMarket contract.
type DataMarketAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func DataMarketAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (dataMarket *DataMarket) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*DataMarketAccessControlEnforcedDefaultAdminRules, error) {
	out := new(DataMarketAccessControlEnforcedDefaultAdminRules)
	if err := dataMarket.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the DataMarket contract.
type DataMarketAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func DataMarketAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (dataMarket *DataMarket) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*DataMarketAccessControlInvalidDefaultAdmin, error) {
	out := new(DataMarketAccessControlInvalidDefaultAdmin)
	if err := dataMarket.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the DataMarket contract.
type DataMarketAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func DataMarketAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (dataMarket *DataMarket) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*DataMarketAccessControlUnauthorizedAccount, error) {
	out := new(DataMarketAccessControlUnauthorizedAccount)
	if err := dataMarket.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketAlreadyClaimed represents a AlreadyClaimed error raised by the DataMarket contract.
type DataMarketAlreadyClaimed struct {
	PurchaseId *big.Int
	Index      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(uint256 purchaseId, uint256 index)
func DataMarketAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0x6bd4745f158d30c043cba14fb71aa75e34ff198858bbcc5c3190e69f18d6dee3")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(uint256 purchaseId, uint256 index)
func (dataMarket *DataMarket) UnpackAlreadyClaimedError(raw []byte) (*DataMarketAlreadyClaimed, error) {
	out := new(DataMarketAlreadyClaimed)
	if err := dataMarket.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketAlreadyCommitted represents a AlreadyCommitted error raised by the DataMarket contract.
type DataMarketAlreadyCommitted struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func DataMarketAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xd42c3985415fe3c33d0f0749432682c56d039cfb7a2286e4db68b4b1a46aa79d")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 round, address validator)
func (dataMarket *DataMarket) UnpackAlreadyCommittedError(raw []byte) (*DataMarketAlreadyCommitted, error) {
	out := new(DataMarketAlreadyCommitted)
	if err := dataMarket.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketAlreadyValidator represents a AlreadyValidator error raised by the DataMarket contract.
type DataMarketAlreadyValidator struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyValidator(address validator)
func DataMarketAlreadyValidatorErrorID() common.Hash {
	return common.HexToHash("0x59615ad3a367eab8dcd25f6daa9f268c32bc6203d8155d625b9eb74607972291")
}

// UnpackAlreadyValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyValidator(address validator)
func (dataMarket *DataMarket) UnpackAlreadyValidatorError(raw []byte) (*DataMarketAlreadyValidator, error) {
	out := new(DataMarketAlreadyValidator)
	if err := dataMarket.abi.UnpackIntoInterface(out, "AlreadyValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketClassMismatch represents a ClassMismatch error raised by the DataMarket contract.
type DataMarketClassMismatch struct {
	FromClass *big.Int
	ToClass   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func DataMarketClassMismatchErrorID() common.Hash {
	return common.HexToHash("0x9011b828b69d781e3674d1eb38afb8ac58660ec360207e459b2bddd440b7f71d")
}

// UnpackClassMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassMismatch(uint256 fromClass, uint256 toClass)
func (dataMarket *DataMarket) UnpackClassMismatchError(raw []byte) (*DataMarketClassMismatch, error) {
	out := new(DataMarketClassMismatch)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ClassMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketClassNotFound represents a ClassNotFound error raised by the DataMarket contract.
type DataMarketClassNotFound struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassNotFound(uint256 classId)
func DataMarketClassNotFoundErrorID() common.Hash {
	return common.HexToHash("0x87a1ee84636a0c7ca354e11f38293877f9b41d84757ac8dc95e2b2877029f435")
}

// UnpackClassNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassNotFound(uint256 classId)
func (dataMarket *DataMarket) UnpackClassNotFoundError(raw []byte) (*DataMarketClassNotFound, error) {
	out := new(DataMarketClassNotFound)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ClassNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketCommitmentMismatch represents a CommitmentMismatch error raised by the DataMarket contract.
type DataMarketCommitmentMismatch struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func DataMarketCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 round, address validator)
func (dataMarket *DataMarket) UnpackCommitmentMismatchError(raw []byte) (*DataMarketCommitmentMismatch, error) {
	out := new(DataMarketCommitmentMismatch)
	if err := dataMarket.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketDeliveryClosed represents a DeliveryClosed error raised by the DataMarket contract.
type DataMarketDeliveryClosed struct {
	PurchaseId *big.Int
	Deadline   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeliveryClosed(uint256 purchaseId, uint64 deadline)
func DataMarketDeliveryClosedErrorID() common.Hash {
	return common.HexToHash("0xad6edbf4707f30b962c945329452c139d342dad2418e1b999028407dd107f36c")
}

// UnpackDeliveryClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeliveryClosed(uint256 purchaseId, uint64 deadline)
func (dataMarket *DataMarket) UnpackDeliveryClosedError(raw []byte) (*DataMarketDeliveryClosed, error) {
	out := new(DataMarketDeliveryClosed)
	if err := dataMarket.abi.UnpackIntoInterface(out, "DeliveryClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketDeliveryOpen represents a DeliveryOpen error raised by the DataMarket contract.
type DataMarketDeliveryOpen struct {
	PurchaseId *big.Int
	Deadline   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeliveryOpen(uint256 purchaseId, uint64 deadline)
func DataMarketDeliveryOpenErrorID() common.Hash {
	return common.HexToHash("0x0abbd89606fa19e165659ca933774b730eb3823dbc84e71d47339b14598d41b4")
}

// UnpackDeliveryOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeliveryOpen(uint256 purchaseId, uint64 deadline)
func (dataMarket *DataMarket) UnpackDeliveryOpenError(raw []byte) (*DataMarketDeliveryOpen, error) {
	out := new(DataMarketDeliveryOpen)
	if err := dataMarket.abi.UnpackIntoInterface(out, "DeliveryOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketDeviceAlreadyRegistered represents a DeviceAlreadyRegistered error raised by the DataMarket contract.
type DataMarketDeviceAlreadyRegistered struct {
	Device   common.Address
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func DataMarketDeviceAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x77db65d3bb2ac98d141dd141cdf52fa9ecfec8f895ee5a026c6f488e18d1ee04")
}

// UnpackDeviceAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceAlreadyRegistered(address device, address operator)
func (dataMarket *DataMarket) UnpackDeviceAlreadyRegisteredError(raw []byte) (*DataMarketDeviceAlreadyRegistered, error) {
	out := new(DataMarketDeviceAlreadyRegistered)
	if err := dataMarket.abi.UnpackIntoInterface(out, "DeviceAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketDeviceInactive represents a DeviceInactive error raised by the DataMarket contract.
type DataMarketDeviceInactive struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceInactive(address device)
func DataMarketDeviceInactiveErrorID() common.Hash {
	return common.HexToHash("0x9772084548a0cbb56bf5d6693df146e85de28894e799fd6a569c842fcf1f15bf")
}

// UnpackDeviceInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceInactive(address device)
func (dataMarket *DataMarket) UnpackDeviceInactiveError(raw []byte) (*DataMarketDeviceInactive, error) {
	out := new(DataMarketDeviceInactive)
	if err := dataMarket.abi.UnpackIntoInterface(out, "DeviceInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketDeviceNotFound represents a DeviceNotFound error raised by the DataMarket contract.
type DataMarketDeviceNotFound struct {
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceNotFound(address device)
func DataMarketDeviceNotFoundErrorID() common.Hash {
	return common.HexToHash("0xa6b01d55f7528b060ca60ecc627c157cbdbdf396db3312d2de2fa68ea68ad8b0")
}

// UnpackDeviceNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceNotFound(address device)
func (dataMarket *DataMarket) UnpackDeviceNotFoundError(raw []byte) (*DataMarketDeviceNotFound, error) {
	out := new(DataMarketDeviceNotFound)
	if err := dataMarket.abi.UnpackIntoInterface(out, "DeviceNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketEpochAlreadySettled represents a EpochAlreadySettled error raised by the DataMarket contract.
type DataMarketEpochAlreadySettled struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func DataMarketEpochAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xbe076367f7cc6da37b43590ad1d0f9cae441a445cbfbde63a2125871c5538baa")
}

// UnpackEpochAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochAlreadySettled(uint256 epoch)
func (dataMarket *DataMarket) UnpackEpochAlreadySettledError(raw []byte) (*DataMarketEpochAlreadySettled, error) {
	out := new(DataMarketEpochAlreadySettled)
	if err := dataMarket.abi.UnpackIntoInterface(out, "EpochAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketEpochNotOver represents a EpochNotOver error raised by the DataMarket contract.
type DataMarketEpochNotOver struct {
	Epoch  *big.Int
	EndsAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func DataMarketEpochNotOverErrorID() common.Hash {
	return common.HexToHash("0xf562b22bef3c5419719d9f101f096339895b98e42bcc2fce94f611b3202c9f69")
}

// UnpackEpochNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotOver(uint256 epoch, uint256 endsAt)
func (dataMarket *DataMarket) UnpackEpochNotOverError(raw []byte) (*DataMarketEpochNotOver, error) {
	out := new(DataMarketEpochNotOver)
	if err := dataMarket.abi.UnpackIntoInterface(out, "EpochNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketExitPending represents a ExitPending error raised by the DataMarket contract.
type DataMarketExitPending struct {
	Validator   common.Address
	AvailableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func DataMarketExitPendingErrorID() common.Hash {
	return common.HexToHash("0x4ac6d28d41ff508efea2f41ac35f11d8b064887b16e82ab440b94dcaa89185b5")
}

// UnpackExitPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitPending(address validator, uint256 availableAt)
func (dataMarket *DataMarket) UnpackExitPendingError(raw []byte) (*DataMarketExitPending, error) {
	out := new(DataMarketExitPending)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ExitPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketFeesTooHigh represents a FeesTooHigh error raised by the DataMarket contract.
type DataMarketFeesTooHigh struct {
	Bps *big.Int
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeesTooHigh(uint256 bps, uint256 max)
func DataMarketFeesTooHighErrorID() common.Hash {
	return common.HexToHash("0xfb7029dad49052d7ddb5f4e2d753b166fdbbb783b60bea57ac87d073bcec2a34")
}

// UnpackFeesTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeesTooHigh(uint256 bps, uint256 max)
func (dataMarket *DataMarket) UnpackFeesTooHighError(raw []byte) (*DataMarketFeesTooHigh, error) {
	out := new(DataMarketFeesTooHigh)
	if err := dataMarket.abi.UnpackIntoInterface(out, "FeesTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketInsufficientFunds represents a InsufficientFunds error raised by the DataMarket contract.
type DataMarketInsufficientFunds struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func DataMarketInsufficientFundsErrorID() common.Hash {
	return common.HexToHash("0x03eb8b54a949acec2cd08fdb6d6bd4647a1f2c907d75d6900648effa92eb147f")
}

// UnpackInsufficientFundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFunds(uint256 balance, uint256 needed)
func (dataMarket *DataMarket) UnpackInsufficientFundsError(raw []byte) (*DataMarketInsufficientFunds, error) {
	out := new(DataMarketInsufficientFunds)
	if err := dataMarket.abi.UnpackIntoInterface(out, "InsufficientFunds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketInsufficientStake represents a InsufficientStake error raised by the DataMarket contract.
type DataMarketInsufficientStake struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func DataMarketInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func (dataMarket *DataMarket) UnpackInsufficientStakeError(raw []byte) (*DataMarketInsufficientStake, error) {
	out := new(DataMarketInsufficientStake)
	if err := dataMarket.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketInsufficientValue represents a InsufficientValue error raised by the DataMarket contract.
type DataMarketInsufficientValue struct {
	TokenId   *big.Int
	Available *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func DataMarketInsufficientValueErrorID() common.Hash {
	return common.HexToHash("0x5e7ad06bc2adde71395af078bd0ebba7ccf934b2ec92b75fa4543515d42d3cca")
}

// UnpackInsufficientValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested)
func (dataMarket *DataMarket) UnpackInsufficientValueError(raw []byte) (*DataMarketInsufficientValue, error) {
	out := new(DataMarketInsufficientValue)
	if err := dataMarket.abi.UnpackIntoInterface(out, "InsufficientValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketInvalidInput represents a InvalidInput error raised by the DataMarket contract.
type DataMarketInvalidInput struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInput(string what)
func DataMarketInvalidInputErrorID() common.Hash {
	return common.HexToHash("0xd647364f6372634b5b80f364ade32a6f36738fbd78295784181d4149356c4e7b")
}

// UnpackInvalidInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInput(string what)
func (dataMarket *DataMarket) UnpackInvalidInputError(raw []byte) (*DataMarketInvalidInput, error) {
	out := new(DataMarketInvalidInput)
	if err := dataMarket.abi.UnpackIntoInterface(out, "InvalidInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketInvalidProof represents a InvalidProof error raised by the DataMarket contract.
type DataMarketInvalidProof struct {
	TokenId   *big.Int
	ProofType [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func DataMarketInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x9996e7c96fb3025cd8786253959e62a4b21034ad7549bb1ef6e591e793c11711")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(uint256 tokenId, bytes32 proofType)
func (dataMarket *DataMarket) UnpackInvalidProofError(raw []byte) (*DataMarketInvalidProof, error) {
	out := new(DataMarketInvalidProof)
	if err := dataMarket.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketInvalidSignature represents a InvalidSignature error raised by the DataMarket contract.
type DataMarketInvalidSignature struct {
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func DataMarketInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x42d750dc54bbceaa353a28b4229a6ea77f66d73de45149ec99e1f81ce80ca45b")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address expected, address recovered)
func (dataMarket *DataMarket) UnpackInvalidSignatureError(raw []byte) (*DataMarketInvalidSignature, error) {
	out := new(DataMarketInvalidSignature)
	if err := dataMarket.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketLengthMismatch represents a LengthMismatch error raised by the DataMarket contract.
type DataMarketLengthMismatch struct {
	A *big.Int
	B *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func DataMarketLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 a, uint256 b)
func (dataMarket *DataMarket) UnpackLengthMismatchError(raw []byte) (*DataMarketLengthMismatch, error) {
	out := new(DataMarketLengthMismatch)
	if err := dataMarket.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketListingNotOpen represents a ListingNotOpen error raised by the DataMarket contract.
type DataMarketListingNotOpen struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingNotOpen(uint256 listingId)
func DataMarketListingNotOpenErrorID() common.Hash {
	return common.HexToHash("0xd33d89d4679da59087dd48710d3422994821a21d2535d6d36a89e290bc260d45")
}

// UnpackListingNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingNotOpen(uint256 listingId)
func (dataMarket *DataMarket) UnpackListingNotOpenError(raw []byte) (*DataMarketListingNotOpen, error) {
	out := new(DataMarketListingNotOpen)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ListingNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketManifestMismatch represents a ManifestMismatch error raised by the DataMarket contract.
type DataMarketManifestMismatch struct {
	Expected [32]byte
	Computed [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ManifestMismatch(bytes32 expected, bytes32 computed)
func DataMarketManifestMismatchErrorID() common.Hash {
	return common.HexToHash("0xe07a5886bcb64aa56934a692f0bb5ce6c4d2da0a6e5d79a1d5b58a2db14053e5")
}

// UnpackManifestMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ManifestMismatch(bytes32 expected, bytes32 computed)
func (dataMarket *DataMarket) UnpackManifestMismatchError(raw []byte) (*DataMarketManifestMismatch, error) {
	out := new(DataMarketManifestMismatch)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ManifestMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNoCommitment represents a NoCommitment error raised by the DataMarket contract.
type DataMarketNoCommitment struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func DataMarketNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x8c459fde07645d92528e3f45fdc0ab2be9322ec099b9d01ab03b8d6b70c5e2fa")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment(uint256 round, address validator)
func (dataMarket *DataMarket) UnpackNoCommitmentError(raw []byte) (*DataMarketNoCommitment, error) {
	out := new(DataMarketNoCommitment)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNoShareInClass represents a NoShareInClass error raised by the DataMarket contract.
type DataMarketNoShareInClass struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoShareInClass(uint256 classId)
func DataMarketNoShareInClassErrorID() common.Hash {
	return common.HexToHash("0xd0d1caaaf830d253fcb74b2802e393ff3dcd35a126f6611201f693df7900f2ad")
}

// UnpackNoShareInClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoShareInClass(uint256 classId)
func (dataMarket *DataMarket) UnpackNoShareInClassError(raw []byte) (*DataMarketNoShareInClass, error) {
	out := new(DataMarketNoShareInClass)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NoShareInClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNotBuyer represents a NotBuyer error raised by the DataMarket contract.
type DataMarketNotBuyer struct {
	Caller     common.Address
	PurchaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBuyer(address caller, uint256 purchaseId)
func DataMarketNotBuyerErrorID() common.Hash {
	return common.HexToHash("0x0fd40879ec8046fda200eb056cab64c18946bee71e62703fdc8e78711d1c5152")
}

// UnpackNotBuyerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBuyer(address caller, uint256 purchaseId)
func (dataMarket *DataMarket) UnpackNotBuyerError(raw []byte) (*DataMarketNotBuyer, error) {
	out := new(DataMarketNotBuyer)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NotBuyer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNotContributor represents a NotContributor error raised by the DataMarket contract.
type DataMarketNotContributor struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func DataMarketNotContributorErrorID() common.Hash {
	return common.HexToHash("0xc0fb39988c732c0bd01a7a022c4cf81f5a39219dce16e0f51a44e86355fb4cde")
}

// UnpackNotContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func (dataMarket *DataMarket) UnpackNotContributorError(raw []byte) (*DataMarketNotContributor, error) {
	out := new(DataMarketNotContributor)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NotContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNotInState represents a NotInState error raised by the DataMarket contract.
type DataMarketNotInState struct {
	PurchaseId *big.Int
	State      uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInState(uint256 purchaseId, uint8 state)
func DataMarketNotInStateErrorID() common.Hash {
	return common.HexToHash("0xe9ce43337f8f6d52704f27678a939d16b61a43691a8cd32b1a094a406c262ba7")
}

// UnpackNotInStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInState(uint256 purchaseId, uint8 state)
func (dataMarket *DataMarket) UnpackNotInStateError(raw []byte) (*DataMarketNotInState, error) {
	out := new(DataMarketNotInState)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NotInState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNotOwnerOrOperator represents a NotOwnerOrOperator error raised by the DataMarket contract.
type DataMarketNotOwnerOrOperator struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func DataMarketNotOwnerOrOperatorErrorID() common.Hash {
	return common.HexToHash("0x479bf1ea80dc1cbb03744c5b07db4cd890071cdc412528d41073da00e1c6f78b")
}

// UnpackNotOwnerOrOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerOrOperator(address caller, uint256 tokenId)
func (dataMarket *DataMarket) UnpackNotOwnerOrOperatorError(raw []byte) (*DataMarketNotOwnerOrOperator, error) {
	out := new(DataMarketNotOwnerOrOperator)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NotOwnerOrOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNotPending represents a NotPending error raised by the DataMarket contract.
type DataMarketNotPending struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func DataMarketNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 tokenId, uint8 status)
func (dataMarket *DataMarket) UnpackNotPendingError(raw []byte) (*DataMarketNotPending, error) {
	out := new(DataMarketNotPending)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNotSold represents a NotSold error raised by the DataMarket contract.
type DataMarketNotSold struct {
	PurchaseId *big.Int
	Index      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSold(uint256 purchaseId, uint256 index)
func DataMarketNotSoldErrorID() common.Hash {
	return common.HexToHash("0x67436e57cf2f2eff11c31213ad1863888beea00017c01cfa233a4232089daf4e")
}

// UnpackNotSoldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSold(uint256 purchaseId, uint256 index)
func (dataMarket *DataMarket) UnpackNotSoldError(raw []byte) (*DataMarketNotSold, error) {
	out := new(DataMarketNotSold)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NotSold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNotValidator represents a NotValidator error raised by the DataMarket contract.
type DataMarketNotValidator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidator(address caller)
func DataMarketNotValidatorErrorID() common.Hash {
	return common.HexToHash("0xed3db8ac0aff2f11d9c21259b57051cec9967e78c0d61c8321b092e63647d624")
}

// UnpackNotValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidator(address caller)
func (dataMarket *DataMarket) UnpackNotValidatorError(raw []byte) (*DataMarketNotValidator, error) {
	out := new(DataMarketNotValidator)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NotValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNothingIncluded represents a NothingIncluded error raised by the DataMarket contract.
type DataMarketNothingIncluded struct {
	ListingId *big.Int
	Units     *big.Int
	MinUnits  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingIncluded(uint256 listingId, uint256 units, uint256 minUnits)
func DataMarketNothingIncludedErrorID() common.Hash {
	return common.HexToHash("0x1d8c9a7163f94416a9c39e57f57ef8a5033ee63497b62d80860f99894f279239")
}

// UnpackNothingIncludedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingIncluded(uint256 listingId, uint256 units, uint256 minUnits)
func (dataMarket *DataMarket) UnpackNothingIncludedError(raw []byte) (*DataMarketNothingIncluded, error) {
	out := new(DataMarketNothingIncluded)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NothingIncluded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNothingToClaim represents a NothingToClaim error raised by the DataMarket contract.
type DataMarketNothingToClaim struct {
	TokenId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func DataMarketNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xb361b5fb505a1ba315c65f6d38503886d35e517bd61a26c7379c1b3a9527c464")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 tokenId, address asset)
func (dataMarket *DataMarket) UnpackNothingToClaimError(raw []byte) (*DataMarketNothingToClaim, error) {
	out := new(DataMarketNothingToClaim)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNothingToWithdraw represents a NothingToWithdraw error raised by the DataMarket contract.
type DataMarketNothingToWithdraw struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address validator)
func DataMarketNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address validator)
func (dataMarket *DataMarket) UnpackNothingToWithdrawError(raw []byte) (*DataMarketNothingToWithdraw, error) {
	out := new(DataMarketNothingToWithdraw)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketOutsideWindow represents a OutsideWindow error raised by the DataMarket contract.
type DataMarketOutsideWindow struct {
	Round    *big.Int
	NowTs    *big.Int
	OpensAt  *big.Int
	ClosesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func DataMarketOutsideWindowErrorID() common.Hash {
	return common.HexToHash("0x07af89b7c8de57c1aefe15ffeec6aa3991f4e84086fcd2901ed3b96b8774c0f4")
}

// UnpackOutsideWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt)
func (dataMarket *DataMarket) UnpackOutsideWindowError(raw []byte) (*DataMarketOutsideWindow, error) {
	out := new(DataMarketOutsideWindow)
	if err := dataMarket.abi.UnpackIntoInterface(out, "OutsideWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketPriceAboveLimit represents a PriceAboveLimit error raised by the DataMarket contract.
type DataMarketPriceAboveLimit struct {
	Amount    *big.Int
	MaxAmount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceAboveLimit(uint256 amount, uint256 maxAmount)
func DataMarketPriceAboveLimitErrorID() common.Hash {
	return common.HexToHash("0x6120c45f6ec8679263d2cd1a16c6ae204edbe67ae32979eeda4463e1535e4ddc")
}

// UnpackPriceAboveLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceAboveLimit(uint256 amount, uint256 maxAmount)
func (dataMarket *DataMarket) UnpackPriceAboveLimitError(raw []byte) (*DataMarketPriceAboveLimit, error) {
	out := new(DataMarketPriceAboveLimit)
	if err := dataMarket.abi.UnpackIntoInterface(out, "PriceAboveLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketPurchaseNotFound represents a PurchaseNotFound error raised by the DataMarket contract.
type DataMarketPurchaseNotFound struct {
	PurchaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PurchaseNotFound(uint256 purchaseId)
func DataMarketPurchaseNotFoundErrorID() common.Hash {
	return common.HexToHash("0xd5f38fabe5d24700edb0b07c7d7a34778800c53e810a2329634ce750b388ac80")
}

// UnpackPurchaseNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PurchaseNotFound(uint256 purchaseId)
func (dataMarket *DataMarket) UnpackPurchaseNotFoundError(raw []byte) (*DataMarketPurchaseNotFound, error) {
	out := new(DataMarketPurchaseNotFound)
	if err := dataMarket.abi.UnpackIntoInterface(out, "PurchaseNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketPurposeNotListed represents a PurposeNotListed error raised by the DataMarket contract.
type DataMarketPurposeNotListed struct {
	ListingId *big.Int
	Purpose   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PurposeNotListed(uint256 listingId, uint8 purpose)
func DataMarketPurposeNotListedErrorID() common.Hash {
	return common.HexToHash("0x7a94f1b8ee5cfb9b92f3d7d4762164a65b94861979466a06a658a6cb46c6c396")
}

// UnpackPurposeNotListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PurposeNotListed(uint256 listingId, uint8 purpose)
func (dataMarket *DataMarket) UnpackPurposeNotListedError(raw []byte) (*DataMarketPurposeNotListed, error) {
	out := new(DataMarketPurposeNotListed)
	if err := dataMarket.abi.UnpackIntoInterface(out, "PurposeNotListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the DataMarket contract.
type DataMarketReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func DataMarketReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (dataMarket *DataMarket) UnpackReentrancyGuardReentrantCallError(raw []byte) (*DataMarketReentrancyGuardReentrantCall, error) {
	out := new(DataMarketReentrancyGuardReentrantCall)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketRootAlreadyAnchored represents a RootAlreadyAnchored error raised by the DataMarket contract.
type DataMarketRootAlreadyAnchored struct {
	MerkleRoot [32]byte
	TokenId    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func DataMarketRootAlreadyAnchoredErrorID() common.Hash {
	return common.HexToHash("0x70f13f0496d98a6d01867956f871541e5a1b1705a8c34d208ecf45659d1b6dc0")
}

// UnpackRootAlreadyAnchoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId)
func (dataMarket *DataMarket) UnpackRootAlreadyAnchoredError(raw []byte) (*DataMarketRootAlreadyAnchored, error) {
	out := new(DataMarketRootAlreadyAnchored)
	if err := dataMarket.abi.UnpackIntoInterface(out, "RootAlreadyAnchored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the DataMarket contract.
type DataMarketSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func DataMarketSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (dataMarket *DataMarket) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*DataMarketSafeCastOverflowedUintDowncast, error) {
	out := new(DataMarketSafeCastOverflowedUintDowncast)
	if err := dataMarket.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the DataMarket contract.
type DataMarketSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DataMarketSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (dataMarket *DataMarket) UnpackSafeERC20FailedOperationError(raw []byte) (*DataMarketSafeERC20FailedOperation, error) {
	out := new(DataMarketSafeERC20FailedOperation)
	if err := dataMarket.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketSettlementTooSmall represents a SettlementTooSmall error raised by the DataMarket contract.
type DataMarketSettlementTooSmall struct {
	Amount  *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func DataMarketSettlementTooSmallErrorID() common.Hash {
	return common.HexToHash("0x305ce08841342db3d1d6d66c506af5df9b957b0575353614644e79ffb9274725")
}

// UnpackSettlementTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func (dataMarket *DataMarket) UnpackSettlementTooSmallError(raw []byte) (*DataMarketSettlementTooSmall, error) {
	out := new(DataMarketSettlementTooSmall)
	if err := dataMarket.abi.UnpackIntoInterface(out, "SettlementTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketSignatureExpired represents a SignatureExpired error raised by the DataMarket contract.
type DataMarketSignatureExpired struct {
	Deadline uint64
	NowTs    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func DataMarketSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xbfedba505f31ce2b5fc078ac87cf95474a68cb2e894d4efcb8f6e8e5fbba5b1e")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint64 deadline, uint256 nowTs)
func (dataMarket *DataMarket) UnpackSignatureExpiredError(raw []byte) (*DataMarketSignatureExpired, error) {
	out := new(DataMarketSignatureExpired)
	if err := dataMarket.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketSnapshotLimit represents a SnapshotLimit error raised by the DataMarket contract.
type DataMarketSnapshotLimit struct {
	ClassId      *big.Int
	MaxSnapshots *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func DataMarketSnapshotLimitErrorID() common.Hash {
	return common.HexToHash("0xda15cba7986fc14490e1424c86146c915b10b0348a5fa089102f01c2444dc097")
}

// UnpackSnapshotLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func (dataMarket *DataMarket) UnpackSnapshotLimitError(raw []byte) (*DataMarketSnapshotLimit, error) {
	out := new(DataMarketSnapshotLimit)
	if err := dataMarket.abi.UnpackIntoInterface(out, "SnapshotLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketThresholdOutOfRange represents a ThresholdOutOfRange error raised by the DataMarket contract.
type DataMarketThresholdOutOfRange struct {
	TokenId   *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func DataMarketThresholdOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8c883479505792c6824fe707eaf690d680b3b6a767cdb95b00e496c0001e48b5")
}

// UnpackThresholdOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func (dataMarket *DataMarket) UnpackThresholdOutOfRangeError(raw []byte) (*DataMarketThresholdOutOfRange, error) {
	out := new(DataMarketThresholdOutOfRange)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ThresholdOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketTokenExpired represents a TokenExpired error raised by the DataMarket contract.
type DataMarketTokenExpired struct {
	TokenId  *big.Int
	ExpireAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func DataMarketTokenExpiredErrorID() common.Hash {
	return common.HexToHash("0x891302ba9fe80b8e99f5bef58597fd8938d0e0005ae27745cd34f097e8db69c7")
}

// UnpackTokenExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenExpired(uint256 tokenId, uint64 expireAt)
func (dataMarket *DataMarket) UnpackTokenExpiredError(raw []byte) (*DataMarketTokenExpired, error) {
	out := new(DataMarketTokenExpired)
	if err := dataMarket.abi.UnpackIntoInterface(out, "TokenExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketTokenNotFinalized represents a TokenNotFinalized error raised by the DataMarket contract.
type DataMarketTokenNotFinalized struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func DataMarketTokenNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x3753b3f91524b52d85bfedbfa72f35a5f00618d283d299446160ace8d00875b5")
}

// UnpackTokenNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func (dataMarket *DataMarket) UnpackTokenNotFinalizedError(raw []byte) (*DataMarketTokenNotFinalized, error) {
	out := new(DataMarketTokenNotFinalized)
	if err := dataMarket.abi.UnpackIntoInterface(out, "TokenNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketTokenNotFound represents a TokenNotFound error raised by the DataMarket contract.
type DataMarketTokenNotFound struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func DataMarketTokenNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6caeb130d3a0b454045ba4dd4db925f61c465b67a276749b3f04383e5316246c")
}

// UnpackTokenNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFound(uint256 tokenId)
func (dataMarket *DataMarket) UnpackTokenNotFoundError(raw []byte) (*DataMarketTokenNotFound, error) {
	out := new(DataMarketTokenNotFound)
	if err := dataMarket.abi.UnpackIntoInterface(out, "TokenNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketTooManyValidators represents a TooManyValidators error raised by the DataMarket contract.
type DataMarketTooManyValidators struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyValidators(uint256 max)
func DataMarketTooManyValidatorsErrorID() common.Hash {
	return common.HexToHash("0x628fb2b997b1baecc4ef1763c10c38f1af2e763429dfedc06287049ce877d5fe")
}

// UnpackTooManyValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyValidators(uint256 max)
func (dataMarket *DataMarket) UnpackTooManyValidatorsError(raw []byte) (*DataMarketTooManyValidators, error) {
	out := new(DataMarketTooManyValidators)
	if err := dataMarket.abi.UnpackIntoInterface(out, "TooManyValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketTransferFailed represents a TransferFailed error raised by the DataMarket contract.
type DataMarketTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func DataMarketTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (dataMarket *DataMarket) UnpackTransferFailedError(raw []byte) (*DataMarketTransferFailed, error) {
	out := new(DataMarketTransferFailed)
	if err := dataMarket.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketUnauthorized represents a Unauthorized error raised by the DataMarket contract.
type DataMarketUnauthorized struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(address caller)
func DataMarketUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x8e4a23d6a5d81f013eca4bc92aeb9214ccafcaebd1f097c350c922d6e19122d5")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(address caller)
func (dataMarket *DataMarket) UnpackUnauthorizedError(raw []byte) (*DataMarketUnauthorized, error) {
	out := new(DataMarketUnauthorized)
	if err := dataMarket.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketUnsupportedAsset represents a UnsupportedAsset error raised by the DataMarket contract.
type DataMarketUnsupportedAsset struct {
	ClassId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func DataMarketUnsupportedAssetErrorID() common.Hash {
	return common.HexToHash("0x2925b16cc2fff5c14f9f6931ca0c594fc5d4523ba6075c2f2bd4c3a0b5e3b9d6")
}

// UnpackUnsupportedAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedAsset(uint256 classId, address asset)
func (dataMarket *DataMarket) UnpackUnsupportedAssetError(raw []byte) (*DataMarketUnsupportedAsset, error) {
	out := new(DataMarketUnsupportedAsset)
	if err := dataMarket.abi.UnpackIntoInterface(out, "UnsupportedAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketValueTooLarge represents a ValueTooLarge error raised by the DataMarket contract.
type DataMarketValueTooLarge struct {
	Value *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func DataMarketValueTooLargeErrorID() common.Hash {
	return common.HexToHash("0x280b172ca53e20bb4a0ad96a42060f5f5e423bb4490f277df4246e71c3fb1a06")
}

// UnpackValueTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func (dataMarket *DataMarket) UnpackValueTooLargeError(raw []byte) (*DataMarketValueTooLarge, error) {
	out := new(DataMarketValueTooLarge)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ValueTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketWrongPayment represents a WrongPayment error raised by the DataMarket contract.
type DataMarketWrongPayment struct {
	Sent   *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPayment(uint256 sent, uint256 needed)
func DataMarketWrongPaymentErrorID() common.Hash {
	return common.HexToHash("0x0dd32d1c3ef0af2f42e38a7f633c5c154da0aa1d3a58e8dcd04bcd6fb310ac9d")
}

// UnpackWrongPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPayment(uint256 sent, uint256 needed)
func (dataMarket *DataMarket) UnpackWrongPaymentError(raw []byte) (*DataMarketWrongPayment, error) {
	out := new(DataMarketWrongPayment)
	if err := dataMarket.abi.UnpackIntoInterface(out, "WrongPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketWrongRound represents a WrongRound error raised by the DataMarket contract.
type DataMarketWrongRound struct {
	TokenId    *big.Int
	TokenRound *big.Int
	Round      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func DataMarketWrongRoundErrorID() common.Hash {
	return common.HexToHash("0x8f008d76aaff098a7d218ffd6923e67fae3b03b645af4a1f3ecc888b185006cd")
}

// UnpackWrongRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round)
func (dataMarket *DataMarket) UnpackWrongRoundError(raw []byte) (*DataMarketWrongRound, error) {
	out := new(DataMarketWrongRound)
	if err := dataMarket.abi.UnpackIntoInterface(out, "WrongRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}
