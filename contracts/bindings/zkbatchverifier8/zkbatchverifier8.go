// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package zkbatchverifier8

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

// ZKBatchVerifier8MetaData contains all meta data concerning the ZKBatchVerifier8 contract.
var ZKBatchVerifier8MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ZKBatchVerifier8",
	Bin: "0x60808060405234601557611200908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80630ea14a3914610a0b5780636bf062b2146105605763f2457c8d1461003a575f80fd5b3461055c5761010036600319011261055c573660841161055c57366101041161055c5761030061006981610afe565b81368237610078600435610e50565b610089602493929335604435610ebb565b91939290610098606435610e50565b9390926040519660408801967f07ad4b9da7421327f9dc196a07b634df0887936a4585322ab77c875aacb3082189528860208101987f0f07e579bde06c11e3515b8df5701333488245a5dc9e107f98aa96f37c6dc2628a527eb1ec3797287329a163c6e3a16a1c65e43f1567030c35c84027c440dfc4db3981527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001604060608401927f01d2ec434dca2d17df797c81bacd2b184ec1c7cd2ff117f64b8acee7e1730c9784527f111bef192def148a751e511adc3486ba1f643f7d2c2e9176c3949e2256a363ba6084359583608082019780895286828660608160075afa911016818360808160065afa167f166e4cfc17b24400fea6529539fe86dfcd46dd0cd18fe9e5ddd8ca087581b40b85527f0b8faa5c423c2745c32e0cd0cf5f5df0ae2db708f8f21c321385b1bcf1415efb8852600160a43591828b5288848860608160075afa9310161616818360808160065afa167f15a938ca9a09faff8ea137a050004410117891f92404965283928ade12a51afe85527f0a979e3e279d766847f5dcef8debdbd0b91081c64ee8feb123a6a18036b5e729885260c43590818a5287838760608160075afa921016169160808160065afa16947f04eb204bf8892efafa1328041df898b1b3bb57c050646186ec4975f99798b54583525260e43580955260608160075afa9210161660408a60808160065afa1698519751981561054d5760209a8a528a8a015260408901526060880152608087015260a086015260c085015260e08401527f1a4d6fa1c35a98292f94e5e767597bcae91907aa4f938fc3140aaa1cfeb9ae226101008401527f1a582d1f0ab0a74b3ea92ef10b0a2dc0ef1acd8b6f2dd9cea206ddd426ce53e66101208401527f1ffa2ce279e231f783015895f35c4761c41b1a0ea6f32dcd3c6fc4980304350b6101408401527f07d64a1f687e9ee8cf52f5f764a0a9d4d1039058a864859fb7ab58ad62190ed26101608401527f1b1f7d633b06c4f4d40ba825310ac0a998899252e5f22b7d0d38a5d28d3d2d7a6101808401527f183adf8ed57a91fcf2dd06f5c75dc465ab3cb7d6c811f27cc0a9530eab451c796101a08401527e956058ce680c5662b8f9a96e14407e5b19db6e1dc7748099d92899452cd9ce6101c08401527f15f6459336edaa67f45cca476d1c3580bb88d2f2fe205bc222ab3ebed439a2ee6101e08401527f21755b78a95b386bb018b740f55dcdce127a9312203b1295e17ede709a98635e6102008401527f2b37b4f55f05bc90158647b30717a1fda30bf98abd6a41c1884379554561dd586102208401526102408301526102608201527f0f5d4a1d7516db73aee0b1d04bf753fb68d82b8b8558dabf42c99a2d34cf2c5a6102808201527f29e8c98af9675d8a539e70ca5f900a000e779df175c5e224ba03f654521414cd6102a08201527f21d2546f51dd713d129b8cadee4cc57673154e9184e77f6386f8a13a0bea7ec66102c08201527f18ddcdd5fc310f525cd9fecb6b292eed8025d17899089ffac66b39fb361b043c6102e082015261051682610afe565b9283918336843760085afa15908115610540575b5061053157005b631ff3747d60e21b5f5260045ffd5b600191505114155f61052a565b63a54f8e2760e01b5f5260045ffd5b5f80fd5b3461055c5760a036600319011261055c5760043567ffffffffffffffff811161055c57610591903690600401610ad0565b3660a41161055c576101006105a69114610b38565b604051604081017f07ad4b9da7421327f9dc196a07b634df0887936a4585322ab77c875aacb30821825260208201907f0f07e579bde06c11e3515b8df5701333488245a5dc9e107f98aa96f37c6dc26282527eb1ec3797287329a163c6e3a16a1c65e43f1567030c35c84027c440dfc4db398152606083017f01d2ec434dca2d17df797c81bacd2b184ec1c7cd2ff117f64b8acee7e1730c9781527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016040602435937f111bef192def148a751e511adc3486ba1f643f7d2c2e9176c3949e2256a363ba608088019580875284848460608160075afa911016838960808160065afa167f166e4cfc17b24400fea6529539fe86dfcd46dd0cd18fe9e5ddd8ca087581b40b83527f0b8faa5c423c2745c32e0cd0cf5f5df0ae2db708f8f21c321385b1bcf1415efb865260016044359182895286868660608160075afa9310161616838960808160065afa167f15a938ca9a09faff8ea137a050004410117891f92404965283928ade12a51afe83527f0a979e3e279d766847f5dcef8debdbd0b91081c64ee8feb123a6a18036b5e72986526064359081885285858560608160075afa92101616838960808160065afa16947f04eb204bf8892efafa1328041df898b1b3bb57c050646186ec4975f99798b54583525260843580955260608160075afa9210161660408360808160065afa1691519051911561054d576101006040519384377f1a4d6fa1c35a98292f94e5e767597bcae91907aa4f938fc3140aaa1cfeb9ae226101008401527f1a582d1f0ab0a74b3ea92ef10b0a2dc0ef1acd8b6f2dd9cea206ddd426ce53e66101208401527f1ffa2ce279e231f783015895f35c4761c41b1a0ea6f32dcd3c6fc4980304350b6101408401527f07d64a1f687e9ee8cf52f5f764a0a9d4d1039058a864859fb7ab58ad62190ed26101608401527f1b1f7d633b06c4f4d40ba825310ac0a998899252e5f22b7d0d38a5d28d3d2d7a6101808401527f183adf8ed57a91fcf2dd06f5c75dc465ab3cb7d6c811f27cc0a9530eab451c796101a08401527e956058ce680c5662b8f9a96e14407e5b19db6e1dc7748099d92899452cd9ce6101c08401527f15f6459336edaa67f45cca476d1c3580bb88d2f2fe205bc222ab3ebed439a2ee6101e08401527f21755b78a95b386bb018b740f55dcdce127a9312203b1295e17ede709a98635e6102008401527f2b37b4f55f05bc90158647b30717a1fda30bf98abd6a41c1884379554561dd586102208401526102408301526102608201527f0f5d4a1d7516db73aee0b1d04bf753fb68d82b8b8558dabf42c99a2d34cf2c5a6102808201527f29e8c98af9675d8a539e70ca5f900a000e779df175c5e224ba03f654521414cd6102a08201527f21d2546f51dd713d129b8cadee4cc57673154e9184e77f6386f8a13a0bea7ec66102c08201527f18ddcdd5fc310f525cd9fecb6b292eed8025d17899089ffac66b39fb361b043c6102e08201526020816103008160085afa9051161561053157005b3461055c57602036600319011261055c5760043567ffffffffffffffff811161055c57610a3c903690600401610ad0565b610aa1608092610a5c610100610a5186610afe565b948636873714610b38565b610a6b60208201358235610b7b565b8352610a888482013560a083013560408401356060850135610c1c565b6020850152604084015260c060e0820135910135610b7b565b6060820152604051905f825b60048210610aba57505050f35b6020806001928551815201930191019091610aad565b9181601f8401121561055c5782359167ffffffffffffffff831161055c576020838186019501011161055c57565b6040519190601f01601f1916820167ffffffffffffffff811183821017610b2457604052565b634e487b7160e01b5f52604160045260245ffd5b15610b3f57565b60405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b6044820152606490fd5b905f5160206111d45f395f51905f528210801590610c05575b61053157811580610bfd575b610bf757610bc45f5160206111d45f395f51905f5260038185818180090908610ff4565b818103610bd357505060011b90565b5f5160206111d45f395f51905f52809106810306145f1461053157600190811b1790565b50505f90565b508015610ba0565b505f5160206111d45f395f51905f52811015610b94565b919093925f5160206111d45f395f51905f528310801590610e39575b8015610e22575b8015610e0b575b610531578082868517171715610e0057908291610d635f5160206111d45f395f51905f5280808080888180808f9d7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd448f839290839109099d8e0981848181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089a09818c8181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306945f5160206111d45f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea481610d3d81808b80098187800908610ff4565b8408095f5160206111d45f395f51905f52610d578261116b565b80091415958691611017565b929080821480610df7575b15610d955750505050905f14610d8d5760ff60025b169060021b179190565b60ff5f610d83565b5f5160206111d45f395f51905f52809106810306149182610dd8575b5050156105315760019115610dd05760ff60025b169060021b17179190565b60ff5f610dc5565b5f5160206111d45f395f51905f52919250819006810306145f80610db1565b50838314610d6e565b50505090505f905f90565b505f5160206111d45f395f51905f52811015610c46565b505f5160206111d45f395f51905f52821015610c3f565b505f5160206111d45f395f51905f52851015610c38565b8015610eb4578060011c915f5160206111d45f395f51905f5283101561053157600180610e935f5160206111d45f395f51905f5260038188818180090908610ff4565b931614610e9c57565b905f5160206111d45f395f51905f5280910681030690565b505f905f90565b801580610fec575b610fe0578060021c92825f5160206111d45f395f51905f528510801590610fc9575b6105315784815f5160206111d45f395f51905f5280808080808080807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4481610f939d8d0909998a0981898181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306936002808a16149509818a8181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e508611017565b80929160018082961614610fa5575050565b5f5160206111d45f395f51905f528093945080929550809106810306930681030690565b505f5160206111d45f395f51905f52811015610ee5565b50505f905f905f905f90565b508115610ec3565b90610ffe8261116b565b915f5160206111d45f395f51905f528380090361053157565b915f5160206111d45f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea48161106f9396949661106182808a8009818a800908610ff4565b9061115f575b860809610ff4565b925f5160206111d45f395f51905f52600285096040519060208252602080830152602060408301528060608301527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4560808301525f5160206111d45f395f51905f5260a083015260208260c08160055afa91519115610531575f5160206111d45f395f51905f52826001920903610531575f5160206111d45f395f51905f52908209925f5160206111d45f395f51905f528080808780090681030681878009081490811591611140575b5061053157565b90505f5160206111d45f395f51905f528084860960020914155f611139565b81809106810306611067565b9060405191602083526020808401526020604084015260608301527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808301525f5160206111d45f395f51905f5260a083015260208260c08160055afa915191156105315756fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47a164736f6c6343000825000a",
}

