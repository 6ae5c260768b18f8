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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC8028\",\"name\":\"dat_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"claimETH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dat\",\"outputs\":[{\"internalType\":\"contractIERC8028\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastError\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"received\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentrySucceeded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId_\",\"type\":\"uint256\"}],\"name\":\"setToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ReentrantReceiver",
	Bin: "0x60a034607357601f61063d38819003918201601f19168301916001600160401b03831184841017607757808492602094604052833981010312607357516001600160a01b03811681036073576080526040516105b1908161008c823960805181818160700152818161036201526103ef0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe608080604052600436101561028a575b50361561001a575f80fd5b6001543481018091116102765760015560045460ff81161561003857005b60ff191660011760049081555f8054604051632cd1b11360e01b8152928301526024820152306044820152602081806064810103815f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af19081610243575b50610231573d1561022a573d67ffffffffffffffff811161021657604051906100d4601f8201601f191660200183610582565b81523d5f602083013e5b805167ffffffffffffffff8111610216576100fa60035461054a565b601f81116101a8575b50602091601f8211600114610148579181925f9261013d575b50508160011b915f199060031b1c1916176003555b60ff1960045416600455005b015190505f8061011c565b601f1982169260035f52805f20915f5b85811061019057508360019510610178575b505050811b01600355610131565b01515f1960f88460031b161c191690555f808061016a565b91926020600181928685015181550194019201610158565b818111156101035760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b6020841061020e575b81601f9101920160051c03905f5b828110610201575050610103565b5f828201556001016101f3565b5f91506101e5565b634e487b7160e01b5f52604160045260245ffd5b60606100de565b600160ff196002541617600255610131565b6020813d60201161026e575b8161025c60209383610582565b8101031261026a57516100a1565b5f80fd5b3d915061024f565b634e487b7160e01b5f52601160045260245ffd5b5f3560e01c90816317d70f7c146105315750806329f0de3f1461044057806359703b2e1461041e57806363eb963a146103da578063672729991461031857806383a6deb5146102fb576391c48bf9146102e3575f61000f565b3461026a57602036600319011261026a576004355f55005b3461026a575f36600319011261026a576020600154604051908152f35b3461026a575f36600319011261026a575f8054604051632cd1b11360e01b815260048101919091526024810182905230604482015290602090829060649082906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165af180156103cf575f9061039c575b602090604051908152f35b506020813d6020116103c7575b816103b660209383610582565b8101031261026a5760209051610391565b3d91506103a9565b6040513d5f823e3d90fd5b3461026a575f36600319011261026a576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461026a575f36600319011261026a57602060ff600254166040519015158152f35b3461026a575f36600319011261026a57604051600354905f6104618361054a565b80835260208301936001811690811561051657506001146104b8575b509061048d816040930382610582565b8151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b60035f9081527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b939250905b8082106104fc5750909150810160200161048d61047d565b9192600181602092548385880101520191019092916104e4565b60ff1916855250151560051b8201602001905061048d61047d565b3461026a575f36600319011261026a576020905f548152f35b90600182811c92168015610578575b602083101461056457565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610559565b90601f8019910116810190811067ffffffffffffffff8211176102165760405256fea164736f6c6343000825000a",
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

// PackLastError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29f0de3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastError() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) PackLastError() []byte {
	enc, err := reentrantReceiver.abi.Pack("lastError")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29f0de3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastError() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) TryPackLastError() ([]byte, error) {
	return reentrantReceiver.abi.Pack("lastError")
}

// UnpackLastError is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29f0de3f.
//
// Solidity: function lastError() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) UnpackLastError(data []byte) ([]byte, error) {
	out, err := reentrantReceiver.abi.Unpack("lastError", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
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
