// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AccessControlDefaultAdminRules} from
    "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

import {IDatpinErrors, IDeviceRegistry} from "./IDatpin.sol";

/// @title DeviceRegistry
/// @notice Onboards base stations, eSIM devices and IoT sensors. A device is bound to its operator
/// by the device's own EIP-712 signature over (device, operator, H3 cell, type, deadline), and the
/// operator must send the transaction: nobody can register a device they do not hold the key of,
/// nor front-run a pending registration into another operator.
contract DeviceRegistry is IDeviceRegistry, IDatpinErrors, AccessControlDefaultAdminRules, EIP712 {
    using SafeCast for uint256;

    bytes32 public constant ONBOARD_TYPEHASH =
        keccak256("Onboard(address device,address operator,uint64 h3Cell,uint8 deviceType,uint64 deadline)");
    bytes32 public constant MOVE_TYPEHASH =
        keccak256("Move(address device,uint64 h3Cell,uint64 nonce,uint64 deadline)");
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");

    struct Device {
        address operator;
        uint64 h3Cell;
        uint8 deviceType;
        bool active;
        bool suspended; // set by a guardian (e.g. after fraud); only a guardian lifts it
        uint64 registeredAt;
        uint64 nonce; // for Move signatures
    }

    mapping(address device => Device) private _devices;
    uint256 public deviceCount;

    /// @notice Emitted when a device is onboarded.
    event DeviceOnboarded(address indexed device, address indexed operator, uint64 h3Cell, uint8 deviceType);
    /// @notice Emitted when a device's asserted location changes.
    event DeviceMoved(address indexed device, uint64 h3Cell);
    /// @notice Emitted when a device is activated or deactivated by its operator.
    event DeviceActiveSet(address indexed device, bool active);
    /// @notice Emitted when a guardian suspends or reinstates a device.
    event DeviceSuspended(address indexed device, bool suspended);
    /// @notice Emitted when an operator hands a device to another operator.
    event OperatorTransferred(address indexed device, address indexed from, address indexed to);

    /// @param adminDelay delay of a DEFAULT_ADMIN_ROLE transfer (AccessControlDefaultAdminRules)
    /// @param admin the initial DEFAULT_ADMIN_ROLE holder, also GUARDIAN_ROLE
    constructor(uint48 adminDelay, address admin) AccessControlDefaultAdminRules(adminDelay, admin) EIP712("datpin", "1") {
        _grantRole(GUARDIAN_ROLE, admin);
    }

    /// @notice One device's onboarding in {onboardMany}: the arguments of {onboard}.
    struct Onboarding {
        address device;
        uint64 h3Cell;
        uint8 deviceType;
        uint64 deadline;
        bytes signature;
    }

    /// @notice Onboards `device` under the caller as operator.
    /// @dev Requirements: `signature` is the device's EIP-712 Onboard signature naming the caller as
    /// operator, not past `deadline`; the device is not registered. Emits a {DeviceOnboarded} event.
    function onboard(address device, uint64 h3Cell, uint8 deviceType, uint64 deadline, bytes calldata signature)
        external
    {
        Device storage d = _devices[device];
        if (d.operator != address(0)) revert DeviceAlreadyRegistered(device, d.operator);
        _onboard(d, device, h3Cell, deviceType, deadline, signature);
    }

    /// @notice Onboards a fleet under the caller as operator in one transaction; returns how many
    /// devices it registered.
    /// @dev Each item must satisfy {onboard}'s requirements, except that a device already
    /// registered to the caller is skipped, so that a batch retried after a lost receipt succeeds.
    /// A device registered to another operator reverts the whole batch. Emits a {DeviceOnboarded}
    /// event per registered device.
    function onboardMany(Onboarding[] calldata items) external returns (uint256 registered) {
        for (uint256 i = 0; i < items.length; ++i) {
            Onboarding calldata o = items[i];
            Device storage d = _devices[o.device];
            if (d.operator == msg.sender) continue;
            if (d.operator != address(0)) revert DeviceAlreadyRegistered(o.device, d.operator);
            _onboard(d, o.device, o.h3Cell, o.deviceType, o.deadline, o.signature);
            unchecked {
                ++registered;
            }
        }
    }

    /// @dev Registers the unregistered device `d` under the caller once its signature checks out.
    function _onboard(
        Device storage d,
        address device,
        uint64 h3Cell,
        uint8 deviceType,
        uint64 deadline,
        bytes calldata signature
    ) private {
        if (deadline < block.timestamp) revert SignatureExpired(deadline, block.timestamp);
        if (device == address(0) || deviceType == 0) revert InvalidInput("device");
        bytes32 digest = _hashTypedDataV4(
            keccak256(abi.encode(ONBOARD_TYPEHASH, device, msg.sender, h3Cell, deviceType, deadline))
        );
        address signer = ECDSA.recover(digest, signature);
        if (signer != device) revert InvalidSignature(device, signer);
        d.operator = msg.sender;
        d.h3Cell = h3Cell;
        d.deviceType = deviceType;
        d.active = true;
        d.registeredAt = block.timestamp.toUint64();
        unchecked {
            ++deviceCount; // one per distinct device address
        }
        emit DeviceOnboarded(device, msg.sender, h3Cell, deviceType);
    }

    /// @notice Moves a device's asserted location; needs a fresh signature of the device.
    /// @dev Requirements: caller is the operator; signature over Move(device, h3Cell, nonce,
    /// deadline) by the device. Emits a {DeviceMoved} event.
    function move(address device, uint64 h3Cell, uint64 deadline, bytes calldata signature) external {
        Device storage d = _requireOperator(device);
        if (deadline < block.timestamp) revert SignatureExpired(deadline, block.timestamp);
        bytes32 digest = _hashTypedDataV4(keccak256(abi.encode(MOVE_TYPEHASH, device, h3Cell, d.nonce, deadline)));
        address signer = ECDSA.recover(digest, signature);
        if (signer != device) revert InvalidSignature(device, signer);
        unchecked {
            d.nonce += 1;
        }
        d.h3Cell = h3Cell;
        emit DeviceMoved(device, h3Cell);
    }

    /// @notice Activates or deactivates a device (an inactive device cannot anchor).
    /// @dev Requirements: caller is the operator. Emits a {DeviceActiveSet} event.
    function setActive(address device, bool active) external {
        _requireOperator(device).active = active;
        emit DeviceActiveSet(device, active);
    }

    /// @notice Hands a device to another operator.
    /// @dev Requirements: caller is the operator; `to` non-zero. Emits an {OperatorTransferred} event.
    function transferOperator(address device, address to) external {
        Device storage d = _requireOperator(device);
        if (to == address(0)) revert InvalidInput("to");
        d.operator = to;
        emit OperatorTransferred(device, msg.sender, to);
    }

    /// @notice Suspends or reinstates a device (fraud response).
    /// @dev Requirements: caller has GUARDIAN_ROLE. Emits a {DeviceSuspended} event.
    function setSuspended(address device, bool suspended) external onlyRole(GUARDIAN_ROLE) {
        Device storage d = _devices[device];
        if (d.operator == address(0)) revert DeviceNotFound(device);
        d.suspended = suspended;
        emit DeviceSuspended(device, suspended);
    }

    /// @inheritdoc IDeviceRegistry
    function deviceStatus(address device) external view returns (address operator, bool active) {
        Device storage d = _devices[device];
        return (d.operator, d.active && !d.suspended);
    }

    /// @notice Everything recorded about a device.
    function deviceOf(address device) external view returns (Device memory) {
        return _devices[device];
    }

    /// @notice The EIP-712 domain separator (chain id and this contract bound in).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _requireOperator(address device) private view returns (Device storage d) {
        d = _devices[device];
        if (d.operator == address(0)) revert DeviceNotFound(device);
        if (d.operator != msg.sender) revert Unauthorized(msg.sender);
    }
}
