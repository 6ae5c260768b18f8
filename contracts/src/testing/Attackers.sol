// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC8028} from "../IERC8028.sol";
import {IProofVerifier} from "../IDatpin.sol";

/// @notice Test-only: an ERC-20 that calls back into a target during its next `times` transfers
/// (including transfers made while a callback runs), to show that the DAT's and the oracle's
/// guards hold. It records how many callbacks ran, how many succeeded and the revert data of the
/// last one that failed.
contract ReentrantERC20 is ERC20 {
    address public target;
    bytes public payload;
    uint256 public armed; // callbacks left
    uint256 public attempts;
    uint256 public successes;
    bytes public lastError;

    constructor() ERC20("Reentrant", "RE") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Calls `target` with `payload` (as this token contract) during the next `times` transfers.
    function arm(address target_, bytes calldata payload_, uint256 times) external {
        target = target_;
        payload = payload_;
        armed = times;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (armed != 0) {
            --armed;
            ++attempts;
            (bool ok, bytes memory ret) = target.call(payload);
            if (ok) ++successes;
            else lastError = ret;
        }
    }
}

/// @notice Test-only: a token holder whose ETH receive hook calls claim again.
contract ReentrantReceiver {
    IERC8028 public immutable dat;
    uint256 public tokenId;
    uint256 public received;
    bool public reentrySucceeded;
    bytes public lastError; // revert data of the reentrant claim
    bool private _inside;

    constructor(IERC8028 dat_) {
        dat = dat_;
    }

    function setToken(uint256 tokenId_) external {
        tokenId = tokenId_;
    }

    function claimETH() external returns (uint256) {
        return dat.claim(tokenId, address(0), payable(address(this)));
    }

    receive() external payable {
        received += msg.value;
        if (!_inside) {
            _inside = true;
            try dat.claim(tokenId, address(0), payable(address(this))) returns (uint256) {
                reentrySucceeded = true;
            } catch (bytes memory err) {
                lastError = err;
            }
            _inside = false;
        }
    }
}

/// @notice Test-only: an ERC-20 that keeps a fee on every transfer.
contract FeeOnTransferERC20 is ERC20 {
    constructor() ERC20("Fee", "FEE") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            uint256 fee = value / 100;
            super._update(from, address(0xdead), fee);
            value -= fee;
        }
        super._update(from, to, value);
    }
}

/// @notice Test-only: an ERC-20 that returns false instead of reverting.
contract FalseReturningERC20 {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        return true;
    }

    function transfer(address, uint256) external pure returns (bool) {
        return false;
    }

    function transferFrom(address, address, uint256) external pure returns (bool) {
        return false;
    }
}


/// @notice Test-only: a proof verifier whose proof is abi.encode(keccak256(abi.encode(tokenId,
/// zkCommit)), threshold): valid only for the token and commitment it was made for.
contract MockProofVerifier is IProofVerifier {
    function verifyProof(uint256 tokenId, bytes32 zkCommit, bytes calldata proof)
        external
        pure
        returns (bool ok, uint16 threshold)
    {
        (bytes32 binding, uint16 th) = abi.decode(proof, (bytes32, uint16));
        return (binding == keccak256(abi.encode(tokenId, zkCommit)), th);
    }
}
