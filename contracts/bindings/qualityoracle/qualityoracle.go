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

// QualityOracleRulesVersion is an auto generated low-level Go binding around an user-defined struct.
type QualityOracleRulesVersion struct {
	FromRound uint64
	RulesHash [32]byte
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIDatpinEvaluable\",\"name\":\"dat_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"stakeToken_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"genesis_\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundLength_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow_\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"tolerance\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"exitDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"staleAfter\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"faultsPerWithhold\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashPerFault\",\"type\":\"uint256\"}],\"internalType\":\"structQualityOracle.Params\",\"name\":\"params_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromClass\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toClass\",\"type\":\"uint256\"}],\"name\":\"ClassMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"ClassNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"DeviceAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"InvalidInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"NoShareInClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NotWithheld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"OutsideWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ParamOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"RootAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"SettlementTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxSnapshots\",\"type\":\"uint256\"}],\"name\":\"SnapshotLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"ThresholdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"TokenExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TokenNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TokenNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"UnsupportedAsset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenRound\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"WrongRound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"previous\",\"type\":\"bytes32\"}],\"name\":\"CommitmentReplaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reason\",\"type\":\"bytes32\"}],\"name\":\"FinalizeSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"tolerance\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"exitDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"staleAfter\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"faultsPerWithhold\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashPerFault\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structQualityOracle.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"attested\",\"type\":\"bool\"}],\"name\":\"ProofChecked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reveals\",\"type\":\"uint8\"}],\"name\":\"QuorumPending\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"scores\",\"type\":\"bytes\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fromRound\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"rulesHash\",\"type\":\"bytes32\"}],\"name\":\"RulesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SlashedSwept\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ValidatorDisplaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"ValidatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"agreements\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"faults\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"ValidatorScored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"WithholdingPenalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ABSTAIN\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ADMIN_DELAY\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BELOW_THRESHOLD\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FAULTS_PER_WITHHOLD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VALIDATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NO_QUORUM\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SKIP_DUPLICATE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SKIP_NOT_FOUND\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SKIP_NOT_PENDING\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SKIP_REVEAL_OPEN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"chargeWithholding\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commitWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"scores\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"commitmentState\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"revealed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"withheld\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"committed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"committersOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"weight\",\"type\":\"uint96\"}],\"internalType\":\"structQualityOracle.Committer[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentRound\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dat\",\"outputs\":[{\"internalType\":\"contractIDatpinEvaluable\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"exitAvailableAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"tokenIds\",\"type\":\"uint256[]\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesis\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"mayCommit\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"tolerance\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"exitDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"staleAfter\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"faultsPerWithhold\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashPerFault\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"scores\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revealWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"revealedScore\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"roundAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"roundLength\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"roundTokenCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rulesHistory\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"fromRound\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"rulesHash\",\"type\":\"bytes32\"}],\"internalType\":\"structQualityOracle.RulesVersion[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"rulesOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"tolerance\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"exitDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"staleAfter\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"faultsPerWithhold\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashPerFault\",\"type\":\"uint256\"}],\"internalType\":\"structQualityOracle.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"rulesHash\",\"type\":\"bytes32\"}],\"name\":\"setRules\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashedPool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"sweepSlashed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"validatorOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"listed\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"exitAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"lastCommitted\",\"type\":\"uint32\"},{\"internalType\":\"uint48\",\"name\":\"joinedAt\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"agreements\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"faults\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"withheld\",\"type\":\"uint32\"}],\"internalType\":\"structQualityOracle.Validator\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"windows\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"commitOpens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealOpens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealCloses\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "QualityOracle",
	Bin: "0x6101406040523461080057615459803803908161001b81610818565b92839283398101036102008112610800578151906001600160a01b03821682036108005760208301516001600160a01b03811681036108005760408401516001600160a01b03811681036108005760608501516001600160401b03811681036108005761008a6080870161083d565b9161009760a0880161083d565b936101206100a760c08a0161083d565b9660df190112610800576040519661012088016001600160401b038111898210176108045760405260e089015160ff811681036108005788526101e06100f06101008b0161084e565b9960208a019a8b52610105610120820161084e565b60408b0152610117610140820161083d565b60608b0152610129610160820161083d565b60808b015261013b610180820161083d565b60a08b015261014d6101a0820161084e565b60c08b01526101c081015160e08b015201516101008901526001600160a01b038116156107ed57600180546001600160d01b03166102a360d81b179055600254906001600160a01b0382166107de576001600160a01b03199091166001600160a01b038216176002556101bf90610921565b506001600160a01b0381161580156107cd575b6107985763ffffffff841615801561078a575b801561077c575b61074c5760805260a05260c05260e052610100526101205260ff8151166102136040610818565b60068152602081016571756f72756d60d01b8152600183108015610742575b6106f25750505061026761ffff83511661024c6040610818565b60098152681d1a1c995cda1bdb1960ba1b602082015261085d565b61029861ffff60408301511661027d6040610818565b6009815268746f6c6572616e636560b81b602082015261085d565b6102cb63ffffffff6060830151166102b06040610818565b60098152686578697444656c617960b81b60208201526108be565b6102ff63ffffffff6080830151166102e36040610818565b600a81526939ba30b632a0b33a32b960b11b60208201526108be565b61033663ffffffff60a0830151166103176040610818565b600d81526c6469737075746557696e646f7760981b60208201526108be565b61ffff60c0820151166103496040610818565b60118152602081017019985d5b1d1cd4195c95da5d1a1a1bdb19607a1b81526103e883116106a25750505060e08101516103836040610818565b6008815260208101676d696e5374616b6560c01b8152600183108015610692575b61063c5750505061010081015160e08201516103c06040610818565b90600d825260208201906c1cdb185cda14195c91985d5b1d609a1b82528084116105ee577fab521e0f951b8c9529bfde2331699809c3ea54b957bc888cddbee708e7e85b60610120876101008861ffff60ff8251169360035462ffff00825160081b169064ffff000000604086015160181b169168ffffffff0000000000606087015160281b16906cffffffff000000000000000000608088015160481b169163ffffffff60681b60a089015160681b16938760881b60c08a015160881b16958b8960881b199463ffffffff60681b19936cffffffff000000000000000000199268ffffffff0000000000199164ffffffffff1916171617161716171617171760035560e0830151600455838301516005556040519485525116602084015261ffff604082015116604084015263ffffffff606082015116606084015263ffffffff608082015116608084015263ffffffff60a08201511660a084015261ffff60c08201511660c084015260e081015160e08401520151610100820152a1604051614a8e90816109ab8239608051818181610dbc01528181611676015281816116c80152818161176e0152818161298c015281816140420152614601015260a051818181612b6501528181612ee3015281816131860152614445015260c0518181816122c10152818161370c01526138be015260e0518181816124b301528181613743015261388e01526101005181818161309401526138ee01526101205181818161250e015261391f0152f35b60a49394506040519485936301f0b45760e71b8552608060048601525180938160848701528686015e5f85848601015260248401525f60448401526064830152601f80199101168101030190fd5b9060a4916040519384926301f0b45760e71b8452608060048501525180928160848601528585015e5f8383018501526024830152600160448301526001600160601b036064830152601f01601f19168101030190fd5b506001600160601b0383116103a4565b9060a4916040519384926301f0b45760e71b8452608060048501525180928160848601528585015e5f84838501015260248301525f60448301526103e86064830152601f80199101168101030190fd5b9060a4916040519384926301f0b45760e71b8452608060048501525180928160848601528585015e5f83830185015260248301526001604483015260206064830152601f01601f19168101030190fd5b5060208311610232565b60405163d647364f60e01b815260206004820152600760248201526677696e646f777360c81b6044820152606490fd5b5063ffffffff8616156101ec565b5063ffffffff8516156101e5565b60405163d647364f60e01b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606490fd5b506001600160a01b038216156101d2565b631fe1e13d60e11b5f5260045ffd5b636116401160e11b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6040519190601f01601f191682016001600160401b0381118382101761080457604052565b519063ffffffff8216820361080057565b519061ffff8216820361080057565b612710821161086a575050565b60a49060206040519384926301f0b45760e71b8452608060048501528051928391826084870152018585015e5f84838501015260248301525f60448301526127106064830152601f80199101168101030190fd5b6276a70082116108cc575050565b60a49060206040519384926301f0b45760e71b8452608060048501528051928391826084870152018585015e5f84838501015260248301525f60448301526276a7006064830152601f80199101168101030190fd5b6001600160a01b0381165f9081525f5160206154395f395f51905f52602052604090205460ff166109a5576001600160a01b03165f8181525f5160206154395f395f51905f5260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe610160806040526004361015610013575f80fd5b5f610100525f3560e01c90816301ffc9a71461359b57508063022d63fb1461357e578063068d6b26146134ad5780630aa6220b1461341b5780630d15759b146133f45780630e5a4ff3146133d65780631a3e4f18146133ad578063248a9ca3146133835780632a3679ee146133685780632f2ff15d1461332557806336568abe146132425780633ccfd60b146130b857806340699005146130785780634125ff901461305b57806342a977c81461302e57806346025811146130105780634646800014612ff45780634941b81814612f3b5780634e1fd81314612f1257806351ed6a3014612ece57806354beecf214612bbb5780635e871a7114612adc57806362ada8ec14612abf578063634e93da146129ec578063637e7006146129bb57806363eb963a14612977578063649a5ec7146127f2578063714897df146127d85780637a61a24e146127735780637c28743d1461274c5780637f8e3b4e146126b2578063809bc7ca1461253257806384ef8ffc1461246f578063863d22c7146124f25780638a19c8bc146124d75780638b649b94146124975780638da5cb5b1461246f57806391d148541461242757806392ffacac1461240a5780639d73bac31461237d578063a1731a2b14612361578063a1eda53c146122ff578063a217fddf146122e5578063a7f0b3de146122a2578063aa0b1e8c14611d69578063bf04331114611d46578063c8bdc6bf14611c54578063ca1e781914611ba9578063ca9e430614611b82578063cb57555614611b33578063cc8463c814611b09578063cefc142914611a5d578063cf6eefb714611a23578063cff0ab96146119a0578063d547741f14611947578063d602b9fd146118e6578063e17e082b14610ccd578063eb4f16b514610c15578063f1ce4ed314610ba9578063f207564e1461084f578063f2f03877146104e6578063f431a6a4146104c0578063f5d2f2ba146104835763f666d1b2146102e2575f80fd5b3461047c57602036600319011261047c576102fb61361e565b6040516103078161367c565b6101005181526101005160208201526101005160408201526101005160608201526101005160808201526101005160a08201526101005160c08201526101005160e082015261010051906101000152600160a01b60019003166101005152600860205261010051604090206040519061037f8261367c565b8054916001600160601b0383169283825260208201908060601c60ff161515825260408301938160681c60ff1615158552606084018260701c6001600160401b0316815260808501918360b01c63ffffffff16835260a086019360d01c8452600101549560c086019463ffffffff8816865260e08701968860201c63ffffffff168852610100019760401c63ffffffff16885260405198895251151560208901525115156040880152516001600160401b031660608701525163ffffffff1660808601525165ffffffffffff1660a08501525163ffffffff1660c08401525163ffffffff1660e08301525163ffffffff1661010082015261012090f35b6101005180fd5b3461047c57604036600319011261047c5760606104a96104a1613608565b600435613bc2565b906040519283521515602083015215156040820152f35b3461047c57602036600319011261047c5760206104de600435613b79565b604051908152f35b3461047c57604036600319011261047c576004356024359033610100515260086020526040610100512061051982613875565b50825460ff8160601c16158015610842575b610829576001600160601b03166004549081811061080e57505061054e85613cc7565b156107db5781421080156107d1575b6107a557505081610100515260096020526040610100512060018060a01b0333165f5260205260405f20548381146107885782610100515260096020526040610100512060018060a01b0333165f526020528360405f205580155f146107545750816101005152600a60205260406101005120805490604082101561073a576001600160601b0383541690604051926105f584613661565b33845260208401928352600160401b8110156107205761061a91600182018155613b41565b9290926107045751905160a01b6001600160a01b0319166001600160a01b0391909116179055600182018083116106ea5763ffffffff81116106cd5781549063ffffffff8260b01c1663ffffffff8216116106a7575b5050505b6040519182527f26a454697a4923cb3646779d831b5e4696bd3fab14b67dd6dfe23d72354f57dd60203393a36101005180f35b63ffffffff60b01b1990911660b09190911b63ffffffff60b01b16179055828080610670565b6306dfcc6560e41b61010051526020600452602452604461010051fd5b634e487b7160e01b61010051526011600452602461010051fd5b634e487b7160e01b610100515261010051600452602461010051fd5b634e487b7160e01b61010051526041600452602461010051fd5b63628fb2b960e01b61010051526040600452602461010051fd5b9050604051908152817fb19f5cf677f7a10f0bf2fbd0a25f1c86aba6d522f6345f4f1d24714d9f33cd2660203393a3610674565b8263d42c398560e01b610100515260045233602452604461010051fd5b6040516307af89b760e01b81526004810185905242602482015260448101929092526064820152608490fd5b508042101561055d565b60405163d647364f60e01b815260206004820152600a60248201526918dbdb5b5a5d1b595b9d60b21b6044820152606490fd5b6322df051360e11b6101005152600452602452604461010051fd5b633b4f6e2b60e21b610100515233600452602461010051fd5b50828160d01c101561052b565b3461047c57602036600319011261047c57610868613c92565b336101005152600860205260406101005120805460ff8160681c16908115610b96575b8115610b80575b50610b67576108a2600435614430565b90600454808310610b4b57506108b78261458f565b60075490602082101561097e575b82546001600160701b0319166001600160601b03919091161761010160601b178255506108f1426145c0565b81546001600160d01b031660d09190911b6001600160d01b031916179055600754600160401b811015610720576109318160016109389301600755613b29565b3391613b56565b6040519081527fb4a7f5c563a0e35593d156394ed681bdc9c39467d7d722749d23862c2e4b712c60203392a2610100515f516020614a625f395f51905f525d6101005180f35b61010051916001600160601b03835b828110610af157506001600160601b031690816001600160601b0384161115610ad7576109b984613b29565b60018060a01b0391549060031b1c16908161010051526008602052604061010051206001600160401b03815461ffff60601b198116835560701c1615610a88575b505f1981019081116106ea576001600160601b0394610a36610a1e610a3c93613b29565b905460039190911b1c6001600160a01b031691613b29565b90613b56565b610a44613e50565b610a4d81613948565b604051926101005150835260208301527f6156efc943f1094364bec3adad1c141c17fdeadf2492e259903f426aae47d77460403393a36108c5565b610ad190610aa9610aa463ffffffff60035460281c1642613835565b6140fe565b815467ffffffffffffffff60701b191660709190911b67ffffffffffffffff60701b16179055565b876109fa565b63628fb2b960e01b61010051526020600452602461010051fd5b610afa81613b29565b60018060a01b0391549060031b1c16610100515260086020526001600160601b036040610100512054166001600160601b0383168110610b3e575b5060010161098d565b9150935060018490610b35565b826322df051360e11b6101005152600452602452604461010051fd5b6359615ad360e01b610100515233600452602461010051fd5b6001600160401b03915060701c16151582610892565b6001600160601b0381161515915061088b565b3461047c57604036600319011261047c576001600160a01b03610bca613608565b1661010051526008602052602060406101005120610be9600435613875565b505090549060ff8260601c169182610c08575b50506040519015158152f35b60d01c1090508280610bfc565b3461047c57602036600319011261047c57610c2e613c92565b33610100515260086020526040610100512060ff815460681c1615610829576001600160601b03610c60600435614430565b9181610c77610c728583855416613835565b61458f565b168219825416178155541660405191825260208201527f270d6dd254edd1d985c81cf7861b8f28fb06b6d719df04d90464034d4341244060403392a2610100515f516020614a625f395f51905f525d6101005180f35b34611723576020366003190112611723576004356001600160401b0381116117235736602382011215611723578060040135906001600160401b038211611723576024808201918360051b01019136831161172357610d2a613c92565b60405191610d378361367c565b61ffff60035460ff81168552818160081c166020860152818160181c16604086015263ffffffff8160281c16606086015263ffffffff8160481c16608086015263ffffffff8160681c1660a086015260881c1660c084015260045460e0840152600554610100840152604051634f8c0daf60e11b815260208160048160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa908115611718575f916118b4575b505f945f5b8481106118705750610e02846136b9565b90610e106040519283613698565b84825283602083015b8282106118605750505094806117ce575b505050508151155f1461174d57604051610e45602082613698565b5f81525f3681375b610e578351613a78565b905f6108209460405195610e6b8188613698565b60408752610e8d601f19820191823660208b013760405160e05260e051613698565b604060e0515236602060e05101376040516080526101006080510160805181106001600160401b03821117611739576040525f6020608051015260606040608051015260608060805101526060608080510152606060a06080510152606060c060805101525f60e060805101525f19608051525f60a0525f60a0525f5b815181101561164257610f1d8183613ab7565b5190610f298186613ab7565b51600160ff8216036116145760a0518311801580611604575b6115d7576115ce575b610f5d63ffffffff8260081c16613702565b6080515180820361144a575b505060206080510151421061141c575f60c0525f905f60c052604060805101515160e060805101518560041c036113b4575b600f85168060f08760041b1604601014901517156110ad575f610140525b806101405110611269575060ff8951168210801561125f575b6111ea57610fee60c05160606080510151848d60e05190614348565b918a5f5b8b8382106111425750505050838160481c806110f4575b5050602089015161ffff1682106110c1578163ffffffff61102d9260281c16613842565b6127108101918282116110ad5761270f82019283116110ad576001946001600160401b031660409190911b61ffff60401b161761271090920460601b66ffffffffffffff60601b169190911760989190911b66ffffffffffffff60981b1617600160501b176110a561109e86613acb565b9588613ab7565b525b01610f0a565b634e487b7160e01b5f52601160045260245ffd5b506001926001600160401b031660409190911b61ffff60401b1617600160581b176110ee61109e86613acb565b526110a7565b6040816127107fb943676b7f1f7b96e427675b13c98e465dab19e440ad05713212e95122fa8ba593111580611138575b825191825215156020820152a2838b611009565b5085811115611124565b61ffff60408161115485600197613ab7565b511688808211156111da57611168916136f5565b925b01511610156111b75760a0608051015163ffffffff6111aa61118e8460e051613ab7565b516111a48361119d8387613ab7565b5116613ad9565b93613ab7565b911690525b018b90610ff2565b60808051015163ffffffff6111d161118e8460e051613ab7565b911690526111af565b906111e4916136f5565b9261116a565b509160019261120a6020608051015163ffffffff60808c01511690613835565b421061122c57506001600160401b038360591b9116176110ee61109e86613acb565b60207f7e3be781f215a5a447d7d5c897cd10493f18e75b5ca2adc960f10e7b10f3a8cc9160ff60405191168152a26110a7565b5060c05115610fd2565b9795939490929661ffff6112896101409b949b5160c06080510151613ab7565b5160f08860041b161c166101205261012051156113a557610120515f198101116110ad57895b8015158061137a575b1561130b575f198101908082116110ad576112f3828e6112ea8461ffff6112e26113069885613ab7565b511692613ab7565b5260e051613ab7565b516113008260e051613ab7565b526137a0565b6112af565b996113469198949296959799939a8c61132f8261ffff5f1961012051011692613ab7565b52611340610140519160e051613ab7565b52613acb565b9161136661135d6101405160606080510151613ab7565b5160c051613835565b60c0525b6001610140510161014052610fb9565b505f1981018181116110ad5761ffff61139d8e92825f1961012051011693613ab7565b5116116112b8565b9692909493959798919861136a565b8460041c60e060805101525f5b8181106113ce5750610f9b565b600190818060a01b036113e78260406080510151613ab7565b51165f52600b60205260405f2060e060805101515f5260205260405f20546114158260c06080510151613ab7565b52016113c1565b506001915f516020614a425f395f51905f5260206040516a3932bb32b0b616b7b832b760a91b8152a26110a7565b196115bd575b806080515261145e81613875565b91505060206080510152805f52600a60205260405f20805491611480836136b9565b61148d6040519182613698565b838152601f1961149c856136b9565b01366020830137604060805101526114b383613a78565b606060805101526114c383613a78565b6080805101526114d283613a78565b60a060805101526114e283613a78565b60c060805101525f1960e0608051015260206080510151421015915f5b84811061150e57505050610f69565b8061152461151e60019385613b41565b506136d0565b828060a01b0381511661153d8360406080510151613ab7565b526001600160601b0360208201511661155c8360606080510151613ab7565b528580611589575b611570575b50016114ff565b61158390838060a01b0390511685613d29565b8f611569565b50845f52600960205260405f20838060a01b03825116848060a01b03165f526020526115b860405f2054613cc7565b611564565b6115c98960805161417a565b611450565b8260a052610f4b565b50506001915f516020614a425f395f51905f526020604051686475706c696361746560b81b8152a26110a7565b5061160f838661413f565b610f42565b506001915f516020614a425f395f51905f5260206040516a6e6f742d70656e64696e6760a81b8152a26110a7565b8483875f196080515103611727575b5080611672575b610100515f516020614a625f395f51905f525d6101005180f35b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163b15611723575f6116c39160405180938192634e5890b160e11b835260048301613af0565b0381837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1801561171857611703575b80611658565b5f61170d91613698565b5f61010052806116fd565b6040513d5f823e3d90fd5b5f80fd5b6117339060805161417a565b82611651565b634e487b7160e01b5f52604160045260245ffd5b604051630fd6e89160e21b81525f818061176a8660048301613af0565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115611718575f916117ac575b50610e4d565b6117c891503d805f833e6117c08183613698565b810190613f80565b836117a6565b8395506117e0906117e59293946136f5565b613a78565b935f905f5b8181106117f75750610e2a565b80611805600192848861412f565b3580158015611857575b1561183e575f516020614a425f395f51905f526020604051681b9bdd0b599bdd5b9960ba1b8152a25b016117ea565b61185161184a86613acb565b958a613ab7565b52611838565b5085811161180f565b8135815260209182019101610e19565b61187b81868661412f565b358381159182156118aa575b5050611896575b600101610df1565b956118a2600191613acb565b96905061188e565b1190508389611887565b90506020813d6020116118de575b816118cf60209383613698565b81010312611723575185610dec565b3d91506118c2565b34611723575f366003190112611723576118fe613c0b565b65ffffffffffff61190d613a59565b90508160d01b600154166001551661192157005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1005b3461172357604036600319011261172357600435611963613608565b8115611991578161198a61198561198f945f525f602052600160405f20015490565b613c5a565b6147dd565b005b631fe1e13d60e11b5f5260045ffd5b34611723575f366003190112611723576101206003546004546005549061ffff6040519360ff81168552818160081c166020860152818160181c16604086015263ffffffff8160281c16606086015263ffffffff8160481c16608086015263ffffffff8160681c1660a086015260881c1660c084015260e0830152610100820152f35b34611723575f36600319011261172357604065ffffffffffff611a44613a59565b83516001600160a01b0390921682529091166020820152f35b34611723575f36600319011261172357611a75613a59565b506001600160a01b03163303611af65765ffffffffffff611a94613a59565b919091169081158015611aec575b611ad957600254611ac69190611ac0906001600160a01b03166147a7565b5061472f565b50600180546001600160d01b0319169055005b506319ca5ebb60e01b5f5260045260245ffd5b5042821015611aa2565b636116401160e11b5f523360045260245ffd5b34611723575f366003190112611723576020611b23613a20565b65ffffffffffff60405191168152f35b346117235760a036600319011261172357611b4c613608565b6064356001600160401b03811161172357602091611b716104de923690600401613634565b9060843592604435906004356139bd565b34611723575f36600319011261172357604051686e6f2d71756f72756d60b81b8152602090f35b34611723575f366003190112611723576040518060206007549283815201809260075f5260205f20905f5b818110611c355750505081611bea910382613698565b604051918291602083019060208452518091526040830191905f5b818110611c13575050500390f35b82516001600160a01b0316845285945060209384019390920191600101611c05565b82546001600160a01b0316845260209093019260019283019201611bd4565b34611723575f36600319011261172357600d54611c70816136b9565b90611c7e6040519283613698565b808252600d5f9081526020830191907fd7b6990105719101dabeb77144f2a3385c8033acd3af97e9423a695e81ad1eb5835b838310611d10578486604051918291602083019060208452518091526040830191905f5b818110611ce2575050500390f35b825180516001600160401b031685526020908101518186015286955060409094019390920191600101611cd4565b60026020600192604051611d2381613661565b6001600160401b0386541681528486015483820152815201920192019190611cb0565b346117235760203660031901126117235760206104de611d6461361e565b613948565b346117235761012036600319011261172357611d83613c0b565b604051611d8f8161367c565b60043560ff8116908181036117235782526024359161ffff83168303611723576020810192835260443561ffff81168103611723576040820190815260643563ffffffff81168103611723576060830190815260843563ffffffff81168103611723576080840190815260a4359163ffffffff831683036117235760a0850192835260c4359361ffff851685036117235760c0860194855260e086019560e4358752610100810197610104358952604051611e4b604082613698565b60068152602081016571756f72756d60d01b8152600183108015612298575b61224857505050611ea361ffff8a5116604051611e88604082613698565b60098152681d1a1c995cda1bdb1960ba1b602082015261487b565b611ed561ffff835116604051611eba604082613698565b6009815268746f6c6572616e636560b81b602082015261487b565b611f0963ffffffff845116604051611eee604082613698565b60098152686578697444656c617960b81b60208201526148dc565b611f3e63ffffffff855116604051611f22604082613698565b600a81526939ba30b632a0b33a32b960b11b60208201526148dc565b611f7663ffffffff865116604051611f57604082613698565b600d81526c6469737075746557696e646f7760981b60208201526148dc565b61ffff865116604051611f8a604082613698565b60118152602081017019985d5b1d1cd4195c95da5d1a1a1bdb19607a1b81526103e883116121f8575050508651604051611fc5604082613698565b6008815260208101676d696e5374616b6560c01b81526001831080156121e8575b612192575050508751875160405190612000604083613698565b600d825260208201906c1cdb185cda14195c91985d5b1d609a1b825280841161214457505050505160ff169788600354825160081b62ffff001690845160181b64ffff0000001691865160281b63ffffffff60281b1663ffffffff60481b895160481b169263ffffffff60681b8b5160681b169461ffff60881b8d5160881b169661ffff60881b199463ffffffff60681b199363ffffffff60481b199263ffffffff60281b199164ffffffffff19161716171617161716171717600355865160045587516005556040519889525161ffff1660208901525161ffff1660408801525163ffffffff1660608701525163ffffffff1660808601525163ffffffff1660a08501525161ffff1660c08401525160e0830152516101008201526101207fab521e0f951b8c9529bfde2331699809c3ea54b957bc888cddbee708e7e85b6091a1005b60a49394506040519485936301f0b45760e71b8552608060048601525180938160848701528686015e5f85848601015260248401525f60448401526064830152601f80199101168101030190fd5b9060a4916040519384926301f0b45760e71b8452608060048501525180928160848601528585015e5f8383018501526024830152600160448301526001600160601b036064830152601f01601f19168101030190fd5b506001600160601b038311611fe6565b9060a4916040519384926301f0b45760e71b8452608060048501525180928160848601528585015e5f84838501015260248301525f60448301526103e86064830152601f80199101168101030190fd5b9060a4916040519384926301f0b45760e71b8452608060048501525180928160848601528585015e5f83830185015260248301526001604483015260206064830152601f01601f19168101030190fd5b5060208311611e6a565b34611723575f3660031901126117235760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34611723575f3660031901126117235760206040515f8152f35b34611723575f366003190112611723576002548060d01c9081151580612357575b1561234d5760a01c65ffffffffffff165b6040805165ffffffffffff928316815292909116602083015290f35b50505f5f90612331565b5042821015612320565b34611723575f36600319011261172357602060405161ffff8152f35b346117235760403660031901126117235761239661361e565b6024359060018060a01b03165f52600b60205260405f208160041c5f5260205260405f205460f0600f83169260041b1691808304601014901517156110ad57901c61ffff16806123f35750602061ffff5b61ffff60405191168152f35b5f1981019081116110ad5761ffff602091166123e7565b34611723575f3660031901126117235760206040516202a3008152f35b3461172357604036600319011261172357612440613608565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34611723575f366003190112611723576002546040516001600160a01b039091168152602090f35b34611723575f36600319011261172357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34611723575f3660031901126117235760206104de42613702565b34611723575f36600319011261172357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346117235760203660031901126117235760043561254e613c0b565b80156126845761255d42613702565b90600d548015158061265d575b156125b7575f1981019081116110ad57817fe65e380ba8934f47f8deac8e6d241b37860016d9e35d6d3eac58c00ffd59351a9260016125aa6020946137ac565b5001555b604051908152a2005b6125c0836140fe565b916001600160401b03604051936125d685613661565b1683526020830181815291600160401b811015611739578060016125fd9201600d556137ac565b61264a5760016020936001600160401b037fe65e380ba8934f47f8deac8e6d241b37860016d9e35d6d3eac58c00ffd59351a9651166001600160401b0319845416178355519101556125ae565b634e487b7160e01b5f525f60045260245ffd5b505f1981018181116110ad576001600160401b0361267b85926137ac565b5054161461256a565b60405163d647364f60e01b815260206004820152600560248201526472756c657360d81b6044820152606490fd5b34611723575f36600319011261172357335f52600860205260405f2080549060ff8260601c1615612739576127029160ff60601b19168155610aa9610aa463ffffffff60035460281c1642613835565b61270b33613948565b6040519081527fd9217a461a0f7f84171a8866118c3d92e943ba7c1ba89b819371f729b5cabcbc60203392a2005b633b4f6e2b60e21b5f523360045260245ffd5b34611723575f36600319011261172357604051686475706c696361746560b81b8152602090f35b3461172357606036600319011261172357602061278e613608565b60443561279a81613cc7565b91826127ac5750506040519015158152f35b6004355f9081526009855260408082206001600160a01b03909316825291855220541490508280610bfc565b34611723575f366003190112611723576020604051818152f35b346117235760203660031901126117235760043565ffffffffffff8116908181036117235761281f613c0b565b612828426145c0565b9165ffffffffffff612838613a20565b168082111561293d57507ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9265ffffffffffff8262069780806128859510911802620697801816906140e0565b906002548060d01c806128e1575b5050600280546001600160a01b031660a083901b65ffffffffffff60a01b161760d084901b6001600160d01b0319161790556040805165ffffffffffff9283168152919092166020820152a1005b42111561291357600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b8380612893565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a161290c565b0365ffffffffffff81116110ad577ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9261288591906140e0565b34611723575f366003190112611723576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346117235760203660031901126117235760606129d9600435613875565b9060405192835260208301526040820152f35b3461172357602036600319011261172357612a0561361e565b612a0d613c0b565b7f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed66020612a4a612a3c426145c0565b612a44613a20565b906140e0565b65ffffffffffff612a59613a59565b6001805460d085901b166001600160a01b0390981697881785851660a01b179055919091169050612a96575b65ffffffffffff60405191168152a2005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1612a85565b34611723575f366003190112611723576020600654604051908152f35b3461172357602036600319011261172357612af561361e565b612afd613c0b565b612b05613c92565b6001600160a01b0381168015612b9057600654905f6006557ff0d4e46e051cc59908d016f791f6fe8e27c76b535de7d84b0922b886c8a2c5c66020604051848152a280612b5f575b5f5f516020614a625f395f51905f525d005b612b89917f0000000000000000000000000000000000000000000000000000000000000000613eff565b8080612b4d565b60405163d647364f60e01b8152602060048201526002602482015261746f60f01b6044820152606490fd5b34611723576080366003190112611723576024356004356044356001600160401b03811161172357612bf1903690600401613634565b9190612bfc82613875565b9080925042108015612ec4575b6107a55750505f82815260096020908152604080832033845290915290205460018114612ead57612c4060643585848833886139bd565b811490811591612e9c575b50612e8557815f52600960205260405f2060018060a01b0333165f52602052600160405f20558260011c9384158015612e79575b8015612e71575b612e4357612c948382613ff9565b60018511612e1f575b335f52600b60205260405f20948160041c95865f528060205260405f2054915f905b808210612d195750507f42f04e7ebc32f303a188114b55cd6b9377e13032598fbdf7e52c427786c7872f9495965f5260205260405f2055612d1460405192839283526040602084015233966040840191613855565b0390a3005b9092612d258486613835565b908160041c8a8103612e01575b508460011b87013560f01c61ffff8114612df6576127108111612dc85760f0600f84169360041b1692808404601014901517156110ad5761ffff82841c16612d8d57600181018091116110ad576001921b17935b0190612cbf565b60405163d647364f60e01b8152602060048201526012602482015271746f6b656e2073636f72656420747769636560701b6044820152606490fd5b60405163d647364f60e01b815260206004820152600560248201526473636f726560d81b6044820152606490fd5b509360019150612d86565b995f528360205260405f2055885f528260205260405f20548a612d32565b612e298582613835565b5f1981019081116110ad5783612e3e91613ff9565b612c9d565b60405163d647364f60e01b815260206004820152600560248201526472616e676560d81b6044820152606490fd5b508015612c86565b50600184161515612c7f565b50631ee8b01f60e11b5f526004523360245260445ffd5b612ea69150613cc7565b1585612c4b565b8263619cd47560e11b5f526004523360245260445ffd5b5080421015612c09565b34611723575f366003190112611723576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34611723575f366003190112611723576040516a6e6f742d70656e64696e6760a81b8152602090f35b3461172357604036600319011261172357600435612f57613608565b90612f60613c92565b612f6981613875565b915050804210612fc75750805f52600960205260405f2060018060a01b0383165f52602052612f9b60405f2054613cc7565b15612faa5790612b4d91613d29565b6307da661d60e41b5f5260045260018060a01b031660245260445ffd5b6040516307af89b760e01b8152600481019290925242602483015260448201525f19606482015260849150fd5b34611723575f3660031901126117235760206040516103e88152f35b346117235760203660031901126117235760206104de6004356137dc565b34611723575f366003190112611723576040516e18995b1bddcb5d1a1c995cda1bdb19608a1b8152602090f35b34611723575f3660031901126117235760206040516276a7008152f35b34611723575f36600319011261172357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34611723575f366003190112611723576130d0613c92565b335f52600860205260405f20805460ff8160601c16801561322e575b61321b576130f933613948565b804210613205575060b01c63ffffffff16806131be575b505460ff6001600160601b03821691335f5260086020525f600160408220828155015560681c166131b0575b6040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a28061317f575f5f516020614a625f395f51905f525d005b6131aa90337f0000000000000000000000000000000000000000000000000000000000000000613eff565b80612b4d565b6131b933613e93565b61313c565b6131cc63ffffffff91613788565b165f8181526009602090815260408083203384529091529020546131ef90613cc7565b15613110576131ff903390613d29565b81613110565b634ac6d28d60e01b5f523360045260245260445ffd5b636e34ee0b60e11b5f523360045260245ffd5b506001600160401b038160701c16156130ec565b346117235760403660031901126117235760043561325e613608565b81158061330e575b613293575b336001600160a01b038216036132845761198f916147dd565b63334bd91960e11b5f5260045ffd5b61329b613a59565b906001600160a01b0316158015906132fe575b80156132ec575b6132d157506001805465ffffffffffff60a01b1916905561326b565b65ffffffffffff906319ca5ebb60e01b5f521660045260245ffd5b504265ffffffffffff821610156132b5565b5065ffffffffffff8116156132ae565b506002546001600160a01b03828116911614613266565b3461172357604036600319011261172357600435613341613608565b8115611991578161336361198561198f945f525f602052600160405f20015490565b614765565b34611723575f36600319011261172357602060405160408152f35b346117235760203660031901126117235760206104de6004355f525f602052600160405f20015490565b34611723575f366003190112611723576040516a3932bb32b0b616b7b832b760a91b8152602090f35b346117235760203660031901126117235760206104de600435613702565b34611723575f36600319011261172357604051681b9bdd0b599bdd5b9960ba1b8152602090f35b34611723575f36600319011261172357613433613c0b565b6002548060d01c80613451575b600280546001600160a01b03169055005b42111561348357600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b8080613440565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a161347c565b34611723576020366003190112611723576004355f52600a60205260405f208054906134d8826136b9565b916134e66040519384613698565b8083526020830180925f5260205f205f915b838310613561578486604051918291602083019060208452518091526040830191905f5b81811061352a575050500390f35b825180516001600160a01b031685526020908101516001600160601b0316818601528695506040909401939092019160010161351c565b600160208192613570856136d0565b8152019201920191906134f8565b34611723575f366003190112611723576020604051620697808152f35b34611723576020366003190112611723576004359063ffffffff60e01b8216809203611723576020916318a4c3c360e11b81149081156135dd575b5015158152f35b637965db0b60e01b8114915081156135f7575b50836135d6565b6301ffc9a760e01b149050836135f0565b602435906001600160a01b038216820361172357565b600435906001600160a01b038216820361172357565b9181601f84011215611723578235916001600160401b038311611723576020838186019501011161172357565b604081019081106001600160401b0382111761173957604052565b61012081019081106001600160401b0382111761173957604052565b90601f801991011681019081106001600160401b0382111761173957604052565b6001600160401b0381116117395760051b60200190565b906040516136dd81613661565b91546001600160a01b038116835260a01c6020830152565b919082039182116110ad57565b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168082106137825761373c916136f5565b63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690811561376e570490565b634e487b7160e01b5f52601260045260245ffd5b50505f90565b63ffffffff5f199116019063ffffffff82116110ad57565b80156110ad575f190190565b600d548110156137c857600d5f5260205f209060011b01905f90565b634e487b7160e01b5f52603260045260245ffd5b600d54805b6137eb5750505f90565b5f1981018181116110ad57826001600160401b03613808836137ac565b5054161115613821575061381b906137a0565b806137e1565b6001925061382f91506137ac565b50015490565b919082018092116110ad57565b818102929181159184041417156110ad57565b908060209392818452848401375f828201840152601f01601f1916010190565b600181018091116110ad576138b46138e39163ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690613842565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016613835565b9061391463ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683613835565b9061394563ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683613835565b90565b6001600160a01b03165f90815260086020526040902054607081901c6001600160401b0316919060b01c63ffffffff16806139805750565b61399a63ffffffff6139946139af93613788565b16613875565b91505063ffffffff60035460681c1690613835565b8281116139b95750565b9150565b94909193613a1a93613a06916040519687956020870199468b52306040890152606088015260018060a01b0316608087015260a086015260e060c0860152610100850191613855565b9060e083015203601f198101835282613698565b51902090565b6002548060d01c8015159081613a4f575b5015613a455760a01c65ffffffffffff1690565b5060015460d01c90565b905042115f613a31565b6001546001600160a01b0381169160a09190911c65ffffffffffff1690565b90613a82826136b9565b613a8f6040519182613698565b8281528092613aa0601f19916136b9565b0190602036910137565b8051156137c85760200190565b80518210156137c85760209160051b010190565b5f1981146110ad5760010190565b63ffffffff1663ffffffff81146110ad5760010190565b60206040818301928281528451809452019201905f5b818110613b135750505090565b8251845260209384019390920191600101613b06565b6007548110156137c85760075f5260205f2001905f90565b80548210156137c8575f5260205f2001905f90565b80546001600160a01b0360039390931b83811b199091169290931690921b179055565b805f52600c60205260405f205480613bb3575060018101908181116110ad57613bad613ba7613945936145ef565b916145ef565b906136f5565b5f198101915081116110ad5790565b5f52600960205260405f209060018060a01b03165f5260205260405f205460018114613c015760028114613bf757905f905f90565b505f905f90600190565b505f906001905f90565b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff1615613c4357565b63e2517d3f60e01b5f52336004525f60245260445ffd5b5f8181526020818152604080832033845290915290205460ff1615613c7c5750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f516020614a625f395f51905f525c613cb85760015f516020614a625f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b8015159081613ce3575b81613cda575090565b60029150141590565b60018114159150613cd1565b9063ffffffff8091169116019063ffffffff82116110ad57565b906001600160601b03809116911603906001600160601b0382116110ad57565b5f8181526009602090815260408083206001600160a01b0390951680845294825280832060029055600890915290819020600181810180549384901c63ffffffff908116909201929183116110ad577f3ffbad403e222e8f934eb64d2f93e8e726c5309a4b54e8551abbfd589b48b8e19360209363ffffffff60401b9060401b169063ffffffff60401b1916179055613de0613dc48561481b565b61ffff60035460881c16808210613e48575b5060055490613842565b906001600160601b03815416808311613e40575b82613e05575b5050604051908152a3565b613e1a6001600160601b039182851690613d09565b166001600160601b0319825416179055613e3681600654613835565b6006555f80613dfa565b915081613df4565b90505f613dd6565b6007548015613e7f575f1901613e67816007613b41565b81549060018060a01b039060031b1b19169055600755565b634e487b7160e01b5f52603160045260245ffd5b6007546001600160a01b03909116905f5b818110613eb057505050565b82613eba82613b29565b905460039190911b1c6001600160a01b031614613ed957600101613ea4565b5f19820192509082116110ad57610a36610a1e613ef593613b29565b613efd613e50565b565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f5114821615613f5f575b60405215613f3f5750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b906001811516613f7757823b15153d15161690613f34565b503d5f823e3d90fd5b602081830312611723578051906001600160401b03821161172357019080601f83011215611723578151613fb3816136b9565b92613fc16040519485613698565b81845260208085019260051b82010192831161172357602001905b828210613fe95750505090565b8151815260209182019101613fdc565b604061403e5f825161400b8482613698565b60018152601f1984013660208301378461402482613aaa565b52835180938192630fd6e89160e21b835260048301613af0565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9182156140d7575061408e6140989263ffffffff925f916140bd575b50613aaa565b5160081c16613702565b908282036140a557505050565b63478046bb60e11b5f5260045260245260445260645ffd5b6140d191503d805f833e6117c08183613698565b5f614088565b513d5f823e3d90fd5b9065ffffffffffff8091169116019065ffffffffffff82116110ad57565b6001600160401b038111614118576001600160401b031690565b6306dfcc6560e41b5f52604060045260245260445ffd5b91908110156137c85760051b0190565b5f5b82811061414f575050505f90565b6141598183613ab7565b516141648484613ab7565b511461417257600101614141565b505050600190565b604081018051519260a0830192610100909101906080015f5b8581106141a257505050505050565b8063ffffffff6141b56001938551613ab7565b5116158061432f575b61432a57818060a01b036141d3828751613ab7565b51165f52600860205260405f207fb9f113eba9ebea6887194b88e033573d64afd32fcef61a5a9c495ca995c588b5606063ffffffff614213858851613ab7565b511692858101938a67ffffffff0000000061426163ffffffff6142478a8261423f8c5498828a16613cef565b169551613ab7565b511663ffffffff198516841760201c63ffffffff16613cef565b60201b16916001600160401b0319161717845561429163ffffffff614287878d51613ab7565b5116895190613842565b906001600160601b03815416808311614322575b826142e7575b5050858060a01b036142be868b51613ab7565b511693549063ffffffff60405192818116845260201c1660208301526040820152a25b01614193565b6142fc6001600160601b039182851690613d09565b166001600160601b031982541617905561431881600654613835565b6006555f806142ab565b9150816142a5565b6142e1565b5063ffffffff614340828851613ab7565b5116156141be565b92939091935f905f915b86831061437b5750505050505f1982019182116110ad5761ffff9161437691613ab7565b511690565b61439a9061439361438c8588613ab7565b5184613ab7565b5190613835565b91600183901b6001600160ff1b03841684036110ad57848110156143c2575060010191614352565b9250949593505014908161441c575b506143e3576143769061ffff92613ab7565b61ffff6143f08284613ab7565b511690600181018091116110ad5761440e61ffff9161441694613ab7565b511690613835565b60011c90565b9050600182018083116110ad57105f6143d1565b6040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03811690602083602481855afa928315611718575f9361455b575b50604051936323b872dd60e01b5f52336004523060245260445260205f60648180855af19060015f511482161561453c575b50836040525f6060521561452a57826024816020936370a0823160e01b82523060048301525afa8015611718575f906144f6575b61394592506136f5565b506020823d602011614522575b8161451060209383613698565b810103126117235761394591516144ec565b3d9150614503565b635274afe760e01b5f5260045260245ffd5b6001821516614552573b15153d1516165f6144b8565b843d5f823e3d90fd5b9092506020813d602011614587575b8161457760209383613698565b810103126117235751915f614486565b3d915061456a565b6001600160601b0381116145a9576001600160601b031690565b6306dfcc6560e41b5f52606060045260245260445ffd5b65ffffffffffff81116145d85765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b604051634f8c0daf60e11b81526001917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691602081600481865afa908115611718575f916146fd575b508381018091116110ad5760409081519061465c8383613698565b858252601f1983013660208401375b80861061467a57505050505090565b6146848187613835565b60011c908161469284613aaa565b528351630fd6e89160e21b81525f81806146af8760048301613af0565b03818a5afa9081156146f35763ffffffff61408e88936146d5935f916140bd5750613aaa565b106146e0575061466b565b9550600181018091116110ad579461466b565b85513d5f823e3d90fd5b90506020813d602011614727575b8161471860209383613698565b8101031261172357515f614641565b3d915061470b565b600254906001600160a01b038216611991576001600160a01b03199091166001600160a01b03821617600255613945905f61493f565b908115614776575b6139459161493f565b600254916001600160a01b038316611991576001600160a01b03199092166001600160a01b0382161760025561476d565b60025461394591906001600160a01b038083169116146147c8575b5f6149c1565b600280546001600160a01b03191690556147c2565b9061394591801580614804575b156149c157600280546001600160a01b03191690556149c1565b506002546001600160a01b038381169116146147ea565b90815f52600c60205260405f20548061486a5750600182018083116110ad5761484661484f916145ef565b613bad846145ef565b9160018301908184116110ad575f52600c60205260405f2055565b9091505f1981019081116110ad5790565b6127108211614888575050565b60a49060206040519384926301f0b45760e71b8452608060048501528051928391826084870152018585015e5f84838501015260248301525f60448301526127106064830152601f80199101168101030190fd5b6276a70082116148ea575050565b60a49060206040519384926301f0b45760e71b8452608060048501528051928391826084870152018585015e5f84838501015260248301525f60448301526276a7006064830152601f80199101168101030190fd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16613782575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615613782575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fe78e05d08648f5512e349a95c086580e93a04f39ff7a3a485952c1e043d5a51b29b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a164736f6c6343000825000aad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
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

// PackRulesHistory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8bdc6bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rulesHistory() view returns((uint64,bytes32)[])
func (qualityOracle *QualityOracle) PackRulesHistory() []byte {
	enc, err := qualityOracle.abi.Pack("rulesHistory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRulesHistory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8bdc6bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rulesHistory() view returns((uint64,bytes32)[])
func (qualityOracle *QualityOracle) TryPackRulesHistory() ([]byte, error) {
	return qualityOracle.abi.Pack("rulesHistory")
}

// UnpackRulesHistory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8bdc6bf.
//
// Solidity: function rulesHistory() view returns((uint64,bytes32)[])
func (qualityOracle *QualityOracle) UnpackRulesHistory(data []byte) ([]QualityOracleRulesVersion, error) {
	out, err := qualityOracle.abi.Unpack("rulesHistory", data)
	if err != nil {
		return *new([]QualityOracleRulesVersion), err
	}
	out0 := *abi.ConvertType(out[0], new([]QualityOracleRulesVersion)).(*[]QualityOracleRulesVersion)
	return out0, nil
}

// PackRulesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46025811.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rulesOf(uint256 round) view returns(bytes32)
func (qualityOracle *QualityOracle) PackRulesOf(round *big.Int) []byte {
	enc, err := qualityOracle.abi.Pack("rulesOf", round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRulesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46025811.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rulesOf(uint256 round) view returns(bytes32)
func (qualityOracle *QualityOracle) TryPackRulesOf(round *big.Int) ([]byte, error) {
	return qualityOracle.abi.Pack("rulesOf", round)
}

// UnpackRulesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46025811.
//
// Solidity: function rulesOf(uint256 round) view returns(bytes32)
func (qualityOracle *QualityOracle) UnpackRulesOf(data []byte) ([32]byte, error) {
	out, err := qualityOracle.abi.Unpack("rulesOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackSetRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x809bc7ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRules(bytes32 rulesHash) returns()
func (qualityOracle *QualityOracle) PackSetRules(rulesHash [32]byte) []byte {
	enc, err := qualityOracle.abi.Pack("setRules", rulesHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x809bc7ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRules(bytes32 rulesHash) returns()
func (qualityOracle *QualityOracle) TryPackSetRules(rulesHash [32]byte) ([]byte, error) {
	return qualityOracle.abi.Pack("setRules", rulesHash)
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

// QualityOracleRulesSet represents a RulesSet event raised by the QualityOracle contract.
type QualityOracleRulesSet struct {
	FromRound *big.Int
	RulesHash [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const QualityOracleRulesSetEventName = "RulesSet"

// ContractEventName returns the user-defined event name.
func (QualityOracleRulesSet) ContractEventName() string {
	return QualityOracleRulesSetEventName
}

// UnpackRulesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RulesSet(uint256 indexed fromRound, bytes32 rulesHash)
func (qualityOracle *QualityOracle) UnpackRulesSetEvent(log *types.Log) (*QualityOracleRulesSet, error) {
	event := "RulesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != qualityOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QualityOracleRulesSet)
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
