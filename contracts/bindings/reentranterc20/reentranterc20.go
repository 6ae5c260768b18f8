// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package reentranterc20

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

// ReentrantERC20MetaData contains all meta data concerning the ReentrantERC20 contract.
var ReentrantERC20MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload_\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"times\",\"type\":\"uint256\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"armed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attempts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastError\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payload\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"successes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ReentrantERC20",
	Bin: "0x60806040523461032757604080519081016001600160401b0381118282101761022f57604090815260098252681499595b9d1c985b9d60ba1b602083015280519081016001600160401b0381118282101761022f576040526002815261524560f01b602082015281516001600160401b03811161022f57600354600181811c9116801561031d575b602082101461021157601f81116102af575b50602092601f821160011461024e57928192935f92610243575b50508160011b915f199060031b1c1916176003555b80516001600160401b03811161022f57600454600181811c91168015610225575b602082101461021157601f81116101a3575b50602091601f8211600114610143579181925f92610138575b50508160011b915f199060031b1c1916176004555b604051610e30908161032c8239f35b015190505f80610114565b601f1982169260045f52805f20915f5b85811061018b57508360019510610173575b505050811b01600455610129565b01515f1960f88460031b161c191690555f8080610165565b91926020600181928685015181550194019201610153565b818111156100fb5760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b60208410610209575b81601f9101920160051c03905f5b8281106101fc5750506100fb565b5f828201556001016101ee565b5f91506101e0565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100e9565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b3565b601f1982169360035f52805f20915f5b868110610297575083600195961061027f575b505050811b016003556100c8565b01515f1960f88460031b161c191690555f8080610271565b9192602060018192868501518155019401920161025e565b818111156100995760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208410610315575b81601f9101920160051c03905f5b828110610308575050610099565b5f828201556001016102fa565b5f91506102ec565b90607f1690610087565b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde03146109da57508063095ea7b31461095857806318160ddd1461093b57806323b872dd1461085c57806329f0de3f146107b75780632f4110931461079a578063313ce5671461077f57806340c10f19146104ff5780635754a042146104e257806370a08231146104ab5780637339acce1461048e57806388cf3367146102f857806395d89b4114610253578063a878f85814610184578063a9059cbb14610153578063d4b839921461012b5763dd62ed3e146100d7575f80fd5b34610127576040366003190112610127576100f0610aa0565b6100f8610ab6565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b5f80fd5b34610127575f366003190112610127576005546040516001600160a01b039091168152602090f35b346101275760403660031901126101275761017961016f610aa0565b6024359033610b84565b602060405160018152f35b34610127575f366003190112610127576040515f6006546101a481610acc565b808452906001811690811561022f57506001146101e4575b6101e0836101cc81850382610b04565b604051918291602083526020830190610a7c565b0390f35b60065f9081525f516020610e045f395f51905f52939250905b808210610215575090915081016020016101cc6101bc565b9192600181602092548385880101520191019092916101fd565b60ff191660208086019190915291151560051b840190910191506101cc90506101bc565b34610127575f366003190112610127576040515f60045461027381610acc565b808452906001811690811561022f575060011461029a576101e0836101cc81850382610b04565b60045f9081527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b939250905b8082106102de575090915081016020016101cc6101bc565b9192600181602092548385880101520191019092916102c6565b3461012757606036600319011261012757610311610aa0565b602435906001600160401b0382116101275736602383011215610127578160040135906001600160401b03821161012757366024838501011161012757600580546001600160a01b0319166001600160a01b039290921691909117905560065461037a90610acc565b601f8111610433575b505f601f82116001146103cb5781906103b1935f926103bd575b50508160011b915f199060031b1c19161790565b6006555b604435600755005b60249250010135838061039d565b601f1982169260065f5260205f20915f5b858110610418575083600195106103fc575b505050811b016006556103b5565b01602401355f19600384901b60f8161c191690558280806103ee565b909260206001819260248787010135815501940191016103dc565b818111156103835760065f52601f820160051c5f516020610e045f395f51905f5260208410610486575b81601f9101920160051c03905f5b828110610479575050610383565b5f8282015560010161046b565b5f915061045d565b34610127575f366003190112610127576020600954604051908152f35b34610127576020366003190112610127576001600160a01b036104cc610aa0565b165f525f602052602060405f2054604051908152f35b34610127575f366003190112610127576020600854604051908152f35b3461012757604036600319011261012757610518610aa0565b6001600160a01b0316602435811561076c57600254908082018092116107585760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a36007548015801561058557005b610758575f190160075561059a600854610df5565b60085560055460405160065490916001600160a01b0316905f906105bd81610acc565b90600181169081156107435750600114610706575b5090825f8094819403925af13d156106fe573d906001600160401b0382116106ea576040519161060c601f8201601f191660200184610b04565b82523d5f602084013e5b1561062c5750610627600954610df5565b600955005b80516001600160401b0381116106ea576106508161064b600a54610acc565b610b25565b602091601f821160011461068d5761067d925f91836106825750508160011b915f199060031b1c19161790565b600a55005b01519050838061039d565b601f19821692600a5f52805f20915f5b8581106106d2575083600195106106ba575b505050811b01600a55005b01515f1960f88460031b161c191690558280806106af565b9192602060018192868501518155019401920161069d565b634e487b7160e01b5f52604160045260245ffd5b606090610616565b60065f9081529091505f516020610e045f395f51905f525b82821061072f5750508201826105d2565b60018160209254848801520191019061071e565b60ff19168552508015150283019050826105d2565b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b34610127575f36600319011261012757602060405160128152f35b34610127575f366003190112610127576020600754604051908152f35b34610127575f366003190112610127576040515f600a546107d781610acc565b808452906001811690811561022f57506001146107fe576101e0836101cc81850382610b04565b600a5f9081527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a8939250905b808210610842575090915081016020016101cc6101bc565b91926001816020925483858801015201910190929161082a565b3461012757606036600319011261012757610875610aa0565b61087d610ab6565b6001600160a01b0382165f818152600160209081526040808320338452909152902054909260443592915f1981106108bb575b506101799350610b84565b83811061092057841561090d5733156108fa57610179945f52600160205260405f2060018060a01b0333165f526020528360405f2091039055846108b0565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b8390637dc7a0d960e11b5f523360045260245260445260645ffd5b34610127575f366003190112610127576020600254604051908152f35b3461012757604036600319011261012757610971610aa0565b60243590331561090d576001600160a01b03169081156108fa57335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b34610127575f366003190112610127575f6003546109f781610acc565b808452906001811690811561022f5750600114610a1e576101e0836101cc81850382610b04565b60035f9081527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b939250905b808210610a62575090915081016020016101cc6101bc565b919260018160209254838588010152019101909291610a4a565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361012757565b602435906001600160a01b038216820361012757565b90600182811c92168015610afa575b6020831014610ae657565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610adb565b90601f801991011681019081106001600160401b038211176106ea57604052565b90601f8211610b32575050565b808211610b3d575050565b600a5f5260205f206020601f830160051c9210610b7c575b81601f9101920160051c03905f5b828110610b6f57505050565b5f82820155600101610b63565b5f9150610b55565b6001600160a01b0316908115610de2576001600160a01b031691821561076c57815f525f60205260405f2054818110610dc957817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a360075480158015610c0f575050565b610758575f1901600755610c24600854610df5565b60085560018060a01b03600554166040515f600654610c4281610acc565b9060018116908115610db45750600114610d77575b5091815f809493819403925af13d15610d6f573d906001600160401b0382116106ea5760405191610c92601f8201601f191660200184610b04565b82523d5f602084013e5b15610cb25750610cad600954610df5565b600955565b9081516001600160401b0381116106ea57610cd28161064b600a54610acc565b602092601f8211600114610d1157610d01929382915f92610d065750508160011b915f199060031b1c19161790565b600a55565b015190505f8061039d565b601f19821693600a5f52805f20915f5b868110610d575750836001959610610d3f575b505050811b01600a55565b01515f1960f88460031b161c191690555f8080610d34565b91926020600181928685015181550194019201610d21565b606090610c9c565b60065f9081529091505f516020610e045f395f51905f525b828210610da0575050810181610c57565b600181602092548487015201910190610d8f565b60ff1916845250801515028201905081610c57565b8263391434e360e21b5f5260045260245260445260645ffd5b634b637e8f60e11b5f525f60045260245ffd5b5f198114610758576001019056fef652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3fa164736f6c6343000825000a",
}

