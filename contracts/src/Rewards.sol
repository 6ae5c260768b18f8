// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AccessControlDefaultAdminRules} from
    "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {IDatpinErrors} from "./IDatpin.sol";
import {IERC8028} from "./IERC8028.sol";

/// @notice A class's source of per-epoch emission, as the DataAnchoringToken sees it.
interface IEpochEmission {
    /// @notice The ERC-20 the emission is paid in (the class's ERC-20 revenue asset).
    function token() external view returns (IERC20);

    /// @notice Releases to the DAT the emission of every epoch that ended and was not settled yet.
    /// The DAT calls it before any change to the set of tokens counting in the class, so that the
    /// emission is shared by the tokens that counted at the end of those epochs.
    /// @param counted whether the class can be paid (some share counts and a snapshot is free); if
    /// not, the ended epochs are forfeited: settled on time they would have paid nobody either.
    /// @return amount the emission the DAT received and must settle into the class
    /// @return dueAt when the next epoch ends (nothing is due before then)
    function release(bool counted) external returns (uint256 amount, uint64 dueAt);
}

/// @notice What Rewards needs from the DataAnchoringToken.
interface IEpochSettling is IERC8028 {
    function settleEpochEmission(uint256 classId) external;
    function classState(uint256 classId)
        external
        view
        returns (uint256 totalShare, uint256 accEth, uint256 accErc20, address erc20, uint32 ttl, uint256 snapshots);
}

