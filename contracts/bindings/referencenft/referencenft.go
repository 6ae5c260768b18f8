// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package referencenft

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

// ReferenceNFTMetaData contains all meta data concerning the ReferenceNFT contract.
var ReferenceNFTMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_fromTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_toTokenId\",\"type\":\"uint256\"}],\"name\":\"BatchMetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"tokenURI_\",\"type\":\"string\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"next\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ReferenceNFT",
	Bin: "0x60806040523461032357604080519081016001600160401b0381118282101761022e57604090815260098252685265666572656e636560b81b602083015280519081016001600160401b0381118282101761022e5760405260038152622922a360e91b602082015281516001600160401b03811161022e575f54600181811c91168015610319575b602082101461021057601f81116102ac575b50602092601f821160011461024d57928192935f92610242575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161022e57600154600181811c91168015610224575b602082101461021057601f81116101a2575b50602091601f8211600114610142579181925f92610137575b50508160011b915f199060031b1c1916176001555b604051610fd690816103288239f35b015190505f80610113565b601f1982169260015f52805f20915f5b85811061018a57508360019510610172575b505050811b01600155610128565b01515f1960f88460031b161c191690555f8080610164565b91926020600181928685015181550194019201610152565b818111156100fa5760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf660208410610208575b81601f9101920160051c03905f5b8281106101fb5750506100fa565b5f828201556001016101ed565b5f91506101df565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100e8565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b3565b601f198216935f8052805f20915f5b868110610294575083600195961061027c575b505050811b015f556100c7565b01515f1960f88460031b161c191690555f808061026f565b9192602060018192868501518155019401920161025c565b81811115610099575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56360208410610311575b81601f9101920160051c03905f5b828110610304575050610099565b5f828201556001016102f6565b5f91506102e8565b90607f1690610087565b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a7146109ef5750806306fdde031461094d578063081812fc14610911578063095ea7b31461082757806323b872dd1461081057806342842e0e146107e15780634c8fe526146107c45780636352211e1461079457806370a082311461074357806395d89b4114610679578063a22cb465146105c5578063b88d4fde14610557578063c87b56dd14610520578063d0def5211461011c5763e985e9c5146100c1575f80fd5b34610118576040366003190112610118576100da610a98565b6100e2610aae565b9060018060a01b03165f52600560205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b5f80fd5b3461011857604036600319011261011857610135610a98565b60243567ffffffffffffffff811161011857366023820112156101185780600401359067ffffffffffffffff8211610118573660248383010111610118576007545f19811461050c5760010190816007556020926040516101968582610afe565b5f81526001600160a01b0386169586156104f9575f8581526002875260409020546001600160a01b031680151590816104c8575b5f8981526003895260408082208054600101905588825260028a52812080546001600160a01b0319168b17905587908a9083907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9080a4506104b5573b61039b575b5061023e929394506024369201610b3c565b90805f526006835260405f20825167ffffffffffffffff8111610387576102658254610b72565b601f8111610338575b508493601f82116001146102d85793819293945f926102cd575b50508160011b915f199060031b1c19161790555b7ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce782604051838152a1604051908152f35b015190508580610288565b601f19821694835f52865f20915f5b888882106103225750508360019596971061030a575b505050811b01905561029c565b01515f1960f88460031b161c191690558580806102fd565b60018495829395850151815501940192016102e7565b8181111561026e57825f52855f20601f830160051c9087841061037f575b81601f9101920160051c03905f5b82811061037257505061026e565b5f82820155600101610364565b5f9150610356565b634e487b7160e01b5f52604160045260245ffd5b846103d49160405180938192630a85bd0160e11b83523360048401525f6024840152886044840152608060648401526084830190610a74565b03815f8a5af15f9181610475575b506104375785853d1561042f573d906103fa82610b20565b916104086040519384610afe565b82523d5f8284013e5b8151918261042c5783633250574960e11b5f5260045260245ffd5b01fd5b606090610411565b93949293919290916001600160e01b03191663757a42ff60e11b0161046357508392919061023e61022c565b633250574960e11b5f5260045260245ffd5b9091508581813d83116104ae575b61048d8183610afe565b8101031261011857516001600160e01b0319811681036101185790876103e2565b503d610483565b6339e3563760e11b5f525f60045260245ffd5b5f8781526004602052604080822080546001600160a01b031916905582825260038a52902080545f190190556101ca565b633250574960e11b5f525f60045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b346101185760203660031901126101185761055361053f600435610d2f565b604051918291602083526020830190610a74565b0390f35b3461011857608036600319011261011857610570610a98565b610578610aae565b906044356064359267ffffffffffffffff84116101185736602385011215610118576105b16105c3943690602481600401359101610b3c565b926105bd838383610baa565b33610ea5565b005b34610118576040366003190112610118576105de610a98565b60243590811515809203610118573315610666576001600160a01b031690811561065357335f52600560205260405f20825f5260205260405f2060ff1981541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b50630b61174360e31b5f5260045260245ffd5b63a9fbf51f60e01b5f525f60045260245ffd5b34610118575f366003190112610118576040515f60015461069981610b72565b808452906001811690811561071f57506001146106c1575b6105538361053f81850382610afe565b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b8082106107055750909150810160200161053f6106b1565b9192600181602092548385880101520191019092916106ed565b60ff191660208086019190915291151560051b8401909101915061053f90506106b1565b34610118576020366003190112610118576001600160a01b03610764610a98565b168015610781575f526003602052602060405f2054604051908152f35b6322718ad960e21b5f525f60045260245ffd5b346101185760203660031901126101185760206107b2600435610e71565b6040516001600160a01b039091168152f35b34610118575f366003190112610118576020600754604051908152f35b34610118576105c36107f236610ac4565b9060405192610802602085610afe565b5f84526105bd838383610baa565b34610118576105c361082136610ac4565b91610baa565b3461011857604036600319011261011857610840610a98565b60243561084c81610e71565b331515806108fe575b806108d1575b6108be5781906001600160a01b0384811691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f90815260046020526040902080546001600160a01b0319166001600160a01b03909216919091179055005b63a9fbf51f60e01b5f523360045260245ffd5b506001600160a01b0381165f90815260056020908152604080832033845290915290205460ff161561085b565b506001600160a01b038116331415610855565b346101185760203660031901126101185760043561092e81610e71565b505f526004602052602060018060a01b0360405f205416604051908152f35b34610118575f366003190112610118576040515f5f5461096c81610b72565b808452906001811690811561071f5750600114610993576105538361053f81850382610afe565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b8082106109d55750909150810160200161053f6106b1565b9192600181602092548385880101520191019092916109bd565b34610118576020366003190112610118576004359063ffffffff60e01b821680920361011857602091632483248360e11b8114908115610a31575b5015158152f35b6380ac58cd60e01b811491508115610a63575b8115610a52575b5083610a2a565b6301ffc9a760e01b14905083610a4b565b635b5e139f60e01b81149150610a44565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361011857565b602435906001600160a01b038216820361011857565b6060906003190112610118576004356001600160a01b038116810361011857906024356001600160a01b0381168103610118579060443590565b90601f8019910116810190811067ffffffffffffffff82111761038757604052565b67ffffffffffffffff811161038757601f01601f191660200190565b929192610b4882610b20565b91610b566040519384610afe565b829481845281830111610118578281602093845f960137010152565b90600182811c92168015610ba0575b6020831014610b8c57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610b81565b6001600160a01b03909116919082156104f9575f828152600260205260409020546001600160a01b031692829033151580610c9a575b5084610c67575b805f52600360205260405f2060018154019055815f52600260205260405f208160018060a01b0319825416179055847fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a46001600160a01b0316808303610c4f57505050565b6364283d7b60e01b5f5260045260245260445260645ffd5b5f82815260046020526040902080546001600160a01b0319169055845f52600360205260405f205f198154019055610be7565b90915080610cde575b15610cb05782905f610be0565b8284610cc857637e27328960e01b5f5260045260245ffd5b63177e802f60e01b5f523360045260245260445ffd5b503384148015610d0d575b80610ca357505f838152600460205260409020546001600160a01b03163314610ca3565b505f84815260056020908152604080832033845290915290205460ff16610ce9565b610d3881610e71565b50602090604051610d498382610afe565b5f8152815f526006835260405f206040515f9181815493610d6985610b72565b9283835288830195896001821691825f14610e53575050600114610e17575b50610d9592500382610afe565b825115610e0f579081859251610dd55750505050610db290610e71565b505f604051610dc18382610afe565b52610dcf6040519182610afe565b5f815290565b610e0c94506040519584879551918291018587015e840190838201905f8252519283915e01015f815203601f198101835282610afe565b90565b935050505090565b9150505f528186805f205f905b848210610e3a5750610d9593508201015f610d88565b6001919350805483858801015201910187908492610e24565b60ff19168852610d9595151560051b85010192505f9150610d889050565b5f818152600260205260409020546001600160a01b0316908115610e93575090565b637e27328960e01b5f5260045260245ffd5b823b610eb3575b5050505050565b604051630a85bd0160e11b81526001600160a01b039182166004820152918116602483015260448201939093526080606482015291169160209082908190610eff906084830190610a74565b03815f865af15f9181610f84575b50610f6257503d15610f5b573d610f2381610b20565b90610f316040519283610afe565b81523d5f602083013e5b80519081610f565782633250574960e11b5f5260045260245ffd5b602001fd5b6060610f3b565b6001600160e01b03191663757a42ff60e11b0161046357505f80808080610eac565b9091506020813d602011610fc1575b81610fa060209383610afe565b8101031261011857516001600160e01b03198116810361011857905f610f0d565b3d9150610f9356fea164736f6c6343000825000a",
}

