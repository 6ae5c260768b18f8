// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package reentrantreceiver

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

// ReentrantReceiverMetaData contains all meta data concerning the ReentrantReceiver contract.
var ReentrantReceiverMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC8028\",\"name\":\"dat_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"claimETH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dat\",\"outputs\":[{\"internalType\":\"contractIERC8028\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"received\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentrySucceeded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId_\",\"type\":\"uint256\"}],\"name\":\"setToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ReentrantReceiver",
	Bin: "0x60a034607357601f6103aa38819003918201601f19168301916001600160401b03831184841017607757808492602094604052833981010312607357516001600160a01b038116810360735760805260405161031e908161008c8239608051818181607a015281816101e401526102710152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610117575b50361561001a575f80fd5b6001543481018091116101035760015560025460ff8160081c161561003b57005b61ff001916610100176002555f8054604051632cd1b11360e01b815260048101919091526024810191909152306044820152602081806064810103815f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af190816100d0575b506100be575b61ff001960025416600255005b600160ff1960025416176002556100b1565b6020813d6020116100fb575b816100e9602093836102db565b810103126100f757516100ab565b5f80fd5b3d91506100dc565b634e487b7160e01b5f52601160045260245ffd5b5f3560e01c90816317d70f7c146102c25750806359703b2e146102a057806363eb963a1461025c578063672729991461019a57806383a6deb51461017d576391c48bf914610165575f61000f565b346100f75760203660031901126100f7576004355f55005b346100f7575f3660031901126100f7576020600154604051908152f35b346100f7575f3660031901126100f7575f8054604051632cd1b11360e01b815260048101919091526024810182905230604482015290602090829060649082906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165af18015610251575f9061021e575b602090604051908152f35b506020813d602011610249575b81610238602093836102db565b810103126100f75760209051610213565b3d915061022b565b6040513d5f823e3d90fd5b346100f7575f3660031901126100f7576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100f7575f3660031901126100f757602060ff600254166040519015158152f35b346100f7575f3660031901126100f7576020905f548152f35b90601f8019910116810190811067ffffffffffffffff8211176102fd57604052565b634e487b7160e01b5f52604160045260245ffdfea164736f6c6343000825000a",
}

// ReentrantReceiver is an auto generated Go binding around an Ethereum contract.
type ReentrantReceiver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantReceiver) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantReceiver creates a new instance of ReentrantReceiver.
func NewReentrantReceiver() *ReentrantReceiver {
	parsed, err := ReentrantReceiverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantReceiver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantReceiver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address dat_) returns()
func (reentrantReceiver *ReentrantReceiver) PackConstructor(dat_ common.Address) []byte {
	enc, err := reentrantReceiver.abi.Pack("", dat_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackClaimETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67272999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimETH() returns(uint256)
func (reentrantReceiver *ReentrantReceiver) PackClaimETH() []byte {
	enc, err := reentrantReceiver.abi.Pack("claimETH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67272999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimETH() returns(uint256)
func (reentrantReceiver *ReentrantReceiver) TryPackClaimETH() ([]byte, error) {
	return reentrantReceiver.abi.Pack("claimETH")
}

// UnpackClaimETH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x67272999.
//
// Solidity: function claimETH() returns(uint256)
func (reentrantReceiver *ReentrantReceiver) UnpackClaimETH(data []byte) (*big.Int, error) {
	out, err := reentrantReceiver.abi.Unpack("claimETH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63eb963a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dat() view returns(address)
func (reentrantReceiver *ReentrantReceiver) PackDat() []byte {
	enc, err := reentrantReceiver.abi.Pack("dat")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63eb963a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dat() view returns(address)
func (reentrantReceiver *ReentrantReceiver) TryPackDat() ([]byte, error) {
	return reentrantReceiver.abi.Pack("dat")
}

// UnpackDat is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63eb963a.
//
// Solidity: function dat() view returns(address)
func (reentrantReceiver *ReentrantReceiver) UnpackDat(data []byte) (common.Address, error) {
	out, err := reentrantReceiver.abi.Unpack("dat", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function received() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) PackReceived() []byte {
	enc, err := reentrantReceiver.abi.Pack("received")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function received() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) TryPackReceived() ([]byte, error) {
	return reentrantReceiver.abi.Pack("received")
}

// UnpackReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) UnpackReceived(data []byte) (*big.Int, error) {
	out, err := reentrantReceiver.abi.Unpack("received", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReentrySucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59703b2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentrySucceeded() view returns(bool)
func (reentrantReceiver *ReentrantReceiver) PackReentrySucceeded() []byte {
	enc, err := reentrantReceiver.abi.Pack("reentrySucceeded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentrySucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59703b2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentrySucceeded() view returns(bool)
func (reentrantReceiver *ReentrantReceiver) TryPackReentrySucceeded() ([]byte, error) {
	return reentrantReceiver.abi.Pack("reentrySucceeded")
}

// UnpackReentrySucceeded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59703b2e.
//
// Solidity: function reentrySucceeded() view returns(bool)
func (reentrantReceiver *ReentrantReceiver) UnpackReentrySucceeded(data []byte) (bool, error) {
	out, err := reentrantReceiver.abi.Unpack("reentrySucceeded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91c48bf9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setToken(uint256 tokenId_) returns()
func (reentrantReceiver *ReentrantReceiver) PackSetToken(tokenId *big.Int) []byte {
	enc, err := reentrantReceiver.abi.Pack("setToken", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91c48bf9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setToken(uint256 tokenId_) returns()
func (reentrantReceiver *ReentrantReceiver) TryPackSetToken(tokenId *big.Int) ([]byte, error) {
	return reentrantReceiver.abi.Pack("setToken", tokenId)
}

// PackTokenId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17d70f7c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenId() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) PackTokenId() []byte {
	enc, err := reentrantReceiver.abi.Pack("tokenId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17d70f7c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenId() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) TryPackTokenId() ([]byte, error) {
	return reentrantReceiver.abi.Pack("tokenId")
}

// UnpackTokenId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17d70f7c.
//
// Solidity: function tokenId() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) UnpackTokenId(data []byte) (*big.Int, error) {
	out, err := reentrantReceiver.abi.Unpack("tokenId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}
