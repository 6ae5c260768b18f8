// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ERC721URIStorage, ERC721} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721URIStorage.sol";

/// @notice Benchmark baseline: the plainest way to put a data contribution on chain, an
/// OpenZeppelin ERC-721 with the package's ipfs:// URI stored per token. `datpin bench gas`
/// measures it in the same run as the DAT's lifecycle.
contract ReferenceNFT is ERC721URIStorage {
    uint256 public next;

    constructor() ERC721("Reference", "REF") {}

    function mint(address to, string calldata tokenURI_) external returns (uint256 id) {
        id = ++next;
        _safeMint(to, id);
        _setTokenURI(id, tokenURI_);
    }
}
