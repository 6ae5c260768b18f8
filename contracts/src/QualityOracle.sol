// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AccessControlDefaultAdminRules} from
    "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {Status, IDatpinErrors, IDatpinEvaluable, VerdictWord} from "./IDatpin.sol";

/// @title QualityOracle
/// @notice Decentralized evaluation of anchored contributions. Staked validators re-score every
/// token anchored in a round and submit their scores by commit and reveal; after the reveal window
/// anyone may finalize a token that has a quorum of reveals: the stake-weighted median becomes its
/// agreed score, below the trust threshold it is rejected, validators far from it lose reputation
/// and a slice of stake, and validators that committed and did not reveal are penalized.
///
/// @dev Rounds: round r covers tokens anchored in [genesis + r*L, genesis + (r+1)*L). Its commit
/// window opens when the round ends and lasts `commitWindow`; the reveal window follows for
/// `revealWindow`; finalization is open after that.
///
/// Commit and reveal. A commitment is keccak256(abi.encode(chainid, oracle, round, validator,
/// startTokenId, scores, salt)): it binds the chain, this contract, the round, the validator and
/// every token id (the scores are for the consecutive ids from startTokenId). A validator holds
/// exactly one commitment per round: committing again replaces it, and only while the commit
/// window is open; a reveal opens that one commitment, once. So a validator cannot keep several
/// score vectors and, after seeing the honest reveals, open the one that moves the median, and a
/// token gets at most one score per validator.
///
/// Weights. The agreed score is the stake-weighted median of the reveals. A validator's weight in
/// a round is its stake when it first committed to the round: stake added later does not count
/// there. A coalition holding less than half of the revealed weight therefore cannot move the
/// agreed score outside the range of the honest reveals (tolerance rule: when the honest
/// validators' scores lie within 5 % of each other, a coalition with less than 1/3 of the stake
/// moves the agreed score by at most 5 %), however many heads it has.
///
/// Admission. The set holds MAX_VALIDATORS validators; when it is full, a newcomer whose stake is
/// larger than the smallest listed stake displaces that validator, whose stake becomes withdrawable
/// under the same exit lock as a voluntary exit (and whose pending reveals still count). Stake,
/// not arrival order, decides admission: minimum-stake squatters cannot keep a larger-staked
/// validator out, and taking the set over costs more stake than every honest validator holds.
/// A validator may commit only to rounds whose commit window opened after it registered, and only
/// while active: the committers of a round are among the validators listed when its commit window
/// opened, so registering, displacing and exiting during the window (churn) adds no committer and
/// cannot use up the round's MAX_COMMITTERS slots; a listed validator can always commit.
/// Open admission by stake was chosen over curated admission through governance because the
/// oracle's security argument is already stated in stake (the weighted median), and it adds no
/// trusted party that could censor validators.
///
/// Withholding. A validator that commits to a round and does not reveal in its reveal window is
/// penalized once for the round (by the first finalize of one of the round's tokens, by withdraw,
/// or by anyone through chargeWithholding) max(faultsPerWithhold, T) × slashPerFault, where T is
/// the number of tokens anchored in the round. A reveal costs at most slashPerFault per token it
/// scores, and a commitment can cover no token outside its round, so withholding always costs at
/// least the worst a reveal of the same commitment could have cost: keeping outlying scores
/// closed once the honest reveals are seen is never the cheaper way out. T is read from the
/// token contract (ids follow anchoring time) once the round's reveal window has closed, when
/// nobody can anchor into the round any more, so it cannot be moved by the withholder. A validator's stake stays locked
/// until the last round it committed to is `disputeWindow` past its reveal window, and at least
/// `exitDelay` after it asked to leave.
///
/// Zero-knowledge proofs. A proven threshold attached to a token never changes the agreed score:
/// it is an attestation, and finalize reports in {ProofChecked} whether the agreed score reaches it
/// (the token is then "ZK-attested"). A threshold out of the score range is reported as not
/// attested.
///
/// Finalization is isolated per token: a token that cannot be finalized (unknown, not pending,
/// repeated in the batch, its reveal window still open) is skipped with a {FinalizeSkipped} event
/// naming it and why, and the others are finalized.
///
/// Administration: the admin (DEFAULT_ADMIN_ROLE, transferred in two steps with ADMIN_DELAY, meant
/// to be a timelock) sets the parameters, each bounded, registers the scoring rules, and sweeps
/// slashed stake.
///
/// Scoring rules. The admin registers the content hash of the rule set validators score with
/// (setRules); it applies from the round in which it is registered, so the rules of a round are
/// fixed before its commit window opens and every change stays in the history (rulesOf,
/// rulesHistory, {RulesSet}). Validators refuse to submit scores for a round whose registered
/// hash is not that of the rules they run.
///
/// Revealed scores are stored 16 to a word (score + 1, 0 = none), keyed by validator and token.
contract QualityOracle is IDatpinErrors, AccessControlDefaultAdminRules, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    uint16 public constant ABSTAIN = type(uint16).max;
    uint256 public constant MAX_VALIDATORS = 32;
    /// @notice The most validators that may commit to one round, which bounds the cost of
    /// finalizing its tokens. Only validators registered before a round's commit window opened
    /// and still active may commit to it, so a round's committers are among the at most
    /// MAX_VALIDATORS listed when its commit window opened, and the cap is never reached: no
    /// churn of registrations and displacements can use up the slots of the listed validators.
    uint256 public constant MAX_COMMITTERS = 64;
    /// @notice The delay of a default admin transfer (AccessControlDefaultAdminRules).
    uint48 public constant ADMIN_DELAY = 2 days;
    /// @notice The largest value of any of the time parameters.
    uint256 public constant MAX_DELAY = 90 days;
    /// @notice The largest faultsPerWithhold.
    uint256 public constant MAX_FAULTS_PER_WITHHOLD = 1000;
    uint256 private constant MAX_SCORE = 10_000;
    bytes32 public constant NO_QUORUM = "no-quorum";
    bytes32 public constant BELOW_THRESHOLD = "below-threshold";
    /// @notice {FinalizeSkipped} reasons.
    bytes32 public constant SKIP_NOT_FOUND = "not-found";
    bytes32 public constant SKIP_NOT_PENDING = "not-pending";
    bytes32 public constant SKIP_DUPLICATE = "duplicate";
    bytes32 public constant SKIP_REVEAL_OPEN = "reveal-open";
    // Sentinels of a round's commitment slot after its reveal or its withholding penalty.
    bytes32 private constant REVEALED = bytes32(uint256(1));
    bytes32 private constant WITHHELD = bytes32(uint256(2));

    struct Params {
        uint8 quorum; // reveals needed to finalize
        uint16 threshold; // agreed score below this is rejected (basis points)
        uint16 tolerance; // |score - agreed score| above this is a fault (basis points)
        uint32 exitDelay; // seconds between requestExit (or displacement) and withdraw
        uint32 staleAfter; // seconds after the reveal window after which a token short of quorum is rejected
        uint32 disputeWindow; // seconds after a committed round's reveal window during which the stake stays locked
        uint16 faultsPerWithhold; // a round committed to and not revealed costs at least this many times slashPerFault (and one per token of the round)
        uint256 minStake;
        uint256 slashPerFault; // per token scored more than tolerance from the agreed score
    }

    struct Validator {
        uint96 stake;
        bool active;
        bool listed;
        uint64 exitAt;
        uint32 lastCommitted; // 1 + the last round it committed to (0: none); its stake is locked until that round's dispute window ends
        uint48 joinedAt; // when it registered: it may commit only to rounds whose commit window opened later
        uint32 agreements;
        uint32 faults;
        uint32 withheld; // rounds committed to and not revealed
    }

    /// @notice A validator that committed to a round, with its weight there (its stake when it
    /// first committed to the round).
    struct Committer {
        address validator;
        uint96 weight;
    }

    IDatpinEvaluable public immutable dat;
    IERC20 public immutable stakeToken;
    uint64 public immutable genesis;
    uint32 public immutable roundLength;
    uint32 public immutable commitWindow;
    uint32 public immutable revealWindow;

    Params public params;
    uint256 public slashedPool;
    address[] private _validatorList;
    mapping(address validator => Validator) private _validators;
    // The one commitment of a validator in a round; REVEALED once revealed, WITHHELD once penalized.
    mapping(uint256 round => mapping(address validator => bytes32 commitment)) private _commitments;
    mapping(uint256 round => Committer[]) private _committers;
    mapping(address validator => mapping(uint256 word => uint256 lanes)) private _revealed;
    // 1 + the number of tokens anchored in a round (0: not counted yet), counted at its first
    // withholding penalty.
    mapping(uint256 round => uint256 tokensPlusOne) private _roundTokens;

    /// @notice A version of the scoring rules: their content hash, in force from `fromRound` on.
    struct RulesVersion {
        uint64 fromRound;
        bytes32 rulesHash;
    }

    // The versions of the scoring rules, by fromRound ascending.
    RulesVersion[] private _rules;

    /// @notice A parameter is outside [min, max].
    error ParamOutOfRange(string name, uint256 value, uint256 min, uint256 max);
    /// @notice The validator already revealed its commitment of the round.
    error AlreadyRevealed(uint256 round, address validator);
    /// @notice The validator has no unrevealed commitment in a round whose reveal window closed.
    error NotWithheld(uint256 round, address validator);

    /// @notice Emitted when a validator registers with stake.
    event ValidatorRegistered(address indexed validator, uint256 stake);
    /// @notice Emitted when a newcomer with more stake displaces the smallest validator of a full set.
    event ValidatorDisplaced(address indexed validator, address indexed by, uint256 stake, uint256 availableAt);
    /// @notice Emitted when a validator adds stake.
    event StakeAdded(address indexed validator, uint256 amount, uint256 stake);
    /// @notice Emitted when a validator asks to leave; it may withdraw at `availableAt` at the earliest.
    event ExitRequested(address indexed validator, uint256 availableAt);
    /// @notice Emitted when a validator withdraws its stake and leaves.
    event Withdrawn(address indexed validator, uint256 amount);
    /// @notice Emitted for each commitment, a replacement included.
    event Committed(uint256 indexed round, address indexed validator, bytes32 commitment);
    /// @notice Emitted when a commitment replaces the validator's previous one in the commit window.
    event CommitmentReplaced(uint256 indexed round, address indexed validator, bytes32 previous);
    /// @notice Emitted for each reveal, with the scores: big-endian uint16 each, ABSTAIN = no score.
    event Revealed(uint256 indexed round, address indexed validator, uint256 startTokenId, bytes scores);
    /// @notice Emitted when a validator that committed to a round did not reveal in its window.
    event WithholdingPenalized(uint256 indexed round, address indexed validator, uint256 slashed);
    /// @notice Emitted when a token cannot be finalized yet for want of reveals.
    event QuorumPending(uint256 indexed tokenId, uint8 reveals);
    /// @notice Emitted when finalize leaves a token aside, with why (SKIP_*).
    event FinalizeSkipped(uint256 indexed tokenId, bytes32 reason);
    /// @notice Emitted at finalization for a token with a proven threshold: attested when the
    /// threshold is within the score range and the agreed score reaches it.
    event ProofChecked(uint256 indexed tokenId, uint256 threshold, bool attested);
    /// @notice Emitted per validator after a finalization that counted its scores.
    event ValidatorScored(address indexed validator, uint32 agreements, uint32 faults, uint256 slashed);
    /// @notice Emitted when parameters change.
    event ParamsUpdated(Params params);
    /// @notice Emitted when slashed stake is swept to `to`.
    event SlashedSwept(address indexed to, uint256 amount);
    /// @notice Emitted when the scoring rules of the rounds from `fromRound` on are registered.
    event RulesSet(uint256 indexed fromRound, bytes32 rulesHash);

    constructor(
        address admin,
        IDatpinEvaluable dat_,
        IERC20 stakeToken_,
        uint64 genesis_,
        uint32 roundLength_,
        uint32 commitWindow_,
        uint32 revealWindow_,
        Params memory params_
    ) AccessControlDefaultAdminRules(ADMIN_DELAY, admin) {
        if (address(dat_) == address(0) || address(stakeToken_) == address(0)) revert InvalidInput("zero address");
        if (roundLength_ == 0 || commitWindow_ == 0 || revealWindow_ == 0) revert InvalidInput("windows");
        dat = dat_;
        stakeToken = stakeToken_;
        genesis = genesis_;
        roundLength = roundLength_;
        commitWindow = commitWindow_;
        revealWindow = revealWindow_;
        _setParams(params_);
    }

    // ---------------------------------------------------------------- rounds

    /// @notice The round of a timestamp (anchoring time).
    function roundAt(uint256 timestamp) public view returns (uint256) {
        if (timestamp < genesis) return 0;
        return (timestamp - genesis) / roundLength;
    }

    /// @notice The current round.
    function currentRound() external view returns (uint256) {
        return roundAt(block.timestamp);
    }

    /// @notice When a round's commit window opens, its reveal window opens, and the reveal window closes.
    function windows(uint256 round) public view returns (uint256 commitOpens, uint256 revealOpens, uint256 revealCloses) {
        commitOpens = uint256(genesis) + (round + 1) * roundLength;
        revealOpens = commitOpens + commitWindow;
        revealCloses = revealOpens + revealWindow;
    }

    // ---------------------------------------------------------------- validators

    /// @notice Registers the caller as a validator with `amount` of stake. When the set is full,
    /// the listed validator with the smallest stake is displaced if the caller's stake is larger.
    /// @dev Requirements: no record (a displaced or exiting validator withdraws first); received
    /// stake >= minStake and < 2^96; a free slot or a smaller validator to displace. Emits a
    /// {ValidatorRegistered} event (and {ValidatorDisplaced}).
    function register(uint256 amount) external nonReentrant {
        Validator storage v = _validators[msg.sender];
        if (v.listed || v.stake != 0 || v.exitAt != 0) revert AlreadyValidator(msg.sender);
        uint256 received = _pull(amount);
        if (received < params.minStake) revert InsufficientStake(received, params.minStake);
        uint96 stake = received.toUint96();
        if (_validatorList.length >= MAX_VALIDATORS) _displaceSmallest(stake);
        v.stake = stake;
        v.active = true;
        v.listed = true;
        v.joinedAt = block.timestamp.toUint48();
        _validatorList.push(msg.sender);
        emit ValidatorRegistered(msg.sender, received);
    }

    /// @notice Adds stake. It weighs in the rounds the caller commits to from now on.
    /// @dev Requirements: caller is a listed validator; the stake stays < 2^96. Emits a
    /// {StakeAdded} event.
    function addStake(uint256 amount) external nonReentrant {
        Validator storage v = _validators[msg.sender];
        if (!v.listed) revert NotValidator(msg.sender);
        uint256 received = _pull(amount);
        v.stake = (uint256(v.stake) + received).toUint96();
        emit StakeAdded(msg.sender, received, v.stake);
    }

    /// @notice Stops the caller from committing; its stake can be withdrawn after exitDelay and
    /// after its exit lock (see exitAvailableAt), and stays slashable until then.
    /// @dev Requirements: caller is an active validator. Emits an {ExitRequested} event.
    function requestExit() external {
        Validator storage v = _validators[msg.sender];
        if (!v.active) revert NotValidator(msg.sender);
        v.active = false;
        v.exitAt = (block.timestamp + params.exitDelay).toUint64();
        emit ExitRequested(msg.sender, exitAvailableAt(msg.sender));
    }

    /// @notice When a validator that left (or was displaced) may withdraw: exitDelay after it left,
    /// and disputeWindow after the reveal window of the last round it committed to.
    function exitAvailableAt(address validator) public view returns (uint256 availableAt) {
        Validator storage v = _validators[validator];
        availableAt = v.exitAt;
        if (v.lastCommitted != 0) {
            (,, uint256 closes) = windows(v.lastCommitted - 1);
            uint256 lockEnds = closes + params.disputeWindow;
            if (lockEnds > availableAt) availableAt = lockEnds;
        }
    }

    /// @notice Withdraws the caller's whole stake once exitAvailableAt has passed, and leaves the set.
    /// @dev A withholding in the last round it committed to is penalized first. The stored stake is
    /// zeroed and the validator removed before the transfer, so a second call has nothing to
    /// withdraw. Emits a {Withdrawn} event.
    function withdraw() external nonReentrant {
        Validator storage v = _validators[msg.sender];
        if (v.active || v.exitAt == 0) revert NothingToWithdraw(msg.sender);
        uint256 availableAt = exitAvailableAt(msg.sender);
        if (block.timestamp < availableAt) revert ExitPending(msg.sender, availableAt);
        if (v.lastCommitted != 0) {
            uint256 last = v.lastCommitted - 1;
            if (_isOpenCommitment(_commitments[last][msg.sender])) _chargeWithholding(last, msg.sender);
        }
        uint256 amount = v.stake;
        bool listed = v.listed;
        delete _validators[msg.sender];
        if (listed) _unlist(msg.sender);
        emit Withdrawn(msg.sender, amount);
        if (amount != 0) stakeToken.safeTransfer(msg.sender, amount);
    }

    /// @notice A validator's record.
    function validatorOf(address validator) external view returns (Validator memory) {
        return _validators[validator];
    }

    /// @notice The listed validators (active and exiting).
    function validators() external view returns (address[] memory) {
        return _validatorList;
    }

    // ---------------------------------------------------------------- commit and reveal

    /// @notice Commits to a batch of scores for tokens of `round`, replacing the caller's previous
    /// commitment of the round if any.
    /// @dev Requirements: active validator with at least minStake, registered before the commit
    /// window of `round` opened (else NotValidator: see mayCommit); commit window of `round` open;
    /// not the commitment already held; fewer than MAX_COMMITTERS committers in the round. The
    /// weight is taken at the first commitment of the round. Emits a {Committed} event (and
    /// {CommitmentReplaced}).
    function commit(uint256 round, bytes32 commitment) external {
        Validator storage v = _validators[msg.sender];
        (uint256 opens, uint256 closes,) = windows(round);
        if (!v.active || v.joinedAt >= opens) revert NotValidator(msg.sender);
        if (v.stake < params.minStake) revert InsufficientStake(v.stake, params.minStake);
        if (!_isOpenCommitment(commitment)) revert InvalidInput("commitment");
        if (block.timestamp < opens || block.timestamp >= closes) {
            revert OutsideWindow(round, block.timestamp, opens, closes);
        }
        bytes32 previous = _commitments[round][msg.sender];
        if (previous == commitment) revert AlreadyCommitted(round, msg.sender);
        _commitments[round][msg.sender] = commitment;
        if (previous == bytes32(0)) {
            Committer[] storage cs = _committers[round];
            if (cs.length >= MAX_COMMITTERS) revert TooManyValidators(MAX_COMMITTERS);
            cs.push(Committer(msg.sender, v.stake));
            uint32 next = (round + 1).toUint32();
            if (next > v.lastCommitted) v.lastCommitted = next;
        } else {
            emit CommitmentReplaced(round, msg.sender, previous);
        }
        emit Committed(round, msg.sender, commitment);
    }

    /// @notice Whether `validator` may commit to `round` (window aside): it is active and registered
    /// before the round's commit window opened. A validator that registers while a commit window
    /// is open (a displacer included) starts with the next round.
    function mayCommit(uint256 round, address validator) external view returns (bool) {
        Validator storage v = _validators[validator];
        (uint256 opens,,) = windows(round);
        return v.active && v.joinedAt < opens;
    }

    /// @notice Whether `commitment` is the validator's current, unrevealed commitment of `round`.
    function committed(uint256 round, address validator, bytes32 commitment) external view returns (bool) {
        return _isOpenCommitment(commitment) && _commitments[round][validator] == commitment;
    }

    /// @notice A validator's commitment of a round (zero if none or once revealed or penalized),
    /// and whether it was revealed or penalized for withholding.
    function commitmentState(uint256 round, address validator)
        external
        view
        returns (bytes32 commitment, bool revealed, bool withheld)
    {
        bytes32 c = _commitments[round][validator];
        if (c == REVEALED) return (bytes32(0), true, false);
        if (c == WITHHELD) return (bytes32(0), false, true);
        return (c, false, false);
    }

    /// @notice The validators that committed to a round, with their weights.
    function committersOf(uint256 round) external view returns (Committer[] memory) {
        return _committers[round];
    }

    /// @notice The commitment a validator makes for a batch (for off-chain use and tests). `scores`
    /// holds one big-endian uint16 per token, ABSTAIN for none: two bytes a token keep reveals cheap.
    function commitmentOf(uint256 round, address validator, uint256 startTokenId, bytes calldata scores, bytes32 salt)
        public
        view
        returns (bytes32)
    {
        return keccak256(abi.encode(block.chainid, address(this), round, validator, startTokenId, scores, salt));
    }

    /// @notice Reveals the scores of the caller's commitment of `round` for tokens startTokenId ..
    /// startTokenId+n-1, where n = scores.length / 2.
    /// @dev Requirements: reveal window of `round` open; the caller's one commitment of the round
    /// matches (no commitment or another one: CommitmentMismatch; already revealed:
    /// AlreadyRevealed); every token anchored in `round`; each score <= 10000 or ABSTAIN. Emits a
    /// {Revealed} event.
    function reveal(uint256 round, uint256 startTokenId, bytes calldata scores, bytes32 salt) external {
        (, uint256 opens, uint256 closes) = windows(round);
        if (block.timestamp < opens || block.timestamp >= closes) {
            revert OutsideWindow(round, block.timestamp, opens, closes);
        }
        bytes32 held = _commitments[round][msg.sender];
        if (held == REVEALED) revert AlreadyRevealed(round, msg.sender);
        if (held != commitmentOf(round, msg.sender, startTokenId, scores, salt) || !_isOpenCommitment(held)) {
            revert CommitmentMismatch(round, msg.sender);
        }
        _commitments[round][msg.sender] = REVEALED;
        uint256 n = scores.length / 2;
        if (n == 0 || scores.length % 2 != 0 || startTokenId == 0) revert InvalidInput("range");
        // Token ids are assigned in anchoring order, so checking both ends bounds the whole range.
        _requireRound(startTokenId, round);
        if (n > 1) _requireRound(startTokenId + n - 1, round);

        mapping(uint256 => uint256) storage lanes = _revealed[msg.sender];
        uint256 word = startTokenId >> 4;
        uint256 acc = lanes[word];
        for (uint256 i; i < n; ++i) {
            uint256 id = startTokenId + i;
            if (id >> 4 != word) {
                lanes[word] = acc;
                word = id >> 4;
                acc = lanes[word];
            }
            uint256 s;
            assembly ("memory-safe") {
                // i < scores.length / 2, so the two bytes at 2i lie inside the calldata array.
                s := shr(240, calldataload(add(scores.offset, mul(2, i))))
            }
            if (s == ABSTAIN) continue;
            if (s > MAX_SCORE) revert InvalidInput("score");
            uint256 shift = (id & 15) * 16;
            if ((acc >> shift) & 0xffff != 0) revert InvalidInput("token scored twice");
            acc |= (s + 1) << shift;
        }
        lanes[word] = acc;
        emit Revealed(round, msg.sender, startTokenId, scores);
    }

    /// @notice The score a validator revealed for a token (ABSTAIN if none).
    function revealedScore(address validator, uint256 tokenId) public view returns (uint16) {
        uint256 lane = (_revealed[validator][tokenId >> 4] >> ((tokenId & 15) * 16)) & 0xffff;
        return lane == 0 ? ABSTAIN : uint16(lane - 1);
    }

    /// @notice Penalizes a validator that committed to `round` and did not reveal in its window
    /// (finalize and withdraw do it too). Anyone may call it.
    /// @dev Requirements: the round's reveal window closed; an unrevealed, unpenalized commitment.
    /// Emits a {WithholdingPenalized} event.
    function chargeWithholding(uint256 round, address validator) external nonReentrant {
        (,, uint256 closes) = windows(round);
        if (block.timestamp < closes) revert OutsideWindow(round, block.timestamp, closes, type(uint256).max);
        if (!_isOpenCommitment(_commitments[round][validator])) revert NotWithheld(round, validator);
        _chargeWithholding(round, validator);
    }

    // ---------------------------------------------------------------- finalization

    // A round's committers while finalizing: who, weight, per-validator tallies and the revealed
    // word of the current run of 16 token ids.
    struct RoundView {
        uint256 round;
        uint256 closes;
        address[] who;
        uint256[] weight;
        uint32[] agree;
        uint32[] fault;
        uint256[] lane;
        uint256 laneWord;
    }

    /// @notice Finalizes or rejects pending tokens whose round's reveal window has closed.
    /// @dev No token makes the call revert: unknown ids, tokens not pending, ids repeated in the
    /// batch and tokens whose reveal window is open are skipped ({FinalizeSkipped}); tokens short
    /// of quorum are skipped ({QuorumPending}) until `staleAfter` has passed, then rejected with
    /// reason NO_QUORUM. The agreed score is the stake-weighted median of the reveals (weights from
    /// the round's commitments; at an exact half the mean of the two middle scores); below the
    /// threshold the token is rejected. Validators more than `tolerance` from it get a fault and
    /// lose slashPerFault of stake ({ValidatorScored}); committers of the round that did not reveal
    /// are penalized once ({WithholdingPenalized}). A proven threshold never changes the score
    /// ({ProofChecked}). The decision is in the token's Finalized or Rejected event.
    function finalize(uint256[] calldata tokenIds) external nonReentrant {
        Params memory p = params;
        (uint256[] memory ids, uint256[] memory info) = _evaluationWords(tokenIds);
        uint256[] memory verdicts = new uint256[](ids.length);
        uint256 nVerdicts;
        uint16[] memory scores = new uint16[](MAX_COMMITTERS);
        uint256[] memory order = new uint256[](MAX_COMMITTERS);
        RoundView memory rv;
        rv.round = type(uint256).max;
        uint256 maxId;

        for (uint256 k; k < ids.length; ++k) {
            uint256 id = ids[k];
            uint256 w = info[k];
            if (uint8(w) != uint8(Status.Pending)) {
                emit FinalizeSkipped(id, SKIP_NOT_PENDING);
                continue;
            }
            if (id <= maxId && _repeated(ids, k)) {
                emit FinalizeSkipped(id, SKIP_DUPLICATE);
                continue;
            }
            if (id > maxId) maxId = id;
            uint256 round = roundAt(uint32(w >> 8));
            if (round != rv.round) {
                if (rv.round != type(uint256).max) _settleValidators(rv, p);
                _loadRound(rv, round);
            }
            if (block.timestamp < rv.closes) {
                emit FinalizeSkipped(id, SKIP_REVEAL_OPEN);
                continue;
            }
            (uint256 n, uint256 total) = _collect(rv, id, scores, order);
            if (n < p.quorum || total == 0) {
                if (block.timestamp >= rv.closes + p.staleAfter) {
                    verdicts[nVerdicts++] = VerdictWord.pack(id, 0, false, VerdictWord.NO_QUORUM, 0, 0);
                } else {
                    emit QuorumPending(id, uint8(n));
                }
                continue;
            }
            uint256 agreed = _weightedMedian(scores, order, n, rv.weight, total);
            for (uint256 j; j < n; ++j) {
                uint256 s = scores[j];
                uint256 d = s > agreed ? s - agreed : agreed - s;
                if (d > p.tolerance) ++rv.fault[order[j]];
                else ++rv.agree[order[j]];
            }
            uint256 proven = w >> 72;
            if (proven != 0) emit ProofChecked(id, proven, proven <= MAX_SCORE && proven <= agreed);
            if (agreed >= p.threshold) {
                uint256 share = uint256(uint32(w >> 40)) * agreed;
                verdicts[nVerdicts++] =
                    VerdictWord.pack(id, agreed, true, 0, (share + MAX_SCORE - 1) / MAX_SCORE, share);
            } else {
                verdicts[nVerdicts++] = VerdictWord.pack(id, agreed, false, VerdictWord.BELOW_THRESHOLD, 0, 0);
            }
        }
        if (rv.round != type(uint256).max) _settleValidators(rv, p);

        // Effects on validators first, then the single call into the token contract. Every
        // verdict is for a distinct pending token with a score in range, so it cannot revert.
        if (nVerdicts != 0) {
            assembly ("memory-safe") {
                mstore(verdicts, nVerdicts) // shrink to the verdicts actually made
            }
            dat.settleEvaluations(verdicts);
        }
    }

    // The ids that exist (others skipped with SKIP_NOT_FOUND) and their evaluation words.
    function _evaluationWords(uint256[] calldata tokenIds)
        private
        returns (uint256[] memory ids, uint256[] memory words)
    {
        uint256 count = dat.tokenCount();
        uint256 bad;
        for (uint256 k; k < tokenIds.length; ++k) {
            uint256 id = tokenIds[k];
            if (id == 0 || id > count) ++bad;
        }
        ids = tokenIds;
        if (bad != 0) {
            ids = new uint256[](tokenIds.length - bad);
            uint256 m;
            for (uint256 k; k < tokenIds.length; ++k) {
                uint256 id = tokenIds[k];
                if (id == 0 || id > count) emit FinalizeSkipped(id, SKIP_NOT_FOUND);
                else ids[m++] = id;
            }
        }
        words = ids.length == 0 ? new uint256[](0) : dat.evaluationWords(ids);
    }

    // Whether ids[k] occurs before k.
    function _repeated(uint256[] memory ids, uint256 k) private pure returns (bool) {
        for (uint256 i; i < k; ++i) {
            if (ids[i] == ids[k]) return true;
        }
        return false;
    }

    // Reads a round's committers and weights; once its reveal window has closed, penalizes those
    // that did not reveal.
    function _loadRound(RoundView memory rv, uint256 round) private {
        rv.round = round;
        (,, rv.closes) = windows(round);
        Committer[] storage cs = _committers[round];
        uint256 nc = cs.length;
        rv.who = new address[](nc);
        rv.weight = new uint256[](nc);
        rv.agree = new uint32[](nc);
        rv.fault = new uint32[](nc);
        rv.lane = new uint256[](nc);
        rv.laneWord = type(uint256).max;
        bool closed = block.timestamp >= rv.closes;
        for (uint256 i; i < nc; ++i) {
            Committer memory c = cs[i];
            rv.who[i] = c.validator;
            rv.weight[i] = c.weight;
            if (closed && _isOpenCommitment(_commitments[round][c.validator])) {
                _chargeWithholding(round, c.validator);
            }
        }
    }

    // Collects the revealed scores of token `id` sorted ascending (order: committer index), and
    // their number and total weight.
    function _collect(RoundView memory rv, uint256 id, uint16[] memory scores, uint256[] memory order)
        private
        view
        returns (uint256 n, uint256 total)
    {
        uint256 nc = rv.who.length;
        if (id >> 4 != rv.laneWord) {
            rv.laneWord = id >> 4;
            for (uint256 j; j < nc; ++j) {
                rv.lane[j] = _revealed[rv.who[j]][rv.laneWord];
            }
        }
        uint256 shift = (id & 15) * 16;
        for (uint256 j; j < nc; ++j) {
            uint256 l = (rv.lane[j] >> shift) & 0xffff;
            if (l == 0) continue;
            uint16 s = uint16(l - 1);
            // insertion sort: n <= MAX_COMMITTERS
            uint256 pos = n;
            while (pos > 0 && scores[pos - 1] > s) {
                scores[pos] = scores[pos - 1];
                order[pos] = order[pos - 1];
                --pos;
            }
            scores[pos] = s;
            order[pos] = j;
            ++n;
            total += rv.weight[j];
        }
    }

    // The stake-weighted median of sorted scores: the first score at which the cumulated weight
    // reaches half the total; at exactly half, the mean of it and the next score.
    function _weightedMedian(
        uint16[] memory scores,
        uint256[] memory order,
        uint256 n,
        uint256[] memory weight,
        uint256 total
    ) private pure returns (uint256) {
        uint256 cum;
        for (uint256 j; j < n; ++j) {
            cum += weight[order[j]];
            if (2 * cum >= total) {
                if (2 * cum == total && j + 1 < n) return (uint256(scores[j]) + scores[j + 1]) / 2;
                return scores[j];
            }
        }
        return scores[n - 1];
    }

    // Writes a round's tallies: agreements, faults and their slashes.
    function _settleValidators(RoundView memory rv, Params memory p) private {
        uint256 nc = rv.who.length;
        for (uint256 j; j < nc; ++j) {
            if (rv.agree[j] == 0 && rv.fault[j] == 0) continue;
            Validator storage v = _validators[rv.who[j]];
            v.agreements += rv.agree[j];
            v.faults += rv.fault[j];
            uint256 slash = uint256(rv.fault[j]) * p.slashPerFault;
            if (slash > v.stake) slash = v.stake;
            if (slash != 0) {
                v.stake -= uint96(slash); // slash <= stake < 2^96
                slashedPool += slash;
            }
            emit ValidatorScored(rv.who[j], v.agreements, v.faults, slash);
        }
    }

    function _chargeWithholding(uint256 round, address validator) private {
        _commitments[round][validator] = WITHHELD;
        Validator storage v = _validators[validator];
        v.withheld += 1;
        uint256 faults = _roundTokenCount(round);
        if (faults < params.faultsPerWithhold) faults = params.faultsPerWithhold;
        uint256 slash = faults * params.slashPerFault;
        if (slash > v.stake) slash = v.stake;
        if (slash != 0) {
            v.stake -= uint96(slash); // slash <= stake < 2^96
            slashedPool += slash;
        }
        emit WithholdingPenalized(round, validator, slash);
    }

    /// @notice The number of tokens anchored in `round` (read from the token contract; final once
    /// the round has ended). It prices a withholding in the round.
    function roundTokenCount(uint256 round) public view returns (uint256) {
        uint256 cached = _roundTokens[round];
        if (cached != 0) return cached - 1;
        return _firstIdFrom(round + 1) - _firstIdFrom(round);
    }

    // roundTokenCount, kept for the round's next penalties (called once its reveal window closed).
    function _roundTokenCount(uint256 round) private returns (uint256 count) {
        uint256 cached = _roundTokens[round];
        if (cached != 0) return cached - 1;
        count = _firstIdFrom(round + 1) - _firstIdFrom(round);
        _roundTokens[round] = count + 1;
    }

    // The first token id anchored in `round` or later (tokenCount + 1 if none): a binary search
    // over ids, whose anchoring times never decrease.
    function _firstIdFrom(uint256 round) private view returns (uint256) {
        uint256 lo = 1;
        uint256 hi = dat.tokenCount() + 1;
        uint256[] memory probe = new uint256[](1);
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            probe[0] = mid;
            if (roundAt(uint32(dat.evaluationWords(probe)[0] >> 8)) >= round) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    function _isOpenCommitment(bytes32 c) private pure returns (bool) {
        return c != bytes32(0) && c != REVEALED && c != WITHHELD;
    }

    // ---------------------------------------------------------------- admin

    /// @notice Updates the evaluation parameters.
    /// @dev Requirements: caller has DEFAULT_ADMIN_ROLE; every parameter within its bounds (see
    /// _setParams). Emits a {ParamsUpdated} event.
    function setParams(Params calldata p) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setParams(p);
    }

    /// @notice Registers the content hash of the scoring rules, in force from the current round on
    /// (a second registration in the same round replaces the first).
    /// @dev Requirements: caller has DEFAULT_ADMIN_ROLE; a non-zero hash. Emits a {RulesSet} event.
    function setRules(bytes32 rulesHash) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (rulesHash == bytes32(0)) revert InvalidInput("rules");
        uint256 round = roundAt(block.timestamp);
        uint256 n = _rules.length;
        if (n != 0 && _rules[n - 1].fromRound == round) _rules[n - 1].rulesHash = rulesHash;
        else _rules.push(RulesVersion(round.toUint64(), rulesHash));
        emit RulesSet(round, rulesHash);
    }

    /// @notice The content hash of the scoring rules in force in `round` (zero before the first
    /// registration).
    function rulesOf(uint256 round) external view returns (bytes32) {
        for (uint256 i = _rules.length; i > 0; --i) {
            if (_rules[i - 1].fromRound <= round) return _rules[i - 1].rulesHash;
        }
        return bytes32(0);
    }

    /// @notice Every version of the scoring rules, oldest first.
    function rulesHistory() external view returns (RulesVersion[] memory) {
        return _rules;
    }

    /// @notice Sends slashed stake to `to` (e.g. the rewards pool).
    /// @dev Requirements: caller has DEFAULT_ADMIN_ROLE. Emits a {SlashedSwept} event.
    function sweepSlashed(address to) external onlyRole(DEFAULT_ADMIN_ROLE) nonReentrant {
        if (to == address(0)) revert InvalidInput("to");
        uint256 amount = slashedPool;
        slashedPool = 0;
        emit SlashedSwept(to, amount);
        if (amount != 0) stakeToken.safeTransfer(to, amount);
    }

    // Bounds: 1 <= quorum <= MAX_VALIDATORS; threshold, tolerance <= 10000; every time parameter
    // <= MAX_DELAY; faultsPerWithhold <= MAX_FAULTS_PER_WITHHOLD; 1 <= minStake < 2^96;
    // slashPerFault <= minStake.
    function _setParams(Params memory p) private {
        _bound("quorum", p.quorum, 1, MAX_VALIDATORS);
        _bound("threshold", p.threshold, 0, MAX_SCORE);
        _bound("tolerance", p.tolerance, 0, MAX_SCORE);
        _bound("exitDelay", p.exitDelay, 0, MAX_DELAY);
        _bound("staleAfter", p.staleAfter, 0, MAX_DELAY);
        _bound("disputeWindow", p.disputeWindow, 0, MAX_DELAY);
        _bound("faultsPerWithhold", p.faultsPerWithhold, 0, MAX_FAULTS_PER_WITHHOLD);
        _bound("minStake", p.minStake, 1, type(uint96).max);
        _bound("slashPerFault", p.slashPerFault, 0, p.minStake);
        params = p;
        emit ParamsUpdated(p);
    }

    function _bound(string memory name, uint256 value, uint256 lo, uint256 hi) private pure {
        if (value < lo || value > hi) revert ParamOutOfRange(name, value, lo, hi);
    }

    function _displaceSmallest(uint96 stake) private {
        uint256 n = _validatorList.length;
        uint256 idx;
        uint96 smallest = type(uint96).max;
        for (uint256 i; i < n; ++i) {
            uint96 s = _validators[_validatorList[i]].stake;
            if (s < smallest) {
                smallest = s;
                idx = i;
            }
        }
        if (stake <= smallest) revert TooManyValidators(MAX_VALIDATORS);
        address victim = _validatorList[idx];
        Validator storage d = _validators[victim];
        d.active = false;
        d.listed = false;
        if (d.exitAt == 0) d.exitAt = (block.timestamp + params.exitDelay).toUint64();
        _validatorList[idx] = _validatorList[n - 1];
        _validatorList.pop();
        emit ValidatorDisplaced(victim, msg.sender, smallest, exitAvailableAt(victim));
    }

    function _requireRound(uint256 tokenId, uint256 round) private view {
        uint256[] memory ids = new uint256[](1);
        ids[0] = tokenId;
        uint256 r = roundAt(uint32(dat.evaluationWords(ids)[0] >> 8));
        if (r != round) revert WrongRound(tokenId, r, round);
    }

    function _pull(uint256 amount) private returns (uint256 received) {
        uint256 before = stakeToken.balanceOf(address(this));
        stakeToken.safeTransferFrom(msg.sender, address(this), amount);
        received = stakeToken.balanceOf(address(this)) - before;
    }

    function _unlist(address validator) private {
        uint256 n = _validatorList.length;
        for (uint256 i; i < n; ++i) {
            if (_validatorList[i] == validator) {
                _validatorList[i] = _validatorList[n - 1];
                _validatorList.pop();
                return;
            }
        }
    }
}
