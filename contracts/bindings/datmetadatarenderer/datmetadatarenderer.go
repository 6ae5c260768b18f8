// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package datmetadatarenderer

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

// DATTokenView is an auto generated low-level Go binding around an user-defined struct.
type DATTokenView struct {
	TokenId     *big.Int
	ClassId     *big.Int
	Status      uint8
	Value       *big.Int
	ShareRatio  *big.Int
	Score       *big.Int
	ExpireAt    *big.Int
	Device      common.Address
	Epoch       *big.Int
	H3Cell      uint64
	RecordCount *big.Int
	MerkleRoot  [32]byte
	CidDigest   [32]byte
}

// DATMetadataRendererMetaData contains all meta data concerning the DATMetadataRenderer contract.
var DATMetadataRendererMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"StringsInsufficientHexLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"cidString\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"enumStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"score\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expireAt\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"h3Cell\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"recordCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cidDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structDATTokenView\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"classURI\",\"type\":\"string\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "DATMetadataRenderer",
	Bin: "0x60808060405234601557610f27908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80630627a6d0146100625763e602ddfd1461002f575f80fd5b3461005e57602036600319011261005e5761005a61004e600435610a03565b60405191829182610968565b0390f35b5f80fd5b3461005e5736600319016101c0811261005e576101a01361005e576101a43567ffffffffffffffff811161005e573660238201121561005e57806004013567ffffffffffffffff811161005e57366024828401011161005e575f60206100c9600435610bb8565b928060246100d6826109c8565b966100e46040519889610992565b8288520183870137840101526040515f925f5b81518110156102ce578181016020015160f881901c906b1000000000000004ffffffff6001831b16156102be57605c6020610131896109f5565b98870101536008820361015c57505060019060626020610150886109f5565b97860101535b016100f7565b6009820361018057505060019060746020610176886109f5565b9786010153610156565b600a820361019a575050600190606e6020610176886109f5565b600c82036101b457505060019060666020610176886109f5565b600d82036101ce57505060019060726020610176886109f5565b605c82036101e8575050600190605c6020610176886109f5565b6022820361020257505060019060226020610176886109f5565b91909560756020610212836109f5565b928701015360306020610224836109f5565b928701015360306020610236836109f5565b9287010153610244816109f5565b9260fc1c60108110156102aa576f181899199a1a9b1b9c1cb0b131b232b360811b901a90850160200153600f610279836109f5565b96169160108310156102aa576001926f181899199a1a9b1b9c1cb0b131b232b360811b901a90850160200153610156565b634e487b7160e01b5f52603260045260245ffd5b50906001916020610176886109f5565b50506020838083528201016040526102e7602435610bb8565b90604435600481101561005e576102fd90610d25565b610308606435610bb8565b610313608435610bb8565b9160405194859460208601976d7b226e616d65223a22444154202360901b895280516020819201602e89015e7f222c226465736372697074696f6e223a2264617470696e204461746120416e63602e918801918201527f686f72696e6720546f6b656e3a2061207175616c6974792d73636f7265642063604e8201527f6f6e747269627574696f6e20746f206120646563656e7472616c697a65642077606e8201527f6972656c657373206e6574776f726b2e222c2265787465726e616c5f75726c22608e820152611d1160f11b60ae820152815191829060200160b083015e01602e0177111611383937b832b93a34b2b9911d3d9131b630b9b9911d60411b608282015281516020819301609a83015e016082016a161139ba30ba3ab9911d1160a91b601882015281516020819301602383015e01601801691116113b30b63ab2911d60b11b600b82015281516020819301601583015e01600b016d161139b430b932a930ba34b7911d60911b600a82015281516020819301601883015e01600a01600e81015f905203600e01601f19810182526104b29082610992565b6104bd60a435610bb8565b906104c960c435610bb8565b60e4356001600160a01b03811694919085900361005e57846104eb602a6109c8565b906104f96040519283610992565b602a8252610507602a6109c8565b602083019790601f19013689378251156102aa57603088538251600110156102aa576078602184015360295b600181116109305750610919575061054d61010435610bb8565b906101243567ffffffffffffffff8116810361005e57916040978851926105748a85610992565b600f84526020840194601f198b01368737600f90815b6108ab5750506101443561059d90610bb8565b958a51998a9860208a019a5180918c5e890168161139b1b7b932911d60b91b602082015281516020819301602983015e016020016b161132bc3834b932a0ba111d60a11b600982015281516020819301601583015e01600901906a16113232bb34b1b2911d1160a91b600c830152518092601783015e01600c016911161132b837b1b4111d60b11b600b82015281516020819301601583015e01600b01906a16113419a1b2b636111d1160a91b600a830152518092601583015e01600a016f1116113932b1b7b93221b7bab73a111d60811b600b82015281516020819301601b83015e01600b01601081015f905203601001601f19810183526106a09083610992565b816101643580610745575b61005a60208661073b603d6106f1846106ec6002828d88519481869251918291018484015e8101617d7d60f01b838201520301601d19810184520182610992565b610dfb565b83519485917f646174613a6170706c69636174696f6e2f6a736f6e3b6261736536342c000000828401528051918291018484015e81015f838201520301601f198101845283610992565b5191829182610968565b909192508061075460426109c8565b9061076186519283610992565b6042825261076f60426109c8565b602083019390601f19013685378251156102aa57603084538251600110156102aa576078602184015360415b60018111610869575061085257506106f160206106ec6002828098610843600160098d9b600f61005a9f87908161073b9f603d9f6107db61018435610a03565b93519a8b97518091858a015e8701906e161136b2b935b632a937b7ba111d1160891b84830152518092602f83015e0101906811161131b4b2111d1160b91b84830152805192839101601883015e0101601160f91b838201520301601e19810184520182610992565b985050505050508294506106ab565b63e22e27eb60e01b5f52600452602060245260445ffd5b90600f81169060108210156102aa576108a6916f181899199a1a9b1b9c1cb0b131b232b360811b901a61089c84876109e4565b5360041c91610def565b61079b565b600f811660108110156102aa575f19830191838311610905576108fe92670fffffffffffffff926f181899199a1a9b1b9c1cb0b131b232b360811b901a906108f3908a6109e4565b5360041c1691610def565b908161058a565b634e487b7160e01b5f52601160045260245ffd5b63e22e27eb60e01b5f52600452601460245260445ffd5b90600f81169060108210156102aa57610963916f181899199a1a9b1b9c1cb0b131b232b360811b901a61089c84876109e4565b610533565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b90601f8019910116810190811067ffffffffffffffff8211176109b457604052565b634e487b7160e01b5f52604160045260245ffd5b67ffffffffffffffff81116109b457601f01601f191660200190565b9081518110156102aa570160200190565b5f1981146109055760010190565b908115610ba25760405191620aa89160e51b6020840152602483015260248252610a2e604483610992565b81518060031b908082046008149015171561090557600481018091116109055760059004600101918260011161090557610a67836109c8565b92610a756040519485610992565b808452610a84601f19916109c8565b013660208501378251156102aa57606260208401535f5f6001925f925b8151841015610b3657610ab484836109e4565b5160f81c9060081b17916008810180911161090557925b6005841015610ade576001019291610aa1565b600419840193841161090557601f83851c169460208610156102aa57610b307f6162636465666768696a6b6c6d6e6f707172737475767778797a323334353637610b27836109f5565b971a91896109e4565b53610acb565b92505093929380610b48575b50505090565b600503906005821161090557601f911b1660208110156102aa577f6162636465666768696a6b6c6d6e6f707172737475767778797a323334353637610b9991610b90846109f5565b501a91836109e4565b535f8080610b42565b9050604051610bb2602082610992565b5f815290565b5f908072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b811015610d02575b806d04ee2d6d415b85acef8100000000600a921015610ce7575b662386f26fc10000811015610cd3575b6305f5e100811015610cc2575b612710811015610cb3575b6064811015610ca5575b1015610c9a575b600a60216001840193610c3f856109c8565b94610c4d6040519687610992565b808652610c5c601f19916109c8565b013660208701378401015b5f1901916f181899199a1a9b1b9c1cb0b131b232b360811b8282061a8353048015610c9557600a9091610c67565b505090565b600190910190610c2d565b606460029104930192610c26565b61271060049104930192610c1c565b6305f5e10060089104930192610c11565b662386f26fc1000060109104930192610c04565b6d04ee2d6d415b85acef810000000060209104930192610bf4565b506040915072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8104610bda565b6004811015610ddb5760018114610db55760028114610d8d57600314610d6757604051610d53604082610992565b60048152636e6f6e6560e01b602082015290565b604051610d75604082610992565b60088152671c995a9958dd195960c21b602082015290565b50604051610d9c604082610992565b6009815268199a5b985b1a5e995960ba1b602082015290565b50604051610dc4604082610992565b600781526670656e64696e6760c81b602082015290565b634e487b7160e01b5f52602160045260245ffd5b8015610905575f190190565b90815115610ba2578151600281018091116109055760039004600281901b91906001600160fe1b0381160361090557604051917f4142434445464748494a4b4c4d4e4f505152535455565758595a616263646566601f527f6768696a6b6c6d6e6f707172737475767778797a303132333435363738392b2f603f52602083018480518101602081018051915f82525b808910610ede5750602095969750906003929152510680600114610ec957600214610ebc575b50808452830101604052565b603d905f1901535f610eb0565b50603d90815f1982015360011901535f610eb0565b939760036004910198603f8a51818160121c165183538181600c1c16516001840153818160061c16516002840153165160038201530193610e8a56fea164736f6c6343000825000a",
}

