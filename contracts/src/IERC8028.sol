// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title ERC-8028 Data Anchoring Token (draft) interface
/// @notice A semi-fungible token for data assets: an ownership certificate, a usage right and a
/// revenue share in one. Asset `address(0)` means ETH.
interface IERC8028 {
    event ClassCreated(uint256 indexed classId, string metadataURI, bytes32 integrityHash);
    event ClassPolicyUpdated(uint256 indexed classId, string policyURI);
    event MetadataUpdated(uint256 indexed classId, string metadataURI, bytes32 integrityHash);
    event Minted(
        uint256 indexed tokenId, uint256 indexed classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt
    );
    event TransferToken(uint256 indexed tokenId, address indexed from, address indexed to);
    event ValueTransferred(uint256 indexed fromTokenId, uint256 indexed toTokenId, uint256 value);
    event Expired(uint256 indexed tokenId);
    event UsageRecorded(uint256 indexed tokenId, bytes32 metricType, uint256 amount, address actor);
    event RevenueSettled(uint256 indexed classId, address indexed asset, uint256 amount);
    event Claimed(uint256 indexed tokenId, address indexed to, address indexed asset, uint256 amount);
    event ApprovalForClass(address indexed owner, uint256 indexed classId, address indexed operator, bool approved);
    event ProofAdded(uint256 indexed tokenId, bytes32 proofType, string uri, bytes signature);

    function getClassMeta(uint256 classId)
        external
        view
        returns (string memory metadataURI, bytes32 integrityHash, uint8 unitDecimals, string memory policyURI);
    function classOf(uint256 tokenId) external view returns (uint256);
    function valueOf(uint256 tokenId) external view returns (uint256);
    function shareRatioOf(uint256 tokenId) external view returns (uint256);
    function expireAtOf(uint256 tokenId) external view returns (uint64);
    function ownerOf(uint256 tokenId) external view returns (address);
    function pendingRevenue(uint256 tokenId, address asset) external view returns (uint256);

    function createClass(string calldata metadataURI, bytes32 integrityHash, uint8 unitDecimals, string calldata policyURI)
        external
        returns (uint256 classId);
    function updateClassMetadata(uint256 classId, string calldata metadataURI, bytes32 integrityHash) external;
    function updateClassPolicy(uint256 classId, string calldata policyURI) external;
    function mint(uint256 classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt)
        external
        returns (uint256 tokenId);
    function transferToken(uint256 tokenId, address to) external;
    function approveForClass(uint256 classId, address operator, bool approved) external;
    function isApprovedForClass(address owner, uint256 classId, address operator) external view returns (bool);
    function transferValue(uint256 fromTokenId, uint256 toTokenId, uint256 value) external;
    function recordUsage(uint256 tokenId, bytes32 metricType, uint256 amount) external;
    function settleRevenueETH(uint256 classId) external payable;
    function settleRevenueERC20(uint256 classId, address asset, uint256 amount) external;
    function claim(uint256 tokenId, address asset, address payable to) external returns (uint256 amountClaimed);
    function addProof(uint256 tokenId, bytes32 proofType, string calldata uri, bytes calldata signature) external;
}
