// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title ZKGroth16Verifier
/// @notice Verifies Groth16 proofs on BN254 with four public inputs (datpin's attestation circuit:
/// commitment, token id, threshold, region) against a verifying key fixed at construction. One
/// contract serves every batch size and every key: the development keys and the keys of a
/// multi-party ceremony are deployed from the same bytecode, so changing keys needs no compiler.
/// @dev The key is `zk.SolidityKey` (docs/ZK.md), in the encoding of the BN254 precompiles
/// (EIP-196/197; a G2 coordinate's imaginary part first):
///   [0..1] α (G1), [2..5] −β, [6..9] −γ, [10..13] −δ (G2), [14..23] K₀..K₄ (G1).
/// A proof (A, B, C: 256 bytes, gnark's MarshalSolidity) is valid for inputs x when
///   e(A, B) · e(C, −δ) · e(α, −β) · e(K₀ + Σ xᵢ·Kᵢ₊₁, −γ) = 1.
contract ZKGroth16Verifier {
    /// @notice BN254's scalar field order: public inputs must be below it.
    uint256 internal constant R = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;
    /// @notice BN254's base field order: every key coordinate must be below it.
    uint256 internal constant P = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47;

    uint256 internal constant PRECOMPILE_ADD = 0x06;
    uint256 internal constant PRECOMPILE_MUL = 0x07;
    uint256 internal constant PRECOMPILE_PAIRING = 0x08;

    uint256 internal immutable ALPHA_X;
    uint256 internal immutable ALPHA_Y;
    uint256 internal immutable BETA_NEG_X1;
    uint256 internal immutable BETA_NEG_X0;
    uint256 internal immutable BETA_NEG_Y1;
    uint256 internal immutable BETA_NEG_Y0;
    uint256 internal immutable GAMMA_NEG_X1;
    uint256 internal immutable GAMMA_NEG_X0;
    uint256 internal immutable GAMMA_NEG_Y1;
    uint256 internal immutable GAMMA_NEG_Y0;
    uint256 internal immutable DELTA_NEG_X1;
    uint256 internal immutable DELTA_NEG_X0;
    uint256 internal immutable DELTA_NEG_Y1;
    uint256 internal immutable DELTA_NEG_Y0;
    uint256 internal immutable K0_X;
    uint256 internal immutable K0_Y;
    uint256 internal immutable K1_X;
    uint256 internal immutable K1_Y;
    uint256 internal immutable K2_X;
    uint256 internal immutable K2_Y;
    uint256 internal immutable K3_X;
    uint256 internal immutable K3_Y;
    uint256 internal immutable K4_X;
    uint256 internal immutable K4_Y;

    /// @notice keccak256 of the ABI-encoded key: identifies the key (e.g. the development key of a
    /// size, or a ceremony's) without reading its words.
    bytes32 public immutable vkHash;

    /// @notice Emitted once, at construction, with the key's hash.
    event VerifyingKey(bytes32 indexed vkHash);

    /// @notice A key word is not a field element, or a point is not on the curve or in its group.
    error KeyInvalid();
    /// @notice A public input is not below the scalar field's order.
    error PublicInputNotInField();
    /// @notice The proof is malformed or does not verify for the inputs.
    error ProofInvalid();

    /// @param vk the verifying key (see the contract's notes for the layout)
    constructor(uint256[24] memory vk) {
        for (uint256 i; i < 24; ++i) {
            if (vk[i] >= P) revert KeyInvalid();
        }
        _checkKey(vk);
        ALPHA_X = vk[0];
        ALPHA_Y = vk[1];
        BETA_NEG_X1 = vk[2];
        BETA_NEG_X0 = vk[3];
        BETA_NEG_Y1 = vk[4];
        BETA_NEG_Y0 = vk[5];
        GAMMA_NEG_X1 = vk[6];
        GAMMA_NEG_X0 = vk[7];
        GAMMA_NEG_Y1 = vk[8];
        GAMMA_NEG_Y0 = vk[9];
        DELTA_NEG_X1 = vk[10];
        DELTA_NEG_X0 = vk[11];
        DELTA_NEG_Y1 = vk[12];
        DELTA_NEG_Y0 = vk[13];
        K0_X = vk[14];
        K0_Y = vk[15];
        K1_X = vk[16];
        K1_Y = vk[17];
        K2_X = vk[18];
        K2_Y = vk[19];
        K3_X = vk[20];
        K3_Y = vk[21];
        K4_X = vk[22];
        K4_Y = vk[23];
        bytes32 h = keccak256(abi.encode(vk));
        vkHash = h;
        emit VerifyingKey(h);
    }

    /// @dev The precompiles validate points: ECADD fails for a G1 point off the curve, and the
    /// pairing precompile fails for a G2 point off the curve or outside the subgroup (paired here
    /// with the point at infinity, so the product is 1 for valid points).
    function _checkKey(uint256[24] memory vk) private view {
        if (!_ecAddOk(vk[0], vk[1])) revert KeyInvalid();
        for (uint256 j = 14; j < 24; j += 2) {
            if (!_ecAddOk(vk[j], vk[j + 1])) revert KeyInvalid();
        }
        uint256[18] memory input;
        for (uint256 g; g < 3; ++g) {
            for (uint256 w; w < 4; ++w) {
                input[6 * g + 2 + w] = vk[2 + 4 * g + w];
            }
        }
        uint256[1] memory out;
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), PRECOMPILE_PAIRING, input, 0x240, out, 0x20)
        }
        if (!ok || out[0] != 1) revert KeyInvalid();
    }

    function _ecAddOk(uint256 x, uint256 y) private view returns (bool ok) {
        uint256[4] memory input = [x, y, 0, 0];
        uint256[2] memory out;
        assembly ("memory-safe") {
            ok := staticcall(gas(), PRECOMPILE_ADD, input, 0x80, out, 0x40)
        }
    }

    /// @notice Reverts unless `proof` (A, B, C: 256 bytes) is valid for `input`.
    /// @param proof the proof, gnark's MarshalSolidity encoding
    /// @param input the public inputs: commitment, token id, threshold, region
    function verifyProof(bytes calldata proof, uint256[4] calldata input) external view {
        if (proof.length != 256) revert ProofInvalid();
        (uint256 lx, uint256 ly) = _publicInputs(input);
        uint256[24] memory p;
        // e(A, B) and the G1 point of e(C, −δ): copied as they are.
        assembly ("memory-safe") {
            calldatacopy(p, proof.offset, 0x100)
        }
        p[8] = DELTA_NEG_X1;
        p[9] = DELTA_NEG_X0;
        p[10] = DELTA_NEG_Y1;
        p[11] = DELTA_NEG_Y0;
        p[12] = ALPHA_X;
        p[13] = ALPHA_Y;
        p[14] = BETA_NEG_X1;
        p[15] = BETA_NEG_X0;
        p[16] = BETA_NEG_Y1;
        p[17] = BETA_NEG_Y0;
        p[18] = lx;
        p[19] = ly;
        p[20] = GAMMA_NEG_X1;
        p[21] = GAMMA_NEG_X0;
        p[22] = GAMMA_NEG_Y1;
        p[23] = GAMMA_NEG_Y0;
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), PRECOMPILE_PAIRING, p, 0x300, p, 0x20)
            ok := and(ok, mload(p))
        }
        if (!ok) revert ProofInvalid();
    }

    /// @dev K₀ + Σ xᵢ·Kᵢ₊₁ with ECMUL and ECADD.
    function _publicInputs(uint256[4] calldata input) private view returns (uint256, uint256) {
        uint256[4] memory acc = [K0_X, K0_Y, 0, 0];
        _mulAdd(acc, K1_X, K1_Y, input[0]);
        _mulAdd(acc, K2_X, K2_Y, input[1]);
        _mulAdd(acc, K3_X, K3_Y, input[2]);
        _mulAdd(acc, K4_X, K4_Y, input[3]);
        return (acc[0], acc[1]);
    }

    /// @dev acc[0..1] += s·(x, y); acc[2..3] is scratch.
    function _mulAdd(uint256[4] memory acc, uint256 x, uint256 y, uint256 s) private view {
        if (s >= R) revert PublicInputNotInField();
        uint256[3] memory m = [x, y, s];
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), PRECOMPILE_MUL, m, 0x60, add(acc, 0x40), 0x40)
            ok := and(ok, staticcall(gas(), PRECOMPILE_ADD, acc, 0x80, acc, 0x40))
        }
        if (!ok) revert ProofInvalid();
    }
}
