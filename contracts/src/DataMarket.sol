// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AccessControlDefaultAdminRules} from
    "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {IDatpinErrors, Status} from "./IDatpin.sol";

/// @notice What the market reads of and does to the DataAnchoringToken.
interface IMarketDAT {
    function ownerOf(uint256 tokenId) external view returns (address);
    function classOf(uint256 tokenId) external view returns (uint256);
    function statusOf(uint256 tokenId) external view returns (Status);
    function valueOf(uint256 tokenId) external view returns (uint256);
    function expireAtOf(uint256 tokenId) external view returns (uint64);
    function isApprovedForClass(address owner, uint256 classId, address operator) external view returns (bool);
    function recordUsage(uint256 tokenId, bytes32 metricType, uint256 amount) external;
}

/// @notice What the market reads of the QualityOracle: delivering parties are bonded validators.
interface IMarketValidators {
    /// @dev The QualityOracle's Validator record, in its field order.
    struct ValidatorInfo {
        uint96 stake;
        bool active;
        bool listed;
        uint64 exitAt;
        uint32 lastCommitted;
        uint48 joinedAt;
        uint32 agreements;
        uint32 faults;
        uint32 withheld;
    }

    function validatorOf(address validator) external view returns (ValidatorInfo memory);

    /// @dev The QualityOracle's params(): quorum, threshold, tolerance, exitDelay, staleAfter,
    /// disputeWindow, faultsPerWithhold, minStake, slashPerFault.
    function params()
        external
        view
        returns (uint8, uint16, uint16, uint32, uint32, uint32, uint16, uint256 minStake, uint256);
}

