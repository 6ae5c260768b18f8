// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title DatpinTimelock
/// @notice The administrator of a datpin deployment: OpenZeppelin's TimelockController, unchanged.
/// Every parameter change and role grant on the DataAnchoringToken, the Rewards, the
/// DeviceRegistry and the QualityOracle is scheduled here by a proposer, waits at least the
/// minimum delay with its {CallScheduled} event public, and is then executed by an executor.
contract DatpinTimelock is TimelockController {
    /// @param minDelay seconds an operation waits between scheduling and execution
    /// @param proposers accounts that may schedule (and cancel) operations
    /// @param executors accounts that may execute ready operations (the zero address: anyone)
    /// @param admin optional bootstrap admin of the timelock's own roles (zero for none)
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
