// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AccessControlDefaultAdminRules} from
    "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {IDatpinErrors} from "./IDatpin.sol";
import {IERC8028} from "./IERC8028.sol";

/// @title Rewards
/// @notice Per-epoch emission of the network's ERC-20, settled into a DAT class through the token's
/// own accRevenuePerShare path: network rewards and data buyers' payments are one mechanism, and
/// each contribution earns by its agreed value (shareRatio) while its expireAt window is open.
/// @dev settleEpoch is permissionless and idempotent per epoch; an epoch with no counted share
/// cannot settle (the DAT reverts) and may be settled later, when tokens count again.
contract Rewards is IDatpinErrors, AccessControlDefaultAdminRules, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    IERC20 public immutable token;
    IERC8028 public immutable dat;
    uint256 public immutable classId;
    uint64 public immutable genesis;
    uint32 public immutable epochLength;

    uint256 public emissionPerEpoch;
    uint256 public totalEmitted;
    mapping(uint256 epoch => bool) public settled;

    /// @notice Emitted when an epoch's emission is settled into the class.
    event EpochSettled(uint256 indexed epoch, uint256 amount);
    /// @notice Emitted when the emission per epoch changes.
    event EmissionUpdated(uint256 amount);

    /// @param adminDelay delay of a DEFAULT_ADMIN_ROLE transfer (AccessControlDefaultAdminRules)
    constructor(
        uint48 adminDelay,
        address admin,
        IERC20 token_,
        IERC8028 dat_,
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

    /// @notice Settles the emission of a finished epoch into the class.
    /// @dev Requirements: the epoch is over and not settled; this contract holds the emission.
    /// Emits an {EpochSettled} event.
    function settleEpoch(uint256 epoch) external nonReentrant {
        uint256 endsAt = uint256(genesis) + (epoch + 1) * epochLength;
        if (block.timestamp < endsAt) revert EpochNotOver(epoch, endsAt);
        if (settled[epoch]) revert EpochAlreadySettled(epoch);
        uint256 amount = emissionPerEpoch;
        uint256 balance = token.balanceOf(address(this));
        if (balance < amount) revert InsufficientFunds(balance, amount);
        settled[epoch] = true;
        totalEmitted += amount;
        emit EpochSettled(epoch, amount);
        token.forceApprove(address(dat), amount);
        dat.settleRevenueERC20(classId, address(token), amount);
    }

    /// @notice Sets the emission per epoch.
    /// @dev Requirements: caller has DEFAULT_ADMIN_ROLE. Emits an {EmissionUpdated} event.
    function setEmission(uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emissionPerEpoch = amount;
        emit EmissionUpdated(amount);
    }
}
