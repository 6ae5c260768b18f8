// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @notice A contribution as the device signs it (EIP-712) and the DataAnchoringToken records it.
struct Contribution {
    uint64 classId;
    address device;
    uint32 epoch;
    uint64 h3Cell;
    uint32 recordCount;
    bytes32 merkleRoot;
    bytes32 cidDigest;
    uint16 score;
    bytes32 zkCommit;
    uint64 deadline;
}

/// @notice The oracle's decision on one pending token, packed in one word:
/// bits 0..63 token id, 64..79 agreed score, bit 80 accepted, 88..95 rejection reason code
/// (1 below threshold, 2 no quorum), 96..151 value, 152..207 shareRatio.
library VerdictWord {
    uint256 internal constant ACCEPTED = 1 << 80;
    uint8 internal constant BELOW_THRESHOLD = 1;
    uint8 internal constant NO_QUORUM = 2;

    function pack(uint256 tokenId, uint256 score, bool accepted, uint256 reason, uint256 value, uint256 share)
        internal
        pure
        returns (uint256)
    {
        return uint64(tokenId) | (uint256(uint16(score)) << 64) | (accepted ? ACCEPTED : 0)
            | (uint256(uint8(reason)) << 88) | (uint256(uint56(value)) << 96) | (uint256(uint56(share)) << 152);
    }
}

/// @notice Lifecycle of a token. Generic ERC-8028 mints start Finalized.
enum Status {
    None,
    Pending,
    Finalized,
    Rejected
}

/// @notice Custom errors shared by the datpin contracts. Each carries what a caller needs to
/// understand the failure.
interface IDatpinErrors {
    // access
    error Unauthorized(address caller);
    error NotOwnerOrOperator(address caller, uint256 tokenId);
    // lookups
    error ClassNotFound(uint256 classId);
    error TokenNotFound(uint256 tokenId);
    error DeviceNotFound(address device);
    // input
    error InvalidInput(string what);
    error LengthMismatch(uint256 a, uint256 b);
    error ValueTooLarge(uint256 value, uint256 max);
    error ClassMismatch(uint256 fromClass, uint256 toClass);
    error InsufficientValue(uint256 tokenId, uint256 available, uint256 requested);
    error UnsupportedAsset(uint256 classId, address asset);
    // state
    error TokenExpired(uint256 tokenId, uint64 expireAt);
    error NotPending(uint256 tokenId, Status status);
    error RootAlreadyAnchored(bytes32 merkleRoot, uint256 tokenId);
    error NoShareInClass(uint256 classId);
    error NothingToClaim(uint256 tokenId, address asset);
    error TransferFailed(address to, uint256 amount);
    // signatures
    error SignatureExpired(uint64 deadline, uint256 nowTs);
    error InvalidSignature(address expected, address recovered);
    error DeviceInactive(address device);
    error DeviceAlreadyRegistered(address device, address operator);
    error InvalidProof(uint256 tokenId, bytes32 proofType);
    error NotContributor(address caller, uint256 tokenId);
    error ThresholdOutOfRange(uint256 tokenId, uint256 threshold);
    // revenue and value
    error TokenNotFinalized(uint256 tokenId, Status status);
    error SettlementTooSmall(uint256 amount, uint256 minimum);
    error SnapshotLimit(uint256 classId, uint256 maxSnapshots);
    // oracle
    error NotValidator(address caller);
    error AlreadyValidator(address validator);
    error InsufficientStake(uint256 stake, uint256 minStake);
    error OutsideWindow(uint256 round, uint256 nowTs, uint256 opensAt, uint256 closesAt);
    error AlreadyCommitted(uint256 round, address validator);
    error NoCommitment(uint256 round, address validator);
    error CommitmentMismatch(uint256 round, address validator);
    error WrongRound(uint256 tokenId, uint256 tokenRound, uint256 round);
    error TooManyValidators(uint256 max);
    error ExitPending(address validator, uint256 availableAt);
    error NothingToWithdraw(address validator);
    // rewards
    error EpochNotOver(uint256 epoch, uint256 endsAt);
    error EpochAlreadySettled(uint256 epoch);
    error InsufficientFunds(uint256 balance, uint256 needed);
}

/// @notice What the DataAnchoringToken needs from the device registry.
interface IDeviceRegistry {
    /// @return operator the device's operator (zero if unknown), active whether it may anchor.
    function deviceStatus(address device) external view returns (address operator, bool active);
}

/// @notice What the quality oracle needs from the DataAnchoringToken.
interface IDatpinEvaluable {
    /// @notice Per token: status (bits 0..7), anchoredAt (8..39), recordCount (40..71) and the
    /// proven threshold (72..87), one word each, in one call.
    function evaluationWords(uint256[] calldata tokenIds) external view returns (uint256[] memory words);
    function settleEvaluations(uint256[] calldata verdicts) external;
    function tokenCount() external view returns (uint256);
    function hasProof(uint256 tokenId, bytes32 proofType) external view returns (bool);
    function provenThreshold(uint256 tokenId) external view returns (uint16);
}

/// @notice A verifier of a non-signature proof type (e.g. a zero-knowledge attestation).
interface IProofVerifier {
    /// @dev Reverts or returns ok = false when the proof is invalid for this token.
    /// @return ok whether the proof is valid for this token and commitment
    /// @return threshold the quality threshold the proof establishes (0 if none)
    function verifyProof(uint256 tokenId, bytes32 zkCommit, bytes calldata proof)
        external
        view
        returns (bool ok, uint16 threshold);
}
