// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package zkbatchverifier4096

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

// ZKBatchVerifier4096MetaData contains all meta data concerning the ZKBatchVerifier4096 contract.
var ZKBatchVerifier4096MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ZKBatchVerifier4096",
	Bin: "0x60808060405234601557611204908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80630ea14a3914610a0f5780636bf062b2146105625763f2457c8d1461003a575f80fd5b3461055e5761010036600319011261055e573660841161055e57366101041161055e5761030061006981610b02565b81368237610078600435610e54565b610089602493929335604435610ebf565b91939290610098606435610e54565b9390926040519660408801967f202586b62cef88de56b9e10ea7810e1e5d8febde96ec863f0a50939b85f366e989528860208101987f1071e8b1342ceb6cbe4445324e0cce837e084526979dc7b481c512b9e64e10fa8a527f236ab5f6d8857a112672f1b53b2a8715fbd51c3d618411289ba3ef245fde358981527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001604060608401927f2d54a983d4157d5baa1b2658b30b3b2ae4a6dfec1e9e18ed0fe6b21c3c5f176184527f0d3268b062a045715ecc2ad1ad88fa6e0447fd15d4065794232e79e5089f92596084359583608082019780895286828660608160075afa911016818360808160065afa167f01051d9044014a84d5d2b26339af312561c1881acafcf8614c18bda602a4278885527f16eeaefffd5db340d549e36cc0aaa7f0bd5e3eab882ce3800bbf28b62decdb2f8852600160a43591828b5288848860608160075afa9310161616818360808160065afa167f096c2037d5ef1660f5ea1eea319b803dab64a4df1c2d4ba8b117c4f28797fc7c85527f2eecd59c5d8e53dcb4829d17aac93c9ad779ad8524475f5d7c616e1b2c1938a5885260c43590818a5287838760608160075afa921016169160808160065afa16947f20a58c4d16403fdb0e92facebd78d690de7c99fdfdefabf29b26ddd3d61cab3283525260e43580955260608160075afa9210161660408a60808160065afa1698519751981561054f5760209a8a528a8a015260408901526060880152608087015260a086015260c085015260e08401527f0acfb2174f31078f5c639be7129b1649285bba94d3f9bdca8d1d06ee3bd6eae26101008401527f080fd155c072317956ea9c35b009831820dd8c8580f0f9125ccce70689edef3a6101208401527f2f0c0a9c91f76e6ab06071bb08cc62f66d969efe9f2ae5a13be5fe5ed5ec900f6101408401527f0a95646371707b9d018b3ca0a4bdf77ca2cc5beaccc69b6be51d76a61cd5abc86101608401527f23aff25ed9b8a1789ee6e9318b6595e76fa77dcae29cc45f11b324a39ddff8e36101808401527f1603bae25b803c9964ec949091f55418893705d36fef343d4a009b8c45a5005b6101a08401527f1b561cea211c0551096c384d0e44d290becc80d5551b0edc0e7fa01b1836d85e6101c08401527f04560dcf0594a2b60a98cfbdcc759a9abac9a3b67d9094f053bd3ab3ed82dc636101e08401527f1be0578ebbf7dcf0cff6a36c8d1bf6f2ffc1234bc2b28b5f821176b0f2f6f6ca6102008401527f06addeb18718d1176faaf71cb79d0e7e4e4dd62512e8d90bbc10d7e118273b806102208401526102408301526102608201527f2e5f9e8b1d8ccab416fa1fa84f985a0ef20b71e87babb2bb1b99b5196c58797f6102808201527f23e6a54b725a838ef348e4149c642564d127ea4fd15126a9e7b9ac486ed744e46102a08201527f2dd5839f6cf94c9c49ce504c5866d92ef7baff4cbc14e16186618017af17363e6102c08201527f2a0928d726884b1f50ddf433bb45da9bc07e58b507f3a69a9d1bf305c34162916102e082015261051882610b02565b9283918336843760085afa15908115610542575b5061053357005b631ff3747d60e21b5f5260045ffd5b600191505114155f61052c565b63a54f8e2760e01b5f5260045ffd5b5f80fd5b3461055e5760a036600319011261055e5760043567ffffffffffffffff811161055e57610593903690600401610ad4565b3660a41161055e576101006105a89114610b3c565b604051604081017f202586b62cef88de56b9e10ea7810e1e5d8febde96ec863f0a50939b85f366e9825260208201907f1071e8b1342ceb6cbe4445324e0cce837e084526979dc7b481c512b9e64e10fa82527f236ab5f6d8857a112672f1b53b2a8715fbd51c3d618411289ba3ef245fde35898152606083017f2d54a983d4157d5baa1b2658b30b3b2ae4a6dfec1e9e18ed0fe6b21c3c5f176181527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016040602435937f0d3268b062a045715ecc2ad1ad88fa6e0447fd15d4065794232e79e5089f9259608088019580875284848460608160075afa911016838960808160065afa167f01051d9044014a84d5d2b26339af312561c1881acafcf8614c18bda602a4278883527f16eeaefffd5db340d549e36cc0aaa7f0bd5e3eab882ce3800bbf28b62decdb2f865260016044359182895286868660608160075afa9310161616838960808160065afa167f096c2037d5ef1660f5ea1eea319b803dab64a4df1c2d4ba8b117c4f28797fc7c83527f2eecd59c5d8e53dcb4829d17aac93c9ad779ad8524475f5d7c616e1b2c1938a586526064359081885285858560608160075afa92101616838960808160065afa16947f20a58c4d16403fdb0e92facebd78d690de7c99fdfdefabf29b26ddd3d61cab3283525260843580955260608160075afa9210161660408360808160065afa1691519051911561054f576101006040519384377f0acfb2174f31078f5c639be7129b1649285bba94d3f9bdca8d1d06ee3bd6eae26101008401527f080fd155c072317956ea9c35b009831820dd8c8580f0f9125ccce70689edef3a6101208401527f2f0c0a9c91f76e6ab06071bb08cc62f66d969efe9f2ae5a13be5fe5ed5ec900f6101408401527f0a95646371707b9d018b3ca0a4bdf77ca2cc5beaccc69b6be51d76a61cd5abc86101608401527f23aff25ed9b8a1789ee6e9318b6595e76fa77dcae29cc45f11b324a39ddff8e36101808401527f1603bae25b803c9964ec949091f55418893705d36fef343d4a009b8c45a5005b6101a08401527f1b561cea211c0551096c384d0e44d290becc80d5551b0edc0e7fa01b1836d85e6101c08401527f04560dcf0594a2b60a98cfbdcc759a9abac9a3b67d9094f053bd3ab3ed82dc636101e08401527f1be0578ebbf7dcf0cff6a36c8d1bf6f2ffc1234bc2b28b5f821176b0f2f6f6ca6102008401527f06addeb18718d1176faaf71cb79d0e7e4e4dd62512e8d90bbc10d7e118273b806102208401526102408301526102608201527f2e5f9e8b1d8ccab416fa1fa84f985a0ef20b71e87babb2bb1b99b5196c58797f6102808201527f23e6a54b725a838ef348e4149c642564d127ea4fd15126a9e7b9ac486ed744e46102a08201527f2dd5839f6cf94c9c49ce504c5866d92ef7baff4cbc14e16186618017af17363e6102c08201527f2a0928d726884b1f50ddf433bb45da9bc07e58b507f3a69a9d1bf305c34162916102e08201526020816103008160085afa9051161561053357005b3461055e57602036600319011261055e5760043567ffffffffffffffff811161055e57610a40903690600401610ad4565b610aa5608092610a60610100610a5586610b02565b948636873714610b3c565b610a6f60208201358235610b7f565b8352610a8c8482013560a083013560408401356060850135610c20565b6020850152604084015260c060e0820135910135610b7f565b6060820152604051905f825b60048210610abe57505050f35b6020806001928551815201930191019091610ab1565b9181601f8401121561055e5782359167ffffffffffffffff831161055e576020838186019501011161055e57565b6040519190601f01601f1916820167ffffffffffffffff811183821017610b2857604052565b634e487b7160e01b5f52604160045260245ffd5b15610b4357565b60405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b6044820152606490fd5b905f5160206111d85f395f51905f528210801590610c09575b61053357811580610c01575b610bfb57610bc85f5160206111d85f395f51905f5260038185818180090908610ff8565b818103610bd757505060011b90565b5f5160206111d85f395f51905f52809106810306145f1461053357600190811b1790565b50505f90565b508015610ba4565b505f5160206111d85f395f51905f52811015610b98565b919093925f5160206111d85f395f51905f528310801590610e3d575b8015610e26575b8015610e0f575b610533578082868517171715610e0457908291610d675f5160206111d85f395f51905f5280808080888180808f9d7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd448f839290839109099d8e0981848181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089a09818c8181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306945f5160206111d85f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea481610d4181808b80098187800908610ff8565b8408095f5160206111d85f395f51905f52610d5b8261116f565b8009141595869161101b565b929080821480610dfb575b15610d995750505050905f14610d915760ff60025b169060021b179190565b60ff5f610d87565b5f5160206111d85f395f51905f52809106810306149182610ddc575b5050156105335760019115610dd45760ff60025b169060021b17179190565b60ff5f610dc9565b5f5160206111d85f395f51905f52919250819006810306145f80610db5565b50838314610d72565b50505090505f905f90565b505f5160206111d85f395f51905f52811015610c4a565b505f5160206111d85f395f51905f52821015610c43565b505f5160206111d85f395f51905f52851015610c3c565b8015610eb8578060011c915f5160206111d85f395f51905f5283101561053357600180610e975f5160206111d85f395f51905f5260038188818180090908610ff8565b931614610ea057565b905f5160206111d85f395f51905f5280910681030690565b505f905f90565b801580610ff0575b610fe4578060021c92825f5160206111d85f395f51905f528510801590610fcd575b6105335784815f5160206111d85f395f51905f5280808080808080807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4481610f979d8d0909998a0981898181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306936002808a16149509818a8181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50861101b565b80929160018082961614610fa9575050565b5f5160206111d85f395f51905f528093945080929550809106810306930681030690565b505f5160206111d85f395f51905f52811015610ee9565b50505f905f905f905f90565b508115610ec7565b906110028261116f565b915f5160206111d85f395f51905f528380090361053357565b915f5160206111d85f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea4816110739396949661106582808a8009818a800908610ff8565b90611163575b860809610ff8565b925f5160206111d85f395f51905f52600285096040519060208252602080830152602060408301528060608301527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4560808301525f5160206111d85f395f51905f5260a083015260208260c08160055afa91519115610533575f5160206111d85f395f51905f52826001920903610533575f5160206111d85f395f51905f52908209925f5160206111d85f395f51905f528080808780090681030681878009081490811591611144575b5061053357565b90505f5160206111d85f395f51905f528084860960020914155f61113d565b8180910681030661106b565b9060405191602083526020808401526020604084015260608301527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808301525f5160206111d85f395f51905f5260a083015260208260c08160055afa915191156105335756fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47a164736f6c6343000825000a",
}