/// @title DataMarket
/// @notice Buyers pay for datasets of finalized DATs; exactly the tokens sold are paid, in
/// proportion to the units each one gave, to whoever holds them when they claim.
///
/// A listing names a dataset by the Merkle root of its manifest (entries `(index, tokenId,
/// units)`, positional tree, see {merkleRoot}), its content address, the hash of its quality
/// certificate, a price per unit in ETH or one ERC-20, the purposes it may be bought for and a
/// licence (URI, access duration). A purchase passes the manifest's entries: the market checks
/// them against the root and includes each token that is finalized, of the listing's class, has
/// the units left, and whose holder approved this market as its class operator on the DAT and
/// consents to the class, the buyer's declared purpose, the buyer, the asset and the price net of
/// fees; it escrows the price of the included units. A bonded validator (a gateway) delivers
/// before the deadline, passing the included entries: only then are their units spent
/// (`recordUsage`); an entry whose units can no longer be spent (consent withdrawn, value spent,
/// expired) is dropped and its price credited back to the buyer. The wrapped-key bundle's content
/// address goes on chain, the delivery and protocol fees (fixed at purchase) are credited, and the
/// rest becomes the purchase's pool. Each delivered token's current holder then claims
/// `pool × units / totalUnits` with a proof of its entry in the purchase's sold root. No delivery
/// by the deadline: the buyer takes the escrow back, and no token has lost any value.
///
/// Consent is opt-in: a holder that never called {setConsent} sells nothing, and sells only for
/// the assets it priced with {setFloor}. It is given per class as a set of purpose codes, a floor
/// price per unit (what the holder receives, after fees) for each accepted asset, and buyer allow-
/// and deny-lists; revoking it excludes the holder's tokens from every later purchase, while earlier
/// buyers keep their licence until it ends. Consent follows the holder: a token sold or
/// transferred is governed by its new holder's consent.
/// @dev Pull payments for fees and escrow change, direct transfers for claims and refunds, each
/// after its effects and under the reentrancy guard. ERC-20 payments are measured by balance
/// difference, so a token that takes a fee on transfer is refused.
contract DataMarket is IDatpinErrors, AccessControlDefaultAdminRules, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Lists datasets for sale (the network's curators; granted through the timelock).
    bytes32 public constant CURATOR_ROLE = keccak256("CURATOR_ROLE");
    /// @notice The metric recorded on the DAT when a purchase spends a token's units.
    bytes32 public constant USAGE_METRIC = "dataset-sale";
    /// @notice The most the protocol and delivery fees may take together, in basis points.
    uint16 public constant MAX_FEE_BPS = 2000;
    /// @notice The most entries a manifest may have (a purchase must fit a block).
    uint256 public constant MAX_ENTRIES = 512;
    /// @notice The longest licence a listing may grant.
    uint64 public constant MAX_ACCESS = 100 * 365 days;
    /// @notice Gas given to a holder's ETH receive when it is paid a claim; ETH it cannot receive
    /// with it is credited to it instead.
    uint256 public constant PAY_GAS = 30_000;

    enum State {
        None,
        Paid,
        Delivered,
        Refunded
    }

    struct Listing {
        address seller; // the curator that listed it; may close it
        uint64 classId;
        bool open;
        address asset; // address(0): ETH
        uint64 accessDuration; // seconds of licence from the purchase
        uint32 deliveryWindow; // seconds a gateway has to deliver
        uint128 pricePerUnit;
        uint256 purposes; // bit p set: purpose code p allowed
        bytes32 manifestRoot;
        bytes32 manifestCid; // sha2-256 digest of the manifest's CID
        bytes32 certificateHash;
        string licenceURI;
    }

    struct Purchase {
        address buyer;
        uint64 listingId;
        State state;
        uint8 purpose;
        uint16 protocolFeeBps; // fixed at purchase
        uint16 deliveryFeeBps;
        address asset;
        uint64 deadline; // of delivery
        uint64 licenceEnds;
        uint128 amount; // escrowed (once delivered: charged for the delivered units)
        uint128 pool; // for holders, once delivered
        uint128 pricePerUnit;
        uint64 totalUnits;
        uint32 tokens;
        address gateway;
        bytes32 soldRoot; // Merkle root of the included (once delivered: delivered) entries (index, tokenId, units)
        bytes32 recipientHash; // keccak256 of the buyer's age recipient
        bytes32 bundleCid; // sha2-256 digest of the delivered wrapped-key bundle's CID
    }

    /// @notice A manifest or sold entry.
    struct Entry {
        uint256 tokenId;
        uint256 units;
    }

    struct Consent {
        uint256 purposes; // bit p set: purpose code p allowed; 0: nothing
        bool allowListOnly; // only buyers on the allow-list
    }

    IMarketDAT public immutable dat;
    IMarketValidators public immutable validators;

    uint16 public protocolFeeBps;
    uint16 public deliveryFeeBps;
    address public feeRecipient;

    uint256 public listingCount;
    uint256 public purchaseCount;
    mapping(uint256 => Listing) private _listings;
    mapping(uint256 => Purchase) private _purchases;
    /// @dev purchase id => word => bits of claimed sold entries (by index)
    mapping(uint256 => mapping(uint256 => uint256)) private _claimed;
    /// @notice Withdrawable balances: asset => account => amount (fees, escrow change).
    mapping(address => mapping(address => uint256)) public credit;

    mapping(address => mapping(uint256 => Consent)) private _consent;
    /// @dev holder => class => asset => 1 + floor price per unit (0: asset not accepted)
    mapping(address => mapping(uint256 => mapping(address => uint256))) private _floor;
    /// @dev holder => class => buyer => 1 allowed, 2 denied
    mapping(address => mapping(uint256 => mapping(address => uint8))) private _buyerRule;

    event Listed(
        uint256 indexed listingId,
        address indexed seller,
        uint256 indexed classId,
        bytes32 manifestRoot,
        bytes32 manifestCid,
        bytes32 certificateHash,
        address asset,
        uint256 pricePerUnit,
        uint256 purposes,
        uint64 accessDuration,
        uint32 deliveryWindow,
        string licenceURI
    );
    event ListingClosed(uint256 indexed listingId);
    event Purchased(
        uint256 indexed purchaseId,
        uint256 indexed listingId,
        address indexed buyer,
        uint8 purpose,
        uint256 tokens,
        uint256 units,
        uint256 amount,
        bytes32 soldRoot,
        uint64 deadline,
        uint64 licenceEnds,
        string ageRecipient
    );
    /// @notice An entry the purchase did not include, or its delivery dropped, with why: 1 no
    /// consent (or no operator approval), 2 not finalized or of another class, 3 value short, or
    /// its units could not be spent at delivery.
    event EntryExcluded(uint256 indexed purchaseId, uint256 indexed tokenId, uint8 why);
    event Delivered(
        uint256 indexed purchaseId, address indexed gateway, bytes32 bundleCid, uint256 tokens, uint256 units, uint256 pool
    );
    event Refunded(uint256 indexed purchaseId, address indexed buyer, uint256 amount);
    event SaleClaimed(uint256 indexed purchaseId, uint256 indexed tokenId, address indexed holder, uint256 amount);
    event Withdrawn(address indexed account, address indexed asset, uint256 amount);
    event ConsentSet(address indexed holder, uint256 indexed classId, uint256 purposes, bool allowListOnly);
    event FloorSet(address indexed holder, uint256 indexed classId, address indexed asset, uint256 pricePerUnit);
    event BuyerRuleSet(address indexed holder, uint256 indexed classId, address indexed buyer, uint8 rule);
    event FeesUpdated(uint16 protocolFeeBps, uint16 deliveryFeeBps, address feeRecipient);

    error ListingNotOpen(uint256 listingId);
    error PurposeNotListed(uint256 listingId, uint8 purpose);
    error ManifestMismatch(bytes32 expected, bytes32 computed);
    error NothingIncluded(uint256 listingId, uint256 units, uint256 minUnits);
    error PriceAboveLimit(uint256 amount, uint256 maxAmount);
    error WrongPayment(uint256 sent, uint256 needed);
    error NotInState(uint256 purchaseId, State state);
    error DeliveryClosed(uint256 purchaseId, uint64 deadline);
    error DeliveryOpen(uint256 purchaseId, uint64 deadline);
    error NotBuyer(address caller, uint256 purchaseId);
    error AlreadyClaimed(uint256 purchaseId, uint256 index);
    error NotSold(uint256 purchaseId, uint256 index);
    error FeesTooHigh(uint256 bps, uint256 max);
    error PurchaseNotFound(uint256 purchaseId);

    /// @param adminDelay delay of a DEFAULT_ADMIN_ROLE transfer (AccessControlDefaultAdminRules)
    constructor(uint48 adminDelay, address admin, IMarketDAT dat_, IMarketValidators validators_, address feeRecipient_)
        AccessControlDefaultAdminRules(adminDelay, admin)
    {
        if (address(dat_) == address(0) || address(validators_) == address(0) || feeRecipient_ == address(0)) {
            revert InvalidInput("zero address");
        }
        dat = dat_;
        validators = validators_;
        feeRecipient = feeRecipient_;
        emit FeesUpdated(0, 0, feeRecipient_);
    }

    // ---------------------------------------------------------------- administration

    /// @notice Sets the fees taken from a delivered purchase (fixed for each purchase when it is
    /// made) and where the protocol's goes. Admin only (the timelock).
    function setFees(uint16 protocolBps, uint16 deliveryBps, address recipient)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        if (uint256(protocolBps) + deliveryBps > MAX_FEE_BPS) {
            revert FeesTooHigh(uint256(protocolBps) + deliveryBps, MAX_FEE_BPS);
        }
        if (recipient == address(0)) revert InvalidInput("recipient");
        protocolFeeBps = protocolBps;
        deliveryFeeBps = deliveryBps;
        feeRecipient = recipient;
        emit FeesUpdated(protocolBps, deliveryBps, recipient);
    }

    // ---------------------------------------------------------------- consent

    /// @notice Grants (or, with purposes 0, revokes) use of the caller's tokens of a class for the
    /// purpose codes set in `purposes`; with allowListOnly, only for buyers on its allow-list.
    /// Selling also needs this market approved as the caller's class operator on the DAT.
    function setConsent(uint256 classId, uint256 purposes, bool allowListOnly) external {
        _consent[msg.sender][classId] = Consent(purposes, allowListOnly);
        emit ConsentSet(msg.sender, classId, purposes, allowListOnly);
    }

    /// @notice Accepts `asset` (address(0): ETH) for sales of the caller's tokens of a class at
    /// no less than `pricePerUnit`, what the caller receives per unit after fees. An asset never
    /// priced is refused; type(uint256).max refuses it again.
    function setFloor(uint256 classId, address asset, uint256 pricePerUnit) external {
        _floor[msg.sender][classId][asset] = pricePerUnit == type(uint256).max ? 0 : pricePerUnit + 1;
        emit FloorSet(msg.sender, classId, asset, pricePerUnit);
    }

    /// @notice Whether `holder` accepts `asset` for its tokens of a class, and at what floor.
    function floorOf(address holder, uint256 classId, address asset) external view returns (bool accepted, uint256 price) {
        uint256 f = _floor[holder][classId][asset];
        return (f != 0, f == 0 ? 0 : f - 1);
    }

    /// @notice Puts a buyer on the caller's allow-list (1) or deny-list (2) for a class, or takes
    /// it off both (0). A denied buyer is refused whatever else the consent says.
    function setBuyerRule(uint256 classId, address buyer, uint8 rule) external {
        if (rule > 2) revert InvalidInput("rule");
        _buyerRule[msg.sender][classId][buyer] = rule;
        emit BuyerRuleSet(msg.sender, classId, buyer, rule);
    }

    /// @notice Whether `holder`'s consent covers selling its tokens of a class to `buyer` for
    /// `purpose` with `pricePerUnit` of `asset` reaching the holder after fees (the DAT operator
    /// approval is checked at purchase and needed at delivery).
    function consents(address holder, uint256 classId, address buyer, uint8 purpose, address asset, uint256 pricePerUnit)
        public
        view
        returns (bool)
    {
        Consent storage c = _consent[holder][classId];
        if (c.purposes & (uint256(1) << purpose) == 0) return false;
        uint8 rule = _buyerRule[holder][classId][buyer];
        if (rule == 2 || (c.allowListOnly && rule != 1)) return false;
        uint256 f = _floor[holder][classId][asset];
        return f != 0 && pricePerUnit >= f - 1;
    }

    /// @notice A holder's consent for a class.
    function consentOf(address holder, uint256 classId) external view returns (uint256 purposes, bool allowListOnly) {
        Consent storage c = _consent[holder][classId];
        return (c.purposes, c.allowListOnly);
    }

    // ---------------------------------------------------------------- listings

    /// @notice Lists a dataset. Curators only.
    /// @param manifestRoot {merkleRoot} of the manifest's entries
    /// @param purposes bit p set: the dataset may be bought for purpose code p
    function list(
        uint256 classId,
        bytes32 manifestRoot,
        bytes32 manifestCid,
        bytes32 certificateHash,
        address asset,
        uint128 pricePerUnit,
        uint256 purposes,
        uint64 accessDuration,
        uint32 deliveryWindow,
        string calldata licenceURI
    ) external onlyRole(CURATOR_ROLE) returns (uint256 listingId) {
        if (manifestRoot == bytes32(0)) revert InvalidInput("manifestRoot");
        if (pricePerUnit == 0) revert InvalidInput("pricePerUnit");
        if (purposes == 0) revert InvalidInput("purposes");
        if (accessDuration == 0) revert InvalidInput("accessDuration");
        if (deliveryWindow == 0) revert InvalidInput("deliveryWindow");
        // The licence must outlast the delivery window, or a late delivery could never be made.
        if (accessDuration <= deliveryWindow || accessDuration > MAX_ACCESS) revert InvalidInput("accessDuration");
        if (classId > type(uint64).max) revert InvalidInput("classId");
        listingId = ++listingCount;
        _listings[listingId] = Listing({
            seller: msg.sender,
            classId: uint64(classId),
            open: true,
            asset: asset,
            accessDuration: accessDuration,
            deliveryWindow: deliveryWindow,
            pricePerUnit: pricePerUnit,
            purposes: purposes,
            manifestRoot: manifestRoot,
            manifestCid: manifestCid,
            certificateHash: certificateHash,
            licenceURI: licenceURI
        });
        emit Listed(
            listingId,
            msg.sender,
            classId,
            manifestRoot,
            manifestCid,
            certificateHash,
            asset,
            pricePerUnit,
            purposes,
            accessDuration,
            deliveryWindow,
            licenceURI
        );
    }

    /// @notice Closes a listing to new purchases (its seller or the admin). Purchases made stay.
    function closeListing(uint256 listingId) external {
        Listing storage l = _listing(listingId);
        if (msg.sender != l.seller && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) revert Unauthorized(msg.sender);
        if (!l.open) revert ListingNotOpen(listingId);
        l.open = false;
        emit ListingClosed(listingId);
    }

    /// @notice A listing.
    function listingOf(uint256 listingId) external view returns (Listing memory) {
        return _listing(listingId);
    }

    // ---------------------------------------------------------------- purchase

    /// @notice Buys a listed dataset for `purpose`. `entries` are the manifest's, in order; the
    /// purchase includes those whose token is finalized, of the listing's class, has the units
    /// left and whose holder consents (see the contract's notice), and escrows
    /// `pricePerUnit × units` of them; the units are spent at delivery. ETH: send at least that (the change is credited);
    /// ERC-20: approve it. Reverts if fewer than `minUnits` (or no) units are included, or the
    /// price exceeds `maxAmount`: consent may change between quoting and buying.
    /// @param ageRecipient the buyer's age recipient, to which gateways wrap the data keys
    function purchase(
        uint256 listingId,
        Entry[] calldata entries,
        uint8 purpose,
        string calldata ageRecipient,
        uint256 minUnits,
        uint256 maxAmount
    ) external payable nonReentrant returns (uint256 purchaseId) {
        Listing storage l = _listing(listingId);
        if (!l.open) revert ListingNotOpen(listingId);
        if (l.purposes & (uint256(1) << purpose) == 0) revert PurposeNotListed(listingId, purpose);
        if (entries.length == 0 || entries.length > MAX_ENTRIES) revert InvalidInput("entries");
        if (bytes(ageRecipient).length == 0) revert InvalidInput("ageRecipient");
        bytes32 root = merkleRoot(entries);
        if (root != l.manifestRoot) revert ManifestMismatch(l.manifestRoot, root);

        purchaseId = ++purchaseCount;
        (bytes32 sold, uint256 units, uint256 tokens) = _include(purchaseId, l, entries, purpose);
        if (units == 0 || units < minUnits) revert NothingIncluded(listingId, units, minUnits);
        uint256 amount = units * l.pricePerUnit;
        if (amount > maxAmount) revert PriceAboveLimit(amount, maxAmount);
        if (amount > type(uint128).max || units > type(uint64).max) revert ValueTooLarge(amount, type(uint128).max);

        uint64 deadline = uint64(block.timestamp) + l.deliveryWindow;
        uint64 licenceEnds = uint64(block.timestamp) + l.accessDuration;
        _purchases[purchaseId] = Purchase({
            buyer: msg.sender,
            listingId: uint64(listingId),
            state: State.Paid,
            purpose: purpose,
            protocolFeeBps: protocolFeeBps,
            deliveryFeeBps: deliveryFeeBps,
            asset: l.asset,
            deadline: deadline,
            licenceEnds: licenceEnds,
            amount: uint128(amount),
            pool: 0,
            pricePerUnit: l.pricePerUnit,
            totalUnits: uint64(units),
            tokens: uint32(tokens),
            gateway: address(0),
            soldRoot: sold,
            recipientHash: keccak256(bytes(ageRecipient)),
            bundleCid: bytes32(0)
        });
        emit Purchased(
            purchaseId, listingId, msg.sender, purpose, tokens, units, amount, sold, deadline, licenceEnds, ageRecipient
        );
        // Interactions: the payment.
        if (l.asset == address(0)) {
            if (msg.value < amount) revert WrongPayment(msg.value, amount);
            if (msg.value > amount) credit[address(0)][msg.sender] += msg.value - amount;
        } else {
            if (msg.value != 0) revert WrongPayment(msg.value, 0);
            IERC20 token = IERC20(l.asset);
            uint256 before = token.balanceOf(address(this));
            token.safeTransferFrom(msg.sender, address(this), amount);
            uint256 received = token.balanceOf(address(this)) - before;
            if (received != amount) revert WrongPayment(received, amount);
        }
    }

    /// @dev Checks each entry and returns the root of the included entries (their manifest index
    /// kept), their units and their number.
    function _include(uint256 purchaseId, Listing storage l, Entry[] calldata entries, uint8 purpose)
        private
        returns (bytes32 root, uint256 units, uint256 tokens)
    {
        uint256 classId = l.classId;
        address asset = l.asset;
        // What a holder receives per unit, after the fees of this purchase.
        uint256 net = uint256(l.pricePerUnit) * (10_000 - protocolFeeBps - deliveryFeeBps) / 10_000;
        bytes32[] memory leaves = new bytes32[](entries.length);
        address lastHolder;
        bool lastOk;
        for (uint256 i; i < entries.length; ++i) {
            uint256 id = entries[i].tokenId;
            uint256 u = entries[i].units;
            if (u == 0) revert InvalidInput("units");
            if (!_sellable(id, classId)) {
                emit EntryExcluded(purchaseId, id, 2);
                continue;
            }
            address holder = dat.ownerOf(id);
            if (holder != lastHolder) {
                lastHolder = holder;
                lastOk = consents(holder, classId, msg.sender, purpose, asset, net)
                    && dat.isApprovedForClass(holder, classId, address(this));
            }
            if (!lastOk) {
                emit EntryExcluded(purchaseId, id, 1);
                continue;
            }
            uint64 expireAt = dat.expireAtOf(id);
            if (dat.valueOf(id) < u || (expireAt != 0 && expireAt <= block.timestamp)) {
                emit EntryExcluded(purchaseId, id, 3);
                continue;
            }
            leaves[tokens++] = _leaf(i, id, u);
            units += u;
        }
        assembly ("memory-safe") {
            mstore(leaves, tokens)
        }
        if (tokens > 0) root = _root(leaves);
    }

    /// @dev Whether token id exists, is of the class and is finalized (a token that cannot be read
    /// is left out rather than failing the purchase).
    function _sellable(uint256 id, uint256 classId) private view returns (bool) {
        try dat.classOf(id) returns (uint256 c) {
            return c == classId && dat.statusOf(id) == Status.Finalized;
        } catch {
            return false;
        }
    }

    // ---------------------------------------------------------------- delivery and refund

    /// @notice Delivers a paid purchase: spends the units of its included entries (`entries` with
    /// their manifest `indexes`, in the purchase's order) and records `bundleCid`, the digest of
    /// the CID of the bundle of data keys wrapped to the buyer's recipient. An entry whose units
    /// can no longer be spent is dropped and its price credited back to the buyer. Active,
    /// staked validators that are not leaving only, before the deadline; the first delivery
    /// wins the delivery fee.
    function deliver(uint256 purchaseId, bytes32 bundleCid, Entry[] calldata entries, uint256[] calldata indexes)
        external
        nonReentrant
    {
        Purchase storage p = _purchase(purchaseId);
        _requireGateway(msg.sender);
        if (p.state != State.Paid) revert NotInState(purchaseId, p.state);
        if (block.timestamp > p.deadline) revert DeliveryClosed(purchaseId, p.deadline);
        if (bundleCid == bytes32(0)) revert InvalidInput("bundleCid");
        uint256 n = entries.length;
        if (n != p.tokens || indexes.length != n) revert LengthMismatch(n, p.tokens);
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            leaves[i] = _leaf(indexes[i], entries[i].tokenId, entries[i].units);
        }
        if (_root(leaves) != p.soldRoot) revert NotSold(purchaseId, n);

        uint256 units;
        uint256 kept;
        for (uint256 i; i < n; ++i) {
            try dat.recordUsage(entries[i].tokenId, USAGE_METRIC, entries[i].units) {
                leaves[kept++] = _leaf(indexes[i], entries[i].tokenId, entries[i].units);
                units += entries[i].units;
            } catch {
                emit EntryExcluded(purchaseId, entries[i].tokenId, 3);
            }
        }
        assembly ("memory-safe") {
            mstore(leaves, kept)
        }
        uint256 escrow = p.amount;
        uint256 charged = units * p.pricePerUnit;
        uint256 protocolFee = charged * p.protocolFeeBps / 10_000;
        uint256 deliveryFee = charged * p.deliveryFeeBps / 10_000;
        uint256 pool = charged - protocolFee - deliveryFee;
        p.state = State.Delivered;
        p.gateway = msg.sender;
        p.bundleCid = bundleCid;
        p.amount = uint128(charged);
        p.pool = uint128(pool);
        p.tokens = uint32(kept);
        p.totalUnits = uint64(units);
        p.soldRoot = kept > 0 ? _root(leaves) : bytes32(0);
        credit[p.asset][feeRecipient] += protocolFee;
        credit[p.asset][msg.sender] += deliveryFee;
        if (escrow > charged) credit[p.asset][p.buyer] += escrow - charged;
        emit Delivered(purchaseId, msg.sender, bundleCid, kept, units, pool);
    }

    /// @dev A gateway is an active validator with at least the oracle's minimum stake that has
    /// not asked to leave.
    function _requireGateway(address who) private view {
        IMarketValidators.ValidatorInfo memory v = validators.validatorOf(who);
        (,,,,,,, uint256 minStake,) = validators.params();
        if (!v.active || v.exitAt != 0 || v.stake < minStake) revert Unauthorized(who);
    }

    /// @notice Returns the escrow of a purchase nobody delivered by its deadline to its buyer.
    /// No unit was spent.
    function refund(uint256 purchaseId) external nonReentrant {
        Purchase storage p = _purchase(purchaseId);
        if (msg.sender != p.buyer) revert NotBuyer(msg.sender, purchaseId);
        if (p.state != State.Paid) revert NotInState(purchaseId, p.state);
        if (block.timestamp <= p.deadline) revert DeliveryOpen(purchaseId, p.deadline);
        uint256 amount = p.amount;
        p.state = State.Refunded;
        emit Refunded(purchaseId, msg.sender, amount);
        _pay(p.asset, msg.sender, amount);
    }

    // ---------------------------------------------------------------- claims

    /// @notice Pays sold entries of a delivered purchase to their tokens' current holders: each
    /// `pool × units / totalUnits`, once. Anyone may call. `indexes` are the entries' manifest
    /// indexes, `positions` their positions among the sold entries and `proofs` their Merkle
    /// proofs against the purchase's sold root.
    function claimSales(
        uint256 purchaseId,
        Entry[] calldata entries,
        uint256[] calldata indexes,
        uint256[] calldata positions,
        bytes32[][] calldata proofs
    ) external nonReentrant returns (uint256 total) {
        Purchase storage p = _purchase(purchaseId);
        if (p.state != State.Delivered) revert NotInState(purchaseId, p.state);
        uint256 n = entries.length;
        if (indexes.length != n || positions.length != n || proofs.length != n) {
            revert LengthMismatch(n, indexes.length);
        }
        uint256 pool = p.pool;
        uint256 totalUnits = p.totalUnits;
        address asset = p.asset;
        bytes32 root = p.soldRoot;
        for (uint256 i; i < n; ++i) {
            uint256 pos = positions[i];
            if (pos >= p.tokens) revert NotSold(purchaseId, pos);
            bytes32 leaf = _leaf(indexes[i], entries[i].tokenId, entries[i].units);
            if (!_verify(proofs[i], root, leaf, pos, p.tokens)) revert NotSold(purchaseId, pos);
            uint256 bit = uint256(1) << (pos & 255);
            uint256 word = _claimed[purchaseId][pos >> 8];
            if (word & bit != 0) revert AlreadyClaimed(purchaseId, pos);
            _claimed[purchaseId][pos >> 8] = word | bit;
            uint256 amount = pool * entries[i].units / totalUnits;
            address holder = dat.ownerOf(entries[i].tokenId);
            total += amount;
            emit SaleClaimed(purchaseId, entries[i].tokenId, holder, amount);
            _payOrCredit(asset, holder, amount);
        }
    }

    /// @notice Whether the sold entry at `position` of a purchase was claimed.
    function claimed(uint256 purchaseId, uint256 position) external view returns (bool) {
        return _claimed[purchaseId][position >> 8] & (uint256(1) << (position & 255)) != 0;
    }

    /// @notice Withdraws the caller's credit in `asset` (fees, change of an ETH payment).
    function withdraw(address asset) external nonReentrant {
        uint256 amount = credit[asset][msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        credit[asset][msg.sender] = 0;
        emit Withdrawn(msg.sender, asset, amount);
        _pay(asset, msg.sender, amount);
    }

    /// @notice A purchase.
    function purchaseOf(uint256 purchaseId) external view returns (Purchase memory) {
        return _purchase(purchaseId);
    }

    // ---------------------------------------------------------------- Merkle tree

    /// @notice The root of a manifest: leaves `keccak256(abi.encode(index, tokenId, units))` in
    /// order, each level hashing pairs left to right, an odd last node carried up unchanged.
    function merkleRoot(Entry[] calldata entries) public pure returns (bytes32) {
        bytes32[] memory level = new bytes32[](entries.length);
        for (uint256 i; i < entries.length; ++i) {
            level[i] = _leaf(i, entries[i].tokenId, entries[i].units);
        }
        return _root(level);
    }

    function _leaf(uint256 index, uint256 tokenId, uint256 units) private pure returns (bytes32) {
        return keccak256(abi.encode(index, tokenId, units));
    }

    /// @dev Reduces level in place to its root.
    function _root(bytes32[] memory level) private pure returns (bytes32) {
        uint256 n = level.length;
        while (n > 1) {
            uint256 m;
            for (uint256 i; i < n; i += 2) {
                level[m++] = i + 1 < n ? _hashPair(level[i], level[i + 1]) : level[i];
            }
            n = m;
        }
        return level[0];
    }

    /// @dev Checks a proof of the leaf at `pos` in a tree of `n` leaves built by {_root}.
    function _verify(bytes32[] calldata proof, bytes32 root, bytes32 leaf, uint256 pos, uint256 n)
        private
        pure
        returns (bool)
    {
        uint256 k;
        while (n > 1) {
            if (pos % 2 == 1) {
                if (k >= proof.length) return false;
                leaf = _hashPair(proof[k++], leaf);
            } else if (pos + 1 < n) {
                if (k >= proof.length) return false;
                leaf = _hashPair(leaf, proof[k++]);
            }
            pos /= 2;
            n = (n + 1) / 2;
        }
        return k == proof.length && leaf == root;
    }

    function _hashPair(bytes32 a, bytes32 b) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0x00, a)
            mstore(0x20, b)
            h := keccak256(0x00, 0x40)
        }
    }

    // ---------------------------------------------------------------- internals

    function _listing(uint256 listingId) private view returns (Listing storage l) {
        l = _listings[listingId];
        if (l.seller == address(0)) revert InvalidInput("listing");
    }

    function _purchase(uint256 purchaseId) private view returns (Purchase storage p) {
        p = _purchases[purchaseId];
        if (p.state == State.None) revert PurchaseNotFound(purchaseId);
    }

    /// @dev Pays a holder; what a holder cannot receive (ETH within PAY_GAS, an ERC-20 transfer
    /// that fails) is credited to it instead (withdraw), so that one holder can neither make a
    /// batch of claims fail nor charge its caller for gas.
    function _payOrCredit(address asset, address to, uint256 amount) private {
        if (amount == 0) return;
        bool ok;
        if (asset == address(0)) {
            (ok,) = payable(to).call{value: amount, gas: PAY_GAS}("");
        } else {
            ok = IERC20(asset).trySafeTransfer(to, amount);
        }
        if (!ok) credit[asset][to] += amount;
    }

    function _pay(address asset, address to, uint256 amount) private {
        if (amount == 0) return;
        if (asset == address(0)) {
            (bool ok,) = payable(to).call{value: amount}("");
            if (!ok) revert TransferFailed(to, amount);
        } else {
            IERC20(asset).safeTransfer(to, amount);
        }
    }
}