/// @title Rewards
/// @notice Per-epoch emission of the network's ERC-20, settled into a DAT class through the token's
/// own accRevenuePerShare path: network rewards and data buyers' payments are one mechanism, and
/// each contribution earns by its agreed value (shareRatio) while its expireAt window is open.
/// @dev Epochs are settled in order, several at once when they are due together: `nextEpoch` is
/// the first epoch not settled. An epoch's emission belongs to the tokens counting at its end.
/// The DAT keeps that true by releasing the due emission (see {release}) before every change to
/// its class's counting set (a token joining, an expiry observed), so between an epoch's end and
/// its settlement the set cannot change: settling late pays exactly what settling at the epoch's
/// end would have paid, and a settlement of many epochs costs the same as one. An epoch that ends
/// with no share counting is forfeited (its emission stays in this contract), as settling it on
/// time would have paid nobody. If this contract holds less than is due when the DAT releases,
/// the DAT receives what it holds and the shortfall is not paid later: fund it ahead.
contract Rewards is IDatpinErrors, IEpochEmission, AccessControlDefaultAdminRules, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    IERC20 public immutable token;
    IEpochSettling public immutable dat;
    uint256 public immutable classId;
    uint64 public immutable genesis;
    uint32 public immutable epochLength;

    uint256 public emissionPerEpoch;
    uint256 public totalEmitted;
    /// @notice The first epoch not settled (nor forfeited) yet; every earlier epoch is.
    uint256 public nextEpoch;

    /// @notice Emitted when one epoch's emission is settled into the class.
    event EpochSettled(uint256 indexed epoch, uint256 amount);
    /// @notice Emitted when several epochs that ended are settled together into the class.
    event EpochsSettled(uint256 indexed firstEpoch, uint256 lastEpoch, uint256 amount);
    /// @notice Emitted when epochs that ended with no share counting in the class are forfeited.
    event EpochsForfeited(uint256 indexed firstEpoch, uint256 lastEpoch);
    /// @notice Emitted when the emission per epoch changes.
    event EmissionUpdated(uint256 amount);

    /// @param adminDelay delay of a DEFAULT_ADMIN_ROLE transfer (AccessControlDefaultAdminRules)
    constructor(
        uint48 adminDelay,
        address admin,
        IERC20 token_,
        IEpochSettling dat_,
        uint256 classId_,
        uint64 genesis_,
        uint32 epochLength_,
        uint256 emissionPerEpoch_
    ) AccessControlDefaultAdminRules(adminDelay, admin) {
        if (address(token_) == address(0) || address(dat_) == address(0)) {
            revert InvalidInput("zero address");
        }
        if (epochLength_ == 0) revert InvalidInput("epochLength");
        token = token_;
        dat = dat_;
        classId = classId_;
        genesis = genesis_;
        epochLength = epochLength_;
        emissionPerEpoch = emissionPerEpoch_;
        emit EmissionUpdated(emissionPerEpoch_);
    }

    /// @notice The epoch of a timestamp.
    function epochAt(uint256 timestamp) public view returns (uint256) {
        if (timestamp < genesis) return 0;
        return (timestamp - genesis) / epochLength;
    }

    /// @notice Whether an epoch was settled (or forfeited, having ended with no share counting).
    function settled(uint256 epoch) external view returns (bool) {
        return epoch < nextEpoch;
    }

    /// @notice The epochs that ended and are not settled: [first, first + count).
    function dueEpochs() public view returns (uint256 first, uint256 count) {
        first = nextEpoch;
        uint256 ended = _endedEpochs();
        count = ended > first ? ended - first : 0;
    }

    /// @notice Settles the emission of `epoch` into the class, together with every earlier epoch
    /// still due and every later one that ended, each paying the tokens that counted at its end.
    /// @dev Permissionless. Requirements: the epoch is over and not settled; this contract holds
    /// the emission of every due epoch; some share counts in the class (else the epochs stay due,
    /// and are forfeited at the class's next change). Emits {EpochSettled} (one epoch) or
    /// {EpochsSettled} (several), and the DAT's {RevenueSettled}.
    function settleEpoch(uint256 epoch) external nonReentrant {
        (uint256 first, uint256 count) = dueEpochs();
        if (epoch >= first + count) {
            uint256 endsAt = epoch < type(uint64).max ? uint256(genesis) + (epoch + 1) * epochLength : type(uint256).max;
            revert EpochNotOver(epoch, endsAt);
        }
        if (epoch < first) revert EpochAlreadySettled(epoch);
        uint256 owed = emissionPerEpoch * count;
        uint256 balance = token.balanceOf(address(this));
        if (balance < owed) revert InsufficientFunds(balance, owed);
        (uint256 totalShare,,,,,) = dat.classState(classId);
        if (totalShare == 0) revert NoShareInClass(classId);
        dat.settleEpochEmission(classId);
    }

    /// @inheritdoc IEpochEmission
    /// @dev Requirements: caller is the DAT. Emits {EpochSettled}, {EpochsSettled} or
    /// {EpochsForfeited} when epochs were due.
    function release(bool counted) external returns (uint256 amount, uint64 dueAt) {
        if (msg.sender != address(dat)) revert Unauthorized(msg.sender);
        uint256 first = nextEpoch;
        uint256 ended = _endedEpochs();
        dueAt = (uint256(genesis) + (ended + 1) * epochLength).toUint64();
        if (ended <= first) return (0, dueAt);
        nextEpoch = ended;
        if (!counted) {
            emit EpochsForfeited(first, ended - 1);
            return (0, dueAt);
        }
        amount = emissionPerEpoch * (ended - first);
        uint256 balance = token.balanceOf(address(this));
        if (balance < amount) amount = balance;
        if (amount != 0) {
            uint256 before = token.balanceOf(msg.sender);
            token.safeTransfer(msg.sender, amount);
            amount = token.balanceOf(msg.sender) - before; // what the DAT received
            totalEmitted += amount;
        }
        if (ended - first == 1) emit EpochSettled(first, amount);
        else emit EpochsSettled(first, ended - 1, amount);
    }

    /// @notice Sets the emission per epoch, from the current epoch on: the epochs that ended are
    /// settled first at the former rate.
    /// @dev Requirements: caller has DEFAULT_ADMIN_ROLE. Emits an {EmissionUpdated} event.
    function setEmission(uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) nonReentrant {
        (, uint256 count) = dueEpochs();
        if (count != 0) dat.settleEpochEmission(classId);
        emissionPerEpoch = amount;
        emit EmissionUpdated(amount);
    }

    /// @dev The number of epochs that ended: epochs 0 .. n-1 are over.
    function _endedEpochs() private view returns (uint256) {
        if (block.timestamp < genesis) return 0;
        return (block.timestamp - genesis) / epochLength;
    }
}