// DATMetadataRenderer is an auto generated Go binding around an Ethereum contract.
type DATMetadataRenderer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DATMetadataRenderer) GetABI() abi.ABI {
	return c.abi
}

// NewDATMetadataRenderer creates a new instance of DATMetadataRenderer.
func NewDATMetadataRenderer() *DATMetadataRenderer {
	parsed, err := DATMetadataRendererMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DATMetadataRenderer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DATMetadataRenderer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCidString is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe602ddfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cidString(bytes32 digest) pure returns(string)
func (dATMetadataRenderer *DATMetadataRenderer) PackCidString(digest [32]byte) []byte {
	enc, err := dATMetadataRenderer.abi.Pack("cidString", digest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCidString is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe602ddfd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cidString(bytes32 digest) pure returns(string)
func (dATMetadataRenderer *DATMetadataRenderer) TryPackCidString(digest [32]byte) ([]byte, error) {
	return dATMetadataRenderer.abi.Pack("cidString", digest)
}

// UnpackCidString is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe602ddfd.
//
// Solidity: function cidString(bytes32 digest) pure returns(string)
func (dATMetadataRenderer *DATMetadataRenderer) UnpackCidString(data []byte) (string, error) {
	out, err := dATMetadataRenderer.abi.Unpack("cidString", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0627a6d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI((uint256,uint256,uint8,uint256,uint256,uint256,uint256,address,uint256,uint64,uint256,bytes32,bytes32) t, string classURI) pure returns(string)
func (dATMetadataRenderer *DATMetadataRenderer) PackTokenURI(t DATTokenView, classURI string) []byte {
	enc, err := dATMetadataRenderer.abi.Pack("tokenURI", t, classURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0627a6d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI((uint256,uint256,uint8,uint256,uint256,uint256,uint256,address,uint256,uint64,uint256,bytes32,bytes32) t, string classURI) pure returns(string)
func (dATMetadataRenderer *DATMetadataRenderer) TryPackTokenURI(t DATTokenView, classURI string) ([]byte, error) {
	return dATMetadataRenderer.abi.Pack("tokenURI", t, classURI)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0627a6d0.
//
// Solidity: function tokenURI((uint256,uint256,uint8,uint256,uint256,uint256,uint256,address,uint256,uint64,uint256,bytes32,bytes32) t, string classURI) pure returns(string)
func (dATMetadataRenderer *DATMetadataRenderer) UnpackTokenURI(data []byte) (string, error) {
	out, err := dATMetadataRenderer.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (dATMetadataRenderer *DATMetadataRenderer) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dATMetadataRenderer.abi.Errors["StringsInsufficientHexLength"].ID.Bytes()[:4]) {
		return dATMetadataRenderer.UnpackStringsInsufficientHexLengthError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DATMetadataRendererStringsInsufficientHexLength represents a StringsInsufficientHexLength error raised by the DATMetadataRenderer contract.
type DATMetadataRendererStringsInsufficientHexLength struct {
	Value  *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func DATMetadataRendererStringsInsufficientHexLengthErrorID() common.Hash {
	return common.HexToHash("0xe22e27eb9593f9947dc34771120a3349dd201c662753f0b60502fc1d8e422233")
}

// UnpackStringsInsufficientHexLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func (dATMetadataRenderer *DATMetadataRenderer) UnpackStringsInsufficientHexLengthError(raw []byte) (*DATMetadataRendererStringsInsufficientHexLength, error) {
	out := new(DATMetadataRendererStringsInsufficientHexLength)
	if err := dATMetadataRenderer.abi.UnpackIntoInterface(out, "StringsInsufficientHexLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}
