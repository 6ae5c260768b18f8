// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {Status, IDatpinErrors, IDatpinEvaluable, VerdictWord} from "./IDatpin.sol";

/// @title QualityOracle
/// @notice Decentralized evaluation of anchored contributions. Staked validators re-score every
/// token anchored in a round and submit their scores by commit and reveal; after the reveal window
/// anyone may finalize a token that has a quorum of reveals: the median becomes its agreed score,
/// below the trust threshold it is rejected, and validators far from the median lose reputation and
/// a slice of stake.
///
/// @dev Rounds: round r covers tokens anchored in [genesis + r*L, genesis + (r+1)*L). Its commit
/// window opens when the round ends and lasts `commitWindow`; the reveal window follows for
/// `revealWindow`; finalization is open after that.
///
/// A commitment is keccak256(abi.encode(chainid, oracle, round, validator, startTokenId, scores,
/// salt)), so it binds the chain, this contract, the round, the validator and every token id (the
/// scores are for the consecutive ids from startTokenId): a commitment or reveal cannot be replayed
/// onto another token, round, chain or validator, and copying another validator's reveal is useless
/// because the copier would have had to commit to it before it was public.
///
/// Revealed scores are stored 16 to a word (score + 1, 0 = none), keyed by validator and token.
contract QualityOracle is IDatpinErrors, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    uint16 public constant ABSTAIN = type(uint16).max;
    uint256 public constant MAX_VALIDATORS = 32;
    uint256 private constant MAX_SCORE = 10_000;
    bytes32 public constant NO_QUORUM = "no-quorum";
    bytes32 public constant BELOW_THRESHOLD = "below-threshold";

    struct Params {
        uint8 quorum; // reveals needed to finalize
        uint16 threshold; // median below this is rejected (basis points)
        uint16 tolerance; // |score - median| above this is a fault (basis points)
        uint32 exitDelay; // seconds between requestExit and withdraw
        uint32 staleAfter; // seconds after the reveal window after which a token short of quorum is rejected
        uint256 minStake;
        uint256 slashPerFault;
    }

    struct Validator {
        uint128 stake;
        bool active;
        bool listed;
        uint64 exitAt;
        uint32 agreements;
        uint32 faults;
        uint32 lastRevealed; // 1 + the last round it revealed in (0: none); stake stays slashable until it can be finalized
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
    mapping(uint256 round => mapping(address validator => mapping(bytes32 commitment => bool))) public committed;
    mapping(address validator => mapping(uint256 word => uint256 lanes)) private _revealed;

    /// @notice Emitted when a validator registers with stake.
    event ValidatorRegistered(address indexed validator, uint256 stake);
    /// @notice Emitted when a validator adds stake.
    event StakeAdded(address indexed validator, uint256 amount, uint256 stake);
    /// @notice Emitted when a validator asks to leave; it may withdraw at `availableAt`.
    event ExitRequested(address indexed validator, uint256 availableAt);
    /// @notice Emitted when a validator withdraws its stake and leaves.
    event Withdrawn(address indexed validator, uint256 amount);
    /// @notice Emitted for each commitment.
    event Committed(uint256 indexed round, address indexed validator, bytes32 commitment);
    /// @notice Emitted for each reveal, with the scores: big-endian uint16 each, ABSTAIN = no score.
    event Revealed(uint256 indexed round, address indexed validator, uint256 startTokenId, bytes scores);
    /// @notice Emitted when a token cannot be finalized yet for want of reveals.
    event QuorumPending(uint256 indexed tokenId, uint8 reveals);
    /// @notice Emitted per validator after a finalization that counted its scores.
    event ValidatorScored(address indexed validator, uint32 agreements, uint32 faults, uint256 slashed);
    /// @notice Emitted when parameters change.
    event ParamsUpdated(Params params);
    /// @notice Emitted when slashed stake is swept to `to`.
    event SlashedSwept(address indexed to, uint256 amount);

    constructor(
        address admin,
        IDatpinEvaluable dat_,
        IERC20 stakeToken_,
        uint64 genesis_,
        uint32 roundLength_,
        uint32 commitWindow_,
        uint32 revealWindow_,
        Params memory params_
    ) {
        if (admin == address(0) || address(dat_) == address(0) || address(stakeToken_) == address(0)) {
            revert InvalidInput("zero address");
        }
        if (roundLength_ == 0 || commitWindow_ == 0 || revealWindow_ == 0) revert InvalidInput("windows");
        dat = dat_;
        stakeToken = stakeToken_;
        genesis = genesis_;
        roundLength = roundLength_;
        commitWindow = commitWindow_;
        revealWindow = revealWindow_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
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

    /// @notice Registers the caller as a validator with `amount` of stake.
    /// @dev Requirements: not yet a validator; received stake >= minStake; fewer than
    /// MAX_VALIDATORS. Emits a {ValidatorRegistered} event.
    function register(uint256 amount) external nonReentrant {
        Validator storage v = _validators[msg.sender];
        if (v.listed) revert AlreadyValidator(msg.sender);
        if (_validatorList.length >= MAX_VALIDATORS) revert TooManyValidators(MAX_VALIDATORS);
        uint256 received = _pull(amount);
        if (received < params.minStake) revert InsufficientStake(received, params.minStake);
        v.stake = uint128(received);
        v.active = true;
        v.listed = true;
        _validatorList.push(msg.sender);
        emit ValidatorRegistered(msg.sender, received);
    }

    /// @notice Adds stake.
    /// @dev Requirements: caller is a listed validator. Emits a {StakeAdded} event.
    function addStake(uint256 amount) external nonReentrant {
        Validator storage v = _validators[msg.sender];
        if (!v.listed) revert NotValidator(msg.sender);
        uint256 received = _pull(amount);
        v.stake += uint128(received);
        emit StakeAdded(msg.sender, received, v.stake);
    }

    /// @notice Stops the caller from committing; its stake can be withdrawn after exitDelay (and
    /// stays slashable until then).
    /// @dev Requirements: caller is an active validator. Emits an {ExitRequested} event.
    function requestExit() external {
        Validator storage v = _validators[msg.sender];
        if (!v.active) revert NotValidator(msg.sender);
        v.active = false;
        v.exitAt = uint64(block.timestamp + params.exitDelay);
        emit ExitRequested(msg.sender, v.exitAt);
    }

    /// @notice Withdraws the caller's whole stake after its exit delay, and after the tokens it last
    /// revealed could be finalized (staleAfter past that round's reveal window), and leaves the set.
    /// @dev The stored stake is zeroed and the validator removed before the transfer, so a second
    /// call has nothing to withdraw. Emits a {Withdrawn} event.
    function withdraw() external nonReentrant {
        Validator storage v = _validators[msg.sender];
        if (!v.listed || v.active || v.exitAt == 0) revert NothingToWithdraw(msg.sender);
        // A validator cannot leave before its last reveals could be finalized (and it penalized):
        // otherwise it could reveal an outlying score and withdraw ahead of the finalization.
        uint256 availableAt = v.exitAt;
        if (v.lastRevealed != 0) {
            (,, uint256 lastCloses) = windows(v.lastRevealed - 1);
            if (lastCloses + params.staleAfter > availableAt) availableAt = lastCloses + params.staleAfter;
        }
        if (block.timestamp < availableAt) revert ExitPending(msg.sender, availableAt);
        uint256 amount = v.stake;
        delete _validators[msg.sender];
        _unlist(msg.sender);
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

    /// @notice Commits to a batch of scores for tokens of `round`.
    /// @dev Requirements: active validator with at least minStake; commit window of `round` open;
    /// the same commitment not made before. Emits a {Committed} event.
    function commit(uint256 round, bytes32 commitment) external {
        Validator storage v = _validators[msg.sender];
        if (!v.active) revert NotValidator(msg.sender);
        if (v.stake < params.minStake) revert InsufficientStake(v.stake, params.minStake);
        (uint256 opens, uint256 closes,) = windows(round);
        if (block.timestamp < opens || block.timestamp >= closes) {
            revert OutsideWindow(round, block.timestamp, opens, closes);
        }
        if (committed[round][msg.sender][commitment]) revert AlreadyCommitted(round, msg.sender);
        committed[round][msg.sender][commitment] = true;
        emit Committed(round, msg.sender, commitment);
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

    /// @notice Reveals the scores of a commitment for tokens startTokenId .. startTokenId+n-1, where
    /// n = scores.length / 2.
    /// @dev Requirements: reveal window of `round` open; a matching commitment by the caller (it is
    /// consumed); every token anchored in `round`; each score <= 10000 or ABSTAIN; no token already
    /// scored by this validator. Emits a {Revealed} event.
    function reveal(uint256 round, uint256 startTokenId, bytes calldata scores, bytes32 salt) external {
        (, uint256 opens, uint256 closes) = windows(round);
        if (block.timestamp < opens || block.timestamp >= closes) {
            revert OutsideWindow(round, block.timestamp, opens, closes);
        }
        bytes32 c = commitmentOf(round, msg.sender, startTokenId, scores, salt);
        if (!committed[round][msg.sender][c]) revert CommitmentMismatch(round, msg.sender);
        delete committed[round][msg.sender][c];
        uint256 n = scores.length / 2;
        if (n == 0 || scores.length % 2 != 0 || startTokenId == 0) revert InvalidInput("range");
        // Token ids are assigned in anchoring order, so checking both ends bounds the whole range.
        _requireRound(startTokenId, round);
        if (n > 1) _requireRound(startTokenId + n - 1, round);
        Validator storage v = _validators[msg.sender];
        if (round + 1 > v.lastRevealed) v.lastRevealed = uint32(round + 1);

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

    // ---------------------------------------------------------------- finalization

    /// @notice Finalizes or rejects pending tokens whose round's reveal window has closed.
    /// @dev Tokens that are not pending are skipped; tokens short of quorum are skipped
    /// ({QuorumPending}) until `staleAfter` has passed, then rejected with reason NO_QUORUM.
    /// The decision and the agreed score are in the token's Finalized or Rejected event; the median
    /// can be recomputed from the Revealed events.
    /// The agreed score is the median of the reveals, raised to the token's proven threshold when a
    /// zero-knowledge proof established one (a valid proof is an attestation the median cannot
    /// contradict), unless the median is 0: validators score 0 a package that fails integrity,
    /// including records that are not the ones the proof committed to. Validators more than `tolerance` from the median get a fault and lose
    /// slashPerFault of stake. Emits {ValidatorScored} per validator.
    function finalize(uint256[] calldata tokenIds) external nonReentrant {
        address[] memory vs = _validatorList;
        uint256 nv = vs.length;
        uint32[] memory agree = new uint32[](nv);
        uint32[] memory fault = new uint32[](nv);
        uint256[] memory verdicts = new uint256[](tokenIds.length);
        uint256 nVerdicts;
        uint16[] memory scores = new uint16[](nv);
        uint256[] memory who = new uint256[](nv);
        Params memory p = params;
        uint256[] memory info = dat.evaluationWords(tokenIds);
        // Each validator's revealed word for the current run of 16 token ids, reloaded on change.
        uint256[] memory lane = new uint256[](nv);
        uint256 laneWord = type(uint256).max;

        for (uint256 k; k < tokenIds.length; ++k) {
            uint256 id = tokenIds[k];
            uint256 w = info[k];
            if (Status(uint8(w)) != Status.Pending) continue;
            uint256 round = roundAt(uint32(w >> 8));
            (,, uint256 closes) = windows(round);
            if (block.timestamp < closes) revert OutsideWindow(round, block.timestamp, closes, type(uint256).max);

            if (id >> 4 != laneWord) {
                laneWord = id >> 4;
                for (uint256 j; j < nv; ++j) {
                    lane[j] = _revealed[vs[j]][laneWord];
                }
            }
            uint256 n;
            uint256 shift = (id & 15) * 16;
            for (uint256 j; j < nv; ++j) {
                uint256 l = (lane[j] >> shift) & 0xffff;
                if (l == 0) continue;
                uint16 s = uint16(l - 1);
                // insertion sort: n <= 32
                uint256 pos = n;
                while (pos > 0 && scores[pos - 1] > s) {
                    scores[pos] = scores[pos - 1];
                    who[pos] = who[pos - 1];
                    --pos;
                }
                scores[pos] = s;
                who[pos] = j;
                ++n;
            }
            if (n < p.quorum) {
                if (block.timestamp >= closes + p.staleAfter) {
                    verdicts[nVerdicts++] = VerdictWord.pack(id, 0, false, VerdictWord.NO_QUORUM, 0, 0);
                } else {
                    emit QuorumPending(id, uint8(n));
                }
                continue;
            }
            uint16 median = n % 2 == 1 ? scores[n / 2] : uint16((uint256(scores[n / 2 - 1]) + scores[n / 2]) / 2);
            for (uint256 j; j < n; ++j) {
                uint256 d = scores[j] > median ? scores[j] - median : median - scores[j];
                if (d > p.tolerance) ++fault[who[j]];
                else ++agree[who[j]];
            }
            uint16 proven = uint16(w >> 72);
            // A median of 0 says the package itself failed (missing, tampered, or not the records
            // the proof committed to): no proof outweighs that.
            uint16 finalScore = median == 0 || median >= proven ? median : proven;
            if (finalScore >= p.threshold) {
                uint256 share = uint256(uint32(w >> 40)) * finalScore;
                verdicts[nVerdicts++] =
                    VerdictWord.pack(id, finalScore, true, 0, (share + MAX_SCORE - 1) / MAX_SCORE, share);
            } else {
                verdicts[nVerdicts++] = VerdictWord.pack(id, finalScore, false, VerdictWord.BELOW_THRESHOLD, 0, 0);
            }
        }

        // Effects on validators first, then the single call into the token contract.
        for (uint256 j; j < nv; ++j) {
            if (agree[j] == 0 && fault[j] == 0) continue;
            Validator storage v = _validators[vs[j]];
            v.agreements += agree[j];
            v.faults += fault[j];
            uint256 slash = uint256(fault[j]) * p.slashPerFault;
            if (slash > v.stake) slash = v.stake;
            if (slash != 0) {
                v.stake -= uint128(slash);
                slashedPool += slash;
            }
            emit ValidatorScored(vs[j], v.agreements, v.faults, slash);
        }
        if (nVerdicts != 0) {
            assembly ("memory-safe") {
                mstore(verdicts, nVerdicts) // shrink to the verdicts actually made
            }
            dat.settleEvaluations(verdicts);
        }
    }

    // ---------------------------------------------------------------- admin

    /// @notice Updates the evaluation parameters.
    /// @dev Requirements: caller has DEFAULT_ADMIN_ROLE. Emits a {ParamsUpdated} event.
    function setParams(Params calldata p) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setParams(p);
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

    function _setParams(Params memory p) private {
        if (p.quorum == 0 || p.quorum > MAX_VALIDATORS || p.threshold > MAX_SCORE || p.tolerance > MAX_SCORE) {
            revert InvalidInput("params");
        }
        params = p;
        emit ParamsUpdated(p);
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
