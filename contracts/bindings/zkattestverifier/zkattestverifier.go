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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"sizes\",\"type\":\"uint32[]\"},{\"internalType\":\"contractIZKBatchVerifier[]\",\"name\":\"verifiers\",\"type\":\"address[]\"},{\"internalType\":\"string\",\"name\":\"keys\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoVerifier\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"BatchVerifier\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"keySet\",\"type\":\"string\"}],\"name\":\"KeySet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_THRESHOLD\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"keySet\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"verifierOf\",\"outputs\":[{\"internalType\":\"contractIZKBatchVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommit\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ZKAttestVerifier",
	Bin: "0x6080604052346103e4576108968038038061001981610425565b92833981016060828203126103e45781516001600160401b0381116103e45782019181601f840112156103e45782516100596100548261044a565b610425565b9360208086848152019260051b820101908482116103e457602001915b8183106104085750505060208101516001600160401b0381116103e45781019082601f830112156103e45781516100af6100548261044a565b9260208085848152019260051b820101908582116103e457602001915b8183106103e8575050506040810151906001600160401b0382116103e4570182601f820112156103e45780516001600160401b0381116103c157610119601f8201601f1916602001610425565b918183526020830194602083830101116103e457815f926020809301875e8301015283518251036103d5575f5b845181101561020a576001600160a01b036101618285610461565b5116156101fb576001906001600160a01b0361017d8286610461565b511663ffffffff61018e8389610461565b51165f525f60205260405f2090838060a01b031982541617905563ffffffff6101b78288610461565b51167f5bfae8edb9be16f1efd331e8639861fba4e8967e35b07e6d4abe17043edf93866020848060a01b036101ec8589610461565b5116604051908152a201610146565b6379e2e00360e01b5f5260045ffd5b5080519083906001600160401b0383116103c157600154600181811c911680156103b7575b60208210146103a357601f8111610335575b50602092601f81116001146102c35790816040925f5160206108765f395f51905f52955f916102b8575b508160011b915f199060031b1c1916176001555b8151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190a16040516103ec908161048a8239f35b90508201518661026b565b601f19811660015f52845f20905f5b81811061031d5750916001915f5160206108765f395f51905f5296826040969510610305575b5050811b0160015561027f565b8401515f1960f88460031b161c1916905586806102f8565b848701518355602096870196600190930192016102d2565b838111156102415760015f52601f840160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf66020861061039b575b81601f9101920160051c03905f5b82811061038e575050610241565b5f82820155600101610380565b5f9150610372565b634e487b7160e01b5f52602260045260245ffd5b90607f169061022f565b634e487b7160e01b5f52604160045260245ffd5b631fec674760e31b5f5260045ffd5b5f80fd5b82516001600160a01b03811681036103e4578152602092830192016100cc565b825163ffffffff811681036103e457815260209283019201610076565b6040519190601f01601f191682016001600160401b038111838210176103c157604052565b6001600160401b0381116103c15760051b60200190565b80518210156104755760209160051b010190565b634e487b7160e01b5f52603260045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816308af5431146102115750806314bcf3dd1461019a578063788499c01461007d57639bd6f65e14610048575f80fd5b34610079576020366003190112610079576004355f525f602052602060018060a01b0360405f205416604051908152f35b5f80fd5b34610079575f366003190112610079576040515f90600154918260011c60018416938415610190575b60208210851461017c5781845260208401949081156101615750600114610103575b50906100d881604093038261022b565b8151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b808210610147575090915081016020016100d86100c8565b91926001816020925483858801015201910190929161012f565b60ff1916855250151560051b820160200190506100d86100c8565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100a6565b346100795760603660031901126100795760443567ffffffffffffffff8111610079573660238201121561007957806004013567ffffffffffffffff81116100795736602482840101116100795761020061ffff91602460409401602435600435610261565b835191151582529091166020820152f35b34610079575f366003190112610079578061271060209252f35b90601f8019910116810190811067ffffffffffffffff82111761024d57604052565b634e487b7160e01b5f52604160045260245ffd5b919093929361012085036103d4575f9480602011610079578235938460701c6103c75763ffffffff85165f908152602081905260409020546001600160a01b03169283156103b95761ffff8660201c169561271087116103aa5760405192608084019284841067ffffffffffffffff85111761024d5767ffffffffffffffff936040528452602084015261ffff8716604084015260301c166060820152601f198201833b15610079576040516335f8315960e11b815260a0600482015260a4810182905294859392919060200160c48501375f60a48385010152602483015f905b6004821061039057505050918160c4815f95601f19908719011681010301915afa908161037b575b5061037457508190565b6001925090565b6103889194505f9061022b565b5f925f61036a565b825181528694506020928301926001929092019101610342565b5050505050505090505f905f90565b50505050505090505f905f90565b505050505090505f905f90565b50505090505f905f9056fea164736f6c6343000825000a1e4130b7518724bbe78032feb94b186dcc9433a2b93e709ca0c57d23b1306bc3",
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
// Solidity: constructor(uint32[] sizes, address[] verifiers, string keys) returns()
func (zKAttestVerifier *ZKAttestVerifier) PackConstructor(sizes []uint32, verifiers []common.Address, keys string) []byte {
	enc, err := zKAttestVerifier.abi.Pack("", sizes, verifiers, keys)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXTHRESHOLD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08af5431.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_THRESHOLD() view returns(uint16)
func (zKAttestVerifier *ZKAttestVerifier) PackMAXTHRESHOLD() []byte {
	enc, err := zKAttestVerifier.abi.Pack("MAX_THRESHOLD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTHRESHOLD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08af5431.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_THRESHOLD() view returns(uint16)
func (zKAttestVerifier *ZKAttestVerifier) TryPackMAXTHRESHOLD() ([]byte, error) {
	return zKAttestVerifier.abi.Pack("MAX_THRESHOLD")
}

// UnpackMAXTHRESHOLD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08af5431.
//
// Solidity: function MAX_THRESHOLD() view returns(uint16)
func (zKAttestVerifier *ZKAttestVerifier) UnpackMAXTHRESHOLD(data []byte) (uint16, error) {
	out, err := zKAttestVerifier.abi.Unpack("MAX_THRESHOLD", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackKeySet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x788499c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keySet() view returns(string)
func (zKAttestVerifier *ZKAttestVerifier) PackKeySet() []byte {
	enc, err := zKAttestVerifier.abi.Pack("keySet")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeySet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x788499c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keySet() view returns(string)
func (zKAttestVerifier *ZKAttestVerifier) TryPackKeySet() ([]byte, error) {
	return zKAttestVerifier.abi.Pack("keySet")
}

// UnpackKeySet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x788499c0.
//
// Solidity: function keySet() view returns(string)
func (zKAttestVerifier *ZKAttestVerifier) UnpackKeySet(data []byte) (string, error) {
	out, err := zKAttestVerifier.abi.Unpack("keySet", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
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

// ZKAttestVerifierKeySet represents a KeySet event raised by the ZKAttestVerifier contract.
type ZKAttestVerifierKeySet struct {
	KeySet string
	Raw    *types.Log // Blockchain specific contextual infos
}

const ZKAttestVerifierKeySetEventName = "KeySet"

// ContractEventName returns the user-defined event name.
func (ZKAttestVerifierKeySet) ContractEventName() string {
	return ZKAttestVerifierKeySetEventName
}

// UnpackKeySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeySet(string keySet)
func (zKAttestVerifier *ZKAttestVerifier) UnpackKeySetEvent(log *types.Log) (*ZKAttestVerifierKeySet, error) {
	event := "KeySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != zKAttestVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ZKAttestVerifierKeySet)
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
	if bytes.Equal(raw[:4], zKAttestVerifier.abi.Errors["NoVerifier"].ID.Bytes()[:4]) {
		return zKAttestVerifier.UnpackNoVerifierError(raw[4:])
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

// ZKAttestVerifierNoVerifier represents a NoVerifier error raised by the ZKAttestVerifier contract.
type ZKAttestVerifierNoVerifier struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoVerifier()
func ZKAttestVerifierNoVerifierErrorID() common.Hash {
	return common.HexToHash("0x79e2e003121ccccb14b9d6ad556551fcc26325bb1110996393d1abd965e5fc75")
}

// UnpackNoVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoVerifier()
func (zKAttestVerifier *ZKAttestVerifier) UnpackNoVerifierError(raw []byte) (*ZKAttestVerifierNoVerifier, error) {
	out := new(ZKAttestVerifierNoVerifier)
	if err := zKAttestVerifier.abi.UnpackIntoInterface(out, "NoVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}
