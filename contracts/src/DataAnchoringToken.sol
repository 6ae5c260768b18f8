// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {AccessControlDefaultAdminRules} from
    "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

import {IERC8028} from "./IERC8028.sol";
import {
    Contribution,
    Status,
    IDatpinErrors,
    IDeviceRegistry,
    IDatpinEvaluable,
    IProofVerifier,
    VerdictWord
} from "./IDatpin.sol";
import {IEpochEmission} from "./Rewards.sol";

/// @title DataAnchoringToken
/// @notice ERC-8028 Data Anchoring Tokens for a decentralized wireless network. Each anchored
/// contribution (e.g. one base station's day of connectivity logs) is one token that is at once a
/// proof of contribution (contributor, device, epoch, H3 cell, record count, Merkle root, CID,
/// tentative score), a usage right (`value`, a hard quota) and a value share (`shareRatio` of the
/// class's revenue: network rewards and data buyers' payments).
///
/// @dev Lifecycle: a registered device signs a {Contribution} (EIP-712); anyone relays it with
/// {anchor}; the token is minted Pending to the device's operator and counts 0 in the class's
/// totalShare. The quality oracle (EVALUATOR_ROLE) finalizes it (value and shareRatio from the
/// validators' median) or rejects it. A Merkle root is anchored at most once per device: a copier
/// anchoring someone else's root from its own device cannot block the rightful anchor (validators
/// reject the copy: the package's signed manifest names another device).
///
/// Administration: the single DEFAULT_ADMIN_ROLE holder (a timelock in a deployment) changes hands
/// in two steps with a delay (AccessControlDefaultAdminRules).
///
/// Revenue accounting: each class keeps, per revenue asset (ETH and one ERC-20), an accumulator
/// `acc` (scaled 1e18) that only grows at settlements. Every settlement appends a snapshot of both
/// accumulators; a token stores the snapshot index it was last paid up to (per asset), and the
/// snapshot index at which it stopped counting is recorded once for all tokens whose window ends
/// at the same hour (see Expiry below). So
/// `pending = shareRatio * (accEnd - accPaid) / 1e18`, which equals the draft's
/// `shareRatio * acc / 1e18 - rewardDebt` up to rounding in the holders' disfavour: the sum of all
/// claims can never exceed the sum of settlements. Snapshot indices are 32 bits wide and a
/// settlement must reach the class's minimum: exhausting the 2^32 - 2 indices takes 2^32
/// settlement transactions each paying at least that minimum to the holders, and even then only
/// further settlements are refused, never a claim or an expiry.
///
/// Expiry: a token's window ends on an hour boundary (expireAt is rounded up to a multiple of
/// EXPIRY_GRANULARITY). The shares of the tokens ending at one boundary are summed in a bucket, and
/// a bitmap marks the non-empty buckets. Before every settlement and every change to the counting
/// set, the buckets that ended are taken out of totalShare and stamped with the snapshot at which
/// they stopped counting, so a settlement is shared by live tokens only, whoever calls it and
/// whether or not anyone observed the expiries. The work is one storage read per 256 hours since
/// the last settlement plus one per ended bucket.
contract DataAnchoringToken is
    IERC8028,
    IDatpinErrors,
    IDatpinEvaluable,
    AccessControlDefaultAdminRules,
    EIP712,
    ReentrancyGuardTransient
{
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    bytes32 public constant CLASS_ADMIN_ROLE = keccak256("CLASS_ADMIN_ROLE");
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    bytes32 public constant EVALUATOR_ROLE = keccak256("EVALUATOR_ROLE");
    bytes32 public constant ATTESTER_ROLE = keccak256("ATTESTER_ROLE");

    bytes32 public constant CONTRIBUTION_TYPEHASH = keccak256(
        "Contribution(uint64 classId,address device,uint32 epoch,uint64 h3Cell,uint32 recordCount,bytes32 merkleRoot,bytes32 cidDigest,uint16 score,bytes32 zkCommit,uint64 deadline)"
    );
    bytes32 public constant PROOF_TYPEHASH =
        keccak256("Proof(uint256 tokenId,bytes32 proofType,bytes32 uriHash,bytes32 merkleRoot)");
    bytes32 public constant ZK_ATTEST = keccak256("ZK_ATTEST");

    uint256 private constant SCALE = 1e18;
    uint256 private constant MAX_SCORE = 10_000;
    uint256 private constant MAX_VALUE = type(uint56).max;
    uint256 private constant MAX_SHARE = type(uint56).max;
    /// @dev Highest snapshot index a class may reach, so that `snapshots + 1` (a token's exitRef)
    /// always fits its 32 bits.
    uint256 public constant MAX_SNAPSHOTS = type(uint32).max - 1;
    /// @notice A token's window ends on a multiple of this many seconds (expireAt is rounded up).
    uint256 public constant EXPIRY_GRANULARITY = 1 hours;
    /// @dev The last window end that fits expireAt's 32 bits (a granularity boundary in 2106).
    uint256 private constant LAST_WINDOW_END = type(uint32).max / EXPIRY_GRANULARITY * EXPIRY_GRANULARITY;

    /// @dev Per-token state, packed into three slots plus two words for anchored contributions.
    struct Token {
        // slot 0
        address owner;
        uint32 expireAt; // 0 = never; Unix seconds
        uint32 anchoredAt; // block time of mint
        Status status;
        uint16 score; // tentative (edge) score while Pending, agreed score once evaluated
        bool proven; // a zero-knowledge proof established a threshold (see provenThreshold)
        // slot 1
        uint16 classId;
        uint24 recordCount;
        uint56 value;
        uint56 shareRatio;
        uint32 exitRef; // 0 = counting; else 1 + snapshot index at which it stopped counting
        uint32 paidRefEth; // snapshot index up to which ETH revenue was paid
        uint32 paidRefErc20; // snapshot index up to which ERC-20 revenue was paid
        // slot 2
        address device;
        uint64 h3Cell;
        uint32 epoch;
        // slots 3, 4
        bytes32 merkleRoot;
        bytes32 cidDigest;
    }

    struct Class {
        string metadataURI;
        string policyURI;
        bytes32 integrityHash;
        uint8 unitDecimals;
        bool exists;
        uint32 ttl; // seconds a contribution token counts after anchoring; 0 = forever
        uint32 snapshots; // number of settlements so far (at most MAX_SNAPSHOTS)
        address erc20; // the class's ERC-20 revenue asset (zero = ETH only)
        uint128 minSettlementEth; // smallest ETH settlement accepted
        uint128 minSettlementErc20; // smallest ERC-20 settlement accepted (in the asset's units)
        uint256 totalShare;
        uint256 remainderEth; // scaled remainder carried to the next settlement
        uint256 remainderErc20;
        IEpochEmission epochEmission; // the class's per-epoch emission (zero = none)
        uint64 epochDueAt; // no epoch emission is due before this time
        uint32 expiryCursor; // the first expiry bucket not yet taken out of totalShare
    }

    IDeviceRegistry public immutable registry;
    /// @notice The metadata renderer this token deployed.
    DATMetadataRenderer public immutable renderer;

    uint256 public classCount;
    uint256 public tokenCount;
    mapping(uint256 classId => Class) internal _classes;
    /// @dev acc snapshots: [classId][index] => (accEth, accErc20). Index 0 is all zero.
    mapping(uint256 classId => mapping(uint256 index => uint256[2] acc)) internal _snaps;
    /// @dev Expiry buckets: [classId][expireAt / EXPIRY_GRANULARITY] => total share ending then
    /// (bits 0..223) | 1 + the snapshot index at which it stopped counting (bits 224..255, 0 while
    /// it counts).
    mapping(uint256 classId => mapping(uint256 bucket => uint256)) private _expiring;
    /// @dev Bitmap of non-empty expiry buckets: [classId][bucket / 256] bit bucket % 256.
    mapping(uint256 classId => mapping(uint256 word => uint256)) private _expiringBits;
    mapping(uint256 tokenId => Token) private _tokens;
    /// @notice The first token that anchored a Merkle root (from any device); see {tokenOfDeviceRoot}.
    mapping(bytes32 merkleRoot => uint256 tokenId) public tokenOfRoot;
    /// @dev Tokens anchoring a root that another device anchored first, by keccak256(device, root).
    mapping(bytes32 deviceRoot => uint256 tokenId) private _tokenOfDeviceRoot;
    mapping(uint256 tokenId => bytes32) public zkCommitOf;
    mapping(address owner => uint256) public balanceOf;
    mapping(address owner => mapping(uint256 classId => mapping(address operator => bool))) private _operators;
    mapping(uint256 tokenId => mapping(bytes32 proofType => bool)) private _proofs;
    mapping(uint256 tokenId => uint16) private _provenThreshold;
    mapping(bytes32 proofType => IProofVerifier) public proofVerifier;

    /// @notice Emitted when a device's signed contribution is anchored as a Pending token.
    /// The class, the operator (owner) and the expiry are in the {Minted} event of the same token;
    /// epoch, H3 cell, record count and tentative score are in storage ({contributionOf}).
    event ContributionAnchored(uint256 indexed tokenId, address indexed device, bytes32 merkleRoot, bytes32 cidDigest);
    /// @notice Emitted when the oracle finalizes a token.
    event Finalized(uint256 indexed tokenId, uint16 score, uint256 value, uint256 shareRatio);
    /// @notice Emitted when the oracle rejects a token.
    event Rejected(uint256 indexed tokenId, uint16 score, bytes32 reason);
    /// @notice ERC-721-style transfer event so explorers and wallets index the tokens.
    event Transfer(address indexed from, address indexed to, uint256 indexed tokenId);
    /// @notice Emitted when a class's contribution time-to-live or ERC-20 revenue asset changes.
    event ClassConfigured(uint256 indexed classId, uint32 ttl, address erc20);
    /// @notice Emitted when a proof type gets a verifier contract.
    event ProofVerifierSet(bytes32 indexed proofType, address verifier);
    /// @notice Emitted when a class's per-epoch emission source changes.
    event EpochEmissionSet(uint256 indexed classId, address source);
    /// @notice Emitted when a class's minimum settlement amounts change.
    event MinSettlementSet(uint256 indexed classId, uint256 minEth, uint256 minErc20);
    /// @notice Emitted when the tokens of a class whose window ended at `expireAt` stop counting
    /// (their `share` leaves totalShare); each token's own {Expired} follows when it is observed.
    event SharesExpired(uint256 indexed classId, uint64 expireAt, uint256 share);

    /// @param adminDelay delay of a DEFAULT_ADMIN_ROLE transfer (AccessControlDefaultAdminRules)
    /// @param admin the initial DEFAULT_ADMIN_ROLE holder, also CLASS_ADMIN_ROLE
    constructor(uint48 adminDelay, address admin, IDeviceRegistry registry_)
        AccessControlDefaultAdminRules(adminDelay, admin)
        EIP712("datpin", "1")
    {
        if (address(registry_) == address(0)) revert InvalidInput("zero address");
        registry = registry_;
        renderer = new DATMetadataRenderer();
        _grantRole(CLASS_ADMIN_ROLE, admin);
    }

    // ---------------------------------------------------------------- metadata for wallets

    /// @notice Collection name shown by wallets and explorers.
    function name() external pure returns (string memory) {
        return "datpin Data Anchoring Token";
    }

    /// @notice Collection symbol.
    function symbol() external pure returns (string memory) {
        return "DAT";
    }

    // ---------------------------------------------------------------- classes

    /// @inheritdoc IERC8028
    /// @dev Requirements: caller has CLASS_ADMIN_ROLE. Emits a {ClassCreated} event.
    function createClass(string calldata metadataURI, bytes32 integrityHash, uint8 unitDecimals, string calldata policyURI)
        external
        onlyRole(CLASS_ADMIN_ROLE)
        returns (uint256 classId)
    {
        classId = ++classCount;
        if (classId > type(uint16).max) revert ValueTooLarge(classId, type(uint16).max);
        Class storage c = _classes[classId];
        c.metadataURI = metadataURI;
        c.integrityHash = integrityHash;
        c.unitDecimals = unitDecimals;
        c.policyURI = policyURI;
        c.exists = true;
        c.expiryCursor = uint32(block.timestamp / EXPIRY_GRANULARITY);
        emit ClassCreated(classId, metadataURI, integrityHash);
        if (bytes(policyURI).length != 0) emit ClassPolicyUpdated(classId, policyURI);
    }

    /// @inheritdoc IERC8028
    /// @dev Requirements: caller has CLASS_ADMIN_ROLE; class exists. Emits a {MetadataUpdated} event.
    function updateClassMetadata(uint256 classId, string calldata metadataURI, bytes32 integrityHash)
        external
        onlyRole(CLASS_ADMIN_ROLE)
    {
        Class storage c = _class(classId);
        c.metadataURI = metadataURI;
        c.integrityHash = integrityHash;
        emit MetadataUpdated(classId, metadataURI, integrityHash);
    }

    /// @inheritdoc IERC8028
    /// @dev Requirements: caller has CLASS_ADMIN_ROLE; class exists. Emits a {ClassPolicyUpdated} event.
    function updateClassPolicy(uint256 classId, string calldata policyURI) external onlyRole(CLASS_ADMIN_ROLE) {
        _class(classId).policyURI = policyURI;
        emit ClassPolicyUpdated(classId, policyURI);
    }

    /// @notice Sets how long contribution tokens of a class count for revenue (the rolling reward
    /// window) and the class's ERC-20 revenue asset.
    /// @dev Requirements: caller has CLASS_ADMIN_ROLE; the ERC-20 cannot change once revenue in it
    /// was settled (even a settlement too small to move the accumulator leaves its amount in the
    /// class as the carried remainder). Emits a {ClassConfigured} event.
    function configureClass(uint256 classId, uint32 ttl, address erc20) external onlyRole(CLASS_ADMIN_ROLE) {
        Class storage c = _class(classId);
        if (
            c.erc20 != erc20 && c.erc20 != address(0)
                && (_snaps[classId][c.snapshots][1] != 0 || c.remainderErc20 != 0)
        ) {
            revert InvalidInput("erc20 already in use");
        }
        c.ttl = ttl;
        c.erc20 = erc20;
        emit ClassConfigured(classId, ttl, erc20);
    }

    /// @notice Sets the smallest settlement a class accepts, per asset, so that dust settlements
    /// cannot use up its snapshot indices cheaply.
    /// @dev Requirements: caller has CLASS_ADMIN_ROLE; class exists. Emits a {MinSettlementSet} event.
    function setMinSettlement(uint256 classId, uint256 minEth, uint256 minErc20) external onlyRole(CLASS_ADMIN_ROLE) {
        Class storage c = _class(classId);
        c.minSettlementEth = minEth.toUint128();
        c.minSettlementErc20 = minErc20.toUint128();
        emit MinSettlementSet(classId, minEth, minErc20);
    }

    /// @notice Sets the class's per-epoch emission source (a Rewards contract paying in the class's
    /// ERC-20): before every change to the class's counting set, the emission of the epochs that
    /// ended is settled over the tokens that counted at their end (see {_settleDueEpochs}).
    /// @dev Requirements: caller has CLASS_ADMIN_ROLE; the source pays in the class's ERC-20 (or is
    /// zero). What the former source owes is settled first. Emits an {EpochEmissionSet} event.
    function setEpochEmission(uint256 classId, IEpochEmission source) external onlyRole(CLASS_ADMIN_ROLE) {
        Class storage c = _class(classId);
        if (address(source) != address(0) && address(source.token()) != c.erc20) {
            revert UnsupportedAsset(classId, address(source.token()));
        }
        _settleDueEpochs(classId, c);
        c.epochEmission = source;
        c.epochDueAt = 0;
        emit EpochEmissionSet(classId, address(source));
    }

    /// @notice Settles the emission of the class's ended epochs now (its emission source asks,
    /// e.g. for a permissionless settlement or before its rate changes).
    /// @dev Requirements: caller is the class's emission source.
    function settleEpochEmission(uint256 classId) external {
        Class storage c = _class(classId);
        if (msg.sender != address(c.epochEmission)) revert Unauthorized(msg.sender);
        _settleDueEpochs(classId, c);
    }

    /// @notice The smallest ETH and ERC-20 settlements a class accepts.
    function minSettlement(uint256 classId) external view returns (uint256 minEth, uint256 minErc20) {
        Class storage c = _class(classId);
        return (c.minSettlementEth, c.minSettlementErc20);
    }

    /// @notice Registers a verifier contract for a proof type (e.g. ZK_ATTEST).
    /// @dev Requirements: caller has DEFAULT_ADMIN_ROLE. Emits a {ProofVerifierSet} event.
    function setProofVerifier(bytes32 proofType, IProofVerifier verifier) external onlyRole(DEFAULT_ADMIN_ROLE) {
        proofVerifier[proofType] = verifier;
        emit ProofVerifierSet(proofType, address(verifier));
    }

    /// @inheritdoc IERC8028
    function getClassMeta(uint256 classId)
        external
        view
        returns (string memory metadataURI, bytes32 integrityHash, uint8 unitDecimals, string memory policyURI)
    {
        Class storage c = _class(classId);
        return (c.metadataURI, c.integrityHash, c.unitDecimals, c.policyURI);
    }

    /// @notice Revenue state of a class.
    function classState(uint256 classId)
        external
        view
        returns (uint256 totalShare, uint256 accEth, uint256 accErc20, address erc20, uint32 ttl, uint256 snapshots)
    {
        Class storage c = _class(classId);
        uint256[2] storage acc = _snaps[classId][c.snapshots];
        return (c.totalShare, acc[0], acc[1], c.erc20, c.ttl, c.snapshots);
    }

    /// @notice accRevenuePerShare of the draft, scaled 1e18.
    function accRevenuePerShare(uint256 classId, address asset) external view returns (uint256) {
        Class storage c = _class(classId);
        return _snaps[classId][c.snapshots][_assetIndex(classId, c, asset)];
    }

    // ---------------------------------------------------------------- minting

    /// @inheritdoc IERC8028
    /// @dev A generic mint (not a contribution): the token is Finalized at once and counts in
    /// totalShare if shareRatio > 0. shareRatio saturates at 2^56-1; value above it reverts.
    /// Requirements: caller has MINTER_ROLE; class exists; `to` non-zero; expireAt zero, or below
    /// 2^32 and in the future both as given and once rounded up to the next EXPIRY_GRANULARITY
    /// boundary (what {Minted} and {expireAtOf} show). Emits {Minted} and {Transfer} events.
    function mint(uint256 classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt)
        external
        onlyRole(MINTER_ROLE)
        returns (uint256 tokenId)
    {
        Class storage c = _class(classId);
        if (to == address(0)) revert InvalidInput("to");
        if (value > MAX_VALUE) revert ValueTooLarge(value, MAX_VALUE);
        if (expireAt != 0) {
            // In the future as asked, and still once rounded (a window that saturates at
            // LAST_WINDOW_END may end before now).
            if (
                expireAt <= block.timestamp || expireAt > type(uint32).max
                    || (expireAt = _roundExpiry(expireAt)) <= block.timestamp
            ) {
                revert InvalidInput("expireAt");
            }
        }
        if (shareRatio > MAX_SHARE) shareRatio = MAX_SHARE; // saturates, as the draft asks
        tokenId = ++tokenCount;
        Token storage t = _tokens[tokenId];
        t.owner = to;
        t.expireAt = uint32(expireAt); // at most LAST_WINDOW_END (_roundExpiry saturates)
        t.anchoredAt = block.timestamp.toUint32();
        t.status = Status.Finalized;
        t.classId = uint16(classId); // createClass keeps ids within uint16
        t.value = uint56(value); // checked above
        if (shareRatio != 0) _join(classId, t, c, shareRatio);
        unchecked {
            balanceOf[to] += 1; // bounded by tokenCount
        }
        emit Minted(tokenId, classId, to, value, shareRatio, expireAt);
        emit Transfer(address(0), to, tokenId);
    }

    /// @notice Anchors device-signed contributions as Pending tokens owned by each device's operator.
    /// Anyone may relay: the signature decides everything, so front-running a relay gains nothing.
    /// @dev Requirements: each signature is the device's EIP-712 signature over its contribution and
    /// not past its deadline; the device is registered and active; the class exists; the device
    /// never anchored this Merkle root (another device anchoring the same root first does not
    /// block it); recordCount in 1..2^24-1; score <= 10000.
    /// Emits {ContributionAnchored}, {Minted} and {Transfer} per contribution.
    /// @return firstTokenId id of the first token minted; the rest follow consecutively.
    function anchor(Contribution[] calldata cs, bytes[] calldata signatures) external returns (uint256 firstTokenId) {
        if (cs.length != signatures.length) revert LengthMismatch(cs.length, signatures.length);
        if (cs.length == 0) revert InvalidInput("empty");
        firstTokenId = tokenCount + 1;
        // Counters are kept in memory and written once: a run of contributions of one operator
        // touches its balance once, and tokenCount once per call.
        address runOwner;
        uint256 runLength;
        for (uint256 i; i < cs.length; ++i) {
            address operator = _anchorOne(cs[i], signatures[i], firstTokenId + i);
            if (operator != runOwner) {
                if (runLength != 0) balanceOf[runOwner] += runLength;
                (runOwner, runLength) = (operator, 0);
            }
            unchecked {
                ++runLength; // bounded by cs.length
            }
        }
        balanceOf[runOwner] += runLength;
        tokenCount = firstTokenId + cs.length - 1;
    }

    function _anchorOne(Contribution calldata c, bytes calldata signature, uint256 tokenId)
        private
        returns (address operator)
    {
        if (c.deadline < block.timestamp) revert SignatureExpired(c.deadline, block.timestamp);
        Class storage cls = _class(c.classId);
        if (c.recordCount == 0 || c.recordCount > type(uint24).max) revert InvalidInput("recordCount");
        if (c.score > MAX_SCORE) revert InvalidInput("score");
        if (c.merkleRoot == bytes32(0) || c.cidDigest == bytes32(0)) revert InvalidInput("root or cid");
        uint256 existing = tokenOfRoot[c.merkleRoot];
        bytes32 deviceRoot;
        if (existing != 0) {
            // Someone anchored this root before: only the same device anchoring it again is a
            // replay. A copy from another device must not lock the rightful device out.
            if (_tokens[existing].device == c.device) revert RootAlreadyAnchored(c.merkleRoot, existing);
            deviceRoot = keccak256(abi.encode(c.device, c.merkleRoot));
            uint256 again = _tokenOfDeviceRoot[deviceRoot];
            if (again != 0) revert RootAlreadyAnchored(c.merkleRoot, again);
        }

        address signer = ECDSA.recoverCalldata(_hashTypedDataV4(_hashContribution(c)), signature);
        if (signer != c.device) revert InvalidSignature(c.device, signer);
        bool active;
        (operator, active) = registry.deviceStatus(c.device);
        if (operator == address(0)) revert DeviceNotFound(c.device);
        if (!active) revert DeviceInactive(c.device);

        if (existing == 0) tokenOfRoot[c.merkleRoot] = tokenId;
        else _tokenOfDeviceRoot[deviceRoot] = tokenId;
        uint32 expireAt;
        if (cls.ttl != 0) expireAt = _roundExpiry(block.timestamp + cls.ttl);
        Token storage t = _tokens[tokenId];
        t.owner = operator;
        t.expireAt = expireAt;
        t.anchoredAt = block.timestamp.toUint32();
        t.status = Status.Pending;
        t.score = c.score;
        t.classId = uint16(c.classId);
        t.recordCount = uint24(c.recordCount);
        t.device = c.device;
        t.h3Cell = c.h3Cell;
        t.epoch = c.epoch;
        t.merkleRoot = c.merkleRoot;
        t.cidDigest = c.cidDigest;
        if (c.zkCommit != bytes32(0)) zkCommitOf[tokenId] = c.zkCommit;
        emit ContributionAnchored(tokenId, c.device, c.merkleRoot, c.cidDigest);
        emit Minted(tokenId, c.classId, operator, 0, 0, expireAt);
        emit Transfer(address(0), operator, tokenId);
    }

    /// @notice The token `device` anchored `merkleRoot` with (0 if none).
    function tokenOfDeviceRoot(address device, bytes32 merkleRoot) external view returns (uint256) {
        uint256 first = tokenOfRoot[merkleRoot];
        if (first != 0 && _tokens[first].device == device) return first;
        return _tokenOfDeviceRoot[keccak256(abi.encode(device, merkleRoot))];
    }

    /// @notice EIP-712 struct hash of a contribution.
    function _hashContribution(Contribution calldata c) private pure returns (bytes32) {
        return keccak256(
            abi.encode(
                CONTRIBUTION_TYPEHASH,
                c.classId,
                c.device,
                c.epoch,
                c.h3Cell,
                c.recordCount,
                c.merkleRoot,
                c.cidDigest,
                c.score,
                c.zkCommit,
                c.deadline
            )
        );
    }

    // ---------------------------------------------------------------- evaluation

    /// @notice Applies the quality oracle's verdicts (one word each, see VerdictWord): finalized
    /// tokens get value and shareRatio and start counting in totalShare; rejected tokens get neither.
    /// @dev Requirements: caller has EVALUATOR_ROLE; each token is Pending; score <= 10000.
    /// Emits {Finalized} or {Rejected} per token.
    function settleEvaluations(uint256[] calldata verdicts) external onlyRole(EVALUATOR_ROLE) {
        for (uint256 i; i < verdicts.length; ++i) {
            uint256 w = verdicts[i];
            uint256 tokenId = uint64(w);
            uint16 score = uint16(w >> 64);
            Token storage t = _token(tokenId);
            if (t.status != Status.Pending) revert NotPending(tokenId, t.status);
            if (score > MAX_SCORE) revert InvalidInput("score");
            t.score = score;
            if (w & VerdictWord.ACCEPTED == 0) {
                t.status = Status.Rejected;
                emit Rejected(tokenId, score, _reasonName(uint8(w >> 88)));
                continue;
            }
            uint56 value = uint56(w >> 96);
            uint56 share = uint56(w >> 152);
            t.status = Status.Finalized;
            t.value = value;
            // A token whose window already passed joins nothing: it never counts.
            if (share != 0 && (t.expireAt == 0 || block.timestamp < t.expireAt)) {
                _join(t.classId, t, _classes[t.classId], share);
            } else {
                uint32 snap = _classes[t.classId].snapshots;
                t.shareRatio = share;
                t.paidRefEth = snap;
                t.paidRefErc20 = snap;
                t.exitRef = snap + 1;
            }
            emit Finalized(tokenId, score, value, share);
        }
    }

    function _reasonName(uint8 code) private pure returns (bytes32) {
        if (code == VerdictWord.BELOW_THRESHOLD) return "below-threshold";
        if (code == VerdictWord.NO_QUORUM) return "no-quorum";
        return "rejected";
    }

    /// @inheritdoc IDatpinEvaluable
    function evaluationWords(uint256[] calldata tokenIds) external view returns (uint256[] memory words) {
        words = new uint256[](tokenIds.length);
        for (uint256 i; i < tokenIds.length; ++i) {
            Token storage t = _token(tokenIds[i]);
            uint256 proven = t.proven ? _provenThreshold[tokenIds[i]] : 0;
            words[i] = uint256(uint8(t.status)) | (uint256(t.anchoredAt) << 8) | (uint256(t.recordCount) << 40)
                | (proven << 72);
        }
    }

    /// @notice The recorded contribution of a token.
    function contributionOf(uint256 tokenId)
        external
        view
        returns (
            address device,
            uint32 epoch,
            uint64 h3Cell,
            uint32 recordCount,
            bytes32 merkleRoot,
            bytes32 cidDigest,
            uint16 score,
            Status status,
            uint32 anchoredAt
        )
    {
        Token storage t = _token(tokenId);
        return (t.device, t.epoch, t.h3Cell, t.recordCount, t.merkleRoot, t.cidDigest, t.score, t.status, t.anchoredAt);
    }

    /// @notice Whether `recordHash` (keccak256 of a canonical record) is a leaf of the token's batch.
    /// Leaves are double-hashed: leaf = keccak256(abi.encodePacked(recordHash)).
    function verifyRecord(uint256 tokenId, bytes32 recordHash, bytes32[] calldata proof) external view returns (bool) {
        bytes32 root = _token(tokenId).merkleRoot;
        if (root == bytes32(0)) return false;
        return MerkleProof.verifyCalldata(proof, root, keccak256(abi.encodePacked(recordHash)));
    }

    // ---------------------------------------------------------------- ERC-8028 views

    /// @inheritdoc IERC8028
    function classOf(uint256 tokenId) external view returns (uint256) {
        return _token(tokenId).classId;
    }

    /// @inheritdoc IERC8028
    function valueOf(uint256 tokenId) external view returns (uint256) {
        return _token(tokenId).value;
    }

    /// @inheritdoc IERC8028
    function shareRatioOf(uint256 tokenId) external view returns (uint256) {
        return _token(tokenId).shareRatio;
    }

    /// @inheritdoc IERC8028
    function expireAtOf(uint256 tokenId) external view returns (uint64) {
        return _token(tokenId).expireAt;
    }

    /// @inheritdoc IERC8028
    function ownerOf(uint256 tokenId) external view returns (address) {
        return _token(tokenId).owner;
    }

    /// @notice Status of a token (Pending, Finalized, Rejected).
    function statusOf(uint256 tokenId) external view returns (Status) {
        return _token(tokenId).status;
    }

    /// @notice Whether the token counts for revenue now (it has a share and its window is open).
    function isCounted(uint256 tokenId) external view returns (bool) {
        Token storage t = _token(tokenId);
        return _counting(t) && !_isExpired(t);
    }

    /// @notice The draft's rewardDebt: shareRatio * acc at the last payment / 1e18.
    function rewardDebt(uint256 tokenId, address asset) external view returns (uint256) {
        Token storage t = _token(tokenId);
        uint256 i = _assetIndex(t.classId, _classes[t.classId], asset);
        uint256 ref = i == 0 ? t.paidRefEth : t.paidRefErc20;
        return uint256(t.shareRatio) * _snaps[t.classId][ref][i] / SCALE;
    }

    /// @inheritdoc IERC8028
    function pendingRevenue(uint256 tokenId, address asset) public view returns (uint256) {
        Token storage t = _token(tokenId);
        Class storage c = _classes[t.classId];
        return _pending(t, c, _assetIndex(t.classId, c, asset));
    }

    // ---------------------------------------------------------------- ownership and value

    /// @inheritdoc IERC8028
    /// @dev An expired token may still be transferred: its accrued revenue goes with it.
    /// Requirements: caller is the owner or an operator approved for the token's class; `to`
    /// non-zero. Emits {TransferToken} and {Transfer} events.
    function transferToken(uint256 tokenId, address to) external {
        Token storage t = _token(tokenId);
        address from = t.owner;
        _requireOwnerOrOperator(from, t.classId, tokenId);
        if (to == address(0)) revert InvalidInput("to");
        t.owner = to;
        unchecked {
            balanceOf[from] -= 1; // from owns this token
            balanceOf[to] += 1;
        }
        emit TransferToken(tokenId, from, to);
        emit Transfer(from, to, tokenId);
    }

    /// @inheritdoc IERC8028
    /// @dev Emits an {ApprovalForClass} event.
    function approveForClass(uint256 classId, address operator, bool approved) external {
        _class(classId);
        if (operator == address(0) || operator == msg.sender) revert InvalidInput("operator");
        _operators[msg.sender][classId][operator] = approved;
        emit ApprovalForClass(msg.sender, classId, operator, approved);
    }

    /// @inheritdoc IERC8028
    function isApprovedForClass(address owner, uint256 classId, address operator) public view returns (bool) {
        return _operators[owner][classId][operator];
    }

    /// @inheritdoc IERC8028
    /// @dev Requirements: both tokens of one class, neither expired; the receiving token not Pending
    /// (its value is set when it is evaluated, which would overwrite what was moved in); value > 0
    /// and available; caller the owner of `fromTokenId` or its class operator. Emits a {ValueTransferred} event. (An
    /// expired token makes the call revert, so its expiry is recorded by {expire} or {claim}.)
    function transferValue(uint256 fromTokenId, uint256 toTokenId, uint256 value) external {
        Token storage f = _token(fromTokenId);
        Token storage to = _token(toTokenId);
        if (f.classId != to.classId) revert ClassMismatch(f.classId, to.classId);
        if (fromTokenId == toTokenId) revert InvalidInput("same token");
        _requireOwnerOrOperator(f.owner, f.classId, fromTokenId);
        _requireLive(fromTokenId, f);
        _requireLive(toTokenId, to);
        if (to.status == Status.Pending) revert TokenNotFinalized(toTokenId, Status.Pending);
        if (value == 0) revert InvalidInput("value");
        if (f.value < value) revert InsufficientValue(fromTokenId, f.value, value);
        uint256 newTo = uint256(to.value) + value;
        if (newTo > MAX_VALUE) revert ValueTooLarge(newTo, MAX_VALUE);
        unchecked {
            f.value -= uint56(value); // checked above
        }
        to.value = uint56(newTo);
        emit ValueTransferred(fromTokenId, toTokenId, value);
    }

    /// @inheritdoc IERC8028
    /// @dev Hard quota: the amount is taken from the token's value and the call reverts on
    /// underflow. Requirements: caller the owner or its class operator; token not expired.
    /// Emits a {UsageRecorded} event.
    function recordUsage(uint256 tokenId, bytes32 metricType, uint256 amount) external {
        Token storage t = _token(tokenId);
        _requireOwnerOrOperator(t.owner, t.classId, tokenId);
        _requireLive(tokenId, t);
        if (amount == 0) revert InvalidInput("amount");
        if (t.value < amount) revert InsufficientValue(tokenId, t.value, amount);
        unchecked {
            t.value -= uint56(amount); // checked above
        }
        emit UsageRecorded(tokenId, metricType, amount, msg.sender);
    }

    /// @notice Records that tokens whose window passed stopped counting (anyone may call). Their
    /// shares already left totalShare with their expiry bucket (see Expiry above): this takes the
    /// ended buckets out if no settlement did yet and records each token's end.
    /// @dev Emits an {Expired} event per token whose expiry is recorded now.
    function expire(uint256[] calldata tokenIds) external {
        for (uint256 i; i < tokenIds.length; ++i) {
            _observeExpiry(_token(tokenIds[i]), tokenIds[i]);
        }
    }

    /// @notice Takes the class's expiry buckets that ended by `until` (at most now) out of
    /// totalShare, so that a long backlog (a class idle for months) can be worked off in steps
    /// that each fit a block before the next settlement or join takes out the rest. Anyone may
    /// call. Due emission epochs are released first, as before any other change to the set, except
    /// a newly wired source's first release (it takes out every ended window itself).
    /// @dev Emits a {SharesExpired} event per bucket taken out.
    function expireDue(uint256 classId, uint256 until) external {
        Class storage c = _class(classId);
        // A source just wired (due 0) has its first release take out every ended window: leave
        // that to it, so that a backlog built before the wiring is still worked off in steps.
        if (c.epochDueAt != 0) _settleDueEpochs(classId, c);
        _expireDue(classId, c, Math.min(until, block.timestamp));
    }

    // ---------------------------------------------------------------- revenue

    /// @inheritdoc IERC8028
    /// @dev Requirements: class exists; msg.value > 0 and at least the class's minimum; the class's
    /// totalShare > 0; the class has not used up its MAX_SNAPSHOTS settlements.
    /// Emits a {RevenueSettled} event.
    function settleRevenueETH(uint256 classId) external payable nonReentrant {
        if (msg.value == 0) revert InvalidInput("amount");
        Class storage c = _class(classId);
        if (msg.value < c.minSettlementEth) revert SettlementTooSmall(msg.value, c.minSettlementEth);
        _sync(classId, c);
        _settle(classId, c, 0, msg.value);
        emit RevenueSettled(classId, address(0), msg.value);
    }

    /// @inheritdoc IERC8028
    /// @dev The amount credited is what the contract actually received (fee-on-transfer safe).
    /// Requirements: `asset` is the class's ERC-20; amount received > 0 and at least the class's
    /// minimum; totalShare > 0; allowance given; fewer than MAX_SNAPSHOTS settlements so far.
    /// Emits a {RevenueSettled} event.
    function settleRevenueERC20(uint256 classId, address asset, uint256 amount) external nonReentrant {
        Class storage c = _class(classId);
        if (asset == address(0) || asset != c.erc20) revert UnsupportedAsset(classId, asset);
        if (amount == 0) revert InvalidInput("amount");
        _sync(classId, c);
        if (c.totalShare == 0) revert NoShareInClass(classId);
        uint256 before = IERC20(asset).balanceOf(address(this));
        IERC20(asset).safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = IERC20(asset).balanceOf(address(this)) - before;
        if (received == 0 || received < c.minSettlementErc20) revert SettlementTooSmall(received, c.minSettlementErc20);
        _settle(classId, c, 1, received);
        emit RevenueSettled(classId, asset, received);
    }

    /// @inheritdoc IERC8028
    /// @dev Pull-based and reentrancy-guarded; state is updated before paying.
    /// Requirements: caller the owner or its class operator; something to claim.
    /// Emits a {Claimed} event (and {Expired} if the token's window just passed).
    function claim(uint256 tokenId, address asset, address payable to)
        external
        nonReentrant
        returns (uint256 amountClaimed)
    {
        if (to == address(0)) revert InvalidInput("to");
        Token storage t = _token(tokenId);
        _requireOwnerOrOperator(t.owner, t.classId, tokenId);
        Class storage c = _classes[t.classId];
        uint256 i = _assetIndex(t.classId, c, asset);
        amountClaimed = _takePending(t, c, tokenId, i);
        if (amountClaimed == 0) revert NothingToClaim(tokenId, asset);
        emit Claimed(tokenId, to, asset, amountClaimed);
        _pay(asset, to, amountClaimed);
    }

    /// @notice Claims one asset for many tokens of the same owner in one payment.
    /// @dev Tokens with nothing pending are skipped. Requirements: caller the owner or class
    /// operator of each; something to claim in total. Emits a {Claimed} event per paying token.
    function claimMany(uint256[] calldata tokenIds, address asset, address payable to)
        external
        nonReentrant
        returns (uint256 total)
    {
        if (to == address(0)) revert InvalidInput("to");
        for (uint256 k; k < tokenIds.length; ++k) {
            uint256 tokenId = tokenIds[k];
            Token storage t = _token(tokenId);
            uint256 classId = t.classId;
            _requireOwnerOrOperator(t.owner, classId, tokenId);
            Class storage c = _classes[classId];
            uint256 amount = _takePending(t, c, tokenId, _assetIndex(classId, c, asset));
            if (amount != 0) {
                total += amount;
                emit Claimed(tokenId, to, asset, amount);
            }
        }
        if (total == 0) revert NothingToClaim(0, asset);
        _pay(asset, to, total);
    }

    // ---------------------------------------------------------------- proofs

    /// @inheritdoc IERC8028
    /// @dev Unlike registries where anyone may attach any proof, a proof here is bound to this
    /// token: for a proof type with a verifier contract (e.g. ZK_ATTEST) the verifier checks it
    /// against the token's id and committed data; otherwise `signature` must be an EIP-712
    /// `Proof(tokenId, proofType, keccak256(uri), merkleRoot)` signature by an ATTESTER_ROLE
    /// holder (chain id and this contract are in the domain).
    /// A proof is an attestation about the contributed data shown to buyers: it never changes a
    /// token's value or score. Only the token's contributor adds it: the current operator of the
    /// device that signed the contribution (for a generic mint without a device, the owner). The
    /// operator holds the data package the proof is about and answers for the device; a stranger
    /// attaching proofs could otherwise attach garbage to any token.
    /// Requirements: caller the contributor; a proven threshold within the score range 0..10000.
    /// Emits a {ProofAdded} event.
    function addProof(uint256 tokenId, bytes32 proofType, string calldata proofURI, bytes calldata signature) external {
        Token storage t = _token(tokenId);
        if (msg.sender != contributorOf(tokenId)) revert NotContributor(msg.sender, tokenId);
        if (proofType == bytes32(0)) revert InvalidInput("proofType");
        IProofVerifier verifier = proofVerifier[proofType];
        if (address(verifier) != address(0)) {
            bytes32 commit = zkCommitOf[tokenId];
            if (commit == bytes32(0)) revert InvalidProof(tokenId, proofType);
            (bool ok, uint16 threshold) = verifier.verifyProof(tokenId, commit, signature);
            if (!ok) revert InvalidProof(tokenId, proofType);
            if (threshold > MAX_SCORE) revert ThresholdOutOfRange(tokenId, threshold);
            if (threshold > _provenThreshold[tokenId]) {
                _provenThreshold[tokenId] = threshold;
                t.proven = true;
            }
        } else {
            bytes32 digest = _hashTypedDataV4(
                keccak256(abi.encode(PROOF_TYPEHASH, tokenId, proofType, keccak256(bytes(proofURI)), t.merkleRoot))
            );
            (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
            if (err != ECDSA.RecoverError.NoError || !hasRole(ATTESTER_ROLE, signer)) {
                revert InvalidProof(tokenId, proofType);
            }
        }
        _proofs[tokenId][proofType] = true;
        emit ProofAdded(tokenId, proofType, proofURI, signature);
    }

    /// @notice Who may attach proofs to a token: the current operator of the device that signed
    /// its contribution, or the owner of a token minted without a device.
    function contributorOf(uint256 tokenId) public view returns (address) {
        Token storage t = _token(tokenId);
        if (t.device == address(0)) return t.owner;
        (address operator,) = registry.deviceStatus(t.device);
        return operator;
    }

    /// @notice Whether a verified proof of the type was added to the token.
    function hasProof(uint256 tokenId, bytes32 proofType) external view returns (bool) {
        return _proofs[tokenId][proofType];
    }

    /// @notice The highest quality threshold a verified zero-knowledge proof established for the
    /// token (0 if none).
    function provenThreshold(uint256 tokenId) external view returns (uint16) {
        return _provenThreshold[tokenId];
    }

    // ---------------------------------------------------------------- metadata

    /// @notice ERC-721-style metadata: a data: URI with JSON (name, description, properties). The
    /// class's metadataURI is JSON-escaped, so no class metadata can forge other fields. Rendered
    /// by {renderer} (kept out of this contract's code size).
    function tokenURI(uint256 tokenId) public view returns (string memory) {
        Token storage t = _token(tokenId);
        return renderer.tokenURI(
            DATTokenView({
                tokenId: tokenId,
                classId: t.classId,
                status: t.status,
                value: t.value,
                shareRatio: t.shareRatio,
                score: t.score,
                expireAt: t.expireAt,
                device: t.device,
                epoch: t.epoch,
                h3Cell: t.h3Cell,
                recordCount: t.recordCount,
                merkleRoot: t.merkleRoot,
                cidDigest: t.cidDigest
            }),
            _classes[t.classId].metadataURI
        );
    }

    /// @notice ERC-1155 metadata URI (same JSON as {tokenURI}).
    function uri(uint256 tokenId) external view returns (string memory) {
        return tokenURI(tokenId);
    }

    /// @notice The package's CIDv1 (raw codec, sha2-256) as a base32 string ("b...").
    function cidOf(uint256 tokenId) public view returns (string memory) {
        return renderer.cidString(_token(tokenId).cidDigest);
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(AccessControlDefaultAdminRules)
        returns (bool)
    {
        return interfaceId == type(IERC8028).interfaceId || super.supportsInterface(interfaceId);
    }

    // ---------------------------------------------------------------- internals

    function _class(uint256 classId) private view returns (Class storage c) {
        c = _classes[classId];
        if (!c.exists) revert ClassNotFound(classId);
    }

    function _token(uint256 tokenId) private view returns (Token storage t) {
        t = _tokens[tokenId];
        if (t.owner == address(0)) revert TokenNotFound(tokenId);
    }

    function _assetIndex(uint256 classId, Class storage c, address asset) private view returns (uint256) {
        if (asset == address(0)) return 0;
        if (asset == c.erc20) return 1;
        revert UnsupportedAsset(classId, asset);
    }

    function _requireOwnerOrOperator(address owner, uint256 classId, uint256 tokenId) private view {
        if (msg.sender != owner && !_operators[owner][classId][msg.sender]) {
            revert NotOwnerOrOperator(msg.sender, tokenId);
        }
    }

    function _isExpired(Token storage t) private view returns (bool) {
        return t.expireAt != 0 && block.timestamp >= t.expireAt;
    }

    function _counting(Token storage t) private view returns (bool) {
        return t.shareRatio != 0 && t.exitRef == 0;
    }

    /// @dev Reverts for an expired token. Recording the expiry here would be undone by the revert,
    /// so that state change is left to {expire} and {claim}.
    function _requireLive(uint256 tokenId, Token storage t) private view {
        if (_isExpired(t)) revert TokenExpired(tokenId, t.expireAt);
    }

    /// @dev Starts counting a token's share: it is paid from the current snapshot on, and leaves
    /// totalShare with its expiry bucket. Due epochs and ended buckets are settled first, so the
    /// token joins a set that is current.
    function _join(uint256 classId, Token storage t, Class storage c, uint256 share) private {
        _sync(classId, c);
        uint32 now_ = c.snapshots;
        t.shareRatio = uint56(share);
        t.paidRefEth = now_;
        t.paidRefErc20 = now_;
        c.totalShare += share;
        uint256 e = t.expireAt;
        if (e != 0) {
            // The bucket ends after now (e > now), so it was not taken out yet: no end stamp.
            uint256 b = _bucketOf(e);
            _expiring[classId][b] += share;
            _expiringBits[classId][b >> 8] |= 1 << (b & 255);
        }
    }

    /// @dev Rounds a window's end up to an EXPIRY_GRANULARITY boundary, saturating at the last
    /// boundary that fits 32 bits (a window reaching past 2106 must not wrap into the past, and
    /// every window ends exactly where its bucket does).
    function _roundExpiry(uint256 end) private pure returns (uint32) {
        uint256 r = Math.ceilDiv(end, EXPIRY_GRANULARITY) * EXPIRY_GRANULARITY;
        return uint32(r > LAST_WINDOW_END ? LAST_WINDOW_END : r);
    }

    /// @dev The bucket of a window end (always a granularity boundary, see {_roundExpiry}).
    function _bucketOf(uint256 expireAt) private pure returns (uint256) {
        return expireAt / EXPIRY_GRANULARITY;
    }

    /// @dev 1 + the snapshot index at which the tokens whose window ends at expireAt stopped
    /// counting; 0 while their bucket was not taken out.
    function _stampOf(uint256 classId, uint256 expireAt) private view returns (uint32) {
        return uint32(_expiring[classId][_bucketOf(expireAt)] >> 224);
    }

    /// @dev Settles the due epochs, then takes every bucket that ended by now out of totalShare.
    function _sync(uint256 classId, Class storage c) private {
        _settleDueEpochs(classId, c);
        _expireDue(classId, c, block.timestamp);
    }

    /// @dev Takes the expiry buckets that ended by `until` out of totalShare, stamping each with the
    /// snapshot at which its tokens stopped counting. Scans the bitmap one word (256 buckets) at a
    /// time from the cursor, so idle time costs one read per 256 hours.
    function _expireDue(uint256 classId, Class storage c, uint256 until) private {
        uint256 last = until / EXPIRY_GRANULARITY; // bucket b ended iff b * granularity <= until
        uint256 b = c.expiryCursor;
        if (b > last) return;
        uint256 total = c.totalShare;
        uint256 stamp = uint256(c.snapshots + 1) << 224;
        mapping(uint256 => uint256) storage buckets = _expiring[classId];
        mapping(uint256 => uint256) storage bits = _expiringBits[classId];
        while (b <= last) {
            uint256 word = bits[b >> 8] >> (b & 255); // this word's buckets from b on
            while (word != 0) {
                uint256 low = word & (~word + 1); // lowest set bit
                uint256 k = b + Math.log2(low);
                if (k > last) break; // not ended yet
                uint256 share = buckets[k];
                buckets[k] = share | stamp;
                total -= share;
                emit SharesExpired(classId, uint64(k * EXPIRY_GRANULARITY), share);
                word ^= low;
            }
            b = (b | 255) + 1; // the next word's first bucket
        }
        c.totalShare = total;
        c.expiryCursor = uint32(last + 1);
    }

    /// @dev Records the end of a counting token whose window passed: its bucket's stamp (taking the
    /// ended buckets out first if no settlement did yet).
    function _observeExpiry(Token storage t, uint256 tokenId) private {
        if (_counting(t) && _isExpired(t)) {
            uint256 classId = t.classId;
            _sync(classId, _classes[classId]);
            t.exitRef = _stampOf(classId, t.expireAt);
            emit Expired(tokenId);
        }
    }

    function _pending(Token storage t, Class storage c, uint256 i) private view returns (uint256) {
        uint256 share = t.shareRatio;
        if (share == 0) return 0;
        uint256 endRef = c.snapshots;
        uint256 exitRef = t.exitRef;
        if (exitRef == 0 && _isExpired(t)) exitRef = _stampOf(t.classId, t.expireAt);
        if (exitRef != 0) endRef = exitRef - 1; // else the bucket was not taken out: nothing settled since
        return _earned(t.classId, share, i == 0 ? t.paidRefEth : t.paidRefErc20, endRef, i);
    }

    /// @dev What `share` earned in asset i between snapshots paidRef and endRef, rounded down.
    function _earned(uint256 classId, uint256 share, uint256 paidRef, uint256 endRef, uint256 i)
        private
        view
        returns (uint256)
    {
        if (paidRef >= endRef) return 0;
        mapping(uint256 => uint256[2]) storage snaps = _snaps[classId];
        return share * (snaps[endRef][i] - snaps[paidRef][i]) / SCALE;
    }

    /// @dev Observes expiry, computes what the token earned since it was last paid in asset i and
    /// marks it paid: this is the hot path of claims.
    function _takePending(Token storage t, Class storage c, uint256 tokenId, uint256 i) private returns (uint256 amount) {
        uint256 share = t.shareRatio;
        if (share == 0) return 0; // never counted: nothing earned, nothing to record
        _observeExpiry(t, tokenId); // may settle due epochs the token earns from
        uint32 exitRef = t.exitRef;
        uint32 endRef = exitRef != 0 ? exitRef - 1 : c.snapshots;
        uint32 paidRef = i == 0 ? t.paidRefEth : t.paidRefErc20;
        if (paidRef >= endRef) return 0;
        amount = _earned(t.classId, share, paidRef, endRef, i);
        if (i == 0) t.paidRefEth = endRef;
        else t.paidRefErc20 = endRef;
    }

    /// @dev Settles the emission of the class's ended, unsettled epochs over the tokens that counted
    /// at the end of the first of them: the buckets that ended by then are taken out first, and no
    /// token joined since (every join settles the due epochs before it). A late settlement of one
    /// epoch pays what an on-time one would have. One settlement for all due epochs, so its cost
    /// does not grow with their number; when several are due at once, a token whose window ended
    /// within them is paid for all of them (anyone settling each epoch in time prevents it). Never
    /// reverts for want of share or snapshots: the source then forfeits the epochs.
    function _settleDueEpochs(uint256 classId, Class storage c) private {
        IEpochEmission source = c.epochEmission;
        uint256 due = c.epochDueAt;
        if (address(source) == address(0) || block.timestamp < due) return;
        // A source just wired (due 0) releases every epoch since its genesis: take out every ended
        // window, so that none is paid for an epoch it may not have counted at the end of.
        _expireDue(classId, c, due == 0 ? block.timestamp : due);
        (uint256 amount, uint64 dueAt) = source.release(c.totalShare != 0 && c.snapshots < MAX_SNAPSHOTS);
        c.epochDueAt = dueAt;
        if (amount != 0) {
            _settle(classId, c, 1, amount);
            emit RevenueSettled(classId, c.erc20, amount);
        }
    }

    function _settle(uint256 classId, Class storage c, uint256 i, uint256 amount) private {
        uint256 total = c.totalShare;
        if (total == 0) revert NoShareInClass(classId);
        uint256 scaled = amount * SCALE + (i == 0 ? c.remainderEth : c.remainderErc20);
        uint256 delta = scaled / total;
        uint256 rest = scaled % total;
        if (i == 0) c.remainderEth = rest;
        else c.remainderErc20 = rest;
        uint256 idx = c.snapshots;
        if (idx >= MAX_SNAPSHOTS) revert SnapshotLimit(classId, MAX_SNAPSHOTS);
        uint256[2] storage prev = _snaps[classId][idx];
        uint256[2] storage next = _snaps[classId][idx + 1];
        uint256 other = 1 - i;
        next[i] = prev[i] + delta;
        next[other] = prev[other];
        c.snapshots = uint32(idx + 1); // at most MAX_SNAPSHOTS, checked above
    }

    function _pay(address asset, address payable to, uint256 amount) private {
        if (asset == address(0)) {
            (bool ok,) = to.call{value: amount}("");
            if (!ok) revert TransferFailed(to, amount);
        } else {
            IERC20(asset).safeTransfer(to, amount);
        }
    }
}

/// @notice The fields of a token that its metadata shows.
struct DATTokenView {
    uint256 tokenId;
    uint256 classId;
    Status status;
    uint256 value;
    uint256 shareRatio;
    uint256 score;
    uint256 expireAt;
    address device;
    uint256 epoch;
    uint64 h3Cell;
    uint256 recordCount;
    bytes32 merkleRoot;
    bytes32 cidDigest;
}

/// @title DATMetadataRenderer
/// @notice Renders DataAnchoringToken metadata (JSON data: URIs and CIDs). Stateless and pure; the
/// DataAnchoringToken deploys its own in its constructor, which keeps its code within the size
/// limit.
contract DATMetadataRenderer {
    /// @notice The token's metadata: a data: URI with JSON (name, description, properties); the
    /// class's metadataURI is JSON-escaped, so no class metadata can forge other fields.
    function tokenURI(DATTokenView calldata t, string calldata classURI) external pure returns (string memory) {
        bytes memory json = abi.encodePacked(
            '{"name":"DAT #',
            Strings.toString(t.tokenId),
            '","description":"datpin Data Anchoring Token: a quality-scored contribution to a decentralized wireless network.","external_url":"',
            Strings.escapeJSON(classURI),
            '","properties":{"class":',
            Strings.toString(t.classId),
            ',"status":"',
            _statusName(t.status),
            '","value":',
            Strings.toString(t.value),
            ',"shareRatio":',
            Strings.toString(t.shareRatio)
        );
        json = abi.encodePacked(
            json,
            ',"score":',
            Strings.toString(t.score),
            ',"expireAt":',
            Strings.toString(t.expireAt),
            ',"device":"',
            Strings.toHexString(t.device),
            '","epoch":',
            Strings.toString(t.epoch),
            ',"h3Cell":"',
            _h3Hex(t.h3Cell),
            '","recordCount":',
            Strings.toString(t.recordCount)
        );
        if (t.merkleRoot != bytes32(0)) {
            json = abi.encodePacked(
                json,
                ',"merkleRoot":"',
                Strings.toHexString(uint256(t.merkleRoot), 32),
                '","cid":"',
                cidString(t.cidDigest),
                '"'
            );
        }
        json = abi.encodePacked(json, "}}");
        return string.concat("data:application/json;base64,", Base64.encode(json));
    }

    function _statusName(Status s) private pure returns (string memory) {
        if (s == Status.Pending) return "pending";
        if (s == Status.Finalized) return "finalized";
        if (s == Status.Rejected) return "rejected";
        return "none";
    }

    function _h3Hex(uint64 cell) private pure returns (bytes memory out) {
        bytes16 digits = "0123456789abcdef";
        out = new bytes(15);
        for (uint256 i = 15; i > 0; --i) {
            out[i - 1] = digits[cell & 0xf];
            cell >>= 4;
        }
    }

    /// @notice The CIDv1 (raw codec, sha2-256) of a digest: "b" + RFC 4648 base32 (lower case, no
    /// padding) of 0x01 0x55 0x12 0x20 || digest; "" for a zero digest.
    function cidString(bytes32 digest) public pure returns (string memory) {
        if (digest == bytes32(0)) return "";
        bytes memory raw = abi.encodePacked(bytes4(0x01551220), digest);
        bytes32 alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        bytes memory out = new bytes(1 + (raw.length * 8 + 4) / 5);
        out[0] = "b";
        uint256 buffer;
        uint256 bits;
        uint256 o = 1;
        for (uint256 i; i < raw.length; ++i) {
            buffer = (buffer << 8) | uint8(raw[i]);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out[o++] = alphabet[(buffer >> bits) & 31];
            }
        }
        if (bits > 0) out[o++] = alphabet[(buffer << (5 - bits)) & 31];
        return string(out);
    }
}
