// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package zkattestverifier

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

// ZKAttestVerifierMetaData contains all meta data concerning the ZKAttestVerifier contract.
var ZKAttestVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"sizes\",\"type\":\"uint32[]\"},{\"internalType\":\"contractIZKBatchVerifier[]\",\"name\":\"verifiers\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"BatchVerifier\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"verifierOf\",\"outputs\":[{\"internalType\":\"contractIZKBatchVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommit\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ZKAttestVerifier",
	Bin: "0x6080604052346101bb576104bb80380380610019816101dc565b92833981016040828203126101bb5781516001600160401b0381116101bb5782019181601f840112156101bb57825161005961005482610215565b6101dc565b9360208086848152019260051b820101908482116101bb57602001915b8183106101bf575050506020810151906001600160401b0382116101bb57019080601f830112156101bb578151906100b061005483610215565b9260208085858152019360051b8201019182116101bb57602001915b81831061019b57505050815181510361018c575f5b825181101561017d576001906001600160a01b036100ff828561022c565b511663ffffffff610110838761022c565b51165f525f60205260405f2090838060a01b031982541617905563ffffffff610139828661022c565b51167f5bfae8edb9be16f1efd331e8639861fba4e8967e35b07e6d4abe17043edf93866020848060a01b0361016e858861022c565b5116604051908152a2016100e1565b60405161026690816102558239f35b631fec674760e31b5f5260045ffd5b82516001600160a01b03811681036101bb578152602092830192016100cc565b5f80fd5b825163ffffffff811681036101bb57815260209283019201610076565b6040519190601f01601f191682016001600160401b0381118382101761020157604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b0381116102015760051b60200190565b80518210156102405760209160051b010190565b634e487b7160e01b5f52603260045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c806314bcf3dd1461006457639bd6f65e1461002f575f80fd5b34610060576020366003190112610060576004355f525f602052602060018060a01b0360405f205416604051908152f35b5f80fd5b346100605760603660031901126100605760443567ffffffffffffffff8111610060573660238201121561006057806004013567ffffffffffffffff8111610060573660248284010111610060576100ca61ffff916024604094016024356004356100db565b835191151582529091166020820152f35b9190939293610120850361024e575f9480602011610060578235938460701c6102415763ffffffff85165f908152602081905260409020546001600160a01b03169283156102335761ffff8660201c169560405192608084019284841067ffffffffffffffff8511176102055767ffffffffffffffff936040528452602084015286604084015260301c166060820152601f198201833b15610060576040516335f8315960e11b815260a0600482015260a4810182905294859392919060200160c48501375f60a48385010152602483015f905b6004821061021957505050918160c4815f95601f19908719011681010301915afa90816101e8575b506101e157508190565b6001925090565b90935067ffffffffffffffff8111610205576040525f925f6101d7565b634e487b7160e01b5f52604160045260245ffd5b8251815286945060209283019260019290920191016101af565b50505050505090505f905f90565b505050505090505f905f90565b50505090505f905f9056fea164736f6c6343000825000a",
}

// ZKAttestVerifier is an auto generated Go binding around an Ethereum contract.
type ZKAttestVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ZKAttestVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewZKAttestVerifier creates a new instance of ZKAttestVerifier.
func NewZKAttestVerifier() *ZKAttestVerifier {
	parsed, err := ZKAttestVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ZKAttestVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ZKAttestVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint32[] sizes, address[] verifiers) returns()
func (zKAttestVerifier *ZKAttestVerifier) PackConstructor(sizes []uint32, verifiers []common.Address) []byte {
	enc, err := zKAttestVerifier.abi.Pack("", sizes, verifiers)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackVerifierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9bd6f65e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifierOf(uint256 size) view returns(address)
func (zKAttestVerifier *ZKAttestVerifier) PackVerifierOf(size *big.Int) []byte {
	enc, err := zKAttestVerifier.abi.Pack("verifierOf", size)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9bd6f65e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifierOf(uint256 size) view returns(address)
func (zKAttestVerifier *ZKAttestVerifier) TryPackVerifierOf(size *big.Int) ([]byte, error) {
	return zKAttestVerifier.abi.Pack("verifierOf", size)
}

// UnpackVerifierOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9bd6f65e.
//
// Solidity: function verifierOf(uint256 size) view returns(address)
func (zKAttestVerifier *ZKAttestVerifier) UnpackVerifierOf(data []byte) (common.Address, error) {
	out, err := zKAttestVerifier.abi.Unpack("verifierOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14bcf3dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(uint256 tokenId, bytes32 zkCommit, bytes proof) view returns(bool ok, uint16 threshold)
func (zKAttestVerifier *ZKAttestVerifier) PackVerifyProof(tokenId *big.Int, zkCommit [32]byte, proof []byte) []byte {
	enc, err := zKAttestVerifier.abi.Pack("verifyProof", tokenId, zkCommit, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14bcf3dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(uint256 tokenId, bytes32 zkCommit, bytes proof) view returns(bool ok, uint16 threshold)
func (zKAttestVerifier *ZKAttestVerifier) TryPackVerifyProof(tokenId *big.Int, zkCommit [32]byte, proof []byte) ([]byte, error) {
	return zKAttestVerifier.abi.Pack("verifyProof", tokenId, zkCommit, proof)
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
// Solidity: function verifyProof(uint256 tokenId, bytes32 zkCommit, bytes proof) view returns(bool ok, uint16 threshold)
func (zKAttestVerifier *ZKAttestVerifier) UnpackVerifyProof(data []byte) (VerifyProofOutput, error) {
	out, err := zKAttestVerifier.abi.Unpack("verifyProof", data)
	outstruct := new(VerifyProofOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Threshold = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	return *outstruct, nil
}

// ZKAttestVerifierBatchVerifier represents a BatchVerifier event raised by the ZKAttestVerifier contract.
type ZKAttestVerifierBatchVerifier struct {
	Size     *big.Int
	Verifier common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ZKAttestVerifierBatchVerifierEventName = "BatchVerifier"

// ContractEventName returns the user-defined event name.
func (ZKAttestVerifierBatchVerifier) ContractEventName() string {
	return ZKAttestVerifierBatchVerifierEventName
}

// UnpackBatchVerifierEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchVerifier(uint256 indexed size, address verifier)
func (zKAttestVerifier *ZKAttestVerifier) UnpackBatchVerifierEvent(log *types.Log) (*ZKAttestVerifierBatchVerifier, error) {
	event := "BatchVerifier"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != zKAttestVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ZKAttestVerifierBatchVerifier)
	if len(log.Data) > 0 {
		if err := zKAttestVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range zKAttestVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (zKAttestVerifier *ZKAttestVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], zKAttestVerifier.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return zKAttestVerifier.UnpackLengthMismatchError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ZKAttestVerifierLengthMismatch represents a LengthMismatch error raised by the ZKAttestVerifier contract.
type ZKAttestVerifierLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func ZKAttestVerifierLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (zKAttestVerifier *ZKAttestVerifier) UnpackLengthMismatchError(raw []byte) (*ZKAttestVerifierLengthMismatch, error) {
	out := new(ZKAttestVerifierLengthMismatch)
	if err := zKAttestVerifier.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}
