// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package mockproofverifier

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// MockProofVerifierMetaData contains all meta data concerning the MockProofVerifier contract.
var MockProofVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommit\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "MockProofVerifier",
	Bin: "0x6080806040523460145760ec90816100198239f35b5f80fdfe60806004361015600d575f80fd5b5f3560e01c6314bcf3dd14601f575f80fd5b3460db57606036600319011260db576044359067ffffffffffffffff821160db573660238301121560db57816004013567ffffffffffffffff811160db57820136602482011160db576040908390031260db57604482013561ffff811680910360db57602082016004358152602435604084015260408352606083019280841067ffffffffffffffff85111760c7576040946024608093868852835190209101351484520152f35b634e487b7160e01b5f52604160045260245ffd5b5f80fdfea164736f6c6343000825000a",
}

// MockProofVerifier is an auto generated Go binding around an Ethereum contract.
type MockProofVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockProofVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewMockProofVerifier creates a new instance of MockProofVerifier.
func NewMockProofVerifier() *MockProofVerifier {
	parsed, err := MockProofVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockProofVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockProofVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14bcf3dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(uint256 tokenId, bytes32 zkCommit, bytes proof) pure returns(bool ok, uint16 threshold)
func (mockProofVerifier *MockProofVerifier) PackVerifyProof(tokenId *big.Int, zkCommit [32]byte, proof []byte) []byte {
	enc, err := mockProofVerifier.abi.Pack("verifyProof", tokenId, zkCommit, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14bcf3dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(uint256 tokenId, bytes32 zkCommit, bytes proof) pure returns(bool ok, uint16 threshold)
func (mockProofVerifier *MockProofVerifier) TryPackVerifyProof(tokenId *big.Int, zkCommit [32]byte, proof []byte) ([]byte, error) {
	return mockProofVerifier.abi.Pack("verifyProof", tokenId, zkCommit, proof)
}

// VerifyProofOutput serves as a container for the return parameters of contract
// method VerifyProof.
type VerifyProofOutput struct {
	Ok        bool
	Threshold uint16
}

// UnpackVerifyProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14bcf3dd.
//
// Solidity: function verifyProof(uint256 tokenId, bytes32 zkCommit, bytes proof) pure returns(bool ok, uint16 threshold)
func (mockProofVerifier *MockProofVerifier) UnpackVerifyProof(data []byte) (VerifyProofOutput, error) {
	out, err := mockProofVerifier.abi.Unpack("verifyProof", data)
	outstruct := new(VerifyProofOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Threshold = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	return *outstruct, nil
}
