// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package zkbatchverifier256

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

// ZKBatchVerifier256MetaData contains all meta data concerning the ZKBatchVerifier256 contract.
var ZKBatchVerifier256MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ZKBatchVerifier256",
	Bin: "0x60808060405234601557611202908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80630ea14a3914610a0d5780636bf062b2146105615763f2457c8d1461003a575f80fd5b3461055d5761010036600319011261055d573660841161055d57366101041161055d5761030061006981610b00565b81368237610078600435610e52565b610089602493929335604435610ebd565b91939290610098606435610e52565b9390926040519660408801967f1cb33078393711b7e9fde22876b843135f16bd7a8dc0d0a1fbe4eec22787cd0e89528860208101987f0e85987b986aee4bddfbf25af53cd664dad902f655a28438c09421dd576209e68a527f1064bc762f0980f7cb0120f175a87e05118d1067099f89c1910fa177210ed3a181527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001604060608401927f0fc1f7b745b55a770dfff69639a0ab0c6f9127d2eddbabee18078ef5560aacc584527f19ee533a71629ac2526182944d369138e0683e0fe63e1543c4eb5d9ae8da394c6084359583608082019780895286828660608160075afa911016818360808160065afa167f0509676944399c59351ad326c12488d140a23f03e54bc6aa83b29ad4d82184d685527f031647b898265da5351c8f2a8a6b23e6701e6014aee678761eaa6a0284271ca98852600160a43591828b5288848860608160075afa9310161616818360808160065afa167e2e94b59e486879409a57bbe7e95883e67cdfc50044f60009672e69dce6aac685527f0305d7c592e00a4793c4205c1188f0bf41d9c658fd780d91af8e538a3d45fe1f885260c43590818a5287838760608160075afa921016169160808160065afa16947f15b533b71e7c935063ac7c7c7b56a74b1483f2de30542db374673c1b1cf4b3b083525260e43580955260608160075afa9210161660408a60808160065afa1698519751981561054e5760209a8a528a8a015260408901526060880152608087015260a086015260c085015260e08401527f0207bf55d20891a514dcd4e8c0e2d5e338b00a094fdef35e3329df62b96fecca6101008401527f0ce3dab3d0e79231b20be70f638f8f6150c6a556c5edcd56f567293f8691f64b6101208401527f0372458b98bd49b067f309a0af0267f2b88ec9a1d156571706d8c3efc6821d1e6101408401527f2148ed8283a4b9d245aa11e2244128674517573e1bcdf6d4293f91f07b0e37d16101608401527f16b076e098d142d51c12d9dc8d8a41a0e525f3a068d64ce0793177e22f8e0f5d6101808401527f2a701ca17dc6c121ecddb290845442b1e7bc91736d28ed2d24c2b480fd5923d06101a08401527f2aabccb6c36c2404529b0dab792ce16faa07b5b29f15f0d16c8215eef0a6383c6101c08401527f1527adc43ba215e216df5c507ea3d315f5a58f93c2a94f4261d9431f329ddfbd6101e08401527f0d67bae6956bfe56ced59e285aeb4c1094d541e55d825b97347e91f0e5ca557f6102008401527f203f9c846ee52e467d93851e2f31cb9376fe616fd8fc007db8015194f892b9916102208401526102408301526102608201527f13dfa06cd33b1d9f4a240361872b9d200db48a901279ddb8b9c65b2f776058686102808201527f240c9eadd1d79ae57c914af696b4d05757436f886aa15009bde3a35d2eade7cb6102a08201527f1ab62dff3072cedf36e55c74465d9d9eca7f85978f155c06186e791ce2b415096102c08201527f10bbe151bca7d1d08ec79baa995547c52ffdd1f5fc18a85e94aebcce92cce8836102e082015261051782610b00565b9283918336843760085afa15908115610541575b5061053257005b631ff3747d60e21b5f5260045ffd5b600191505114155f61052b565b63a54f8e2760e01b5f5260045ffd5b5f80fd5b3461055d5760a036600319011261055d5760043567ffffffffffffffff811161055d57610592903690600401610ad2565b3660a41161055d576101006105a79114610b3a565b604051604081017f1cb33078393711b7e9fde22876b843135f16bd7a8dc0d0a1fbe4eec22787cd0e825260208201907f0e85987b986aee4bddfbf25af53cd664dad902f655a28438c09421dd576209e682527f1064bc762f0980f7cb0120f175a87e05118d1067099f89c1910fa177210ed3a18152606083017f0fc1f7b745b55a770dfff69639a0ab0c6f9127d2eddbabee18078ef5560aacc581527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016040602435937f19ee533a71629ac2526182944d369138e0683e0fe63e1543c4eb5d9ae8da394c608088019580875284848460608160075afa911016838960808160065afa167f0509676944399c59351ad326c12488d140a23f03e54bc6aa83b29ad4d82184d683527f031647b898265da5351c8f2a8a6b23e6701e6014aee678761eaa6a0284271ca9865260016044359182895286868660608160075afa9310161616838960808160065afa167e2e94b59e486879409a57bbe7e95883e67cdfc50044f60009672e69dce6aac683527f0305d7c592e00a4793c4205c1188f0bf41d9c658fd780d91af8e538a3d45fe1f86526064359081885285858560608160075afa92101616838960808160065afa16947f15b533b71e7c935063ac7c7c7b56a74b1483f2de30542db374673c1b1cf4b3b083525260843580955260608160075afa9210161660408360808160065afa1691519051911561054e576101006040519384377f0207bf55d20891a514dcd4e8c0e2d5e338b00a094fdef35e3329df62b96fecca6101008401527f0ce3dab3d0e79231b20be70f638f8f6150c6a556c5edcd56f567293f8691f64b6101208401527f0372458b98bd49b067f309a0af0267f2b88ec9a1d156571706d8c3efc6821d1e6101408401527f2148ed8283a4b9d245aa11e2244128674517573e1bcdf6d4293f91f07b0e37d16101608401527f16b076e098d142d51c12d9dc8d8a41a0e525f3a068d64ce0793177e22f8e0f5d6101808401527f2a701ca17dc6c121ecddb290845442b1e7bc91736d28ed2d24c2b480fd5923d06101a08401527f2aabccb6c36c2404529b0dab792ce16faa07b5b29f15f0d16c8215eef0a6383c6101c08401527f1527adc43ba215e216df5c507ea3d315f5a58f93c2a94f4261d9431f329ddfbd6101e08401527f0d67bae6956bfe56ced59e285aeb4c1094d541e55d825b97347e91f0e5ca557f6102008401527f203f9c846ee52e467d93851e2f31cb9376fe616fd8fc007db8015194f892b9916102208401526102408301526102608201527f13dfa06cd33b1d9f4a240361872b9d200db48a901279ddb8b9c65b2f776058686102808201527f240c9eadd1d79ae57c914af696b4d05757436f886aa15009bde3a35d2eade7cb6102a08201527f1ab62dff3072cedf36e55c74465d9d9eca7f85978f155c06186e791ce2b415096102c08201527f10bbe151bca7d1d08ec79baa995547c52ffdd1f5fc18a85e94aebcce92cce8836102e08201526020816103008160085afa9051161561053257005b3461055d57602036600319011261055d5760043567ffffffffffffffff811161055d57610a3e903690600401610ad2565b610aa3608092610a5e610100610a5386610b00565b948636873714610b3a565b610a6d60208201358235610b7d565b8352610a8a8482013560a083013560408401356060850135610c1e565b6020850152604084015260c060e0820135910135610b7d565b6060820152604051905f825b60048210610abc57505050f35b6020806001928551815201930191019091610aaf565b9181601f8401121561055d5782359167ffffffffffffffff831161055d576020838186019501011161055d57565b6040519190601f01601f1916820167ffffffffffffffff811183821017610b2657604052565b634e487b7160e01b5f52604160045260245ffd5b15610b4157565b60405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b6044820152606490fd5b905f5160206111d65f395f51905f528210801590610c07575b61053257811580610bff575b610bf957610bc65f5160206111d65f395f51905f5260038185818180090908610ff6565b818103610bd557505060011b90565b5f5160206111d65f395f51905f52809106810306145f1461053257600190811b1790565b50505f90565b508015610ba2565b505f5160206111d65f395f51905f52811015610b96565b919093925f5160206111d65f395f51905f528310801590610e3b575b8015610e24575b8015610e0d575b610532578082868517171715610e0257908291610d655f5160206111d65f395f51905f5280808080888180808f9d7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd448f839290839109099d8e0981848181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089a09818c8181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306945f5160206111d65f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea481610d3f81808b80098187800908610ff6565b8408095f5160206111d65f395f51905f52610d598261116d565b80091415958691611019565b929080821480610df9575b15610d975750505050905f14610d8f5760ff60025b169060021b179190565b60ff5f610d85565b5f5160206111d65f395f51905f52809106810306149182610dda575b5050156105325760019115610dd25760ff60025b169060021b17179190565b60ff5f610dc7565b5f5160206111d65f395f51905f52919250819006810306145f80610db3565b50838314610d70565b50505090505f905f90565b505f5160206111d65f395f51905f52811015610c48565b505f5160206111d65f395f51905f52821015610c41565b505f5160206111d65f395f51905f52851015610c3a565b8015610eb6578060011c915f5160206111d65f395f51905f5283101561053257600180610e955f5160206111d65f395f51905f5260038188818180090908610ff6565b931614610e9e57565b905f5160206111d65f395f51905f5280910681030690565b505f905f90565b801580610fee575b610fe2578060021c92825f5160206111d65f395f51905f528510801590610fcb575b6105325784815f5160206111d65f395f51905f5280808080808080807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4481610f959d8d0909998a0981898181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306936002808a16149509818a8181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e508611019565b80929160018082961614610fa7575050565b5f5160206111d65f395f51905f528093945080929550809106810306930681030690565b505f5160206111d65f395f51905f52811015610ee7565b50505f905f905f905f90565b508115610ec5565b906110008261116d565b915f5160206111d65f395f51905f528380090361053257565b915f5160206111d65f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea4816110719396949661106382808a8009818a800908610ff6565b90611161575b860809610ff6565b925f5160206111d65f395f51905f52600285096040519060208252602080830152602060408301528060608301527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4560808301525f5160206111d65f395f51905f5260a083015260208260c08160055afa91519115610532575f5160206111d65f395f51905f52826001920903610532575f5160206111d65f395f51905f52908209925f5160206111d65f395f51905f528080808780090681030681878009081490811591611142575b5061053257565b90505f5160206111d65f395f51905f528084860960020914155f61113b565b81809106810306611069565b9060405191602083526020808401526020604084015260608301527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808301525f5160206111d65f395f51905f5260a083015260208260c08160055afa915191156105325756fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47a164736f6c6343000825000a",
}

