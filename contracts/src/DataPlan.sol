// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AccessControlDefaultAdminRules} from
    "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IDatpinErrors} from "./IDatpin.sol";

/// @title DataPlan
/// @notice The FreeData plan: a subscriber deposits the network token once; the yield of its
/// vault shares — never the principal — is converted into mobile data credit at a price per GB,
/// and the network's billing (METER_ROLE) debits the data used. When credit runs out the plan is
/// throttled (an event and a state the billing reads); the principal stays whole and can be
/// withdrawn at any time after the plan's minimum term.
/// @dev A subscriber is an address bound to an opaque subscriber id the billing knows (no
/// personal data on chain; the billing binds each id to its owner's address). Converting yield
/// withdraws from the vault to the treasury (the network's billing revenue, which provides the
/// data) exactly the price of the whole kilobytes the yield, less one unit, pays for; the rest
/// stays yield, and the shares left are worth at least the principal. Credit is kept in
/// kilobytes.
contract DataPlan is IDatpinErrors, AccessControlDefaultAdminRules, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Debits usage: the network's billing.
    bytes32 public constant METER_ROLE = keccak256("METER_ROLE");
    /// @notice The most a price change may move the price, in basis points, and how often.
    uint16 public constant MAX_PRICE_CHANGE_BPS = 1000;
    uint64 public constant PRICE_INTERVAL = 7 days;
    uint256 private constant KB_PER_GB = 1_048_576;
    /// @notice The most subscribers one meterMany may debit: a batch stays well inside a block.
    uint256 public constant MAX_BATCH = 256;

    struct Plan {
        bytes32 subscriberId;
        uint256 shares; // vault shares held for the subscriber
        uint256 principal; // asset units deposited (less the vault's rounding) and not withdrawn
        uint256 creditKB; // issued from yield
        uint256 usedKB;
        uint256 yieldConverted; // asset units of yield converted into credit
        uint64 since; // first deposit: the minimum term runs from it
        bool throttled;
    }

    IERC4626 public immutable vault;
    IERC20 public immutable token;
    uint64 public immutable minTerm;
    /// @dev The vault's virtual shares (10 ** its decimals offset): with them meterMany prices
    /// shares exactly as the vault's ERC-4626 conversions do, from one read of its totals.
    uint256 private immutable _virtualShares;
    address public treasury;
    uint256 public pricePerGB; // asset units per GB
    uint64 public priceChangedAt;

    mapping(address => Plan) private _plans;
    mapping(bytes32 => address) public subscriberOwner;

    event Subscribed(address indexed owner, bytes32 indexed subscriberId, uint256 assets, uint256 shares, uint256 principal);
    event YieldConverted(address indexed owner, uint256 assets, uint256 shares, uint256 creditKB);
    event Metered(address indexed owner, uint256 kb, uint256 usedKB, uint256 creditKB);
    event Throttled(address indexed owner, uint256 shortKB);
    event Unthrottled(address indexed owner, uint256 creditKB);
    event Withdrawn(address indexed owner, address to, uint256 assets, uint256 shares);
    event SubscriberBound(bytes32 indexed subscriberId, address indexed owner);
    event PriceSet(uint256 pricePerGB);
    event TreasurySet(address treasury);

    error AlreadySubscribed(bytes32 subscriberId, address owner);
    error NotBound(bytes32 subscriberId, address caller);
    error NoPlan(address owner);
    error TermNotOver(address owner, uint64 endsAt);
    error PriceChangeTooLarge(uint256 from, uint256 to);
    error PriceChangeTooSoon(uint64 allowedAt);
    error EmptyBatch();
    error BatchTooLong(uint256 length, uint256 max);

    /// @param adminDelay delay of a DEFAULT_ADMIN_ROLE transfer (AccessControlDefaultAdminRules)
    constructor(uint48 adminDelay, address admin, IERC4626 vault_, address treasury_, uint256 pricePerGB_, uint64 minTerm_)
        AccessControlDefaultAdminRules(adminDelay, admin)
    {
        if (address(vault_) == address(0) || treasury_ == address(0)) revert InvalidInput("zero address");
        if (pricePerGB_ == 0) revert InvalidInput("pricePerGB");
        vault = vault_;
        address asset = vault_.asset();
        token = IERC20(asset);
        uint256 virtualShares = 10 ** (IERC20Metadata(address(vault_)).decimals() - IERC20Metadata(asset).decimals());
        // meterMany relies on the vault converting as shares * (totalAssets + 1) /
        // (totalSupply + virtualShares): a vault that does otherwise is refused.
        uint256 probe = 1e30;
        if (vault_.convertToAssets(probe) != Math.mulDiv(probe, vault_.totalAssets() + 1, vault_.totalSupply() + virtualShares)) {
            revert InvalidInput("vault");
        }
        _virtualShares = virtualShares;
        treasury = treasury_;
        pricePerGB = pricePerGB_;
        minTerm = minTerm_;
        priceChangedAt = uint64(block.timestamp);
        emit PriceSet(pricePerGB_);
        emit TreasurySet(treasury_);
    }

    /// @notice A subscriber's plan.
    function planOf(address owner) external view returns (Plan memory) {
        return _plans[owner];
    }

    /// @notice What the subscriber's shares are worth now, and the yield not yet converted.
    function valueOf(address owner) public view returns (uint256 assets, uint256 yield_) {
        Plan storage p = _plans[owner];
        assets = vault.convertToAssets(p.shares);
        yield_ = assets > p.principal ? assets - p.principal : 0;
    }

    /// @notice Binds a subscriber id to its owner's address (the billing, which knows its
    /// subscribers). An id is bound once; an address has one id. A plan cannot be moved.
    function bind(bytes32 subscriberId, address owner) external onlyRole(METER_ROLE) {
        if (subscriberId == bytes32(0) || owner == address(0)) revert InvalidInput("bind");
        address bound = subscriberOwner[subscriberId];
        if (bound != address(0)) revert AlreadySubscribed(subscriberId, bound);
        bytes32 held = _plans[owner].subscriberId;
        if (held != bytes32(0)) revert AlreadySubscribed(held, owner);
        subscriberOwner[subscriberId] = owner;
        emit SubscriberBound(subscriberId, owner);
    }

    /// @notice Deposits `assets` for the caller under `subscriberId`, which the billing bound to
    /// the caller's address (bind).
    function deposit(bytes32 subscriberId, uint256 assets) external nonReentrant returns (uint256 shares) {
        if (assets == 0) revert InvalidInput("assets");
        if (subscriberId == bytes32(0)) revert InvalidInput("subscriberId");
        Plan storage p = _plans[msg.sender];
        // The billing binds each subscriber id to its owner's address (bind): an id seen in a
        // pending deposit cannot be taken by someone else first.
        if (subscriberOwner[subscriberId] != msg.sender) revert NotBound(subscriberId, msg.sender);
        if (p.subscriberId != bytes32(0) && p.subscriberId != subscriberId) revert AlreadySubscribed(p.subscriberId, msg.sender);
        p.subscriberId = subscriberId;
        if (p.principal == 0) p.since = uint64(block.timestamp);
        _convert(msg.sender, p); // yield earned so far becomes credit before the principal grows
        token.safeTransferFrom(msg.sender, address(this), assets);
        token.forceApprove(address(vault), assets);
        shares = vault.deposit(assets, address(this));
        p.shares += shares;
        // The principal is what the new shares are worth: the deposit less the vault's rounding
        // (at most a unit), so that the shares are always worth at least the principal.
        p.principal += vault.convertToAssets(shares);
        emit Subscribed(msg.sender, subscriberId, assets, shares, p.principal);
    }

    /// @notice Converts `owner`'s yield into data credit. Anyone may call.
    function accrue(address owner) external nonReentrant returns (uint256 creditKB) {
        Plan storage p = _plans[owner];
        if (p.subscriberId == bytes32(0)) revert NoPlan(owner);
        return _convert(owner, p);
    }

    /// @notice Debits `kb` of data used by `owner`, after converting its yield. Beyond the
    /// credit the plan is throttled; the billing reads `planOf(owner).throttled`.
    function meter(address owner, uint256 kb) external onlyRole(METER_ROLE) nonReentrant {
        Plan storage p = _plans[owner];
        if (p.subscriberId == bytes32(0)) revert NoPlan(owner);
        _convert(owner, p);
        _debit(owner, p, kb);
    }

    /// @notice Debits `kbs[i]` of data used by `owners[i]` for each i, after converting each
    /// one's yield: the billing's periodic run, at most MAX_BATCH subscribers a call. Each entry
    /// is one usage record and has meter's effect and events (an owner listed twice is debited
    /// twice). The batch is all or nothing: an owner without a plan reverts it with NoPlan, as
    /// meter does, so no usage is dropped silently; the billing meters only subscribers that
    /// deposited (a plan, once made, is never removed, so nobody else can make a batch fail).
    /// @dev The vault's share price and the price per GB are read once: every subscriber's yield
    /// is valued at the share price at the start of the batch, and the shares its credit costs
    /// (rounded up, as the vault's withdraw would burn) are redeemed to the treasury in one call
    /// at the end. A redemption only raises the share price (the vault rounds in its own favour),
    /// so each plan's remaining shares stay worth at least its principal; a sequence of single
    /// meters, each priced after the previous redemption, may differ from the batch by rounding
    /// units only.
    function meterMany(address[] calldata owners, uint256[] calldata kbs) external onlyRole(METER_ROLE) nonReentrant {
        uint256 n = owners.length;
        if (n != kbs.length) revert LengthMismatch(n, kbs.length);
        if (n == 0) revert EmptyBatch();
        if (n > MAX_BATCH) revert BatchTooLong(n, MAX_BATCH);
        uint256 totalAssets = vault.totalAssets() + 1;
        uint256 totalShares = vault.totalSupply() + _virtualShares;
        uint256 price = pricePerGB;
        uint256 burnt;
        for (uint256 i; i < n; ++i) {
            address owner = owners[i];
            Plan storage p = _plans[owner];
            if (p.subscriberId == bytes32(0)) revert NoPlan(owner);
            burnt += _convertAt(owner, p, totalAssets, totalShares, price);
            _debit(owner, p, kbs[i]);
        }
        if (burnt > 0) vault.redeem(burnt, treasury, address(this));
    }

    /// @dev Debits `kb` from the plan's credit, throttling it beyond.
    function _debit(address owner, Plan storage p, uint256 kb) private {
        uint256 credit = p.creditKB;
        uint256 used = p.usedKB;
        uint256 available = credit - used;
        if (kb <= available) {
            used += kb;
        } else {
            used = credit;
            if (!p.throttled) {
                p.throttled = true;
                emit Throttled(owner, kb - available);
            }
        }
        p.usedKB = used;
        emit Metered(owner, kb, used, credit);
    }

    /// @notice Withdraws the caller's whole deposit (its shares: the principal and any yield not
    /// yet converted) to `to`, once the minimum term is over. Credit already issued stays usable.
    function withdraw(address to) external nonReentrant returns (uint256 assets) {
        Plan storage p = _plans[msg.sender];
        if (p.principal == 0 && p.shares == 0) revert NoPlan(msg.sender);
        if (to == address(0)) revert InvalidInput("to");
        uint64 endsAt = p.since + minTerm;
        if (block.timestamp < endsAt) revert TermNotOver(msg.sender, endsAt);
        _convert(msg.sender, p);
        uint256 shares = p.shares;
        p.shares = 0;
        p.principal = 0;
        assets = vault.redeem(shares, to, address(this));
        emit Withdrawn(msg.sender, to, assets, shares);
    }

    /// @dev Redeems the shares the yield is worth (rounded down, less one unit) to the treasury and
    /// credits their value at the current price.
    function _convert(address owner, Plan storage p) private returns (uint256 creditKB) {
        (, uint256 yield_) = valueOf(owner);
        if (yield_ <= 1) return 0;
        // Only whole kilobytes are converted: the yield worth less than one stays yield, so
        // frequent conversions (anyone may call accrue) cannot round a small plan's yield away.
        uint256 price = pricePerGB;
        uint256 kb = (yield_ - 1) * KB_PER_GB / price;
        if (kb == 0) return 0;
        // Exactly the assets the kilobytes cost, at most the yield less one unit: the shares
        // burnt (rounded up by the vault) leave the principal covered.
        uint256 assets = Math.ceilDiv(kb * price, KB_PER_GB);
        uint256 shares = vault.withdraw(assets, treasury, address(this));
        p.shares -= shares;
        creditKB = kb;
        p.creditKB += creditKB;
        p.yieldConverted += assets;
        emit YieldConverted(owner, assets, shares, creditKB);
        if (p.throttled && p.creditKB > p.usedKB) {
            p.throttled = false;
            emit Unthrottled(owner, p.creditKB - p.usedKB);
        }
    }

    /// @dev _convert at a share price given as (totalAssets + 1, totalSupply + virtual shares)
    /// and a price per GB, without redeeming: returns the shares the credit cost, which the caller
    /// redeems to the treasury.
    function _convertAt(address owner, Plan storage p, uint256 totalAssets, uint256 totalShares, uint256 price)
        private
        returns (uint256 burnt)
    {
        uint256 shares = p.shares;
        uint256 principal = p.principal;
        uint256 value = Math.mulDiv(shares, totalAssets, totalShares);
        if (value <= principal + 1) return 0;
        uint256 kb = (value - principal - 1) * KB_PER_GB / price;
        if (kb == 0) return 0;
        uint256 assets = Math.ceilDiv(kb * price, KB_PER_GB);
        // assets < value, so the shares burnt (rounded up) are at most the plan's shares.
        burnt = Math.mulDiv(assets, totalShares, totalAssets, Math.Rounding.Ceil);
        p.shares = shares - burnt;
        uint256 credit = p.creditKB + kb;
        p.creditKB = credit;
        p.yieldConverted += assets;
        emit YieldConverted(owner, assets, burnt, kb);
        if (p.throttled && credit > p.usedKB) {
            p.throttled = false;
            emit Unthrottled(owner, credit - p.usedKB);
        }
    }

    /// @notice Sets the price per GB (governance, through the timelock): at most
    /// MAX_PRICE_CHANGE_BPS up or down, at most once per PRICE_INTERVAL.
    function setPrice(uint256 price) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint256 old = pricePerGB;
        if (block.timestamp < uint256(priceChangedAt) + PRICE_INTERVAL) {
            revert PriceChangeTooSoon(priceChangedAt + PRICE_INTERVAL);
        }
        uint256 diff = price > old ? price - old : old - price;
        if (price == 0 || diff * 10_000 > old * MAX_PRICE_CHANGE_BPS) revert PriceChangeTooLarge(old, price);
        pricePerGB = price;
        priceChangedAt = uint64(block.timestamp);
        emit PriceSet(price);
    }

    /// @notice Sets where converted yield goes (governance).
    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (treasury_ == address(0)) revert InvalidInput("treasury");
        treasury = treasury_;
        emit TreasurySet(treasury_);
    }
}
