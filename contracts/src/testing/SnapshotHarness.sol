// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {DataAnchoringToken} from "../DataAnchoringToken.sol";
import {IDeviceRegistry} from "../IDatpin.sol";

/// @notice Test-only: a DataAnchoringToken whose class snapshot counter can be moved forward, to
/// test behaviour near the snapshot index limit without 2^32 settlements.
contract SnapshotHarnessDAT is DataAnchoringToken {
    constructor(address admin, IDeviceRegistry registry_) DataAnchoringToken(0, admin, registry_) {}

    /// @notice Jumps the class's snapshot counter to `index`, carrying the current accumulators,
    /// as if that many empty settlements had happened.
    function forceSnapshots(uint256 classId, uint32 index) external {
        Class storage c = _classes[classId];
        uint256[2] memory acc = _snaps[classId][c.snapshots];
        _snaps[classId][index] = acc;
        c.snapshots = index;
    }
}
