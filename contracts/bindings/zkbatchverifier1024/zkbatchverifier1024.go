// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package zkbatchverifier1024

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

// ZKBatchVerifier1024MetaData contains all meta data concerning the ZKBatchVerifier1024 contract.
var ZKBatchVerifier1024MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ZKBatchVerifier1024",
	Bin: "0x60808060405234601557611202908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80630ea14a3914610a0d5780636bf062b2146105615763f2457c8d1461003a575f80fd5b3461055d5761010036600319011261055d573660841161055d57366101041161055d5761030061006981610b00565b81368237610078600435610e52565b610089602493929335604435610ebd565b91939290610098606435610e52565b9390926040519660408801967f2880ad37d75db66c5dceb2e1a68f77503bc2855350990a4963383347b13a348c89528860208101987f0c15eb18c7ca8fba1796deabd0d6fd8f32565abed9242c2b111d5951fc09c5b98a527f08c8b5f4528df6cec55e6a20c77350ab4c39f8a7effdb3c91c0235977ed2a5f181527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001604060608401927f14e099460eafb689cf47b6c2deb2ca9df8c9efc5c426e826ed770e66a46a800884527f0bd19e238b6bf361ca95314b5db6c7db0e55f13094b77756ed6c9bb2ae0a23886084359583608082019780895286828660608160075afa911016818360808160065afa167f2290ca99232db311f68507d52c5f19afdfb820c27a885acf693cf46795cf755c85527f275568bb5abb71bb430cb8d7318947ceff2bfafbedc27c99b696dfac5f59cd478852600160a43591828b5288848860608160075afa9310161616818360808160065afa167f107daf40ea36a67ceb8f5e040f4e46362cd5e47a3e5bd2792d060b96b1a672cb85527f015879bb3cd3ec6f97f1cac149fb8b3584aaea65adb0cc6ad97bc65653da5656885260c43590818a5287838760608160075afa921016169160808160065afa16947f1da922f6d1ab5a9108881a70bc8389bc785d826ec9c84d60a62f0db21ff92e6d83525260e43580955260608160075afa9210161660408a60808160065afa1698519751981561054e5760209a8a528a8a015260408901526060880152608087015260a086015260c085015260e08401527eb1a1bb7c582f3871f07a823da9faef98605297042e25b19244d1fb2dec32706101008401527f10c836da5d83c1b59be412d1b5a9bfd01b8816b7540103ef3f36883130b7f8826101208401527f28d4966e8e0305b41e6eb9b6670299e847e84ed1e183ce6718b99e727670254f6101408401527f021f35146bf16c32cee5515b3dd47be5ed81285cc6285c28bb0306a16866f90a6101608401527f0e2d76847ee52acc69a131bde1dadb4260ef5169bfd6b7bd8417513b30f73c7e6101808401527f289fa43b0b41d791e20d078ac37e2e642b2594f5db7002fed86f57e1b3ed6aa76101a08401527f1d5fda558445ec3e1cf3fdc1721003a96c95270e521b52480f40eb53322830656101c08401527f22df9d3fae4f1309bee63135466c16abbf1216477dc360cc240a0f4c968f20ba6101e08401527f05f76c8af3a1c6cb3c79496d19ba59f58f70c8c8cab4c56ecc31d0f97c3e2f9c6102008401527f293f5c0ecf438eb3fd12d2952200fabcd583bc2eabfec9c28e7ced869de3d03a6102208401526102408301526102608201527f2a6ffa2aab4aac1897cd6778f601434bed87d3629bfc34d5031899f46c28b9936102808201527f102582ff2902debe997c899da462df15dd932e6269e14895480e45eca55e826f6102a08201527f23afc0237954ee4bb40a1aa18161053ec25c2d1f9bbf5e5ad11c89d9f61e76ba6102c08201527f130d377c9633d96e9c68662f48731f18d759b01241eaf78878af4b50e9d238d06102e082015261051782610b00565b9283918336843760085afa15908115610541575b5061053257005b631ff3747d60e21b5f5260045ffd5b600191505114155f61052b565b63a54f8e2760e01b5f5260045ffd5b5f80fd5b3461055d5760a036600319011261055d5760043567ffffffffffffffff811161055d57610592903690600401610ad2565b3660a41161055d576101006105a79114610b3a565b604051604081017f2880ad37d75db66c5dceb2e1a68f77503bc2855350990a4963383347b13a348c825260208201907f0c15eb18c7ca8fba1796deabd0d6fd8f32565abed9242c2b111d5951fc09c5b982527f08c8b5f4528df6cec55e6a20c77350ab4c39f8a7effdb3c91c0235977ed2a5f18152606083017f14e099460eafb689cf47b6c2deb2ca9df8c9efc5c426e826ed770e66a46a800881527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016040602435937f0bd19e238b6bf361ca95314b5db6c7db0e55f13094b77756ed6c9bb2ae0a2388608088019580875284848460608160075afa911016838960808160065afa167f2290ca99232db311f68507d52c5f19afdfb820c27a885acf693cf46795cf755c83527f275568bb5abb71bb430cb8d7318947ceff2bfafbedc27c99b696dfac5f59cd47865260016044359182895286868660608160075afa9310161616838960808160065afa167f107daf40ea36a67ceb8f5e040f4e46362cd5e47a3e5bd2792d060b96b1a672cb83527f015879bb3cd3ec6f97f1cac149fb8b3584aaea65adb0cc6ad97bc65653da565686526064359081885285858560608160075afa92101616838960808160065afa16947f1da922f6d1ab5a9108881a70bc8389bc785d826ec9c84d60a62f0db21ff92e6d83525260843580955260608160075afa9210161660408360808160065afa1691519051911561054e576101006040519384377eb1a1bb7c582f3871f07a823da9faef98605297042e25b19244d1fb2dec32706101008401527f10c836da5d83c1b59be412d1b5a9bfd01b8816b7540103ef3f36883130b7f8826101208401527f28d4966e8e0305b41e6eb9b6670299e847e84ed1e183ce6718b99e727670254f6101408401527f021f35146bf16c32cee5515b3dd47be5ed81285cc6285c28bb0306a16866f90a6101608401527f0e2d76847ee52acc69a131bde1dadb4260ef5169bfd6b7bd8417513b30f73c7e6101808401527f289fa43b0b41d791e20d078ac37e2e642b2594f5db7002fed86f57e1b3ed6aa76101a08401527f1d5fda558445ec3e1cf3fdc1721003a96c95270e521b52480f40eb53322830656101c08401527f22df9d3fae4f1309bee63135466c16abbf1216477dc360cc240a0f4c968f20ba6101e08401527f05f76c8af3a1c6cb3c79496d19ba59f58f70c8c8cab4c56ecc31d0f97c3e2f9c6102008401527f293f5c0ecf438eb3fd12d2952200fabcd583bc2eabfec9c28e7ced869de3d03a6102208401526102408301526102608201527f2a6ffa2aab4aac1897cd6778f601434bed87d3629bfc34d5031899f46c28b9936102808201527f102582ff2902debe997c899da462df15dd932e6269e14895480e45eca55e826f6102a08201527f23afc0237954ee4bb40a1aa18161053ec25c2d1f9bbf5e5ad11c89d9f61e76ba6102c08201527f130d377c9633d96e9c68662f48731f18d759b01241eaf78878af4b50e9d238d06102e08201526020816103008160085afa9051161561053257005b3461055d57602036600319011261055d5760043567ffffffffffffffff811161055d57610a3e903690600401610ad2565b610aa3608092610a5e610100610a5386610b00565b948636873714610b3a565b610a6d60208201358235610b7d565b8352610a8a8482013560a083013560408401356060850135610c1e565b6020850152604084015260c060e0820135910135610b7d565b6060820152604051905f825b60048210610abc57505050f35b6020806001928551815201930191019091610aaf565b9181601f8401121561055d5782359167ffffffffffffffff831161055d576020838186019501011161055d57565b6040519190601f01601f1916820167ffffffffffffffff811183821017610b2657604052565b634e487b7160e01b5f52604160045260245ffd5b15610b4157565b60405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b6044820152606490fd5b905f5160206111d65f395f51905f528210801590610c07575b61053257811580610bff575b610bf957610bc65f5160206111d65f395f51905f5260038185818180090908610ff6565b818103610bd557505060011b90565b5f5160206111d65f395f51905f52809106810306145f1461053257600190811b1790565b50505f90565b508015610ba2565b505f5160206111d65f395f51905f52811015610b96565b919093925f5160206111d65f395f51905f528310801590610e3b575b8015610e24575b8015610e0d575b610532578082868517171715610e0257908291610d655f5160206111d65f395f51905f5280808080888180808f9d7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd448f839290839109099d8e0981848181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089a09818c8181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306945f5160206111d65f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea481610d3f81808b80098187800908610ff6565b8408095f5160206111d65f395f51905f52610d598261116d565b80091415958691611019565b929080821480610df9575b15610d975750505050905f14610d8f5760ff60025b169060021b179190565b60ff5f610d85565b5f5160206111d65f395f51905f52809106810306149182610dda575b5050156105325760019115610dd25760ff60025b169060021b17179190565b60ff5f610dc7565b5f5160206111d65f395f51905f52919250819006810306145f80610db3565b50838314610d70565b50505090505f905f90565b505f5160206111d65f395f51905f52811015610c48565b505f5160206111d65f395f51905f52821015610c41565b505f5160206111d65f395f51905f52851015610c3a565b8015610eb6578060011c915f5160206111d65f395f51905f5283101561053257600180610e955f5160206111d65f395f51905f5260038188818180090908610ff6565b931614610e9e57565b905f5160206111d65f395f51905f5280910681030690565b505f905f90565b801580610fee575b610fe2578060021c92825f5160206111d65f395f51905f528510801590610fcb575b6105325784815f5160206111d65f395f51905f5280808080808080807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4481610f959d8d0909998a0981898181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306936002808a16149509818a8181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e508611019565b80929160018082961614610fa7575050565b5f5160206111d65f395f51905f528093945080929550809106810306930681030690565b505f5160206111d65f395f51905f52811015610ee7565b50505f905f905f905f90565b508115610ec5565b906110008261116d565b915f5160206111d65f395f51905f528380090361053257565b915f5160206111d65f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea4816110719396949661106382808a8009818a800908610ff6565b90611161575b860809610ff6565b925f5160206111d65f395f51905f52600285096040519060208252602080830152602060408301528060608301527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4560808301525f5160206111d65f395f51905f5260a083015260208260c08160055afa91519115610532575f5160206111d65f395f51905f52826001920903610532575f5160206111d65f395f51905f52908209925f5160206111d65f395f51905f528080808780090681030681878009081490811591611142575b5061053257565b90505f5160206111d65f395f51905f528084860960020914155f61113b565b81809106810306611069565b9060405191602083526020808401526020604084015260608301527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808301525f5160206111d65f395f51905f5260a083015260208260c08160055afa915191156105325756fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47a164736f6c6343000825000a",
}