// ReentrantERC20 is an auto generated Go binding around an Ethereum contract.
type ReentrantERC20 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantERC20) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantERC20 creates a new instance of ReentrantERC20.
func NewReentrantERC20() *ReentrantERC20 {
	parsed, err := ReentrantERC20MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantERC20{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantERC20) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantERC20 *ReentrantERC20) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := reentrantERC20.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantERC20 *ReentrantERC20) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return reentrantERC20.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantERC20 *ReentrantERC20) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := reentrantERC20.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantERC20 *ReentrantERC20) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := reentrantERC20.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantERC20 *ReentrantERC20) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return reentrantERC20.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantERC20 *ReentrantERC20) UnpackApprove(data []byte) (bool, error) {
	out, err := reentrantERC20.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88cf3367.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arm(address target_, bytes payload_, uint256 times) returns()
func (reentrantERC20 *ReentrantERC20) PackArm(target common.Address, payload []byte, times *big.Int) []byte {
	enc, err := reentrantERC20.abi.Pack("arm", target, payload, times)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88cf3367.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arm(address target_, bytes payload_, uint256 times) returns()
func (reentrantERC20 *ReentrantERC20) TryPackArm(target common.Address, payload []byte, times *big.Int) ([]byte, error) {
	return reentrantERC20.abi.Pack("arm", target, payload, times)
}

// PackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function armed() view returns(uint256)
func (reentrantERC20 *ReentrantERC20) PackArmed() []byte {
	enc, err := reentrantERC20.abi.Pack("armed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function armed() view returns(uint256)
func (reentrantERC20 *ReentrantERC20) TryPackArmed() ([]byte, error) {
	return reentrantERC20.abi.Pack("armed")
}

// UnpackArmed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f411093.
//
// Solidity: function armed() view returns(uint256)
func (reentrantERC20 *ReentrantERC20) UnpackArmed(data []byte) (*big.Int, error) {
	out, err := reentrantERC20.abi.Unpack("armed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAttempts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5754a042.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attempts() view returns(uint256)
func (reentrantERC20 *ReentrantERC20) PackAttempts() []byte {
	enc, err := reentrantERC20.abi.Pack("attempts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttempts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5754a042.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attempts() view returns(uint256)
func (reentrantERC20 *ReentrantERC20) TryPackAttempts() ([]byte, error) {
	return reentrantERC20.abi.Pack("attempts")
}

// UnpackAttempts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5754a042.
//
// Solidity: function attempts() view returns(uint256)
func (reentrantERC20 *ReentrantERC20) UnpackAttempts(data []byte) (*big.Int, error) {
	out, err := reentrantERC20.abi.Unpack("attempts", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantERC20 *ReentrantERC20) PackBalanceOf(account common.Address) []byte {
	enc, err := reentrantERC20.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantERC20 *ReentrantERC20) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return reentrantERC20.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantERC20 *ReentrantERC20) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := reentrantERC20.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantERC20 *ReentrantERC20) PackDecimals() []byte {
	enc, err := reentrantERC20.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantERC20 *ReentrantERC20) TryPackDecimals() ([]byte, error) {
	return reentrantERC20.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantERC20 *ReentrantERC20) UnpackDecimals(data []byte) (uint8, error) {
	out, err := reentrantERC20.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackLastError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29f0de3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastError() view returns(bytes)
func (reentrantERC20 *ReentrantERC20) PackLastError() []byte {
	enc, err := reentrantERC20.abi.Pack("lastError")
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
func (reentrantERC20 *ReentrantERC20) TryPackLastError() ([]byte, error) {
	return reentrantERC20.abi.Pack("lastError")
}

// UnpackLastError is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29f0de3f.
//
// Solidity: function lastError() view returns(bytes)
func (reentrantERC20 *ReentrantERC20) UnpackLastError(data []byte) ([]byte, error) {
	out, err := reentrantERC20.abi.Unpack("lastError", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (reentrantERC20 *ReentrantERC20) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := reentrantERC20.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (reentrantERC20 *ReentrantERC20) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return reentrantERC20.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (reentrantERC20 *ReentrantERC20) PackName() []byte {
	enc, err := reentrantERC20.abi.Pack("name")
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
func (reentrantERC20 *ReentrantERC20) TryPackName() ([]byte, error) {
	return reentrantERC20.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (reentrantERC20 *ReentrantERC20) UnpackName(data []byte) (string, error) {
	out, err := reentrantERC20.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payload() view returns(bytes)
func (reentrantERC20 *ReentrantERC20) PackPayload() []byte {
	enc, err := reentrantERC20.abi.Pack("payload")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payload() view returns(bytes)
func (reentrantERC20 *ReentrantERC20) TryPackPayload() ([]byte, error) {
	return reentrantERC20.abi.Pack("payload")
}

// UnpackPayload is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa878f858.
//
// Solidity: function payload() view returns(bytes)
func (reentrantERC20 *ReentrantERC20) UnpackPayload(data []byte) ([]byte, error) {
	out, err := reentrantERC20.abi.Unpack("payload", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSuccesses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7339acce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function successes() view returns(uint256)
func (reentrantERC20 *ReentrantERC20) PackSuccesses() []byte {
	enc, err := reentrantERC20.abi.Pack("successes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSuccesses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7339acce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function successes() view returns(uint256)
func (reentrantERC20 *ReentrantERC20) TryPackSuccesses() ([]byte, error) {
	return reentrantERC20.abi.Pack("successes")
}

// UnpackSuccesses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7339acce.
//
// Solidity: function successes() view returns(uint256)
func (reentrantERC20 *ReentrantERC20) UnpackSuccesses(data []byte) (*big.Int, error) {
	out, err := reentrantERC20.abi.Unpack("successes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (reentrantERC20 *ReentrantERC20) PackSymbol() []byte {
	enc, err := reentrantERC20.abi.Pack("symbol")
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
func (reentrantERC20 *ReentrantERC20) TryPackSymbol() ([]byte, error) {
	return reentrantERC20.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (reentrantERC20 *ReentrantERC20) UnpackSymbol(data []byte) (string, error) {
	out, err := reentrantERC20.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (reentrantERC20 *ReentrantERC20) PackTarget() []byte {
	enc, err := reentrantERC20.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (reentrantERC20 *ReentrantERC20) TryPackTarget() ([]byte, error) {
	return reentrantERC20.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (reentrantERC20 *ReentrantERC20) UnpackTarget(data []byte) (common.Address, error) {
	out, err := reentrantERC20.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantERC20 *ReentrantERC20) PackTotalSupply() []byte {
	enc, err := reentrantERC20.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantERC20 *ReentrantERC20) TryPackTotalSupply() ([]byte, error) {
	return reentrantERC20.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantERC20 *ReentrantERC20) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := reentrantERC20.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantERC20 *ReentrantERC20) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := reentrantERC20.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantERC20 *ReentrantERC20) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return reentrantERC20.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantERC20 *ReentrantERC20) UnpackTransfer(data []byte) (bool, error) {
	out, err := reentrantERC20.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantERC20 *ReentrantERC20) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := reentrantERC20.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantERC20 *ReentrantERC20) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return reentrantERC20.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantERC20 *ReentrantERC20) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := reentrantERC20.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ReentrantERC20Approval represents a Approval event raised by the ReentrantERC20 contract.
type ReentrantERC20Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReentrantERC20ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ReentrantERC20Approval) ContractEventName() string {
	return ReentrantERC20ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (reentrantERC20 *ReentrantERC20) UnpackApprovalEvent(log *types.Log) (*ReentrantERC20Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reentrantERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReentrantERC20Approval)
	if len(log.Data) > 0 {
		if err := reentrantERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reentrantERC20.abi.Events[event].Inputs {
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

// ReentrantERC20Transfer represents a Transfer event raised by the ReentrantERC20 contract.
type ReentrantERC20Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ReentrantERC20TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ReentrantERC20Transfer) ContractEventName() string {
	return ReentrantERC20TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (reentrantERC20 *ReentrantERC20) UnpackTransferEvent(log *types.Log) (*ReentrantERC20Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reentrantERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReentrantERC20Transfer)
	if len(log.Data) > 0 {
		if err := reentrantERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reentrantERC20.abi.Events[event].Inputs {
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
func (reentrantERC20 *ReentrantERC20) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reentrantERC20.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return reentrantERC20.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantERC20.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return reentrantERC20.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantERC20.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return reentrantERC20.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantERC20.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return reentrantERC20.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantERC20.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return reentrantERC20.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantERC20.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return reentrantERC20.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReentrantERC20ERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ReentrantERC20 contract.
type ReentrantERC20ERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ReentrantERC20ERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (reentrantERC20 *ReentrantERC20) UnpackERC20InsufficientAllowanceError(raw []byte) (*ReentrantERC20ERC20InsufficientAllowance, error) {
	out := new(ReentrantERC20ERC20InsufficientAllowance)
	if err := reentrantERC20.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantERC20ERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ReentrantERC20 contract.
type ReentrantERC20ERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ReentrantERC20ERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (reentrantERC20 *ReentrantERC20) UnpackERC20InsufficientBalanceError(raw []byte) (*ReentrantERC20ERC20InsufficientBalance, error) {
	out := new(ReentrantERC20ERC20InsufficientBalance)
	if err := reentrantERC20.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantERC20ERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ReentrantERC20 contract.
type ReentrantERC20ERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ReentrantERC20ERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (reentrantERC20 *ReentrantERC20) UnpackERC20InvalidApproverError(raw []byte) (*ReentrantERC20ERC20InvalidApprover, error) {
	out := new(ReentrantERC20ERC20InvalidApprover)
	if err := reentrantERC20.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantERC20ERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ReentrantERC20 contract.
type ReentrantERC20ERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ReentrantERC20ERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (reentrantERC20 *ReentrantERC20) UnpackERC20InvalidReceiverError(raw []byte) (*ReentrantERC20ERC20InvalidReceiver, error) {
	out := new(ReentrantERC20ERC20InvalidReceiver)
	if err := reentrantERC20.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantERC20ERC20InvalidSender represents a ERC20InvalidSender error raised by the ReentrantERC20 contract.
type ReentrantERC20ERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ReentrantERC20ERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (reentrantERC20 *ReentrantERC20) UnpackERC20InvalidSenderError(raw []byte) (*ReentrantERC20ERC20InvalidSender, error) {
	out := new(ReentrantERC20ERC20InvalidSender)
	if err := reentrantERC20.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantERC20ERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ReentrantERC20 contract.
type ReentrantERC20ERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ReentrantERC20ERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (reentrantERC20 *ReentrantERC20) UnpackERC20InvalidSpenderError(raw []byte) (*ReentrantERC20ERC20InvalidSpender, error) {
	out := new(ReentrantERC20ERC20InvalidSpender)
	if err := reentrantERC20.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
