// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IProofVerifier} from "../IDatpin.sol";

/// @notice A Groth16 verifier of one batch size's key (ZKGroth16Verifier).
interface IZKBatchVerifier {
    /// @dev Reverts unless `proof` (A, B, C: 256 bytes) is valid for `input`.
    function verifyProof(bytes calldata proof, uint256[4] calldata input) external view;
}

/// @title ZKAttestVerifier
/// @notice The DataAnchoringToken's verifier for ZK_ATTEST proofs: a Groth16 proof that the batch
/// committed in the token's zkCommit scores at least a threshold and lies in an H3 region
/// (docs/ZK.md).
/// @dev The public inputs are bound to chain data: the commitment and the token id come from the
/// DataAnchoringToken (its `addProof` passes them), only the threshold and the region come from
/// the payload. A proof made for one token therefore fails for any other, and a proof cannot claim
/// a threshold or region it was not made for.
///
/// Payload: a 32-byte header (batch size in bits 0..31, threshold 32..47, region 48..111, the rest
/// zero) followed by the 256-byte proof. A threshold above the score range (10,000 basis points)
/// is refused, whatever the proof.
contract ZKAttestVerifier is IProofVerifier {
    /// @notice The highest threshold a proof can establish: the top of the score range.
    uint16 public constant MAX_THRESHOLD = 10_000;

    /// @notice The verifier of each supported batch size.
    mapping(uint256 size => IZKBatchVerifier) public verifierOf;

    /// @notice Where the verifying keys come from: "dev" for the public development keys (anyone
    /// can forge proofs with them), else the CID of the key ceremony's transcript.
    string public keySet;

    /// @notice Emitted once per batch size at construction.
    event BatchVerifier(uint256 indexed size, address verifier);
    /// @notice Emitted once at construction with the keys' origin.
    event KeySet(string keySet);

    error LengthMismatch();
    error NoVerifier();

    /// @param sizes batch sizes, each with the verifier at the same index of `verifiers`
    /// @param keys the keys' origin ("dev" or a ceremony transcript's CID)
    constructor(uint32[] memory sizes, IZKBatchVerifier[] memory verifiers, string memory keys) {
        if (sizes.length != verifiers.length) revert LengthMismatch();
        for (uint256 i; i < sizes.length; ++i) {
            if (address(verifiers[i]) == address(0)) revert NoVerifier();
            verifierOf[sizes[i]] = verifiers[i];
            emit BatchVerifier(sizes[i], address(verifiers[i]));
        }
        keySet = keys;
        emit KeySet(keys);
    }

    /// @inheritdoc IProofVerifier
    /// @dev Returns (false, 0) for a malformed payload, an unknown batch size or an invalid proof;
    /// never reverts, so the token contract reports every failure as InvalidProof.
    function verifyProof(uint256 tokenId, bytes32 zkCommit, bytes calldata proof)
        external
        view
        returns (bool ok, uint16 threshold)
    {
        if (proof.length != 288) return (false, 0);
        uint256 header = uint256(bytes32(proof[:32]));
        if (header >> 112 != 0) return (false, 0);
        IZKBatchVerifier v = verifierOf[uint32(header)];
        if (address(v) == address(0)) return (false, 0);
        threshold = uint16(header >> 32);
        if (threshold > MAX_THRESHOLD) return (false, 0);
        uint256[4] memory input = [uint256(zkCommit), tokenId, uint256(threshold), uint256(uint64(header >> 48))];
        try v.verifyProof(proof[32:], input) {
            return (true, threshold);
        } catch {
            return (false, 0);
        }
    }
}