// ZKBatchVerifier256 is an auto generated Go binding around an Ethereum contract.
type ZKBatchVerifier256 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ZKBatchVerifier256) GetABI() abi.ABI {
	return c.abi
}

// NewZKBatchVerifier256 creates a new instance of ZKBatchVerifier256.
func NewZKBatchVerifier256() *ZKBatchVerifier256 {
	parsed, err := ZKBatchVerifier256MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ZKBatchVerifier256{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ZKBatchVerifier256) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (zKBatchVerifier256 *ZKBatchVerifier256) PackCompressProof(proof []byte) []byte {
	enc, err := zKBatchVerifier256.abi.Pack("compressProof", proof)
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
func (zKBatchVerifier256 *ZKBatchVerifier256) TryPackCompressProof(proof []byte) ([]byte, error) {
	return zKBatchVerifier256.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (zKBatchVerifier256 *ZKBatchVerifier256) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := zKBatchVerifier256.abi.Unpack("compressProof", data)
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
func (zKBatchVerifier256 *ZKBatchVerifier256) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) []byte {
	enc, err := zKBatchVerifier256.abi.Pack("verifyCompressedProof", compressedProof, input)
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
func (zKBatchVerifier256 *ZKBatchVerifier256) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) ([]byte, error) {
	return zKBatchVerifier256.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (zKBatchVerifier256 *ZKBatchVerifier256) PackVerifyProof(proof []byte, input [4]*big.Int) []byte {
	enc, err := zKBatchVerifier256.abi.Pack("verifyProof", proof, input)
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
func (zKBatchVerifier256 *ZKBatchVerifier256) TryPackVerifyProof(proof []byte, input [4]*big.Int) ([]byte, error) {
	return zKBatchVerifier256.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (zKBatchVerifier256 *ZKBatchVerifier256) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], zKBatchVerifier256.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return zKBatchVerifier256.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], zKBatchVerifier256.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return zKBatchVerifier256.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ZKBatchVerifier256ProofInvalid represents a ProofInvalid error raised by the ZKBatchVerifier256 contract.
type ZKBatchVerifier256ProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func ZKBatchVerifier256ProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (zKBatchVerifier256 *ZKBatchVerifier256) UnpackProofInvalidError(raw []byte) (*ZKBatchVerifier256ProofInvalid, error) {
	out := new(ZKBatchVerifier256ProofInvalid)
	if err := zKBatchVerifier256.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ZKBatchVerifier256PublicInputNotInField represents a PublicInputNotInField error raised by the ZKBatchVerifier256 contract.
type ZKBatchVerifier256PublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func ZKBatchVerifier256PublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (zKBatchVerifier256 *ZKBatchVerifier256) UnpackPublicInputNotInFieldError(raw []byte) (*ZKBatchVerifier256PublicInputNotInField, error) {
	out := new(ZKBatchVerifier256PublicInputNotInField)
	if err := zKBatchVerifier256.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