// ZKBatchVerifier8 is an auto generated Go binding around an Ethereum contract.
type ZKBatchVerifier8 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ZKBatchVerifier8) GetABI() abi.ABI {
	return c.abi
}

// NewZKBatchVerifier8 creates a new instance of ZKBatchVerifier8.
func NewZKBatchVerifier8() *ZKBatchVerifier8 {
	parsed, err := ZKBatchVerifier8MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ZKBatchVerifier8{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ZKBatchVerifier8) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (zKBatchVerifier8 *ZKBatchVerifier8) PackCompressProof(proof []byte) []byte {
	enc, err := zKBatchVerifier8.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (zKBatchVerifier8 *ZKBatchVerifier8) TryPackCompressProof(proof []byte) ([]byte, error) {
	return zKBatchVerifier8.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (zKBatchVerifier8 *ZKBatchVerifier8) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := zKBatchVerifier8.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2457c8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (zKBatchVerifier8 *ZKBatchVerifier8) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) []byte {
	enc, err := zKBatchVerifier8.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2457c8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (zKBatchVerifier8 *ZKBatchVerifier8) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) ([]byte, error) {
	return zKBatchVerifier8.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (zKBatchVerifier8 *ZKBatchVerifier8) PackVerifyProof(proof []byte, input [4]*big.Int) []byte {
	enc, err := zKBatchVerifier8.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (zKBatchVerifier8 *ZKBatchVerifier8) TryPackVerifyProof(proof []byte, input [4]*big.Int) ([]byte, error) {
	return zKBatchVerifier8.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (zKBatchVerifier8 *ZKBatchVerifier8) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], zKBatchVerifier8.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return zKBatchVerifier8.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], zKBatchVerifier8.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return zKBatchVerifier8.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ZKBatchVerifier8ProofInvalid represents a ProofInvalid error raised by the ZKBatchVerifier8 contract.
type ZKBatchVerifier8ProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func ZKBatchVerifier8ProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (zKBatchVerifier8 *ZKBatchVerifier8) UnpackProofInvalidError(raw []byte) (*ZKBatchVerifier8ProofInvalid, error) {
	out := new(ZKBatchVerifier8ProofInvalid)
	if err := zKBatchVerifier8.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ZKBatchVerifier8PublicInputNotInField represents a PublicInputNotInField error raised by the ZKBatchVerifier8 contract.
type ZKBatchVerifier8PublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func ZKBatchVerifier8PublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (zKBatchVerifier8 *ZKBatchVerifier8) UnpackPublicInputNotInFieldError(raw []byte) (*ZKBatchVerifier8PublicInputNotInField, error) {
	out := new(ZKBatchVerifier8PublicInputNotInField)
	if err := zKBatchVerifier8.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
