// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package networktoken

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

// NetworkTokenMetaData contains all meta data concerning the NetworkToken contract.
var NetworkTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FaucetMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAUCET_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isDevChain\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "NetworkToken",
	Bin: "0x60806040523461035c576110cf8038038061001981610360565b92833981019060608183031261035c578051906001600160a01b038216820361035c5760208101516001600160401b03811161035c578361005b918301610385565b60408201519093906001600160401b03811161035c5761007b9201610385565b82519091906001600160401b03811161026257600354600181811c91168015610352575b602082101461024457601f81116102e4575b506020601f821160011461028157819293945f92610276575b50508160011b915f199060031b1c1916176003555b8151916001600160401b03831161026257600454600181811c91168015610258575b602082101461024457601f81116101d6575b50602090601f841160011461016e5761015393915f9183610163575b50508160011b915f199060031b1c1916176004555b61014d816103d6565b5061044c565b50604051610b8f90816104e08239f35b015190505f8061012f565b90601f1984169160045f52815f20925f5b8181106101be57509160019391866101539794106101a6575b505050811b01600455610144565b01515f1960f88460031b161c191690555f8080610198565b9293602060018192878601518155019501930161017f565b838111156101135760045f52601f840160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b6020861061023c575b81601f9101920160051c03905f5b82811061022f575050610113565b5f82820155600101610221565b5f9150610213565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610101565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100ca565b601f1982169060035f52805f20915f5b8181106102cc575095836001959697106102b4575b505050811b016003556100df565b01515f1960f88460031b161c191690555f80806102a6565b9192602060018192868b015181550194019201610291565b818111156100b15760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b6020841061034a575b81601f9101920160051c03905f5b82811061033d5750506100b1565b5f8282015560010161032f565b5f9150610321565b90607f169061009f565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761026257604052565b81601f8201121561035c578051906001600160401b038211610262576103b4601f8301601f1916602001610360565b928284526020838301011161035c57815f9260208093018386015e8301015290565b6001600160a01b0381165f9081525f5160206110af5f395f51905f52602052604090205460ff16610447576001600160a01b03165f8181525f5160206110af5f395f51905f5260205260408120805460ff191660011790553391905f51602061106f5f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f51602061108f5f395f51905f52602052604090205460ff16610447576001600160a01b03165f8181525f51602061108f5f395f51905f5260205260408120805460ff191660011790553391907f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6905f51602061106f5f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a7146108ce5750806306fdde03146107fb578063095ea7b31461077957806318160ddd1461075c57806323b872dd1461067d578063248a9ca31461064a578063266550aa146106265780632f2ff15d146105e8578063313ce567146105cd57806336568abe1461058957806340c10f19146103ec57806345c7c793146103b257806370a082311461037b57806391d148541461033257806395d89b4114610216578063a217fddf146101fc578063a9059cbb146101cb578063d539139314610191578063d547741f1461014c5763dd62ed3e146100f8575f80fd5b346101485760403660031901126101485761011161094b565b610119610961565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b5f80fd5b346101485760403660031901126101485761018f60043561016b610961565b9061018a610185825f526005602052600160405f20015490565b610a38565b610afe565b005b34610148575f3660031901126101485760206040517f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68152f35b34610148576040366003190112610148576101f16101e761094b565b602435903361098e565b602060405160018152f35b34610148575f3660031901126101485760206040515f8152f35b34610148575f366003190112610148576040515f6004548060011c90600181168015610328575b602083108114610314578285529081156102f857506001146102a2575b50819003601f01601f191681019067ffffffffffffffff82118183101761028e5761028a82918260405282610921565b0390f35b634e487b7160e01b5f52604160045260245ffd5b60045f9081529091507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5b8282106102e25750602091508201018261025a565b60018160209254838588010152019101906102cd565b90506020925060ff191682840152151560051b8201018261025a565b634e487b7160e01b5f52602260045260245ffd5b91607f169161023d565b346101485760403660031901126101485761034b610961565b6004355f52600560205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610148576020366003190112610148576001600160a01b0361039c61094b565b165f525f602052602060405f2054604051908152f35b34610148575f3660031901126101485760206040517faecf5761d3ba769b4631978eb26cb84eae66bcaca9c3f0f4ecde3feb2f4cf1448152f35b346101485760403660031901126101485761040561094b565b335f9081527f15a28d26fa1bf736cf7edc9922607171ccb09c3c73b808e7772a3013e068a5226020526040902054602435919060ff16156104c8575b6001600160a01b03169081156104b557600254908082018092116104a15760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b6104d0610977565b158015610551575b61051a576040518281526001600160a01b0382169033907f8795ac3a55de9e684f51e0e5b63578be841df437d55b7f04434d32d348d1f6d690602090a3610441565b63e2517d3f60e01b5f52336004527f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a660245260445ffd5b50335f9081527fb99622cfd930ab5478aadcfac66518786d8ec9f25656849a73c905ebab392b6e602052604090205460ff16156104d8565b34610148576040366003190112610148576105a2610961565b336001600160a01b038216036105be5761018f90600435610afe565b63334bd91960e11b5f5260045ffd5b34610148575f36600319011261014857602060405160128152f35b346101485760403660031901126101485761018f600435610607610961565b90610621610185825f526005602052600160405f20015490565b610a72565b34610148575f366003190112610148576020610640610977565b6040519015158152f35b346101485760203660031901126101485760206106756004355f526005602052600160405f20015490565b604051908152f35b346101485760603660031901126101485761069661094b565b61069e610961565b6001600160a01b0382165f818152600160209081526040808320338452909152902054909260443592915f1981106106dc575b506101f1935061098e565b83811061074157841561072e57331561071b576101f1945f52600160205260405f2060018060a01b0333165f526020528360405f2091039055846106d1565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b8390637dc7a0d960e11b5f523360045260245260445260645ffd5b34610148575f366003190112610148576020600254604051908152f35b346101485760403660031901126101485761079261094b565b60243590331561072e576001600160a01b031690811561071b57335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b34610148575f366003190112610148576040515f6003548060011c906001811680156108c4575b602083108114610314578285529081156102f8575060011461086e5750819003601f01601f191681019067ffffffffffffffff82118183101761028e5761028a82918260405282610921565b60035f9081529091507fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b5b8282106108ae5750602091508201018261025a565b6001816020925483858801015201910190610899565b91607f1691610822565b34610148576020366003190112610148576004359063ffffffff60e01b821680920361014857602091637965db0b60e01b8114908115610910575b5015158152f35b6301ffc9a760e01b14905083610909565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361014857565b602435906001600160a01b038216820361014857565b610539461480156109855790565b50617a69461490565b6001600160a01b0316908115610a25576001600160a01b03169182156104b557815f525f60205260405f2054818110610a0c57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b8263391434e360e21b5f5260045260245260445260645ffd5b634b637e8f60e11b5f525f60045260245ffd5b5f81815260056020908152604080832033845290915290205460ff1615610a5c5750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff16610af8575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff1615610af8575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fea164736f6c6343000825000a2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d15a28d26fa1bf736cf7edc9922607171ccb09c3c73b808e7772a3013e068a52205b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc",
}