// ZKBatchVerifier4096 is an auto generated Go binding around an Ethereum contract.
type ZKBatchVerifier4096 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ZKBatchVerifier4096) GetABI() abi.ABI {
	return c.abi
}

// NewZKBatchVerifier4096 creates a new instance of ZKBatchVerifier4096.
func NewZKBatchVerifier4096() *ZKBatchVerifier4096 {
	parsed, err := ZKBatchVerifier4096MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ZKBatchVerifier4096{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ZKBatchVerifier4096) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (zKBatchVerifier4096 *ZKBatchVerifier4096) PackCompressProof(proof []byte) []byte {
	enc, err := zKBatchVerifier4096.abi.Pack("compressProof", proof)
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
func (zKBatchVerifier4096 *ZKBatchVerifier4096) TryPackCompressProof(proof []byte) ([]byte, error) {
	return zKBatchVerifier4096.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (zKBatchVerifier4096 *ZKBatchVerifier4096) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := zKBatchVerifier4096.abi.Unpack("compressProof", data)
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
func (zKBatchVerifier4096 *ZKBatchVerifier4096) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) []byte {
	enc, err := zKBatchVerifier4096.abi.Pack("verifyCompressedProof", compressedProof, input)
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
func (zKBatchVerifier4096 *ZKBatchVerifier4096) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) ([]byte, error) {
	return zKBatchVerifier4096.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (zKBatchVerifier4096 *ZKBatchVerifier4096) PackVerifyProof(proof []byte, input [4]*big.Int) []byte {
	enc, err := zKBatchVerifier4096.abi.Pack("verifyProof", proof, input)
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
func (zKBatchVerifier4096 *ZKBatchVerifier4096) TryPackVerifyProof(proof []byte, input [4]*big.Int) ([]byte, error) {
	return zKBatchVerifier4096.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (zKBatchVerifier4096 *ZKBatchVerifier4096) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], zKBatchVerifier4096.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return zKBatchVerifier4096.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], zKBatchVerifier4096.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return zKBatchVerifier4096.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ZKBatchVerifier4096ProofInvalid represents a ProofInvalid error raised by the ZKBatchVerifier4096 contract.
type ZKBatchVerifier4096ProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func ZKBatchVerifier4096ProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (zKBatchVerifier4096 *ZKBatchVerifier4096) UnpackProofInvalidError(raw []byte) (*ZKBatchVerifier4096ProofInvalid, error) {
	out := new(ZKBatchVerifier4096ProofInvalid)
	if err := zKBatchVerifier4096.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ZKBatchVerifier4096PublicInputNotInField represents a PublicInputNotInField error raised by the ZKBatchVerifier4096 contract.
type ZKBatchVerifier4096PublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func ZKBatchVerifier4096PublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (zKBatchVerifier4096 *ZKBatchVerifier4096) UnpackPublicInputNotInFieldError(raw []byte) (*ZKBatchVerifier4096PublicInputNotInField, error) {
	out := new(ZKBatchVerifier4096PublicInputNotInField)
	if err := zKBatchVerifier4096.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
