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

// QualityOracleCommitter is an auto generated low-level Go binding around an user-defined struct.
type QualityOracleCommitter struct {
	Validator common.Address
	Weight    *big.Int
}

// QualityOracleParams is an auto generated low-level Go binding around an user-defined struct.
type QualityOracleParams struct {
	Quorum            uint8
	Threshold         uint16
	Tolerance         uint16
	ExitDelay         uint32
	StaleAfter        uint32
	DisputeWindow     uint32
	FaultsPerWithhold uint16
	MinStake          *big.Int
	SlashPerFault     *big.Int
}

// QualityOracleValidator is an auto generated low-level Go binding around an user-defined struct.
type QualityOracleValidator struct {
	Stake         *big.Int
	Active        bool
	Listed        bool
	ExitAt        uint64
	LastCommitted uint32
	JoinedAt      *big.Int
	Agreements    uint32
	Faults        uint32
	Withheld      uint32
}

// QualityOracleMetaData contains all meta data concerning the QualityOracle contract.
var QualityOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIDatpinEvaluable\",\"name\":\"dat_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"stakeToken_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"genesis_\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundLength_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow_\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"tolerance\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"exitDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"staleAfter\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"faultsPerWithhold\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashPerFault\",\"type\":\"uint256\"}],\"internalType\":\"structQualityOracle.Params\",\"name\":\"params_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromClass\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toClass\",\"type\":\"uint256\"}],\"name\":\"ClassMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"ClassNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"DeviceAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"InvalidInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"NoShareInClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NotWithheld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"OutsideWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ParamOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"RootAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"SettlementTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxSnapshots\",\"type\":\"uint256\"}],\"name\":\"SnapshotLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"ThresholdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"TokenExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TokenNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TokenNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnsupportedAsset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenRound\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"WrongRound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"previous\",\"type\":\"bytes32\"}],\"name\":\"CommitmentReplaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reason\",\"type\":\"bytes32\"}],\"name\":\"FinalizeSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"tolerance\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"exitDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"staleAfter\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"faultsPerWithhold\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashPerFault\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structQualityOracle.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"attested\",\"type\":\"bool\"}],\"name\":\"ProofChecked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reveals\",\"type\":\"uint8\"}],\"name\":\"QuorumPending\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"scores\",\"type\":\"bytes\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SlashedSwept\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ValidatorDisplaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"ValidatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"agreements\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"faults\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"ValidatorScored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"WithholdingPenalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ABSTAIN\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ADMIN_DELAY\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BELOW_THRESHOLD\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FAULTS_PER_WITHHOLD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VALIDATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NO_QUORUM\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SKIP_DUPLICATE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SKIP_NOT_FOUND\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SKIP_NOT_PENDING\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SKIP_REVEAL_OPEN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"chargeWithholding\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commitWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"scores\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"commitmentState\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"revealed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"withheld\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"committed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"committersOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"weight\",\"type\":\"uint96\"}],\"internalType\":\"structQualityOracle.Committer[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentRound\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dat\",\"outputs\":[{\"internalType\":\"contractIDatpinEvaluable\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"exitAvailableAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"tokenIds\",\"type\":\"uint256[]\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesis\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"mayCommit\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"tolerance\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"exitDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"staleAfter\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"faultsPerWithhold\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashPerFault\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"scores\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revealWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"revealedScore\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"roundAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"roundLength\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"roundTokenCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"tolerance\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"exitDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"staleAfter\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"faultsPerWithhold\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashPerFault\",\"type\":\"uint256\"}],\"internalType\":\"structQualityOracle.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashedPool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"sweepSlashed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"validatorOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"listed\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"exitAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"lastCommitted\",\"type\":\"uint32\"},{\"internalType\":\"uint48\",\"name\":\"joinedAt\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"agreements\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"faults\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"withheld\",\"type\":\"uint32\"}],\"internalType\":\"structQualityOracle.Validator\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"windows\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"commitOpens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealOpens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealCloses\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "QualityOracle",
	Bin: "0x6101406040523461080057615132803803908161001b81610818565b92839283398101036102008112610800578151906001600160a01b03821682036108005760208301516001600160a01b03811681036108005760408401516001600160a01b03811681036108005760608501516001600160401b03811681036108005761008a6080870161083d565b9161009760a0880161083d565b936101206100a760c08a0161083d565b9660df190112610800576040519661012088016001600160401b038111898210176108045760405260e089015160ff811681036108005788526101e06100f06101008b0161084e565b9960208a019a8b52610105610120820161084e565b60408b0152610117610140820161083d565b60608b0152610129610160820161083d565b60808b015261013b610180820161083d565b60a08b015261014d6101a0820161084e565b60c08b01526101c081015160e08b015201516101008901526001600160a01b038116156107ed57600180546001600160d01b03166102a360d81b179055600254906001600160a01b0382166107de576001600160a01b03199091166001600160a01b038216176002556101bf90610921565b506001600160a01b0381161580156107cd575b6107985763ffffffff841615801561078a575b801561077c575b61074c5760805260a05260c05260e052610100526101205260ff8151166102136040610818565b60068152602081016571756f72756d60d01b8152600183108015610742575b6106f25750505061026761ffff83511661024c6040610818565b60098152681d1a1c995cda1bdb1960ba1b602082015261085d565b61029861ffff60408301511661027d6040610818565b6009815268746f6c6572616e636560b81b602082015261085d565b6102cb63ffffffff6060830151166102b06040610818565b60098152686578697444656c617960b81b60208201526108be565b6102ff63ffffffff6080830151166102e36040610818565b600a81526939ba30b632a0b33a32b960b11b60208201526108be565b61033663ffffffff60a0830151166103176040610818565b600d81526c6469737075746557696e646f7760981b60208201526108be565b61ffff60c0820151166103496040610818565b60118152602081017019985d5b1d1cd4195c95da5d1a1a1bdb19607a1b81526103e883116106a25750505060e08101516103836040610818565b6008815260208101676d696e5374616b6560c01b8152600183108015610692575b61063c5750505061010081015160e08201516103c06040610818565b90600d825260208201906c1cdb185cda14195c91985d5b1d609a1b82528084116105ee577fab521e0f951b8c9529bfde2331699809c3ea54b957bc888cddbee708e7e85b60610120876101008861ffff60ff8251169360035462ffff00825160081b169064ffff000000604086015160181b169168ffffffff0000000000606087015160281b16906cffffffff000000000000000000608088015160481b169163ffffffff60681b60a089015160681b16938760881b60c08a015160881b16958b8960881b199463ffffffff60681b19936cffffffff000000000000000000199268ffffffff0000000000199164ffffffffff1916171617161716171617171760035560e0830151600455838301516005556040519485525116602084015261ffff604082015116604084015263ffffffff606082015116606084015263ffffffff608082015116608084015263ffffffff60a08201511660a084015261ffff60c08201511660c084015260e081015160e08401520151610100820152a160405161476790816109ab8239608051818181610d9b01528181611660015281816116b2015281816117580152818161270401528181613d1b01526142da015260a0518181816128dd01528181612c5b01528181612ee0015261411e015260c0518181816121b9015281816134660152613583015260e0518181816123ab0152818161349d0152613553015261010051818181612dee01526135b301526101205181818161240601526135e40152f35b60a49394506040519485936301f0b45760e71b8552608060048601525180938160848701528686015e5f85848601015260248401525f60448401526064830152601f80199101168101030190fd5b9060a4916040519384926301f0b45760e71b8452608060048501525180928160848601528585015e5f8383018501526024830152600160448301526001600160601b036064830152601f01601f19168101030190fd5b506001600160601b0383116103a4565b9060a4916040519384926301f0b45760e71b8452608060048501525180928160848601528585015e5f84838501015260248301525f60448301526103e86064830152601f80199101168101030190fd5b9060a4916040519384926301f0b45760e71b8452608060048501525180928160848601528585015e5f83830185015260248301526001604483015260206064830152601f01601f19168101030190fd5b5060208311610232565b60405163d647364f60e01b815260206004820152600760248201526677696e646f777360c81b6044820152606490fd5b5063ffffffff8616156101ec565b5063ffffffff8516156101e5565b60405163d647364f60e01b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b506001600160a01b038216156101d2565b631fe1e13d60e11b5f5260045ffd5b636116401160e11b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6040519190601f01601f191682016001600160401b0381118382101761080457604052565b519063ffffffff8216820361080057565b519061ffff8216820361080057565b612710821161086a575050565b60a49060206040519384926301f0b45760e71b8452608060048501528051928391826084870152018585015e5f84838501015260248301525f60448301526127106064830152601f80199101168101030190fd5b6276a70082116108cc575050565b60a49060206040519384926301f0b45760e71b8452608060048501528051928391826084870152018585015e5f84838501015260248301525f60448301526276a7006064830152601f80199101168101030190fd5b6001600160a01b0381165f9081525f5160206151125f395f51905f52602052604090205460ff166109a5576001600160a01b03165f8181525f5160206151125f395f51905f5260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe610160806040526004361015610013575f80fd5b5f610100525f3560e01c90816301ffc9a7146132f557508063022d63fb146132d8578063068d6b26146132075780630aa6220b146131755780630d15759b1461314e5780630e5a4ff3146131305780631a3e4f1814613107578063248a9ca3146130dd5780632a3679ee146130c25780632f2ff15d1461307f57806336568abe14612f9c5780633ccfd60b14612e125780634069900514612dd25780634125ff9014612db557806342a977c814612d885780634646800014612d6c5780634941b81814612cb35780634e1fd81314612c8a57806351ed6a3014612c4657806354beecf2146129335780635e871a711461285457806362ada8ec14612837578063634e93da14612764578063637e70061461273357806363eb963a146126ef578063649a5ec71461256a578063714897df146125505780637a61a24e146124eb5780637c28743d146124c45780637f8e3b4e1461242a57806384ef8ffc14612367578063863d22c7146123ea5780638a19c8bc146123cf5780638b649b941461238f5780638da5cb5b1461236757806391d148541461231f57806392ffacac146123025780639d73bac314612275578063a1731a2b14612259578063a1eda53c146121f7578063a217fddf146121dd578063a7f0b3de1461219a578063aa0b1e8c14611c61578063bf04331114611c3e578063ca1e781914611b93578063ca9e430614611b6c578063cb57555614611b1d578063cc8463c814611af3578063cefc142914611a47578063cf6eefb714611a0d578063cff0ab961461198a578063d547741f14611931578063d602b9fd146118d0578063e17e082b14610cac578063eb4f16b514610bf4578063f1ce4ed314610b88578063f207564e1461082e578063f2f03877146104c5578063f431a6a41461049f578063f5d2f2ba146104625763f666d1b2146102c1575f80fd5b3461045b57602036600319011261045b576102da613378565b6040516102e6816133bb565b6101005181526101005160208201526101005160408201526101005160608201526101005160808201526101005160a08201526101005160c08201526101005160e082015261010051906101000152600160a01b60019003166101005152600860205261010051604090206040519061035e826133bb565b8054916001600160601b0383169283825260208201908060601c60ff161515825260408301938160681c60ff1615158552606084018260701c6001600160401b0316815260808501918360b01c63ffffffff16835260a086019360d01c8452600101549560c086019463ffffffff8816865260e08701968860201c63ffffffff168852610100019760401c63ffffffff16885260405198895251151560208901525115156040880152516001600160401b031660608701525163ffffffff1660808601525165ffffffffffff1660a08501525163ffffffff1660c08401525163ffffffff1660e08301525163ffffffff1661010082015261012090f35b6101005180fd5b3461045b57604036600319011261045b576060610488610480613362565b60043561389b565b906040519283521515602083015215156040820152f35b3461045b57602036600319011261045b5760206104bd600435613852565b604051908152f35b3461045b57604036600319011261045b57600435602435903361010051526008602052604061010051206104f88261353a565b50825460ff8160601c16158015610821575b610808576001600160601b0316600454908181106107ed57505061052d856139a0565b156107ba5781421080156107b0575b61078457505081610100515260096020526040610100512060018060a01b0333165f5260205260405f20548381146107675782610100515260096020526040610100512060018060a01b0333165f526020528360405f205580155f146107335750816101005152600a602052604061010051208054906040821015610719576001600160601b0383541690604051926105d4846133d7565b33845260208401928352600160401b8110156106ff576105f99160018201815561381a565b9290926106e35751905160a01b6001600160a01b0319166001600160a01b0391909116179055600182018083116106c95763ffffffff81116106ac5781549063ffffffff8260b01c1663ffffffff821611610686575b5050505b6040519182527f26a454697a4923cb3646779d831b5e4696bd3fab14b67dd6dfe23d72354f57dd60203393a36101005180f35b63ffffffff60b01b1990911660b09190911b63ffffffff60b01b1617905582808061064f565b6306dfcc6560e41b61010051526020600452602452604461010051fd5b634e487b7160e01b61010051526011600452602461010051fd5b634e487b7160e01b610100515261010051600452602461010051fd5b634e487b7160e01b61010051526041600452602461010051fd5b63628fb2b960e01b61010051526040600452602461010051fd5b9050604051908152817fb19f5cf677f7a10f0bf2fbd0a25f1c86aba6d522f6345f4f1d24714d9f33cd2660203393a3610653565b8263d42c398560e01b610100515260045233602452604461010051fd5b6040516307af89b760e01b81526004810185905242602482015260448101929092526064820152608490fd5b508042101561053c565b60405163d647364f60e01b815260206004820152600a60248201526918dbdb5b5a5d1b595b9d60b21b6044820152606490fd5b6322df051360e11b6101005152600452602452604461010051fd5b633b4f6e2b60e21b610100515233600452602461010051fd5b50828160d01c101561050a565b3461045b57602036600319011261045b5761084761396b565b336101005152600860205260406101005120805460ff8160681c16908115610b75575b8115610b5f575b50610b4657610881600435614109565b90600454808310610b2a575061089682614268565b60075490602082101561095d575b82546001600160701b0319166001600160601b03919091161761010160601b178255506108d042614299565b81546001600160d01b031660d09190911b6001600160d01b031916179055600754600160401b8110156106ff576109108160016109179301600755613802565b339161382f565b6040519081527fb4a7f5c563a0e35593d156394ed681bdc9c39467d7d722749d23862c2e4b712c60203392a2610100515f51602061473b5f395f51905f525d6101005180f35b61010051916001600160601b03835b828110610ad057506001600160601b031690816001600160601b0384161115610ab65761099884613802565b60018060a01b0391549060031b1c16908161010051526008602052604061010051206001600160401b03815461ffff60601b198116835560701c1615610a67575b505f1981019081116106c9576001600160601b0394610a156109fd610a1b93613802565b905460039190911b1c6001600160a01b031691613802565b9061382f565b610a23613b29565b610a2c8161360d565b604051926101005150835260208301527f6156efc943f1094364bec3adad1c141c17fdeadf2492e259903f426aae47d77460403393a36108a4565b610ab090610a88610a8363ffffffff60035460281c16426134fa565b613dd7565b815467ffffffffffffffff60701b191660709190911b67ffffffffffffffff60701b16179055565b876109d9565b63628fb2b960e01b61010051526020600452602461010051fd5b610ad981613802565b60018060a01b0391549060031b1c16610100515260086020526001600160601b036040610100512054166001600160601b0383168110610b1d575b5060010161096c565b9150935060018490610b14565b826322df051360e11b6101005152600452602452604461010051fd5b6359615ad360e01b610100515233600452602461010051fd5b6001600160401b03915060701c16151582610871565b6001600160601b0381161515915061086a565b3461045b57604036600319011261045b576001600160a01b03610ba9613362565b1661010051526008602052602060406101005120610bc860043561353a565b505090549060ff8260601c169182610be7575b50506040519015158152f35b60d01c1090508280610bdb565b3461045b57602036600319011261045b57610c0d61396b565b33610100515260086020526040610100512060ff815460681c1615610808576001600160601b03610c3f600435614109565b9181610c56610c5185838554166134fa565b614268565b168219825416178155541660405191825260208201527f270d6dd254edd1d985c81cf7861b8f28fb06b6d719df04d90464034d4341244060403392a2610100515f51602061473b5f395f51905f525d6101005180f35b3461170d57602036600319011261170d576004356001600160401b03811161170d573660238201121561170d578060040135906001600160401b03821161170d576024808201918360051b01019136831161170d57610d0961396b565b60405191610d16836133bb565b61ffff60035460ff81168552818160081c166020860152818160181c16604086015263ffffffff8160281c16606086015263ffffffff8160481c16608086015263ffffffff8160681c1660a086015260881c1660c084015260045460e0840152600554610100840152604051634f8c0daf60e11b815260208160048160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa908115611702575f9161189e575b505f945f5b84811061185a5750610de184613413565b90610def60405192836133f2565b84825283602083015b82821061184a5750505094806117b8575b505050508151155f1461173757604051610e246020826133f2565b5f81525f3681375b610e36835161373d565b905f6108209460405195610e4a81886133f2565b60408752610e6c601f19820191823660208b013760405160e05260e0516133f2565b604060e0515236602060e05101376040516080526101006080510160805181106001600160401b03821117611723576040525f6020608051015260606040608051015260608060805101526060608080510152606060a06080510152606060c060805101525f60e060805101525f19608051525f60a0525f60a0525f5b815181101561162c57610efc8183613790565b5190610f088186613790565b51600160ff8216036115fe5760a05183118015806115ee575b6115c1576115b8575b610f3c63ffffffff8260081c1661345c565b60805151808203611434575b5050602060805101514210611406575f60c0525f905f60c052604060805101515160e060805101518560041c0361139e575b600f85168060f08760041b16046010149015171561108c575f610140525b806101405110611248575060ff8951168210801561123e575b6111c957610fcd60c05160606080510151848d60e05190614021565b918a5f5b8b8382106111215750505050838160481c806110d3575b5050602089015161ffff1682106110a0578163ffffffff61100c9260281c16613507565b61271081019182821161108c5761270f820192831161108c576001946001600160401b031660409190911b61ffff60401b161761271090920460601b66ffffffffffffff60601b169190911760989190911b66ffffffffffffff60981b1617600160501b1761108461107d866137a4565b9588613790565b525b01610ee9565b634e487b7160e01b5f52601160045260245ffd5b506001926001600160401b031660409190911b61ffff60401b1617600160581b176110cd61107d866137a4565b52611086565b6040816127107fb943676b7f1f7b96e427675b13c98e465dab19e440ad05713212e95122fa8ba593111580611117575b825191825215156020820152a2838b610fe8565b5085811115611103565b61ffff60408161113385600197613790565b511688808211156111b9576111479161344f565b925b01511610156111965760a0608051015163ffffffff61118961116d8460e051613790565b516111838361117c8387613790565b51166137b2565b93613790565b911690525b018b90610fd1565b60808051015163ffffffff6111b061116d8460e051613790565b9116905261118e565b906111c39161344f565b92611149565b50916001926111e96020608051015163ffffffff60808c015116906134fa565b421061120b57506001600160401b038360591b9116176110cd61107d866137a4565b60207f7e3be781f215a5a447d7d5c897cd10493f18e75b5ca2adc960f10e7b10f3a8cc9160ff60405191168152a2611086565b5060c05115610fb1565b9795939490929661ffff6112686101409b949b5160c06080510151613790565b5160f08860041b161c1661012052610120511561138f57610120515f1981011161108c57895b80151580611364575b156112f5575f1981019080821161108c578c6112c28261ffff6112ba8685613790565b511692613790565b526112cf8260e051613790565b516112dc8260e051613790565b5261128e57634e487b7160e01b5f52601160045260245ffd5b996113309198949296959799939a8c6113198261ffff5f1961012051011692613790565b5261132a610140519160e051613790565b526137a4565b916113506113476101405160606080510151613790565b5160c0516134fa565b60c0525b6001610140510161014052610f98565b505f19810181811161108c5761ffff6113878e92825f1961012051011693613790565b511611611297565b96929094939597989198611354565b8460041c60e060805101525f5b8181106113b85750610f7a565b600190818060a01b036113d18260406080510151613790565b51165f52600b60205260405f2060e060805101515f5260205260405f20546113ff8260c06080510151613790565b52016113ab565b506001915f51602061471b5f395f51905f5260206040516a3932bb32b0b616b7b832b760a91b8152a2611086565b196115a7575b80608051526114488161353a565b91505060206080510152805f52600a60205260405f2080549161146a83613413565b61147760405191826133f2565b838152601f1961148685613413565b013660208301376040608051015261149d8361373d565b606060805101526114ad8361373d565b6080805101526114bc8361373d565b60a060805101526114cc8361373d565b60c060805101525f1960e0608051015260206080510151421015915f5b8481106114f857505050610f48565b8061150e6115086001938561381a565b5061342a565b828060a01b038151166115278360406080510151613790565b526001600160601b036020820151166115468360606080510151613790565b528580611573575b61155a575b50016114e9565b61156d90838060a01b0390511685613a02565b8f611553565b50845f52600960205260405f20838060a01b03825116848060a01b03165f526020526115a260405f20546139a0565b61154e565b6115b389608051613e53565b61143a565b8260a052610f2a565b50506001915f51602061471b5f395f51905f526020604051686475706c696361746560b81b8152a2611086565b506115f98386613e18565b610f21565b506001915f51602061471b5f395f51905f5260206040516a6e6f742d70656e64696e6760a81b8152a2611086565b8483875f196080515103611711575b508061165c575b610100515f51602061473b5f395f51905f525d6101005180f35b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163b1561170d575f6116ad9160405180938192634e5890b160e11b8352600483016137c9565b0381837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af18015611702576116ed575b80611642565b5f6116f7916133f2565b5f61010052806116e7565b6040513d5f823e3d90fd5b5f80fd5b61171d90608051613e53565b8261163b565b634e487b7160e01b5f52604160045260245ffd5b604051630fd6e89160e21b81525f818061175486600483016137c9565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115611702575f91611796575b50610e2c565b6117b291503d805f833e6117aa81836133f2565b810190613c59565b83611790565b8395506117ca906117cf92939461344f565b61373d565b935f905f5b8181106117e15750610e09565b806117ef6001928488613e08565b3580158015611841575b15611828575f51602061471b5f395f51905f526020604051681b9bdd0b599bdd5b9960ba1b8152a25b016117d4565b61183b611834866137a4565b958a613790565b52611822565b508581116117f9565b8135815260209182019101610df8565b611865818686613e08565b35838115918215611894575b5050611880575b600101610dd0565b9561188c6001916137a4565b969050611878565b1190508389611871565b90506020813d6020116118c8575b816118b9602093836133f2565b8101031261170d575185610dcb565b3d91506118ac565b3461170d575f36600319011261170d576118e86138e4565b65ffffffffffff6118f761371e565b90508160d01b600154166001551661190b57005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1005b3461170d57604036600319011261170d5760043561194d613362565b811561197b578161197461196f611979945f525f602052600160405f20015490565b613933565b6144b6565b005b631fe1e13d60e11b5f5260045ffd5b3461170d575f36600319011261170d576101206003546004546005549061ffff6040519360ff81168552818160081c166020860152818160181c16604086015263ffffffff8160281c16606086015263ffffffff8160481c16608086015263ffffffff8160681c1660a086015260881c1660c084015260e0830152610100820152f35b3461170d575f36600319011261170d57604065ffffffffffff611a2e61371e565b83516001600160a01b0390921682529091166020820152f35b3461170d575f36600319011261170d57611a5f61371e565b506001600160a01b03163303611ae05765ffffffffffff611a7e61371e565b919091169081158015611ad6575b611ac357600254611ab09190611aaa906001600160a01b0316614480565b50614408565b50600180546001600160d01b0319169055005b506319ca5ebb60e01b5f5260045260245ffd5b5042821015611a8c565b636116401160e11b5f523360045260245ffd5b3461170d575f36600319011261170d576020611b0d6136e5565b65ffffffffffff60405191168152f35b3461170d5760a036600319011261170d57611b36613362565b6064356001600160401b03811161170d57602091611b5b6104bd92369060040161338e565b906084359260443590600435613682565b3461170d575f36600319011261170d57604051686e6f2d71756f72756d60b81b8152602090f35b3461170d575f36600319011261170d576040518060206007549283815201809260075f5260205f20905f5b818110611c1f5750505081611bd49103826133f2565b604051918291602083019060208452518091526040830191905f5b818110611bfd575050500390f35b82516001600160a01b0316845285945060209384019390920191600101611bef565b82546001600160a01b0316845260209093019260019283019201611bbe565b3461170d57602036600319011261170d5760206104bd611c5c613378565b61360d565b3461170d5761012036600319011261170d57611c7b6138e4565b604051611c87816133bb565b60043560ff81169081810361170d5782526024359161ffff8316830361170d576020810192835260443561ffff8116810361170d576040820190815260643563ffffffff8116810361170d576060830190815260843563ffffffff8116810361170d576080840190815260a4359163ffffffff8316830361170d5760a0850192835260c4359361ffff8516850361170d5760c0860194855260e086019560e4358752610100810197610104358952604051611d436040826133f2565b60068152602081016571756f72756d60d01b8152600183108015612190575b61214057505050611d9b61ffff8a5116604051611d806040826133f2565b60098152681d1a1c995cda1bdb1960ba1b6020820152614554565b611dcd61ffff835116604051611db26040826133f2565b6009815268746f6c6572616e636560b81b6020820152614554565b611e0163ffffffff845116604051611de66040826133f2565b60098152686578697444656c617960b81b60208201526145b5565b611e3663ffffffff855116604051611e1a6040826133f2565b600a81526939ba30b632a0b33a32b960b11b60208201526145b5565b611e6e63ffffffff865116604051611e4f6040826133f2565b600d81526c6469737075746557696e646f7760981b60208201526145b5565b61ffff865116604051611e826040826133f2565b60118152602081017019985d5b1d1cd4195c95da5d1a1a1bdb19607a1b81526103e883116120f0575050508651604051611ebd6040826133f2565b6008815260208101676d696e5374616b6560c01b81526001831080156120e0575b61208a575050508751875160405190611ef86040836133f2565b600d825260208201906c1cdb185cda14195c91985d5b1d609a1b825280841161203c57505050505160ff169788600354825160081b62ffff001690845160181b64ffff0000001691865160281b63ffffffff60281b1663ffffffff60481b895160481b169263ffffffff60681b8b5160681b169461ffff60881b8d5160881b169661ffff60881b199463ffffffff60681b199363ffffffff60481b199263ffffffff60281b199164ffffffffff19161716171617161716171717600355865160045587516005556040519889525161ffff1660208901525161ffff1660408801525163ffffffff1660608701525163ffffffff1660808601525163ffffffff1660a08501525161ffff1660c08401525160e0830152516101008201526101207fab521e0f951b8c9529bfde2331699809c3ea54b957bc888cddbee708e7e85b6091a1005b60a49394506040519485936301f0b45760e71b8552608060048601525180938160848701528686015e5f85848601015260248401525f60448401526064830152601f80199101168101030190fd5b9060a4916040519384926301f0b45760e71b8452608060048501525180928160848601528585015e5f8383018501526024830152600160448301526001600160601b036064830152601f01601f19168101030190fd5b506001600160601b038311611ede565b9060a4916040519384926301f0b45760e71b8452608060048501525180928160848601528585015e5f84838501015260248301525f60448301526103e86064830152601f80199101168101030190fd5b9060a4916040519384926301f0b45760e71b8452608060048501525180928160848601528585015e5f83830185015260248301526001604483015260206064830152601f01601f19168101030190fd5b5060208311611d62565b3461170d575f36600319011261170d5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461170d575f36600319011261170d5760206040515f8152f35b3461170d575f36600319011261170d576002548060d01c908115158061224f575b156122455760a01c65ffffffffffff165b6040805165ffffffffffff928316815292909116602083015290f35b50505f5f90612229565b5042821015612218565b3461170d575f36600319011261170d57602060405161ffff8152f35b3461170d57604036600319011261170d5761228e613378565b6024359060018060a01b03165f52600b60205260405f208160041c5f5260205260405f205460f0600f83169260041b16918083046010149015171561108c57901c61ffff16806122eb5750602061ffff5b61ffff60405191168152f35b5f19810190811161108c5761ffff602091166122df565b3461170d575f36600319011261170d5760206040516202a3008152f35b3461170d57604036600319011261170d57612338613362565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b3461170d575f36600319011261170d576002546040516001600160a01b039091168152602090f35b3461170d575f36600319011261170d57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461170d575f36600319011261170d5760206104bd4261345c565b3461170d575f36600319011261170d57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461170d575f36600319011261170d57335f52600860205260405f2080549060ff8260601c16156124b15761247a9160ff60601b19168155610a88610a8363ffffffff60035460281c16426134fa565b6124833361360d565b6040519081527fd9217a461a0f7f84171a8866118c3d92e943ba7c1ba89b819371f729b5cabcbc60203392a2005b633b4f6e2b60e21b5f523360045260245ffd5b3461170d575f36600319011261170d57604051686475706c696361746560b81b8152602090f35b3461170d57606036600319011261170d576020612506613362565b604435612512816139a0565b91826125245750506040519015158152f35b6004355f9081526009855260408082206001600160a01b03909316825291855220541490508280610bdb565b3461170d575f36600319011261170d576020604051818152f35b3461170d57602036600319011261170d5760043565ffffffffffff81169081810361170d576125976138e4565b6125a042614299565b9165ffffffffffff6125b06136e5565b16808211156126b557507ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9265ffffffffffff8262069780806125fd951091180262069780181690613db9565b906002548060d01c80612659575b5050600280546001600160a01b031660a083901b65ffffffffffff60a01b161760d084901b6001600160d01b0319161790556040805165ffffffffffff9283168152919092166020820152a1005b42111561268b57600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b838061260b565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a1612684565b0365ffffffffffff811161108c577ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b926125fd9190613db9565b3461170d575f36600319011261170d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461170d57602036600319011261170d57606061275160043561353a565b9060405192835260208301526040820152f35b3461170d57602036600319011261170d5761277d613378565b6127856138e4565b7f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed660206127c26127b442614299565b6127bc6136e5565b90613db9565b65ffffffffffff6127d161371e565b6001805460d085901b166001600160a01b0390981697881785851660a01b17905591909116905061280e575b65ffffffffffff60405191168152a2005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a16127fd565b3461170d575f36600319011261170d576020600654604051908152f35b3461170d57602036600319011261170d5761286d613378565b6128756138e4565b61287d61396b565b6001600160a01b038116801561290857600654905f6006557ff0d4e46e051cc59908d016f791f6fe8e27c76b535de7d84b0922b886c8a2c5c66020604051848152a2806128d7575b5f5f51602061473b5f395f51905f525d005b612901917f0000000000000000000000000000000000000000000000000000000000000000613bd8565b80806128c5565b60405163d647364f60e01b8152602060048201526002602482015261746f60f01b6044820152606490fd5b3461170d57608036600319011261170d576024356004356044356001600160401b03811161170d5761296990369060040161338e565b91906129748261353a565b9080925042108015612c3c575b6107845750505f82815260096020908152604080832033845290915290205460018114612c25576129b86064358584883388613682565b811490811591612c14575b50612bfd57815f52600960205260405f2060018060a01b0333165f52602052600160405f20558260011c9384158015612bf1575b8015612be9575b612bbb57612a0c8382613cd2565b60018511612b97575b335f52600b60205260405f20948160041c95865f528060205260405f2054915f905b808210612a915750507f42f04e7ebc32f303a188114b55cd6b9377e13032598fbdf7e52c427786c7872f9495965f5260205260405f2055612a8c6040519283928352604060208401523396604084019161351a565b0390a3005b9092612a9d84866134fa565b908160041c8a8103612b79575b508460011b87013560f01c61ffff8114612b6e576127108111612b405760f0600f84169360041b16928084046010149015171561108c5761ffff82841c16612b05576001810180911161108c576001921b17935b0190612a37565b60405163d647364f60e01b8152602060048201526012602482015271746f6b656e2073636f72656420747769636560701b6044820152606490fd5b60405163d647364f60e01b815260206004820152600560248201526473636f726560d81b6044820152606490fd5b509360019150612afe565b995f528360205260405f2055885f528260205260405f20548a612aaa565b612ba185826134fa565b5f19810190811161108c5783612bb691613cd2565b612a15565b60405163d647364f60e01b815260206004820152600560248201526472616e676560d81b6044820152606490fd5b5080156129fe565b506001841615156129f7565b50631ee8b01f60e11b5f526004523360245260445ffd5b612c1e91506139a0565b15856129c3565b8263619cd47560e11b5f526004523360245260445ffd5b5080421015612981565b3461170d575f36600319011261170d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461170d575f36600319011261170d576040516a6e6f742d70656e64696e6760a81b8152602090f35b3461170d57604036600319011261170d57600435612ccf613362565b90612cd861396b565b612ce18161353a565b915050804210612d3f5750805f52600960205260405f2060018060a01b0383165f52602052612d1360405f20546139a0565b15612d2257906128c591613a02565b6307da661d60e41b5f5260045260018060a01b031660245260445ffd5b6040516307af89b760e01b8152600481019290925242602483015260448201525f19606482015260849150fd5b3461170d575f36600319011261170d5760206040516103e88152f35b3461170d575f36600319011261170d576040516e18995b1bddcb5d1a1c995cda1bdb19608a1b8152602090f35b3461170d575f36600319011261170d5760206040516276a7008152f35b3461170d575f36600319011261170d57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461170d575f36600319011261170d57612e2a61396b565b335f52600860205260405f20805460ff8160601c168015612f88575b612f7557612e533361360d565b804210612f5f575060b01c63ffffffff1680612f18575b505460ff6001600160601b03821691335f5260086020525f600160408220828155015560681c16612f0a575b6040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a280612ed9575f5f51602061473b5f395f51905f525d005b612f0490337f0000000000000000000000000000000000000000000000000000000000000000613bd8565b806128c5565b612f1333613b6c565b612e96565b612f2663ffffffff916134e2565b165f818152600960209081526040808320338452909152902054612f49906139a0565b15612e6a57612f59903390613a02565b81612e6a565b634ac6d28d60e01b5f523360045260245260445ffd5b636e34ee0b60e11b5f523360045260245ffd5b506001600160401b038160701c1615612e46565b3461170d57604036600319011261170d57600435612fb8613362565b811580613068575b612fed575b336001600160a01b03821603612fde57611979916144b6565b63334bd91960e11b5f5260045ffd5b612ff561371e565b906001600160a01b031615801590613058575b8015613046575b61302b57506001805465ffffffffffff60a01b19169055612fc5565b65ffffffffffff906319ca5ebb60e01b5f521660045260245ffd5b504265ffffffffffff8216101561300f565b5065ffffffffffff811615613008565b506002546001600160a01b03828116911614612fc0565b3461170d57604036600319011261170d5760043561309b613362565b811561197b57816130bd61196f611979945f525f602052600160405f20015490565b61443e565b3461170d575f36600319011261170d57602060405160408152f35b3461170d57602036600319011261170d5760206104bd6004355f525f602052600160405f20015490565b3461170d575f36600319011261170d576040516a3932bb32b0b616b7b832b760a91b8152602090f35b3461170d57602036600319011261170d5760206104bd60043561345c565b3461170d575f36600319011261170d57604051681b9bdd0b599bdd5b9960ba1b8152602090f35b3461170d575f36600319011261170d5761318d6138e4565b6002548060d01c806131ab575b600280546001600160a01b03169055005b4211156131dd57600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b808061319a565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a16131d6565b3461170d57602036600319011261170d576004355f52600a60205260405f2080549061323282613413565b9161324060405193846133f2565b8083526020830180925f5260205f205f915b8383106132bb578486604051918291602083019060208452518091526040830191905f5b818110613284575050500390f35b825180516001600160a01b031685526020908101516001600160601b03168186015286955060409094019390920191600101613276565b6001602081926132ca8561342a565b815201920192019190613252565b3461170d575f36600319011261170d576020604051620697808152f35b3461170d57602036600319011261170d576004359063ffffffff60e01b821680920361170d576020916318a4c3c360e11b8114908115613337575b5015158152f35b637965db0b60e01b811491508115613351575b5083613330565b6301ffc9a760e01b1490508361334a565b602435906001600160a01b038216820361170d57565b600435906001600160a01b038216820361170d57565b9181601f8401121561170d578235916001600160401b03831161170d576020838186019501011161170d57565b61012081019081106001600160401b0382111761172357604052565b604081019081106001600160401b0382111761172357604052565b90601f801991011681019081106001600160401b0382111761172357604052565b6001600160401b0381116117235760051b60200190565b90604051613437816133d7565b91546001600160a01b038116835260a01c6020830152565b9190820391821161108c57565b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168082106134dc576134969161344f565b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000169081156134c8570490565b634e487b7160e01b5f52601260045260245ffd5b50505f90565b63ffffffff5f199116019063ffffffff821161108c57565b9190820180921161108c57565b8181029291811591840414171561108c57565b908060209392818452848401375f828201840152601f01601f1916010190565b6001810180911161108c576135796135a89163ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690613507565b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166134fa565b906135d963ffffffff7f000000000000000000000000000000000000000000000000000000000000000016836134fa565b9061360a63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016836134fa565b90565b6001600160a01b03165f90815260086020526040902054607081901c6001600160401b0316919060b01c63ffffffff16806136455750565b61365f63ffffffff613659613674936134e2565b1661353a565b91505063ffffffff60035460681c16906134fa565b82811161367e5750565b9150565b949091936136df936136cb916040519687956020870199468b52306040890152606088015260018060a01b0316608087015260a086015260e060c086015261010085019161351a565b9060e083015203601f1981018352826133f2565b51902090565b6002548060d01c8015159081613714575b501561370a5760a01c65ffffffffffff1690565b5060015460d01c90565b905042115f6136f6565b6001546001600160a01b0381169160a09190911c65ffffffffffff1690565b9061374782613413565b61375460405191826133f2565b8281528092613765601f1991613413565b0190602036910137565b80511561377c5760200190565b634e487b7160e01b5f52603260045260245ffd5b805182101561377c5760209160051b010190565b5f19811461108c5760010190565b63ffffffff1663ffffffff811461108c5760010190565b60206040818301928281528451809452019201905f5b8181106137ec5750505090565b82518452602093840193909201916001016137df565b60075481101561377c5760075f5260205f2001905f90565b805482101561377c575f5260205f2001905f90565b80546001600160a01b0360039390931b83811b199091169290931690921b179055565b805f52600c60205260405f20548061388c5750600181019081811161108c5761388661388061360a936142c8565b916142c8565b9061344f565b5f1981019150811161108c5790565b5f52600960205260405f209060018060a01b03165f5260205260405f2054600181146138da57600281146138d057905f905f90565b505f905f90600190565b505f906001905f90565b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff161561391c57565b63e2517d3f60e01b5f52336004525f60245260445ffd5b5f8181526020818152604080832033845290915290205460ff16156139555750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f51602061473b5f395f51905f525c6139915760015f51602061473b5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b80151590816139bc575b816139b3575090565b60029150141590565b600181141591506139aa565b9063ffffffff8091169116019063ffffffff821161108c57565b906001600160601b03809116911603906001600160601b03821161108c57565b5f8181526009602090815260408083206001600160a01b0390951680845294825280832060029055600890915290819020600181810180549384901c63ffffffff9081169092019291831161108c577f3ffbad403e222e8f934eb64d2f93e8e726c5309a4b54e8551abbfd589b48b8e19360209363ffffffff60401b9060401b169063ffffffff60401b1916179055613ab9613a9d856144f4565b61ffff60035460881c16808210613b21575b5060055490613507565b906001600160601b03815416808311613b19575b82613ade575b5050604051908152a3565b613af36001600160601b0391828516906139e2565b166001600160601b0319825416179055613b0f816006546134fa565b6006555f80613ad3565b915081613acd565b90505f613aaf565b6007548015613b58575f1901613b4081600761381a565b81549060018060a01b039060031b1b19169055600755565b634e487b7160e01b5f52603160045260245ffd5b6007546001600160a01b03909116905f5b818110613b8957505050565b82613b9382613802565b905460039190911b1c6001600160a01b031614613bb257600101613b7d565b5f198201925090821161108c57610a156109fd613bce93613802565b613bd6613b29565b565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f5114821615613c38575b60405215613c185750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b906001811516613c5057823b15153d15161690613c0d565b503d5f823e3d90fd5b60208183031261170d578051906001600160401b03821161170d57019080601f8301121561170d578151613c8c81613413565b92613c9a60405194856133f2565b81845260208085019260051b82010192831161170d57602001905b828210613cc25750505090565b8151815260209182019101613cb5565b6040613d175f8251613ce484826133f2565b60018152601f19840136602083013784613cfd8261376f565b52835180938192630fd6e89160e21b8352600483016137c9565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215613db05750613d67613d719263ffffffff925f91613d96575b5061376f565b5160081c1661345c565b90828203613d7e57505050565b63478046bb60e11b5f5260045260245260445260645ffd5b613daa91503d805f833e6117aa81836133f2565b5f613d61565b513d5f823e3d90fd5b9065ffffffffffff8091169116019065ffffffffffff821161108c57565b6001600160401b038111613df1576001600160401b031690565b6306dfcc6560e41b5f52604060045260245260445ffd5b919081101561377c5760051b0190565b5f5b828110613e28575050505f90565b613e328183613790565b51613e3d8484613790565b5114613e4b57600101613e1a565b505050600190565b604081018051519260a0830192610100909101906080015f5b858110613e7b57505050505050565b8063ffffffff613e8e6001938551613790565b51161580614008575b61400357818060a01b03613eac828751613790565b51165f52600860205260405f207fb9f113eba9ebea6887194b88e033573d64afd32fcef61a5a9c495ca995c588b5606063ffffffff613eec858851613790565b511692858101938a67ffffffff00000000613f3a63ffffffff613f208a82613f188c5498828a166139c8565b169551613790565b511663ffffffff198516841760201c63ffffffff166139c8565b60201b16916001600160401b03191617178455613f6a63ffffffff613f60878d51613790565b5116895190613507565b906001600160601b03815416808311613ffb575b82613fc0575b5050858060a01b03613f97868b51613790565b511693549063ffffffff60405192818116845260201c1660208301526040820152a25b01613e6c565b613fd56001600160601b0391828516906139e2565b166001600160601b0319825416179055613ff1816006546134fa565b6006555f80613f84565b915081613f7e565b613fba565b5063ffffffff614019828851613790565b511615613e97565b92939091935f905f915b8683106140545750505050505f19820191821161108c5761ffff9161404f91613790565b511690565b6140739061406c6140658588613790565b5184613790565b51906134fa565b91600183901b6001600160ff1b038416840361108c578481101561409b57506001019161402b565b925094959350501490816140f5575b506140bc5761404f9061ffff92613790565b61ffff6140c98284613790565b5116906001810180911161108c576140e761ffff916140ef94613790565b5116906134fa565b60011c90565b90506001820180831161108c57105f6140aa565b6040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03811690602083602481855afa928315611702575f93614234575b50604051936323b872dd60e01b5f52336004523060245260445260205f60648180855af19060015f5114821615614215575b50836040525f6060521561420357826024816020936370a0823160e01b82523060048301525afa8015611702575f906141cf575b61360a925061344f565b506020823d6020116141fb575b816141e9602093836133f2565b8101031261170d5761360a91516141c5565b3d91506141dc565b635274afe760e01b5f5260045260245ffd5b600182151661422b573b15153d1516165f614191565b843d5f823e3d90fd5b9092506020813d602011614260575b81614250602093836133f2565b8101031261170d5751915f61415f565b3d9150614243565b6001600160601b038111614282576001600160601b031690565b6306dfcc6560e41b5f52606060045260245260445ffd5b65ffffffffffff81116142b15765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b604051634f8c0daf60e11b81526001917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691602081600481865afa908115611702575f916143d6575b5083810180911161108c5760409081519061433583836133f2565b858252601f1983013660208401375b80861061435357505050505090565b61435d81876134fa565b60011c908161436b8461376f565b528351630fd6e89160e21b81525f818061438887600483016137c9565b03818a5afa9081156143cc5763ffffffff613d6788936143ae935f91613d96575061376f565b106143b95750614344565b95506001810180911161108c5794614344565b85513d5f823e3d90fd5b90506020813d602011614400575b816143f1602093836133f2565b8101031261170d57515f61431a565b3d91506143e4565b600254906001600160a01b03821661197b576001600160a01b03199091166001600160a01b0382161760025561360a905f614618565b90811561444f575b61360a91614618565b600254916001600160a01b03831661197b576001600160a01b03199092166001600160a01b03821617600255614446565b60025461360a91906001600160a01b038083169116146144a1575b5f61469a565b600280546001600160a01b031916905561449b565b9061360a918015806144dd575b1561469a57600280546001600160a01b031916905561469a565b506002546001600160a01b038381169116146144c3565b90815f52600c60205260405f20548061454357506001820180831161108c5761451f614528916142c8565b613886846142c8565b91600183019081841161108c575f52600c60205260405f2055565b9091505f19810190811161108c5790565b6127108211614561575050565b60a49060206040519384926301f0b45760e71b8452608060048501528051928391826084870152018585015e5f84838501015260248301525f60448301526127106064830152601f80199101168101030190fd5b6276a70082116145c3575050565b60a49060206040519384926301f0b45760e71b8452608060048501528051928391826084870152018585015e5f84838501015260248301525f60448301526276a7006064830152601f80199101168101030190fd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff166134dc575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b5f818152602081815260408083206001600160a01b038616845290915290205460ff16156134dc575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fe78e05d08648f5512e349a95c086580e93a04f39ff7a3a485952c1e043d5a51b29b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a164736f6c6343000825000aad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
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
// Solidity: constructor(address admin, address dat_, address stakeToken_, uint64 genesis_, uint32 roundLength_, uint32 commitWindow_, uint32 revealWindow_, (uint8,uint16,uint16,uint32,uint32,uint32,uint16,uint256,uint256) params_) returns()
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

// PackADMINDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92ffacac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ADMIN_DELAY() view returns(uint48)
func (qualityOracle *QualityOracle) PackADMINDELAY() []byte {
	enc, err := qualityOracle.abi.Pack("ADMIN_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackADMINDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92ffacac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ADMIN_DELAY() view returns(uint48)
func (qualityOracle *QualityOracle) TryPackADMINDELAY() ([]byte, error) {
	return qualityOracle.abi.Pack("ADMIN_DELAY")
}

// UnpackADMINDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x92ffacac.
//
// Solidity: function ADMIN_DELAY() view returns(uint48)
func (qualityOracle *QualityOracle) UnpackADMINDELAY(data []byte) (*big.Int, error) {
	out, err := qualityOracle.abi.Unpack("ADMIN_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackMAXCOMMITTERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a3679ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_COMMITTERS() view returns(uint256)
func (qualityOracle *QualityOracle) PackMAXCOMMITTERS() []byte {
	enc, err := qualityOracle.abi.Pack("MAX_COMMITTERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCOMMITTERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a3679ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_COMMITTERS() view returns(uint256)
func (qualityOracle *QualityOracle) TryPackMAXCOMMITTERS() ([]byte, error) {
	return qualityOracle.abi.Pack("MAX_COMMITTERS")
}

// UnpackMAXCOMMITTERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a3679ee.
//
// Solidity: function MAX_COMMITTERS() view returns(uint256)
func (qualityOracle *QualityOracle) UnpackMAXCOMMITTERS(data []byte) (*big.Int, error) {
	out, err := qualityOracle.abi.Unpack("MAX_COMMITTERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4125ff90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DELAY() view returns(uint256)
func (qualityOracle *QualityOracle) PackMAXDELAY() []byte {
	enc, err := qualityOracle.abi.Pack("MAX_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4125ff90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DELAY() view returns(uint256)
func (qualityOracle *QualityOracle) TryPackMAXDELAY() ([]byte, error) {
	return qualityOracle.abi.Pack("MAX_DELAY")
}

// UnpackMAXDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4125ff90.
//
// Solidity: function MAX_DELAY() view returns(uint256)
func (qualityOracle *QualityOracle) UnpackMAXDELAY(data []byte) (*big.Int, error) {
	out, err := qualityOracle.abi.Unpack("MAX_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXFAULTSPERWITHHOLD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46468000.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FAULTS_PER_WITHHOLD() view returns(uint256)
func (qualityOracle *QualityOracle) PackMAXFAULTSPERWITHHOLD() []byte {
	enc, err := qualityOracle.abi.Pack("MAX_FAULTS_PER_WITHHOLD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFAULTSPERWITHHOLD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46468000.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FAULTS_PER_WITHHOLD() view returns(uint256)
func (qualityOracle *QualityOracle) TryPackMAXFAULTSPERWITHHOLD() ([]byte, error) {
	return qualityOracle.abi.Pack("MAX_FAULTS_PER_WITHHOLD")
}

// UnpackMAXFAULTSPERWITHHOLD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46468000.
//
// Solidity: function MAX_FAULTS_PER_WITHHOLD() view returns(uint256)
func (qualityOracle *QualityOracle) UnpackMAXFAULTSPERWITHHOLD(data []byte) (*big.Int, error) {
	out, err := qualityOracle.abi.Unpack("MAX_FAULTS_PER_WITHHOLD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackSKIPDUPLICATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c28743d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SKIP_DUPLICATE() view returns(bytes32)
func (qualityOracle *QualityOracle) PackSKIPDUPLICATE() []byte {
	enc, err := qualityOracle.abi.Pack("SKIP_DUPLICATE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSKIPDUPLICATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c28743d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SKIP_DUPLICATE() view returns(bytes32)
func (qualityOracle *QualityOracle) TryPackSKIPDUPLICATE() ([]byte, error) {
	return qualityOracle.abi.Pack("SKIP_DUPLICATE")
}

// UnpackSKIPDUPLICATE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c28743d.
//
// Solidity: function SKIP_DUPLICATE() view returns(bytes32)
func (qualityOracle *QualityOracle) UnpackSKIPDUPLICATE(data []byte) ([32]byte, error) {
	out, err := qualityOracle.abi.Unpack("SKIP_DUPLICATE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSKIPNOTFOUND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d15759b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SKIP_NOT_FOUND() view returns(bytes32)
func (qualityOracle *QualityOracle) PackSKIPNOTFOUND() []byte {
	enc, err := qualityOracle.abi.Pack("SKIP_NOT_FOUND")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSKIPNOTFOUND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d15759b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SKIP_NOT_FOUND() view returns(bytes32)
func (qualityOracle *QualityOracle) TryPackSKIPNOTFOUND() ([]byte, error) {
	return qualityOracle.abi.Pack("SKIP_NOT_FOUND")
}

// UnpackSKIPNOTFOUND is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d15759b.
//
// Solidity: function SKIP_NOT_FOUND() view returns(bytes32)
func (qualityOracle *QualityOracle) UnpackSKIPNOTFOUND(data []byte) ([32]byte, error) {
	out, err := qualityOracle.abi.Unpack("SKIP_NOT_FOUND", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSKIPNOTPENDING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1fd813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SKIP_NOT_PENDING() view returns(bytes32)
func (qualityOracle *QualityOracle) PackSKIPNOTPENDING() []byte {
	enc, err := qualityOracle.abi.Pack("SKIP_NOT_PENDING")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSKIPNOTPENDING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1fd813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SKIP_NOT_PENDING() view returns(bytes32)
func (qualityOracle *QualityOracle) TryPackSKIPNOTPENDING() ([]byte, error) {
	return qualityOracle.abi.Pack("SKIP_NOT_PENDING")
}

// UnpackSKIPNOTPENDING is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e1fd813.
//
// Solidity: function SKIP_NOT_PENDING() view returns(bytes32)
func (qualityOracle *QualityOracle) UnpackSKIPNOTPENDING(data []byte) ([32]byte, error) {
	out, err := qualityOracle.abi.Unpack("SKIP_NOT_PENDING", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSKIPREVEALOPEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a3e4f18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SKIP_REVEAL_OPEN() view returns(bytes32)
func (qualityOracle *QualityOracle) PackSKIPREVEALOPEN() []byte {
	enc, err := qualityOracle.abi.Pack("SKIP_REVEAL_OPEN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSKIPREVEALOPEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a3e4f18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SKIP_REVEAL_OPEN() view returns(bytes32)
func (qualityOracle *QualityOracle) TryPackSKIPREVEALOPEN() ([]byte, error) {
	return qualityOracle.abi.Pack("SKIP_REVEAL_OPEN")
}

// UnpackSKIPREVEALOPEN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a3e4f18.
//
// Solidity: function SKIP_REVEAL_OPEN() view returns(bytes32)
func (qualityOracle *QualityOracle) UnpackSKIPREVEALOPEN(data []byte) ([32]byte, error) {
	out, err := qualityOracle.abi.Unpack("SKIP_REVEAL_OPEN", data)
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
func (qualityOracle *QualityOracle) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := qualityOracle.abi.Pack("acceptDefaultAdminTransfer")
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
func (qualityOracle *QualityOracle) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return qualityOracle.abi.Pack("acceptDefaultAdminTransfer")
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

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (qualityOracle *QualityOracle) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := qualityOracle.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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
func (qualityOracle *QualityOracle) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return qualityOracle.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (qualityOracle *QualityOracle) PackCancelDefaultAdminTransfer() []byte {
	enc, err := qualityOracle.abi.Pack("cancelDefaultAdminTransfer")
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
func (qualityOracle *QualityOracle) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return qualityOracle.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (qualityOracle *QualityOracle) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := qualityOracle.abi.Pack("changeDefaultAdminDelay", newDelay)
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
func (qualityOracle *QualityOracle) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return qualityOracle.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackChargeWithholding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4941b818.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chargeWithholding(uint256 round, address validator) returns()
func (qualityOracle *QualityOracle) PackChargeWithholding(round *big.Int, validator common.Address) []byte {
	enc, err := qualityOracle.abi.Pack("chargeWithholding", round, validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChargeWithholding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4941b818.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chargeWithholding(uint256 round, address validator) returns()
func (qualityOracle *QualityOracle) TryPackChargeWithholding(round *big.Int, validator common.Address) ([]byte, error) {
	return qualityOracle.abi.Pack("chargeWithholding", round, validator)
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

// PackCommitmentState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5d2f2ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentState(uint256 round, address validator) view returns(bytes32 commitment, bool revealed, bool withheld)
func (qualityOracle *QualityOracle) PackCommitmentState(round *big.Int, validator common.Address) []byte {
	enc, err := qualityOracle.abi.Pack("commitmentState", round, validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5d2f2ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentState(uint256 round, address validator) view returns(bytes32 commitment, bool revealed, bool withheld)
func (qualityOracle *QualityOracle) TryPackCommitmentState(round *big.Int, validator common.Address) ([]byte, error) {
	return qualityOracle.abi.Pack("commitmentState", round, validator)
}

// CommitmentStateOutput serves as a container for the return parameters of contract
// method CommitmentState.
type CommitmentStateOutput struct {
	Commitment [32]byte
	Revealed   bool
	Withheld   bool
}

// UnpackCommitmentState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5d2f2ba.
//
// Solidity: function commitmentState(uint256 round, address validator) view returns(bytes32 commitment, bool revealed, bool withheld)
func (qualityOracle *QualityOracle) UnpackCommitmentState(data []byte) (CommitmentStateOutput, error) {
	out, err := qualityOracle.abi.Unpack("commitmentState", data)
	outstruct := new(CommitmentStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Commitment = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Revealed = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Withheld = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
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

// PackCommittersOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x068d6b26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committersOf(uint256 round) view returns((address,uint96)[])
func (qualityOracle *QualityOracle) PackCommittersOf(round *big.Int) []byte {
	enc, err := qualityOracle.abi.Pack("committersOf", round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommittersOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x068d6b26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committersOf(uint256 round) view returns((address,uint96)[])
func (qualityOracle *QualityOracle) TryPackCommittersOf(round *big.Int) ([]byte, error) {
	return qualityOracle.abi.Pack("committersOf", round)
}

// UnpackCommittersOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x068d6b26.
//
// Solidity: function committersOf(uint256 round) view returns((address,uint96)[])
func (qualityOracle *QualityOracle) UnpackCommittersOf(data []byte) ([]QualityOracleCommitter, error) {
	out, err := qualityOracle.abi.Unpack("committersOf", data)
	if err != nil {
		return *new([]QualityOracleCommitter), err
	}
	out0 := *abi.ConvertType(out[0], new([]QualityOracleCommitter)).(*[]QualityOracleCommitter)
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

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (qualityOracle *QualityOracle) PackDefaultAdmin() []byte {
	enc, err := qualityOracle.abi.Pack("defaultAdmin")
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
func (qualityOracle *QualityOracle) TryPackDefaultAdmin() ([]byte, error) {
	return qualityOracle.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (qualityOracle *QualityOracle) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := qualityOracle.abi.Unpack("defaultAdmin", data)
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
func (qualityOracle *QualityOracle) PackDefaultAdminDelay() []byte {
	enc, err := qualityOracle.abi.Pack("defaultAdminDelay")
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
func (qualityOracle *QualityOracle) TryPackDefaultAdminDelay() ([]byte, error) {
	return qualityOracle.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (qualityOracle *QualityOracle) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := qualityOracle.abi.Unpack("defaultAdminDelay", data)
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
func (qualityOracle *QualityOracle) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := qualityOracle.abi.Pack("defaultAdminDelayIncreaseWait")
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
func (qualityOracle *QualityOracle) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return qualityOracle.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (qualityOracle *QualityOracle) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := qualityOracle.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExitAvailableAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf043311.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitAvailableAt(address validator) view returns(uint256 availableAt)
func (qualityOracle *QualityOracle) PackExitAvailableAt(validator common.Address) []byte {
	enc, err := qualityOracle.abi.Pack("exitAvailableAt", validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitAvailableAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf043311.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitAvailableAt(address validator) view returns(uint256 availableAt)
func (qualityOracle *QualityOracle) TryPackExitAvailableAt(validator common.Address) ([]byte, error) {
	return qualityOracle.abi.Pack("exitAvailableAt", validator)
}

// UnpackExitAvailableAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf043311.
//
// Solidity: function exitAvailableAt(address validator) view returns(uint256 availableAt)
func (qualityOracle *QualityOracle) UnpackExitAvailableAt(data []byte) (*big.Int, error) {
	out, err := qualityOracle.abi.Unpack("exitAvailableAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackMayCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1ce4ed3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mayCommit(uint256 round, address validator) view returns(bool)
func (qualityOracle *QualityOracle) PackMayCommit(round *big.Int, validator common.Address) []byte {
	enc, err := qualityOracle.abi.Pack("mayCommit", round, validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMayCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1ce4ed3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mayCommit(uint256 round, address validator) view returns(bool)
func (qualityOracle *QualityOracle) TryPackMayCommit(round *big.Int, validator common.Address) ([]byte, error) {
	return qualityOracle.abi.Pack("mayCommit", round, validator)
}

// UnpackMayCommit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1ce4ed3.
//
// Solidity: function mayCommit(uint256 round, address validator) view returns(bool)
func (qualityOracle *QualityOracle) UnpackMayCommit(data []byte) (bool, error) {
	out, err := qualityOracle.abi.Unpack("mayCommit", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (qualityOracle *QualityOracle) PackOwner() []byte {
	enc, err := qualityOracle.abi.Pack("owner")
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
func (qualityOracle *QualityOracle) TryPackOwner() ([]byte, error) {
	return qualityOracle.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (qualityOracle *QualityOracle) UnpackOwner(data []byte) (common.Address, error) {
	out, err := qualityOracle.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns(uint8 quorum, uint16 threshold, uint16 tolerance, uint32 exitDelay, uint32 staleAfter, uint32 disputeWindow, uint16 faultsPerWithhold, uint256 minStake, uint256 slashPerFault)
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
// Solidity: function params() view returns(uint8 quorum, uint16 threshold, uint16 tolerance, uint32 exitDelay, uint32 staleAfter, uint32 disputeWindow, uint16 faultsPerWithhold, uint256 minStake, uint256 slashPerFault)
func (qualityOracle *QualityOracle) TryPackParams() ([]byte, error) {
	return qualityOracle.abi.Pack("params")
}

// ParamsOutput serves as a container for the return parameters of contract
// method Params.
type ParamsOutput struct {
	Quorum            uint8
	Threshold         uint16
	Tolerance         uint16
	ExitDelay         uint32
	StaleAfter        uint32
	DisputeWindow     uint32
	FaultsPerWithhold uint16
	MinStake          *big.Int
	SlashPerFault     *big.Int
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns(uint8 quorum, uint16 threshold, uint16 tolerance, uint32 exitDelay, uint32 staleAfter, uint32 disputeWindow, uint16 faultsPerWithhold, uint256 minStake, uint256 slashPerFault)
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
	outstruct.DisputeWindow = *abi.ConvertType(out[5], new(uint32)).(*uint32)
	outstruct.FaultsPerWithhold = *abi.ConvertType(out[6], new(uint16)).(*uint16)
	outstruct.MinStake = abi.ConvertType(out[7], new(big.Int)).(*big.Int)
	outstruct.SlashPerFault = abi.ConvertType(out[8], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (qualityOracle *QualityOracle) PackPendingDefaultAdmin() []byte {
	enc, err := qualityOracle.abi.Pack("pendingDefaultAdmin")
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
func (qualityOracle *QualityOracle) TryPackPendingDefaultAdmin() ([]byte, error) {
	return qualityOracle.abi.Pack("pendingDefaultAdmin")
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
func (qualityOracle *QualityOracle) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := qualityOracle.abi.Unpack("pendingDefaultAdmin", data)
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
func (qualityOracle *QualityOracle) PackPendingDefaultAdminDelay() []byte {
	enc, err := qualityOracle.abi.Pack("pendingDefaultAdminDelay")
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
func (qualityOracle *QualityOracle) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return qualityOracle.abi.Pack("pendingDefaultAdminDelay")
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
func (qualityOracle *QualityOracle) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := qualityOracle.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
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
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (qualityOracle *QualityOracle) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := qualityOracle.abi.Pack("renounceRole", role, account)
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
func (qualityOracle *QualityOracle) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return qualityOracle.abi.Pack("renounceRole", role, account)
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

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (qualityOracle *QualityOracle) PackRollbackDefaultAdminDelay() []byte {
	enc, err := qualityOracle.abi.Pack("rollbackDefaultAdminDelay")
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
func (qualityOracle *QualityOracle) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return qualityOracle.abi.Pack("rollbackDefaultAdminDelay")
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

// PackRoundTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf431a6a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roundTokenCount(uint256 round) view returns(uint256)
func (qualityOracle *QualityOracle) PackRoundTokenCount(round *big.Int) []byte {
	enc, err := qualityOracle.abi.Pack("roundTokenCount", round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoundTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf431a6a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roundTokenCount(uint256 round) view returns(uint256)
func (qualityOracle *QualityOracle) TryPackRoundTokenCount(round *big.Int) ([]byte, error) {
	return qualityOracle.abi.Pack("roundTokenCount", round)
}

// UnpackRoundTokenCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf431a6a4.
//
// Solidity: function roundTokenCount(uint256 round) view returns(uint256)
func (qualityOracle *QualityOracle) UnpackRoundTokenCount(data []byte) (*big.Int, error) {
	out, err := qualityOracle.abi.Unpack("roundTokenCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa0b1e8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((uint8,uint16,uint16,uint32,uint32,uint32,uint16,uint256,uint256) p) returns()
func (qualityOracle *QualityOracle) PackSetParams(p QualityOracleParams) []byte {
	enc, err := qualityOracle.abi.Pack("setParams", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa0b1e8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((uint8,uint16,uint16,uint32,uint32,uint32,uint16,uint256,uint256) p) returns()
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
// Solidity: function validatorOf(address validator) view returns((uint96,bool,bool,uint64,uint32,uint48,uint32,uint32,uint32))
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
// Solidity: function validatorOf(address validator) view returns((uint96,bool,bool,uint64,uint32,uint48,uint32,uint32,uint32))
func (qualityOracle *QualityOracle) TryPackValidatorOf(validator common.Address) ([]byte, error) {
	return qualityOracle.abi.Pack("validatorOf", validator)
}

// UnpackValidatorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf666d1b2.
//
// Solidity: function validatorOf(address validator) view returns((uint96,bool,bool,uint64,uint32,uint48,uint32,uint32,uint32))
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

// QualityOracleCommitmentReplaced represents a CommitmentReplaced event raised by the QualityOracle contract.
type QualityOracleCommitmentReplaced struct {
	Round     *big.Int
	Validator common.Address
	Previous  [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const QualityOracleCommitmentReplacedEventName = "CommitmentReplaced"

// ContractEventName returns the user-defined event name.
func (QualityOracleCommitmentReplaced) ContractEventName() string {
	return QualityOracleCommitmentReplacedEventName
}

// UnpackCommitmentReplacedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitmentReplaced(uint256 indexed round, address indexed validator, bytes32 previous)
func (qualityOracle *QualityOracle) UnpackCommitmentReplacedEvent(log *types.Log) (*QualityOracleCommitmentReplaced, error) {
	event := "CommitmentReplaced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleCommitmentReplaced)
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

// QualityOracleDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the QualityOracle contract.
type QualityOracleDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const QualityOracleDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (QualityOracleDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return QualityOracleDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (qualityOracle *QualityOracle) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*QualityOracleDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleDefaultAdminDelayChangeCanceled)
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

// QualityOracleDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the QualityOracle contract.
type QualityOracleDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const QualityOracleDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (QualityOracleDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return QualityOracleDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (qualityOracle *QualityOracle) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*QualityOracleDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleDefaultAdminDelayChangeScheduled)
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

// QualityOracleDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the QualityOracle contract.
type QualityOracleDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const QualityOracleDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (QualityOracleDefaultAdminTransferCanceled) ContractEventName() string {
	return QualityOracleDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (qualityOracle *QualityOracle) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*QualityOracleDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleDefaultAdminTransferCanceled)
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

// QualityOracleDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the QualityOracle contract.
type QualityOracleDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const QualityOracleDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (QualityOracleDefaultAdminTransferScheduled) ContractEventName() string {
	return QualityOracleDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (qualityOracle *QualityOracle) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*QualityOracleDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleDefaultAdminTransferScheduled)
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

// QualityOracleFinalizeSkipped represents a FinalizeSkipped event raised by the QualityOracle contract.
type QualityOracleFinalizeSkipped struct {
	TokenId *big.Int
	Reason  [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const QualityOracleFinalizeSkippedEventName = "FinalizeSkipped"

// ContractEventName returns the user-defined event name.
func (QualityOracleFinalizeSkipped) ContractEventName() string {
	return QualityOracleFinalizeSkippedEventName
}

// UnpackFinalizeSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FinalizeSkipped(uint256 indexed tokenId, bytes32 reason)
func (qualityOracle *QualityOracle) UnpackFinalizeSkippedEvent(log *types.Log) (*QualityOracleFinalizeSkipped, error) {
	event := "FinalizeSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleFinalizeSkipped)
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
// Solidity: event ParamsUpdated((uint8,uint16,uint16,uint32,uint32,uint32,uint16,uint256,uint256) params)
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

// QualityOracleProofChecked represents a ProofChecked event raised by the QualityOracle contract.
type QualityOracleProofChecked struct {
	TokenId   *big.Int
	Threshold *big.Int
	Attested  bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const QualityOracleProofCheckedEventName = "ProofChecked"

// ContractEventName returns the user-defined event name.
func (QualityOracleProofChecked) ContractEventName() string {
	return QualityOracleProofCheckedEventName
}

// UnpackProofCheckedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProofChecked(uint256 indexed tokenId, uint256 threshold, bool attested)
func (qualityOracle *QualityOracle) UnpackProofCheckedEvent(log *types.Log) (*QualityOracleProofChecked, error) {
	event := "ProofChecked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleProofChecked)
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

// QualityOracleValidatorDisplaced represents a ValidatorDisplaced event raised by the QualityOracle contract.
type QualityOracleValidatorDisplaced struct {
	Validator   common.Address
	By          common.Address
	Stake       *big.Int
	AvailableAt *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const QualityOracleValidatorDisplacedEventName = "ValidatorDisplaced"

// ContractEventName returns the user-defined event name.
func (QualityOracleValidatorDisplaced) ContractEventName() string {
	return QualityOracleValidatorDisplacedEventName
}

// UnpackValidatorDisplacedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorDisplaced(address indexed validator, address indexed by, uint256 stake, uint256 availableAt)
func (qualityOracle *QualityOracle) UnpackValidatorDisplacedEvent(log *types.Log) (*QualityOracleValidatorDisplaced, error) {
	event := "ValidatorDisplaced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleValidatorDisplaced)
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

// QualityOracleWithholdingPenalized represents a WithholdingPenalized event raised by the QualityOracle contract.
type QualityOracleWithholdingPenalized struct {
	Round     *big.Int
	Validator common.Address
	Slashed   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const QualityOracleWithholdingPenalizedEventName = "WithholdingPenalized"

// ContractEventName returns the user-defined event name.
func (QualityOracleWithholdingPenalized) ContractEventName() string {
	return QualityOracleWithholdingPenalizedEventName
}

// UnpackWithholdingPenalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithholdingPenalized(uint256 indexed round, address indexed validator, uint256 slashed)
func (qualityOracle *QualityOracle) UnpackWithholdingPenalizedEvent(log *types.Log) (*QualityOracleWithholdingPenalized, error) {
	event := "WithholdingPenalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleWithholdingPenalized)
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
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackAlreadyRevealedError(raw[4:])
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
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["NotContributor"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackNotContributorError(raw[4:])
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
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["NotWithheld"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackNotWithheldError(raw[4:])
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
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["ParamOutOfRange"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackParamOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["RootAlreadyAnchored"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackRootAlreadyAnchoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["SettlementTooSmall"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackSettlementTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["SnapshotLimit"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackSnapshotLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["ThresholdOutOfRange"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackThresholdOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["TokenExpired"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackTokenExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], qualityOracle.abi.Errors["TokenNotFinalized"].ID.Bytes()[:4]) {
		return qualityOracle.UnpackTokenNotFinalizedError(raw[4:])
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

// QualityOracleAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the QualityOracle contract.
type QualityOracleAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func QualityOracleAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (qualityOracle *QualityOracle) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*QualityOracleAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(QualityOracleAccessControlEnforcedDefaultAdminDelay)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the QualityOracle contract.
type QualityOracleAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func QualityOracleAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (qualityOracle *QualityOracle) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*QualityOracleAccessControlEnforcedDefaultAdminRules, error) {
	out := new(QualityOracleAccessControlEnforcedDefaultAdminRules)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the QualityOracle contract.
type QualityOracleAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func QualityOracleAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (qualityOracle *QualityOracle) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*QualityOracleAccessControlInvalidDefaultAdmin, error) {
	out := new(QualityOracleAccessControlInvalidDefaultAdmin)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
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

// QualityOracleAlreadyRevealed represents a AlreadyRevealed error raised by the QualityOracle contract.
type QualityOracleAlreadyRevealed struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 round, address validator)
func QualityOracleAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0xc339a8eafd48dabac86cb46ba11d79d623822599e1f7cd11ef84ff056b7d4ce9")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 round, address validator)
func (qualityOracle *QualityOracle) UnpackAlreadyRevealedError(raw []byte) (*QualityOracleAlreadyRevealed, error) {
	out := new(QualityOracleAlreadyRevealed)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
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

// QualityOracleNotContributor represents a NotContributor error raised by the QualityOracle contract.
type QualityOracleNotContributor struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func QualityOracleNotContributorErrorID() common.Hash {
	return common.HexToHash("0xc0fb39988c732c0bd01a7a022c4cf81f5a39219dce16e0f51a44e86355fb4cde")
}

// UnpackNotContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotContributor(address caller, uint256 tokenId)
func (qualityOracle *QualityOracle) UnpackNotContributorError(raw []byte) (*QualityOracleNotContributor, error) {
	out := new(QualityOracleNotContributor)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "NotContributor", raw); err != nil {
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

// QualityOracleNotWithheld represents a NotWithheld error raised by the QualityOracle contract.
type QualityOracleNotWithheld struct {
	Round     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotWithheld(uint256 round, address validator)
func QualityOracleNotWithheldErrorID() common.Hash {
	return common.HexToHash("0x7da661d0809ac498ed0befa038cd1eb50affce2cb8f35305ef5d5f59bc1b5445")
}

// UnpackNotWithheldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotWithheld(uint256 round, address validator)
func (qualityOracle *QualityOracle) UnpackNotWithheldError(raw []byte) (*QualityOracleNotWithheld, error) {
	out := new(QualityOracleNotWithheld)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "NotWithheld", raw); err != nil {
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

// QualityOracleParamOutOfRange represents a ParamOutOfRange error raised by the QualityOracle contract.
type QualityOracleParamOutOfRange struct {
	Name  string
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParamOutOfRange(string name, uint256 value, uint256 min, uint256 max)
func QualityOracleParamOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xf85a2b801ca995608ddad77ae02fa2e540e67829789ba31b31f79cfd2cebce47")
}

// UnpackParamOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParamOutOfRange(string name, uint256 value, uint256 min, uint256 max)
func (qualityOracle *QualityOracle) UnpackParamOutOfRangeError(raw []byte) (*QualityOracleParamOutOfRange, error) {
	out := new(QualityOracleParamOutOfRange)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "ParamOutOfRange", raw); err != nil {
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

// QualityOracleSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the QualityOracle contract.
type QualityOracleSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func QualityOracleSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (qualityOracle *QualityOracle) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*QualityOracleSafeCastOverflowedUintDowncast, error) {
	out := new(QualityOracleSafeCastOverflowedUintDowncast)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
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

// QualityOracleSettlementTooSmall represents a SettlementTooSmall error raised by the QualityOracle contract.
type QualityOracleSettlementTooSmall struct {
	Amount  *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func QualityOracleSettlementTooSmallErrorID() common.Hash {
	return common.HexToHash("0x305ce08841342db3d1d6d66c506af5df9b957b0575353614644e79ffb9274725")
}

// UnpackSettlementTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementTooSmall(uint256 amount, uint256 minimum)
func (qualityOracle *QualityOracle) UnpackSettlementTooSmallError(raw []byte) (*QualityOracleSettlementTooSmall, error) {
	out := new(QualityOracleSettlementTooSmall)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "SettlementTooSmall", raw); err != nil {
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

// QualityOracleSnapshotLimit represents a SnapshotLimit error raised by the QualityOracle contract.
type QualityOracleSnapshotLimit struct {
	ClassId      *big.Int
	MaxSnapshots *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func QualityOracleSnapshotLimitErrorID() common.Hash {
	return common.HexToHash("0xda15cba7986fc14490e1424c86146c915b10b0348a5fa089102f01c2444dc097")
}

// UnpackSnapshotLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SnapshotLimit(uint256 classId, uint256 maxSnapshots)
func (qualityOracle *QualityOracle) UnpackSnapshotLimitError(raw []byte) (*QualityOracleSnapshotLimit, error) {
	out := new(QualityOracleSnapshotLimit)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "SnapshotLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// QualityOracleThresholdOutOfRange represents a ThresholdOutOfRange error raised by the QualityOracle contract.
type QualityOracleThresholdOutOfRange struct {
	TokenId   *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func QualityOracleThresholdOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8c883479505792c6824fe707eaf690d680b3b6a767cdb95b00e496c0001e48b5")
}

// UnpackThresholdOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ThresholdOutOfRange(uint256 tokenId, uint256 threshold)
func (qualityOracle *QualityOracle) UnpackThresholdOutOfRangeError(raw []byte) (*QualityOracleThresholdOutOfRange, error) {
	out := new(QualityOracleThresholdOutOfRange)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "ThresholdOutOfRange", raw); err != nil {
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

// QualityOracleTokenNotFinalized represents a TokenNotFinalized error raised by the QualityOracle contract.
type QualityOracleTokenNotFinalized struct {
	TokenId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func QualityOracleTokenNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x3753b3f91524b52d85bfedbfa72f35a5f00618d283d299446160ace8d00875b5")
}

// UnpackTokenNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotFinalized(uint256 tokenId, uint8 status)
func (qualityOracle *QualityOracle) UnpackTokenNotFinalizedError(raw []byte) (*QualityOracleTokenNotFinalized, error) {
	out := new(QualityOracleTokenNotFinalized)
	if err := qualityOracle.abi.UnpackIntoInterface(out, "TokenNotFinalized", raw); err != nil {
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
