// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title NetworkToken
/// @notice The network's ERC-20 for rewards, validator stake and data purchases on development
/// chains. On a production network datpin uses the network's existing token instead.
/// @dev It is the asset the oracle's security is stated in (stake), so minting it is governed:
/// a deployment hands DEFAULT_ADMIN_ROLE and MINTER_ROLE to its timelock and the deployer keeps
/// neither. FAUCET_ROLE mints too, but only on the local development chains (chain ids 1337 and
/// 31337), which hold no value: it funds development accounts there and is dead everywhere else.
contract NetworkToken is ERC20, AccessControl {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    /// @notice Mints on the local development chains only.
    bytes32 public constant FAUCET_ROLE = keccak256("FAUCET_ROLE");

    /// @notice Emitted when a faucet holder mints on a development chain.
    event FaucetMinted(address indexed by, address indexed to, uint256 amount);

    constructor(address admin, string memory name_, string memory symbol_) ERC20(name_, symbol_) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    /// @notice Mints `amount` to `to`.
    /// @dev Requirements: caller has MINTER_ROLE, or FAUCET_ROLE on a development chain (else
    /// AccessControlUnauthorizedAccount for MINTER_ROLE). Emits a {Transfer} event (and
    /// {FaucetMinted} for a faucet mint).
    function mint(address to, uint256 amount) external {
        if (!hasRole(MINTER_ROLE, msg.sender)) {
            if (!isDevChain() || !hasRole(FAUCET_ROLE, msg.sender)) {
                revert AccessControlUnauthorizedAccount(msg.sender, MINTER_ROLE);
            }
            emit FaucetMinted(msg.sender, to, amount);
        }
        _mint(to, amount);
    }

    /// @notice Whether this chain is a local development chain (1337 or 31337), where the faucet mints.
    function isDevChain() public view returns (bool) {
        return block.chainid == 1337 || block.chainid == 31337;
    }
}
