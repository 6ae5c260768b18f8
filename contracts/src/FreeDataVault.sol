// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AccessControlDefaultAdminRules} from
    "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {IDatpinErrors} from "./IDatpin.sol";

/// @notice What the vault needs of the DataMarket: its fee credits.
interface IFeeSource {
    function credit(address asset, address account) external view returns (uint256);
    function withdraw(address asset) external;
}

/// @title FreeDataVault
/// @notice An ERC-4626 vault over the network token whose yield is real protocol revenue: the data
/// market's protocol fee and an emission stream set by governance. Revenue never raises the share
/// price at once: whatever arrives (a fee collected, a payment, a donation) is added to a vesting
/// schedule that releases linearly over VESTING, so depositing just before a large revenue event
/// earns only what vests while the deposit stays. Emission is released per second from a reserve
/// governance funds, at a rate it sets through the timelock.
/// @dev Inflation attack: 6 decimals of offset (virtual shares) and a seeded first deposit, made
/// by the admin to a dead address before any other; deposits are refused until then. The accounts:
/// `storedAssets` are vested and counted; `vestingAmount` vests linearly until `vestingEnd`;
/// `emissionReserve` streams at `emissionRate`. The token balance is at least their sum; any
/// excess is new revenue, folded into the schedule at the next sync: the schedule's end becomes
/// the weighted end of the remainder's and the new amount's (which takes VESTING), so a dust
/// donation cannot hold back what was vesting.
contract FreeDataVault is ERC4626, IDatpinErrors, AccessControlDefaultAdminRules, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice How long new revenue takes to vest.
    uint64 public constant VESTING = 7 days;
    /// @notice Where the seeded first deposit's shares go: nobody can redeem them.
    address public constant DEAD = address(0xdEaD);
    /// @notice The most emission per second governance may set (1,000 tokens of 18 decimals).
    uint256 public constant MAX_EMISSION_RATE = 1000e18;

    uint256 public storedAssets;
    uint256 public vestingAmount;
    uint64 public vestingEnd;
    uint64 public lastSync;
    uint256 public emissionRate; // asset units per second
    uint256 public emissionReserve;
    IFeeSource public feeSource;
    address public treasury; // receives fees collected in other assets than the vault's
    bool public seeded;

    event Synced(uint256 storedAssets, uint256 vestingAmount, uint64 vestingEnd, uint256 emissionReserve);
    event RevenueVesting(uint256 amount, uint256 vestingAmount, uint64 vestingEnd);
    event EmissionFunded(address indexed from, uint256 amount, uint256 reserve);
    event EmissionRateSet(uint256 rate);
    event FeeSourceSet(address feeSource, address treasury);
    event FeesCollected(address indexed asset, uint256 amount, address to);
    event Seeded(uint256 assets, uint256 shares);

    error NotSeeded();
    error AlreadySeeded();

    /// @param adminDelay delay of a DEFAULT_ADMIN_ROLE transfer (AccessControlDefaultAdminRules)
    constructor(uint48 adminDelay, address admin, IERC20 token, address treasury_)
        ERC4626(token)
        ERC20("datpin FreeData vault share", "fdDPIN")
        AccessControlDefaultAdminRules(adminDelay, admin)
    {
        if (address(token) == address(0) || treasury_ == address(0)) revert InvalidInput("zero address");
        treasury = treasury_;
        lastSync = uint64(block.timestamp);
        emit FeeSourceSet(address(0), treasury_);
    }

    function _decimalsOffset() internal pure override returns (uint8) {
        return 6;
    }

    // ---------------------------------------------------------------- accounting

    /// @dev What vested and what emission streamed since the last sync.
    function _pending() private view returns (uint256 vested, uint256 emitted) {
        uint256 last = lastSync;
        uint256 end = vestingEnd;
        if (end > last && vestingAmount > 0) {
            uint256 upTo = block.timestamp < end ? block.timestamp : end;
            vested = vestingAmount * (upTo - last) / (end - last);
        }
        emitted = emissionRate * (block.timestamp - last);
        if (emitted > emissionReserve) emitted = emissionReserve;
    }

    /// @notice Vested and counted assets: what the shares are worth now. Revenue not vested yet
    /// and the emission reserve are not counted.
    function totalAssets() public view override returns (uint256) {
        (uint256 vested, uint256 emitted) = _pending();
        return storedAssets + vested + emitted;
    }

    /// @notice Brings the accounts up to now and folds any new revenue (an excess of the token
    /// balance over the accounts) into the vesting schedule. Anyone may call.
    function sync() public {
        // Before the seed nothing is counted: what arrives earlier vests after it, to everyone,
        // instead of setting the first shares' price.
        if (!seeded) return;
        (uint256 vested, uint256 emitted) = _pending();
        storedAssets += vested + emitted;
        vestingAmount -= vested;
        emissionReserve -= emitted;
        lastSync = uint64(block.timestamp);
        uint256 held = IERC20(asset()).balanceOf(address(this));
        uint256 accounted = storedAssets + vestingAmount + emissionReserve;
        if (held > accounted) {
            uint256 fresh = held - accounted;
            // The new end is the amounts' weighted end: the remainder keeps its own, the fresh
            // amount takes VESTING, so dust donations cannot hold the schedule back.
            uint256 left = vestingEnd > block.timestamp ? vestingEnd - block.timestamp : 0;
            uint256 remaining = vestingAmount;
            vestingAmount = remaining + fresh;
            vestingEnd = uint64(block.timestamp + (remaining * left + fresh * VESTING) / vestingAmount);
            if (vestingEnd <= block.timestamp) vestingEnd = uint64(block.timestamp) + 1;
            emit RevenueVesting(fresh, vestingAmount, vestingEnd);
        }
        emit Synced(storedAssets, vestingAmount, vestingEnd, emissionReserve);
    }

    // ---------------------------------------------------------------- revenue

    /// @notice Pays `amount` of the vault's token as revenue (it vests over VESTING).
    function notifyRevenue(uint256 amount) external nonReentrant {
        if (amount == 0) revert InvalidInput("amount");
        sync();
        IERC20(asset()).safeTransferFrom(msg.sender, address(this), amount);
        sync();
    }

    /// @notice Collects the data market's fee credit in `asset`: the vault's token becomes
    /// revenue; any other asset goes to the treasury. Anyone may call.
    function collectFees(address feeAsset) external nonReentrant {
        IFeeSource src = feeSource;
        if (address(src) == address(0)) revert InvalidInput("feeSource");
        uint256 amount = src.credit(feeAsset, address(this));
        if (amount == 0) revert NothingToWithdraw(address(this));
        sync();
        src.withdraw(feeAsset);
        if (feeAsset == asset()) {
            sync(); // the fee is new revenue: it vests
            emit FeesCollected(feeAsset, amount, address(this));
        } else if (feeAsset == address(0)) {
            (bool ok,) = payable(treasury).call{value: amount}("");
            if (!ok) revert TransferFailed(treasury, amount);
            emit FeesCollected(feeAsset, amount, treasury);
        } else {
            IERC20(feeAsset).safeTransfer(treasury, amount);
            emit FeesCollected(feeAsset, amount, treasury);
        }
    }

    /// @notice Accepts ETH from the fee source only (while it pays a collection).
    receive() external payable {
        if (msg.sender != address(feeSource)) revert Unauthorized(msg.sender);
    }

    /// @notice Adds `amount` of the vault's token to the emission reserve. Anyone may fund it.
    function fundEmission(uint256 amount) external nonReentrant {
        if (amount == 0) revert InvalidInput("amount");
        sync();
        IERC20(asset()).safeTransferFrom(msg.sender, address(this), amount);
        emissionReserve += amount;
        emit EmissionFunded(msg.sender, amount, emissionReserve);
    }

    /// @notice Sets the emission per second (governance, through the timelock).
    function setEmissionRate(uint256 rate) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (rate > MAX_EMISSION_RATE) revert ValueTooLarge(rate, MAX_EMISSION_RATE);
        sync();
        emissionRate = rate;
        emit EmissionRateSet(rate);
    }

    /// @notice Sets where the market's fees are collected from and where other assets go.
    function setFeeSource(IFeeSource src, address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (treasury_ == address(0)) revert InvalidInput("treasury");
        feeSource = src;
        treasury = treasury_;
        emit FeeSourceSet(address(src), treasury_);
    }

    // ---------------------------------------------------------------- deposits and withdrawals

    /// @notice The first deposit, from the admin, whose shares go to DEAD: with the decimals
    /// offset, it makes donating to steal later depositors' shares cost far more than it gains.
    function seed(uint256 assets) external onlyRole(DEFAULT_ADMIN_ROLE) nonReentrant {
        if (seeded) revert AlreadySeeded();
        if (assets == 0) revert InvalidInput("assets");
        seeded = true;
        lastSync = uint64(block.timestamp);
        uint256 shares = previewDeposit(assets);
        _deposit(msg.sender, DEAD, assets, shares);
        emit Seeded(assets, shares);
    }

    function deposit(uint256 assets, address receiver) public override nonReentrant returns (uint256) {
        return super.deposit(assets, receiver);
    }

    function mint(uint256 shares, address receiver) public override nonReentrant returns (uint256) {
        return super.mint(shares, receiver);
    }

    function withdraw(uint256 assets, address receiver, address owner) public override nonReentrant returns (uint256) {
        return super.withdraw(assets, receiver, owner);
    }

    function redeem(uint256 shares, address receiver, address owner) public override nonReentrant returns (uint256) {
        return super.redeem(shares, receiver, owner);
    }

    /// @dev Brings the accounts up to now first (the shares were priced with the same figures),
    /// then counts the deposit.
    function _deposit(address caller, address receiver, uint256 assets, uint256 shares) internal override {
        if (!seeded) revert NotSeeded();
        sync();
        storedAssets += assets;
        super._deposit(caller, receiver, assets, shares);
    }

    function _withdraw(address caller, address receiver, address owner, uint256 assets, uint256 shares)
        internal
        override
    {
        sync();
        storedAssets -= assets;
        super._withdraw(caller, receiver, owner, assets, shares);
    }
}