// ZKBatchVerifier1024 is an auto generated Go binding around an Ethereum contract.
type ZKBatchVerifier1024 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ZKBatchVerifier1024) GetABI() abi.ABI {
	return c.abi
}

// NewZKBatchVerifier1024 creates a new instance of ZKBatchVerifier1024.
func NewZKBatchVerifier1024() *ZKBatchVerifier1024 {
	parsed, err := ZKBatchVerifier1024MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ZKBatchVerifier1024{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ZKBatchVerifier1024) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (zKBatchVerifier1024 *ZKBatchVerifier1024) PackCompressProof(proof []byte) []byte {
	enc, err := zKBatchVerifier1024.abi.Pack("compressProof", proof)
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
func (zKBatchVerifier1024 *ZKBatchVerifier1024) TryPackCompressProof(proof []byte) ([]byte, error) {
	return zKBatchVerifier1024.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (zKBatchVerifier1024 *ZKBatchVerifier1024) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := zKBatchVerifier1024.abi.Unpack("compressProof", data)
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
func (zKBatchVerifier1024 *ZKBatchVerifier1024) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) []byte {
	enc, err := zKBatchVerifier1024.abi.Pack("verifyCompressedProof", compressedProof, input)
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
func (zKBatchVerifier1024 *ZKBatchVerifier1024) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) ([]byte, error) {
	return zKBatchVerifier1024.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (zKBatchVerifier1024 *ZKBatchVerifier1024) PackVerifyProof(proof []byte, input [4]*big.Int) []byte {
	enc, err := zKBatchVerifier1024.abi.Pack("verifyProof", proof, input)
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
func (zKBatchVerifier1024 *ZKBatchVerifier1024) TryPackVerifyProof(proof []byte, input [4]*big.Int) ([]byte, error) {
	return zKBatchVerifier1024.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (zKBatchVerifier1024 *ZKBatchVerifier1024) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], zKBatchVerifier1024.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return zKBatchVerifier1024.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], zKBatchVerifier1024.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return zKBatchVerifier1024.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ZKBatchVerifier1024ProofInvalid represents a ProofInvalid error raised by the ZKBatchVerifier1024 contract.
type ZKBatchVerifier1024ProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func ZKBatchVerifier1024ProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (zKBatchVerifier1024 *ZKBatchVerifier1024) UnpackProofInvalidError(raw []byte) (*ZKBatchVerifier1024ProofInvalid, error) {
	out := new(ZKBatchVerifier1024ProofInvalid)
	if err := zKBatchVerifier1024.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ZKBatchVerifier1024PublicInputNotInField represents a PublicInputNotInField error raised by the ZKBatchVerifier1024 contract.
type ZKBatchVerifier1024PublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func ZKBatchVerifier1024PublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (zKBatchVerifier1024 *ZKBatchVerifier1024) UnpackPublicInputNotInFieldError(raw []byte) (*ZKBatchVerifier1024PublicInputNotInField, error) {
	out := new(ZKBatchVerifier1024PublicInputNotInField)
	if err := zKBatchVerifier1024.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