// NetworkToken is an auto generated Go binding around an Ethereum contract.
type NetworkToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NetworkToken) GetABI() abi.ABI {
	return c.abi
}

// NewNetworkToken creates a new instance of NetworkToken.
func NewNetworkToken() *NetworkToken {
	parsed, err := NetworkTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NetworkToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NetworkToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, string name_, string symbol_) returns()
func (networkToken *NetworkToken) PackConstructor(admin common.Address, name_ string, symbol_ string) []byte {
	enc, err := networkToken.abi.Pack("", admin, name_, symbol_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (networkToken *NetworkToken) PackDEFAULTADMINROLE() []byte {
	enc, err := networkToken.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (networkToken *NetworkToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return networkToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (networkToken *NetworkToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := networkToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFAUCETROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45c7c793.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FAUCET_ROLE() view returns(bytes32)
func (networkToken *NetworkToken) PackFAUCETROLE() []byte {
	enc, err := networkToken.abi.Pack("FAUCET_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFAUCETROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45c7c793.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FAUCET_ROLE() view returns(bytes32)
func (networkToken *NetworkToken) TryPackFAUCETROLE() ([]byte, error) {
	return networkToken.abi.Pack("FAUCET_ROLE")
}

// UnpackFAUCETROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45c7c793.
//
// Solidity: function FAUCET_ROLE() view returns(bytes32)
func (networkToken *NetworkToken) UnpackFAUCETROLE(data []byte) ([32]byte, error) {
	out, err := networkToken.abi.Unpack("FAUCET_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (networkToken *NetworkToken) PackMINTERROLE() []byte {
	enc, err := networkToken.abi.Pack("MINTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (networkToken *NetworkToken) TryPackMINTERROLE() ([]byte, error) {
	return networkToken.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (networkToken *NetworkToken) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := networkToken.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (networkToken *NetworkToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := networkToken.abi.Pack("allowance", owner, spender)
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
func (networkToken *NetworkToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return networkToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (networkToken *NetworkToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := networkToken.abi.Unpack("allowance", data)
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
func (networkToken *NetworkToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := networkToken.abi.Pack("approve", spender, value)
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
func (networkToken *NetworkToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return networkToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (networkToken *NetworkToken) UnpackApprove(data []byte) (bool, error) {
	out, err := networkToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (networkToken *NetworkToken) PackBalanceOf(account common.Address) []byte {
	enc, err := networkToken.abi.Pack("balanceOf", account)
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
func (networkToken *NetworkToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return networkToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (networkToken *NetworkToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := networkToken.abi.Unpack("balanceOf", data)
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
func (networkToken *NetworkToken) PackDecimals() []byte {
	enc, err := networkToken.abi.Pack("decimals")
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
func (networkToken *NetworkToken) TryPackDecimals() ([]byte, error) {
	return networkToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (networkToken *NetworkToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := networkToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (networkToken *NetworkToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := networkToken.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (networkToken *NetworkToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return networkToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (networkToken *NetworkToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := networkToken.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (networkToken *NetworkToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := networkToken.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (networkToken *NetworkToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return networkToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (networkToken *NetworkToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := networkToken.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (networkToken *NetworkToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return networkToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (networkToken *NetworkToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := networkToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsDevChain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x266550aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isDevChain() view returns(bool)
func (networkToken *NetworkToken) PackIsDevChain() []byte {
	enc, err := networkToken.abi.Pack("isDevChain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsDevChain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x266550aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isDevChain() view returns(bool)
func (networkToken *NetworkToken) TryPackIsDevChain() ([]byte, error) {
	return networkToken.abi.Pack("isDevChain")
}

// UnpackIsDevChain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x266550aa.
//
// Solidity: function isDevChain() view returns(bool)
func (networkToken *NetworkToken) UnpackIsDevChain(data []byte) (bool, error) {
	out, err := networkToken.abi.Unpack("isDevChain", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (networkToken *NetworkToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := networkToken.abi.Pack("mint", to, amount)
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
func (networkToken *NetworkToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return networkToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (networkToken *NetworkToken) PackName() []byte {
	enc, err := networkToken.abi.Pack("name")
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
func (networkToken *NetworkToken) TryPackName() ([]byte, error) {
	return networkToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (networkToken *NetworkToken) UnpackName(data []byte) (string, error) {
	out, err := networkToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (networkToken *NetworkToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := networkToken.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (networkToken *NetworkToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return networkToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (networkToken *NetworkToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := networkToken.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (networkToken *NetworkToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return networkToken.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (networkToken *NetworkToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := networkToken.abi.Pack("supportsInterface", interfaceId)
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
func (networkToken *NetworkToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return networkToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (networkToken *NetworkToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := networkToken.abi.Unpack("supportsInterface", data)
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
func (networkToken *NetworkToken) PackSymbol() []byte {
	enc, err := networkToken.abi.Pack("symbol")
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
func (networkToken *NetworkToken) TryPackSymbol() ([]byte, error) {
	return networkToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (networkToken *NetworkToken) UnpackSymbol(data []byte) (string, error) {
	out, err := networkToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (networkToken *NetworkToken) PackTotalSupply() []byte {
	enc, err := networkToken.abi.Pack("totalSupply")
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
func (networkToken *NetworkToken) TryPackTotalSupply() ([]byte, error) {
	return networkToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (networkToken *NetworkToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := networkToken.abi.Unpack("totalSupply", data)
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
func (networkToken *NetworkToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := networkToken.abi.Pack("transfer", to, value)
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
func (networkToken *NetworkToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return networkToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (networkToken *NetworkToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := networkToken.abi.Unpack("transfer", data)
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
func (networkToken *NetworkToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := networkToken.abi.Pack("transferFrom", from, to, value)
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
func (networkToken *NetworkToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return networkToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (networkToken *NetworkToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := networkToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// NetworkTokenApproval represents a Approval event raised by the NetworkToken contract.
type NetworkTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const NetworkTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (NetworkTokenApproval) ContractEventName() string {
	return NetworkTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (networkToken *NetworkToken) UnpackApprovalEvent(log *types.Log) (*NetworkTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != networkToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NetworkTokenApproval)
	if len(log.Data) > 0 {
		if err := networkToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range networkToken.abi.Events[event].Inputs {
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

// NetworkTokenFaucetMinted represents a FaucetMinted event raised by the NetworkToken contract.
type NetworkTokenFaucetMinted struct {
	By     common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const NetworkTokenFaucetMintedEventName = "FaucetMinted"

// ContractEventName returns the user-defined event name.
func (NetworkTokenFaucetMinted) ContractEventName() string {
	return NetworkTokenFaucetMintedEventName
}

// UnpackFaucetMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FaucetMinted(address indexed by, address indexed to, uint256 amount)
func (networkToken *NetworkToken) UnpackFaucetMintedEvent(log *types.Log) (*NetworkTokenFaucetMinted, error) {
	event := "FaucetMinted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != networkToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NetworkTokenFaucetMinted)
	if len(log.Data) > 0 {
		if err := networkToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range networkToken.abi.Events[event].Inputs {
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

// NetworkTokenRoleAdminChanged represents a RoleAdminChanged event raised by the NetworkToken contract.
type NetworkTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const NetworkTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (NetworkTokenRoleAdminChanged) ContractEventName() string {
	return NetworkTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (networkToken *NetworkToken) UnpackRoleAdminChangedEvent(log *types.Log) (*NetworkTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != networkToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NetworkTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := networkToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range networkToken.abi.Events[event].Inputs {
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

// NetworkTokenRoleGranted represents a RoleGranted event raised by the NetworkToken contract.
type NetworkTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NetworkTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (NetworkTokenRoleGranted) ContractEventName() string {
	return NetworkTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (networkToken *NetworkToken) UnpackRoleGrantedEvent(log *types.Log) (*NetworkTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != networkToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NetworkTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := networkToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range networkToken.abi.Events[event].Inputs {
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

// NetworkTokenRoleRevoked represents a RoleRevoked event raised by the NetworkToken contract.
type NetworkTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NetworkTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (NetworkTokenRoleRevoked) ContractEventName() string {
	return NetworkTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (networkToken *NetworkToken) UnpackRoleRevokedEvent(log *types.Log) (*NetworkTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != networkToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NetworkTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := networkToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range networkToken.abi.Events[event].Inputs {
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

// NetworkTokenTransfer represents a Transfer event raised by the NetworkToken contract.
type NetworkTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const NetworkTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (NetworkTokenTransfer) ContractEventName() string {
	return NetworkTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (networkToken *NetworkToken) UnpackTransferEvent(log *types.Log) (*NetworkTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != networkToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NetworkTokenTransfer)
	if len(log.Data) > 0 {
		if err := networkToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range networkToken.abi.Events[event].Inputs {
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
func (networkToken *NetworkToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], networkToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return networkToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], networkToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return networkToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], networkToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return networkToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], networkToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return networkToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], networkToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return networkToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], networkToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return networkToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], networkToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return networkToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], networkToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return networkToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NetworkTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the NetworkToken contract.
type NetworkTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func NetworkTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (networkToken *NetworkToken) UnpackAccessControlBadConfirmationError(raw []byte) (*NetworkTokenAccessControlBadConfirmation, error) {
	out := new(NetworkTokenAccessControlBadConfirmation)
	if err := networkToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NetworkTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the NetworkToken contract.
type NetworkTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func NetworkTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (networkToken *NetworkToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*NetworkTokenAccessControlUnauthorizedAccount, error) {
	out := new(NetworkTokenAccessControlUnauthorizedAccount)
	if err := networkToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NetworkTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the NetworkToken contract.
type NetworkTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func NetworkTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (networkToken *NetworkToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*NetworkTokenERC20InsufficientAllowance, error) {
	out := new(NetworkTokenERC20InsufficientAllowance)
	if err := networkToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NetworkTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the NetworkToken contract.
type NetworkTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func NetworkTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (networkToken *NetworkToken) UnpackERC20InsufficientBalanceError(raw []byte) (*NetworkTokenERC20InsufficientBalance, error) {
	out := new(NetworkTokenERC20InsufficientBalance)
	if err := networkToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NetworkTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the NetworkToken contract.
type NetworkTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func NetworkTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (networkToken *NetworkToken) UnpackERC20InvalidApproverError(raw []byte) (*NetworkTokenERC20InvalidApprover, error) {
	out := new(NetworkTokenERC20InvalidApprover)
	if err := networkToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NetworkTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the NetworkToken contract.
type NetworkTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func NetworkTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (networkToken *NetworkToken) UnpackERC20InvalidReceiverError(raw []byte) (*NetworkTokenERC20InvalidReceiver, error) {
	out := new(NetworkTokenERC20InvalidReceiver)
	if err := networkToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NetworkTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the NetworkToken contract.
type NetworkTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func NetworkTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (networkToken *NetworkToken) UnpackERC20InvalidSenderError(raw []byte) (*NetworkTokenERC20InvalidSender, error) {
	out := new(NetworkTokenERC20InvalidSender)
	if err := networkToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NetworkTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the NetworkToken contract.
type NetworkTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func NetworkTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (networkToken *NetworkToken) UnpackERC20InvalidSpenderError(raw []byte) (*NetworkTokenERC20InvalidSpender, error) {
	out := new(NetworkTokenERC20InvalidSpender)
	if err := networkToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