// ReferenceNFT is an auto generated Go binding around an Ethereum contract.
type ReferenceNFT struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReferenceNFT) GetABI() abi.ABI {
	return c.abi
}

// NewReferenceNFT creates a new instance of ReferenceNFT.
func NewReferenceNFT() *ReferenceNFT {
	parsed, err := ReferenceNFTMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReferenceNFT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReferenceNFT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (referenceNFT *ReferenceNFT) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := referenceNFT.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (referenceNFT *ReferenceNFT) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return referenceNFT.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (referenceNFT *ReferenceNFT) PackBalanceOf(owner common.Address) []byte {
	enc, err := referenceNFT.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (referenceNFT *ReferenceNFT) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return referenceNFT.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (referenceNFT *ReferenceNFT) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := referenceNFT.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (referenceNFT *ReferenceNFT) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := referenceNFT.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (referenceNFT *ReferenceNFT) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return referenceNFT.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (referenceNFT *ReferenceNFT) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := referenceNFT.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (referenceNFT *ReferenceNFT) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := referenceNFT.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (referenceNFT *ReferenceNFT) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return referenceNFT.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (referenceNFT *ReferenceNFT) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := referenceNFT.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0def521.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, string tokenURI_) returns(uint256 id)
func (referenceNFT *ReferenceNFT) PackMint(to common.Address, tokenURI string) []byte {
	enc, err := referenceNFT.abi.Pack("mint", to, tokenURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0def521.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, string tokenURI_) returns(uint256 id)
func (referenceNFT *ReferenceNFT) TryPackMint(to common.Address, tokenURI string) ([]byte, error) {
	return referenceNFT.abi.Pack("mint", to, tokenURI)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd0def521.
//
// Solidity: function mint(address to, string tokenURI_) returns(uint256 id)
func (referenceNFT *ReferenceNFT) UnpackMint(data []byte) (*big.Int, error) {
	out, err := referenceNFT.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (referenceNFT *ReferenceNFT) PackName() []byte {
	enc, err := referenceNFT.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (referenceNFT *ReferenceNFT) TryPackName() ([]byte, error) {
	return referenceNFT.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (referenceNFT *ReferenceNFT) UnpackName(data []byte) (string, error) {
	out, err := referenceNFT.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c8fe526.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function next() view returns(uint256)
func (referenceNFT *ReferenceNFT) PackNext() []byte {
	enc, err := referenceNFT.abi.Pack("next")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c8fe526.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function next() view returns(uint256)
func (referenceNFT *ReferenceNFT) TryPackNext() ([]byte, error) {
	return referenceNFT.abi.Pack("next")
}

// UnpackNext is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c8fe526.
//
// Solidity: function next() view returns(uint256)
func (referenceNFT *ReferenceNFT) UnpackNext(data []byte) (*big.Int, error) {
	out, err := referenceNFT.abi.Unpack("next", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (referenceNFT *ReferenceNFT) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := referenceNFT.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (referenceNFT *ReferenceNFT) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return referenceNFT.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (referenceNFT *ReferenceNFT) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := referenceNFT.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (referenceNFT *ReferenceNFT) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := referenceNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (referenceNFT *ReferenceNFT) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return referenceNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (referenceNFT *ReferenceNFT) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := referenceNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (referenceNFT *ReferenceNFT) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return referenceNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (referenceNFT *ReferenceNFT) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := referenceNFT.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (referenceNFT *ReferenceNFT) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return referenceNFT.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (referenceNFT *ReferenceNFT) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := referenceNFT.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (referenceNFT *ReferenceNFT) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return referenceNFT.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (referenceNFT *ReferenceNFT) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := referenceNFT.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (referenceNFT *ReferenceNFT) PackSymbol() []byte {
	enc, err := referenceNFT.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (referenceNFT *ReferenceNFT) TryPackSymbol() ([]byte, error) {
	return referenceNFT.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (referenceNFT *ReferenceNFT) UnpackSymbol(data []byte) (string, error) {
	out, err := referenceNFT.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (referenceNFT *ReferenceNFT) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := referenceNFT.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (referenceNFT *ReferenceNFT) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return referenceNFT.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (referenceNFT *ReferenceNFT) UnpackTokenURI(data []byte) (string, error) {
	out, err := referenceNFT.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (referenceNFT *ReferenceNFT) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := referenceNFT.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (referenceNFT *ReferenceNFT) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return referenceNFT.abi.Pack("transferFrom", from, to, tokenId)
}

// ReferenceNFTApproval represents a Approval event raised by the ReferenceNFT contract.
type ReferenceNFTApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ReferenceNFTApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ReferenceNFTApproval) ContractEventName() string {
	return ReferenceNFTApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (referenceNFT *ReferenceNFT) UnpackApprovalEvent(log *types.Log) (*ReferenceNFTApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != referenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReferenceNFTApproval)
	if len(log.Data) > 0 {
		if err := referenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range referenceNFT.abi.Events[event].Inputs {
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

// ReferenceNFTApprovalForAll represents a ApprovalForAll event raised by the ReferenceNFT contract.
type ReferenceNFTApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ReferenceNFTApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (ReferenceNFTApprovalForAll) ContractEventName() string {
	return ReferenceNFTApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (referenceNFT *ReferenceNFT) UnpackApprovalForAllEvent(log *types.Log) (*ReferenceNFTApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != referenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReferenceNFTApprovalForAll)
	if len(log.Data) > 0 {
		if err := referenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range referenceNFT.abi.Events[event].Inputs {
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

// ReferenceNFTBatchMetadataUpdate represents a BatchMetadataUpdate event raised by the ReferenceNFT contract.
type ReferenceNFTBatchMetadataUpdate struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ReferenceNFTBatchMetadataUpdateEventName = "BatchMetadataUpdate"

// ContractEventName returns the user-defined event name.
func (ReferenceNFTBatchMetadataUpdate) ContractEventName() string {
	return ReferenceNFTBatchMetadataUpdateEventName
}

// UnpackBatchMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId)
func (referenceNFT *ReferenceNFT) UnpackBatchMetadataUpdateEvent(log *types.Log) (*ReferenceNFTBatchMetadataUpdate, error) {
	event := "BatchMetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != referenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReferenceNFTBatchMetadataUpdate)
	if len(log.Data) > 0 {
		if err := referenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range referenceNFT.abi.Events[event].Inputs {
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

// ReferenceNFTMetadataUpdate represents a MetadataUpdate event raised by the ReferenceNFT contract.
type ReferenceNFTMetadataUpdate struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReferenceNFTMetadataUpdateEventName = "MetadataUpdate"

// ContractEventName returns the user-defined event name.
func (ReferenceNFTMetadataUpdate) ContractEventName() string {
	return ReferenceNFTMetadataUpdateEventName
}

// UnpackMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdate(uint256 _tokenId)
func (referenceNFT *ReferenceNFT) UnpackMetadataUpdateEvent(log *types.Log) (*ReferenceNFTMetadataUpdate, error) {
	event := "MetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != referenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReferenceNFTMetadataUpdate)
	if len(log.Data) > 0 {
		if err := referenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range referenceNFT.abi.Events[event].Inputs {
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

// ReferenceNFTTransfer represents a Transfer event raised by the ReferenceNFT contract.
type ReferenceNFTTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReferenceNFTTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ReferenceNFTTransfer) ContractEventName() string {
	return ReferenceNFTTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (referenceNFT *ReferenceNFT) UnpackTransferEvent(log *types.Log) (*ReferenceNFTTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != referenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReferenceNFTTransfer)
	if len(log.Data) > 0 {
		if err := referenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range referenceNFT.abi.Events[event].Inputs {
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
func (referenceNFT *ReferenceNFT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], referenceNFT.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return referenceNFT.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceNFT.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return referenceNFT.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceNFT.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return referenceNFT.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceNFT.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return referenceNFT.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceNFT.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return referenceNFT.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceNFT.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return referenceNFT.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceNFT.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return referenceNFT.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], referenceNFT.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return referenceNFT.UnpackERC721NonexistentTokenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReferenceNFTERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the ReferenceNFT contract.
type ReferenceNFTERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func ReferenceNFTERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (referenceNFT *ReferenceNFT) UnpackERC721IncorrectOwnerError(raw []byte) (*ReferenceNFTERC721IncorrectOwner, error) {
	out := new(ReferenceNFTERC721IncorrectOwner)
	if err := referenceNFT.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceNFTERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the ReferenceNFT contract.
type ReferenceNFTERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func ReferenceNFTERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (referenceNFT *ReferenceNFT) UnpackERC721InsufficientApprovalError(raw []byte) (*ReferenceNFTERC721InsufficientApproval, error) {
	out := new(ReferenceNFTERC721InsufficientApproval)
	if err := referenceNFT.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceNFTERC721InvalidApprover represents a ERC721InvalidApprover error raised by the ReferenceNFT contract.
type ReferenceNFTERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func ReferenceNFTERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (referenceNFT *ReferenceNFT) UnpackERC721InvalidApproverError(raw []byte) (*ReferenceNFTERC721InvalidApprover, error) {
	out := new(ReferenceNFTERC721InvalidApprover)
	if err := referenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceNFTERC721InvalidOperator represents a ERC721InvalidOperator error raised by the ReferenceNFT contract.
type ReferenceNFTERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func ReferenceNFTERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (referenceNFT *ReferenceNFT) UnpackERC721InvalidOperatorError(raw []byte) (*ReferenceNFTERC721InvalidOperator, error) {
	out := new(ReferenceNFTERC721InvalidOperator)
	if err := referenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceNFTERC721InvalidOwner represents a ERC721InvalidOwner error raised by the ReferenceNFT contract.
type ReferenceNFTERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func ReferenceNFTERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (referenceNFT *ReferenceNFT) UnpackERC721InvalidOwnerError(raw []byte) (*ReferenceNFTERC721InvalidOwner, error) {
	out := new(ReferenceNFTERC721InvalidOwner)
	if err := referenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceNFTERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the ReferenceNFT contract.
type ReferenceNFTERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func ReferenceNFTERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (referenceNFT *ReferenceNFT) UnpackERC721InvalidReceiverError(raw []byte) (*ReferenceNFTERC721InvalidReceiver, error) {
	out := new(ReferenceNFTERC721InvalidReceiver)
	if err := referenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceNFTERC721InvalidSender represents a ERC721InvalidSender error raised by the ReferenceNFT contract.
type ReferenceNFTERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func ReferenceNFTERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (referenceNFT *ReferenceNFT) UnpackERC721InvalidSenderError(raw []byte) (*ReferenceNFTERC721InvalidSender, error) {
	out := new(ReferenceNFTERC721InvalidSender)
	if err := referenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReferenceNFTERC721NonexistentToken represents a ERC721NonexistentToken error raised by the ReferenceNFT contract.
type ReferenceNFTERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func ReferenceNFTERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (referenceNFT *ReferenceNFT) UnpackERC721NonexistentTokenError(raw []byte) (*ReferenceNFTERC721NonexistentToken, error) {
	out := new(ReferenceNFTERC721NonexistentToken)
	if err := referenceNFT.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}
